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
import string
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import repeat

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
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_ASCII_LETTERS = string.ascii_letters.encode("ascii")
# ASCII bytes to lower-case letters, everything else to a space: the words of ASCII text are then
# the runs that ``bytes.split`` returns, found in C without a regular expression.
_ASCII_WORD_TABLE = bytes(
    code if chr(code) in string.ascii_lowercase
    else code + 32 if chr(code) in string.ascii_uppercase
    else ord(" ")
    for code in range(256)
)


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


@dataclass(frozen=True)
class _FunctionWords:
    """The function-word lists of ``data/stopwords.json``, indexed for the test.

    :param languages: The language codes, in file order.
    :param index: For each (case-folded) function word, the languages that use it.
    :param ascii_weights: For each ASCII function word, 2 when another language uses it minus 3
        when English does: summed over a text's words this is ``2 * F - 3 * E``, with ``E`` the
        English function words and ``F`` those of any other language (see :func:`_judge_ascii`).
    :param ascii_english: The ASCII English function words.
    """

    languages: tuple[str, ...]
    index: dict[str, tuple[str, ...]]
    ascii_weights: dict[bytes, int]
    ascii_english: frozenset[bytes]


@lru_cache(maxsize=1)
def _stopwords() -> _FunctionWords:
    """The function words, read once from the package data file.

    Indexing by word makes the test one dict look-up per word.
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
    ascii_words = {word.encode("ascii"): codes for word, codes in index.items() if word.isascii()}
    return _FunctionWords(
        languages=tuple(str(code) for code in data),
        index={word: tuple(codes) for word, codes in index.items()},
        ascii_weights={
            word: 2 * any(code != "en" for code in codes) - 3 * ("en" in codes)
            for word, codes in ascii_words.items()
        },
        ascii_english=frozenset(word for word, codes in ascii_words.items() if "en" in codes),
    )


@lru_cache(maxsize=1)
def english_function_words() -> frozenset[str]:
    """The English function words of the language test ("the", "on", "would", ...), lower case:
    for telling a grammatical word from a content word elsewhere in the package."""
    return frozenset(word for word, codes in _stopwords().index.items() if "en" in codes)


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


_UNJUDGED = LanguageGuess(is_english=True, language=None, reason=None)
_ENGLISH = LanguageGuess(is_english=True, language="en", reason=None)


def detect_language(text: str | None) -> LanguageGuess:
    """Judge whether ``text`` is English, cheaply and from a bounded sample.

    :param text: The document text; None, empty or non-string input counts as English (nothing to skip).
    :returns: The guess; ``reason`` says why a text is not English.
    """
    if not isinstance(text, str) or not text:
        return _UNJUDGED
    sample = _sample(text)
    if sample.isascii():  # the common case: count the letters and split the words in C
        data = sample.encode("ascii")
        if len(data) - len(data.translate(None, _ASCII_LETTERS)) < MIN_LETTERS:
            return _UNJUDGED
        return _judge_ascii(data.translate(_ASCII_WORD_TABLE).split())
    data = sample.encode("utf-8", errors="surrogatepass")
    non_ascii = "".join(_NON_ASCII.findall(sample))
    counts = _letters_by_script(data, non_ascii)
    latin = counts.pop("Latin", 0)
    other_total = sum(counts.values())
    if other_total > latin and other_total >= MIN_SCRIPT_LETTERS:
        east_asian = _east_asian(counts)
        cjk = counts.get("Han", 0) + counts.get("Kana", 0) + counts.get("Hangul", 0)
        language: str | None
        if east_asian is not None and cjk * 2 >= other_total:
            language, script_name = east_asian
        else:
            dominant = max(counts, key=lambda name: (counts[name], name))
            language, script_name = _guess_for_script(dominant, sample), f"{dominant} script"
        return LanguageGuess(is_english=False, language=language, reason=f"non-English text ({script_name})")
    if latin < MIN_LETTERS:
        return _UNJUDGED
    if _WORD.search(non_ascii) is None:  # only ASCII letters make words ("£", "’", "—" do not)
        return _judge_ascii(data.translate(_ASCII_WORD_TABLE).split())
    return _judge_latin(sample)


def _letters_by_script(data: bytes, non_ascii: str) -> dict[str, int]:
    """How many letters of each tracked writing system a sample holds.

    :param data: The sample in UTF-8, whose ASCII letters are counted in C.
    :param non_ascii: Its other characters, each distinct one looked up once however often it occurs.
    """
    ascii_letters = len(data) - len(data.translate(None, _ASCII_LETTERS))
    counts = {"Latin": ascii_letters} if ascii_letters else {}
    for char, count in Counter(non_ascii).items():
        if char.isalpha():
            script = _script(char)
            if script is not None:
                counts[script] = counts.get(script, 0) + count
    return counts


def _judge_ascii(words: list[bytes]) -> LanguageGuess:
    """:func:`_judge_latin` for text whose words are all ASCII, given them in lower case."""
    if len(words) < MIN_WORDS:
        return _UNJUDGED
    lexicon = _stopwords()
    # No other language can have more than F function words, so with 2F - 3E <= 2, that is
    # F <= 1.5 E + 1, English wins whatever the per-language counts: one C-level pass decides.
    if sum(map(lexicon.ascii_weights.get, words, repeat(0))) <= 2:
        return _UNJUDGED if lexicon.ascii_english.isdisjoint(words) else _ENGLISH
    return _compare_function_words(Counter(word.decode("ascii") for word in words))


def _judge_latin(sample: str) -> LanguageGuess:
    """Compare the share of English function words with that of other Latin-script languages."""
    counts: Counter[str] = Counter()
    for word, count in Counter(_WORD.findall(sample)).items():
        if word.isascii() or _script(word[0]) == "Latin":  # ASCII words are Latin: no look-up
            counts[word.casefold()] += count
    if counts.total() < MIN_WORDS:
        return _UNJUDGED
    return _compare_function_words(counts)


def _compare_function_words(words: Counter[str]) -> LanguageGuess:
    """The judgement of :func:`_judge_latin` from how often each (case-folded) word occurs."""
    lexicon = _stopwords()
    hits = dict.fromkeys(lexicon.languages, 0)
    distinct = dict.fromkeys(lexicon.languages, 0)
    for word in words.keys() & lexicon.index.keys():  # only the function words, each distinct one once
        count = words[word]
        for code in lexicon.index[word]:
            hits[code] += count
            distinct[code] += 1
    english = hits.pop("en")
    # A language counts only with several different function words: a list of names repeating one
    # particle ("Kim Jong Un", "de Gaulle") is not French or Romanian text.
    candidates = [code for code in hits if distinct[code] >= MIN_DISTINCT_FUNCTION_WORDS]
    best = max(candidates, key=lambda code: (hits[code], code)) if candidates else None
    if best is not None:
        other = hits[best]
        # English wins unless another language has clearly more function words and they make up
        # a real share of the text (names such as "von der Leyen" or "de Gaulle" add only a few).
        if other > 1.5 * english + 1 and other * 10 >= words.total():
            return LanguageGuess(
                is_english=False,
                language=best,
                reason=f"non-English text (Latin script, {best} function words)",
            )
    return _ENGLISH if english else _UNJUDGED
