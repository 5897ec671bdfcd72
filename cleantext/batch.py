"""Corpus work: compressed JSON Lines streams, one pipeline per process, ordered parallel maps, progress."""
from __future__ import annotations

import bz2
import gc
import gzip
import hashlib
import io
import json
import multiprocessing
import multiprocessing.pool
import os
import re
import shutil
import signal
import stat
import sys
import tempfile
import time
from collections import deque
from pathlib import Path
from typing import IO, Callable, Iterable, Iterator

from .pipeline import Pipeline
from .rulefile import RuleError, find_files
from .stages.decode import UndecodableError

# ---------------------------------------------------------------------------------------------
# Compressed files, chosen by their name as `zcat`, `zstdcat` and friends would.


def compression(name: str | Path) -> str | None:
    """The compression a file name announces: "gzip", "zstd", "bz2", or None for plain.

    >>> compression("docs.jsonl.gz"), compression("docs.jsonl.zst"), compression("docs.jsonl")
    ('gzip', 'zstd', None)
    """
    suffix = Path(name).suffix.lower()
    return {".gz": "gzip", ".zst": "zstd", ".zstd": "zstd", ".bz2": "bz2"}.get(suffix)


def _zstandard():
    try:
        import zstandard
    except ImportError:
        raise OSError("reading or writing .zst needs the zstandard package: "
                      "pip install 'cleantext[zstd]'") from None
    return zstandard


def open_read(path: Path, raw: IO[bytes]) -> IO[bytes]:
    """A binary reader of ``raw``'s content, decompressed as ``path``'s name says."""
    kind = compression(path)
    if kind == "gzip":
        return gzip.GzipFile(fileobj=raw, mode="rb")
    if kind == "bz2":
        return bz2.BZ2File(raw, mode="rb")
    if kind == "zstd":
        # read_across_frames: files written by `zstd` and by many writers hold several frames.
        return io.BufferedReader(_zstandard().ZstdDecompressor().stream_reader(raw, read_across_frames=True))
    return raw


def open_write(path: Path, raw: IO[bytes]) -> IO[bytes]:
    """A binary writer into ``raw``, compressed as ``path``'s name says; closing it finishes the stream."""
    kind = compression(path)
    if kind == "gzip":
        # Level 6, as gzip's own default: level 9 costs much time for little in text corpora.
        return gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=6, mtime=0)
    if kind == "bz2":
        return bz2.BZ2File(raw, mode="wb")
    if kind == "zstd":
        return _zstandard().ZstdCompressor(level=3).stream_writer(raw, closefd=False)
    return raw


# Temporary files are named ".NAME.RANDOM.PID.cleantext-tmp" beside their target: recognisable, so
# that a later run can remove the ones a killed run (SIGKILL, power cut) left, and only those.
TEMP_SUFFIX = ".cleantext-tmp"
_TEMP_NAME = re.compile(r"^\..+\.(\d+)" + re.escape(TEMP_SUFFIX) + "$")
_LIVE: set["AtomicWriter"] = set()  # writers whose temporary file exists, removed on abort_all()
_SWEPT: set[str] = set()  # folders already checked for stale temporaries in this process
_UMASK: list[int] = []


def _umask() -> int:
    """The process's umask (read once: os.umask can only be read by setting it)."""
    if not _UMASK:
        _UMASK.append(os.umask(0o022))
        os.umask(_UMASK[0])
    return _UMASK[0]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Remove the temporary files that runs no longer alive left in ``folder``; return them.

    Only files named as this module names them, owned by this user, not links, and whose
    writing process has ended are removed: a run still writing keeps its own.
    """
    key = os.path.abspath(folder)
    if key in _SWEPT:
        return []
    _SWEPT.add(key)
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        found = _TEMP_NAME.match(entry.name)
        if not found or int(found.group(1)) == os.getpid() or _alive(int(found.group(1))):
            continue
        try:
            if entry.is_file(follow_symlinks=False) and entry.stat(follow_symlinks=False).st_uid == os.geteuid():
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def _take_mode(fd: int, like: Path) -> None:
    """Give a new file the mode, owner and group of the file it replaces, or the umask's mode."""
    try:
        st = os.stat(like)
    except OSError:
        st = None
    if st is None or not stat.S_ISREG(st.st_mode):
        os.fchmod(fd, 0o666 & ~_umask())
        return
    try:
        os.fchown(fd, st.st_uid, st.st_gid)
    except PermissionError:  # not root: the owner is ours; the group can be kept if we are in it
        try:
            os.fchown(fd, -1, st.st_gid)
        except PermissionError:
            pass
    os.fchmod(fd, stat.S_IMODE(st.st_mode))  # after chown, which clears set-id bits


