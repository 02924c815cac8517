"""The coder's shortcuts give exactly what the plain paths give."""

from __future__ import annotations

import re

import pytest
from haystack import Document
from hypothesis import example, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from event_extract import EventExtractor
from event_extract.events import EventCoder
from event_extract.events.coder import (
    _DISCOURSE_SUBJECTS,
    MAX_SENTENCE_CHARS,
    _bounded,
    _CandidateIndex,
    _DocState,
    _find_object,
    _letter_runs,
    _letters,
    _may_cut_words,
    _subjects_with_antecedent,
)
from event_extract.events.lexicon import TriggerEntry, lowers_in_place, token_columns, tokenize
from event_extract.models import Actor, ActorMention, TimeExpression
from event_extract.text import split_sentences

_CODER = EventCoder()
# Letters, case pairs, apostrophes, dashes, digits and the characters that lower oddly (Kelvin sign,
# dotted capital I, capital sigma), so that generated text hits every branch of the tokenizer.
_TRICKY = st.text(alphabet=st.sampled_from(list("aZnT tsS'’–—-.,:/5\n\u212a\u0130\u03a3\u00e9\u00c9")), max_size=60)


_VOCABULARY_SOURCE = {
    word for anchor, needs in _CODER.lexicon.anchors.items()
    for word in (anchor, *needs.object_words, *(prefix + "s" for prefix in needs.object_prefixes))
}


def _columns(text: str, start: int, end: int) -> tuple[list[str], list[int], list[int]]:
    lowered = text.lower()
    return token_columns(text, lowered if lowers_in_place(text, lowered) else None, start, end)


