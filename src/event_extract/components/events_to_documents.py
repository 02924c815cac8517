"""Haystack component that turns each event into its own Document for storage and filtering."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from haystack import Document, component, default_from_dict, default_to_dict

from event_extract.models import Event, flatten_event


@component
class EventsToDocuments:
    """
    Makes one Document per event, with flat single-valued meta any document store can filter on.

    Meta keys include ``event_cameo``, ``event_root``, ``event_plover``, ``source_country``,
    ``target_country``, ``date_start``, ``date_end``, ``modality`` and ``doc_id``. The content is
    the sentence that reports the event when the source documents are given, else a one-line
    summary.

    ### Usage example

    ```python
    from haystack.document_stores.in_memory import InMemoryDocumentStore
    from event_extract import EventsToDocuments

    store = InMemoryDocumentStore()
    docs = EventsToDocuments().run(events=events, documents=annotated_documents)["documents"]
    store.write_documents(docs)
    store.filter_documents({"operator": "AND", "conditions": [
        {"field": "meta.source_country", "operator": "==", "value": "PRK"},
        {"field": "meta.date_start", "operator": ">=", "value": "2025-09-01"},
    ]})
    ```
    """

    @component.output_types(documents=list[Document])
    def run(self, events: list[Event], documents: list[Document] | None = None) -> dict[str, Any]:
        """
        Convert events to Documents.

        :param events: Events from :class:`~event_extract.EventExtractor`.
        :param documents: The documents the events came from, to use the reporting sentence as content.
        :returns: ``documents``: one new Document per event.
        """
        texts = {doc.id: doc.content for doc in documents or [] if isinstance(doc.content, str)}
        return {"documents": [self._to_document(event, texts) for event in events]}

    @staticmethod
    def _to_document(event: Event, texts: dict[str, str]) -> Document:
        text = texts.get(event.doc_id or "")
        if text is not None and event.sentence_end <= len(text):
            content = text[event.sentence_start : event.sentence_end]
        else:
            content = summarize_event(event)
        return Document(id=event_document_id(event), content=content, meta=flatten_event(event))

    def to_dict(self) -> dict[str, Any]:
        """Serialise the component (it has no parameters)."""
        return default_to_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EventsToDocuments:
        """Deserialise the component."""
        return default_from_dict(cls, data)


def event_document_id(event: Event) -> str:
    """A stable id: the same event of the same document always gets the same Document id.

    Computed here rather than by Haystack so that text with lone surrogates (which UTF-8 cannot
    encode) still gets an id.
    """
    key = json.dumps(
        [event.doc_id, event.cameo, event.trigger.start, event.trigger.end,
         event.source.id if event.source else None, event.target.id if event.target else None],
    )
    return hashlib.sha256(key.encode("utf-8", errors="surrogatepass")).hexdigest()


def summarize_event(event: Event) -> str:
    """A one-line human summary: "Kim Jong-un -> Vladimir Putin: Praise or endorse (051), 2025-10-07"."""
    source = event.source.name if event.source else "?"
    target = event.target.name if event.target else "?"
    when = event.date.value or "undated"
    modality = "" if event.modality == "asserted" else f" [{event.modality}]"
    return f"{source} -> {target}: {event.label} ({event.cameo}), {when}{modality}"
