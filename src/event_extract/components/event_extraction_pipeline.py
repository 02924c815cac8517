"""The whole chain, TimexTagger → ActorLinker → EventExtractor, as one Haystack component."""

from __future__ import annotations

from typing import Any

from haystack import Pipeline, default_from_dict, default_to_dict
from haystack.core.super_component import super_component

from event_extract.components.actor_linker import ActorLinker
from event_extract.components.event_extractor import EventExtractor
from event_extract.components.timex_tagger import TimexTagger


@super_component
class EventExtractionPipeline:
    """
    Tags times, links actors and codes events in one component.

    Inputs: ``documents`` and an optional ``reference_date``; outputs: ``documents`` (with
    ``reference_date``, ``timexes``, ``actors`` and ``events`` in meta) and ``events``.

    ### Usage example

    ```python
    from haystack import Document
    from event_extract import EventExtractionPipeline

    extractor = EventExtractionPipeline()
    result = extractor.run(documents=[Document(content="Xi Jinping hosted Vladimir Putin in Beijing.")],
                           reference_date="2025-09-02")
    for event in result["events"]:
        print(event.cameo, event.source.name, "->", event.target.name)
    ```
    """

    def __init__(
        self,
        date_meta_keys: list[str] | None = None,
        infer_reference_date: bool = True,
        skip_non_english: bool = True,
        actor_files: list[str] | None = None,
        petrarch_files: list[str] | None = None,
        include_default_actors: bool = True,
        entities_meta_key: str | None = "named_entities",
        trigger_files: list[str] | None = None,
        ontology_files: list[str] | None = None,
        modalities: list[str] | None = None,
        min_confidence: float = 0.0,
        place_files: list[str] | None = None,
    ) -> None:
        """
        Create the chain; every parameter is passed to the component that owns it.

        See :class:`TimexTagger`, :class:`ActorLinker` and :class:`EventExtractor`.
        """
        tagger = TimexTagger(
            date_meta_keys=date_meta_keys,
            infer_reference_date=infer_reference_date,
            skip_non_english=skip_non_english,
        )
        linker = ActorLinker(
            actor_files=actor_files,
            petrarch_files=petrarch_files,
            include_default_actors=include_default_actors,
            entities_meta_key=entities_meta_key,
            date_meta_keys=date_meta_keys,
            infer_reference_date=infer_reference_date,
            skip_non_english=skip_non_english,
        )
        extractor = EventExtractor(
            trigger_files=trigger_files,
            ontology_files=ontology_files,
            modalities=modalities,
            min_confidence=min_confidence,
            place_files=place_files,
        )
        self._init_parameters: dict[str, Any] = {
            "date_meta_keys": tagger.date_meta_keys,
            "infer_reference_date": infer_reference_date,
            "skip_non_english": skip_non_english,
            "actor_files": linker.actor_files,
            "petrarch_files": linker.petrarch_files,
            "include_default_actors": include_default_actors,
            "entities_meta_key": entities_meta_key,
            "trigger_files": extractor.trigger_files,
            "ontology_files": extractor.ontology_files,
            "modalities": extractor.modalities,
            "min_confidence": min_confidence,
            "place_files": extractor.place_files,
        }
        pipeline = Pipeline()
        pipeline.add_component("time", tagger)
        pipeline.add_component("actors", linker)
        pipeline.add_component("events", extractor)
        pipeline.connect("time.documents", "actors.documents")
        pipeline.connect("actors.documents", "events.documents")
        self.pipeline = pipeline
        self.input_mapping = {
            "documents": ["time.documents"],
            "reference_date": ["time.reference_date"],
        }
        self.output_mapping = {"events.documents": "documents", "events.events": "events"}

    def to_dict(self) -> dict[str, Any]:
        """Serialise the component with all its init parameters."""
        return default_to_dict(self, **self._init_parameters)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EventExtractionPipeline:
        """Deserialise the component."""
        return default_from_dict(cls, data)
