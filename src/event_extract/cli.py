"""The ``event-extract`` command line: code events in files, a JSONL corpus or stdin.

``event-extract extract INPUT... [--date YYYY-MM-DD] [--format table|json|jsonl|csv] [-o OUT]``
writes, for ``--format jsonl``, exactly one line per input document in input order::

    {"id", "reference_date", "reference_date_source", "timexes": [...], "actors": [...], "events": [...]}

That shape is a public contract; fields may be added, never removed or renamed.

Large corpora: ``--workers N`` codes batches in N worker processes (each builds the components
once), streaming with a bounded number of batches in flight so memory stays flat whatever the
corpus size, and writes the output in input order. A progress bar (documents/s) goes to stderr
when it is a terminal, and a one-line summary (documents, events, seconds, docs/s, MB/s) always
ends a successful run. ``--resume`` (with ``-o OUT --format jsonl``) skips the ids already in OUT,
drops a truncated last line left by an interrupted run, and appends.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import gc
import importlib
import json
import multiprocessing
import signal
import sys
import time
from collections import deque
from collections.abc import Generator, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from event_extract.__about__ import __version__
from event_extract.models import (
    EVENT_COLUMNS,
    Actor,
    ActorMention,
    DocumentRecord,
    Event,
    EventDate,
    TimeExpression,
    TimelineEntry,
    flatten_event,
)
from event_extract.reference import ReferenceDateError, parse_date
from event_extract.text import html_to_text

FORMATS = ("table", "json", "jsonl", "csv")
_TEXT_SUFFIXES = {".txt", ".md", ".text"}
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


class InputError(Exception):
    """An input cannot be read; the message names the input (and line)."""


@dataclass(frozen=True)
class InputRecord:
    """One document to process, as read from a file, a JSONL line or stdin."""

    id: str
    text: str
    published: str | None


def read_inputs(paths: Sequence[str], stdin: IO[str] | None = None) -> Iterator[InputRecord]:
    """Yield the documents of every input in order, streaming JSONL line by line.

    :raises InputError: On an unreadable file or a malformed JSONL line.
    """
    for name in paths:
        if name == "-":
            stream = stdin if stdin is not None else sys.stdin
            yield InputRecord(id="stdin", text=stream.read(), published=None)
            continue
        path = Path(name)
        if path.suffix.lower() == ".jsonl":
            yield from _read_jsonl(path)
        else:
            yield _read_document_file(path)


def _read_document_file(path: Path) -> InputRecord:
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror or error}") from None
    text = raw.decode("utf-8", errors="replace")
    if path.suffix.lower() in _HTML_SUFFIXES:
        text = html_to_text(text)
    return InputRecord(id=path.name, text=text, published=None)


def _read_jsonl(path: Path) -> Iterator[InputRecord]:
    try:
        handle = path.open(encoding="utf-8", errors="replace")
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror or error}") from None
    with handle:
        for line_number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            yield _jsonl_record(path, line_number, line)


def _jsonl_record(path: Path, line_number: int, line: str) -> InputRecord:
    where = f"{path}:{line_number}"
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(f"{where}: malformed JSON ({error.msg})") from None
    if not isinstance(data, dict):
        raise InputError(f"{where}: expected a JSON object with 'text'")
    text = data.get("text")
    if text is not None and not isinstance(text, str):
        raise InputError(f"{where}: 'text' must be a string")
    published = data.get("published", data.get("date"))
    if published is not None and not isinstance(published, str):
        raise InputError(f"{where}: 'published' must be an ISO date string")
    record_id = data.get("id", data.get("doc_id"))
    return InputRecord(
        id=str(record_id) if record_id is not None else f"{path.name}:{line_number}",
        text=text or "",
        published=published or None,
    )


def records_to_documents(records: Iterable[InputRecord]) -> list[Any]:
    """Build Haystack Documents, keeping the record id as the Document id."""
    from haystack import Document  # noqa: PLC0415 - Haystack import is deferred until work starts

    documents = []
    for record in records:
        meta = {"published": record.published} if record.published else {}
        documents.append(Document(id=record.id, content=record.text, meta=meta))
    return documents


class Extractor:
    """The three components, warmed up once, mapping input records to output records."""

    def __init__(self, reference_date: dt.date | None) -> None:
        from event_extract.components import ActorLinker, EventExtractor, TimexTagger  # noqa: PLC0415
        from event_extract.components._documents import parse_run_date  # noqa: PLC0415

        self.reference_date = reference_date.isoformat() if reference_date else None
        self._override = parse_run_date(self.reference_date)
        self.tagger = TimexTagger()
        self.linker = ActorLinker()
        self.extractor = EventExtractor()
        # The knowledge the components load (some 120,000 objects) lives as long as the process.
        # Collections while it loads would only walk what stays, and once frozen the collector no
        # longer walks it at every full collection, a cost that grows with document size. The
        # thousand-odd objects warm-up leaves unreachable are frozen with it: cheaper than a
        # collection of everything.
        collecting = gc.isenabled()
        gc.disable()
        try:
            for part in (self.tagger, self.linker, self.extractor):
                part.warm_up()
        finally:
            gc.freeze()
            if collecting:
                gc.enable()

    def process(self, records: Sequence[InputRecord]) -> list[DocumentRecord]:
        """Annotate a batch and return one output record per input record, in order.

        Each document takes the components' own per-document steps (TimexTagger, then ActorLinker,
        then EventExtractor) without a Haystack Document between them: its timexes and mentions
        pass from step to step as models and go into its record as they are, never dumped to dicts.
        """
        from event_extract.components._documents import Annotation  # noqa: PLC0415

        outputs = []
        for record in records:
            meta = {"published": record.published} if record.published else {}
            annotation = Annotation(record.id or _content_hash_id(record.text, meta), record.text, meta)
            self.tagger._annotate(annotation, self._override)
            self.linker._annotate(annotation, None)
            events = self.extractor._annotate(annotation)
            skipped = annotation.meta.get("skipped")
            outputs.append(
                DocumentRecord(
                    id=annotation.id,
                    reference_date=annotation.meta.get("reference_date"),
                    reference_date_source=annotation.meta.get("reference_date_source"),
                    timexes=annotation.timexes or [],
                    actors=annotation.mentions or [],
                    events=events,
                    skipped=skipped,
                    language=annotation.meta.get("language") if skipped is not None else None,
                )
            )
        return outputs


def _content_hash_id(text: str, meta: dict[str, Any]) -> str:
    """The id Haystack gives a Document built without one (a hash of its content and meta).

    A record with an empty id (a Ray row without an id column, or ``"id": ""`` in JSONL) gets the
    id of the Document :func:`records_to_documents` builds for it.
    """
    from haystack import Document  # noqa: PLC0415 - Haystack import is deferred until work starts

    return Document(content=text, meta=meta).id


def batched(records: Iterable[InputRecord], size: int) -> Iterator[list[InputRecord]]:
    """Group records into lists of at most ``size``."""
    batch: list[InputRecord] = []
    for record in records:
        batch.append(record)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


@dataclass(frozen=True)
class BatchResult:
    """A coded batch: one JSON line per input document, in input order, and the events each holds."""

    lines: list[str]
    event_counts: list[int]


def code_batch(extractor: Extractor, batch: Sequence[InputRecord]) -> BatchResult:
    """Code one batch and encode its records; workers return this so the parent only writes strings."""
    records = extractor.process(batch)
    return BatchResult([record.to_json_line() for record in records], [len(record.events) for record in records])


_worker_extractor: Extractor | None = None


def _init_worker(reference_date: dt.date | None) -> None:
    """Pool initializer: build and warm up the components once per worker process."""
    global _worker_extractor  # noqa: PLW0603 - one Extractor per worker process, by design
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is handled by the parent, which stops the pool
    _worker_extractor = Extractor(reference_date)


def _code_batch_in_worker(batch: list[InputRecord]) -> BatchResult:
    assert _worker_extractor is not None, "worker used without _init_worker"
    return code_batch(_worker_extractor, batch)


def _worker_context() -> multiprocessing.context.BaseContext:
    """``forkserver`` preloading the components' imports where available, else ``spawn``."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        # Not event_extract.cli itself: under ``python -m event_extract.cli`` each worker re-runs it
        # as ``__mp_main__``, which must not find it imported already.
        context.set_forkserver_preload(["event_extract.components"])
        return context
    return multiprocessing.get_context("spawn")


