"""The grammar's per-category alternatives, tried one after another, match as one alternation would;
numbers trigger only in the shapes of dates and times."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from event_extract.temporal.grammar import CATEGORY_ALTERNATIVES, build_pattern, category_patterns, trigger_pattern
from event_extract.temporal.lexicon import load_lexicon

TEXTS = [
    json.loads(line)["text"]
    for line in (Path(__file__).parent / "cases.jsonl").read_text("utf-8").splitlines()
    if line
]
_WORD_START = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9']")


@pytest.mark.parametrize("category", sorted(CATEGORY_ALTERNATIVES))
def test_alternatives_in_turn_match_like_one_alternation(category: str) -> None:
    sources = build_pattern(load_lexicon())
    names = CATEGORY_ALTERNATIVES[category]
    alternation = re.compile("|".join(f"(?P<{name}>{sources[name]})" for name in names))
    candidates = category_patterns()[1][category]
    assert [name for name, _ in candidates] == list(names)
    for text in TEXTS:
        for start in (m.start() for m in _WORD_START.finditer(text)):
            expected = alternation.match(text, start)
            got = next(((name, m) for name, p in candidates if (m := p.match(text, start)) is not None), None)
            if expected is None:
                assert got is None, (text, start)
                continue
            assert got is not None, (text, start)
            assert (got[0], got[1].span()) == (expected.lastgroup, expected.span()), (text, start)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 mln dlrs", []),
        ("in 1987 and", [(3, "1987")]),
        ("10 a.m. est", [(0, "10 a.m")]),
        ("10am", [(0, "10am")]),
        ("9:30 gmt", [(0, "9:30")]),
        ("12:30", [(0, "12:30")]),
        ("the 1990s", [(4, "1990")]),
        ("the '90s", [(4, "'90s")]),
        ("10/12/1987", [(0, "10/12/1")]),
        ("1/2/3", [(0, "1/2/3")]),
        ("12345", []),
        ("0 pm", [(0, "0 pm")]),
        ("3 pmx", []),
        ("20s", [(0, "20s")]),
        ("2 p.m", [(0, "2 p.m")]),
    ],
)
def test_digit_triggers(text: str, expected: list[tuple[int, str]]) -> None:
    """Numbers trigger only as years, clock times, slash dates and decades; the span is what is scanned past."""
    assert [(m.start(), m.group()[1:]) for m in trigger_pattern().finditer(" " + text)] == expected
