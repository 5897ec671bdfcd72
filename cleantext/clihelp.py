"""What `cleantext --help` says after the options: examples, how files are written, exit status."""

EPILOG = """\
examples:
  cat page.txt | cleantext > clean.txt        a filter: stdin to stdout
  cleantext page.txt --explain                 show what was removed and why
  cleantext samples/ --out-dir clean/          a folder in, a folder out
  cleantext corpus/ --jsonl --out-dir clean/   JSON Lines (.jsonl, .jsonl.gz, .jsonl.zst), streamed
  cleantext page.txt --rules my-site.toml --report report.json

rule files: cleantext rules new|check|test|list (see cleantext rules --help; guide: cleantext rules guide)
review a run in a browser: cleantext review INPUTS... --out review.html (see cleantext review --help)
Common Crawl WET files: cleantext wet FILE.warc.wet.gz --out clean.jsonl.gz (see cleantext wet --help)

files:
  Inputs are never changed unless --in-place is given. Two outputs that would land on the same
  file, or an output, --report or --keep-removed file that would land on an input, are refused
  before anything is written (exit 2). Files are written atomically (a temporary file
  ".NAME.*.cleantext-tmp" beside the target, then a rename); a replaced file keeps its mode and
  group, a new one gets the umask's mode. --in-place follows a symbolic link and replaces the
  file it points to (the link stays); a file with several hard links is refused (replacing it
  would leave the other names with the old text). Under --out-dir an output that is a link is
  replaced by a plain file; what it pointed to is not touched. A device, a named pipe or
  /dev/stdout named as an output (--report /dev/null) is written to, never replaced. --backup
  never overwrites a backup: an input whose backup exists is refused, and folders are walked
  without the backups. A PDF's text goes to NAME.txt under --out-dir; --in-place refuses a PDF.
  A document over 256 MB (or a JSON Lines line over 256 MB) is refused, not read.

exit status: 0 done; 1 an input could not be cleaned or written (the others were);
2 usage or rule-file error; 128+N stopped by signal N (temporary files removed)
"""
