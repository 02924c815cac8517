"""The CAMEO event ontology: codes, labels, Goldstein scores and PLOVER categories.

The table lives in ``data/cameo.tsv`` (one code per line) and ``data/intent.tsv`` (which code
expresses the intent to do, or the refusal of, an action). Users extend or override codes with
their own TSV files in the same format.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Literal

__all__ = ["CameoCode", "EventDataError", "Ontology"]

PloverScheme = Literal["gsr", "2021"]
_COLUMNS = ("code", "label", "goldstein", "plover")
_INTENT_COLUMNS = ("prefix", "intent", "refusal")


class EventDataError(ValueError):
    """A knowledge file (ontology or trigger lexicon) breaks its schema; names file and line."""


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO event code with its label, Goldstein score and PLOVER category."""

    code: str
    label: str
    goldstein: float | None
    plover: str | None
    plover_2021: str | None = None
    plover_mode: str | None = None

    @property
    def root(self) -> str:
        """The two-digit CAMEO root ("05" for "051")."""
        return self.code[:2]


def _valid_code(code: str) -> bool:
    return code.isdigit() and 2 <= len(code) <= 4


class Ontology:
    """Lookup of CAMEO codes (label, Goldstein, PLOVER) and of intent/refusal codes."""

    def __init__(
        self,
        codes: dict[str, CameoCode],
        intents: dict[str, tuple[str | None, str | None]] | None = None,
        plover_scheme: PloverScheme = "gsr",
    ) -> None:
        self._codes = dict(codes)
        self._intents = dict(intents or {})
        self.plover_scheme: PloverScheme = plover_scheme

    @classmethod
    def load_default(cls, plover_scheme: PloverScheme = "gsr") -> Ontology:
        """The packaged ontology (``data/cameo.tsv`` and ``data/intent.tsv``)."""
        return cls.from_files((), plover_scheme=plover_scheme)

    @classmethod
    def from_files(cls, extra: Sequence[Path] = (), plover_scheme: PloverScheme = "gsr") -> Ontology:
        """The packaged ontology extended (or overridden, code by code) by ``extra`` TSV files.

        A file whose header has a ``prefix`` column is read as an intent table, otherwise as a
        code table.
        """
        data = resources.files("event_extract.events") / "data"
        codes: dict[str, CameoCode] = {}
        intents: dict[str, tuple[str | None, str | None]] = {}
        _read_codes(data.joinpath("cameo.tsv").read_text(encoding="utf-8"), "cameo.tsv", codes)
        _read_intents(data.joinpath("intent.tsv").read_text(encoding="utf-8"), "intent.tsv", intents)
        for path in extra:
            try:
                text = Path(path).read_text(encoding="utf-8")
            except OSError as error:
                raise EventDataError(f"{path}: cannot read ontology file: {error}") from error
            first = text.split("\n", 1)[0].split("\t")
            if first and first[0].strip() == "prefix":
                _read_intents(text, str(path), intents)
            else:
                _read_codes(text, str(path), codes)
        for where, (intent, refusal) in intents.items():
            for code in (intent, refusal):
                if code is not None and code not in codes:
                    raise EventDataError(f"intent table: prefix {where} names unknown CAMEO code {code}")
        return cls(codes, intents, plover_scheme)

    def __contains__(self, code: object) -> bool:
        return code in self._codes

    def __len__(self) -> int:
        return len(self._codes)

    def get(self, code: str) -> CameoCode | None:
        """The entry for ``code``, or None."""
        return self._codes.get(code)

    def __getitem__(self, code: str) -> CameoCode:
        try:
            return self._codes[code]
        except KeyError:
            raise KeyError(f"unknown CAMEO code {code!r}") from None

    def label(self, code: str) -> str:
        """The short label of ``code``."""
        return self[code].label

    def goldstein(self, code: str) -> float | None:
        """The Goldstein conflict-cooperation score of ``code``."""
        return self[code].goldstein

    def plover(self, code: str) -> str | None:
        """The PLOVER category of ``code`` in this ontology's scheme ("gsr" or "2021")."""
        entry = self[code]
        if self.plover_scheme == "2021":
            return entry.plover_2021 or entry.plover
        return entry.plover

    @staticmethod
    def root(code: str) -> str:
        """The two-digit root of a CAMEO code."""
        return code[:2]

    def intent(self, code: str) -> str | None:
        """The CAMEO code for expressing the intent to do ``code`` ("042" → "036"), if any."""
        return self._lookup(code, 0)

    def refusal(self, code: str) -> str | None:
        """The CAMEO code for refusing to do ``code`` ("042" → "125"), if any."""
        return self._lookup(code, 1)

    def _lookup(self, code: str, which: int) -> str | None:
        for length in range(len(code), 1, -1):
            found = self._intents.get(code[:length])
            if found is not None:
                return found[which]
        return None

    def codes(self) -> list[str]:
        """All codes, sorted."""
        return sorted(self._codes)


def _rows(text: str, name: str, required: Sequence[str]) -> list[tuple[int, dict[str, str]]]:
    reader = csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
    missing = [column for column in required if column not in (reader.fieldnames or [])]
    if missing:
        raise EventDataError(f"{name}:1: missing column(s) {', '.join(missing)}")
    rows = []
    for row in reader:
        rows.append((reader.line_num, {key: (value or "").strip() for key, value in row.items() if key}))
    return rows


def _read_codes(text: str, name: str, into: dict[str, CameoCode]) -> None:
    for line, row in _rows(text, name, _COLUMNS):
        code = row["code"]
        if not _valid_code(code):
            raise EventDataError(f"{name}:{line}: bad CAMEO code {code!r}")
        if not row["label"]:
            raise EventDataError(f"{name}:{line}: code {code} has no label")
        goldstein: float | None = None
        if row["goldstein"]:
            try:
                goldstein = float(row["goldstein"])
            except ValueError:
                raise EventDataError(f"{name}:{line}: bad Goldstein score {row['goldstein']!r}") from None
            if not -10.0 <= goldstein <= 10.0:
                raise EventDataError(f"{name}:{line}: Goldstein score {goldstein} outside [-10, 10]")
        into[code] = CameoCode(
            code=code,
            label=row["label"],
            goldstein=goldstein,
            plover=row["plover"] or None,
            plover_2021=row.get("plover_2021") or None,
            plover_mode=row.get("plover_mode") or None,
        )


def _read_intents(text: str, name: str, into: dict[str, tuple[str | None, str | None]]) -> None:
    for line, row in _rows(text, name, _INTENT_COLUMNS):
        prefix = row["prefix"]
        if not _valid_code(prefix):
            raise EventDataError(f"{name}:{line}: bad CAMEO prefix {prefix!r}")
        intent, refusal = row["intent"] or None, row["refusal"] or None
        for code in (intent, refusal):
            if code is not None and not _valid_code(code):
                raise EventDataError(f"{name}:{line}: bad CAMEO code {code!r}")
        into[prefix] = (intent, refusal)