def code_batches(
    batches: Iterable[list[InputRecord]],
    reference_date: dt.date | None,
    workers: int = 1,
    max_in_flight: int | None = None,
) -> Generator[tuple[list[InputRecord], BatchResult], None, None]:
    """Code batches in order, in this process (``workers=1``) or in a pool of ``workers`` processes.

    Workers start from a fresh interpreter, never a fork of this process (whose threads, from tqdm
    for one, make ``fork`` unsafe): ``forkserver`` where the platform has it, with the package and
    Haystack imported once in the server so each worker only warms up, else ``spawn``. The pool
    keeps at most ``max_in_flight`` batches (default ``2 * workers``) submitted but not yet
    yielded, so reading never runs ahead of coding: memory is bounded by the batch size, not by
    the corpus. Results come back in submission order.
    """
    if workers <= 1:
        extractor: Extractor | None = None
        for batch in batches:
            extractor = extractor or Extractor(reference_date)  # built once, and only if there is work
            yield batch, code_batch(extractor, batch)
        return
    limit = max(1, max_in_flight if max_in_flight is not None else 2 * workers)
    context = _worker_context()
    pool = ProcessPoolExecutor(
        workers, mp_context=context, initializer=_init_worker, initargs=(reference_date,)
    )
    pending: deque[tuple[list[InputRecord], Future[BatchResult]]] = deque()
    finished = False
    try:
        for batch in batches:
            pending.append((batch, pool.submit(_code_batch_in_worker, batch)))
            while len(pending) >= limit:
                done_batch, future = pending.popleft()
                yield done_batch, future.result()
        while pending:
            done_batch, future = pending.popleft()
            yield done_batch, future.result()
        finished = True
    finally:
        pool.shutdown(wait=finished, cancel_futures=not finished)


