"""One test per construction the coder must handle (active, passive, nominal, coordination, …)."""

from __future__ import annotations

from collections.abc import Callable

from event_extract.events import EventCoder
from event_extract.models import Actor, ActorMention
from tests.events.conftest import ACTORS, REF, mentions_for, timex, triples


def test_active_subject_and_object(code: Callable[..., list]) -> None:
    events = code("Russia condemned Ukraine over the shelling.")
    assert ("111", "RUS", "UKR") in triples(events)
    assert all(e.modality == "asserted" for e in events)


def test_prepositional_target(code: Callable[..., list]) -> None:
    events = code("Russia imposed sanctions on Iran after the talks collapsed.")
    assert ("163", "RUS", "IRN") in triples(events)


def test_passive_with_by_agent(code: Callable[..., list]) -> None:
    events = code("Sanctions were imposed on Iran by the EU on Monday.")
    assert ("163", "IGOEUREEC", "IRN") in triples(events)


def test_nominal_possessive_letter(code: Callable[..., list]) -> None:
    events = code("Kim's congratulatory letter to Putin was read out on state television.")
    assert ("051", "PRKGOV", "RUSGOV") in triples(events)


def test_nominal_compound_summit(code: Callable[..., list]) -> None:
    events = code("The Putin–Kim summit ended without a joint statement.")
    assert {("040", "RUSGOV", "PRKGOV"), ("040", "PRKGOV", "RUSGOV")} <= triples(events)
    assert all(e.symmetric for e in events if e.cameo == "040")


def test_coordination_gives_symmetric_pair(code: Callable[..., list]) -> None:
    events = code("Putin and Kim met for three hours.")
    pairs = triples(events)
    assert ("040", "RUSGOV", "PRKGOV") in pairs and ("040", "PRKGOV", "RUSGOV") in pairs
    assert all(e.symmetric for e in events)


def test_met_with_is_mutual(code: Callable[..., list]) -> None:
    events = code("Putin met with Xi to discuss trade.")
    assert {("040", "RUSGOV", "CHNGOV"), ("040", "CHNGOV", "RUSGOV")} <= triples(events)


def test_hosting_gives_host_and_visit(code: Callable[..., list]) -> None:
    events = code("Xi hosted Putin for two days of talks.")
    pairs = triples(events)
    assert ("043", "CHNGOV", "RUSGOV") in pairs
    assert ("042", "RUSGOV", "CHNGOV") in pairs


def test_meeting_in_third_country_is_044(code: Callable[..., list]) -> None:
    events = code("Putin and Kim met in Beijing during the parade.")
    assert {e.cameo for e in events} == {"044"}
    assert events[0].location is not None and events[0].location.country == "CHN"


def test_ellipsis_as_did(code: Callable[..., list]) -> None:
    events = code("Xi sent warm birthday greetings to Putin, as did Lukashenko.")
    pairs = triples(events)
    assert ("051", "CHNGOV", "RUSGOV") in pairs
    assert ("051", "BLRGOV", "RUSGOV") in pairs


def test_sign_needs_an_agreement_noun(code: Callable[..., list]) -> None:
    assert "057" in {e.cameo for e in code("Russia and China signed a treaty on border trade.")}
    assert not code("Russia signed for the parcel.")


def test_arms_supply_is_military_aid(code: Callable[..., list]) -> None:
    events = code("Iran supplied drones and artillery shells to Russia.")
    assert ("072", "IRN", "RUS") in triples(events)


def test_expel_diplomats_and_recall_ambassador(code: Callable[..., list]) -> None:
    assert ("161", "RUS", "UKR") in triples(code("Russia expelled two diplomats from Ukraine."))
    assert "161" in {e.cameo for e in code("Ukraine recalled its ambassador from Russia.")}


def test_negation_is_flagged_not_asserted(code: Callable[..., list]) -> None:
    events = code("Putin did not meet Kim.")
    assert events and all(e.modality == "negated" for e in events)
    denied = code("Iran denied sending drones to Russia.")
    assert denied and all(e.modality == "negated" for e in denied)


