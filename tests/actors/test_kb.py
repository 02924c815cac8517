"""The knowledge base: package data loads and validates, user files layer on top, schema errors
name the file and line, offices resolve by date."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pycountry
import pytest

from event_extract.actors import ActorDataError, ActorKnowledgeBase, ActorMatcher

from .conftest import HERE

FIXTURE = HERE / "fixture_people.jsonl"
DUPLICATE = HERE / "fixture_people_dup.jsonl"

# The two UN observer states, by ISO 3166-1 alpha-3.
UN_OBSERVERS = {"VAT", "PSE"}
REQUIRED_ORGS = [
    "org:un",
    "org:un-security-council",
    "org:un-general-assembly",
    "org:nato",
    "org:eu",
    "org:european-commission",
    "org:european-council",
    "org:council-of-the-eu",
    "org:european-parliament",
    "org:asean",
    "org:african-union",
    "org:opec",
    "org:iaea",
    "org:who",
    "org:wto",
    "org:imf",
    "org:world-bank",
    "org:g7",
    "org:g20",
    "org:brics",
    "org:sco",
    "org:csto",
    "org:arab-league",
    "org:osce",
    "org:gcc",
    "org:oas",
    "org:cis",
    "org:oic",
    "org:apec",
    "org:ecowas",
    "org:icc",
    "org:icj",
    "org:unhcr",
    "org:unicef",
    "org:wfp",
    "org:council-of-europe",
    "org:unesco",
    "org:interpol",
]


def test_default_kb_has_countries_orgs_people(default_kb: ActorKnowledgeBase) -> None:
    for iso in (
        "PRK",
        "KOR",
        "USA",
        "GBR",
        "DEU",
        "RUS",
        "CHN",
        "XKX",
        "TWN",
        "PSE",
        "HKG",
        "ESH",
        *UN_OBSERVERS,
    ):
        assert default_kb.has_country(iso), iso
    assert len(default_kb.countries) >= 249
    for org_id in REQUIRED_ORGS:
        assert org_id in default_kb.orgs, org_id
        assert default_kb.orgs[org_id].cameo, org_id
    assert "person:kim-jong-un" in default_kb.people
    assert default_kb.as_of["countries.jsonl"] == "2025-11-01"


def test_every_igo_office_points_to_a_known_organisation(default_kb: ActorKnowledgeBase) -> None:
    for person in default_kb.people.values():
        for office in person.offices:
            if office.organisation is not None:
                assert office.organisation in default_kb.orgs, (person.id, office.organisation)
            else:
                assert default_kb.has_country(office.country or ""), (person.id, office.country)


def test_country_names_come_from_pycountry(default_kb: ActorKnowledgeBase) -> None:
    matcher = ActorMatcher(default_kb)
    # Official names are not retyped in the data file: they come from pycountry.
    official = pycountry.countries.get(alpha_3="BOL").official_name
    mentions = matcher.link(f"The {official} signed.", None)
    assert [m.actor.id for m in mentions] == ["state:BOL"]
    assert default_kb.state_actor("DEU").name == "Germany"
    assert default_kb.state_actor("XKX").cameo == "KSV"  # CAMEO differs from ISO for Kosovo


def test_actor_ids_and_codes(default_kb: ActorKnowledgeBase) -> None:
    assert default_kb.government_actor("PRK").model_dump() == {
        "id": "government:PRK",
        "name": "Government of North Korea",
        "kind": "government",
        "country": "PRK",
        "sector": "GOV",
        "cameo": "PRKGOV",
        "office": None,
    }
    mil = default_kb.group_actor("RUS", "MIL")
    assert (mil.id, mil.kind, mil.cameo, mil.sector) == ("group:RUSMIL", "group", "RUSMIL", "MIL")
    un = default_kb.org_actor("org:un")
    assert (un.kind, un.cameo) == ("organisation", "IGOUNO")


def test_handover_day_goes_to_the_successor(tmp_path: Path) -> None:
    path = tmp_path / "p.jsonl"
    path.write_text(
        '{"id": "old-pm", "name": "Old Pm", "country": "FRA", "offices": [{"role": "head_of_government", '
        '"country": "FRA", "start": "2040-01-01", "end": "2041-01-01"}]}\n'
        '{"id": "new-pm", "name": "New Pm", "country": "FRA", "offices": [{"role": "head_of_government", '
        '"country": "FRA", "start": "2041-01-01", "end": null}]}\n'
    )
    kb = ActorKnowledgeBase.from_files(actor_files=[path], include_default=False)
    assert kb.office_holder("FRA", "head_of_government", date(2040, 12, 31))[0] == "person:old-pm"  # type: ignore[index]
    assert kb.office_holder("FRA", "head_of_government", date(2041, 1, 1))[0] == "person:new-pm"  # type: ignore[index]


def test_office_holder_by_date(default_kb: ActorKnowledgeBase) -> None:
    assert default_kb.office_holder("DEU", "head_of_government", date(2025, 5, 5))[0] == "person:olaf-scholz"  # type: ignore[index]
    assert default_kb.office_holder("DEU", "head_of_government", date(2025, 5, 6))[0] == "person:friedrich-merz"  # type: ignore[index]
    assert default_kb.office_holder("DEU", "head_of_government", date(1800, 1, 1)) is None


def test_from_files_user_people_and_dates() -> None:
    kb = ActorKnowledgeBase.from_files(actor_files=[FIXTURE], include_default=False)
    assert set(kb.people) == {"person:ada-example", "person:bo-sample", "person:cy-acting"}
    assert kb.office_holder("FRA", "foreign_minister", date(2030, 6, 1))[0] == "person:ada-example"  # type: ignore[index]
    assert kb.office_holder("FRA", "foreign_minister", date(2031, 7, 1)) is None
    # The recorded end day still counts when nobody else holds the office (inclusive sources).
    assert kb.office_holder("FRA", "foreign_minister", date(2031, 6, 30))[0] == "person:ada-example"  # type: ignore[index]
    # A substantive holder wins over an acting one on the same date.
    assert kb.office_holder("FRA", "head_of_government", date(2031, 7, 15))[0] == "person:ada-example"  # type: ignore[index]
    assert kb.office_holder("org:nato", "secretary_general", date(2030, 10, 1))[0] == "person:bo-sample"  # type: ignore[index]
    matcher = ActorMatcher(kb)
    mentions = matcher.link("The French foreign minister met the NATO secretary general.", date(2030, 11, 1))
    assert [(m.text, m.actor.id, m.via) for m in mentions] == [
        ("French foreign minister", "person:ada-example", "title"),
        ("NATO secretary general", "person:bo-sample", "title"),
    ]
    assert mentions[1].actor.cameo == "IGOWSTNAT"
    assert mentions[1].actor.office is not None and mentions[1].actor.office.organisation == "org:nato"


def test_from_files_with_default_data_adds_people(default_kb: ActorKnowledgeBase) -> None:
    kb = ActorKnowledgeBase.from_files(actor_files=[FIXTURE])
    assert "person:ada-example" in kb.people
    assert len(kb.people) == len(default_kb.people) + 3


def test_duplicate_ids_merge_offices(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level("INFO"):
        kb = ActorKnowledgeBase.from_files(actor_files=[FIXTURE, DUPLICATE], include_default=False)
    person = kb.people["person:ada-example"]
    assert {o.role for o in person.offices} == {"foreign_minister", "head_of_government", "defence_minister"}
    assert "A. Example" in person.aliases
    assert "merging" in caplog.text


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "invalid JSON"),
        ('{"id": "Bad Id", "name": "X", "country": "FRA", "offices": []}', "'id'"),
        ('{"id": "x", "country": "FRA", "offices": []}', "'name'"),
        ('{"id": "x", "name": "X", "country": "France", "offices": []}', "'country'"),
        (
            '{"id": "x", "name": "X", "country": "FRA", "offices": [{"role": "king", "country": "FRA"}]}',
            "role",
        ),
        ('{"id": "x", "name": "X", "country": "FRA", "offices": [{"role": "head_of_state"}]}', "exactly one"),
        (
            '{"id": "x", "name": "X", "country": "FRA", "offices": [{"role": "head_of_state", '
            '"country": "FRA", "start": "2020-13-01"}]}',
            "bad date",
        ),
        (
            '{"id": "x", "name": "X", "country": "FRA", "offices": [{"role": "head_of_state", '
            '"country": "FRA", "start": "2020-01-01", "end": "2019-01-01"}]}',
            "ends before",
        ),
        (
            '{"id": "x", "name": "X", "country": "FRA", "offices": [{"role": "president", "organisation": "nato"}]}',
            "org id",
        ),
        ('{"id": "x", "name": "X", "country": "FRA", "offices": [], "aliases": "X"}', "aliases"),
        ('{"id": "x", "name": "X", "country": "FRA", "offices": [], "colour": "red"}', "unknown keys"),
    ],
)
def test_schema_errors_name_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "people.jsonl"
    path.write_text('{"id": "ok", "name": "Ok", "country": "FRA", "offices": []}\n\n' + line + "\n")
    with pytest.raises(ActorDataError) as err:
        ActorKnowledgeBase.from_files(actor_files=[path], include_default=False)
    assert f"{path}:3" in str(err.value)
    assert message in str(err.value)
    assert isinstance(err.value, ValueError)


def test_user_file_with_organisations_and_people(tmp_path: Path) -> None:
    path = tmp_path / "mine.jsonl"
    path.write_text(
        '{"as_of": "2030-01-01", "schema": "people/1"}\n'
        '{"id": "org:freedonia-league", "name": "Freedonia League", "abbr": ["FDL"], "cameo": "IGOFDL", '
        '"head_role": "secretary_general"}\n'
        '{"id": "rufus-firefly", "name": "Rufus Firefly", "short_names": ["Firefly"], "country": "FRA", '
        '"offices": [{"role": "secretary_general", "organisation": "org:freedonia-league", "start": "2030"}]}\n'
    )
    kb = ActorKnowledgeBase.from_files(actor_files=[path], include_default=False)
    mentions = ActorMatcher(kb).link("The FDL secretary general met the FDL.", date(2031, 1, 1))
    assert [(m.text, m.actor.id, m.actor.cameo) for m in mentions] == [
        ("FDL secretary general", "person:rufus-firefly", "IGOFDL"),
        ("FDL", "org:freedonia-league", "IGOFDL"),
    ]
    assert kb.as_of[str(path)] == "2030-01-01"


def test_partial_dates_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "p.jsonl"
    path.write_text(
        '{"id": "y", "name": "Yan Year", "country": "FRA", "offices": [{"role": "head_of_state", '
        '"country": "FRA", "start": "2040", "end": "2041-06"}]}\n'
    )
    kb = ActorKnowledgeBase.from_files(actor_files=[path], include_default=False)
    assert kb.office_holder("FRA", "head_of_state", date(2040, 1, 1)) is not None
    assert kb.office_holder("FRA", "head_of_state", date(2041, 6, 2)) is None


def test_common_short_names_cover_words_and_given_names(default_kb: ActorKnowledgeBase) -> None:
    common = default_kb.common_short_names()
    assert {"friday", "young", "may", "khan"} <= common  # listed in standalone.json
    assert "michel" in common  # Charles Michel's surname is Michel Barnier's given name
    assert "putin" not in common and "abbas" not in common  # distinctive (standalone list wins)
