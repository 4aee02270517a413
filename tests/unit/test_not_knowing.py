""""I don't know X" tells about the person and refuses nothing of its own; "X is nothing for me" said flat refuses X;
"one more …, not Y" refuses Y alone (turndown15: assistant/interpretation/not_knowing.py, short_refusal.yaml,
refused_thing.py)."""
from __future__ import annotations

import pytest

from assistant.interpretation.corrections import refuses_nothing
from assistant.interpretation.not_knowing import unknown_fields
from assistant.interpretation.refused_thing import thing_span
from assistant.interpretation.segment import classify_statement

NOT_KNOWING = {"Nej, jag kan ingenting om redovisning": "redovisning", "I don't know computers": "computers",
               "I'm not good at sales": "sales", "ما بعرف بالمحاسبة": "المحاسبة", "Maya, xisaabta ma aqaan": "xisaabta",
               "ሒሳብ ኣይፈልጥን": "ሒሳብ", "محاسبه را بلد نیستم": "محاسبه", "я не знаю бухгалтерії": "бухгалтерії"}
NOTHING_FOR_ME = {"Ingenjör är inget för mig": "Ingenjör", "Engineering isn't for me": "Engineering",
                  "الهندسة مو إلي": "الهندسة", "Injineernimadu anigu ii ma aha": "Injineernimadu",
                  "ምህንድስና ንዓይ ኣይኮነትን": "ምህንድስና", "Інженерія — це не моє": "Інженерія"}
NOT_Y = {"Ii sheeg hal shaqo oo kale oo aan fadhiisto oo gacmaha ku shaqeeyo, baakadeyn maya": "baakadeyn",
         "قلي كمان شغلة بقعد فيها وبشتغل بإيدي، بس مو تغليف": "تغليف", "no cleaning please": "cleaning"}


@pytest.mark.parametrize("text", NOT_KNOWING)
def test_not_knowing_a_field_names_it_and_refuses_nothing_of_its_own(text):
    assert [text[a:b] for a, b in unknown_fields(text)] == [NOT_KNOWING[text]]
    assert refuses_nothing(text), text


@pytest.mark.parametrize("text", ["I don't know what I want", "Jag kan inte redovisning", "I dont want cleaning"])
def test_other_clauses_tell_no_field_unknown(text):
    assert not unknown_fields(text)


@pytest.mark.parametrize("text", {**NOTHING_FOR_ME, **NOT_Y})
def test_x_is_nothing_for_me_and_not_y_refuse_x_alone(text):
    assert classify_statement(text)[0] == "negation", text
    a, b = thing_span(text) or (0, 0)
    assert text[a:b] == {**NOTHING_FOR_ME, **NOT_Y}[text]


def test_a_list_before_a_postposed_no_stays_whole():
    text = "Städning, disk vill jag inte"
    a, b = thing_span(text) or (0, 0)
    assert text[a:b] == "Städning, disk"
