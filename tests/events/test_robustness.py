"""Bad input never crashes and yields nothing; the coder stays linear on large input."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from event_extract.events import EventCoder


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