def _assert_columns_match_tokenize(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    tokens = tokenize(text, start, end)
    assert _columns(text, start, end) == (
        [word for word, _, _ in tokens], [first for _, first, _ in tokens], [last for _, _, last in tokens]
    )


@settings(max_examples=300, deadline=None)
@given(_TRICKY, st.data())
def test_token_columns_match_tokenize(text: str, data: st.DataObject) -> None:
    _assert_columns_match_tokenize(text, data)


# ASCII text whose gaps are mostly single spaces: the tokenizer's fast path (runs of words as one item).
_ASCII_NEWS = st.lists(
    st.sampled_from(
        ["talks", "s", "t", "x", "didn", "Kim", " ", " ", " ", "  ", ".", ",", "'", "5", "3.5", "-", "(", "\x00"]
    ),
    max_size=30,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(_ASCII_NEWS, st.data())
def test_token_columns_match_tokenize_on_single_spaced_ascii(text: str, data: st.DataObject) -> None:
    _assert_columns_match_tokenize(text, data)


def test_token_columns_on_news_text() -> None:
    text = "Russia’s envoy didn't meet Kim–Putin aides; talks on 12/03/2024 (3.5 pct) WON'T resume. JAPAN'S."
    tokens = tokenize(text, 3, len(text) - 2)
    assert _columns(text, 3, len(text) - 2) == tuple(map(list, zip(*tokens, strict=True)))


def test_lowers_in_place() -> None:
    assert lowers_in_place("Plain ASCII", "plain ascii")
    assert lowers_in_place("Café – Zürich", "café – zürich")
    for odd in ("\u212a", "\u0130", "\u03a3"):  # Kelvin sign, dotted capital I, capital sigma
        assert not lowers_in_place(f"x{odd}y", f"x{odd}y".lower())


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab \t\n.")), max_size=3 * MAX_SENTENCE_CHARS))
def test_may_cut_words_whenever_bounded_cuts_a_word(text: str) -> None:
    for start, end in _bounded(text, split_sentences(text)):
        inside = (start > 0 and text[start - 1 : start + 1].isalpha()) or (
            end < len(text) and text[end - 1 : end + 1].isalpha()
        )
        if inside:
            assert _may_cut_words(text)


def test_may_cut_words() -> None:
    assert _may_cut_words("x" * (3 * MAX_SENTENCE_CHARS))  # _bounded cuts this run inside the word
    size = MAX_SENTENCE_CHARS - 1
    assert not _may_cut_words("short text")
    assert not _may_cut_words("word " * 1000)
    assert not _may_cut_words(("x" * (size - 1) + "\t") * 3)
    assert _may_cut_words("a " + "x" * size + " b")
    assert _may_cut_words("x" * 400 + "\u00a0" + "x" * 700)  # only space, tab and newline break a run


def _index(lowered: str) -> _CandidateIndex:
    return _CandidateIndex(*_CODER._finder.find(_letters(lowered)), _CODER.lexicon)


def test_candidate_index_finds_whole_words_only() -> None:
    anchors = _CODER.lexicon.anchors
    anchor = next(a for a, needs in anchors.items()
                  if needs.free and a.isalpha() and a.isascii() and f"{a}s" not in anchors)
    lowered = f"x {anchor}s {anchor}; pre{anchor}, {anchor}"
    index = _index(lowered)
    second = lowered.index(" ", 2) + 1
    assert [at for at, key in zip(index.positions, index.keys, strict=True) if key == anchor] == [
        second, len(lowered) - len(anchor)
    ]
    assert index.verdict(0, second - 1, has_mentions=True) is False  # only inside a longer word


def test_candidate_index_verdicts() -> None:
    lexicon = _CODER.lexicon
    free = next(a for a, needs in lexicon.anchors.items() if needs.free and a.isalpha() and a.isascii())
    bound, needs = next((a, needs) for a, needs in lexicon.anchors.items()
                        if not needs.free and needs.object_prefixes and a.isalpha() and a.isascii())
    prefix = needs.object_prefixes[0]
    lowered = f"x {free} y. z {bound} w. {bound} {prefix}es. he {free}."
    index = _index(lowered)
    ends = [at + 1 for at, char in enumerate(lowered) if char == "."]
    assert index.verdict(0, ends[0], has_mentions=True) is True
    assert index.verdict(0, ends[0], has_mentions=False) is False  # no pronoun to take an actor
    assert index.verdict(ends[0], ends[1], has_mentions=True) is False  # no object word
    assert index.verdict(ends[1], ends[2], has_mentions=True) is True  # a word opening with its prefix
    assert index.verdict(ends[2], ends[3], has_mentions=False) is True


def _index_vocabulary() -> list[str]:
    """A few anchors that need an object (some by prefix), their objects, two free anchors, the
    discourse subjects and other words: small, so that generated sentences mix them."""
    anchors = _CODER.lexicon.anchors
    bound = [a for a, needs in sorted(anchors.items()) if not needs.free and a.isalpha()]
    with_prefix = [a for a in bound if anchors[a].object_prefixes][:3]
    chosen = [*with_prefix, *[a for a in bound if a not in with_prefix][:3]]
    objects = {w for a in chosen for w in sorted(anchors[a].object_words)[:2]}
    prefixed = {f"{p}{end}" for a in with_prefix for p in anchors[a].object_prefixes[:2] for end in ("", "s")}
    free = [a for a, needs in sorted(anchors.items()) if needs.free and a.isalpha()][:2]
    return sorted({*chosen, *objects, *prefixed, *free, "he", "it", "two", "both", "the", "said", "x"})


_INDEX_WORDS = _index_vocabulary()
_INDEX_PIECES = st.one_of(
    st.sampled_from(_INDEX_WORDS), st.sampled_from([" ", " ", ". ", ", ", "\n\n", "-", "'s", "é", "5"])
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_INDEX_PIECES, max_size=80), st.booleans())
@example(pieces=["x", "accept", "mediators", ". ", "he", "accepted", "it"], spaced=True)
def test_candidate_index_verdicts_match_has_candidate(pieces: list[str], spaced: bool) -> None:
    """Judging a sentence from the index gives what listing its words gives."""
    text = (" " if spaced else "").join(pieces)
    lowered = text.lower()
    index = _index(lowered)
    assert index.positions == sorted(index.positions)
    for start, end in [(0, len(text)), *split_sentences(text)]:  # the document, as for the early exit
        for has_mentions in (False, True):
            assert index.verdict(start, end, has_mentions=has_mentions) == _CODER._has_candidate(
                lowered[start:end], has_mentions
            )


def _reference_may_fire(words: set[str]) -> bool:
    """``Lexicon.may_fire`` written out entry by entry, as the lexicon's schema defines it."""
    for forms in _CODER.lexicon.index.values():
        for form in forms:
            entry = form.entry
            anchor = max((w for w in form.words if w.isalpha()), key=len, default=form.words[0])
            if entry.ignore or anchor not in words:
                continue
            if not entry.objects or not entry.object_words.isdisjoint(words) \
                    or any(phrase[0] in words for phrase in entry.object_phrases) \
                    or any(word.startswith(prefix) for word in words for prefix in entry.object_prefixes):
                return True
    return False


_VOCABULARY = sorted(_VOCABULARY_SOURCE)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_VOCABULARY), max_size=6), st.lists(st.sampled_from(["the", "said", "x"]), max_size=2))
def test_may_fire_matches_the_entries(words: list[str], noise: list[str]) -> None:
    bag = {*words, *noise}
    assert _CODER.lexicon.may_fire(bag) == _reference_may_fire(bag)
    assert _CODER.lexicon.present_anchors(bag) <= bag


