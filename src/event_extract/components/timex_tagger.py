"""Haystack component that finds and normalises temporal expressions."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

from haystack import Document, component, default_from_dict, default_to_dict, logging

from event_extract.components._documents import (
    TIMEXES,
    Annotation,
    annotated,
    annotation_context,
    parse_run_date,
    validate_date_meta_keys,
)
from event_extract.models import TimeExpression
from event_extract.reference import DEFAULT_DATE_META_KEYS
from event_extract.temporal import TimexRecognizer

logger = logging.getLogger(__name__)


@component
class TimexTagger:
    """
    Finds temporal expressions in documents and normalises them TIMEX3-style against each document's date.

    Adds to each document's meta: ``reference_date`` (ISO date or None), ``reference_date_source``
    (``meta``, ``argument``, ``dateline``, ``text`` or ``none``) and ``timexes`` (a list of
    :class:`~event_extract.models.TimeExpression` as JSON-safe dicts).

    ### Usage example

    ```python
    from haystack import Document
    from event_extract import TimexTagger

    tagger = TimexTagger()
    result = tagger.run(documents=[Document(content="They met last month.", meta={"published": "2025-10-07"})])
    print(result["documents"][0].meta["timexes"][0]["value"])  # 2025-09
    ```
    """

    def __init__(
        self,
        date_meta_keys: list[str] | None = None,
        infer_reference_date: bool = True,
        skip_non_english: bool = True,
    ) -> None:
        """
        Create the tagger.

        :param date_meta_keys: Meta keys that hold a document's publication date, first non-empty wins.
            Defaults to ``["published", "date", "published_at"]``.
        :param infer_reference_date: When meta and the run-time argument give no date, read one from a
            dateline or the first full date in the text.
        :param skip_non_english: Leave documents judged not to be English unannotated, with the reason
            in ``meta["skipped"]`` (and a language guess in ``meta["language"]``).
        """
        self.date_meta_keys = validate_date_meta_keys(
            DEFAULT_DATE_META_KEYS if date_meta_keys is None else date_meta_keys
        )
        self.infer_reference_date = infer_reference_date
        self.skip_non_english = skip_non_english
        self._recognizer: TimexRecognizer | None = None

    def warm_up(self) -> None:
        """Compile the patterns once; safe to call more than once."""
        if self._recognizer is None:
            self._recognizer = TimexRecognizer()

    @component.output_types(documents=list[Document])
    def run(self, documents: list[Document], reference_date: str | None = None) -> dict[str, Any]:
        """
        Tag the documents.

        :param documents: Documents to tag; they are not modified.
        :param reference_date: ISO date for documents whose meta carries none.
        :returns: ``documents``: new Document objects with the annotations in meta.
        """
        self.warm_up()
        step = partial(self._annotate, override=parse_run_date(reference_date))
        return {"documents": [annotated(document, step, "timexes", TIMEXES)[0] for document in documents]}

    def _annotate(self, annotation: Annotation, override: dt.date | None) -> list[TimeExpression]:
        """Tag one document: record its reference date, language judgement and timexes (as models).

        The per-document step of :meth:`run`, which the CLI also calls to keep the timexes models
        until its output is written; needs :meth:`warm_up` first.
        """
        assert self._recognizer is not None, "TimexTagger._annotate called before warm_up"
        ref_date, text = annotation_context(
            annotation, self.date_meta_keys, override, self.infer_reference_date, self.skip_non_english
        )
        annotation.timexes = self._recognizer.tag(text, ref_date) if text else []
        return annotation.timexes

    def to_dict(self) -> dict[str, Any]:
        """Serialise the component with all its init parameters."""
        return default_to_dict(
            self,
            date_meta_keys=self.date_meta_keys,
            infer_reference_date=self.infer_reference_date,
            skip_non_english=self.skip_non_english,
        )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TimexTagger:
        """Deserialise the component."""
        return default_from_dict(cls, data)
