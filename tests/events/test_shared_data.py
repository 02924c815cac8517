"""End-to-end checks on the shared development data (skipped when ../shared is absent)."""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed" / "article.txt"
GSR = SHARED / "data" / "events" / "plover_gsr.jsonl"
SCORER = SHARED / "eval" / "score_events.py"

pytestmark = pytest.mark.skipif(not SHARED.exists(), reason="shared data not available")


def _load(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def pipeline() -> object:
    bench = _load(REPO / "benchmarks" / "score_plover.py", "score_plover")
    return bench.Pipeline()


def _key(event: object) -> tuple[str, str | None, str | None]:
    source = event.source.country if event.source else None  # type: ignore[attr-defined]
    target = event.target.country if event.target else None  # type: ignore[attr-defined]
    return event.cameo, source, target  # type: ignore[attr-defined]


@pytest.mark.skipif(not SEED.exists(), reason="seed article not available")
def test_seed_article_events(pipeline: object) -> None:
    text = SEED.read_text(encoding="utf-8")
    events = [e for e in pipeline.events(text, dt.date(2025, 10, 7), "seed")  # type: ignore[attr-defined]
              if e.modality != "negated"]
    by_key: dict[tuple[str, str | None, str | None], list] = {}
    for event in events:
        by_key.setdefault(_key(event), []).append(event)
    for source in ("PRK", "CHN", "BLR"):
        praise = by_key.get(("051", source, "RUS"))
        assert praise, f"no 051 {source}->RUS"
        assert any(e.date.value == "2025-10-07" for e in praise)
    meetings = [e for e in events if e.cameo.startswith("04") and {e.source.country, e.target.country} ==
                {"RUS", "PRK"}]
    assert meetings and all(e.date.value == "2025-09" and e.date.granularity == "month" for e in meetings)
    treaty = [e for e in events if e.cameo == "057"]
    assert treaty and {(e.source.country, e.target.country) for e in treaty} == {("RUS", "PRK"), ("PRK", "RUS")}
    assert all(e.date.value == "2024-06" for e in treaty)
    # Domestic passages (postcards, the security council, Peskov) produce no international event.
    for event in events:
        sentence = text[event.sentence_start : event.sentence_end]
        for marker in ("postcards", "security council", "Peskov"):
            assert marker not in sentence, (marker, event.cameo)