def test_intent_uses_cameo_intent_code(code: Callable[..., list]) -> None:
    events = code("Putin will visit China next year.")
    assert ("036", "RUSGOV", "CHN") in triples(events)
    assert all(e.modality == "planned" for e in events)
    plans = code("Putin plans to meet Xi.")
    assert {e.cameo for e in plans} == {"036"}


def test_declared_refusal_is_rejection(code: Callable[..., list]) -> None:
    events = code("Ukraine will not meet Russia.")
    assert {e.cameo for e in events} == {"125"}
    assert all(e.modality == "asserted" for e in events)


def test_hypothetical(code: Callable[..., list]) -> None:
    events = code("The EU could impose sanctions on Iran.")
    assert ("163", "IGOEUREEC", "IRN") in triples(events)
    assert all(e.modality == "hypothetical" for e in events)


def test_reported(code: Callable[..., list]) -> None:
    events = code("Iran has reportedly supplied drones to Russia.")
    assert events and all(e.modality == "reported" for e in events)


def test_complement_verb_absorbs_embedded_trigger(code: Callable[..., list]) -> None:
    events = code("Russia threatened to impose sanctions on Ukraine.")
    assert {e.cameo for e in events} == {"1312"}


def test_noun_without_two_parties_is_not_an_event(code: Callable[..., list]) -> None:
    assert not code("The summit was postponed.")
    assert not code("Russia said the meeting was useful.")


def test_date_explicit_month_keeps_granularity(code: Callable[..., list]) -> None:
    text = "Last month, Putin and Kim met for three hours."
    last_month = timex(text, "Last month", value="2025-09", granularity="month", start="2025-09-01",
                       end="2025-10-01", relative=True)
    events = code(text, [last_month])
    assert events
    for event in events:
        assert event.date.value == "2025-09" and event.date.granularity == "month"
        assert event.date.provenance == "relative" and event.date.start == "2025-09-01"


def test_date_falls_back_to_publication(code: Callable[..., list]) -> None:
    events = code("Putin and Kim met for three hours.")
    assert events[0].date.provenance == "publication" and events[0].date.value == "2025-10-07"
    events = code("Putin and Kim met for three hours.", ref=None)
    assert events[0].date.value is None and events[0].date.provenance == "publication"


def test_date_inherited_from_previous_sentence(code: Callable[..., list]) -> None:
    text = "On October 3, 2025, the leaders gathered in the capital. Putin praised Kim for his loyalty."
    october = timex(text, "October 3, 2025", value="2025-10-03", granularity="day", start="2025-10-03",
                    end="2025-10-04")
    events = code(text, [october])
    praise = [e for e in events if e.cameo == "051"]
    assert praise and praise[0].date.provenance == "inherited" and praise[0].date.value == "2025-10-03"


def test_past_event_never_after_reference_date(code: Callable[..., list]) -> None:
    text = "Putin praised Kim on Tuesday."
    future = timex(text, "Tuesday", value="2025-10-14", granularity="day", start="2025-10-14",
                   end="2025-10-15", relative=True)
    events = code(text, [future])
    assert events[0].date.value == "2025-10-07" and events[0].date.start <= "2025-10-07"


def _year(text: str, year: str) -> object:
    return timex(text, year, value=year, granularity="year", start=f"{year}-01-01", end=f"{int(year) + 1}-01-01")


def test_date_inside_another_noun_phrase_does_not_date_the_event(code: Callable[..., list]) -> None:
    text = "Russia accused Ukraine of breaching the 1976 Berne agreement."
    events = code(text, [_year(text, "1976")])
    assert events and all(e.date.provenance == "publication" for e in events)


