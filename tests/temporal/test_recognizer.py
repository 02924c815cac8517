"""Table-driven tests of the TIMEX3 recognizer (cases in ``cases.jsonl``) plus invariants."""

from __future__ import annotations

import datetime as dt
import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from event_extract.temporal import NO_REFERENCE, TimexRecognizer
from event_extract.temporal.grammar import prefix_words
from event_extract.temporal.lexicon import load_lexicon
from event_extract.temporal.recognizer import _chain_starts

CASES = [json.loads(line) for line in (Path(__file__).parent / "cases.jsonl").read_text("utf-8").splitlines() if line]


@pytest.fixture(scope="module")
def recognizer() -> TimexRecognizer:
    return TimexRecognizer()


def _ref(case: dict[str, Any]) -> dt.date | None:
    return dt.date.fromisoformat(case["ref"]) if case["ref"] else None


def test_enough_cases() -> None:
    assert len(CASES) >= 150
    assert sum(1 for case in CASES if not case["expected"]) >= 20  # false-positive pitfalls
    assert sum(1 for case in CASES if case["ref"] is None) >= 5  # no reference date


@pytest.mark.parametrize("case", CASES, ids=[f"{i}:{c['text'][:40]}" for i, c in enumerate(CASES)])
def test_case(recognizer: TimexRecognizer, case: dict[str, Any]) -> None:
    found = recognizer.tag(case["text"], _ref(case))
    got = [(t.text, t.type, t.value) for t in found]
    want = [(e["text"], e["type"], e["value"]) for e in case["expected"]]
    assert got == want
    for timex, expected in zip(found, case["expected"], strict=True):
        if "mod" in expected:
            assert timex.mod == expected["mod"]
        if "interval" in expected:
            assert [timex.interval_start, timex.interval_end] == expected["interval"]
        if expected["value"] is None:
            assert timex.relative and timex.unresolved_reason == NO_REFERENCE
            assert timex.interval_start is None and timex.granularity is None


def test_offsets_index_the_text(recognizer: TimexRecognizer) -> None:
    text = "On Friday, Oct. 3, talks ended; two days ago the envoy left.\n\nA year earlier, in 2024, they met."
    found = recognizer.tag(text, dt.date(2025, 10, 7))
    assert [t.text for t in found] == ["Friday, Oct. 3", "two days ago", "A year earlier", "2024"]
    ends = 0
    for timex in found:
        assert text[timex.start:timex.end] == timex.text
        assert timex.start >= ends
        ends = timex.end


def test_granularity_is_kept(recognizer: TimexRecognizer) -> None:
    found = recognizer.tag("It happened last month, last year and last week.", dt.date(2025, 10, 7))
    assert [t.granularity for t in found] == ["month", "year", "week"]


def test_relative_flag(recognizer: TimexRecognizer) -> None:
    rel, absolute = recognizer.tag("It happened yesterday, not on Oct. 1, 2024.", dt.date(2025, 10, 7))
    assert rel.relative and rel.value == "2025-10-06"
    assert not absolute.relative and absolute.value == "2024-10-01"


def test_thread_safe(recognizer: TimexRecognizer) -> None:
    texts = [f"Talks were held on Friday, {month} 3. A year earlier, prices fell." for month in
             ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.")] * 25
    expected = [recognizer.tag(text, dt.date(2025, 10, 7)) for text in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda text: recognizer.tag(text, dt.date(2025, 10, 7)), texts))
    assert results == expected


def test_no_state_between_calls(recognizer: TimexRecognizer) -> None:
    first = recognizer.tag("Sales rose in the third quarter. A year earlier, they fell.", dt.date(2025, 10, 7))
    second = recognizer.tag("A year earlier, they fell.", dt.date(2025, 10, 7))
    assert first[-1].value == "2024-Q3"
    assert second[0].value == "2024"


def test_huge_and_junk_input(recognizer: TimexRecognizer) -> None:
    assert recognizer.tag(" " * 200_000, dt.date(2025, 1, 1)) == []
    assert recognizer.tag("9" * 100_000, dt.date(2025, 1, 1)) == []
    assert recognizer.tag("-" * 50_000 + "1990", None)[0].value == "1990"
    junk = "the the of in a " * 20_000 + "last year"
    assert [t.text for t in recognizer.tag(junk, dt.date(2025, 1, 1))] == ["last year"]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_never_crashes(text: str) -> None:
    recognizer = _shared()
    for timex in recognizer.tag(text, dt.date(2025, 10, 7)):
        assert text[timex.start:timex.end] == timex.text
        assert timex.end > timex.start


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(
    ["last", "next", "week", "year", "May", "March", "the", "early", "2024", "Friday", "3", "of", "ago",
     "two", "days", "since", "quarter", "third", "-", ",", "a", "every", "in", "mid", "1990s", "p.m."]
), max_size=12))
def test_temporal_word_soup(words: list[str]) -> None:
    text = " ".join(words)
    found = _shared().tag(text, dt.date(2025, 10, 7))
    last_end = 0
    for timex in found:
        assert timex.start >= last_end
        assert text[timex.start:timex.end] == timex.text
        last_end = timex.end


