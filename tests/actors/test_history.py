"""Historical office-holders (``people/history_1977_1999.jsonl``): names, surnames and titles in
1977-1999 news resolve to the person in office on the reference date. Every case needs that file."""

from __future__ import annotations

from datetime import date

import pytest

from event_extract.actors import ActorKnowledgeBase, ActorMatcher

# (text, reference date, span, expected actor id, expected CAMEO code or None)
CASES: list[tuple[str, str, str, str, str | None]] = [
    (
        "Soviet leader Mikhail Gorbachev met the press.",
        "1987-03-03",
        "Mikhail Gorbachev",
        "person:mikhail-gorbachev",
        "RUSGOV",
    ),
    (
        "President Reagan said he would veto the bill.",
        "1987-03-03",
        "President Reagan",
        "person:ronald-reagan",
        "USAGOV",
    ),
    (
        "The Soviet foreign minister arrived in Bonn.",
        "1987-04-13",
        "Soviet foreign minister",
        "person:eduard-shevardnadze",
        "RUSGOV",
    ),
    (
        "The Soviet foreign minister arrived in Bonn.",
        "1984-04-13",
        "Soviet foreign minister",
        "person:andrei-gromyko",
        "RUSGOV",
    ),
    ("The Soviet leader spoke in Prague.", "1984-05-01", "Soviet leader", "person:konstantin-chernenko", "RUSGOV"),
    ("The Soviet leader spoke in Prague.", "1980-05-01", "Soviet leader", "person:leonid-brezhnev", "RUSGOV"),
    ("Shultz met Shevardnadze in Moscow.", "1987-04-13", "Shultz", "person:george-shultz", "USAGOV"),
    ("Shultz met Shevardnadze in Moscow.", "1987-04-13", "Shevardnadze", "person:eduard-shevardnadze", "RUSGOV"),
    (
        "The U.S. secretary of state flew to Cairo.",
        "1994-03-03",
        "secretary of state",
        "person:warren-christopher",
        "USAGOV",
    ),
    ("The U.S. defense secretary flew to Riyadh.", "1990-08-10", "defense secretary", "person:dick-cheney", "USAGOV"),
    (
        "Defense Secretary Caspar Weinberger testified.",
        "1986-03-03",
        "Caspar Weinberger",
        "person:caspar-weinberger",
        "USAGOV",
    ),
    (
        "The British prime minister said the talks failed.",
        "1983-05-01",
        "British prime minister",
        "person:margaret-thatcher",
        "GBRGOV",
    ),
    (
        "The British prime minister said the talks failed.",
        "1991-05-01",
        "British prime minister",
        "person:john-major",
        "GBRGOV",
    ),
    (
        "Britain's foreign secretary met his French counterpart.",
        "1991-05-01",
        "foreign secretary",
        "person:douglas-hurd",
        "GBRGOV",
    ),
    (
        "Prime Minister Margaret Thatcher won a third term. Thatcher said.",
        "1987-06-12",
        "Thatcher",
        "person:margaret-thatcher",
        "GBRGOV",
    ),
    (
        "French President Francois Mitterrand met Chancellor Helmut Kohl.",
        "1987-03-03",
        "Francois Mitterrand",
        "person:francois-mitterrand",
        "FRAGOV",
    ),
    (
        "French President Francois Mitterrand met Chancellor Helmut Kohl.",
        "1987-03-03",
        "Helmut Kohl",
        "person:helmut-kohl",
        "DEUGOV",
    ),
    (
        "The French prime minister, Jacques Chirac, said so.",
        "1987-03-03",
        "Jacques Chirac",
        "person:jacques-chirac",
        "FRAGOV",
    ),
    (
        "Japanese Prime Minister Yasuhiro Nakasone arrived. Nakasone said.",
        "1987-03-03",
        "Nakasone",
        "person:yasuhiro-nakasone",
        "JPNGOV",
    ),
    ("The Chinese premier visited Tokyo.", "1985-05-01", "Chinese premier", "person:zhao-ziyang", "CHNGOV"),
    ("The Chinese premier visited Tokyo.", "1990-05-01", "Chinese premier", "person:li-peng", "CHNGOV"),
    (
        "PLO chairman Yasser Arafat met King Hussein. Arafat said.",
        "1987-03-03",
        "King Hussein",
        "person:hussein-of-jordan",
        "JORGOV",
    ),
    (
        "PLO chairman Yasser Arafat met King Hussein. Arafat said.",
        "1987-03-03",
        "Arafat",
        "person:yasser-arafat",
        "PSEGOV",
    ),
    (
        "The Israeli prime minister, Yitzhak Shamir, refused.",
        "1988-03-03",
        "Yitzhak Shamir",
        "person:yitzhak-shamir",
        "ISRGOV",
    ),
    ("Israeli Foreign Minister Shimon Peres said.", "1987-03-03", "Shimon Peres", "person:shimon-peres", "ISRGOV"),
    ("The Israeli prime minister spoke.", "1985-03-03", "Israeli prime minister", "person:shimon-peres", "ISRGOV"),
    (
        "The U.N. secretary-general appealed for calm.",
        "1987-03-03",
        "secretary-general",
        "person:javier-perez-de-cuellar",
        "IGOUNO",
    ),
    (
        "The U.N. secretary-general appealed for calm.",
        "1994-03-03",
        "secretary-general",
        "person:boutros-boutros-ghali",
        "IGOUNO",
    ),
    (
        "Russian Prime Minister Viktor Chernomyrdin met Yeltsin.",
        "1995-03-03",
        "Viktor Chernomyrdin",
        "person:viktor-chernomyrdin",
        "RUSGOV",
    ),
    (
        "The Russian foreign minister met NATO envoys.",
        "1994-03-03",
        "Russian foreign minister",
        "person:andrei-kozyrev",
        "RUSGOV",
    ),
    (
        "The Russian foreign minister met NATO envoys.",
        "1997-03-03",
        "Russian foreign minister",
        "person:yevgeny-primakov",
        "RUSGOV",
    ),
    (
        "Iraq accused Iran. Iranian President Ali Khamenei replied.",
        "1987-03-03",
        "Ali Khamenei",
        "person:ali-khamenei",
        "IRNGOV",
    ),
    ("Ayatollah Khomeini denounced the United States.", "1987-03-03", "Khomeini", "person:ruhollah-khomeini", "IRNGOV"),
    (
        "Indian Prime Minister Rajiv Gandhi visited Moscow.",
        "1987-03-03",
        "Rajiv Gandhi",
        "person:rajiv-gandhi",
        "INDGOV",
    ),
    ("Egyptian President Anwar Sadat flew to Jerusalem.", "1977-11-19", "Anwar Sadat", "person:anwar-sadat", "EGYGOV"),
    (
        "South African President F.W. de Klerk freed Nelson Mandela.",
        "1990-02-11",
        "F.W. de Klerk",
        "person:f-w-de-klerk",
        "ZAFGOV",
    ),
    (
        "Polish leader Wojciech Jaruzelski met the Pope.",
        "1987-06-10",
        "Wojciech Jaruzelski",
        "person:wojciech-jaruzelski",
        "POLGOV",
    ),
    (
        "Brazilian President Jose Sarney announced a debt moratorium.",
        "1987-02-20",
        "Jose Sarney",
        "person:jose-sarney",
        "BRAGOV",
    ),
    ("Philippine President Corazon Aquino said.", "1987-03-03", "Corazon Aquino", "person:corazon-aquino", "PHLGOV"),
    ("Australian Prime Minister Bob Hawke said.", "1987-03-03", "Bob Hawke", "person:bob-hawke", "AUSGOV"),
    ("Canadian Prime Minister Brian Mulroney said.", "1987-03-03", "Brian Mulroney", "person:brian-mulroney", "CANGOV"),
    (
        "Greek Prime Minister Andreas Papandreou said.",
        "1987-03-03",
        "Andreas Papandreou",
        "person:andreas-papandreou",
        "GRCGOV",
    ),
    ("Turkish Prime Minister Turgut Ozal said.", "1987-03-03", "Turgut Ozal", "person:turgut-ozal", "TURGOV"),
    ("Italian Prime Minister Bettino Craxi resigned.", "1987-03-03", "Bettino Craxi", "person:bettino-craxi", "ITAGOV"),
    ("Libyan leader Muammar Gaddafi said.", "1987-03-03", "Muammar Gaddafi", "person:muammar-gaddafi", "LBYGOV"),
    (
        "Mexican President Miguel de la Madrid said.",
        "1987-03-03",
        "Miguel de la Madrid",
        "person:miguel-de-la-madrid",
        "MEXGOV",
    ),
    ("South Korean President Chun Doo-hwan said.", "1987-03-03", "Chun Doo-hwan", "person:chun-doo-hwan", "KORGOV"),
    # A shared full name and a shared surname resolve by date.
    ("Bush and Gorbachev met off Malta.", "1989-12-02", "Gorbachev", "person:mikhail-gorbachev", "RUSGOV"),
    ("President Bush met Defense Secretary Dick Cheney.", "1990-05-01", "Dick Cheney", "person:dick-cheney", "USAGOV"),
    ("George Bush met the Soviet leader.", "1990-05-01", "Soviet leader", "person:mikhail-gorbachev", "RUSGOV"),
    ("Prime Minister Trudeau said.", "1982-03-03", "Prime Minister Trudeau", "person:pierre-trudeau", "CANGOV"),
    (
        "Prime Minister Mitsotakis said.",
        "1991-03-03",
        "Prime Minister Mitsotakis",
        "person:konstantinos-mitsotakis",
        "GRCGOV",
    ),
    (
        "President Marcos declared martial law again.",
        "1985-03-03",
        "President Marcos",
        "person:ferdinand-marcos",
        "PHLGOV",
    ),
    # Titles across a change of office.
    ("The Soviet leader arrived in Reykjavik.", "1986-10-11", "Soviet leader", "person:mikhail-gorbachev", "RUSGOV"),
    ("The West German chancellor arrived.", "1981-03-03", "German chancellor", "person:helmut-schmidt", "DEUGOV"),
    ("The West German chancellor arrived.", "1983-03-03", "German chancellor", "person:helmut-kohl", "DEUGOV"),
    ("The French president arrived.", "1980-03-03", "French president", "person:valery-giscard-destaing", "FRAGOV"),
]


