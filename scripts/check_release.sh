#!/usr/bin/env bash
# Release check: build the sdist and wheel, run `twine check`, verify the wheel carries every data
# file of the package, then install the wheel into a fresh virtual environment WITHOUT the dev
# extras and run the CLI, the pipeline example and the README's Python examples from a directory
# outside the checkout, so that code and package data can only come from the installed wheel.
#
# Usage: bash scripts/check_release.sh            (leaves the artefacts in dist/)
# Needs: a Python with `build` and `twine` installed (PYTHON=... to choose it), and access to PyPI
# for the build backend and the runtime dependencies.
set -euo pipefail

PYTHON=${PYTHON:-python3}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/event-extract-release.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
export HAYSTACK_TELEMETRY_ENABLED=False
unset PYTHONPATH

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'check_release: FAILED: %s\n' "$*" >&2; exit 1; }

cd "$ROOT"
VERSION=$("$PYTHON" - <<'EOF'
import re
from pathlib import Path

text = Path("src/event_extract/__about__.py").read_text(encoding="utf-8")
match = re.search(r'^__version__ = "([^"]+)"$', text, flags=re.MULTILINE)
print(match.group(1) if match else "")
EOF
)
[ -n "$VERSION" ] || fail "no __version__ in src/event_extract/__about__.py"
echo "version from src/event_extract/__about__.py: $VERSION"

