"""The actor knowledge base: countries, organisations, people, titles and role nouns.

Everything is read from the JSON/JSONL files in ``actors/data`` (documented in its README) plus
ISO codes and official names from ``pycountry``. Optional user files in the same JSONL schema and
PETRARCH/Phoenix ``.actors`` dictionaries can be layered on top. The knowledge base is a plain
container of records and alias entries; :class:`event_extract.actors.matcher.ActorMatcher` turns
it into an automaton once.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import pycountry

from event_extract.actors.normalise import fold_key as _fold_key
from event_extract.actors.petrarch import DatedCode, PetrarchActor, PetrarchFormatError, read_petrarch_actors
from event_extract.models import Actor, Office

__all__ = [
    "STATE_ROLES",
    "ActorDataError",
    "ActorKnowledgeBase",
    "AliasEntry",
    "OfficeTerm",
    "PersonRecord",
    "country_group",
]

_LOG = logging.getLogger(__name__)

STATE_ROLES = frozenset({"head_of_state", "head_of_government", "foreign_minister", "defence_minister"})
IGO_ROLES = frozenset(
    {
        "secretary_general",
        "president",
        "high_representative",
        "director_general",
        "managing_director",
        "chair",
        "prosecutor",
    }
)
_ALL_ROLES = STATE_ROLES | IGO_ROLES

CaseRule = Literal["exact", "proper", "initial", "any"]
AliasCategory = Literal[
    "country",
    "demonym",
    "plural",
    "capital",
    "org",
    "person",
    "short",
    "title",
    "group_noun",
    "person_role",
    "honorific",
    "petrarch",
]

_ISO3 = re.compile(r"[A-Z]{3}")
_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
_PERSON_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class ActorDataError(ValueError):
    """A data file does not follow its documented schema (the message names file and line)."""


@dataclass(frozen=True, slots=True)
class OfficeTerm:
    """One term in one office; ``end`` is exclusive (the successor's first day), None = incumbent."""

    role: str
    title: str | None
    country: str | None
    organisation: str | None
    start: date | None
    end: date | None
    raw_start: str | None
    raw_end: str | None
    acting: bool = False

    def active(self, at: date) -> bool:
        """True when the term covers ``at`` (``end`` read as exclusive: the successor's first day)."""
        return (self.start is None or self.start <= at) and (self.end is None or at < self.end)

    def ends_on(self, at: date) -> bool:
        """True when ``at`` is the recorded end day (which some sources give as the last day)."""
        return self.end == at and (self.start is None or self.start <= at)

    @property
    def scope(self) -> str:
        """The ISO3 country or organisation id the office belongs to."""
        return self.country or self.organisation or ""

    def to_office(self) -> Office:
        """The shared-model view of this term."""
        return Office(
            role=self.role,
            title=self.title,
            country=self.country,
            organisation=self.organisation,
            start=self.raw_start,
            end=self.raw_end,
        )


@dataclass(slots=True)
class PersonRecord:
    """A known person with their offices over time."""

    id: str
    name: str
    aliases: list[str]
    short_names: list[str]
    country: str | None
    offices: list[OfficeTerm]
    standalone: bool = False

    def offices_at(self, at: date | None) -> list[OfficeTerm]:
        """Offices held on ``at`` (all offices, latest first, when ``at`` is None)."""
        if at is None:
            return sorted(self.offices, key=lambda o: o.start or date.min, reverse=True)
        return [o for o in self.offices if o.active(at)] or [o for o in self.offices if o.ends_on(at)]


@dataclass(frozen=True, slots=True)
class AliasEntry:
    """A surface form and what it denotes; ``target`` depends on ``category``."""

    text: str
    category: AliasCategory
    target: str
    case: CaseRule


@dataclass(slots=True)
class _Country:
    iso3: str
    name: str
    cameo: str


@dataclass(slots=True)
class _Org:
    id: str
    name: str
    cameo: str | None
    head_role: str | None
    country: str | None = None
    codes: tuple[DatedCode, ...] = ()


@dataclass(slots=True)
class TitleConfig:
    """Title phrases and how they map to office roles (from ``titles.json``)."""

    state_titles: dict[str, str] = field(default_factory=dict)
    country_titles: dict[str, dict[str, str]] = field(default_factory=dict)
    leader_hog: frozenset[str] = frozenset()
    org_titles: dict[str, str] = field(default_factory=dict)
    org_title_targets: dict[str, str] = field(default_factory=dict)
    honorifics: list[str] = field(default_factory=list)

    def state_role(self, title: str, iso3: str) -> str | None:
        """The office role a (lower-case) title denotes in country ``iso3``."""
        override = self.country_titles.get(iso3, {}).get(title)
        if override is not None:
            return override or None
        if title == "leader" and iso3 in self.leader_hog:
            return "head_of_government"
        return self.state_titles.get(title)


def _data_dir() -> Any:
    return resources.files("event_extract.actors").joinpath("data")


def parse_date(value: str | None, where: str) -> date | None:
    """Parse YYYY-MM-DD, YYYY-MM or YYYY (first day of the period); None stays None."""
    if value is None:
        return None
    match = _DATE_RE.match(value) if isinstance(value, str) else None
    if match is None:
        raise ActorDataError(f"{where}: bad date {value!r} (want YYYY-MM-DD, YYYY-MM or YYYY)")
    year, month, day = int(match.group(1)), int(match.group(2) or 1), int(match.group(3) or 1)
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise ActorDataError(f"{where}: bad date {value!r}: {exc}") from exc


def _iter_jsonl(text: str, where: str) -> Iterator[tuple[int, dict[str, Any]]]:
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        try:
            record = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise ActorDataError(f"{where}:{number}: invalid JSON: {exc.msg}") from exc
        if not isinstance(record, dict):
            raise ActorDataError(f"{where}:{number}: expected a JSON object")
        yield number, record


def _str_list(record: Mapping[str, Any], key: str, where: str) -> list[str]:
    value = record.get(key, [])
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ActorDataError(f"{where}: {key!r} must be a list of non-empty strings")
    return [v.strip() for v in value]


def _opt_str(record: Mapping[str, Any], key: str, where: str) -> str | None:
    value = record.get(key)
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise ActorDataError(f"{where}: {key!r} must be a non-empty string or null")
    return value


def _case_for(alias: str) -> CaseRule:
    """Acronym-like aliases (all capitals, 'U.S.', 'G7') must match exactly; names need capitals."""
    letters = "".join(filter(str.isalpha, alias))
    if letters and all(map(str.isupper, letters)) and len(letters) <= 6:
        return "exact"
    if any(map(str.isupper, alias)):
        return "proper"
    return "any"


class ActorKnowledgeBase:
    """Countries, organisations, people, titles and role nouns, with aliases for matching."""

    def __init__(self) -> None:
        self.countries: dict[str, _Country] = {}
        self.orgs: dict[str, _Org] = {}
        self.people: dict[str, PersonRecord] = {}
        self.petrarch: dict[str, PetrarchActor] = {}
        self.aliases: list[AliasEntry] = []
        self.titles = TitleConfig()
        self.group_nouns: dict[str, str] = {}
        self.person_roles: dict[str, str] = {}
        self.locative_prepositions: frozenset[str] = frozenset()
        self.function_words: frozenset[str] = frozenset()
        self.ambiguity: dict[str, dict[str, Any]] = {}
        self.standalone_shorts: frozenset[str] = frozenset()
        self.common_shorts: frozenset[str] = frozenset()
        self.as_of: dict[str, str] = {}
        self._actor_cache: dict[tuple[str, str, Any], Actor] = {}
        self._office_index: dict[tuple[str, str], list[tuple[OfficeTerm, str]]] | None = None

    def common_short_names(self) -> frozenset[str]:
        """Folded short names that never link on their own: the ``common_words`` of
        ``standalone.json`` ("Friday", "Young", "May") and every short name that is also the first
        (given) name of another person on file ("Ali" as in Ali Khamenei, "Martin" as in Martin
        Schulz), unless ``standalone.json`` lists it as distinctive."""
        given: set[str] = set()
        for person in self.people.values():
            own = {_fold_key(s) for s in person.short_names}
            for full in (person.name, *person.aliases):
                words = full.split()
                if len(words) > 1 and _fold_key(words[0]) not in own:
                    given.add(_fold_key(words[0]))
        shorts = {_fold_key(s) for person in self.people.values() for s in person.short_names}
        return frozenset(self.common_shorts | ((given & shorts) - self.standalone_shorts))

    # ------------------------------------------------------------------ construction
    @classmethod
    def load_default(cls) -> ActorKnowledgeBase:
        """The knowledge base shipped with the package (countries, IGOs, media, people)."""
        kb = cls()
        kb._load_package_data()
        return kb

    @classmethod
    def from_files(
        cls,
        actor_files: Sequence[Path] = (),
        petrarch_files: Sequence[Path] = (),
        include_default: bool = True,
    ) -> ActorKnowledgeBase:
        """Package data plus user people files in the package JSONL schema and PETRARCH/Phoenix
        actor dictionaries. ``include_default=False`` leaves out the package's people and media
        outlets but keeps the reference tables every linker needs (countries, international
        organisations, titles, role nouns)."""
        kb = cls()
        kb._load_package_data(people=include_default)
        for path in actor_files:
            kb._load_user_file(Path(path).read_text(encoding="utf-8"), str(path))
        for path in petrarch_files:
            try:
                for actor, synonyms in read_petrarch_actors(Path(path)):
                    kb.add_petrarch_actor(actor, synonyms)
            except PetrarchFormatError as error:
                raise ActorDataError(str(error)) from None
        return kb

    def _load_config(self) -> None:
        data = _data_dir()
        titles = self._load_json(data, "titles.json")
        self.titles = TitleConfig(
            state_titles={k.lower(): v for k, v in titles["state_titles"].items()},
            country_titles={
                iso: {k.lower(): v for k, v in table.items()} for iso, table in titles["country_titles"].items()
            },
            leader_hog=frozenset(titles["leader_is_head_of_government"]),
            org_titles={k.lower(): v for k, v in titles["org_titles"].items()},
            org_title_targets={k.lower(): v for k, v in titles["org_title_targets"].items()},
            honorifics=list(titles["honorifics"]),
        )
        for table in (self.titles.state_titles, *self.titles.country_titles.values()):
            for title, role in table.items():
                if role and role not in STATE_ROLES:  # "" = not an office we track (UK chancellor)
                    raise ActorDataError(f"titles.json: unknown role {role!r} for {title!r}")
        titles_seen: set[str] = set()
        for title in (
            *self.titles.state_titles,
            *(t for table in self.titles.country_titles.values() for t in table),
            *self.titles.org_titles,
        ):
            if title not in titles_seen:
                titles_seen.add(title)
                self.aliases.append(AliasEntry(title, "title", title, "exact" if title == "pm" else "any"))
        for hon in self.titles.honorifics:
            self.aliases.append(AliasEntry(hon, "honorific", hon.rstrip("."), "proper"))
        roles = self._load_json(data, "roles.json")
        for sector, nouns in roles["group_nouns"].items():
            for noun in nouns:
                self.group_nouns[noun.lower()] = sector
                case: CaseRule = "proper" if noun[0].isupper() else "any"
                self.aliases.append(AliasEntry(noun, "group_noun", sector, case))
        for sector, nouns in roles["person_roles"].items():
            for noun in nouns:
                self.person_roles[noun.lower()] = sector
                case = "exact" if noun.isupper() else "any"
                self.aliases.append(AliasEntry(noun, "person_role", sector, case))
        self.locative_prepositions = frozenset(roles["locative_prepositions"])
        standalone = self._load_json(data, "standalone.json")
        self.standalone_shorts = frozenset(
            _fold_key(s) for s in _str_list(standalone, "short_names", "standalone.json")
        )
        self.common_shorts = frozenset(_fold_key(s) for s in _str_list(standalone, "common_words", "standalone.json"))
        amb = self._load_json(data, "ambiguity.json")
        self.function_words = frozenset(amb["function_words"])
        self.ambiguity = dict(amb["aliases"])

    @staticmethod
    def _load_json(data: Any, name: str) -> dict[str, Any]:
        try:
            loaded = json.loads(data.joinpath(name).read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise ActorDataError(f"{name}:{exc.lineno}: invalid JSON: {exc.msg}") from exc
        if not isinstance(loaded, dict) or "as_of" not in loaded:
            raise ActorDataError(f"{name}: expected an object with an 'as_of' date")
        return loaded

    def _load_package_data(self, people: bool = True) -> None:
        self._load_config()
        data = _data_dir()
        self._load_countries(data.joinpath("countries.jsonl").read_text(encoding="utf-8"), "countries.jsonl")
        for name in ("organisations.jsonl", "media.jsonl", "nonstate.jsonl") if people else ("organisations.jsonl",):
            self._load_orgs(data.joinpath(name).read_text(encoding="utf-8"), name)
        people_dir = data.joinpath("people")
        if people and people_dir.is_dir():
            for entry in sorted(people_dir.iterdir(), key=lambda p: p.name):
                if entry.name.endswith(".jsonl"):
                    self._load_people(entry.read_text(encoding="utf-8"), f"people/{entry.name}")

    def _header(self, record: Mapping[str, Any], where: str) -> bool:
        if "as_of" in record and "schema" in record:
            parse_date(str(record["as_of"]), where)
            self.as_of[where.split(":", maxsplit=1)[0]] = str(record["as_of"])
            return True
        return False

    def _load_countries(self, text: str, name: str) -> None:
        claimed: dict[str, str] = {}
        records: list[tuple[str, dict[str, Any]]] = []
        for number, record in _iter_jsonl(text, name):
            where = f"{name}:{number}"
            if self._header(record, where):
                continue
            iso3 = record.get("iso3")
            if not isinstance(iso3, str) or not _ISO3.fullmatch(iso3):
                raise ActorDataError(f"{where}: 'iso3' must be three capital letters")
            unknown = set(record) - {
                "iso3",
                "name",
                "names",
                "abbr",
                "adj",
                "plural",
                "capitals",
                "seats",
                "cameo",
                "pycountry",
            }
            if unknown:
                raise ActorDataError(f"{where}: unknown keys {sorted(unknown)}")
            pyc = pycountry.countries.get(alpha_3=iso3)
            if pyc is None and record.get("pycountry", True):
                raise ActorDataError(f'{where}: {iso3} is not an ISO 3166-1 code (set "pycountry": false)')
            display = (
                _opt_str(record, "name", where)
                or (getattr(pyc, "common_name", None) or (pyc.name if pyc and "," not in pyc.name else None))
                or (getattr(pyc, "official_name", None) if pyc else None)
            )
            if not display:
                raise ActorDataError(f"{where}: {iso3} needs a 'name'")
            cameo = _opt_str(record, "cameo", where) or iso3
            self.countries[iso3] = _Country(iso3, display, cameo)
            categories: tuple[tuple[str, AliasCategory], ...] = (
                ("names", "country"),
                ("abbr", "country"),
                ("adj", "demonym"),
                ("plural", "plural"),
            )
            for key, category in categories:
                for alias in _str_list(record, key, where):
                    if category == "country":
                        claimed[_fold_key(alias)] = iso3
                    self.aliases.append(
                        AliasEntry(
                            alias,
                            category,
                            iso3,
                            "exact" if key == "abbr" else _case_for(alias),
                        )
                    )
            for key in ("capitals", "seats"):
                for alias in _str_list(record, key, where):
                    self.aliases.append(AliasEntry(alias, "capital", f"government:{iso3}", _case_for(alias)))
            records.append((iso3, record))
        # Official and common names straight from pycountry (not retyped), unless the data file
        # already gave that surface form to another country (e.g. "Congo" -> COD, not COG).
        for pyc in pycountry.countries:
            iso3 = pyc.alpha_3
            if iso3 not in self.countries:
                name_ = getattr(pyc, "common_name", None) or pyc.name
                if "," in name_ or "(" in name_:
                    name_ = getattr(pyc, "official_name", None) or name_.split(",")[0].split("(")[0].strip()
                self.countries[iso3] = _Country(iso3, name_, iso3)
            for raw in {getattr(pyc, "common_name", None), pyc.name, getattr(pyc, "official_name", None)}:
                if not raw or "," in raw or "(" in raw:
                    continue
                alias = raw[4:] if raw.startswith("the ") else raw
                owner = claimed.get(_fold_key(alias))
                if owner is not None and owner != iso3:
                    continue
                claimed[_fold_key(alias)] = iso3
                self.aliases.append(AliasEntry(alias, "country", iso3, "proper"))

    def _load_orgs(self, text: str, name: str) -> None:
        for number, record in _iter_jsonl(text, name):
            where = f"{name}:{number}"
            if not self._header(record, where):
                self._add_org(record, where)

    def _load_user_file(self, text: str, name: str) -> None:
        """A user file in the package schemas: people, and organisations (``"id": "org:..."``)."""
        for number, record in _iter_jsonl(text, name):
            where = f"{name}:{number}"
            if self._header(record, where):
                continue
            if str(record.get("id", "")).startswith("org:"):
                self._add_org(record, where)
            else:
                self._add_person(record, where)
        self._office_index = None

    def _add_org(self, record: Mapping[str, Any], where: str) -> None:
        org_id = record.get("id")
        if not isinstance(org_id, str) or not org_id.startswith("org:"):
            raise ActorDataError(f"{where}: 'id' must start with 'org:'")
        display = _opt_str(record, "name", where)
        if display is None:
            raise ActorDataError(f"{where}: 'name' is required")
        unknown = set(record) - {"id", "name", "names", "abbr", "seats", "cameo", "head_role", "country", "codes"}
        if unknown:
            raise ActorDataError(f"{where}: unknown keys {sorted(unknown)}")
        head_role = _opt_str(record, "head_role", where)
        if head_role is not None and head_role not in IGO_ROLES:
            raise ActorDataError(f"{where}: unknown head_role {head_role!r}")
        self.orgs[org_id] = _Org(
            org_id,
            display,
            _opt_str(record, "cameo", where),
            head_role,
            _opt_str(record, "country", where),
            self._dated_codes(record.get("codes", []), where),
        )
        for alias in {display, *_str_list(record, "names", where)}:
            self.aliases.append(AliasEntry(alias, "org", org_id, _case_for(alias)))
        for alias in _str_list(record, "abbr", where):
            self.aliases.append(AliasEntry(alias, "org", org_id, "exact"))
        for alias in _str_list(record, "seats", where):
            self.aliases.append(AliasEntry(alias, "capital", org_id, _case_for(alias)))

    @staticmethod
    def _dated_codes(raw: Any, where: str) -> tuple[DatedCode, ...]:
        """Codes that change over time: [{"code": "AFGREB", "end": "2021-08-15"}, ...]."""
        if not isinstance(raw, list):
            raise ActorDataError(f"{where}: 'codes' must be a list")
        codes = []
        for item in raw:
            if (
                not isinstance(item, dict)
                or not isinstance(item.get("code"), str)
                or set(item)
                - {
                    "code",
                    "start",
                    "end",
                }
            ):
                raise ActorDataError(f"{where}: each code needs 'code' and optional 'start'/'end'")
            codes.append(
                DatedCode(item["code"], parse_date(item.get("start"), where), parse_date(item.get("end"), where))
            )
        return tuple(codes)

    def _load_people(self, text: str, name: str) -> None:
        for number, record in _iter_jsonl(text, name):
            where = f"{name}:{number}"
            if not self._header(record, where):
                self._add_person(record, where)
        self._office_index = None

    def _add_person(self, record: Mapping[str, Any], where: str) -> None:
        person = self._parse_person(record, where)
        existing = self.people.get(person.id)
        if existing is not None:
            _LOG.info("%s: person %s already known; merging offices", where, person.id)
            known = {(o.role, o.scope, o.start) for o in existing.offices}
            existing.offices.extend(o for o in person.offices if (o.role, o.scope, o.start) not in known)
            existing.aliases.extend(a for a in person.aliases if a not in existing.aliases)
            existing.short_names.extend(s for s in person.short_names if s not in existing.short_names)
            existing.standalone = existing.standalone or person.standalone
            person = existing
        else:
            self.people[person.id] = person
        for alias in (person.name, *person.aliases):
            # A one-word alias ("Francis", "Lula") is as ambiguous as a surname: treat it as one.
            category: AliasCategory = "person" if len(_fold_key(alias).split()) > 1 else "short"
            self.aliases.append(AliasEntry(alias, category, person.id, _case_for(alias)))
            if category == "short" and alias not in person.short_names:
                person.short_names.append(alias)
        for alias in person.short_names:
            self.aliases.append(AliasEntry(alias, "short", person.id, "proper"))

    def _parse_person(self, record: Mapping[str, Any], where: str) -> PersonRecord:
        unknown = set(record) - {
            "id",
            "name",
            "aliases",
            "short_names",
            "country",
            "offices",
            "standalone",
            "note",
            "notes",
            "born",
            "source",
        }
        if unknown:
            raise ActorDataError(f"{where}: unknown keys {sorted(unknown)}")
        pid = record.get("id")
        if not isinstance(pid, str) or not _PERSON_ID_RE.match(pid):
            raise ActorDataError(f"{where}: 'id' must be a lower-case slug like 'kim-jong-un'")
        display = _opt_str(record, "name", where)
        if display is None:
            raise ActorDataError(f"{where}: 'name' is required")
        country = _opt_str(record, "country", where)
        if country is not None and not _ISO3.fullmatch(country):
            raise ActorDataError(f"{where}: 'country' must be an ISO 3166-1 alpha-3 code")
        offices_raw = record.get("offices", [])
        if not isinstance(offices_raw, list):
            raise ActorDataError(f"{where}: 'offices' must be a list")
        offices = [self._parse_office(o, f"{where} office {i}") for i, o in enumerate(offices_raw)]
        standalone = record.get("standalone", False)
        if not isinstance(standalone, bool):
            raise ActorDataError(f"{where}: 'standalone' must be true or false")
        return PersonRecord(
            id=f"person:{pid}",
            name=display,
            aliases=_str_list(record, "aliases", where),
            short_names=_str_list(record, "short_names", where),
            country=country,
            offices=offices,
            standalone=standalone,
        )

    def _parse_office(self, raw: Any, where: str) -> OfficeTerm:
        if not isinstance(raw, dict):
            raise ActorDataError(f"{where}: an office must be an object")
        unknown = set(raw) - {"role", "title", "country", "organisation", "start", "end", "acting", "note"}
        if unknown:
            raise ActorDataError(f"{where}: unknown keys {sorted(unknown)}")
        role = raw.get("role")
        if role not in _ALL_ROLES:
            raise ActorDataError(f"{where}: unknown role {role!r}")
        country = _opt_str(raw, "country", where)
        organisation = _opt_str(raw, "organisation", where)
        if (country is None) == (organisation is None):
            raise ActorDataError(f"{where}: give exactly one of 'country' and 'organisation'")
        if country is not None and not _ISO3.fullmatch(country):
            raise ActorDataError(f"{where}: 'country' must be an ISO 3166-1 alpha-3 code")
        if organisation is not None and not organisation.startswith("org:"):
            raise ActorDataError(f"{where}: 'organisation' must be an org id like 'org:un'")
        acting = raw.get("acting", False)
        if not isinstance(acting, bool):
            raise ActorDataError(f"{where}: 'acting' must be true or false")
        raw_start, raw_end = raw.get("start"), raw.get("end")
        start, end = parse_date(raw_start, where), parse_date(raw_end, where)
        if start is not None and end is not None and end < start:
            raise ActorDataError(f"{where}: office ends before it starts")
        return OfficeTerm(
            role, _opt_str(raw, "title", where), country, organisation, start, end, raw_start, raw_end, acting
        )

    def add_petrarch_actor(self, actor: PetrarchActor, synonyms: Iterable[str] = ()) -> None:
        """Register a PETRARCH actor and its names (already in display form)."""
        known = self.petrarch.get(actor.id)
        if known is None:
            self.petrarch[actor.id] = actor
        else:
            known.codes.extend(c for c in actor.codes if c not in known.codes)
        for alias in dict.fromkeys((actor.name, *synonyms)):
            letters = sum(c.isalpha() for c in alias)
            self.aliases.append(AliasEntry(alias, "petrarch", actor.id, "exact" if letters <= 3 else "initial"))

    # ------------------------------------------------------------------ look-ups
    def _offices(self) -> dict[tuple[str, str], list[tuple[OfficeTerm, str]]]:
        if self._office_index is None:
            index: dict[tuple[str, str], list[tuple[OfficeTerm, str]]] = {}
            for person in self.people.values():
                for office in person.offices:
                    index.setdefault((office.scope, office.role), []).append((office, person.id))
            for terms in index.values():
                terms.sort(key=lambda t: (t[0].start or date.min, t[0].acting is False))
            self._office_index = index
        return self._office_index

    def office_holder(self, scope: str, role: str, at: date) -> tuple[str, OfficeTerm] | None:
        """Who held ``role`` in ``scope`` (ISO3 or org id) on ``at``: the latest-starting term
        covering the date, preferring substantive over acting holders. On a handover day the
        successor wins; a predecessor whose recorded end is that day counts when nobody else does."""
        terms = self._offices().get((scope, role), [])
        active = [(office, pid) for office, pid in terms if office.active(at)]
        if not active:
            # Nobody under the exclusive reading: the end day may be the last day in office
            # (sources differ), so a term ending on ``at`` still counts.
            active = [(office, pid) for office, pid in terms if office.ends_on(at)]
        if not active:
            return None
        office, pid = max(active, key=lambda t: (not t[0].acting, t[0].start or date.min))
        return pid, office

    def has_country(self, iso3: str) -> bool:
        """True for a known country code."""
        return iso3 in self.countries

    def country_name(self, iso3: str) -> str:
        """Display name of a country."""
        country = self.countries.get(iso3)
        return country.name if country else iso3

    def org_head_role(self, org_id: str) -> str | None:
        """The role of an organisation's head (secretary_general or president)."""
        org = self.orgs.get(org_id)
        return org.head_role if org else None

    # ------------------------------------------------------------------ actors
    def state_actor(self, iso3: str) -> Actor:
        """The country itself (CAMEO code = country code)."""
        cached = self._actor_cache.get(("state", iso3, None))
        if cached is not None:
            return cached
        country = self.countries[iso3]
        actor = Actor(id=f"state:{iso3}", name=country.name, kind="state", country=iso3, cameo=country.cameo)
        self._actor_cache["state", iso3, None] = actor
        return actor

    def government_actor(self, iso3: str) -> Actor:
        """The country's government (CAMEO XXXGOV)."""
        return self.group_actor(iso3, "GOV")

    def group_actor(self, iso3: str, sector: str) -> Actor:
        """A sector of a country (CAMEO XXX + sector, e.g. RUSMIL); GOV is the government actor."""
        cached = self._actor_cache.get(("group", iso3, sector))
        if cached is None:
            cached = self._actor_cache["group", iso3, sector] = _sector_actor(self.countries[iso3], sector)
        return cached

    def org_actor(self, org_id: str, at: date | None = None) -> Actor:
        """An international organisation, media outlet or non-state group (its code at ``at``
        when the code changed over time, e.g. the Taliban from AFGREB to AFGGOV in 2021)."""
        org = self.orgs[org_id]
        code = org.cameo
        if org.codes and at is not None:
            for dated in org.codes:
                if dated.active(at):
                    code = dated.code
        cached = self._actor_cache.get(("org", org_id, code))
        if cached is not None:
            return cached
        sector = code[3:6] if code and org.country and len(code) >= 6 else None
        actor = Actor(id=org_id, name=org.name, kind="organisation", country=org.country, sector=sector, cameo=code)
        self._actor_cache["org", org_id, code] = actor
        return actor

    def target_actor(self, target: str, at: date | None = None) -> Actor:
        """Build the actor for a capital/seat target id ('government:RUS' or 'org:eu')."""
        if target.startswith("government:"):
            return self.government_actor(target.split(":", 1)[1])
        return self.org_actor(target, at)

    def person_actor(
        self, pid: str, at: date | None, prefer: OfficeTerm | None = None, *, out_of_office: bool = False
    ) -> Actor:
        """A known person, with the office held at ``at`` (``prefer`` wins when given and active).

        ``out_of_office`` is for a person the text says holds no office ("former president
        Carlos Menem"): an elite of their country (``ELI``) whatever the files say.
        """
        key = (pid, "", "out of office") if out_of_office else (pid, at.isoformat() if at else "", prefer)
        cached = self._actor_cache.get(key)
        if cached is None:
            cached = self._actor_cache[key] = self._person_actor(pid, at, prefer, out_of_office)
        return cached

    def _person_actor(self, pid: str, at: date | None, prefer: OfficeTerm | None, out_of_office: bool) -> Actor:
        person = self.people[pid]
        office: OfficeTerm | None = None
        if out_of_office:
            # Out of office, a person belongs to the country of their former offices.
            country = person.country or next((o.country for o in person.offices if o.country), None)
        else:
            offices = person.offices_at(at)
            if prefer is not None and (at is None or prefer.active(at)):
                office = prefer
            elif offices:
                office = min(offices, key=lambda o: _ROLE_ORDER.get(o.role, 9)) if at else offices[0]
            country = person.country or (office.country if office else None)
        sector: str | None
        cameo: str | None
        if office is not None and office.country:
            cc = self.countries[office.country].cameo if office.country in self.countries else office.country
            cameo, sector = f"{cc}GOV", "GOV"
        elif office is not None and office.organisation:
            org = self.orgs.get(office.organisation)
            cameo, sector = (org.cameo if org else None), None
        elif country:
            home = self.countries[country].cameo if country in self.countries else country
            cameo, sector = f"{home}ELI", "ELI"
        else:
            cameo, sector = None, None
        return Actor(
            id=pid,
            name=person.name,
            kind="person",
            country=country,
            sector=sector,
            cameo=cameo,
            office=office.to_office() if (office is not None and at is not None) else None,
        )

    def petrarch_actor(self, actor_id: str, at: date | None) -> Actor:
        """A PETRARCH dictionary actor with the code valid at ``at`` (the undated default otherwise)."""
        actor = self.petrarch[actor_id]
        code: str | None = None
        dated = [c for c in actor.codes if c.start is not None or c.end is not None]
        if at is not None:
            for candidate in dated:
                if candidate.active(at):
                    code = candidate.code
                    break
        if code is None:
            undated = [c for c in actor.codes if c.start is None and c.end is None]
            code = undated[0].code if undated else (dated[-1].code if dated else None)
        country = code[:3] if code and code[:3] in self.countries else None
        sector = code[3:6] if code and country and len(code) >= 6 else None
        name = actor.name.title() if actor.name.isupper() else actor.name
        kind: Literal["person", "organisation", "group", "state"]
        if actor.id.startswith("state:"):
            if code is not None and code == actor.id[6:] and code in self.countries:
                return self.state_actor(code)
            kind = "state"
        elif actor.id.startswith("person:"):
            kind = "person"
        elif code and code[:3] in {"IGO", "NGO", "MNC"}:
            kind = "organisation"
        else:
            kind = "group"
        return Actor(id=actor.id, name=name, kind=kind, country=country, sector=sector, cameo=code)


_SECTOR_NAMES = {
    "MIL": "military",
    "COP": "police",
    "REB": "rebels",
    "SEP": "separatists",
    "OPP": "opposition",
    "MED": "media",
    "BUS": "business",
    "CVL": "civilians",
    "LAB": "labour",
    "AGR": "agriculture",
    "HLH": "health",
    "CRM": "criminals",
    "HRI": "human rights groups",
    "JUD": "judiciary",
    "LEG": "legislature",
    "SPY": "intelligence",
    "EDU": "education",
    "REF": "refugees",
    "REL": "religious",
    "ELI": "elites",
    "UAF": "unidentified armed forces",
}


@lru_cache(maxsize=1)
def _package_countries() -> ActorKnowledgeBase:
    """The package's country table alone, read once, for actors inferred outside the linker."""
    kb = ActorKnowledgeBase()
    kb._load_countries(_data_dir().joinpath("countries.jsonl").read_text(encoding="utf-8"), "countries.jsonl")
    return kb


def country_group(iso3: str, sector: str) -> Actor:
    """The actor for a sector of a country ("IRQCVL", Iraq's civilians) exactly as the linker names
    it, for actors the event coder infers rather than reads (victims, unnamed attackers); a code
    the package does not know keeps the code as its name."""
    countries = _package_countries()
    if iso3 in countries.countries:
        return countries.group_actor(iso3, sector)
    return _sector_actor(_Country(iso3, iso3, iso3), sector)


def _sector_actor(country: _Country, sector: str) -> Actor:
    """A country's sector (its government for GOV) under the CAMEO code of the country."""
    code = f"{country.cameo}{sector}"
    if sector == "GOV":
        return Actor(id=f"government:{country.iso3}", name=f"Government of {country.name}", kind="government",
                     country=country.iso3, sector="GOV", cameo=code)
    return Actor(id=f"group:{code}", name=f"{country.name} {_SECTOR_NAMES.get(sector, sector)}", kind="group",
                 country=country.iso3, sector=sector, cameo=code)


_ROLE_ORDER = {
    "head_of_state": 0,
    "head_of_government": 1,
    "secretary_general": 2,
    "president": 2,
    "high_representative": 3,
    "foreign_minister": 4,
    "defence_minister": 5,
}