def test_date_of_the_trigger_its_object_or_a_time_frame_dates_the_event(code: Callable[..., list]) -> None:
    cases = [
        ("Russia and Ukraine signed the 2014 agreement.", "2014", "057"),  # the trigger's own object
        ("During the 2019 campaign, Russia condemned Ukraine.", "2019", "111"),  # a phrase framing the clause
        ("Russia has respected the 2001 treaty, under which Russia and Ukraine met every year.", "2001", "040"),
    ]
    for text, year, cameo in cases:
        events = [e for e in code(text, [_year(text, year)]) if e.cameo == cameo]
        assert events and all(e.date.value == year for e in events), text


def test_duration_does_not_date_events(code: Callable[..., list]) -> None:
    text = "Putin praised Kim for three years."
    span = timex(text, "three years", value="P3Y", granularity="year", start=None, end=None, kind="DURATION")
    events = code(text, [span])
    assert events[0].date.provenance == "publication"


def test_confidence_and_offsets(code: Callable[..., list]) -> None:
    text = "Russia condemned Ukraine."
    event = code(text)[0]
    assert 0.0 < event.confidence <= 1.0
    assert text[event.trigger.start : event.trigger.end] == "condemned"
    assert (event.sentence_start, event.sentence_end) == (0, len(text))
    assert event.doc_id == "d1" and event.plover == "DISAPPROVE" and event.goldstein == -2.0


def test_speaker_demand_frame(code: Callable[..., list]) -> None:
    events = code("Russia said on Tuesday that Ukraine must withdraw its troops.")
    assert ("100", "RUS", "UKR") in triples(events)


def test_future_timex_makes_an_event_planned(code: Callable[..., list]) -> None:
    text = "Putin and Xi meet tomorrow in Moscow."
    tomorrow = timex(text, "tomorrow", value="2025-10-08", granularity="day", start="2025-10-08",
                     end="2025-10-09", relative=True)
    events = code(text, [tomorrow])
    assert events and all(e.modality == "planned" and e.cameo == "036" for e in events)
    assert events[0].date.value == "2025-10-08"


def test_planned_weekday_moves_forward(code: Callable[..., list]) -> None:
    text = "Putin will visit China on Wednesday."
    past_wednesday = timex(text, "Wednesday", value="2025-10-01", granularity="day", start="2025-10-01",
                           end="2025-10-02", relative=True)
    events = code(text, [past_wednesday])
    assert events[0].modality == "planned" and events[0].date.value == "2025-10-08"


def test_non_diplomatic_senses_are_ignored(code: Callable[..., list]) -> None:
    assert not code("Russia met its production targets for the year.")
    assert not code("Ukraine declined to comment on the report.")


def test_relative_clause_trigger_yields_to_main_event(code: Callable[..., list]) -> None:
    events = code("Russia condemned Ukraine, which had expelled two diplomats.")
    assert {e.cameo for e in events} == {"111"}


def test_refusal_without_cameo_code_is_negated(code: Callable[..., list]) -> None:
    events = code("Russia will not attack Ukraine.")
    assert events and all(e.modality == "negated" for e in events)


def test_he_resolves_to_previous_subject_not_last_person(code: Callable[..., list]) -> None:
    events = code("Kim praised Putin's leadership and said the alliance would grow. "
                  "He pledged to honour the treaty that binds the two countries.")
    pledges = [e for e in events if e.trigger.text == "pledged"]
    assert pledges and all(e.source is not None and e.source.cameo == "PRKGOV" for e in pledges)


def test_treaty_providing_for_assistance_is_not_aid(code: Callable[..., list]) -> None:
    events = code("Russia signed a treaty with Iran that provides for mutual military assistance.")
    assert {e.cameo for e in events} == {"057"}
    assert ("072", "RUS", "IRN") in triples(code("Russia provides military assistance to Iran."))


def test_supply_target_with_goods_frame(code: Callable[..., list]) -> None:
    events = code("Iran has since supplied Russia with millions of artillery shells and with missiles.")
    assert ("072", "IRN", "RUS") in triples(events)
    assert ("072", "CHN", "RUS") in triples(code("China has provided Russia with drones."))


