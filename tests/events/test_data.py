"""Ontology lookups, the lexicon schema (errors name file and line) and user extensions."""

from __future__ import annotations

from pathlib import Path

import pytest

from event_extract.events import EventCoder, EventDataError, Ontology
from tests.events.conftest import ACTORS, REF, mentions_for


def test_ontology_lookups() -> None:
    ontology = Ontology.load_default()
    assert ontology.label("057") == "Sign formal agreement"
    assert ontology.goldstein("057") == 8.0
    assert ontology.plover("051") == "SUPPORT"
    assert ontology.plover("112") == "DISAPPROVE"
    assert Ontology.load_default(plover_scheme="2021").plover("112") == "ACCUSE"
    assert ontology.root("0841") == "08"
    assert ontology.intent("042") == "036" and ontology.intent("072") == "0332"
    assert ontology.refusal("040") == "125"
    for root in [f"{n:02d}" for n in range(1, 21)]:
        assert root in ontology
    for code in ("010", "036", "043", "057", "072", "0841", "111", "125", "138", "141", "163", "173", "190"):
        assert code in ontology


def test_every_trigger_code_is_in_the_ontology() -> None:
    coder = EventCoder()
    assert len(coder.lexicon.entries) > 300
    for entry in coder.lexicon.entries:
        assert entry.code in coder.ontology


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"phrase": "snub", "code": "999"}', "not a CAMEO code"),
        ('{"phrase": "snub", "code": "111", "pos": "adverb"}', "'pos'"),
        ('{"phrase": "snub", "code": "111", "colour": "red"}', "unknown field"),
        ('{"phrase": "", "code": "111"}', "'phrase'"),
        ('{"phrase": "snub", "code": "111", "weight": 3}', "'weight'"),
        ("{not json", "not valid JSON"),
    ],
)
def test_trigger_schema_errors_name_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "mine.jsonl"
    path.write_text('{"phrase": "rebuke", "code": "111"}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(EventDataError, match=message) as error:
        EventCoder(trigger_files=[path])
    assert f"{path}:2" in str(error.value)


def test_user_trigger_file_extends_lexicon(tmp_path: Path) -> None:
    text = "Russia snubbed Ukraine at the forum."
    mentions = mentions_for(text, ["Russia", "Ukraine"])
    assert not EventCoder().code(text, [], mentions, REF)
    path = tmp_path / "extra.jsonl"
    path.write_text('{"phrase": "snub", "pos": "verb", "code": "110", "weight": 0.7}\n', encoding="utf-8")
    events = EventCoder(trigger_files=[path]).code(text, [], mentions, REF)
    assert [(e.cameo, e.source, e.target) for e in events] == [("110", ACTORS["Russia"], ACTORS["Ukraine"])]


def test_ontology_schema_errors(tmp_path: Path) -> None:
    path = tmp_path / "codes.tsv"
    path.write_text("code\tlabel\tgoldstein\tplover\n05x\tBad\t1\tSUPPORT\n", encoding="utf-8")
    with pytest.raises(EventDataError, match=r"codes.tsv:2"):
        Ontology.from_files([path])
    path.write_text("code\tlabel\tgoldstein\tplover\n0999\tNew code\t20\tSUPPORT\n", encoding="utf-8")
    with pytest.raises(EventDataError, match="outside"):
        Ontology.from_files([path])
    path.write_text("code\tlabel\tgoldstein\tplover\n0581\tPraise a sports team\t1.5\tSUPPORT\n",
                    encoding="utf-8")
    assert Ontology.from_files([path]).label("0581") == "Praise a sports team"
