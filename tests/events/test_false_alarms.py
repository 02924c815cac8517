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
