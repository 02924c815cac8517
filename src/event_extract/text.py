"""Plain-text helpers shared by every component: sentence splitting and HTML reduction.

The sentence splitter is a single left-to-right scan over candidate boundaries found by one
compiled pattern; it needs no model or downloaded data. A full stop does not end a sentence
after a known abbreviation ("Mr.", "U.S.", "Oct."), an initial ("George W. Bush") or inside a
number ("3.5").
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

__all__ = ["html_to_text", "split_sentences"]

# Abbreviations that do not end a sentence when followed by a full stop (lower-cased, without the dot).
_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gen lt col maj capt cmdr adm sgt rep sen gov pres amb rev st sr jr messrs
    mt ft fr hon supt insp cpl pvt gov't dept est approx vs etc al inc corp ltd co bros
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    u.s u.k u.n e.u u.s.s.r p.m a.m d.c n.y l.a i.e e.g
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb
    nev okla ore pa tenn tex va vt wash wis wyo
    """.split()
)

# Abbreviations that only abbreviate before a number ("No. 3", "Art. 5").
_NUMBER_ABBREVIATIONS = frozenset({"no", "nos", "art", "sec", "vol", "pp"})

# Abbreviations that often close a sentence too ("... in the U.S. The next day ..."): after these a
# full stop ends the sentence when the next word is a typical sentence opener.
_CLOSING_ABBREVIATIONS = frozenset("u.s u.k u.n e.u etc inc corp ltd co bros jr sr a.m p.m d.c".split())
_OPENERS = frozenset(
    "the a an he she it they we i but and in on at this that these those his her its their there "
    "however meanwhile earlier later after before when while if as mr mrs ms".split()
)
_NEXT_WORD = re.compile(r"\s+([A-Z][a-z]*)")

# A candidate boundary: terminal punctuation, optional closing quotes/brackets, then whitespace;
# or a paragraph break (blank line). Each match is O(1) to inspect, so the scan is linear.
_BOUNDARY = re.compile(r"""[.!?]+['"’”)\]]*(?=\s)|\n[ \t]*\n""")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.']{0,11})$")


def _ends_sentence(text: str, match: re.Match[str]) -> bool:
    token = match.group()
    if token.startswith("\n"):
        return True
    if token[0] != ".":
        return True
    # Look at the word the full stop is attached to (bounded look-behind window).
    window = text[max(0, match.start() - 12) : match.start()]
    word_match = _WORD_BEFORE.search(window)
    if word_match is None:
        return True
    word = word_match.group(1)
    lowered = word.lower().strip(".")
    if lowered in _ABBREVIATIONS:
        if lowered in _CLOSING_ABBREVIATIONS:
            following = _NEXT_WORD.match(text, match.end(), match.end() + 20)
            return following is not None and following.group(1).lower() in _OPENERS
        return False
    if lowered in _NUMBER_ABBREVIATIONS:
        return not text[match.end() : match.end() + 2].strip()[:1].isdigit()
    if len(word) == 1 and word.isupper():  # an initial: "George W. Bush"
        return False
    return True


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentences and return their ``(start, end)`` character offsets.

    Offsets index ``text`` directly; leading and trailing whitespace is excluded from each span.
    Empty or whitespace-only text gives an empty list.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if not _ends_sentence(text, match):
            continue
        end = match.end() if not match.group().startswith("\n") else match.start()
        _append_trimmed(text, start, end, spans)
        start = match.end()
    _append_trimmed(text, start, len(text), spans)
    return spans


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


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


_SPACES = re.compile(r"[ \t\r\f\v]+")
_BLANK_LINES = re.compile(r"\s*\n\s*\n\s*")


def html_to_text(markup: str) -> str:
    """Reduce an HTML document to its visible text, paragraphs separated by blank lines."""
    parser = _TextExtractor()
    last_open = markup.rfind("<")
    if last_open != -1 and markup.find(">", last_open) == -1:
        markup = markup[:last_open]  # an unfinished tag at the end is markup, not text
    parser.feed(markup)
    parser.close()
    text = html.unescape("".join(parser.parts))
    text = _SPACES.sub(" ", text)
    text = _BLANK_LINES.sub("\n\n", text)
    return "\n".join(line.strip() for line in text.split("\n")).strip()
