"""`cleantext wet`: the text records of Common Crawl WET files (and other WARC files) cleaned
into JSON Lines, a record per line.

A WET file is a series of WARC records, gzip-compressed one by one: a ``warcinfo`` record, then
one ``conversion`` record per page, whose payload is the page's text as the crawler extracted it
(a block per line, no markup). Each conversion record is cleaned as it stands, as ``cleantext
--jsonl`` cleans a record (``records.clean_record``: the same pipeline, the same error policy),
and written as

    {"url": ..., "warc_id": ..., "date": ..., "language": ..., "text": CLEAN, "cleantext": REPORT}

(``language``: the crawler's ``WARC-Identified-Content-Language``, when the record has one).
Records of other types (``warcinfo``, ``request``, ``response``...) are counted and skipped.
(Taking each line of a payload as a paragraph of its own was measured and left out: on the web
set's pages as WET holds them, F1 0.876 against 0.908 as they stand, benchmarks/wet.py.)
The WARC format is read by warcio (the ``wet`` extra: ``pip install cleantext[wet]``).
"""
from __future__ import annotations

import argparse
import json
import sys
import zlib
from pathlib import Path
from typing import BinaryIO, Iterator

from .files import AtomicWriter
from .pipelines import pipeline_for
from .records import clean_record
from .rulefile import RuleError

PROG = "cleantext wet"
# The WARC header fields a record's line keeps, under the names it has there.
FIELDS = {"url": "WARC-Target-URI", "warc_id": "WARC-Record-ID", "date": "WARC-Date",
          "language": "WARC-Identified-Content-Language"}


class WarcError(Exception):
    """A file that is no WARC file, or breaks off inside a record."""


def text_records(stream: BinaryIO, name: str = "<input>") -> Iterator[tuple[str, dict, bytes]]:
    """Each record of a WARC or WET stream as (type, the header fields of FIELDS, payload);
    gzip-compressed records (``.warc.gz``, ``.warc.wet.gz``) are read as plain ones.

    Raises WarcError naming ``name`` and the record where the stream stops being WARC. The
    stream must be seekable (a file).
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    head = stream.read(4096)
    stream.seek(0)
    if head[:2] == b"\x1f\x8b":   # gzip: its first member holds the first record's start
        try:
            head = zlib.decompressobj(wbits=31).decompress(head)
        except zlib.error:
            head = b""
    if not head.lstrip(b"\r\n").startswith(b"WARC/"):
        raise WarcError(f"{name}: record 1: not a WARC record (a WARC file starts with 'WARC/')")
    number = 0
    try:
        for record in ArchiveIterator(stream):
            number += 1
            if record.rec_type is None:   # what is left of a record the file breaks off in
                raise WarcError(f"{name}: record {number}: cut short (the file ends inside it)")
            fields = {key: record.rec_headers.get_header(header) for key, header in FIELDS.items()}
            yield record.rec_type, {k: v for k, v in fields.items() if v is not None}, record.content_stream().read()
    except ArchiveLoadFailed as exc:
        said = (str(exc).strip().splitlines() or ["unreadable"])[0]
        raise WarcError(f"{name}: record {number + 1}: not a WARC record ({said})") from None
    except (EOFError, OSError, ValueError) as exc:   # a gzip member or a payload cut short
        raise WarcError(f"{name}: record {number + 1}: {exc}") from None


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog=PROG, formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Clean the text records of Common Crawl WET files (or any WARC file's "
                    "'conversion' records) into JSON Lines: one line per record, with its URL, "
                    "WARC record id, date, the crawler's language, the clean text and the report.",
        epilog="examples:\n"
               "  cleantext wet CC-MAIN-...-00000.warc.wet.gz --out clean.jsonl.gz\n"
               "  cleantext wet a.warc.wet.gz b.warc.wet.gz --out - | jq .url\n\n"
               "The output is written atomically (a temporary file beside it, then a rename) and\n"
               "compressed as its name says (.gz, .zst, .bz2). A record that cannot be cleaned is\n"
               "written with \"cleantext\": {\"error\": ...} and fails the run (exit 1), as with\n"
               "cleantext --jsonl; a file that is not WARC, or breaks off, is named with the record\n"
               "where it stops, and the files after it are still read.\n\n"
               "exit status: 0 done; 1 a file or record could not be read or cleaned; 2 usage or rule error")
    parser.add_argument("inputs", nargs="+", metavar="FILE", help="WET or WARC files (.warc.wet.gz, .warc.gz, .warc)")
    parser.add_argument("--out", required=True, metavar="PATH", help="JSON Lines to write, or - for standard output")
    parser.add_argument("--rules", action="append", default=[], metavar="PATH", help="more rule files or folders")
    parser.add_argument("--no-site-rules", action="store_true", help="leave the site rule files out")
    parser.add_argument("-q", "--quiet", action="store_true", help="no summary line on standard error")
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    try:
        import warcio  # noqa: F401
    except ImportError:
        print(f"{PROG}: reading WARC files needs warcio: pip install 'cleantext[wet]'", file=sys.stderr)
        return 2
    for name in args.inputs:
        if not Path(name).is_file():
            print(f"{PROG}: {name}: no such file", file=sys.stderr)
            return 2
        if args.out != "-" and Path(args.out).resolve() == Path(name).resolve():
            print(f"{PROG}: --out {args.out} would overwrite an input", file=sys.stderr)
            return 2
    try:
        pipeline = pipeline_for(tuple(args.rules), not args.no_site_rules)
    except RuleError as exc:
        for problem in exc.problems:
            print(f"{PROG}: {problem}", file=sys.stderr)
        return 2
    out = None if args.out == "-" else AtomicWriter(Path(args.out))
    write = out.write if out is not None else sys.stdout.buffer.write
    cleaned = skipped = failed = 0
    status = 0
    try:
        for name in args.inputs:
            try:
                with open(name, "rb") as stream:
                    for number, (kind, fields, payload) in enumerate(text_records(stream, name), 1):
                        if kind != "conversion":
                            skipped += 1
                            continue
                        record, result = clean_record(pipeline, {**fields, "text": payload},
                                                      source=fields.get("url", f"{name}:{number}"))
                        if result is None:
                            failed += 1
                            print(f"{PROG}: {name}: record {number}: {record['cleantext']['error']}", file=sys.stderr)
                            record["text"] = payload.decode("utf-8", "replace")
                        write((json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8"))
                        cleaned += 1
            except BrokenPipeError:
                raise   # the reader of standard output went away: the command line stops quietly
            except (WarcError, OSError) as exc:
                print(f"{PROG}: {exc}", file=sys.stderr)
                status = 1
        if out is not None:
            out.commit()
    except BaseException:
        if out is not None:
            out.abort()
        raise
    if not args.quiet:
        print(f"{PROG}: {cleaned} text records cleaned from {len(args.inputs)} file(s) -> {args.out}"
              f" ({skipped} other records skipped, {failed} could not be cleaned)", file=sys.stderr)
    return 1 if failed else status
