"""Haystack component that codes diplomatic events from tagged and linked documents."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

from haystack import Document, component, default_from_dict, default_to_dict, logging
from pydantic import BaseModel, TypeAdapter, ValidationError

from event_extract.components._documents import MENTIONS, TIMEXES, annotate, document_name, document_text
from event_extract.events import EventCoder, Ontology
from event_extract.models import ActorMention, Event, Modality, TimeExpression
from event_extract.reference import parse_date

logger = logging.getLogger(__name__)

ModelT = TypeVar("ModelT", bound=BaseModel)

_MODALITIES: tuple[Modality, ...] = ("asserted", "negated", "planned", "hypothetical", "reported")
# Whole lists are validated and dumped in one call each (cheaper than one call per item).
_EVENTS = TypeAdapter(list[Event])


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
    ) -> None:
        """
        Create the extractor.

        :param trigger_files: Extra trigger lexicon files (JSONL, the package's schema).
        :param ontology_files: Extra ontology files that add or override CAMEO codes.
        :param modalities: Which modalities to keep; default all (``asserted``, ``negated``, ``planned``,
            ``hypothetical``, ``reported``). Every event states its modality, so negated events are
            never presented as facts.
        :param min_confidence: Drop events below this confidence.
        :raises EventDataError: When a trigger or ontology file does not follow its schema.
        """
        self.trigger_files = [str(path) for path in trigger_files or []]
        self.ontology_files = [str(path) for path in ontology_files or []]
        for path in (*self.trigger_files, *self.ontology_files):
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
        if self.trigger_files or self.ontology_files:
            self.warm_up()  # read user files now, so a schema error surfaces at construction

    def warm_up(self) -> None:
        """Load the ontology and compile the trigger lexicon once; safe to call more than once."""
        if self._coder is None:
            ontology = Ontology.from_files([Path(path) for path in self.ontology_files])
            self._coder = EventCoder(ontology, trigger_files=[Path(path) for path in self.trigger_files])

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
        annotated: list[Document] = []
        all_events: list[Event] = []
        for document in documents:
            events = self._code(document)
            all_events.extend(events)
            annotated.append(annotate(document, events=_EVENTS.dump_python(events, mode="json")))
        return {"documents": annotated, "events": all_events}

    def _code(self, document: Document) -> list[Event]:
        assert self._coder is not None
        text = document_text(document)
        if not text or document.meta.get("skipped"):
            return []
        meta = document.meta
        if "timexes" not in meta or "actors" not in meta:
            raise ValueError(
                f"{document_name(document)} has no 'timexes'/'actors' meta: run TimexTagger and ActorLinker "
                "before EventExtractor (or use EventExtractionPipeline)"
            )
        timexes = _validated(TIMEXES, TimeExpression, meta["timexes"])
        mentions = _validated(MENTIONS, ActorMention, meta["actors"])
        raw_date = meta.get("reference_date")
        ref_date = None
        if raw_date:
            ref_date = parse_date(raw_date, what=f"meta['reference_date'] of {document_name(document)}")
        events = self._coder.code(text, timexes, mentions, ref_date, doc_id=document.id)
        return [
            event
            for event in events
            if event.modality in self.modalities and event.confidence >= self.min_confidence
        ]

    def to_dict(self) -> dict[str, Any]:
        """Serialise the component with all its init parameters."""
        return default_to_dict(
            self,
            trigger_files=self.trigger_files,
            ontology_files=self.ontology_files,
            modalities=self.modalities,
            min_confidence=self.min_confidence,
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
