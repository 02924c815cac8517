"""Tag temporal expressions in a JSONL corpus and write predictions for ``score_timex.py``.

Usage: ``python benchmarks/tag_timexes.py IN.jsonl OUT.jsonl``

Each input line needs ``doc_id`` (or ``id``) and ``text``, and may give ``dct`` (or ``published``)
as ``YYYY-MM-DD``; without one, the reference date is inferred from the text (dateline or first
full date). Output lines are ``{"doc_id", "timexes": [{"start", "end", "text", "type", "value",
"mod"}]}``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from event_extract.temporal import TimexRecognizer, find_reference_date


def _reference(record: dict[str, Any]) -> dt.date | None:
    raw = record.get("dct") or record.get("published")
    if isinstance(raw, str) and len(raw) >= 10:
        try:
            return dt.date.fromisoformat(raw[:10])
        except ValueError:
            pass
    found = find_reference_date(record.get("text") or "")
    return found[0] if found else None


def predict(records: Iterable[dict[str, Any]], recognizer: TimexRecognizer | None = None) -> Iterator[dict[str, Any]]:
    """Prediction records for ``records`` (dicts with doc_id/id, text and optional dct)."""
    tagger = recognizer or TimexRecognizer()
    for record in records:
        text = record.get("text") or ""
        timexes = tagger.tag(text, _reference(record))
        yield {
            "doc_id": record.get("doc_id") or record.get("id"),
            "timexes": [
                {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value, "mod": t.mod}
                for t in timexes
            ],
        }


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", type=Path)
    parser.add_argument("output", type=Path)
    args = parser.parse_args(argv)
    with args.input.open(encoding="utf-8") as source:
        records = [json.loads(line) for line in source if line.strip()]
    with args.output.open("w", encoding="utf-8") as sink:
        for prediction in predict(records):
            sink.write(json.dumps(prediction, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
