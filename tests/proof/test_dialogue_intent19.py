"""The question asked is the one answered: money while training, "can I become X?" (intent19; rater32 conv05, 09, 12).

The counsellor's findings, as kinds of failure: "can one get paid during the training?" and "does an apprentice get
paid?" were answered with the occupation's salary statistics – twice, even after "I didn't ask about the salary";
a pupil's "can one become X?" got "thanks, noted" and no route, an adult's the list of X's occupations and no way in.
Now, in all 8 languages:
- money while training or as an apprentice is its own answer (rights): the paid ways to learn a trade (a job with
  pay that teaches it, Komvux's apprenticeship, Arbetsförmedlingen's programmes with activity support) or CSN's
  studiemedel, cited – never an occupation's salary figure; "I didn't ask about the salary" re-answers that;
- "can one / can I become X?" is answered as "how do I become X?": for a pupil the gymnasium programme that leads
  there, for an adult the way into X (its routes or courses), cited.
Through the real app over the shared test store; the sentences live in phrases/dialogue_intent19.yaml.
"""
from __future__ import annotations

import pytest

from assistant.locales import lookup
from tests.dialogue_support import ALL, Person, route_ids, said_all

CARPENTER, MEANWHILE, APPRENTICE, SALARY, NOT_SALARY = said_all(
    "intent19_wants_carpenter", "intent19_paid_meanwhile", "intent19_apprentice_paid", "intent19_salary_first",
    "intent19_not_salary")
PUPIL, PUPIL_BECOME, ADULT, ADULT_BECOME = said_all(
    "intent19_pupil", "intent19_pupil_can_become", "intent19_adult_shop", "intent19_adult_can_become")
#: The ways to be paid (or live) while learning a trade (assistant/rights.py paid_learning, csn).
PAY_WHILE_LEARNING = {"route:yrkesintroduktion", "route:komvux_larling", "route:af_program_ersattning",
                      "route:studiemedel"}
#: SSYK 2012 741: electricians.
ELECTRICIANS = "741"


def _cited(body: dict) -> list[str]:
    return [c.get("id", "") for c in body.get("citations") or []]


def _paid_while_learning(locale: str, body: dict) -> None:
    cited = _cited(body)
    assert body["action"] == "rights", (locale, body["action"], body["answer"])
    assert PAY_WHILE_LEARNING & set(route_ids(body)), (locale, cited, body["answer"])
    assert not [c for c in cited if c.startswith("stats:salary")], (locale, cited, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_pay_during_training_is_not_the_salary(person, client, locale):
    person.say(CARPENTER[locale])
    _paid_while_learning(locale, person.say(MEANWHILE[locale]))
    other = Person(client, locale)
    other.say(CARPENTER[locale])
    _paid_while_learning(locale, other.say(APPRENTICE[locale]))


@pytest.mark.parametrize("locale", ALL)
def test_i_did_not_ask_about_the_salary_reanswers(person, locale):
    person.say(CARPENTER[locale])
    body = person.say(SALARY[locale])
    assert [c for c in _cited(body) if c.startswith("stats:salary")], (locale, body["action"], body["answer"])
    _paid_while_learning(locale, person.say(NOT_SALARY[locale]))


@pytest.mark.parametrize("locale", ALL)
def test_pupil_can_become_gets_the_programme(person, locale):
    person.say(PUPIL[locale])
    body = person.say(PUPIL_BECOME[locale])
    assert body["action"] == "courses", (locale, body["action"], body["answer"])
    assert lookup(locale, "thanks") not in body["answer"], (locale, body["answer"])
    assert [r for r in route_ids(body) if r.startswith("route:gy_")], (locale, route_ids(body), body["answer"])
    assert any((o.get("ssyk_code") or "").startswith(ELECTRICIANS) for o in body["occupations"]), \
        (locale, body["occupations"])


@pytest.mark.parametrize("locale", ALL)
def test_adult_can_become_gets_the_way_in(person, locale):
    person.say(ADULT[locale])
    body = person.say(ADULT_BECOME[locale])
    assert body["action"] in ("courses", "licence"), (locale, body["action"], body["answer"])
    assert any((o.get("ssyk_code") or "").startswith(ELECTRICIANS) for o in body["occupations"]), \
        (locale, body["occupations"])
    ways = [c for c in _cited(body) if c.startswith(("route:", "course:"))]
    assert ways, (locale, _cited(body), body["answer"])
    assert not [r for r in ways if r.startswith("route:gy_")], (locale, ways)  # (an adult: no gymnasium programme)
