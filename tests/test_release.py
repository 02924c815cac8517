"""Release invariants that are cheap enough to check on every test run.

The full check (build, ``twine check``, install the wheel into a clean virtual environment and run
the examples) is ``scripts/check_release.sh``; the one test here that builds a wheel runs only when
``EVENT_EXTRACT_SLOW_TESTS=1``.
"""

from __future__ import annotations

import ast
import importlib.metadata
import os
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path
from typing import Any

import pytest
import yaml

import event_extract
from event_extract.cli import main

from .conftest import REPO_ROOT

PYPROJECT = REPO_ROOT / "pyproject.toml"
PACKAGE = REPO_ROOT / "src" / "event_extract"
ABOUT = PACKAGE / "__about__.py"
WORKFLOWS = REPO_ROOT / ".github" / "workflows"
DISTRIBUTION = "event-extract-haystack"


def _pyproject() -> dict[str, Any]:
    with PYPROJECT.open("rb") as handle:
        return tomllib.load(handle)


def _about_version() -> str:
    tree = ast.parse(ABOUT.read_text(encoding="utf-8"))
    versions = [
        node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        and any(isinstance(target, ast.Name) and target.id == "__version__" for target in node.targets)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    ]
    assert len(versions) == 1, "__about__.py must assign __version__ exactly once, to a string literal"
    return versions[0]


def _data_files() -> list[Path]:
    """Every file of the package that is not Python source: what the wheel must carry as package data."""
    return sorted(
        path
        for path in PACKAGE.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix not in {".py", ".pyc"}
    )


# --- version -----------------------------------------------------------------------------------


def test_version_is_dynamic_and_read_from_about() -> None:
    project = _pyproject()
    assert "version" not in project["project"], "the version must not be written in pyproject.toml"
    assert "version" in project["project"]["dynamic"]
    assert project["tool"]["hatch"]["version"]["path"] == "src/event_extract/__about__.py"


def test_version_is_pep440_and_exported() -> None:
    version = _about_version()
    assert re.fullmatch(r"\d+\.\d+\.\d+((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?", version), version
    assert event_extract.__version__ == version


def test_version_is_defined_in_one_place_only() -> None:
    literal = re.compile(r"""^\s*__version__\s*=\s*['"]""", flags=re.MULTILINE)
    defining = [path.relative_to(REPO_ROOT).as_posix() for path in PACKAGE.rglob("*.py")
                if literal.search(path.read_text(encoding="utf-8"))]
    assert defining == ["src/event_extract/__about__.py"]


