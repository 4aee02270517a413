"""Another person's clause inside one's own sentence; another person's facts said on without a pronoun; a place
with words between it and "I live" (other13, the gaps child12 and yhdist12 left after rater27).

- "I am a bus driver and my daughter, who is 17, speaks almost no Swedish" as ONE sentence: the person's own work is
  read (the daughter's clause is taken apart before the person's part is classified), and the daughter's age and
  Swedish are not the person's.
- "My husband is an electrician. Studies at university and can't stand long because of his knees." – the languages
  that say it without "he" (Somali ayuu/ayay, Arabic بي-/بت-, Dari -د, Ukrainian -є/-ться, Tigrinya ይ-/ት-): his
  studies and limits are his, never the person's, and the person's own next sentence ("I work as a cleaner") is theirs.
- "I can't move, I live in Borås with my children" («ኣብ ቦሮስ ምስ ደቀይ እነብር», words between the place and the verb):
  Borås is the person's place, and not moving refuses no work.
- A salary question right after a sentence about the wife is still a salary question.
Through the real app over the shared test store, in all 8 languages; phrases/dialogue_other13.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, constraint_values, constraints, said_all

OWN_THEN_DAUGHTER, HUSBAND, LIVE_WITH_CHILDREN, WIFE_SALARY = said_all(
    "other13_own_then_daughter", "other13_husband_new_sentence", "other13_live_with_children",
    "other13_wife_then_salary")
#: Västra Götalands län (Borås's county).
VASTRA_GOTALAND = "zdoY_6u5_Krt"


def _groups(body: dict, name: str) -> list[str]:
    return [x.get("ssyk_code") or "" for x in body["profile"][name]]


@pytest.mark.parametrize("locale", ALL)
def test_own_work_is_read_beside_the_daughters_clause(person, locale):
    body = person.say(OWN_THEN_DAUGHTER[locale])
    assert [g for g in _groups(body, "experiences") if g.startswith("833")], (locale, body["profile"]["experiences"])
    assert not [x for x in body["profile"]["languages"] if x["code"] == "sv"], (locale, body["profile"]["languages"])
    young = [a for a in constraint_values(body, "age") if a == "pupil" or a.isdigit() and int(a) < 20]
    assert not young, (locale, body["profile"]["constraints"])
    assert not constraints(body, "avoid"), (locale, constraints(body, "avoid"))


@pytest.mark.parametrize("locale", ALL)
def test_the_husbands_studies_and_limits_said_on_are_his(person, locale):
    body = person.say(HUSBAND[locale])
    assert not body["profile"]["education"], (locale, body["profile"]["education"])
    assert not constraints(body, "limitation"), (locale, constraints(body, "limitation"))
    assert not constraints(body, "avoid"), (locale, constraints(body, "avoid"))
    # the person's own next sentence is theirs: cleaning work (SSYK 911x), not the husband's electrician
    groups = _groups(body, "experiences")
    assert [g for g in groups if g.startswith("911")], (locale, body["profile"]["experiences"])
    assert not [g for g in groups if g.startswith("741")], (locale, body["profile"]["experiences"])


@pytest.mark.parametrize("locale", ALL)
def test_a_place_with_words_before_i_live_is_the_persons(person, locale):
    body = person.say(LIVE_WITH_CHILDREN[locale])
    assert constraint_values(body, "region") == [VASTRA_GOTALAND], (locale, body["profile"]["constraints"])
    assert not constraints(body, "avoid"), (locale, constraints(body, "avoid"))


@pytest.mark.parametrize("locale", ALL)
def test_a_salary_question_after_a_sentence_about_the_wife_is_answered(person, locale):
    body = person.say(WIFE_SALARY[locale])
    assert body["action"] == "salary", (locale, body["action"], body["answer"][:400])
