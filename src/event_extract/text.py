"""Plain-text helpers shared by every component: sentence splitting and HTML reduction.

The sentence splitter is a single left-to-right scan over candidate boundaries found by one
compiled pattern; it needs no model or downloaded data. A full stop does not end a sentence
after a known abbreviation ("Mr.", "U.S.", "Oct."), an initial ("George W. Bush") or inside a
number ("3.5").
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from html.parser import HTMLParser
from importlib import resources

__all__ = ["html_to_text", "split_sentences"]



@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, frozenset[str]]:
    """The abbreviation lists of ``data/sentences.json`` (format in ``data/README.md``)."""
    raw = json.loads(resources.files("event_extract.data").joinpath("sentences.json").read_text("utf-8"))
    return {key: frozenset(words) for key, words in raw.items()}


_NEXT_WORD = re.compile(r"\s+([A-Z][a-z]*)")
_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")

# Candidate boundaries. A run of terminal punctuation is matched from its first character only (one
# not preceded by another), with possessive quantifiers so a long run is scanned once, then optional
# closing quotes/brackets, then whitespace must follow; a paragraph break is a blank line. There is
# one pattern per opening character: a pattern that opens with a literal character lets the regex
# engine jump to its next occurrence, several times faster than testing every character against a
# class. Matches of different patterns never overlap (a run's later characters follow a terminal,
# and neither kind of match holds the other's opening character), so together they are the matches
# of one pattern for all four. Each match is O(1) to inspect: the scan is linear.
_TERMINAL_RUN = r"""(?<![.!?].)[.!?]*+['"’”)\]]*+(?=\s)"""
_TERMINALS = tuple((char, re.compile(re.escape(char) + _TERMINAL_RUN)) for char in ".!?")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*+\n")
_SPAN = re.Match.span
_WORD_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.'"
_WORD_WINDOW = 12
"""Characters before a full stop that are searched for the word it is attached to."""


def _word_before(text: str, start: int) -> str:
    """The word a full stop at ``start`` is attached to: the longest run of letters, dots and
    apostrophes that ends right before it (or before a newline right before it) and starts with a
    letter, within :data:`_WORD_WINDOW` characters; "" if there is none. String methods instead of
    a backtracking regex search."""
    window = text[max(0, start - _WORD_WINDOW) : start]
    if window.endswith("\n"):
        window = window[:-1]
    return window[len(window.rstrip(_WORD_CHARS)) :].lstrip(".'")


def _full_stop_ends_sentence(text: str, start: int, end: int, lists: dict[str, frozenset[str]]) -> bool:
    """Whether the full stop(s) at ``text[start:end]`` end a sentence."""
    word = _word_before(text, start)
    if not word:
        return True
    lowered = word.lower().strip(".")
    if lowered in lists["abbreviations"]:
        if lowered in lists["closing_abbreviations"]:
            following = _NEXT_WORD.match(text, end, end + 20)
            return following is not None and following.group(1).lower() in lists["sentence_openers"]
        return False
    if lowered in lists["number_abbreviations"]:
        return not text[end : end + 2].strip()[:1].isdigit()
    # An initial ("George W. Bush") does not end a sentence, nor do two initials ("J.R. Smith",
    # "F.W. de Klerk"); longer runs of initials ("P.L.O.") do only before a capital.
    if len(word) == 1 and word.isupper():
        return False
    if _INITIALS.fullmatch(word):
        return len(word) > 3 and not text[end : end + 2].strip()[:1].islower()
    return True


def _boundaries(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` spans of the candidate boundaries of ``text``, in order."""
    # ``map`` calls ``Match.span`` from C: no Python frame per boundary.
    spans = list(map(_SPAN, _PARAGRAPH_BREAK.finditer(text))) if "\n" in text else []
    streams = 1 if spans else 0
    for char, pattern in _TERMINALS:
        if char in text:
            spans += map(_SPAN, pattern.finditer(text))
            streams += 1
    if streams > 1:
        spans.sort()  # a merge of sorted runs
    return spans


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentences and return their ``(start, end)`` character offsets.

    Offsets index ``text`` directly; leading and trailing whitespace is excluded from each span.
    Empty or whitespace-only text gives an empty list.
    """
    lists = _abbreviations()
    spans: list[tuple[int, int]] = []
    start = 0
    for first, last in _boundaries(text):
        char = text[first]
        if char == "\n":  # a paragraph break ends the sentence before it
            end = first
        elif char != "." or _full_stop_ends_sentence(text, first, last, lists):
            end = last
        else:
            continue
        # The span without its outer whitespace, unless nothing else is left (as ``_append_trimmed``,
        # written out: this runs once per sentence).
        segment = text[start:end]
        stripped = segment.lstrip()
        if stripped:
            trimmed_start = end - len(stripped)
            spans.append((trimmed_start, trimmed_start + len(stripped.rstrip())))
        start = last
    _append_trimmed(text, start, len(text), spans)
    return spans


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    """Append ``(start, end)`` without its outer whitespace, unless nothing else is left."""
    segment = text[start:end]
    stripped = segment.lstrip()
    if stripped:
        start += len(segment) - len(stripped)
        spans.append((start, start + len(stripped.rstrip())))


class _TextExtractor(HTMLParser):
    """Collects the visible text of an HTML page, one block element per paragraph."""

    _SKIP = frozenset({"script", "style", "noscript", "template", "head", "svg"})
    _BLOCK = frozenset(
        {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
         "header", "footer", "blockquote", "pre", "title", "ul", "ol", "table", "dd", "dt"}
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skip_depth += 1
        elif tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self.parts.append(data)


def _balance_angle_brackets(markup: str) -> str:
    """Escape every ``<`` that no ``>`` closes before the next ``<``, and drop an unfinished tag at the end.

    HTMLParser rescans from an unclosed ``<`` to the end of the input, which is quadratic on text
    such as ``"<a <a <a ..."``; after this pass every ``<`` it sees is closed.
    """
    head, *segments = markup.split("<")
    if segments and ">" not in segments[-1]:
        segments.pop()
    return head + "".join(("<" if ">" in segment else "&lt;") + segment for segment in segments)


def html_to_text(markup: str) -> str:
    """Reduce an HTML document to its visible text, paragraphs separated by blank lines."""
    parser = _TextExtractor()
    parser.feed(_balance_angle_brackets(markup))
    parser.close()
    paragraphs: list[str] = []
    lines: list[str] = []
    for raw_line in "".join(parser.parts).split("\n"):
        line = " ".join(raw_line.split())
        if line:
            lines.append(line)
        elif lines:
            paragraphs.append("\n".join(lines))
            lines = []
    if lines:
        paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs)
