"""Follow-up questions are answered for the occupation they are about (issue 10, counsellor).

A salary question naming an occupation never shown was read as "more suggestions"; "what training
do I need?" after a second list was answered for the last card instead of the person's own work;
"which education is needed for X?" lost X. The occupation is, in order: the one the question names
(any language, never shown before), the one it refers to ("it", a card), the person's own wish or
experience for a question about themselves, and only then the last card. A name we cannot resolve
is said plainly, never answered for another occupation. Through the real FastAPI app over the
shared test store, as the widget sends it (profile carried client-side).
"""
from __future__ import annotations

import pytest

from assistant.locales import lookup
from tests.dialogue_support import said

pytestmark = pytest.mark.slow

CLEANER = said("hotel_cleaner_vasteras")
BUS_SALARY = said("bus_driver_salary")
BUS_DRIVERS = "8331"


@pytest.mark.parametrize("locale", list(CLEANER))
def test_a_salary_question_about_an_occupation_never_shown_is_answered_for_it(person, locale):
    person.tell(CLEANER[locale])
    body = person.say(BUS_SALARY[locale])
    assert body["action"] in ("salary", "unknown_occupation"), body["answer"]
    if body["action"] == "salary":
        assert [o["ssyk_code"] for o in body["occupations"]] == [BUS_DRIVERS], body["answer"]
        assert body["citations"]
    else:  # said plainly, and no other occupation answered for
        assert not body["occupations"], body["answer"]
    assert not any(e["occupation"]["label"].startswith("Buss") for e in body["profile"]["experiences"])


@pytest.mark.parametrize("locale", ["sv", "en", "ar", "so", "ti", "fa"])
def test_the_salary_question_resolves_the_named_occupation(person, locale):
    """The languages whose bus-driver wording the interpreter links: the answer is about it."""
    body = person.say(CLEANER[locale], BUS_SALARY[locale])
    assert body["action"] == "salary", body["answer"]
    assert [o["ssyk_code"] for o in body["occupations"]] == [BUS_DRIVERS], body["answer"]


NURSE_AIDE = said("nurse_aide_abroad")
TRAINING_FOR_ME = said("training_for_me")


@pytest.mark.parametrize("locale", list(NURSE_AIDE))
def test_what_training_do_i_need_is_about_my_own_work_not_the_last_card(person, locale):
    first = person.tell(NURSE_AIDE[locale])
    own = {e["occupation"]["id"] for e in first["profile"]["experiences"]}
    assert own, first["profile"]
    more = person.press("more")
    assert more["action"] == "more" and more["occupations"], more["answer"]
    body = person.say(TRAINING_FOR_ME[locale])
    assert body["action"] == "courses", body["answer"]
    assert [o["id"] for o in body["occupations"]][:1] and body["occupations"][0]["id"] in own, body["occupations"]


MASON = said("bricklayer_abroad_orebro")
EDUCATION_FOR = said("education_for_bricklayer")
MASONS = "7112"


@pytest.mark.parametrize("locale", list(EDUCATION_FOR))
def test_which_education_is_needed_for_x_is_the_route_into_x(person, locale):
    person.say(MASON[locale])
    person.press("more")  # the last cards are other occupations now
    body = person.say(EDUCATION_FOR[locale])
    assert body["action"] == "courses", body["answer"]
    assert [o["ssyk_code"] for o in body["occupations"]] == [MASONS], body["occupations"]


@pytest.mark.parametrize(("locale", "question"), [
    ("sv", "Vad tjänar en glimmerfrosare?"),
    ("en", "How much does a flurbometrist earn?"),
    ("uk", "Скільки заробляє глімерфрозист?"),
    # an education question that introduces the occupation
    ("sv", "Vilken utbildning behövs för att bli glimmerfrosare?"),
    ("en", "What training do I need to become a flurbometrist?"),
    ("uk", "Яке навчання потрібне, щоб стати глімерфрозистом?"),
])
def test_a_name_we_cannot_resolve_is_said_plainly(person, locale, question):
    body = person.say(CLEANER[locale], question)
    assert body["action"] == "unknown_occupation", body["answer"]
    assert not body["occupations"]


# Where the person comes from, named beside the work (another sentence, a city, inflected).
ABROAD = [
    ("uk", "Я з Одеси. Вісім років працювала кухарем у ресторані. Тепер живу в Мальме.", "UA"),
    ("ar", "أنا من حلب، اشتغلت نجارا عشر سنوات. أسكن الآن في يوتيبوري.", "SY"),
    ("sv", "Jag kommer från Bosnien och har jobbat som snickare i femton år. Nu bor jag i Växjö.", "BA"),
    ("en", "I come from Hargeisa where I was a truck driver for seven years.", "SO"),
    ("ti", "ካብ ኣስመራ እየ። ሽድሽተ ዓመት ከም ነርስ ሰሪሐ።", "ER"),
    ("fa", "من از هرات هستم و شش سال خیاطی کردم.", "AF"),
    ("so", "Waxaan ka imid Muqdisho. Toban sano ayaan ahaa kariye.", "SO"),
]