@pytest.mark.parametrize(
    "text", ["", "plain words, 12 and more.", "café–zürich don't", "a\u212ab \u0130x", "lone \ud800surrogate"]
)
def test_letter_runs(text: str) -> None:
    lowered = text.lower()
    assert _letter_runs(lowered) == set(re.findall("[a-z]+", lowered))
    assert _letters(lowered) == re.sub("[^a-z]", " ", lowered)  # one character for one: offsets kept


def test_extractor_reports_invalid_meta_like_the_model() -> None:
    extractor = EventExtractor()
    bad = {"text": "June", "type": "DATE", "start": -1, "end": 4}
    document = Document(content="Putin met Kim in June.", meta={"timexes": [bad], "actors": []})
    with pytest.raises(ValidationError) as raised:
        extractor.run(documents=[document])
    with pytest.raises(ValidationError) as expected:
        TimeExpression.model_validate(bad)
    assert str(raised.value) == str(expected.value)
    tupled = Document(content="Putin met Kim.", meta={"timexes": (), "actors": ()})
    assert extractor.run(documents=[tupled])["events"] == []


_OBJECT_ENTRIES = [entry for entry in _CODER.lexicon.entries if entry.objects]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_OBJECT_ENTRIES), st.data())
def test_object_openers_are_necessary_for_find_object(entry: TriggerEntry, data: st.DataObject) -> None:
    """Skipping ``_find_object`` when no object opener is in the sentence never loses an object."""
    own = [*entry.object_words, *(word for phrase in entry.object_phrases for word in phrase if word != "*"),
           *(prefix + "s" for prefix in entry.object_prefixes)]
    words = data.draw(st.lists(st.sampled_from([*own, ".", "was", "the", "talks", "on"]), max_size=12))
    dates = frozenset(data.draw(st.sets(st.integers(0, 11))))
    found = False
    for first in range(len(words)):
        for passive in (False, True):
            if _find_object(words, entry, first, first, passive, dates) is not None:
                found = True
    assert not found or entry.object_prefixes or not entry.object_openers.isdisjoint(words)


_PUTIN = Actor(id="person:vladimir-putin", name="Vladimir Putin", kind="person", country="RUS", sector="GOV",
               cameo="RUSGOV")
_RUSSIA = Actor(id="state:RUS", name="Russia", kind="state", country="RUS", cameo="RUS")


def test_subjects_with_antecedent_follow_the_discourse_state() -> None:
    state = _DocState(None, None)
    assert _subjects_with_antecedent(state, 0) == frozenset()
    state.last_person = _PUTIN
    assert _subjects_with_antecedent(state, 9) == {"he", "she"}  # a person is never out of reach
    state.last_other, state.last_other_at = _RUSSIA, 3
    assert _subjects_with_antecedent(state, 5) == {"he", "she", "it", "they"}
    assert _subjects_with_antecedent(state, 6) == {"he", "she"}
    state.last_pair = (_RUSSIA, _PUTIN, 4)
    assert _subjects_with_antecedent(state, 6) == {"he", "she", "two", "both"}
    assert _subjects_with_antecedent(state, 7) == {"he", "she"}
    assert _subjects_with_antecedent(state, 5) == _DISCOURSE_SUBJECTS


def test_sentences_without_mentions_take_an_antecedent_only_in_reach() -> None:
    """A pronoun sentence is coded when its antecedent is in reach, skipped (no event) when not."""
    putin = ActorMention(start=0, end=5, text="Putin", actor=_PUTIN, confidence=1.0)
    russia = ActorMention(start=0, end=6, text="Russia", actor=_RUSSIA, confidence=1.0)
    coded = _CODER.code("Putin arrived in Beijing on Monday. He threatened to retaliate.", [], [putin], None)
    assert [(event.cameo, event.source and event.source.id) for event in coded] == [("138", _PUTIN.id)]
    far = "Russia sent envoys on Monday. Officials said little. Reporters waited. It threatened to retaliate."
    assert _CODER.code(far, [], [russia], None) == []
    assert _CODER.code("He threatened to retaliate. They threatened to retaliate.", [], [], None) == []
