"""Table-driven linking cases from ``cases.jsonl`` (titles by date, aliases, metonymy, groups,
acronyms, ambiguity, short forms), run against the package data including the people files.

One case per line: ``text``; ``date`` (ISO reference date or null); ``expect``: spans that must be
linked, each ``{"span", "actor"}`` plus optional ``via``, ``cameo``, ``role`` (office role on the
date) and ``occurrence`` (which occurrence of ``span``, default 1); ``absent``: spans no mention may
touch; ``absent_actors``: actor ids that must not be linked anywhere; ``note``: why.
"""

from __future__ import annotations

import itertools
import json
from datetime import date
from typing import Any

import pytest

from event_extract.actors import ActorMatcher
from event_extract.models import ActorMention

from .conftest import HERE

CASES: list[dict[str, Any]] = [
    json.loads(line) for line in (HERE / "cases.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()
]


def _occurrence(text: str, span: str, n: int) -> tuple[int, int]:
    start = -1
    for _ in range(n):
        start = text.find(span, start + 1)
        assert start >= 0, f"span {span!r} (occurrence {n}) not in case text {text!r}"
    return start, start + len(span)


def _covering(mentions: list[ActorMention], start: int, end: int) -> list[ActorMention]:
    return [m for m in mentions if m.start < end and start < m.end]


def test_there_are_enough_cases() -> None:
    assert len(CASES) >= 150


@pytest.mark.parametrize("case", CASES, ids=[f"{i}:{c['text'][:40]}" for i, c in enumerate(CASES)])
def test_case(case: dict[str, Any], matcher: ActorMatcher) -> None:
    text = case["text"]
    ref = date.fromisoformat(case["date"]) if case["date"] else None
    mentions = matcher.link(text, ref)
    for mention in mentions:  # invariants: offsets index the text, order, no overlaps
        assert text[mention.start : mention.end] == mention.text
    assert all(a.end <= b.start for a, b in itertools.pairwise(mentions))
    for want in case["expect"]:
        start, end = _occurrence(text, want["span"], want.get("occurrence", 1))
        found = [m for m in _covering(mentions, start, end) if m.actor.id == want["actor"]]
        assert found, f"{want['span']!r} not linked to {want['actor']}: {[(m.text, m.actor.id) for m in mentions]}"
        mention = found[0]
        if "via" in want:
            assert mention.via == want["via"], (want, mention)
        if "cameo" in want:
            assert mention.actor.cameo == want["cameo"], (want, mention.actor)
        if "role" in want:
            assert mention.actor.office is not None and mention.actor.office.role == want["role"], mention.actor
    for span in case["absent"]:
        start, end = _occurrence(text, span, 1)
        assert not _covering(mentions, start, end), f"{span!r} should not be linked: {mentions}"
    for actor_id in case.get("absent_actors", ()):
        assert all(m.actor.id != actor_id for m in mentions), f"{actor_id} should not be linked: {mentions}"
