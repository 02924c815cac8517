"""Read PETRARCH/TABARI/Phoenix ``.actors`` dictionaries.

The format: an entry line ``NAME_WITH_UNDERSCORES_ [CODE]``; optional ``+SYNONYM`` lines; role-code
lines (usually indented) ``[RUSGOV 991231-080507]``, ``[RUSGOV >080508]`` (from),
``[USRARM <900823]`` (until) or a bare default ``[RUSELI]``. Dates are YYMMDD or YYYYMMDD. ``#``
starts a comment; ``<!-- ... -->`` blocks are skipped. Codes ``[---]`` mean "no code". TABARI's
prefix matching of names without a trailing underscore is not reproduced: every name is matched
as whole words. Malformed dates in the published files are logged and the code is kept undated
only when no other code is given.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from event_extract.actors.normalise import slugify

__all__ = ["DatedCode", "PetrarchActor", "PetrarchEntry", "parse_petrarch_actors", "read_petrarch_actors"]

_LOG = logging.getLogger(__name__)
_CODE_RE = re.compile(r"\[([^\[\]]{0,80})\]")
_RANGE_RE = re.compile(r"^(\d{6}|\d{8})-(\d{6}|\d{8})$")
_COUNTRY_CODE = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True, slots=True)
class DatedCode:
    """A PETRARCH role code valid from ``start`` (inclusive) to ``end`` (inclusive)."""

    code: str
    start: date | None = None
    end: date | None = None

    def active(self, at: date) -> bool:
        """True when the code applies on ``at``."""
        return (self.start is None or self.start <= at) and (self.end is None or at <= self.end)


@dataclass(slots=True)
class PetrarchActor:
    """An actor read from a PETRARCH dictionary: names and (dated) CAMEO codes."""

    id: str
    name: str
    codes: list[DatedCode]


@dataclass(slots=True)
class PetrarchEntry:
    """One dictionary entry: its names (display form) and codes, with the line it started on."""

    names: list[str]
    codes: list[DatedCode]
    line: int
    dated: bool = False
    synonyms: list[str] = field(default_factory=list)


class PetrarchFormatError(ValueError):
    """A dictionary line cannot be read at all; the message starts with ``file:line``."""


def _year(digits: str) -> int:
    if len(digits) == 2:
        value = int(digits)
        return 2000 + value if value < 40 else 1900 + value
    return int(digits)


def _parse_date(raw: str) -> date:
    if len(raw) == 6:
        year, month, day = _year(raw[:2]), int(raw[2:4]), int(raw[4:6])
    elif len(raw) == 8:
        year, month, day = int(raw[:4]), int(raw[4:6]), int(raw[6:8])
    else:
        raise ValueError(raw)
    return date(year, month, day)


def _parse_code(body: str, where: str) -> tuple[DatedCode | None, bool]:
    """(code, dated) from the inside of ``[...]``; None for '---', empty or malformed codes."""
    parts = body.split()
    if not parts:
        return None, False
    code = parts[0].upper()
    if code.startswith("~") or not re.fullmatch(r"[A-Z0-9]{3,15}", code):
        return None, False
    if len(parts) == 1:
        return DatedCode(code), False
    spec = parts[1]
    try:
        if spec.startswith(">"):
            return DatedCode(code, start=_parse_date(spec[1:])), True
        if spec.startswith("<"):
            return DatedCode(code, end=_parse_date(spec[1:])), True
        match = _RANGE_RE.match(spec)
        if match:
            return DatedCode(code, start=_parse_date(match.group(1)), end=_parse_date(match.group(2))), True
    except ValueError:
        pass
    # The published Phoenix dictionaries contain about twenty such dates, so they are skipped, not fatal.
    _LOG.warning("%s: ignoring malformed date %r on code %s", where, spec, code)
    return None, True


def _display(raw: str) -> str:
    """'VLADIMIR_PUTIN_' -> 'VLADIMIR PUTIN' (upper case is kept; matching decides case)."""
    return " ".join(raw.replace("_", " ").split())


def _strip_comment(line: str) -> str:
    index = line.find("#")
    return line if index < 0 else line[:index]


def parse_petrarch_actors(text: str, source: str = "<string>") -> Iterator[PetrarchEntry]:
    """Yield the entries of an actors dictionary given as text."""
    current: PetrarchEntry | None = None
    in_block = False
    for number, raw_line in enumerate(text.splitlines(), start=1):
        line = raw_line
        if in_block:
            if "-->" in line:
                in_block = False
                line = line.split("-->", 1)[1]
            else:
                continue
        if "<!--" in line:
            head, _, tail = line.partition("<!--")
            if "-->" in tail:
                line = head + tail.split("-->", 1)[1]
            else:
                in_block = True
                line = head
        line = _strip_comment(line)
        stripped = line.strip()
        if not stripped:
            continue
        where = f"{source}:{number}"
        if stripped.rfind("[") > stripped.rfind("]"):
            raise PetrarchFormatError(f"{where}: a code's '[' is never closed: {stripped[:80]!r}")
        name_part = stripped.split("[", 1)[0].strip()
        codes: list[DatedCode] = []
        dated = False
        for match in _CODE_RE.finditer(stripped):
            code, was_dated = _parse_code(match.group(1), where)
            dated = dated or was_dated
            if code is not None:
                codes.append(code)
        if stripped.startswith("+"):
            if current is not None and name_part[1:].strip():
                current.synonyms.append(_display(name_part[1:]))
                current.codes.extend(codes)
                current.dated = current.dated or dated
            continue
        if stripped.startswith("["):
            if current is not None:
                current.codes.extend(codes)
                current.dated = current.dated or dated
            continue
        if current is not None:
            yield current
        current = PetrarchEntry(names=[_display(name_part)] if name_part else [], codes=codes, line=number, dated=dated)
    if current is not None:
        yield current


def _actor_id(entry: PetrarchEntry, name: str) -> str:
    codes = entry.codes
    bare = [c.code for c in codes if _COUNTRY_CODE.match(c.code)]
    if bare:
        return f"state:{bare[-1]}"  # a country entry, possibly with historical codes (USRARM < 1990)
    if entry.dated:
        return f"person:{slugify(name)}"
    first = codes[0].code if codes else ""
    if first[:3] in {"IGO", "NGO", "MNC", "NGM"}:
        return f"org:{slugify(name)}"
    return f"group:{first}" if first else f"group:{slugify(name)}"


def read_petrarch_actors(path: Path) -> list[tuple[PetrarchActor, list[str]]]:
    """Entries of a dictionary file as (actor, synonyms); entries without any code are dropped."""
    text = Path(path).read_text(encoding="utf-8", errors="replace")
    out: list[tuple[PetrarchActor, list[str]]] = []
    for entry in parse_petrarch_actors(text, str(path)):
        if not entry.names or not entry.codes:
            continue
        name = entry.names[0]
        out.append((PetrarchActor(id=_actor_id(entry, name), name=name, codes=entry.codes), entry.synonyms))
    return out
