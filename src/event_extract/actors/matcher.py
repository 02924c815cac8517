"""Link actor mentions in text to canonical actors.

One Aho–Corasick pass over the folded text (see :mod:`event_extract.actors.normalise`) finds every
alias at word boundaries; case rules, context rules for ambiguous names and a longest-match,
left-to-right selection turn the hits into tokens. A second linear walk over the tokens combines
neighbours: a country or organisation followed by a title ("the Chinese president", "NATO
Secretary General"), a title followed by a name ("President Xi"), demonyms followed by a role
noun ("Hungarian and Romanian officials"), appositions that introduce unknown people ("Kremlin
spokesman Dmitry Peskov"), and short forms of people named earlier in the document ("Kim").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from itertools import accumulate, compress, count
from operator import attrgetter, itemgetter
from typing import Any

import ahocorasick

from event_extract.actors.kb import ActorKnowledgeBase, AliasEntry, OfficeTerm
from event_extract.actors.normalise import fold, fold_key, slugify
from event_extract.language import english_function_words
from event_extract.models import Actor, ActorMention, Office

__all__ = ["ActorMatcher"]

# Names of people we do not know: 2-4 capitalised words ("Dmitry Peskov", "Lin Jian"), bounded so
# matching stays linear. A name word ("Peskov", "Jong-un", "O'Brien"; not "Gorbachev's"), or a middle initial.
_WORD = r"[A-Z][a-z]{1,20}(?:-[A-Za-z][a-z]{1,20}|['’][A-Z][a-z]{1,20})?"
_NAME_AFTER = re.compile(rf"[ \t]{{1,2}}((?:(?:{_WORD}|[A-Z]\.)[ \t]){{1,3}}{_WORD})(?!\w)")
_NAME_BEFORE = re.compile(
    rf"({_WORD}(?:[ \t](?:{_WORD}|[A-Z]\.)){{0,2}}[ \t]{_WORD}),[ \t]{{1,2}}(?:(?:the|a|an)[ \t])?$"
)
_NAME_PREFIXES = frozenset(
    {
        "Sir",
        "Dame",
        "Lord",
        "Lady",
        "Baroness",
        "Baron",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "General",
        "Gen",
        "Admiral",
        "Colonel",
        "Sheikh",
        "Prince",
        "Princess",
        "King",
        "Queen",
    }
)
_DATELINE_AFTER = re.compile(r"[ \t]{0,2}(?:,|-|—|–|\(|/)")
# A dateline opening a document, in any case: "Moscow, October 7, 2025 -", "WASHINGTON, March 2 -",
# "BEIJING, Sept 4 (Reuters) -", "KYIV, Ukraine (AP) -". The place (and an optional region after
# it) is where the story was filed, not an actor. Bounded quantifiers only (linear time).
_DL_PLACE = r"[A-Z][A-Za-z.'’-]{1,30}(?:[ \t]{1,2}[A-Z][A-Za-z.'’-]{1,30}){0,3}"
_DL_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DL_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
_DL_DATED = (
    rf"{_DL_PLACE}(?:,[ \t]{{1,2}}{_DL_PLACE})?"
    rf"(?:,[ \t]{{1,2}}(?:{_DL_WEEKDAY},?[ \t]{{1,2}})?"
    rf"(?:{_DL_MONTH}[ \t]{{1,2}}\d{{1,2}}(?!\d)|\d{{1,2}}[ \t]{{1,2}}{_DL_MONTH}|{_DL_WEEKDAY}(?![A-Za-z]))"
    rf"|,?[ \t]{{1,2}}\([A-Z][A-Za-z.]{{1,20}}\)"
)
# At the start of the document a dash after the place is enough ("Moscow - ..."); at the start of
# a later line (after a headline) a date or an agency must follow.
_DATELINE_START = re.compile(rf"[ \t\r\n\ufeff]{{0,10}}{_DL_DATED}|[ \t]{{1,2}}[-—–])")
_DATELINE_LINE = re.compile(rf"{_DL_DATED})")
# The capitalised word just before a match ("Michael Jordan"); a word ending a sentence
# ("Putin. Kim ...") does not count, an initial ("George W. Bush") does.
_PREV_WORD = re.compile(r"([A-Z](?:[A-Za-z'’-]{0,20}[A-Za-z]|\.)?)[ \t]$")
_PREV_WORD_REACH = 24  # its longest match (22 letters, a space, a final newline): where to start searching
_APOSTROPHES = frozenset({"'", "’"})
_NEXT_WORD = re.compile(r"[ \t]([A-Z][a-z'’-]{1,20})")
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_COORD = frozenset({"and", ",", ", and", "or", "&"})
_ENTITY_PERSON = frozenset({"PERSON", "PER"})
_ENTITY_ORG = frozenset({"ORG", "ORGANIZATION", "ORGANISATION"})
_CATEGORY_PRIORITY = {
    "person": 0,
    "org": 1,
    "country": 2,
    "capital": 3,
    "demonym": 4,
    "plural": 5,
    "short": 6,
    "petrarch": 7,
}


@dataclass(frozen=True, slots=True)
class _Sense:
    """What a set of aliases denotes, worked out once per set rather than per token (the same
    names recur in every document): the aliases (in category priority), their categories, what
    a token with them modifies a title or role noun for (see :func:`_ref_of`) and the countries
    and organisations it names (see :func:`_named_by`)."""

    entries: tuple[AliasEntry, ...]
    cats: frozenset[str]
    ref: tuple[str, str] | None
    named: frozenset[str]

    @classmethod
    def of(cls, entries: tuple[AliasEntry, ...]) -> _Sense:
        return cls(entries, frozenset(e.category for e in entries), _ref_of(entries), _named_by(entries))


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    entries: tuple[AliasEntry, ...]
    cats: frozenset[str]
    ref: tuple[str, str] | None  # ('state', ISO3) or ('org', id) when the token can modify a title

    def first(self, category: str) -> AliasEntry | None:
        for entry in self.entries:
            if entry.category == category:
                return entry
        return None

    def all(self, category: str) -> list[AliasEntry]:
        return [e for e in self.entries if e.category == category]


class _LazyPattern:
    """A regular expression compiled on first use (most context rules never fire in a run, and
    compiling them all would slow down building the matcher)."""

    __slots__ = ("_pattern", "_source")

    def __init__(self, source: str) -> None:
        self._source = source
        self._pattern: re.Pattern[str] | None = None

    def get(self) -> re.Pattern[str]:
        if self._pattern is None:
            self._pattern = re.compile(self._source)
        return self._pattern


@dataclass(frozen=True, slots=True)
class _Rules:
    """Context rules of one ambiguous alias (from ``ambiguity.json``)."""

    block_before: _LazyPattern | None
    block_after: _LazyPattern | None
    # What the text must end or start with for the patterns above to match (tested first, in C,
    # as the patterns rarely match): a listed word without trailing or leading spaces.
    before_ends: tuple[str, ...]
    after_starts: tuple[str, ...]
    not_after_name: bool
    not_before_name: bool
    cue_against: tuple[str, ...]
    cue_for: tuple[str, ...]
    switch: tuple[tuple[str, tuple[str, ...]], ...]
    national_body: _LazyPattern | None  # gap allowed between a country and this body, if it has one
    qualifiers: frozenset[str]  # words that make the body national ("National", "Supreme")

    @classmethod
    def compile(cls, raw: Mapping[str, Any]) -> _Rules:
        def alternation(words: Any) -> str:
            return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

        before = raw.get("block_before") or ()
        after = raw.get("block_after") or ()
        return cls(
            # A listed word (or phrase) right before the alias: "George Washington", "New Mexico".
            block_before=_LazyPattern(rf"(?<!\w)(?:{alternation(before)})[ \t]*$") if before else None,
            # Right after it, possibly after a possessive: "Washington Post", "Brussels' sprouts".
            block_after=_LazyPattern(rf"(?:['’]s?)?[ \t]*(?:{alternation(after)})(?!\w)") if after else None,
            before_ends=tuple(w.rstrip(" \t\n") for w in before),
            after_starts=tuple(w.lstrip(" \t") for w in after),
            not_after_name=bool(raw.get("not_after_name")),
            not_before_name=bool(raw.get("not_before_name")),
            cue_against=tuple(raw.get("cue_against") or ()),
            cue_for=tuple(raw.get("cue_for") or ()),
            switch=tuple((target, tuple(cues)) for target, cues in (raw.get("switch") or {}).items()),
            # "Russia's Security Council", "Iran's Supreme National Security Council": a country
            # (possessive or not), then optional qualifier words, then the body.
            national_body=_LazyPattern(
                rf"(?:['’]s?)?[ \t]{{1,2}}(?:(?:{alternation(raw['national_qualifiers'])})[ \t]{{1,2}}){{0,3}}$"
            )
            if raw.get("national_body")
            else None,
            qualifiers=frozenset(raw.get("national_qualifiers") or ()),
        )


@dataclass(frozen=True, slots=True)
class _KeyInfo:
    """What the automaton stores per key: the aliases, their case checks and context rules."""

    length: int
    entries: tuple[AliasEntry, ...]
    checks: tuple[tuple[str, Any], ...]
    sense: _Sense  # of all the entries, when the case checks keep them all
    tail: str
    rules: _Rules | None
    all_any: bool
    shared_check: tuple[str, Any] | None  # the case check of every entry, when they all have the same
    role_only: bool


@dataclass(slots=True)
class _Doc:
    """Per-call state: the text, the reference date and people seen so far."""

    text: str
    at: date | None
    mentions: list[ActorMention] = field(default_factory=list)
    seen_short: dict[str, str] = field(default_factory=dict)  # lower short name -> person id
    new_people: dict[str, Actor] = field(default_factory=dict)  # lower surname -> unknown person
    new_people_first: dict[str, int] = field(default_factory=dict)
    named_roles: dict[str, tuple[str, str]] = field(default_factory=dict)  # person id -> (country, sector)
    out_of_office: set[str] = field(default_factory=set)  # people the text calls former, ousted, late, ...
    business_story: bool | None = None  # whether the text is about a company (judged when needed)
    context: frozenset[str] = frozenset()  # countries and organisations the text names
    dateline_end: int = 0  # end of a dateline opening the text ("MOSCOW, Oct 7 -"), else 0


class ActorMatcher:
    """Compiled matcher over a knowledge base; build once, call :meth:`link` per document."""

    def __init__(self, knowledge_base: ActorKnowledgeBase) -> None:
        self.kb = knowledge_base
        grouped: dict[str, list[AliasEntry]] = {}
        for entry in knowledge_base.aliases:
            key = fold_key(entry.text)
            if key:
                bucket = grouped.setdefault(key, [])
                if entry not in bucket:
                    bucket.append(entry)
        self._ambiguity = {fold_key(k): _Rules.compile(v) for k, v in knowledge_base.ambiguity.items()}
        self._automaton = ahocorasick.Automaton()
        for key, entries in grouped.items():
            entries.sort(key=lambda e: _CATEGORY_PRIORITY.get(e.category, 99))
            checks = tuple(_case_check(e, len(key)) for e in entries)
            tail = max((e.text[len(key) :] for e in entries), key=len)
            value = _KeyInfo(
                length=len(key),
                entries=tuple(entries),
                checks=checks,
                sense=_Sense.of(tuple(entries)),
                tail=tail if tail and not tail.isalnum() else "",
                rules=self._ambiguity.get(key),
                all_any=all(c[0] == "any" for c in checks),
                shared_check=checks[0] if len(set(checks)) == 1 else None,
                role_only=all(e.category in _ROLE_ONLY for e in entries),
            )
            self._automaton.add_word(f" {key}", value)
        if grouped:
            self._automaton.make_automaton()
        self._function_words = knowledge_base.function_words
        self._common_shorts = knowledge_base.common_short_names()
        self._locatives = knowledge_base.locative_prepositions
        self._senses: dict[tuple[AliasEntry, ...], _Sense] = {}

    # ------------------------------------------------------------------ public
    def link(
        self,
        text: str,
        reference_date: date | None,
        entities: Sequence[Mapping[str, Any]] | None = None,
    ) -> list[ActorMention]:
        """Actor mentions in ``text``, in text order, non-overlapping."""
        if not text or not isinstance(text, str) or self._automaton.kind == ahocorasick.EMPTY:
            return []
        if isinstance(reference_date, datetime):
            reference_date = reference_date.date()  # a datetime does not compare with dates
        doc = _Doc(text=text, at=reference_date)
        tokens, doc.context = self._tokens(text, reference_date)
        dateline = _DATELINE_START.match(text)
        doc.dateline_end = dateline.end() if dateline is not None else 0
        self._walk(doc, tokens)
        if entities:
            self._link_entities(doc, entities)
        if doc.new_people:
            self._surname_pass(doc)
        doc.mentions.sort(key=_START)
        return doc.mentions

    # ------------------------------------------------------------------ tokens
    def _tokens(self, text: str, at: date | None) -> tuple[list[_Tok], frozenset[str]]:
        """The alias matches in ``text`` as tokens, and the countries and organisations they name."""
        folded = " " + fold(text) + " "
        tokens: list[_Tok] = []
        named: set[str] = set()
        last_end: int | None = None  # end of the last match kept before choosing among people
        # Keys carry a leading space, so every match starts at a word; the longest match wins at
        # each position (in C), and the character after it must end the word.
        for end_index, info in self._automaton.iter_long(folded):
            if folded[end_index + 1] != " ":
                continue
            end = end_index
            start = end - info.length
            if info.role_only and (
                last_end is None
                or (
                    start - last_end > 4
                    and _head_before_adjective(text[last_end:start]) is None
                    and not _party_qualified(text[last_end:start], text[start:end])
                    and not _LED_GAP.fullmatch(text, last_end, start)
                )
            ) and not (text[start].isupper() and _NAME_AFTER.match(text, end)):  # "Judge Alejandro Rivera"
                continue  # "officials" only matters right after a country, capital or name
            sense = info.sense
            if info.shared_check is not None:  # one check decides for all the entries
                if not info.all_any and not _case_ok(info.shared_check, text[start:end]):
                    continue
            else:
                span = text[start:end]
                kept = tuple(e for e, check in zip(info.entries, info.checks, strict=True) if _case_ok(check, span))
                if not kept:
                    continue
                if len(kept) != len(info.entries):
                    sense = self._sense(kept)
            if info.rules is not None:
                disambiguated = self._disambiguate(sense.entries, info.rules, text, start, end)
                if not disambiguated:
                    continue
                if disambiguated is not sense.entries:  # a cue switched the country
                    sense = self._sense(tuple(disambiguated))
            if info.tail and text.startswith(info.tail, end):
                end += len(info.tail)  # "U.S." and "Mr." keep their final full stop
            last_end = end
            if "person" in sense.cats:
                picked = self._pick_person(sense, at)
                if picked is None:
                    continue
                sense = picked
            tokens.append(_Tok(start, end, sense.entries, sense.cats, sense.ref))
            if sense.named:
                named.update(sense.named)
        return tokens, frozenset(named)

    def _sense(self, entries: tuple[AliasEntry, ...]) -> _Sense:
        """The sense of a subset or variant of a key's aliases, from a bounded cache."""
        sense = self._senses.get(entries)
        if sense is None:
            if len(self._senses) >= _SENSE_CACHE_SIZE:
                self._senses.clear()
            sense = self._senses[entries] = _Sense.of(entries)
        return sense

    def _pick_person(self, sense: _Sense, at: date | None) -> _Sense | None:
        """A full name two people share ("George Bush": father and son) goes to the one in office
        on the reference date, else to the one whose office began most recently before it; with
        no date, or neither in office yet, it links to nobody (None when nothing else is left)."""
        people = list(dict.fromkeys(e.target for e in sense.entries if e.category == "person"))
        if len(people) <= 1:
            return sense
        chosen = self._person_by_date(people, at)
        entries = tuple(e for e in sense.entries if e.category != "person" or e.target == chosen)
        return self._sense(entries) if entries else None

    def _person_by_date(self, pids: list[str], at: date | None) -> str | None:
        if at is None:
            return None
        active = [pid for pid in pids if pid in self.kb.people and self.kb.people[pid].offices_at(at)]
        if len(active) == 1:
            return active[0]
        if active:
            pids = active
        started = sorted(
            (max(o.start for o in self.kb.people[pid].offices if o.start is not None and o.start <= at), pid)
            for pid in pids
            if pid in self.kb.people and any(o.start is not None and o.start <= at for o in self.kb.people[pid].offices)
        )
        if not started or (len(started) > 1 and started[-1][0] == started[-2][0]):
            return None
        return started[-1][1]

    def _disambiguate(
        self, entries: Sequence[AliasEntry], rules: _Rules, text: str, start: int, end: int
    ) -> Sequence[AliasEntry]:
        before = text[max(0, start - 40) : start]
        after = text[end : end + 40]
        # The block_before pattern ends in spaces and the end of the text (or a final newline);
        # the block_after pattern starts with a possessive or spaces.
        if (
            rules.block_before is not None
            and before.rstrip(" \t\n").endswith(rules.before_ends)
            and rules.block_before.get().search(before)
        ):
            return []
        if (
            rules.block_after is not None
            and (after[:1] in _APOSTROPHES or after.lstrip(" \t").startswith(rules.after_starts))
            and rules.block_after.get().match(after)
        ):
            return []
        if rules.not_after_name:
            match = _PREV_WORD.search(before, max(0, len(before) - _PREV_WORD_REACH))
            if match and match.group(1).rstrip(".") not in self._function_words and self._is_plain_word(match.group(1)):
                return []
        if rules.not_before_name:
            match = _NEXT_WORD.match(after)
            if match and match.group(1) not in self._function_words and self._is_plain_word(match.group(1)):
                return []
        if rules.cue_against:
            window = text[max(0, start - 300) : end + 300]
            if any(c in window for c in rules.cue_against) and not any(c in window for c in rules.cue_for):
                return []
        for target, cues in rules.switch:
            if _text_has_any(text, cues):
                entries = [
                    AliasEntry(e.text, e.category, target, e.case) if e.category in {"country", "demonym"} else e
                    for e in entries
                ]
        return entries

    def _is_plain_word(self, word: str) -> bool:
        """True when ``word`` is not a place, organisation or title (so "Syria Jordan" is not
        blocked by the name rules)."""
        return not self._is_place(word)

    # ------------------------------------------------------------------ walk
    def _walk(self, doc: _Doc, toks: list[_Tok]) -> None:
        text = doc.text
        n = len(toks)
        i = 0
        while i < n:
            tok = toks[i]
            if tok.cats <= _ROLE_ONLY:
                if "person_role" in tok.cats:
                    self._role_stranger(doc, tok)  # but "Judge Alejandro Rivera" in a story about one country
                i += 1  # a role noun or person role on its own links nothing
                continue
            nxt = toks[i + 1] if i + 1 < n else None
            if tok.cats.isdisjoint(_PHRASE_HEADS) and (nxt is None or nxt.cats.isdisjoint(_PHRASE_PARTS)):
                self._standalone(doc, tok)  # no phrase below can start here
                i += 1
                continue
            gap = text[tok.end : nxt.start] if nxt is not None else ""
            if (
                tok.cats == _PLURAL
                and nxt is not None
                and _is_space(gap)
                and not _HEADED_BY_DEMONYM.isdisjoint(nxt.cats)
                and fold_key(text[tok.start : tok.start + 4]) == "the"
            ):
                entry = tok.entries[0]
                sense = self._sense((AliasEntry(entry.text[4:], "demonym", entry.target, "proper"),))
                tok = toks[i] = _Tok(tok.start + 4, tok.end, sense.entries, sense.cats, sense.ref)
            ref = tok.ref
            # 1. country/organisation + title (+ name): "the Chinese president", "China's President Xi"
            if ref is not None and nxt is not None and "title" in nxt.cats and _is_modifier_gap(gap, tok):
                used = self._title_phrase(doc, toks, i, i + 1, ref=ref, span_start=tok.start)
                if used:
                    i = used
                    continue
            # 1b. "Belarus's Alexander Lukashenko", "Jordan's visiting King Abdullah II": the
            # country only qualifies the person.
            if (
                ref is not None
                and nxt is not None
                and "person" in nxt.cats
                and (gap.rstrip() in _POSSESSIVE or _head_before_adjective(gap) in _POSSESSIVE)
                and _is_modifier_gap(gap, tok)
            ):
                self._emit_person(doc, (tok.start, nxt.end), nxt.first("person").target, "alias", 0.95)  # type: ignore[union-attr]
                i += 2
                continue
            # 1c. "Russia's Putin", "North Korea's Kim": a short name narrowed by the country.
            if (
                ref is not None
                and ref[0] == "state"
                and nxt is not None
                and "short" in nxt.cats
                and gap.rstrip() in _POSSESSIVE
                and _is_modifier_gap(gap, tok)
            ):
                pid = self._short_in_country(doc, nxt, ref[1])
                if pid is not None:
                    self._emit_person(doc, (tok.start, nxt.end), pid, "short_form", 0.85)
                    i += 2
                    continue
            # 1d. "Russia's Security Council", "the Russian Security Council": a national body of
            # that country's government, not the UN's.
            if ref is not None and ref[0] == "state" and nxt is not None and self.kb.has_country(ref[1]):
                rules = self._national_rules(doc, nxt)
                if rules is not None and rules.national_body is not None and rules.national_body.get().match(gap):
                    self._emit(doc, (tok.start, nxt.end), self.kb.government_actor(ref[1]), "alias", 0.8)
                    i += 2
                    continue
            # 2. title + "of" + country/organisation: "the Prime Minister of Japan"
            if "title" in tok.cats and nxt is not None and _OF_GAP.match(gap):
                ref2 = nxt.ref
                # "President of France", not "president of the Indian Merchants Chamber" (no
                # country token) or "president of US Sprint" (a name goes on after the country).
                named = toks[i + 2] if i + 2 < n else None
                name_follows = (
                    named is not None and not _NAMES.isdisjoint(named.cats) and _is_space(text[nxt.end : named.start])
                )
                if (
                    ref2 is not None
                    and not _TITLE_SCOPES.isdisjoint(nxt.cats)
                    and (name_follows or not _COMPANY_WORD_AFTER.match(text, nxt.end))
                ):
                    used = self._title_phrase(doc, toks, i + 1, i, ref=ref2, span_start=tok.start, end=nxt.end)
                    if used:
                        i = used
                        continue
            # 2b. "the Trump administration", "the Netanyahu government": the leader's government.
            if (
                not _NAMES.isdisjoint(tok.cats)
                and nxt is not None
                and _is_space(gap)
                and fold_key(text[nxt.start : nxt.end]) in _LEADER_GOVERNMENT
            ):
                actor = self._leader_government(doc, tok)
                if actor is not None:
                    self._emit(doc, (tok.start, nxt.end), actor, "alias", 0.85)
                    i += 2
                    continue
            # 3. title or honorific + name: "President Xi", "Mr. Putin", "Chancellor Friedrich Merz"
            if (
                not _NAME_PREFIX_CATS.isdisjoint(tok.cats)
                and nxt is not None
                and _is_space(gap)
                and not _NAMES.isdisjoint(nxt.cats)
            ) and self._titled_name(doc, tok, nxt):
                i += 2
                continue
            # 4. demonyms (coordinated) + group noun; country's + group noun; seat + group noun
            if ref is not None and ref[0] == "state" and nxt is not None and not nxt.cats.isdisjoint(_GROUPED):
                used = self._group_phrase(doc, toks, i)
                if used:
                    i = used
                    continue
            # 5. seat/country/organisation (or a leader's possessive) + person role + Name:
            # "Kremlin spokesman Dmitry Peskov", "Putin's spokesman Dmitry Peskov"
            if (
                ref is None
                and not _NAMES.isdisjoint(tok.cats)
                and nxt is not None
                and "person_role" in nxt.cats
                and gap.rstrip() in _POSSESSIVE
            ):
                ref = self._person_country(doc, tok)
            if ref is not None and nxt is not None and "person_role" in nxt.cats and _is_modifier_gap(gap, tok):
                used = self._role_apposition(doc, toks, i, ref)
                if used:
                    i = used
                    continue
            # 6. a title or a role before a name we do not know, in a story about one country.
            if ("title" in tok.cats and self._titled_stranger(doc, tok)) or (
                "person_role" in tok.cats and self._role_stranger(doc, tok)
            ):
                i += 1
                continue
            self._standalone(doc, tok)
            i += 1

    def _leader_government(self, doc: _Doc, tok: _Tok) -> Actor | None:
        """The government led by the person a name token refers to (one who led a country)."""
        entry = tok.first("person")
        if entry is not None:
            pid: str | None = entry.target
        else:
            owners = list(dict.fromkeys(e.target for e in tok.all("short")))
            pid = doc.seen_short.get(fold_key(doc.text[tok.start : tok.end]))
            if pid is None:
                leaders = [p for p in owners if self._led_country(p, doc.at) is not None]
                pid = leaders[0] if len(leaders) == 1 else None
                countries = {country for p in leaders if (country := self._led_country(p, doc.at)) is not None}
                if pid is None and len(countries) == 1:
                    # "the Bush administration" undated: whichever Bush, the US government.
                    return self.kb.government_actor(countries.pop())
        iso3 = self._led_country(pid, doc.at) if pid is not None else None
        if pid is None or iso3 is None:
            return None
        for short in self.kb.people[pid].short_names:
            doc.seen_short[fold_key(short)] = pid
        return self.kb.government_actor(iso3)

    def _led_country(self, pid: str, at: date | None) -> str | None:
        """The country a person heads (or headed before ``at``), if any."""
        person = self.kb.people.get(pid)
        if person is None:
            return None
        for office in person.offices:
            if (
                office.role in {"head_of_state", "head_of_government"}
                and office.country is not None
                and self.kb.has_country(office.country)
                and (at is None or office.start is None or office.start <= at)
            ):
                return office.country
        return None

    def _person_country(self, doc: _Doc, tok: _Tok) -> tuple[str, str] | None:
        """('state', ISO3) of the known person a name token refers to (for "Putin's spokesman")."""
        entry = tok.first("person") or tok.first("short")
        if entry is None:
            return None
        pid = (
            entry.target
            if entry.category == "person"
            else doc.seen_short.get(fold_key(doc.text[tok.start : tok.end]), entry.target)
        )
        person = self.kb.people.get(pid)
        if person is None or person.country is None or not self.kb.has_country(person.country):
            return None
        return ("state", person.country)

    def _role_for(self, title: str, ref: tuple[str, str]) -> tuple[str, str] | None:
        """(scope, role) a title denotes for a country or organisation."""
        kind, scope = ref
        if kind == "state":
            role = self.kb.titles.state_role(title, scope)
            return (scope, role) if role else None
        org_role = self.kb.titles.org_titles.get(title)
        if org_role is None:
            return None
        redirect = self.kb.titles.org_title_targets.get(title)
        if redirect is not None and scope in {"org:eu", redirect}:
            scope = redirect
        if org_role == "@head":
            org_role = self.kb.org_head_role(scope) or "secretary_general"
        return scope, org_role

    def _title_phrase(
        self,
        doc: _Doc,
        toks: list[_Tok],
        ref_index: int,
        title_index: int,
        *,
        ref: tuple[str, str],
        span_start: int,
        end: int | None = None,
    ) -> int:
        """Resolve ref + title (+ following name); return the next token index, or 0 if unused."""
        text = doc.text
        title_tok = toks[title_index]
        title = fold_key(text[title_tok.start : title_tok.end])
        resolved = self._role_for(title, ref)
        if resolved is None:
            return 0
        scope, role = resolved
        last = max(ref_index, title_index)
        phrase_end = end if end is not None else title_tok.end
        nxt = toks[last + 1] if last + 1 < len(toks) else None
        gap = text[phrase_end : nxt.start] if nxt is not None else ""
        holder = self.kb.office_holder(scope, role, doc.at) if doc.at is not None else None
        if _NOT_CURRENT.search(text, max(0, span_start - 16), span_start):
            holder = None  # "the former Chinese president" is not today's
        # A known name right after the title: the name decides who it is.
        if nxt is not None and (_is_space(gap) or gap.strip() == ",") and "person" in nxt.cats:
            pid = nxt.first("person").target  # type: ignore[union-attr]
            self._emit_person(doc, (span_start, nxt.end), pid, "alias", 0.97, prefer=holder)
            return last + 2
        if nxt is not None and _is_space(gap) and "short" in nxt.cats:
            owners = list(dict.fromkeys(e.target for e in nxt.all("short")))
            if holder is not None and holder[0] in owners:
                self._emit_person(doc, (span_start, nxt.end), holder[0], "title", 0.95, prefer=holder)
                return last + 2
        # An unknown name right after the title: a person we do not know, holding that office.
        name = _NAME_AFTER.match(text, phrase_end) if _is_space(text[phrase_end : phrase_end + 1]) else None
        if (
            name is not None
            and not self._covers_alias(name.group(1))
            and (holder is None or not self._same_name(holder[0], name.group(1)))
        ):
            self._new_holder(doc, span_start, title_tok, name, ref[0], scope, role, 0.8)
            return last + 1
        if holder is not None:
            # "Kim Jong-un, North Korea's leader": do not repeat the person just named.
            prev = doc.mentions[-1] if doc.mentions else None
            if prev is not None and prev.actor.id == holder[0] and _APPOS_GAP.match(text[prev.end : span_start]):
                return last + 1
            self._emit_person(doc, (span_start, phrase_end), holder[0], "title", 0.9, prefer=holder)
            return last + 1
        if _NOT_CURRENT.search(text, max(0, span_start - 16), span_start):
            return 0
        # No reference date, or nobody on file: the title stands for the government/organisation.
        actor: Actor | None
        if ref[0] == "state":
            actor = self.kb.government_actor(scope) if self.kb.has_country(scope) else None
        else:
            actor = self.kb.org_actor(scope) if scope in self.kb.orgs else None
        if actor is None:
            return 0
        self._emit(doc, (span_start, phrase_end), actor, "title", 0.5 if doc.at is None else 0.6)
        return last + 1

    def _new_holder(
        self,
        doc: _Doc,
        span_start: int,
        title_tok: _Tok,
        name: re.Match[str],
        kind: str,
        scope: str,
        role: str,
        confidence: float,
    ) -> None:
        """Emit a person we do not know, named after a title, as the holder of that office."""
        office = Office(
            role=role,
            title=doc.text[title_tok.start : title_tok.end],
            country=scope if kind == "state" else None,
            organisation=scope if kind == "org" else None,
        )
        person = self._new_person(name.group(1), scope if kind == "state" else None, "GOV", scope, office)
        self._emit(doc, (span_start, name.end(1)), person, "apposition", confidence)
        self._register_new(doc, person, name.group(1), name.end(1))

    def _stranger(self, doc: _Doc, tok: _Tok) -> tuple[str, re.Match[str]] | None:
        """The country and the name of a person we do not know, named right after the capitalised
        title or role ``tok``: the one country the text names (none or several: nobody)."""
        text = doc.text
        if not text[tok.start].isupper():
            return None
        countries = [code for code in doc.context if self.kb.has_country(code)]
        if len(countries) != 1:
            return None  # whose office is unclear
        name = _NAME_AFTER.match(text, tok.end)
        if name is None or self._covers_alias(name.group(1)) or _NOT_CURRENT.search(
            text, max(0, tok.start - 16), tok.start
        ):
            return None
        return countries[0], name

    def _titled_stranger(self, doc: _Doc, tok: _Tok) -> bool:
        """ "President Levy Mwanawasa" with no country before the title: a person we do not know,
        holding that office in the one country the text names."""
        title = fold_key(doc.text[tok.start : tok.end])
        if title in _VAGUE_TITLES:
            return False  # "company president John Bohn", "Tory leader Michael Howard"
        found = self._stranger(doc, tok)
        if found is None:
            return False
        country, name = found
        if title == "president":
            if doc.business_story is None:
                doc.business_story = _BUSINESS_STORY.search(doc.text) is not None
            if doc.business_story:
                return False  # "President Donald Beall" of Rockwell
        resolved = self._role_for(title, ("state", country))
        if resolved is None:
            return False
        self._new_holder(doc, tok.start, tok, name, "state", resolved[0], resolved[1], 0.6)
        return True

    def _role_stranger(self, doc: _Doc, tok: _Tok) -> bool:
        """ "Judge Alejandro Rivera": a capitalised role before a name we do not know is a person of
        that role (a judge: JUD) in the one country the text names."""
        found = self._stranger(doc, tok)
        if found is None:
            return False
        country, name = found
        text = doc.text
        if _FIRM_NAME.search(text, name.start(1), name.end(1) + 8):
            return False  # "General Motors Corp", "General Electric Co": a company
        if fold_key(text[tok.start : tok.end]) == "general" and _CAPITALISED_BEFORE.search(
            text, max(0, tok.start - 32), tok.start
        ):
            return False  # "Attorney General Elliot Spitzer", "Secretary General ...": another office
        sector = tok.first("person_role").target  # type: ignore[union-attr]
        person = self._new_person(name.group(1), country, sector, country, None)
        self._emit(doc, (tok.start, name.end(1)), person, "apposition", 0.6)
        self._register_new(doc, person, name.group(1), name.end(1))
        return True

    def _titled_name(self, doc: _Doc, tok: _Tok, nxt: _Tok) -> bool:
        """Title/honorific directly before a known name or short name."""
        if "person" in nxt.cats:
            pid = nxt.first("person").target  # type: ignore[union-attr]
            self._emit_person(doc, (tok.start, nxt.end), pid, "alias", 0.97)
            return True
        owners = list(dict.fromkeys(e.target for e in nxt.all("short")))
        title = fold_key(doc.text[tok.start : tok.end]) if "title" in tok.cats else None
        if title is not None:
            fitting = [pid for pid in owners if self._holds_title(pid, title, doc.at)]
            if len(fitting) == 1:
                self._emit_person(doc, (tok.start, nxt.end), fitting[0], "title", 0.9)
                return True
            # "President Bush" with no date: two holders of one country's office. The person is
            # unknown, the government is not.
            countries = {self._titled_country(pid, title, doc.at) for pid in fitting}
            country = countries.pop() if len(fitting) > 1 and len(countries) == 1 else None
            if country is not None:
                self._emit(doc, (tok.start, nxt.end), self.kb.government_actor(country), "title", 0.5)
                return True
            # "former President Obama": someone who held that title before the reference date.
            former = [pid for pid in owners if self._holds_title(pid, title, doc.at, former=True)]
            if not fitting and len(former) == 1:
                self._emit_person(doc, (tok.start, nxt.end), former[0], "title", 0.8)
                return True
        pid = self._resolve_short(doc, owners, nxt)
        if pid is not None:
            self._emit_person(doc, (tok.start, nxt.end), pid, "short_form", 0.85)
            return True
        return False

    def _titled_country(self, pid: str, title: str, at: date | None) -> str | None:
        """The country whose office the title names among those the person holds at ``at``."""
        person = self.kb.people.get(pid)
        offices = person.offices_at(at) if person is not None else []
        found = {o.country for o in offices if o.country is not None and self._title_names(title, o)}
        if len(found) != 1:
            return None
        (country,) = found
        return country if self.kb.has_country(country) else None

    def _holds_title(self, pid: str, title: str, at: date | None, *, former: bool = False) -> bool:
        """Whether the person holds (or, with ``former``, held before ``at``) an office the title names."""
        person = self.kb.people.get(pid)
        if person is None:
            return False
        if former:
            offices = [o for o in person.offices if at is None or (o.start is not None and o.start <= at)]
        else:
            offices = person.offices_at(at)
        return any(self._title_names(title, office) for office in offices)

    def _title_names(self, title: str, office: OfficeTerm) -> bool:
        """Whether ``title`` names ``office`` (a state office or an organisation's)."""
        if office.country is not None:
            return self.kb.titles.state_role(title, office.country) == office.role
        if office.organisation is not None:
            role = self._role_for(title, ("org", office.organisation))
            return role is not None and role[1] == office.role
        return False

    def _group_phrase(self, doc: _Doc, toks: list[_Tok], i: int) -> int:
        """Demonym chain or country's + group noun -> group actors; returns next index or 0."""
        text = doc.text
        chain = [i]
        gaps: list[str] = []
        k = i
        if "demonym" in toks[i].cats:
            while k + 1 < len(toks) and "demonym" in toks[k + 1].cats:
                # The next token is tested first: the gap to a far token is long to split.
                gap = " ".join(text[toks[k].end : toks[k + 1].start].split())
                if gap in _COORD:
                    chain.append(k + 1)
                    gaps.append(gap)
                    k += 1
                else:
                    break
            # "A, B and C officials" needs a closing conjunction; "the Kremlin, U.S. officials" is no list.
            while gaps and gaps[-1] == ",":
                gaps.pop()
                chain.pop()
                k -= 1
        if k + 1 >= len(toks) or "group_noun" not in toks[k + 1].cats:
            return 0
        noun = toks[k + 1]
        gap = text[toks[k].end : noun.start]
        if not (
            _is_space(gap)
            or (gap.strip() in _POSSESSIVE and len(gap) <= 3)
            or _is_modifier_gap(gap, toks[k])
            or _party_qualified(gap, text[noun.start : noun.end])
            or _LED_GAP.fullmatch(gap)  # "Vietnamese-led forces": the leader's forces
        ):
            return 0
        if k == i and "person_role" in noun.cats and self._name_after_role(doc, toks, k + 1) is not None:
            return 0  # "Russian envoy Vassily Nebenzia": a person, found by the role apposition
        sector = noun.first("group_noun").target  # type: ignore[union-attr]
        for index in chain:
            member = toks[index]
            ref = member.ref
            if ref is None or not self.kb.has_country(ref[1]):
                continue
            end = noun.end if index == k else member.end
            self._emit(doc, (member.start, end), self.kb.group_actor(ref[1], sector), "demonym_group", 0.8)
        return k + 2

    def _group_of_place(self, doc: _Doc, place: _Tok) -> bool:
        """ "the people of Iraq", "refugees from Liberia", "rebels in the Ivory Coast": a group noun
        tied to a country (or its capital) by a preposition is that country's group; emits it and
        returns True. "In" places the group without saying whose it is, so it counts only for
        groups that are at home where they are (rebels, students, workers), not for "diplomats
        in Moscow"."""
        ref = place.ref
        if ref is None or ref[0] != "state" or not self.kb.has_country(ref[1]):
            return False
        text = doc.text
        # Most places follow no preposition: test the word before them with string methods first.
        before = text[max(0, place.start - 48) : place.start].rsplit(maxsplit=3)
        if before and before[-1].lower() in _COMPASS:
            before.pop()  # "Albanians in southern Serbia"
        if before and before[-1].lower() == "the":
            before.pop()
        if len(before) < 2 or before[-1].lower() not in _PLACE_TIES:
            return False
        match = _GROUP_BEFORE_PLACE.search(text, max(0, place.start - 48), place.start)
        if match is None or (doc.mentions and (
            doc.mentions[-1].end > match.start(1) or _OWNER_GAP.fullmatch(text, doc.mentions[-1].end, match.start(1))
        )):
            return False  # none, or the group already has its owner ("US troops in Iraq", "Italian aid workers in")
        words = match.group(1).lower()
        start = match.start(1)
        sector = self.kb.group_nouns.get(words)
        if sector is None and " " in words:
            words = words.split()[1]
            start = match.start(1) + match.group(1).index(" ") + 1
            sector = self.kb.group_nouns.get(words)
        if sector is None:
            return False
        tie = match.group(2).lower()
        if tie in _TIED_BY:
            if words in _NOT_PEOPLE_WITH_OF or (tie == "from" and _MOVED.search(text, max(0, start - 60), start)):
                return False  # "the opposition of X" (a stance), "withdraw forces from Panama" (where they leave)
        elif (sector not in _RESIDENT_SECTORS and words not in _GOVERNING) or words in _NOT_RESIDENT:
            return False
        after = _WORD_AFTER_PLACE.match(text, place.end)
        if after is not None and (
            after.group(1) is None  # "the Tanzania-Zambia railway", "leaders of Italy's coalition parties"
            or ("the" in match.group(0).lower() and after.group(1) not in english_function_words())
        ):
            return False  # the country names a thing, not a place: "banks of the Singapore coffee trader"
        self._emit(doc, (start, place.end), self.kb.group_actor(ref[1], sector), "group_place", 0.75)
        return True

    def _name_after_role(self, doc: _Doc, toks: list[_Tok], j: int) -> _Tok | re.Match[str] | None:
        """What names the holder of role token ``toks[j]`` right after it: a known person's token,
        the match of a new capitalised name, or None."""
        text = doc.text
        role = toks[j]
        after = toks[j + 1] if j + 1 < len(toks) else None
        if after is not None and "person" in after.cats and _is_space(text[role.end : after.start]):
            return after
        name = _NAME_AFTER.match(text, role.end)
        return name if name is not None and not self._covers_alias(name.group(1)) else None

    def _role_apposition(self, doc: _Doc, toks: list[_Tok], i: int, ref: tuple[str, str]) -> int:
        """ "Kremlin spokesman Dmitry Peskov" / "Dmitry Peskov, the Kremlin spokesman"."""
        text = doc.text
        role_tok = toks[i + 1]
        sector = role_tok.first("person_role").target  # type: ignore[union-attr]
        country = ref[1] if ref[0] == "state" else None
        named = self._name_after_role(doc, toks, i + 1)
        if isinstance(named, _Tok):
            pid = named.first("person").target  # type: ignore[union-attr]
            span = (toks[i].start, named.end)
            current = country if not _NOT_CURRENT.search(text, max(0, span[0] - 16), span[0]) else None
            self._emit_person(doc, span, pid, "alias", 0.95, role=(current, sector) if current else None)
            return i + 3
        if named is not None:
            actor = self._new_person(named.group(1), country, sector, ref[1], None)
            self._emit(doc, (toks[i].start, named.end(1)), actor, "apposition", 0.8)
            self._register_new(doc, actor, named.group(1), named.end(1))
            return i + 2
        window_start = max(0, toks[i].start - 70)
        before = _NAME_BEFORE.search(text, window_start, toks[i].start)
        if (
            before is not None
            and not self._covers_alias(before.group(1))
            and not (doc.mentions and doc.mentions[-1].end > before.start(1))
        ):
            actor = self._new_person(before.group(1), country, sector, ref[1], None)
            self._emit(doc, (before.start(1), before.end(1)), actor, "apposition", 0.75)
            self._register_new(doc, actor, before.group(1), before.end(1))
            return i + 2
        role_word = text[role_tok.start : role_tok.end].lower()
        if (
            country is not None
            and self.kb.has_country(country)
            and role_word not in _ROLES_NEEDING_A_NAME
            and not _STATE_NAMES.isdisjoint(toks[i].cats)  # a seat ("the Kremlin") stands for itself
        ):
            # No name either side: "a senior British minister", "Egypt's minister" is the
            # country's government (or military, ...) as a group.
            self._emit(doc, (toks[i].start, role_tok.end), self.kb.group_actor(country, sector), "demonym_group", 0.75)
            return i + 2
        return 0

    def _standalone(self, doc: _Doc, tok: _Tok) -> None:
        entry = tok.entries[0]  # entries are sorted by category priority
        if entry.category not in _CATEGORY_PRIORITY:
            return
        text = doc.text
        if entry.category in {"capital", "country"} and (
            tok.start < doc.dateline_end or _is_dateline(text, tok.start, tok.end)
        ):
            return  # "TOKYO, March 3 -": where the story was filed, not an actor
        if entry.category == "org" and self._national_body(doc, tok):
            return
        if entry.category in {"country", "capital"} and self._group_of_place(doc, tok):
            return
        if entry.category == "person":
            self._emit_person(doc, (tok.start, tok.end), entry.target, "alias", 0.95)
        elif entry.category == "org":
            locative = self._after_locative(text, tok.start)
            self._emit(
                doc, (tok.start, tok.end), self.kb.org_actor(entry.target, doc.at), "alias", 0.6 if locative else 0.9
            )
        elif entry.category == "country":
            self._emit(
                doc,
                (tok.start, tok.end),
                self.kb.state_actor(entry.target),
                "alias",
                0.6 if self._after_locative(text, tok.start) else 0.9,
            )
        elif entry.category == "capital":
            self._emit(
                doc,
                (tok.start, tok.end),
                self.kb.target_actor(entry.target),
                "capital",
                0.5 if self._after_locative(text, tok.start) else 0.85,
            )
        elif entry.category in {"demonym", "plural"}:
            if not self.kb.has_country(entry.target):
                return
            if entry.category == "plural" and _counted_people(text, tok.start, tok.end):
                # "168 Liberians", "thousands of Nigerians", "Palestinians living in Gaza": people, not the state
                self._emit(doc, (tok.start, tok.end), self.kb.group_actor(entry.target, "CVL"), "demonym_group", 0.7)
                return
            self._emit(
                doc,
                (tok.start, tok.end),
                self.kb.state_actor(entry.target),
                "demonym",
                0.6 if entry.category == "plural" else 0.45,
            )
        elif entry.category == "short":
            introduced = doc.new_people_first.get(text[tok.start : tok.end])
            if _NEXT_IS_NUMBER.match(text, tok.end) or (introduced is not None and introduced <= tok.start):
                return  # a date ("May 5"), or the surname of someone introduced in this text
            before = text[max(0, tok.start - 25) : tok.start]
            key = fold_key(text[tok.start : tok.end])
            if (key in _MONTHS or key in _WEEKDAYS) and (key not in doc.seen_short or _DATE_WORD_BEFORE.search(before)):
                return  # "in May", "on Friday": a date unless the person was named, and even then not after "in"/"on"
            match = _PREV_WORD.search(before)
            if match and match.group(1).rstrip(".") not in self._function_words and self._is_plain_word(match.group(1)):
                return  # "Hunter Biden", "Melania Trump": someone else with the same surname
            nextw = _NEXT_WORD.match(text, tok.end)
            if nextw and nextw.group(1) not in self._function_words and self._is_plain_word(nextw.group(1)):
                return  # "Kim Yo Jong": a longer name we do not know
            pid = self._resolve_short(doc, list(dict.fromkeys(e.target for e in tok.all("short"))), tok)
            if pid is not None:
                self._emit_person(
                    doc,
                    (tok.start, tok.end),
                    pid,
                    "short_form",
                    0.85 if pid in doc.seen_short.values() else 0.7,
                )
        elif entry.category == "petrarch":
            if entry.target in self.kb.people:
                self._emit_person(doc, (tok.start, tok.end), entry.target, "petrarch", 0.75)
            else:
                actor = self.kb.petrarch_actor(entry.target, doc.at)
                self._emit(doc, (tok.start, tok.end), actor, "petrarch", 0.7)

    # ------------------------------------------------------------------ helpers
    def _national_rules(self, doc: _Doc, tok: _Tok) -> _Rules | None:
        """Context rules of a body name that may be national ("Security Council"), if any."""
        if "org" not in tok.cats:
            return None
        rules = self._ambiguity.get(fold_key(doc.text[tok.start : tok.end]))
        return rules if rules is not None and rules.national_body is not None else None

    def _national_body(self, doc: _Doc, tok: _Tok) -> bool:
        """Handle a possibly national body name ("Security Council") not preceded by a country:
        after a qualifier ("the National Security Council") it is no international body, after
        "his"/"her" it belongs to the government of the person last named. Returns True when
        handled (emitted or skipped), False when it is the international body."""
        rules = self._national_rules(doc, tok)
        if rules is None:
            return False
        before = doc.text[max(0, tok.start - 60) : tok.start]
        words = before.split()
        if not words:
            return False
        last = words[-1]
        if last in rules.qualifiers:
            return True  # "the National Security Council": some country's, we do not know whose
        if last.lower() in _POSSESSIVE_PRONOUNS:
            for mention in reversed(doc.mentions):
                country = mention.actor.country
                if mention.actor.kind == "person" and country is not None and self.kb.has_country(country):
                    self._emit(doc, (tok.start, tok.end), self.kb.government_actor(country), "alias", 0.7)
                    break
            return True
        return False

    def _resolve_short(self, doc: _Doc, owners: list[str], tok: _Tok) -> str | None:
        """A short name links to the person of that name seen earlier in the document, else to the
        only owner holding an office at the reference date (or flagged ``standalone``)."""
        key = fold_key(doc.text[tok.start : tok.end])
        seen = doc.seen_short.get(key)
        if seen is not None:
            return seen
        if not owners or key in self._common_shorts:
            return None  # "Friday", "Young", "Ali": only after the full name or a title
        flagged = [pid for pid in owners if self.kb.people[pid].standalone]
        if len(flagged) == 1:
            return flagged[0]
        if doc.at is not None:
            at = doc.at
            active = [pid for pid in owners if self.kb.people[pid].offices_at(at)]
            candidate = active[0] if len(active) == 1 else None
            if not active and len(owners) == 1:
                # The only bearer, out of office now but in office before: a former leader.
                held = any(o.start is not None and o.start <= at for o in self.kb.people[owners[0]].offices)
                candidate = owners[0] if held else None
        else:
            candidate = owners[0] if len(owners) == 1 and self.kb.people[owners[0]].offices else None
        if candidate is None:
            return None
        # A distinctive surname ("Putin") stands alone; a common one ("Howard", "Brown") only when
        # the text also names the person's country or organisation.
        if key in self.kb.standalone_shorts or self._in_context(doc, candidate):
            return candidate
        return None

    def _short_in_country(self, doc: _Doc, tok: _Tok, iso3: str) -> str | None:
        """The bearer of a short name who belongs to ``iso3``: seen earlier in the text, else the
        highest office holder on the reference date (any bearer from there without a date)."""
        owners = [
            pid
            for pid in dict.fromkeys(e.target for e in tok.all("short"))
            if self.kb.people[pid].country == iso3 or any(o.country == iso3 for o in self.kb.people[pid].offices)
        ]
        seen = doc.seen_short.get(fold_key(doc.text[tok.start : tok.end]))
        if seen in owners:
            return seen
        ranked = []
        for pid in owners:
            offices = self.kb.people[pid].offices_at(doc.at)
            if offices:
                ranked.append((min(_ROLE_RANK.get(o.role, 9) for o in offices), pid))
        if len(owners) == 1 and (doc.at is None or not ranked):
            return owners[0]  # the only bearer from that country, in office or not
        ranked.sort()
        if ranked and (len(ranked) == 1 or ranked[0][0] < ranked[1][0]):
            return ranked[0][1]
        return None

    def _in_context(self, doc: _Doc, pid: str) -> bool:
        person = self.kb.people[pid]
        if person.country in doc.context:
            return True
        return any(o.scope in doc.context for o in person.offices_at(doc.at))

    def _emit_person(
        self,
        doc: _Doc,
        span: tuple[int, int],
        pid: str,
        via: str,
        confidence: float,
        *,
        prefer: tuple[str, OfficeTerm] | None = None,
        role: tuple[str, str] | None = None,
    ) -> None:
        """Emit a known person; ``role`` (country, sector) is the office the text gives them.

        A person who holds no office on file on the reference date is an elite (``ELI``) unless
        the text names their office: "French Finance Minister Edouard Balladur" is ``FRAGOV``, and
        so is every later mention of him in the document.
        """
        if pid not in self.kb.people:
            return
        if doc.at is None and (pid in doc.out_of_office or _said_out_of_office(doc.text, span[0])):
            # Undated, the files cannot tell whether an office is current; "former president
            # Carlos Menem" can, for every later mention of him too.
            doc.out_of_office.add(pid)
            actor = self.kb.person_actor(pid, None, out_of_office=True)
        else:
            office = prefer[1] if prefer is not None and prefer[0] == pid else None
            actor = self.kb.person_actor(pid, doc.at, prefer=office)
        role = role or doc.named_roles.get(pid)
        if role is not None and actor.sector == "ELI" and self.kb.has_country(role[0]):
            group = self.kb.group_actor(*role)
            actor = actor.model_copy(update={"country": role[0], "sector": group.sector, "cameo": group.cameo})
            doc.named_roles[pid] = role
        self._emit(doc, span, actor, via, confidence)
        for short in self.kb.people[pid].short_names:
            doc.seen_short[fold_key(short)] = pid

    def _emit(self, doc: _Doc, span: tuple[int, int], actor: Actor, via: str, confidence: float) -> None:
        start, end = span
        if doc.mentions and doc.mentions[-1].end > start:
            return
        if doc.text.startswith("-", end) and _SPONSOR.match(doc.text, end + 1):
            return  # "Russian-backed separatists", "UN-backed government": the sponsor is not the actor
        if start and doc.text[start - 1] == "-" and _STANCE_BEFORE.search(doc.text, max(0, start - 6), start):
            return  # "pro-Russian separatists", "anti-American protesters": a stance, not the actor
        if actor.kind == "state" and (
            _FEATURE_AFTER.match(doc.text, end) or _FEATURE_BEFORE.search(doc.text, max(0, start - 12), start)
        ):
            return  # "the South China Sea", "the Gulf of Oman", "the Panama Canal": a place, not the state
        doc.mentions.append(
            ActorMention(start=start, end=end, text=doc.text[start:end], actor=actor, confidence=confidence, via=via)
        )

    def _new_person(self, name: str, country: str | None, sector: str, scope: str, office: Office | None) -> Actor:
        words = name.split()
        if len(words) > 2 and words[0].rstrip(".") in _NAME_PREFIXES:
            words = words[1:]  # "Sir Geoffrey Howe" is Geoffrey Howe
        clean = " ".join(words)
        if country is not None and self.kb.has_country(country):
            cameo: str | None = f"{self.kb.countries[country].cameo}{sector}"
        elif scope in self.kb.orgs:
            cameo = self.kb.orgs[scope].cameo
        else:
            cameo = None
        return Actor(
            id=f"person:{slugify(clean)}",
            name=clean,
            kind="person",
            country=country,
            sector=sector if country else None,
            cameo=cameo,
            office=office,
        )

    def _register_new(self, doc: _Doc, actor: Actor, name: str, end: int) -> None:
        surname = name.rsplit(maxsplit=1)[-1]
        if len(surname) >= 3:
            doc.new_people[surname] = actor
            doc.new_people_first[surname] = end

    def _covers_alias(self, name: str) -> bool:
        """True when a captured capitalised 'name' is not a person's name: a known place or
        organisation ("Foreign Ministry"), or it contains a function word, weekday or month
        ("On Monday", "In March")."""
        words = name.split()
        if any(w in self._function_words or fold_key(w) in _MONTHS for w in words):
            return True
        return f" {fold_key(name)}" in self._automaton or self._is_place(words[0])

    def _is_place(self, word: str) -> bool:
        value = self._automaton.get(f" {fold_key(word)}", None)
        if value is None:
            return False
        return bool(value.sense.cats & _PLACE_LIKE)

    def _same_name(self, pid: str, name: str) -> bool:
        person = self.kb.people.get(pid)
        if person is None:
            return False
        surname = fold_key(name.rsplit(maxsplit=1)[-1])
        names = (person.name, *person.aliases, *person.short_names)
        return any(surname in fold_key(n).split() for n in names)

    def _after_locative(self, text: str, start: int) -> bool:
        # Lower-casing the window before splitting gives the same words as lower-casing each
        # word, in one call instead of a list comprehension.
        words = text[max(0, start - 24) : start].lower().split()
        if not words:
            return False
        if words[-1] == "the":
            words.pop()
        if not words or words[-1] not in self._locatives:
            return False
        return not (words[-1] == "to" and len(words) > 1 and words[-2] in {"according", "close", "next"})

    def _link_entities(self, doc: _Doc, entities: Sequence[Mapping[str, Any]]) -> None:
        # One byte per character, set where a mention already stands: overlap tests cost the
        # entity's length, not the number of mentions.
        taken = bytearray(len(doc.text))
        for mention in doc.mentions:
            taken[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
        added: list[ActorMention] = []
        for entity in entities:
            try:
                start, end = int(entity["start"]), int(entity["end"])
                label = str(entity.get("label") or entity.get("entity") or "").upper()
                label = label[2:] if label[:2] in {"B-", "I-"} else label
            except (KeyError, TypeError, ValueError):
                continue
            if not 0 <= start < end <= len(doc.text):
                continue
            if 1 in taken[start:end]:
                continue
            surface = " ".join(doc.text[start:end].split())
            if not surface or not surface[0].isalnum():
                continue
            if label in _ENTITY_PERSON:
                key = fold_key(surface.split()[-1])
                pid = doc.seen_short.get(key) if len(surface.split()) == 1 else None
                if pid is not None:
                    actor = self.kb.person_actor(pid, doc.at)
                    via, confidence = "short_form", 0.75
                elif len(surface.split()) == 1 and surface in doc.new_people:
                    actor, via, confidence = doc.new_people[surface], "short_form", 0.7
                else:
                    actor = Actor(id=f"person:{slugify(surface)}", name=surface, kind="person")
                    via, confidence = "entity", 0.5
                    if len(surface.split()) > 1:
                        self._register_new(doc, actor, surface, end)
            elif label in _ENTITY_ORG:
                actor = Actor(id=f"org:{slugify(surface)}", name=surface, kind="organisation")
                via, confidence = "entity", 0.45
            else:
                continue
            taken[start:end] = b"\x01" * (end - start)
            added.append(
                ActorMention(
                    start=start,
                    end=end,
                    text=doc.text[start:end],
                    actor=actor,
                    confidence=confidence,
                    via=via,
                )
            )
        doc.mentions.extend(added)

    def _surname_pass(self, doc: _Doc) -> None:
        """Later bare surnames of people introduced by apposition or NER ("Peskov said")."""
        taken = sorted((m.start, m.end) for m in doc.mentions)
        taken_starts = [start for start, _ in taken]
        # furthest_end[i]: the largest end among the first i + 1 spans, so one bisection tells
        # whether any span starting before a match's end also ends after its start.
        furthest_end = list(accumulate((end for _, end in taken), max))
        for start, end in _whole_word_matches(doc.text, doc.new_people):
            surname = doc.text[start:end]
            if start < doc.new_people_first[surname]:
                continue
            before = bisect_left(taken_starts, end)
            if before and furthest_end[before - 1] > start:
                continue
            actor = doc.new_people[surname]
            doc.mentions.append(
                ActorMention(
                    start=start,
                    end=end,
                    text=surname,
                    actor=actor,
                    confidence=0.75,
                    via="short_form",
                )
            )



def _is_word_char(char: str) -> bool:
    """A character ``\\w`` matches in a ``str`` pattern."""
    return char.isalnum() or char == "_"


def _whole_word_matches(text: str, words: Collection[str]) -> list[tuple[int, int]]:
    """Spans of ``words`` in ``text`` with a word boundary on both sides, as ``re.finditer`` over
    ``\\b(w1|w2|...)\\b`` with the longest words first would give them: left to right, the longest
    at each start, never overlapping. One Aho-Corasick pass, so the cost does not grow with the
    number of words (a long document introduces many people)."""
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, len(word))
    automaton.make_automaton()

    def boundary(at: int) -> bool:
        before = at > 0 and _is_word_char(text[at - 1])
        after = at < len(text) and _is_word_char(text[at])
        return before != after

    found = sorted(
        (last + 1 - size, -size)
        for last, size in automaton.iter(text)
        if boundary(last + 1 - size) and boundary(last + 1)
    )
    spans: list[tuple[int, int]] = []
    reached = 0
    for start, negative_size in found:
        if start >= reached:
            reached = start - negative_size
            spans.append((start, reached))
    return spans

