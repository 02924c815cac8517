"""The event coder: sentences + timexes + linked actors → CAMEO/PLOVER-coded events.

One pass per document. Each sentence is tokenised once; triggers are found by a dictionary
look-up per token (see :mod:`event_extract.events.lexicon`); arguments come from shallow
structure around the trigger: the nearest actor before it that is not inside a prepositional
phrase (the subject), the first actor after it that the frame accepts (direct object or a
target preposition), passives with "by", coordination ("A and B"), "between A and B",
compounds ("the A–B summit"), possessives ("A's letter to B") and the "as did C" ellipsis.
Negation, intent, hypotheticals and hedges set the modality; the timex governing the clause
(or the narrative's time, or the publication date) dates the event.

Decisions: a negated event ("did not meet", "denied sending arms") is emitted with modality
``negated`` so users can filter it; it is never presented as asserted. A declared refusal ("will not
meet") is itself an event and gets CAMEO's rejection code (125) as ``asserted``. Planned events use
CAMEO's intent codes ("will visit" → 036) with modality ``planned``. Dates keep the granularity of
their timex ("last month" → "2025-09"); DURATION and SET timexes never date an event; a past-tense
event is never dated after the reference date.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import ahocorasick

from event_extract.actors.kb import country_group
from event_extract.events.lexicon import (
    DEFAULT_VERB_PREPS,
    Lexicon,
    TriggerEntry,
    _Form,
    lowers_in_place,
    token_columns,
)
from event_extract.events.ontology import Ontology
from event_extract.events.places import Gazetteer
from event_extract.models import (
    Actor,
    ActorMention,
    Event,
    EventDate,
    Modality,
    Place,
    TimeExpression,
    Trigger,
)
from event_extract.text import split_sentences

__all__ = ["EventCoder"]


def _load_grammar() -> dict[str, frozenset[str]]:
    """Closed-class word lists (prepositions, modals, reporting verbs, …) from ``data/grammar.json``."""
    raw = json.loads((resources.files("event_extract.events") / "data" / "grammar.json").read_text("utf-8"))
    return {key: frozenset(words) for key, words in raw.items()}


_GRAMMAR = _load_grammar()


def _load_offtopic() -> tuple[frozenset[str], int]:
    """The markers of sports and entertainment stories, and how many different ones make a story one."""
    raw = json.loads((resources.files("event_extract.events") / "data" / "offtopic.json").read_text("utf-8"))
    return frozenset(raw["markers"]), int(raw["min_markers"])


OFFTOPIC_MARKERS, MIN_OFFTOPIC_MARKERS = _load_offtopic()
_SCORE = re.compile(r"(?<![\d-])\d{1,3}-\d{1,3}(?![\d-])")  # "beat England 18-17", "6-4 7-6"
PREPS = _GRAMMAR["preps"]
DETERMINERS = _GRAMMAR["determiners"]
MODALS_BASE = _GRAMMAR["modals_base"]
SUBJ_PRONOUNS = _GRAMMAR["subj_pronouns"]
ADVERBS = _GRAMMAR["adverbs"]
HARD_BOUNDARIES = frozenset([*";:[]", "but", "while", "whereas", "although", "though", "because"])
# Words that may stand between "but" and a verb whose subject is the one before "but".
_AUXILIARIES_AFTER_BUT = frozenset(
    {"was", "were", "is", "are", "has", "have", "had", "will", "would", "did", "does", "do", "could", "can",
     "may", "might", "should", "must", "been", "be", "also", "still", "then", "later", "not", "never"}
)
REPORTING = _GRAMMAR["reporting"]
BE_FORMS = _GRAMMAR["be_forms"]
PLANNED_CUES = _GRAMMAR["planned_cues"]
PLAN_VERBS = _GRAMMAR["plan_verbs"]
HYPOTHETICAL_CUES = _GRAMMAR["hypothetical_cues"]
REPORTED_CUES = _GRAMMAR["reported_cues"]
NEGATION_CUES = _GRAMMAR["negation_cues"]
FAIL_VERBS = _GRAMMAR["fail_verbs"]
DENY_VERBS = _GRAMMAR["deny_verbs"]
PAIR_NOUNS = _GRAMMAR["pair_nouns"]
CALENDAR_WORDS = _GRAMMAR["calendar_words"]
DECLARING = _GRAMMAR["declaring_verbs"]
COMPANY_WORDS = _GRAMMAR["company_words"]
QUANTITY_WORDS = _GRAMMAR["quantity_words"]
APPROXIMATORS = _GRAMMAR["approximators"]
ECONOMIC_NOUNS = _GRAMMAR["economic_nouns"]
COMMERCIAL_HEADS = _GRAMMAR["commercial_heads"] | ECONOMIC_NOUNS | COMPANY_WORDS
ARMED_GROUP_WORDS = _GRAMMAR["armed_group_words"]
EXPLOSIVE_WORDS = _GRAMMAR["explosive_words"]
VICTIM_VERBS = _GRAMMAR["victim_verbs"]
TROOP_WORDS = _GRAMMAR["troop_words"]
DISASTER_WORDS = _GRAMMAR["disaster_words"]
_PARTNER_HEADS = _GRAMMAR["commercial_heads"] | COMPANY_WORDS
_GRADING = frozenset({"more", "most", "less", "least", "very", "too", "increasingly"})
"""Words grading an adjective: a participle after one is no verb ("more pressing", "very worried")."""
_ADJECTIVAL_PREPS = frozenset({"in", "of", "on", "at", "from", "with", "for", "to", "into", "under", "over"})
_NOUN_FOLLOWERS = frozenset(
    {"would", "will", "could", "can", "may", "might", "must", "should", "shall",
     "is", "was", "are", "were", "has", "had"}
)
_CLAUSE_OPENERS = frozenset({"that", "who", "which", "whether", "if", "when", "where", "while", "as"})
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "whose"})
CLAUSE_PUNCT = frozenset([*",;:.!?()[]", '"', "\u201c", "\u201d"])
_MAX_PARTIES = 4  # beyond this a list of actors ("the G5 countries …") is not a set of pairwise events
_PROVENANCE_WEIGHT = {"explicit": 1.0, "relative": 1.0, "inherited": 0.9, "publication": 0.85}
_PARTNER_ROOTS = frozenset({"03", "04", "05", "06"})  # intents, meetings, agreements, cooperation
_PRONOUN_REACH = 2  # sentences back an "it"/"they" may find its antecedent
_PAIR_REACH = 2  # sentences back "the two nations" may find the pair it names
_KILLING_ROOTS = frozenset({"18", "19", "20"})  # "three civilians were killed": an event without an agent
_VIOLENT_ROOTS = frozenset({"14", "15", "17", "18", "19", "20"})
# Prepositions of place: before a capital they make it where, not who ("the bombing in Baghdad").
_WHERE = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout"})
_PLACE_PREPS = _WHERE | {"around", "into", "through"}  # ... and before any place, an event's location
# Words between a preposition and the place it introduces: "in the mostly Shiite eastern part of".
_PLACE_MODIFIERS = frozenset(
    {"the", "a", "an", "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
     "southeastern", "southwestern", "north", "south", "east", "west", "mostly", "mainly", "largely",
     "predominantly", "christian", "muslim", "shiite", "sunni", "jewish", "arab", "kurdish", "restive",
     "besieged", "volatile", "troubled", "nearby", "neighbouring", "neighboring"}
)
# Before "of", nouns that make what follows a place: "the outskirts of Kabul", "a suburb of Beirut".
_PLACE_PARTS = frozenset(
    {"outskirts", "suburb", "suburbs", "streets", "centre", "center", "heart", "sector", "part", "parts",
     "north", "south", "east", "west", "neighbourhood", "neighborhood", "quarter", "edge"}
)
_PLACE_NOUNS = frozenset(
    {"city", "town", "village", "province", "region", "district", "port", "capital", "enclave", "state", "area",
     "camp", "county", "island", "valley"}
)
_PLACE_REACH = 15  # tokens between the trigger and the place it happened in
_FORCE_ROOTS = frozenset({"17", "18", "19", "20"})  # coercion and violence a state turns on its own rebels
_STATE_FORCES = frozenset({"GOV", "MIL", "COP", "SPY"})
# Words that end a verb's object and open an adjunct: "killed 12 people in an attack on rebels".
_ADJUNCT_OPENERS = frozenset(
    {"in", "near", "at", "on", "outside", "after", "during", "since", "when", "as", "while", "and", "but",
     "across", "along", "inside", "from", "with", "to", "into", "by", "for", "who", "which", "that"}
)


@dataclass(slots=True)
class _Mention:
    mention: ActorMention
    first: int  # first token index
    last: int  # last token index (inclusive)
    position: int  # index in the sentence's mentions (cheaper than ``list.index``, which compares models)
    actor: Actor  # ``mention.actor``, read often: a field, not a property call


@dataclass(slots=True)
class _Hit:
    entry: TriggerEntry
    first: int
    last: int
    kind: str
    object_tokens: tuple[int, ...] = ()
    absorbed: bool = False
    mutual: bool = False
    """Coded as a mutual event whatever its entry says: the trigger an "agreed to" of two parties
    yields to ("Greece and Turkey agreed to share information")."""


@dataclass(slots=True)
class _Sentence:
    text: str
    start: int
    end: int
    words: list[str]
    starts: list[int]
    ends: list[int]
    mentions: list[_Mention]
    timexes: list[TimeExpression]
    index: int
    paragraph: int
    timex_tokens: frozenset[int] = frozenset()

    def span_text(self, first: int, last: int) -> str:
        return self.text[self.starts[first] : self.ends[last]]


@dataclass(slots=True)
class _DocState:
    reference_date: dt.date | None
    doc_id: str | None
    carry: tuple[TimeExpression, int, int] | None = None  # timex, sentence index, paragraph
    last_person: Actor | None = None
    last_other: Actor | None = None
    last_other_at: int = -1  # sentence index of ``last_other``: "it"/"they" reach back only a little
    last_pair: tuple[Actor, Actor, int] | None = None
    salience: dict[str, tuple[int, Actor]] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    seen: set[tuple[str, str | None, str | None, str, str | None]] = field(default_factory=set)


class EventCoder:
    """Codes events from text, its timexes and its linked actor mentions."""

    def __init__(
        self, ontology: Ontology | None = None, trigger_files: Sequence[Path] = (), gazetteer: Gazetteer | None = None
    ) -> None:
        self.ontology = ontology or Ontology.load_default()
        self.lexicon = Lexicon.load(self.ontology, trigger_files)
        self.gazetteer = gazetteer or Gazetteer.load()
        self._finder = _WordFinder(self.lexicon)

    # ------------------------------------------------------------------ public API
    def code(
        self,
        text: str,
        timexes: Sequence[TimeExpression],
        mentions: Sequence[ActorMention],
        reference_date: dt.date | None,
        doc_id: str | None = None,
    ) -> list[Event]:
        """Code the events of one document; negated events carry modality "negated"."""
        if not text or not text.strip():
            return []
        ordered_mentions = _clean_mentions(text, mentions)
        if not ordered_mentions:
            # Every source and target is a mention, or an antecedent the discourse state took from
            # one ("he", "they", "the two nations"): without a mention no event has an actor.
            return []
        lowered_text = text.lower()
        lowered = lowered_text if lowers_in_place(text, lowered_text) else None
        positions, keys = self._finder.find(_letters(lowered_text))
        # A sentence passes ``_has_candidate`` only if the words found in the document pass ``may_fire``.
        if not self.lexicon.may_fire(set(keys)) and not _may_cut_words(text):
            # No sentence boundary falls inside a word, so every word of a sentence is a word of the
            # document, and the tests of ``_has_candidate`` only grow with the set of words: no
            # sentence can pass them.
            return []
        state = _DocState(reference_date, doc_id)
        # A sports or entertainment story: its sentences about the game or the show code nothing.
        offtopic = len(OFFTOPIC_MARKERS.intersection(keys)) >= MIN_OFFTOPIC_MARKERS
        mention_starts = [m.start for m in ordered_mentions]
        ordered_timexes = sorted(
            (t for t in timexes if 0 <= t.start < t.end <= len(text)), key=lambda t: t.start
        )
        timex_starts = [t.start for t in ordered_timexes]
        sentence_spans = split_sentences(text)
        index: _CandidateIndex | None = None
        if lowered is not None and all(end - start <= MAX_SENTENCE_CHARS for start, end in sentence_spans):
            # Nothing to cut, so no boundary falls inside a word, and the offsets of the words found
            # (in ``lowered``, which lowers in place) tell which sentence holds each.
            index = _CandidateIndex(positions, keys, self.lexicon)
        # No sentence after the last anchor can yield an event, and the discourse state it would
        # update serves later sentences only.
        last_anchor = index.anchor_positions[-1] if index is not None and index.anchor_positions else len(text)
        paragraph = 0
        previous_end = 0
        # With an index, no span is long enough for ``_bounded`` to cut.
        for number, (start, end) in enumerate(sentence_spans if index is not None else _bounded(text, sentence_spans)):
            if start > last_anchor:
                break
            if text.find("\n", previous_end, start) != -1:
                paragraph += 1
            previous_end = end
            lo, hi = bisect_left(mention_starts, start), bisect_left(mention_starts, end)
            sent_mentions = [m for m in ordered_mentions[lo:hi] if m.end <= end] if lo < hi else []
            tlo, thi = bisect_left(timex_starts, start), bisect_left(timex_starts, end)
            sent_timexes = [t for t in ordered_timexes[tlo:thi] if t.end <= end] if tlo < thi else []
            if index is not None:
                # A sentence without a mention takes its actors from the discourse alone: only the
                # subject words that have an antecedent in reach can give it one.
                subjects = _DISCOURSE_SUBJECTS if sent_mentions else _subjects_with_antecedent(state, number)
                verdict = index.verdict(start, end, has_mentions=bool(sent_mentions), subjects=subjects)
            else:
                sentence_lowered = lowered[start:end] if lowered is not None else text[start:end].lower()
                verdict = self._has_candidate(sentence_lowered, bool(sent_mentions))
            if verdict and offtopic and _offtopic_sentence(
                text, start, end, positions if index is not None else None, keys
            ):
                verdict = False
            if not verdict:
                if sent_mentions or sent_timexes:  # else there is nothing to update
                    _update_state_light(text, sent_mentions, sent_timexes, number, paragraph, state)
                continue
            sentence = self._sentence(
                text, lowered, start, end, mentions=sent_mentions, timexes=sent_timexes, number=number,
                paragraph=paragraph,
            )
            if sentence is None:
                continue
            if sentence.mentions or not _subjects_with_antecedent(state, number).isdisjoint(sentence.words):
                self._code_sentence(sentence, state)
            else:
                # Every mention was dropped ("Japan's Mitsubishi Corp"): no actor, so no event; only
                # the date carries on.
                self._update_state(sentence, state)
        return state.events

    def _has_candidate(self, lowered: str, has_mentions: bool) -> bool:
        """Cheap pre-filter: could the (lower-cased) sentence yield an event? It needs a trigger word,
        and an actor: a mention, or a pronoun or "the two nations" that can take one from the discourse."""
        words = _letter_runs(lowered)
        if not has_mentions and words.isdisjoint(_DISCOURSE_SUBJECTS):
            return False
        return self.lexicon.may_fire(words)

    # ------------------------------------------------------------------ sentence set-up
    def _sentence(
        self,
        text: str,
        lowered: str | None,
        start: int,
        end: int,
        *,
        mentions: list[ActorMention],
        timexes: list[TimeExpression],
        number: int,
        paragraph: int,
    ) -> _Sentence | None:
        words, starts, ends = token_columns(text, lowered, start, end)
        if not words:
            return None
        placed: list[_Mention] = []
        for mention in mentions:
            first = bisect_right(starts, mention.start) - 1
            last = bisect_left(ends, mention.end)
            first = max(first, 0)
            last = min(last, len(words) - 1)
            if ends[first] <= mention.start:
                first += 1
            if first > last or _in_company_name(words, first, last):
                continue
            if mention.via in ("demonym", "demonym_group") and _commercial_head(words, last):
                continue  # "Cypriot oil tanker", "Dutch port union": a nationality, not an actor
            placed.append(_Mention(mention, first, last, len(placed), mention.actor))
        covered: set[int] = set()
        for tx in timexes:
            first_token = bisect_left(ends, tx.start + 1)
            last_token = bisect_left(starts, tx.end) - 1
            covered.update(range(first_token, last_token + 1))
        return _Sentence(text, start, end, words, starts, ends, placed, timexes, number, paragraph,
                         frozenset(covered))

    # ------------------------------------------------------------------ trigger finding
    def _find_triggers(self, s: _Sentence) -> list[_Hit]:
        words = s.words
        n = len(words)
        sentence_words: set[str] | None = None
        hits: list[_Hit] = []
        index = self.lexicon.index
        # Only the few tokens that start a surface form (found by C-level look-ups) need Python work.
        for i in itertools.compress(itertools.count(), map(index.__contains__, words)):
            best: _Hit | None = None
            for form in index[words[i]]:
                length = len(form.words)
                # A one-word form is the indexed word itself; longer ones must match the words after it.
                if length > 1 and (i + length > n or tuple(words[i : i + length]) != form.words):
                    continue
                if not self._form_ok(s, i, form):
                    continue
                entry = form.entry
                if entry.context:
                    if sentence_words is None:
                        sentence_words = set(words)
                    if not _any_word(entry.context, sentence_words):
                        continue
                objects: tuple[int, ...] = ()
                if entry.objects:
                    if sentence_words is None:
                        sentence_words = set(words)
                    if not entry.object_prefixes and entry.object_openers.isdisjoint(sentence_words):
                        continue  # no object word anywhere in the sentence: _find_object would find none
                    found = _find_object(words, entry, i, i + length - 1, _is_passive(words, i, form), s.timex_tokens)
                    if found is None:
                        continue
                    if entry.ignore and any(i + length <= m.first and m.last + 1 < found[0] for m in s.mentions):
                        continue  # "meet Kim without conditions": the actor is the object (but "meet US complaints")
                    objects = found
                if entry.pos == "verb" and all(words[j] in PREPS for j in objects) \
                        and _quantity_after(words, i + length):
                    # "the surplus declined to 150 mln dlrs": a market movement; but not when the
                    # entry's object words follow ("pledged 10 million dollars", "100 pct tariffs")
                    continue
                hit = _Hit(entry, i, i + length - 1, form.form_kind, objects)
                if best is None or entry.specificity > best.entry.specificity:
                    best = hit
            if best is not None:
                hits.append(best)
        if not hits:
            return hits  # most sentences: nothing to resolve or prune
        return _prune(_resolve_overlaps(hits, words, {m.first for m in s.mentions}), words)

    def _form_ok(self, s: _Sentence, i: int, form: _Form) -> bool:
        """Cheap part-of-speech check for forms that may be nouns ("support", "attacks")."""
        prev = s.words[i - 1] if i > 0 else ""
        if prev == "-":
            return False  # "Moscow-backed", "long-threatened": part of a compound modifier
        if form.entry.pos != "verb":
            return True
        # The cheap word tests come first: the bare-mention test scans the sentence's mentions.
        if form.form_kind in ("base", "s") and i + 1 < len(s.words) and s.words[i + 1] in _NOUN_FOLLOWERS:
            return False  # "demand would be slack", "support has grown": a noun before its verb
        if form.form_kind == "base":
            return (prev in MODALS_BASE or prev in SUBJ_PRONOUNS or prev in ADVERBS
                    or (prev.endswith("ly") and len(prev) > 4) or _after_bare_mention(s, i))
        if form.form_kind == "s":
            return prev in SUBJ_PRONOUNS or prev in ADVERBS or prev.endswith("ly") or _after_bare_mention(s, i)
        if form.form_kind in ("ing", "past"):
            if prev in DETERMINERS or prev in _GRADING:
                return False  # "a more pressing issue", "the most threatening": an adjective
            if form.form_kind == "ing":
                # "the G7 meeting", "their first meeting": a determiner a few words back makes a noun.
                for j in range(i - 1, max(-1, i - 4), -1):
                    word = s.words[j]
                    if word in DETERMINERS:
                        return False
                    if not word.isdigit() and not any(m.first <= j <= m.last < i for m in s.mentions):
                        break
            if form.form_kind == "past" and prev in _ADJECTIVAL_PREPS:
                return False  # "in occupied territory", "of signed contracts"
        return True

    # ------------------------------------------------------------------ sentence coding
    def _code_sentence(self, s: _Sentence, state: _DocState) -> None:
        hits = self._find_triggers(s)
        pair = self._pair_in_sentence(s)
        if pair is not None:
            state.last_pair = (pair[0], pair[1], s.index)
        sentence_events: list[Event] = []
        for hit in hits:
            if hit.absorbed:
                continue
            sentence_events.extend(self._code_hit(s, hit, hits, state))
        in_sentence: set[tuple[str, str | None, str | None]] = set()
        for event in sentence_events:
            key = (event.cameo, event.source.id if event.source else None,
                   event.target.id if event.target else None, event.modality, event.date.value)
            local = (event.cameo, event.source.cameo if event.source else None,
                     event.target.cameo if event.target else None)
            if key in state.seen or local in in_sentence:
                continue
            state.seen.add(key)
            in_sentence.add(local)
            state.events.append(event)
        self._update_state(s, state)

    def _update_state(self, s: _Sentence, state: _DocState) -> None:
        person_seen = other_seen = False
        for m in s.mentions:
            count, _ = state.salience.get(m.actor.id, (0, m.actor))
            state.salience[m.actor.id] = (count + 1, m.actor)
            # The first bare actor of a sentence is usually its subject, the likeliest antecedent.
            if _governed(s, m.first) is None and not _object_position(s, m):
                if _personal(m) and not person_seen:
                    state.last_person, person_seen = m.actor, True
                elif not _personal(m) and not other_seen:
                    state.last_other, other_seen = m.actor, True
                    state.last_other_at = s.index
        dated = [t for t in s.timexes if _datable(t)]
        if dated:
            state.carry = (dated[0], s.index, s.paragraph)

    def _code_hit(self, s: _Sentence, hit: _Hit, hits: list[_Hit], state: _DocState) -> list[Event]:
        entry = hit.entry
        if entry.ignore:
            return []
        words = s.words
        passive = entry.pos == "verb" and _is_passive(words, hit.first, None, hit.kind)
        via_pronoun = False
        sources: list[_Mention | Actor] = []
        targets: list[_Mention] = []
        pair_mode = False
        if entry.pos != "verb":
            compound = _compound_before(s, hit.first)
            if compound:
                sources = list(compound)
                pair_mode = True
            else:
                possessor = _possessor_before(s, hit.first)
                if possessor is not None:
                    sources = [possessor]
        if entry.code[:2] in _PARTNER_ROOTS and _commercial_partner(s, hit.last):
            return []  # "met commercial bankers", "offer its creditors a plan": a business partner
        if entry.code[:2] in _KILLING_ROOTS and _natural_cause(words, hit.first, hit.last):
            return []  # "the tsunami which killed 30,000 people": a disaster, not an attack
        if entry.subject_is_target:
            addressees = _subject_before(s, hit.first)
            if not addressees or not any(w in REPORTING or w in DECLARING for w in words[: addressees[0].first]):
                return []
            speaker = _speaker_before(s, addressees[0])
            sources, targets_fixed = ([speaker] if speaker is not None else []), addressees
        else:
            targets_fixed = []
        if entry.subject_is_target:
            pass
        elif passive:
            agent = _agent_after(s, hit.last)
            subject = _subject_before(s, hit.first)
            if agent:
                sources = list(agent)
            targets = subject or [
                m for m in _targets_after(s, hit.last, entry, sources) if _governed(s, m.first) != "by"
            ]
        elif not sources:
            subjects = _subject_before(s, hit.first, noun=entry.pos != "verb")
            if subjects and entry.pos != "verb" and _subject_suffered(words, hit.first):
                targets_fixed = subjects  # "US servicemen were killed by a roadside bomb": not the bombers
            else:
                sources = list(subjects)
        if targets_fixed:
            targets = list(targets_fixed)
        weak_source = False
        if not sources and not passive and entry.pos == "verb" and not (hit.kind == "ing" and not _be_before(
                words, hit.first)):
            fallback = _governed_subject(s, hit.first)
            if fallback:
                sources, weak_source = list(fallback), True
        if not sources and not passive and entry.pos == "verb" and hit.first == 0 and hit.kind == "ing":
            main_subject = _subject_after_comma(s, hit.last)
            if main_subject is not None:
                sources = [main_subject]  # "Accusing X of …, Canada said …"
        if not sources and not passive and entry.pos == "verb":
            pronoun = _pronoun_subject(s, hit.first)
            local = _antecedent(s, hit.first, pronoun) if pronoun else None
            if local is not None:
                sources, via_pronoun = [local], True
            elif pronoun in ("he", "she") and state.last_person is not None:
                sources, via_pronoun = [state.last_person], True
            elif pronoun in ("it", "they") and state.last_other is not None \
                    and s.index - state.last_other_at <= _PRONOUN_REACH:
                sources, via_pronoun = [state.last_other], True
        if not sources and _pair_subject(s, hit.first) and state.last_pair is not None \
                and s.index - state.last_pair[2] <= _PAIR_REACH:
            sources, pair_mode, via_pronoun = [state.last_pair[0], state.last_pair[1]], True, True
        if not passive and not targets_fixed:
            start_after = max([hit.last, *hit.object_tokens]) if entry.pos != "verb" else hit.last
            of_object = _of_object(s, max(hit.object_tokens)) if entry.pos == "verb" and hit.object_tokens else None
            if of_object is not None:  # "demanded the withdrawal of Serbian forces from Bosnia"
                targets = _coordinated_after(s, of_object)
            else:
                targets = _targets_after(s, hit.last if entry.pos == "verb" else start_after, entry, sources)
            if not targets and entry.pos != "verb" and start_after != hit.last:
                targets = _targets_after(s, hit.last, entry, sources)
        between = _between_after(s, hit.last)
        if between and not targets:
            if sources or not entry.symmetric:
                targets = list(between)
            else:
                sources, pair_mode = list(between), True
        if not targets and entry.pos != "verb" and entry.code[:2] in _KILLING_ROOTS:
            targets = _object_before_instrument(s, hit.first, sources)
        if not targets and not passive and entry.pos == "verb" and hit.object_tokens and not entry.direct:
            targets = _after_object(s, max(hit.object_tokens), entry)
        loose = False
        if not targets and not passive and entry.pos == "verb":
            targets = _loose_target(s, hit.last, sources)
            loose = bool(targets)
        place_as_target = False
        if not targets and len(sources) == 1 and not pair_mode and entry.pos == "verb":
            targets = _place_after(s, hit.last, sources)
            if entry.code[:2] == "04" and targets and _actor_of(sources[0]).country == targets[0].actor.country:
                targets = []  # "the Mexican central banker met in Mexico City": the venue, at home
            place_as_target = bool(targets)
        source_actors = [_resident(s, x) for x in sources]
        target_actors = [_resident(s, x) for x in targets]
        # The place is looked up here only where it decides the parties; else after the checks below.
        place_decides = (not source_actors and entry.code[:2] == "14") or (
            not target_actors and bool(source_actors) and entry.code[:2] in _KILLING_ROOTS
        )
        location = _location(s, hit, self.gazetteer) if place_decides else None
        placed_source = False
        if not source_actors and entry.code[:2] == "14" and location is not None and location.country:
            # "Thousands of people demonstrated in Hong Kong": unnamed protesters are the place's
            # civilians (and, below, protest against its government). The confidence stays that of
            # no source.
            source_actors, placed_source = [_civilians(location.country)], True
        if not target_actors and source_actors and entry.code[:2] in _KILLING_ROOTS and location is not None:
            invaded = _foreign_state_at(s, location, source_actors)
            if invaded is not None:
                # "Israel responded with air strikes in southern Lebanon": force used in another state
                # is used against it.
                target_actors, place_as_target = [invaded], True
        # Drop a target that is the source itself; for meetings and visits also the state of the
        # source's government or the reverse ("Moroccan diplomats ... a lunch hosted by the Ambassador
        # of Morocco"), though a government acting on its country (a curfew, SDNGOV→SDN) is an event.
        source_ids = {a.id for a in source_actors}
        source_codes = {code for a in source_actors if a.cameo
                        for code in (_same_party_codes(a.cameo) if entry.code[:2] == "04" else (a.cameo,))}
        target_actors = [a for a in target_actors if a.id not in source_ids and a.cameo not in source_codes]
        discourse_target = False
        if not target_actors and len(source_actors) == 1 and not pair_mode:
            implicit = _domestic_target(s, source_actors[0], entry.code, None if passive else hit.last)
            if implicit is not None:
                target_actors, discourse_target = [implicit], True
        if entry.context and len(source_actors) == 1 and not target_actors and not pair_mode:
            topic = _topic_actor(state, source_actors[0])
            if topic is not None:
                target_actors, discourse_target = [topic], True
        if entry.code[:2] == "04" and not target_actors and not pair_mode and len(source_actors) < 2:
            return []  # a meeting needs two parties: "OPEC may meet before June" is a body's own session
        if not any(_political(a) for a in (*source_actors, *target_actors)):
            return []  # companies and markets among themselves: not a political event
        root = entry.code[:2]
        if entry.pos != "verb":
            mutual = (pair_mode or entry.symmetric) and 2 <= len(source_actors) <= _MAX_PARTIES
            two_sided = (source_actors and target_actors) or mutual
            if not two_sided and root not in _VIOLENT_ROOTS:
                return []
        elif not source_actors and (root < "09" or not target_actors or (passive and root not in _KILLING_ROOTS)):
            return []
        if entry.code in ("140", "141") and sources and not weak_source and not via_pronoun \
                and all(isinstance(x, _Mention) and _official(x) for x in sources):
            code_override: str | None = "114"  # a government protests officially, it does not march
        else:
            code_override = None
        if entry.code == "042" and sources and isinstance(sources[0], _Mention):
            armed = _armed_arrival(s, sources[0], hit.first)
            if armed == "troops":
                return []  # "American troops arrived in Kuwait": a deployment, not a visit
            if armed == "peacekeepers":
                code_override = "074"  # "NATO peacekeeping troops arrived in Bosnia"
        modality, refusal = _modality(words, hit.first, hit.kind)
        if entry.pos != "verb" and modality != "negated" and _called_off(words, hit.first, hit.last):
            modality = "negated"  # "the visit was postponed", "called off the talks": it did not happen
        date = self._date(s, hit, hits, state, modality)
        if modality == "asserted" and not refusal and _future(date, state.reference_date) \
                and not _is_past(words, hit.first, hit.kind):
            modality = "planned"  # "officials meet tomorrow", "next week's visit"
        code = code_override or entry.code
        if refusal:
            refused = self.ontology.refusal(code)
            if refused is not None:
                code, modality = refused, "asserted"
            else:
                modality = "negated"  # "will not attack": no CAMEO refusal code, so not an event
        elif modality == "planned":
            code = (entry.intent if code_override is None else None) or self.ontology.intent(code) or code
        if not place_decides:
            location = _location(s, hit, self.gazetteer)
        confidence = entry.weight
        confidence *= 1.0 if source_actors and not placed_source else 0.7
        confidence *= 1.0 if target_actors else 0.85
        confidence *= 0.85 if via_pronoun else 1.0
        confidence *= 0.8 if weak_source else 1.0
        confidence *= 0.85 if place_as_target else 1.0
        confidence *= 0.75 if discourse_target else 1.0
        confidence *= _PROVENANCE_WEIGHT[date.provenance]
        confidence *= {"asserted": 1.0, "reported": 0.9, "planned": 0.9, "hypothetical": 0.8, "negated": 0.9}[
            modality
        ]
        if location is not None and location.country:
            # "ethnic Albanians demonstrated in Serbia", "killed three ethnic Albanians in southern
            # Serbia": a minority acts, and suffers, as civilians of where it lives
            if len(sources) == len(source_actors):
                source_actors = [
                    _civilians(location.country) if _minority_elsewhere(s, x, location.country) else actor
                    for x, actor in zip(sources, source_actors, strict=True)
                ]
            if len(targets) == len(target_actors):
                target_actors = [
                    _civilians(location.country) if _minority_elsewhere(s, x, location.country) else actor
                    for x, actor in zip(targets, target_actors, strict=True)
                ]
        if location is not None and root in _KILLING_ROOTS and len(targets) == len(target_actors):
            # "a car bomb in eastern Beirut": the capital is where it went off, not whom it hit
            target_actors = [
                actor for x, actor in zip(targets, target_actors, strict=True)
                if not (x.mention.via == "capital" and x.mention.start == location.start)
            ]
        if not source_actors and modality == "asserted" and location is not None and location.country and (
            root == "18" or (root == "19" and not EXPLOSIVE_WORDS.isdisjoint(words))
        ):
            # "A roadside bomb near Samarra killed a soldier": a bombing, assassination or kidnapping
            # (or a blast that killed) with nobody named is, in CAMEO terms, the work of the place's
            # unidentified armed forces (IRQUAF). The confidence stays that of no source.
            source_actors = [_unidentified_forces(location.country)]
        trigger = Trigger(
            text=s.span_text(hit.first, hit.last), start=s.starts[hit.first], end=s.ends[hit.last]
        )
        pairs: list[tuple[Actor | None, Actor | None, str, bool]] = []
        # A place is where, not with whom; a loosely attached actor is not a partner.
        symmetric = (entry.symmetric or hit.mutual) and not place_as_target and not loose
        if (pair_mode or symmetric) and 2 <= len(source_actors) <= _MAX_PARTIES and not target_actors:
            for a in source_actors:
                for b in source_actors:
                    if a.id != b.id:
                        pairs.append((a, b, code, True))
        elif symmetric and source_actors and target_actors and modality != "planned" \
                and not entry.code.startswith("05"):
            # Meetings, talks and calls with B are mutual; "A signed a deal / restored ties with B"
            # is coded A→B (both directions only when A and B are coordinated subjects).
            for a in source_actors:
                for b in target_actors:
                    pairs.append((a, b, code, True))
                    pairs.append((b, a, code, True))
        else:
            for one in _or_none(source_actors):
                for other in _or_none(target_actors):
                    pairs.append((one, other, code, False))
                    if entry.converse and one is not None and other is not None and modality == "asserted":
                        pairs.append((other, one, entry.converse, False))
        # Ellipsis: "..., as did C" repeats the event with C as the source.
        for extra in _ellipsis_sources(s, hit.last):
            for other in _or_none(target_actors):
                if other is None or extra.actor.id != other.id:
                    pairs.append((extra.actor, other, code, False))
        events = []
        for one, other, event_code, sym in pairs:
            final_code = event_code
            if final_code.startswith("040") and location is not None and one is not None \
                    and other is not None \
                    and location.country and location.country not in (*_homes(one), *_homes(other)):
                final_code = "044"
            info = self.ontology.get(final_code)
            if info is None:
                continue
            events.append(
                Event(
                    cameo=final_code,
                    plover=self.ontology.plover(final_code),
                    label=info.label,
                    goldstein=info.goldstein,
                    source=one,
                    target=other,
                    date=date,
                    trigger=trigger,
                    modality=modality,
                    confidence=round(max(0.05, min(0.99, confidence)), 3),
                    symmetric=sym,
                    location=location,
                    sentence_start=s.start,
                    sentence_end=s.end,
                    doc_id=state.doc_id,
                )
            )
        return events

    def _pair_in_sentence(self, s: _Sentence) -> tuple[Actor, Actor] | None:
        """A pair of actors of different countries written as "A and B", "A–B" or "between A and B"."""
        for left, right in zip(s.mentions, s.mentions[1:], strict=False):
            between = s.words[left.last + 1 : right.first]
            if between in (["and"], ["-"], ["/"]) and left.actor.id != right.actor.id \
                    and (left.actor.country or left.actor.id) != (right.actor.country or right.actor.id):
                return left.actor, right.actor
        return None

    # ------------------------------------------------------------------ dating
    def _date(
        self, s: _Sentence, hit: _Hit, hits: list[_Hit], state: _DocState, modality: Modality
    ) -> EventDate:
        ref = state.reference_date
        past = _is_past(s.words, hit.first, hit.kind) and modality not in ("planned", "hypothetical")
        best: tuple[int, TimeExpression] | None = None
        trigger_start = s.starts[hit.first]
        other_positions = [s.starts[h.first] for h in hits if h is not hit and not h.absorbed]
        for timex in s.timexes:
            if not _datable(timex) or _dates_another_noun(s, timex, hit):
                continue
            distance = abs(_token_at(s, timex.start) - hit.first)
            before = _token_at(s, timex.start) - 1
            if (before >= 0 and s.words[before] in REPORTING) or (
                before >= 1 and s.words[before] in ("on", "in") and s.words[before - 1] in REPORTING
            ):
                distance += 8
            for position in other_positions:
                if min(timex.start, trigger_start) < position < max(timex.start, trigger_start):
                    distance += 15
            if best is None or distance < best[0]:
                best = (distance, timex)
        if best is not None:
            timex = best[1]
            value, start, end = timex.value, timex.interval_start, timex.interval_end
            if past and ref is not None and start is not None and start > ref.isoformat():
                shifted = _shift_week(timex, ref, -7)
                if shifted is None:
                    return _publication(ref)
                value, start, end = shifted
            elif modality == "planned" and ref is not None and start is not None and start < ref.isoformat() \
                    and timex.text.lower().split()[-1] in WEEKDAYS:
                # "will arrive on Wednesday" resolved to last Wednesday: the next one is meant.
                shifted = _shift_week(timex, ref, 7)
                if shifted is not None:
                    value, start, end = shifted
            return EventDate(
                value=value, start=start, end=end, granularity=timex.granularity,
                provenance="relative" if timex.relative else "explicit", timex=timex.text,
            )
        carry = state.carry
        if carry is not None and past and _simple_past(s.words, hit.first, hit.kind) \
                and s.index - carry[1] <= 2 and carry[2] == s.paragraph:
            timex = carry[0]
            if not (ref is not None and timex.interval_start and timex.interval_start > ref.isoformat()):
                return EventDate(
                    value=timex.value, start=timex.interval_start, end=timex.interval_end,
                    granularity=timex.granularity, provenance="inherited", timex=timex.text,
                )
        return _publication(ref)


# ---------------------------------------------------------------------- helpers
_WORD = re.compile(r"[a-z]+")
_DISCOURSE_SUBJECTS = frozenset({"he", "she", "it", "they", "two", "both"})  # see _pronoun_subject, _pair_subject


# Every byte but a-z becomes a space.
_LETTERS_ONLY = bytes(code if 0x61 <= code <= 0x7A else 0x20 for code in range(256))


def _offtopic_sentence(text: str, start: int, end: int, positions: list[int] | None, keys: list[str]) -> bool:
    """Whether the sentence ``[start, end)`` of an off-topic story holds a marker or a score. The
    finder's ``positions`` locate its words when they are offsets of ``text`` (else None: the
    sentence's own words are read, one-word markers only)."""
    if _SCORE.search(text, start, end) is not None:
        return True
    if positions is None:
        return not OFFTOPIC_MARKERS.isdisjoint(_letter_runs(text[start:end].lower()))
    first = bisect_left(positions, start)
    return not OFFTOPIC_MARKERS.isdisjoint(keys[first : bisect_left(positions, end, first)])


