"""Tests for inferring a reference date from datelines and text."""

from __future__ import annotations

import datetime as dt

import pytest

from event_extract.temporal import find_reference_date

CASES = [
    ("Oct. 7, 2025 — Ministers met in Geneva.", (dt.date(2025, 10, 7), "dateline")),
    ("2025-10-07 Ministers met in Geneva.", (dt.date(2025, 10, 7), "dateline")),
    ("GENEVA, 7 October 2025 (AP) - Ministers met.", (dt.date(2025, 10, 7), "dateline")),
    ("MOSCOW, Oct 7, 2025 (Reuters) - Russia said on Monday it would respond.", (dt.date(2025, 10, 7), "dateline")),
    ("By Jane Smith | Published March 2, 2024\n\nThe Senate voted.", (dt.date(2024, 3, 2), "dateline")),
    # Day and month but no year: the dateline alone cannot give a date...
    ("MOSCOW, Oct 7 (Reuters) - Russia said on Monday it would respond.", None),
    ("WASHINGTON, March 2 - The Senate voted on the bill.", None),
    # ...unless a year is written near the top.
    ("WASHINGTON, March 2 - The Senate voted on the 2024 budget bill.", (dt.date(2024, 3, 2), "dateline")),
    # No dateline: the first full date anywhere in the text.
    ("Ministers met again. " * 20 + "The accord of 12 June 2019 was cited, and so was May 3, 2020.",
     (dt.date(2019, 6, 12), "text")),
    ("Nothing here is dated except last week.", None),
    ("", None),
    ("In 2019 the talks failed.", None),
    ("The meeting on Feb. 30, 2024 never happened.", None),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_find_reference_date(text: str, expected: tuple[dt.date, str] | None) -> None:
    assert find_reference_date(text) == expected


def test_dateline_must_be_near_the_top() -> None:
    text = "x " * 200 + "PARIS, Oct. 7, 2025 - later text"
    assert find_reference_date(text) == (dt.date(2025, 10, 7), "text")


def test_date_inside_the_first_sentence_is_not_a_dateline() -> None:
    text = "Russia invaded Ukraine on Feb. 24, 2022, and the war has not stopped since then."
    assert find_reference_date(text) == (dt.date(2022, 2, 24), "text")
