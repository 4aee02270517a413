"""The goal a person names in the CURRENT message leads the answer, even beside the job they tell they have now
(focus31; rater38 class 1, issue 10: answer the question asked).

The counsellor's finding, as a kind of failure (own words): a young man who works nights in a warehouse asked "I want
to be a police officer, is it possible?" and got the warehouse job's night work; "I'm not a citizen yet – a problem
for police?" then got the Swedish card of the warehouse job. Now, in all 8 languages, for goals of any kind (police,
electrician, pilot, ambulance work) beside any job told (taxi, dishes, bus, till):
- "<job I have>. I want to become X, is it possible / can I?" answers X's way in (occupations[0] is X, never the job
  told), and X is kept as the person's wish (the question part stays a question);
- a follow-up that names only a requirement of that goal ("not a citizen yet, a problem?", "do I need a licence for
  that?") stays on X, never on the job told.
Through the real app over the shared test store; the sentences live in phrases/dialogue_focus31.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, said_all

POLICE, ELECTRICIAN, PILOT, AMBULANCE = said_all(
    "focus31_police_taxi", "focus31_electrician_dishes", "focus31_pilot_bus", "focus31_ambulance_cashier")

#: situation -> (its phrases, a word of the goal's Swedish title, the cited source that holds its requirement,
#: the follow-up's action, words of the job told that must never lead)
CASES = {
    "police": (POLICE, "Polisassistent", "route:polisutbildning", None, ("Taxi",)),
    "electrician": (ELECTRICIAN, "elektriker", None, "licence", ("Disk", "Restaurang", "Kök")),
    "pilot": (PILOT, "Pilot", "regulated:pilot", "licence", ("Buss",)),
    "ambulance": (AMBULANCE, "Ambulans", None, "licence", ("Kass", "Butik")),
}


def _labels(body: dict) -> list[str]:
    return [o["label"] for o in body.get("occupations") or []]


def _wishes(body: dict) -> list[str]:
    return [(w.get("concept") or {}).get("label") or w.get("label") or "" for w in (body.get("profile") or {}).get(
        "wishes") or []]


def _cited(body: dict) -> list[str]:
    return [c["id"] for c in body.get("citations") or []]


def _leads(body: dict, goal: str, told: tuple[str, ...], locale: str) -> None:
    labels = _labels(body)
    assert labels and goal.lower() in labels[0].lower(), (locale, body.get("action"), labels, body["answer"])
    assert not any(t.lower() in labels[0].lower() for t in told), (locale, labels)


@pytest.mark.parametrize("case", list(CASES))
@pytest.mark.parametrize("locale", ALL)
def test_the_goal_named_leads_beside_the_job_told_and_is_kept(person, locale, case):
    phrases, goal, source, _, told = CASES[case]
    body = person.say(phrases[locale][0])
    _leads(body, goal, told, locale)
    assert body.get("action") == "courses", (locale, body.get("action"), body["answer"])
    assert any(goal.lower() in w.lower() for w in _wishes(body)), (locale, _wishes(body))
    if source:
        assert source in _cited(body), (locale, _cited(body), body["answer"])


@pytest.mark.parametrize("case", list(CASES))
@pytest.mark.parametrize("locale", ALL)
def test_a_requirement_asked_next_stays_on_the_goal(person, locale, case):
    phrases, goal, source, action, told = CASES[case]
    person.say(phrases[locale][0])
    body = person.say(phrases[locale][1])
    _leads(body, goal, told, locale)
    assert body.get("action") != "swedish", (locale, body["answer"])  # (a citizen of Sweden is no language question)
    if action:
        assert body.get("action") == action, (locale, body.get("action"), body["answer"])
    if source:
        assert source in _cited(body), (locale, _cited(body), body["answer"])
    assert any(goal.lower() in w.lower() for w in _wishes(body)), (locale, _wishes(body))