class AtomicWriter:
    """A file written beside its target and moved over it on success, so a reader never sees half.

    The new file takes the mode, owner and group of the file it replaces (``like``, by default the
    target), or for a new file the mode the umask gives. A target that is a symbolic link is
    replaced by a plain file (the file it pointed to is not touched): callers that mean to write
    through a link pass the resolved path. ``compress``: compress as the target's name says.
    """

    def __init__(self, target: Path, *, like: Path | None = None, compress: bool = True):
        self.target = target
        target.parent.mkdir(parents=True, exist_ok=True)
        for stale in remove_stale_temporaries(target.parent):
            print(f"cleantext: removed {stale}, a temporary file an interrupted run left", file=sys.stderr)
        fd, self.tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=f".{os.getpid()}{TEMP_SUFFIX}",
                                        dir=target.parent)
        _LIVE.add(self)
        self.raw = os.fdopen(fd, "wb")
        try:
            _take_mode(fd, like or target)
            self.stream = open_write(target, self.raw) if compress else self.raw
        except BaseException:
            self.abort()
            raise

    def write(self, data: bytes) -> None:
        self.stream.write(data)

    def commit(self) -> None:
        """Finish the file and move it over the target; on any error the target is left as it was."""
        try:
            if self.stream is not self.raw:
                self.stream.close()
            self.raw.close()
            os.replace(self.tmp, self.target)
        except BaseException:
            self.abort()
            raise
        _LIVE.discard(self)

    def abort(self) -> None:
        """Remove the temporary file; the target is left as it was."""
        _LIVE.discard(self)
        try:
            self.raw.close()  # may fail to flush (a full disk): the file goes anyway
        except OSError:
            pass
        try:
            os.unlink(self.tmp)
        except FileNotFoundError:
            pass

    @staticmethod
    def abort_all() -> None:
        """Remove every temporary file still open in this process (on an error or a signal)."""
        for writer in list(_LIVE):
            writer.abort()


def write_atomic(path: Path, data: bytes, *, like: Path | None = None) -> None:
    """Write a file so that a reader sees the old content or the new, never half of it."""
    writer = AtomicWriter(path, like=like, compress=False)
    try:
        writer.write(data)
    except BaseException:
        writer.abort()
        raise
    writer.commit()


# Inputs larger than this are refused rather than read: cleaning holds a document in memory
# several times over, and an endless input (/dev/zero) must end in a message, not a full memory.
MAX_DOCUMENT = 256 * 1024 * 1024


class TooLargeError(Exception):
    pass


def read_bounded(stream: IO[bytes], limit: int = MAX_DOCUMENT) -> bytes:
    """All of ``stream``, or TooLargeError once it passes ``limit`` bytes."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise TooLargeError(f"larger than {limit // (1024 * 1024)} MB, more than one document can be; "
                            "split it (or use --jsonl)")
    return data


# ---------------------------------------------------------------------------------------------
# One pipeline per process: building one compiles every rule file and loads the language profiles.

_PIPELINES: dict[tuple, Pipeline] = {}


def pipeline_for(rules: tuple[str, ...] = (), site_rules: bool = True) -> Pipeline:
    """The process's pipeline for these rule files, built on first use."""
    key = (tuple(str(r) for r in rules), site_rules)
    if key not in _PIPELINES:
        _PIPELINES[key] = Pipeline.default(list(rules), site_rules=site_rules)
    return _PIPELINES[key]


# ---------------------------------------------------------------------------------------------
# Records and documents, cleaned where a worker runs them; what comes back is plain data.


def clean_record(pipeline: Pipeline, record: dict, text_field: str, where: str) -> tuple[dict, dict]:
    """Clean a JSON object's text field; the report goes under "cleantext" (docs/CONTRACT.md)."""
    result = pipeline.run(record[text_field], where)
    record[text_field] = result.text
    record["cleantext"] = {k: v for k, v in result.report.items() if k != "source"}
    return record, result


class Outcome:
    """What one document came to: its output line or text, its report, and what to tell the user."""

    __slots__ = ("out", "report", "messages", "explained", "failed")

    def __init__(self, out=None, report=None, messages=(), explained=(), failed=False):
        self.out, self.report, self.messages = out, report, list(messages)
        self.explained, self.failed = list(explained), failed


