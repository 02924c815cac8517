"""Infer a document's reference (publication) date from its dateline or its text.

A dateline in the first ~300 characters ("MOSCOW, Oct 7, 2025 (Reuters) -", "Oct. 7, 2025 —",
"2025-10-07") gives the date with source ``"dateline"``. A dateline with day and month but no year
("WASHINGTON, March 2 -") only counts when a year is also written near the top. Otherwise the
first full absolute date (day, month and year) anywhere in the text gives source ``"text"``.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Literal

from .lexicon import load_lexicon

__all__ = ["find_reference_date"]

_HEAD = 300


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lex = load_lexicon()
    names = sorted(lex.months, key=len, reverse=True)
    mon = "(?:" + "|".join(n.capitalize() + "|" + n.upper() for n in names) + r")\b\.?"
    year = r"(?:1[6-9]\d\d|20\d\d)(?!\d)"
    full = re.compile(
        rf"(?<![\d-])(?P<iy>\d{{4}})-(?P<im>[01]\d)-(?P<id>[0-3]\d)(?![\d-])"
        rf"|(?P<m1>{mon})[ \t]+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?,?[ \t]+(?P<y1>{year})"
        rf"|(?<!\d)(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?P<m2>{mon}),?[ \t]+(?P<y2>{year})"
    )
    partial = re.compile(
        rf"^[ \t\n]*[A-Z][A-Za-z.' -]{{1,40}}(?:,[ \t]*[A-Z][A-Za-z.' ]{{1,30}})?,[ \t]+"
        rf"(?P<m>{mon})[ \t]+(?P<d>[0-3]?\d)\b"
    )
    year_only = re.compile(rf"(?<![\d$£€.,])(?P<y>{year})(?![\d%]|[.,]\d)")
    return full, partial, year_only


def _date(match: re.Match[str]) -> dt.date | None:
    months = load_lexicon().months
    try:
        if match["iy"]:
            return dt.date(int(match["iy"]), int(match["im"]), int(match["id"]))
        if match["m1"]:
            return dt.date(int(match["y1"]), months[match["m1"].rstrip(".").lower()], int(match["d1"]))
        return dt.date(int(match["y2"]), months[match["m2"].rstrip(".").lower()], int(match["d2"]))
    except (ValueError, KeyError):
        return None


_DATELINE_END = re.compile(r"[^\n.]{0,25}?(?:[-—–|(\n]|$)")


def _looks_like_dateline(head: str, match: re.Match[str]) -> bool:
    """Is this date placed like a dateline or byline (not inside a sentence)?

    It opens its line, or sits near the start of its line and is followed shortly by a dash, a
    parenthesis, a bar or the end of the line.
    """
    line_start = head.rfind("\n", 0, match.start()) + 1
    if not head[line_start:match.start()].strip():
        return True  # the line opens with the date
    if match.start() - line_start > 80:
        return False
    return _DATELINE_END.match(head, match.end()) is not None


def find_reference_date(text: str) -> tuple[dt.date, Literal["dateline", "text"]] | None:
    """The publication date a dateline states, else the first full date in ``text``, else None."""
    if not text:
        return None
    full, partial, year_only = _patterns()
    head = text[:_HEAD]
    for match in full.finditer(head):
        day = _date(match)
        if day is not None and _looks_like_dateline(head, match):
            return day, "dateline"
    dateline = partial.match(head)
    if dateline is not None:
        months = load_lexicon().months
        year_match = year_only.search(head, dateline.end())
        if year_match is not None:
            try:
                day = dt.date(int(year_match["y"]), months[dateline["m"].rstrip(".").lower()], int(dateline["d"]))
                return day, "dateline"
            except (ValueError, KeyError):
                pass
    for match in full.finditer(text):
        day = _date(match)
        if day is not None:
            return day, "text"
    return None
