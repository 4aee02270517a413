"""youth21: "what should I work as?" with a modal word is a question for work in every language, never a licence
question; and every splitter of a message treats the scripts' own marks (، ፣ ። ፧ ۔ ؛ ፤) as "," "." "?" ";"."""
from __future__ import annotations

import pytest

from assistant.asked_parts import asked_parts
from assistant.intents import intent_of, question_part
from assistant.work_questions import asks_what_to_work
from vagledning.domain.marks import COMMAS, FULL_STOPS, SEMICOLONS

WHAT_TO_WORK = ["vad borde ja jobba me?", "Vad måste jag jobba med?", "what should i work as??",
                "what should i do for work?", "شو لازم اشتغل؟", "ماذا يجب أن أعمل؟",
                "waa inaan shaqo helaa, laakiin maxaan ka shaqeeyaa?", "እንታይ ስራሕ ክሰርሕ ኣለኒ?", "چه کاری باید بکنم؟",
                "ким мені треба працювати?", "ким я маю працювати?"]
#: "What must I do?" in words that mean "do" as often as "work" (Levantine اعمل, Dari «چی کار … بکنم», Somali
#: qabtaa): after a recognition question it asks for its steps (focus17), so it is no question for work.
WHAT_TO_DO = ["شو لازم اعمل؟", "شو لازم اعمل اول شي؟", "چی کار باید بکنم؟", "maxaan qabtaa hadda?"]
#: The goal named after the work verb: what that goal requires (or another question), never "what should I work as".
GOAL_NAMED = ["شو لازم اعمل لاشتغل ممرضة؟", "what do i need to work as a nurse?",
              "vad måste jag jobba med för att få legitimation?", "шо треба щоб працювати медсестрою?"]


@pytest.mark.parametrize("text", WHAT_TO_WORK)
def test_what_should_i_work_as_asks_for_work(text):
    assert asks_what_to_work(text), text
    assert intent_of(text) == "suggest", text


@pytest.mark.parametrize("text", WHAT_TO_DO)
def test_what_must_i_do_is_no_question_for_work(text):
    assert not asks_what_to_work(text), text


@pytest.mark.parametrize("text", GOAL_NAMED)
def test_a_goal_named_after_the_verb_is_no_such_question(text):
    assert not asks_what_to_work(text), text


def test_the_marks_hold_every_script():
    for mark in "?؟፧።۔":
        assert mark in FULL_STOPS
    for mark in ",،፣":
        assert mark in COMMAS
    for mark in ";؛፤":
        assert mark in SEMICOLONS


@pytest.mark.parametrize("native, latin", [
    ("ኣብ ቤት መግቢ ሰሪሐ። ደሞዝ ኣብሳሊ ክንደይ እዩ፧", "ኣብ ቤት መግቢ ሰሪሐ. ደሞዝ ኣብሳሊ ክንደይ እዩ?"),
    ("میں نے باورچی کا کام کیا۔ باورچی کی تنخواہ کتنی ہے؟", "میں نے باورچی کا کام کیا. باورچی کی تنخواہ کتنی ہے؟"),
])
def test_questions_are_found_after_the_scripts_own_full_stops(native, latin):
    assert [i for i, _ in asked_parts(native)] == [i for i, _ in asked_parts(latin)]
    assert question_part(native).strip(" ?؟፧.").strip() == question_part(latin).strip(" ?؟፧.").strip()
