"""Throughput of each component, the full pipeline and the alternatives, on the same news text.

``pytest benchmarks/test_throughput.py --benchmark-only``; the summary at the end gives docs/s,
MB/s and the ratio to ``dateparser.search_dates`` (dates only) measured in the same run.
"""

from __future__ import annotations

from typing import Any

import pytest
from _bench import Stages, dateparser_search, record_rate, spacy_pipeline, text_bytes

from event_extract.cli import InputRecord


def _rounds(corpus: list[InputRecord]) -> int:
    return 3 if len(corpus) <= 2000 else 1


@pytest.mark.parametrize(
    ("stage", "label"),
    [
        ("tag", "TimexTagger"),
        ("link", "ActorLinker"),
        ("code", "EventExtractor"),
        ("full", "full pipeline (to JSONL)"),
    ],
)
def test_stage(benchmark: Any, stages: Stages, corpus: list[InputRecord], stage: str, label: str) -> None:
    out = benchmark.pedantic(getattr(stages, stage), rounds=_rounds(corpus), warmup_rounds=0)
    assert len(out) == len(corpus)
    record_rate(benchmark, label, len(corpus), text_bytes(corpus))


def test_dateparser_search_dates(benchmark: Any, dateparser_docs: list[InputRecord]) -> None:
    pytest.importorskip("dateparser")
    found = benchmark.pedantic(dateparser_search, args=(dateparser_docs,), rounds=1, warmup_rounds=0)
    assert found >= 0
    record_rate(benchmark, "dateparser.search_dates", len(dateparser_docs), text_bytes(dateparser_docs))


def test_spacy_ner(benchmark: Any, dateparser_docs: list[InputRecord]) -> None:
    run = spacy_pipeline()
    if run is None:
        pytest.skip("spaCy with en_core_web_sm is not installed")
    benchmark.pedantic(run, args=(dateparser_docs,), rounds=1, warmup_rounds=1)
    record_rate(benchmark, "spaCy en_core_web_sm NER", len(dateparser_docs), text_bytes(dateparser_docs))
