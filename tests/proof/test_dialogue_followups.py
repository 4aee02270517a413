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
from tests.dialogue_support import said, said_all

pytestmark = pytest.mark.slow

(CLEANER, BUS_SALARY, NURSE_AIDE, TRAINING_FOR_ME, MASON, EDUCATION_FOR) = said_all(
    "hotel_cleaner_vasteras", "bus_driver_salary", "nurse_aide_abroad", "training_for_me",
    "bricklayer_abroad_orebro", "education_for_bricklayer")
#: SSYK groups the answers are about.
BUS_DRIVERS, MASONS = "8331", "7112"


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


@pytest.mark.parametrize("locale", list(EDUCATION_FOR))
def test_which_education_is_needed_for_x_is_the_route_into_x(person, locale):
    person.say(MASON[locale])
    person.press("more")  # the last cards are other occupations now
    body = person.say(EDUCATION_FOR[locale])
    assert body["action"] == "courses", body["answer"]
    assert [o["ssyk_code"] for o in body["occupations"]] == [MASONS], body["occupations"]


def _cases(*names: str) -> list[tuple[str, str]]:
    """(locale, sentence) of every situation named, for a test that takes both."""
    return [(locale, text) for name in names for locale, text in said(name).items()]


# a salary question, then an education question, that introduce the occupation
@pytest.mark.parametrize(("locale", "question"), _cases("made_up_salary", "made_up_education"))
def test_a_name_we_cannot_resolve_is_said_plainly(person, locale, question):
    body = person.say(CLEANER[locale], question)
    assert body["action"] == "unknown_occupation", body["answer"]
    assert not body["occupations"]


# Where the person comes from, named beside the work (another sentence, a city, inflected).
ABROAD_COUNTRY = {"uk": "UA", "ar": "SY", "sv": "BA", "en": "SO", "ti": "ER", "fa": "AF", "so": "SO"}


@pytest.mark.parametrize(("locale", "story"), _cases("work_beside_origin"))
def test_work_told_beside_a_place_abroad_is_experience_abroad(person, locale, story):
    country = ABROAD_COUNTRY[locale]
    body = person.say(story)
    exps = body["profile"]["experiences"]
    assert exps, body["profile"]
    assert all(e["abroad"] and e["country"] == country for e in exps), exps


@pytest.mark.parametrize("locale", ["en"])
def test_work_in_sweden_beside_a_foreign_origin_is_not_abroad(person, locale):
    body = person.say("I am from Syria. I have worked as a cleaner here in Malmö for three years.")
    exps = body["profile"]["experiences"]
    assert exps and not any(e["abroad"] for e in exps), exps


I_MEAN = {"sv": "menar", "en": "mean", "ar": "أقصد", "uk": "увазі", "fa": "منظورم"}


@pytest.mark.parametrize(("locale", "story"), _cases("i_mean_work"))
def test_i_mean_is_never_part_of_what_is_named(person, locale, story):
    marker = I_MEAN[locale]
    body = person.say(story)
    quotes = [e["span"]["quote"] for e in body["profile"]["experiences"]]
    assert quotes, body["profile"]
    assert not any(marker in q for q in quotes), quotes


@pytest.mark.parametrize(("locale", "question"), _cases("welder_salary"))
def test_a_question_never_adds_an_experience(person, locale, question):
    person.say(CLEANER.get(locale, CLEANER["en"]))
    before = {e["occupation"]["id"] for e in person.profile["experiences"]}
    body = person.say(question)
    assert {e["occupation"]["id"] for e in body["profile"]["experiences"]} == before


# an education level told, and no education at all (nothing, or the lowest level, held; still not asked again)
@pytest.mark.parametrize(("locale", "story", "level"), [(locale, story, level) for name, level in (
    ("tailor_schooling_told", True), ("cleaner_no_education", False)) for locale, story in said(name).items()])
def test_what_the_story_told_is_not_asked_again(person, locale, story, level):
    body = person.say(story)
    profile = body["profile"]
    # (no education at all may be held as the lowest level, SUN 1: words17, «درس نخواندم» "I never studied")
    assert bool(profile["education"]) == level or not level and all(e.get("sun_level") == "1"
                                                                    for e in profile["education"]), profile
    told = {"education": True, "language": bool(profile["languages"]),
            "region": any(c["kind"] in ("region", "municipality") for c in profile["constraints"])}
    for slot in (s for s, known in told.items() if known):
        assert lookup(locale, f"ask.{slot}") not in body["answer"], body["answer"]


@pytest.mark.parametrize(("locale", "question"), _cases("course_kind_question"))
def test_what_kind_of_course_is_no_occupation(person, locale, question):
    """Words about the course ("distance", "evening") are not an unknown occupation: the question
    is about the occupation the conversation is on."""
    first = person.say(CLEANER[locale])
    body = person.say(question)
    # (courses for it, or "said already" when the first answer listed its courses)
    assert body["action"] in ("courses", "nothing_more"), body["answer"]
    assert [o["id"] for o in body["occupations"]] in ([], [first["occupations"][0]["id"]]), body["occupations"]
    assert first["occupations"][0]["label"] in body["answer"], body["answer"]


@pytest.mark.parametrize(("locale", "question"), _cases("licence_nursing_assistant"))
def test_an_inflected_or_clitic_title_in_a_licence_question_is_resolved(person, locale, question):
    body = person.say(question)
    assert body["action"] == "licence", body["answer"]
    assert [o["ssyk_code"] for o in body["occupations"]][:1] in (["5321"], ["5323"]), body["occupations"]

