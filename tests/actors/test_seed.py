"""The seed article's actors are linked (uses the shared copy; skipped without it)."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from event_extract.actors import ActorMatcher

from .conftest import SHARED

SEED = SHARED / "seed" / "article.txt"


@pytest.mark.skipif(not SEED.exists(), reason="shared seed article not available")
def test_seed_article_actors(matcher: ActorMatcher) -> None:
    text = SEED.read_text(encoding="utf-8")
    mentions = matcher.link(text, date(2025, 10, 7))
    ids = {m.actor.id for m in mentions}
    for expected in (
        "person:kim-jong-un",
        "person:vladimir-putin",
        "person:xi-jinping",
        "person:alexander-lukashenko",
        "person:dmitry-peskov",
        "government:PRK",
        "government:RUS",
        "government:KOR",
        "government:JPN",
        "government:USA",
        "government:CHN",
        "org:kcna",
        "org:cis",
    ):
        assert expected in ids, expected
    by_text = {m.text: m for m in mentions}
    assert by_text["the Kremlin"].actor.id == "government:RUS"
    assert by_text["Seoul"].via == "capital"
    kim = [m for m in mentions if m.actor.id == "person:kim-jong-un"]
    assert kim[0].actor.office is not None and kim[0].actor.office.role == "head_of_state"
    assert kim[0].actor.cameo == "PRKGOV"
    assert any(m.via == "short_form" and m.text == "Kim" for m in kim)
    peskov = next(m for m in mentions if m.actor.id == "person:dmitry-peskov")
    assert (peskov.via, peskov.actor.country, peskov.actor.sector) == ("apposition", "RUS", "GOV")
    for a, b in itertools.pairwise(mentions):
        assert a.end <= b.start
