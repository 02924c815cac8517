"""Business and market news must not turn into political events; each case has a political twin
that still fires, so the rules cannot pass by coding nothing."""

from __future__ import annotations

from collections.abc import Callable

from event_extract.events import EventCoder
from event_extract.models import Actor, ActorMention
from tests.events.conftest import REF, triples

BANKS = Actor(id="group:JPN-banks", name="Japanese banks", kind="group", country="JPN", sector="BUS",
              cameo="JPNBUS")


def _bank_events(coder: EventCoder, text: str) -> list:
    mentions = []
    start = text.find("Japanese banks")
    if start != -1:
        mentions.append(ActorMention(start=start, end=start + 14, text="Japanese banks", actor=BANKS,
                                     confidence=0.9, via="demonym_group"))
    return coder.code(text, [], mentions, REF)


def test_country_inside_a_company_name_is_not_an_actor(code: Callable[..., list]) -> None:
    assert code("Russia Lines Inc agreed to cooperate with Iran.") == []
    assert ("030", "RUS", "IRN") in triples(code("Russia agreed to cooperate with Iran."))


def test_possessed_company_is_not_the_country(code: Callable[..., list]) -> None:
    assert not [e for e in code("Russia's biggest group rejected the offer from Iran.") if e.source]
    assert ("120", "RUS", None) in triples(code("Russia rejected the offer."))


def test_agreeing_with_an_opinion_is_not_an_agreement(code: Callable[..., list]) -> None:
    assert code("Iran said it agreed with that, analysts said.") == []
    assert ("030", "IRN", "RUS") in triples(code("Iran agreed with Russia on the route."))


def test_market_movement_is_not_a_rejection(code: Callable[..., list]) -> None:
    assert code("China's monthly surplus declined to some 150 mln dlrs in March.") == []
    assert code("Iran's debts, as opposed to China's, are small.") == []
    assert ("120", "CHN", None) in triples(code("China declined to join the pact."))


def test_business_only_event_is_dropped(coder: EventCoder, code: Callable[..., list]) -> None:
    assert _bank_events(coder, "Japanese banks rejected the plan.") == []
    assert ("120", "RUS", None) in triples(code("Russia rejected the plan."))


def test_it_does_not_reach_back_many_sentences(code: Callable[..., list]) -> None:
    filler = "The weather was mild. Trading was thin. Shares closed flat. "
    assert not [e for e in code("Iran spoke first. " + filler + "It rejected the plan.") if e.source]
    assert ("120", "IRN", None) in triples(code("Iran spoke first. It rejected the plan."))


def test_abbreviation_dots_do_not_hide_an_object(code: Callable[..., list]) -> None:
    assert code("China is striving to meet U.S. complaints about its trade.") == []
    assert ("040", "CHN", "RUS") in triples(code("China is striving to meet Russia soon."))


def test_nationality_of_a_commercial_noun_is_not_an_actor(coder: EventCoder) -> None:
    iran = Actor(id="state:IRN", name="Iran", kind="state", country="IRN", cameo="IRN")

    def run(text: str) -> list:
        start = text.index("Iranian")
        mention = ActorMention(start=start, end=start + 7, text="Iranian", actor=iran, confidence=0.9,
                               via="demonym")
        return coder.code(text, [], [mention], REF)

    assert run("An Iranian oil tanker rejected the offer.") == []
    assert ("120", "IRN", None) in triples(run("The Iranian government rejected the offer."))


def test_meeting_a_business_partner_is_not_diplomacy(code: Callable[..., list]) -> None:
    assert code("Iran is negotiating with New York bankers for new loans.") == []
    assert code("Russia will offer its commercial bank creditors a new plan.") == []
    assert ("046", "IRN", "RUS") in triples(code("Iran is negotiating with Russia for new loans."))


def test_a_meeting_needs_two_parties(code: Callable[..., list]) -> None:
    assert code("Iran may be forced to meet before June.") == []
    assert ("040", "IRN", "RUS") in triples(code("Iran met Russia before June."))
    assert ("040", "IRN", "RUS") in triples(code("Iran and Russia met before June."))


def test_supporting_a_currency_or_market_is_not_political_support(code: Callable[..., list]) -> None:
    assert code("China intervened to support the dollar against the yen.") == []
    assert code("Iran moved to support prices.") == []
    assert code("China borrowed abroad to support its economy and the balance of payments.") == []
    assert ("051", "CHN", "IRN") in triples(code("China supports Iran in the talks."))


def test_verb_form_before_a_modal_or_be_is_a_noun(code: Callable[..., list]) -> None:
    assert code("Russia said that demand would be slack.") == []
    assert code("Russia said Iran support has grown.") == []
    assert ("100", "RUS", None) in triples(code("Russia said that they demand an inquiry."))
