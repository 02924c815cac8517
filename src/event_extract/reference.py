"""Which date relative expressions in a document are resolved against, and where it came from.

Order of precedence: the document's own meta (configurable keys), then a date given at run time,
then a date inferred from the text (a dateline, else the first full date). When none is found the
reference date is ``None`` and relative expressions stay unresolved: we never guess from the clock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from event_extract.models import ReferenceDateSource
from event_extract.temporal import find_reference_date

DEFAULT_DATE_META_KEYS: tuple[str, ...] = ("published", "date", "published_at")


class ReferenceDateError(ValueError):
    """A reference date given in meta or as an argument cannot be read as a date."""


def parse_date(value: object, *, what: str) -> dt.date:
    """Read an ISO date (``YYYY-MM-DD``, optionally with a time part) or a date/datetime object.

    :param value: The value to read.
    :param what: Where the value came from, quoted in the error message.
    :raises ReferenceDateError: When the value is not a date.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise ReferenceDateError(
            f"{what} must be an ISO date string such as '2025-10-07', got {type(value).__name__}"
        )
    text = value.strip()
    try:
        if len(text) > 10 and text[10] in "T ":
            return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ReferenceDateError(f"{what} is not an ISO date (YYYY-MM-DD): {value!r}") from None


def resolve_reference_date(
    meta: Mapping[str, Any],
    text: str | None,
    *,
    meta_keys: Sequence[str] = DEFAULT_DATE_META_KEYS,
    override: dt.date | None = None,
    infer_from_text: bool = True,
    document_name: str = "document",
) -> tuple[dt.date | None, ReferenceDateSource]:
    """Find a document's reference date.

    :param meta: The document's meta.
    :param text: The document's text, used to infer a date when meta and ``override`` give none.
    :param meta_keys: Meta keys to look in, first non-empty wins.
    :param override: A date given at run time for documents whose meta carries none.
    :param infer_from_text: Whether to read a dateline or the first full date in the text.
    :param document_name: How to name the document in error messages.
    :returns: The date (or ``None``) and where it came from.
    :raises ReferenceDateError: When a meta value is present but is not a date.
    """
    for key in meta_keys:
        value = meta.get(key)
        if value is None or value == "":
            continue
        return parse_date(value, what=f"meta[{key!r}] of {document_name}"), "meta"
    if override is not None:
        return override, "argument"
    if infer_from_text and text:
        found = find_reference_date(text)
        if found is not None:
            return found
    return None, "none"
