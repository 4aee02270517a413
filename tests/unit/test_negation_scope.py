"""The reach of a negation (wishnot12, rater27): "not" binds to its own clause, "not for now" is a deferral, a
university said to be not needed is no question about university, and the question sentence decides what is asked.
Pure readers, no store; the sentences live in tests/unit/phrases/negation_scope.yaml."""
from __future__ import annotations

import pytest

from assistant.driving_licence import asks_b_licence
from assistant.intents import detect_intent, question_part
from assistant.interpretation.constraints import refuses_university
from assistant.interpretation.negation_scope import deferred, defers
from assistant.interpretation.refused_thing import refused_thing
from assistant.interpretation.segment import analyse
from assistant.studies_abroad import asks_university_swedish
from tests.phrase_data import rows


@pytest.mark.parametrize(("text", "lang", "wished", "refused"), rows("negation_scope", "want_not"))
def test_i_want_x_not_y_refuses_y_only(text, lang, wished, refused):
    sa = analyse(text, lang=lang)
    wishes = [st for st in sa.statements if st.kind == "wish"]
    assert any(wished in st.text for st in wishes), [(st.kind, st.text) for st in sa.statements]
    things = [text[slice(*t)] for st in sa.statements if st.kind == "negation" and (t := refused_thing(text, st))]
    assert things and all(wished not in t for t in things), things
    assert any(refused in t for t in things), things


@pytest.mark.parametrize(("text", "lang", "kinds"), rows("negation_scope", "one_clause"))
def test_a_refusal_question_or_remark_is_not_cut(text, lang, kinds):
    assert [st.kind for st in analyse(text, lang=lang).statements] == kinds


@pytest.mark.parametrize("text", rows("negation_scope", "deferred"))
def test_an_occupation_put_off_for_now_is_a_deferral(text):
    assert deferred(text), text
    assert defers(text), text


@pytest.mark.parametrize("text", rows("negation_scope", "goal_later"))
def test_the_goal_for_later_beside_a_question_for_work_asks_for_work_meanwhile(text):
    assert defers(text), text


@pytest.mark.parametrize("text", rows("negation_scope", "not_deferred"))
def test_no_more_studies_limits_and_licences_are_no_deferral(text):
    assert not defers(text), text


@pytest.mark.parametrize(("text", "lang"), rows("negation_scope", "no_university"))
def test_work_that_needs_no_university_is_asked_as_work(text, lang):
    assert refuses_university(text), text
    assert detect_intent(text) == "suggest", text
    assert not asks_university_swedish(text), text


@pytest.mark.parametrize(("text", "lang"), rows("negation_scope", "licence_then_other"))
def test_the_question_sentence_naming_a_training_is_no_licence_question(text, lang):
    assert not asks_b_licence(text, question_part(text), lang), text


@pytest.mark.parametrize(("text", "lang"), rows("negation_scope", "licence_then_it"))
def test_the_licence_asked_of_by_a_pronoun_is_the_b_licence(text, lang):
    assert asks_b_licence(text, question_part(text), lang), text
