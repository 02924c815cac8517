"""The master pattern: one compiled alternation that finds every candidate temporal expression.

Each alternative is a named group (``iso``, ``clock``, ``mdy``, ...) whose sub-groups carry the
parts the normaliser needs. Alternatives start with cheap anchors (digits, capitalised month and
weekday names, a closed list of temporal words), every repetition is bounded or possessive, so
``finditer`` runs in linear time and skips ordinary text quickly. Order matters: at a given start
position the first alternative that matches wins, so longer constructions come first.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import Lexicon, load_lexicon

__all__ = ["ALTERNATIVES", "master_pattern"]

# One gap between words: spaces/tabs with at most one line break (never a paragraph break).
S = r"(?:[ \t]++(?:\n[ \t]*+)?|\n[ \t]*+)"
# A gap or a hyphen ("ten-year", "mid-September").
H = r"(?:[ \t]*+-[ \t]*+|" + S + ")"

ALTERNATIVES = (
    "iso", "slash", "clock", "mdy", "dmy", "my", "fy", "rel", "ago", "dur", "bare", "dec", "cent",
    "qtr", "half", "season", "year", "dayw", "ana", "wkd", "ref", "set", "hol", "mon",
)


def _alt(words: list[str], flags: str = "i") -> str:
    """A regex alternation of literal words, longest first, spaces matching any gap."""
    parts = sorted(set(words), key=lambda w: (-len(w), w))
    body = "|".join(re.escape(w).replace(r"\ ", S) for w in parts)
    return f"(?{flags}:{body})" if flags else f"(?:{body})"


def _cased(words: list[str]) -> list[str]:
    return [v for w in words for v in (w.capitalize(), w.upper())]


def build_pattern(lex: Lexicon) -> str:
    """The master regex source for ``lex``."""
    longest: dict[int, str] = {}
    for name, number in lex.months.items():
        if len(name) > len(longest.get(number, "")):
            longest[number] = name
    full_months = sorted(longest.values())
    abbr_months = [k for k in lex.months if k not in full_months]
    mon_full = "(?:" + "|".join(sorted(_cased(full_months), key=len, reverse=True)) + r")\b"
    mon_abbr = "(?:" + "|".join(sorted(_cased(abbr_months), key=len, reverse=True)) + r")\b\.?"
    mon = f"(?:{mon_full}|{mon_abbr})"
    wd_full_l = [k for k in lex.weekdays if len(k) > 5]
    wd_abbr_l = [k for k in lex.weekdays if len(k) <= 5]
    wd_full = "(?:" + "|".join(_cased(wd_full_l)) + r")\b"
    wd_any = "(?:" + wd_full + "|(?:" + "|".join(sorted(_cased(wd_abbr_l), key=len, reverse=True)) + r")\b\.?)"
    year = r"(?:1[5-9]\d\d|20\d\d)(?![\d]|[.,]\d)"
    day = r"[0-3]?\d(?:st|nd|rd|th)?(?![\d:%]|[.,]\d|-\d)"
    numw = _alt([w for w in lex.number_words if " " not in w] + [w for w in lex.number_words if " " in w])
    num = (
        rf"(?:\d{{1,4}}(?:\.\d+)?+(?:[ \t]1/2)?|{numw}(?:(?:-|{S}|{S}and{S}){numw}){{0,2}})"
        rf"(?:{S}and{S}a{S}half)?"
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
    alts = {
        "iso": rf"(?<![\d/.-])(?P<iso_y>\d{{4}})-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)"
               rf"(?:[T ](?P<iso_h>[0-2]\d):(?P<iso_mi>[0-5]\d)(?::[0-5]\d)?)?(?![\d-])",
        "slash": r"(?<![\d/.,-])(?P<sl_a>[0-3]?\d)/(?P<sl_b>[0-3]?\d)/(?P<sl_y>\d{4}|\d\d)(?![\d/])",
        "clock": rf"(?:(?P<ck_apx>{apx}){S})?(?:(?P<ck_h>[012]?\d)(?:[:.](?P<ck_m>[0-5]\d))?[ \t]?"
                 rf"(?P<ck_ap>[aApP]\.?[mM]\b\.?)|(?P<ck_word>(?i:noon|midnight))\b"
                 rf"|(?P<ck_h24>[012]?\d):(?P<ck_m24>[0-5]\d)(?=[ \t]*+(?:{tz}|(?i:hours|hrs)\b)))"
                 rf"(?:{S}(?P<ck_tz>{tz})\b)?"
                 rf"(?:,?{S}(?P<ck_day>{wd_full}|(?i:today|yesterday|tomorrow)\b|{mon}{S}{day}))?",
        "mdy": rf"(?:(?P<md_wd>{wd_any}),?{S}(?:the{S})?)?(?:(?P<md_mod>{modw})(?:-|{S}))?"
               rf"(?P<md_mon>{mon}){S}(?P<md_day>{day})(?:,?{S}(?P<md_year>{year}|'\d\d\b))?",
        "dmy": rf"(?:(?P<dm_wd>{wd_any}),?{S})?(?:(?i:the){S})?(?<![\d.,/-])(?P<dm_day>[0-3]?\d)"
               rf"(?:st|nd|rd|th)?{S}(?:of{S})?(?P<dm_mon>{mon})(?:,?{S}(?P<dm_year>{year}))?",
        "my": rf"(?:(?P<my_mod>{modw})(?:-|{S}))?(?P<my_mon>{mon}),?{S}(?:(?i:of){S})?"
              rf"(?:(?P<my_year>{year})|(?P<my_rel>(?i:last|next|this)){S}(?i:year)\b)",
        "fy": rf"(?:(?i:the){S})?(?:(?P<fy_rel>(?i:current|next|last|previous|this|coming|same)){S})?"
              rf"(?i:fiscal|financial)(?:{S}(?i:year))?(?:{S}(?P<fy_y>{year})|(?P<fy_bare>(?<=year)))"
              rf"|FY[ \t]?(?P<fy_y2>\d{{4}}|\d\d)\b",
        "rel": rf"(?:(?P<rl_mod>{modw_rel})(?:-|{S}))?(?P<rl_the>(?i:the){S})?"
               rf"(?P<rl_dir>(?i:last|next|this|coming|past|previous|current|following|upcoming)){S}"
               rf"(?:(?P<rl_unit>{period_units})|(?P<rl_wd>{wd_full})|(?P<rl_mon>{mon_full}))"
               rf"(?:{S}(?P<rl_part>{parts})\b)?",
        "ago": rf"(?:(?P<ag_apx>{apx}){S})?(?P<ag_num>{num}|{vague}){H}(?P<ag_unit>{unit})"
               rf"(?:{S}(?i:or{S}so))?{S}"
               rf"(?P<ag_dir>(?i:ago|earlier|later|before|after|from{S}now|hence|on|back)\b)",
        "dur": rf"(?:(?P<du_apx>{apx}){S})?(?:(?P<du_the>(?i:the){S})?(?P<du_dir>(?i:past|last|next|first|"
               rf"coming|previous|following|final|remaining|latest|initial|last|other)){S})?"
               rf"(?P<du_num>{num}|{vague}){H}(?:(?i:more|additional|full|straight|consecutive|"
               rf"extra|long){S})?(?P<du_unit>{unit})",
        "bare": rf"(?P<ba_prep>(?i:for|over|within|in|after|take|takes|took|taking)){S}"
                rf"(?P<ba_unit>(?i:years|months|weeks|decades|days|hours|minutes|centuries))\b",
        "dec": rf"(?:(?P<dc_the>(?i:the)){S})?(?:(?P<dc_mod>(?i:early|mid|late)){H}?)?"
               rf"(?:(?P<dc_c>1\d|20)(?P<dc_d>\d)0'?s\b|'(?P<dc_d2>\d)0s\b|(?:(?i:nineteen){H})?(?P<dc_w>{decw})\b)",
        "cent": rf"(?:(?P<ce_the>(?i:the)){S})?(?:(?P<ce_mod>(?i:early|mid|late)){H}?)?"
                rf"(?P<ce_n>\d{{1,2}})(?:st|nd|rd|th){H}(?i:century)\b",
        "qtr": rf"(?:(?P<qt_det>(?i:the|its|their|this year's|last year's|next year's|a)){S})?"
               rf"(?:(?P<qt_pre>(?i:latest|current|last|past|previous|next|same|comparable|corresponding|"
               rf"year-ago|year-earlier|fiscal|recent|\d{{4}}|this)){H}){{0,2}}"
               rf"(?:(?P<qt_ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th|final)){H}"
               rf"(?:(?i:fiscal){H})?)?(?P<qt_unit>(?i:quarter|period)\b)"
               rf"(?:{S}(?i:of){S}(?P<qt_year>{year}))?"
               rf"|\b(?P<qt_q>Q[1-4])(?:{S}(?P<qt_qy>{year}))?\b",
        "half": rf"(?:(?i:the){S})?(?P<hf_ord>(?i:first|second|1st|2nd))(?:{H}|{S})(?i:half)"
                rf"(?:{S}(?i:of){S}(?:(?P<hf_year>{year})|(?P<hf_rel>(?i:this|last|next|the)){S}(?i:year)))?\b",
        "season": rf"(?:(?P<se_mod>{modw})(?:-|{S}))?(?P<se_det>(?i:the|this|last|next|past|coming|previous)"
                  rf"{S})?(?P<se_s>{seasons})\b(?:{S}(?:(?i:of){S})?(?P<se_y>{year}))?",
        "year": rf"(?:(?P<yr_mod>{modw})(?:-|{S}))?(?<![\d$£€#/.,:-])(?P<yr>{year})(?!-\d|%|[:/]\d)",
        "dayw": rf"(?:(?P<dw_mod>{modw_rel})(?:-|{S}))?(?P<dw>{dayword})\b(?:{S}(?P<dw_part>{parts})\b)?",
        "ana": rf"(?P<an>(?i:the{S}same{S}(?:day|week|month|year|time|period)|that{S}(?:day|week|month|year|"
               rf"morning|night|evening|afternoon)|the{S}(?:following|next|previous|preceding|prior){S}"
               rf"(?:day|week|month|year|morning|evening|night)|the{S}day{S}(?:before|after)|"
               rf"the{S}night{S}before|the{S}weekend|(?:this|last|next){S}weekend)\b)",
        "wkd": rf"(?:(?P<wk_mod>(?i:early|late|earlier|later)){S})?(?P<wk>{wd_full})(?P<wk_pl>s\b)?"
               rf"(?:{S}(?P<wk_part>{parts})\b)?",
        "ref": rf"(?P<rf>{refw})\b",
        "set": rf"(?P<st_adv>{sets})\b|(?P<st_q>(?i:every|each)){S}(?:(?P<st_other>(?i:other)){S})?"
               rf"(?:(?P<st_num>{num}){S})?(?P<st_unit>{unit}|{wd_full}|{mon_full})"
               rf"|(?P<st_f>(?i:once|twice|thrice)|{num}{S}(?i:times)){S}(?i:a|an|per|each|every){S}"
               rf"(?P<st_u2>{unit})",
        "hol": rf"(?P<ho>{holidays})(?:{S}(?P<ho_y>{year}))?",
        "mon": rf"(?:(?P<mo_mod>{modw})(?:-|{S}))?(?P<mo>{mon_full})",
    }
    assert tuple(alts) == ALTERNATIVES
    return "|".join(f"(?P<{name}>{body})" for name, body in alts.items())


@lru_cache(maxsize=1)
def master_pattern() -> re.Pattern[str]:
    """The compiled master regex (compiled once per process)."""
    return re.compile(build_pattern(load_lexicon()))
