"""Rule-based TIMEX3 recognizer for English news: detection plus normalisation.

Detection is one left-to-right pass of a trigger pattern over the text; at each trigger the
compiled alternatives of its category are tried from the start of the modifier words before it
(see :mod:`.grammar`), and each match is normalised by a small handler for its alternative.
Relative expressions ("last month", "on Friday", "September 3") are resolved against the
reference date at the granularity the text gives;
anaphoric ones ("a year earlier", "the same day") against the last date mentioned, falling back to
the reference date. All per-call state lives in a :class:`_Doc` local to :meth:`TimexRecognizer.tag`,
so one recognizer can be shared between threads.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from pydantic import TypeAdapter

from event_extract.models import Granularity, TimeExpression, TimexType

from .grammar import (
    REQUIRED_WORDS,
    TRIGGER_OPENERS,
    WORD_OPENERS,
    category_patterns,
    prefix_words,
    trigger_pattern,
    word_alternation,
)
from .lexicon import Lexicon, load_lexicon
from .values import add_months, easter, interval_of, nth_weekday, quarter_of, week_value

__all__ = ["TimexRecognizer"]

NO_REFERENCE = "no reference date"
_WORD = re.compile(r"[A-Za-z']+")
_NEXT_WORD = re.compile(r"[ \t]*+(\S+)")
# A month after "agreed to buy" this close before the reference date may date the agreement.
_JUST_PASSED_DAYS = 93
# How far back in its sentence a weekday looks for a modal or scheduling cue.
_WEEKDAY_CUE_REACH = 110
# Small patterns some handlers use, compiled once rather than looked up in re's cache per call.
_NUMBER_PARTS = re.compile(r"[\s-]+|\band\b")
_NON_DIGITS = re.compile(r"\D")
# "late on " right before a weekday.
_MODIFIER_ON = re.compile(r"\b(early|late|earlier|later) on $")
# A year right after an expression that names a part of it ("year-end 1985").
_NAMED_YEAR = re.compile(r" ((?:1[5-9]|20)\d\d)\b(?![.,]\d)")
# "the same period in 1985", "the same period of last year": the year the comparison is with.
_PARTITIVE = re.compile(r" of (?:the|a|an|its|their|his|her|this|that)\b")
_YEAR_BEFORE = re.compile(r"(?<![\d.,])((?:1[5-9]|20)\d\d) $")
_SAME_PERIOD_YEAR = re.compile(
    r" (?:(?:in|of|for) (?P<year>(?:1[5-9]|20)\d\d)\b|(?:of )?last year\b|the year (?:before|prior|earlier)\b)"
)
_QUARTER_PREFIXES = re.compile(
    r"latest|current|last|past|previous|next|same|comparable|corresponding|year-ago|year-earlier|"
    r"fiscal|recent|\d{4}|this"
)
# " and 25" after "April 24": a second day of that month, when what follows the number ends the
# phrase (punctuation, a preposition, a verb), not when it counts something ("and 4 people").
_CONJOINED_DAY = re.compile(
    r" (?:and|or|to|through) ([0-3]?\d)(?:, ((?:19|20)\d\d))?(?=[.,;:)]?(?:\s|$)(?![.,]\d))"
    r"(?![ \t]+(?!(?:in|at|on|for|to|when|as|with|after|before|and|or|during|period|local|respectively|"
    r"the|will|would|was|were|is|are|had|has|that|while|but)\b)[a-z0-9])"
)
# After "the (fiscal) year": an accounting period that ended or ends on a date, not the current year.
_ENDED = re.compile(r"\s+(?:ended|ending|ends)\b")
# "quarter" + " of a century": 25 years, not a calendar quarter.
_QUARTER_CENTURY = re.compile(r"[ \t]+of[ \t]+a[ \t]+century\b")
# " x 1080" or " * 1080" after a number: a dimension ("2048 x 1080 pixels"), not a year.
_DIMENSION = re.compile(r"[ \t]*[x*\u00d7][ \t]*\d")
# Where the clause after a possessive weekday's noun phrase ends ("... attack but would not say").
_CLAUSE_BREAK = re.compile(r"; | (?:but|while|whereas|although|though)\b")
_NEGATION = re.compile(r"\b(?:not|never|cannot)\b|n't\b")
# A past verb of reporting results before a quarter in its sentence: that quarter is over.
_RESULTS_REPORTED = re.compile(r"\b(?:reported|posted|earned|lost|recorded|had)\b")
# "ended Sept. 30" or "ending July 31, 1989" after "the quarter".
_QUARTER_END_DATE = re.compile(
    r"[ \t]++(?:ended|ending)[ \t]++(?P<mon>[A-Z][a-z]{2,8})\.?[ \t]++(?P<day>[0-3]?\d)\b"
    r"(?:,[ \t]++(?P<year>(?:19|20)\d\d)\b)?"
)
# "and Tuesday nights" after a weekday: the plural covers both days ("Monday and Tuesday nights").
_SHARED_PLURAL = re.compile(
    r"[ \t]++(?:and|or)[ \t]++(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"(?:s|[ \t]++(?P<part>morning|afternoon|evening|night)s)\b"
)
# A determiner after "on": "a week on the route" is a place, not "a week on" (a week later).
_NOUN_PHRASE_AFTER = re.compile(r"[ \t]++(?:the|a|an|its|their|his|her|our|this|that)\b")
# Words right before "annually" or "daily" that make it the period of a rate: a percentage or "average".
_RATE_BEFORE = re.compile(r"(?:%|\bpercent|\baverage)[ \t]++$")
# A day named past a parenthesis that gives a clock time in another zone, after a clock time:
# "(0735 GMT) Friday", "(4 a.m. EDT Thursday)", or ") Friday" after the time inside the parenthesis.
_DAY_BEYOND_ASIDE = re.compile(
    r"[ \t]*+(?:\(\d[^()\n]{0,29}\),?[ \t]++|\),?[ \t]++|\(\d[^()\n]{0,29}?[ \t])(?:on[ \t]++)?"
    r"(?P<day>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|tomorrow)\b"
)
# Words after "agreed to" that show "to" is a preposition ("agreed to the terms"), not an infinitive.
_NOT_A_VERB = r"(?:the|a|an|its|their|his|her|our|this|that|these|those|some|any|all|no|\d)"


_MatchAt = Callable[[str, int], "re.Match[str] | None"]


@dataclass(slots=True)
class _Hit:
    """An expression a handler accepted.

    :meth:`TimexRecognizer._finish` fills in the fields derived from it; they are named as on
    :class:`TimeExpression`, which is validated from these attributes.
    """

    start: int
    end: int
    type: TimexType
    value: str | None
    mod: str | None = None
    quant: str | None = None
    freq: str | None = None
    relative: bool = False
    anchor: bool = True  # may later anaphora ("the quarter", "the same day") refer back to it?
    day_shift: int = 0  # "the day before": shifts a day named right after it ("the day before Easter")
    text: str = ""
    granularity: Granularity | None = None
    interval_start: str | None = None
    interval_end: str | None = None
    unresolved_reason: str | None = None


@dataclass(slots=True)
class _Doc:
    """Per-call state: the text, the reference date and the last anchors mentioned.

    Only the last anchored value's string is stored per expression; the dates anaphora need are
    derived from it on demand (most documents never ask).
    """

    text: str
    low: str
    ref: dt.date | None
    last_value: str | None = None
    last_gran: str | None = None
    last_end: int = -10_000
    last_day_value: str | None = None
    last_day_end: int = -10_000
    last_quarter_value: str | None = None
    last_quarter_end: int = -10_000
    game_report: bool | None = None  # is the text a match report? (worked out on first need)
    month_years: dict[int, int] = field(default_factory=dict)  # month -> year given to its last yearless mention

    @property
    def last_year(self) -> int | None:
        value = self.last_value
        return int(value[:4]) if value and value[:4].isdigit() else None

    @property
    def last_day(self) -> dt.date | None:
        return dt.date.fromisoformat(self.last_day_value[:10]) if self.last_day_value else None

    @property
    def last_start(self) -> dt.date | None:
        if self.last_gran not in ("day", "time", "week", "month"):
            return None
        start = interval_of(self.last_value)[1]
        return dt.date.fromisoformat(start) if start else None

    @property
    def last_quarter(self) -> tuple[int, int] | None:
        value = self.last_quarter_value
        return (int(value[:4]), int(value[6])) if value else None


_Handler = Callable[[re.Match[str], _Doc], _Hit | None]
# A category's alternatives in priority order: name, bound ``match`` and handler.
_Alternatives = tuple[tuple[str, _MatchAt, _Handler], ...]
# What to try at one start, in priority order.
_Tries = tuple[tuple[_MatchAt, _Handler], ...]
# What to try at a trigger: the alternatives for starts before it, and for the trigger itself.
_Plan = tuple[_Tries, _Tries]


def _norm(s: str) -> str:
    """Lower case with single spaces ("Earlier  this\nmonth" -> "earlier this month")."""
    return " ".join(s.lower().split())


class TimexRecognizer:
    """Find and normalise TIMEX3 temporal expressions; build once, call :meth:`tag` many times."""

    def __init__(self) -> None:
        self._lex: Lexicon = load_lexicon()
        categories, category_alternatives = category_patterns()
        self._trigger = trigger_pattern()
        self._prefix = prefix_words()
        self._weak = frozenset(
            set(self._lex.units) | set(self._lex.unit_plurals)
            | {"period", "half", "present", "past", "coming", "moment", "eve", "morning", "afternoon",
               "evening"}
        )
        lex = self._lex
        # Words after "current" that make it part of a longer expression ("current quarter").
        self._calendar_words = frozenset(
            set(lex.units) | set(lex.unit_plurals) | set(lex.seasons) | set(lex.months)
            | {"fiscal", "period", "half", "year's", "month's", "week's", "quarter's"}
        )
        # Trie-shaped alternations: the cue pattern runs over a sentence window for every
        # expression whose year or week depends on tense.
        # A future cue followed by "to the ..." is no plan: "due to the earthquake" is a cause.
        no_noun = rf"(?![ \t]+to[ \t]+{_NOT_A_VERB}\b)"
        future = rf"(?:{word_alternation(list(lex.future_cues))}){no_noun}"
        past = word_alternation(list(lex.past_cues))
        verbs = word_alternation(list(lex.past_verbs))
        weekday_future = rf"(?:{word_alternation(list(lex.weekday_future_cues))}){no_noun}"
        self._weekday_cue_re = re.compile(rf"\b(?:(?P<f>{weekday_future})|(?P<p>{past})|(?P<w>{verbs}))\b")
        self._cue_re = re.compile(rf"\b(?:(?P<f>{future})|(?P<p>{past})|(?P<w>{verbs}))\b")
        # The tense cues plus "agreed to buy" (an infinitive after a word of intent or agreement), whose
        # event may lie after the agreement: see :meth:`_after_intent`.
        # Only the word of intent is consumed, so a future cue in the infinitive ("pledged to meet") still counts.
        intent = rf"(?:{word_alternation(list(lex.intent_words))})(?=[ \t]+to[ \t]+(?!{_NOT_A_VERB}\b)[a-z])"
        self._intent_cue_re = re.compile(rf"\b(?:(?P<f>{future})|(?P<i>{intent})|(?P<p>{past})|(?P<w>{verbs}))\b")
        self._timexes = TypeAdapter(list[TimeExpression])
        # Per trigger category: each alternative's name, bound ``match`` and the handler of its matches.
        self._alternatives: dict[str, _Alternatives] = {
            category: tuple((name, pattern.match, getattr(self, f"_h_{name}")) for name, pattern in alternatives)
            for category, alternatives in category_alternatives.items()
        }
        self._categories = categories
        # "the winter of nineteen ninety-four": a season may take a year read out in words.
        self._spoken_year_at = dict(category_alternatives["spoken"])["spy"].match
        self._required = tuple(REQUIRED_WORDS.items())
        # A plan per set of alternatives a text lacks the words of: at most one per subset.
        self._plan_for = lru_cache(maxsize=2 ** len(self._required))(self._plan)

    def _plan(self, absent: tuple[str, ...]) -> dict[str, _Plan]:
        """Trigger word -> what to try before it and at it, leaving out the alternatives in ``absent``.

        Digit shapes are not listed (see :meth:`tag`); at the trigger itself only the alternatives
        that can begin with its word are tried (:data:`.grammar.TRIGGER_OPENERS`,
        :data:`.grammar.WORD_OPENERS`).
        """
        def at_trigger(alternatives: _Alternatives, openers: tuple[str, ...]) -> _Tries:
            return tuple(
                (match_at, handler) for name, match_at, handler in alternatives
                if name not in absent and name in openers
            )

        plans: dict[str, _Plan] = {}
        for category, alternatives in self._alternatives.items():
            openers = TRIGGER_OPENERS.get(category, tuple(name for name, _, _ in alternatives))
            before = tuple((match_at, handler) for name, match_at, handler in alternatives if name not in absent)
            plans[category] = (before, at_trigger(alternatives, openers))
        plan = {word: plans[category] for word, category in self._categories.items()}
        for word, openers in WORD_OPENERS.items():
            category = self._categories[word]
            plan[word] = (plans[category][0], at_trigger(self._alternatives[category], openers))
        plan[""] = plans["digit"]
        return plan

    # ------------------------------------------------------------------ public

    def tag(self, text: str, reference_date: dt.date | None) -> list[TimeExpression]:
        """Temporal expressions of ``text`` in order, normalised against ``reference_date``.

        One pass of the trigger pattern over the lower-cased text finds words every expression
        contains (month and weekday names, units, "today", years, clock times, ...); only there
        are the alternatives of the trigger's category tried, from the earliest word of the run of
        modifier words before the trigger ("about", "the past", "early", numbers) towards the
        trigger itself. The first match whose handler accepts it wins; scanning resumes after it.
        """
        if not text:
            return []
        low = text.lower()
        if len(low) != len(text):
            low = text.translate(_ASCII_LOWER)
        doc = _Doc(text=text, low=low, ref=reference_date)
        found: list[_Hit] = []
        # Alternatives whose required words the text lacks cannot match in it. Only for ASCII text:
        # there ``low`` is exactly what case-insensitive matching compares with.
        absent: list[str] = []
        if text.isascii():
            for name, words in self._required:
                for word in words:
                    if word in low:
                        break
                else:
                    absent.append(name)
        plan = self._plan_for(tuple(absent))
        digit_plan = plan[""]
        weak = self._weak
        prefix = self._prefix
        last_end = 0
        for trigger in self._trigger.finditer(" " + low):
            t_start = trigger.start()  # the pattern's first character is the padding / boundary
            if t_start < last_end:
                continue
            word = trigger.group()[1:]
            before = low[t_start - 1] if t_start else "\n"
            if before.isalpha():
                continue
            # Fast path: most triggers follow a word that cannot belong to the expression.
            if t_start > last_end and before in _SEPARATORS:
                lo = t_start - 18
                lo = max(lo, last_end)
                k = low.rfind(" ", lo, t_start - 1) + 1
                previous = low[k if k > lo else lo:t_start - 1]
                if previous[-1:] in (".", ","):
                    previous = previous.rstrip(".,")
                if "-" in previous or "\n" in previous:
                    previous = previous.rpartition("-")[2].rpartition("\n")[2]
                chained = previous in prefix or previous[:1].isdigit()
            else:
                chained = False
            if chained:
                starts, modified = _chain_starts(low, t_start, last_end, prefix, self._lex.non_openers)
            else:
                starts, modified = [t_start], False
            if not modified and word in weak and not (
                low[trigger.end() - 1:trigger.end()] in _UNIT_JOINERS and _unit_compound(low, trigger.end() - 1, word)
            ):
                continue  # a bare unit word, unless "year-earlier", "year's end", "week-long"
            before_trigger, at_trigger = plan.get(word, digit_plan)
            for start in starts:
                hit, match_end = None, 0
                # The first alternative (in priority order) that matches here is the match; it
                # counts only if it reaches the trigger and its handler accepts it.
                for match_at, handler in at_trigger if start == t_start else before_trigger:
                    match = match_at(text, start)
                    if match is None:
                        continue
                    match_end = match.end()
                    if match_end > t_start:
                        try:
                            hit = handler(match, doc)
                        except (ValueError, OverflowError, KeyError):
                            hit = None
                    break
                if hit is None or hit.end <= hit.start or hit.start < last_end:
                    continue
                hit = self._finish(hit, doc)
                if found and found[-1].day_shift and hit.granularity == "day" and text[found[-1].end:hit.start] == " ":
                    hit = self._finish(_shifted_day(found.pop(), hit), doc)
                found.append(hit)
                last_end = max(match_end, hit.end)
                if (hit.granularity == "day" and hit.text[-1:].isdigit() and not hit.text[-3:-2].isdigit()
                        and text[hit.end:hit.end + 1] == " "):  # a day number, not a year, ends it
                    second = self._conjoined_day(hit, doc)
                    if second is not None:
                        self._finish(hit, doc)  # its value may have taken the year after the second day
                        found.append(self._finish(second, doc))
                        last_end = second.end
                break
        # One validation call for the document's list, read from the hits' attributes, costs less
        # than one per expression; strict, since every field already has its exact type.
        return self._timexes.validate_python(found, strict=True, from_attributes=True)

    # ------------------------------------------------------------------ helpers

    def _finish(self, hit: _Hit, doc: _Doc) -> _Hit:
        """``hit`` with its text, interval and unresolved reason filled in; remembered if it is an anchor."""
        hit.text = doc.text[hit.start:hit.end]
        if hit.relative and doc.ref is None:
            hit.value, hit.unresolved_reason = None, NO_REFERENCE
        elif hit.type in ("DATE", "TIME"):
            gran, hit.interval_start, hit.interval_end = interval_of(hit.value)
            hit.granularity = gran
            if hit.interval_start is not None and hit.anchor:
                self._remember(doc, hit.value or "", gran, hit.end)
                if hit.relative and gran in ("month", "day") and hit.value and hit.value[4:5] == "-":
                    doc.month_years[int(hit.value[5:7])] = int(hit.value[:4])  # a year the text left out
        return hit

    @staticmethod
    def _conjoined_day(hit: _Hit, doc: _Doc) -> _Hit | None:
        """The second day of "April 24 and 25" or "June 24 through 26": its own date, in the month
        of the first (TimeML tags each day of a pair or range)."""
        m = _CONJOINED_DAY.match(doc.text, hit.end)
        if m is None or hit.value is None or not int(hit.text[-2:].strip(" ")) < int(m[1]) <= 31:
            return None
        year = m[2] or hit.value[:4]
        try:
            day = dt.date.fromisoformat(f"{year}-{hit.value[5:8]}{int(m[1]):02d}")
            if m[2] and hit.relative:  # "April 21 to 24, 1999": the year is the first day's too
                hit.value = dt.date.fromisoformat(m[2] + hit.value[4:10]).isoformat()
        except ValueError:
            return None
        return _Hit(m.start(1), m.end(), "DATE", day.isoformat(), relative=hit.relative and not m[2])

    @staticmethod
    def _remember(doc: _Doc, value: str, gran: str | None, end: int) -> None:
        doc.last_value, doc.last_gran, doc.last_end = value, gran, end
        if gran in ("day", "time"):
            doc.last_day_value, doc.last_day_end = value, end
        elif gran == "quarter":
            doc.last_quarter_value, doc.last_quarter_end = value, end

    def _direction(self, doc: _Doc, start: int, end: int) -> int:
        """-1 (past), +1 (future) or 0 (no cue) from the nearest tense cue in the same sentence.

        Looks at most 100 characters either side; the cue nearest to the expression decides:
        a future cue ("will", "next", "is due to") or a past one ("said", "was", "ago"). A past
        verb form right after a future cue ("will be signed") does not turn it into the past.
        """
        low = doc.low
        lo = self._sentence_start(doc, start, 100)
        hi = self._sentence_end(doc, end)
        best_dist, best_dir = 10_000, 0
        future_end = -1_000
        for m in self._cue_re.finditer(low, lo, start):
            kind = m.lastgroup
            if kind == "f":
                best_dir, future_end = 1, m.end()
            elif kind == "p" or m.start() - future_end > 25:
                best_dir = -1
            best_dist = start - m.end()
        for m2 in self._cue_re.finditer(low, end, hi):
            if m2.group() in _ATTRIBUTION:
                continue  # "a match in June or July, the union said": who said it, not when it happens
            if m2.start() - end < best_dist:
                best_dir = 1 if m2.lastgroup == "f" else -1
            break
        return best_dir

    @staticmethod
    def _prev_word(doc: _Doc, pos: int) -> str:
        """The lower-cased word before ``pos`` (skipping spaces and one comma), or ""."""
        low = doc.low
        j = pos
        floor = max(0, pos - 4)
        while j > floor and low[j - 1] in " \t,":
            j -= 1
        k = j
        floor = max(0, j - 24)
        while k > floor and (low[k - 1].isalpha() or low[k - 1] == "'"):
            k -= 1
        return low[k:j]

    def _next_word(self, doc: _Doc, pos: int) -> str:
        m = _NEXT_WORD.match(doc.text, pos, pos + 30)
        return m.group(1) if m else ""

    def _number(self, raw: str) -> float | None:
        """Parse "10", "2 1/2", "twenty-four", "two and a half"; None for vague quantities."""
        s = _norm(raw)
        if s in self._lex.vague_numbers:
            return None
        half = 0.0
        if s.endswith(("and a half", "-and-a-half")):
            half, s = 0.5, s.removesuffix("and a half").removesuffix("-and-a-half").strip(" -")
        if s.endswith((" 1/2", "-1/2")):  # "2 1/2", "2-1/2"
            half, s = 0.5, s[:-4].strip()
        try:
            return float(s) + half
        except ValueError:
            pass
        if s in self._lex.number_words:
            return self._lex.number_words[s] + half
        total = 0.0
        for part in _NUMBER_PARTS.split(s):
            if not part:
                continue
            if part == "hundred":
                total = max(total, 1.0) * 100
                continue
            val = self._lex.number_words.get(part)
            if val is None:
                return None
            total += val
        return total + half

    @staticmethod
    def _duration(amount: float | None, unit_code: str) -> str:
        """TIMEX3 duration value: P3Y, PT5H, P2W, P1D, PXY for vague amounts."""
        time_unit = unit_code in ("H", "MI", "S")
        if unit_code == "DE":
            unit_code, amount = "Y", None if amount is None else amount * 10
            if amount is None:
                return "PXDE"
        elif unit_code == "CE":
            if amount is None:
                return "PXCE"
            unit_code, amount = "Y", amount * 100
        elif unit_code == "Q" and amount is not None and amount != int(amount):
            unit_code, amount = "M", amount * 3
        elif unit_code == "W2":
            unit_code, amount = "W", None if amount is None else amount * 2
        prefix = "PT" if time_unit else "P"
        letter = "M" if unit_code == "MI" else unit_code
        if amount is None:
            return f"{prefix}X{letter}"
        if amount != int(amount):
            # 2.5 years -> P2Y6M, 1.5 hours -> PT1H30M; other fractions keep a decimal.
            whole = int(amount)
            sub = {"Y": (12, "M"), "H": (60, "M"), "D": (24, "H"), "W": (7, "D")}.get(letter)
            if unit_code == "MI":
                sub = (60, "S")
            if sub and (amount - whole) * sub[0] == int((amount - whole) * sub[0]):
                rest = int((amount - whole) * sub[0])
                if letter == "D":
                    return f"P{whole}DT{rest}H" if whole else f"PT{rest}H"
                return f"{prefix}{whole}{letter}{rest}{sub[1]}" if whole else f"{prefix}{rest}{sub[1]}"
            return f"{prefix}{amount:g}{letter}"
        return f"{prefix}{int(amount)}{letter}"

    def _unit_code(self, word: str) -> str | None:
        unit = self._lex.unit(word)
        if unit is None:
            return None
        code = self._lex.units[unit]
        return {"M": "MI"}.get(code, code) if unit == "minute" else code

    def _mod(self, raw: str | None) -> str | None:
        if not raw:
            return None
        return self._lex.modifiers.get(_norm(raw))

    # ------------------------------------------------------------------ resolution helpers

    def _month_year(self, doc: _Doc, month: int, start: int, end: int, day: int = 0) -> int | None:
        """Year of a month (and day) the text gives without a year, from the reference date.

        Within two months of the reference date the nearest occurrence wins. Further away
        "until" or "by" before it points forward (a deadline), and so does "agreed to buy" unless
        the month just passed; else the nearest tense cue decides; with none, "through" or "from"
        before it point forward.
        Without a cue a full day takes the nearest occurrence and a bare month the latest one not
        after the reference (news mostly reports the past).
        """
        ref = doc.ref
        if ref is None:
            return None
        year = ref.year
        diff = (month - ref.month) * 31 + (max(day, 1) - ref.day if day else 0)
        if day and (doc.low.startswith("the ", start) or doc.low.endswith("the ", 0, start)) and (
                self._next_word(doc, end).lower().rstrip(_WORD_PUNCTUATION) in self._lex.past_event_nouns):
            # "the 11 September attacks", "after the July 7 bombings": an event that happened.
            return year if (month, day) <= (ref.month, ref.day) else year - 1
        if -62 <= diff <= 62:
            return year
        if diff > 183:
            nearest_year, forward_year, backward_year = year - 1, year, year - 1
        elif diff < -183:
            nearest_year, forward_year, backward_year = year + 1, year + 1, year
        else:
            nearest_year = year
            forward_year, backward_year = (year, year - 1) if diff > 0 else (year + 1, year)
        before = self._prev_word(doc, start)
        lex = self._lex
        if day and (before in lex.past_verbs or (before.endswith("ed") and len(before) > 4
                                                 and before not in _SCHEDULE_PARTICIPLES)) and (
                self._prev_word(doc, doc.low.rfind(before, 0, start)) not in _PASSIVE_AUXILIARIES):
            return backward_year  # "shares issued July 1", not "notes will be redeemed May 15"
        # Not "by December's rush" or "covered by March/April rains": "by" the agent of a passive.
        if before in ("until", "till", "by") and doc.text[end:end + 2] not in ("'s", "’s") and (
                doc.text[end:end + 1] not in ("/", "-")):
            opening = doc.low[self._sentence_start(doc, start):start].strip()
            if opening not in ("until", "till", "by"):  # "Until March, the border had stayed closed"
                return forward_year  # a deadline ("imports allowed until July 1", "promised to halt trade by October")
        if self._after_intent(doc, start):
            # "agreed to buy the line in February": the coming February, unless one just passed
            # (then it may date the agreement: "the decision to restate its accounts on 28 December").
            just_passed = (ref - dt.date(backward_year, month, min(day or 15, 28))).days <= _JUST_PASSED_DAYS
            return backward_year if just_passed else forward_year
        direction = self._direction(doc, start, end)  # only now: a deadline or an intent decides first
        if direction == 0 and before in ("by", "through", "from"):
            return forward_year
        if direction == 0 and month in doc.month_years:
            return doc.month_years[month]  # "the summit in April" again: the April named before
        if direction == 0 and day:
            return nearest_year
        return forward_year if direction > 0 else backward_year

    def _weekday_date(self, doc: _Doc, weekday: int, direction: int) -> dt.date | None:
        ref = doc.ref
        if ref is None:
            return None
        delta = weekday - ref.isoweekday()
        if delta == 0:
            return ref
        if direction > 0:
            return ref + dt.timedelta(days=delta % 7)
        return ref - dt.timedelta(days=(-delta) % 7)

    def _after_intent(self, doc: _Doc, start: int) -> bool:
        """Is the cue nearest before ``start`` in its sentence an infinitive after a word of intent or
        agreement ("agreed to purchase the line for $22 million in February")?

        The month then usually dates the purchase, still ahead when it was agreed, not the
        agreement, so a past verb before it does not make it a past month.
        """
        kind = None
        for cue in self._intent_cue_re.finditer(doc.low, self._sentence_start(doc, start, 100), start):
            kind = cue.lastgroup
        return kind == "i"

    def _weekday_direction(self, doc: _Doc, start: int, end: int) -> int:
        """+1 when a weekday refers forward, else -1 (news mostly reports what happened).

        A past verb right before it ("said Tuesday", "met on Monday") means the past. "Until" or a
        present-tense verb of something scheduled right before it ("talks resume Monday", "they
        meet separately Friday") means the coming one. Otherwise the tense cue nearest before it
        in the sentence decides: a modal or scheduling cue ("will meet ... on Friday", "is due to
        resume Monday") points forward unless it is in the past perfect ("had been due to expire
        Friday"), a past cue back ("a bid would emerge, but the deal was struck Friday"). A
        weekday that opens its sentence ("On Tuesday, the league plans to ...") takes the tense of
        the first cue after it; "will" right after one ("one session Friday will ...") points
        forward before anything else is considered.
        """
        low = doc.low
        lo = self._sentence_start(doc, start)
        if low.startswith(("'s ", "\u2019s "), end):
            return self._possessive_weekday_direction(doc, lo, start, end)
        word, at = self._prev_word(doc, start), start
        for _ in range(2):  # "met on Monday", "meet separately on Monday", "sets out Wednesday", "close at 8pm Friday"
            if word not in ("on", "at", "early", "late", "by", "last", "out", "off") and not (
                word.endswith("ly") and word != "early"
            ):
                break
            at -= len(word) + 1
            word = self._prev_word(doc, at)
        lex = self._lex
        if word in lex.past_cues or word in lex.past_verbs or (word.endswith("ed") and len(word) > 4):
            return -1
        if low.startswith((" will ", ", will "), end):
            return 1  # "one session Friday will be devoted to ..."
        opens_sentence = all(opener in _SENTENCE_OPENERS for opener in low[lo:start].split())
        if word in ("until", "till") and not opens_sentence:
            return 1  # a deadline ("postponed until Tuesday"); "Until Thursday, they had ..." is not
        if word in lex.weekday_present_verbs and self._prev_word(doc, low.rfind(word, lo, start)) != "to":
            return 1  # not an infinitive ("due to expire Friday"): the cue before it decides those
        # The cue nearest before it decides; a past participle right after a future cue ("will be
        # released ... on Thursday") stays future, a plan in the past perfect does not.
        direction, future_end = 0, -1_000
        for cue in self._weekday_cue_re.finditer(low, lo, start):
            if cue.lastgroup == "f":
                direction = -1 if low.endswith(("had ", "had been "), lo, cue.start()) else 1
                future_end = cue.end()
            elif cue.lastgroup == "p" or cue.start() - future_end > 25:
                direction = -1
        if direction:
            return direction
        # After it: the first cue of the clause for a weekday opening its sentence, else only one
        # right behind it ("one session Friday will be devoted to ...").
        if opens_sentence:
            after = self._cue_re.search(low, end, self._sentence_end(doc, end))
            return 1 if after is not None and after.lastgroup == "f" else -1
        return -1

    def _possessive_weekday_direction(self, doc: _Doc, lo: int, start: int, end: int) -> int:
        """Direction of "Wednesday's ruling": the weekday dates a thing named, not the verb before it
        ("lawyers will appeal Wednesday's decision" appeals a past one). A preposition before it
        decides ("ahead of Sunday's vote", "after Friday's attack"), else the first tense cue after
        the noun phrase in its clause ("Sunday's election will ...", "Friday's attack killed ...");
        else the past, as news reports."""
        before = _POSSESSIVE_WEEKDAY_BEFORE.search(doc.low, max(lo, start - 20), start)
        if before is not None and not (  # "closed well ahead of Friday's 71.8": above it, not before it
            before.lastgroup == "f" and self._prev_word(doc, before.start()) in _COMPARING
        ):
            return 1 if before.lastgroup == "f" else -1
        noun = doc.low[end:end + 40].split(maxsplit=3)[1:3]  # "Friday's Iran attack": the noun after "'s"
        if any(word.strip(_WORD_PUNCTUATION) in self._lex.past_event_nouns for word in noun):
            return -1
        hi = self._sentence_end(doc, end, reach=60)
        clause = _CLAUSE_BREAK.search(doc.low, end, hi)  # "... attack but would not say": another clause
        after = self._cue_re.search(doc.low, end, clause.start() if clause is not None else hi)
        return 1 if after is not None and after.lastgroup == "f" else -1

    def _is_name_word(self, doc: _Doc, pos: int) -> bool:
        """Does a capitalised word that is not a calendar word follow ``pos`` after one space?"""
        m = _NEXT_WORD.match(doc.text, pos, pos + 30)
        if m is None or doc.text[pos:pos + 1] != " ":
            return False
        word = m.group(1).rstrip(".,;:'\")")
        low = word.lower()
        if low in self._calendar_words or low in _TITLE_SMALL_WORDS:
            return False
        return word[:1].isupper() and word.isalpha()

    def _in_match_report(self, doc: _Doc, start: int, end: int) -> bool:
        """Is ``start:end`` about a game: a sentence with a game word (goals, penalties, minutes)
        or a text with four different ones?"""
        game_words = self._lex.game_words
        sentence = doc.low[self._sentence_start(doc, start):self._sentence_end(doc, end)]
        if any(word.strip(_WORD_PUNCTUATION) in game_words for word in sentence.split()):
            return True
        if doc.game_report is None:
            seen = {word.strip(_WORD_PUNCTUATION) for word in doc.low.split()} & game_words
            doc.game_report = len(seen) >= 4
        return doc.game_report

    @staticmethod
    def _after_name_word(doc: _Doc, pos: int) -> bool:
        """Is the word right before ``pos`` (one space between) capitalised and not a small title word?"""
        if doc.text[pos - 1:pos] != " ":
            return False
        k = doc.text.rfind(" ", max(0, pos - 30), pos - 1) + 1
        word = doc.text[k:pos - 1].removesuffix("'s").removesuffix("\u2019s")  # "People's Daily"
        return word[:1].isupper() and word.isalpha() and word.lower() not in _TITLE_SMALL_WORDS

    @staticmethod
    def _sentence_start(doc: _Doc, pos: int, reach: int = _WEEKDAY_CUE_REACH) -> int:
        """Start of the sentence containing ``pos``, looking at most ``reach`` characters back."""
        low = doc.low
        lo = max(0, pos - reach)
        cut = max(low.rfind(". ", lo, pos), low.rfind("\n", lo, pos))
        return cut + 1 if cut >= 0 else lo

    @staticmethod
    def _sentence_end(doc: _Doc, pos: int, reach: int = 100) -> int:
        """End of the sentence containing ``pos``, looking at most ``reach`` characters ahead."""
        low = doc.low
        hi = min(len(low), pos + reach)
        for stop in (". ", "\n"):
            found = low.find(stop, pos, hi)
            if found >= 0:
                hi = found
        return hi

    # ------------------------------------------------------------------ handlers

    def _h_spy(self, m: re.Match[str], doc: _Doc) -> _Hit | None:
        """A year read out in words: "nineteen ninety-six" (1996), "the year two thousand" (2000)."""
        if m["sy_19"] is not None:
            rest = self._number(m["sy_19"])
            if rest is None:
                return None
            year = 1900 + int(rest)
        else:
            year = 2000 + int(self._number(m["sy_20"]) or 0) if m["sy_20"] else 2000
        if m["sy_mon"]:
            month = self._lex.months[m["sy_mon"].lower()]
            return _Hit(m.start(), m.end(), "DATE", f"{year:04d}-{month:02d}")
        return _Hit(m.start(), m.end(), "DATE", f"{year:04d}")

    def _h_iso(self, m: re.Match[str], doc: _Doc) -> _Hit | None:
        y, mo, d = int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"])
        day = dt.date(y, mo, d)
        if m["iso_h"]:
            return _Hit(m.start(), m.end(), "TIME", f"{day.isoformat()}T{m['iso_h']}:{m['iso_mi']}")
        return _Hit(m.start(), m.end(), "DATE", day.isoformat())

    def _h_slash(self, m: re.Match[str], doc: _Doc) -> _Hit | None:
        value = _parse_numeric_date(m.group())
        if value is None:
            return None
        return _Hit(m.start(), m.end(), "DATE", value)

    def _h_clock(self, m: re.Match[str], doc: _Doc) -> _Hit | None:
        if m["ck_word"]:
            if m["ck_word"][0].isupper() and doc.text[max(0, m.start() - 2):m.start()] not in ("", ". ", "\n", " \n"):
                return None  # "centre Jamie Noon": a name inside a sentence
            hour, minute = (24, 0) if m["ck_word"].lower() == "midnight" else (12, 0)
        elif m["ck_hp"]:
            # "4 in the morning", "6 in the evening"
            hour, minute = int(m["ck_hp"]) % 12, 0
            if m["ck_pd"].lower() != "morning":
                hour += 12
        elif m["ck_h24"]:
            hour, minute = int(m["ck_h24"]), int(m["ck_m24"])
            if hour > 23:
                return None
        else:
            hour, minute = int(m["ck_h"]), int(m["ck_m"] or 0)
            if not 1 <= hour <= 12:
                return None
            pm = m["ck_ap"].lower().startswith("p")
            hour = (hour % 12) + (12 if pm else 0)
        clock = f"T{hour:02d}:{minute:02d}" if minute or hour != 24 else "T24:00"
        day: dt.date | None = None
        relative = True
        dayword, day_end = m["ck_day"], m.end()
        if not dayword and (aside := _DAY_BEYOND_ASIDE.match(doc.text, m.end())) is not None:
            # "10:35 a.m. (0735 GMT) Friday", "at 4 in the morning (4 a.m. EDT Thursday)": the day
            # beyond a parenthesis giving the time in another zone is this time's day too.
            dayword, day_end = aside["day"], aside.end("day")
        if dayword:
            low = dayword.lower()
            if low in ("today", "yesterday", "tomorrow"):
                if doc.ref is not None:
                    day = doc.ref + dt.timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[low])
            elif low in self._lex.weekdays:
                day = self._weekday_date(doc, self._lex.weekdays[low], self._weekday_direction(doc, m.start(), day_end))
            else:
                parts = dayword.replace(".", " ").split()
                month = self._lex.months[parts[0].lower()]
                dnum = int(_NON_DIGITS.sub("", parts[-1]))
                year = self._month_year(doc, month, m.start(), m.end(), dnum)
                if year is not None:
                    day = dt.date(year, month, dnum)
        elif doc.last_day_value and (
            doc.low[doc.last_day_end:m.start()].strip(" ,") in ("at", "", "from", "by")
            or (doc.last_day_end > self._sentence_start(doc, m.start(), 120) and len(doc.last_day_value) == 10
                and doc.low[doc.last_day_end:doc.last_day_end + 1] not in ("'", "\u2019"))
        ):
            # "on Oct. 30 at 4:30 p.m.", "in Dublin on 27 February, kick-off 1500 GMT": a clock time
            # takes the day its own sentence named before it (a day, not "last night" or "Friday's close").
            day = doc.last_day
        else:
            day = doc.ref
        mod = self._lex.approximators.get(_norm(m["ck_apx"])) if m["ck_apx"] else None
        if mod and mod != "APPROX":
            mod = "APPROX" if mod == "EQUAL_OR_LESS" else mod
        value = f"{day.isoformat()}{clock}" if day is not None else None
        return _Hit(m.start(), m.end(), "TIME", value, mod=mod, relative=relative)

    def _ymd(self, doc: _Doc, start: int, end: int, month_raw: str, day_raw: str | None,
             year_raw: str | None, mod_raw: str | None) -> _Hit | None:
        month = self._lex.months[month_raw.rstrip(".").lower()]
        mod = self._mod(mod_raw)
        year: int | None
        relative = False
        if year_raw:
            year = int(year_raw[1:]) + 1900 if year_raw.startswith("'") else int(year_raw)
            if year_raw.startswith("'") and doc.ref is not None and year + 100 <= doc.ref.year + 5:
                year += 100
        else:
            relative = True
            year = None
        if day_raw is None:
            if year is None:
                year = self._month_year(doc, month, start, end)
            value = None if year is None else f"{year:04d}-{month:02d}"
            return _Hit(start, end, "DATE", value, mod=mod, relative=relative)
        dnum = int(day_raw.rstrip("stndrh"))
        if not 1 <= dnum <= 31:
            return None
        if year is None:
            year = self._month_year(doc, month, start, end, dnum)
        if year is None:
            dt.date(2000, month, dnum)  # validates the day of month
            return _Hit(start, end, "DATE", None, mod=mod, relative=True)
        return _Hit(start, end, "DATE", dt.date(year, month, dnum).isoformat(), mod=mod, relative=relative)

    def _h_mdy(self, m: re.Match[str], doc: _Doc) -> _Hit | None:
        mon = m["md_mon"]
        return self._ymd(doc, m.start(), m.end(), mon, m["md_day"], m["md_year"], m["md_mod"])

    def _h_dmy(self, m: re.Match[str], doc: _Doc) -> _Hit | None:
        return self._ymd(doc, m.start(), m.end(), m["dm_mon"], m["dm_day"], m["dm_year"], None)

    def _h_my(self, m: re.Match[str], doc: _Doc) -> _Hit | None:
        if m["my_year"]:
            return self._ymd(doc, m.start(), m.end(), m["my_mon"], None, m["my_year"], m["my_mod"])
        month = self._lex.months[m["my_mon"].rstrip(".").lower()]
        if doc.ref is None:
            return _Hit(m.start(), m.end(), "DATE", None, mod=self._mod(m["my_mod"]), relative=True)
        year = doc.ref.year + {"last": -1, "next": 1, "this": 0}[m["my_rel"].lower()]
        return _Hit(m.start(), m.end(), "DATE", f"{year:04d}-{month:02d}", mod=self._mod(m["my_mod"]),
                    relative=True)

    def _h_fy(self, m: re.Match[str], doc: _Doc) -> _Hit | None:
        """Fiscal years.

        "FY1989" and "fiscal year 1989" name an organisation's fiscal year: ``FY1989``. TimeML
        annotators (TimeBank) give the shorter "fiscal 1989" and relative "the current fiscal
        year" the calendar year's value (``1989``), which is what they are usually compared with.
        """
        raw = m["fy_y"] or m["fy_y2"]
        if raw:
            year = int(raw)
            if year < 100:
                year += 1900 if year > 50 else 2000
            named = m["fy_y2"] is not None or "year" in _norm(m.group())
            return _Hit(m.start(), m.end(), "DATE", f"FY{year:04d}" if named else f"{year:04d}")
        if not m["fy_rel"] and self._prev_word(doc, m.start()) in ("a", "an"):
            return None  # "changed from a fiscal year to a calendar year": a kind of year, not one year
        rel = (m["fy_rel"] or "this").lower()
        if rel == "same" or doc.ref is None:
            return _Hit(m.start(), m.end(), "DATE", None if doc.ref is None else f"{doc.ref.year}",
                        relative=True)
        shift = {"next": 1, "coming": 1, "last": -1, "latest": -1, "past": -1, "previous": -1, "prior": -1}.get(rel, 0)
        if not m["fy_rel"] and m.group().lower().startswith("the") and _ENDED.match(doc.low, m.end()):
            return _Hit(m.start(), m.end(), "DURATION", "P1Y")  # "the fiscal year ended Jan. 31": the period
        return _Hit(m.start(), m.end(), "DATE", f"{doc.ref.year + shift}", relative=True)

    def _h_edge(self, m: re.Match[str], doc: _Doc) -> _Hit | None:
        """ "the end of the month": a part of the calendar unit of the last date mentioned."""
        unit = m["ed_unit"].lower()
        mod = self._mod(m["ed_mod"])
        anchor = doc.last_day or doc.ref
        if anchor is None:
            return _Hit(m.start(), m.end(), "DATE", None, mod=mod, relative=True)
        return _Hit(m.start(), m.end(), "DATE", _shift_unit(anchor, unit, 0, self._lex), mod=mod, relative=True)

    def _h_rel(self, m: re.Match[str], doc: _Doc) -> _Hit | None:
        direction = _norm(m["rl_dir"]).replace("this past", "last").replace("this coming", "next")
        mod = self._mod(m["rl_mod"])
        start, end = m.start(), m.end()
        shift = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1,
                 "upcoming": 1, "this": 0, "current": 0}[direction]
        if m["rl_the"]:
            if direction in ("past", "last") and m["rl_unit"] and not m["rl_mod"]:
                unit = m["rl_unit"].lower()
                code = self._unit_code(unit)
                if code is None or unit == "weekend":
                    return None
                return _Hit(start, end, "DURATION", self._duration(1, code))
            if direction in ("following", "previous", "next", "coming", "upcoming") and m["rl_unit"]:
                return self._anaphoric_shift(m, doc, shift)
            if direction in ("following", "previous", "next") and m["rl_wd"]:
                # "the previous Friday": the Friday before the day last mentioned.
                anchor_day = doc.last_day or doc.ref
                if anchor_day is None:
                    return _Hit(start, end, "DATE", None, mod=mod, relative=True)
                wd = self._lex.weekdays[m["rl_wd"].lower()]
                if shift < 0:
                    day = anchor_day - dt.timedelta(days=(anchor_day.isoweekday() - wd) % 7 or 7)
                else:
                    day = anchor_day + dt.timedelta(days=(wd - anchor_day.isoweekday()) % 7 or 7)
                return self._with_part(start, end, day, m["rl_part"], mod)
            if direction not in ("current",):
                return None
        if m["rl_wd"]:
            wd = self._lex.weekdays[m["rl_wd"].lower()]
            if doc.ref is None:
                return _Hit(start, end, "DATE", None, mod=mod, relative=True)
            ref = doc.ref
            delta = wd - ref.isoweekday()
            if shift < 0:
                day = ref - dt.timedelta(days=(-delta) % 7 or 7)
            elif shift > 0 and direction == "next":
                day = ref + dt.timedelta(days=delta % 7 or 7)
            else:
                day = ref + dt.timedelta(days=delta % 7)
            return self._with_part(start, end, day, m["rl_part"], mod)
        if m["rl_mon"]:
            month = self._lex.months[m["rl_mon"].lower()]
            if doc.ref is None:
                return _Hit(start, end, "DATE", None, mod=mod, relative=True)
            ref = doc.ref
            if shift < 0:
                year = ref.year if month < ref.month else ref.year - 1
            elif shift > 0:
                year = ref.year if month > ref.month else ref.year + 1
            else:
                year = ref.year
            if m["rl_day"]:  # "next June 30"
                day_of_month = int(m["rl_day"].rstrip("stndrh"))
                return _Hit(start, end, "DATE", dt.date(year, month, day_of_month).isoformat(), mod=mod,
                            relative=True)
            return _Hit(start, end, "DATE", f"{year:04d}-{month:02d}", mod=mod, relative=True)
        unit = m["rl_unit"].lower()
        if m["rl_mod"] and m["rl_mod"].lower() in ("earlier", "later") and shift != 0:
            return None
        if doc.ref is None:
            typ: TimexType = "TIME" if unit in self._lex.parts_of_day else "DATE"
            return _Hit(start, end, typ, None, mod=mod, relative=True)
        ref = doc.ref
        part = self._lex.parts_of_day.get(unit)
        if part is not None:
            if direction in ("this", "current"):
                return _Hit(start, end, "TIME", f"{ref.isoformat()}T{part}", mod=mod, relative=True)
            if direction == "last" and unit in ("night", "evening"):
                day = ref - dt.timedelta(days=1)
                return _Hit(start, end, "TIME", f"{day.isoformat()}T{part}", mod=mod, relative=True)
            return None
        value = _shift_unit(ref, unit, shift, self._lex)
        if value is None:
            return None
        if m["rl_part"]:
            return None
        return _Hit(start, end, "DATE", value, mod=mod, relative=True)

    def _with_part(self, start: int, end: int, day: dt.date, part: str | None, mod: str | None) -> _Hit:
        if part:
            return _Hit(start, end, "TIME", f"{day.isoformat()}T{self._lex.parts_of_day[part.lower()]}", mod=mod,
                        relative=True)
        return _Hit(start, end, "DATE", day.isoformat(), mod=mod, relative=True)

    def _anaphoric_shift(self, m: re.Match[str], doc: _Doc, shift: int) -> _Hit | None:
        unit = (m["rl_unit"] or "").lower()
        anchor = doc.last_day or doc.ref
        if anchor is None:
            return _Hit(m.start(), m.end(), "DATE", None, relative=True)
        if unit == "year" and doc.last_year is not None:
            return _Hit(m.start(), m.end(), "DATE", f"{doc.last_year + shift:04d}", relative=True)
        if unit in ("month", "week", "quarter") and doc.last_start is not None:
            anchor = doc.last_start
        if unit in self._lex.parts_of_day:
            day = anchor + dt.timedelta(days=shift)
            return _Hit(m.start(), m.end(), "TIME", f"{day.isoformat()}T{self._lex.parts_of_day[unit]}", relative=True)
        if unit == "day":
            return _Hit(m.start(), m.end(), "DATE", (anchor + dt.timedelta(days=shift)).isoformat(), relative=True)
        value = _shift_unit(anchor, unit, shift, self._lex)
        if value is None:
            return None
        return _Hit(m.start(), m.end(), "DATE", value, relative=True)

    def _h_ago(self, m: re.Match[str], doc: _Doc) -> _Hit | None:
        word = m["ag_dir"].lower()
        unit = self._lex.unit(m["ag_unit"])
        if unit is None:
            return None
        num_raw = m["ag_num"]
        amount = self._number(num_raw)
        start = m.start()
        at = m.start("ag_num")
        if num_raw[:1].isdigit() and at >= 2 and doc.text[at - 1] == "," and doc.text[at - 2].isdigit():
            # "versus 284,000 week ago": the digits end a larger number; a singular unit alone is
            # the telegraphic "(a) week ago".
            if word != "ago" or m["ag_unit"].lower() not in self._lex.units:
                return None
            amount, start = 1, m.start("ag_unit")
        after = doc.text[m.end():m.end() + 2]
        if word == "on" and _NOUN_PHRASE_AFTER.match(doc.low, m.end()) is not None and (
                _norm(m["ag_num"]) in ("a", "an") and not m["ag_apx"]
                and self._prev_word(doc, m.start()) not in self._lex.article_duration_context):
            return None  # "700 seats a week on the route": a rate, and "on" opens a place, not "a week on"
        if word == "on" or (word in ("before", "after", "back") and after[:1] not in (".", ",", ";", ")", "", "\n")):
            return self._h_dur_like(m)  # "two years on": counted from an event the text names elsewhere
        if word in ("earlier", "later") and doc.low.startswith(" than ", m.end()):
            return self._h_dur_like(m)  # "five years earlier than expected": a difference, not a date
        sign = -1 if word in ("ago", "earlier", "before", "back") else 1
        apx = self._lex.approximators.get(_norm(m["ag_apx"])) if m["ag_apx"] else None
        mod = "APPROX" if apx else None
        if apx == "MORE_THAN":
            mod = "BEFORE" if sign < 0 else "AFTER"  # "more than two years ago": before that date
        elif apx == "LESS_THAN":
            mod = "AFTER" if sign < 0 else "BEFORE"
        if "or so" in _norm(m.group()):
            mod = "APPROX"
        if word == "later":
            # "three days later": TimeBank annotates the length ("three days", P3D) and leaves
            # "later" as the signal relating it to the event before.
            return self._h_dur_like(m)
        anaphoric = word in ("earlier", "later", "before", "after", "on")
        anchor: dt.date | None = doc.ref
        if anaphoric and doc.last_day is not None and unit in ("day", "week"):
            anchor = doc.last_day
        if anchor is None:
            return _Hit(start, m.end(), "DATE", None, mod=mod, relative=True)
        if amount is None:
            value = "PAST_REF" if sign < 0 else "FUTURE_REF"  # "a few years ago", "years from now"
            return _Hit(start, m.end(), "DATE", value, mod=mod, relative=True)
        if unit in ("decade", "century"):
            # "a decade ago" is the year ten years back (1989 in 1999), not the previous decade;
            # "half a century ago" fifty years back.
            years = amount * (10 if unit == "decade" else 100)
            if years == int(years):
                year = anchor.year + sign * int(years)
                return _Hit(start, m.end(), "DATE", f"{year:04d}", mod=mod, relative=True)
        n = int(amount) if amount == int(amount) else None
        if n is None:
            return _Hit(start, m.end(), "DATE", None, mod=mod, relative=True)
        if unit == "year" and amount == 1 and word in ("ago", "earlier") and _quarter_context(doc, m.start(), 400):
            assert doc.last_quarter is not None
            y, q = doc.last_quarter
            return _Hit(start, m.end(), "DATE", f"{y - 1:04d}-Q{q}", mod=mod, relative=True, anchor=False)
        if word in ("earlier", "before") and doc.last_end > self._sentence_start(doc, m.start(), 200) and (
                (unit == "year" and doc.last_year is not None) or (unit == "month" and doc.last_gran == "month")):
            # "growth in 1985 against a year earlier", "output in December rose from 12 months
            # earlier": counted back from the time the same sentence named, not from the text's date.
            assert doc.last_value is not None
            anchor = dt.date(int(doc.last_value[:4]), int(doc.last_value[5:7]) if unit == "month" else 1, 1)
        if unit in ("hour", "minute", "second"):
            # "ten minutes later": a clock offset the day-level calendar cannot express; keep the
            # duration ("ten minutes"), as TimeML annotates it.
            return self._h_dur_like(m)
        shifted = _shift_unit(anchor, unit, sign * n, self._lex)
        return _Hit(start, m.end(), "DATE", shifted, mod=mod, relative=True)

    def _h_dur_like(self, m: re.Match[str]) -> _Hit | None:
        """The duration part of an "ago" match ("two days before the vote" -> "two days")."""
        code = self._unit_code(m["ag_unit"])
        if code is None:
            return None
        amount = self._number(m["ag_num"])
        mod = self._lex.approximators.get(_norm(m["ag_apx"])) if m["ag_apx"] else None
        return _Hit(m.start(), m.end("ag_unit"), "DURATION", self._duration(amount, code), mod=mod)

    def _h_dur(self, m: re.Match[str], doc: _Doc) -> _Hit | None:
        text = doc.text
        end = m.end()
        tail = text[end:end + 5]
        if tail.startswith("-old") or tail.startswith(" old") or tail.startswith("s old"):
            return None
        unit = self._lex.unit(m["du_unit"])
        if unit is None:
            return None
        if m["du_unit"][0].isupper() and self._is_name_word(doc, end):
            return None  # "the Six Day War", "the Hundred Years War": names
        num_raw = m["du_num"]
        low_num = _norm(num_raw)
        start = m.start()
        halved = m["du_half"] or m["du_halfw"] or m["du_andhalf"]
        if (m.group() == "one day" and self._prev_word(doc, start) in _MODALS
                and text[end:end + 1] == " " and text[end + 1:end + 2].islower()):
            return _Hit(start, end, "DATE", "FUTURE_REF")  # "Islam will one day be ...": some day ahead
        if (low_num in ("a", "an") and not m["du_dir"] and not m["du_apx"] and not halved
                and self._prev_word(doc, start) not in self._lex.article_duration_context):
            return None  # "a year" alone: "$5 a year", "a year of talks"
        code = self._unit_code(m["du_unit"])
        if code is None:
            return None
        amount = self._number(num_raw)
        if amount is None and low_num not in self._lex.vague_numbers:
            return None
        if m["du_unit"].lower() == "year" and num_raw.isdigit() and len(num_raw) == 4 and 1600 <= int(num_raw) <= 2100:
            return _Hit(m.start("du_num"), m.end("du_num"), "DATE", num_raw)  # "NOTE: 1986 year": the year 1986
        if amount is not None and (m["du_half"] or m["du_halfw"]):
            amount /= 2  # "half an hour", "a half-hour"
        if amount is not None and m["du_andhalf"]:
            amount += 0.5  # "a year and a half"
        mod = self._lex.approximators.get(_norm(m["du_apx"])) if m["du_apx"] else None
        if mod and m["du_the"] and _norm(m["du_apx"]) in ("over", "under", "around", "about", "some"):
            start, mod = m.start("du_the"), None  # "over the past two months": a preposition
        direction = (m["du_dir"] or "").lower()
        if unit == "weekend":
            return None
        if unit == "quarter" and (
                (amount is not None and amount != int(amount)) or "-" in m.group() or low_num in ("a", "an")
                or (self._next_word(doc, end).lower() == "of" and (
                    amount is not None or _PARTITIVE.match(doc.low, end) is not None))
                or (amount is None and not direction and (
                    low_num in ("the", "some", "many") or self._prev_word(doc, start) not in self._lex.extent_verbs))):
            # "three-quarters of the vote", "fell by nearly a quarter", "many quarters of the city",
            # "in some quarters", "interest from several quarters" are fractions, places or people;
            # "for several quarters", "the next few quarters" are times.
            return None
        if unit == "second" and low_num in ("a", "an") and self._next_word(doc, end)[:1].isalpha():
            return None  # "a second term", "a second time": the ordinal
        if direction in ("past", "last") and amount is None and m["du_the"]:
            return _Hit(start, end, "DURATION", self._duration(None, code), mod=mod)
        return _Hit(start, end, "DURATION", self._duration(amount, code), mod=mod)

    def _h_bare(self, m: re.Match[str], doc: _Doc) -> _Hit | None:
        """A bare plural unit after a preposition of extent ("for years", "within days"), at an edge
        ("the first days of the war"), or as an adjective ("a week-long visit", "decades-long conflict")."""
        unit_raw = m["ba_one"] or m["ba_unit"]
        code = self._unit_code(unit_raw)
        if code is None:
            return None
        if m["ba_one"] or m["ba_long"]:
            return _Hit(m.start(), m.end(), "DURATION", self._duration(1 if m["ba_one"] else None, code))
        if m["ba_edge"]:
            # "the first hours of the war", "in the early years": an unquantified stretch at an edge;
            # "the early hours (of Monday)" is the small hours, a time of night, not a length.
            if (code == "H" and "early" in m["ba_edge"].lower()) or m["ba_unit"][:1].isupper():
                return None  # ... and "Sophie Scholl - The Final Days" is a title
            return _Hit(m.start(), m.end(), "DURATION", self._duration(None, code))
        start = m.start()
        if doc.low.endswith("the ", 0, start) and self._prev_word(doc, start - 4) in _ACROSS_PREPOSITIONS:
            start -= 4  # "over the years": an unquantified stretch up to the time of the text
        elif self._prev_word(doc, start) not in self._lex.extent_verbs and not (
                self._prev_word(doc, start) == "in" and doc.text[m.end():m.end() + 1] in _PHRASE_END):
            return None  # but "the lowest level in years.", "could start in weeks,": a stretch of time
        after = self._next_word(doc, m.end()).lower()
        if after in ("of", "old", "ago", "later", "earlier"):
            return None
        return _Hit(start, m.end(), "DURATION", self._duration(None, code))

    def _h_dec(self, m: re.Match[str], doc: _Doc) -> _Hit | None:
        mod = {"early": "START", "mid": "MID", "late": "END"}.get((m["dc_mod"] or "").lower())
        if m["dc_c"]:
            value = f"{m['dc_c']}{m['dc_d']}"
        elif m["dc_d2"]:
            digit = m["dc_d2"]
            century = "19"
            if doc.ref is not None and int(f"20{digit}0") <= doc.ref.year:
                century = "20" if int(digit) <= (doc.ref.year % 100) // 10 and int(digit) < 3 else "19"
            value = f"{century}{digit}"
        else:
            value = f"19{self._lex.decade_words[m['dc_w'].lower()]}"
        return _Hit(m.start(), m.end(), "DATE", value, mod=mod)

    def _h_cent(self, m: re.Match[str], doc: _Doc) -> _Hit | None:
        n = int(m["ce_n"])
        if not 1 <= n <= 22:
            return None
        mod = {"early": "START", "mid": "MID", "late": "END"}.get((m["ce_mod"] or "").lower())
        return _Hit(m.start(), m.end(), "DATE", f"{n - 1:02d}", mod=mod)

    def _h_qtr(self, m: re.Match[str], doc: _Doc) -> _Hit | None:
        start, end = m.start(), m.end()
        if m["qt_q"]:
            named = int(m["qt_q"][1])
            if m["qt_qy"]:
                return _Hit(start, end, "DATE", f"{m['qt_qy']}-Q{named}")
            if doc.ref is None:
                return _Hit(start, end, "DATE", None, relative=True)
            return _Hit(start, end, "DATE", f"{doc.ref.year}-Q{named}", relative=True)
        det = (m["qt_det"] or "").lower()
        if det in ("its", "their", "a"):
            # "its fourth quarter": the possessive is not part of the expression.
            start = m.end("qt_det")
            start += len(doc.text[start:end]) - len(doc.text[start:end].lstrip())
        unit = m["qt_unit"].lower()
        if doc.low.startswith(("-final", " final", "final"), end):
            return None  # "the quarter-finals": a round of a tournament
        if doc.low.startswith("-to-", end):
            return None  # "the quarter-to-quarter comparison": a kind of comparison, not a quarter
        if unit == "quarter" and (century := _QUARTER_CENTURY.match(doc.low, end)) is not None:
            # "the past quarter of a century": 25 years
            return _Hit(m.start(), century.end(), "DURATION", "P25Y")
        body = _norm(m.group())
        pres = [p.lower() for p in _QUARTER_PREFIXES.findall(body.split(m["qt_unit"].lower())[0])]
        ord_raw = (m["qt_ord"] or "").lower()
        q = self._lex.ordinals.get(ord_raw)
        year: int | None = None
        if m["qt_year"]:
            year = int(m["qt_year"])
        for p in pres:
            if p.isdigit():
                year = int(p)
        if unit == "period" and q is None and year is None and not any(
            p in ("latest", "year-ago", "year-earlier", "same", "comparable", "corresponding") for p in pres
        ):
            return None
        if q is None and not det and not pres:
            return None
        if q is None and det == "a" and not pres:
            return None
        if not det and not pres and m.start() > 0 and doc.text[m.start() - 1:m.start()] == "-":
            return None
        if det == "last year's" or (m["qt_ly"] and q is not None):
            yshift = -1
        elif det == "next year's":
            yshift = 1
        else:
            yshift = 0
        # "the quarter a year ago", "the corresponding period last year": the year-ago quarter.
        ago = any(p in ("year-ago", "year-earlier") for p in pres) or (bool(m["qt_ly"]) and q is None)
        relative = year is None
        if year is not None:
            anchor = not ago
            if q is None and _quarter_context(doc, start):
                # "the 1988 quarter" after "third-quarter results": that quarter, in 1988 (a
                # comparison period, not the quarter later anaphora refer to).
                assert doc.last_quarter is not None
                q = doc.last_quarter[1]
                anchor = False
            if q is None:
                return _Hit(start, end, "DATE", f"{year:04d}")
            # A quarter of a later year ("sales in the third quarter of 1990") is a forecast, not
            # the period a results report is about.
            if doc.ref is not None and year > doc.ref.year:
                anchor = False
            return _Hit(start, end, "DATE", f"{year:04d}-Q{q}", anchor=anchor)
        ref = doc.ref
        if ref is None:
            return _Hit(start, end, "DATE", None, relative=True)
        cur_q = quarter_of(ref)
        if q is not None:
            y = ref.year + yshift - (1 if ago else 0)
            # A quarter not over by the reference date ("a fourth-quarter charge" in November) is
            # a forecast: later "the latest quarter" or "a year ago" refer to an earlier one.
            finished = (y, q) < (ref.year, cur_q)
            if not yshift and q > cur_q and self._direction(doc, start, end) <= 0:
                # Reported in the past: "fourth-quarter results" in January are last year's; a
                # quarter three back would carry its year, so "the second quarter ended January
                # 31" in March is a fiscal quarter of this year, over all the same.
                if (cur_q - q) % 4 <= 2:
                    y -= 1
                finished = True
            elif not yshift and q == cur_q and _RESULTS_REPORTED.search(
                    doc.low, self._sentence_start(doc, start, 80), start) is not None:
                finished = True  # "reported a decline in fourth-quarter earnings" in November: a fiscal quarter, over
            return _Hit(start, end, "DATE", f"{y:04d}-Q{q}", relative=relative, anchor=not ago and finished)
        # "the quarter", "the latest quarter", "the year-ago quarter", "this quarter", "next quarter"
        if unit == "quarter" and not ago and doc.last_quarter is None and (
                ended := self._quarter_ended(doc, end)) is not None:
            # After a named quarter ("first-quarter results"), "the quarter ended Sept. 29" is that
            # (maybe fiscal) quarter again; only alone does its end date say which one it is.
            return _Hit(start, end, "DATE", ended, relative=True)
        if ago and unit == "period" and doc.last_value and doc.last_value[:4].isdigit() and (
                doc.last_gran == "month" or (doc.last_quarter is None and doc.last_gran in ("year", "half", "season"))):
            # "42.6 pct the same period last year" after "its load factor for February": February of
            # the year before. After a whole year ("year-to-date sales ... the same period last year")
            # "last year" names the year before the text's.
            whole_year = doc.last_gran == "year" and "last" in _norm(m["qt_ly"] or "")
            year = ref.year - 1 if whole_year else int(doc.last_value[:4]) - 1
            return _Hit(start, end, "DATE", f"{year:04d}{doc.last_value[4:]}", relative=True, anchor=False)
        if ago:
            base = doc.last_quarter or _prev_quarter(ref.year, cur_q)
            return _Hit(start, end, "DATE", f"{base[0] - 1:04d}-Q{base[1]}", relative=True, anchor=False)
        if any(p in ("current", "this") for p in pres):
            return _Hit(start, end, "DATE", f"{ref.year:04d}-Q{cur_q}", relative=True)
        if "next" in pres:
            y, nq = (ref.year + 1, 1) if cur_q == 4 else (ref.year, cur_q + 1)
            return _Hit(start, end, "DATE", f"{y:04d}-Q{nq}", relative=True)
        if unit == "period" and any(p in ("same", "comparable", "corresponding") for p in pres) and doc.last_value \
                and doc.last_value[:4].isdigit():
            # "exports rose last year while imports in the same period fell": that year; "the
            # same period in 1985" after "the first half of 1986": the first half of 1985.
            periodic = doc.last_gran in ("year", "half", "season", "month", "quarter")
            later = _SAME_PERIOD_YEAR.match(doc.low, end)
            if later is not None:
                year = int(later["year"]) if later["year"] else ref.year - 1
                # Not the day a period ended on, nor a part of the very year named ("acquired in
                # August 1985 ... the comparable period for 1985" is 1985, not August again).
                part = doc.last_value[4:] if periodic and year != int(doc.last_value[:4]) else ""
                return _Hit(start, later.end(), "DATE", f"{year:04d}{part}", anchor=False)
            if periodic and doc.last_gran != "quarter":  # a quarter is handled below
                return _Hit(start, end, "DATE", doc.last_value, relative=True, anchor=False)
        if any(p in ("last", "previous", "past", "latest", "recent") for p in pres) or det in ("the", "its", "their"):
            last_quarter = doc.last_quarter
            if last_quarter is not None and ("same" in pres or "latest" in pres or not any(
                    p in ("last", "previous", "past", "recent") for p in pres)):
                y, pq = last_quarter
            else:
                y, pq = _prev_quarter(ref.year, cur_q)
            if det == "last year's":
                y -= 1
            return _Hit(start, end, "DATE", f"{y:04d}-Q{pq}", relative=True)
        return None

    def _quarter_ended(self, doc: _Doc, end: int) -> str | None:
        """The calendar quarter of "the quarter ended July 31": the one holding the middle of the three
        months that ended then (a fiscal quarter ending in July is mostly May to July: the second)."""
        m = _QUARTER_END_DATE.match(doc.text, end)
        if m is None or (month := self._lex.months.get(m["mon"].lower())) is None:
            return None
        year = int(m["year"]) if m["year"] else self._month_year(doc, month, m.start("mon"), m.end(), int(m["day"]))
        if year is None:
            return None
        middle = dt.date(year, month, int(m["day"])) - dt.timedelta(days=45)
        return f"{middle.year:04d}-Q{quarter_of(middle)}"

    def _h_half(self, m: re.Match[str], doc: _Doc) -> _Hit | None:
        following = self._next_word(doc, m.end()).lower().rstrip(".,")
        if not m["hf_year"] and following in ("hour", "an", "a", "time", "century", "decade", "dozen", "mile"):
            return None  # "the last half hour", "the second half an hour later"
        if following == "of" and "year" not in doc.low[m.end():m.end() + 40]:
            return None  # "the first half of the match", "of February": not half a year ("of the fiscal year" is)
        if following == "against" and not m["hf_year"]:
            return None  # "limped off in the first half against Saracens": half of a game
        h = 1 if m["hf_ord"].lower() in ("first", "1st") else 2  # second, last, latter
        if not m["hf_year"] and not m["hf_rel"] and self._in_match_report(doc, m.start(), m.end()):
            return None  # "scored early in the second half": half of a game, not of a year
        if m["hf_year"]:
            return _Hit(m.start(), m.end(), "DATE", f"{m['hf_year']}-H{h}")
        if doc.ref is None:
            return _Hit(m.start(), m.end(), "DATE", None, relative=True)
        rel = (m["hf_rel"] or "this").lower()
        year = doc.ref.year + {"last": -1, "next": 1}.get(rel, 0)
        return _Hit(m.start(), m.end(), "DATE", f"{year}-H{h}", relative=True)

    def _h_season(self, m: re.Match[str], doc: _Doc) -> _Hit | None:
        season = self._lex.seasons[m["se_s"].lower()]
        if not m["se_y"] and m["se_s"][0].isupper() and self._is_name_word(doc, m.end()):
            return None  # "the Summer Olympics", "the Arab Spring Uprisings": names
        det = (m["se_det"] or "").strip().lower()
        mod = self._mod(m["se_mod"])
        start = m.start()
        if m["se_y"]:
            return _Hit(start, m.end(), "DATE", f"{m['se_y']}-{season}", mod=mod)
        if not det and not mod:
            prev = self._prev_word(doc, start)
            if m["se_s"].lower() in ("fall", "spring") or prev not in (
                "in", "during", "by", "since", "until", "over", "through", "throughout", "before", "after", "this"
            ):
                return None
        if det == "the" and not mod:
            nxt = self._next_word(doc, m.end()).lower()
            if nxt == "of" and doc.low.startswith(" of ", m.end()) and (
                    spoken := self._spoken_year_at(doc.text, m.end() + 4)) is not None and not spoken["sy_mon"]:
                year_hit = self._h_spy(spoken, doc)
                if year_hit is not None and year_hit.value:
                    return _Hit(start, spoken.end(), "DATE", f"{year_hit.value}-{season}", mod=mod)
            if nxt == "of" or m["se_s"].lower() == "fall":
                return None
        if det in ("past", "previous"):
            return None
        if doc.ref is None:
            return _Hit(start, m.end(), "DATE", None, mod=mod, relative=True)
        ref = doc.ref
        first = self._lex.season_months[season][0]
        shift = {"last": -1, "next": 1, "coming": 1}.get(det, 0)
        year = ref.year + shift
        if det == "last" and first <= ref.month - 3:
            year = ref.year  # "last summer" said in November is this year's summer
        if season == "WI" and ref.month <= 2 and shift == 0:
            year -= 1
        return _Hit(start, m.end(), "DATE", f"{year:04d}-{season}", mod=mod, relative=True)

    def _h_year(self, m: re.Match[str], doc: _Doc) -> _Hit | None:
        year = int(m["yr"])
        start = m.start()
        text = doc.text
        before = doc.low[max(0, m.start("yr") - 3):m.start("yr")]
        if not m["yr_mod"]:
            previous = self._prev_word(doc, m.start("yr") - (1 if before.endswith((".", "$")) else 0))
            if previous in self._lex.number_labels or before.rstrip().endswith(("#", "$", "£", "€")):
                return None  # "No. 1990", "Windows 2000", "US$ 2015"
            after = text[m.end():m.end() + 14]
            nxt = _WORD.match(after.lstrip(" \t"))
            if nxt is not None and nxt.group().lower() in self._lex.quantity_nouns:
                return None
            if after[:1] == "-" and after[1:2].isdigit() and not _year_range(year, _digits(after[1:6])):
                return None  # "1990-1234": a serial number; "2014-2019" is a range of years
            unit = _WORD.match(after[1:]) if after[:1] == "-" else None
            if (unit is not None and unit.group().lower() in self._lex.quantity_nouns) or (
                    after.lstrip(" \t")[:1] in ("x", "*", "\u00d7") and _DIMENSION.match(after)):
                return None  # "a 2048-bit key", "2048 x 1080 pixels": a quantity
            if before.endswith("-") and before[-2:-1].isdigit():
                earlier = doc.low[max(0, m.start("yr") - 5):m.start("yr") - 1]
                if not (earlier.isdigit() and _year_range(int(earlier), str(year))):
                    return None  # "555-1990": a phone or serial number
            if not (1600 <= year <= 2100):
                return None
            # Plain counts rarely fall in 1600-1899; years do, but only in prose context.
            if year < 1900 and previous not in self._lex.year_context_words:
                return None
        mod = self._mod(m["yr_mod"])
        if m["yr_fy"]:  # "the 2003 fiscal year", "its 2004 financial year": that fiscal year
            if not m["yr_mod"] and previous == "the":
                start = doc.low.rindex("the", 0, start)
            return _Hit(start, m.end(), "DATE", f"FY{year:04d}", mod=mod)
        return _Hit(start, m.end(), "DATE", f"{year:04d}", mod=mod)

    def _h_dayw(self, m: re.Match[str], doc: _Doc) -> _Hit | None:
        if m["dw_pp"]:
            return self._part_of_that_day(m, doc)
        word = _norm(m["dw"])
        if m["dw"] == "Today" and m.start() == m.start("dw") and (
                self._after_name_word(doc, m.start())
                or doc.low.startswith((" programme", " program", " show"), m.end())):
            return None  # "USA Today", "the BBC Today programme", "Radio 4's Today programme": a title
        mod = self._mod(m["dw_mod"])
        part = (m["dw_part"] or m["dw_part0"] or "").lower()  # "yesterday afternoon", "mid-afternoon yesterday"
        start, end = m.start(), m.end()
        offset = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "overnight": 0,
                  "the day before yesterday": -2, "the day after tomorrow": 2}[word]
        is_time = word in ("tonight", "overnight") or bool(part)
        if doc.ref is None:
            return _Hit(start, end, "TIME" if is_time else "DATE", None, mod=mod, relative=True)
        day = doc.ref + dt.timedelta(days=offset)
        if word == "overnight" and _NEGATION.search(doc.low, self._sentence_start(doc, start, 60), start):
            return None  # "will not happen overnight": suddenly, not a night
        if word == "overnight":
            # The night leading into the day the text is about (a day of the past week named last):
            # "shares were depressed by overnight losses in New York" in a report on Friday's
            # trading is Thursday night.
            about = doc.last_day
            if about is None or not 0 <= (doc.ref - about).days <= 7:
                about = doc.ref
            night = about - dt.timedelta(days=1)
            return _Hit(start, end, "TIME", f"{night.isoformat()}TNI", mod=mod, relative=True)
        if word == "tonight":
            return _Hit(start, end, "TIME", f"{day.isoformat()}TNI", mod=mod, relative=True)
        if part:
            return _Hit(start, end, "TIME", f"{day.isoformat()}T{self._lex.parts_of_day[part]}", mod=mod, relative=True)
        return _Hit(start, end, "DATE", day.isoformat(), mod=mod, relative=True)

    def _part_of_that_day(self, m: re.Match[str], doc: _Doc) -> _Hit | None:
        """ "by late morning", "in mid-afternoon trading": that part of the day the text is about.

        Only after a preposition: "an early morning show" is a kind of show, not a time.
        """
        start, end = m.start(), m.end()
        before = self._prev_word(doc, start)
        if before == "the" and doc.low[start - 4:start] == "the ":
            start -= 4  # "in the early morning"
            before = self._prev_word(doc, start)
        if before not in _PART_PREPOSITIONS:
            return None
        mod = self._mod(m["dw_pm"])
        day = doc.last_day or doc.ref
        if day is None:
            return _Hit(start, end, "TIME", None, mod=mod, relative=True)
        part = self._lex.parts_of_day[m["dw_pp"].lower()]
        return _Hit(start, end, "TIME", f"{day.isoformat()}T{part}", mod=mod, relative=True)

    def _h_wkof(self, m: re.Match[str], doc: _Doc) -> _Hit | None:
        """ "the week of March 6": the ISO week containing that day."""
        hit = self._ymd(doc, m.start(), m.end(), m["wo_mon"], m["wo_day"], m["wo_year"], None)
        if hit is None or hit.value is None:
            return hit
        return _Hit(hit.start, hit.end, "DATE", week_value(dt.date.fromisoformat(hit.value)), relative=hit.relative)

    def _h_ana(self, m: re.Match[str], doc: _Doc) -> _Hit | None:
        phrase = _norm(m["an"])
        words = phrase.split()
        start, end = m.start(), m.end()
        if phrase == "the full year":
            # "profit for the full year": the current calendar year, as TimeBank annotates it.
            if doc.ref is None:
                return _Hit(start, end, "DATE", None, relative=True)
            return _Hit(start, end, "DATE", f"{doc.ref.year:04d}", relative=True, anchor=False)
        if phrase == "the year" and doc.low.endswith(" of ", 0, start) and (
                m["an"].endswith("Year") or self._prev_word(doc, start - 3) in self._lex.award_nouns):
            return None  # "Player of the Year", "album of the year": an award's name
        if phrase == "the year" and not _ENDED.match(doc.low[end:end + 12]):
            # "for the year", "a high for the year": the current year, as TimeML annotates it.
            if doc.ref is None:
                return _Hit(start, end, "DATE", None, relative=True)
            return _Hit(start, end, "DATE", f"{doc.ref.year:04d}", relative=True, anchor=False)
        if words[-1] in ("year", "quarter", "month") and words[0] == "the" and words[1] in (words[-1], "fiscal"):
            # "the year ended Sept. 30": the accounting period as a length of time.
            return _Hit(start, end, "DURATION", self._duration(1, self._lex.units[words[-1]]))
        if words[0] in ("earlier", "later") and words[1] == "in":
            # "earlier in the year": the start (or end) of the current year, month or week;
            # "later in the day" of the day the text is about.
            mod = "START" if words[0] == "earlier" else "END"
            anchor = (doc.last_day or doc.ref) if words[-1] == "day" else doc.ref
            if anchor is None:
                return _Hit(start, end, "DATE", None, mod=mod, relative=True)
            return _Hit(start, end, "DATE", _shift_unit(anchor, words[-1], 0, self._lex), mod=mod, relative=True)
        if phrase in ("year-end", "year's end", "year\u2019s end", "year end"):
            # "by year-end": the last day of the current year; "since year-end", or in the past
            # tense before December ("orders rose at year's end"), of the last one; "year-end
            # 1985" of that one. "Year's end" is the end part of the year, as TimeML writes "the
            # end of the year".
            if phrase == "year end" and (doc.text[start - 1:start] == "-" or self._prev_word(doc, start) in (
                    "fiscal", "financial", "calendar", "calender", "half")):
                return None  # "its fiscal year end", "the half-year end": which year's is not said
            named = _NAMED_YEAR.match(doc.text, end)
            named_before = _YEAR_BEFORE.search(doc.text, max(0, start - 6), start)
            if named is not None:
                year, end, relative = int(named[1]), named.end(), False
            elif named_before is not None:
                year, relative = int(named_before[1]), False  # "at 1986 year end"
            elif doc.ref is None:
                return _Hit(start, end, "DATE", None, relative=True)
            else:
                year, relative = doc.ref.year, True
                before = self._prev_word(doc, start)
                deadline = before in ("by", "before", "until")
                if before == "since" or (not deadline and doc.ref.month < 12 and self._direction(doc, start, end) < 0):
                    year -= 1
            if phrase == "year-end":
                return _Hit(start, end, "DATE", f"{year:04d}-12-31", relative=relative, anchor=False)
            return _Hit(start, end, "DATE", f"{year:04d}", mod="END", relative=relative, anchor=False)
        if phrase.startswith("year-"):
            # "year-earlier results": the year before the period under discussion.
            if doc.ref is None:
                return _Hit(start, end, "DATE", None, relative=True)
            if _quarter_context(doc, start):
                assert doc.last_quarter is not None
                y, q = doc.last_quarter
                return _Hit(start, end, "DATE", f"{y - 1:04d}-Q{q}", relative=True, anchor=False)
            return _Hit(start, end, "DATE", f"{doc.ref.year - 1:04d}", relative=True, anchor=False)
        if phrase.endswith("weekend"):
            if doc.ref is None:
                return _Hit(start, end, "DATE", None, relative=True)
            ref = doc.ref
            first = words[0]
            direction = {"last": -1, "next": 1, "this": 0}.get(first)
            if direction is None:
                direction = self._direction(doc, start, end) or -1
            sat = ref + dt.timedelta(days=6 - ref.isoweekday())
            if direction < 0 and ref.isoweekday() < 6:
                sat -= dt.timedelta(days=7)
            if first == "next":
                sat += dt.timedelta(days=7) if ref.isoweekday() >= 6 else dt.timedelta(0)
            return _Hit(start, end, "DATE", week_value(sat) + "-WE", relative=True)
        unit = words[-1]
        # "earlier that day", "later the same year": the start or end part of that period.
        edge = self._mod(m["an_mod"])
        anchor_day = doc.last_day or doc.ref
        if anchor_day is None:
            return _Hit(start, end, "DATE", None, mod=edge, relative=True)
        if words[0] == "the" and words[1] in ("day", "night"):
            shift = -1 if words[2] == "before" else 1
            if words[1] == "day" and doc.low[doc.last_day_end:start] == ", " and doc.low[end:end + 1] == " " \
                    and doc.low[end + 1:end + 2].isalpha():
                # "Oct. 12, the day before the plunge": an apposition naming that same day.
                return _Hit(start, end, "DATE", anchor_day.isoformat(), mod=edge, relative=True)
            day = anchor_day + dt.timedelta(days=shift)
            if words[1] == "night":
                return _Hit(start, end, "TIME", f"{day.isoformat()}TNI", mod=edge, relative=True)
            return _Hit(start, end, "DATE", day.isoformat(), mod=edge, relative=True, day_shift=shift)
        shift = {"same": 0, "that": 0, "following": 1, "next": 1, "previous": -1, "preceding": -1,
                 "prior": -1}[words[1] if words[0] == "the" else "that"]
        if unit in ("time", "period"):
            return None
        if unit in self._lex.parts_of_day:
            day = anchor_day + dt.timedelta(days=shift)
            part = self._lex.parts_of_day[unit]
            return _Hit(start, end, "TIME", f"{day.isoformat()}T{part}", mod=edge, relative=True)
        if unit == "day":
            day = anchor_day + dt.timedelta(days=shift)
            day_value = day.isoformat()
            if words[1] == "same":
                day_value = self._in_year_named_after(doc, day_value, end)
            return _Hit(start, end, "DATE", day_value, mod=edge, relative=True)
        if unit == "year" and doc.last_year is not None:
            return _Hit(start, end, "DATE", f"{doc.last_year + shift:04d}", mod=edge, relative=True)
        if unit == "quarter" and doc.last_quarter_value:
            return _Hit(start, end, "DATE", doc.last_quarter_value, mod=edge, relative=True)
        value = _shift_unit(doc.last_start or anchor_day, unit, shift, self._lex)
        if value is not None and unit == "month" and words[1] == "same":
            value = self._in_year_named_after(doc, value, end)
        return None if value is None else _Hit(start, end, "DATE", value, mod=edge, relative=True)

    @staticmethod
    def _in_year_named_after(doc: _Doc, value: str, end: int) -> str:
        """``value`` (a month or day) moved to the year named right after "the same month": "the same
        month in 1985", "the same day last year"; unchanged without one."""
        later = _SAME_PERIOD_YEAR.match(doc.low, end)
        if later is None or doc.ref is None:
            return value
        year = int(later["year"]) if later["year"] else doc.ref.year - 1
        if value[4:] == "-02-29":
            return f"{year:04d}-02"  # no such day that year: the month
        return f"{year:04d}{value[4:]}"

    def _h_wkd(self, m: re.Match[str], doc: _Doc) -> _Hit | None:
        wd = self._lex.weekdays[m["wk"].lower()]
        start, end = m.start(), m.end()
        part = (m["wk_part"] or "").lower()
        if not part and m["wk"][0].isupper() and self._is_name_word(doc, end) and (
            doc.low.endswith("the ", 0, start) or self._after_name_word(doc, start)
        ):
            return None  # "the Sunday Times", "the Good Friday Agreement": a name, not a day
        shared = None if part else _SHARED_PLURAL.match(doc.text, end)
        if shared is not None:  # "on Monday and Tuesday nights": each is a recurrence
            part = (shared["part"] or "").lower()
        if m["wk_pl"] or m["wk_ppl"] or shared is not None:  # "on Mondays", "Tuesday nights": a recurrence
            value = f"XXXX-WXX-{wd}" + (f"T{self._lex.parts_of_day[part]}" if part else "")
            return _Hit(start, end, "SET", value, quant="EVERY")
        mod_raw = (m["wk_mod"] or "").lower()
        if not mod_raw:
            # "late on Monday": "on" keeps the modifier out of the match the trigger walk finds.
            before = _MODIFIER_ON.search(doc.low, max(0, start - 12), start)
            if before is not None:
                start, mod_raw = before.start(), before[1]
        mod = {"early": "START", "earlier": "START", "late": "END", "later": "END"}.get(mod_raw)
        if doc.ref is None:
            return _Hit(start, end, "TIME" if part else "DATE", None, mod=mod, relative=True)
        day = self._weekday_date(doc, wd, self._weekday_direction(doc, start, end))
        assert day is not None
        return self._with_part(start, end, day, part or None, mod)

    def _h_ref(self, m: re.Match[str], doc: _Doc) -> _Hit | None:
        phrase = _norm(m["rf"])
        value = self._lex.reference_words.get(phrase)
        if value is None:
            return None
        start = m.start()
        if phrase.startswith("in the "):
            start = m.start() + m.group().lower().find("the")
        if phrase == "current":
            following = self._next_word(doc, m.end()).lower().strip(".,;:'\"")
            if following in self._calendar_words:
                return None  # "the current quarter", "current fiscal year": a longer expression
            if following in self._lex.current_non_temporal:
                return None  # "the current account deficit": not a time
        if phrase == "the past" and (following := self._next_word(doc, m.end()).lower()) and (
                (following in self._calendar_words and following not in self._lex.months) or following[0].isdigit()
                or (following in self._lex.number_words and following not in ("a", "an"))):
            return None  # "the past fiscal year", "the past three summers": a longer expression, not the noun
        if phrase == "the future" and doc.low.startswith(" of ", m.end()) and not doc.low.startswith(
                " of course", m.end()):
            return None  # "the future of our peoples": their prospects, not a time
        if phrase == "a while" and (self._prev_word(doc, start) not in ("for", "after", "within", "take", "takes")
                                    or self._next_word(doc, m.end()).lower().startswith(("ago", "back", "longer"))):
            return None  # "for a while", not "a while ago" (a date) or "once in a while" (a frequency)
        if not value.endswith("_REF"):
            return _Hit(start, m.end(), "DURATION", value)  # "recent years", "the coming weeks": PXY, PXW
        return _Hit(start, m.end(), "DATE", value)

    def _h_set(self, m: re.Match[str], doc: _Doc) -> _Hit | None:
        start, end = m.start(), m.end()
        if m["st_adv"]:
            adverb = m["st_adv"].lower()
            following = self._next_word(doc, end)
            if adverb == "quarterly" and following[:1].islower():
                return None  # "quarterly dividend": a reporting period, not a recurrence
            if _RATE_BEFORE.search(doc.low, max(0, start - 12), start) is not None:
                return None  # "to rise 8.5% annually", "average daily volume": a rate, not a recurrence
            if m["st_adv"][:1].isupper() and (following[:1].isupper() or self._after_name_word(doc, start)):
                return None  # "the Daily Telegraph", "China Daily": a title
            if adverb == "daily" and following[:1].isupper() and not following.rstrip(_WORD_PUNCTUATION).isupper():
                before = self._prev_word(doc, start)
                if before not in ("a", "an") and before not in self._lex.number_words and not (
                        doc.text[start - 2:start - 1].isdigit()):
                    return None  # "the Communist Party daily Granma": the newspaper, not "every day"
            return _Hit(start, end, "SET", self._lex.sets[adverb], quant="EVERY")
        if m["st_q"]:
            unit_raw = m["st_unit"]
            low = unit_raw.lower()
            if low in self._lex.weekdays:
                return _Hit(start, end, "SET", f"XXXX-WXX-{self._lex.weekdays[low]}", quant="EVERY")
            if low in self._lex.months:
                return _Hit(start, end, "SET", f"XXXX-{self._lex.months[low]:02d}", quant="EVERY")
            if low in self._lex.seasons:  # "every summer"
                return _Hit(start, end, "SET", f"XXXX-{self._lex.seasons[low]}", quant="EVERY")
            code = self._unit_code(unit_raw)
            if code is None:
                return None
            amount = self._number(m["st_num"]) if m["st_num"] else 1.0
            if m["st_other"]:
                amount = (amount or 1.0) * 2
            return _Hit(start, end, "SET", self._duration(amount, code), quant="EVERY")
        code = self._unit_code(m["st_u2"])
        if code is None:
            return None
        f = _norm(m["st_f"])
        times = {"once": 1.0, "twice": 2.0, "thrice": 3.0}.get(f)
        if times is None:
            times = self._number(f.replace(" times", ""))
        if times is None:
            return None
        return _Hit(start, end, "SET", self._duration(1, code), freq=f"{int(times)}X")

    def _h_hol(self, m: re.Match[str], doc: _Doc) -> _Hit | None:
        name = _norm(m["ho"])
        rule = self._lex.holidays.get(name)
        if rule is None:
            return None
        start, end = m.start(), m.end()
        if not m["ho_y"] and m["ho"][0].isupper() and self._is_name_word(doc, end):
            return None  # "the Good Friday Agreement", "the Easter Rising": names
        following = self._next_word(doc, end).lower().rstrip(_WORD_PUNCTUATION)
        if not m["ho_y"] and following in self._lex.holiday_object_nouns:
            return None  # "lit up like Christmas trees", "Easter eggs": things, not days
        if m["ho_y"]:
            year = int(m["ho_y"])
            relative = False
        else:
            if doc.ref is None:
                return _Hit(start, end, "DATE", None, relative=True)
            year = doc.ref.year
            relative = True
        day = _holiday(rule, year)
        if not relative and day is None:
            return None
        which = (m["ho_rel"] or "").lower()
        if relative and doc.ref is not None and day is not None:
            if which == "last" and day >= doc.ref:
                day = _holiday(rule, year - 1)  # "last Christmas": the latest one before
            elif which == "next" and day <= doc.ref:
                day = _holiday(rule, year + 1)  # "next Easter": the first one after
            elif not which and (day - doc.ref).days > 183:
                # The nearest occurrence: Christmas said in January is the one just past ("this
                # Christmas" is this year's).
                day = _holiday(rule, year - 1)
            elif not which and (doc.ref - day).days > 183:
                day = _holiday(rule, year + 1)
        if day is not None and doc.text.startswith(" week", end) and not doc.text[end + 5:end + 6].isalpha():
            # "as Easter week began": the (ISO) week of the holiday, Monday to Easter Sunday.
            return _Hit(start, end + 5, "DATE", week_value(day), relative=relative)
        return _Hit(start, end, "DATE", None if day is None else day.isoformat(), relative=relative)

    def _h_mon(self, m: re.Match[str], doc: _Doc) -> _Hit | None:
        name = m["mo"].lower()
        start, end = m.start(), m.end()
        mod = self._mod(m["mo_mod"])
        if not mod:
            prev = self._prev_word(doc, start)
            nxt = self._next_word(doc, end)
            safe = prev in self._lex.month_context_words and not (prev in ("and", "or") and nxt[:1].isupper())
            # "a June agreement", "the March accession": a determiner, the capitalised name, a noun.
            modifier = (
                prev in self._lex.month_modifier_determiners and m["mo"][:1].isupper() and nxt[:1].islower()
            )
            if not (safe or modifier):
                if name in self._lex.ambiguous_months:
                    return None
                if nxt[:1].isupper() or nxt[:1].isdigit():
                    return None
        month = self._lex.months[name]
        if doc.ref is None:
            return _Hit(start, end, "DATE", None, mod=mod, relative=True)
        year = self._month_year(doc, month, start, end)
        return _Hit(start, end, "DATE", f"{year:04d}-{month:02d}", mod=mod, relative=True)




_ASCII_LOWER = {code: code + 32 for code in range(65, 91)}


_SEPARATORS = frozenset(" \t,-\n(")
# Words that may come before a weekday opening its sentence ("On Tuesday, ...", "Also Sunday, ...").
# Before "Sunday's vote": words that put what the weekday dates ahead (f) or behind (p).
_POSSESSIVE_WEEKDAY_BEFORE = re.compile(
    r"\b(?:(?P<f>ahead of|until|till|awaiting|await|upcoming)|(?P<p>after|since|following|over))"
    r"[ \t]+(?:(?:the|this|last|next)[ \t]+)?$"
)
_COMPARING = frozenset({"well", "far", "just", "slightly", "still", "way", "comfortably", "sharply", "points"})
_SENTENCE_OPENERS = frozenset({"on", "also", "and", "but", "then", "early", "late", "by", "until", "till"})
_SEPARATOR_CHARS = " \t,-\n("
# The last separator before the end of a (short) window: ``match`` runs to the window's end and
# backs off to it, one regex call instead of an rfind per separator.
_LAST_SEPARATOR = re.compile(r"(?s:.*)[ \t,\-\n(]")


def _chain_starts(
    low: str, pos: int, floor: int, prefix: frozenset[str], non_openers: frozenset[str]
) -> tuple[list[int], bool]:
    """Where to try a match for the trigger at ``pos``, earliest first, and whether modifiers precede it.

    Walks back at most six words over spaces, single line breaks, commas and hyphens, stopping at
    ``floor`` (the end of the previous expression) or at a word that cannot be part of a
    temporal expression; number tokens ("10", "2.5") always qualify. Words that never open an
    expression ("of", "in", "and") extend the walk but are not tried as starts.
    """
    starts = [pos]
    seen = False
    i = pos
    for _ in range(6):
        # One to three separators before the word; four, or reaching the floor, end the walk.
        gap = low[i - 4 if i - 4 > floor else floor:i]
        separators = len(gap) - len(gap.rstrip(_SEPARATOR_CHARS))
        if separators == 0 or separators == len(gap):
            break
        j = i - separators
        lo = j - 17 if j - 17 > floor else floor
        # The word starts after the last separator in the window; none means it is too long.
        k = low.rfind(" ", lo, j) + 1
        word = low[k:j]
        if not (k and word.isalnum()):  # a word with other separators or dots: the general case
            last_sep = _LAST_SEPARATOR.match(low, lo, j)
            k = last_sep.end() if last_sep is not None else 0
            if k == 0 and lo > 0:
                break
            word = low[k:j].rstrip(".")
        if not word or (word not in prefix and not word[0].isdigit()):
            break
        seen = True
        if word not in non_openers:
            starts.append(k)
        i = k
    return starts[::-1], seen


# Words a title-case headline capitalises that do not make a name ("Talks Resume On Christmas Eve As ...").
_TITLE_SMALL_WORDS = frozenset({
    "a", "an", "and", "as", "at", "after", "before", "but", "by", "for", "from", "in", "into", "is", "of", "on",
    "or", "the", "to", "was", "were", "will", "with",
})
_WORD_PUNCTUATION = ".,;:!?\"'()"
_ATTRIBUTION = frozenset({"said", "says", "told"})
# Words before a participle that make it a passive or infinitive, not a past tense.
_PASSIVE_AUXILIARIES = frozenset({"be", "being", "been", "to", "will", "would", "shall", "can", "could", "may",
                                  "might", "must", "should"})
_PHRASE_END = frozenset(".,;:)!?\"'")
_ACROSS_PREPOSITIONS = frozenset({"over", "through", "throughout", "across"})
_MODALS = frozenset({"will", "would", "shall", "can", "could", "may", "might", "must", "should"})
# Participles that put the date they precede in the future ("scheduled March 3").
_SCHEDULE_PARTICIPLES = frozenset({"scheduled", "rescheduled", "planned", "expected", "slated", "postponed",
                                   "delayed", "deferred", "extended", "adjourned", "proposed", "called"})
_PART_PREPOSITIONS = frozenset({"by", "in", "at", "until", "till", "since", "from", "before", "after", "around",
                                "during", "about", "through", "throughout"})
_UNIT_JOINERS = frozenset("-'\u2019 ")


def _unit_compound(low: str, pos: int, word: str) -> bool:
    """Does a unit word ending at ``pos`` form an expression with what follows ("week-long",
    "year-end", "year's end", "year end")?"""
    if low.startswith("-long", pos):
        return True
    return word == "year" and (low[pos] == "-" or low.startswith(("'s end", "\u2019s end", " end"), pos))


def _shifted_day(shift: _Hit, day: _Hit) -> _Hit:
    """"The day before" + "last Tuesday" as one expression: the day before that Tuesday."""
    assert day.value is not None
    value = (dt.date.fromisoformat(day.value[:10]) + dt.timedelta(days=shift.day_shift)).isoformat()
    return _Hit(shift.start, day.end, "DATE", value, relative=shift.relative or day.relative)


def _digits(text: str) -> str:
    """The leading run of digits of ``text``."""
    end = 0
    while end < len(text) and text[end].isdigit():
        end += 1
    return text[:end]


def _year_range(first: int, second: str) -> bool:
    """Do ``first`` and ``second`` form a range of years ("2014-2019", "2016-17")?"""
    if len(second) == 2:
        return int(second) == (first + 1) % 100
    return len(second) == 4 and 0 < int(second) - first <= 60


def _quarter_context(doc: _Doc, pos: int, window: int = 250) -> bool:
    """Was a quarter mentioned at most ``window`` characters before ``pos``?

    In a results report, "a year earlier" or "year-earlier" after a quarter means that quarter a
    year before, as TimeML annotates it.
    """
    return doc.last_quarter is not None and pos - doc.last_quarter_end < window


def _prev_quarter(year: int, quarter: int) -> tuple[int, int]:
    return (year - 1, 4) if quarter == 1 else (year, quarter - 1)


def _shift_unit(ref: dt.date, unit: str, shift: int, lex: Lexicon) -> str | None:
    """Value of the calendar ``unit`` containing ``ref`` shifted by ``shift`` units."""
    if unit == "day":
        return (ref + dt.timedelta(days=shift)).isoformat()
    if unit in ("week", "fortnight"):
        return week_value(ref + dt.timedelta(days=7 * shift * (2 if unit == "fortnight" else 1)))
    if unit == "weekend":
        sat = ref + dt.timedelta(days=6 - ref.isoweekday() + 7 * shift)
        return week_value(sat) + "-WE"
    if unit == "month":
        y, mo = add_months(ref.year, ref.month, shift)
        return f"{y:04d}-{mo:02d}"
    if unit == "quarter":
        y, mo = add_months(ref.year, 3 * (quarter_of(ref) - 1) + 1, 3 * shift)
        return f"{y:04d}-Q{(mo - 1) // 3 + 1}"
    if unit == "half":
        y, mo = add_months(ref.year, 1 if ref.month <= 6 else 7, 6 * shift)
        return f"{y:04d}-H{1 if mo <= 6 else 2}"
    if unit == "year":
        return f"{ref.year + shift:04d}"
    if unit == "decade":
        return f"{ref.year // 10 + shift:03d}"
    if unit == "century":
        return f"{ref.year // 100 + shift:02d}"
    if unit in lex.seasons:
        code = lex.seasons[unit]
        first = lex.season_months[code][0]
        year = ref.year + shift
        if shift < 0 and first <= ref.month - 3:
            year += 1
        return f"{year:04d}-{code}"
    return None


def _holiday(rule: tuple[object, ...], year: int) -> dt.date | None:
    try:
        kind = rule[0]
        if isinstance(kind, int) and isinstance(rule[1], int):
            return dt.date(year, kind, rule[1])
        if kind == "nth":
            month, weekday, nth = (int(str(x)) for x in rule[1:4])
            days_after = int(str(rule[4])) if len(rule) > 4 else 0  # Election Day: the day after a Monday
            return nth_weekday(year, month, weekday, nth) + dt.timedelta(days=days_after)
        if kind == "last":
            month, weekday = (int(str(x)) for x in rule[1:3])
            return nth_weekday(year, month, weekday, -1)
        if kind == "easter":
            shift = int(str(rule[1])) if len(rule) > 1 else 0
            return easter(year) + dt.timedelta(days=shift)
    except ValueError:
        return None
    return None


@lru_cache(maxsize=4096)
def _parse_numeric_date(raw: str) -> str | None:
    """Parse a numeric date such as ``10/7/2025`` with dateparser (US month-first order), memoised.

    Numeric dates are rare in news and their field order is ambiguous; dateparser's order
    handling and validation are worth its cost here, and the cache keeps repeats free.
    """
    import dateparser  # noqa: PLC0415 - importing dateparser takes ~0.5 s; only pay it when needed

    parsed = dateparser.parse(
        raw, languages=["en"],
        settings={"DATE_ORDER": "MDY", "STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first",
                  "RETURN_AS_TIMEZONE_AWARE": False},
    )
    if parsed is None:
        return None
    return str(parsed.date().isoformat())
