"""The command line survives hostile files and reports unreadable input as a usage error, never a traceback."""

from __future__ import annotations

import io
import json
import random
from pathlib import Path

import pytest

from event_extract.cli import main

from . import _support as support

NEWS = "North Korean leader Kim Jong-un sent Vladimir Putin a letter on Tuesday, calling him his closest comrade."


def _extract(tmp_path: Path, *inputs: Path | str, output_format: str = "jsonl") -> tuple[int, str]:
    out = tmp_path / f"out.{output_format}"
    code = main(["extract", *map(str, inputs), "--format", output_format, "-o", str(out),
                 "--date", support.REFERENCE_DATE, "--no-progress"])
    return code, out.read_text(encoding="utf-8") if out.exists() else ""


def _records(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


def _check_records(records: list[dict[str, object]], texts: list[str]) -> None:
    assert len(records) == len(texts)
    for record, text in zip(records, texts, strict=True):
        for timex in record["timexes"]:  # type: ignore[attr-defined]
            assert text[timex["start"] : timex["end"]] == timex["text"]
        for mention in record["actors"]:  # type: ignore[attr-defined]
            assert text[mention["start"] : mention["end"]] == mention["text"]
        for event in record["events"]:  # type: ignore[attr-defined]
            assert text[event["trigger"]["start"] : event["trigger"]["end"]] == event["trigger"]["text"]


def _write_bytes(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


HOSTILE_FILES: dict[str, bytes] = {
    "empty.txt": b"",
    "bom_only.txt": b"\xef\xbb\xbf",
    "random_bytes.txt": random.Random(3).randbytes(200_000),
    "latin1.txt": NEWS.replace("Putin", "Pútin").encode("latin-1"),
    "utf16.txt": NEWS.encode("utf-16"),
    "crlf_and_controls.txt": (NEWS + "\r\n\x00\x07\x1b[31m" + NEWS).encode(),
    "one_megabyte_no_space.txt": b"y" * 1_000_000,
    "nested.html": (b"<div><b>" * 30_000) + NEWS.encode() + (b"</b></div>" * 30_000),
    "broken.html": b"<html><head><script>var x = '</div>';</script></head><body><p>" + NEWS.encode() + b"<p <a <",
    "right_to_left.md": ("\u202bالرياض\u202c " + NEWS + " ירושלים").encode(),
    "russian.txt": ("Министр иностранных дел России провёл переговоры с китайским коллегой в Москве. " * 5).encode(),
    "latin1.jsonl": b'{"id": "latin1-record", "text": "Pr\xe9sident Putin met Kim on Tuesday."}\n',
}
STDIN_TEXT = support.junk_text(20_000, seed=9) + NEWS


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, object]]:
    """One CLI run over every hostile file plus junk on stdin (the CLI warms up once per run)."""
    folder = tmp_path_factory.mktemp("hostile")
    paths = [_write_bytes(folder / name, data) for name, data in HOSTILE_FILES.items()]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("sys.stdin", io.StringIO(STDIN_TEXT))
        code, out = _extract(folder, *paths, "-")
    assert code == 0
    return _records(out)


def test_hostile_files_give_one_record_each_in_order(hostile_run: list[dict[str, object]]) -> None:
    expected = [name for name in HOSTILE_FILES if not name.endswith(".jsonl")]
    assert [record["id"] for record in hostile_run] == [*expected, "latin1-record", "stdin"]
    for record in hostile_run:
        assert set(record) >= {"id", "reference_date", "timexes", "actors", "events"}


def test_hostile_records_have_consistent_offsets(hostile_run: list[dict[str, object]]) -> None:
    by_id = {record["id"]: record for record in hostile_run}
    texts = {name: HOSTILE_FILES[name].decode("utf-8", errors="replace") for name in HOSTILE_FILES
             if name.endswith((".txt", ".md"))}
    texts["stdin"] = STDIN_TEXT
    _check_records([by_id[name] for name in texts], list(texts.values()))


def test_news_survives_the_hostile_neighbours(hostile_run: list[dict[str, object]]) -> None:
    record = next(record for record in hostile_run if record["id"] == "crlf_and_controls.txt")
    names = {mention["actor"]["id"] for mention in record["actors"]}  # type: ignore[attr-defined]
    assert "person:vladimir-putin" in names


def test_non_english_file_is_skipped_with_a_reason(hostile_run: list[dict[str, object]]) -> None:
    record = next(record for record in hostile_run if record["id"] == "russian.txt")
    assert record["events"] == [] and record["actors"] == [] and record["timexes"] == []
    assert "non-English" in str(record.get("skipped")), "the jsonl record should say why it is empty"


@pytest.mark.parametrize("output_format", ["table", "csv"])
def test_other_formats_survive_junk(output_format: str, tmp_path: Path) -> None:
    path = _write_bytes(tmp_path / "junk.txt", random.Random(5).randbytes(50_000) + NEWS.encode())
    code, out = _extract(tmp_path, path, output_format=output_format)
    assert code == 0
    assert out


def test_jsonl_with_hostile_records(tmp_path: Path) -> None:
    texts = [
        "Putin met Kim \ud800 in Beijing last month.",  # a lone surrogate, legal in JSON escapes
        "".join(map(chr, range(32))) + NEWS,
        "",
        "z" * 200_000,
        "\u202e" + NEWS + "\u2066",
    ]
    lines = [json.dumps({"id": f"r{i}", "text": text, "published": support.REFERENCE_DATE})
             for i, text in enumerate(texts)]
    lines.insert(2, json.dumps({"id": "no-text"}))
    lines.insert(3, json.dumps({"id": "null-text", "text": None, "published": None}))
    lines.insert(4, "   ")
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out = _extract(tmp_path, path)
    assert code == 0
    records = _records(out)
    assert [record["id"] for record in records] == ["r0", "r1", "no-text", "null-text", "r2", "r3", "r4"]
    _check_records([records[i] for i in (1, 4, 5, 6)], [texts[1], texts[2], texts[3], texts[4]])


# --- input that cannot be read is a usage error (exit 2) naming the input ------------------------------


def test_missing_input_names_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = _extract(tmp_path, tmp_path / "nowhere.txt")
    assert code == 2
    assert "nowhere.txt" in capsys.readouterr().err


def test_directory_as_input_names_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    code, _ = _extract(tmp_path, folder)
    assert code == 2
    assert "folder.txt" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("line", "message"), [("{not json", "malformed JSON"), ('{"text": "x", "published": 20251007}', "published")]
)
def test_bad_jsonl_line_names_file_and_line(
    line: str, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps({"id": "a", "text": NEWS}) + "\n\n" + line + "\n", encoding="utf-8")
    code, _ = _extract(tmp_path, path)
    assert code == 2
    err = capsys.readouterr().err
    assert "bad.jsonl:3" in err and message in err


def test_bad_published_date_in_jsonl_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "dates.jsonl"
    path.write_text(json.dumps({"id": "d1", "text": NEWS, "published": "2025-02-30"}) + "\n", encoding="utf-8")
    code, _ = _extract(tmp_path, path)
    assert code == 2
    err = capsys.readouterr().err
    assert "d1" in err and "2025-02-30" in err


def test_unwritable_output_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text(NEWS, encoding="utf-8")
    code = main(["extract", str(article), "-o", str(tmp_path / "missing-dir" / "out.jsonl"), "--no-progress"])
    assert code == 2
    assert "missing-dir" in capsys.readouterr().err