def jsonl_line(pipeline: Pipeline, raw: bytes, where: str, text_field: str, explain: bool) -> Outcome:
    """Clean one line of JSON Lines input; a bad line is an Outcome with a message, never an exception.

    Whatever one record holds (a lone surrogate in any field, nesting a thousand deep, an integer
    of thousands of digits), it is named and left out, and its neighbours are cleaned.
    """
    from .report import explain as explain_lines

    try:
        record = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        return _skipped(where, f"not a JSON object: {exc}")
    except RecursionError:
        return _skipped(where, "nested too deeply to read")
    except ValueError as exc:  # e.g. an integer longer than Python converts (4,300 digits)
        return _skipped(where, f"cannot be read: {str(exc).split('; use sys.')[0]}")
    if not isinstance(record, dict) or not isinstance(record.get(text_field), str):
        return _skipped(where, f"no string field {text_field!r}", "(see --text-field)")
    try:
        record, result = clean_record(pipeline, record, text_field, where)
    except RuleError as exc:  # a rule that ran away on this record
        return _skipped(where, "not cleaned: " + "; ".join(exc.problems))
    except Exception as exc:  # one bad document must not stop a corpus run or lose its neighbours
        return _skipped(where, f"could not be cleaned ({type(exc).__name__}: {exc})")
    try:
        out = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
    except UnicodeEncodeError as exc:
        # A lone surrogate ("\udc00") decodes in Python but is not text: UTF-8 cannot hold it.
        return _skipped(where, f"holds a lone surrogate {exc.object[exc.start]!a}, which UTF-8 cannot write")
    except (RecursionError, ValueError) as exc:
        return _skipped(where, f"cannot be written back as JSON ({type(exc).__name__}: {exc})")
    return Outcome(out, result.report, messages=_emptied(result, where, explain),
                   explained=explain_lines(result.document) if explain else ())


def _skipped(where: str, reason: str, hint: str = "") -> Outcome:
    return Outcome(messages=[f"{where}: {reason}; line skipped" + (f" {hint}" if hint else "")], failed=True)


def text_document(pipeline: Pipeline, data: bytes, source: str, explain: bool) -> Outcome:
    """Clean one whole text document."""
    from .report import explain as explain_lines

    try:
        result = pipeline.run(data, source)
    except UndecodableError as exc:
        return Outcome(messages=[f"{source}: {exc}"], failed=True)
    except RuleError as exc:  # a rule that ran away on this document
        return Outcome(messages=[f"{source}: not cleaned: " + "; ".join(exc.problems)], failed=True)
    except Exception as exc:
        return Outcome(messages=[f"{source}: could not be cleaned ({type(exc).__name__}: {exc}); skipped"],
                       failed=True)
    try:
        out = result.text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return Outcome(messages=[f"{source}: the clean text holds a lone surrogate {exc.object[exc.start]!a}, "
                                 "which UTF-8 cannot write; skipped"], failed=True)
    return Outcome(out, result.report, messages=_emptied(result, source, explain),
                   explained=explain_lines(result.document) if explain else ())


def _emptied(result, source: str, explain: bool) -> list[str]:
    """A document whose every line a rule removed is said on standard error, not only in the report."""
    if explain or result.text.strip() or not result.document.removed:
        return []  # --explain says it already, with every removal
    rules = sorted({removal.rule for removal in result.document.removed})
    return [f"{source}: warning: the whole document was removed (by {', '.join(rules)}); see --explain"]


# ---------------------------------------------------------------------------------------------
# Rule files as text, for workers that share no file system with the driver (Dask, Spark, Ray).

# A rule bundle: the user's rule files as (name, TOML text) pairs, in the order they apply.
RuleBundle = tuple[tuple[str, str], ...]


def rule_bundle(rules: Iterable[str | Path] = ()) -> RuleBundle:
    """Read rule files and folders of them into text that pickles to any worker.

    Reading here, not on the workers, means a worker needs no copy of the files, and a broken
    file fails at once, where the graph is built, rather than in the middle of a cluster run.
    """
    bundle = []
    for item in rules:
        for path in find_files(item):
            bundle.append((path.name, path.read_text(encoding="utf-8")))
    bundle = tuple(bundle)
    pipeline_from_bundle(bundle, True)  # validates the rule files here (RuleError lists every problem)
    return bundle


_BUNDLED: dict[tuple[str, bool], Pipeline] = {}


