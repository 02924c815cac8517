"""The grammar's per-category alternatives, tried one after another, match as one alternation would;
numbers trigger only in the shapes of dates and times."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from event_extract.temporal.grammar import (
    CATEGORY_ALTERNATIVES,
    REQUIRED_WORDS,
    TRIGGER_OPENERS,
    WORD_OPENERS,
    build_pattern,
    category_patterns,
    optional_as_branch,
    trigger_pattern,
)
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


# Texts where every alternative with required words matches at least once (and some more).
_REQUIRED_EXAMPLES = [
    "in nineteen ninety-six, and in the year two thousand and one",
    "on 10/12/1987 and 3/4/88",
    "in fiscal 1987, the financial year to March, FY87 and FY 1988",
    "the third quarter of 1987, the year-ago period, Q3 1986",
    "in the 1990s, the '80s, the sixties and the mid-1970's",
    "the 21st century and the early 19th-century",
    "the first half of 1987 and the second half of this year",
    "last summer, next spring, this fall, the autumn of 1986, winter",
    "the week of March 3, 1987",
    "on New Year's Eve, Christmas Day, May Day and Good Friday",
]


def test_required_words_are_inside_every_match() -> None:
    """An alternative left out of a text without its required words could not have matched there."""
    patterns = {name: pattern for alternatives in category_patterns()[1].values() for name, pattern in alternatives}
    matched = set()
    for text in TEXTS + _REQUIRED_EXAMPLES:
        for name, words in REQUIRED_WORDS.items():
            for start in range(len(text)):
                match = patterns[name].match(text, start)
                if match is None:
                    continue
                matched.add(name)
                assert any(word in match.group().lower() for word in words), (name, text, start)
    assert matched == set(REQUIRED_WORDS)


def test_trigger_openers_leave_out_only_alternatives_that_cannot_begin_with_the_trigger() -> None:
    """At a trigger itself, the alternatives not in ``TRIGGER_OPENERS`` never match."""
    categories, candidates = category_patterns()
    texts = list(TEXTS)
    for category in TRIGGER_OPENERS:
        names = [name for name, _ in candidates[category]]
        assert [name for name in names if name in TRIGGER_OPENERS[category]] == list(TRIGGER_OPENERS[category])
        words = [word for word, cat in categories.items() if cat == category] or ["1987", "10", "3"]
        texts += [
            f"{form}{tail}"
            for word in words
            for form in (word, word.capitalize(), word.upper())
            for tail in ("", " 3", " 3, 1987", ". 3", " of 1987", " 1987", " last year", " day", " times a year",
                         "-time", "-ago", "-earlier quarter", " quarter", " half of 1987", " and", ", the", " ago",
                         " March 3", " 3 March", " morning", " yesterday", " today", " week", " weeks", " years",
                         " an hour", " a year", " year", " fiscal year", " 1987 quarter", " days", " times a week")
        ]
    for word, openers in WORD_OPENERS.items():
        names = [name for name, _ in candidates[categories[word]]]
        assert [name for name in names if name in openers] == list(openers)
    for text in texts:
        for trigger in trigger_pattern().finditer(" " + text.lower()):
            word = trigger.group()[1:]
            category = categories.get(word, "digit")
            openers = WORD_OPENERS.get(word, TRIGGER_OPENERS.get(category))
            for name, pattern in candidates.get(category, ()):
                if openers is not None and name not in openers:
                    assert pattern.match(text, trigger.start()) is None, (name, text, trigger.start())


def test_optional_as_branch_rewrites_only_optional_groups() -> None:
    source = r"(?:a(?:bc)?d)?(?P<x>[)?]\)?)?(?=x)?(?:q)?+z(?:y)??s?\.?(?i:w)?"
    assert optional_as_branch(source) == r"(?:a(?:bc|)d|)(?:(?P<x>[)?]\)?)|)(?=x)?(?:q)?+z(?:y)??s?\.?(?:(?i:w)|)"


def test_optional_as_branch_keeps_every_match_and_group() -> None:
    """Each alternative, rewritten, matches the same span with the same groups at every word start."""
    for source in build_pattern(load_lexicon()).values():
        original, rewritten = re.compile(source), re.compile(optional_as_branch(source))
        assert rewritten.groupindex == original.groupindex
        for text in TEXTS + _REQUIRED_EXAMPLES:
            for start in (m.start() for m in _WORD_START.finditer(text)):
                expected, got = original.match(text, start), rewritten.match(text, start)
                assert (got and got.regs) == (expected and expected.regs), (source[:40], text, start)
