"""Actor linking throughput (MB/s of news text) and knowledge-base build time.

Run: ``PYTHONPATH=src pytest benchmarks/test_actor_speed.py --benchmark-only``. MB/s is reported
in ``extra_info``; targets: linker >= 5 MB/s, default knowledge base + matcher < 1 s.
"""

from __future__ import annotations

import json
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from event_extract.actors import ActorKnowledgeBase, ActorMatcher

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
REUTERS = SHARED / "data" / "news" / "reuters21578.jsonl"


def _news() -> list[str]:
    if REUTERS.exists():
        with REUTERS.open(encoding="utf-8") as handle:
            return [json.loads(line)["text"] for _, line in zip(range(3000), handle, strict=False)]
    # Without the shared corpus: a synthetic wire-style text (same mix of names and prose).
    para = (
        "Chinese President Xi Jinping met Russian officials in Moscow on Tuesday, the Kremlin said, "
        "while U.S. troops and NATO allies held drills. The company said profits rose 5 pct in "
        "the quarter and analysts expect further gains as prices firm. "
    )
    return [para * 4] * 3000


def test_linker_throughput(benchmark: Any) -> None:
    matcher = ActorMatcher(ActorKnowledgeBase.load_default())
    docs = _news()
    size = sum(len(d.encode("utf-8")) for d in docs)
    ref = date(1987, 3, 1)

    def run() -> int:
        return sum(len(matcher.link(d, ref)) for d in docs)

    mentions = benchmark.pedantic(run, rounds=3, iterations=1, warmup_rounds=1)
    assert mentions > 0
    # CPU time as well: on a shared machine wall-clock time also counts other processes.
    cpu = time.process_time()
    run()
    cpu = time.process_time() - cpu
    benchmark.extra_info["megabytes"] = size / 1e6
    benchmark.extra_info["mb_per_s"] = size / 1e6 / benchmark.stats.stats.min
    benchmark.extra_info["mb_per_cpu_s"] = size / 1e6 / cpu if cpu > 0 else None
    benchmark.extra_info["mentions"] = mentions


def test_build_default_kb_and_matcher(benchmark: Any) -> None:
    def build() -> ActorMatcher:
        return ActorMatcher(ActorKnowledgeBase.load_default())

    matcher = benchmark.pedantic(build, rounds=3, iterations=1)
    assert matcher.link("Kim Jong-un met Vladimir Putin.", date(2025, 1, 1))
    benchmark.extra_info["seconds"] = benchmark.stats.stats.min


@pytest.mark.skipif(not REUTERS.exists(), reason="shared news corpus not available")
def test_corpus_present() -> None:
    assert REUTERS.stat().st_size > 0