def test_readiness_yields_to_the_verb_it_governs(code: Callable[..., list]) -> None:
    events = code("Russia is ready to withdraw its troops from Ukraine.")
    assert [(e.cameo, e.modality) for e in events] == [("0356", "planned")]  # intent to withdraw, not 030
    assert ("030", "RUS", "UKR") in triples(code("Russia is ready to take measures against Ukraine."))


def test_resuming_or_opening_talks_is_negotiating(code: Callable[..., list]) -> None:
    for text in ("Russia and Ukraine resumed talks.", "Russia and Ukraine renewed negotiations today.",
                 "Russia began talks with Ukraine."):
        assert {("046", "RUS", "UKR"), ("046", "UKR", "RUS")} <= triples(code(text)), text


def test_actor_inside_a_relative_clause_is_not_the_subject(code: Callable[..., list]) -> None:
    assert triples(code("The exchange, which serves Russia and Ukraine, condemned Iran.")) == {("111", None, "IRN")}
    assert ("111", "RUS", "IRN") in triples(code("Russia, which borders Ukraine, condemned Iran."))


def _with_group(text: str, span: str, actor: Actor) -> list[ActorMention]:
    start = text.index(span)
    return [ActorMention(start=start, end=start + len(span), text=span, actor=actor, confidence=0.9,
                         via="demonym_group")]


def test_a_counted_object_is_not_the_subject_of_what_follows(coder: EventCoder) -> None:
    soldiers = Actor(id="group:UKR-MIL", name="Ukrainian soldiers", kind="group", country="UKR", sector="MIL",
                     cameo="UKRMIL")
    text = "Rebels killed three Ukrainian soldiers in a suicide car bombing."
    events = coder.code(text, [], _with_group(text, "Ukrainian soldiers", soldiers), REF)
    assert all(e.source is None or e.source.cameo != "UKRMIL" for e in events)
    text = "Ukrainian soldiers killed three rebels in a suicide car bombing."
    events = coder.code(text, [], _with_group(text, "Ukrainian soldiers", soldiers), REF)
    assert any(e.source is not None and e.source.cameo == "UKRMIL" for e in events)


def test_a_capital_named_as_the_place_is_not_the_subject(code: Callable[..., list]) -> None:
    assert all(e.source is None for e in code("The bombing in Beijing killed three people."))
    assert ("111", "CHNGOV", None) in triples(code("Beijing condemned the bombing."))


def test_a_noun_trigger_after_a_passive_by_leaves_the_subject_as_target(coder: EventCoder) -> None:
    soldiers = Actor(id="group:UKR-MIL", name="Ukrainian soldiers", kind="group", country="UKR", sector="MIL",
                     cameo="UKRMIL")
    text = "Three Ukrainian soldiers were killed by a roadside bomb near the border."
    events = coder.code(text, [], _with_group(text, "Ukrainian soldiers", soldiers), REF)
    assert events and all(e.source is None and e.target is not None and e.target.cameo == "UKRMIL" for e in events)


def test_victims_of_an_attack_noun_after_in_a_are_its_targets(coder: EventCoder) -> None:
    """ "were killed in a suicide bombing", "died in a bomb attack": the subject suffered the attack;
    "at least" and "up to" before it are a count, not prepositions. People involved in one are not its victims,
    and an active "killed ... in a bomb attack" keeps its subject as the attacker."""
    soldiers = Actor(id="group:UKR-MIL", name="Ukrainian soldiers", kind="group", country="UKR", sector="MIL",
                     cameo="UKRMIL")
    for text in (
        "Three Ukrainian soldiers have been killed in a suicide bombing.",
        "At least three Ukrainian soldiers were wounded in a car bombing.",
        "Two Ukrainian soldiers died in a bomb attack.",
        "Up to 20 Ukrainian soldiers were hurt in a bomb attack.",
    ):
        events = coder.code(text, [], _with_group(text, "Ukrainian soldiers", soldiers), REF)
        assert events and all(e.source is None and e.target is not None and e.target.cameo == "UKRMIL"
                              for e in events), text
    text = "Ukrainian soldiers were involved in the bombing."
    events = coder.code(text, [], _with_group(text, "Ukrainian soldiers", soldiers), REF)
    assert events and all(e.source is not None and e.source.cameo == "UKRMIL" for e in events)


