"""The surname pass finds later bare surnames exactly as a word-bounded regex alternation would."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from event_extract.actors.matcher import _whole_word_matches

_ALPHABET = st.sampled_from(list("abAB_-'. é1\n"))
_WORDS = st.sets(st.text(_ALPHABET, min_size=1, max_size=5), min_size=1, max_size=6)


def _regex_spans(text: str, words: set[str]) -> list[tuple[int, int]]:
    """The reference: ``\\b(longest|...|shortest)\\b`` scanned with ``re.finditer``."""
    pattern = re.compile(r"\b(" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b")
    return [match.span() for match in pattern.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(text=st.text(_ALPHABET, max_size=60), words=_WORDS)
def test_same_spans_as_the_regex(text: str, words: set[str]) -> None:
    assert _whole_word_matches(text, words) == _regex_spans(text, words)


def test_longest_word_wins_and_matches_never_overlap() -> None:
    text = "Kim Jong-un met Jong and Kimura; Kim-Jong."
    words = {"Kim", "Jong", "Jong-un", "Kimura"}
    assert _whole_word_matches(text, words) == _regex_spans(text, words)
    assert [text[s:e] for s, e in _whole_word_matches(text, words)] == [
        "Kim", "Jong-un", "Jong", "Kimura", "Kim", "Jong",
    ]
