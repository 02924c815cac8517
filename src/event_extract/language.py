"""Cheap detection of non-English text, so the components can skip it instead of coding garbage.

The extractors only understand English. :func:`detect_language` looks at a bounded sample of a
document (its beginning plus a slice from the middle), so it costs the same for a headline and
for a 10 MB page, and decides in two steps:

1. **Script.** Letters are counted per writing system. When most letters are not Latin the text
   is not English, and the script gives a cheap ISO 639-1 guess ("ru" for Cyrillic, "zh"/"ja"/"ko"
   for Han/kana/Hangul, "ar"/"fa"/"ur" for Arabic script, ...).
2. **Function words.** For Latin-script text the share of English function words ("the", "of",
   "and", ...) is compared with the share of the function words of other languages written in
   Latin script (``data/stopwords.json``). English wins ties and near-ties, so English news full
   of foreign names, places and short quotes stays English.

Short texts (fewer than :data:`MIN_LETTERS` letters in Latin script) count as English: a
headline is too short to judge and must not be skipped. Everything is linear in the sample and
uses only the standard library.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["MIN_LETTERS", "SAMPLE_HEAD", "SAMPLE_MIDDLE", "LanguageGuess", "detect_language"]

SAMPLE_HEAD = 2000
"""Characters read from the beginning of the text."""
SAMPLE_MIDDLE = 1000
"""Characters read from the middle of the text (when it is longer than the head sample)."""
MIN_LETTERS = 40
"""Latin-script text with fewer letters than this counts as English (headlines, captions)."""
MIN_SCRIPT_LETTERS = 5
"""Fewest letters of a non-Latin script that can mark a short text as non-English."""
MIN_WORDS = 8
"""Fewest Latin words for the function-word test; shorter text counts as English."""
MIN_DISTINCT_FUNCTION_WORDS = 3
"""Fewest different function words of another language before the text can count as that language."""

_STOPWORDS_FILE = "stopwords.json"


@dataclass(frozen=True)
class LanguageGuess:
    """What :func:`detect_language` concluded.

    :param is_english: Whether the components should process the text.
    :param language: ISO 639-1 code when a cheap guess is possible ("en", "de", "ru", ...), else None.
    :param reason: Why the text is judged non-English, for ``meta["skipped"]``; None for English.
    """

    is_english: bool
    language: str | None
    reason: str | None


# Writing systems by code-point range: (first, last, script). Sorted, non-overlapping.
_SCRIPT_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0041, 0x024F, "Latin"),
    (0x0250, 0x02AF, "Latin"),  # IPA extensions
    (0x0370, 0x03FF, "Greek"),
    (0x0400, 0x052F, "Cyrillic"),
    (0x0530, 0x058F, "Armenian"),
    (0x0590, 0x05FF, "Hebrew"),
    (0x0600, 0x06FF, "Arabic"),
    (0x0700, 0x074F, "Syriac"),
    (0x0750, 0x077F, "Arabic"),
    (0x0780, 0x07BF, "Thaana"),
    (0x08A0, 0x08FF, "Arabic"),
    (0x0900, 0x097F, "Devanagari"),
    (0x0980, 0x09FF, "Bengali"),
    (0x0A00, 0x0A7F, "Gurmukhi"),
    (0x0A80, 0x0AFF, "Gujarati"),
    (0x0B00, 0x0B7F, "Oriya"),
    (0x0B80, 0x0BFF, "Tamil"),
    (0x0C00, 0x0C7F, "Telugu"),
    (0x0C80, 0x0CFF, "Kannada"),
    (0x0D00, 0x0D7F, "Malayalam"),
    (0x0D80, 0x0DFF, "Sinhala"),
    (0x0E00, 0x0E7F, "Thai"),
    (0x0E80, 0x0EFF, "Lao"),
    (0x0F00, 0x0FFF, "Tibetan"),
    (0x1000, 0x109F, "Myanmar"),
    (0x10A0, 0x10FF, "Georgian"),
    (0x1100, 0x11FF, "Hangul"),
    (0x1200, 0x139F, "Ethiopic"),
    (0x1780, 0x17FF, "Khmer"),
    (0x1800, 0x18AF, "Mongolian"),
    (0x1C80, 0x1C8F, "Cyrillic"),
    (0x1C90, 0x1CBF, "Georgian"),
    (0x1E00, 0x1EFF, "Latin"),
    (0x1F00, 0x1FFF, "Greek"),
    (0x2C00, 0x2C5F, "Glagolitic"),
    (0x2C60, 0x2C7F, "Latin"),
    (0x2DE0, 0x2DFF, "Cyrillic"),
    (0x2E80, 0x2FDF, "Han"),
    (0x3005, 0x3007, "Han"),
    (0x3040, 0x309F, "Kana"),
    (0x30A0, 0x30FF, "Kana"),
    (0x3130, 0x318F, "Hangul"),
    (0x31F0, 0x31FF, "Kana"),
    (0x3400, 0x4DBF, "Han"),
    (0x4E00, 0x9FFF, "Han"),
    (0xA640, 0xA69F, "Cyrillic"),
    (0xA720, 0xA7FF, "Latin"),
    (0xA960, 0xA97F, "Hangul"),
    (0xAB30, 0xAB6F, "Latin"),
    (0xAC00, 0xD7FF, "Hangul"),
    (0xF900, 0xFAFF, "Han"),
    (0xFB00, 0xFB06, "Latin"),
    (0xFB1D, 0xFB4F, "Hebrew"),
    (0xFB50, 0xFDFF, "Arabic"),
    (0xFE70, 0xFEFF, "Arabic"),
    (0xFF21, 0xFF5A, "Latin"),  # full-width Latin
    (0xFF66, 0xFF9F, "Kana"),  # half-width katakana
    (0xFFA0, 0xFFDC, "Hangul"),
    (0x20000, 0x3134F, "Han"),
)
_RANGE_STARTS = tuple(first for first, _, _ in _SCRIPT_RANGES)

# The language a script most likely means, when nothing finer is checked.
_SCRIPT_LANGUAGE = {
    "Greek": "el", "Cyrillic": "ru", "Armenian": "hy", "Hebrew": "he", "Arabic": "ar", "Syriac": "syr",
    "Thaana": "dv", "Devanagari": "hi", "Bengali": "bn", "Gurmukhi": "pa", "Gujarati": "gu",
    "Oriya": "or", "Tamil": "ta", "Telugu": "te", "Kannada": "kn", "Malayalam": "ml", "Sinhala": "si",
    "Thai": "th", "Lao": "lo", "Tibetan": "bo", "Myanmar": "my", "Georgian": "ka", "Hangul": "ko",
    "Ethiopic": "am", "Khmer": "km", "Mongolian": "mn", "Han": "zh", "Kana": "ja",
}
# Letters that only some languages of a shared script use: Persian and Urdu within Arabic script,
# Ukrainian, Serbian and others within Cyrillic.
_PERSIAN_LETTERS = frozenset("پچژگکی")
_URDU_LETTERS = frozenset("ٹڈڑںےھ")
_UKRAINIAN_LETTERS = frozenset("іїєґІЇЄҐ")
_SERBIAN_LETTERS = frozenset("ђћџљњјЂЋЏЉЊЈ")
_BULGARIAN_HINT = frozenset("ъЪ")
_RUSSIAN_LETTERS = frozenset("ыэёЫЭЁ")

_WORD = re.compile(r"[^\W\d_]+")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_ASCII_WORD = re.compile(r"[a-z]+")


def _script(char: str) -> str | None:
    """The writing system of one letter, or None when it is in none of the tracked ranges."""
    code = ord(char)
    index = bisect_right(_RANGE_STARTS, code) - 1
    if index < 0:
        return None
    first, last, script = _SCRIPT_RANGES[index]
    return script if first <= code <= last else None


def _sample(text: str) -> str:
    """The beginning of the text plus a slice from its middle: bounded, whatever the length."""
    if len(text) <= SAMPLE_HEAD + SAMPLE_MIDDLE:
        return text
    middle = len(text) // 2
    half = SAMPLE_MIDDLE // 2
    return text[:SAMPLE_HEAD] + "\n" + text[middle - half : middle + half]


@lru_cache(maxsize=1)
def _stopwords() -> tuple[tuple[str, ...], dict[str, tuple[str, ...]]]:
    """The languages with function-word lists, and for each function word the languages that use it.

    Read once from the package data file. Indexing by word makes the test one dict look-up per word.
    """
    resource = resources.files("event_extract") / "data" / _STOPWORDS_FILE
    data = json.loads(resource.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or "en" not in data:
        raise ValueError(f"{_STOPWORDS_FILE}: expected an object of language code -> word list with 'en'")
    index: dict[str, list[str]] = {}
    for code, words in data.items():
        if not isinstance(words, list) or not all(isinstance(word, str) and word for word in words):
            raise ValueError(f"{_STOPWORDS_FILE}: {code!r} must be a list of non-empty strings")
        for word in {word.casefold() for word in words}:
            index.setdefault(word, []).append(str(code))
    return tuple(str(code) for code in data), {word: tuple(codes) for word, codes in index.items()}


def _guess_for_script(script: str, sample: str) -> str | None:
    """Refine the script's default language with letters only some of its languages use."""
    letters = set(sample)
    if script == "Arabic":
        if letters & _URDU_LETTERS:
            return "ur"
        if letters & _PERSIAN_LETTERS:
            return "fa"
    elif script == "Cyrillic":
        if letters & _UKRAINIAN_LETTERS and not letters & _RUSSIAN_LETTERS:
            return "uk"
        if letters & _SERBIAN_LETTERS:
            return "sr"
        if letters & _BULGARIAN_HINT and not letters & _RUSSIAN_LETTERS:
            return "bg"
    return _SCRIPT_LANGUAGE.get(script)


