"""TIMEX3 value arithmetic: calendar shifts and the ``[start, end)`` interval a value covers.

Everything here is pure and memoised; values are the TIMEX3 strings the recognizer produces
(``2025-10-07``, ``2025-09``, ``2025-W40``, ``2025-Q3``, ``2025-H1``, ``2025-SU``, ``2025``,
``199`` for a decade, ``19`` for a century, ``2025-10-07T15:00`` / ``2025-10-07TMO`` for times).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from event_extract.models import Granularity

__all__ = ["add_months", "easter", "interval_of", "nth_weekday", "quarter_of", "week_value"]

_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)(T.*)?")
_MONTH = re.compile(r"(\d{4})-(\d\d)")
_WEEK = re.compile(r"(\d{4})-W(\d\d)(-WE)?")
_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
_HALF = re.compile(r"(\d{4})-H([12])")
_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|WI)")
_YEAR = re.compile(r"\d{4}")
_DECADE = re.compile(r"\d{3}")
_CENTURY = re.compile(r"\d{2}")
_FISCAL = re.compile(r"FY\d{4}")

# Meteorological seasons: first month and first month after (winter runs into the next year).
_SEASON_MONTHS = {"SP": (3, 6), "SU": (6, 9), "FA": (9, 12), "WI": (12, 15)}

Interval = tuple[Granularity | None, str | None, str | None]


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    """Shift a (year, month) pair by ``months`` (may be negative)."""
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def quarter_of(day: dt.date) -> int:
    """Calendar quarter (1-4) of ``day``."""
    return (day.month - 1) // 3 + 1


def week_value(day: dt.date) -> str:
    """ISO week value ``YYYY-Www`` of ``day``."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The ``nth`` ISO ``weekday`` (1=Mon) of a month; ``nth`` = -1 gives the last one."""
    if nth > 0:
        first = dt.date(year, month, 1)
        offset = (weekday - first.isoweekday()) % 7
        return first + dt.timedelta(days=offset + 7 * (nth - 1))
    ny, nm = add_months(year, month, 1)
    last = dt.date(ny, nm, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


def easter(year: int) -> dt.date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    day = (h + ell - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def _iso(year: int, month: int, day: int = 1) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}"


@lru_cache(maxsize=8192)
def interval_of(value: str | None) -> Interval:
    """Granularity and ``[start, end)`` ISO interval of an anchored TIMEX3 value.

    Unanchored values (durations, ``PRESENT_REF``, ``XXXX-..``) give ``(None, None, None)``;
    fiscal years give the granularity only, since fiscal calendars differ by organisation.
    """
    if not value or value[0] not in "0123456789F":
        return None, None, None
    try:
        if m := _DAY.fullmatch(value):
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            gran: Granularity = "time" if m[4] and m[4][1:2].isdigit() else "day"
            return gran, day.isoformat(), (day + dt.timedelta(days=1)).isoformat()
        if m := _MONTH.fullmatch(value):
            year, month = int(m[1]), int(m[2])
            if not 1 <= month <= 12:
                return None, None, None
            ny, nm = add_months(year, month, 1)
            return "month", _iso(year, month), _iso(ny, nm)
        if m := _WEEK.fullmatch(value):
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if m[3]:
                saturday = monday + dt.timedelta(days=5)
                return "week", saturday.isoformat(), (saturday + dt.timedelta(days=2)).isoformat()
            return "week", monday.isoformat(), (monday + dt.timedelta(days=7)).isoformat()
        if m := _QUARTER.fullmatch(value):
            year, q = int(m[1]), int(m[2])
            ny, nm = add_months(year, 3 * q - 2, 3)
            return "quarter", _iso(year, 3 * q - 2), _iso(ny, nm)
        if m := _HALF.fullmatch(value):
            year, h = int(m[1]), int(m[2])
            ny, nm = add_months(year, 6 * h - 5, 6)
            return "half", _iso(year, 6 * h - 5), _iso(ny, nm)
        if m := _SEASON.fullmatch(value):
            year = int(m[1])
            first, after = _SEASON_MONTHS[m[2]]
            ny, nm = add_months(year, first, after - first)
            return "season", _iso(year, first), _iso(ny, nm)
        if _YEAR.fullmatch(value):
            year = int(value)
            return "year", _iso(year, 1), _iso(year + 1, 1)
        if _DECADE.fullmatch(value):
            year = int(value) * 10
            return "decade", _iso(year, 1), _iso(year + 10, 1)
        if _CENTURY.fullmatch(value):
            year = int(value) * 100
            return "century", _iso(max(year, 1), 1), _iso(year + 100, 1)
        if _FISCAL.fullmatch(value):
            return "year", None, None
    except ValueError:
        return None, None, None
    return None, None, None
