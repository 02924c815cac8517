"""``event-extract extract --workers N``: same output as one worker, bounded streaming, resume, summary."""

from __future__ import annotations

import json
import multiprocessing
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from event_extract import cli
from event_extract.cli import InputRecord, batched, code_batches, main, read_done_ids

from .conftest import EXAMPLES

CORPUS = EXAMPLES / "articles.jsonl"
SUMMARY = re.compile(
    r"event-extract: (\d+) documents, (\d+) events in [\d.]+ s \([\d.]+ docs/s, [\d.]+ MB/s, (\d+) workers?\)"
)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled articles repeated under fresh ids (with and without a date): 20 documents."""
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    path = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for copy in range(4):
            for row in rows:
                item = {**row, "id": f"{row['id']}-{copy}"}
                if copy % 2:
                    item.pop("published")
                handle.write(json.dumps(item) + "\n")
    return path


@pytest.fixture(scope="module")
def reference(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The single-worker jsonl output of the corpus."""
    out = tmp_path_factory.mktemp("ref") / "one.jsonl"
    assert main(["extract", str(corpus), "--format", "jsonl", "-o", str(out), "--batch-size", "3"]) == 0
    return out.read_bytes()


def _extract(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(["extract", *argv, "--no-progress"])
    return code, capsys.readouterr().err


def test_reference_output_is_one_line_per_document_in_order(corpus: Path, reference: bytes) -> None:
    ids = [json.loads(line)["id"] for line in corpus.read_text(encoding="utf-8").splitlines()]
    assert [json.loads(line)["id"] for line in reference.decode().splitlines()] == ids
    assert any(json.loads(line)["events"] for line in reference.decode().splitlines())


def test_two_workers_write_the_same_bytes_as_one(
    corpus: Path, reference: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "two.jsonl"
    code, err = _extract(capsys, str(corpus), "--format", "jsonl", "-o", str(out), "--workers", "2",
                         "--batch-size", "3")
    assert code == 0
    assert out.read_bytes() == reference
    match = SUMMARY.search(err)
    assert match, err
    assert match.group(1) == "20" and match.group(3) == "2"
    events = sum(len(json.loads(line)["events"]) for line in reference.decode().splitlines())
    assert int(match.group(2)) == events


def test_summary_is_printed_for_one_worker_and_any_format(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = _extract(capsys, str(corpus), "--format", "csv")
    assert code == 0
    match = SUMMARY.search(err)
    assert match and match.group(1) == "20" and match.group(3) == "1", err


def test_resume_after_a_truncated_output_gives_the_uninterrupted_file(
    corpus: Path, reference: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = reference.splitlines(keepends=True)
    out = tmp_path / "resumed.jsonl"
    out.write_bytes(b"".join(lines[:7]) + lines[7][: len(lines[7]) // 2])  # killed mid-write
    code, err = _extract(capsys, str(corpus), "--format", "jsonl", "-o", str(out), "--resume",
                         "--workers", "2", "--batch-size", "3")
    assert code == 0
    assert out.read_bytes() == reference
    assert "13 documents" in err and "7 already in the output, skipped" in err


@pytest.mark.parametrize("workers", ["1", "2"])
def test_resume_after_ctrl_c_gives_the_uninterrupted_file(
    workers: str, corpus: Path, reference: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "interrupted.jsonl"
    write_line = cli.OutputWriter.write_line
    written: list[str] = []

    def interrupt_after_five(self: cli.OutputWriter, line: str) -> None:
        if len(written) == 5:
            raise KeyboardInterrupt
        written.append(line)
        write_line(self, line)

    monkeypatch.setattr(cli.OutputWriter, "write_line", interrupt_after_five)
    code, err = _extract(capsys, str(corpus), "--format", "jsonl", "-o", str(out), "--batch-size", "2",
                         "--workers", workers)
    assert code == 130
    assert "--resume" in err and "interrupted" in err
    assert out.read_bytes() == b"".join(reference.splitlines(keepends=True)[:5])
    monkeypatch.undo()
    code, err = _extract(capsys, str(corpus), "--format", "jsonl", "-o", str(out), "--resume")
    assert code == 0
    assert out.read_bytes() == reference
    assert "15 documents" in err


def test_resume_of_a_complete_output_codes_nothing(
    corpus: Path, reference: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "done.jsonl"
    out.write_bytes(reference)
    code, err = _extract(capsys, str(corpus), "--format", "jsonl", "-o", str(out), "--resume")
    assert code == 0 and out.read_bytes() == reference
    assert "0 documents" in err and "20 already in the output" in err


def test_read_done_ids_drops_only_a_bad_last_line(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    path.write_bytes(b'{"id": "a", "events": []}\n\n{"id": "b", "events": []}\n{"id": "c", "ev')
    done, _ = read_done_ids(path)
    assert done == {"a", "b"}
    assert path.read_bytes() == b'{"id": "a", "events": []}\n\n{"id": "b", "events": []}\n'
    path.write_bytes(b'{"id": "a"}\nnot json\n{"id": "b"}\n')
    with pytest.raises(cli.InputError, match=r"out\.jsonl:2"):
        read_done_ids(path)
    assert read_done_ids(tmp_path / "missing.jsonl") == (set(), [])


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--resume"], "--resume needs -o OUT and --format jsonl"),
        (["--resume", "-o", "x.csv", "--format", "csv"], "--resume needs -o OUT and --format jsonl"),
        (["--workers", "0"], "--workers must be at least 1"),
    ],
)
def test_bad_worker_options_are_one_line_errors(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = _extract(capsys, str(CORPUS), *argv)
    assert code == 2
    assert message in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("start_method", ["spawn", "forkserver"])
def test_the_pool_never_reads_more_than_max_in_flight_batches_ahead(
    start_method: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if start_method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"no {start_method} on this platform")
    if start_method == "spawn":  # what platforms without forkserver (Windows) use
        monkeypatch.setattr(cli, "_worker_context", lambda: multiprocessing.get_context("spawn"))
    records = [
        InputRecord(id=str(i), text=f"Putin met Kim on day {i}.", published="2025-09-04") for i in range(24)
    ]
    pulled = 0

    def counting() -> Iterator[list[InputRecord]]:
        nonlocal pulled
        for batch in batched(records, 2):
            pulled += 1
            yield batch

    seen: list[str] = []
    for yielded, (batch, result) in enumerate(code_batches(counting(), None, workers=2, max_in_flight=3), 1):
        assert pulled - yielded <= 3
        assert len(result.lines) == len(batch)
        seen.extend(json.loads(line)["id"] for line in result.lines)
    assert seen == [record.id for record in records]


def test_the_cli_extractor_codes_like_the_haystack_pipeline() -> None:
    """The CLI's component chain (language judged once) gives what EventExtractionPipeline gives."""
    from event_extract import EventExtractionPipeline  # noqa: PLC0415

    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    records = [InputRecord(id=row["id"], text=row["text"], published=row.get("published")) for row in rows]
    records += [
        InputRecord(id="de", published="2025-10-07", text=(
            "Der russische Präsident Wladimir Putin hat am Dienstag in Moskau den nordkoreanischen "
            "Machthaber Kim Jong-un empfangen. Die beiden sprachen über die Zusammenarbeit und die Lage "
            "in der Region, wie die Agentur meldete, und sie wollen sich im nächsten Jahr wieder treffen."
        )),
        InputRecord(id="ru", published="2025-10-07", text=(
            "Президент России Владимир Путин во вторник встретился в Москве с лидером КНДР Ким Чен Ыном "
            "и обсудил с ним сотрудничество двух стран."
        )),
        InputRecord(id="", published=None, text=rows[0]["text"]),  # no id: Haystack's content hash
    ]
    ours = cli.Extractor(None).process(records)
    pipeline: Any = EventExtractionPipeline()  # a SuperComponent: run/warm_up come from its decorator
    pipeline.warm_up()
    theirs = pipeline.run(documents=cli.records_to_documents(records))["documents"]
    assert [record.to_json_dict() for record in ours] == [_record_of(document) for document in theirs]
    by_id = {record.id: record for record in ours}
    assert by_id["ru"].actors == [] and by_id["de"].events == []
    assert (by_id["de"].language, by_id["ru"].language, by_id["kim-letter"].skipped) == ("de", "ru", None)
    assert by_id["kim-letter"].events
    assert ours[-1].id == theirs[-1].id != "" and ours[-1].events


def _record_of(document: Any) -> dict[str, Any]:
    """The CLI's record of a Document annotated by the Haystack pipeline, read off its meta."""
    meta = document.meta
    record = {"id": document.id, **{key: meta.get(key) for key in ("reference_date", "reference_date_source")}}
    record.update({key: meta.get(key, []) for key in ("timexes", "actors", "events")})
    if "skipped" in meta:
        record.update(skipped=meta["skipped"], language=meta.get("language"))
    return record


def test_resume_keeps_the_timeline_of_the_documents_already_done(
    corpus: Path, reference: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    full_timeline = tmp_path / "full.jsonl"
    code, _ = _extract(capsys, str(corpus), "--format", "jsonl", "-o", str(tmp_path / "full-out.jsonl"),
                       "--timeline", str(full_timeline))
    assert code == 0
    out = tmp_path / "part.jsonl"
    out.write_bytes(b"".join(reference.splitlines(keepends=True)[:9]))
    resumed_timeline = tmp_path / "resumed.jsonl"
    code, _ = _extract(capsys, str(corpus), "--format", "jsonl", "-o", str(out), "--resume",
                       "--timeline", str(resumed_timeline))
    assert code == 0
    assert full_timeline.read_text(encoding="utf-8").strip()
    assert resumed_timeline.read_text(encoding="utf-8") == full_timeline.read_text(encoding="utf-8")


def test_the_extractor_freezes_its_knowledge_out_of_the_garbage_collectors_way() -> None:
    """After warm-up the loaded knowledge is frozen, so full collections do not walk it again."""
    import gc  # noqa: PLC0415

    gc.unfreeze()
    try:
        extractor = cli.Extractor(None)
        frozen = gc.get_freeze_count()
        assert frozen > 50_000  # the people, aliases and patterns the components loaded
        record = InputRecord(id="a", text="Putin met Xi in Moscow on Tuesday.", published=None)
        assert extractor.process([record])[0].actors
    finally:
        gc.unfreeze()


def test_the_extractor_leaves_the_collector_as_it_found_it() -> None:
    """Collection is paused while the components load, and enabled again after (or left off)."""
    import gc  # noqa: PLC0415

    assert gc.isenabled()
    cli.Extractor(None)
    assert gc.isenabled()
    gc.disable()
    try:
        cli.Extractor(None)
        assert not gc.isenabled()
    finally:
        gc.enable()
        gc.unfreeze()