def test_installed_metadata_matches_the_source_version() -> None:
    try:
        installed = importlib.metadata.version(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        pytest.skip(f"{DISTRIBUTION} is not installed (running from the source tree)")
    assert installed == event_extract.__version__


def test_cli_version_prints_the_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"event-extract {event_extract.__version__}"


# --- metadata and package data -------------------------------------------------------------------


def test_project_metadata_for_pypi() -> None:
    project = _pyproject()["project"]
    assert project["name"] == DISTRIBUTION
    assert project["requires-python"] == ">=3.11"
    assert (REPO_ROOT / project["readme"]).is_file(), "the long description file named in pyproject.toml"
    for licence in project["license-files"]:
        assert (REPO_ROOT / licence).is_file()
    assert project["scripts"]["event-extract"] == "event_extract.cli:main"
    classifiers = set(project["classifiers"])
    for minor in (11, 12, 13):
        assert f"Programming Language :: Python :: 3.{minor}" in classifiers
    haystack = [dep for dep in project["dependencies"] if dep.startswith("haystack-ai")]
    assert haystack == ["haystack-ai>=3.0,<4"]


def test_every_dependency_is_a_runtime_need() -> None:
    """Dev tools stay in the dev extra so that installing the wheel pulls in none of them."""
    dependencies = _pyproject()["project"]["dependencies"]
    runtime = {re.split(r"[<>=!~\[ ;]", dep, maxsplit=1)[0].lower() for dep in dependencies}
    assert not runtime & {"pytest", "pytest-benchmark", "hypothesis", "ruff", "mypy", "build", "twine"}


def test_package_ships_typed_marker_and_its_data_kinds() -> None:
    suffixes = {path.suffix for path in _data_files()}
    assert (PACKAGE / "py.typed").is_file()
    assert {".json", ".jsonl", ".tsv"} <= suffixes


def test_wheel_target_takes_the_whole_package_directory() -> None:
    wheel = _pyproject()["tool"]["hatch"]["build"]["targets"]["wheel"]
    assert wheel["packages"] == ["src/event_extract"]
    # Hatch puts every file under the package directory into the wheel unless it is excluded.
    assert "exclude" not in wheel and "only-include" not in wheel
    sdist = _pyproject()["tool"]["hatch"]["build"]["targets"]["sdist"]
    assert "src/" in sdist["include"]


def test_no_package_data_file_is_git_ignored() -> None:
    """Hatch leaves out files matched by .gitignore, which would silently drop package data."""
    git = shutil.which("git")
    if git is None or not (REPO_ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    paths = [path.relative_to(REPO_ROOT).as_posix() for path in _data_files()]
    result = subprocess.run(
        [git, "check-ignore", "--no-index", "--stdin"], cwd=REPO_ROOT, input="\n".join(paths),
        capture_output=True, text=True, check=False,
    )
    assert result.stdout.split() == []


def test_every_data_file_is_documented_by_a_readme_beside_it() -> None:
    folders = {path.parent for path in _data_files() if path.suffix in {".json", ".jsonl", ".tsv"}}
    for folder in sorted(folders):
        # The data folder, or a data folder it is nested in (data/people/ in data/), explains the format.
        inside_package = [parent for parent in (folder, *folder.parents) if parent.is_relative_to(PACKAGE)]
        assert any((parent / "README.md").is_file() for parent in inside_package), folder


def test_package_never_refers_to_the_shared_corpora() -> None:
    """The package must run without ../shared and must not ship its data."""
    for path in PACKAGE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "/work/shared" not in text and '"shared"' not in text, path
    names = " ".join(path.name.lower() for path in _data_files())
    for licensed in ("phoenix", "tbaq", "timebank", "reuters", "bbc_news", "plover_gsr"):
        assert licensed not in names


# --- workflows -----------------------------------------------------------------------------------


def _workflow(name: str) -> dict[Any, Any]:
    path = WORKFLOWS / name
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_tests_workflow_covers_python_and_haystack_range() -> None:
    workflow = _workflow("tests.yml")
    test_job = workflow["jobs"]["test"]
    matrix = test_job["strategy"]["matrix"]
    assert matrix["python-version"] == ["3.11", "3.12", "3.13"]
    assert set(matrix["haystack"]) == {"lowest", "latest"}
    steps = "\n".join(str(step.get("run", "")) for step in test_job["steps"])
    lower = re.search(r"haystack-ai>=([\d.]+)", " ".join(_pyproject()["project"]["dependencies"]))
    assert lower is not None
    pinned = re.search(r'haystack-ai==([\d.]+)', steps)
    assert pinned is not None and pinned.group(1).rstrip(".0") == lower.group(1).rstrip(".0")
    assert 'pip install -e ".[dev]"' in steps and "pytest" in steps
    lint = "\n".join(str(step.get("run", "")) for step in workflow["jobs"]["lint"]["steps"])
    assert "ruff check" in lint and "mypy" in lint


def test_release_workflow_uses_trusted_publishing_on_version_tags() -> None:
    workflow = _workflow("release.yml")
    # PyYAML reads the bare key `on` as True.
    triggers = workflow.get("on", workflow.get(True))
    assert triggers == {"push": {"tags": ["v*"]}}
    publish = workflow["jobs"]["publish"]
    assert publish["permissions"] == {"id-token": "write"}
    assert publish["environment"]["name"] == "pypi"
    uses = [step.get("uses", "") for step in publish["steps"]]
    assert any(use.startswith("pypa/gh-action-pypi-publish@") for use in uses)
    text = (WORKFLOWS / "release.yml").read_text(encoding="utf-8")
    assert "password" not in text and "PYPI_API_TOKEN" not in text and "secrets." not in text
    build_steps = "\n".join(str(step.get("run", "")) for step in workflow["jobs"]["build"]["steps"])
    assert "scripts/check_release.sh" in build_steps


def test_release_script_exists_and_is_strict() -> None:
    script = (REPO_ROOT / "scripts" / "check_release.sh").read_text(encoding="utf-8")
    assert "set -euo pipefail" in script
    for needed in ("-m build", "twine check", "-m venv", "event-extract", "pipeline_to_document_store.py",
                   "py.typed"):
        assert needed in script, needed


# --- the real build (slow) --------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.skipif(
    os.environ.get("EVENT_EXTRACT_SLOW_TESTS") != "1", reason="builds a wheel; set EVENT_EXTRACT_SLOW_TESTS=1"
)
def test_built_wheel_contains_every_data_file(tmp_path: Path) -> None:
    pytest.importorskip("build")
    result = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(tmp_path), str(REPO_ROOT)],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    (wheel,) = tmp_path.glob("*.whl")
    assert wheel.name == f"event_extract_haystack-{event_extract.__version__}-py3-none-any.whl"
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {path.relative_to(PACKAGE.parent).as_posix() for path in _data_files()}
    assert expected - names == set()
    assert not any(name.startswith(("tests/", "benchmarks/", "examples/")) for name in names)
