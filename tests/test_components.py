"""The Haystack components: annotations, immutability, bad input and serialization."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from haystack import Document, Pipeline
from haystack.core.errors import DeserializationError
from haystack.dataclasses import ByteStream, SparseEmbedding
from haystack.document_stores.in_memory import InMemoryDocumentStore

from event_extract import (
    ActorLinker,
    Event,
    EventDeduplicator,
    EventExtractionPipeline,
    EventExtractor,
    EventsToDocuments,
    TimexTagger,
)
from event_extract.actors import ActorKnowledgeBase, ActorMatcher
from event_extract.components._documents import EVENTS, MENTIONS, TIMEXES, Annotation, dump
from event_extract.events import EventDataError
from event_extract.models import EVENT_COLUMNS, ActorMention, TimeExpression, flatten_event
from event_extract.reference import ReferenceDateError, parse_date

ARTICLE = (
    "North Korean leader Kim Jong-un sent Vladimir Putin a congratulatory letter on Tuesday. "
    "Last month, Putin and Kim met in Beijing."
)


def _chain(documents: list[Document], reference_date: str | None = None) -> dict[str, object]:
    tagged = TimexTagger().run(documents=documents, reference_date=reference_date)["documents"]
    linked = ActorLinker().run(documents=tagged)["documents"]
    return EventExtractor().run(documents=linked)


def test_chain_adds_json_safe_meta_and_returns_events() -> None:
    result = _chain([Document(id="d1", content=ARTICLE, meta={"published": "2025-10-07"})])
    (doc,) = result["documents"]  # type: ignore[misc]
    assert doc.meta["reference_date"] == "2025-10-07"
    assert doc.meta["reference_date_source"] == "meta"
    assert {"Last month", "Tuesday"} <= {t["text"] for t in doc.meta["timexes"]}
    assert {"PRK", "RUS"} <= {m["actor"]["country"] for m in doc.meta["actors"]}
    events = result["events"]
    assert events and all(isinstance(event, Event) for event in events)  # type: ignore[attr-defined]
    assert doc.meta["events"] == [event.model_dump(mode="json") for event in events]  # type: ignore[attr-defined]
    assert all(event.doc_id == "d1" for event in events)  # type: ignore[attr-defined]


def test_inputs_are_never_mutated() -> None:
    original = Document(id="d1", content=ARTICLE, meta={"published": "2025-10-07", "keep": [1, 2]})
    snapshot = copy.deepcopy(original)
    tagged = TimexTagger().run(documents=[original])["documents"]
    linked = ActorLinker().run(documents=tagged)["documents"]
    tagged_snapshot = copy.deepcopy(tagged)
    EventExtractor().run(documents=linked)
    assert original == snapshot
    assert tagged == tagged_snapshot
    assert linked[0] is not tagged[0] is not original


@pytest.mark.parametrize("content", [None, "", "   "])
def test_empty_content_passes_through_with_empty_annotations(content: str | None) -> None:
    result = _chain([Document(id="e", content=content)], reference_date="2025-10-07")
    (doc,) = result["documents"]  # type: ignore[misc]
    assert doc.content == content
    assert doc.meta["timexes"] == [] and doc.meta["actors"] == [] and doc.meta["events"] == []
    assert result["events"] == []


def test_binary_junk_does_not_crash() -> None:
    junk = bytes(range(256)).decode("latin-1") * 50
    result = _chain([Document(content=junk)], reference_date="2025-10-07")
    assert len(result["documents"]) == 1  # type: ignore[arg-type]


def test_non_string_meta_date_is_a_clear_error_naming_the_document() -> None:
    with pytest.raises(ReferenceDateError, match="bad-doc"):
        TimexTagger().run(documents=[Document(id="bad-doc", content="x", meta={"published": 20251007})])


def test_run_time_reference_date_is_validated() -> None:
    with pytest.raises(ReferenceDateError, match="reference_date"):
        TimexTagger().run(documents=[Document(content="x")], reference_date="not a date")


def test_event_extractor_requires_upstream_annotations() -> None:
    with pytest.raises(ValueError, match="TimexTagger and ActorLinker"):
        EventExtractor().run(documents=[Document(content=ARTICLE)])


@pytest.mark.parametrize(
    ("factory", "error"),
    [
        (lambda: TimexTagger(date_meta_keys=[]), ValueError),
        (lambda: ActorLinker(actor_files=["/nonexistent/actors.jsonl"]), FileNotFoundError),
        (lambda: ActorLinker(include_default_actors=False), ValueError),
        (lambda: EventExtractor(modalities=["certain"]), ValueError),
        (lambda: EventExtractor(min_confidence=1.5), ValueError),
        (lambda: EventExtractor(trigger_files=["/nonexistent/triggers.jsonl"]), FileNotFoundError),
    ],
)
def test_bad_configuration_fails_at_construction(factory: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        factory()  # type: ignore[operator]


@pytest.mark.parametrize(
    "component",
    [
        TimexTagger(date_meta_keys=["pubdate"], infer_reference_date=False, skip_non_english=False),
        ActorLinker(entities_meta_key=None, date_meta_keys=["pubdate"], infer_reference_date=False),
        EventExtractor(modalities=["asserted", "negated"], min_confidence=0.25),
        EventsToDocuments(),
        EventDeduplicator(),
        EventExtractionPipeline(date_meta_keys=["pubdate"], min_confidence=0.1, modalities=["asserted"]),
    ],
    ids=lambda component: type(component).__name__,
)
def test_to_dict_from_dict_round_trip(component: object) -> None:
    data = component.to_dict()  # type: ignore[attr-defined]
    restored = type(component).from_dict(copy.deepcopy(data))  # type: ignore[attr-defined]
    assert restored.to_dict() == data
    assert data["type"].startswith("event_extract.")


def _full_pipeline() -> Pipeline:
    pipe = Pipeline()
    pipe.add_component("time", TimexTagger(date_meta_keys=["published", "pubdate"]))
    pipe.add_component("actors", ActorLinker(entities_meta_key="entities"))
    pipe.add_component("events", EventExtractor(min_confidence=0.1))
    pipe.add_component("to_documents", EventsToDocuments())
    pipe.add_component("timeline", EventDeduplicator())
    pipe.connect("time.documents", "actors.documents")
    pipe.connect("actors.documents", "events.documents")
    pipe.connect("events.events", "to_documents.events")
    pipe.connect("events.events", "timeline.events")
    return pipe


def test_pipeline_dumps_and_loads_with_allowed_modules() -> None:
    pipe = _full_pipeline()
    yaml_text = pipe.dumps()
    restored = Pipeline.loads(yaml_text, allowed_modules=["event_extract"])
    original, reloaded = pipe.to_dict(), restored.to_dict()
    assert reloaded["components"] == original["components"]
    connections = {(c["sender"], c["receiver"]) for c in original["connections"]}
    assert {(c["sender"], c["receiver"]) for c in reloaded["connections"]} == connections
    doc = Document(content=ARTICLE, meta={"pubdate": "2025-10-07"})
    first = pipe.run({"time": {"documents": [doc]}})
    second = restored.run({"time": {"documents": [doc]}})
    assert first["timeline"]["timeline"] == second["timeline"]["timeline"]
    assert first["timeline"]["timeline"]


def test_pipeline_loads_refuses_our_module_unless_allowed() -> None:
    with pytest.raises(DeserializationError, match="event_extract"):
        Pipeline.loads(_full_pipeline().dumps())


def test_super_component_round_trips_inside_a_pipeline() -> None:
    pipe = Pipeline()
    pipe.add_component("extract", EventExtractionPipeline(min_confidence=0.0))
    restored = Pipeline.loads(pipe.dumps(), allowed_modules=["event_extract"])
    result = restored.run({"extract": {"documents": [Document(content=ARTICLE)], "reference_date": "2025-10-07"}})
    events = result["extract"]["events"]
    assert any(event.cameo.startswith("04") for event in events)
    assert result["extract"]["documents"][0].meta["reference_date"] == "2025-10-07"


def test_events_to_documents_gives_flat_filterable_meta() -> None:
    result = _chain([Document(id="d1", content=ARTICLE, meta={"published": "2025-10-07"})])
    docs = EventsToDocuments().run(events=result["events"], documents=result["documents"])["documents"]  # type: ignore[arg-type]
    assert len(docs) == len(result["events"])  # type: ignore[arg-type]
    for doc in docs:
        assert tuple(doc.meta) == EVENT_COLUMNS
        assert all(isinstance(value, str | int | float | bool | type(None)) for value in doc.meta.values())
        assert doc.content and doc.content in ARTICLE
    store = InMemoryDocumentStore()
    store.write_documents(docs)
    found = store.filter_documents(
        {
            "operator": "AND",
            "conditions": [
                {"field": "meta.source_country", "operator": "==", "value": "PRK"},
                {"field": "meta.event_root", "operator": "==", "value": "05"},
            ],
        }
    )
    assert found and all(doc.meta["target_country"] == "RUS" for doc in found)


def test_flatten_event_keys_match_the_published_columns() -> None:
    result = _chain([Document(content=ARTICLE)], reference_date="2025-10-07")
    for event in result["events"]:  # type: ignore[attr-defined]
        assert tuple(flatten_event(event)) == EVENT_COLUMNS


RUSSIAN = (
    "Президент России Владимир Путин встретился в Пекине с лидером КНДР Ким Чен Ыном. "
    "Стороны обсудили двустороннее сотрудничество и подписали соглашение."
)


def test_non_english_documents_are_skipped_with_a_reason() -> None:
    result = _chain([Document(id="ru", content=RUSSIAN)], reference_date="2025-09-03")
    (doc,) = result["documents"]  # type: ignore[misc]
    assert "non-English" in doc.meta["skipped"]
    assert doc.meta["language"] == "ru"
    assert doc.meta["timexes"] == doc.meta["actors"] == doc.meta["events"] == []


def test_language_check_can_be_switched_off() -> None:
    tagged = TimexTagger(skip_non_english=False).run(documents=[Document(content=RUSSIAN + " 2025")])
    assert "skipped" not in tagged["documents"][0].meta


def test_actor_linker_alone_skips_non_english() -> None:
    (doc,) = ActorLinker().run(documents=[Document(content=RUSSIAN)])["documents"]
    assert doc.meta["actors"] == [] and "skipped" in doc.meta


def test_language_is_judged_once_and_recorded() -> None:
    (tagged,) = TimexTagger().run(documents=[Document(content=ARTICLE)])["documents"]
    assert tagged.meta["language"] == "en"
    assert "skipped" not in tagged.meta


def test_upstream_language_meta_is_honoured() -> None:
    german = Document(content=ARTICLE, meta={"language": "de"})
    (doc,) = TimexTagger().run(documents=[german])["documents"]
    assert doc.meta["timexes"] == [] and "'de'" in doc.meta["skipped"]
    english = Document(content=RUSSIAN, meta={"language": "en"})
    (doc,) = ActorLinker().run(documents=[english])["documents"]
    assert "skipped" not in doc.meta


@pytest.mark.filterwarnings("ignore:Mutating attribute 'id'")  # the subclass's own __post_init__
def test_annotated_copies_keep_every_document_field_and_subclass() -> None:
    original = Document(
        id="d1",
        content=ARTICLE,
        blob=ByteStream(data=b"raw"),
        meta={"published": "2025-10-07"},
        score=0.5,
        embedding=[0.1, 0.2],
        sparse_embedding=SparseEmbedding(indices=[1], values=[0.3]),
    )
    (linked,) = ActorLinker().run(documents=[original])["documents"]
    assert type(linked) is Document
    assert (linked.id, linked.content, linked.blob, linked.score) == ("d1", ARTICLE, original.blob, 0.5)
    assert (linked.embedding, linked.sparse_embedding) == (original.embedding, original.sparse_embedding)
    assert linked.meta["published"] == "2025-10-07" and linked.meta["actors"]

    @dataclass
    class TaggedDocument(Document):
        source: str = field(default="wire")

    (tagged,) = TimexTagger().run(documents=[TaggedDocument(id="d2", content=ARTICLE, source="feed")])["documents"]
    assert isinstance(tagged, TaggedDocument) and tagged.source == "feed" and "timexes" in tagged.meta


def test_linked_mentions_are_the_models_json_dumps() -> None:
    (doc,) = ActorLinker().run(documents=[Document(content=ARTICLE, meta={"published": "2025-10-07"})])["documents"]
    mentions = ActorMatcher(ActorKnowledgeBase.load_default()).link(ARTICLE, parse_date("2025-10-07", what="date"))
    assert doc.meta["actors"] == [mention.model_dump(mode="json") for mention in mentions]


def test_per_document_steps_give_what_run_gives() -> None:
    """The steps the CLI chains on one Annotation (models passed along) match the components' run."""
    tagger, linker, extractor = TimexTagger(), ActorLinker(), EventExtractor()
    for part in (tagger, linker, extractor):
        part.warm_up()
    documents = [
        Document(id="dated", content=ARTICLE, meta={"published": "2025-10-07"}),
        Document(id="argument", content=ARTICLE),
        Document(id="ru", content=RUSSIAN),
        Document(id="empty", content=None),
    ]
    override = parse_date("2025-09-03", what="test")
    tagged = tagger.run(documents=documents, reference_date="2025-09-03")["documents"]
    chained = extractor.run(documents=linker.run(documents=tagged)["documents"])["documents"]
    for document, expected in zip(documents, chained, strict=True):
        annotation = Annotation.of(document)
        tagger._annotate(annotation, override)
        linker._annotate(annotation, None)
        events = extractor._annotate(annotation)
        assert all(isinstance(timex, TimeExpression) for timex in annotation.timexes or [])
        assert all(isinstance(mention, ActorMention) for mention in annotation.mentions or [])
        meta = {
            **annotation.meta,
            "timexes": dump(TIMEXES, annotation.timexes),
            "actors": dump(MENTIONS, annotation.mentions),
            "events": dump(EVENTS, events),
        }
        assert meta == expected.meta
    assert chained[0].meta["events"] and chained[1].meta["reference_date_source"] == "argument"


