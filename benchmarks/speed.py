"""How fast cleantext cleans a corpus, against its baselines measured in the same run.

    python benchmarks/speed.py            # full: 50 MB corpus, 100 MB vs 1 GB streaming (about 15 minutes)
    python benchmarks/speed.py --quick    # small sizes, a couple of minutes

Builds, under --workdir (default /tmp/cleantext-bench), a JSON Lines corpus from the bundled samples:
half clean, half with mojibake made by code (UTF-8 bytes read as Windows-1252); and a web corpus,
about 1 MB of real web page copies (the dumps of benchmarks/web/, pages as w3m, lynx, html2text,
inscriptis and Markdown converters write them). Then prints:

1. one core: MB/s and documents/s of the default pipeline, of each of its stages, of ftfy.fix_text
   alone, and of charset-normalizer + ftfy + langdetect chained naively, on clean, mojibake and web text;
2. `cleantext --jsonl` with 1 and 2 jobs on two slices of the corpus (clean and mojibake
   documents in turn), the speed-up on the work between them, and for comparison what the
   machine gives two separate 1-job runs at once;
3. peak memory of `cleantext --jsonl` streaming a file and one ten times larger.

Rates in part 1 are taken side by side: the pipeline, ftfy and the naive chain take turns on the
same documents, 200 at a time, from the start of each corpus, so that the machine's speed changing
during the run (other work on a shared host) reaches all three alike; each is timed over the whole
corpus or until it has had --seconds of work (the documents timed are printed with the figures).
Nothing here is a test: it prints, a person reads.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import charset_normalizer
import ftfy
import ftfy.bad_codecs  # noqa: F401  registers "sloppy-windows-1252"
from langdetect import DetectorFactory, LangDetectException
from langdetect import detect as langdetect_detect

from cleantext import Pipeline
from cleantext.document import Document
from cleantext.report import build_report
from cleantext.lang.detectors import _statistical

ROOT = Path(__file__).resolve().parent.parent
CLEANTEXT = [sys.executable, "-m", "cleantext"]
DetectorFactory.seed = 0

def samples() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]


def variant(text: str, rng: random.Random) -> str:
    """A sample with its paragraphs rotated, so that the corpus is not one document repeated."""
    paragraphs = text.split("\n\n")
    k = rng.randrange(len(paragraphs))
    return "\n\n".join(paragraphs[k:] + paragraphs[:k])


def mojibake(text: str) -> str:
    """UTF-8 bytes read as Windows-1252: the commonest damage ("â€™" for "’")."""
    return text.encode("utf-8").decode("sloppy-windows-1252")


def build_corpus(path: Path, size: int, damage: bool, seed: int) -> int:
    """Write JSON Lines of sample variants until ``size`` bytes; return the number of documents."""
    if path.exists() and path.stat().st_size >= size:
        with path.open("rb") as handle:
            return sum(1 for _ in handle)
    rng, texts, written, count = random.Random(seed), samples(), 0, 0
    with path.open("w", encoding="utf-8") as out:
        while written < size:
            text = variant(texts[count % len(texts)], rng)
            line = json.dumps({"id": count, "text": mojibake(text) if damage else text}, ensure_ascii=False) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
            count += 1
    return count


WEB_SIZE = 1_000_000  # bytes of web page copies: about 40 dumps


def build_web_corpus(path: Path, size: int = WEB_SIZE) -> int:
    """Write JSON Lines of the web set's dumps (benchmarks/web/, in page and dumper order) until
    ``size`` bytes; return the number of documents."""
    import gzip

    written = count = 0
    with path.open("w", encoding="utf-8") as out:
        for page in sorted((ROOT / "benchmarks" / "web").glob("*.json.gz")):
            for text in json.loads(gzip.decompress(page.read_bytes()))["dumps"].values():
                line = json.dumps({"id": count, "text": text}, ensure_ascii=False) + "\n"
                out.write(line)
                written += len(line.encode("utf-8"))
                count += 1
                if written >= size:
                    return count
    return count


def documents(path: Path):
    with path.open("rb") as handle:
        for line in handle:
            yield json.loads(line)["text"].encode("utf-8")


# Part 1 times its contenders side by side: they take turns on the same documents, this many at a
# time, so that the machine slowing down or speeding up during the run (other work on a shared
# host) reaches them all alike. Turns this long keep each one's caches warm within its turn.
TURN = 200


def side_by_side(contenders: dict, path: Path, seconds: float) -> dict[str, tuple[float, float, int]]:
    """MB/s, documents/s and documents timed of each ``func(bytes)``, over the corpus' first documents.

    Each contender stops when it has had ``seconds`` of work, or at the end of the corpus.
    """
    spent = dict.fromkeys(contenders, 0.0)
    nbytes = dict.fromkeys(contenders, 0)
    ndocs = dict.fromkeys(contenders, 0)

    def turn(batch: list[bytes]) -> None:
        for name, func in contenders.items():
            if spent[name] >= seconds:
                continue
            for data in batch:
                start = time.perf_counter()
                func(data)
                spent[name] += time.perf_counter() - start
                nbytes[name] += len(data)
                ndocs[name] += 1

    batch: list[bytes] = []
    for data in documents(path):
        batch.append(data)
        if len(batch) == TURN:
            turn(batch)
            batch = []
            if all(used >= seconds for used in spent.values()):
                break
    turn(batch)
    return {name: (nbytes[name] / spent[name] / 1e6, ndocs[name] / spent[name], ndocs[name]) for name in contenders}


class StagedPipeline:
    """The default pipeline run stage by stage on bytes, adding up each stage's time.

    The corpus repeats the samples' paragraphs, so the language stage's cache of block labels
    would answer most blocks from the documents before: it is emptied before each document,
    as if every paragraph were new. (Its cache of n-grams per word stays: words repeat in any
    corpus.)
    """

    def __init__(self, pipeline: Pipeline):
        self.pipeline = pipeline
        self.per_stage: Counter = Counter()
        self.spent = 0.0
        self.nbytes = 0

    def __call__(self, data: bytes) -> None:
        _statistical.cache_clear()
        start = time.perf_counter()
        doc = Document(source="bench", data=data)
        doc.rules = self.pipeline.rules
        for step in self.pipeline.stages:
            began = time.perf_counter()
            doc = step(doc)
            self.per_stage[step.name] += time.perf_counter() - began
        build_report(doc)
        _ = doc.text
        self.spent += time.perf_counter() - start
        self.nbytes += len(data)

    def shares(self) -> dict[str, tuple[float, float]]:
        """Each stage's MB/s if it ran alone, and its share of the pipeline's time."""
        per_stage = dict(self.per_stage)
        per_stage["(report, text, overhead)"] = self.spent - sum(self.per_stage.values())
        return {k: (self.nbytes / v / 1e6, v / self.spent) for k, v in per_stage.items()}


def naive_chain(data: bytes) -> None:
    """What one would write without cleantext: guess the encoding, fix the text, name its language."""
    text = str(charset_normalizer.from_bytes(data).best())
    text = ftfy.fix_text(text)
    try:
        langdetect_detect(text)
    except LangDetectException:
        pass


def part_one(workdir: Path, corpora: dict[str, Path], seconds: float) -> dict:
    pipeline = Pipeline.default()
    pipeline.run(b"warm up: load the language profiles once before timing")
    results = {}
    print(f"\n## 1. One core (each figure: the corpus from its start, or {seconds:g} s of work; the three take "
          f"turns of {TURN} documents)\n")
    print("| corpus | what | MB/s | docs/s | docs timed |")
    print("|---|---|---:|---:|---:|")
    for name, path in corpora.items():
        staged = StagedPipeline(pipeline)
        rates = side_by_side({"pipeline": staged, "ftfy": lambda data: ftfy.fix_text(data.decode("utf-8")),
                              "naive": naive_chain}, path, seconds)
        whole = rates["pipeline"]
        stages = staged.shares()
        results[name] = {"pipeline": whole, "ftfy": rates["ftfy"], "naive": rates["naive"], "stages": stages}
        for what, (mbs, dps, n) in [("cleantext default pipeline", whole), ("ftfy.fix_text alone", rates["ftfy"]),
                                    ("charset-normalizer + ftfy + langdetect", rates["naive"])]:
            print(f"| {name} | {what} | {mbs:.3f} | {dps:.2f} | {n} |")
    print("\nPer stage (same runs as the pipeline rows): MB/s if the stage ran alone, and its share of the time\n")
    print("| stage | " + " | ".join(f"{n} MB/s | {n} share" for n in corpora) + " |")
    print("|---|" + "---:|---:|" * len(corpora))
    for stage in results[next(iter(corpora))]["stages"]:
        cells = []
        for name in corpora:
            mbs, share = results[name]["stages"].get(stage, (0.0, 0.0))
            cells += [f"{mbs:.2f}", f"{share:.1%}"]
        print(f"| {stage} | " + " | ".join(cells) + " |")
    print("\nTargets (ratios in this run):")
    clean, damaged = results["clean"], results["mojibake"]
    ratio = clean["pipeline"][0] / clean["ftfy"][0]
    print(f"- clean text: pipeline / ftfy.fix_text = {ratio:.3f}x (target >= 3x): "
          f"{'met' if ratio >= 3 else 'MISSED'}")
    ratio = damaged["pipeline"][0] / damaged["ftfy"][0]
    print(f"- mojibake text: pipeline / ftfy.fix_text = {ratio:.3f}x (target >= 1x): "
          f"{'met' if ratio >= 1 else 'MISSED'}")
    if "web" in results:
        ratio = results["web"]["pipeline"][0] / results["web"]["ftfy"][0]
        print(f"- web page copies: pipeline / ftfy.fix_text = {ratio:.3f}x (target >= 2x): "
              f"{'met' if ratio >= 2 else 'MISSED'}")
    return results


def run_cli(args: list[str]) -> tuple[float, int, int]:
    """Wall time, peak RSS of the whole process tree (sampled), and exit status of one cleantext run."""
    try:
        import psutil
    except ImportError:
        psutil = None
    start = time.perf_counter()
    proc = subprocess.Popen(CLEANTEXT + args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = [0]

    def sample():
        if psutil is None:
            return
        try:
            root = psutil.Process(proc.pid)
        except psutil.Error:
            return
        while proc.poll() is None:
            total = 0
            try:
                for p in [root] + root.children(recursive=True):
                    total += p.memory_info().rss
            except psutil.Error:
                pass
            peak[0] = max(peak[0], total)
            time.sleep(0.1)

    watcher = threading.Thread(target=sample, daemon=True)
    watcher.start()
    _, err = proc.communicate()
    watcher.join()
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        sys.stderr.write(err.decode("utf-8", "replace")[-2000:])
    if psutil is None:
        import resource
        peak[0] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    return wall, peak[0], proc.returncode


def head_of(source: Path, target: Path, size: int) -> Path:
    """The first whole lines of ``source`` up to ``size`` bytes."""
    written = 0
    with source.open("rb") as src, target.open("wb") as out:
        for line in src:
            if written >= size:
                break
            out.write(line)
            written += len(line)
    return target


def interleaved(corpora: list[Path], target: Path) -> Path:
    """The corpora's documents in turn (one of each, then the next of each), as one file."""
    if target.exists() and target.stat().st_size == sum(path.stat().st_size for path in corpora):
        return target
    handles = [path.open("rb") for path in corpora]
    with target.open("wb") as out:
        while handles:
            for handle in list(handles):
                line = handle.readline()
                if line:
                    out.write(line)
                else:
                    handle.close()
                    handles.remove(handle)
    return target


