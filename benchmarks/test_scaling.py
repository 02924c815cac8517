"""Cost grows linearly with document size: one document of 10 KB, 100 KB, 1 MB and 10 MB.

``pytest benchmarks/test_scaling.py --benchmark-only`` (all sizes, about a minute) or with
``-m "not big"`` for the two small ones. Each document concatenates news texts, so it has the
density of dates, actors and events of real copy; compare ``extra_info.mb_per_s`` across sizes
(constant MB/s = linear cost).
"""

from __future__ import annotations

from typing import Any

import pytest
from _bench import KB, MB, Stages, document_of_size, record_rate

from event_extract.cli import InputRecord, code_batch

SIZES = [
    pytest.param(10 * KB, id="10KB"),
    pytest.param(100 * KB, id="100KB"),
    pytest.param(1 * MB, id="1MB", marks=pytest.mark.big),
    pytest.param(10 * MB, id="10MB", marks=pytest.mark.big),
]


@pytest.mark.parametrize("size", SIZES)
def test_full_pipeline_on_one_document(
    benchmark: Any, size: int, stages: Stages, corpus: list[InputRecord]
) -> None:
    document = document_of_size(corpus, size)
    rounds = 5 if size <= 100 * KB else 1
    result = benchmark.pedantic(code_batch, args=(stages.extractor, [document]), rounds=rounds)
    assert len(result.lines) == 1
    label = f"{size // MB} MB" if size >= MB else f"{size // KB} KB"
    record_rate(benchmark, f"full pipeline, one {label} document", 1, size)
