"""Event coding: the CAMEO/PLOVER ontology, the trigger lexicon, the coder and the timeline merge."""

from event_extract.events.coder import EventCoder
from event_extract.events.ontology import CameoCode, EventDataError, Ontology
from event_extract.events.timeline import merge_events

__all__ = ["CameoCode", "EventCoder", "EventDataError", "Ontology", "merge_events"]
