"""Where a document's reference date comes from."""

from __future__ import annotations

import datetime as dt

import pytest

from event_extract.reference import ReferenceDateError, parse_date, resolve_reference_date


def test_meta_wins_over_argument_and_text() -> None:
    date, source = resolve_reference_date(
        {"published": "2025-10-07"}, "MOSCOW, March 2, 1987 - text", override=dt.date(2000, 1, 1)
    )
    assert (date, source) == (dt.date(2025, 10, 7), "meta")


def test_meta_keys_are_tried_in_order_and_accept_datetimes() -> None:
    date, source = resolve_reference_date(
        {"published": "", "published_at": "2025-10-07T15:30:00Z"}, None
    )
    assert (date, source) == (dt.date(2025, 10, 7), "meta")


def test_argument_used_when_meta_has_no_date() -> None:
    assert resolve_reference_date({}, "no dates here", override=dt.date(2024, 6, 19)) == (
        dt.date(2024, 6, 19),
        "argument",
    )


def test_dateline_used_when_nothing_else() -> None:
    date, source = resolve_reference_date({}, "MOSCOW, October 7, 2025 - Putin turned 73.")
    assert date == dt.date(2025, 10, 7)
    assert source == "dateline"


def test_no_date_anywhere_gives_none() -> None:
    assert resolve_reference_date({}, "They met last month.") == (None, "none")
    assert resolve_reference_date({}, "MOSCOW, October 7, 2025 - x", infer_from_text=False) == (None, "none")


@pytest.mark.parametrize("bad", [20251007, ["2025-10-07"], "yesterday", "2025-13-01"])
def test_bad_meta_dates_name_the_document(bad: object) -> None:
    with pytest.raises(ReferenceDateError, match="doc-7"):
        resolve_reference_date({"published": bad}, None, document_name="doc-7")


def test_parse_date_accepts_date_objects() -> None:
    assert parse_date(dt.datetime(2025, 1, 2, 3, 4), what="x") == dt.date(2025, 1, 2)
    assert parse_date(dt.date(2025, 1, 2), what="x") == dt.date(2025, 1, 2)