class OutputWriter:
    """Writes output records in one of the formats, streaming where the format allows."""

    def __init__(self, stream: IO[str], output_format: str) -> None:
        self.stream = stream
        self.format = output_format
        self._json_records: list[dict[str, Any]] = []
        self._csv: csv.DictWriter[str] | None = None
        self._table_rows: list[list[str]] = []

    def write_line(self, line: str) -> None:
        """Write (or buffer, for ``json`` and ``table``) one document's record given as its JSONL line."""
        if self.format == "jsonl":
            self.stream.write(line + "\n")
            return
        record = DocumentRecord.model_validate_json(line)
        if self.format == "json":
            self._json_records.append(record.to_json_dict())
        elif self.format == "csv":
            for event in record.events:
                row = flatten_event(event)
                if self._csv is None:
                    self._csv = csv.DictWriter(self.stream, fieldnames=list(row))
                    self._csv.writeheader()
                self._csv.writerow(row)
        else:
            self._table_rows.extend(_table_row(record.id, event) for event in record.events)

    def close(self) -> None:
        """Flush buffered formats."""
        if self.format == "json":
            json.dump(self._json_records, self.stream, ensure_ascii=False, indent=2)
            self.stream.write("\n")
        elif self.format == "csv" and self._csv is None:
            self.stream.write(",".join(EVENT_COLUMNS) + "\n")
        elif self.format == "table":
            self.stream.write(render_table(self._table_rows))
        self.stream.flush()


_TABLE_HEADER = ["document", "date", "code", "event", "source", "target", "modality", "trigger"]


def _actor_label(actor: Actor | None) -> str:
    if actor is None:
        return "-"
    return f"{actor.name} ({actor.cameo or actor.country or '?'})"


def _table_row(doc_id: str, event: Event) -> list[str]:
    date = event.date.value or "-"
    if event.date.provenance == "publication":
        date += "*"
    return [
        doc_id,
        date,
        event.cameo,
        event.label,
        _actor_label(event.source),
        _actor_label(event.target),
        event.modality,
        event.trigger.text,
    ]


