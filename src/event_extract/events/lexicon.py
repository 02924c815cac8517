"""The trigger lexicon: words and phrases that signal an event, with their argument frames.

Entries live in ``data/triggers.jsonl`` (schema in ``data/README.md``). Each entry is expanded
once into its surface forms (verb inflections, noun plurals, explicit forms) and indexed by its
first token, so matching a sentence is one dictionary look-up per token.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import accumulate
from pathlib import Path

from event_extract.events.ontology import EventDataError, Ontology

__all__ = ["DEFAULT_VERB_PREPS", "TOKEN", "Lexicon", "TriggerEntry", "lowers_in_place", "token_columns", "tokenize"]

# Words, possessive 's, numbers and single punctuation marks; each alternative is linear.
TOKEN = re.compile(r"[A-Za-z]+|['’]s\b|\d+(?:[.,:/]\d+)*|\S")


_POS = frozenset({"verb", "noun", "fixed"})
_KEYS = frozenset(
    {"phrase", "pos", "code", "forms", "irregular", "objects", "context", "window", "symmetric",
     "target_preps", "direct", "intent", "converse", "complement", "place_target", "weight", "comment",
     "ignore", "subject_is_target", "yields"}
)
DEFAULT_VERB_PREPS = ("to", "with", "on", "against", "from", "for", "toward", "towards", "into", "over")
_DEFAULT_NOUN_PREPS = ("to", "with", "on", "against", "between", "toward", "towards", "for")


_DASHES = {"\u2013": "-", "\u2014": "-"}


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
    """Lower-cased tokens of ``text[start:end]`` with offsets into ``text``; "didn't" gives "did" +
    "not", "’s" gives "'s"."""
    stop = len(text) if end is None else end
    if text.find("'", start, stop) == -1 and text.find("\u2019", start, stop) == -1:
        # No apostrophes (most sentences): no contractions or possessives to rewrite.
        return [(_DASHES.get(word, word.lower()), match.start(), match.end())
                for match in TOKEN.finditer(text, start, stop) for word in (match.group(),)]
    out: list[tuple[str, int, int]] = []
    append = out.append
    for match in TOKEN.finditer(text, start, stop):
        word = match.group()
        w_start, w_end = match.span()
        if word in ("'", "’") and out and w_end < stop and text[w_end] in ("t", "T") \
                and (w_end + 1 == stop or not text[w_end + 1].isalpha()):
            previous, p_start, p_end = out[-1]
            if previous.endswith("n") and p_end == w_start and len(previous) > 1:
                stem = previous[:-1] if previous not in ("can", "won") else {"can": "can", "won": "will"}[previous]
                out[-1] = (stem, p_start, p_end - 1)
                append(("not", p_end - 1, w_end + 1))
                continue
        if word == "t" and out and out[-1][0] == "not" and out[-1][2] == w_end:
            continue
        lowered = word.lower()
        if lowered == "’s":
            lowered = "'s"
        elif lowered in ("–", "—"):
            lowered = "-"
        append((lowered, w_start, w_end))
    return out


# Characters whose lower case, inside a whole text, is not what ``tokenize`` gives for the token alone:
# the Kelvin sign lowers to an ASCII "k" (joining a letter run) and a capital sigma lowers by context.
_CONTEXT_LOWERING = ("\u212a", "\u03a3")
# TOKEN's possessive matches a lower-case "s" only: "JAPAN'S" gives "'" + "s", but "'s" once lowered.
_UPPER_POSSESSIVES = ("'S", "\u2019S")
_NORMALISED = {"\u2019s": "'s", **_DASHES}
_TOKEN_GROUP = re.compile(f"({TOKEN.pattern})")
# TOKEN on lower-case ASCII text, but a run of words separated by single spaces is one item.
_PHRASE_GROUP = re.compile(r"([a-z]+(?: [a-z]+)*+|['’]s\b|\d+(?:[.,:/]\d+)*|\S)")


def lowers_in_place(text: str, lowered: str) -> bool:
    """``lowered`` (``text.lower()``) lowers ``text`` character by character, so a slice of it is the
    lowered slice of ``text`` and, but for upper-case possessives, tokenises like it (see
    :func:`token_columns`)."""
    if text.isascii():
        return True
    return len(lowered) == len(text) and not any(char in text for char in _CONTEXT_LOWERING)


def token_columns(
    text: str, lowered: str | None, start: int, end: int
) -> tuple[list[str], list[int], list[int]]:
    """The tokens of ``tokenize(text, start, end)`` as three lists: words, start and end offsets.

    ``lowered`` is ``text.lower()`` when :func:`lowers_in_place` holds, else None. With it, a span
    without contractions or upper-case possessives is tokenised by the regex alone, without
    per-token Python work.
    """
    segment = lowered[start:end] if lowered is not None else ""
    # Contractions, or upper-case possessives (which lower to "'s", so ``text`` is searched only then).
    if lowered is None or "'t" in segment or "\u2019t" in segment or (
        ("'s" in segment or "\u2019s" in segment)
        and any(text.find(mark, start, end) != -1 for mark in _UPPER_POSSESSIVES)
    ):
        tokens = tokenize(text, start, end)
        return [word for word, _, _ in tokens], [first for _, first, _ in tokens], [last for _, _, last in tokens]
    # Split keeps the tokens (odd items) with the text between them (even items), so running sums
    # of the item lengths give every token's offsets.
    if segment.isascii() and segment.isprintable() and "  " not in segment \
            and not segment.startswith(" ") and not segment.endswith(" "):
        # Every gap between tokens is "" or one space (the common case), so the regex may take a run of
        # words and single spaces as one item: a few matches instead of one per word. The same items
        # come back when the runs are split at their spaces, with NUL (not printable, so not in the
        # text) marking item boundaries and each one-space gap kept as a tab of the same length.
        parts = "\0".join(_PHRASE_GROUP.split(segment)).replace("\0 \0", "\0\t\0").replace(" ", "\0 \0").split("\0")
    else:
        parts = _TOKEN_GROUP.split(segment)
    offsets = list(accumulate(map(len, parts), initial=start))
    words = parts[1::2]
    if not lowered.isascii() and any(lowered.find(mark, start, end) != -1 for mark in _NORMALISED):
        words = [_NORMALISED.get(word, word) for word in words]
    return words, offsets[1:-1:2], offsets[2::2]


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(token for token, _, _ in tokenize(phrase))


@lru_cache(maxsize=4096)
def _phrase_length(phrase: str) -> int:
    """Tokens in a trigger phrase (cached: specificities are compared while matching sentences)."""
    return len(_words(phrase))


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    """One trigger: its phrase, CAMEO code and argument frame."""

    phrase: str
    pos: str
    code: str
    objects: tuple[tuple[str, ...], ...] = ()
    context: tuple[str, ...] = ()
    window: int = 6
    symmetric: bool = False
    target_preps: tuple[str, ...] = ()
    direct: bool = True
    intent: str | None = None
    converse: str | None = None
    complement: bool = False
    yields: bool = False
    place_target: bool = False
    ignore: bool = False
    subject_is_target: bool = False
    weight: float = 0.7
    order: int = 0
    source: str = ""
    object_words: frozenset[str] = frozenset()
    object_prefixes: tuple[str, ...] = ()
    object_phrases: tuple[tuple[str, ...], ...] = ()
    object_openers: frozenset[str] = frozenset()  # the exact object words and the first words of object phrases

    @property
    def specificity(self) -> tuple[int, int, int, int, int]:
        """How specific the entry is; the most specific matching entry wins (a verb reading beats a
        noun reading of the same form when the verb reading passes the part-of-speech check)."""
        return (_phrase_length(self.phrase), bool(self.objects), bool(self.context), self.pos == "verb", self.order)


@dataclass(slots=True)
class _Form:
    words: tuple[str, ...]
    entry: TriggerEntry
    form_kind: str  # base, s, past, ing, other


@dataclass(slots=True)
class _AnchorNeeds:
    """What the entries sharing an anchor word need besides it to fire (for pre-filtering)."""

    free: bool = False  # some entry needs nothing else
    object_words: set[str] = field(default_factory=set)  # exact objects and first words of object phrases
    object_prefixes: tuple[str, ...] = ()  # objects given as prefixes ("sanction*")


@dataclass(slots=True)
class Lexicon:
    """All trigger entries indexed by the first token of each surface form."""

    entries: list[TriggerEntry] = field(default_factory=list)
    index: dict[str, list[_Form]] = field(default_factory=dict)
    # One distinctive word per form, with what its entries need, for pre-filtering sentences.
    anchors: dict[str, _AnchorNeeds] = field(default_factory=dict)
    anchor_words: frozenset[str] = frozenset()  # the keys of ``anchors``, as a set for fast intersections
    free_anchors: frozenset[str] = frozenset()  # the anchors some entry of which needs nothing else

    @classmethod
    def load(cls, ontology: Ontology, extra: Sequence[Path] = ()) -> Lexicon:
        """The packaged lexicon plus ``extra`` files (same JSONL schema), checked against ``ontology``."""
        lexicon = cls()
        packaged = resources.files("event_extract.events") / "data" / "triggers.jsonl"
        lexicon._add_lines(packaged.read_text(encoding="utf-8").splitlines(), "triggers.jsonl", ontology)
        for path in extra:
            try:
                lines = Path(path).read_text(encoding="utf-8").splitlines()
            except OSError as error:
                raise EventDataError(f"{path}: cannot read trigger file: {error}") from error
            lexicon._add_lines(lines, str(path), ontology)
        return lexicon

    def _add_lines(self, lines: Iterable[str], name: str, ontology: Ontology) -> None:
        for number, line in enumerate(lines, 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as error:
                raise EventDataError(f"{name}:{number}: not valid JSON: {error.msg}") from None
            entry, forms = _parse_entry(raw, f"{name}:{number}", ontology, len(self.entries))
            self.entries.append(entry)
            for words, kind in forms:
                self.index.setdefault(words[0], []).append(_Form(words, entry, kind))
                if entry.ignore:
                    continue  # a blocking entry alone never yields an event
                anchor = max((w for w in words if w.isalpha()), key=len, default=words[0])
                needs = self.anchors.setdefault(anchor, _AnchorNeeds())
                if not entry.objects:
                    needs.free = True
                needs.object_words.update(entry.object_words, (phrase[0] for phrase in entry.object_phrases))
                needs.object_prefixes = tuple(dict.fromkeys((*needs.object_prefixes, *entry.object_prefixes)))
        self.anchor_words = frozenset(self.anchors)
        self.free_anchors = frozenset(anchor for anchor, needs in self.anchors.items() if needs.free)

    def may_fire(self, words: set[str]) -> bool:
        """Could any entry fire in a sentence with these (lower-case) words? Cheap and conservative:
        an entry's anchor word must be present, and one of its objects if it needs one."""
        if not self.free_anchors.isdisjoint(words):
            return True  # one C-level test settles most sentences that can fire
        prefixes: list[str] = []
        for anchor in self.present_anchors(words):
            needs = self.anchors[anchor]
            if not needs.object_words.isdisjoint(words):
                return True
            prefixes.extend(needs.object_prefixes)
        wanted = tuple(prefixes)
        return bool(wanted) and any(word.startswith(wanted) for word in words)

    def present_anchors(self, words: set[str]) -> set[str]:
        """The anchors among ``words``: a sentence can pass :meth:`may_fire` only if it holds one."""
        return words & self.anchor_words