# Distinct alias sets (subsets and variants of a key's aliases) whose senses are kept.
_SENSE_CACHE_SIZE = 4096
_START = attrgetter("start")
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their", "our", "my", "your"})
# Category sets the walk tests tokens against, built once rather than per token.
_PLURAL = frozenset({"plural"})
# Role words that without a name are more often something else: "the UK general election", "our
# China correspondent".
_ROLES_NEEDING_A_NAME = frozenset({"general", "correspondent"})
_STATE_NAMES = frozenset({"country", "demonym"})
_HEADED_BY_DEMONYM = frozenset({"title", "group_noun", "person_role"})
_TITLE_SCOPES = frozenset({"country", "org", "capital"})
_NAMES = frozenset({"person", "short"})
_NAME_PREFIX_CATS = frozenset({"title", "honorific"})
# The walk's phrases all start at a token with one of _PHRASE_HEADS (a title or name before
# what follows) or have a next token with one of _PHRASE_PARTS (what a country, organisation or
# plural demonym combines with); any other token stands alone. A group phrase needs a demonym
# (a list of them) or a group noun next.
_PHRASE_HEADS = frozenset({"title", "honorific", "person", "short"})
_PHRASE_PARTS = frozenset({"title", "person", "short", "org", "demonym", "group_noun", "person_role"})
_GROUPED = frozenset({"demonym", "group_noun"})
_POSSESSORS = frozenset({"country", "org", "capital", "person", "short"})
_LEADER_GOVERNMENT = frozenset({"administration", "government", "regime", "cabinet", "junta"})
_ROLE_RANK = {"head_of_state": 0, "head_of_government": 1, "foreign_minister": 2, "defence_minister": 3}
_PLACE_LIKE = frozenset({"country", "demonym", "capital", "org", "title", "group_noun", "person_role"})
_ROLE_ONLY = frozenset({"group_noun", "person_role"})
# A title after one of these words does not name the current holder.
_NOT_CURRENT = re.compile(
    r"\b(?:former|ex|late|then|future|next|previous|past|deposed|ousted|exiled|would-be)[ \t-]{1,2}(?:the[ \t]{1,2})?"
    r"(?:(?-i:[A-Z][a-z]+)[ \t]{1,2})?$",  # a party between: "former Socialist prime minister"
    re.IGNORECASE,
)

