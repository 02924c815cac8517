"""Bad configuration fails early, when a component is constructed, with a message naming the problem.

A user file with a schema error must name the file and the line, so that it can be fixed without
reading our source.
"""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path
from typing import Any

import pytest
from haystack import Document

from event_extract import ActorLinker, EventExtractionPipeline, EventExtractor, TimexTagger
from event_extract.actors import ActorDataError
from event_extract.cli import main
from event_extract.events import EventDataError
from event_extract.reference import ReferenceDateError

GOOD_PERSON = {
    "id": "ana-example", "name": "Ana Example", "country": "FRA",
    "offices": [{"role": "foreign_minister", "title": "Foreign Minister", "country": "FRA", "start": "2024-01-01"}],
}
GOOD_TRIGGER = {"phrase": "greet warmly", "pos": "verb", "code": "051", "weight": 0.6}


def _jsonl(path: Path, records: list[Any]) -> Path:
    lines = [record if isinstance(record, str) else json.dumps(record) for record in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _names_line_3(path: Path) -> re.Pattern[str]:
    """The message names the file and line 3 ("file.jsonl:3" or "file.jsonl, line 3")."""
    return re.compile(re.escape(path.name) + r"(:3\b|.{0,20}line 3\b)")


# --- meta keys and dates -------------------------------------------------------------------------


@pytest.mark.parametrize("keys", [[""], ["published", ""], [None], [3], []])
@pytest.mark.parametrize("component", [TimexTagger, ActorLinker, EventExtractionPipeline])
def test_bad_date_meta_keys_fail_at_construction(component: Any, keys: list[Any]) -> None:
    with pytest.raises((ValueError, TypeError), match="date_meta_keys"):
        component(date_meta_keys=keys)


@pytest.mark.parametrize("component", [TimexTagger, ActorLinker, EventExtractionPipeline])
def test_a_single_string_is_not_taken_for_a_list_of_keys(component: Any) -> None:
    """date_meta_keys="published" must not silently become ["p", "u", "b", ...]."""
    with pytest.raises((ValueError, TypeError), match="date_meta_keys"):
        component(date_meta_keys="published")


def test_any_string_meta_key_is_accepted() -> None:
    tagger = TimexTagger(date_meta_keys=["pubDate", "x-custom key", "日付"])
    doc = Document(id="d", content="They met last month.", meta={"日付": "2025-10-07"})
    (tagged,) = tagger.run(documents=[doc])["documents"]
    assert tagged.meta["reference_date"] == "2025-10-07"


@pytest.mark.parametrize("value", ["2025-13-01", "2025-02-30", "yesterday", "07/10/2025", "", "2025-10-07T99:00"])
def test_bad_reference_date_argument_names_the_argument(value: str) -> None:
    with pytest.raises(ReferenceDateError, match="reference_date"):
        TimexTagger().run(documents=[Document(id="d", content="x")], reference_date=value)


def test_bad_meta_date_names_the_document_and_key() -> None:
    doc = Document(id="doc-7", content="They met last month.", meta={"published": "2025-99-99"})
    with pytest.raises(ReferenceDateError, match=r"doc-7.*|published"):
        TimexTagger().run(documents=[doc])


def test_cli_bad_date_option_is_a_usage_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("They met last month.", encoding="utf-8")
    assert main(["extract", str(article), "--date", "2025-02-30"]) == 2
    assert "--date" in capsys.readouterr().err


# --- files that do not exist ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("component", "parameter"),
    [(ActorLinker, "actor_files"), (ActorLinker, "petrarch_files"), (EventExtractor, "trigger_files"),
     (EventExtractor, "ontology_files"), (EventExtractionPipeline, "actor_files"),
     (EventExtractionPipeline, "trigger_files")],
)
def test_missing_file_fails_at_construction_naming_it(component: Any, parameter: str, tmp_path: Path) -> None:
    missing = tmp_path / "no-such-file.jsonl"
    with pytest.raises(FileNotFoundError, match=r"no-such-file\.jsonl"):
        component(**{parameter: [str(missing)]})


def test_a_directory_is_not_a_data_file(tmp_path: Path) -> None:
    with pytest.raises((FileNotFoundError, ValueError), match=re.escape(tmp_path.name)):
        ActorLinker(actor_files=[str(tmp_path)])


# --- user actor files -----------------------------------------------------------------------------

BAD_PERSON_LINES = {
    "invalid_json": "{\"id\": \"broken\", ",
    "not_an_object": "[1, 2, 3]",
    "unknown_key": json.dumps({**GOOD_PERSON, "id": "bad-key", "nmae": "Typo"}),
    "bad_id": json.dumps({**GOOD_PERSON, "id": "Not A Slug"}),
    "missing_name": json.dumps({"id": "no-name", "country": "FRA"}),
    "bad_country": json.dumps({**GOOD_PERSON, "id": "bad-country", "country": "France"}),
    "bad_office_date": json.dumps(
        {**GOOD_PERSON, "id": "bad-date",
         "offices": [{"role": "foreign_minister", "country": "FRA", "start": "2024-02-30"}]}
    ),
    "unknown_role": json.dumps(
        {**GOOD_PERSON, "id": "bad-role", "offices": [{"role": "grand_vizier", "country": "FRA"}]}
    ),
}


