"""Tests for the cheap English / non-English judgement in ``event_extract.language``.

Every sample below was written for these tests; none is taken from a news source.
"""

from __future__ import annotations

import dataclasses
import json
import random
from importlib import resources

import pytest

from event_extract.language import (
    MIN_LETTERS,
    SAMPLE_HEAD,
    SAMPLE_MIDDLE,
    LanguageGuess,
    _sample,
    detect_language,
    english_function_words,
)

ENGLISH = {
    "plain": (
        "The foreign minister said on Tuesday that the government would send a delegation to the talks "
        "next month, adding that both sides had agreed to keep the meeting out of public view."
    ),
    "many_names": (
        "Kim Jong Un, Xi Jinping, Vladimir Putin, Lee Jae-myung and Shigeru Ishiba were all in Beijing, "
        "where Wang Yi hosted Sergei Lavrov and Choe Son Hui for dinner with Ursula von der Leyen "
        "and Jean-Noël Barrot, while Mohammed bin Salman sent Faisal bin Farhan Al Saud instead."
    ),
    "foreign_place_names": (
        "Talks moved from Saint-Jean-de-Luz to San Sebastián and then to Den Haag, Bad Godesberg, "
        "La Paz and São Paulo before the envoys settled in Las Palmas de Gran Canaria for a week."
    ),
    "short_foreign_quote": (
        "\"Nous ne céderons pas,\" the French president told reporters in Paris on Monday, before he "
        "flew to Berlin for a meeting with the chancellor about the budget and the war in Ukraine."
    ),
    "russian_quote": (
        "The Kremlin spokesman repeated the phrase «мы готовы к диалогу» twice during the briefing, and "
        "officials in Washington said they would study the offer before the end of the week."
    ),
    "arabic_names": (
        "Officials from Riyadh and Abu Dhabi met their counterparts from Doha in Muscat, where the "
        "Omani foreign minister, Badr Albusaidi, said the talks had been useful for all of the parties."
    ),
    "dateline_upper": (
        "SEOUL, Oct 7 - NORTH KOREA'S LEADER SENT A LETTER TO THE RUSSIAN PRESIDENT ON HIS BIRTHDAY, "
        "THE STATE NEWS AGENCY SAID, PRAISING THE TIES BETWEEN THE TWO COUNTRIES."
    ),
    "headline": "Merz meets Macron in Berlin",
    "short_german_headline": "Merz trifft Macron in Berlin",
    "market_table": "Shr 1.20 dlrs vs 1.10 dlrs Net 12.3 mln vs 11.1 mln Revs 201.5 mln vs 187.2 mln",
    "emoji_and_symbols": (
        "Leaders arrived at the summit 🌍🤝 and the host said the agenda was trade, energy and security "
        "— 100% of the items were agreed ✅ by the end of the second day."
    ),
    "repeated_names_with_particles": "Kim Jong Un Vladimir Putin " * 50,
    "names_list_with_particles": "Charles de Gaulle, Jean de La Fontaine, Ursula von der Leyen, Ana de Armas; " * 10,
    "de_gaulle_and_la": (
        "The Charles de Gaulle carrier sailed from Toulon with La Fayette and Le Triomphant, and the "
        "navy said that it would stay in the eastern Mediterranean for as long as it was needed."
    ),
}

