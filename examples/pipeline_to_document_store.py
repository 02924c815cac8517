"""Drop the event components into an existing Haystack pipeline and query the events by meta.

The pipeline converts text files to Documents (as many Haystack pipelines already do), tags times,
links actors, codes events, turns each event into its own Document and writes those to an
in-memory document store. The script then asks the store for events with North Korea as the
source that happened in September 2025, and shows that the pipeline survives a YAML round trip.

Run: python examples/pipeline_to_document_store.py
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("HAYSTACK_TELEMETRY_ENABLED", "False")

from haystack import Pipeline
from haystack.components.converters import TextFileToDocument
from haystack.components.writers import DocumentWriter
from haystack.document_stores.in_memory import InMemoryDocumentStore

from event_extract import ActorLinker, EventExtractor, EventsToDocuments, TimexTagger

ARTICLE = Path(__file__).parent / "articles" / "kim_letter_to_putin.txt"


def build_pipeline(store: InMemoryDocumentStore) -> Pipeline:
    """An ordinary file-conversion pipeline with the event components added to it."""
    pipe = Pipeline()
    pipe.add_component("converter", TextFileToDocument())
    pipe.add_component("time", TimexTagger())
    pipe.add_component("actors", ActorLinker())
    pipe.add_component("events", EventExtractor())
    pipe.add_component("to_documents", EventsToDocuments())
    pipe.add_component("writer", DocumentWriter(document_store=store))
    pipe.connect("converter.documents", "time.documents")
    pipe.connect("time.documents", "actors.documents")
    pipe.connect("actors.documents", "events.documents")
    pipe.connect("events.events", "to_documents.events")
    pipe.connect("events.documents", "to_documents.documents")
    pipe.connect("to_documents.documents", "writer.documents")
    return pipe


def main() -> None:
    """Run the pipeline on the bundled article and print a filtered query."""
    store = InMemoryDocumentStore()
    pipe = build_pipeline(store)

    # Saved pipelines name our classes; Haystack 3 loads them only when the module is allowed.
    reloaded = Pipeline.loads(pipe.dumps(), allowed_modules=["event_extract"])
    print(f"pipeline reloaded from YAML with {len(reloaded.to_dict()['components'])} components")

    pipe.run({"converter": {"sources": [ARTICLE], "meta": {"published": "2025-10-07"}}})
    print(f"{store.count_documents()} event documents written")

    september_from_north_korea = store.filter_documents(
        {
            "operator": "AND",
            "conditions": [
                {"field": "meta.source_country", "operator": "==", "value": "PRK"},
                {"field": "meta.date_start", "operator": ">=", "value": "2025-09-01"},
                {"field": "meta.date_end", "operator": "<=", "value": "2025-10-01"},
            ],
        }
    )
    print("Events with North Korea as source in September 2025:")
    for doc in september_from_north_korea:
        meta = doc.meta
        print(
            f"  {meta['date_value']}  {meta['event_cameo']} {meta['event_label']}: "
            f"{meta['source_name']} -> {meta['target_name']}"
        )


if __name__ == "__main__":
    main()