def _parse_entry(
    raw: object, where: str, ontology: Ontology, order: int
) -> tuple[TriggerEntry, list[tuple[tuple[str, ...], str]]]:
    if not isinstance(raw, dict):
        raise EventDataError(f"{where}: an entry must be a JSON object")
    unknown = sorted(set(raw) - _KEYS)
    if unknown:
        raise EventDataError(f"{where}: unknown field(s) {', '.join(unknown)}")
    phrase = raw.get("phrase")
    if not isinstance(phrase, str) or not _words(phrase):
        raise EventDataError(f"{where}: 'phrase' must be a non-empty string")
    pos = raw.get("pos", "verb")
    if pos not in _POS:
        raise EventDataError(f"{where}: 'pos' must be one of {sorted(_POS)}, got {pos!r}")
    code = raw.get("code")
    if not isinstance(code, str) or code not in ontology:
        raise EventDataError(f"{where}: 'code' {code!r} is not a CAMEO code of the ontology")
    for key in ("intent", "converse"):
        value = raw.get(key)
        if value is not None and (not isinstance(value, str) or value not in ontology):
            raise EventDataError(f"{where}: '{key}' {value!r} is not a CAMEO code of the ontology")
    lists: dict[str, tuple[str, ...]] = {}
    for key in ("forms", "irregular", "objects", "context", "target_preps"):
        value = raw.get(key, [])
        if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
            raise EventDataError(f"{where}: '{key}' must be a list of non-empty strings")
        lists[key] = tuple(item.strip().lower() for item in value)
    # A complement-taking verb's object sits in its complement clause, further away.
    window = raw.get("window", 10 if raw.get("complement") is True else 6)
    if not isinstance(window, int) or isinstance(window, bool) or not 0 <= window <= 30:
        raise EventDataError(f"{where}: 'window' must be an integer in [0, 30]")
    weight = raw.get("weight", 0.7)
    if not isinstance(weight, int | float) or isinstance(weight, bool) or not 0.0 < weight <= 1.0:
        raise EventDataError(f"{where}: 'weight' must be a number in (0, 1]")
    flags: dict[str, bool] = {}
    for key, default in (("symmetric", False), ("direct", pos == "verb"), ("complement", False),
                         ("place_target", False), ("ignore", False),
                         ("subject_is_target", False), ("yields", False)):
        value = raw.get(key, default)
        if not isinstance(value, bool):
            raise EventDataError(f"{where}: '{key}' must be true or false")
        flags[key] = value
    default_preps = DEFAULT_VERB_PREPS if pos == "verb" else _DEFAULT_NOUN_PREPS
    object_words, object_prefixes, object_phrases = _compile_objects(
        tuple(_words(item) for item in lists["objects"] if _words(item))
    )
    entry = TriggerEntry(
        phrase=phrase.strip().lower(),
        pos=pos,
        code=code,
        objects=tuple(_words(item) for item in lists["objects"] if _words(item)),
        context=lists["context"],
        window=window,
        symmetric=flags["symmetric"],
        target_preps=lists["target_preps"] or default_preps,
        direct=flags["direct"],
        intent=raw.get("intent"),
        converse=raw.get("converse"),
        complement=flags["complement"],
        yields=flags["yields"],
        place_target=flags["place_target"],
        ignore=flags["ignore"],
        subject_is_target=flags["subject_is_target"],
        weight=float(weight),
        order=order,
        source=where,
        object_words=object_words,
        object_prefixes=object_prefixes,
        object_phrases=object_phrases,
        object_openers=object_words | {phrase[0] for phrase in object_phrases},
    )
    return entry, _surface_forms(entry, lists["forms"], lists["irregular"])


