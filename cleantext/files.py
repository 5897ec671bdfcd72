"""Files: compressed streams chosen by name, atomic checked writes, backups, bounded reads, the report file."""
from __future__ import annotations

import bz2
import errno
import gzip
import io
import lzma
import os
import re
import shutil
import stat
import sys
import tempfile
from pathlib import Path
from typing import IO

from .report import json_line

# ---------------------------------------------------------------------------------------------
# Compressed files, chosen by their name as `zcat`, `zstdcat` and friends would.


def compression(name: str | Path) -> str | None:
    """The compression a file name announces: "gzip", "zstd", "bz2", "xz", or None for plain.

    >>> compression("docs.jsonl.gz"), compression("docs.jsonl.zst"), compression("docs.jsonl")
    ('gzip', 'zstd', None)
    """
    suffix = Path(name).suffix.lower()
    return {".gz": "gzip", ".zst": "zstd", ".zstd": "zstd", ".bz2": "bz2", ".xz": "xz"}.get(suffix)


JSONL_NAMES = (".jsonl", ".ndjson")  # with or without .gz, .zst, .bz2, .xz after them


def is_jsonl_name(path: Path) -> bool:
    """Whether a file found in a folder is JSON Lines by its name ("a.jsonl", "a.jsonl.zst")."""
    suffixes = path.suffixes[-2:] if compression(path) else path.suffixes[-1:]
    return bool(suffixes) and suffixes[0].lower() in JSONL_NAMES


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
    if kind == "xz":
        return lzma.LZMAFile(raw, mode="rb")
    if kind == "zstd":
        # read_across_frames: files written by `zstd` and by many writers hold several frames.
        return io.BufferedReader(_zstandard().ZstdDecompressor().stream_reader(raw, read_across_frames=True))
    return raw


def starts_wide(reader: IO[bytes]) -> bool:
    """Whether a JSON Lines stream starts as UTF-16 or UTF-32 does: a BOM of theirs, or NULs among text."""
    head = reader.peek(4)[:4] if hasattr(reader, "peek") else b""
    return head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head and bool(head.strip(b"\x00"))


def open_write(path: Path, raw: IO[bytes]) -> IO[bytes]:
    """A binary writer into ``raw``, compressed as ``path``'s name says; closing it finishes the stream."""
    kind = compression(path)
    if kind == "gzip":
        # Level 6, as gzip's own default: level 9 costs much time for little in text corpora.
        return gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=6, mtime=0)
    if kind == "bz2":
        return bz2.BZ2File(raw, mode="wb")
    if kind == "xz":
        return lzma.LZMAFile(raw, mode="wb")
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


def writes_through(target: Path) -> bool:
    """Whether ``target`` is written to as it is, not replaced: a device, a named pipe or a socket
    (/dev/null, a FIFO), or a link to an open file descriptor (/dev/stdout, /dev/fd/N). A file
    renamed over such a path would take its place: /dev/null itself, for a run as root.

    >>> writes_through(Path("/dev/null")), writes_through(Path("/dev/fd/1")), writes_through(Path("/no/such"))
    (True, True, False)
    """
    path = os.fspath(target)
    for _ in range(40):  # along a chain of links, as opening it would follow them
        if path.startswith(("/proc/", "/dev/fd/")):
            return True
        if not os.path.islink(path):
            break
        path = os.path.join(os.path.dirname(path), os.readlink(path))
    try:
        mode = os.stat(target).st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def _open_through(target: Path) -> IO[bytes]:
    """``target`` opened to be written as it is. Our own standard output or error (/dev/stdout)
    is written through a copy of its descriptor, which shares its offset: opened anew, a regular
    file behind it would be cut to nothing and then written over from its start."""
    try:
        st = os.stat(target)
    except OSError:
        st = None
    for stream in (sys.stdout, sys.stderr):
        try:
            fd = stream.fileno()
            same = st is not None and os.path.samestat(st, os.fstat(fd))
        except (AttributeError, OSError, ValueError):  # no descriptor (a test's captured stream)
            continue
        if same:
            stream.flush()
            return os.fdopen(os.dup(fd), "wb", buffering=0)
    return open(target, "wb")


