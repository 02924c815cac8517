"""Loading never executes code from data: no pickle, no eval/exec, YAML only through safe loaders.

The package source is parsed (not grepped) so that comments and docstrings cannot cause false
alarms, and every package data file is checked to be plain text in a declarative format.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from ..conftest import REPO_ROOT

PACKAGE = REPO_ROOT / "src" / "event_extract"
SOURCES = sorted(PACKAGE.rglob("*.py"))

FORBIDDEN_MODULES = {"pickle", "cPickle", "_pickle", "marshal", "shelve", "dill", "cloudpickle", "jsonpickle", "joblib"}
FORBIDDEN_BUILTINS = {"eval", "exec", "compile", "__import__", "execfile"}
UNSAFE_YAML = {"load", "load_all", "unsafe_load", "unsafe_load_all", "full_load", "full_load_all", "Loader",
               "UnsafeLoader", "FullLoader"}
FORBIDDEN_CALLS = {("os", "system"), ("os", "popen"), ("subprocess", "run"), ("subprocess", "Popen"),
                   ("subprocess", "call"), ("subprocess", "check_output"), ("torch", "load")}


def _problems(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[str] = []
    for node in ast.walk(tree):
        shown = path.relative_to(REPO_ROOT) if path.is_relative_to(REPO_ROOT) else path.name
        where = f"{shown}:{getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.Import):
            found += [f"{where}: import {a.name}" for a in node.names if a.name.split(".")[0] in FORBIDDEN_MODULES]
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.module.split(".")[0] in FORBIDDEN_MODULES:
                found.append(f"{where}: from {node.module} import ...")
            if node.module == "yaml":
                found += [f"{where}: from yaml import {a.name}" for a in node.names if a.name in UNSAFE_YAML]
        elif isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id in FORBIDDEN_BUILTINS:
                found.append(f"{where}: {func.id}()")
            if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
                pair = (func.value.id, func.attr)
                if pair in FORBIDDEN_CALLS or (func.value.id == "yaml" and func.attr in UNSAFE_YAML):
                    found.append(f"{where}: {pair[0]}.{pair[1]}()")
                if func.attr == "load" and func.value.id in {"np", "numpy"} and any(
                    kw.arg == "allow_pickle" for kw in node.keywords
                ):
                    found.append(f"{where}: numpy.load(allow_pickle=...)")
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            if name == "import_module" and not (
                node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
            ):
                found.append(f"{where}: import_module() with a computed module name")
        elif (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "yaml"
              and node.attr in UNSAFE_YAML):
            found.append(f"{where}: yaml.{node.attr}")
    return found


def test_sources_were_found() -> None:
    assert len(SOURCES) > 10
    assert PACKAGE / "language.py" in SOURCES


@pytest.mark.parametrize("path", SOURCES, ids=lambda path: path.relative_to(PACKAGE).as_posix())
def test_source_never_executes_data(path: Path) -> None:
    assert _problems(path) == []


def test_the_checker_catches_what_it_should(tmp_path: Path) -> None:
    """The AST check itself must fail on every forbidden construct (else the test above proves nothing)."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import pickle\nimport yaml\nfrom yaml import FullLoader\nimport importlib\nx = eval('1')\n"
        "exec('y = 2')\nyaml.load('a: 1', Loader=yaml.Loader)\nyaml.safe_load('a: 1')\n"
        "importlib.import_module(name)\nimport os\nos.system('true')\n",
        encoding="utf-8",
    )
    found = _problems(sample)
    for expected in ("import pickle", "from yaml import FullLoader", "eval()", "exec()", "yaml.load()",
                     "yaml.Loader", "import_module()", "os.system()"):
        assert any(expected in problem for problem in found), (expected, found)
    assert not any("safe_load" in problem for problem in found)


DATA_SUFFIXES = {".json", ".jsonl", ".tsv", ".md", ".typed", ".txt", ".csv"}


def test_package_data_is_declarative_text() -> None:
    """Only text formats that are parsed, never executed; JSON files must parse as JSON."""
    for path in PACKAGE.rglob("*"):
        if not path.is_file() or "__pycache__" in path.parts or path.suffix in {".py", ".pyc"}:
            continue
        assert path.suffix in DATA_SUFFIXES, f"unexpected data file type: {path}"
        raw = path.read_bytes()
        assert not raw.startswith((b"\x80", b"PK\x03\x04", b"\x93NUMPY")), f"binary/pickled data: {path}"
        text = raw.decode("utf-8")
        if path.suffix == ".json":
            json.loads(text)
        elif path.suffix == ".jsonl":
            for number, line in enumerate(text.splitlines(), 1):
                if line.strip() and not line.lstrip().startswith("#"):
                    try:
                        json.loads(line)
                    except json.JSONDecodeError as error:
                        pytest.fail(f"{path.name}:{number}: {error.msg}")