def test_there_are_enough_cases() -> None:
    assert len(CASES) >= 25


@pytest.mark.parametrize(
    ("text", "ref", "span", "actor", "cameo"), CASES, ids=[f"{i}:{c[2]}@{c[1]}" for i, c in enumerate(CASES)]
)
def test_history_case(
    text: str, ref: str, span: str, actor: str, cameo: str | None, matcher: ActorMatcher, default_kb: ActorKnowledgeBase
) -> None:
    assert_links_person_on_file(matcher, default_kb, text, ref, span, actor, cameo)


def assert_links_person_on_file(
    matcher: ActorMatcher, kb: ActorKnowledgeBase, text: str, ref: str, span: str, actor: str, cameo: str | None
) -> None:
    """``span`` of ``text`` on date ``ref`` links to the person ``actor`` on file (with ``cameo``)."""
    start = text.index(span)
    end = start + len(span)
    mentions = matcher.link(text, date.fromisoformat(ref))
    found = [m for m in mentions if m.start < end and start < m.end and m.actor.id == actor]
    assert found, f"{span!r} not linked to {actor} on {ref}: {[(m.text, m.actor.id) for m in mentions]}"
    # The person on file, not one made up from a title and an unknown name ("Soviet leader X").
    assert found[0].via != "apposition" and actor in kb.people, found[0]
    if cameo is not None:
        assert found[0].actor.cameo == cameo, found[0].actor


def test_former_leader_surname_without_office_links_nobody_when_shared(matcher: ActorMatcher) -> None:
    """'Marcos' in 1987: both bearers are out of office (father deposed, son not yet elected)."""
    mentions = matcher.link("Marcos said from Hawaii that he would return.", date(1987, 3, 3))
    assert not any(m.text == "Marcos" for m in mentions), mentions


def test_uncommon_surname_of_a_common_word_does_not_link(matcher: ActorMatcher) -> None:
    """'Major' (John Major) and 'King' (Tom King) are no short names: 'Major banks' is no person."""
    mentions = matcher.link("Major banks in Britain raised rates, King said.", date(1992, 3, 3))
    assert not any(m.actor.kind == "person" for m in mentions), mentions
