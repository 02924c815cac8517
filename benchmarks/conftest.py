"""Benchmark fixtures: the news corpus, the pipeline stages and a throughput summary.

Run with ``pytest benchmarks/ --benchmark-only`` (not part of the default ``pytest`` run).
Options: ``--corpus PATH`` (any JSONL of ``{"id", "text", "published"}``; default Reuters-21578
from ``../shared`` when present, else the bundled examples), ``--corpus-docs N`` (documents timed
per round, default 1000) and ``--dateparser-docs N`` (default 40: dateparser is slow).
Document-size scaling: ``-m "not big"`` skips the 1 MB and 10 MB documents. On a busy machine add
``--benchmark-timer time.process_time`` to time CPU rather than wall clock.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _bench import RATES, Stages, load_corpus

from event_extract.cli import InputRecord


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("event-extract benchmarks")
    group.addoption("--corpus", default=None, help="JSONL corpus to benchmark on")
    group.addoption("--corpus-docs", type=int, default=1000, help="documents timed per round")
    group.addoption("--dateparser-docs", type=int, default=40, help="documents given to dateparser")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "big: 1 MB and 10 MB single documents (seconds per round)")


@pytest.fixture(scope="session")
def corpus(request: pytest.FixtureRequest) -> list[InputRecord]:
    """The documents to time (non-empty texts only)."""
    path = request.config.getoption("--corpus")
    limit = request.config.getoption("--corpus-docs")
    records = [r for r in load_corpus(Path(path) if path else None, limit) if r.text.strip()]
    if not records:
        pytest.skip("the corpus has no documents")
    return records


@pytest.fixture(scope="session")
def dateparser_docs(request: pytest.FixtureRequest, corpus: list[InputRecord]) -> list[InputRecord]:
    """The slice of the corpus that dateparser gets (the same texts, from the start)."""
    return corpus[: request.config.getoption("--dateparser-docs")]


@pytest.fixture(scope="session")
def stages(corpus: list[InputRecord]) -> Stages:
    """Warmed-up components with each stage's input precomputed."""
    return Stages(corpus)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not RATES:
        return
    base = RATES.get("dateparser.search_dates")
    write = terminalreporter.write_line
    terminalreporter.section("event-extract throughput (mean round)")
    write(f"{'system':<40}{'docs/s':>10}{'MB/s':>10}{'x dateparser':>14}")
    for rate in RATES.values():
        ratio = f"{rate.mb_per_s / base.mb_per_s:.1f}" if base else "-"
        write(f"{rate.name:<40}{rate.docs_per_s:>10.1f}{rate.mb_per_s:>10.3f}{ratio:>14}")