def _compile_objects(
    objects: tuple[tuple[str, ...], ...],
) -> tuple[frozenset[str], tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """Split object patterns into exact words, prefixes ("sanction*") and multiword phrases."""
    words: set[str] = set()
    prefixes: list[str] = []
    phrases: list[tuple[str, ...]] = []
    for obj in objects:
        if len(obj) == 1:
            words.add(obj[0])
        elif len(obj) == 2 and obj[1] == "*":
            prefixes.append(obj[0])
        else:
            phrases.append(obj)
    return frozenset(words), tuple(prefixes), tuple(phrases)


def _surface_forms(
    entry: TriggerEntry, forms: tuple[str, ...], irregular: tuple[str, ...]
) -> list[tuple[tuple[str, ...], str]]:
    words = _words(entry.phrase)
    out: list[tuple[tuple[str, ...], str]] = []
    if entry.pos == "fixed":
        for form in forms or (entry.phrase,):
            out.append((_words(form), "other"))
        return out
    if entry.pos == "noun":
        head = words[-1]
        for form in (head, _plural(head)):
            out.append(((*words[:-1], form), "other"))
    else:
        head, rest = words[0], words[1:]
        for form, kind in _verb_forms(head):
            out.append(((form, *rest), kind))
    extra: list[tuple[tuple[str, ...], str]] = []
    for form in (*forms, *irregular):
        form_words = _words(form)
        kind = "ing" if form_words[0].endswith("ing") else "past" if entry.pos == "verb" else "other"
        if form_words[0].endswith("s") and not form_words[0].endswith("ss") and entry.pos == "verb":
            kind = "s"
        extra.append((form_words, kind))
    # Explicit forms win over generated ones ("set" is also the past of "set").
    kinds: dict[tuple[str, ...], str] = {}
    for words_, kind in (*extra, *out):
        if words_ and words_ not in kinds:
            kinds[words_] = kind
    return list(kinds.items())


_VOWELS = frozenset("aeiou")


def _plural(noun: str) -> str:
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and len(noun) > 1 and noun[-2] not in _VOWELS:
        return noun[:-1] + "ies"
    return noun + "s"


def _verb_forms(verb: str) -> list[tuple[str, str]]:
    """Regular inflections of ``verb``; doubling the final consonant is generated as a variant."""
    forms: list[tuple[str, str]] = [(verb, "base")]
    if verb.endswith(("s", "x", "z", "ch", "sh", "o")):
        forms.append((verb + "es", "s"))
    elif verb.endswith("y") and verb[-2:-1] not in _VOWELS:
        forms.append((verb[:-1] + "ies", "s"))
    else:
        forms.append((verb + "s", "s"))
    if verb.endswith("e"):
        forms += [(verb + "d", "past"), (verb[:-1] + "ing", "ing")]
        if verb.endswith("ie"):
            forms.append((verb[:-2] + "ying", "ing"))
    elif verb.endswith("y") and verb[-2:-1] not in _VOWELS:
        forms += [(verb[:-1] + "ied", "past"), (verb + "ing", "ing")]
    else:
        forms += [(verb + "ed", "past"), (verb + "ing", "ing")]
        if (len(verb) >= 3 and verb[-1] not in _VOWELS and verb[-1] not in "wxy"
                and verb[-2] in _VOWELS and verb[-3] not in _VOWELS):
            forms += [(verb + verb[-1] + "ed", "past"), (verb + verb[-1] + "ing", "ing")]
    return forms
