"""Haystack components that read news and produce dated, coded diplomatic events.

The Haystack components are imported lazily, so the plain cores (``event_extract.temporal``,
``event_extract.actors``, ``event_extract.events``, ``event_extract.models``) can be used without
paying for Haystack's import.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from event_extract.__about__ import __version__
from event_extract.models import (
    Actor,
    ActorMention,
    DocumentRecord,
    Event,
    EventDate,
    Office,
    Place,
    TimeExpression,
    TimelineEntry,
    Trigger,
)

if TYPE_CHECKING:
    from event_extract.components import (
        ActorLinker,
        EventDeduplicator,
        EventExtractionPipeline,
        EventExtractor,
        EventsToDocuments,
        TimexTagger,
    )

_COMPONENTS = frozenset(
    {
        "ActorLinker",
        "EventDeduplicator",
        "EventExtractionPipeline",
        "EventExtractor",
        "EventsToDocuments",
        "TimexTagger",
    }
)


def __getattr__(name: str) -> Any:
    if name in _COMPONENTS:
        return getattr(import_module("event_extract.components"), name)
    raise AttributeError(f"module 'event_extract' has no attribute {name!r}")


__all__ = [
    "Actor",
    "ActorLinker",
    "ActorMention",
    "DocumentRecord",
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
