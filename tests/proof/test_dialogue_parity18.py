"""The same question gets the same answer whatever the language or wording (rater31 classes 3, 4 and 8).

rater31 ti c06: «ሕቖይ ይሓምመኒ እዩ። ገና ክሰርሖ ይኽእል ድየ?» ("my back hurts, can I still do it?") got "I'm not sure what
you're asking" while Swedish got an answer about the work; en c09 "can i still do it with my knees?" was answered about
«Mjukvaruutvecklare» ("it" read as IT). so c03 «Iskuul 3 sano ah ma rabo … Maxaa kale jira?» stored
``avoid: "Iskuul 3 sano"`` and dead-ended; ti c06 «ካልእ ስራሕ ንገረኒ» stored ``avoid: "ንገረኒ"`` ("tell me"). Now, in all 8
languages: "can I still (manage) it?" with a body word, in spoken forms and without naming the job, is answered about
the work just offered (assistant/locales/fit_cues.yaml ``can``, assistant/fit_question.py: "it" points back);
"I don't want years of school, what else?" is the no_study reading, refuses no work, and gets more work
(assistant/interpretation/study_length.py; words of asking and telling name nothing: refused_thing.yaml).
Through the real app over the shared test store; the sentences live in phrases/dialogue_parity18.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, constraint_values, listed, said_all, shown_ids

BUILD, BACK_STILL, SHOP, NO_LONG_SCHOOL = said_all("parity18_build_start", "parity18_back_still",
                                                   "parity18_shop_start", "parity18_no_long_school_else")


@pytest.mark.parametrize("locale", ALL)
def test_can_i_still_manage_it_with_my_back_is_answered_about_the_work_offered(person, locale):
    first = person.say(BUILD[locale])
    offered = shown_ids(first)
    body = person.say(BACK_STILL[locale])
    assert "back" in constraint_values(body, "limitation"), (locale, body["profile"]["constraints"])
    assert body["action"] == "conditions", (locale, body["action"], body["answer"])
    assert shown_ids(body) and shown_ids(body)[0] in offered, (locale, body["occupations"], offered, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_no_years_of_school_what_else_is_no_study_refuses_nothing_and_gets_more_work(person, locale):
    first = person.say(SHOP[locale])
    body = person.say(NO_LONG_SCHOOL[locale])
    assert "true" in constraint_values(body, "no_study"), (locale, body["profile"]["constraints"])
    assert not constraint_values(body, "avoid"), (locale, body["profile"]["constraints"])
    assert listed(body) and not set(shown_ids(body)) & set(shown_ids(first)), (locale, body["answer"])
