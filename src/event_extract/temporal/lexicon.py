"""Load the temporal lexicon (month and weekday names, units, number words, ...) from package data.

The lexicon is plain JSON in ``data/lexicon.json`` (format described in ``data/README.md``) so it can
be reviewed and extended without touching code. It is read once per process and cached.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

__all__ = ["Lexicon", "load_lexicon"]


@dataclass(frozen=True)
class Lexicon:
    """Read-only views of ``lexicon.json``; keys are lower-case."""

    months: dict[str, int]
    ambiguous_months: frozenset[str]
    weekdays: dict[str, int]
    number_words: dict[str, float]
    vague_numbers: frozenset[str]
    ordinals: dict[str, int]
    units: dict[str, str]
    unit_plurals: dict[str, str]
    reference_words: dict[str, str]
    sets: dict[str, str]
    seasons: dict[str, str]
    season_months: dict[str, tuple[int, int]]
    parts_of_day: dict[str, str]
    modifiers: dict[str, str]
    approximators: dict[str, str]
    holidays: dict[str, tuple[Any, ...]]
    decade_words: dict[str, int]
    time_zones: tuple[str, ...]
    future_cues: tuple[str, ...]
    past_cues: tuple[str, ...]
    past_verbs: tuple[str, ...]
    chain_words: frozenset[str]
    extent_verbs: frozenset[str]
    non_openers: frozenset[str]
    month_context_words: frozenset[str]
    month_modifier_determiners: frozenset[str]
    quantity_nouns: frozenset[str]
    article_duration_context: frozenset[str]
    number_labels: frozenset[str]
    year_context_words: frozenset[str]
    weekday_future_cues: tuple[str, ...]
    intent_words: tuple[str, ...]
    weekday_present_verbs: frozenset[str]
    current_non_temporal: frozenset[str]
    game_words: frozenset[str]
    past_event_nouns: frozenset[str]
    award_nouns: frozenset[str]
    holiday_object_nouns: frozenset[str]

    def unit(self, word: str) -> str | None:
        """The singular unit name of ``word`` ("Years" -> "year"), or None."""
        low = word.lower()
        if low in self.units:
            return low
        return self.unit_plurals.get(low)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read ``data/lexicon.json`` once."""
    raw = json.loads(resources.files("event_extract.temporal").joinpath("data/lexicon.json").read_text("utf-8"))
    return Lexicon(
        months={k: int(v) for k, v in raw["months"].items()},
        ambiguous_months=frozenset(raw["ambiguous_months"]),
        weekdays={k: int(v) for k, v in raw["weekdays"].items()},
        number_words={k: float(v) for k, v in raw["number_words"].items()},
        vague_numbers=frozenset(raw["vague_numbers"]),
        ordinals={k: int(v) for k, v in raw["ordinals"].items()},
        units={k: str(v) for k, v in raw["units"].items()},
        unit_plurals=dict(raw["unit_plurals"]),
        reference_words=dict(raw["reference_words"]),
        sets=dict(raw["sets"]),
        seasons=dict(raw["seasons"]),
        season_months={k: (int(v[0]), int(v[1])) for k, v in raw["season_months"].items()},
        parts_of_day=dict(raw["parts_of_day"]),
        modifiers=dict(raw["modifiers"]),
        approximators=dict(raw["approximators"]),
        holidays={k: tuple(v) for k, v in raw["holidays"].items()},
        decade_words={k: int(v) for k, v in raw["decade_words"].items()},
        time_zones=tuple(raw["time_zones"]),
        future_cues=tuple(raw["future_cues"]),
        past_cues=tuple(raw["past_cues"]),
        past_verbs=tuple(raw["past_verbs"]),
        chain_words=frozenset(raw["chain_words"]),
        extent_verbs=frozenset(raw["extent_verbs"]),
        non_openers=frozenset(raw["non_openers"]),
        month_context_words=frozenset(raw["month_context_words"]),
        month_modifier_determiners=frozenset(raw["month_modifier_determiners"]),
        quantity_nouns=frozenset(raw["quantity_nouns"]),
        article_duration_context=frozenset(raw["article_duration_context"]),
        number_labels=frozenset(raw["number_labels"]),
        year_context_words=frozenset(raw["year_context_words"]),
        weekday_future_cues=tuple(raw["weekday_future_cues"]),
        intent_words=tuple(raw["intent_words"]),
        weekday_present_verbs=frozenset(raw["weekday_present_verbs"]),
        current_non_temporal=frozenset(raw.get("current_non_temporal", ())),
        game_words=frozenset(raw["game_words"]),
        past_event_nouns=frozenset(raw["past_event_nouns"]),
        award_nouns=frozenset(raw["award_nouns"]),
        holiday_object_nouns=frozenset(raw["holiday_object_nouns"]),
    )
