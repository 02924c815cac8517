"""Shared test setup: no telemetry, and the optional ../shared corpora."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ["HAYSTACK_TELEMETRY_ENABLED"] = "False"

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED = REPO_ROOT.parent / "shared"
EXAMPLES = REPO_ROOT / "examples"

requires_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared corpora are not present")