def part_two(workdir: Path, corpora: list[Path], sizes: tuple[int, int], repeats: int = 5) -> None:
    """Wall times of 1 and 2 jobs on two slices: the speed-up of each, and of the work between them.

    Every run pays the same start-up (rule files, language profiles) that more jobs cannot share
    out; the difference between the two slices is work alone, the steady rate a long corpus run
    sees. Two 1-job runs of the large slice at the same time, each in a process of its own that
    shares nothing with the other, show what this machine gives two processes at all.
    """
    corpus = interleaved(corpora, workdir / "jobs-corpus.jsonl")
    slices = [head_of(corpus, workdir / f"jobs-slice-{size // 1_000_000}MB.jsonl", size) for size in sizes]
    print(f"\n## 2. Jobs: `cleantext SLICE --jsonl --out-dir DIR -q -j N`, wall time including start-up;\n"
          f"   slices of the corpus, its clean and mojibake documents in turn; 1 and 2 jobs taken in turn,\n"
          f"   {repeats} times each; the best of each counts (other load on the machine only ever slows a run down)\n")
    print("| slice | MB | jobs | seconds (each run) | best seconds | MB/s | speed-up |")
    print("|---|---:|---:|---|---:|---:|---:|")
    best: dict[tuple[int, int], float] = {}
    same = True
    for piece in slices:
        mb = piece.stat().st_size / 1e6
        times: dict[int, list[float]] = {1: [], 2: []}
        outputs = {}
        for _ in range(repeats):
            for jobs in (1, 2):
                out = workdir / f"jobs-out-{jobs}"
                shutil.rmtree(out, ignore_errors=True)
                wall, _, status = run_cli([str(piece), "--jsonl", "--out-dir", str(out), "-q", "-j", str(jobs)])
                times[jobs].append(wall)
                outputs[jobs] = (out / piece.name).read_bytes() if status == 0 else b""
        same = same and outputs[1] == outputs[2] and bool(outputs[1])
        for jobs, walls in times.items():
            best[piece.stat().st_size, jobs] = min(walls)
            print(f"| {piece.name} | {mb:.1f} | {jobs} | {', '.join(f'{w:.1f}' for w in walls)} | {min(walls):.2f} "
                  f"| {mb / min(walls):.3f} | {min(times[1]) / min(walls):.2f}x |")
    small, large = (piece.stat().st_size for piece in slices)
    one, two = (best[large, jobs] - best[small, jobs] for jobs in (1, 2))
    steady = one / two
    print(f"\nThe {(large - small) / 1e6:.1f} MB between the slices (start-up cancelled out): 1 job {one:.2f} s, "
          f"2 jobs {two:.2f} s, speed-up {steady:.2f}x")
    print(f"Output with 2 jobs identical to 1 job: {same}")
    print(f"Target 2 jobs >= 1.8x 1 job: {'met' if steady >= 1.8 else 'MISSED'} on the work between the slices; "
          f"{best[large, 1] / best[large, 2]:.2f}x on the larger slice with its start-up "
          f"(machine: {os.cpu_count()} cores, load average after: {os.getloadavg()[0]:.2f})")

    # The machine's own ceiling: two 1-job runs at once, neither waiting on the other.
    together = []
    for _ in range(max(1, repeats // 2)):
        runs = [workdir / f"jobs-out-apart-{k}" for k in (1, 2)]
        for out in runs:
            shutil.rmtree(out, ignore_errors=True)
        walls: list[float] = []
        threads = [threading.Thread(target=lambda out=out: walls.append(run_cli(
            [str(slices[1]), "--jsonl", "--out-dir", str(out), "-q", "-j", "1"])[0])) for out in runs]
        start = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        together.append(time.perf_counter() - start)
    print(f"For comparison, two separate 1-job runs of {slices[1].name} at the same time: "
          f"{', '.join(f'{w:.1f}' for w in together)} s (best {min(together):.2f} s), that is "
          f"{2 * best[large, 1] / min(together):.2f}x the work of one 1-job run per second, start-up included, "
          f"where 2 jobs give {best[large, 1] / best[large, 2]:.2f}x")


def part_three(workdir: Path, corpus: Path, small: int) -> None:
    print("\n## 3. Memory: streaming JSON Lines through the default pipeline, 2 jobs\n")
    print("| input | MB | documents | seconds | MB/s | peak RSS, all processes |")
    print("|---|---:|---:|---:|---:|---:|")
    peaks = []
    for factor in (1, 10):
        size = small * factor
        path = workdir / f"stream-{size // 1_000_000}MB.jsonl"
        if not path.exists() or path.stat().st_size < size:
            with corpus.open("rb") as src:
                lines = src.readlines()
            written = 0
            with path.open("wb") as out:
                while written < size:
                    for line in lines:
                        out.write(line)
                        written += len(line)
                        if written >= size:
                            break
        with path.open("rb") as handle:
            ndocs = sum(1 for _ in handle)
        out = workdir / "stream-out"
        shutil.rmtree(out, ignore_errors=True)
        wall, peak, status = run_cli([str(path), "--jsonl", "--out-dir", str(out), "-q", "-j", "2"])
        mb = path.stat().st_size / 1e6
        peaks.append(peak)
        print(f"| {path.name} | {mb:.0f} | {ndocs} | {wall:.1f} | {mb / wall:.2f} | {peak / 2**20:.0f} MiB |"
              + ("" if status == 0 else f" (exit {status})"))
        shutil.rmtree(out, ignore_errors=True)
        path.unlink()
    print(f"\nPeak memory, 10x the input: {peaks[1] / peaks[0]:.2f}x (target: the same)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes: a 5 MB corpus, 10 MB vs 100 MB streamed")
    parser.add_argument("--workdir", default="/tmp/cleantext-bench", help="where corpora are built (not committed)")
    parser.add_argument("--seconds", type=float, help="time per measurement in part 1 (default 60, quick 8)")
    parser.add_argument("--skip", action="append", default=[], choices=["one", "jobs", "memory"])
    args = parser.parse_args()
    workdir = Path(args.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    half = 2_500_000 if args.quick else 25_000_000
    seconds = args.seconds or (8 if args.quick else 60)
    print(f"# cleantext speed: `python benchmarks/speed.py{' --quick' if args.quick else ''}`")
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, ftfy {ftfy.__version__}, "
          f"charset-normalizer {charset_normalizer.__version__}")
    corpora = {"clean": workdir / "clean.jsonl", "mojibake": workdir / "mojibake.jsonl"}
    for i, (name, path) in enumerate(corpora.items()):
        count = build_corpus(path, half, damage=name == "mojibake", seed=i)
        print(f"corpus {name}: {path} {path.stat().st_size / 1e6:.1f} MB, {count} documents")
    web = workdir / "web.jsonl"
    count = build_web_corpus(web)
    print(f"corpus web: {web} {web.stat().st_size / 1e6:.1f} MB, {count} documents")
    if "one" not in args.skip:
        part_one(workdir, {**corpora, "web": web}, seconds)
    if "jobs" not in args.skip:
        part_two(workdir, list(corpora.values()), (1_000_000, 4_000_000) if args.quick else (8_000_000, 40_000_000))
    if "memory" not in args.skip:
        part_three(workdir, corpora["clean"], 10_000_000 if args.quick else 100_000_000)


if __name__ == "__main__":
    main()