NON_ENGLISH = {
    "de": (
        "Der Bundeskanzler hat am Dienstag in Berlin mit dem französischen Präsidenten über die "
        "Lage in der Ukraine gesprochen. Beide Seiten wollen die Hilfe für das Land weiter ausbauen, "
        "sagte ein Sprecher der Regierung nach dem Treffen."
    ),
    "fr": (
        "Le président de la République a reçu mardi à l'Élysée le chancelier allemand pour parler de "
        "la guerre en Ukraine. Les deux dirigeants se sont mis d'accord sur une nouvelle aide, selon "
        "un communiqué publié dans la soirée."
    ),
    "es": (
        "El presidente del Gobierno se reunió el martes en Madrid con el primer ministro portugués "
        "para hablar de la crisis energética. Los dos líderes firmaron un acuerdo que, según fuentes "
        "oficiales, entrará en vigor antes del verano."
    ),
    "it": (
        "Il presidente del Consiglio ha incontrato ieri a Roma il ministro degli Esteri tedesco per "
        "discutere della situazione in Medio Oriente. Secondo una nota diffusa dopo la riunione, le "
        "due parti sono d'accordo sulla necessità di una tregua."
    ),
    "pt": (
        "O presidente do Brasil recebeu nesta terça-feira em Brasília o primeiro-ministro de Portugal "
        "para uma visita de dois dias. Os dois governos assinaram um acordo de cooperação que, segundo "
        "o Itamaraty, será ampliado no próximo ano."
    ),
    "nl": (
        "De minister-president heeft dinsdag in Den Haag met zijn Belgische collega gesproken over de "
        "samenwerking op het gebied van energie. Volgens een woordvoerder zijn er nog geen afspraken "
        "gemaakt, maar wordt er verder gepraat."
    ),
    "sv": (
        "Statsministern sa på tisdagen att regeringen kommer att skicka mer hjälp till Ukraina under "
        "hösten. Han träffade också den finska presidenten i Stockholm för att tala om säkerheten "
        "i Östersjön och om Natos nya planer."
    ),
    "pl": (
        "Premier spotkał się we wtorek w Warszawie z prezydentem Ukrainy, aby rozmawiać o pomocy "
        "wojskowej. Jak powiedział rzecznik rządu, obie strony są zadowolone z rozmów, ale nie "
        "podpisano jeszcze żadnej umowy."
    ),
    "tr": (
        "Dışişleri Bakanı salı günü Ankara'da Rus mevkidaşı ile bir araya geldi ve bölgedeki son "
        "gelişmeleri görüştü. Bakanlık tarafından yapılan açıklamaya göre iki taraf da ateşkesin "
        "devam etmesi için çok çaba gösterecek."
    ),
    "id": (
        "Presiden Indonesia bertemu dengan perdana menteri Malaysia di Jakarta pada hari Selasa untuk "
        "membahas kerja sama ekonomi. Menurut juru bicara istana, kedua negara sudah sepakat bahwa "
        "perdagangan harus lebih terbuka tahun depan."
    ),
    "vi": (
        "Thủ tướng Việt Nam đã có cuộc gặp với tổng thống Hàn Quốc tại Hà Nội vào thứ Ba. Hai bên "
        "cũng đã ký kết nhiều thỏa thuận về thương mại và đầu tư, theo thông báo của chính phủ."
    ),
    "ru": (
        "Министр иностранных дел России во вторник провёл переговоры со своим китайским коллегой в "
        "Москве. Стороны обсудили ситуацию на Ближнем Востоке и договорились продолжить контакты."
    ),
    "uk": (
        "Президент України у вівторок зустрівся з прем'єр-міністром Польщі у Києві. Сторони "
        "обговорили постачання зброї та підготовку до зимового періоду, повідомили у його офісі."
    ),
    "zh": (
        "中国外交部长周二在北京会见了俄罗斯外长，双方就国际和地区问题交换了意见，并表示将继续加强合作。"
    ),
    "ja": (
        "日本の首相は火曜日に東京で韓国の大統領と会談し、両国の経済協力について話し合った。"
        "会談の後、両首脳は共同声明を発表した。"
    ),
    "ko": (
        "대한민국 대통령은 화요일 서울에서 일본 총리와 정상회담을 갖고 양국 간 경제 협력 방안을 논의했다. "
        "회담 후 두 정상은 공동 성명을 발표했다."
    ),
    "ar": (
        "التقى وزير الخارجية السعودي يوم الثلاثاء في الرياض بنظيره التركي، وبحث الجانبان آخر التطورات "
        "في المنطقة وسبل تعزيز العلاقات الثنائية بين البلدين."
    ),
    "fa": (
        "وزیر امور خارجه ایران روز سه‌شنبه در تهران با همتای چینی خود دیدار و گفتگو کرد و دو طرف "
        "درباره همکاری‌های اقتصادی و منطقه‌ای صحبت کردند."
    ),
    "he": (
        "ראש הממשלה נפגש ביום שלישי בירושלים עם שר החוץ האמריקני, והשניים דנו במצב באזור ובהמשך "
        "שיתוף הפעולה בין שתי המדינות."
    ),
    "el": (
        "Ο πρωθυπουργός συναντήθηκε την Τρίτη στην Αθήνα με τον Τούρκο πρόεδρο και συζήτησαν για "
        "την ενέργεια, τη μετανάστευση και τις σχέσεις των δύο χωρών."
    ),
    "hi": (
        "भारत के प्रधानमंत्री ने मंगलवार को नई दिल्ली में जापान के प्रधानमंत्री से मुलाकात की और दोनों "
        "देशों के बीच व्यापार और सुरक्षा पर चर्चा की।"
    ),
    "th": (
        "นายกรัฐมนตรีไทยพบกับประธานาธิบดีอินโดนีเซียที่กรุงเทพฯ เมื่อวันอังคาร เพื่อหารือเรื่องการค้าและความมั่นคง"
    ),
}


