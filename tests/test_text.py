"""Sentence splitting and HTML reduction."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from event_extract.text import _abbreviations, html_to_text, split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Putin arrived. He spoke.", ["Mr. Putin arrived.", "He spoke."]),
        ("The U.S. envoy met Kim on Oct. 3 in Seoul.", ["The U.S. envoy met Kim on Oct. 3 in Seoul."]),
        ("George W. Bush left. Growth was 3.5 percent!", ["George W. Bush left.", "Growth was 3.5 percent!"]),
        ('He said "no." Then he left.', ['He said "no."', "Then he left."]),
        ("Did they meet? Yes.", ["Did they meet?", "Yes."]),
        ("Headline without stop\n\nFirst paragraph.", ["Headline without stop", "First paragraph."]),
        ("Dr. Smith and Gen. Jones met Sen. Lee.", ["Dr. Smith and Gen. Jones met Sen. Lee."]),
        (
            "Talks were held in the U.S. The next round is in Seoul.",
            ["Talks were held in the U.S.", "The next round is in Seoul."],
        ),
        ("He met U.S. President Trump.", ["He met U.S. President Trump."]),
        ("Mitterrand met F.W. de Klerk. Talks ended.", ["Mitterrand met F.W. de Klerk.", "Talks ended."]),
        ("It was sold to J.R. Smith. Talks ended.", ["It was sold to J.R. Smith.", "Talks ended."]),
        ("Resolution No. 2231 passed. It was binding.", ["Resolution No. 2231 passed.", "It was binding."]),
        ("", []),
        ("   \n\n  ", []),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert [text[start:end] for start, end in split_sentences(text)] == expected


def test_split_sentences_offsets_index_the_text() -> None:
    text = "  One.  Two three.\n\nFour"
    spans = split_sentences(text)
    assert spans == [(2, 6), (8, 18), (20, 24)]


def test_split_sentences_on_text_without_boundaries_is_one_span() -> None:
    text = "x" * 100_000
    assert split_sentences(text) == [(0, 100_000)]


def test_html_to_text_keeps_visible_text_and_paragraphs() -> None:
    markup = (
        "<html><head><style>p{}</style><script>var x = 1;</script></head>"
        "<body><h1>Title</h1><p>Kim &amp; Putin <b>met</b>.</p><div>Next</div></body></html>"
    )
    assert html_to_text(markup) == "Title\n\nKim & Putin met.\n\nNext"


def test_html_to_text_survives_broken_and_deeply_nested_markup() -> None:
    markup = "<div>" * 5000 + "deep" + "</span>" * 3 + "<p unclosed"
    assert html_to_text(markup) == "deep"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stop.\n \nNext one", ["Stop.", "Next one"]),
        ("Really?! Yes.", ["Really?!", "Yes."]),
        ("A \"quote.\" Then (aside.) More", ["A \"quote.\"", "Then (aside.)", "More"]),
        ("Dots... and more.\n\n\n\nEnd", ["Dots...", "and more.", "End"]),
        ("Troops of the U.S. Army left. It rained.", ["Troops of the U.S. Army left.", "It rained."]),
        ("Mr.\tSmith left.\nNo.\u00a05 won.", ["Mr.\tSmith left.", "No.\u00a05 won."]),
    ],
)
def test_split_sentences_boundary_shapes(text: str, expected: list[str]) -> None:
    assert [text[start:end] for start, end in split_sentences(text)] == expected


def test_split_sentences_on_long_punctuation_runs_is_linear() -> None:
    text = "." * 200_000 + " " + "!\n" * 100_000
    assert split_sentences(text)[0] == (0, 200_000)


# The splitter as first written: one pattern for every boundary and a regex search for the word
# before a full stop. The faster splitter must give the same spans on any text.
_REFERENCE_BOUNDARY = re.compile(
    r"""[.!?\n](?:(?<=\n)[ \t]*+\n|(?<![.!?][.!?])(?<!\n)[.!?]*+['"’”)\]]*+(?=\s))"""
)
_REFERENCE_WORD_BEFORE = re.compile(r"[A-Za-z][A-Za-z.']{0,11}$")


def _reference_split(text: str) -> list[tuple[int, int]]:
    lists = _abbreviations()
    spans: list[tuple[int, int]] = []

    def append(start: int, end: int) -> None:
        segment = text[start:end]
        if segment.strip():
            start += len(segment) - len(segment.lstrip())
            spans.append((start, start + len(segment.strip())))

    def ends_sentence(first: int, last: int) -> bool:
        match = _REFERENCE_WORD_BEFORE.search(text, max(0, first - 12), first)
        if match is None:
            return True
        word = match.group()
        lowered = word.lower().strip(".")
        if lowered in lists["abbreviations"]:
            if lowered in lists["closing_abbreviations"]:
                following = re.compile(r"\s+([A-Z][a-z]*)").match(text, last, last + 20)
                return following is not None and following.group(1).lower() in lists["sentence_openers"]
            return False
        if lowered in lists["number_abbreviations"]:
            return not text[last : last + 2].strip()[:1].isdigit()
        if len(word) == 1 and word.isupper():
            return False
        if re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", word):  # initials: "J.R. Smith", "F.W. de Klerk"
            return len(word) > 3 and not text[last : last + 2].strip()[:1].islower()
        return True

    start = 0
    for match in _REFERENCE_BOUNDARY.finditer(text):
        first, last = match.span()
        if text[first] == "\n":
            append(start, first)
        elif text[first] != "." or ends_sentence(first, last):
            append(start, last)
        else:
            continue
        start = last
    append(start, len(text))
    return spans


_SPLITTER_PIECES = st.sampled_from(
    ["Mr", "U.S", "No", "Inc", "W", "He", "it", "5", " ", " ", "\n", "\t", ".", ".", "!", "?", "'", '"', "’", ")",
     "\u00a0", "é", "Mr.!", "W\n.", "?!.", ". ", ".\n\n", "\n \n"]
)


@settings(max_examples=3000, deadline=None)
@given(st.lists(_SPLITTER_PIECES, max_size=30).map("".join))
@example("W\n. x")  # the word before a full stop may end before a newline
@example("Mr.! x")  # a run of terminal punctuation is one boundary, even after an abbreviation
@example("W.W. Mr")  # two initials do not end a sentence
@example("W.W.W. x")  # three do, unless a lower-case word follows
def test_split_sentences_matches_the_single_pattern_splitter(text: str) -> None:
    assert split_sentences(text) == _reference_split(text)
