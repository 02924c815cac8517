"""Worst-case inputs take time linear in their size (no catastrophic regex backtracking, no quadratic loops).

These are complexity checks, not timing bars: each test grows a pathological input until one run
costs about 30 ms of CPU, then runs it at 4x that size and asserts the CPU-time ratio is below
:data:`~tests.robustness._support.MAX_SCALING_RATIO` (10). Linear work gives about 4 whatever the
machine; quadratic work gives about 16, exponential far more. Process CPU time is used so that
other processes on a shared machine do not count, and the best of two runs is taken.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

import pytest

from event_extract.events import EventCoder
from event_extract.language import detect_language
from event_extract.text import html_to_text, split_sentences

from . import _support as support


def _repeat(unit: str) -> Callable[[int], str]:
    """An input of about ``n`` characters made of ``unit`` repeated."""
    return lambda n: unit * max(1, n // len(unit))


def _assert_linear(make_input: Callable[[int], str], run: Callable[[str], object], size: int = 1_000) -> None:
    ratio, used = support.scaling_ratio(make_input, run, size=size)
    assert ratio < support.MAX_SCALING_RATIO, (
        f"4x the input ({4 * used} chars) took {ratio:.1f}x the CPU time: worse than linear"
    )


def _tag(text: str) -> object:
    return support.tagger().run(documents=[support.document(text)])


def _link(text: str) -> object:
    return support.linker().run(documents=[support.document(text)])


_TAGGED: dict[str, object] = {}


def _extract(text: str) -> object:
    """EventExtractor alone: the upstream annotations are computed once per input and cached."""
    if text not in _TAGGED:
        _TAGGED.clear()
        tagged = support.tagger().run(documents=[support.document(text)])["documents"]
        _TAGGED[text] = support.linker().run(documents=tagged)["documents"]
    return support.extractor().run(documents=_TAGGED[text])  # type: ignore[arg-type]


# --- shared text helpers ----------------------------------------------------------------------------

SENTENCE_WORST_CASES = {
    "full_stops_without_space": ".",
    "exclamation_and_question_marks": "!?",
    "stops_then_quotes": '."',
    "abbreviation_dots": "U.S.",
    "initials": "A. ",
}


@pytest.mark.parametrize("name", sorted(SENTENCE_WORST_CASES))
def test_split_sentences_is_linear(name: str) -> None:
    _assert_linear(_repeat(SENTENCE_WORST_CASES[name]), split_sentences)


HTML_WORST_CASES: dict[str, Callable[[int], str]] = {
    "deep_nesting": lambda n: "<div>" * (n // 11) + "x" + "</div>" * (n // 11),
    "non_breaking_spaces_around_one_newline": lambda n: "\u00a0" * (n // 2) + "\n" + "\u00a0" * (n // 2),
    "whitespace_runs_with_single_newlines": _repeat("\u2003" * 50 + "\n"),
    "unclosed_tags": _repeat("<a "),
    "entities": _repeat("&amp;&#x41;&bogus"),
}


@pytest.mark.parametrize("name", sorted(HTML_WORST_CASES))
def test_html_to_text_is_linear(name: str) -> None:
    _assert_linear(HTML_WORST_CASES[name], html_to_text)


def test_language_detection_cost_is_bounded() -> None:
    ratio, _ = support.scaling_ratio(_repeat("Путин встретился с Ким Чен Ыном. "), detect_language,
                                     size=200_000, max_size=200_000)
    assert ratio < 2.0, "detect_language should read a bounded sample, not the whole text"


# --- components -------------------------------------------------------------------------------------

TIMEX_WORST_CASES = {
    "relative_expressions": "last month ",
    "digit_run": "1",
    "date_fragments": "2025-",
    "month_names": "January ",
    "number_words": "twenty-one hundred ",
    "chained_anchors": "the day before the week after ",
    "modifiers": "early mid-late ",
    "slashes": "10/",
    "spaces_between_digits": "1 ",
}


ACTOR_WORST_CASES = {
    "surname": "Kim ",
    "acronyms": "U.S. ",
    "titles_and_possessives": "the Chinese foreign minister's ",
    "comma_lists": "Putin, ",
    "capitalised_words": "Abc Def ",
    "hyphenated_names": "Jong-",
    "no_spaces": "KimJongUn",
}


EVENT_WORST_CASES = {
    "one_endless_sentence_of_actors_and_triggers": "Putin met Kim and ",
    "triggers_only": "met ",
    "negations_and_modals": "did not say it would not meet ",
    "quotes_and_reporting": '"Kim said," Putin said, ',
    "many_short_sentences": "Putin met Kim. ",
    "full_stops": ".",
}


COMPONENT_WORST_CASES = [
    *((_tag, name, unit) for name, unit in sorted(TIMEX_WORST_CASES.items())),
    *((_link, name, unit) for name, unit in sorted(ACTOR_WORST_CASES.items())),
    *((_extract, name, unit) for name, unit in sorted(EVENT_WORST_CASES.items())),
]


@pytest.mark.parametrize(
    ("run", "unit"),
    [pytest.param(run, unit, id=f"{run.__name__.lstrip('_')}-{name}") for run, name, unit in COMPONENT_WORST_CASES],
)
def test_component_is_linear(run: Callable[[str], object], unit: str) -> None:
    _assert_linear(_repeat(unit), run)


# --- many distinct names and trigger words: what a long real document holds ---------------------------


def _made_up_name(index: int) -> str:
    """A distinct capitalised name per index ("Vorab", "Vorac", ...), not a known actor."""
    letters = ""
    while True:
        index, digit = divmod(index, 26)
        letters += chr(ord("a") + digit)
        if not index:
            return "Vor" + letters + "x"


def _envoys(n: int) -> str:
    """Sentences each introducing a new person, then naming them by surname alone."""
    parts: list[str] = []
    size, index = 0, 0
    while size < n:
        surname = _made_up_name(index)
        part = f"Envoy Tal {surname} arrived. {surname} spoke. "
        parts.append(part)
        size += len(part)
        index += 1
    return "".join(parts)


def _link_with_people(text: str) -> object:
    """ActorLinker with an upstream NER component's PERSON entities for every full name."""
    entities = [
        {"start": m.start(1), "end": m.end(1), "label": "PERSON"} for m in re.finditer(r"Envoy (Tal \w+)", text)
    ]
    return support.linker().run(documents=[support.document(text, named_entities=entities)])


def test_actor_linker_is_linear_in_distinct_people() -> None:
    _assert_linear(_envoys, _link_with_people)


def _many_trigger_words(n: int) -> str:
    """Sentences cycling through every trigger word of the lexicon between two actors."""
    sentences = (f"Putin {word} Kim. " for word in itertools.cycle(sorted(EventCoder().lexicon.anchors)))
    parts: list[str] = []
    size = 0
    while size < n:
        parts.append(next(sentences))
        size += len(parts[-1])
    return "".join(parts)


def test_event_extractor_is_linear_in_distinct_trigger_words() -> None:
    _assert_linear(_many_trigger_words, _extract)
