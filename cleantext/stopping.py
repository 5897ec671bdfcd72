"""A signal that asks a run to stop (SIGTERM, SIGHUP, SIGINT) unwinds it: temporary files go,
outputs not finished are not written, and the exit status says which signal it was."""
from __future__ import annotations

import signal
import sys

from .files import AtomicWriter


class Stopped(BaseException):
    """A signal asked the run to end (SIGTERM, SIGHUP, SIGINT): unwind so that temporary files go."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


_STOPPED: list[int] = []  # the signal that asked the run to stop, once one has
_DEFERRED: list[int] = []  # a signal that landed in a finaliser, to be handled once it has returned
ASK_AGAIN_AFTER = 0.01  # seconds: a finaliser (a regex object freed) is done long before


def _stop(signum, frame):
    if _in_finaliser(frame):
        # An exception raised in a finaliser is printed and dropped ("Exception ignored in"),
        # and the run would go on: ask again a moment later, from a timer. Not by sending the
        # signal again from here: Python would run this handler at once, still inside the
        # finaliser (and then raise it there).
        _ask_later(signum)
        return
    # Temporary files go here and now: a library that catches every exception on the way up
    # (some do) must not be able to leave them behind.
    _STOPPED.append(signum)
    AtomicWriter.abort_all()
    raise Stopped(signum)


def _ask_later(signum: int) -> None:
    _DEFERRED[:] = [signum]
    signal.setitimer(signal.ITIMER_REAL, ASK_AGAIN_AFTER)


def _dropped(unraisable) -> None:
    """sys.unraisablehook while the command runs. Stopped raised where Python drops exceptions
    (an at-fork hook, a weak reference's callback) is asked again a moment later, not printed."""
    if isinstance(unraisable.exc_value, Stopped):
        _ask_later(unraisable.exc_value.signum)
        return
    sys.__unraisablehook__(unraisable)


def _ask_again(alarm, frame):
    """SIGALRM's handler while the command runs: the deferred signal, handled now."""
    if _DEFERRED:
        _stop(_DEFERRED[0], frame)


def _in_finaliser(frame) -> bool:
    """Whether ``frame`` or a frame that called it is a finaliser (``__del__``)."""
    while frame is not None:
        if frame.f_code.co_name == "__del__":
            return True
        frame = frame.f_back
    return False