# After a country, one capitalised word and then a lower-case one: the country begins a company
# name ("US Sprint resigned"), unlike a person's name ("France Emmanuel Macron").
_COMPANY_WORD_AFTER = re.compile(r"[ \t]+[A-Z][A-Za-z&]+[ \t]+[a-z]")
# Titles that name party and other leaders as often as state offices.
_VAGUE_TITLES = frozenset({"leader", "chairman", "chief"})
# A story about a company, where "President <Name>" is usually its president.
# In a name after a role word: a company or an institution, not a person ("General Motors Corp",
# "the General Accounting Office").
_FIRM_NAME = re.compile(
    r"\b(?:Corp|Corporation|Inc|Co|Ltd|Plc|PLC|Group|Motors|Electric|Dynamics|Mills|Foods|Industries|Office|"
    r"Agency|Bureau|Authority|Council|Department|Administration|Commission|Committee|Assembly|Staff)\b"
)
_CAPITALISED_BEFORE = re.compile(r"[A-Z][A-Za-z.-]*[ \t]+$")
_BUSINESS_STORY = re.compile(r"\b(?:Corp|Inc|Co|Ltd|Plc|PLC|company|shareholders|earnings|dividend)\b")
_COMPASS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
     "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western",
     "south-eastern", "south-western"}
)
_TIED_BY = frozenset({"of", "from"})
_PLACE_TIES = frozenset({"of", "from", "in", "inside", "throughout", "across"})
# Between an owner and its group noun: at most one modifying word ("Italian aid workers in Somalia").
_OWNER_GAP = re.compile(r"[ \t]+(?:(?!(?:and|or|but|the|a|an|of|in|on|at|for|to|from|with|by)\b)[a-z]+[ \t]+)?")
_GROUP_BEFORE_PLACE = re.compile(
    rf"\b([A-Za-z]+(?:[ \t][A-Za-z]+)?)[ \t]{{1,2}}({'|'.join(sorted(_PLACE_TIES, key=len, reverse=True))})"
    rf"[ \t]{{1,2}}(?:the[ \t]{{1,2}})?(?:(?:{'|'.join(sorted(_COMPASS, key=len, reverse=True))})[ \t]{{1,2}})?$",
    re.IGNORECASE,
)
# Verbs and nouns of moving people, after which "from <country>" is where they leave.
_MOVED = re.compile(
    r"\b(?:withdr|withh[oe]ld|evacuat|expel|expuls|pull|remov|recall|deport|fle[ed]|driv|drove|airlift|rescu|"
    r"repatriat|extradit|return|bring|brought|send|sent|transfer)",
    re.IGNORECASE,
)
# Groups that are where they belong: "rebels in Chad" are Chadian, "diplomats in Chad" need not be.
_RESIDENT_SECTORS = frozenset(
    {"REB", "SEP", "OPP", "CVL", "EDU", "LAB", "AGR", "LEG", "REL", "JUD", "COP", "HLH", "CRM", "HRI"}
)
_NOT_RESIDENT = frozenset({"immigrants", "migrants", "nationals"})
# Government nouns that rule where they are: "authorities in Croatia", "the regime in Baghdad".
_GOVERNING = frozenset({"authorities", "government", "regime", "junta"})
# Group nouns that before "of"/"from" are mostly a thing, not people: "the opposition of X" (a stance).
_NOT_PEOPLE_WITH_OF = frozenset({"opposition", "intelligence", "press", "media", "industry"})
# After an actor and a hyphen: the actor only sponsors the group named next.
_SPONSOR = re.compile(
    r"(?:backed|sponsored|supported|funded|financed|armed|trained|allied|aligned|inspired)\b", re.IGNORECASE
)
# A sea, strait or canal a country or demonym names: "the South China Sea", "the Irish Sea",
# "the Panama Canal", "the Gulf of Oman", "the Sea of Japan".
_FEATURE_AFTER = re.compile(r"[ \t]+(?:Sea|Canal|Strait|Straits)\b")
_FEATURE_BEFORE = re.compile(r"\b(?:Sea|Gulf|Bay|Strait|Straits)[ \t]+of[ \t]+$")
# Between a country and a group noun: the country leads the group ("US-led forces").
_LED_GAP = re.compile(r"-led[ \t]{1,2}")
# Before an actor: a stance towards it ("pro-Russian", "anti-American").
_STANCE_BEFORE = re.compile(r"\b(?:pro|anti)-$", re.IGNORECASE)
# After a country: a hyphenated compound or a possessive (no group 1), or a lower-case word that is
# no verb form.
_WORD_AFTER_PLACE = re.compile(r"-[A-Za-z]|['’]|[ \t]+([a-z]+)(?<!ed)(?<!s)\b")

