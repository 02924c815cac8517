"""Haystack component that codes diplomatic events from tagged and linked documents."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from haystack import Document, component, default_from_dict, default_to_dict, logging
from pydantic import TypeAdapter, ValidationError

from event_extract.components._documents import (
    EVENTS,
    MENTIONS,
    TIMEXES,
    Annotation,
    ModelT,
    annotated,
    document_name,
)
from event_extract.events import EventCoder, Ontology
from event_extract.events.places import Gazetteer
from event_extract.models import ActorMention, Event, Modality, TimeExpression
from event_extract.reference import parse_date

logger = logging.getLogger(__name__)

_MODALITIES: tuple[Modality, ...] = ("asserted", "negated", "planned", "hypothetical", "reported")


@component
class EventExtractor:
    """
    Codes who did what to whom and when (CAMEO, mapped to PLOVER) from documents annotated upstream.

    Reads the ``reference_date``, ``timexes`` and ``actors`` meta written by
    :class:`~event_extract.TimexTagger` and :class:`~event_extract.ActorLinker`, adds ``events``
    (a list of :class:`~event_extract.models.Event` as JSON-safe dicts) and also returns the events
    as models.

    ### Usage example

    ```python
    from haystack import Document, Pipeline
    from event_extract import ActorLinker, EventExtractor, TimexTagger

    pipe = Pipeline()
    pipe.add_component("time", TimexTagger())
    pipe.add_component("actors", ActorLinker())
    pipe.add_component("events", EventExtractor())
    pipe.connect("time.documents", "actors.documents")
    pipe.connect("actors.documents", "events.documents")
    doc = Document(content="Putin and Kim met in Beijing last month.", meta={"published": "2025-10-07"})
    for event in pipe.run({"time": {"documents": [doc]}})["events"]["events"]:
        print(event.cameo, event.source.name, event.target.name, event.date.value)
    ```
    """

    def __init__(
        self,
        trigger_files: list[str] | None = None,
        ontology_files: list[str] | None = None,
        modalities: list[str] | None = None,
        min_confidence: float = 0.0,
        place_files: list[str] | None = None,
    ) -> None:
        """
        Create the extractor.

        :param trigger_files: Extra trigger lexicon files (JSONL, the package's schema).
        :param ontology_files: Extra ontology files that add or override CAMEO codes.
        :param modalities: Which modalities to keep; default all (``asserted``, ``negated``, ``planned``,
            ``hypothetical``, ``reported``). Every event states its modality, so negated events are
            never presented as facts.
        :param min_confidence: Drop events below this confidence.
        :param place_files: Extra places gazetteer files (JSONL, the package's schema) that add places
            or change the country of a packaged one, for event locations.
        :raises EventDataError: When a trigger, ontology or places file does not follow its schema.
        """
        self.trigger_files = [str(path) for path in trigger_files or []]
        self.ontology_files = [str(path) for path in ontology_files or []]
        self.place_files = [str(path) for path in place_files or []]
        for path in (*self.trigger_files, *self.ontology_files, *self.place_files):
            if not Path(path).is_file():
                raise FileNotFoundError(f"event knowledge file not found: {path}")
        self.modalities = list(_MODALITIES) if modalities is None else list(modalities)
        unknown = sorted(set(self.modalities) - set(_MODALITIES))
        if unknown:
            raise ValueError(f"unknown modalities {unknown}; choose from {list(_MODALITIES)}")
        if not 0.0 <= min_confidence <= 1.0:
            raise ValueError(f"min_confidence must lie in [0, 1], got {min_confidence}")
        self.min_confidence = min_confidence
        self._coder: EventCoder | None = None
        if self.trigger_files or self.ontology_files or self.place_files:
            self.warm_up()  # read user files now, so a schema error surfaces at construction

    def warm_up(self) -> None:
        """Load the ontology and compile the trigger lexicon once; safe to call more than once."""
        if self._coder is None:
            ontology = Ontology.from_files([Path(path) for path in self.ontology_files])
            self._coder = EventCoder(
                ontology,
                trigger_files=[Path(path) for path in self.trigger_files],
                gazetteer=Gazetteer.load([Path(path) for path in self.place_files]),
            )

    @component.output_types(documents=list[Document], events=list[Event])
    def run(self, documents: list[Document]) -> dict[str, Any]:
        """
        Code the events of each document.

        :param documents: Documents annotated by TimexTagger and ActorLinker; they are not modified.
        :returns: ``documents``: new Document objects with ``events`` in meta; ``events``: all events
            of all documents, in document order.
        :raises ValueError: When a document lacks the upstream annotations.
        """
        self.warm_up()
        coded: list[Document] = []
        all_events: list[Event] = []
        for document in documents:
            copy, events = annotated(document, self._annotate, "events", EVENTS)
            coded.append(copy)
            all_events.extend(events)
        return {"documents": coded, "events": all_events}

    def _annotate(self, annotation: Annotation) -> list[Event]:
        """The events of one document, from the timexes and mentions found upstream.

        The per-document step of :meth:`run`, which the CLI also calls with the timexes and mentions
        still models; those only in meta are validated first. Needs :meth:`warm_up` first.

        :raises ValueError: When the document lacks the upstream annotations.
        """
        assert self._coder is not None, "EventExtractor._annotate called before warm_up"
        text = annotation.text
        meta = annotation.meta
        if not text or meta.get("skipped"):
            return []
        timexes, mentions = annotation.timexes, annotation.mentions
        if (timexes is None and "timexes" not in meta) or (mentions is None and "actors" not in meta):
            raise ValueError(
                f"{document_name(annotation.id)} has no 'timexes'/'actors' meta: run TimexTagger and "
                "ActorLinker before EventExtractor (or use EventExtractionPipeline)"
            )
        if timexes is None:
            timexes = _validated(TIMEXES, TimeExpression, meta["timexes"])
        if mentions is None:
            mentions = _validated(MENTIONS, ActorMention, meta["actors"])
        events = self._coder.code(text, timexes, mentions, self._reference_date(annotation), doc_id=annotation.id)
        return [
            event
            for event in events
            if event.modality in self.modalities and event.confidence >= self.min_confidence
        ]

    @staticmethod
    def _reference_date(annotation: Annotation) -> dt.date | None:
        """The reference date resolved upstream in this run, else the one recorded in meta."""
        if annotation.reference is not None:
            return annotation.reference[0]
        raw_date = annotation.meta.get("reference_date")
        if not raw_date:
            return None
        return parse_date(raw_date, what=f"meta['reference_date'] of {document_name(annotation.id)}")

    def to_dict(self) -> dict[str, Any]:
        """Serialise the component with all its init parameters."""
        return default_to_dict(
            self,
            trigger_files=self.trigger_files,
            ontology_files=self.ontology_files,
            modalities=self.modalities,
            min_confidence=self.min_confidence,
            place_files=self.place_files,
        )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EventExtractor:
        """Deserialise the component."""
        return default_from_dict(cls, data)


def _validated(adapter: TypeAdapter[list[ModelT]], model: type[ModelT], items: Any) -> list[ModelT]:
    """``items`` (user meta) validated as a list of ``model``: a list in one call; anything else, or a
    list with an invalid item, item by item, so errors and accepted inputs stay those of ``model``."""
    if type(items) is list:
        try:
            return adapter.validate_python(items)
        except ValidationError:
            pass  # validate again item by item to raise the error ``model`` itself reports
    return [model.model_validate(item) for item in items]
