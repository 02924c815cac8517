"""The places gazetteer: cities, towns and regions with the country they are in.

Entries live in ``data/places.jsonl`` (schema in ``data/README.md``). They say *where* an event
happened ("a roadside bomb near Samarra" is in Iraq) when the place is not a capital or a country,
which the actor linker already knows. Names are matched on the coder's tokens, capitalised, so a
sentence costs one dictionary look-up per capitalised token.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from event_extract.events.lexicon import tokenize
from event_extract.events.ontology import EventDataError

__all__ = ["Gazetteer", "PlaceEntry"]

_KEYS = frozenset({"name", "names", "country", "kind"})
_KINDS = frozenset({"city", "town", "region", "territory"})
_ISO3 = re.compile(r"[A-Z]{3}")


@dataclass(frozen=True, slots=True)
class PlaceEntry:
    """One place: its display name, ISO 3166-1 alpha-3 country and kind."""

    name: str
    country: str
    kind: str


class Gazetteer:
    """Place names indexed by their first lower-cased token; build with :meth:`load`."""

    def __init__(self) -> None:
        self._names: dict[tuple[str, ...], PlaceEntry] = {}  # a later entry for a name replaces the earlier
        self._by_first: dict[str, list[tuple[tuple[str, ...], PlaceEntry]]] = {}

    @classmethod
    def load(cls, extra: Sequence[Path] = ()) -> Gazetteer:
        """The packaged gazetteer, extended (later files win) by ``extra`` files in the same format."""
        gazetteer = cls()
        packaged = resources.files("event_extract.events") / "data" / "places.jsonl"
        gazetteer._add_lines(packaged.read_text("utf-8").splitlines(), "places.jsonl")
        for path in extra:
            try:
                lines = Path(path).read_text("utf-8").splitlines()
            except (OSError, UnicodeDecodeError) as error:
                raise EventDataError(f"{path}: cannot read places file: {error}") from error
            gazetteer._add_lines(lines, str(path))
        return gazetteer

    def _add_lines(self, lines: Iterable[str], name: str) -> None:
        numbered = [(number, line) for number, line in enumerate(lines, 1)
                    if line.strip() and not line.lstrip().startswith("#")]
        try:  # one parse for the whole file; line by line only to name the line that is wrong
            records = json.loads("[" + ",".join(line for _, line in numbered) + "]")
        except json.JSONDecodeError:
            records = []
        if len(records) != len(numbered):  # a syntax error, or a line holding two values ("{...}, {...}")
            records = [self._parse(line, f"{name}:{number}") for number, line in numbered]
        for (number, _), record in zip(numbered, records, strict=True):
            where = f"{name}:{number}"
            if not isinstance(record, dict):
                raise EventDataError(f"{where}: expected a JSON object")
            if "schema" in record and "as_of" in record:
                continue
            self._add(record, where)
        self._by_first = {}
        for key, entry in self._names.items():
            self._by_first.setdefault(key[0], []).append((key, entry))
        for variants in self._by_first.values():
            variants.sort(key=lambda variant: -len(variant[0]))  # longest name first

    @staticmethod
    def _parse(line: str, where: str) -> object:
        try:
            return json.loads(line)
        except json.JSONDecodeError as error:
            raise EventDataError(f"{where}: not valid JSON: {error.msg}") from None

    def _add(self, record: dict[str, object], where: str) -> None:
        unknown = set(record) - _KEYS
        if unknown:
            raise EventDataError(f"{where}: unknown keys {sorted(unknown)}")
        name, country, kind = record.get("name"), record.get("country"), record.get("kind", "city")
        others = record.get("names", [])
        if not isinstance(name, str) or not name.strip():
            raise EventDataError(f"{where}: 'name' must be a non-empty string")
        if not isinstance(country, str) or not _ISO3.fullmatch(country):
            raise EventDataError(f"{where}: 'country' must be three capital letters")
        if kind not in _KINDS:
            raise EventDataError(f"{where}: 'kind' must be one of {sorted(_KINDS)}")
        if not isinstance(others, list) or not all(isinstance(n, str) and n.strip() for n in others):
            raise EventDataError(f"{where}: 'names' must be a list of non-empty strings")
        entry = PlaceEntry(name, country, str(kind))
        for alias in (name, *others):
            # Most names are one plain word; the others are split as the coder splits sentences.
            key = (alias.lower(),) if alias.isascii() and alias.isalpha() else tuple(
                word.lower() for word, _, _ in tokenize(alias)
            )
            self._names[key] = entry

    def __len__(self) -> int:
        return len(set(self._names.values()))

    def match(self, words: Sequence[str], i: int) -> tuple[PlaceEntry, int] | None:
        """The longest place name starting at token ``i`` of the lower-cased ``words``, with its
        last token index; None when no name starts there."""
        variants = self._by_first.get(words[i])
        if variants is None:
            return None
        for key, entry in variants:
            end = i + len(key)
            if tuple(words[i:end]) == key:
                return entry, end - 1
        return None
