"""Length-preserving text folding for alias matching.

``fold`` lower-cases, strips diacritics from Latin letters and turns every character that is not a
letter or digit into a space, one character for one character, so offsets in the folded text are
offsets in the original. Word boundaries then become plain spaces, which lets the automaton match
whole words only (keys are stored with a space on each side).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["fold", "fold_key", "slugify"]

_SLUG_RE = re.compile(r"[^a-z0-9]+")


def _build_table() -> tuple[dict[int, str], bytes]:
    table: dict[int, str] = {}
    for code in range(0x250):
        ch = chr(code)
        if ch.isalnum():
            base = unicodedata.normalize("NFKD", ch)[0].lower()
            table[code] = base if len(base) == 1 and base.isalnum() else ch.lower()[:1] or " "
            if len(ch.lower()) != 1:
                table[code] = base if len(base) == 1 else " "
        else:
            table[code] = " "
    # General punctuation, quotes, dashes, CJK punctuation and other separators become spaces.
    for start, end in ((0x2000, 0x206F), (0x3000, 0x303F), (0xFF00, 0xFF0F), (0x00A0, 0x00BF)):
        for code in range(start, end + 1):
            if not chr(code).isalnum():
                table[code] = " "
    ascii_table = bytes(ord(table[c]) if c < 128 else c for c in range(256))
    return table, ascii_table


_TABLE, _ASCII_TABLE = _build_table()


def fold(text: str) -> str:
    """Fold ``text`` for matching; ``len(fold(text)) == len(text)`` always."""
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_TABLE).decode("ascii")
    folded = text.translate(_TABLE)
    if len(folded) != len(text):  # pragma: no cover - the table maps one char to one char
        raise AssertionError("fold must preserve length")
    return folded


def fold_key(text: str) -> str:
    """The automaton key of an alias: the folded text without outer spaces. Inner spacing is kept
    as folded ("Washington, D.C." -> "washington  d c") so keys line up with folded text."""
    return fold(text).strip()


def slugify(text: str) -> str:
    """A lower-case ASCII-ish slug for ids ("Dmitry Peskov" -> "dmitry-peskov")."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return _SLUG_RE.sub("-", folded).strip("-") or "x"
