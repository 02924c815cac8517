"""Acceptance: the bundled example article and the seed article give the expected dated events."""

from __future__ import annotations

from pathlib import Path

import pytest
from haystack import Document

from event_extract import Event, EventExtractionPipeline

from .conftest import EXAMPLES, SHARED, requires_shared

EXAMPLE = EXAMPLES / "articles" / "kim_letter_to_putin.txt"
SEED = SHARED / "seed" / "article.txt"


@pytest.fixture(scope="module")
def extractor() -> EventExtractionPipeline:
    component = EventExtractionPipeline()
    component.warm_up()
    return component


def _run(extractor: EventExtractionPipeline, path: Path) -> tuple[Document, list[Event]]:
    doc = Document(content=path.read_text(encoding="utf-8"), meta={"published": "2025-10-07"})
    result = extractor.run(documents=[doc])
    return result["documents"][0], result["events"]


def _find(events: list[Event], source: str, target: str, root: str, date: str) -> list[Event]:
    return [
        event
        for event in events
        if event.source is not None
        and event.target is not None
        and event.source.country == source
        and event.target.country == target
        and event.cameo.startswith(root)
        and event.date.value == date
        and event.modality == "asserted"
    ]


def _assert_required_events(events: list[Event]) -> None:
    kim_letter = _find(events, "PRK", "RUS", "051", "2025-10-07")
    assert kim_letter, "Kim's congratulatory letter to Putin (051, 2025-10-07)"
    assert any(event.source and event.source.name == "Kim Jong-un" for event in kim_letter)
    assert any(event.target and event.target.name == "Vladimir Putin" for event in kim_letter)
    xi_greetings = _find(events, "CHN", "RUS", "051", "2025-10-07")
    assert any(event.source and event.source.name == "Xi Jinping" for event in xi_greetings)
    meeting = _find(events, "RUS", "PRK", "04", "2025-09") + _find(events, "PRK", "RUS", "04", "2025-09")
    assert meeting, "Putin and Kim met last month (04x, 2025-09)"
    assert all(event.date.granularity == "month" for event in meeting)
    assert any(event.location and event.location.country == "CHN" for event in meeting)
    treaty = _find(events, "RUS", "PRK", "057", "2024-06") + _find(events, "PRK", "RUS", "057", "2024-06")
    assert treaty, "the Treaty on Comprehensive Strategic Partnership (057, 2024-06)"


def _assert_required_timexes(doc: Document, text: str) -> None:
    values = {(t["text"].lower(), t["value"]) for t in doc.meta["timexes"]}
    assert ("last month", "2025-09") in values
    assert ("june 2024", "2024-06") in values
    assert ("september 3", "2025-09-03") in values
    assert any(value == "2025-10-07" for _, value in values)
    for timex in doc.meta["timexes"]:
        covered = text[timex["start"] : timex["end"]].lower()
        assert "73rd" not in covered and "one-on-one" not in covered and covered != "may"


def _assert_linked(doc: Document, expected: dict[str, str]) -> None:
    mentions = [(m["text"], m["actor"]["country"]) for m in doc.meta["actors"]]
    for surface, country in expected.items():
        linked = {found for text, found in mentions if surface in text}
        assert linked == {country}, f"{surface!r} should link to {country}, got {linked}"


ARTICLES = [
    pytest.param(
        EXAMPLE,
        {"Kim Jong-un": "PRK", "Vladimir Putin": "RUS", "Xi Jinping": "CHN", "Alexander Lukashenko": "BLR",
         "Pyongyang": "PRK", "Moscow": "RUS", "Kremlin": "RUS"},
        ("At home the day", "Messages also came"),
        id="example",
    ),
    pytest.param(
        SEED,
        {"Kim Jong-un": "PRK", "Xi Jinping": "CHN", "Alexander Lukashenko": "BLR", "Pyongyang": "PRK",
         "Moscow": "RUS", "Dmitry Peskov": "RUS"},
        ("Domestic messaging", "On the external front"),
        id="seed",
        marks=requires_shared,
    ),
]


@pytest.mark.parametrize(("path", "linked", "domestic_passage"), ARTICLES)
def test_article(
    extractor: EventExtractionPipeline, path: Path, linked: dict[str, str], domestic_passage: tuple[str, str]
) -> None:
    doc, events = _run(extractor, path)
    text = path.read_text(encoding="utf-8")
    _assert_required_events(events)
    _assert_required_timexes(doc, text)
    _assert_linked(doc, linked)
    domestic, domestic_end = (text.index(marker) for marker in domestic_passage)
    assert not [event for event in events if domestic <= event.trigger.start < domestic_end]