@pytest.mark.parametrize("name", sorted(ENGLISH))
def test_english_text_is_english(name: str) -> None:
    guess = detect_language(ENGLISH[name])
    assert guess.is_english, (name, guess)
    assert guess.reason is None


@pytest.mark.parametrize("code", sorted(NON_ENGLISH))
def test_non_english_text_is_detected_with_language_and_reason(code: str) -> None:
    guess = detect_language(NON_ENGLISH[code])
    assert not guess.is_english, (code, guess)
    assert guess.language == code
    assert guess.reason is not None and guess.reason.startswith("non-English text (")


@pytest.mark.parametrize(
    ("code", "script"),
    [("ru", "Cyrillic script"), ("zh", "Chinese characters"), ("ar", "Arabic script"),
     ("he", "Hebrew script"), ("ko", "Hangul script"), ("ja", "Japanese kana and kanji"),
     ("el", "Greek script")],
)
def test_reason_names_the_script(code: str, script: str) -> None:
    assert detect_language(NON_ENGLISH[code]).reason == f"non-English text ({script})"


def test_latin_reason_names_the_function_words() -> None:
    assert detect_language(NON_ENGLISH["de"]).reason == "non-English text (Latin script, de function words)"


def test_english_is_labelled_en() -> None:
    assert detect_language(ENGLISH["plain"]).language == "en"


@pytest.mark.parametrize("value", [None, "", "   \n\t  ", "12345 67890 !!! ??? ...", "\x00\x01\x02"])
def test_empty_and_letterless_text_counts_as_english(value: str | None) -> None:
    assert detect_language(value) == LanguageGuess(is_english=True, language=None, reason=None)


def test_short_latin_text_counts_as_english_whatever_the_language() -> None:
    text = "Der Kanzler und die Ministerin"
    assert sum(char.isalpha() for char in text) < MIN_LETTERS
    assert detect_language(text).is_english


def test_short_text_in_another_script_is_not_english() -> None:
    guess = detect_language("Путин встретился с Си")
    assert not guess.is_english
    assert guess.language == "ru"


def test_english_article_with_long_russian_quote_stays_english_when_english_dominates() -> None:
    text = ENGLISH["plain"] + " " + ENGLISH["russian_quote"] + " " + NON_ENGLISH["ru"][:60]
    assert detect_language(text).is_english


def test_mostly_russian_text_with_english_words_is_russian() -> None:
    text = NON_ENGLISH["ru"] + " (Reuters, AP) " + NON_ENGLISH["ru"]
    assert detect_language(text).language == "ru"


