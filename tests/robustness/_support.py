"""Shared helpers for the robustness suite: warmed-up components, output checks, scaling checks."""

from __future__ import annotations

import copy
import gc
import json
import random
import time
from collections.abc import Callable, Sequence
from functools import cache, partial
from typing import Any, TypeVar

from haystack import Document

from event_extract import (
    ActorLinker,
    Event,
    EventExtractionPipeline,
    EventExtractor,
    EventsToDocuments,
    TimexTagger,
)
from event_extract.models import EVENT_COLUMNS, ActorMention, TimeExpression

REFERENCE_DATE = "2025-10-07"


WarmableT = TypeVar("WarmableT", TimexTagger, ActorLinker, EventExtractor, EventExtractionPipeline)


@cache
def _warmed(kind: type[WarmableT]) -> WarmableT:
    """One warmed-up component of each kind for the whole session (components are stateless between runs)."""
    component = kind()
    component.warm_up()
    return component


def tagger() -> TimexTagger:
    return _warmed(TimexTagger)


def linker() -> ActorLinker:
    return _warmed(ActorLinker)


def extractor() -> EventExtractor:
    return _warmed(EventExtractor)


def pipeline() -> EventExtractionPipeline:
    return _warmed(EventExtractionPipeline)


def to_documents() -> EventsToDocuments:
    """EventsToDocuments has no state worth caching."""
    return EventsToDocuments()


def document(text: str | None, doc_id: str = "doc", **meta: Any) -> Document:
    """A Document with a fixed id (so that content with lone surrogates needs no hashing)."""
    return Document(id=doc_id, content=text, meta={"published": REFERENCE_DATE, **meta})


def fingerprint(documents: Sequence[Document]) -> str:
    """A deep, exact summary of documents (ids, content, every meta value) to detect any mutation.

    Cheaper than ``copy.deepcopy`` + ``==`` on documents whose meta holds tens of thousands of
    annotations, and just as strict for JSON-like meta.
    """
    return json.dumps(
        [[doc.id, doc.content, doc.meta] for doc in documents], sort_keys=True, default=repr, ensure_ascii=True
    )


def run_chain(documents: list[Document]) -> tuple[list[Document], list[Event]]:
    """TimexTagger → ActorLinker → EventExtractor, checking at each step that inputs stay unchanged."""
    snapshot = copy.deepcopy(documents)
    tagged = tagger().run(documents=documents)["documents"]
    assert documents == snapshot, "TimexTagger changed its input documents"
    check_timexes(tagged)
    tagged_print = fingerprint(tagged)
    linked = linker().run(documents=tagged)["documents"]
    assert fingerprint(tagged) == tagged_print, "ActorLinker changed its input documents"
    check_actor_mentions(linked)
    linked_print = fingerprint(linked)
    result = extractor().run(documents=linked)
    assert fingerprint(linked) == linked_print, "EventExtractor changed its input documents"
    coded: list[Document] = result["documents"]
    events: list[Event] = result["events"]
    check_events(coded, events)
    return coded, events


def _text(doc: Document) -> str:
    return doc.content if isinstance(doc.content, str) else ""


def _check_span(text: str, start: int, end: int, surface: str, what: str) -> None:
    assert 0 <= start <= end <= len(text), f"{what} offsets {start}:{end} outside a text of {len(text)}"
    assert text[start:end] == surface, f"{what} text {surface!r} != text[{start}:{end}] {text[start:end]!r}"


def check_timexes(documents: Sequence[Document]) -> None:
    """Every timex is a valid TimeExpression whose offsets index the document text exactly."""
    for doc in documents:
        assert {"reference_date", "reference_date_source", "timexes"} <= set(doc.meta)
        for raw in doc.meta["timexes"]:
            timex = TimeExpression.model_validate(raw)
            _check_span(_text(doc), timex.start, timex.end, timex.text, "timex")
            assert timex.text.strip(), "empty timex"


