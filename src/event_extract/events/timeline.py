"""Merge reports of the same real-world event across documents into timeline entries."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from event_extract.models import Actor, Event, EventDate, TimelineEntry

__all__ = ["merge_events"]

# Publication-dated events may have happened in the days before publication.
_PUBLICATION_SLACK = dt.timedelta(days=7)
_MODALITY_CLASS = {"asserted": "factual", "reported": "factual", "planned": "planned",
                   "hypothetical": "hypothetical", "negated": "negated"}


@dataclass(slots=True)
class _Group:
    first: Event
    events: list[Event] = field(default_factory=list)
    doc_ids: list[str] = field(default_factory=list)


def _interval(date: EventDate) -> tuple[dt.date, dt.date] | None:
    if date.start is None or date.end is None:
        return None
    try:
        start, end = dt.date.fromisoformat(date.start), dt.date.fromisoformat(date.end)
    except ValueError:
        return None
    if date.provenance == "publication":
        start -= _PUBLICATION_SLACK
    return start, end


def _same_actor(a: Actor | None, b: Actor | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if a.id == b.id:
        return True
    return a.cameo is not None and a.cameo == b.cameo


def _matches(group: _Group, event: Event) -> bool:
    other = group.first
    if other.cameo[:2] != event.cameo[:2]:
        return False
    if _MODALITY_CLASS[other.modality] != _MODALITY_CLASS[event.modality]:
        return False
    if not (_same_actor(other.source, event.source) and _same_actor(other.target, event.target)):
        return False
    left, right = _interval(other.date), _interval(event.date)
    if left is None or right is None:
        return left is None and right is None
    return left[0] < right[1] and right[0] < left[1]


def _best_date(events: list[Event]) -> EventDate:
    def key(event: Event) -> tuple[int, int]:
        span = _interval(event.date)
        width = (span[1] - span[0]).days if span is not None else 10**6
        return (event.date.provenance == "publication", width)

    return min(events, key=key).date


def _most_specific_code(events: list[Event]) -> Event:
    counts: dict[str, int] = {}
    for event in events:
        counts[event.cameo] = counts.get(event.cameo, 0) + 1
    return max(events, key=lambda e: (len(e.cameo), counts[e.cameo], -events.index(e)))


def merge_events(events: Iterable[Event]) -> list[TimelineEntry]:
    """Merge events that report the same happening (same CAMEO root, actors, modality class and
    overlapping dates) into :class:`TimelineEntry` objects, sorted by date start then code."""
    groups: list[_Group] = []
    for event in events:
        for group in groups:
            if _matches(group, event):
                break
        else:
            group = _Group(event)
            groups.append(group)
        group.events.append(event)
        if event.doc_id is not None and event.doc_id not in group.doc_ids:
            group.doc_ids.append(event.doc_id)
    entries = []
    for group in groups:
        representative = _most_specific_code(group.events)
        miss = 1.0
        for event in group.events:
            miss *= 1.0 - event.confidence
        entries.append(
            TimelineEntry(
                cameo=representative.cameo,
                plover=representative.plover,
                label=representative.label,
                source=group.first.source,
                target=group.first.target,
                date=_best_date(group.events),
                modality=group.first.modality,
                symmetric=group.first.symmetric,
                confidence=round(min(0.99, 1.0 - miss), 3),
                doc_ids=group.doc_ids,
                reports=len(group.events),
            )
        )
    entries.sort(key=lambda e: (e.date.start or "9999", e.cameo, e.source.id if e.source else "",
                                e.target.id if e.target else ""))
    return entries
