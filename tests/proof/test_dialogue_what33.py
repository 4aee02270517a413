"""A "what is" cue that asks something else is that question (what33; issue 10, wave 32's regressions).

term32 reads "what is X?" inside a longer message as the term's question (assistant/terms.py). The final full run
found it swallowing questions of another kind: "what is the difference between X and Y?" (two programmes weighed)
got one programme's card, "what is the salary for a X?" got X's training card, «Och vad är lönen?» took "och" for a
licence's name. Now, in all 8 languages:

- the difference between two named programmes, after a sentence of context, sets both programmes' curated routes
  side by side (action courses), never the what-is answer;
- the pay of an occupation a route's title names, asked with a "what is" cue after a sentence of context, is the
  salary answer for that occupation, never what the occupation's training is.
Through the real app over the shared test store; the sentences live in phrases/dialogue_what33.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, route_ids, said_all

DIFFERENCE, PAY = said_all("what33_programmes_difference", "what33_pay_of_named")
CHILD_MINDERS = "5311"


@pytest.mark.parametrize("locale", ALL)
def test_the_difference_between_two_programmes_is_no_term_asked(person, locale):
    body = person.say(DIFFERENCE[locale])
    assert body["action"] == "courses", (locale, body["action"], body["answer"][:300])
    assert {"route:gy_vard_omsorg", "route:gy_barn_fritid"} <= set(route_ids(body)), (locale, route_ids(body))


@pytest.mark.parametrize("locale", ALL)
def test_what_is_the_pay_of_a_named_occupation_is_the_salary_answer(person, locale):
    body = person.say(PAY[locale])
    assert body["action"] == "salary", (locale, body["action"], body["answer"][:300])
    assert [o["ssyk_code"] for o in body["occupations"]][:1] == [CHILD_MINDERS], (locale, body["occupations"])