# Before a plural demonym, words that count or describe people; after it, a participle that
# places them. Either makes "Nigerians" a group of people (CVL) rather than Nigeria.
_PEOPLE_COUNT_BEFORE = re.compile(
    r"(?:\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"dozen|hundred|thousand|million|many|several|some|few|young|ordinary|fellow|elderly|innocent|unarmed|"
    r"stranded|wounded|missing|kidnapped|detained|jailed)|\b(?:thousands|hundreds|dozens|millions|scores|"
    r"tens|number|group|handful|crowds?)[ \t]+of)[ \t]+$",
    re.IGNORECASE,
)
_PEOPLE_PLACED_AFTER = re.compile(r"[ \t]+(?:living|residing|trapped|stranded|stuck|working|fleeing)\b")


def _counted_people(text: str, start: int, end: int) -> bool:
    """Whether the plural demonym at ``text[start:end]`` names people rather than their state."""
    return (
        _PEOPLE_COUNT_BEFORE.search(text, max(0, start - 24), start) is not None
        or _PEOPLE_PLACED_AFTER.match(text, end) is not None
    )


def _said_out_of_office(text: str, start: int) -> bool:
    """Whether the words right before ``start`` say the person holds no office: "former",
    "ousted", "the late" (but "then-president" held it at the time)."""
    match = _NOT_CURRENT.search(text, max(0, start - 32), start)
    return match is not None and not match.group().lower().startswith("then")


