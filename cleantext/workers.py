"""Worker processes for the command line: each holds its pipeline, chunks come back in input order."""
from __future__ import annotations

import gc
import multiprocessing
import os
import pickle
import shutil
import signal
import tempfile
from collections import deque
from pathlib import Path
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Callable, Iterable, Iterator

try:
    import fcntl
except ImportError:  # not POSIX: spool folders of killed runs are not looked for
    fcntl = None

from .pipelines import pipeline_for
from .records import Outcome, jsonl_line, text_document

_WORKER: dict = {}

SPOOL_PREFIX = "cleantext-chunks-"
SPOOL_LOCK = "lock"

# A text that makes the stages load and compile what they do on first use (word frequencies for
# a line-end hyphen, patterns): run once before the workers fork, after Pipeline.load() (the
# language profiles, which English text never needs), so that they inherit it all.
WARM_UP = "The ferry left the quay at noon and the gulls fol-\nlowed it out to sea, as always.\n"


def _init_worker(rules: tuple[str, ...], site_rules: bool, options: dict) -> None:
    _WORKER["pipeline"] = pipeline_for(rules, site_rules)
    _WORKER.update(options)


def _init_pool_worker(rules: tuple[str, ...], site_rules: bool, options: dict) -> None:
    # The driver turns SIGTERM, SIGHUP and SIGINT into a clean stop (temporary files removed) and
    # ends its workers; a worker has nothing to clean up: it ends on SIGTERM, as
    # Process.terminate() expects, and leaves Ctrl-C (sent to the whole process group) to the driver.
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _init_worker(rules, site_rules, options)


def jsonl_chunk(chunk: list[tuple[str, bytes]]) -> list[Outcome]:
    """Outcomes of (FILE:LINE, line) pairs of JSON Lines, cleaned with the worker's pipeline."""
    pipeline, field, explain = _WORKER["pipeline"], _WORKER["text_field"], _WORKER["explain"]
    keep, path_field = _WORKER.get("keep_skipped", False), _WORKER.get("path_field")
    return _sent_back([jsonl_line(pipeline, raw, where, field, explain, keep, path_field) for where, raw in chunk])


def text_chunk(chunk: list[tuple[str, bytes]]) -> list[Outcome]:
    """Outcomes of (name, bytes) pairs of whole text documents, cleaned with the worker's pipeline."""
    pipeline, explain = _WORKER["pipeline"], _WORKER["explain"]
    return _sent_back([text_document(pipeline, data, source, explain) for source, data in chunk])


def _spooled(func: Callable[[list], list], path: str) -> list:
    """``func`` over the chunk the driver left in the file ``path`` (removed once read)."""
    with open(path, "rb") as spool:
        chunk = pickle.load(spool)
    os.unlink(path)
    return func(chunk)


def _sent_back(outcomes: list[Outcome]) -> list[Outcome]:
    """Outcomes without their reports unless the caller asked for them (--report, --keep-removed):
    a report is most of what a worker would otherwise pickle back to the writer."""
    if not _WORKER.get("reports", True):
        for outcome in outcomes:
            outcome.report = None
    return outcomes


