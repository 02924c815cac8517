"""The event-extract command line and its jsonl contract."""

from __future__ import annotations

import csv
import importlib.util
import io
import json
from pathlib import Path
from typing import Any

import pytest

from event_extract.cli import main
from event_extract.models import EVENT_COLUMNS, DocumentRecord

from .conftest import EXAMPLES, SHARED, requires_shared

ARTICLE = EXAMPLES / "articles" / "kim_letter_to_putin.txt"
CORPUS = EXAMPLES / "articles.jsonl"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_jsonl_contract_one_line_per_document_in_order(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "extract", str(CORPUS), str(ARTICLE), "--format", "jsonl")
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    expected_ids = [json.loads(line)["id"] for line in CORPUS.read_text().splitlines()] + [ARTICLE.name]
    assert [line["id"] for line in lines] == expected_ids
    texts = {json.loads(line)["id"]: json.loads(line)["text"] for line in CORPUS.read_text().splitlines()}
    texts[ARTICLE.name] = ARTICLE.read_text(encoding="utf-8")
    for line in lines:
        assert {"id", "reference_date", "timexes", "actors", "events"} <= set(line)
        text = texts[line["id"]]
        for timex in line["timexes"]:
            assert {"start", "end", "text", "type", "value"} <= set(timex)
            assert text[timex["start"] : timex["end"]] == timex["text"]
        for mention in line["actors"]:
            assert {"id", "name", "kind", "country", "cameo"} <= set(mention["actor"])
            assert text[mention["start"] : mention["end"]] == mention["text"]
        for event in line["events"]:
            assert {"cameo", "plover", "label", "source", "target", "date", "trigger"} <= set(event)
            assert {"modality", "confidence"} <= set(event)
            assert {"value", "start", "end", "granularity", "provenance"} <= set(event["date"])
            assert text[event["trigger"]["start"] : event["trigger"]["end"]] == event["trigger"]["text"]
    by_id = {line["id"]: line for line in lines}
    assert by_id["kim-letter"]["reference_date"] == "2025-10-07"
    assert by_id[ARTICLE.name]["reference_date"] == "2025-10-07"  # from the dateline
    assert by_id["earnings"]["events"] == []