_OF_GAP = re.compile(r"^[ \t]{1,2}of[ \t]{1,2}(?:the[ \t]{1,2})?$")
_APPOS_GAP = re.compile(r"^,[ \t]{1,2}(?:the[ \t]{1,2})?$")
_MONTHS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)
_WEEKDAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
_DATE_WORD_BEFORE = re.compile(
    r"\b(?:in|on|of|since|until|till|by|from|during|early|late|mid|last|next|this|through|before|after)[ \t-]{1,2}$",
    re.IGNORECASE,
)
_NEXT_IS_NUMBER = re.compile(r"[ \t]{0,2}\d")


@lru_cache(maxsize=64)
def _text_has_any(text: str, cues: tuple[str, ...]) -> bool:
    """Whether any cue occurs in the text (cached: a long text may repeat an ambiguous name)."""
    return any(c in text for c in cues)


def _ref_of(entries: Sequence[AliasEntry]) -> tuple[str, str] | None:
    """('state', ISO3) or ('org', id) when a token with these aliases can modify a title or role
    noun, from its first country, demonym, organisation or capital alias."""
    for entry in entries:
        if entry.category in {"country", "demonym"}:
            return ("state", entry.target)
        if entry.category == "org":
            return ("org", entry.target)
        if entry.category == "capital":
            if entry.target.startswith("government:"):
                return ("state", entry.target.split(":", 1)[1])
            return ("org", entry.target)
    return None


