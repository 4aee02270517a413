"""Statement segmentation, classification and extraction in every served language."""
from __future__ import annotations

import time

import pytest

from assistant.interpretation.segment import analyse, classify_statement, split_statements
from tests.phrase_data import rows


def _kinds(text: str) -> list[str]:
    return [s.kind for s in analyse(text).statements]


def _check_spans(text: str) -> None:
    r = analyse(text)
    for s in r.statements:
        assert text[s.start:s.end] == s.text
    for group in (r.origins, r.years, r.languages, r.education):
        for m in group:
            assert text[m.start:m.end] == m.text
            st = r.statements[m.statement]
            assert st.start <= m.start and m.end <= st.end


CLASSIFY = [
    # (text, expected kind)
    ("Jag har jobbat som undersköterska", "experience"),
    ("Jag vill bli elektriker", "wish"),
    ("Inte nattarbete", "negation"),
    ("Jag gillar att laga mat", "interest"),
    ("Jag har studerat ekonomi på universitet", "education"),
    ("Jag pratar arabiska och svenska", "language"),
    ("Jag bor i Göteborg", "place"),
    ("I was a pharmacist in Syria", "experience"),
    ("I want to study to become a teacher", "wish"),
    ("I don't want to work weekends", "negation"),
    ("I like working with people", "interest"),
    ("I have a degree in civil engineering", "education"),
    ("I speak English and Somali", "language"),
    ("كنت أعمل ممرضة", "experience"),
    ("أريد أن أصبح سائق", "wish"),
    ("لا أريد العمل ليلا", "negation"),
    ("ما ابغى دوام ليلي", "negation"),
    ("أحب الطبخ", "interest"),
    ("عندي شهادة جامعية", "education"),
    ("أتكلم العربية", "language"),
    ("Waxaan ahaa macallin", "experience"),
    ("Waxaan rabaa inaan noqdo kalkaaliye", "wish"),
    ("Ma rabo shaqo habeen", "negation"),
    ("Waan jeclahay carruurta", "interest"),
    ("Waxaan haystaa shahaado jaamacadeed", "education"),
    ("Waxaan ku hadlaa Soomaali", "language"),
    ("ኣብ ኤርትራ መምህር ነይረ", "experience"),
    ("ነርስ ክኸውን እደሊ", "wish"),
    ("ለይቲ ክሰርሕ ኣይደልን", "negation"),
    ("ምግቢ ምስራሕ ይፈቱ", "interest"),
    ("ኣብ ዩኒቨርሲቲ ተማሂረ", "education"),
    ("ትግርኛ እዛረብ", "language"),
    ("در ایران معلم بودم", "experience"),
    ("می‌خواهم پرستار شوم", "wish"),
    ("نمی‌خواهم شب کار کنم", "negation"),
    ("آشپزی را دوست دارم", "interest"),
    ("تحصیلات دانشگاهی دارم", "education"),
    ("فارسی و انگلیسی صحبت می‌کنم", "language"),
    ("Я працювала медсестрою", "experience"),
    ("Хочу стати водієм", "wish"),
    ("Не хочу працювати вночі", "negation"),
    ("Я люблю готувати", "interest"),
    ("Маю вищу освіту", "education"),
    ("Розмовляю українською", "language"),
    ("انا مهندس", "experience"),  # no cue: an occupation name implies experience
]


@pytest.mark.parametrize(("text", "kind"), CLASSIFY)
def test_classify(text: str, kind: str) -> None:
    assert classify_statement(text)[0] == kind


SPLITS = [
    ("Jag har jobbat som kock i fem år och jag vill bli bagare. Jag vill inte jobba natt.", ["experience", "wish", "negation"]),
    ("I was a nurse and I want to be a nurse here, but not nights", ["experience", "wish", "negation"]),
    ("كنت أعمل ممرضة في سوريا وأريد أن أعمل في السويد، لا أريد العمل ليلا؟ أتكلم العربية", ["experience", "wish", "negation", "language"]),
    ("Waxaan ahaa darawal. Waxaan rabaa inaan noqdo kalkaaliye", ["experience", "wish"]),
    ("ኣብ ኤርትራ መምህር ነይረ። ነርስ ክኸውን እደሊ። ትግርኛ እዛረብ።", ["experience", "wish", "language"]),
    ("در افغانستان معلم بودم و می‌خواهم پرستار شوم۔ نمی‌خواهم شب کار کنم", ["experience", "wish", "negation"]),
    ("Я працювала медсестрою в Україні. Хочу працювати в Стокгольмі, але не хочу працювати вночі.", ["experience", "wish", "negation"]),
]


@pytest.mark.parametrize(("text", "kinds"), SPLITS)
def test_split_and_classify(text: str, kinds: list[str]) -> None:
    assert _kinds(text) == kinds
    _check_spans(text)


def test_conjunction_between_nouns_does_not_split() -> None:
    assert len(split_statements("Jag pratar arabiska och svenska")) == 1
    assert len(split_statements("I speak English and Arabic")) == 1
    assert len(split_statements("Waxaan ku hadlaa Soomaali iyo Carabi")) == 1


def test_joiner_is_not_part_of_either_clause() -> None:
    text = "Jag har jobbat som kock och jag vill bli bagare"
    spans = split_statements(text)
    assert [text[a:b] for a, b in spans] == ["Jag har jobbat som kock", "jag vill bli bagare"]




@pytest.mark.parametrize(("lang", "text", "expected"), [(row["lang"], row["text"], row["expected"])
                                                          for row in rows("segment", "extraction")])
def test_extraction(lang: str, text: str, expected: dict) -> None:
    r = analyse(text)
    assert r.language.code == lang
    got = {
        "origins": [o.country for o in r.origins],
        "years": [y.years for y in r.years],
        "languages": [x.code for x in r.languages],
        "education": [e.band for e in r.education],
    }
    for key, value in expected.items():
        assert got[key] == value, (key, got)
    _check_spans(text)


def test_education_levels_carry_sun_and_seqf() -> None:
    r = analyse("I studied at university and I have a PhD.")
    bands = {e.band: e for e in r.education}
    assert bands["forskarutbildning"].sun_level == "6" and bands["forskarutbildning"].seqf == 8
    assert bands["forskarutbildning"].sun_concept_id == "ygjL_oek_A2F"


@pytest.mark.parametrize("text", ["", "   ", "😀👍", "...!!!", "\n\n\n"])
def test_empty(text: str) -> None:
    r = analyse(text)
    assert r.statements == [] and r.origins == [] and r.years == []


def test_long_input_is_fast_and_spans_hold() -> None:
    text = ("Jag har jobbat som kock i Syrien i 5 år och jag vill bli bagare. كنت أعمل ممرضة. ") * 650
    assert len(text) > 50_000
    t = time.perf_counter()
    r = analyse(text)
    assert time.perf_counter() - t < 15
    assert len(r.statements) > 1000
    for s in r.statements[:50]:
        assert text[s.start:s.end] == s.text
