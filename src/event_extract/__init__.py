"""Haystack components that read news and produce dated, coded diplomatic events."""

from event_extract.__about__ import __version__
from event_extract.components import (
    ActorLinker,
    EventDeduplicator,
    EventExtractionPipeline,
    EventExtractor,
    EventsToDocuments,
    TimexTagger,
)
from event_extract.models import (
    Actor,
    ActorMention,
    Event,
    EventDate,
    Office,
    Place,
    TimeExpression,
    TimelineEntry,
    Trigger,
)

__all__ = [
    "Actor",
    "ActorLinker",
    "ActorMention",
    "Event",
    "EventDate",
    "EventDeduplicator",
    "EventExtractionPipeline",
    "EventExtractor",
    "EventsToDocuments",
    "Office",
    "Place",
    "TimeExpression",
    "TimelineEntry",
    "TimexTagger",
    "Trigger",
    "__version__",
]