def test_an_actor_after_an_article_is_an_object_not_the_next_verbs_subject(coder: EventCoder) -> None:
    """ "Russia bombed a Chinese radar site and attacked Ukraine": after "bombed a", "Chinese" is
    in the object, so the coordinated "attacked" keeps Russia as its subject."""
    text = "Russia bombed a Chinese radar site and attacked Ukraine."
    at = text.index("Chinese")
    mentions = sorted(
        [*mentions_for(text, ["Russia", "Ukraine"]),
         ActorMention(start=at, end=at + 7, text="Chinese", actor=ACTORS["China"], confidence=0.5, via="demonym")],
        key=lambda m: m.start,
    )
    found = triples(coder.code(text, [], mentions, REF, doc_id="d"))
    assert ("190", "RUS", "UKR") in found
    assert not any(source == "CHN" for _, source, _ in found)


def test_a_verb_form_after_an_article_and_a_demonym_is_a_noun(coder: EventCoder) -> None:
    """ "Russia condemned the Chinese attack": "attack" heads a noun phrase, so it is not Russia
    attacking; "the IMF supports" or "the Palestinians reject" stay verbs after their subject."""
    text = "Russia condemned the Chinese attack."
    at = text.index("Chinese")
    chinese = ActorMention(start=at, end=at + 7, text="Chinese", actor=ACTORS["China"], confidence=0.5, via="demonym")
    found = triples(coder.code(text, [], [*mentions_for(text, ["Russia"]), chinese], REF, doc_id="d"))
    assert ("111", "RUS", "CHN") in found
    assert not any(code.startswith("19") and source == "RUS" for code, source, _ in found)
    text = "The EU supports Ukraine."
    assert ("051", "IGOEUREEC", "UKR") in triples(coder.code(text, [], mentions_for(text, ["EU", "Ukraine"]), REF))


def test_a_noun_event_called_off_did_not_happen(code: Callable[..., list]) -> None:
    """ "The summit ... was postponed", "called off talks", "cancelled a planned visit": negated;
    a noun event that went ahead stays asserted."""
    for text in (
        "The summit between Russia and China was postponed.",
        "Russia called off talks with Iran.",
        "Russia postponed its visit to China.",
    ):
        events = code(text)
        assert events and all(e.modality == "negated" for e in events if e.cameo.startswith("04")), text
    events = code("The summit between Russia and China was a success.")
    assert events and all(e.modality == "asserted" for e in events)


def test_an_abbreviation_in_brackets_does_not_hide_the_subject_of_a_noun_trigger(coder: EventCoder) -> None:
    """ "The European Union (EU) renewed its demand that ...": the bracketed short form repeats the
    subject; it is no clause punctuation between the subject and the noun trigger."""
    text = "The European Union (EU) renewed its demand that Russia withdraw its troops."
    at = text.index("European Union")
    full = ActorMention(start=at, end=at + 14, text="European Union", actor=ACTORS["EU"], confidence=0.9, via="name")
    mentions = sorted([full, *mentions_for(text, ["EU", "Russia"])], key=lambda m: m.start)
    assert ("100", "IGOEUREEC", "RUS") in triples(coder.code(text, [], mentions, REF, doc_id="d"))


def test_a_date_between_a_trigger_and_its_object_does_not_use_up_the_window(code: Callable[..., list]) -> None:
    """ "its demand today that" and "insisted on Wednesday that" reach their object; "on" before a
    date is not the object "on" of "insist on"."""
    for text, span in (
        ("The EU renewed its demand today that Russia withdraw its troops.", "today"),
        ("The EU insisted on Wednesday that Russia withdraw its troops.", "Wednesday"),
    ):
        date = timex(text, span, value="2025-10-06", granularity="day", start="2025-10-06", end="2025-10-07")
        assert ("100", "IGOEUREEC", "RUS") in triples(code(text, [date])), text
    text = "Putin insisted on Wednesday it was time for Ukraine to talk."
    date = timex(text, "Wednesday", value="2025-10-01", granularity="day", start="2025-10-01", end="2025-10-02")
    assert not any(event.cameo == "100" for event in code(text, [date]))