def _letters(lowered: str) -> str:
    """Lower-cased text with every character but a-z turned into a space, offsets kept: each
    non-ASCII character (a lone surrogate too) becomes one "?" before ``bytes.translate`` (several
    times faster than a regex)."""
    return lowered.encode("ascii", "replace").translate(_LETTERS_ONLY).decode("ascii")


def _letter_runs(lowered: str) -> set[str]:
    """The set of ``[a-z]+`` runs of lower-cased text."""
    return set(_letters(lowered).split())


class _WordFinder:
    """Finds, in one pass of an Aho-Corasick automaton (in C), the words of a text that decide
    :meth:`EventCoder._has_candidate`: the trigger anchors, their object words, the discourse
    subjects ("he", "they", "two", …) and, as ``prefix*``, the starts of words that begin with an
    object prefix. Of all the words of a sentence, these alone decide ``Lexicon.may_fire`` and
    whether a sentence without a mention may take an actor from the discourse."""

    def __init__(self, lexicon: Lexicon) -> None:
        words = set(_DISCOURSE_SUBJECTS)
        prefixes: set[str] = set()
        for anchor, needs in lexicon.anchors.items():
            words.add(anchor)
            words.update(needs.object_words)
            prefixes.update(needs.object_prefixes)
        self._automaton = ahocorasick.Automaton()
        # Keys that are not letter runs can never match the letters-only text the finder reads.
        for word in filter(_WORD.fullmatch, words | OFFTOPIC_MARKERS):
            self._automaton.add_word(f" {word} ", (len(word) + 1, word))
        for prefix in filter(_WORD.fullmatch, prefixes):
            self._automaton.add_word(f" {prefix}", (len(prefix), f"{prefix}*"))
        self._automaton.make_automaton()

    def find(self, letters: str) -> tuple[list[int], list[str]]:
        """The offsets and the words (``prefix*`` for a word start) of such words in ``letters``
        (lower-case letters and spaces only; see :func:`_letters`), in order of offset.

        In the text padded with a space at each end, a word's key is " word " and a prefix's
        " prefix", so only whole words and word starts match; a key ends at ``end`` and its word
        starts ``back`` characters before. Keys come in the order their words start: no key reaches
        past the space after its word.
        """
        matches = list(self._automaton.iter(f" {letters} "))
        return [end - back for end, (back, _) in matches], [key for _, (_, key) in matches]