def check_actor_mentions(documents: Sequence[Document]) -> None:
    """Every actor mention is valid and its offsets index the document text exactly."""
    for doc in documents:
        assert "actors" in doc.meta
        for raw in doc.meta["actors"]:
            mention = ActorMention.model_validate(raw)
            _check_span(_text(doc), mention.start, mention.end, mention.text, "actor mention")


def check_events(documents: Sequence[Document], events: Sequence[Event]) -> None:
    """Events in meta equal the returned events; triggers and sentences lie inside the text."""
    by_id = {doc.id: doc for doc in documents}
    in_meta = [raw for doc in documents for raw in doc.meta["events"]]
    assert in_meta == [event.model_dump(mode="json") for event in events]
    for event in events:
        assert event.doc_id in by_id
        text = _text(by_id[event.doc_id])
        _check_span(text, event.trigger.start, event.trigger.end, event.trigger.text, "trigger")
        assert 0 <= event.sentence_start <= event.trigger.start
        assert event.trigger.end <= event.sentence_end <= len(text)
        if event.location is not None:
            assert 0 <= event.location.start < event.location.end <= len(text), event.location
        if event.date.start and event.date.end:
            assert event.date.start < event.date.end, event.date


def check_event_documents(stored: Sequence[Document], events: Sequence[Event]) -> None:
    """EventsToDocuments gives one Document per event with flat, single-valued meta."""
    assert len(stored) == len(events)
    for doc, event in zip(stored, events, strict=True):
        assert set(EVENT_COLUMNS) <= set(doc.meta)
        assert doc.meta["event_cameo"] == event.cameo
        assert all(value is None or isinstance(value, str | int | float | bool) for value in doc.meta.values())
        assert isinstance(doc.content, str) and doc.content


def junk_text(size: int, seed: int = 0) -> str:
    """Random bytes decoded as UTF-8 with replacement characters: what a mis-typed binary file gives."""
    rng = random.Random(seed)
    return rng.randbytes(size).decode("utf-8", errors="replace")


def cpu_seconds(function: Callable[[], object], repeat: int = 2) -> float:
    """The smallest process CPU time of ``repeat`` calls: CPU time ignores waiting for the shared CPU.

    The cyclic garbage collector is paused while measuring: its pauses depend on everything else
    alive in the process (the loaded knowledge bases), not on the input.
    """
    best = float("inf")
    enabled = gc.isenabled()
    gc.disable()
    try:
        for _ in range(repeat):
            start = time.process_time()
            function()
            best = min(best, time.process_time() - start)
    finally:
        if enabled:
            gc.enable()
    return best


MAX_SCALING_RATIO = 10.0
"""Work on 4x the input may take at most this much longer. Linear work gives about 4; quadratic work
gives about 16. This is a complexity check, not a speed requirement: absolute times do not matter."""


MIN_BASE_SECONDS = 0.03
"""The smaller input is grown until one run takes at least this long, so timer noise stays small."""


def scaling_ratio(make_input: Callable[[int], str], run: Callable[[str], object], size: int = 1_000,
                  max_size: int = 2_000_000) -> tuple[float, int]:
    """CPU time on 4x the input divided by CPU time on the input; also returns the size used.

    The size starts at ``size`` and doubles until a run takes :data:`MIN_BASE_SECONDS` (or reaches
    ``max_size``), so each check costs well under a second for linear code.
    """
    run(make_input(size))  # warm caches so that the first measurement is not inflated
    base = cpu_seconds(partial(run, make_input(size)), repeat=1)
    while base < MIN_BASE_SECONDS and size * 2 <= max_size:
        size *= 2
        base = cpu_seconds(partial(run, make_input(size)), repeat=1)
    small = make_input(size)
    base = cpu_seconds(lambda: run(small))
    large = make_input(4 * size)
    floor = 0.003  # keeps the ratio of two tiny, noisy times (fast code at max_size) near 1
    return (cpu_seconds(lambda: run(large)) + floor) / (base + floor), size
