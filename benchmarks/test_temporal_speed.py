"""Throughput of the temporal tagger against ``dateparser.search_dates`` on the same news text.

Run with ``pytest benchmarks/test_temporal_speed.py --benchmark-only``. MB/s (UTF-8 bytes of
text per second of tagging, one core) is reported in ``extra_info``. The text is ~1 MB of
Reuters-21578 articles from ``<repo>/../shared/data/news/reuters21578.jsonl`` when present,
otherwise a news-like text written here. dateparser runs on a small slice only (it is slow);
its MB/s is measured on that slice in the same run. No timing assertions: this is a benchmark.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path
from typing import Any

import pytest

from event_extract.temporal import TimexRecognizer

REPO = Path(__file__).resolve().parents[1]
REUTERS = REPO.parent / "shared" / "data" / "news" / "reuters21578.jsonl"
TARGET_BYTES = 1_000_000
DATEPARSER_BYTES = 20_000

_FALLBACK = (
    "GENEVA, Oct. 7 - Foreign ministers met on Tuesday for a second round of talks, three weeks after "
    "the first meeting collapsed. Officials said a deal could come later this year, perhaps by early "
    "December, although similar hopes were dashed in 2019 and again last spring. The envoy, who has "
    "visited the region twice a year since the 1990s, will return next week. Trade fell 4.5 percent in "
    "the third quarter compared with a year earlier, the statistics office said on Monday.\n\n"
    "Prices of grain rose 12 dlrs a tonne to 180 dlrs, traders said, adding that the market would stay "
    "firm for the next few days. The company, which employs 2,300 people, reported a loss of 3.2 mln "
    "dlrs against a profit of 1.1 mln dlrs. It may sell its stake, the chairman told reporters.\n\n"
)


def _documents() -> list[tuple[str, dt.date | None]]:
    docs: list[tuple[str, dt.date | None]] = []
    size = 0
    if REUTERS.exists():
        with REUTERS.open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                published = record.get("published")
                docs.append((record["text"], dt.date.fromisoformat(published) if published else None))
                size += len(record["text"].encode("utf-8"))
                if size >= TARGET_BYTES:
                    break
    else:
        while size < TARGET_BYTES:
            docs.append((_FALLBACK, dt.date(2025, 10, 7)))
            size += len(_FALLBACK.encode("utf-8"))
    return docs


@pytest.fixture(scope="module")
def documents() -> list[tuple[str, dt.date | None]]:
    return _documents()


def _megabytes(docs: list[tuple[str, Any]]) -> float:
    return sum(len(text.encode("utf-8")) for text, _ in docs) / 1e6


def test_tagger_throughput(benchmark: Any, documents: list[tuple[str, dt.date | None]]) -> None:
    recognizer = TimexRecognizer()

    def tag_all() -> int:
        return sum(len(recognizer.tag(text, ref)) for text, ref in documents)

    found = benchmark.pedantic(tag_all, rounds=5, iterations=1, warmup_rounds=1)
    megabytes = _megabytes(documents)
    tagger_mb_s = megabytes / benchmark.stats.stats.min
    # CPU time of this process as well: on a shared machine wall time also counts waiting.
    cpu_seconds = float("inf")
    for _ in range(3):
        started_cpu = time.process_time()
        tag_all()
        cpu_seconds = min(cpu_seconds, time.process_time() - started_cpu)

    # dateparser.search_dates on a slice of the same documents, in the same run.
    import dateparser.search  # noqa: PLC0415 - slow import, only needed for the comparison

    sliced: list[tuple[str, dt.date | None]] = []
    for text, ref in documents:
        sliced.append((text, ref))
        if _megabytes(sliced) >= DATEPARSER_BYTES / 1e6:
            break
    started = time.perf_counter()
    for text, _ in sliced:
        dateparser.search.search_dates(text, languages=["en"])
    dateparser_mb_s = _megabytes(sliced) / (time.perf_counter() - started)
    best = float("inf")
    for _ in range(5):
        started = time.perf_counter()
        for text, ref in sliced:
            recognizer.tag(text, ref)
        best = min(best, time.perf_counter() - started)
    tagger_slice_mb_s = _megabytes(sliced) / best

    benchmark.extra_info.update({
        "corpus": "reuters21578" if REUTERS.exists() else "fallback",
        "megabytes": round(megabytes, 3),
        "timexes": found,
        "tagger_mb_per_s": round(tagger_mb_s, 2),
        "tagger_cpu_mb_per_s": round(megabytes / cpu_seconds, 2),
        "dateparser_slice_megabytes": round(_megabytes(sliced), 3),
        "dateparser_search_dates_mb_per_s": round(dateparser_mb_s, 4),
        "tagger_mb_per_s_same_slice": round(tagger_slice_mb_s, 2),
        "speedup_vs_dateparser": round(tagger_slice_mb_s / dateparser_mb_s, 1),
    })
    print("\n" + json.dumps(benchmark.extra_info, indent=1))
    assert found > 0
