"""The compiled patterns of the temporal tagger.

Two layers, both built once from the lexicon:

* the *trigger pattern*: a trie of the words every temporal expression contains (month and
  weekday names, units, "today", "now", ...) plus digit shapes (years, clock times), anchored at
  word starts; it runs once over the lower-cased text and finds the few places worth a closer look;
* the *alternatives* (``iso``, ``clock``, ``mdy``, ``rel``, ``dur``, ...): one regex each, with named
  sub-groups carrying the parts the normaliser needs, each compiled once. For each trigger
  category only the alternatives that can contain such a word are tried, one after another in
  priority order (at one start position the first alternative that matches wins, so longer
  constructions first).

Every repetition is bounded or possessive and every match attempt starts at a known offset, so the
work is linear in the length of the text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .lexicon import Lexicon, load_lexicon

__all__ = [
    "ALTERNATIVES", "REQUIRED_WORDS", "TRIGGER_OPENERS", "WORD_OPENERS", "Candidates", "category_patterns",
    "optional_as_branch", "prefix_words", "trigger_pattern", "word_alternation",
]

# One gap between words: spaces/tabs with at most one line break (never a paragraph break).
S = r"(?:[ \t]++(?:\n[ \t]*+)?|\n[ \t]*+)"
# A gap or a hyphen ("ten-year", "mid-September").
H = r"(?:[ \t]*+-[ \t]*+|" + S + ")"

ALTERNATIVES = (
    "spy", "iso", "slash", "clock", "mdy", "dmy", "my", "fy", "edge", "qtr", "rel", "ago", "dur", "bare", "dec",
    "cent", "half", "season", "year", "dayw", "wkof", "ana", "wkd", "ref", "set", "hol", "mon",
)


def _alt(words: list[str], flags: str = "i") -> str:
    """A trie-shaped alternation of literal words; spaces match any gap.

    With ``flags="i"`` the first letter matches either case (the rest is lower case, as in news
    prose); with ``flags=""`` the words match exactly as given.
    """
    return "(?:" + _trie(list(set(words)), first_ci=flags == "i") + ")"


def word_alternation(words: list[str]) -> str:
    """A trie-shaped regex alternation of lower-case words (spaces match any gap)."""
    return _alt(words, flags="")


def _cased(words: list[str]) -> list[str]:
    return [v for w in words for v in (w.capitalize(), w.upper())]


def build_pattern(lex: Lexicon) -> dict[str, str]:
    """The regex source of every alternative, by name, in match-priority order."""
    longest: dict[int, str] = {}
    for name, number in lex.months.items():
        if len(name) > len(longest.get(number, "")):
            longest[number] = name
    full_months = sorted(longest.values())
    abbr_months = [k for k in lex.months if k not in full_months]
    mon_full = _alt(_cased(full_months), flags="") + r"\b"
    mon_abbr = _alt(_cased(abbr_months), flags="") + r"\b\.?"
    mon = f"(?:{mon_full}|{mon_abbr})"
    wd_full_l = [k for k in lex.weekdays if len(k) > 5]
    wd_abbr_l = [k for k in lex.weekdays if len(k) <= 5]
    wd_name = _alt(_cased(wd_full_l), flags="")
    wd_full = wd_name + r"\b"
    wd_any = "(?:" + wd_full + "|" + _alt(_cased(wd_abbr_l), flags="") + r"\b\.?)"
    year = r"(?:1[5-9]\d\d|20\d\d)(?![\d]|[.,]\d)"
    day = r"[0-3]?\d(?:st|nd|rd|th)?(?!\d|[:.,]\d|%|-\d)"
    numw = _alt([w for w in lex.number_words if w not in ("a", "an")])
    num = (
        rf"(?:\d{{1,4}}(?:\.\d+)?+(?:[ \t-]1/2)?|{numw}(?:(?:-|{S}|{S}and{S}){numw}){{0,2}}|[Aa]n?)"
        rf"(?:(?:{S}|-)and(?:{S}|-)a(?:{S}|-)half)?"
    )
    vague = _alt(sorted(lex.vague_numbers - {"the"}))
    units_l = list(lex.units) + list(lex.unit_plurals)
    unit = _alt(units_l) + r"(?![a-z])"
    period_units = _alt(["year", "month", "week", "weekend", "quarter", "decade", "century", "day",
                         "morning", "afternoon", "evening", "night", "spring", "summer", "fall",
                         "autumn", "winter", "half"]) + r"\b"
    modw = _alt([m for m in lex.modifiers if m not in ("earlier", "later")])
    modw_rel = _alt(list(lex.modifiers))
    apx = _alt(list(lex.approximators))
    tz = _alt(list(lex.time_zones), flags="")
    refw = _alt(list(lex.reference_words))
    sets = _alt(list(lex.sets))
    seasons = _alt(list(lex.seasons))
    parts = _alt(["morning", "afternoon", "evening", "night"])
    dayword = _alt(["today", "yesterday", "tomorrow", "tonight", "overnight",
                    "the day before yesterday", "the day after tomorrow"])
    holidays = "(?:" + "|".join(
        re.escape(" ".join(p.capitalize() for p in h.split(" "))).replace(r"\ ", S)
        for h in sorted(lex.holidays, key=len, reverse=True)
    ) + r")\b"
    decw = _alt(list(lex.decade_words))
    tens = _alt([w for w, v in lex.number_words.items() if v in range(20, 100, 10) and " " not in w])
    ones = _alt([w for w, v in lex.number_words.items() if v in range(1, 10) and " " not in w and w not in ("a", "an")])
    teens = _alt([w for w, v in lex.number_words.items() if v in range(10, 20) and " " not in w])
    # Years read out in broadcast transcripts: "nineteen ninety-six", "the year two thousand".
    spoken_year = (rf"(?:(?P<sy_mon>{mon_full}){S}(?:(?i:of){S})?|(?i:the){S}(?i:year){S})?"
                   rf"(?:(?i:nineteen)(?:-|{S})(?P<sy_19>{tens}(?:-|{S}){ones}|{tens}|{teens})"
                   rf"|(?<=year )(?i:two){S}(?i:thousand)(?:{S}(?:(?i:and){S})?(?P<sy_20>{ones}|{teens}))?)\b"
                   rf"(?![ \t]*+-|{S}(?:{unit}|(?i:percent|per|dollars|people)\b))")
    alts = {
        "spy": spoken_year,
        "iso": r"(?<![\d/.-])(?P<iso_y>\d{4})-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)"
               r"(?:[T ](?P<iso_h>[0-2]\d):(?P<iso_mi>[0-5]\d)(?::[0-5]\d)?)?(?![\d-])",
        "slash": r"(?<![\d/.,-])(?P<sl_a>[0-3]?\d)/(?P<sl_b>[0-3]?\d)/(?P<sl_y>\d{4}|\d\d)(?![\d/])",
        "clock": rf"(?:(?P<ck_apx>{apx}){S})?(?:(?P<ck_h>[012]?\d)(?:[:.](?P<ck_m>[0-5]\d))?[ \t]?"
                 rf"(?P<ck_ap>[aApP](?:\.[mM]\b\.?|[mM]\b))|(?P<ck_word>(?i:noon|midday|midnight))\b"
                 rf"|(?P<ck_h24>[012]?\d):?(?P<ck_m24>[0-5]\d)(?=[ \t]*+(?:{tz}|(?i:hours|hrs)\b))"
                 rf"|(?<![\d.,])(?P<ck_hp>1[012]|[1-9]){S}(?i:in){S}(?i:the){S}(?P<ck_pd>(?i:morning|afternoon|evening))\b)"
                 rf"(?:{S}(?P<ck_tz>{tz})\b)?"
                 rf"(?:,?{S}(?:(?i:on){S})?(?P<ck_day>{wd_full}|(?i:today|yesterday|tomorrow)\b|{mon}{S}{day}))?",
        "mdy": rf"(?:(?P<md_wd>{wd_any}),?{S}(?:the{S})?)?(?:(?P<md_mod>{modw})(?:-|{S}))?"
               rf"(?P<md_mon>{mon}){S}(?P<md_day>{day})(?:,?{S}(?P<md_year>{year}|'\d\d\b))?",
        "dmy": rf"(?:(?P<dm_wd>{wd_any}),?{S})?(?:(?i:the){S})?(?<![\d.,/-])(?P<dm_day>[0-3]?\d)"
               rf"(?:st|nd|rd|th)?{S}(?:of{S})?(?P<dm_mon>{mon})(?:,?{S}(?P<dm_year>{year}))?",
        "my": rf"(?:(?P<my_mod>{modw})(?:-|{S}))?(?P<my_mon>{mon}),?{S}(?:(?i:of){S})?"
              rf"(?:(?P<my_year>{year})|(?P<my_rel>(?i:last|next|this)){S}(?i:year)\b)",
        "fy": rf"(?:(?i:the){S})?(?:(?P<fy_rel>(?i:current|next|last|latest|past|previous|prior|this|coming|same)){S})?"
              rf"(?i:fiscal|financial)(?:{S}(?i:year))?(?:{S}(?P<fy_y>{year})|(?P<fy_bare>(?<=year))\b)"
              rf"|FY[ \t]?(?P<fy_y2>\d{{4}}|\d\d)\b",
        "edge": rf"(?P<ed_mod>{modw}){S}(?i:the){S}(?P<ed_unit>(?i:week|month|year|quarter|decade|century))\b",
        "rel": rf"(?:(?P<rl_mod>{modw_rel})(?:-|{S}))?(?P<rl_the>(?i:the){S})?"
               rf"(?P<rl_dir>(?i:this{S}past|this{S}coming|last|next|this|coming|past|previous|current|following|"
               rf"upcoming)){S}"
               rf"(?:(?P<rl_unit>{period_units})|(?P<rl_wd>{wd_full})|(?P<rl_mon>{mon_full})(?:{S}(?P<rl_day>{day}))?)"
               rf"(?:{S}(?P<rl_part>{parts})\b)?",
        "ago": rf"(?:(?P<ag_apx>{apx}){S})?(?P<ag_num>{num}|{vague}){H}(?P<ag_unit>{unit})"
               rf"(?:{S}(?i:or{S}so))?{S}"
               rf"(?P<ag_dir>(?i:ago|earlier|later|before|after|from{S}now|hence|on|back)\b)",
        "dur": rf"(?:(?P<du_apx>{apx}){S})?(?:(?P<du_the>(?i:the){S})?(?P<du_dir>(?i:past|last|next|first|"
               rf"coming|previous|following|final|remaining|latest|initial|last|other)){S})?"
               rf"(?:(?P<du_half>(?i:half)){S}(?=(?i:an?){S}))?"
               rf"(?P<du_num>{num}|{vague}){H}(?:(?i:more|additional|full|straight|consecutive|trading|business|working|"
               rf"extra|long){S})?(?:(?P<du_halfw>(?i:half))(?:-|{S}))?(?P<du_unit>{unit})"
               rf"(?P<du_andhalf>{S}(?i:and){S}(?i:a){S}(?i:half)\b)?",
        "bare": rf"(?P<ba_edge>(?i:the){S}(?i:first|early|final|last|initial){S})?"
                r"(?P<ba_unit>(?i:years|months|weeks|decades|days|hours|minutes|centuries))\b(?P<ba_long>-long\b)?"
                r"|(?P<ba_one>(?i:day|week|month|year|decade|hour|century))-long\b",
        "dec": rf"(?:(?i:the){S})?(?:(?P<dc_mod>(?i:early|mid|late)){H}?)?"
               rf"(?:(?P<dc_c>1\d|20)(?P<dc_d>\d)0'?s\b|'(?P<dc_d2>\d)0s\b|(?:(?i:nineteen){H})?(?P<dc_w>{decw})\b)",
        "cent": rf"(?:(?P<ce_the>(?i:the)){S})?(?:(?P<ce_mod>(?i:early|mid|late)){H}?)?"
                rf"(?P<ce_n>\d{{1,2}})(?:st|nd|rd|th){H}(?i:century)\b",
        "qtr": rf"(?:(?P<qt_det>(?i:the|its|their|this year's|last year's|next year's|a)){S})?"
               rf"(?:(?P<qt_pre>(?i:latest|current|last|past|previous|next|same|comparable|corresponding|"
               rf"year-ago|year-earlier|fiscal|recent|\d{{4}}(?:'s)?|this)){H}){{0,2}}"
               rf"(?:(?P<qt_ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th|final)){H}"
               rf"(?:(?i:fiscal){H})?)?(?P<qt_unit>(?i:quarter|period)\b(?!-century))"
               rf"(?:(?:{S}(?i:of))?{S}(?P<qt_year>{year})|{S}(?P<qt_ly>(?i:last{S}year|a{S}year{S}(?:ago|earlier)))\b)?"
               rf"|\b(?P<qt_q>Q[1-4])(?:{S}(?P<qt_qy>{year}))?\b",
        "half": rf"(?:(?i:the){S})?"
                rf"(?P<hf_ord>(?i:first|second|1st|2nd|latter|last(?=(?:{H}|{S})(?i:half){S}(?i:of)\b)))"
                rf"(?:{H}|{S})(?i:half)"
                rf"(?:{S}(?i:of){S}(?:(?P<hf_year>{year})|(?P<hf_rel>(?i:this|last|next|the)){S}(?i:year)))?\b",
        "season": rf"(?:(?P<se_mod>{modw})(?:-|{S}))?(?P<se_det>(?i:the|this|last|next|past|coming|previous)"
                  rf"{S})?(?P<se_s>{seasons})\b(?:{S}(?:(?i:of){S})?(?P<se_y>{year}))?",
        "year": rf"(?:(?P<yr_mod>{modw})(?:-|{S}))?(?<![\d$£€#/.,:])(?P<yr>{year})(?!%|[:/]\d)"
                rf"(?P<yr_fy>{S}(?i:fiscal|financial){S}(?i:year)\b)?",
        "dayw": rf"(?:(?P<dw_mod>{modw_rel})(?:-|{S}))?(?:(?P<dw_part0>{parts}){S})?(?P<dw>{dayword})\b"
                rf"(?:{S}(?P<dw_part>{parts})\b)?"
                rf"|(?P<dw_pm>(?i:early|mid|late))(?:-|{S})(?P<dw_pp>(?i:morning|afternoon|evening))\b",
        "wkof": rf"(?i:the){S}(?i:week){S}(?i:of){S}(?P<wo_mon>{mon}){S}(?P<wo_day>{day})(?:,?{S}(?P<wo_year>{year}))?",
        "ana": rf"(?:(?P<an_mod>(?i:earlier|later)){S}(?=(?i:that|the{S}same){S}))?"
               rf"(?P<an>(?i:the{S}same{S}(?:day|week|month|year|time|period)|that{S}(?:day|week|month|"
               rf"quarter(?!-)|year|morning|night|evening|afternoon)|the{S}(?:following|next|previous|preceding|prior){S}"
               rf"(?:day|week|month|year|morning|evening|night)|the{S}day{S}(?:before|after)|"
               rf"the{S}night{S}before|the{S}weekend|(?:this|last|next){S}weekend|year-(?:earlier|ago|end)|year(?:['\u2019]s)?{S}end|the{S}full{S}year(?!{S}(?:(?:ended|ending|to)\b|\d))|"
               rf"(?:earlier|later){S}in{S}the{S}(?:year|month|week|day)|"
               rf"the{S}(?:fiscal{S})?(?:year|quarter|month)(?={S}(?:ended|ending)\b)|"
               rf"the{S}year(?![-'\u2019]|{S}(?:(?:ended|ending|before|after|earlier|later|ago|to)\b|\d)))\b)",
        "wkd": rf"(?:(?P<wk_mod>(?i:early|late|earlier|later)){S})?(?P<wk>{wd_name})(?:(?P<wk_pl>s)\b|\b)"
               rf"(?:{S}(?P<wk_part>{parts})(?P<wk_ppl>s)?\b)?",
        "ref": rf"(?P<rf>{refw})\b",
        "set": rf"(?P<st_adv>{sets})\b|(?P<st_q>(?i:every|each)){S}(?:(?P<st_other>(?i:other)){S})?"
               rf"(?:(?P<st_num>{num}){S})?(?P<st_unit>{unit}|{wd_full}|{mon_full}|{seasons}\b)"
               rf"|(?P<st_f>(?i:once|twice|thrice)|{num}{S}(?i:times)){S}(?i:a|an|per|each|every){S}"
               rf"(?P<st_u2>{unit})",
        "hol": rf"(?:(?P<ho_rel>(?i:this|last|next)){S})?(?P<ho>{holidays})(?:{S}(?P<ho_y>{year}))?",
        "mon": rf"(?:(?P<mo_mod>{modw})(?:-|{S}))?(?P<mo>{mon_full})",
    }
    assert set(alts) == set(ALTERNATIVES)
    return {name: alts[name] for name in ALTERNATIVES}


# Which alternatives can contain a trigger word of each category as their first trigger, in the
# order they are tried. Matching only these at a trigger keeps each attempt to a handful of
# alternatives instead of all of them.
CATEGORY_ALTERNATIVES: dict[str, tuple[str, ...]] = {
    "month": ("spy", "mdy", "dmy", "my", "rel", "set", "hol", "mon"),
    "weekday": ("mdy", "dmy", "rel", "wkd", "set", "hol"),
    "unit": ("spy", "fy", "edge", "qtr", "rel", "ago", "dur", "bare", "cent", "half", "season", "dayw", "wkof", "ana",
             "ref",
             "set", "hol"),
    # Years are the commonest digit trigger; only what can match longer at the same start
    # ("1990s", "1988 third quarter", ISO dates, clock times) is tried before them.
    "digit": ("iso", "slash", "clock", "dec", "qtr", "year", "dmy", "fy", "ago", "dur", "cent", "half",
              "set"),
    "dayword": ("clock", "rel", "dayw", "ana"),
    "ref": ("qtr", "rel", "ago", "dur", "season", "ref"),
    "season": ("rel", "season", "set"),
    "set": ("set",),
    "part": ("clock", "rel", "dayw", "ana", "wkd"),
    "fiscal": ("fy", "qtr", "dur"),
    "quarter": ("fy", "edge", "qtr", "half", "rel", "ago", "dur", "ana", "set", "ref"),
    "decade": ("dec",),
    "holiday": ("hol",),
    "spoken": ("spy",),
}


# The alternatives of a category that can begin with its trigger word itself, in the same order;
# the others need a word before the trigger ("the", a weekday, a number, "every"), so at the
# trigger itself only these are tried. A month name opens no "dmy", "rel", "set" or holiday match
# (but see :data:`WORD_OPENERS`); a unit only bare plurals and "week-long"; a number opens no
# fiscal year; a weekday only dates and weekdays; "today" and the other day words only
# themselves; "noon" and "morning" only clock times and "morning yesterday"; "fiscal" only fiscal
# years and "fiscal first quarter"; "quarter", "period" and "Q3" only quarters, and "half" ("half
# a") durations and sets.
TRIGGER_OPENERS: dict[str, tuple[str, ...]] = {
    "month": ("spy", "mdy", "my", "mon"),
    "weekday": ("mdy", "dmy", "wkd"),
    "unit": ("bare",),
    "digit": ("iso", "slash", "clock", "dec", "qtr", "year", "dmy", "ago", "dur", "cent", "half", "set"),
    "dayword": ("dayw",),
    "ref": ("ref",),
    "season": ("season",),
    "part": ("clock", "dayw"),
    "fiscal": ("fy", "qtr"),
    "quarter": ("qtr", "ago", "dur", "set"),
}

# Trigger words that open other alternatives than the rest of their category (see
# :data:`TRIGGER_OPENERS`): "May" opens "May Day"; "year" opens "year-ago quarter" and
# "year-earlier", "second" "second quarter" and "second half", "night" "night yesterday";
# "current", "recent" and "past" begin quarters ("current quarter"), "current", "past" and
# "coming" relative dates, "past" and "coming" durations and seasons, "past" also "past years";
# the other reference words open only reference phrases ("now", "recently").
WORD_OPENERS: dict[str, tuple[str, ...]] = {
    "may": ("spy", "mdy", "my", "hol", "mon"),
    "year": ("qtr", "bare", "ana"),
    "second": ("qtr", "half"),
    "night": ("dayw",),
    "current": ("qtr", "rel", "ref"),
    "recent": ("qtr", "ref"),
    "past": ("qtr", "rel", "dur", "season", "ref"),
    "coming": ("rel", "dur", "season", "ref"),
}


# Alternative -> lower-case strings at least one of which every match of it contains: each
# alternative listed spells one of them literally (no gap inside it) as a part it cannot match
# without: "nineteen" or "thousand" in a spoken year, "/" in a slash date, "q" (of "quarter",
# "Q3") or "period" in a quarter. In a text whose lower-cased form contains none of them that
# alternative cannot match, so it is not tried. Checking a text for a string costs a scan of it,
# so listed are only alternatives tried often in vain whose strings are rare in news (or, like
# "/" and "q", one character long: a scan for one character is the cheapest).
REQUIRED_WORDS: dict[str, tuple[str, ...]] = {
    "spy": ("nineteen", "thousand"),
    "slash": ("/",),
    "qtr": ("q", "period"),
    "cent": ("century",),
    "half": ("half",),
}


# A token of regex source: an escape, a character class, a parenthesis, or a run of anything else.
_TOKEN = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|[()]|[^\\\[()]+", re.DOTALL)
_LOOKAROUNDS = ("(?=", "(?!", "(?<=", "(?<!")


def optional_as_branch(source: str) -> str:
    """``source`` with every optional group ``(X)?`` written as the alternation ``(?:(X)|)``.

    Both try ``X`` first and then nothing, so they match the same spans with the same groups;
    but Python's engine runs ``(X)?`` as a repeat (a repeat context set up and freed per attempt)
    and the alternation as a plain branch, which costs less at each of the many places a temporal
    pattern is tried in vain (measured: 4% fewer instructions for the tagger). Optional single
    characters (``s?``), look-arounds, possessive ``?+`` and lazy ``??`` are left alone.
    """
    tokens = _TOKEN.findall(source)
    out: list[str] = []
    opened: list[int] = []
    for k, token in enumerate(tokens):
        if token == "(":
            opened.append(len(out))
        elif token == ")":
            start = opened.pop()
            after = tokens[k + 1] if k + 1 < len(tokens) else ""
            group = "".join(out[start:]) + ")"
            if after[:1] == "?" and after[1:2] not in ("?", "+") and not group.startswith(_LOOKAROUNDS):
                del out[start:]
                out.append(f"(?:{group[3:-1]}|)" if group.startswith("(?:") else f"(?:{group}|)")
                tokens[k + 1] = after[1:]
                continue
        out.append(token)
    return "".join(out)


def _categories(lex: Lexicon) -> dict[str, str]:
    """Category of every trigger word (see :data:`CATEGORY_ALTERNATIVES`)."""
    cats: dict[str, str] = {}
    for word in lex.months:
        cats[word] = "month"
    for word in lex.weekdays:
        cats[word] = cats[word + "s"] = "weekday"
    for word in list(lex.units) + list(lex.unit_plurals):
        cats[word] = "unit"
    for word in lex.sets:
        cats[word] = "set"
    for word in lex.seasons:
        cats[word] = "season"
    for word in lex.decade_words:
        cats[word] = "decade"
    for word in ("today", "yesterday", "tomorrow", "tonight", "overnight"):
        cats[word] = "dayword"
    for word in ("noon", "midday", "midnight", "morning", "afternoon", "evening"):
        cats[word] = "part"
    for word in ("fiscal", "fy"):
        cats[word] = "fiscal"
    for word in ("quarter", "quarters", "period", "half", "q1", "q2", "q3", "q4"):
        cats[word] = "quarter"
    for word in ("christmas", "easter", "thanksgiving", "halloween", "eve"):
        cats[word] = "holiday"
    cats["nineteen"] = "spoken"
    for word in trigger_words(lex):
        cats.setdefault(word, "ref")
    return cats


Candidates = tuple[tuple[str, re.Pattern[str]], ...]


@lru_cache(maxsize=1)
def category_patterns() -> tuple[dict[str, str], dict[str, Candidates]]:
    """Trigger word -> category, and category -> its (alternative name, compiled pattern) pairs.

    Each alternative is compiled once and shared by every category that tries it; trying them one
    after the other gives the same first match as one alternation of all of them would, and
    compiling 27 patterns instead of 14 alternations that repeat them costs a third as much.
    """
    lex = load_lexicon()
    alts = build_pattern(lex)
    compiled = {name: re.compile(optional_as_branch(source)) for name, source in alts.items()}
    candidates = {
        cat: tuple((name, compiled[name]) for name in names) for cat, names in CATEGORY_ALTERNATIVES.items()
    }
    return _categories(lex), candidates


def _trie(words: list[str], first_ci: bool = False, root_branches: bool = False) -> str:
    """A regex matching any of ``words`` whose alternations branch on one character each.

    Python's regex engine checks a branch's first literal or character class before entering it,
    so a trie costs a few comparisons per position where a flat alternation of 150 words would
    cost 150. Longer words win over their prefixes (quantifiers are greedy, branches ordered).
    """
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for char in word.lower() if first_ci else word:
            node = node.setdefault(char, {})
        node[""] = {}

    def atom(char: str, depth: int) -> str:
        if char == " ":
            return S
        if depth == 0 and first_ci and char.isalpha():
            return f"[{char}{char.upper()}]"
        return re.escape(char)

    def emit(node: dict[str, Any], depth: int) -> str:
        branches = [atom(char, depth) + emit(child, depth + 1) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?"
        return body

    if root_branches:
        # Each word must end a word; that it also starts one is checked by the caller (a
        # look-behind here would cost more than it saves).
        return "|".join(
            atom(char, 0) + emit(child, 1) + "(?![a-z])"
            for char, child in sorted(root.items()) if char
        )
    return emit(root, 0)


def trigger_words(lex: Lexicon) -> list[str]:
    """Lower-case words at least one of which every temporal expression contains."""
    # Weekday abbreviations ("Mon", "Sun") only occur inside full dates, whose month triggers.
    full_weekdays = {w for w in lex.weekdays if len(w) > 5}
    words = set(lex.months) | full_weekdays | {w + "s" for w in full_weekdays} | set(lex.units)
    words |= set(lex.unit_plurals)
    words |= set(lex.sets) | set(lex.seasons) | set(lex.decade_words)
    words |= {"today", "yesterday", "tomorrow", "tonight", "overnight", "now", "currently", "recent",
              "recently", "lately", "nowadays", "presently", "present", "formerly", "past", "future",
              "coming", "noon", "midday", "midnight", "morning", "afternoon", "evening", "fiscal", "fy", "period",
              "half", "moment", "christmas", "easter", "thanksgiving", "halloween", "q1", "q2", "q3", "q4",
              "nineteen"}
    for phrase in lex.reference_words:
        words.add(phrase.split()[-1])
    for name in lex.holidays:
        words.add(name.split()[-1].removesuffix("'s"))
    words -= {"the", "eve"}
    return sorted(words)


@lru_cache(maxsize=1)
def trigger_pattern() -> re.Pattern[str]:
    """Pattern run over " " + the lower-cased text to find the places worth a full match attempt.

    A match starts with the character before the trigger word, so the trigger itself starts at
    ``match.start()`` of the unpadded text.
    """
    # Four-digit numbers, clock times ("9:30", "10 a.m.", "10.30pm"), slash dates, decades ("1990s", "'90s").
    # Spelled so that each branch starts with a literal or a class: the engine then skips a branch
    # that cannot start here by one comparison, which matters at every number in the text ("12 mln").
    # The branch order keeps the old ``[0-9][0-9]?(?:clock)`` order: the second digit first.
    clock = r":[0-5][0-9]|/[0-9][0-9]?/[0-9]| [ap]\.?m\b|[ap]\.?m\b|\.[0-5][0-9] ?[ap]\.?m\b"
    digits = rf"[0-9](?:[0-9](?:[0-9][0-9](?![0-9])|{clock})|{clock}|0s\b)|'[0-9]0s\b"
    # The leading non-alphanumeric character anchors each trigger at a word start and lets the
    # engine skip the (much more frequent) letters quickly; callers scan " " + text.
    source = "[^a-z0-9](?:" + _trie(trigger_words(load_lexicon()), root_branches=True) + "|" + digits + ")"
    return re.compile(optional_as_branch(source))


@lru_cache(maxsize=1)
def prefix_words() -> frozenset[str]:
    """Lower-case words that may precede a trigger word inside one expression."""
    lex = load_lexicon()
    words = set(lex.chain_words)
    words |= {w for phrase in lex.number_words for w in phrase.split()}
    words |= {w for phrase in lex.approximators for w in phrase.split()}
    words |= {w for phrase in lex.modifiers for w in phrase.split()}
    words |= {w for phrase in lex.holidays for w in phrase.split()}
    words |= {w for phrase in lex.reference_words for w in phrase.split()}
    words |= set(lex.weekdays) | set(lex.months)
    return frozenset(words)

