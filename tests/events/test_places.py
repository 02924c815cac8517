"""Where events happen: the places gazetteer, event locations, and unattributed violence."""

from __future__ import annotations

from pathlib import Path

import pytest

from event_extract.actors import ActorKnowledgeBase
from event_extract.actors.kb import country_group
from event_extract.cli import Extractor, InputRecord
from event_extract.events import EventCoder, EventDataError
from event_extract.events.lexicon import tokenize
from event_extract.events.places import Gazetteer
from event_extract.models import Actor, ActorMention, Event
from tests.events.conftest import REF, mentions_for


def _gazetteer(*lines: str) -> Gazetteer:
    gazetteer = Gazetteer()
    gazetteer._add_lines(lines, "test")
    return gazetteer


def _words(text: str) -> list[str]:
    return [word.lower() for word, _, _ in tokenize(text)]


def test_the_longest_name_at_a_token_wins() -> None:
    gazetteer = _gazetteer(
        '{"name": "Khan", "country": "AFG", "kind": "town"}',
        '{"name": "Khan Younis", "country": "PSE", "kind": "city"}',
    )
    words = _words("shelling in Khan Younis on Monday")
    place, last = gazetteer.match(words, 2) or (None, -1)
    assert place is not None and (place.name, place.country, last) == ("Khan Younis", "PSE", 3)
    assert gazetteer.match(words, 0) is None
    assert len(gazetteer) == 2


def test_other_spellings_name_the_same_place() -> None:
    gazetteer = _gazetteer('{"name": "Khanty-Mansiysk", "names": ["Khanty Mansiysk"], "country": "RUS"}')
    for text in ("Khanty-Mansiysk", "Khanty Mansiysk"):
        found = gazetteer.match(_words(text), 0)
        assert found is not None and found[0].name == "Khanty-Mansiysk"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "not valid JSON"),
        ('{"name": "Basra", "country": "IRQ"}, {"name": "Mosul", "country": "IRQ"}', "not valid JSON"),
        ("[1, 2]", "expected a JSON object"),
        ('{"name": "Basra", "country": "IRQ", "population": 1}', "unknown keys"),
        ('{"name": "", "country": "IRQ"}', "'name'"),
        ('{"name": "Basra", "country": "iq"}', "'country'"),
        ('{"name": "Basra", "country": "IRQ", "kind": "river"}', "'kind'"),
        ('{"name": "Basra", "country": "IRQ", "names": "Basrah"}', "'names'"),
    ],
)
def test_malformed_place_data_is_a_clear_error(line: str, message: str) -> None:
    with pytest.raises(EventDataError, match=message):
        _gazetteer(line)


def test_a_user_file_extends_and_overrides_the_packaged_places(tmp_path: Path) -> None:
    extra = tmp_path / "places.jsonl"
    extra.write_text('{"name": "Samarra", "country": "SYR"}\n{"name": "Zubaydah", "country": "IRQ"}\n', "utf-8")
    gazetteer = Gazetteer.load([extra])
    samarra = gazetteer.match(["samarra"], 0)
    assert samarra is not None and samarra[0].country == "SYR"
    assert gazetteer.match(["zubaydah"], 0) is not None
    with pytest.raises(EventDataError, match="cannot read"):
        Gazetteer.load([tmp_path / "missing.jsonl"])


def test_the_packaged_gazetteer_knows_conflict_towns_and_leaves_out_capitals() -> None:
    gazetteer = Gazetteer.load()
    for name, country in (("Samarra", "IRQ"), ("Aleppo", "SYR"), ("Kandahar", "AFG"), ("Jenin", "PSE")):
        found = gazetteer.match(_words(name), 0)
        assert found is not None and found[0].country == country, name
    assert gazetteer.match(["baghdad"], 0) is None  # capitals are actors, linked upstream


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(None)


def _events(extractor: Extractor, text: str) -> list[Event]:
    return extractor.process([InputRecord(id="t", text=text, published="2005-06-01")])[0].events


def _row(event: Event) -> tuple[str | None, str | None, str, str | None, str | None]:
    place = event.location
    return (
        event.source.cameo if event.source else None,
        event.target.cameo if event.target else None,
        event.cameo,
        place.name if place else None,
        place.country if place else None,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a gazetteer town after "near the town of"; nobody named: the place's unidentified forces
            "A roadside bombing near the town of Samarra on Sunday killed one U.S. soldier.",
            ("IRQUAF", "USAMIL", "1833", "Samarra", "IRQ"),
        ),
        (  # a place a demonym names, not the demonym itself
            "Three US servicemen were killed by an improvised explosive device outside the Iraqi city of Basra.",
            ("IRQUAF", "USAMIL", "1833", "Basra", "IRQ"),
        ),
        (  # a capital behind modifiers, introduced by "of"
            "A journalist was killed in a car bomb explosion in a district of mostly Christian eastern Beirut.",
            ("LBNUAF", None, "1832", "Beirut", "LBN"),
        ),
        (  # unnamed protesters are the civilians of the place
            "Hundreds of thousands of people blocked streets in Hong Kong in defiance of Chinese authorities.",
            ("HKGCVL", "CHNGOV", "144", "Hong Kong", "HKG"),
        ),
        (  # an ethnic minority acts as civilians of the country it lives in
            "Up to 100 ethnic Albanians demonstrated on Tuesday in Serbia.",
            ("SRBCVL", "SRB", "141", "Serbia", "SRB"),
        ),
        (  # a named attacker keeps the source; the place is only where
            "Syrian forces bombed rebel positions in Aleppo.",
            ("SYRMIL", "SYRREB", "195", "Aleppo", "SYR"),
        ),
    ],
)
def test_event_locations_and_unnamed_sources(extractor: Extractor, text: str, expected: tuple) -> None:
    assert expected in {_row(event) for event in _events(extractor, text)}