@pytest.mark.parametrize("problem", sorted(BAD_PERSON_LINES))
def test_actor_file_schema_error_names_file_and_line(problem: str, tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "my_actors.jsonl",
                  [GOOD_PERSON, {**GOOD_PERSON, "id": "ana-example-2"}, BAD_PERSON_LINES[problem]])
    with pytest.raises(ActorDataError, match=_names_line_3(path)):
        ActorLinker(actor_files=[str(path)])


def test_valid_actor_file_is_accepted_and_used(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "my_actors.jsonl", [GOOD_PERSON])
    linker = ActorLinker(actor_files=[str(path)])
    doc = Document(id="d", content="Ana Example arrived in Rome.", meta={"published": "2025-10-07"})
    (linked,) = linker.run(documents=[doc])["documents"]
    assert "person:ana-example" in {mention["actor"]["id"] for mention in linked.meta["actors"]}


# --- PETRARCH dictionaries ------------------------------------------------------------------------

BAD_PETRARCH_LINES = {
    "unclosed_code_bracket": "ANA_EXAMPLE_ [FRAGOV",
    "unclosed_second_code": "ANA_EXAMPLE_ [FRAGOV] [FRAMIL 990101-",
}


@pytest.mark.parametrize("problem", sorted(BAD_PETRARCH_LINES))
def test_unreadable_petrarch_line_names_file_and_line(problem: str, tmp_path: Path) -> None:
    path = tmp_path / "my.actors.txt"
    path.write_text("# user dictionary\nFRANCE_ [FRA]\n" + BAD_PETRARCH_LINES[problem] + "\n", encoding="utf-8")
    with pytest.raises(ActorDataError, match=_names_line_3(path)):
        ActorLinker(petrarch_files=[str(path)])


def test_malformed_petrarch_date_is_skipped_with_a_warning_naming_the_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The published Phoenix dictionaries carry a few impossible dates; the code is dropped, loudly."""
    path = tmp_path / "my.actors.txt"
    path.write_text("# user dictionary\nFRANCE_ [FRA]\nANA_EXAMPLE_ [FRAGOV 991399-000101]\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        ActorLinker(petrarch_files=[str(path)])
    assert _names_line_3(path).search(caplog.text), caplog.text


def test_valid_petrarch_dictionary_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "my.actors.txt"
    path.write_text("ANA_EXAMPLE_ [FRAGOV]\n+EXAMPLE_ANA_\n", encoding="utf-8")
    ActorLinker(petrarch_files=[str(path)], include_default_actors=False).warm_up()


# --- trigger and ontology files --------------------------------------------------------------------

BAD_TRIGGER_LINES = {
    "invalid_json": "{\"phrase\": ",
    "not_an_object": "\"greet\"",
    "unknown_field": json.dumps({**GOOD_TRIGGER, "phrsae": "x"}),
    "empty_phrase": json.dumps({**GOOD_TRIGGER, "phrase": ""}),
    "bad_pos": json.dumps({**GOOD_TRIGGER, "pos": "adverbial"}),
    "unknown_code": json.dumps({**GOOD_TRIGGER, "code": "999"}),
    "bad_weight": json.dumps({**GOOD_TRIGGER, "weight": 7}),
}


@pytest.mark.parametrize("problem", sorted(BAD_TRIGGER_LINES))
def test_trigger_file_schema_error_names_file_and_line(problem: str, tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "my_triggers.jsonl",
                  [GOOD_TRIGGER, {**GOOD_TRIGGER, "phrase": "greet kindly"}, BAD_TRIGGER_LINES[problem]])
    with pytest.raises(EventDataError, match=_names_line_3(path)):
        EventExtractor(trigger_files=[str(path)])


def test_bad_ontology_row_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "my_codes.tsv"
    path.write_text("code\tlabel\tgoldstein\tplover\n0511\tPraise warmly\t3.5\t\n05X\tBroken\t1\t\n", encoding="utf-8")
    with pytest.raises(EventDataError, match=_names_line_3(path)):
        EventExtractor(ontology_files=[str(path)])


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"modalities": ["asserted", "rumoured"]}, "rumoured"), ({"min_confidence": 1.5}, "min_confidence"),
     ({"min_confidence": -0.1}, "min_confidence")],
)
def test_bad_extractor_options(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        EventExtractor(**kwargs)


def test_no_actor_knowledge_at_all_is_refused() -> None:
    with pytest.raises(ValueError, match="include_default_actors"):
        ActorLinker(include_default_actors=False)