def test_jsonl_lines_read_back_as_document_records(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each line is a DocumentRecord; ``skipped`` and ``language`` appear only on skipped documents."""
    german = "Der Präsident hat am Dienstag in Moskau die Lage und die Zusammenarbeit der beiden Länder besprochen."
    stdin = json.dumps({"id": "de", "text": german, "published": "2025-10-07"}, ensure_ascii=False) + "\n"
    code, out, _ = _run(capsys, "extract", str(CORPUS), "--format", "jsonl")
    assert code == 0
    for line in out.splitlines():
        record = DocumentRecord.model_validate_json(line)
        assert record.to_json_line() == line
        assert "skipped" not in json.loads(line) and record.skipped is None
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code, out, _ = _run(capsys, "extract", "-", "--format", "jsonl")
    assert code == 0
    skipped = json.loads(out)
    assert skipped["language"] == "de" and skipped["skipped"].startswith("non-English")
    assert skipped["timexes"] == skipped["actors"] == skipped["events"] == []
    assert DocumentRecord.model_validate(skipped).to_json_dict() == skipped


def test_date_option_sets_reference_date_for_inputs_without_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Putin and Kim met last month.", encoding="utf-8")
    code, out, _ = _run(capsys, "extract", str(path), "--date", "2025-10-07", "--format", "jsonl")
    assert code == 0
    (line,) = [json.loads(row) for row in out.splitlines()]
    assert line["reference_date"] == "2025-10-07"
    assert [t["value"] for t in line["timexes"]] == ["2025-09"]


def test_jsonl_date_field_is_accepted_for_published(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"id": "x", "text": "Kim met Putin yesterday.", "date": "2025-09-04"}) + "\n")
    code, out, _ = _run(capsys, "extract", str(path), "--format", "jsonl")
    assert code == 0
    assert json.loads(out)["timexes"][0]["value"] == "2025-09-03"


def test_html_input_is_reduced_to_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><body><script>x()</script><p>Vladimir Putin and Kim Jong-un <b>met</b> in Beijing.</p></body></html>"
    )
    code, out, _ = _run(capsys, "extract", str(path), "--date", "2025-09-04", "--format", "jsonl")
    assert code == 0
    line = json.loads(out)
    assert {m["text"] for m in line["actors"]} >= {"Vladimir Putin", "Kim Jong-un"}
    assert "script" not in out


def test_stdin_input(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("Xi Jinping hosted Vladimir Putin in Beijing on Monday."))
    code, out, _ = _run(capsys, "extract", "-", "--date", "2025-09-03", "--format", "jsonl")
    assert code == 0
    assert json.loads(out)["id"] == "stdin"


def test_malformed_jsonl_line_is_reported_with_its_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "a", "text": "fine"}\n\n{"id": "b", "text": \n')
    code, _, err = _run(capsys, "extract", str(path), "--format", "jsonl")
    assert code != 0
    assert f"{path}:3" in err
    assert len(err.strip().splitlines()) == 1


def test_unreadable_input_is_a_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "extract", str(tmp_path / "missing.txt"))
    assert code != 0
    assert "missing.txt" in err and len(err.strip().splitlines()) == 1


def test_bad_date_option_is_rejected(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "extract", str(ARTICLE), "--date", "07/10/2025")
    assert code != 0 and "--date" in err


def test_table_output_lists_the_events(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "extract", str(ARTICLE))
    assert code == 0
    assert "Kim Jong-un" in out and "051" in out and "2025-09" in out


def test_csv_output_has_the_flat_columns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_path = tmp_path / "events.csv"
    code, _, _ = _run(capsys, "extract", str(CORPUS), "--format", "csv", "-o", str(out_path))
    assert code == 0
    rows = list(csv.DictReader(out_path.open(encoding="utf-8")))
    assert rows and tuple(rows[0]) == EVENT_COLUMNS
    assert {row["doc_id"] for row in rows} <= {"kim-letter", "beijing-talks", "treaty", "sanctions"}


def test_json_output_is_one_array(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "extract", str(CORPUS), "--format", "json")
    assert code == 0
    assert [record["id"] for record in json.loads(out)][:2] == ["kim-letter", "beijing-talks"]


def test_timeline_merges_reports_across_documents(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "two.jsonl"
    reports = [
        ("a", "2025-09-04", "Vladimir Putin and Kim Jong-un held talks in Beijing on Wednesday."),
        ("b", "2025-09-05", "Kim Jong-un met Vladimir Putin in Beijing on Wednesday."),
    ]
    corpus.write_text(
        "".join(json.dumps({"id": i, "published": day, "text": text}) + "\n" for i, day, text in reports)
    )
    timeline = tmp_path / "timeline.jsonl"
    code, _, _ = _run(capsys, "extract", str(corpus), "--format", "jsonl", "-o", str(tmp_path / "o.jsonl"),
                      "--timeline", str(timeline))
    assert code == 0
    entries = [json.loads(line) for line in timeline.read_text().splitlines()]
    merged = [entry for entry in entries if entry["cameo"].startswith("04")]
    assert merged and all(entry["doc_ids"] == ["a", "b"] for entry in merged)
    assert {entry["date"]["value"] for entry in merged} == {"2025-09-03"}


def test_schema_command_exports_the_models(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "schema")
    assert code == 0
    schema = json.loads(out)
    assert {"DocumentRecord", "Event", "ActorMention", "Actor", "TimeExpression", "EventDate"} <= set(schema["models"])
    assert list(schema["models"]["DocumentRecord"]["properties"])[:6] == [
        "id", "reference_date", "reference_date_source", "timexes", "actors", "events"
    ]
    assert "cameo" in schema["models"]["Event"]["properties"]


def _load_scorer(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(f"shared_{name}", SHARED / "eval" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@requires_shared
def test_plover_gold_bars_on_the_cli_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Issue bars: code-only F1 >= 0.70 and lenient F1 >= 0.50 with the shared scorer (measured 0.823 / 0.625),
    asserted at the measured scores less a margin, as is strict F1 (actor codes to the sector, measured 0.417)."""
    gold_path = SHARED / "data" / "events" / "plover_gsr.jsonl"
    out = tmp_path / "gsr.jsonl"
    assert main(["extract", str(gold_path), "--format", "jsonl", "-o", str(out), "--no-progress"]) == 0
    scorer = _load_scorer("score_events")
    result = scorer.score(scorer.read_jsonl(gold_path), scorer.read_jsonl(out), "plover")
    with capsys.disabled():
        print(f"\nPLOVER GSR via CLI: code F1 {result['code']['f1']}, lenient F1 {result['lenient']['f1']}, "
              f"strict F1 {result['strict']['f1']}")
    assert result["code"]["f1"] >= 0.80
    assert result["lenient"]["f1"] >= 0.60
    assert result["strict"]["f1"] >= 0.40
