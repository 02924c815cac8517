"""Cost grows linearly with document size: documents of 10 KB, 100 KB, 1 MB and 10 MB.

``pytest benchmarks/test_scaling.py --benchmark-only`` (all sizes, a few minutes) or with
``-m "not big"`` for the two small ones. The same 1 MB of concatenated news text (10 MB for the
10 MB size, which begins with it) is cut into documents of each size, so every size processes the
same density of dates, actors and events; compare ``extra_info.mb_per_s`` across sizes (constant
MB/s = linear cost).
"""

from __future__ import annotations

from typing import Any

import pytest
from _bench import KB, MB, Stages, documents_of_size, record_rate

from event_extract.cli import InputRecord, code_batch

SIZES = [
    pytest.param(10 * KB, id="10KB"),
    pytest.param(100 * KB, id="100KB"),
    pytest.param(1 * MB, id="1MB", marks=pytest.mark.big),
    pytest.param(10 * MB, id="10MB", marks=pytest.mark.big),
]


@pytest.mark.parametrize("size", SIZES)
def test_full_pipeline_on_documents_of_one_size(
    benchmark: Any, size: int, stages: Stages, corpus: list[InputRecord]
) -> None:
    documents = documents_of_size(corpus, size, max(size, MB))

    def run() -> int:
        return sum(len(code_batch(stages.extractor, [document]).lines) for document in documents)

    rounds = 3 if size <= 1 * MB else 1
    assert benchmark.pedantic(run, rounds=rounds) == len(documents)
    label = f"{size // MB} MB" if size >= MB else f"{size // KB} KB"
    record_rate(benchmark, f"full pipeline, {len(documents)} documents of {label}", len(documents),
                sum(len(document.text.encode("utf-8")) for document in documents))
