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
    # Central Asia, Mongolia, Laos, Somalia, West and Central Africa, the Baltics, the smaller
    # European states, the Caribbean, the Pacific and the microstates (added later).
    (
        "Ousted President Askar Akayev has agreed to resign.",
        "2005-04-03",
        "Askar Akayev",
        "person:askar-akayev",
        "KGZGOV",
    ),
    ("President Islam Karimov met the envoy.", "2005-05-20", "Islam Karimov", "person:islam-karimov", "UZBGOV"),
    (
        "President Saparmurat Niyazov renamed the months.",
        "2002-08-10",
        "Saparmurat Niyazov",
        "person:saparmurat-niyazov",
        "TKMGOV",
    ),
    (
        "President Gurbanguly Berdymukhamedov opened the pipeline.",
        "2009-12-14",
        "Gurbanguly Berdymukhamedov",
        "person:gurbanguly-berdimuhamedow",
        "TKMGOV",
    ),
    (
        "Prime Minister Tsakhiagiin Elbegdorj met investors.",
        "2005-03-01",
        "Tsakhiagiin Elbegdorj",
        "person:tsakhiagiin-elbegdorj",
        "MNGGOV",
    ),
    (
        "President Choummaly Sayasone visited Hanoi.",
        "2010-06-01",
        "Choummaly Sayasone",
        "person:choummaly-sayasone",
        "LAOGOV",
    ),
    ("President Siad Barre fled the capital.", "1991-01-20", "Siad Barre", "person:siad-barre", "SOMGOV"),
    ("President Lansana Conte fell ill.", "2003-05-01", "Lansana Conte", "person:lansana-conte", "GINGOV"),
    (
        "Captain Moussa Dadis Camara took power.",
        "2009-01-10",
        "Moussa Dadis Camara",
        "person:moussa-dadis-camara",
        "GINGOV",
    ),
    (
        "President Marc Ravalomanana dissolved the cabinet.",
        "2007-01-20",
        "Marc Ravalomanana",
        "person:marc-ravalomanana",
        "MDGGOV",
    ),
    ("President Boni Yayi arrived in Paris.", "2012-05-01", "Boni Yayi", "person:boni-yayi", "BENGOV"),
    ("President Francois Bozize fled Bangui.", "2013-03-23", "Francois Bozize", "person:francois-bozize", "CAFGOV"),
    ("President Bakili Muluzi opened the road.", "1999-05-01", "Bakili Muluzi", "person:bakili-muluzi", "MWIGOV"),
    (
        "President Gnassingbe Eyadema met the French envoy.",
        "1998-06-01",
        "Gnassingbe Eyadema",
        "person:gnassingbe-eyadema",
        "TGOGOV",
    ),
    ("President Pascal Lissouba met rebels.", "1995-05-01", "Pascal Lissouba", "person:pascal-lissouba", "COGGOV"),
    ("President Blaise Compaore mediated.", "2010-05-01", "Blaise Compaore", "person:blaise-compaore", "BFAGOV"),
    (
        "President Maaouya Ould Sid'Ahmed Taya was overthrown.",
        "2005-08-02",
        "Maaouya Ould Sid'Ahmed Taya",
        "person:maaouya-ould-sid-ahmed-taya",
        "MRTGOV",
    ),
    ("Prime Minister Andrus Ansip welcomed the vote.", "2008-05-01", "Andrus Ansip", "person:andrus-ansip", "ESTGOV"),
    (
        "President Vaira Vike-Freiberga addressed the Saeima.",
        "2004-05-01",
        "Vaira Vike-Freiberga",
        "person:vaira-vike-freiberga",
        "LVAGOV",
    ),
    (
        "President Valdas Adamkus met the envoy.",
        "2006-05-01",
        "Valdas Adamkus",
        "person:valdas-adamkus",
        "LTUGOV",
    ),
    (
        "Prime Minister Vladimir Meciar rejected the charges.",
        "1996-05-01",
        "Vladimir Meciar",
        "person:vladimir-meciar",
        "SVKGOV",
    ),
    ("Prime Minister Janez Jansa spoke.", "2007-05-01", "Janez Jansa", "person:janez-jansa", "SVNGOV"),
    ("President Vladimir Voronin spoke.", "2005-05-01", "Vladimir Voronin", "person:vladimir-voronin", "MDAGOV"),
    (
        "Prime Minister Milo Djukanovic called the referendum.",
        "2006-03-01",
        "Milo Djukanovic",
        "person:milo-dukanovic",
        "MNEGOV",
    ),
    ("President Ibrahim Rugova met the envoy.", "2004-05-01", "Ibrahim Rugova", "person:ibrahim-rugova", "KSVGOV"),
    (
        "President Leonel Fernandez signed the pact.",
        "2008-05-01",
        "Leonel Fernandez",
        "person:leonel-fernandez",
        "DOMGOV",
    ),
    ("President Oscar Arias won the Nobel prize.", "1987-10-13", "Oscar Arias", "person:oscar-arias", "CRIGOV"),
    ("Prime Minister P. J. Patterson spoke.", "1998-05-01", "P. J. Patterson", "person:p-j-patterson", "JAMGOV"),
    (
        "Prime Minister Michael Somare flew to Canberra.",
        "2005-05-01",
        "Michael Somare",
        "person:michael-somare",
        "PNGGOV",
    ),
    ("President Omar Bongo met the French envoy.", "2005-05-01", "Omar Bongo", "person:omar-bongo", "GABGOV"),
    ("President Festus Mogae spoke.", "2005-05-01", "Festus Mogae", "person:festus-mogae", "BWAGOV"),
    ("President Yahya Jammeh spoke.", "2010-05-01", "Yahya Jammeh", "person:yahya-jammeh", "GMBGOV"),
    (
        "President Maumoon Abdul Gayoom called early elections.",
        "2005-05-01",
        "Maumoon Abdul Gayoom",
        "person:maumoon-abdul-gayoom",
        "MDVGOV",
    ),
    (
        "Pope John Paul II visited Chile.",
        "1987-04-01",
        "Pope John Paul II",
        "person:pope-john-paul-ii",
        "VATGOV",
    ),
    (
        "Prime Minister Tuilaepa Sailele Malielegaoi spoke.",
        "2010-05-01",
        "Tuilaepa Sailele Malielegaoi",
        "person:tuilaepa-sailele-malielegaoi",
        "WSMGOV",
    ),
    (
        "Prime Minister Manasseh Sogavare spoke.",
        "2020-05-01",
        "Manasseh Sogavare",
        "person:manasseh-sogavare",
        "SLBGOV",
    ),
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
    (
        "Kyrgyz President Kurmanbek Bakiyev flew to Moscow. Bakiyev asked for a loan.",
        "2009-02-03",
        "Bakiyev",
        "person:kurmanbek-bakiyev",
        "KGZGOV",
    ),
    (
        "Lithuanian President Dalia Grybauskaite met Nato officials. Grybauskaite asked for troops.",
        "2014-05-01",
        "Grybauskaite",
        "person:dalia-grybauskaite",
        "LTUGOV",
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
    ("Askar Akayev lectured in Moscow.", "2010-05-01", "Askar Akayev", "person:askar-akayev", "KGZELI"),
    (
        "Yahya Jammeh went into exile.",
        "2017-01-21",
        "Yahya Jammeh",
        "person:yahya-jammeh",
        "GMBELI",
    ),
    (
        "Mohamed Nasheed returned from exile.",
        "2016-05-01",
        "Mohamed Nasheed",
        "person:mohamed-nasheed",
        "MDVELI",
    ),
    ("Otto Stich met the Brazilian minister.", "1987-03-04", "Otto Stich", "person:otto-stich", "CHEELI"),
]


def test_there_are_enough_cases() -> None:
    assert len(CASES) >= 70


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


def test_offices_added_to_people_on_file_keep_their_id(default_kb: ActorKnowledgeBase) -> None:
    """Robert Fico, on file from 2023, gets his earlier premierships under the same id."""
    starts = {o.start.isoformat() for o in default_kb.people["person:robert-fico"].offices if o.country == "SVK"}
    assert {"2006-07-04", "2012-04-04", "2023-10-25"} <= starts
