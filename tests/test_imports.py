"""The package's import graph: no circle, the core knows no stage, every module imports alone."""

import ast
import importlib.util
import pathlib
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).parent.parent
PACKAGE = ROOT / "cleantext"
# The core: what every stage may import, and what names no stage itself.
CORE = {"cleantext.document", "cleantext.pipeline", "cleantext.rulefile", "cleantext.schema", "cleantext.report",
        "cleantext.chars"}


def module_name(path: pathlib.Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imports(name: str, path: pathlib.Path) -> set[str]:
    """The cleantext modules ``name`` imports, when it loads or later inside a function, by an
    import statement or by ``importlib.import_module("...")`` with the name written out."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1] + ([node.module] if node.module else []))
            found.add(base)
            # "from . import x" imports the module x when there is one
            found.update(f"{base}.{alias.name}" for alias in node.names if f"{base}.{alias.name}" in MODULES)
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and node.func.attr == "import_module" and node.args and isinstance(node.args[0], ast.Constant)):
            found.add(node.args[0].value)
    return {module for module in found if module in MODULES and module != name}


GRAPH = {name: imports(name, path) for name, path in MODULES.items()}


def test_the_graph_is_read():
    assert "cleantext.stages.base" in GRAPH["cleantext.pipeline"]
    assert "cleantext.stages.base" in GRAPH["cleantext.stages.reflow"]
    assert "cleantext.document" in GRAPH["cleantext.stages.reflow"]


def test_no_import_circle():
    """A depth-first walk finds no module that imports, through others, itself."""
    state: dict[str, str] = {}

    def walk(name, trail):
        state[name] = "open"
        for other in sorted(GRAPH[name]):
            if state.get(other) == "open":
                pytest.fail("import circle: " + " -> ".join(trail[trail.index(other):] + [other]))
            if other not in state:
                walk(other, trail + [other])
        state[name] = "done"

    for name in sorted(GRAPH):
        if name not in state:
            walk(name, [name])


@pytest.mark.parametrize("name", sorted(CORE))
def test_the_core_knows_no_stage(name):
    stages = {m for m in GRAPH[name] if m.startswith("cleantext.stages.") and m != "cleantext.stages.base"}
    assert not stages, f"{name} imports {sorted(stages)}"


@pytest.mark.parametrize("name", sorted(m for m in MODULES if m.startswith("cleantext.stages.")))
def test_a_stage_imports_no_other_stage(name):
    others = {m for m in GRAPH[name] if m.startswith("cleantext.stages.") and m != "cleantext.stages.base"}
    assert not others, f"{name} imports {sorted(others)}"


def test_every_module_imports_alone_in_a_fresh_interpreter():
    """Whatever order a user imports in, each module loads first (one interpreter per module,
    run side by side)."""
    skip = {"cleantext.__main__"} | ({"cleantext.dask"} if importlib.util.find_spec("dask") is None else set())
    names = [name for name in sorted(MODULES) if name not in skip]
    runs = {name: subprocess.Popen([sys.executable, "-c", f"import {name}"], cwd=ROOT, stderr=subprocess.PIPE,
                                   text=True) for name in names}
    failed = {name: run.communicate()[1].strip().splitlines()[-1:] for name, run in runs.items() if run.wait()}
    assert not failed


MODULE_LINES = 600  # the house's limit: a module over it holds more than one concern


def test_no_module_over_the_limit():
    """Every module of the package stays within MODULE_LINES lines; split one by concern before it grows past."""
    long = {name: count for name, path in MODULES.items()
            if (count := len(path.read_text(encoding="utf-8").splitlines())) > MODULE_LINES}
    assert not long, f"modules over {MODULE_LINES} lines: {long}"