class _CandidateIndex:
    """The words a :class:`_WordFinder` found in a document, by offset, so that each sentence is
    judged from the few of them it holds instead of from a list of all its words."""

    def __init__(self, positions: list[int], keys: list[str], lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.positions = positions
        self.keys = keys
        # The offsets of the anchors alone: most sentences hold none, and one look settles them.
        self.anchor_positions = list(itertools.compress(positions, map(lexicon.anchor_words.__contains__, keys)))

    def has_anchor(self, start: int, end: int) -> bool:
        """Whether an anchor starts in ``[start, end)``: without one, :meth:`verdict` is false."""
        at = bisect_left(self.anchor_positions, start)
        return at < len(self.anchor_positions) and self.anchor_positions[at] < end

    def verdict(
        self, start: int, end: int, *, has_mentions: bool, subjects: frozenset[str] = _DISCOURSE_SUBJECTS
    ) -> bool:
        """What :meth:`EventCoder._has_candidate` says of the sentence ``[start, end)``, which must not
        cut a word, when only ``subjects`` (of :data:`_DISCOURSE_SUBJECTS`) may take an actor from
        the discourse."""
        if not self.has_anchor(start, end):
            return False  # no anchor: ``may_fire`` is false
        first = bisect_left(self.positions, start)
        keys = set(self.keys[first : bisect_left(self.positions, end, first)])
        if not has_mentions and keys.isdisjoint(subjects):
            return False
        return self.lexicon.may_fire(keys)


_SUBJECTS_BY_ANTECEDENT = {
    (person, other, pair): frozenset(
        {*(("he", "she") if person else ()), *(("it", "they") if other else ()), *(("two", "both") if pair else ())}
    )
    for person in (False, True) for other in (False, True) for pair in (False, True)
}


def _subjects_with_antecedent(state: _DocState, number: int) -> frozenset[str]:
    """The discourse subjects that can take an actor in sentence ``number``: "he"/"she" once a person
    was seen, "it"/"they" with an other actor in reach, "two"/"both" with a pair in reach (see
    :meth:`EventCoder._code_hit`). Without a mention and any of these, a sentence yields no event:
    every other source and target is a mention of its own, and an event needs an actor."""
    return _SUBJECTS_BY_ANTECEDENT[
        state.last_person is not None,
        state.last_other is not None and number - state.last_other_at <= _PRONOUN_REACH,
        state.last_pair is not None and number - state.last_pair[2] <= _PAIR_REACH,
    ]


def _update_state_light(
    text: str, mentions: list[ActorMention], timexes: list[TimeExpression], number: int, paragraph: int,
    state: _DocState,
) -> None:
    """Discourse state for a sentence without any trigger word (no tokenisation needed)."""
    person_seen = other_seen = False
    for mention in mentions:
        count, _ = state.salience.get(mention.actor.id, (0, mention.actor))
        state.salience[mention.actor.id] = (count + 1, mention.actor)
        if mention.actor.kind == "person" and not person_seen:
            state.last_person, person_seen = mention.actor, True
        elif mention.actor.kind != "person" and not other_seen:
            state.last_other, other_seen = mention.actor, True
            state.last_other_at = number
    for left, right in itertools.pairwise(mentions):
        if text[left.end : right.start].strip() in ("and", "-", "–", "—", "/") and left.actor.country \
                and right.actor.country and left.actor.country != right.actor.country:
            state.last_pair = (left.actor, right.actor, number)
            break
    dated = [t for t in timexes if _datable(t)]
    if dated:
        state.carry = (dated[0], number, paragraph)


MAX_SENTENCE_CHARS = 1_000
"""Longer "sentences" (run-on lists, text without punctuation) are coded in windows of this size.

Real news sentences are far shorter; the bound keeps the per-sentence argument search, which
compares mentions with each other, from growing with the length of pathological input.
"""


def _may_cut_words(text: str) -> bool:
    """Could :func:`_bounded` cut a span inside a word? Only inside a run of ``MAX_SENTENCE_CHARS - 1``
    characters without a space, tab or newline (else it cuts at the last of those)."""
    size = MAX_SENTENCE_CHARS - 1
    if len(text) < size:
        return False
    chunks = text.split(" ")
    if max(map(len, chunks)) < size:
        return False
    return any(
        len(run) >= size for chunk in chunks if len(chunk) >= size for run in chunk.replace("\t", "\n").split("\n")
    )


def _bounded(text: str, spans: Sequence[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Cut spans longer than :data:`MAX_SENTENCE_CHARS` at the last whitespace before the limit."""
    for span_start, end in spans:
        start = span_start
        while end - start > MAX_SENTENCE_CHARS:
            limit = start + MAX_SENTENCE_CHARS
            cut = max(text.rfind(space, start, limit) for space in " \t\n")
            cut = cut if cut > start else limit
            yield start, cut
            start = cut
        yield start, end


def _clean_mentions(text: str, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """Mentions inside the text, sorted, without overlaps (the longer one wins)."""
    valid = [m for m in mentions if 0 <= m.start < m.end <= len(text) and m.text.lower() not in CALENDAR_WORDS]
    valid.sort(key=lambda m: (m.start, -(m.end - m.start)))
    out: list[ActorMention] = []
    for m in valid:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


def _in_company_name(words: list[str], first: int, last: int) -> bool:
    """The mention names a company's home, not a political actor: "United States Lines Inc",
    "Sweden's Wallenberg group", or an address after a company ("Nakamichi Corp, Tokyo")."""
    nxt = last + 1
    if nxt < len(words) and words[nxt] == "'s":
        nxt += 1
        following = words[nxt : nxt + 2]
        return any(w in COMPANY_WORDS and w not in ("bank", "banks") for w in following)
    if nxt < len(words) and words[nxt] in COMPANY_WORDS and words[nxt] != "group":
        return True
    return first >= 2 and words[first - 1] == "," and words[first - 2] in COMPANY_WORDS


def _commercial_head(words: list[str], last: int) -> bool:
    """A commercial noun heads the phrase a nationality word modifies ("Canadian wheat exports")."""
    for word in words[last + 1 : last + 4]:
        if word in COMMERCIAL_HEADS:
            return True
        if not word.isalpha() or word in PREPS or word in ("and", "or"):
            return False
    return False


def _commercial_partner(s: _Sentence, last: int) -> bool:
    """The words right after the trigger name a business partner before any actor: "negotiating
    with New York bankers", "offer its commercial bank creditors"."""
    starts = {m.first for m in s.mentions}
    for j in range(last + 1, min(len(s.words), last + 6)):
        if j in starts or s.words[j] in CLAUSE_PUNCT:
            return False
        if s.words[j] in _PARTNER_HEADS:
            return True
    return False


def _quantity_after(words: list[str], after: int) -> bool:
    """A number (and unit) right after a verb: "declined to 150 mln", "rose 5 pct"."""
    preposition = after < len(words) and words[after] in ("to", "by", "from", "at")
    number = after + 1 if preposition else after
    while preposition and number < len(words) and number < after + 4 and words[number] in APPROXIMATORS:
        number += 1
    if number >= len(words) or not words[number][:1].isdigit():
        return False
    return preposition or (number + 1 < len(words) and words[number + 1] in QUANTITY_WORDS)


def _political(actor: Actor) -> bool:
    """Any actor but a business (a company, banks, markets) can take part in a political event."""
    return actor.sector != "BUS" or actor.kind == "organisation"


def _any_word(patterns: tuple[str, ...], words: set[str]) -> bool:
    for pattern in patterns:
        if pattern.endswith("*"):
            stem = pattern[:-1]
            if any(w.startswith(stem) for w in words):
                return True
        elif pattern in words:
            return True
    return False


def _object_match(words: list[str], i: int, obj: tuple[str, ...]) -> bool:
    prefix = obj[-1] == "*"
    pattern = obj[:-1] if prefix else obj
    if i + len(pattern) > len(words):
        return False
    for k, part in enumerate(pattern):
        word = words[i + k]
        if prefix and k == len(pattern) - 1:
            if not word.startswith(part):
                return False
        elif word != part:
            return False
    return True


def _find_object(
    words: list[str], entry: TriggerEntry, first: int, last: int, passive: bool, dates: frozenset[int]
) -> tuple[int, ...] | None:
    """Token positions of the first object word of ``entry`` near the trigger, or None. A date (its
    tokens are in ``dates``, with an "on" before it) does not count against the entry's window."""
    limit = min(len(words), last + 1 + max(entry.window, 1))
    j = last
    while j + 1 < limit:
        j += 1
        word = words[j]
        if word == "." and len(words[j - 1]) == 1:
            limit = min(len(words), limit + 1)
            continue  # the dots of "U.S." neither end the clause nor count as words
        if word == "-" and j > last + 1:
            limit = min(len(words), limit + 2)
            j += 1
            continue  # "the night-time curfew": a hyphenated compound is one word, and "post-war" no war
        date_end = _dated_from(words, j, dates)
        if date_end > j:
            limit = min(len(words), limit + date_end - j)
            j = date_end - 1
            continue  # a date is an adjunct, not the object: "its demand today that", "agreed on Saturday to"
        if word in (";", ":", ".") or (word in HARD_BOUNDARIES and j > last + 1):
            break
        if word not in entry.object_openers and not word.startswith(entry.object_prefixes):
            continue  # neither an object word, nor the first word of an object phrase, nor a prefix
        found = _object_at(words, j, entry)
        if found:
            return found
    if passive:
        for j in range(first - 1, max(-1, first - 1 - entry.window), -1):
            if words[j] in (";", ":", "."):
                break
            if _object_at(words, j, entry):
                return (j,)
    return None


def _dated_from(words: list[str], j: int, dates: frozenset[int]) -> int:
    """The end of the date phrase that starts at token ``j`` ("today", "on Monday"), or ``j``."""
    if j < len(words) and words[j] == "on" and j + 1 in dates:
        j += 1
    while j in dates:
        j += 1
    return j


def _object_at(words: list[str], j: int, entry: TriggerEntry) -> tuple[int, ...]:
    word = words[j]
    if word in entry.object_words:
        return (j,)
    for prefix in entry.object_prefixes:
        if word.startswith(prefix):
            return (j,)
    for phrase in entry.object_phrases:
        if word == phrase[0] and _object_match(words, j, phrase):
            return tuple(range(j, j + len(phrase) - (1 if phrase[-1] == "*" else 0)))
    return ()


def _resolve_overlaps(hits: list[_Hit], words: list[str], mention_starts: set[int]) -> list[_Hit]:
    """Drop hits covered by a longer hit or used as another hit's object; absorb complements."""
    consumed: set[int] = set()
    for hit in hits:
        if hit.object_tokens:
            consumed.update(range(hit.last + 1, max(hit.object_tokens) + 1))
    kept: list[_Hit] = []
    for hit in hits:
        if hit.first in consumed and hit.entry.pos != "verb":
            continue
        if kept and hit.first <= kept[-1].last:
            if (hit.last - hit.first) > (kept[-1].last - kept[-1].first):
                kept[-1] = hit
            continue
        kept.append(hit)
    for k, hit in enumerate(kept):
        if not hit.entry.complement or hit.absorbed:
            continue
        for later in kept[k + 1 :]:
            if later.first - hit.last > 15:
                break
            span = range(hit.last + 1, later.first)
            if any(words[j] in HARD_BOUNDARIES or words[j] in REPORTING for j in span):
                break
            if any(words[j] == "," and j + 1 in mention_starts and "and" not in words[j + 1 : later.first]
                   for j in span):
                break  # "Accusing X of …, Russia recalled …": a new clause with its own subject
            if hit.entry.yields and not hit.absorbed and later.first - hit.last <= 3:
                hit.absorbed = True  # "is ready to withdraw": the withdrawal is the (planned) event
                later.mutual = hit.entry.symmetric
                continue
            later.absorbed = True
    return kept


def _prune(hits: list[_Hit], words: list[str]) -> list[_Hit]:
    """Keep the sentence's main events: weak generic triggers yield to stronger ones; adjuncts
    (", killing …"), purposes ("… to protest") and nouns inside an earlier verb's arguments go."""
    live = [h for h in hits if not h.absorbed]
    strong = [h for h in live if not _weak(h, words)]
    if strong:
        for hit in live:
            if _weak(hit, words):
                hit.absorbed = True
    kept_before = False
    verb_before = False
    verb_end = -1
    for hit in hits:
        if hit.absorbed:
            continue
        if verb_before and _new_clause(words, verb_end + 1, hit.first):
            verb_before = False  # "Hezbollah fired rockets at Israel, and Israel responded with air strikes"
        prev = words[hit.first - 1] if hit.first > 0 else ""
        if hit.entry.pos == "verb" and hit.kind == "ing" and prev == ",":
            hit.absorbed = True  # ", allowing them to …": a participle whose subject we cannot see
            continue
        prev2 = words[hit.first - 2] if hit.first > 1 else ""
        entry = hit.entry
        if kept_before and entry.pos == "verb":
            adjunct = hit.kind == "ing" and (prev in PREPS or prev == "," or prev2 == ",")
            purpose = prev == "to" and prev2 not in PLAN_VERBS and prev2 not in BE_FORMS
            relative = any(w in RELATIVE_PRONOUNS for w in words[max(0, hit.first - 5) : hit.first])
            if adjunct or purpose or relative:
                hit.absorbed = True
        elif verb_before and entry.pos != "verb":
            hit.absorbed = True
        if not hit.absorbed:
            kept_before = True
            if entry.pos == "verb":
                verb_before, verb_end = True, hit.last
    return hits


def _new_clause(words: list[str], lo: int, hi: int) -> bool:
    """Whether words ``lo..hi`` hold the start of a coordinated clause: ";" or ", and"."""
    between = words[lo:hi]
    return ";" in between or any(word == "," and between[k + 1 : k + 2] == ["and"] for k, word in enumerate(between))


def _weak(hit: _Hit, words: list[str]) -> bool:
    """Generic triggers (low weight) and bare participles ("rebels fighting …") are weak."""
    if hit.entry.weight <= 0.5:
        return True
    if hit.entry.pos == "verb" and hit.kind == "ing" and hit.first > 0:
        before = words[max(0, hit.first - 2) : hit.first]
        return not any(w in BE_FORMS or w in ("to", "of", "for", "about", "on") for w in before)
    return False


def _governed(s: _Sentence, first: int) -> str | None:
    """The preposition heading the phrase that starts at token ``first`` (looks back 3 tokens)."""
    for j in range(first - 1, max(-1, first - 4), -1):
        if j in s.timex_tokens:
            return None  # "In June 2024 Russia and …": the preposition belongs to the date
        word = s.words[j]
        if word in PREPS and not _approximates(s.words, j):
            return word
        if word in CLAUSE_PUNCT or word in REPORTING or word in _CLAUSE_OPENERS or word == "and":
            if word == "and" and j > 0:
                continue
            return None
    return None


def _approximates(words: list[str], j: int) -> bool:
    """The preposition at ``j`` only rounds a count: "at least three Iraqis", "up to 16 Russians",
    not "at the Iraqis" or "up to Iraq"."""
    following = words[j + 1] if j + 1 < len(words) else ""
    if words[j] == "at":
        return following in ("least", "most")
    counted = following[:1].isdigit() or following in _COUNT_WORDS
    return words[j] == "to" and j > 0 and words[j - 1] == "up" and counted


def _after_bare_mention(s: _Sentence, i: int) -> bool:
    """Token ``i`` follows a mention that no preposition governs (its likely subject); not an
    adjective after an article, which modifies a noun ("the Pakistani attack", unlike "the IMF
    supports" or "the Palestinians reject")."""
    return any(m.last == i - 1 and _governed(s, m.first) is None and not _article_adjective(s, m) for m in s.mentions)


def _article_adjective(s: _Sentence, m: _Mention) -> bool:
    """A demonym adjective after an article (which the mention may include: "The Japanese")."""
    return m.mention.via == "demonym" and not m.mention.text.endswith("s") and (
        s.words[m.first] in _ARTICLES or (m.first > 0 and s.words[m.first - 1] in _ARTICLES)
    )


def _mention_ending_at(s: _Sentence, last: int) -> _Mention | None:
    for m in s.mentions:
        if m.last == last:
            return m
    return None


def _possessor_before(s: _Sentence, first: int) -> _Mention | None:
    """``A's`` (or "A" directly) right before a noun trigger, allowing two modifiers between. A city
    right before the noun is where it happens ("the Lisbon summit"), not who takes part."""
    for j in range(first - 1, max(-1, first - 4), -1):
        word = s.words[j]
        if word == "'s":
            return _mention_ending_at(s, j - 1)
        m = _mention_ending_at(s, j)
        if m is not None:
            return None if m.mention.via == "capital" else m
        if word in CLAUSE_PUNCT or word in PREPS or (word.endswith("ed") and word not in DETERMINERS) \
                or word in _IRREGULAR_PASTS:
            return None  # "the Philippines began joint exercises": a verb, so its subject, not a possessor
    return None


_IRREGULAR_PASTS = frozenset({"began", "held", "took", "gave", "made", "sent", "led", "won", "sought", "brought",
                              "broke", "fought", "kept", "met", "struck"})


def _compound_before(s: _Sentence, first: int) -> tuple[_Mention, _Mention] | None:
    """"the A–B summit": two mentions joined by a dash or slash just before a noun trigger."""
    for j in range(first - 1, max(-1, first - 4), -1):
        right = _mention_ending_at(s, j)
        if right is not None:
            if right.first >= 2 and s.words[right.first - 1] in ("-", "/"):
                left = _mention_ending_at(s, right.first - 2)
                if left is not None and left.actor.id != right.actor.id:
                    return left, right
            return None
        if s.words[j] in CLAUSE_PUNCT:
            return None
    return None


def _coordinated_before(s: _Sentence, m: _Mention) -> list[_Mention]:
    """``m`` and the mentions coordinated before it: "A, B and C" (a list needs "and"/"or")."""
    group = [m]
    joins: list[list[str]] = []
    index = m.position
    head_governed = _governed(s, m.first) is not None
    while index > 0:
        prev = s.mentions[index - 1]
        between = s.words[prev.last + 1 : group[0].first]
        if _is_join(between):
            if not head_governed and _governed(s, prev.first) is not None:
                return [m]  # "… in Bangladesh, Bhutan and Nepal": the list belongs to a phrase
            group.insert(0, prev)
            joins.append(between)
            index -= 1
        else:
            break
    if len(group) > 1 and _governed(s, group[0].first) is not None and not head_governed:
        return [m]  # "travelling to France and Italy, Funaro …": the list belongs to a phrase
    return group if not joins or _has_conjunction(joins[0]) else [m]


def _is_join(between: list[str]) -> bool:
    """Separators of coordinated actors: ",", "and", "or", "&", then at most three modifiers
    ("and the evil Gondor", ", and its ally Belarus")."""
    k = 0
    while k < len(between) and between[k] in (",", "and", "or", "&"):
        k += 1
    if k == 0:
        return False
    rest = between[k:]
    return len(rest) <= 3 and all(
        w.isalpha() and w not in PREPS and w not in REPORTING and w not in BE_FORMS and w not in _CLAUSE_OPENERS
        for w in rest
    )


def _has_conjunction(join: list[str]) -> bool:
    """Commas alone join appositions and clauses; a coordination ends with "and", "or" or "&"."""
    return any(w in ("and", "or", "&") for w in join)


def _coordinated_after(s: _Sentence, m: _Mention) -> list[_Mention]:
    group = [m]
    joins: list[list[str]] = []
    index = m.position
    while index + 1 < len(s.mentions):
        nxt = s.mentions[index + 1]
        between = s.words[group[-1].last + 1 : nxt.first]
        if _is_join(between) or between in (["and", "to"], ["and", "with"], [",", "and", "with"]):
            group.append(nxt)
            joins.append(between)
            index += 1
        else:
            break
    if not joins or _has_conjunction(joins[-1]):
        return group
    if "and" in s.words[group[-1].last + 1 : group[-1].last + 5]:
        return group  # "Iran, Libya, Sudan, and with strings attached, Cuba"
    return [m]


def _is_modifier(s: _Sentence, m: _Mention) -> bool:
    """A mention modifying a following mention: "Russian President Putin", "Lebanon's President X"."""
    index = m.position
    if index + 1 >= len(s.mentions):
        return False
    nxt = s.mentions[index + 1]
    between = s.words[m.last + 1 : nxt.first]
    if not between:
        return True
    if between[0] == "'s":
        return len(between) <= 3 and not any(w in CLAUSE_PUNCT or w in PREPS for w in between)
    if m.mention.via == "demonym" and len(between) <= 2:
        # "Russian Foreign Minister Lavrov"; a group with its own head noun ("Iranian forces smashed
        # four Iraqi brigades") modifies nothing
        return not any(w in CLAUSE_PUNCT or w in ("and", "or") or w in PREPS for w in between)
    return False


def _subject_before(s: _Sentence, first: int, noun: bool = False) -> list[_Mention]:
    """The nearest actor before the trigger that is not inside a prepositional phrase (an actor in
    an appositive — "Oshima, the UN relief coordinator, …" — only when nothing else is found)."""
    appositive: _Mention | None = None
    shared_but = None if noun else _but_without_subject(s.words, first)
    for m in reversed(s.mentions):
        if m.last >= first:
            continue
        start = m.last + 1
        if s.words[start : start + 1] == [")"] and m.first > 0 and s.words[m.first - 1] == "(":
            start += 1  # an abbreviation in brackets: "The International Labour Office (ILO) renewed its demand"
        between = s.words[start:first]
        if any(w in HARD_BOUNDARIES for k, w in enumerate(between, start) if k != shared_but):
            return []
        if noun and (len(between) > 8 or any(w in CLAUSE_PUNCT for w in between)):
            return []
        if not noun and _own_subject_after_saying(s.words, between, first):
            return []  # "Iraqi police said gunmen attacked ...": the actor is the speaker, not the doer
        if "," in between and _in_relative_clause(s.words, m.first):
            continue  # "Euronext, which combines the Paris and Lisbon exchanges, began talks"
        if _appositive(s, m, first) and _governed(s, m.first) is None:
            appositive = appositive or m
            continue
        if _governed(s, m.first) is not None or _object_position(s, m):
            continue
        if len(between) <= 4 and any(w in ECONOMIC_NOUNS for w in between) \
                and not any(w in CLAUSE_PUNCT or w in PREPS for w in between):
            continue  # "Brazil's monthly surplus declined": the head is a quantity, not the actor
        if m.last + 1 < len(s.words) and s.words[m.last + 1] == "'s" and m.last + 2 < first:
            # a possessor: "Lebanon's President X" — the head is the subject if it is an actor.
            if _is_modifier(s, m):
                continue
        elif _is_modifier(s, m) and m.position + 1 < len(s.mentions) \
                and s.mentions[m.position + 1].last < first:
            continue
        return _coordinated_before(s, m)
    return [appositive] if appositive is not None else []


_SAYING = REPORTING - {"according", "announced", "announces", "quoted", "reports", "claims", "states"}
"""Verbs of saying whose complement clause has a subject of its own: :data:`REPORTING` without
"according", "announced" and "quoted" and without the forms that are as often nouns ("reports",
"claims", "states")."""
_NOT_A_SUBJECT = frozenset({"that", *BE_FORMS, *MODALS_BASE, *ADVERBS, *NEGATION_CUES})
_SPEAKERS_OWN = frozenset({"he", "she", "it", "they", "we", "i", "his", "her", "its", "their", "our"})
_WHEN_SAID = frozenset({"on", "yesterday", "today", "tonight", "earlier", "later", "last", *CALENDAR_WORDS})
"""Words of a time phrase right after a verb of saying ("said on Sunday it had ...")."""


def _own_subject_after_saying(words: list[str], between: list[str], first: int) -> bool:
    """Whether the words between an actor and a verb trigger hold a verb of saying followed by the
    trigger's own subject ("Iraqi police said gunmen attacked"): the actor said it, someone else
    did it. The actor stays the subject when the trigger is an infinitive ("told reporters to ..."),
    when it is coordinated with the verb of saying ("said ... and attacked", "... but defended")
    and when the subject after the verb of saying is a pronoun or the actor's own ("said he
    would", "said its troops")."""
    if first > 0 and words[first - 1] == "to":
        return False
    k = len(between) - 1
    while k >= 0 and between[k] in _NOT_A_SUBJECT:
        k -= 1
    if k >= 0 and between[k] in ("and", "but"):
        return False
    for j in range(len(between) - 1, -1, -1):
        if between[j] in _SAYING:
            clause = between[j + 1:]
            if between[j] in ("told", "tells"):  # "told reporters that ...": skip the one told
                cut = next((i for i, w in enumerate(clause) if w in ("that", ",", '"')), None)
                if cut is None:
                    return False
                clause = clause[cut:]
            subject = [w for w in clause if w not in _NOT_A_SUBJECT and w not in _WHEN_SAID and w not in '",']
            return bool(subject) and subject[0] not in _SPEAKERS_OWN
    return False


def _but_without_subject(words: list[str], first: int) -> int | None:
    """Index of a "but" that the trigger's clause opens without a subject of its own ("Benin opened
    its borders, but was still refusing ...", "..., but refused"): the subject before it is shared."""
    j = first - 1
    while j >= 0 and words[j] in _AUXILIARIES_AFTER_BUT:
        j -= 1
    return j if j >= 0 and words[j] == "but" else None


def _in_relative_clause(words: list[str], first: int) -> bool:
    """Whether the words just before token ``first`` open a non-restrictive relative clause
    (", which ...", ", who ..."): an actor inside it is not the subject of the main clause."""
    for j in range(first - 1, max(0, first - 9), -1):
        if words[j] in RELATIVE_PRONOUNS:
            return words[j - 1] == ","
        if words[j] in HARD_BOUNDARIES or words[j] == ".":  # ";" is a hard boundary already
            return False
    return False


def _after_object(s: _Sentence, object_last: int, entry: TriggerEntry) -> list[_Mention]:
    """"sent a letter calling B …": the first actor shortly after the object noun."""
    for m in s.mentions:
        if m.first <= object_last:
            continue
        between = s.words[object_last + 1 : m.first]
        if len(between) > 4 or any(w in CLAUSE_PUNCT or w in REPORTING for w in between):
            return []
        prep = _governed(s, m.first)
        if prep is None or prep in entry.target_preps:
            return _coordinated_after(s, m)
        return []
    return []


def _topic_actor(state: _DocState, source: Actor) -> Actor | None:
    """The document's most mentioned actor from another country (at least three mentions)."""
    best: tuple[int, Actor] | None = None
    for count, actor in state.salience.values():
        if actor.id == source.id or (actor.country and actor.country == source.country):
            continue
        if actor.kind not in ("person", "government", "state") or count < 3:
            continue
        if best is None or count > best[0]:
            best = (count, actor)
    return best[1] if best is not None else None


def _object_position(s: _Sentence, m: _Mention) -> bool:
    """The mention follows a verb-like word ("addressed Putin"), so it is an object, not a subject."""
    j = m.first - 1
    if j >= 0 and s.words[j] in _OBJECT_DETERMINERS:
        j -= 1  # "bombed a Syrian radar site", "destroyed one Iranian oil platform"
    while j >= 0 and (s.words[j] in _COUNT_WORDS or s.words[j][:1].isdigit()):
        j -= 1  # "killed three Iraqi civilians", "wounded at least 20 Afghans"
    if j < 0:
        return False
    word = s.words[j]
    return (word.endswith("ed") and word not in DETERMINERS and len(word) > 3) or word in _VERBISH


_ARTICLES = frozenset({"the", "a", "an"})
_CANCELLING = frozenset(
    {"cancelled", "canceled", "cancels", "cancel", "cancelling", "canceling", "postponed", "postpones",
     "postpone", "scrapped", "scraps", "scrap", "shelved", "aborted"}
)
_CALLED = frozenset({"called", "calls", "call", "calling"})
_PASSIVE_BE = frozenset({"was", "were", "been", "be", "is", "are", "being"})
_OBJECT_DETERMINERS = frozenset({"the", "a", "an", "one", "its", "their", "his", "her"})
_COUNT_WORDS = frozenset({
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen",
    "dozens", "hundreds", "thousands", "scores", "of", "at", "least", "some", "about", "several", "many",
})
"""Words of a count between a verb and its object ("killed at least three ...")."""


_VERBISH = _GRAMMAR["object_taking_verbs"]


def _actors_later_in_clause(
    s: _Sentence, last: int, sources: Sequence[_Mention | Actor], max_gap: int, stops: frozenset[str]
) -> Iterator[_Mention]:
    """The mentions after token ``last`` that are not a source, in order, until one lies more than
    ``max_gap`` words away or a stop word (a clause boundary) comes first."""
    source_ids = {_actor_of(x).id for x in sources}
    for m in s.mentions:
        if m.first <= last:
            continue
        between = s.words[last + 1 : m.first]
        if len(between) > max_gap or not stops.isdisjoint(between):
            return
        if m.actor.id not in source_ids:
            yield m


_TARGET_STOPS = CLAUSE_PUNCT | HARD_BOUNDARIES | REPORTING | {"that", "who", "which"}
_PLACE_STOPS = HARD_BOUNDARIES | REPORTING
_ANSWERED_EVENT = frozenset({"response", "retaliation", "reprisal"})


def _victim_of_answered_event(s: _Sentence, last: int, m: _Mention) -> bool:
    """ "destroyed the platform in retaliation for a missile strike on the American tanker": after
    "response", "retaliation" or "reprisal" the event answered is told, and whom it hit ("on" X) is
    not the target; who did it ("Japan's failure", "an Iranian attack") is."""
    return _governed(s, m.first) == "on" and not _ANSWERED_EVENT.isdisjoint(s.words[last + 1 : m.first])


def _loose_target(s: _Sentence, last: int, sources: Sequence[_Mention | Actor]) -> list[_Mention]:
    """Fallback target: the first actor in the rest of the clause that is not a place ("in X")."""
    for m in _actors_later_in_clause(s, last, sources, 10, _TARGET_STOPS):
        if _governed(s, m.first) in ("in", "at", "near", "across", "within") or _is_modifier(s, m) \
                or _on_border(s, m) or _victim_of_answered_event(s, last, m):
            continue
        return _coordinated_after(s, m)
    return []


def _foreign_state_at(s: _Sentence, location: Place, sources: Sequence[Actor]) -> Actor | None:
    """The state named as ``location`` when no source belongs to it, else None."""
    for m in s.mentions:
        if m.mention.start == location.start:
            if m.actor.kind == "state" and all(a.country and a.country != m.actor.country for a in sources):
                return m.actor
            return None
    return None


def _natural_cause(words: list[str], first: int, last: int) -> bool:
    """A disaster or accident does the killing: its noun shortly before the trigger in the clause
    ("a drought has killed", "the tsunami which killed") or right after "in" ("were killed in an
    earthquake", "died in a car crash")."""
    for j in range(first - 1, max(-1, first - 5), -1):
        if words[j] in DISASTER_WORDS:
            return True
        if words[j] in CLAUSE_PUNCT:
            break
    after = words[last + 1 : last + 5]
    return after[:1] == ["in"] and not DISASTER_WORDS.isdisjoint(after)


def _on_border(s: _Sentence, m: _Mention) -> bool:
    """ "a stronghold on the Thai border", "camps along the Iraqi frontier": a demonym naming a border
    where something happens, not the country it happens to."""
    after = s.words[m.last + 1] if m.last + 1 < len(s.words) else ""
    return m.mention.via == "demonym" and after in _BORDER_NOUNS and _governed(s, m.first) in _BORDER_PREPS


_BORDER_NOUNS = frozenset({"border", "borders", "frontier"})
_BORDER_PREPS = frozenset({"on", "along", "near", "at"})


def _speaker_before(s: _Sentence, addressee: _Mention) -> _Mention | None:
    """"A said/declared (that) B must …": A, the first bare actor before the reporting verb."""
    words = s.words[: addressee.first]
    if not any(w in REPORTING or w in DECLARING for w in words):
        return None
    for m in s.mentions:
        if m.last >= addressee.first:
            break
        between = s.words[m.last + 1 : addressee.first]
        if _governed(s, m.first) is None and any(w in REPORTING or w in DECLARING for w in between):
            return m
    return None


def _place_after(s: _Sentence, last: int, sources: Sequence[_Mention | Actor]) -> list[_Mention]:
    """No target: the place the action happens in ("lifted the curfew in Montenegro")."""
    for m in _actors_later_in_clause(s, last, sources, 15, _PLACE_STOPS):
        if m.actor.kind in ("state", "government") and _governed(s, m.first) in ("in", "at", "inside", "throughout"):
            return [m]
    return []


def _appositive(s: _Sentence, m: _Mention, first: int) -> bool:
    """``m`` sits in ", a key ally of X," between the subject and the verb."""
    left = next((j for j in range(m.first - 1, -1, -1) if s.words[j] == ","), None)
    right = next((j for j in range(m.last + 1, first) if s.words[j] == ","), None)
    if left is None or right is None or left + 1 >= len(s.words):
        return False
    return s.words[left + 1] in ("a", "an", "the", "who", "which", "whose")


def _subject_after_comma(s: _Sentence, last: int) -> _Mention | None:
    """The bare actor right after the comma that closes a sentence-initial participle clause."""
    comma = next((j for j in range(last + 1, len(s.words)) if s.words[j] == ","), None)
    if comma is None:
        return None
    for m in s.mentions:
        if m.first > comma:
            if m.first - comma <= 3 and _governed(s, m.first) is None:
                return m
            return None
    return None


def _be_before(words: list[str], first: int) -> bool:
    return any(w in BE_FORMS for w in words[max(0, first - 2) : first])


def _governed_subject(s: _Sentence, first: int) -> list[_Mention]:
    """No bare subject: the first actor of the clause even inside a phrase ("groups in Zimbabwe")."""
    candidates = []
    for m in reversed(s.mentions):
        if m.last >= first:
            continue
        between = _without_name_appositive(s, m.last + 1, first)
        if any(w in HARD_BOUNDARIES or w in REPORTING or w in (",", "that") for w in between):
            break
        if m.mention.via == "capital" and _governed(s, m.first) in _WHERE:
            continue  # "The bombing in Baghdad killed ...": a place, not the government
        candidates.append(m)
    return _coordinated_after(s, candidates[-1]) if candidates else []



def _without_name_appositive(s: _Sentence, lo: int, hi: int) -> list[str]:
    """The words ``lo..hi`` without a name between two commas right before the verb at ``hi`` ("A
    member of the Syrian parliament, Mohammed Mamoun, started ..."): the name is the subject's, and
    its commas close no clause."""
    words = s.words[lo:hi]
    if words.count(",") == 2 and words[-1] == ",":
        opening = words.index(",")
        closing = len(words) - 1
        inner = range(lo + opening + 1, lo + closing)
        if 1 <= len(inner) <= 4 and all(s.words[k].isalpha() and _capitalised(s, k) for k in inner):
            return words[:opening] + words[closing + 1 :]
    return words


def _antecedent(s: _Sentence, first: int, pronoun: str) -> _Mention | None:
    """"X said he/it …": the bare actor before the pronoun in the same sentence."""
    position = max((j for j in range(first) if s.words[j] == pronoun), default=-1)
    persons = pronoun in ("he", "she")
    for m in reversed(s.mentions):
        if m.last >= position:
            continue
        if _governed(s, m.first) is not None or _is_modifier(s, m):
            continue
        if _personal(m) == persons:
            return m
    return None


def _personal(m: _Mention) -> bool:
    """A person, or an office holder named by the title alone ("South Korea's president", "the
    Iranian foreign minister"): "he" or "she" may refer to it, "it" may not."""
    return m.actor.kind == "person" or m.mention.via == "title"


def _pronoun_subject(s: _Sentence, first: int) -> str | None:
    """A subject pronoun right before the trigger, or opening the sentence."""
    for j in range(first - 1, max(-1, first - 4), -1):
        word = s.words[j]
        if word in ("he", "she", "it", "they"):
            return word
        if word in CLAUSE_PUNCT:
            break
    if s.words and s.words[0] in ("he", "she", "they") and not any(
        w in HARD_BOUNDARIES or w in REPORTING for w in s.words[1:first]
    ):
        return s.words[0]
    return None


def _pair_subject(s: _Sentence, first: int) -> bool:
    """"the two nations", "both countries" before the trigger."""
    for j in range(max(0, first - 8), first):
        if s.words[j] in PAIR_NOUNS and j > 0 and s.words[j - 1] in ("two", "both"):
            return True
    return False


def _agent_after(s: _Sentence, last: int) -> list[_Mention]:
    for j in range(last + 1, min(len(s.words), last + 10)):
        if s.words[j] in CLAUSE_PUNCT:
            return []
        if s.words[j] == "by":
            for m in s.mentions:
                if m.first > j and m.first - j <= 4:
                    return _coordinated_after(s, m)
            return []
    return []


def _targets_after(
    s: _Sentence, last: int, entry: TriggerEntry, sources: Sequence[_Mention | Actor]
) -> list[_Mention]:
    source_ids = {_actor_of(x).id for x in sources}
    fallback: _Mention | None = None
    for m in s.mentions:
        if m.first <= last:
            continue
        between = s.words[last + 1 : m.first]
        if len(between) > 15 or any(w in HARD_BOUNDARIES or w in REPORTING or w in (".",) for w in between):
            break
        if m.actor.id in source_ids or _on_border(s, m) or _victim_of_answered_event(s, last, m):
            continue
        if "that" in between[:-3]:
            break
        if "," in between and entry.pos == "verb" and (
            entry.target_preps == DEFAULT_VERB_PREPS or _governed(s, m.first) not in entry.target_preps
        ):
            break
        prep = _governed(s, m.first)
        if prep is not None and _governed_index(s, m.first) <= last:
            prep = None
        comma = "," in between
        if prep is None:
            if entry.direct and not comma:
                if _is_modifier(s, m):
                    continue
                return _coordinated_after(s, m)
            if fallback is None and not comma and not _is_modifier(s, m):
                fallback = m
            continue
        if prep in entry.target_preps:
            return _coordinated_after(s, m)
        if prep in ("in", "at") and entry.place_target:
            return [m]
        if prep == "of" and fallback is None and not comma:
            fallback = m
    if fallback is not None and entry.pos == "verb" and not entry.direct:
        return []
    return [fallback] if fallback is not None else []


def _of_object(s: _Sentence, object_last: int) -> _Mention | None:
    """The actor in an "of" phrase right after a verb trigger's object noun ("the withdrawal of
    Serbian forces", "the release of British sailors"): the one the object is about."""
    j = object_last + 1
    if j >= len(s.words) or s.words[j] != "of":
        return None
    j += 1
    if j < len(s.words) and s.words[j] in DETERMINERS:
        j += 1
    return next((m for m in s.mentions if m.first == j), None)


def _governed_index(s: _Sentence, first: int) -> int:
    for j in range(first - 1, max(-1, first - 4), -1):
        if s.words[j] in PREPS:
            return j
    return -1


def _between_after(s: _Sentence, last: int) -> tuple[_Mention, _Mention] | None:
    """"between A and B" shortly after the trigger."""
    for j in range(last + 1, min(len(s.words), last + 6)):
        if s.words[j] == "between":
            after = [m for m in s.mentions if m.first > j and m.first - j <= 3]
            if after:
                group = _coordinated_after(s, after[0])
                if len(group) >= 2:
                    return group[0], group[1]
            return None
        if s.words[j] in CLAUSE_PUNCT:
            return None
    return None


def _ellipsis_sources(s: _Sentence, last: int) -> list[_Mention]:
    """"…, as did C (and D)" after the trigger."""
    for j in range(last + 1, min(len(s.words) - 1, last + 12)):
        if s.words[j] == "as" and s.words[j + 1] in ("did", "has", "have", "had", "do", "does"):
            after = [m for m in s.mentions if m.first > j + 1 and m.first - (j + 1) <= 3]
            if after:
                return _coordinated_after(s, after[0])
            return []
    return []


def _resident(s: _Sentence, x: _Mention | Actor) -> Actor:
    """"(ethnic) Albanians in southern Serbia": a people named by a demonym and placed in a state
    acts as that state's civilians (the CAMEO way of coding minorities)."""
    if isinstance(x, Actor):
        return x
    m = x
    if m.mention.via not in ("demonym", "demonym_group") or not m.mention.text.endswith("s"):
        return m.actor
    if m.actor.sector not in (None, "CVL"):
        return m.actor  # "US officials in Baghdad" are still American officials
    j = m.last + 1
    if j >= len(s.words) or s.words[j] not in ("in", "of"):
        return m.actor
    for other in s.mentions:
        if j < other.first <= j + 3 and other.actor.kind in ("state", "government") and other.actor.country \
                and other.actor.country != m.actor.country:
            country = other.actor.country
            return Actor(id=f"group:{country}-{m.actor.country or 'X'}-people", name=f"{m.mention.text} in {country}",
                         kind="group", country=country, sector="CVL", cameo=f"{country}CVL")
    return m.actor


def _domestic_target(s: _Sentence, source: Actor, code: str, trigger_end: int | None) -> Actor | None:
    """Protests are aimed at the protesters' own government and curfews, bans and arrests at the
    country's own people when the sentence names no foreign actor (the CAMEO default). Rebels a
    government's forces fight or arrest without saying whose they are ("the army killed 12
    communist rebels") are that country's rebels."""
    country = source.country
    if not country or any(m.actor.country not in (None, country) for m in s.mentions):
        return None
    if trigger_end is not None and code[:2] in _FORCE_ROOTS and (
        source.sector in _STATE_FORCES or source.kind in ("state", "government")
    ):
        sector = _armed_group_object(s, trigger_end)
        if sector is not None:
            return country_group(country, sector)
    if code.startswith("14") and source.sector != "GOV":
        return country_group(country, "GOV")
    if code.startswith("17") or code.startswith("081"):
        return _civilians(country)
    return None


def _same_party_codes(cameo: str) -> tuple[str, ...]:
    """The codes of one party: a state (``MAR``) and its government (``MARGOV``) are one party."""
    if len(cameo) == 3:
        return cameo, cameo + "GOV"
    if len(cameo) == 6 and cameo.endswith("GOV"):
        return cameo, cameo[:3]
    return (cameo,)


def _civilians(country: str) -> Actor:
    return country_group(country, "CVL")


def _homes(actor: Actor) -> tuple[str | None, str | None]:
    """An actor's country and the country of its CAMEO code (a Soviet actor is coded RUS)."""
    return actor.country, actor.cameo[:3] if actor.cameo else None


def _object_before_instrument(s: _Sentence, first: int, sources: Sequence[_Mention | Actor]) -> list[_Mention]:
    """ "guerrillas wounded two British soldiers in a bomb attack": the attack noun after "in a"
    names how; its victims are the object of the verb before it."""
    if first < 2 or s.words[first - 1] not in _ARTICLES or s.words[first - 2] not in ("in", "by", "with"):
        return []
    source_ids = {_actor_of(x).id for x in sources}
    for m in reversed(s.mentions):
        if m.last >= first - 2:
            continue
        if m.actor.id in source_ids or not _object_position(s, m):
            return []
        return [m]
    return []


def _armed_arrival(s: _Sentence, source: _Mention, trigger: int) -> str | None:
    """Whether the subject of a visit verb is an armed force, by its head noun: "peacekeepers" when it
    keeps the peace ("Bangladeshi peacekeeping troops arrived"), "troops" for other soldiers
    ("American troops have arrived", "the Russian army arrived"), else None (a minister, a
    delegation, "the army chief")."""
    phrase = s.words[source.first : trigger]
    while phrase and (phrase[-1] in BE_FORMS or phrase[-1] in MODALS_BASE or phrase[-1] in ADVERBS):
        phrase.pop()  # "have", "will", "finally" before the verb
    if not phrase:
        return None
    if phrase[-1].startswith("peacekeep") or (phrase[-1] in TROOP_WORDS and any(
            word.startswith("peacekeep") for word in phrase)):
        return "peacekeepers"
    return "troops" if phrase[-1] in TROOP_WORDS else None


def _minority_elsewhere(s: _Sentence, x: _Mention | Actor, country: str) -> bool:
    """ "ethnic Albanians" (a people named by a demonym after "ethnic") acting in another country."""
    return isinstance(x, _Mention) and x.mention.via in ("demonym", "demonym_group") and x.first > 0 \
        and s.words[x.first - 1] == "ethnic" and x.actor.country not in (None, country)


def _unidentified_forces(country: str) -> Actor:
    return country_group(country, "UAF")


def _armed_group_object(s: _Sentence, trigger_end: int) -> str | None:
    """ "killed 12 communist rebels", "shelled separatist positions": the sector (REB or SEP) of an
    armed group the object names by its arms alone; None when the object is anything else."""
    words = s.words
    named = {m.first for m in s.mentions}
    for j in range(trigger_end + 1, min(len(words), trigger_end + 7)):
        word = words[j]
        if j in named or word in CLAUSE_PUNCT or word in _ADJUNCT_OPENERS:
            return None
        if word in ARMED_GROUP_WORDS:
            return "SEP" if word.startswith("separatist") else "REB"
    return None


def _official(x: _Mention | Actor) -> bool:
    """A government, or a state named as such ("France", not the people "French" or "Palestinians")."""
    actor = _actor_of(x)
    if actor.kind == "government" or actor.sector == "GOV":
        return True
    via = x.mention.via if isinstance(x, _Mention) else None
    return actor.kind == "state" and via not in ("demonym", "demonym_group")


def _or_none(actors: list[Actor]) -> list[Actor | None]:
    return list(actors) if actors else [None]


def _actor_of(x: _Mention | Actor) -> Actor:
    return x.actor if isinstance(x, _Mention) else x


def _is_passive(words: list[str], i: int, form: _Form | None, kind: str | None = None) -> bool:
    kind = form.form_kind if form is not None else kind
    if kind != "past":
        return False
    j = i - 1
    while j > 0 and (words[j] in ADVERBS or words[j] in _DEGREE_ADVERBS):
        j -= 1
    if j >= 0 and words[j] == "," and i + 1 < len(words) and words[i + 1] in _AGENT_OR_CHARGE:
        # a reduced relative: "Hong Kong, supported by developing countries, ...", "Iran, accused of
        # backing the rebels, ...", "an Australian, previously accused of terrorist offences, ..."
        return True
    for j in range(i - 1, max(-1, i - 3), -1):
        word = words[j]
        if word in ("was", "were", "is", "are", "been", "being", "be", "get", "got"):
            return True
        if not (word.endswith("ly") or word in ADVERBS or word == "not"):
            return False
    return False


_AGENT_OR_CHARGE = frozenset({"by", "of", "for", "over"})
"""Prepositions after a participle between commas that make it passive ("accused of", "criticised
for", "supported by"); "opposed to", "promised to", "arrived from" stay active."""
_DEGREE_ADVERBS = frozenset({
    "previously", "strongly", "widely", "initially", "openly", "repeatedly", "heavily", "sharply",
    "fiercely", "firmly", "roundly", "harshly", "long",
})


def _subject_suffered(words: list[str], first: int) -> bool:
    """Whether the subject before the noun trigger at token ``first`` underwent it: the trigger is in
    the "by" phrase of a passive verb ("were killed by an improvised explosive device"), or names how
    the subject was harmed ("were killed in a suicide bombing", "died in an attack")."""
    for j in range(first - 1, max(-1, first - 5), -1):
        word = words[j]
        if word == "by":
            return j > 1 and _is_passive(words, j - 1, None, "past")
        if word == "in":
            verb = words[j - 1] if j > 0 else ""
            return verb in VICTIM_VERBS and (verb in ("died", "perished") or _is_passive(words, j - 1, None, "past"))
        if word in CLAUSE_PUNCT:
            return False
    return False


def _modality(words: list[str], first: int, kind: str) -> tuple[Modality, bool]:
    """The modality of the trigger at ``first`` and whether it is a refusal ("will not X")."""
    negated = planned = hypothetical = reported = failed = denied = False
    lo = max(0, first - 7)
    window = words[lo:first]
    for k, word in enumerate(window):
        nxt = window[k + 1] if k + 1 < len(window) else ""
        if word in CLAUSE_PUNCT and word != "\u201c":
            negated = planned = hypothetical = reported = denied = False
            continue
        if word in DENY_VERBS:
            denied = True
        elif denied and word == "that":
            negated = True  # "denied (accusations) that it had supplied weapons": said not to have happened
        elif word in NEGATION_CUES or (word in FAIL_VERBS and nxt == "to"):
            negated = True
            failed = failed or word in FAIL_VERBS
        elif word in PLANNED_CUES or (word in PLAN_VERBS and nxt in ("to", "for")) or (
            word in ("is", "are", "was", "were") and nxt == "to"
        ):
            planned = True
        elif word in HYPOTHETICAL_CUES or (word in _CAPACITY_NOUNS and nxt == "to"):
            hypothetical = True  # "could", "if", and "the right to veto legislation": a power, not an act
        elif word in REPORTED_CUES:
            reported = True
    if first >= 1 and words[first - 1] in DENY_VERBS and kind == "ing":
        negated = True
    hearsay = ("reported", "said", "believed")
    if (first >= 2 and words[first - 2] in hearsay and words[first - 1] == "to") or (
        first >= 3 and words[first - 3] in hearsay and words[first - 2] == "to"
    ):
        reported, planned = True, False
    if negated and (planned or failed):
        return "asserted", True  # "will not meet", "failed to reach agreement": refusals
    if negated:
        return "negated", False
    if hypothetical:
        return "hypothetical", False
    if planned:
        return "planned", False
    if reported:
        return "reported", False
    return "asserted", False


_CAPACITY_NOUNS = frozenset({"right", "power", "powers", "authority", "ability", "capacity", "mandate"})


def _called_off(words: list[str], first: int, last: int) -> bool:
    """A noun event called off: "cancelled a planned visit", "called off the talks" (a cancelling
    verb a few words before), or "the summit was postponed" (after it, in the passive)."""
    for k in range(first - 1, max(-1, first - 4), -1):
        if words[k] in _CANCELLING or (words[k] == "off" and k > 0 and words[k - 1] in _CALLED):
            return True
        if words[k] in CLAUSE_PUNCT:
            break
    for k in range(last + 1, min(len(words), last + 9)):
        word = words[k]
        if word in CLAUSE_PUNCT or word in HARD_BOUNDARIES:
            return False
        if (word in _CANCELLING or (word in _CALLED and k + 1 < len(words) and words[k + 1] == "off")) \
                and words[k - 1] in _PASSIVE_BE:
            return True
    return False


def _is_past(words: list[str], first: int, kind: str) -> bool:
    if kind == "past":
        return True
    return any(w in ("had", "has", "have", "did", "was", "were") for w in words[max(0, first - 3) : first])


def _simple_past(words: list[str], first: int, kind: str) -> bool:
    if kind not in {"past", "other"}:
        return False
    return not any(w in ("has", "have") for w in words[max(0, first - 3) : first])


def _datable(timex: TimeExpression) -> bool:
    return timex.type in ("DATE", "TIME") and timex.value is not None and timex.interval_start is not None


_NOUN_PHRASE_OPENERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "'s"})
_NOT_A_NOUN = PREPS | BE_FORMS | REPORTING | _CLAUSE_OPENERS | {"and", "or", "but", "than", "to"}


_TIME_FRAME_PREPS = frozenset(
    {"in", "during", "at", "after", "before", "since", "following", "until", "under", "throughout", "amid"}
)


def _dates_another_noun(s: _Sentence, timex: TimeExpression, hit: _Hit) -> bool:
    """Whether a date sits inside a noun phrase that is not the trigger's ("rejected the basis of a
    1956 convention", "defied the September agreement"): it dates that noun, not the event.

    A noun trigger or the trigger's own object right after it keeps it ("the 2003 invasion",
    "signed the June 2024 treaty"), and so does a noun phrase that frames the time of the clause
    ("during his 2004 campaign, he pledged", "under a February 21 deal, Bally agreed", "since their
    February talks, where they agreed").
    """
    first = _token_at(s, timex.start)
    if first == 0 or s.words[first - 1] not in _NOUN_PHRASE_OPENERS:
        return False
    after = _token_at(s, timex.end - 1) + 1
    if after >= len(s.words) or not s.words[after].isalpha() or s.words[after] in _NOT_A_NOUN:
        return False
    if after <= hit.first <= after + 2 or any(after <= token <= after + 2 for token in hit.object_tokens):
        return False
    # "after his party's 2001 election defeat": the preposition may stand before a possessor
    reach = 4 if s.words[first - 1] == "'s" else 1
    if any(word in _TIME_FRAME_PREPS for word in s.words[max(0, first - 1 - reach) : first - 1]):
        return False
    if hit.first <= after:
        return True
    following = s.words[after + 1 : after + 4]  # "the December accord, under which OPEC agreed"
    return not any(
        word in ("where", "when") or (word in _TIME_FRAME_PREPS and following[i + 1 : i + 2] == ["which"])
        for i, word in enumerate(following)
    )


def _token_at(s: _Sentence, offset: int) -> int:
    return max(0, bisect_right(s.starts, offset) - 1)


def _shift_week(timex: TimeExpression, ref: dt.date, days: int) -> tuple[str, str, str] | None:
    """Move a weekday resolved on the wrong side of the reference date by a week (``days`` = ±7)."""
    if timex.granularity != "day" or not timex.relative or timex.interval_start is None:
        return None
    try:
        day = dt.date.fromisoformat(timex.interval_start) + dt.timedelta(days=days)
    except ValueError:
        return None
    if (days < 0 and day > ref) or (days > 0 and day < ref):
        return None
    return day.isoformat(), day.isoformat(), (day + dt.timedelta(days=1)).isoformat()


def _future(date: EventDate, ref: dt.date | None) -> bool:
    """The event date lies wholly after the reference date."""
    return ref is not None and date.provenance in ("explicit", "relative") and date.start is not None \
        and date.start > ref.isoformat()


def _publication(ref: dt.date | None) -> EventDate:
    if ref is None:
        return EventDate(value=None, provenance="publication")
    return EventDate(
        value=ref.isoformat(), start=ref.isoformat(), end=(ref + dt.timedelta(days=1)).isoformat(),
        granularity="day", provenance="publication",
    )


def _location(s: _Sentence, hit: _Hit, gazetteer: Gazetteer) -> Place | None:
    """Where the event happened: "in Beijing" (a capital or state the linker found right after "in"
    or "at"), else the place nearest the trigger that a preposition introduces, from the gazetteer
    ("near the town of Samarra", "in mostly Christian eastern Beirut") or named by a demonym ("the
    Iraqi city of Basra")."""
    words = s.words
    named = [
        m for m in s.mentions
        if abs(m.first - hit.last) <= 12 and m.first > 0 and words[m.first - 1] in ("in", "at")
        and (m.mention.via == "capital" or m.actor.kind == "state")
        and not _boundary_between(words, m.first, m.last, hit)
    ]
    if named:
        m = min(named, key=lambda m: _distance(m.first, m.last, hit))
        return Place(name=m.mention.text, country=m.actor.country, start=m.mention.start, end=m.mention.end)
    candidates: list[tuple[int, int, str | None]] = []  # first and last token, country
    inside: set[int] = set()
    for m in s.mentions:
        inside.update(range(m.first, m.last + 1))
        if m.mention.via == "demonym":
            if m.last + 3 < len(words) and words[m.last + 1] in _PLACE_NOUNS and words[m.last + 2] == "of" \
                    and _capitalised(s, m.last + 3):
                last = m.last + 3
                while last + 1 < len(words) and _capitalised(s, last + 1):
                    last += 1
                candidates.append((m.last + 3, last, m.actor.country))
        elif (m.mention.via == "capital" or m.actor.kind == "state") and _introduced_place(words, m.first):
            candidates.append((m.first, m.last, m.actor.country))
    for j in range(max(0, hit.first - _PLACE_REACH - 4), min(len(words), hit.last + _PLACE_REACH + 1)):
        if j in inside or not _capitalised(s, j):
            continue
        found = gazetteer.match(words, j)
        if found is not None and _introduced_place(words, j) and not _inside_a_name(s, j, found[1]):
            candidates.append((j, found[1], found[0].country))
    candidates = [c for c in candidates if not _boundary_between(words, c[0], c[1], hit)]
    if not candidates:
        return None
    first, last, country = min(candidates, key=lambda c: _distance(c[0], c[1], hit))
    if _distance(first, last, hit) > _PLACE_REACH:
        return None
    return Place(name=s.span_text(first, last), country=country, start=s.starts[first], end=s.ends[last])


def _distance(first: int, last: int, hit: _Hit) -> int:
    return hit.first - last if last < hit.first else max(0, first - hit.last)


def _boundary_between(words: list[str], first: int, last: int, hit: _Hit) -> bool:
    """A clause break (";", "but", "while", ", and" ...) between the trigger and a place: another
    clause's place."""
    lo, hi = (last + 1, hit.first) if last < hit.first else (hit.last + 1, first)
    return not HARD_BOUNDARIES.isdisjoint(words[lo:hi]) or _new_clause(words, lo, hi)


def _introduced_place(words: list[str], j: int) -> bool:
    """A preposition of place before token ``j``, over descriptive words only: "in Samarra", "near
    the town of Samarra", "in mostly Shiite eastern Baghdad"; not "the Council of Britain"."""
    k = j - 1
    while k >= 0 and k >= j - 4 and words[k] in _PLACE_MODIFIERS:
        k -= 1
    if k < 0:
        return False
    if words[k] == "of":
        return k > 0 and (words[k - 1] in _PLACE_NOUNS or words[k - 1] in _PLACE_PARTS)
    return words[k] in _PLACE_PREPS


def _inside_a_name(s: _Sentence, first: int, last: int) -> bool:
    """Tokens ``first..last`` are part of a longer word ("Jos" of "José") or name ("Ricardo Lagos",
    "Mount Sinai Hospital"), not a place name of their own."""
    text, words = s.text, s.words
    start, end = s.starts[first], s.ends[last]
    if (start and text[start - 1].isalpha()) or text[end : end + 1].isalpha():
        return True
    before = first - 1
    if before >= 0 and words[before].isalpha() and _capitalised(s, before) \
            and words[before] not in _PLACE_PREPS and words[before] not in DETERMINERS:
        return True
    return last + 1 < len(words) and words[last + 1].isalpha() and _capitalised(s, last + 1)


def _capitalised(s: _Sentence, j: int) -> bool:
    return s.text[s.starts[j]].isupper()
