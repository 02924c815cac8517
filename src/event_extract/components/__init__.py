"""Thin Haystack wrappers over the plain temporal, actor and event modules."""

from event_extract.components.actor_linker import ActorLinker
from event_extract.components.event_deduplicator import EventDeduplicator
from event_extract.components.event_extraction_pipeline import EventExtractionPipeline
from event_extract.components.event_extractor import EventExtractor
from event_extract.components.events_to_documents import EventsToDocuments
from event_extract.components.timex_tagger import TimexTagger

__all__ = [
    "ActorLinker",
    "EventDeduplicator",
    "EventExtractionPipeline",
    "EventExtractor",
    "EventsToDocuments",
    "TimexTagger",
]
