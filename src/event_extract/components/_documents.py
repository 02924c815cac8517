"""Helpers the components share for reading and annotating Haystack Documents."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from haystack import Document
from pydantic import BaseModel, TypeAdapter

from event_extract.language import detect_language
from event_extract.models import ActorMention, Event, TimeExpression
from event_extract.reference import parse_date, resolve_reference_date

TIMEXES = TypeAdapter(list[TimeExpression])
"""Validates or dumps a document's timexes in one call (the same as one model call per item)."""
MENTIONS = TypeAdapter(list[ActorMention])
"""Validates or dumps a document's actor mentions in one call."""
EVENTS = TypeAdapter(list[Event])
"""Dumps a document's events in one call."""

ModelT = TypeVar("ModelT", bound=BaseModel)


def dump(adapter: TypeAdapter[list[ModelT]], items: list[ModelT] | None) -> list[dict[str, Any]]:
    """Models as the JSON-safe dicts that Document meta and the CLI's output hold; ``[]`` for none."""
    return adapter.dump_python(items, mode="json") if items else []


def annotated(
    document: Document, step: Callable[[Annotation], list[ModelT]], key: str, adapter: TypeAdapter[list[ModelT]]
) -> tuple[Document, list[ModelT]]:
    """A component's ``run`` for one Document: what ``step`` finds, and a copy of the Document with
    those findings dumped under ``key`` in its meta (the input is left untouched)."""
    annotation = Annotation.of(document)
    found = step(annotation)
    annotation.meta[key] = dump(adapter, found)
    return with_meta(document, annotation.meta), found


def validate_date_meta_keys(keys: object) -> list[str]:
    """Check the ``date_meta_keys`` init parameter: a non-empty list of non-empty strings."""
    if isinstance(keys, str) or not isinstance(keys, list | tuple):
        raise TypeError(f"date_meta_keys must be a list of meta key names, got {keys!r}")
    if not keys or not all(isinstance(key, str) and key for key in keys):
        raise ValueError(f"date_meta_keys must be a non-empty list of non-empty strings, got {keys!r}")
    return list(keys)


def document_name(doc_id: str) -> str:
    """A short name for error messages."""
    return f"document {doc_id!r}"


def document_text(document: Document) -> str:
    """The text to annotate: the content, or an empty string for None and non-text content."""
    content = document.content
    return content if isinstance(content, str) else ""


@dataclass(slots=True)
class Annotation:
    """One document on its way through the components: what they read and what they have found.

    Each component's ``run`` wraps every Document in one, lets the component's per-document step
    fill it in and turns it back into a new Document, the findings dumped to JSON-safe meta. The
    CLI passes one Annotation through all three steps instead, so the timexes and mentions found
    by one step reach the next as the models themselves, dumped once when the record is written
    and never validated back.
    """

    id: str
    text: str
    meta: dict[str, Any]
    """The document's meta (a copy, never the input's own dict) plus what the steps recorded."""
    reference: tuple[dt.date | None, str] | None = None
    """The reference date and its source, once a step of this run has resolved them."""
    timexes: list[TimeExpression] | None = None
    """The timexes a step of this run found; None when they are only in ``meta`` (or nowhere)."""
    mentions: list[ActorMention] | None = None
    """The actor mentions a step of this run found; None when they are only in ``meta``."""

    @classmethod
    def of(cls, document: Document) -> Annotation:
        """The annotation of a Document handed to a component, with a copy of its meta."""
        return cls(document.id, document_text(document), dict(document.meta))


_DOCUMENT_FIELDS = ("id", "content", "blob", "meta", "score", "embedding", "sparse_embedding")
_PLAIN_DOCUMENT = tuple(field.name for field in dataclasses.fields(Document)) == _DOCUMENT_FIELDS
"""Whether Haystack's Document has exactly the fields :func:`with_meta` copies by name."""


def with_meta(document: Document, meta: dict[str, Any]) -> Document:
    """A copy of ``document`` whose meta is ``meta``; the input is left untouched.

    A plain Document is rebuilt from its fields directly, which costs less than
    ``dataclasses.replace`` (once per document and component); subclasses, or a Haystack version
    whose Document has other fields, go through ``dataclasses.replace``.
    """
    if _PLAIN_DOCUMENT and type(document) is Document:
        return Document(
            id=document.id,
            content=document.content,
            blob=document.blob,
            meta=meta,
            score=document.score,
            embedding=document.embedding,
            sparse_embedding=document.sparse_embedding,
        )
    return dataclasses.replace(document, meta=meta)


def parse_run_date(value: str | dt.date | None) -> dt.date | None:
    """Read the ``reference_date`` run-time argument of a component."""
    if value is None:
        return None
    return parse_date(value, what="reference_date")


def known_reference_date(
    annotation: Annotation,
    meta_keys: Sequence[str],
    override: dt.date | None,
    infer_from_text: bool,
) -> tuple[dt.date | None, str]:
    """The reference date of a document, reusing one an upstream step already resolved or recorded."""
    if annotation.reference is not None:
        return annotation.reference
    meta = annotation.meta
    if "reference_date_source" in meta:
        recorded = meta.get("reference_date")
        source = str(meta["reference_date_source"])
        if recorded is None:
            return None, source
        return parse_date(recorded, what=f"meta['reference_date'] of {document_name(annotation.id)}"), source
    return resolve_reference_date(
        meta,
        annotation.text,
        meta_keys=meta_keys,
        override=override,
        infer_from_text=infer_from_text,
        document_name=document_name(annotation.id),
    )


_ENGLISH = frozenset({"en", "eng", "english"})


def skip_reason(meta: dict[str, Any], text: str, check_language: bool) -> tuple[str | None, dict[str, Any]]:
    """Why a document is not annotated (non-English text), and the meta that records the judgement.

    The language is judged once per document: a ``skipped`` reason or a ``language`` recorded
    upstream (by our TimexTagger, or by a language classifier such as Haystack's
    ``DocumentLanguageClassifier``) is reused instead of detecting again.
    """
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
    annotation: Annotation,
    date_meta_keys: Sequence[str],
    override: dt.date | None,
    infer_reference_date: bool,
    check_language: bool,
) -> tuple[dt.date | None, str]:
    """What an annotating step needs for one document, recorded in ``annotation`` on the way.

    Records the reference date and its source (in ``meta`` and as ``reference``) and, when judged
    here, the language and skip reason.

    :returns: the reference date, and the text to annotate (empty when there is none or the
        document is skipped).
    """
    reference = known_reference_date(annotation, date_meta_keys, override, infer_reference_date)
    ref_date, source = reference
    text = annotation.text
    skipped, meta = skip_reason(annotation.meta, text, check_language)
    meta["reference_date"] = ref_date.isoformat() if ref_date else None
    meta["reference_date_source"] = source
    annotation.meta.update(meta)
    annotation.reference = reference
    return ref_date, text if skipped is None else ""
