"""Hand-built actors, mentions and timexes for the event coder's unit tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from event_extract.events import EventCoder
from event_extract.models import Actor, ActorMention, TimeExpression

ACTORS: dict[str, Actor] = {
    "Putin": Actor(id="person:vladimir-putin", name="Vladimir Putin", kind="person", country="RUS",
                   sector="GOV", cameo="RUSGOV"),
    "Kim": Actor(id="person:kim-jong-un", name="Kim Jong-un", kind="person", country="PRK", sector="GOV",
                 cameo="PRKGOV"),
    "Xi": Actor(id="person:xi-jinping", name="Xi Jinping", kind="person", country="CHN", sector="GOV",
                cameo="CHNGOV"),
    "Lukashenko": Actor(id="person:alexander-lukashenko", name="Alexander Lukashenko", kind="person",
                        country="BLR", sector="GOV", cameo="BLRGOV"),
    "Russia": Actor(id="state:RUS", name="Russia", kind="state", country="RUS", cameo="RUS"),
    "Ukraine": Actor(id="state:UKR", name="Ukraine", kind="state", country="UKR", cameo="UKR"),
    "Iran": Actor(id="state:IRN", name="Iran", kind="state", country="IRN", cameo="IRN"),
    "China": Actor(id="state:CHN", name="China", kind="state", country="CHN", cameo="CHN"),
    "EU": Actor(id="org:eu", name="European Union", kind="organisation", cameo="IGOEUREEC"),
    "Beijing": Actor(id="government:CHN", name="Government of China", kind="government", country="CHN",
                     sector="GOV", cameo="CHNGOV"),
    "Vladivostok": Actor(id="state:RUS", name="Russia", kind="state", country="RUS", cameo="RUS"),
}

REF = dt.date(2025, 10, 7)


def mentions_for(text: str, names: list[str]) -> list[ActorMention]:
    """A mention for every occurrence of each name in ``names`` (longest names first)."""
    out: list[ActorMention] = []
    taken: list[tuple[int, int]] = []
    for name in sorted(names, key=len, reverse=True):
        start = text.find(name)
        while start != -1:
            end = start + len(name)
            if not any(s < end and start < e for s, e in taken):
                via = "capital" if name in ("Beijing", "Vladivostok") else "alias"
                out.append(ActorMention(start=start, end=end, text=name, actor=ACTORS[name], confidence=0.9,
                                        via=via))
                taken.append((start, end))
            start = text.find(name, end)
    return sorted(out, key=lambda m: m.start)


def timex(text: str, span: str, *, value: str, granularity: str, start: str | None, end: str | None,
          relative: bool = False, kind: str = "DATE") -> TimeExpression:
    at = text.index(span)
    return TimeExpression(start=at, end=at + len(span), text=span, type=kind, value=value,  # type: ignore[arg-type]
                          granularity=granularity, interval_start=start, interval_end=end,  # type: ignore[arg-type]
                          relative=relative)


@pytest.fixture(scope="session")
def coder() -> EventCoder:
    return EventCoder()


@pytest.fixture()
def code(coder: EventCoder) -> Callable[..., list]:
    """Code ``text`` with mentions for the named actors found in it."""

    def run(text: str, timexes: list[TimeExpression] | None = None, ref: dt.date | None = REF) -> list:
        names = [name for name in ACTORS if name in text]
        return coder.code(text, timexes or [], mentions_for(text, names), ref, doc_id="d1")

    return run


def triples(events: list) -> set[tuple[str, str | None, str | None]]:
    return {(e.cameo, e.source.cameo if e.source else None, e.target.cameo if e.target else None)
            for e in events}
