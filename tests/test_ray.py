"""The Ray Data integration, on a small local Ray instance (skipped when ray is not installed)."""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ray = pytest.importorskip("ray")
pytest.importorskip("ray.data")

from event_extract.cli import main  # noqa: E402
from event_extract.ray import OUTPUT_COLUMNS, extract_events, to_jsonl_line, to_record  # noqa: E402

from .conftest import EXAMPLES  # noqa: E402

CORPUS = EXAMPLES / "articles.jsonl"


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    ray.data.DataContext.get_current().enable_progress_bars = False
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def cli_lines(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    out = tmp_path_factory.mktemp("cli") / "out.jsonl"
    assert main(["extract", str(CORPUS), "--format", "jsonl", "-o", str(out), "--no-progress"]) == 0
    return {json.loads(line)["id"]: line for line in out.read_text(encoding="utf-8").splitlines()}


def _rows() -> list[dict[str, Any]]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]


@pytest.mark.usefixtures("local_ray")
def test_ray_output_matches_the_cli_jsonl_contract(cli_lines: dict[str, str]) -> None:
    dataset = ray.data.from_items(_rows())
    coded = extract_events(dataset, batch_size=2, concurrency=1).take_all()
    assert len(coded) == len(cli_lines)
    for row in coded:
        assert tuple(row) == OUTPUT_COLUMNS
        assert to_jsonl_line(row) == cli_lines[row["id"]]
        assert row["n_events"] == len(to_record(row)["events"])
    by_id = {row["id"]: to_record(row) for row in coded}
    assert by_id["earnings"]["events"] == []
    assert by_id["kim-letter"]["reference_date"] == "2025-10-07"
    assert by_id["kim-letter"]["events"], "the Kim letter reports at least one event"


@pytest.mark.usefixtures("local_ray")
def test_ray_skipped_documents_match_the_cli(tmp_path: Path) -> None:
    rows = [
        {"id": "ru", "published": "2025-10-07", "text": (
            "Президент России Владимир Путин во вторник встретился в Москве с лидером КНДР Ким Чен Ыном "
            "и обсудил с ним сотрудничество двух стран."
        )},
        {"id": "en", "published": "2025-10-07", "text": "Putin and Kim met in Moscow on Tuesday."},
    ]
    corpus = tmp_path / "mixed.jsonl"
    corpus.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    out = tmp_path / "cli.jsonl"
    assert main(["extract", str(corpus), "--format", "jsonl", "-o", str(out), "--no-progress"]) == 0
    expected = {json.loads(line)["id"]: line for line in out.read_text(encoding="utf-8").splitlines()}
    assert "skipped" in json.loads(expected["ru"]) and "skipped" not in json.loads(expected["en"])
    coded = extract_events(ray.data.from_items(rows), concurrency=1).take_all()
    assert {row["id"]: to_jsonl_line(row) for row in coded} == expected


@pytest.mark.usefixtures("local_ray")
def test_ray_custom_columns_dates_and_default_reference_date() -> None:
    rows = [
        {"doc": "a", "body": "Putin and Kim met last month.", "day": None},
        {"doc": "b", "body": "Putin and Kim met last month.", "day": "2024-03-15"},
        {"doc": "c", "body": None, "day": None},
    ]
    coded = extract_events(
        ray.data.from_items(rows),
        text_column="body",
        id_column="doc",
        date_column="day",
        reference_date="2025-10-07",
        concurrency=1,
        keep_columns=["day"],
    ).take_all()
    assert {row["id"]: row["day"] for row in coded} == {"a": None, "b": "2024-03-15", "c": None}
    by_id = {row["id"]: to_record(row) for row in coded}
    assert [t["value"] for t in by_id["a"]["timexes"]] == ["2025-09"]
    assert by_id["a"]["reference_date_source"] == "argument"
    assert [t["value"] for t in by_id["b"]["timexes"]] == ["2024-02"]
    assert by_id["c"]["timexes"] == [] and by_id["c"]["events"] == []


@pytest.mark.usefixtures("local_ray")
def test_bad_arguments_fail_before_any_work() -> None:
    dataset = ray.data.from_items([{"text": "x"}])
    with pytest.raises(ValueError, match="batch_size"):
        extract_events(dataset, batch_size=0)
    with pytest.raises(ValueError, match="concurrency"):
        extract_events(dataset, concurrency=0)
    with pytest.raises(ValueError, match="reference_date"):
        extract_events(dataset, reference_date="07/10/2025")
    with pytest.raises(ValueError, match="overwrite"):
        extract_events(dataset, keep_columns=["id"])


@pytest.mark.usefixtures("local_ray")
def test_a_fixed_pool_taking_every_cpu_is_warned_about() -> None:
    dataset = ray.data.from_items([{"text": "x"}])
    with pytest.warns(RuntimeWarning, match="leaving none"):
        extract_events(dataset, concurrency=2)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        extract_events(dataset, concurrency=1)
