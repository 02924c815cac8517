"""The PETRARCH/Phoenix dictionary reader, on small inline samples and on the real files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from event_extract.actors import ActorKnowledgeBase, ActorMatcher
from event_extract.actors.petrarch import DatedCode, parse_petrarch_actors, read_petrarch_actors

from .conftest import SHARED

PETRARCH = SHARED / "data" / "petrarch"

SAMPLE = """\
# comment line
<!-- a block
spanning lines -->
FREEDONIA_  [FRD]
+FREEDONIAN_  # inline comment
+FRD_CAPITAL_CITY

RUFUS_T._FIREFLY_
+FIREFLY_
\t[FRDGOV 991231-080507]
\t[FRDELI >080508]
GROUCHO_ARMY_ [frdmil]
NOBODY_ [---]
OLD_TIMER_ [SYLGOV <900823] [SYLELI]
SYLVANIA_ [SYL >911221]
\t[USRSYL <900823]
"""


def test_parse_sample() -> None:
    entries = list(parse_petrarch_actors(SAMPLE, "sample"))
    names = [e.names[0] for e in entries]
    assert names == ["FREEDONIA", "RUFUS T. FIREFLY", "GROUCHO ARMY", "NOBODY", "OLD TIMER", "SYLVANIA"]
    assert entries[0].synonyms == ["FREEDONIAN", "FRD CAPITAL CITY"]
    assert entries[1].codes == [
        DatedCode("FRDGOV", date(1999, 12, 31), date(2008, 5, 7)),
        DatedCode("FRDELI", date(2008, 5, 8), None),
    ]
    assert entries[2].codes == [DatedCode("FRDMIL")]
    assert entries[3].codes == []
    assert entries[4].codes == [DatedCode("SYLGOV", None, date(1990, 8, 23)), DatedCode("SYLELI")]
    assert entries[1].line == 8


def test_petrarch_actors_link_with_dated_codes(tmp_path: Path) -> None:
    path = tmp_path / "sample.actors.txt"
    path.write_text(SAMPLE)
    kb = ActorKnowledgeBase.from_files(petrarch_files=[path], include_default=False)
    matcher = ActorMatcher(kb)
    text = "Rufus T. Firefly met Groucho Army officers."
    early = matcher.link(text, date(2005, 1, 1))
    late = matcher.link(text, date(2010, 1, 1))
    assert [(m.text, m.actor.cameo, m.via) for m in early] == [
        ("Rufus T. Firefly", "FRDGOV", "petrarch"),
        ("Groucho Army", "FRDMIL", "petrarch"),
    ]
    assert late[0].actor.cameo == "FRDELI"
    assert late[0].actor.kind == "person"
    assert matcher.link("Firefly spoke.", date(2005, 1, 1))[0].actor.id == "person:rufus-t-firefly"
    # A country entry with a historical code stays the country, coded by date.
    now = matcher.link("Sylvania protested.", date(2000, 1, 1))[0].actor
    then = matcher.link("Sylvania protested.", date(1989, 1, 1))[0].actor
    assert (now.id, now.kind, now.cameo, now.name) == ("state:SYL", "state", "SYL", "Sylvania")
    assert (then.id, then.cameo) == ("state:SYL", "USRSYL")


@pytest.mark.skipif(not PETRARCH.exists(), reason="shared PETRARCH dictionaries not available")
def test_real_validation_dictionary() -> None:
    actors = read_petrarch_actors(PETRARCH / "validate" / "PETR_Validate_actors_2_02.txt")
    by_name = {a.name: (a, syn) for a, syn in actors}
    assert by_name["HAMAS"][0].codes[0].code == "PSEREBHMS"
    assert by_name["PALESTINIAN"][0].codes[0].code == "PSE"  # lower-case code normalised
    assert "AUSTRALIAN" in by_name["AUSTRALIA"][1]
    kb = ActorKnowledgeBase.from_files(
        petrarch_files=[PETRARCH / "validate" / "PETR_Validate_actors_2_02.txt"], include_default=False
    )
    mentions = ActorMatcher(kb).link("Hamas gunmen and Israeli troops clashed near Gaza City.", date(2014, 1, 1))
    codes = {m.text: m.actor.cameo for m in mentions}
    assert codes["Hamas gunmen"] == "PSEHMSMIL"
    assert codes["Israeli troops"] == "ISRMIL"
    assert codes["Gaza City"] == "PSEGZA"


@pytest.mark.skipif(not PETRARCH.exists(), reason="shared PETRARCH dictionaries not available")
def test_real_phoenix_dictionaries() -> None:
    countries = read_petrarch_actors(PETRARCH / "Phoenix.Countries.actors.txt")
    assert len(countries) > 5000
    putin = [a for a, _ in countries if a.name.startswith("VLADIMIR PUTIN")]
    assert putin and any(c.code == "RUSGOV" and c.start is not None for c in putin[0].codes)
    international = read_petrarch_actors(PETRARCH / "Phoenix.International.actors.txt")
    assert any(a.name == "NATO" and a.codes[0].code == "IGOWSTNAT" for a, _ in international)
    kb = ActorKnowledgeBase.from_files(
        petrarch_files=[PETRARCH / "Phoenix.International.actors.txt"], include_default=True
    )
    mentions = ActorMatcher(kb).link("Officials of the Intergovernmental Authority on Development met.", None)
    assert any(m.via == "petrarch" and m.actor.cameo and m.actor.cameo.startswith("IGO") for m in mentions)
