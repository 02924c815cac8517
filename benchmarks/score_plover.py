"""Run the timex recogniser, actor matcher and event coder over a gold file of event records.

Usage::

    PYTHONPATH=src python benchmarks/score_plover.py GOLD.jsonl OUT.jsonl [--keep-negated]
    python ../shared/eval/score_events.py GOLD.jsonl OUT.jsonl --system plover

    PYTHONPATH=src python benchmarks/score_plover.py --false-alarms NEWS.jsonl [--limit 500] [--show 20]

``--petrarch-actors ../shared/data/petrarch/validate/PETR_Validate_actors_2_02.txt`` adds the
PETRARCH validation suite's fictional actors, to score ``petrarch_validate_fictional.jsonl`` with
``--system cameo``.

The first form writes one line per record in the CLI's jsonl shape (``{"id", "events": [...]}``).
Negated events are left out of the written predictions unless ``--keep-negated`` is given: they
state that something did not happen, so they are not predictions of an event. The second form
counts events per 100 articles of a news corpus with no diplomatic content (the false-alarm rate)
and prints a sample of what fired.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter
from pathlib import Path

from event_extract.actors import ActorKnowledgeBase, ActorMatcher
from event_extract.events import EventCoder
from event_extract.models import Event
from event_extract.temporal import TimexRecognizer


class Pipeline:
    """Recogniser + matcher + coder, loaded once."""

    def __init__(self, petrarch_actors: Path | None = None) -> None:
        self.timex = TimexRecognizer()
        if petrarch_actors is None:
            kb = ActorKnowledgeBase.load_default()
        else:
            kb = ActorKnowledgeBase.from_files(petrarch_files=[petrarch_actors])
        self.matcher = ActorMatcher(kb)
        self.coder = EventCoder()

    def events(self, text: str, reference: dt.date | None, doc_id: str | None = None) -> list[Event]:
        timexes = self.timex.tag(text, reference)
        mentions = self.matcher.link(text, reference)
        return self.coder.code(text, timexes, mentions, reference, doc_id=doc_id)


def _date(value: object) -> dt.date | None:
    if isinstance(value, str) and value:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def score_file(gold: Path, out: Path, keep_negated: bool = False, petrarch_actors: Path | None = None) -> int:
    pipeline = Pipeline(petrarch_actors)
    records = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    with out.open("w", encoding="utf-8") as handle:
        for record in records:
            events = pipeline.events(record["text"], _date(record.get("date")), str(record["id"]))
            kept = [e for e in events if keep_negated or e.modality != "negated"]
            line = {"id": record["id"], "events": [e.model_dump(mode="json") for e in kept]}
            handle.write(json.dumps(line))
            handle.write("\n")
    return len(records)


def false_alarms(news: Path, limit: int, show: int) -> None:
    pipeline = Pipeline()
    articles = 0
    fired: list[tuple[str, Event, str]] = []
    with news.open(encoding="utf-8") as handle:
        for line in handle:
            if articles >= limit:
                break
            if not line.strip():
                continue
            record = json.loads(line)
            text = record.get("text") or record.get("body") or ""
            if not text:
                continue
            articles += 1
            reference = _date(record.get("date") or record.get("published"))
            for event in pipeline.events(text, reference, str(record.get("id"))):
                if event.modality == "negated":
                    continue
                fired.append((str(record.get("id")), event, text[event.sentence_start : event.sentence_end]))
    per_100 = 100.0 * len(fired) / articles if articles else 0.0
    print(f"articles={articles} events={len(fired)} events_per_100_articles={per_100:.1f}")
    print("by code:", Counter(e.cameo for _, e, _ in fired).most_common(15))
    for doc_id, event, sentence in fired[:show]:
        source = event.source.cameo if event.source else None
        target = event.target.cameo if event.target else None
        print(f"  [{doc_id}] {event.cameo} {source}->{target} {event.trigger.text!r}: {sentence[:160]!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path, nargs="?")
    parser.add_argument("out", type=Path, nargs="?")
    parser.add_argument("--keep-negated", action="store_true")
    parser.add_argument("--petrarch-actors", type=Path, help="extra PETRARCH actor dictionary (fictional suite)")
    parser.add_argument("--false-alarms", type=Path, metavar="NEWS.jsonl")
    parser.add_argument("--limit", type=int, default=500)
    parser.add_argument("--show", type=int, default=20)
    args = parser.parse_args(argv)
    if args.false_alarms is not None:
        false_alarms(args.false_alarms, args.limit, args.show)
        return 0
    if args.gold is None or args.out is None:
        parser.error("GOLD and OUT are required unless --false-alarms is given")
    count = score_file(args.gold, args.out, args.keep_negated, args.petrarch_actors)
    print(f"wrote predictions for {count} records to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