@pytest.mark.parametrize(("locale", "story", "country"), ABROAD)
def test_work_told_beside_a_place_abroad_is_experience_abroad(person, locale, story, country):
    body = person.say(story)
    exps = body["profile"]["experiences"]
    assert exps, body["profile"]
    assert all(e["abroad"] and e["country"] == country for e in exps), exps


@pytest.mark.parametrize("locale", ["en"])
def test_work_in_sweden_beside_a_foreign_origin_is_not_abroad(person, locale):
    body = person.say("I am from Syria. I have worked as a cleaner here in Malmö for three years.")
    exps = body["profile"]["experiences"]
    assert exps and not any(e["abroad"] for e in exps), exps


@pytest.mark.parametrize(("locale", "story", "marker"), [
    ("sv", "Nej, jag menar att jag har jobbat i kassa i två år.", "menar"),
    ("en", "I mean I was a nursing assistant for three years.", "mean"),
    ("ar", "أقصد أنني كنت مساعدة ممرضة ثلاث سنوات.", "أقصد"),
    ("uk", "Маю на увазі, я працювала прибиральницею два роки.", "увазі"),
    ("fa", "منظورم این است که من آشپز بودم.", "منظورم"),
])
def test_i_mean_is_never_part_of_what_is_named(person, locale, story, marker):
    body = person.say(story)
    quotes = [e["span"]["quote"] for e in body["profile"]["experiences"]]
    assert quotes, body["profile"]
    assert not any(marker in q for q in quotes), quotes


@pytest.mark.parametrize(("locale", "question"), [
    ("sv", "Vad tjänar en svetsare?"),
    ("en", "What does a welder earn?"),
    ("uk", "Скільки заробляє зварювальник?"),
    ("ar", "كم يتقاضى اللحام؟"),
])
def test_a_question_never_adds_an_experience(person, locale, question):
    person.say(CLEANER.get(locale, CLEANER["en"]))
    before = {e["occupation"]["id"] for e in person.profile["experiences"]}
    body = person.say(question)
    assert {e["occupation"]["id"] for e in body["profile"]["experiences"]} == before


@pytest.mark.parametrize(("locale", "story", "level"), [
    ("fa", "من خیاط هستم، تا صنف شش درس خواندم. در اوربرو زندگی می کنم و کمی سویدنی بلد هستم.", True),
    ("so", "Waxaan ahaa harqaan. Waxaan dhigtay ilaa fasalka lixaad. Waxaan ku noolahay Örebro, xoogaa iswiidhish ah ayaan yaqaan.",
     True),
    ("en", "I was a tailor. I went to school for six years. I live in Örebro and speak a little Swedish.", True),
    # no education at all: nothing the profile can hold, and still not asked again
    ("en", "I cleaned offices for three years and I have no education. I live in Malmö.", False),
    ("uk", "Я три роки прибирала офіси, освіти в мене немає. Живу в Мальме.", False),
    ("ar", "عملت في التنظيف ثلاث سنوات، ولم أدرس. أسكن في مالمو.", False),
    ("fa", "سه سال در دفترها نظافت کردم. درس نخواندم. در مالمو زندگی می کنم.", False),
])
def test_what_the_story_told_is_not_asked_again(person, locale, story, level):
    body = person.say(story)
    profile = body["profile"]
    assert bool(profile["education"]) == level, profile
    told = {"education": True, "language": bool(profile["languages"]),
            "region": any(c["kind"] in ("region", "municipality") for c in profile["constraints"])}
    for slot in (s for s, known in told.items() if known):
        assert lookup(locale, f"ask.{slot}") not in body["answer"], body["answer"]


@pytest.mark.parametrize(("locale", "question"), [
    ("sv", "Finns det kurser på distans?"),
    ("en", "Are there any evening courses?"),
])
def test_what_kind_of_course_is_no_occupation(person, locale, question):
    """Words about the course ("distance", "evening") are not an unknown occupation: the question
    is about the occupation the conversation is on."""
    first = person.say(CLEANER[locale])
    body = person.say(question)
    # (courses for it, or "said already" when the first answer listed its courses)
    assert body["action"] in ("courses", "nothing_more"), body["answer"]
    assert [o["id"] for o in body["occupations"]] in ([], [first["occupations"][0]["id"]]), body["occupations"]
    assert first["occupations"][0]["label"] in body["answer"], body["answer"]


@pytest.mark.parametrize(("locale", "question"), [
    ("uk", "Чи потрібна ліцензія, щоб працювати молодшою медсестрою?"),
    ("ar", "هل أحتاج ترخيصا لأعمل كمساعدة ممرضة؟"),
    ("ti", "ከም ሓጋዚት ነርስ ንምስራሕ ፍቓድ የድልየኒ ዶ?"),
    ("fa", "آیا برای کار به عنوان کمک پرستار مجوز لازم است؟"),
    ("en", "Do I need a licence to work as a nursing assistant?"),
])
def test_an_inflected_or_clitic_title_in_a_licence_question_is_resolved(person, locale, question):
    body = person.say(question)
    assert body["action"] == "licence", body["answer"]
    assert [o["ssyk_code"] for o in body["occupations"]][:1] in (["5321"], ["5323"]), body["occupations"]

