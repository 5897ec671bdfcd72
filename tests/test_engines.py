"""The Spark and Ray sketches in docs/scale.md, run as written on local files.

Each sketch is taken from the document itself, its storage addresses and rule file swapped for
local ones, and run in a process of its own; what it writes must be what ``cleantext --jsonl``
writes for the same records and rule file. Neither engine is a dependency: the tests run where
pyspark (with Java) or ray[data] is installed, and are skipped elsewhere.
"""
import gzip
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "scale.md"
SITE_RULES = (ROOT / "tests" / "data" / "harbour-gazette.toml").read_text(encoding="utf-8")


def sketch(heading: str) -> str:
    """The first Python code block after the line starting with ``heading`` in docs/scale.md."""
    text = DOC.read_text(encoding="utf-8")
    after = text[text.index("\n" + heading):]
    return re.search(r"```python\n(.*?)```", after, re.S).group(1)


@pytest.fixture
def corpus(tmp_path):
    """Records (the samples, a line of mojibake, a page of the rule file's site), the rule file,
    and what ``cleantext --jsonl`` makes of them, by id."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    texts += ["Ukraineâ€™s army said â€œnoâ€\u009d.\n",
              "harbourgazette.example\nRead the print edition\nThe ferry sailed at noon.\n"]
    folder = tmp_path / "corpus"
    folder.mkdir()
    plain = folder / "part-0.jsonl"
    plain.write_text("".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n"
                             for i, t in enumerate(texts)), encoding="utf-8")
    rule = tmp_path / "my-site.toml"
    rule.write_text(SITE_RULES, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "cleantext", str(plain), "--jsonl", "--rules", str(rule), "-q"],
                          capture_output=True, check=True)
    want = {r["id"]: r for r in map(json.loads, done.stdout.decode("utf-8").splitlines())}
    assert want[len(texts) - 1]["cleantext"]["sites"] == ["harbour-gazette"]  # the rule file is in force
    return plain, rule, want


def run_sketch(code: str, tmp_path: Path, **env: str) -> None:
    script = tmp_path / "sketch.py"
    script.write_text(code, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=600,
                          cwd=tmp_path, env={**os.environ, **env})
    assert done.returncode == 0, done.stderr[-3000:]


def test_the_spark_sketch_writes_what_the_command_line_writes(corpus, tmp_path):
    pytest.importorskip("pyspark", reason="pyspark is not installed: pip install -e '.[spark]'")
    if shutil.which("java") is None:
        pytest.skip("Spark needs Java")
    plain, rule, want = corpus
    with plain.open("rb") as src, gzip.open(plain.with_suffix(".jsonl.gz"), "wb") as out:
        shutil.copyfileobj(src, out)
    plain.unlink()
    code = (sketch("Spark (")
            .replace("hdfs:///corpus/*.jsonl.gz", str(plain.parent / "*.jsonl.gz"))
            .replace("hdfs:///clean/", str(tmp_path / "clean"))
            .replace("rules/my-site.toml", str(rule)))
    # The workers' Python must have cleantext, as the sketch's note says.
    run_sketch(code, tmp_path, PYSPARK_PYTHON=sys.executable)
    got = [json.loads(line) for part in sorted((tmp_path / "clean").glob("part-*.gz"))
           for line in gzip.open(part, "rt", encoding="utf-8")]
    assert {r["id"]: r for r in got} == want
    assert len(got) == len(want)


def test_the_ray_sketch_writes_what_the_command_line_writes(corpus, tmp_path):
    pytest.importorskip("ray.data", reason="ray[data] is not installed: pip install -e '.[ray]'")
    pd = pytest.importorskip("pandas")
    plain, rule, want = corpus
    code = (sketch("Ray Data (")
            .replace("s3://corpus/", str(plain.parent))
            .replace("s3://clean/", str(tmp_path / "clean"))
            .replace("rules/my-site.toml", str(rule)))
    run_sketch(code, tmp_path, RAY_ENABLE_UV_RUN_RUNTIME_ENV="0")
    got = pd.read_parquet(tmp_path / "clean")
    assert len(got) == len(want)
    for _, row in got.iterrows():
        record = want[row["id"]]
        assert row["text"] == record["text"]
        assert json.loads(row["cleantext"]) == record["cleantext"]