class Workers:
    """Run chunks of work in input order, in this process (one job) or in worker processes (several).

    ``Executor.map`` would read its whole input ahead of the workers; here at most ``window``
    chunks are in flight, so a stream of any length is done in bounded memory. The processes
    come from ``concurrent.futures.ProcessPoolExecutor``; a worker that dies (killed for its
    memory, say) raises ``BrokenProcessPool`` in the driver instead of leaving it waiting.

    A chunk goes to its worker through a file in a private temporary folder, and only the
    file's name through the executor's queue: a message larger than a pipe holds could be
    half-way into the queue when the workers end, and the queue's feeder thread would then wait
    for good for a reader that is gone (the run hung at shutdown and at exit). Names are small,
    and at most ``window`` are queued, so the pipe never fills.
    """

    def __init__(self, jobs: int, rules: tuple[str, ...], site_rules: bool, **options):
        self.jobs = max(1, jobs)
        self.window = 4 * self.jobs  # enough to keep every worker busy while the writer catches up
        self.before: set = set()
        self.spool: str | None = None
        self.spool_lock: int | None = None
        initargs = (tuple(rules), site_rules, options)
        # Built here in every case: forked workers then start with the pipeline loaded and warm,
        # instead of each loading it again.
        _init_worker(*initargs)
        if self.jobs == 1:
            self.pool = None
            return
        context = multiprocessing.get_context()
        if context.get_start_method() == "fork":
            _WORKER["pipeline"].load().run(WARM_UP)
            # The collector would touch every inherited object and so copy the pages the
            # workers share (language profiles, lexicons): leave them out of its rounds.
            gc.freeze()
        self.before = set(multiprocessing.active_children())  # to tell this pool's processes from others
        remove_stale_spools(tempfile.gettempdir())
        self.spool = tempfile.mkdtemp(prefix=SPOOL_PREFIX)
        self.spool_lock = _hold_lock(self.spool)
        self.pool = ProcessPoolExecutor(self.jobs, mp_context=context, initializer=_init_pool_worker,
                                        initargs=initargs)
        # Start the workers now rather than on the first chunk, so that they start from the
        # state above (forked: the warm pipeline, the frozen heap).
        for started in [self.pool.submit(int) for _ in range(self.jobs)]:
            started.result()

    def map(self, func: Callable[[list], list], chunks: Iterable[list]) -> Iterator[list]:
        """``func`` over each chunk, results in the order of ``chunks``."""
        if self.pool is None:
            for chunk in chunks:
                yield func(chunk)
            return
        pending: deque[tuple[Future, str]] = deque()
        for number, chunk in enumerate(chunks):
            path = os.path.join(self.spool, str(number))
            with open(path, "wb") as spool:
                pickle.dump(chunk, spool, protocol=pickle.HIGHEST_PROTOCOL)
            pending.append((self.pool.submit(_spooled, func, path), chunk[0][0] if chunk else "?"))
            if len(pending) >= self.window:
                yield _result(*pending.popleft())
        while pending:
            yield _result(*pending.popleft())

    def close(self) -> None:
        """Wait for the workers to finish and end."""
        if self.pool is not None:
            self.pool.shutdown(wait=True)
            self.pool = None
            self._remove_spool()
            gc.unfreeze()  # a caller that goes on (a test, a library user) gets its collector back

    def terminate(self) -> None:
        """End the workers now, work in flight or not (on an error or a signal)."""
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self._end_children()
            self.pool.shutdown(wait=True)
            # The executor may have started a worker in place of one that ended meanwhile.
            self._end_children()
            self.pool = None
            self._remove_spool()
            gc.unfreeze()

    def _remove_spool(self) -> None:
        if self.spool is not None:
            shutil.rmtree(self.spool, ignore_errors=True)
            self.spool = None
        if self.spool_lock is not None:
            os.close(self.spool_lock)
            self.spool_lock = None

    def _end_children(self) -> None:
        """Terminate and join the pool's processes: the children born since it was made (the
        executor ends idle workers only)."""
        while ours := [p for p in multiprocessing.active_children() if p not in self.before]:
            for process in ours:
                process.terminate()
            for process in ours:
                process.join()


def _hold_lock(folder: str) -> int | None:
    """Lock a file in a run's spool folder for as long as the run (and its workers) live: the
    system lets the lock go when the last of them ends, however it ends (SIGKILL too)."""
    if fcntl is None:
        return None
    descriptor = os.open(os.path.join(folder, SPOOL_LOCK), os.O_CREAT | os.O_RDWR, 0o600)
    fcntl.flock(descriptor, fcntl.LOCK_EX)
    return descriptor


def remove_stale_spools(folder: str) -> list[str]:
    """Remove the spool folders in ``folder`` that runs killed with SIGKILL left behind: this
    user's, holding a lock file that no living process holds. A folder without the lock file
    (a run that is just making it) is left alone. Returns the folders removed."""
    if fcntl is None:
        return []
    removed = []
    for spool in Path(folder).glob(SPOOL_PREFIX + "*"):
        try:
            if not spool.is_dir() or spool.is_symlink() or spool.stat().st_uid != os.getuid():
                continue
            descriptor = os.open(spool / SPOOL_LOCK, os.O_RDWR | os.O_NOFOLLOW)
        except OSError:
            continue
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:  # held: the run is alive
            os.close(descriptor)
            continue
        try:
            shutil.rmtree(spool, ignore_errors=True)
        finally:
            os.close(descriptor)
        removed.append(str(spool))
    return removed


class WorkerDied(Exception):
    """A worker process ended in the middle of a chunk (killed, out of memory): the run stops."""


def _result(future: Future, first: str) -> list:
    from concurrent.futures.process import BrokenProcessPool

    try:
        return future.result()
    except BrokenProcessPool:
        raise WorkerDied(f"{first}: a worker process ended while cleaning it or the inputs near it "
                         "(killed, or out of memory?); stopped, outputs not finished were not written") from None


def chunked(items: Iterable, *, size: int, max_bytes: int = 1 << 20) -> Iterator[list]:
    """Lists of (name, bytes) pairs of at most ``size`` items and about ``max_bytes`` of data."""
    chunk, held = [], 0
    for item in items:
        chunk.append(item)
        held += len(item[1])
        if len(chunk) >= size or held >= max_bytes:
            yield chunk
            chunk, held = [], 0
    if chunk:
        yield chunk