def render_table(rows: list[list[str]]) -> str:
    """A plain-text table with aligned columns; '*' marks dates taken from the publication date."""
    if not rows:
        return "No events found.\n"
    cells = [_TABLE_HEADER, *rows]
    widths = [min(40, max(len(row[i]) for row in cells)) for i in range(len(_TABLE_HEADER))]

    def line(row: list[str]) -> str:
        return "  ".join(cell[:40].ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()

    out = [line(_TABLE_HEADER), "  ".join("-" * width for width in widths)]
    out.extend(line(row) for row in rows)
    out.append(f"\n{len(rows)} event(s). * = dated by the publication date.")
    return "\n".join(out) + "\n"


def write_timeline(path: Path, events: list[Event]) -> int:
    """Merge events across documents and write the timeline as JSONL or CSV (by file extension)."""
    from event_extract.events import merge_events  # noqa: PLC0415

    entries = merge_events(events)
    with path.open("w", encoding="utf-8", newline="") as handle:
        if path.suffix.lower() == ".csv":
            _write_timeline_csv(handle, entries)
        else:
            for entry in entries:
                handle.write(json.dumps(entry.model_dump(mode="json"), ensure_ascii=False) + "\n")
    return len(entries)


def _write_timeline_csv(handle: IO[str], entries: list[TimelineEntry]) -> None:
    writer = csv.writer(handle)
    writer.writerow(
        ["date_value", "date_start", "date_end", "cameo", "plover", "label", "source", "source_cameo",
         "target", "target_cameo", "modality", "reports", "doc_ids"]
    )
    for entry in entries:
        writer.writerow(
            [entry.date.value, entry.date.start, entry.date.end, entry.cameo, entry.plover, entry.label,
             entry.source.name if entry.source else "", entry.source.cameo if entry.source else "",
             entry.target.name if entry.target else "", entry.target.cameo if entry.target else "",
             entry.modality, entry.reports, " ".join(entry.doc_ids)]
        )


def _schema() -> dict[str, Any]:
    models = (DocumentRecord, Event, ActorMention, Actor, TimeExpression, EventDate, TimelineEntry)
    return {
        "$comment": "JSON schemas of the event-extract output models (pydantic v2).",
        "version": __version__,
        "models": {model.__name__: model.model_json_schema() for model in models},
    }


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``event-extract``."""
    parser = argparse.ArgumentParser(
        prog="event-extract",
        description="Extract dated, coded diplomatic events (CAMEO/PLOVER) from news text.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="code events in files, JSONL corpora or stdin")
    extract.add_argument(
        "inputs", nargs="+", metavar="INPUT",
        help=".txt/.md/.html files, .jsonl files ({id, text, published}) or '-' for stdin",
    )
    extract.add_argument("--date", help="reference date (YYYY-MM-DD) for inputs that carry none")
    extract.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    extract.add_argument("-o", "--output", help="write to this file instead of stdout")
    extract.add_argument("--timeline", help="also write events merged across documents (.jsonl or .csv)")
    extract.add_argument("--batch-size", type=int, default=64, help="documents per batch (default: 64)")
    extract.add_argument(
        "--workers", type=int, default=1, metavar="N",
        help="worker processes; output order is kept whatever N (default: 1)",
    )
    extract.add_argument(
        "--resume", action="store_true",
        help="with -o OUT --format jsonl: skip documents whose id is already in OUT and append",
    )
    extract.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")

    schema = commands.add_parser("schema", help="print the JSON schema of the output models")
    schema.add_argument("-o", "--output", help="write to this file instead of stdout")
    return parser


def _fail(message: str) -> int:
    print(f"event-extract: error: {message}", file=sys.stderr)
    return 2


def read_done_ids(path: Path, keep_events: bool = False) -> tuple[set[str], list[Event]]:
    """The ids already written to a JSONL output, for ``--resume``; also its events when asked.

    A last line cut short by an interrupted run (no newline, or not valid JSON) is removed from
    the file so that appending starts on a clean line; a bad line anywhere else is an error.

    :raises InputError: When the file cannot be read or holds a malformed line before its end.
    """
    done: set[str] = set()
    events: list[Event] = []
    if not path.exists():
        return done, events
    try:
        handle = path.open("rb")
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror or error}") from None
    good_end = 0
    bad_line: int | None = None
    with handle:
        for line_number, raw in enumerate(handle, start=1):
            if bad_line is not None:
                raise InputError(f"{path}:{bad_line}: not a JSON output record; cannot resume")
            data = _output_line(raw)
            if data is None:
                if raw.strip():
                    bad_line = line_number
                    continue
            else:
                done.add(str(data["id"]))
                if keep_events:
                    events.extend(Event.model_validate(event) for event in data.get("events") or [])
            good_end += len(raw)
    if bad_line is not None:
        with path.open("r+b") as cut:
            cut.truncate(good_end)
    return done, events


def _output_line(raw: bytes) -> dict[str, Any] | None:
    """A complete output record line, or None for a blank, truncated or malformed one."""
    if not raw.endswith(b"\n"):
        return None
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    return data if isinstance(data, dict) and "id" in data else None


def _text_bytes(text: str) -> int:
    return len(text) if text.isascii() else len(text.encode("utf-8", errors="surrogatepass"))


@dataclass
class RunStats:
    """Counters of one ``extract`` run, shown by the progress bar and the end-of-run summary."""

    workers: int
    documents: int = 0
    events: int = 0
    bytes: int = 0
    skipped: int = 0
    started: float = field(default_factory=time.perf_counter)

    def add(self, batch: Sequence[InputRecord], result: BatchResult) -> None:
        """Count a coded batch."""
        self.documents += len(batch)
        self.events += sum(result.event_counts)
        self.bytes += sum(_text_bytes(record.text) for record in batch)

    def summary(self, interrupted: bool = False) -> str:
        """``event-extract: 3000 documents, 912 events in 9.81 s (305.8 docs/s, 0.84 MB/s, 2 workers)``."""
        seconds = max(time.perf_counter() - self.started, 1e-9)
        workers = f"{self.workers} worker{'s' if self.workers != 1 else ''}"
        text = (
            f"event-extract: {self.documents} documents, {self.events} events in {seconds:.2f} s "
            f"({self.documents / seconds:.1f} docs/s, {self.bytes / 1e6 / seconds:.2f} MB/s, {workers})"
        )
        if self.skipped:
            text += f"; {self.skipped} already in the output, skipped"
        if interrupted:
            text += "; interrupted: rerun with --resume to continue"
        return text


def _skip_done(records: Iterable[InputRecord], done: set[str], stats: RunStats) -> Iterator[InputRecord]:
    for record in records:
        if record.id in done:
            stats.skipped += 1
        else:
            yield record


class _ProgressBar:
    """A tqdm bar on stderr counting documents (with docs/s), or nothing when disabled."""

    def __init__(self, enabled: bool) -> None:
        self._bar: Any = None
        if enabled:
            tqdm = importlib.import_module("tqdm").tqdm  # untyped; only needed for interactive runs
            self._bar = tqdm(
                desc="event-extract", unit="doc", file=sys.stderr, dynamic_ncols=True, smoothing=0.1
            )

    def update(self, stats: RunStats, count: int) -> None:
        if self._bar is not None:
            seconds = max(time.perf_counter() - stats.started, 1e-9)
            rate = stats.bytes / 1e6 / seconds
            self._bar.set_postfix_str(f"{stats.events} events, {rate:.2f} MB/s", refresh=False)
            self._bar.update(count)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


def run_extract(args: argparse.Namespace) -> int:
    """Run the ``extract`` command."""
    try:
        reference_date = parse_date(args.date, what="--date") if args.date else None
    except ReferenceDateError as error:
        return _fail(str(error))
    if args.batch_size < 1:
        return _fail("--batch-size must be at least 1")
    if args.workers < 1:
        return _fail("--workers must be at least 1")
    stats = RunStats(workers=args.workers)
    done: set[str] = set()
    timeline_events: list[Event] = []
    if args.resume:
        if not args.output or args.format != "jsonl":
            return _fail("--resume needs -o OUT and --format jsonl")
        try:
            done, timeline_events = read_done_ids(Path(args.output), keep_events=bool(args.timeline))
        except InputError as error:
            return _fail(str(error))
    out: IO[str] = sys.stdout
    try:
        if args.output:
            out = Path(args.output).open("a" if args.resume else "w", encoding="utf-8", newline="")  # noqa: SIM115
    except OSError as error:
        return _fail(f"cannot write {args.output}: {error.strerror or error}")
    writer = OutputWriter(out, args.format)
    records: Iterable[InputRecord] = read_inputs(args.inputs)
    if done:
        records = _skip_done(records, done, stats)
    progress = _ProgressBar(enabled=not args.no_progress and sys.stderr.isatty())
    results = code_batches(batched(records, args.batch_size), reference_date, workers=args.workers)
    try:
        for batch, result in results:
            for line, event_count in zip(result.lines, result.event_counts, strict=True):
                writer.write_line(line)
                if args.timeline and event_count:
                    timeline_events.extend(DocumentRecord.model_validate_json(line).events)
            stats.add(batch, result)
            progress.update(stats, len(batch))
    except (InputError, ReferenceDateError) as error:
        progress.close()
        return _fail(str(error))
    except BrokenProcessPool:
        progress.close()
        return _fail("a worker process died (its error is above); rerun with --resume to continue")
    except KeyboardInterrupt:
        progress.close()
        print(stats.summary(interrupted=True), file=sys.stderr)
        return 130
    finally:
        results.close()
        writer.close()
        if out is not sys.stdout:
            out.close()
    progress.close()
    print(stats.summary(), file=sys.stderr)
    if args.timeline:
        count = write_timeline(Path(args.timeline), timeline_events)
        print(f"event-extract: wrote {count} timeline entries to {args.timeline}", file=sys.stderr)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``event-extract`` console script."""
    args = build_parser().parse_args(argv)
    if args.command == "schema":
        text = json.dumps(_schema(), indent=2) + "\n"
        if args.output:
            Path(args.output).write_text(text, encoding="utf-8")
        else:
            sys.stdout.write(text)
        return 0
    return run_extract(args)


if __name__ == "__main__":
    raise SystemExit(main())