def test_a_participle_after_more_or_most_is_an_adjective(code: Callable[..., list]) -> None:
    assert not code("Iran is a more pressing worry for the EU than Russia.")
    assert ("100", "IGOEUREEC", "IRN") in triples(code("The EU is pressing Iran for answers."))


def test_troops_that_arrive_are_deployed_not_visiting(coder: EventCoder) -> None:
    """Peacekeepers arriving is peacekeeping (074), planned when they "will arrive"; other troops
    arriving is no visit; a person heading an army ("the army chief") still visits."""
    russian_troops = Actor(id="group:RUS-MIL", name="Russian troops", kind="group", country="RUS", sector="MIL",
                           cameo="RUSMIL")
    for text, expected in (
        ("Russian peacekeeping troops arrived in Ukraine on Monday.", {("074", "RUSMIL", "UKR")}),
        ("Russian peacekeepers will arrive in Ukraine.", {("0334", "RUSMIL", "UKR")}),
        ("Russian troops have arrived in Ukraine.", set()),
        ("The Russian army chief arrived in Ukraine.", {("042", "RUSMIL", "UKR")}),
    ):
        name = text.split(" ")[0] if not text.startswith("The") else "Russian"
        mentions = [*_with_group(text, name, russian_troops), *mentions_for(text, ["Ukraine"])]
        assert triples(coder.code(text, [], mentions, REF, doc_id="d")) == expected, text


def test_officials_placed_in_another_country_keep_their_own(coder: EventCoder) -> None:
    """ "Russian officials in Ukraine" are still Russia's officials; a people placed there
    ("Russians in Ukraine") acts as Ukraine's civilians."""
    officials = Actor(id="group:RUS-GOV", name="Russian officials", kind="group", country="RUS", sector="GOV",
                      cameo="RUSGOV")
    text = "Russian officials in Ukraine condemned China."
    mentions = [*_with_group(text, "Russian officials", officials), *mentions_for(text, ["Ukraine", "China"])]
    assert ("111", "RUSGOV", "CHN") in triples(coder.code(text, [], mentions, REF, doc_id="d"))
    russians = Actor(id="group:RUS-people", name="Russians", kind="group", country="RUS", cameo="RUS")
    text = "Russians in Ukraine condemned China."
    mentions = [*_with_group(text, "Russians", russians), *mentions_for(text, ["Ukraine", "China"])]
    assert ("111", "UKRCVL", "CHN") in triples(coder.code(text, [], mentions, REF, doc_id="d"))


def test_a_demonym_before_a_border_is_where_not_whom(coder: EventCoder) -> None:
    """ "captured a stronghold on the Chinese border": the border is a place; "attacked Chinese
    positions" still targets China."""

    def with_chinese(text: str) -> set[tuple[str, str | None, str | None]]:
        at = text.index("Chinese")
        chinese = ActorMention(start=at, end=at + 7, text="Chinese", actor=ACTORS["China"], confidence=0.5,
                               via="demonym")
        mentions = sorted([*mentions_for(text, ["Russia"]), chinese], key=lambda m: m.start)
        return triples(coder.code(text, [], mentions, REF, doc_id="d"))

    assert with_chinese("Russia captured a mountain stronghold on the Chinese border.") == {("192", "RUS", None)}
    assert ("190", "RUS", "CHN") in with_chinese("Russia attacked Chinese positions near the border.")


