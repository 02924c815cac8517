"""Table-driven trigger/argument cases from ``data/cases.jsonl`` (one per common trigger)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.events.conftest import triples

CASES = [json.loads(line) for line in (Path(__file__).parent / "data" / "cases.jsonl").read_text().splitlines()
         if line.strip()]


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_case(code: Callable[..., list], case: dict) -> None:
    got = triples(code(case["text"]))
    expected = {tuple(item) for item in case["expect"]}
    assert expected <= got, f"missing {expected - got}; got {got}"
    assert len(got - expected) == 0, f"spurious {got - expected}"
