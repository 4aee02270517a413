"""What the person told is checked before a sentence that presumes its opposite is sent (rater38 class 3; issue 10).

contra30 kept the told "no licence", "no education" and temporary protection out of the first paths; the counsellor's
other findings, as kinds of failure: a boy of 17 who dropped out of gymnasiet and wants any job (a warehouse) was told
"while you study, CSN's studiemedel pays… from the year you turn 20" and "it is safer to study first" for a job whose
sources name no education; a man of 20 who has left gymnasiet was sent to "the counsellor at your school (choosing
upper secondary school)"; someone with temporary protection, who gets no studiemedel, was offered it as the money of
studying. Now, in all 8 languages, two turns each (the scene, then the question):
- under 20 and out of school, study or work: no adults' studiemedel and no "safer to study first"; the gymnasium's
  own view instead (its age limit, the municipality that follows up the young);
- 20 and out of school: no school counsellor for pupils (the municipality's counsellor is theirs);
- a job without an education requirement: no "safer to study first", no "without the education … longer";
- temporary protection, study or work: CSN's studiemedel is not offered.
Through the real app over the shared test store; the sentences live in phrases/dialogue_contra31.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, route_ids, said_all, wording_literal

YOUTH_SCENE, YOUTH_ASK, LEFT_SCENE, LEFT_ASK, NO_TRAINING, PROTECTION_SCENE, PROTECTION_ASK = said_all(
    "contra31_youth_scene", "contra31_youth_ask", "contra31_left_scene", "contra31_left_ask", "contra31_no_training",
    "contra31_protection_scene", "contra31_protection_ask")
#: The gymnasium's own view for one under 20 out of school: its age limit, the municipality's follow-up of the young.
_YOUTH_WAY = ("route:gy_aldersgrans", "route:kommunernas_aktivitetsansvar")


def _no_study_lean(locale: str, answer: str) -> None:
    for key in ("choice.lean_study", "choice.work_now"):
        assert wording_literal(locale, key) not in answer, (locale, key, answer)


@pytest.mark.parametrize("locale", ALL)
def test_a_dropout_of_17_gets_the_gymnasium_view_not_the_adults_studiemedel(person, locale):
    body = person.say(YOUTH_SCENE[locale], YOUTH_ASK[locale])
    answer, ids = body["answer"], route_ids(body)
    assert "route:studiemedel" not in ids, (locale, ids, answer)
    for key in ("choice.study_money", "choice.study_money_adult"):
        assert wording_literal(locale, key) not in answer, (locale, key, answer)
    _no_study_lean(locale, answer)
    assert [r for r in ids if r in _YOUTH_WAY], (locale, body["action"], ids, answer)


@pytest.mark.parametrize("locale", ALL)
def test_one_who_left_school_at_20_is_not_sent_to_the_school_counsellor(person, locale):
    body = person.say(LEFT_SCENE[locale], LEFT_ASK[locale])
    answer, ids = body["answer"], route_ids(body)
    assert "route:syv_elev" not in ids, (locale, body["action"], ids, answer)
    assert wording_literal(locale, "rights.syv_elev") not in answer, (locale, answer)
    assert "yrkesvägledaren på din skola" not in answer, (locale, answer)


@pytest.mark.parametrize("locale", ALL)
def test_a_job_without_education_is_not_told_to_study_first(person, locale):
    body = person.say(NO_TRAINING[locale])
    answer = body["answer"]
    _no_study_lean(locale, answer)


@pytest.mark.parametrize("locale", ALL)
def test_temporary_protection_is_not_offered_studiemedel_for_studying_first(person, locale):
    body = person.say(PROTECTION_SCENE[locale], PROTECTION_ASK[locale])
    answer, ids = body["answer"], route_ids(body)
    assert "route:studiemedel" not in ids, (locale, ids, answer)
    for key in ("choice.study_money", "choice.study_money_adult"):
        assert wording_literal(locale, key) not in answer, (locale, key, answer)