def _named_by(entries: Sequence[AliasEntry]) -> frozenset[str]:
    """ISO3 codes and organisation ids these aliases name (by name, demonym or capital)."""
    found: set[str] = set()
    for entry in entries:
        if entry.category in {"country", "demonym", "plural", "org"}:
            found.add(entry.target)
        elif entry.category == "capital":
            found.add(entry.target.split(":", 1)[1] if entry.target.startswith("government:") else entry.target)
    return frozenset(found)


def _is_dateline(text: str, start: int, end: int) -> bool:
    """A place name opening a line in capitals and followed by a comma or dash, or in any case
    followed by a date or a news agency."""
    window = text[max(0, start - 40) : start]
    if window[window.rfind("\n") + 1 :].strip():
        return False  # something precedes it on its line
    if text[start:end].isupper() and _DATELINE_AFTER.match(text, end) is not None:
        return True
    return _DATELINE_LINE.match(text, start) is not None  # "Moscow, Oct 7 -" after a headline


def _is_space(gap: str) -> bool:
    return 0 < len(gap) <= 2 and gap.isspace() and "\n" not in gap


def _is_modifier_gap(gap: str, tok: _Tok) -> bool:
    """Space, or a possessive after a country/organisation name ("China's President"), either of
    them with one adjective of the office's time ("Romania's new government", "the Iraqi interim
    government", "Jordan's visiting King")."""
    if _is_space(gap):
        return True
    stripped = gap.rstrip()
    if stripped in _POSSESSIVE and 0 < len(gap) - len(stripped) <= 2:
        return not _POSSESSORS.isdisjoint(tok.cats)
    head = _head_before_adjective(gap)
    return head == "" or (head in _POSSESSIVE and not _POSSESSORS.isdisjoint(tok.cats))


