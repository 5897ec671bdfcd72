"""Fuzz the decode stage and the rule stages for a fixed time; print what was tried and what broke.

    python benchmarks/fuzz.py [--seconds 60] [--seed 1]

Inputs are the samples mutated at random (bit flips, cut bytes, spliced encodings, inserted
NULs and BOMs); rule files are put together from pieces of real and broken patterns. The only
errors allowed are the ones the command line reports cleanly: UndecodableError for input that
is not text, RuleError for a broken rule file or a pattern that runs too long.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import traceback
from pathlib import Path

from cleantext import Pipeline
from cleantext.rulefile import RuleError
from cleantext.stages.decode import UndecodableError

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = [p.read_bytes() for p in sorted((ROOT / "samples").glob("*.txt"))]
CODECS = ["utf-8", "utf-16", "utf-16-le", "cp1252", "cp1251", "cp1256", "latin-1", "koi8-r", "mac-roman"]
PATTERN_PIECES = ["^", "$", "a", "(", ")", "[", "]", "+", "*", "?", "{2,}", "\\d", "\\p{L}", "|", ".", "(?i)",
                  "Loading", "\\", "(a|aa)", "\\b", "[^x]", "(?=x)", "(?<!y)", "\\p{Arabic}", "€", "’"]


def mutate(rng: random.Random) -> bytes:
    data = bytearray(rng.choice(SAMPLES))
    for _ in range(rng.randint(1, 6)):
        kind = rng.randrange(6)
        at = rng.randrange(len(data) or 1)
        if kind == 0 and data:
            data[at] ^= 1 << rng.randrange(8)
        elif kind == 1:
            del data[at: at + rng.randint(1, 200)]
        elif kind == 2:
            text = rng.choice(SAMPLES).decode("utf-8")[: rng.randint(10, 400)]
            data[at:at] = text.encode(rng.choice(CODECS), errors="replace")
        elif kind == 3:
            data[at:at] = b"\x00" * rng.randint(1, 50)
        elif kind == 4:
            data[at:at] = rng.choice([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\f", b"\r", b"\xad", b"-\n"])
        else:
            data[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 30)))
    return bytes(data)


def rule_file(rng: random.Random) -> str:
    pattern = "".join(rng.choice(PATTERN_PIECES) for _ in range(rng.randint(1, 8))).replace("'", "")
    where = rng.choice(["head", "tail", "anywhere"])
    return (f"[site]\nname = \"fuzz\"\n[[furniture]]\nid = \"f\"\nclass = \"other\"\n"
            f"pattern = '{pattern}'\nwhere = \"{where}\"\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--seed", type=int, default=1)
    options = parser.parse_args()
    rng = random.Random(options.seed)
    pipeline = Pipeline.default()
    counts = {"inputs": 0, "undecodable": 0, "rule files": 0, "rule errors": 0, "crashes": 0}
    tmp = Path(tempfile.mkdtemp())
    stop = time.monotonic() + options.seconds
    while time.monotonic() < stop:
        data = mutate(rng)
        counts["inputs"] += 1
        try:
            if rng.random() < 0.2:
                counts["rule files"] += 1
                path = tmp / "fuzz.toml"
                path.write_text(rule_file(rng), encoding="utf-8")
                Pipeline.default([path]).run(data)
            else:
                pipeline.run(data)
        except UndecodableError:
            counts["undecodable"] += 1
        except RuleError:
            counts["rule errors"] += 1
        except Exception:  # noqa: BLE001 - anything else is a finding
            counts["crashes"] += 1
            (tmp / f"crash-{counts['crashes']}.bin").write_bytes(data)
            traceback.print_exc()
    print(f"fuzzed for {options.seconds:.0f} s (seed {options.seed}): " +
          ", ".join(f"{v} {k}" for k, v in counts.items()))
    if counts["crashes"]:
        print(f"crashing inputs kept in {tmp}")
    return 1 if counts["crashes"] else 0


if __name__ == "__main__":
    sys.exit(main())
