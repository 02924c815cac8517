"""The grammar's per-category alternatives, tried one after another, match as one alternation would."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from event_extract.temporal.grammar import CATEGORY_ALTERNATIVES, build_pattern, category_patterns
from event_extract.temporal.lexicon import load_lexicon

TEXTS = [
    json.loads(line)["text"]
    for line in (Path(__file__).parent / "cases.jsonl").read_text("utf-8").splitlines()
    if line
]
_WORD_START = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9']")


@pytest.mark.parametrize("category", sorted(CATEGORY_ALTERNATIVES))
def test_alternatives_in_turn_match_like_one_alternation(category: str) -> None:
    sources = build_pattern(load_lexicon())
    names = CATEGORY_ALTERNATIVES[category]
    alternation = re.compile("|".join(f"(?P<{name}>{sources[name]})" for name in names))
    candidates = category_patterns()[1][category]
    assert [name for name, _ in candidates] == list(names)
    for text in TEXTS:
        for start in (m.start() for m in _WORD_START.finditer(text)):
            expected = alternation.match(text, start)
            got = next(((name, m) for name, p in candidates if (m := p.match(text, start)) is not None), None)
            if expected is None:
                assert got is None, (text, start)
                continue
            assert got is not None, (text, start)
            assert (got[0], got[1].span()) == (expected.lastgroup, expected.span()), (text, start)
