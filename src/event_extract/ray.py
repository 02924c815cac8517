"""Code events over a Ray Dataset of documents, scaling from one laptop to a Ray cluster.

Install the extra (``pip install "event-extract-haystack[ray]"``) and map the pipeline over any
Ray Dataset that has a text column::

    import ray
    from event_extract.ray import extract_events, to_record

    ds = ray.data.read_json("corpus.jsonl")                 # {"id", "text", "published"} rows
    coded = extract_events(ds, batch_size=64, concurrency=4)
    coded.write_json("coded/")                              # or: for row in coded.iter_rows(): ...
    records = [to_record(row) for row in coded.take(5)]     # back to the CLI's jsonl contract

Each Ray actor builds and warms up the components once (``__init__`` of :class:`EventBatchCoder`)
and then codes batches. Output rows have the columns of the ``event-extract --format jsonl``
contract: ``id``, ``reference_date``, ``reference_date_source`` (strings or null) and
``timexes``, ``actors``, ``events``, which are **JSON-encoded strings** (lists of objects whose
optional fields vary from row to row do not fit one Arrow schema across blocks, and a string
column keeps every block's schema identical). :func:`to_record` decodes a row back into the
exact record the CLI writes. ``skipped`` and ``language`` (null unless the document was skipped,
e.g. as non-English) are plain strings; ``n_events`` (int) is added for cheap filtering and counting, and
``keep_columns=["title", ...]`` carries input columns through unchanged.
Like any Ray Data transform, rows may come back in a different order than they went in unless
``ray.data.DataContext.get_current().execution_options.preserve_order = True``; join on ``id``.

On a cluster, nothing changes here: call ``ray.init(address="auto")`` on a cluster node, or
``ray.init("ray://head:10001")`` / set ``RAY_ADDRESS`` from outside, before building the dataset,
and install this package on every node (or ship it with ``runtime_env={"pip": [...]}``). See
``examples/ray_corpus.py``.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import warnings
from collections.abc import Sequence
from typing import Any

import ray
import ray.data

from event_extract.cli import Extractor, InputRecord
from event_extract.components._documents import EVENTS, MENTIONS, TIMEXES
from event_extract.models import DocumentRecord
from event_extract.reference import parse_date

JSON_COLUMNS = ("timexes", "actors", "events")
OUTPUT_COLUMNS = (
    "id", "reference_date", "reference_date_source", *JSON_COLUMNS, "skipped", "language", "n_events"
)


def _as_date_text(value: object) -> str | None:
    """A published value from Arrow (str, date, datetime or null) as the string the CLI reads."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    return text or None


class EventBatchCoder:
    """Ray Data callable class: builds the components once per actor, then codes pyarrow batches."""

    def __init__(
        self,
        text_column: str = "text",
        id_column: str | None = "id",
        date_column: str | None = "published",
        reference_date: str | None = None,
        keep_columns: Sequence[str] = (),
    ) -> None:
        """
        Build and warm up the components (runs once in each Ray actor).

        :param text_column: Column with the document text; nulls count as empty documents.
        :param id_column: Column with document ids (made strings); ``None`` or absent: Haystack's
            content hash becomes the id.
        :param date_column: Column with publication dates (ISO strings, dates or timestamps);
            ``None`` or absent: dates come from ``reference_date`` or the text.
        :param reference_date: ISO date for documents that carry none (the CLI's ``--date``).
        :param keep_columns: Input columns copied unchanged into the output (e.g. ``title``).
        """
        self.keep_columns = list(keep_columns)
        self.text_column = text_column
        self.id_column = id_column
        self.date_column = date_column
        default_date = parse_date(reference_date, what="reference_date") if reference_date else None
        self.extractor = Extractor(default_date)

    def __call__(self, batch: Any) -> Any:
        """Code one batch (a ``pyarrow.Table``) and return a table with :data:`OUTPUT_COLUMNS`."""
        pa = importlib.import_module("pyarrow")  # a dependency of ray[data]; untyped
        names = set(batch.column_names)
        if self.text_column not in names:
            raise KeyError(f"text column {self.text_column!r} not in the dataset columns {sorted(names)}")
        texts = batch.column(self.text_column).to_pylist()
        count = len(texts)
        ids = self._column(batch, self.id_column, count)
        dates = self._column(batch, self.date_column, count)
        records = [
            InputRecord(
                id="" if doc_id is None else str(doc_id),
                text=text if isinstance(text, str) else "",
                published=_as_date_text(published),
            )
            for doc_id, text, published in zip(ids, texts, dates, strict=True)
        ]
        outputs = self.extractor.process(records)
        columns: dict[str, list[Any]] = {
            "id": [out.id for out in outputs],
            "reference_date": [out.reference_date for out in outputs],
            "reference_date_source": [out.reference_date_source for out in outputs],
            "timexes": [TIMEXES.dump_json(out.timexes).decode() for out in outputs],
            "actors": [MENTIONS.dump_json(out.actors).decode() for out in outputs],
            "events": [EVENTS.dump_json(out.events).decode() for out in outputs],
            "skipped": [out.skipped for out in outputs],
            "language": [out.language for out in outputs],
            "n_events": [len(out.events) for out in outputs],
        }
        table = pa.table(
            columns,
            schema=pa.schema(
                [(name, pa.int64() if name == "n_events" else pa.string()) for name in OUTPUT_COLUMNS]
            ),
        )
        for name in self.keep_columns:
            if name not in names:
                raise KeyError(f"column {name!r} to keep is not in the dataset columns {sorted(names)}")
            table = table.append_column(batch.schema.field(name), batch.column(name))
        return table

    @staticmethod
    def _column(batch: Any, name: str | None, count: int) -> list[Any]:
        if name is None or name not in batch.column_names:
            return [None] * count
        values: list[Any] = batch.column(name).to_pylist()
        return values


