"""Bad input never crashes and yields nothing; the coder stays linear on large input."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from event_extract.events import EventCoder
from event_extract.events.lexicon import tokenize


def test_empty_and_junk(coder: EventCoder) -> None:
    for text in ("", "   ", "\n\n", "%%%% ))) ((( ;;; ", "Путин встретился с Кимом.", "会谈在北京举行。"):
        assert coder.code(text, [], [], dt.date(2025, 1, 1)) == []


def test_huge_text_without_actors(coder: EventCoder) -> None:
    text = "The board met and agreed to sign a deal. " * 20000
    assert coder.code(text, [], [], None) == []


def test_long_word_runs(coder: EventCoder) -> None:
    assert coder.code("a" * 200000, [], [], None) == []


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text(text: str) -> None:
    coder = _CODER
    assert isinstance(coder.code(text, [], [], None), list)


_CODER = EventCoder()


def test_tokenizer_fast_path_matches_full_path() -> None:
    """Spans without apostrophes take a fast path; an apostrophe far away must not change tokens."""
    for text in ["Putin–Kim summit — ABC, 3.5 pct. U.S. talks", "", "  ", "x" * 50, "Москва и Киев 12/03/2024"]:
        fast = tokenize(text)
        full = tokenize(text + " '")[: len(fast)]
        assert fast == full
    assert [w for w, _, _ in tokenize("Kim–Putin")] == ["kim", "-", "putin"]
