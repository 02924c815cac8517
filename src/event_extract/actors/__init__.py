"""Actor knowledge base and linker: text spans -> canonical actors with CAMEO codes.

``ActorKnowledgeBase.load_default()`` reads the package data (countries via ``pycountry``,
international organisations, state media, people with dated offices, titles, role nouns);
``ActorMatcher(kb).link(text, reference_date)`` returns :class:`event_extract.models.ActorMention`
objects in text order.
"""

from event_extract.actors.kb import ActorDataError, ActorKnowledgeBase
from event_extract.actors.matcher import ActorMatcher

__all__ = ["ActorDataError", "ActorKnowledgeBase", "ActorMatcher"]