step "python -m build"
rm -rf dist
"$PYTHON" -m build --outdir dist . >"$WORK/build.log" 2>&1 || { tail -n 40 "$WORK/build.log"; fail "build"; }
tail -n 1 "$WORK/build.log"
WHEEL=$(ls dist/*.whl)
SDIST=$(ls dist/*.tar.gz)
[ "$(basename "$WHEEL")" = "event_extract_haystack-${VERSION}-py3-none-any.whl" ] \
  || fail "unexpected wheel name $(basename "$WHEEL") for version $VERSION"
[ "$(basename "$SDIST")" = "event_extract_haystack-${VERSION}.tar.gz" ] \
  || fail "unexpected sdist name $(basename "$SDIST") for version $VERSION"

step "twine check --strict"
"$PYTHON" -m twine check --strict dist/*

step "package data in the wheel and the sdist"
"$PYTHON" - "$WHEEL" "$SDIST" <<'EOF'
import sys
import tarfile
import zipfile
from pathlib import Path

wheel, sdist = sys.argv[1], sys.argv[2]
package = Path("src/event_extract")
# Every file of the package that is not Python source or a byte-code cache must ship.
expected = sorted(
    path.relative_to("src").as_posix()
    for path in package.rglob("*")
    if path.is_file() and "__pycache__" not in path.parts and path.suffix not in {".py", ".pyc"}
)
in_wheel = set(zipfile.ZipFile(wheel).namelist())
with tarfile.open(sdist) as archive:
    in_sdist = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
missing_wheel = [name for name in expected if name not in in_wheel]
missing_sdist = [f"src/{name}" for name in expected if f"src/{name}" not in in_sdist]
for kind in (".jsonl", ".json", ".tsv"):
    if not any(name.endswith(kind) for name in in_wheel):
        missing_wheel.append(f"any *{kind} file")
if "event_extract/py.typed" not in in_wheel:
    missing_wheel.append("event_extract/py.typed")
leaked = [name for name in in_wheel if "shared/" in name or name.startswith(("tests/", "benchmarks/"))]
if missing_wheel or missing_sdist or leaked:
    print("missing from wheel:", missing_wheel)
    print("missing from sdist:", missing_sdist)
    print("should not be in the wheel:", leaked)
    sys.exit(1)
counts = {kind: sum(name.endswith(kind) for name in in_wheel) for kind in (".py", ".json", ".jsonl", ".tsv", ".md")}
print(f"wheel: {len(in_wheel)} files {counts}; all {len(expected)} package data files present in wheel and sdist")
EOF

step "install the wheel into a fresh virtual environment (no dev extras)"
"$PYTHON" -m venv "$WORK/venv"
VPY="$WORK/venv/bin/python"
# (grep drops the noise of pip configurations that list local index folders which do not exist)
"$VPY" -m pip install --quiet --disable-pip-version-check "$WHEEL" 2>&1 | { grep -v "is ignored: it is neither" || true; }
"$VPY" -m pip check
for dev_only in pytest hypothesis ruff mypy; do
  if "$VPY" -m pip show --quiet "$dev_only" >/dev/null 2>&1; then
    fail "$dev_only is installed without the dev extra"
  fi
done
"$VPY" -m pip show haystack-ai | sed -n '1,2p'

# Run everything from outside the checkout, on a copy of the examples.
RUN="$WORK/run"
mkdir -p "$RUN"
cp -R "$ROOT/examples" "$RUN/examples"
cd "$RUN"

step "imports come from the installed wheel"
"$VPY" - "$VERSION" <<'EOF'
import importlib.metadata
import sys

import event_extract

location = event_extract.__file__ or ""
assert "site-packages" in location, f"event_extract imported from {location}, not from the wheel"
assert event_extract.__version__ == sys.argv[1], (event_extract.__version__, sys.argv[1])
assert importlib.metadata.version("event-extract-haystack") == sys.argv[1]
print(f"event_extract {event_extract.__version__} from {location}")
EOF

step "event-extract --version"
"$WORK/venv/bin/event-extract" --version | tee "$WORK/version.txt"
grep -q "$VERSION" "$WORK/version.txt" || fail "--version does not print $VERSION"

step "event-extract extract examples/articles/kim_letter_to_putin.txt"
"$WORK/venv/bin/event-extract" extract examples/articles/kim_letter_to_putin.txt

step "event-extract extract --format jsonl (one record per input)"
"$WORK/venv/bin/event-extract" extract examples/articles/kim_letter_to_putin.txt examples/articles.jsonl \
  --format jsonl -o "$WORK/out.jsonl"
"$VPY" - "$WORK/out.jsonl" examples/articles.jsonl <<'EOF'
import json
import sys

records = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
inputs = sum(1 for line in open(sys.argv[2], encoding="utf-8") if line.strip()) + 1
assert len(records) == inputs, (len(records), inputs)
for record in records:
    assert {"id", "reference_date", "timexes", "actors", "events"} <= set(record), record.keys()
events = sum(len(record["events"]) for record in records)
print(f"{len(records)} records, {events} events, "
      f"{sum(len(r['timexes']) for r in records)} timexes, {sum(len(r['actors']) for r in records)} actor mentions")
assert events > 0, "no events extracted from the examples"
EOF

step "python examples/pipeline_to_document_store.py"
"$VPY" examples/pipeline_to_document_store.py

step "README examples (the Python blocks run in order as one session, like a reader would)"
if [ -f "$ROOT/README.md" ]; then
  "$VPY" - "$ROOT/README.md" "$RUN" <<'EOF'
import re
import subprocess
import sys
from pathlib import Path

readme = Path(sys.argv[1]).read_text(encoding="utf-8")
# A block right after "<!-- not run: why -->" needs what a plain install lacks (an extra, a corpus).
blocks = [
    code
    for marker, code in re.findall(r"(<!-- not run:[^>]*-->\n)?```python\n(.*?)```", readme, flags=re.DOTALL)
    if not marker
]
if not any("event_extract" in block for block in blocks):
    sys.exit("README.md has no Python example that uses event_extract")
script = Path(sys.argv[2]) / "readme_examples.py"
script.write_text("\n".join(blocks), encoding="utf-8")
result = subprocess.run([sys.executable, str(script)], cwd=sys.argv[2], capture_output=True, text=True)
sys.stdout.write(result.stdout[-3000:])
if result.returncode != 0:
    sys.stderr.write(result.stderr[-4000:])
    sys.exit(f"README examples failed with exit code {result.returncode}")
print(f"{len(blocks)} README Python block(s) ran")
EOF
else
  fail "README.md is missing (pyproject.toml names it as the long description)"
fi

step "release check passed: $(cd "$ROOT" && ls dist/)"
