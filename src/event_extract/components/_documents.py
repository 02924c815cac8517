"""Helpers the components share for reading and annotating Haystack Documents."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import Any

from haystack import Document
from pydantic import TypeAdapter

from event_extract.language import detect_language
from event_extract.models import ActorMention, TimeExpression
from event_extract.reference import parse_date, resolve_reference_date

TIMEXES = TypeAdapter(list[TimeExpression])
"""Validates or dumps a document's timexes in one call (the same as one model call per item)."""
MENTIONS = TypeAdapter(list[ActorMention])
"""Validates or dumps a document's actor mentions in one call."""


def validate_date_meta_keys(keys: object) -> list[str]:
    """Check the ``date_meta_keys`` init parameter: a non-empty list of non-empty strings."""
    if isinstance(keys, str) or not isinstance(keys, list | tuple):
        raise TypeError(f"date_meta_keys must be a list of meta key names, got {keys!r}")
    if not keys or not all(isinstance(key, str) and key for key in keys):
        raise ValueError(f"date_meta_keys must be a non-empty list of non-empty strings, got {keys!r}")
    return list(keys)


def document_name(document: Document) -> str:
    """A short name for error messages."""
    return f"document {document.id!r}"


def document_text(document: Document) -> str:
    """The text to annotate: the content, or an empty string for None and non-text content."""
    content = document.content
    return content if isinstance(content, str) else ""


_DOCUMENT_FIELDS = ("id", "content", "blob", "meta", "score", "embedding", "sparse_embedding")
_PLAIN_DOCUMENT = tuple(field.name for field in dataclasses.fields(Document)) == _DOCUMENT_FIELDS
"""Whether Haystack's Document has exactly the fields :func:`annotate` copies by name."""


def annotate(document: Document, **meta: Any) -> Document:
    """Return a copy of ``document`` with ``meta`` merged in; the input is left untouched.

    A plain Document is rebuilt from its fields directly, which costs less than
    ``dataclasses.replace`` (once per document and component); subclasses, or a Haystack version
    whose Document has other fields, go through ``dataclasses.replace``.
    """
    merged = {**document.meta, **meta}
    if _PLAIN_DOCUMENT and type(document) is Document:
        return Document(
            id=document.id,
            content=document.content,
            blob=document.blob,
            meta=merged,
            score=document.score,
            embedding=document.embedding,
            sparse_embedding=document.sparse_embedding,
        )
    return dataclasses.replace(document, meta=merged)


def parse_run_date(value: str | dt.date | None) -> dt.date | None:
    """Read the ``reference_date`` run-time argument of a component."""
    if value is None:
        return None
    return parse_date(value, what="reference_date")


def known_reference_date(
    document: Document,
    meta_keys: Sequence[str],
    override: dt.date | None,
    infer_from_text: bool,
) -> tuple[dt.date | None, str]:
    """The reference date of a document, reusing one an upstream component already recorded."""
    if "reference_date_source" in document.meta:
        recorded = document.meta.get("reference_date")
        source = str(document.meta["reference_date_source"])
        if recorded is None:
            return None, source
        return parse_date(recorded, what=f"meta['reference_date'] of {document_name(document)}"), source
    return resolve_reference_date(
        document.meta,
        document_text(document),
        meta_keys=meta_keys,
        override=override,
        infer_from_text=infer_from_text,
        document_name=document_name(document),
    )


_ENGLISH = frozenset({"en", "eng", "english"})


def skip_reason(document: Document, text: str, check_language: bool) -> tuple[str | None, dict[str, Any]]:
    """Why a document is not annotated (non-English text), and the meta that records the judgement.

    The language is judged once per document: a ``skipped`` reason or a ``language`` recorded
    upstream (by our TimexTagger, or by a language classifier such as Haystack's
    ``DocumentLanguageClassifier``) is reused instead of detecting again.
    """
    meta = document.meta
    recorded = meta.get("skipped")
    if isinstance(recorded, str):
        return recorded, {}
    if not check_language or not text:
        return None, {}
    language = meta.get("language")
    if isinstance(language, str) and language:
        if language.lower() in _ENGLISH:
            return None, {}
        reason = f"non-English text (meta language {language!r})"
        return reason, {"skipped": reason}
    guess = detect_language(text)
    if guess.is_english:
        return None, {"language": "en"}
    return guess.reason, {"skipped": guess.reason, "language": guess.language}


def annotation_context(
    document: Document,
    date_meta_keys: Sequence[str],
    override: dt.date | None,
    infer_reference_date: bool,
    check_language: bool,
) -> tuple[dt.date | None, str, dict[str, Any]]:
    """What an annotating component needs for one document.

    :returns: the reference date; the text to annotate (empty when there is none or the document is
        skipped); and the meta every annotating component records (reference date, its source and,
        when judged here, the language and skip reason).
    """
    ref_date, source = known_reference_date(document, date_meta_keys, override, infer_reference_date)
    text = document_text(document)
    skipped, meta = skip_reason(document, text, check_language)
    meta["reference_date"] = ref_date.isoformat() if ref_date else None
    meta["reference_date_source"] = source
    return ref_date, text if skipped is None else "", meta