def extract_events(
    dataset: ray.data.Dataset,
    *,
    batch_size: int = 64,
    text_column: str = "text",
    id_column: str | None = "id",
    date_column: str | None = "published",
    reference_date: str | None = None,
    concurrency: int | tuple[int, int] | None = None,
    num_cpus: float = 1.0,
    keep_columns: Sequence[str] = (),
) -> ray.data.Dataset:
    """
    Map the event-extraction pipeline over a Ray Dataset of documents, lazily.

    :param dataset: Rows with at least ``text_column``.
    :param batch_size: Documents per batch handed to an actor.
    :param text_column: Column holding the text.
    :param id_column: Column holding document ids.
    :param date_column: Column holding publication dates.
    :param reference_date: ISO date for documents without one.
    :param concurrency: Number of actors (each holds one warmed-up pipeline): an int for a fixed
        pool, ``(min, max)`` for an autoscaling one; ``None``: autoscale from 1 to the cluster's CPUs.
        A fixed pool reserves ``concurrency * num_cpus`` CPUs for as long as it runs: leave at least
        one CPU free for the tasks that read the dataset, or the job stalls (a warning says so).
    :param num_cpus: CPUs reserved per actor.
    :param keep_columns: Input columns to copy into the output unchanged (``title``, ``url``, ...).
    :returns: A dataset with :data:`OUTPUT_COLUMNS` (see the module docstring) and ``keep_columns``,
        one row per input row.
    """
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    clashes = sorted(set(keep_columns) & set(OUTPUT_COLUMNS))
    if clashes:
        raise ValueError(f"keep_columns {clashes} would overwrite output columns")
    if isinstance(concurrency, int):
        if concurrency < 1:
            raise ValueError(f"concurrency must be at least 1, got {concurrency}")
        compute = ray.data.ActorPoolStrategy(size=concurrency)
        _warn_if_no_cpu_left(concurrency * num_cpus)
    elif isinstance(concurrency, tuple):
        low, high = concurrency
        compute = ray.data.ActorPoolStrategy(min_size=low, max_size=high)
    else:
        compute = ray.data.ActorPoolStrategy(min_size=1)
    if reference_date is not None:
        parse_date(reference_date, what="reference_date")  # fail here, not inside every actor
    return dataset.map_batches(
        EventBatchCoder,
        batch_size=batch_size,
        batch_format="pyarrow",
        compute=compute,
        num_cpus=num_cpus,
        fn_constructor_kwargs={
            "text_column": text_column,
            "id_column": id_column,
            "date_column": date_column,
            "reference_date": reference_date,
            "keep_columns": list(keep_columns),
        },
    )


def _warn_if_no_cpu_left(reserved: float) -> None:
    """Warn when a fixed actor pool would take every CPU of the running cluster."""
    if not ray.is_initialized():
        return
    untyped: Any = ray  # cluster_resources() carries no annotations
    cpus = float(untyped.cluster_resources().get("CPU", 0.0))
    if cpus and reserved >= cpus:
        warnings.warn(
            f"the actor pool reserves {reserved:g} of the cluster's {cpus:g} CPUs, leaving none for "
            "the tasks that read the dataset, so the job may stall; use fewer actors or (min, max)",
            RuntimeWarning,
            stacklevel=3,
        )


def to_record(row: dict[str, Any]) -> dict[str, Any]:
    """An output row as the CLI's jsonl record (nested lists decoded, ``n_events`` dropped)."""
    record: dict[str, Any] = {
        "id": row["id"],
        "reference_date": row["reference_date"],
        "reference_date_source": row["reference_date_source"],
    }
    for name in JSON_COLUMNS:
        record[name] = json.loads(row[name])
    if row.get("skipped") is not None:  # the CLI adds these only for skipped (e.g. non-English) documents
        record["skipped"] = row["skipped"]
        record["language"] = row.get("language")
    return record


def to_jsonl_line(row: dict[str, Any]) -> str:
    """An output row as the exact line ``event-extract --format jsonl`` writes (without newline)."""
    return DocumentRecord.model_validate(to_record(row)).to_json_line()