def test_a_meeting_in_a_third_country_city_is_coded_as_one(extractor: Extractor) -> None:
    rows = {_row(event) for event in _events(extractor, "U.S. and Russian negotiators met in Geneva this week.")}
    assert ("USAGOV", "RUSGOV", "044", "Geneva", "CHE") in rows
    home = {_row(event) for event in _events(extractor, "Putin and Erdogan met in Sochi on Tuesday.")}
    assert ("RUSGOV", "TURGOV", "040", "Sochi", "RUS") in home


def test_no_place_no_unidentified_source(extractor: Extractor) -> None:
    """Without a place there is no country to attribute the attack to; a place after the clause
    ends is not where the event was."""
    for text in (
        "A roadside bomb killed three US soldiers on Sunday.",
        "A roadside bomb killed three US soldiers; talks later resumed in Aleppo.",
    ):
        events = _events(extractor, text)
        assert events and all(event.source is None for event in events), text


def test_a_place_name_inside_a_longer_name_or_word_is_no_place(extractor: Extractor) -> None:
    for text in (
        "A bomb killed two US soldiers outside the house of Pedro Lagos.",
        "A bomb killed two US soldiers outside Mount Sinai Hospital.",
    ):
        events = _events(extractor, text)
        assert events and all(event.location is None for event in events), text


def test_a_place_name_must_be_a_whole_word() -> None:
    """The coder's tokens stop at accented letters; "Jos" of "José" is not the Nigerian city."""
    coder = EventCoder(gazetteer=_gazetteer('{"name": "Jos", "country": "NGA"}'))
    for text, where in (("Russia bombed a depot near Jos.", "Jos"), ("Russia bombed a depot near José Marti.", None)):
        events = coder.code(text, [], mentions_for(text, ["Russia"]), REF)
        assert events and {e.location.name if e.location else None for e in events} == {where}, text


def test_a_meeting_at_home_stays_040_when_the_actor_is_coded_by_another_country() -> None:
    """A Soviet minister (country SUN, CAMEO RUS) meeting in Moscow is at home, not in a third country."""
    text = "Shevardnadze met Shultz in Moscow."
    soviet = Actor(id="person:eduard-shevardnadze", name="Eduard Shevardnadze", kind="person", country="SUN",
                   sector="GOV", cameo="RUSGOV")
    american = Actor(id="person:george-shultz", name="George Shultz", kind="person", country="USA", sector="GOV",
                     cameo="USAGOV")
    moscow = Actor(id="government:RUS", name="Government of Russia", kind="government", country="RUS",
                   sector="GOV", cameo="RUSGOV")
    mentions = [
        ActorMention(start=0, end=12, text="Shevardnadze", actor=soviet, confidence=0.9, via="alias"),
        ActorMention(start=17, end=23, text="Shultz", actor=american, confidence=0.9, via="alias"),
        ActorMention(start=27, end=33, text="Moscow", actor=moscow, confidence=0.9, via="capital"),
    ]
    events = EventCoder().code(text, [], mentions, REF)
    assert events and {e.cameo for e in events} == {"040"}
    assert all(e.location is not None and e.location.country == "RUS" for e in events)


def test_inferred_actors_are_the_linkers_own(extractor: Extractor) -> None:
    """Civilians and unnamed forces the coder infers from a place carry the same id, name and
    code as the linker gives the same group, so one group never appears under two ids."""
    kb = ActorKnowledgeBase.load_default()
    sources = {
        event.source
        for text in (
            "A roadside bombing near the town of Samarra on Sunday killed one U.S. soldier.",
            "Hundreds of thousands of people blocked streets in Hong Kong in defiance of Chinese authorities.",
        )
        for event in _events(extractor, text)
    }
    assert kb.group_actor("IRQ", "UAF") in sources
    assert kb.group_actor("HKG", "CVL") in sources
    assert kb.group_actor("IRQ", "UAF").name == "Iraq unidentified armed forces"


def test_a_country_the_package_does_not_know_keeps_its_code() -> None:
    actor = country_group("ZZZ", "REB")
    assert (actor.id, actor.name, actor.cameo, actor.country) == ("group:ZZZREB", "ZZZ rebels", "ZZZREB", "ZZZ")
    assert country_group("ZZZ", "GOV").id == "government:ZZZ"
