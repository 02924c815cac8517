"""Sports and entertainment stories: their sentences about the game or the show code no event."""

from __future__ import annotations

import pytest

from event_extract.cli import Extractor, InputRecord
from event_extract.events.coder import MIN_OFFTOPIC_MARKERS, OFFTOPIC_MARKERS


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(None)


def _codes(extractor: Extractor, text: str) -> set[tuple[str, str | None, str | None]]:
    events = extractor.process([InputRecord(id="t", text=text, published="2005-02-14")])[0].events
    return {(e.cameo, e.source.cameo if e.source else None, e.target.cameo if e.target else None) for e in events}


RUGBY = (
    "France beat England 18-17 in the Six Nations at Twickenham on Saturday. "
    "France scrum-half Dimitri Yachvili praised his team after the match. "
    "Italy launched a series of attacks late in the match, but Ireland held on. "
)


def test_the_game_codes_nothing_in_a_sports_story(extractor: Extractor) -> None:
    assert _codes(extractor, RUGBY) == set()


def test_politics_inside_a_sports_story_is_still_coded(extractor: Extractor) -> None:
    text = RUGBY + "Iran refuses to recognise Israel and does not let its citizens travel there."
    assert ("120", "IRN", "ISR") in _codes(extractor, text)


def test_one_sports_word_does_not_make_a_political_story_a_sports_story(extractor: Extractor) -> None:
    text = "Russia condemned Ukraine after the football match in Kyiv was cancelled."
    assert ("111", "RUS", "UKR") in _codes(extractor, text)


def test_the_markers_are_lower_case_words() -> None:
    assert MIN_OFFTOPIC_MARKERS >= 2
    assert all(marker == marker.lower() and marker.replace(" ", "").isalpha() for marker in OFFTOPIC_MARKERS)
