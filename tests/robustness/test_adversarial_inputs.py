"""Every component survives hostile text: no exception, well-formed output, inputs left unchanged.

Each case goes through TimexTagger → ActorLinker → EventExtractor (checked after every step) and the
events through EventsToDocuments; the cases below 200,000 characters also go through
EventExtractionPipeline (the same components wrapped, so the large cases are not run twice).
"""

from __future__ import annotations

import copy
import os

import pytest
from haystack import Document

from . import _support as support

NEWS = (
    "North Korean leader Kim Jong-un sent Vladimir Putin a letter on Tuesday, and last month the "
    "two men met in Beijing, where Xi Jinping hosted them."
)

ADVERSARIAL: dict[str, str] = {
    "empty": "",
    "whitespace_only": " \t\n\r\f\v\u00a0\u2028\u2029\u3000" * 2_000,
    "newlines_only": "\n" * 200_000,
    "control_characters": "".join(map(chr, range(32))) * 300 + NEWS + "\x7f\x85\x9b" * 300,
    "nul_bytes_inside_news": NEWS.replace(" ", "\x00 "),
    "zero_width_and_bidi_controls": "\u202e\u2066" + NEWS.replace(" ", " \u200b\u200e\u200f\u2069") + "\u202c",
    "right_to_left_mixed": (
        "التقى وزير الخارجية بنظيره في الرياض. " + NEWS + " שר החוץ נפגש עם עמיתו בירושלים ביום שלישי."
    ) * 50,
    "russian_news": (
        "Министр иностранных дел России во вторник провёл переговоры с коллегой из Китая в Москве. "
    ) * 200,
    "chinese_news": "中国外交部长周二在北京会见了俄罗斯外长，双方表示将继续加强合作。" * 300,
    "german_news": (
        "Der Bundeskanzler hat am Dienstag in Berlin mit dem Präsidenten über die Lage gesprochen. "
    ) * 200,
    "combining_marks": "".join(char + "\u0301\u0308\u0323" for char in NEWS) * 20,
    "emoji_and_flags": ("🇰🇵 🇷🇺 🤝 " + NEWS + " 👍🏽👨‍👩‍👧 ") * 100,
    "lone_surrogates": "Putin \ud800 met Kim \udfff last month \udbff\udc00 in Beijing.",
    "binary_junk_utf8": support.junk_text(300_000, seed=1),
    "binary_junk_latin1": bytes(range(256)).decode("latin-1") * 1_000,
    "one_megabyte_without_space": "x" * 1_000_000,
    "no_space_hyphenated_words": "Putin-met-Kim-in-Beijing-last-month-" * 7_000,
    "no_space_dotted_words": "Putin.met.Kim.in.Beijing.last.month." * 7_000,
    "one_megabyte_of_digits": "1234567890" * 100_000,
    "deeply_nested_html": "<div><span>" * 20_000 + NEWS + "</span></div>" * 20_000,
    "unclosed_markup": "<a href='" * 30_000 + NEWS,
    "repeated_relative_expressions": "last month " * 10_000,
    "repeated_names": "Kim Jong Un Vladimir Putin " * 10_000,
    "repeated_titles": "the Chinese foreign minister of the president of " * 5_000,
    "punctuation_soup": "?!.,;:'\"()[]{}<>-–—…/\\" * 10_000,
    "abbreviations": "U.S. Mr. Dr. Gen. Jan. St. U.N. e.g. " * 3_000,
    "impossible_dates": (
        "On February 30, 2025 and 9999-99-99, in the year 0, on 31/02/2025, in 10000 BC, in the 99th "
        "century, 99999999999999999999 days ago, on 2025-13-45 and at 25:61 the envoys met. "
    ) * 100,
    "numbers_everywhere": "In 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 days, " * 2_000,
    "mixed_scripts_in_names": "Путин met 金正恩 and Putin met Kim. Πούτιν and Ким Чен Ын spoke. " * 500,
    "tabs_and_carriage_returns": NEWS.replace(" ", "\t\r") * 500,
    "apostrophes_and_quotes": "'" * 50_000 + '"' * 50_000 + "’" * 50_000 + NEWS,
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_chain_survives(name: str) -> None:
    text = ADVERSARIAL[name]
    documents, events = support.run_chain([support.document(text, doc_id=name)])
    assert len(documents) == 1
    assert documents[0].content == text
    stored = support.to_documents().run(events=events, documents=documents)["documents"]
    support.check_event_documents(stored, events)


@pytest.mark.parametrize("name", sorted(name for name, text in ADVERSARIAL.items() if len(text) < 200_000))
def test_pipeline_survives(name: str) -> None:
    original = support.document(ADVERSARIAL[name], doc_id=name)
    snapshot = copy.deepcopy(original)
    result = support.pipeline().run(documents=[original])
    assert original == snapshot
    (doc,) = result["documents"]
    support.check_timexes([doc])
    support.check_actor_mentions([doc])
    support.check_events([doc], result["events"])


@pytest.mark.parametrize("content", [None, "", " "])
def test_missing_content_gives_empty_annotations(content: str | None) -> None:
    documents, events = support.run_chain([support.document(content)])
    (doc,) = documents
    assert doc.content == content
    assert doc.meta["timexes"] == [] and doc.meta["actors"] == [] and doc.meta["events"] == []
    assert events == []


def test_empty_batch() -> None:
    assert support.pipeline().run(documents=[])["documents"] == []
    assert support.to_documents().run(events=[])["documents"] == []


def test_mixed_batch_keeps_order_and_ids() -> None:
    names = [name for name in sorted(ADVERSARIAL) if len(ADVERSARIAL[name]) < 100_000][:8]
    batch = [support.document(ADVERSARIAL[name], doc_id=name) for name in names]
    batch.insert(3, support.document(NEWS, doc_id="news"))
    documents, events = support.run_chain(batch)
    assert [doc.id for doc in documents] == [doc.id for doc in batch]
    assert {event.doc_id for event in events} <= {doc.id for doc in batch}


def test_news_inside_hostile_noise_is_still_coded() -> None:
    """The noise must not hide the news sentence from the extractors (sanity check of the suite)."""
    text = ADVERSARIAL["control_characters"][:500] + "\n\n" + NEWS + "\n\n" + ADVERSARIAL["binary_junk_utf8"][:500]
    documents, _ = support.run_chain([support.document(text)])
    mentions = {mention["actor"]["id"] for mention in documents[0].meta["actors"]}
    assert {"person:kim-jong-un", "person:vladimir-putin"} <= mentions
    assert any(timex["text"].lower() == "last month" for timex in documents[0].meta["timexes"])


def test_ten_megabyte_document() -> None:
    """10 MB through the whole pipeline: binary junk with a real news paragraph every megabyte."""
    block = "\n\n" + NEWS + "\n\n" + support.junk_text(1_000_000, seed=2)
    text = (block * 10)[:10_000_000]
    original = support.document(text)
    result = support.pipeline().run(documents=[original])
    (doc,) = result["documents"]
    assert doc.content is text and original.content is text
    assert {"person:kim-jong-un", "person:vladimir-putin"} <= {m["actor"]["id"] for m in doc.meta["actors"]}
    support.check_actor_mentions([doc])
    support.check_events([doc], result["events"])


@pytest.mark.slow
@pytest.mark.skipif(not os.environ.get("EVENT_EXTRACT_SLOW_TESTS"), reason="set EVENT_EXTRACT_SLOW_TESTS=1")
def test_ten_megabytes_of_prose() -> None:
    """10 MB of ordinary sentences (about half a minute of CPU): every sentence is parsed and coded."""
    block = NEWS + " " + "The talks went on. Officials said little about them. " * 2_000
    text = (block * (10_000_000 // len(block) + 1))[:10_000_000]
    result = support.pipeline().run(documents=[support.document(text)])
    (doc,) = result["documents"]
    support.check_actor_mentions([doc])
    support.check_events([doc], result["events"])
    assert result["events"]


def test_one_hundred_thousand_relative_expressions() -> None:
    text = "last month " * 100_000
    (doc,) = support.tagger().run(documents=[support.document(text)])["documents"]
    timexes = doc.meta["timexes"]
    assert timexes, "a stream of relative expressions should still be tagged"
    assert all(timex["value"] in {"2025-09", None} for timex in timexes)
    support.check_timexes([doc])


def test_documents_with_unusual_meta_are_left_alone() -> None:
    meta = {"nested": {"list": [1, {"deep": ["x"] * 3}]}, "bytes": b"\x00\xff", "none": None}
    original = Document(id="m", content=NEWS, meta={"published": support.REFERENCE_DATE, **meta})
    snapshot = copy.deepcopy(original)
    documents, _ = support.run_chain([original])
    assert original == snapshot
    assert documents[0].meta["nested"] == meta["nested"]


@pytest.mark.parametrize("name", ["russian_news", "chinese_news", "german_news"])
def test_non_english_documents_are_skipped_with_a_reason(name: str) -> None:
    result = support.pipeline().run(documents=[support.document(ADVERSARIAL[name], doc_id=name)])
    (doc,) = result["documents"]
    assert str(doc.meta.get("skipped", "")).startswith("non-English text ("), doc.meta.get("skipped")
    assert doc.meta["language"] == {"russian_news": "ru", "chinese_news": "zh", "german_news": "de"}[name]
    assert doc.meta["timexes"] == [] and doc.meta["actors"] == [] and doc.meta["events"] == []
    assert result["events"] == []


@pytest.mark.parametrize("name", ["control_characters", "zero_width_and_bidi_controls", "emoji_and_flags",
                                  "nul_bytes_inside_news", "combining_marks", "right_to_left_mixed"])
def test_english_under_the_noise_is_not_skipped(name: str) -> None:
    """Mostly English text with noise or short Arabic/Hebrew passages is still read as English."""
    (doc,) = support.pipeline().run(documents=[support.document(ADVERSARIAL[name], doc_id=name)])["documents"]
    assert "skipped" not in doc.meta, doc.meta.get("skipped")