def _east_asian(counts: dict[str, int]) -> tuple[str, str] | None:
    """Language and script name for Chinese, Japanese or Korean text, from Han, kana and Hangul."""
    han, kana, hangul = counts.get("Han", 0), counts.get("Kana", 0), counts.get("Hangul", 0)
    total = han + kana + hangul
    if total == 0:
        return None
    if hangul >= max(han, kana):
        return "ko", "Hangul script"
    if kana * 10 >= total:  # Japanese mixes kanji with a good share of kana
        return "ja", "Japanese kana and kanji"
    return "zh", "Chinese characters"


def detect_language(text: str | None) -> LanguageGuess:
    """Judge whether ``text`` is English, cheaply and from a bounded sample.

    :param text: The document text; None, empty or non-string input counts as English (nothing to skip).
    :returns: The guess; ``reason`` says why a text is not English.
    """
    if not isinstance(text, str) or not text:
        return LanguageGuess(is_english=True, language=None, reason=None)
    sample = _sample(text)
    counts: dict[str, int] = {}
    if sample.isascii():  # the common case: count the letters in C, all of them Latin
        counts["Latin"] = len(_ASCII_LETTER.findall(sample))
    else:
        for char in sample:
            if char.isalpha():
                script = _script(char)
                if script is not None:
                    counts[script] = counts.get(script, 0) + 1
    latin = counts.get("Latin", 0)
    others = {script: count for script, count in counts.items() if script != "Latin"}
    other_total = sum(others.values())
    if other_total > latin and other_total >= MIN_SCRIPT_LETTERS:
        east_asian = _east_asian(others)
        cjk = others.get("Han", 0) + others.get("Kana", 0) + others.get("Hangul", 0)
        language: str | None
        if east_asian is not None and cjk * 2 >= other_total:
            language, script_name = east_asian
        else:
            dominant = max(others, key=lambda name: (others[name], name))
            language, script_name = _guess_for_script(dominant, sample), f"{dominant} script"
        return LanguageGuess(is_english=False, language=language, reason=f"non-English text ({script_name})")
    if latin < MIN_LETTERS:
        return LanguageGuess(is_english=True, language=None, reason=None)
    return _judge_latin(sample)