def pipeline_from_bundle(bundle: RuleBundle, site_rules: bool) -> Pipeline:
    """This process's pipeline for a rule bundle, built on first use."""
    key = (hashlib.sha256(repr(bundle).encode("utf-8")).hexdigest(), site_rules)
    if key not in _BUNDLED:
        # Each file in a folder of its own keeps its name (a file without [site] name is named
        # after it) and the order in which later files replace earlier rules.
        folder = Path(tempfile.mkdtemp(prefix="cleantext-rules-"))
        paths = []
        for i, (name, text) in enumerate(bundle):
            path = folder / f"{i:04d}" / name
            path.parent.mkdir()
            path.write_text(text, encoding="utf-8")
            paths.append(path)
        try:
            _BUNDLED[key] = Pipeline.default(paths, site_rules=site_rules)
        finally:
            shutil.rmtree(folder, ignore_errors=True)  # the rules are compiled; the text is not read again
    return _BUNDLED[key]


def pipelines_built() -> int:
    """How many pipelines this process has built from rule bundles; for checks and monitoring."""
    return len(_BUNDLED)


def clean_records(records: Iterable[dict], bundle: RuleBundle = (), *, text_field: str = "text",
                  site_rules: bool = True) -> list[dict]:
    """Clean each record's text field, the report under "cleantext" as with ``cleantext --jsonl``.

    A record that cannot be cleaned is kept as it was, with ``"cleantext": {"error": ...}``, so
    that a partition never fails for one bad document and the bad ones can be selected later.
    """
    pipeline = pipeline_from_bundle(bundle, site_rules)
    out = []
    for record in records:
        record = dict(record)
        text = record.get(text_field)
        if not isinstance(text, (str, bytes)):
            record["cleantext"] = {"error": f"no string field {text_field!r}"}
        else:
            try:
                result = pipeline.run(text, str(record.get("id", "<record>")))
            except Exception as exc:  # one bad document must not fail the partition
                record["cleantext"] = {"error": f"{type(exc).__name__}: {exc}"}
            else:
                record[text_field] = result.text
                record["cleantext"] = {k: v for k, v in result.report.items() if k != "source"}
        out.append(record)
    return out


# ---------------------------------------------------------------------------------------------
# Worker processes: each builds its pipeline once, in the initializer.

_WORKER: dict = {}

# A text that makes the stages load and compile what they do on first use (word frequencies for
# a line-end hyphen, patterns): run once before the workers fork, after Pipeline.load() (the
# language profiles, which English text never needs), so that they inherit it all.
WARM_UP = "The ferry left the quay at noon and the gulls fol-\nlowed it out to sea, as always.\n"


def _init_worker(rules: tuple[str, ...], site_rules: bool, options: dict) -> None:
    _WORKER["pipeline"] = pipeline_for(rules, site_rules)
    _WORKER.update(options)


def _init_pool_worker(rules: tuple[str, ...], site_rules: bool, options: dict) -> None:
    # The driver turns SIGTERM, SIGHUP and SIGINT into a clean stop (temporary files removed) and
    # ends its workers; a worker has nothing to clean up: it ends on SIGTERM, as Pool.terminate()
    # expects, and leaves Ctrl-C (sent to the whole process group) to the driver.
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _init_worker(rules, site_rules, options)


def _jsonl_chunk(chunk: list[tuple[str, bytes]]) -> list[Outcome]:
    pipeline, field, explain = _WORKER["pipeline"], _WORKER["text_field"], _WORKER["explain"]
    return _sent_back([jsonl_line(pipeline, raw, where, field, explain) for where, raw in chunk])


def _text_chunk(chunk: list[tuple[str, bytes]]) -> list[Outcome]:
    pipeline, explain = _WORKER["pipeline"], _WORKER["explain"]
    return _sent_back([text_document(pipeline, data, source, explain) for source, data in chunk])


def _sent_back(outcomes: list[Outcome]) -> list[Outcome]:
    """Outcomes without their reports unless the caller asked for them (--report, --keep-removed):
    a report is most of what a worker would otherwise pickle back to the writer."""
    if not _WORKER.get("reports", True):
        for outcome in outcomes:
            outcome.report = None
    return outcomes


class _Pool(multiprocessing.pool.Pool):
    """multiprocessing's Pool, with its worker handler woken only when a worker ends or the pool
    changes. The stock one also wakes whenever a result waits in the result pipe, and until the
    result thread has read it keeps waking: about a tenth of a core in the parent, taken from the
    workers when there are as many of them as cores."""

    def _get_sentinels(self):
        return [self._change_notifier._reader]


