"""Progress of a batch run on standard error: tqdm's bar while it runs, one summary line at the end."""
from __future__ import annotations

import sys
import time
from typing import IO



def _count(n: int, noun: str) -> str:
    """
    >>> _count(1, "file"), _count(0, "document"), _count(3, "file")
    ('1 file', '0 documents', '3 files')
    """
    return f"{n} {noun}{'' if n == 1 else 's'}"


class Progress:
    """Counts what is done; shows a bar on standard error when asked (on a terminal).

    The bar is tqdm's: bytes read against the total when the inputs' size is known (share, rate,
    time left), the documents done beside it; it is redrawn at most every ``interval`` seconds,
    first after ``interval``, and fits the terminal's width. Messages go through :meth:`write`,
    which puts them above the bar.
    """

    def __init__(self, total_bytes: int | None, unit: str, *, show: bool, stream: IO[str] | None = None,
                 interval: float = 0.2):
        self.stream = stream or sys.stderr
        self.unit = unit  # "files" or "documents"
        self.show = show
        self.start = time.monotonic()
        self.bytes = self.items = self.skipped = self.marked = 0
        self.unread = 0  # input files that could not be read at all (their documents are not counted)
        self.bar = None   # tqdm is imported only for a bar to show (about 40 ms of a run's start)
        if show:
            from tqdm import tqdm

            self.bar = tqdm(total=total_bytes or None, unit="B", unit_scale=True, unit_divisor=1000,
                            file=self.stream, mininterval=interval, delay=interval, leave=False, dynamic_ncols=True)

    def advance(self, *, items: int = 0, skipped: int = 0, marked: int = 0, nbytes: int = 0) -> None:
        self.items += items
        self.skipped += skipped
        self.marked += marked
        self.bytes += nbytes
        if self.show:
            self.bar.set_postfix_str(f"{_count(self.items, self.unit.rstrip('s'))} done", refresh=False)
            self.bar.update(nbytes)

    def write(self, line: str) -> None:
        """A line of message on the stream, above the bar."""
        if self.show:
            self.bar.write(line, file=self.stream)
        else:
            print(line, file=self.stream)

    def rate(self) -> float:
        elapsed = time.monotonic() - self.start
        return self.bytes / elapsed / 1e6 if elapsed > 0 else 0.0

    def finish(self, jobs: int, *, summary: bool) -> None:
        if self.bar is not None:
            self.bar.close()
        if summary:
            elapsed = time.monotonic() - self.start
            marked = f", {self.marked} marked as errors" if self.marked else ""
            unread = f", {_count(self.unread, 'file')} not read" if self.unread else ""
            self.stream.write(
                f"cleantext: {_count(self.items, self.unit.rstrip('s'))} cleaned, {self.skipped} skipped{marked}"
                f"{unread}, {self.bytes / 1e6:.1f} MB in {elapsed:.1f} s ({self.rate():.2f} MB/s, {jobs} "
                f"{'job' if jobs == 1 else 'jobs'})\n")
        self.stream.flush()
