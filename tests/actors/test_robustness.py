"""Bad input gives an empty (or sane) result, never a crash; NER entities add unknown actors."""

from __future__ import annotations

import itertools
from datetime import date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from event_extract.actors import ActorMatcher


def test_empty_and_junk(matcher: ActorMatcher) -> None:
    assert matcher.link("", None) == []
    assert matcher.link("   \n\t ", date(2025, 1, 1)) == []
    assert matcher.link("\x00\x01\ufffd" * 50, None) == []
    assert matcher.link("習近平與普京會面。", date(2025, 1, 1)) == []


def test_long_dense_text(matcher: ActorMatcher) -> None:
    text = "Russian troops met Chinese officials in Beijing. " * 4000
    mentions = matcher.link(text, date(2025, 1, 1))
    assert len(mentions) == 12000
    assert [m.actor.cameo for m in mentions[:3]] == ["RUSMIL", "CHNGOV", "CHNGOV"]


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_random_text_never_crashes(matcher: ActorMatcher, text: str) -> None:
    mentions = matcher.link(text, date(2025, 1, 1))
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Kim",
                "Putin",
                "the",
                "Chinese",
                "president",
                "officials",
                "U.S.",
                ",",
                "and",
                "Mr.",
                "Georgia",
                "Jordan",
                "'s",
                "Kremlin",
                "spokesman",
                "Dmitry",
                "Peskov",
                "NATO",
                "Secretary",
                "General",
                "of",
                "Japan",
                "Prime",
                "Minister",
                "\n",
            ]
        ),
        max_size=40,
    )
)
def test_word_salad_never_crashes(matcher: ActorMatcher, words: list[str]) -> None:
    text = " ".join(words)
    for ref in (None, date(2025, 10, 7)):
        mentions = matcher.link(text, ref)
        assert all(a.end <= b.start for a, b in itertools.pairwise(mentions))


def test_datetime_reference_is_accepted(matcher: ActorMatcher) -> None:
    mentions = matcher.link("The German chancellor spoke.", datetime(2025, 5, 6, 12, 0))
    assert mentions[0].actor.id == "person:friedrich-merz"


def test_entities_add_unknown_people_and_orgs(matcher: ActorMatcher) -> None:
    text = "Jane Roe of Acme Widgets met Russian officials. Roe said Acme Widgets would invest."
    entities = [
        {"start": 0, "end": 8, "text": "Jane Roe", "label": "PERSON"},
        {"start": 12, "end": 24, "label": "ORG"},
        {"start": 39, "end": 46, "label": "NORP"},
        {"start": 48, "end": 51, "label": "PER"},
        {"start": 0, "end": 999, "label": "PERSON"},  # out of range: ignored
        {"bogus": True},
    ]
    mentions = matcher.link(text, date(2025, 1, 1), entities)
    got = [(m.text, m.actor.id, m.via) for m in mentions]
    assert ("Jane Roe", "person:jane-roe", "entity") in got
    assert ("Acme Widgets", "org:acme-widgets", "entity") in got
    assert ("Russian officials", "government:RUS", "demonym_group") in got
    assert ("Roe", "person:jane-roe", "short_form") in got
    assert all(m.confidence < 0.8 for m in mentions if m.via == "entity")


def test_entity_key_and_bio_labels(matcher: ActorMatcher) -> None:
    text = "Talks with Juan Perez-Lopez ended."
    mentions = matcher.link(text, None, [{"start": 11, "end": 27, "entity": "B-PER", "score": 0.9}])
    assert [(m.text, m.actor.kind, m.via) for m in mentions] == [("Juan Perez-Lopez", "person", "entity")]


def test_entities_do_not_override_known_actors(matcher: ActorMatcher) -> None:
    text = "Vladimir Putin spoke."
    mentions = matcher.link(text, date(2025, 1, 1), [{"start": 0, "end": 14, "label": "PERSON"}])
    assert [(m.actor.id, m.via) for m in mentions] == [("person:vladimir-putin", "alias")]