class Workers:
    """Run chunks of work in input order, in this process (one job) or a pool (several).

    Pool.imap would read its whole input ahead of the workers; here at most ``window`` chunks are
    in flight, so a stream of any length is done in bounded memory.
    """

    def __init__(self, jobs: int, rules: tuple[str, ...], site_rules: bool, **options):
        self.jobs = max(1, jobs)
        self.window = 4 * self.jobs  # enough to keep every worker busy while the writer catches up
        initargs = (tuple(rules), site_rules, options)
        # Built here in every case: forked workers then start with the pipeline loaded and warm,
        # instead of each loading it again.
        _init_worker(*initargs)
        if self.jobs == 1:
            self.pool = None
        else:
            context = multiprocessing.get_context()
            if context.get_start_method() == "fork":
                _WORKER["pipeline"].load().run(WARM_UP)
                # The collector would touch every inherited object and so copy the pages the
                # workers share (language profiles, lexicons): leave them out of its rounds.
                gc.freeze()
            self.pool = _Pool(self.jobs, _init_pool_worker, initargs, context=context)

    def map(self, func: Callable[[list], list], chunks: Iterable[list]) -> Iterator[list]:
        """``func`` over each chunk, results in the order of ``chunks``."""
        if self.pool is None:
            for chunk in chunks:
                yield func(chunk)
            return
        pending: deque = deque()
        for chunk in chunks:
            pending.append(self.pool.apply_async(func, (chunk,)))
            if len(pending) >= self.window:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()
            self.pool.join()
            gc.unfreeze()  # a caller that goes on (a test, a library user) gets its collector back

    def terminate(self) -> None:
        if self.pool is not None:
            self.pool.terminate()
            self.pool.join()
            gc.unfreeze()


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


# ---------------------------------------------------------------------------------------------
# Progress on a terminal, and the summary line.


def _duration(seconds: float) -> str:
    """A duration as h:mm:ss.

    >>> _duration(3725.4)
    '1:02:05'
    """
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def _count(n: int, noun: str) -> str:
    """
    >>> _count(1, "file"), _count(0, "document"), _count(3, "file")
    ('1 file', '0 documents', '3 files')
    """
    return f"{n} {noun}{'' if n == 1 else 's'}"


class Progress:
    """Counts what is done; draws a one-line bar on standard error when it is a terminal."""

    def __init__(self, total_bytes: int | None, unit: str, *, show: bool, stream: IO[str] | None = None):
        self.stream = stream or sys.stderr
        self.total = total_bytes
        self.unit = unit  # "files" or "documents"
        self.show = show
        self.start = self.drawn = time.monotonic()
        self.bytes = self.items = self.skipped = 0
        self.unread = 0  # input files that could not be read at all (their documents are not counted)

    def advance(self, *, items: int = 0, skipped: int = 0, nbytes: int = 0) -> None:
        self.items += items
        self.skipped += skipped
        self.bytes += nbytes
        now = time.monotonic()
        if self.show and now - self.drawn >= 0.2:
            self.drawn = now
            self.stream.write("\r" + self.line(now) + "\033[K")
            self.stream.flush()

    def rate(self, now: float | None = None) -> float:
        elapsed = (now or time.monotonic()) - self.start
        return self.bytes / elapsed / 1e6 if elapsed > 0 else 0.0

    def line(self, now: float) -> str:
        rate = self.rate(now)
        text = f"{_count(self.items, self.unit.rstrip('s'))} done, {self.bytes / 1e6:.1f} MB, {rate:.2f} MB/s"
        if self.total:
            share = min(1.0, self.bytes / self.total)
            bar = "#" * int(share * 20)
            left = (self.total - self.bytes) / (rate * 1e6) if rate > 0 else 0
            text = f"[{bar:<20}] {share:4.0%} {text}, {_duration(left)} left"
        return text

    def finish(self, jobs: int, *, summary: bool) -> None:
        if self.show:
            self.stream.write("\r\033[K")
        if summary:
            elapsed = time.monotonic() - self.start
            unread = f", {_count(self.unread, 'file')} not read" if self.unread else ""
            self.stream.write(
                f"cleantext: {_count(self.items, self.unit.rstrip('s'))} cleaned, {self.skipped} skipped{unread}, "
                f"{self.bytes / 1e6:.1f} MB in {elapsed:.1f} s ({self.rate():.2f} MB/s, {jobs} "
                f"{'job' if jobs == 1 else 'jobs'})\n")
        self.stream.flush()