_RECOGNIZER: list[TimexRecognizer] = []


def _shared() -> TimexRecognizer:
    if not _RECOGNIZER:
        _RECOGNIZER.append(TimexRecognizer())
    return _RECOGNIZER[0]


def test_set_attributes(recognizer: TimexRecognizer) -> None:
    weekly, every, twice = recognizer.tag("They meet weekly, every Thursday and twice a year.", dt.date(2025, 10, 7))
    assert (weekly.type, weekly.value, weekly.quant) == ("SET", "P1W", "EVERY")
    assert (every.value, every.quant) == ("XXXX-WXX-4", "EVERY")
    assert (twice.value, twice.freq, twice.quant) == ("P1Y", "2X", None)
    assert weekly.interval_start is None and weekly.granularity is None


def test_durations_have_no_interval(recognizer: TimexRecognizer) -> None:
    (duration,) = recognizer.tag("The siege lasted three weeks.", dt.date(2025, 10, 7))
    assert (duration.type, duration.value) == ("DURATION", "P3W")
    assert duration.interval_start is None and not duration.relative


def test_outputs_pass_model_validation(recognizer: TimexRecognizer) -> None:
    """The tagger builds TimeExpressions without validation; every table case's output must validate
    and behave like a validated model (JSON round trip, fields set)."""
    from event_extract.models import TimeExpression  # noqa: PLC0415

    checked = 0
    for case in CASES:
        for timex in recognizer.tag(case["text"], _ref(case)):
            assert TimeExpression.model_validate(timex.model_dump()) == timex
            assert TimeExpression.model_validate_json(timex.model_dump_json()) == timex
            assert timex.model_fields_set == set(TimeExpression.model_fields)
            checked += 1
    assert checked >= 150


@pytest.mark.parametrize(
    ("low", "pos", "floor", "expected"),
    [
        ("over the past two years", 18, 0, ([0, 5, 9, 14, 18], True)),
        ("in the past 2.5 years", 16, 0, ([3, 7, 12, 16], True)),  # "in" never opens one
        ("about 12 years", 9, 6, ([9], False)),  # the previous expression ends at 6
        ("the first-half profit", 10, 0, ([0, 4, 10], True)),
        ("some  three\n weeks", 13, 0, ([0, 6, 13], True)),
        ("a supercalifragilistic year", 23, 0, ([23], False)),  # too long to be a chain word
        ("reported a 37 pct increase in third quarter", 36, 0, ([30, 36], True)),
        ("x,    year", 6, 0, ([6], False)),  # four separators end the walk
        ("the  ,  year", 8, 0, ([8], False)),
    ],
)
def test_chain_starts(low: str, pos: int, floor: int, expected: tuple[list[int], bool]) -> None:
    """The walk back over modifier words before a trigger: where to try, and whether any were found."""
    lex = load_lexicon()
    assert _chain_starts(low, pos, floor, prefix_words(), lex.non_openers) == expected


def test_leaving_out_alternatives_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Skipping alternatives a text cannot match (required words, trigger openers) finds what trying all would."""
    fast = TimexRecognizer()
    monkeypatch.setattr("event_extract.temporal.recognizer.TRIGGER_OPENERS", {})
    monkeypatch.setattr("event_extract.temporal.recognizer.WORD_OPENERS", {})
    monkeypatch.setattr("event_extract.temporal.recognizer.REQUIRED_WORDS", {})
    every = TimexRecognizer()
    texts = [case["text"] for case in CASES] + [
        "In fiscal 1987, nineteen ninety-six and the 1990s: the week of March 3 and New Year's Eve.",
        "March sales rose; in March 1987 and March 3, the first half of 1987, 10/12/1987, FY87, Q3.",
        "FİSCAL 1987 and the third quarter",  # not ASCII: every alternative is tried
    ]
    for text in texts:
        for ref in (dt.date(1987, 3, 10), None):
            assert fast.tag(text, ref) == every.tag(text, ref), text
