"""Heads of state and government 1980-2024 from ``people/history_gaps.jsonl``: titles with names,
surnames after the full name, and dates outside a term (the person is then an elite, ``ELI``).
Every case needs that file."""

from __future__ import annotations

import pytest

from event_extract.actors import ActorKnowledgeBase, ActorMatcher

from .test_history import assert_links_person_on_file

# (text, reference date, span, expected actor id, expected CAMEO code)
CASES: list[tuple[str, str, str, str, str]] = [
    # Titles with full names.
    (
        "President Abdelaziz Bouteflika received the envoy in Algiers.",
        "2005-03-01",
        "Abdelaziz Bouteflika",
        "person:abdelaziz-bouteflika",
        "DZAGOV",
    ),
    (
        "President dos Santos opened the session.",
        "1995-06-01",
        "President dos Santos",
        "person:jose-eduardo-dos-santos",
        "AGOGOV",
    ),
    (
        "President Levy Mwanawasa dissolved the cabinet.",
        "2004-06-01",
        "Levy Mwanawasa",
        "person:levy-mwanawasa",
        "ZMBGOV",
    ),
    ("Prime Minister Robert Mugabe met the press.", "1983-05-01", "Robert Mugabe", "person:robert-mugabe", "ZWEGOV"),
    ("President Mwai Kibaki signed the law.", "2008-02-01", "Mwai Kibaki", "person:mwai-kibaki", "KENGOV"),
    ("President Jakaya Kikwete toured the region.", "2010-05-01", "Jakaya Kikwete", "person:jakaya-kikwete", "TZAGOV"),
    (
        "Ethiopian leader Mengistu Haile Mariam spoke.",
        "1985-05-01",
        "Mengistu Haile Mariam",
        "person:mengistu-haile-mariam",
        "ETHGOV",
    ),
    (
        "Flight Lieutenant Jerry Rawlings addressed the nation.",
        "1985-05-01",
        "Jerry Rawlings",
        "person:jerry-rawlings",
        "GHAGOV",
    ),
    ("President Abdou Diouf arrived in Paris.", "1990-05-01", "Abdou Diouf", "person:abdou-diouf", "SENGOV"),
    ("President Samuel Doe declared a curfew.", "1988-05-01", "Samuel Doe", "person:samuel-doe", "LBRGOV"),
    ("President Laurent Gbagbo rejected the plan.", "2004-05-01", "Laurent Gbagbo", "person:laurent-gbagbo", "CIVGOV"),
    ("President Joseph Kabila met rebel leaders.", "2008-05-01", "Joseph Kabila", "person:joseph-kabila", "CODGOV"),
    (
        "President Juvenal Habyarimana flew to Dar es Salaam.",
        "1994-04-05",
        "Juvenal Habyarimana",
        "person:juvenal-habyarimana",
        "RWAGOV",
    ),
    ("King Hassan II received the delegation.", "1990-05-01", "King Hassan II", "person:hassan-ii", "MARGOV"),
    (
        "President Zine El Abidine Ben Ali spoke.",
        "2000-05-01",
        "Zine El Abidine Ben Ali",
        "person:zine-el-abidine-ben-ali",
        "TUNGOV",
    ),
    ("Prime Minister Rafik Hariri resigned.", "2004-10-20", "Rafik Hariri", "person:rafic-hariri", "LBNGOV"),
    (
        "President Ali Abdullah Saleh spoke in Sanaa.",
        "2005-05-01",
        "Ali Abdullah Saleh",
        "person:ali-abdullah-saleh",
        "YEMGOV",
    ),
    ("Sultan Qaboos bin Said received the envoy.", "2010-05-01", "Qaboos bin Said", "person:qaboos-bin-said", "OMNGOV"),
    (
        "President Mohammad Najibullah offered talks.",
        "1989-05-01",
        "Mohammad Najibullah",
        "person:mohammad-najibullah",
        "AFGGOV",
    ),
    (
        "President Hussain Muhammad Ershad resigned.",
        "1990-12-05",
        "Hussain Muhammad Ershad",
        "person:hussain-muhammad-ershad",
        "BGDGOV",
    ),
    (
        "President Mahinda Rajapaksa met Tamil leaders.",
        "2008-05-01",
        "Mahinda Rajapaksa",
        "person:mahinda-rajapaksa",
        "LKAGOV",
    ),
    (
        "Prime Minister Thaksin Shinawatra called an election.",
        "2005-01-01",
        "Thaksin Shinawatra",
        "person:thaksin-shinawatra",
        "THAGOV",
    ),
    (
        "Prime Minister Mahathir Mohamad criticised the IMF.",
        "1998-05-01",
        "Mahathir Mohamad",
        "person:mahathir-mohamad",
        "MYSGOV",
    ),
    ("Prime Minister Hun Sen met the king.", "2005-05-01", "Hun Sen", "person:hun-sen", "KHMGOV"),
    (
        "President Jean-Bertrand Aristide returned to Haiti.",
        "1994-10-15",
        "Jean-Bertrand Aristide",
        "person:jean-bertrand-aristide",
        "HTIGOV",
    ),
    ("President Alvaro Uribe ordered the raid.", "2008-03-01", "Alvaro Uribe", "person:alvaro-uribe", "COLGOV"),
    ("President Rafael Correa expelled the diplomat.", "2011-04-01", "Rafael Correa", "person:rafael-correa", "ECUGOV"),
    ("President Evo Morales nationalised the gas fields.", "2006-05-01", "Evo Morales", "person:evo-morales", "BOLGOV"),
    (
        "General Augusto Pinochet held a plebiscite.",
        "1988-10-05",
        "Augusto Pinochet",
        "person:augusto-pinochet",
        "CHLGOV",
    ),
    (
        "Chancellor Franz Vranitzky met the president.",
        "1990-05-01",
        "Franz Vranitzky",
        "person:franz-vranitzky",
        "AUTGOV",
    ),
    ("Taoiseach Bertie Ahern flew to Belfast.", "1998-04-10", "Bertie Ahern", "person:bertie-ahern", "IRLGOV"),
    ("President Vaclav Havel addressed Congress.", "1990-02-21", "Vaclav Havel", "person:vaclav-havel", "CZEGOV"),
    ("President Franjo Tudjman met the envoy.", "1995-05-01", "Franjo Tudjman", "person:franjo-tudjman", "HRVGOV"),
    (
        "President Mikheil Saakashvili spoke in Tbilisi.",
        "2008-08-10",
        "Mikheil Saakashvili",
        "person:mikheil-saakashvili",
        "GEOGOV",
    ),
    ("President Heydar Aliyev signed the oil deal.", "1994-09-20", "Heydar Aliyev", "person:heydar-aliyev", "AZEGOV"),
    (
        "President Glafcos Clerides met the UN envoy.",
        "1999-05-01",
        "Glafcos Clerides",
        "person:glafcos-clerides",
        "CYPGOV",
    ),
    ("Prime Minister Jim Bolger opened parliament.", "1995-05-01", "Jim Bolger", "person:jim-bolger", "NZLGOV"),
    # A title before a surname alone, resolved by the date.
    ("President Chiluba won the vote.", "1996-11-20", "President Chiluba", "person:frederick-chiluba", "ZMBGOV"),
    ("Prime Minister Koirala resigned.", "2015-10-10", "Prime Minister Koirala", "person:sushil-koirala", "NPLGOV"),
    (
        "Prime Minister Koirala resigned.",
        "1994-11-29",
        "Prime Minister Koirala",
        "person:girija-prasad-koirala",
        "NPLGOV",
    ),
    # A surname after the full name in the same story.
    (
        "Ghanaian President John Kufuor arrived on Monday. Kufuor said trade would grow.",
        "2004-05-01",
        "Kufuor",
        "person:john-kufuor",
        "GHAGOV",
    ),
    (
        "Chilean President Michelle Bachelet met workers. Bachelet promised reforms.",
        "2007-05-01",
        "Bachelet",
        "person:michelle-bachelet",
        "CHLGOV",
    ),
    (
        "Greek Prime Minister Alexis Tsipras met creditors. Tsipras rejected the offer.",
        "2015-06-01",
        "Tsipras",
        "person:alexis-tsipras",
        "GRCGOV",
    ),
    # Outside a term the person is an elite of the country.
    (
        "Former President Abdelaziz Bouteflika died.",
        "2021-09-17",
        "Abdelaziz Bouteflika",
        "person:abdelaziz-bouteflika",
        "DZAELI",
    ),
    ("Robert Mugabe was buried in his home village.", "2019-09-28", "Robert Mugabe", "person:robert-mugabe", "ZWEELI"),
    ("Raila Odinga called for protests.", "2017-10-01", "Raila Odinga", "person:raila-odinga", "KENELI"),
    (
        "Thaksin Shinawatra returned from exile.",
        "2008-02-28",
        "Thaksin Shinawatra",
        "person:thaksin-shinawatra",
        "THAELI",
    ),
    (
        "Ellen Johnson Sirleaf campaigned for a UN post.",
        "2019-05-01",
        "Ellen Johnson Sirleaf",
        "person:ellen-johnson-sirleaf",
        "LBRELI",
    ),
]


def test_there_are_enough_cases() -> None:
    assert len(CASES) >= 30


@pytest.mark.parametrize(
    ("text", "ref", "span", "actor", "cameo"), CASES, ids=[f"{i}:{c[0][:32]}" for i, c in enumerate(CASES)]
)
def test_history_gap_case(
    text: str, ref: str, span: str, actor: str, cameo: str, matcher: ActorMatcher, default_kb: ActorKnowledgeBase
) -> None:
    assert_links_person_on_file(matcher, default_kb, text, ref, span, actor, cameo)


def test_later_offices_of_a_person_already_on_file_are_merged(default_kb: ActorKnowledgeBase) -> None:
    """Tebboune, on file as president, gets his 2017 premiership under the same id."""
    roles = {(o.role, o.start.isoformat()) for o in default_kb.people["person:abdelmadjid-tebboune"].offices}
    assert ("head_of_government", "2017-05-25") in roles and ("head_of_state", "2019-12-19") in roles
