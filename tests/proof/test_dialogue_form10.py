"""The form of the answers (rater26 class 7, 2.0/5: boilerplate and claims the conversation does not support).

In all 8 languages, from the person's side:

- "all of them match your interests" is said only of interests the person stated: someone who names a kind of work
  she wants ("office work") and no interest hears that the suggestions are of the kind of work she named
  (assistant/evidence.py spoken_reasons; rater26 c3 T1 fa, «همه با علایق شما جور هستند»);
- "am I too old?" asked beside a bus driver's pay is a worry about the work: answered beside the pay, without CSN's
  age limits for study support nobody asked about (assistant/age_worry.py about_the_work; rater26 c2 T7 sv-easy);
- what the sources say about the person's limitation and the work that fits it is one sentence for all the occupations
  it is about, not "«X» is office work or seated work" once per occupation (assistant/limits_answer.py; rater26 c2 T4
  sv-easy, three such sentences in a row).
Through the real app over the shared test store; the sentences live in phrases/dialogue_form10.yaml.
"""
from __future__ import annotations

import pytest

from assistant.citations import sentences
from tests.dialogue_support import ALL, LIST_ACTIONS, cited, route_ids, said_all, wording_literal

OFFICE, KNEE, BUS_OLD = said_all("form10_office_work_no_interest", "form10_knee_sit_more", "form10_bus_pay_too_old")
#: CSN's age limits for study support and Komvux's "no upper age" (assistant/age_worry.py).
CSN_AGES, NO_UPPER_AGE = "route:csn_aldersgranser", "route:komvux_alder"


@pytest.mark.parametrize("locale", ALL)
def test_no_interest_is_claimed_that_was_not_stated(person, locale):
    body = person.say(OFFICE[locale])
    assert body["action"] in LIST_ACTIONS and body["occupations"], body["answer"]
    if body["profile"]["interests"]:
        return  # (a liking read from the message: then the suggestions may be said to fit it)
    for key in ("reasons.all_interest", "reasons.interest"):
        assert wording_literal(locale, key) not in body["answer"], (key, body["answer"])
    # ... the suggestions are said to be of the kind of work she named
    assert any(wording_literal(locale, f"reasons.{key}") in body["answer"]
               for key in ("all_field", "field", "all_wish", "wish")), body["answer"]


@pytest.mark.parametrize("locale", ALL)
def test_work_that_fits_a_limitation_is_said_in_one_sentence(person, locale):
    body = person.say(KNEE[locale])
    assert body["action"] in LIST_ACTIONS and body["occupations"], body["answer"]
    frame = wording_literal(locale, "constraint.fits")
    fitting = [s for s in sentences(body["answer"]) if frame in s]
    assert len(fitting) <= 1, fitting


@pytest.mark.parametrize("locale", ALL)
def test_too_old_beside_the_pay_is_answered_about_the_work(person, locale):
    body = person.say(BUS_OLD[locale])
    assert body["action"] == "salary" and cited(body, "statistics"), (body["action"], body["answer"])
    assert CSN_AGES not in route_ids(body) and NO_UPPER_AGE not in route_ids(body), (route_ids(body), body["answer"])