def _judge_latin(sample: str) -> LanguageGuess:
    """Compare the share of English function words with that of other Latin-script languages."""
    if sample.isascii():  # the common case: every word is Latin, no per-word script lookup
        words = _ASCII_WORD.findall(sample.lower())
    else:
        words = [word.casefold() for word in _WORD.findall(sample) if _script(word[0]) == "Latin"]
    if len(words) < MIN_WORDS:
        return LanguageGuess(is_english=True, language=None, reason=None)
    languages, index = _stopwords()
    hits = dict.fromkeys(languages, 0)
    seen: dict[str, set[str]] = {code: set() for code in languages}
    for word in words:
        for code in index.get(word, ()):
            hits[code] += 1
            seen[code].add(word)
    english = hits.pop("en")
    # A language counts only with several different function words: a list of names repeating one
    # particle ("Kim Jong Un", "de Gaulle") is not French or Romanian text.
    candidates = [code for code in hits if len(seen[code]) >= MIN_DISTINCT_FUNCTION_WORDS]
    best = max(candidates, key=lambda code: (hits[code], code)) if candidates else None
    if best is not None:
        other = hits[best]
        # English wins unless another language has clearly more function words and they make up
        # a real share of the text (names such as "von der Leyen" or "de Gaulle" add only a few).
        if other > 1.5 * english + 1 and other * 10 >= len(words):
            return LanguageGuess(
                is_english=False,
                language=best,
                reason=f"non-English text (Latin script, {best} function words)",
            )
    return LanguageGuess(is_english=True, language="en" if english else None, reason=None)