def test_a_minority_suffers_as_civilians_of_where_it_lives(coder: EventCoder) -> None:
    """ "killed three ethnic Russians in a raid in eastern Ukraine": Ukraine's civilians, as when they act."""
    russians = Actor(id="group:RUS-people", name="Russians", kind="group", country="RUS", cameo="RUS")
    text = "China killed three ethnic Russians in a raid in eastern Ukraine."
    mentions = sorted([*_with_group(text, "Russians", russians), *mentions_for(text, ["China", "Ukraine"])],
                      key=lambda m: m.start)
    assert ("190", "CHN", "UKRCVL") in triples(coder.code(text, [], mentions, REF, doc_id="d"))


def test_a_group_with_its_own_head_noun_modifies_no_later_mention(coder: EventCoder) -> None:
    """ "Russian forces smashed two Ukrainian brigades, killed 500 Ukrainian soldiers": "Russian
    forces" is the subject of both verbs, not a modifier of "Ukrainian brigades" two words on."""
    russian = Actor(id="group:RUS-MIL", name="Russian forces", kind="group", country="RUS", sector="MIL",
                    cameo="RUSMIL")
    ukrainian = Actor(id="group:UKR-MIL", name="Ukrainian soldiers", kind="group", country="UKR", sector="MIL",
                      cameo="UKRMIL")
    text = "Russian forces smashed two Ukrainian brigades, killed 500 Ukrainian soldiers and destroyed 45 tanks."
    mentions = [*_with_group(text, "Russian forces", russian), *_with_group(text, "Ukrainian brigades", ukrainian),
                *_with_group(text, "Ukrainian soldiers", ukrainian)]
    found = coder.code(text, [], mentions, REF, doc_id="d")
    assert found and all(e.source is not None and e.source.cameo == "RUSMIL" for e in found)


def test_protesters_marching_through_a_capital_are_its_civilians(coder: EventCoder) -> None:
    """ "marched through Beijing": "through" introduces the place, so the unnamed protesters are
    the civilians there, protesting against their government."""
    text = "Thousands of protesters marched through Beijing demanding reforms."
    at = text.index("Beijing")
    capital = ActorMention(start=at, end=at + 7, text="Beijing", actor=ACTORS["Beijing"], confidence=0.5, via="capital")
    assert ("141", "CHNCVL", "CHNGOV") in triples(coder.code(text, [], [capital], REF, doc_id="d"))


def test_an_event_denied_in_a_that_clause_is_negated(code: Callable[..., list]) -> None:
    """ "denied (accusations) that it had supplied weapons": said not to have happened; "said that
    it had supplied" stays asserted."""
    for text in ("Russia denied accusations that it had supplied weapons to Ukraine.",
                 "Russia denied that it had supplied weapons to Ukraine."):
        events = code(text)
        assert events and all(e.modality == "negated" for e in events), text
    events = code("Russia said that it had supplied weapons to Ukraine.")
    assert events and all(e.modality == "asserted" for e in events)


def test_a_power_to_act_is_hypothetical(code: Callable[..., list]) -> None:
    """ "has the right to veto", "the power to impose sanctions": a capacity, not an act."""
    events = code("The EU has the power to impose sanctions on Russia.")
    assert events and all(e.modality == "hypothetical" for e in events)
    events = code("The EU imposed sanctions on Russia.")
    assert events and all(e.modality == "asserted" for e in events)


def test_he_can_refer_to_an_office_holder_named_by_title(coder: EventCoder) -> None:
    """ "Russia's president arrived on Monday. He met Xi": "he" is the president, named by title
    alone, as a person named by name would be."""
    president = Actor(id="government:RUS", name="Government of Russia", kind="government", country="RUS",
                      sector="GOV", cameo="RUSGOV")
    text = "Russia's president arrived on Monday. He met Xi for three hours."
    title = ActorMention(start=0, end=18, text="Russia's president", actor=president, confidence=0.8, via="title")
    found = triples(coder.code(text, [], [title, *mentions_for(text, ["Xi"])], REF, doc_id="d"))
    assert ("040", "RUSGOV", "CHNGOV") in found