def _party_qualified(gap: str, noun: str) -> bool:
    """A country's possessive and one capitalised word before a government or armed group:
    "Nicaragua's Sandinista government", "Israel's Likud government", "Iraq's Kurdish rebels"
    (not before "officials" or "workers", where the word is more often a company)."""
    return gap[:1] in _APOSTROPHES and _PARTY_GAP.fullmatch(gap) is not None and noun.lower() in _PARTY_HEADS


def _head_before_adjective(gap: str) -> str | None:
    """For a gap of one adjective of the office's time (" new ", "'s interim "), what stands
    before the adjective ("" or a possessive); None for any other gap."""
    if len(gap) > 20 or not gap.endswith(" "):
        return None
    head, space, adjective = gap.rstrip().rpartition(" ")
    if not space or adjective.lower() not in _TIME_OF_OFFICE:
        return None
    return head if head in _POSSESSIVE or head == "" else None


_PARTY_HEADS = frozenset(
    {"government", "regime", "administration", "cabinet", "leadership", "rebels", "militants", "guerrillas"}
)
_PARTY_GAP = re.compile(r"['’]s?[ \t][A-Z][a-z]+[ \t]")
_TIME_OF_OFFICE = frozenset(
    {"new", "interim", "transitional", "caretaker", "provisional", "visiting", "incoming", "outgoing", "acting"}
)


