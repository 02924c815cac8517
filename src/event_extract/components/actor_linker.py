"""Haystack component that links actor mentions to canonical actors."""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

from haystack import Document, component, default_from_dict, default_to_dict, logging

from event_extract.actors import ActorKnowledgeBase, ActorMatcher
from event_extract.components._documents import (
    MENTIONS,
    Annotation,
    annotated,
    annotation_context,
    document_name,
    parse_run_date,
    validate_date_meta_keys,
)
from event_extract.models import ActorMention
from event_extract.reference import DEFAULT_DATE_META_KEYS

logger = logging.getLogger(__name__)


@component
class ActorLinker:
    """
    Links the countries, governments, organisations, office-holders and groups a document names.

    Titles are resolved by the document's reference date ("the German chancellor" on 2025-07-01 is
    Friedrich Merz). Adds ``actors`` to each document's meta: a list of
    :class:`~event_extract.models.ActorMention` as JSON-safe dicts. Runs after
    :class:`~event_extract.TimexTagger` (whose ``reference_date`` it reuses) or on its own.

    ### Usage example

    ```python
    from haystack import Document
    from event_extract import ActorLinker

    linker = ActorLinker()
    doc = Document(content="The Chinese president met Pyongyang's envoy.", meta={"published": "2025-10-07"})
    print([m["actor"]["name"] for m in linker.run(documents=[doc])["documents"][0].meta["actors"]])
    ```
    """

    def __init__(
        self,
        actor_files: list[str] | None = None,
        petrarch_files: list[str] | None = None,
        include_default_actors: bool = True,
        entities_meta_key: str | None = "named_entities",
        date_meta_keys: list[str] | None = None,
        infer_reference_date: bool = True,
        skip_non_english: bool = True,
    ) -> None:
        """
        Create the linker.

        :param actor_files: Extra actor files (JSONL, the package's own schema) that extend or override
            the bundled knowledge.
        :param petrarch_files: PETRARCH/Phoenix actor dictionaries to read as well.
        :param include_default_actors: Whether to load the bundled knowledge base.
        :param entities_meta_key: Meta key holding entities from an upstream NER component
            (dicts or objects with ``start``, ``end`` and ``label``/``entity``); persons and
            organisations we do not know are added from them. ``None`` to ignore.
        :param date_meta_keys: Meta keys with the publication date, used when no upstream
            :class:`TimexTagger` recorded a reference date.
        :param infer_reference_date: Infer a missing reference date from the text.
        :param skip_non_english: Leave documents judged not to be English unannotated (see
            :class:`TimexTagger`); a decision recorded upstream in ``meta["skipped"]`` is reused.
        :raises FileNotFoundError: When a listed file does not exist.
        :raises ActorDataError: When a listed file does not follow its schema (names file and line).
        """
        self.actor_files = [str(path) for path in actor_files or []]
        self.petrarch_files = [str(path) for path in petrarch_files or []]
        for path in (*self.actor_files, *self.petrarch_files):
            if not Path(path).is_file():
                raise FileNotFoundError(f"actor file not found: {path}")
        if not include_default_actors and not (self.actor_files or self.petrarch_files):
            raise ValueError("include_default_actors=False needs at least one actor or PETRARCH file")
        self.include_default_actors = include_default_actors
        self.entities_meta_key = entities_meta_key
        self.date_meta_keys = validate_date_meta_keys(
            DEFAULT_DATE_META_KEYS if date_meta_keys is None else date_meta_keys
        )
        self.infer_reference_date = infer_reference_date
        self.skip_non_english = skip_non_english
        self._matcher: ActorMatcher | None = None
        # User files are read now, so a schema error surfaces at construction, not mid-pipeline.
        self._knowledge_base: ActorKnowledgeBase | None = None
        if self.actor_files or self.petrarch_files:
            with _collector_paused():
                self._knowledge_base = ActorKnowledgeBase.from_files(
                    actor_files=[Path(path) for path in self.actor_files],
                    petrarch_files=[Path(path) for path in self.petrarch_files],
                    include_default=self.include_default_actors,
                )

    def warm_up(self) -> None:
        """Load the knowledge base and compile the matcher once; safe to call more than once."""
        if self._matcher is None:
            with _collector_paused():
                self._matcher = ActorMatcher(self._knowledge_base or ActorKnowledgeBase.load_default())

    @component.output_types(documents=list[Document])
    def run(self, documents: list[Document], reference_date: str | None = None) -> dict[str, Any]:
        """
        Link the actors each document mentions.

        :param documents: Documents to annotate; they are not modified.
        :param reference_date: ISO date for documents whose meta carries none.
        :returns: ``documents``: new Document objects with ``actors`` in meta.
        """
        self.warm_up()
        step = partial(self._annotate, override=parse_run_date(reference_date))
        return {"documents": [annotated(document, step, "actors", MENTIONS)[0] for document in documents]}

    def _annotate(self, annotation: Annotation, override: dt.date | None) -> list[ActorMention]:
        """Link one document's actors: record its reference date, language judgement and mentions (as models).

        The per-document step of :meth:`run`, which the CLI also calls to keep the mentions models
        until its output is written; needs :meth:`warm_up` first.
        """
        assert self._matcher is not None, "ActorLinker._annotate called before warm_up"
        ref_date, text = annotation_context(
            annotation, self.date_meta_keys, override, self.infer_reference_date, self.skip_non_english
        )
        annotation.mentions = self._matcher.link(text, ref_date, self._entities(annotation)) if text else []
        return annotation.mentions

    def _entities(self, annotation: Annotation) -> list[dict[str, Any]] | None:
        if self.entities_meta_key is None:
            return None
        raw = annotation.meta.get(self.entities_meta_key)
        if raw is None:
            return None
        if not isinstance(raw, list):
            raise ValueError(
                f"meta[{self.entities_meta_key!r}] of {document_name(annotation.id)} must be a list of entities"
            )
        return [_entity_dict(entity, annotation.id) for entity in raw]

    def to_dict(self) -> dict[str, Any]:
        """Serialise the component with all its init parameters."""
        return default_to_dict(
            self,
            actor_files=self.actor_files,
            petrarch_files=self.petrarch_files,
            include_default_actors=self.include_default_actors,
            entities_meta_key=self.entities_meta_key,
            date_meta_keys=self.date_meta_keys,
            infer_reference_date=self.infer_reference_date,
            skip_non_english=self.skip_non_english,
        )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ActorLinker:
        """Deserialise the component."""
        return default_from_dict(cls, data)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while the knowledge base and the automaton are built.

    The build creates some 100,000 long-lived objects and no garbage cycles worth collecting; left
    on, the collector rescans the growing structure again and again (a fifth of the build time).
    The collector's previous state is restored, also on error.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _entity_dict(entity: object, doc_id: str) -> dict[str, Any]:
    """Read one NER annotation given as a mapping or as an object with attributes."""
    def field(name: str) -> Any:
        if isinstance(entity, Mapping):
            return entity.get(name)
        return getattr(entity, name, None)

    start, end = field("start"), field("end")
    label = field("label") or field("entity")
    if not isinstance(start, int) or not isinstance(end, int) or not isinstance(label, str):
        raise ValueError(
            f"entity in {document_name(doc_id)} needs integer 'start'/'end' and a 'label' or 'entity': {entity!r}"
        )
    return {"start": start, "end": end, "label": label, "score": field("score")}
