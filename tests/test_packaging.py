"""The sdist and the wheel, built offline from the project's files: what each must carry.

The wheel is built from the sdist (as ``python -m build`` does), so a file the sdist leaves
out and the wheel needs fails here too. The sources are the files git knows (tracked or not
yet added, less what .gitignore names), copied to a temporary folder first so that the build
leaves nothing in the working tree.
"""
from __future__ import annotations

import email.parser
import json
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

import cleantext

ROOT = Path(__file__).resolve().parent.parent
# Tracked files that are not needed to build, test or read the project from its sdist.
NOT_IN_SDIST = {".gitignore"}
# What setuptools says on every build that is no problem: a MANIFEST.in exclusion that found
# nothing to exclude in a clean copy, and byte-compiling off when PYTHONDONTWRITEBYTECODE is set.
HARMLESS = ("no previously-included files matching", "byte-compiling is disabled")


def _needs(module: str, why: str):
    """Skip where a developer's older environment lacks a build tool; CI installs it, so fail there."""
    try:
        return __import__(module)
    except ImportError:
        if os.environ.get("CI"):
            raise
        pytest.skip(f"{module} is not installed ({why}); pip install -e '.[test]'")


def source_files() -> list[str]:
    if not (ROOT / ".git").exists() or shutil.which("git") is None:
        pytest.skip("not a git checkout: the sources to compare with are unknown")
    out = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
        cwd=ROOT, capture_output=True, check=True,
    ).stdout.decode("utf-8")
    # A file deleted but not yet committed is still listed by git: keep what exists.
    return sorted(name for name in out.split("\0") if name and (ROOT / name).is_file())


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """(sources, sdist path, wheel path, build log)."""
    _needs("build", "tests/test_packaging.py builds the sdist and wheel with it")
    setuptools = _needs("setuptools", "the build backend")
    if int(setuptools.__version__.split(".")[0]) < 77 and not os.environ.get("CI"):
        pytest.skip(f"setuptools {setuptools.__version__} < 77 cannot read an SPDX license; "
                    "pip install -e '.[test]'")
    sources = source_files()
    tree = tmp_path_factory.mktemp("source")
    for name in sources:
        (tree / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, tree / name)
    dist = tmp_path_factory.mktemp("dist")
    # --no-isolation: offline, with the build tools of this environment (the test extra).
    run = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(dist), str(tree)],
        capture_output=True, text=True,
    )
    log = run.stdout + run.stderr
    assert run.returncode == 0, log[-3000:]
    (sdist,) = dist.glob("*.tar.gz")
    (wheel,) = dist.glob("*.whl")
    return sources, sdist, wheel, log


def test_the_build_warns_of_nothing(built):
    *_, log = built
    warnings = [line for line in log.splitlines()
                if any(word in line.lower() for word in ("warning", "deprecat", "would be ignored"))
                and not any(harmless in line for harmless in HARMLESS)]
    assert warnings == []


def test_the_wheel_has_every_module_and_rule_file_and_nothing_else(built):
    sources, _, wheel, _ = built
    names = set(zipfile.ZipFile(wheel).namelist())
    modules = {name for name in sources if name.startswith("cleantext/") and name.endswith(".py")}
    rule_files = {"cleantext/" + name for name in sources if name.startswith("rules/") and name.endswith(".toml")}
    assert modules and rule_files
    missing = sorted((modules | rule_files) - names)
    assert missing == [], ("left out of the wheel; a new package must be added to "
                           "[tool.setuptools] packages in pyproject.toml")
    dist_info = f"cleantext-{cleantext.__version__}.dist-info/"
    # Data files the code reads besides the rules: the guide `cleantext rules guide` prints, the
    # rule files --no-ocr and --kind add.
    data = {"cleantext/docs/rules.md", "cleantext/stages/no-ocr.toml",
            *(f"cleantext/stages/kind-{kind}.toml" for kind in ("web", "markdown", "page", "prose"))}
    assert data <= names
    strays = sorted(name for name in names - modules - rule_files - data if not name.startswith(dist_info))
    assert strays == []


def test_the_wheel_carries_the_license_and_true_metadata(built):
    _, _, wheel, _ = built
    with zipfile.ZipFile(wheel) as archive:
        info = f"cleantext-{cleantext.__version__}.dist-info/"
        license_text = archive.read(info + "licenses/LICENSE").decode("utf-8")
        metadata = email.parser.Parser().parsestr(archive.read(info + "METADATA").decode("utf-8"))
    assert license_text == (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert license_text.startswith("MIT License")
    assert metadata["License-Expression"] == "MIT"
    assert metadata["Version"] == cleantext.__version__
    assert metadata["Requires-Python"] == ">=3.10"
    # tomllib is in the standard library from 3.11 only.
    assert 'tomli>=1.1; python_version < "3.11"' in metadata.get_all("Requires-Dist")


def test_the_sdist_has_every_file_the_tests_and_docs_need(built):
    sources, sdist, _, _ = built
    with tarfile.open(sdist) as archive:
        top = f"cleantext-{cleantext.__version__}/"
        names = {member.name[len(top):] for member in archive.getmembers() if member.isfile()}
    assert {"tests/gold/003_7ddff99baeab37cd.txt", "samples/003_7ddff99baeab37cd.txt", "LICENSE"} <= names
    missing = sorted(set(sources) - NOT_IN_SDIST - names)
    assert missing == [], "left out of the sdist: add them to MANIFEST.in"
    assert not [name for name in names if "__pycache__" in name or name.endswith(".pyc")]


def test_the_installed_wheel_finds_its_rule_files_and_cleans_the_samples(built, tmp_path):
    """Unpacked and first on the path, as an installed wheel is: the site rules come from inside it."""
    _, _, wheel, _ = built
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    script = (
        "import json, pathlib, sys, cleantext\n"
        "out = {'module': cleantext.__file__, 'texts': {}}\n"
        "for path in sorted(pathlib.Path(sys.argv[1]).glob('*.txt')):\n"
        "    out['texts'][path.name] = cleantext.clean(path.read_bytes())\n"
        "print(json.dumps(out))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(site)}
    run = subprocess.run([sys.executable, "-c", script, str(ROOT / "samples")],
                         cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    out = json.loads(run.stdout)
    assert Path(out["module"]).is_relative_to(site)
    assert len(out["texts"]) == 5
    for name, text in out["texts"].items():
        assert text == (ROOT / "tests" / "gold" / name).read_text(encoding="utf-8"), name