class AtomicWriter:
    """A file written beside its target and moved over it on success, so a reader never sees half.

    The new file takes the mode, owner and group of the file it replaces (``like``, by default the
    target), or for a new file the mode the umask gives. A target that is a symbolic link is
    replaced by a plain file (the file it pointed to is not touched): callers that mean to write
    through a link pass the resolved path. A device, a named pipe or a link to an open descriptor
    (/dev/null, /dev/stdout) is written to directly (``writes_through``), never replaced.
    ``compress``: compress as the target's name says.
    """

    def __init__(self, target: Path, *, like: Path | None = None, compress: bool = True):
        self.target = target
        if writes_through(target):
            self.tmp = None
            self.raw = _open_through(target)
            self.stream = open_write(target, self.raw) if compress else self.raw
            return
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
            if self.tmp is not None:
                # On disk before it takes the target's name: renamed first, a file replaced in place
                # can be left empty by a power cut, the old text gone with it.
                self.raw.flush()
                os.fsync(self.raw.fileno())
            self.raw.close()
            if self.tmp is not None:
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
        if self.tmp is None:
            return
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


class OutputError(Exception):
    """A write that failed where the run cannot go on (standard output, the report)."""


def write_stdout(data: bytes) -> None:
    """Write all of ``data`` to standard output and flush it; a failure is an OutputError.

    An unbuffered standard output (``python -u``) may take only part of a write: the rest is
    written in further calls, so the text is never cut short without a word.
    """
    stream = sys.stdout.buffer
    view = memoryview(data)
    try:
        while view:
            written = stream.write(view)
            if written is None:  # a non-blocking output that is full: wait for it
                import select

                select.select([], [stream], [])
                continue
            view = view[written:]
        stream.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise OutputError(f"cannot write to standard output: {exc.strerror or exc}") from None


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


def make_backup(path: Path, backup: Path) -> None:
    """Keep ``path``'s content as ``backup``, which must not exist: a backup is never overwritten.

    A hard link costs nothing and keeps the mode and times; where links are not possible the
    file is copied into a new file (created exclusively, so an existing one is never touched).
    """
    try:
        os.link(path, backup)
        return
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.EXDEV, errno.EMLINK, errno.ENOTSUP, errno.EOPNOTSUPP):
            raise
    fd = os.open(backup, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as out, open(path, "rb") as source:
            shutil.copyfileobj(source, out)
        shutil.copystat(path, backup)
    except BaseException:
        backup.unlink(missing_ok=True)
        raise


def size_of(path: Path) -> int | None:
    """Bytes of text a file holds, when its size says so (not for compressed files)."""
    try:
        return None if compression(path) else path.stat().st_size
    except OSError:
        return 0


class ReportWriter:
    """The --report file: one JSON object per line (JSON Lines), written as reports come.

    One rule, by what was cleaned and by the name alone: when exactly one document was cleaned
    and the name does not end in .jsonl or .ndjson (compressed or not), that one report is
    written as an indented JSON object instead.
    """

    def __init__(self, path: Path):
        self.writer = AtomicWriter(path)
        self.lines = is_jsonl_name(path)
        self.first: dict | None = None
        self.count = 0

    def add(self, report: dict) -> None:
        self.count += 1
        if self.count == 1 and not self.lines:
            self.first = report  # held back: alone, it is written indented
            return
        if self.first is not None:
            self.writer.write(json_line(self.first))
            self.first = None
        self.writer.write(json_line(report))

    def commit(self) -> None:
        if self.first is not None:
            self.writer.write(json_line(self.first, indent=2))
        self.writer.commit()

    def abort(self) -> None:
        self.writer.abort()