def test_english_news_with_a_german_paragraph_stays_english() -> None:
    text = "\n\n".join([ENGLISH["plain"], ENGLISH["short_foreign_quote"], ENGLISH["de_gaulle_and_la"],
                        NON_ENGLISH["de"]])
    assert detect_language(text).is_english


def test_random_ascii_junk_is_not_coded_as_a_foreign_language() -> None:
    rng = random.Random(7)
    consonants = "bcdfghjklmnpqrstvwxz"
    junk = " ".join("".join(rng.choice(consonants) for _ in range(rng.randint(3, 9))) for _ in range(200))
    guess = detect_language(junk)
    assert guess.is_english  # nothing foreign to report; the extractors simply find nothing
    assert guess.language is None


def test_binary_junk_decoded_as_text_does_not_crash() -> None:
    rng = random.Random(11)
    junk = bytes(rng.randrange(256) for _ in range(20_000)).decode("utf-8", errors="replace")
    guess = detect_language(junk)
    assert isinstance(guess.is_english, bool)


def test_control_characters_and_rtl_marks_are_ignored() -> None:
    text = "\u202e\u200f" + ENGLISH["plain"].replace(" ", " \x07\u200b") + "\u202c"
    assert detect_language(text).is_english


def test_sample_is_bounded_and_includes_the_middle() -> None:
    text = "a" * 10_000 + "MIDDLE" + "b" * 10_000
    sample = _sample(text)
    assert len(sample) <= SAMPLE_HEAD + SAMPLE_MIDDLE + 1
    assert "MIDDLE" in sample
    assert _sample("short") == "short"


def test_huge_english_document_with_foreign_tail_is_judged_by_its_sample() -> None:
    text = (ENGLISH["plain"] + " ") * 2_000 + NON_ENGLISH["zh"] * 10
    assert detect_language(text).is_english


def test_huge_chinese_document_is_chinese() -> None:
    assert detect_language(NON_ENGLISH["zh"] * 50_000).language == "zh"


def test_one_megabyte_without_spaces() -> None:
    assert detect_language("x" * 1_000_000).is_english


def test_guess_is_frozen() -> None:
    guess = detect_language(ENGLISH["plain"])
    with pytest.raises(dataclasses.FrozenInstanceError):
        guess.is_english = False  # type: ignore[misc]


def test_stopword_data_file_is_well_formed() -> None:
    path = resources.files("event_extract") / "data" / "stopwords.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert "en" in data
    for code, words in data.items():
        assert len(code) in (2, 3) and code.islower()
        assert words == sorted(set(words)), code
        assert all(word == word.casefold() and word.strip() == word for word in words), code


def test_punctuation_outside_ascii_does_not_change_the_judgement() -> None:
    plain = NON_ENGLISH["id"] + " " + ENGLISH["plain"]
    typeset = plain.replace(" ", " \u2019\u00a3\u2014 ")
    assert detect_language(typeset) == detect_language(plain)
    assert detect_language("\u201c" + NON_ENGLISH["nl"] + "\u201d").language == "nl"


def test_english_with_many_shared_function_words_is_still_judged_per_language() -> None:
    # "a", "in", "me", "no" are function words of English and of other languages: the quick
    # English decision does not apply, and the per-language count must still find English.
    text = "in a no me in a no me " * 10 + ENGLISH["plain"]
    assert detect_language(text).is_english


def test_word_with_a_non_ascii_letter_or_digit_is_one_word() -> None:
    text = "Die Lösung² der Regierung und die Antwort der Opposition auf die Frage nach dem Haushalt"
    guess = detect_language(text)
    assert not guess.is_english and guess.language == "de"


def test_english_function_words_are_the_lower_case_english_list() -> None:
    words = english_function_words()
    assert {"the", "on", "would", "and"} <= words
    assert "der" not in words and "government" not in words
    assert all(word == word.lower() for word in words)
