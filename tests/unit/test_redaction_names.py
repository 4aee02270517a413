"""Names and addresses people give in passing ("Jag är X", "X här", "Mvh X", "أنا X", "Я X", "Frostmyrsg. 29"),
per language: the name never survives redaction, and the occupation after "I am" does."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vagledning.domain.redaction import redact

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

LATIN_FIRST = ["Anna", "Erik", "Fatima", "Mohammed", "Sara", "Johan", "Leila", "Omar", "Ingrid", "Karin", "Ali",
               "Amina", "Hassan", "Lina", "Yusuf", "Maja", "Nils", "Ebba", "Zainab", "Olle"]
LATIN_LAST = ["Berg", "Lindqvist", "Hussein", "Svensson", "Abdi", "Karlsson", "Nyström", "Haddad", "Ek", "Warsame"]
ARABIC = ["أحمد", "محمد", "فاطمة", "خديجة", "عمر", "ليلى", "يوسف", "سارة", "حسن", "زينب", "علي", "مريم"]
PERSIAN = ["علی", "مریم", "رضا", "زهرا", "حسین", "فاطمه", "نرگس", "امید", "سارا", "محمد"]
TIGRINYA = ["ኣማኒኤል", "ሳባ", "ዳዊት", "ሄለን", "ዮናስ", "ሩታ", "ተስፋይ", "ሚካኤል"]
CYRILLIC_FIRST = ["Олена", "Тарас", "Оксана", "Андрій", "Ірина", "Богдан", "Наталія", "Дмитро", "Юлія"]
CYRILLIC_LAST = ["Коваль", "Шевченко", "Бондаренко", "Мельник", "Ткаченко"]
SOMALI_FIRST = ["Cabdi", "Xasan", "Faadumo", "Maryan", "Cali", "Hodan", "Axmed", "Sahra"]


def latin_name():
    return st.tuples(st.sampled_from(LATIN_FIRST), st.sampled_from(LATIN_LAST + [""])).map(
        lambda t: " ".join(p for p in t if p))


# Each template has one {name}; fillers stand before and after (ordinary words of that language).
TEMPLATES: dict[str, tuple[list[str], st.SearchStrategy[str], list[str]]] = {
    "sv": (["Jag är {name} och jag har jobbat som kock.", "{name} här, jag undrar om lön.",
            "Hej, {name} här! Vad tjänar en snickare?", "Tack för hjälpen.\nMvh {name}",
            "Med vänliga hälsningar, {name}", "Jag heter {name}.", "Hej! Jag är {name}, 34 år."],
           latin_name(), ["jag", "vill", "jobba", "som", "undersköterska", "i", "Malmö", "har", "truckkort"]),
    "sv-easy": (["Jag är {name}. Jag vill jobba.", "{name} här. Jag vill plugga.", "Mvh {name}",
                 "Hej. Jag heter {name}."], latin_name(), ["jag", "vill", "jobba", "med", "barn", "plugga"]),
    "en": (["I'm {name} and I worked as a driver.", "Hi, {name} here. What can I study?",
            "My name is {name}.", "Thanks!\nBest regards,\n{name}", "Kind regards {name}"],
           latin_name(), ["i", "worked", "as", "a", "nurse", "in", "Sweden", "for", "years"]),
    "ar": (["أنا {name} من سوريا.", "مرحبا، أنا {name}، عملت طباخاً.", "واسمي {name} وأبحث عن عمل.",
            "اسمي {name}.", "شكرا. مع تحياتي {name}"],
           st.sampled_from(ARABIC), ["عملت", "طباخاً", "في", "حلب", "لمدة", "ست", "سنوات", "أريد", "العمل"]),
    "fa": (["سلام. من {name} هستم و آشپز بودم.", "اسم من {name} است.", "اینجانب {name}، راننده.",
            "با احترام، {name}"],
           st.sampled_from(PERSIAN), ["من", "آشپز", "بودم", "در", "کابل", "کار", "می‌خواهم"]),
    "so": (["Waxaan ahay {name}, waxaan ahay darawal.", "Magacaygu waa {name}.", "Aniga waa {name}.",
            "Mahadsanid, {name}"],
           st.sampled_from(SOMALI_FIRST), ["waxaan", "ahay", "darawal", "Iswiidhan", "shaqo", "doonayaa"]),
    "ti": (["ኣነ {name} እየ።", "ሰላም፣ ኣነ {name} እየ፣ ሰራሕተኛ።", "ስመይ {name} እዩ።"],
           st.sampled_from(TIGRINYA), ["ኣብ", "ሆቴል", "ሰሪሐ", "ስራሕ", "ደልየ"]),
    "uk": (["Я {name}, працювала кухарем.", "Мене звуть {name}.", "Привіт, {name} тут.", "Мене звати {name} і я шукаю роботу.",
            "З повагою, {name}"],
           st.tuples(st.sampled_from(CYRILLIC_FIRST), st.sampled_from(CYRILLIC_LAST + [""])).map(
               lambda t: " ".join(p for p in t if p)),
           ["я", "працювала", "кухарем", "у", "Києві", "шукаю", "роботу"]),
}


@st.composite
def introduction(draw: st.DrawFn, lang: str) -> tuple[str, str]:
    templates, names, words = TEMPLATES[lang]
    name = draw(names)
    before = " ".join(draw(st.lists(st.sampled_from(words), max_size=5)))
    after = " ".join(draw(st.lists(st.sampled_from(words), max_size=5)))
    sentence = draw(st.sampled_from(templates)).format(name=name)
    sep = draw(st.sampled_from([". ", "\n", "! "]))
    text = (before + sep if before else "") + sentence + (" " + after if after else "")
    return text, name


@pytest.mark.parametrize("lang", sorted(TEMPLATES))
def test_introduced_names_never_survive(lang: str) -> None:
    @SETTINGS
    @given(introduction(lang))
    def run(case: tuple[str, str]) -> None:
        text, name = case
        out = redact(text).text
        for part in name.split():
            assert part not in out, (text, out)
        assert "[namn]" in out

    run()


@pytest.mark.parametrize(("text", "kept"), [
    ("Jag är undersköterska och vill bli sjuksköterska.", "undersköterska"),
    ("jag är kock sedan tio år", "kock"),
    ("Jag är från Syrien och bor i Malmö.", "Syrien"),
    ("Jag är arbetslös just nu.", "arbetslös"),
    ("I am a nurse and I'm Swedish.", "nurse"),
    ("أنا طباخ من سوريا", "طباخ"),
    ("أنا ممرضة وأريد العمل في السويد", "ممرضة"),
    ("أنا من سوريا", "سوريا"),
    ("أنا أعمل في مطعم", "أعمل"),
    ("من آشپز هستم", "آشپز"),
    ("من از افغانستان هستم", "افغانستان"),
    ("ኣነ ሰራሕተኛ እየ", "ሰራሕተኛ"),
    # found by an independent counsellor: these lost the place, the limit and the occupation
    ("انا ساكنة بمالمو", "بمالمو"),
    ("انا ساكن في يوتيبوري وأبحث عن عمل", "يوتيبوري"),
    ("انا ما بقدر اشتغل بالليل", "بقدر"),
    ("ኣነ ግንበኛ እየ", "ግንበኛ"),
    ("ኣነ ስደተኛ እየ ኣብ ኡፕሳላ", "ስደተኛ"),
    ("أنا SSYK 1000", "SSYK"),
    ("я кухар і шукаю роботу", "кухар"),
    ("Я працювала кухарем у Києві", "працювала"),
    ("waxaan ahay darawal", "darawal"),
    ("Malmö är en stad här i Skåne.", "Malmö"),
    ("Vad tjänar en kock här i Sverige?", "kock"),
])
def test_occupations_and_places_after_i_am_are_not_names(text: str, kept: str) -> None:
    out = redact(text)
    assert kept in out.text and "namn" not in out.counts, out


STREETS = ["Frostmyr", "Stor", "Kungs", "Drottning", "Lill", "Skol", "Björk", "Ekholms"]
ABBREV = ["g.", "gt.", "v.", "vg.", "gr."]


@SETTINGS
@given(st.sampled_from(STREETS), st.sampled_from(ABBREV), st.integers(1, 299), st.sampled_from(["", "B", " A"]),
       st.sampled_from(["Jag bor på {a}.", "Adress: {a}, 903 25 Umeå", "{a}", "bor på {a} i Umeå sedan 2019"]))
def test_abbreviated_street_names_never_survive(street: str, abbr: str, number: int, letter: str,
                                                template: str) -> None:
    address = f"{street}{abbr} {number}{letter}"
    out = redact(template.format(a=address)).text
    assert f"{street}{abbr}" not in out and "[adress]" in out, out


@pytest.mark.parametrize("text", ["Se kap. 5 i boken", "Jag gick i skolan i 9 år.", "Kl. 8 börjar jag.",
                                  "Sid. 12", "ca. 30 000 kr", "Nr. 5"])
def test_abbreviations_that_are_not_streets_survive(text: str) -> None:
    assert redact(text).text == text


@pytest.mark.parametrize(("text", "kept"), [
    ("أنا مطور برمجيات من الهند", "مطور برمجيات"),   # (ar) I am a software developer from India
    ("ኣነ ሲቪል ኢንጅነር እየ", "ሲቪል ኢንጅነር"),              # (ti) I am a civil engineer
])
def test_work_after_a_weak_cue_is_no_name_for_the_chat(text: str, kept: str) -> None:
    """The chat's redaction step keeps an occupation a weak cue took as a name (firstjob10: the occupation was lost
    and nothing was suggested); names after the same cues stay redacted."""
    from assistant.redaction_step import work_words

    assert kept in redact(text, work_words=work_words).text
    for name in ("أنا أحمد من سوريا", "ኣነ ዳዊት እየ", "أنا فاطمة، عمري 30", "Jag är Anna Snickare"):
        assert "[namn]" in redact(name, work_words=work_words).text, name
