"""Helpers shared by the throughput benchmarks and ``report.py``: corpus, stages, rates.

The corpus is ``../shared/data/news/reuters21578.jsonl`` when present (real 1987 wire copy), else
the bundled ``examples/articles.jsonl``; ``--corpus PATH`` (pytest) or ``--corpus`` (report.py)
points at any JSONL with ``{"id", "text", "published"}`` lines.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import itertools
import os
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("HAYSTACK_TELEMETRY_ENABLED", "False")

REPO = Path(__file__).resolve().parents[1]
if importlib.util.find_spec("event_extract") is None:  # run from a checkout without installing
    sys.path.insert(0, str(REPO / "src"))

from event_extract.cli import Extractor, InputRecord, code_batch, read_inputs, records_to_documents  # noqa: E402

REUTERS = REPO.parent / "shared" / "data" / "news" / "reuters21578.jsonl"
EXAMPLES = REPO / "examples" / "articles.jsonl"
KB, MB = 1_000, 1_000_000


def default_corpus_path() -> Path:
    """Reuters-21578 when the shared corpora are present, else the bundled examples."""
    return REUTERS if REUTERS.is_file() else EXAMPLES


def load_corpus(path: Path | None = None, limit: int | None = None) -> list[InputRecord]:
    """The first ``limit`` documents of a JSONL corpus, read exactly as the CLI reads them."""
    records = read_inputs([str(path or default_corpus_path())])
    return list(itertools.islice(records, limit)) if limit else list(records)


def text_bytes(records: Sequence[InputRecord]) -> int:
    """UTF-8 size of the texts."""
    return sum(len(record.text.encode("utf-8")) for record in records)


def document_of_size(records: Sequence[InputRecord], size: int) -> InputRecord:
    """One document of about ``size`` bytes made by concatenating news texts (cycled if needed)."""
    parts: list[str] = []
    total = 0
    for record in itertools.cycle(records):
        if total >= size:
            break
        parts.append(record.text)
        total += len(record.text.encode("utf-8")) + 2
    text = "\n\n".join(parts).encode("utf-8")[:size].decode("utf-8", errors="ignore")
    return InputRecord(id=f"concat-{size}", text=text, published=records[0].published)


def documents_of_size(records: Sequence[InputRecord], size: int, total: int) -> list[InputRecord]:
    """The same ``total`` bytes of news text (:func:`document_of_size`) cut into documents of about
    ``size`` bytes, at a space: every size then processes the same words, so a difference in MB/s
    between sizes is the cost of size, not of a different text."""
    text = document_of_size(records, total).text
    documents = []
    start = 0
    while start < len(text):
        end = text.find(" ", start + size) if start + size < len(text) else len(text)
        end = len(text) if end == -1 else end
        documents.append(InputRecord(id=f"part-{size}-{len(documents)}", text=text[start:end],
                                     published=records[0].published))
        start = end
    return documents


@dataclass(frozen=True)
class Rate:
    """Throughput of one system over some documents."""

    name: str
    documents: int
    bytes: int
    seconds: float

    @property
    def docs_per_s(self) -> float:
        """Documents per second."""
        return self.documents / self.seconds

    @property
    def mb_per_s(self) -> float:
        """Megabytes (10**6 bytes of UTF-8 text) per second."""
        return self.bytes / MB / self.seconds


RATES: dict[str, Rate] = {}
"""Rates recorded by the benchmarks of this session, for the summary table."""


def record_rate(benchmark: Any, name: str, documents: int, size: int) -> Rate:
    """Put docs/s and MB/s (from the mean round) in ``extra_info`` and remember them for the summary."""
    rate = Rate(name, documents, size, benchmark.stats.stats.mean)
    benchmark.extra_info.update(
        documents=documents,
        megabytes=round(size / MB, 4),
        docs_per_s=round(rate.docs_per_s, 2),
        mb_per_s=round(rate.mb_per_s, 4),
    )
    RATES[name] = rate
    return rate


def best_time(function: Callable[[], Any], repeat: int = 3) -> float:
    """The fastest of ``repeat`` wall-clock runs (the least disturbed by other load)."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - started)
    return best


class Stages:
    """The pipeline split into its stages, with each stage's input precomputed for timing."""

    def __init__(self, records: Sequence[InputRecord]) -> None:
        self.records = list(records)
        self.extractor = Extractor(None)
        self.documents = records_to_documents(self.records)
        self.tagged = self.tag()
        self.linked = self.link()

    def tag(self) -> list[Any]:
        """TimexTagger over the raw documents."""
        return list(self.extractor.tagger.run(documents=self.documents)["documents"])

    def link(self) -> list[Any]:
        """ActorLinker over the tagged documents."""
        return list(self.extractor.linker.run(documents=self.tagged)["documents"])

    def code(self) -> list[Any]:
        """EventExtractor over the linked documents."""
        return list(self.extractor.extractor.run(documents=self.linked)["documents"])

    def full(self) -> list[str]:
        """The whole CLI path: records to Documents, three components, JSONL lines."""
        return code_batch(self.extractor, self.records).lines


def dateparser_search(records: Sequence[InputRecord]) -> int:
    """``dateparser.search_dates`` over the texts, English only and anchored like our tagger; hits."""
    from dateparser.search import search_dates  # noqa: PLC0415 - the alternative being measured

    found = 0
    for record in records:
        settings: dict[str, Any] = {}
        if record.published:
            settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(record.published[:10])
        found += len(search_dates(record.text, languages=["en"], settings=settings) or [])
    return found


def spacy_pipeline() -> Callable[[Sequence[InputRecord]], int] | None:
    """A spaCy NER pass (``en_core_web_sm``) when spaCy and the model are installed, else None."""
    if importlib.util.find_spec("spacy") is None:
        return None
    import spacy  # noqa: PLC0415

    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:
        return None

    def run(records: Sequence[InputRecord]) -> int:
        return sum(len(doc.ents) for doc in nlp.pipe(record.text for record in records))

    return run