def test_user_place_files_locate_events_and_round_trip(tmp_path: Path) -> None:
    places = tmp_path / "places.jsonl"
    places.write_text('{"name": "Zubaydah", "country": "IRQ", "kind": "town"}\n', "utf-8")
    pipeline: Any = EventExtractionPipeline(place_files=[str(places)])
    assert EventExtractionPipeline.from_dict(copy.deepcopy(pipeline.to_dict())).to_dict() == pipeline.to_dict()
    extractor = EventExtractor(place_files=[str(places)])
    assert EventExtractor.from_dict(extractor.to_dict()).place_files == [str(places)]
    pipeline.warm_up()
    text = "A roadside bomb near Zubaydah killed three US soldiers."
    document = Document(content=text, meta={"published": "2005-06-01"})
    events = pipeline.run(documents=[document])["events"]
    assert events and {(e.location.name, e.location.country) for e in events if e.location} == {("Zubaydah", "IRQ")}
    assert {e.source.cameo for e in events if e.source} == {"IRQUAF"}


def test_bad_place_files_fail_at_construction(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        EventExtractor(place_files=[str(tmp_path / "missing.jsonl")])
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"name": "Zubaydah", "country": "iraq"}\n', "utf-8")
    with pytest.raises(EventDataError, match="country"):
        EventExtractor(place_files=[str(broken)])