_CaseCheck = tuple[str, Any]


def _case_check(entry: AliasEntry, length: int) -> _CaseCheck:
    """Precomputed case rule of an alias: ('any', None), ('exact', text), ('initial', None) or
    ('proper', what picks the characters that must be capitals out of a span)."""
    alias = entry.text[:length]
    if entry.case == "proper":
        return ("proper", _capitals_at(tuple(compress(count(), map(str.isupper, alias)))))
    if entry.case == "exact":
        return ("exact", alias)
    return (entry.case, None)


@lru_cache(maxsize=256)
def _capitals_at(positions: tuple[int, ...]) -> itemgetter[Any]:
    """Picks the characters at ``positions`` out of a span (in C; one getter per set of positions,
    so aliases with the same capitals share a check)."""
    return itemgetter(*positions) if positions else itemgetter(slice(0, 0))


def _case_ok(check: _CaseCheck, span: str) -> bool:
    """Case rule of an alias against the matched text (same length by construction)."""
    rule, data = check
    if rule == "proper":
        if span.isupper():
            return len(span) > 4  # a headline in capitals, but "CAO" is an acronym, not "Cao"
        return all(map(str.isupper, data(span)))
    if rule == "any":
        return True
    if rule == "exact":
        return bool(span == data)
    return span[:1].isupper()  # "initial"
