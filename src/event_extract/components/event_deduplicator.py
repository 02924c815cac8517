"""Haystack component that merges reports of the same event from several documents into a timeline."""

from __future__ import annotations

from typing import Any

from haystack import component, default_from_dict, default_to_dict

from event_extract.events import merge_events
from event_extract.models import Event, TimelineEntry


@component
class EventDeduplicator:
    """
    Merges events that report the same happening (same CAMEO root, same actors, overlapping dates).

    ### Usage example

    ```python
    from event_extract import EventDeduplicator

    timeline = EventDeduplicator().run(events=events)["timeline"]
    for entry in timeline:
        print(entry.date.value, entry.label, entry.doc_ids)
    ```
    """

    @component.output_types(timeline=list[TimelineEntry])
    def run(self, events: list[Event]) -> dict[str, Any]:
        """
        Merge the events.

        :param events: Events from one or many documents.
        :returns: ``timeline``: merged entries ordered by date.
        """
        return {"timeline": merge_events(events)}

    def to_dict(self) -> dict[str, Any]:
        """Serialise the component (it has no parameters)."""
        return default_to_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EventDeduplicator:
        """Deserialise the component."""
        return default_from_dict(cls, data)
