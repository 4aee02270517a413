"""Asides beside a person's story (assistant/interpretation/asides.py, negation19): complaints and dropped topics are
blanked with their offsets kept, a negated question topic refuses no work, a hazard said of work is a reason against."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant.interpretation.asides import blank_asides, names_a_topic, reason_against, said_instead


@pytest.mark.parametrize("text", ["du lyssnar ju inte. vad finns det mer?", "ok forget the salary. how long is it?",
                                  "طيب انسى الراتب. قديش المدة؟", "ви мене не слухаєте. яка є робота?"])
def test_an_aside_is_blanked_and_the_question_kept_at_its_place(text):
    out = blank_asides(text)
    assert len(out) == len(text) and out.rstrip().endswith(("?", "؟"))
    assert out.split(".")[0].strip() == "" and out.split(".")[1] == text.split(".")[1]


@pytest.mark.parametrize("text", ["i forget things easily", "jag glömmer lätt", "jag vill inte vara städare",
                                  "don't forget that i have a bad back"])
def test_ordinary_sentences_are_no_aside(text):
    assert blank_asides(text) == text


def test_a_negated_topic_refuses_no_work_but_a_negated_trade_does():
    assert names_a_topic("inte snickarlönen") and names_a_topic("نه معاش نجار") and names_a_topic("не зарплату")
    assert not names_a_topic("inte städare") and not names_a_topic("not a cleaner")


def _st(text, kind="experience", cue=None, question=False):
    return SimpleNamespace(text=text, kind=kind, cue=cue, question=question, start=0, end=len(text))


def test_a_hazard_of_work_is_a_reason_against_only_uncued():
    assert reason_against(_st("men maskinförare är ju vibrationer hela dagen"), "experience")
    assert not reason_against(_st("har kört lastare i 20 år, vibrationer hela dagen", cue="har kört"), "experience")
    assert not reason_against(_st("maskinförare"), "experience")


def test_what_is_said_instead_of_a_negated_noun_phrase():
    sts = [_st("inte restaurang", kind="negation", cue="inte"), _st("skolköket, dagtid")]
    assert said_instead(sts, 1)
    assert not said_instead([_st("jag vill inte jobba som städare längre", kind="negation"), sts[1]], 1)


def test_somali_is_not_negates_its_noun_phrase():
    from assistant.interpretation.segment import analyse

    sts = analyse("ma ahan makhaayad. jikada dugsiga, maalintii", lang="so").statements
    assert sts[0].kind == "negation" and said_instead(sts, 1)
