"""The first message read right (rater17's leftovers, issue 10): what the person tells is what they said.

- A present-tense hobby ("in my free time I cut my friends' hair", "I cook at home for my family") is a liking, not
  work done: no experience enters the profile, the answer never says "like work you have done".
- A refusal said as a request to the assistant ("don't give me kitchen jobs": Somali "ha i siin", Tigrinya
  "ኣይትሃቡኒ", Persian "ندهید") is a refusal: no kitchen work done, the kitchen avoided, no cook shown.
- "How do I become a kindergarten teacher" in the person's own words is the way into Förskollärare, not a school
  teacher whose English alias "Teacher" the question also writes.
- Iraqi/Levantine "what job can I find?" («شنو شغل اكدر الكه») asks for work, it names no unknown occupation.
- "Jag var lärare för årskurs 7-9": årskurs is a school year, no course: work done as Ämneslärare 7-9.
- "No school papers", "my certificates were lost in the war": the profile records the papers missing (no_papers), and
  an answer on what it takes to work in the trade offers validation (cited) beside the school requirement.
Through the real app over the shared test store; the sentences live in phrases/dialogue_read18.yaml.
"""
from __future__ import annotations

import pytest

from assistant.locales import text
from tests.dialogue_support import ALL, Person, constraint_values, constraints, groups, route_ids, said_all, work_done

HOBBY, DONT_GIVE, PRESCHOOL, FIND, TEACHER, NO_PAPERS, WELDER_NEEDS = said_all(
    "read18_hobby", "read18_dont_give_kitchen", "read18_become_preschool", "read18_what_job_find",
    "read18_teacher_years", "read18_no_papers", "read18_welder_needs")
PRESCHOOL_TEACHER = "rUcW_z9R_Qsv"   # Förskollärare
SUBJECT_TEACHER_7_9 = "iYgm_hfD_Bez"  # Ämneslärare, 7-9
WELDERS = {"wf1E_nWA_EJp", "CsB1_HC2_EbL"}  # Svetsare, manuell; Svetsoperatör/Automatsvetsare
KITCHEN = ("512", "941")              # cooks, kitchen and restaurant assistants
DONE = ("reasons.experience", "reasons.all_experience", "reasons.similar", "reasons.all_similar")


@pytest.mark.parametrize("locale", ALL)
def test_the_first_message_is_read_as_said(person, client, locale):
    body = person.say(HOBBY[locale])
    assert not work_done(body), (locale, body["profile"]["experiences"])
    assert body["profile"]["interests"], (locale, body["profile"])
    assert body["occupations"], (locale, body["answer"])
    for key in DONE:
        assert text(locale, key).casefold().rstrip("።.") not in body["answer"].casefold(), (locale, key, body["answer"])

    body = Person(client, locale).say(DONT_GIVE[locale])
    assert not work_done(body), (locale, body["profile"]["experiences"])
    assert constraints(body, "avoid"), (locale, body["profile"])
    assert not [g for g in groups(body) if g.startswith(KITCHEN)], (locale, body["occupations"], body["answer"])

    body = Person(client, locale).say(PRESCHOOL[locale])
    assert body["action"] == "courses", (locale, body["action"], body["answer"])
    assert [o["id"] for o in body["occupations"]][:1] == [PRESCHOOL_TEACHER], (locale, body["occupations"])

    welder = Person(client, locale)
    body = welder.say(NO_PAPERS[locale])
    assert "no_papers" in constraint_values(body, "other"), (locale, body["profile"]["constraints"])
    # (the welding is still work done, and read as welding: Somali "alxanle" was once read as a teacher's aide)
    assert set(work_done(body)) & WELDERS, (locale, body["profile"]["experiences"])
    body = welder.say(WELDER_NEEDS[locale])
    assert "route:validering" in route_ids(body), (locale, body["action"], body["answer"])


@pytest.mark.parametrize("locale", ["ar"])
def test_what_job_can_i_find_asks_for_work(client, locale):
    for said in FIND[locale]:
        body = Person(client, locale).say(said)
        assert body["action"] in ("ask", "suggest"), (said, body["action"], body["answer"])


@pytest.mark.parametrize("locale", ["sv", "sv-easy"])
def test_a_teacher_of_school_years_is_work_done(person, locale):
    body = person.say(TEACHER[locale])
    assert body["action"] != "courses", (locale, body["answer"])
    assert SUBJECT_TEACHER_7_9 in work_done(body), (locale, body["profile"])
