"""Cross-document merging of event reports into timeline entries."""

from __future__ import annotations

from event_extract.events import merge_events
from event_extract.models import Event, EventDate, Trigger
from tests.events.conftest import ACTORS


def _event(doc: str, code: str, source: str, target: str, start: str, end: str, value: str,
           provenance: str = "explicit", modality: str = "asserted") -> Event:
    return Event(
        cameo=code, plover="CONSULT", label="x", source=ACTORS[source], target=ACTORS[target],
        date=EventDate(value=value, start=start, end=end, granularity="day" if len(value) == 10 else "month",
                       provenance=provenance),  # type: ignore[arg-type]
        trigger=Trigger(text="met", start=0, end=3), modality=modality,  # type: ignore[arg-type]
        confidence=0.6, sentence_start=0, sentence_end=10, doc_id=doc,
    )


def test_same_event_in_two_documents_merges() -> None:
    a = _event("doc-b", "040", "Putin", "Kim", "2025-09-01", "2025-10-01", "2025-09")
    b = _event("doc-a", "044", "Putin", "Kim", "2025-09-03", "2025-09-04", "2025-09-03")
    c = _event("doc-b", "040", "Putin", "Kim", "2025-09-03", "2025-09-04", "2025-09-03")
    entries = merge_events([a, b, c])
    assert len(entries) == 1
    entry = entries[0]
    assert entry.doc_ids == ["doc-b", "doc-a"] and entry.reports == 3
    assert entry.date.value == "2025-09-03" and entry.cameo == "040"
    assert entry.confidence > 0.6


def test_different_actors_dates_or_modality_stay_apart() -> None:
    base = _event("d1", "040", "Putin", "Kim", "2025-09-03", "2025-09-04", "2025-09-03")
    other_pair = _event("d2", "040", "Putin", "Xi", "2025-09-03", "2025-09-04", "2025-09-03")
    other_day = _event("d3", "040", "Putin", "Kim", "2024-06-19", "2024-06-20", "2024-06-19")
    planned = _event("d4", "040", "Putin", "Kim", "2025-09-03", "2025-09-04", "2025-09-03", modality="planned")
    entries = merge_events([base, other_pair, other_day, planned])
    assert len(entries) == 4
    assert entries[0].date.value == "2024-06-19"  # sorted by date start


def test_publication_dated_report_merges_with_explicit_date_days_before() -> None:
    explicit = _event("d1", "051", "Kim", "Putin", "2025-10-06", "2025-10-07", "2025-10-06")
    published = _event("d2", "051", "Kim", "Putin", "2025-10-07", "2025-10-08", "2025-10-07",
                       provenance="publication")
    entries = merge_events([published, explicit])
    assert len(entries) == 1 and entries[0].date.provenance == "explicit"
    assert entries[0].doc_ids == ["d2", "d1"]


def test_empty() -> None:
    assert merge_events([]) == []
