"""A short "no X" refuses X, a lack is no refusal, and "too late at 42? or another job?" is a worry answered
(refuse20; rater classes 1 and 3).

The counsellor's findings: "no cleaning please", "inga städjobb tack", "بلا تنظيف" were ignored and cleaning suggested
again (only a refusal with a verb, "I don't want to clean", was read), while a bare "no" read as a refusal had made "I
have no education" a refusal of an occupation. An Arabic pharmacist of 42 asking "isn't it too late for all this? or
should I look for another job?" was told she wanted to leave her profession and got unrelated work. Now, in all 8
languages:

- "I have no education" (a lack) records no refusal; a short refusal naming a field ("no cleaning please") is an
  ``avoid`` kept in the profile, said to be honoured, and no cleaning work (SSYK 911x) is shown, then or after "more";
- the age worry beside "or another job?" is answered (CSN's age limits, cited), the way into her own profession is
  kept (Apotekare shown, no turn away from her work in the profile) and the other work shown builds on her background.
Through the real app over the shared test store; the sentences live in phrases/dialogue_refuse20.yaml.
"""
from __future__ import annotations

import pytest

from assistant.locales import text
from tests.dialogue_support import ALL, constraints, groups, route_ids, said_all

CLEANER, NO_CLEANING, PHARMACIST, TOO_LATE = said_all(
    "refuse20_cleaner_no_education", "refuse20_no_cleaning", "refuse20_pharmacist", "refuse20_too_late_or_other")
CLEANING = "911"
#: Apotekare (SSYK 2281) and work near it: Receptarie 3213, Apotekstekniker 5227, Läkemedelsinspektör 2133 (ISCO 2262,
#: as Apotekare), Laboratoriebiträde and Tandvårdsassistent 5349 (JobTech's neighbours of Apotekare in its field).
NEAR_PHARMACIST = ("2281", "3213", "5227", "2133", "5349")
CSN_AGES = "route:csn_aldersgranser"


def _heard(locale: str, answer: str) -> bool:
    return any(text(locale, key).split("{")[0].strip() in answer for key in ("heard.avoid", "heard.leave_own"))


@pytest.mark.parametrize("locale", ALL)
def test_a_short_no_refuses_the_field_and_a_lack_refuses_nothing(person, locale):
    body = person.say(CLEANER[locale])
    assert body["occupations"], (locale, body["answer"])
    assert not constraints(body, "avoid"), (locale, constraints(body, "avoid"))
    body = person.say(NO_CLEANING[locale])
    assert constraints(body, "avoid"), (locale, body["profile"]["constraints"])
    assert not [g for g in groups(body) if g.startswith(CLEANING)], (locale, body["occupations"])
    assert _heard(locale, body["answer"]), (locale, body["answer"])
    body = person.press("more")
    assert constraints(body, "avoid"), (locale, body["profile"]["constraints"])
    assert not [g for g in groups(body) if g.startswith(CLEANING)], (locale, body["occupations"])


@pytest.mark.parametrize("locale", ALL)
def test_too_late_at_42_or_another_job_is_a_worry_answered_beside_her_route(person, locale):
    person.tell(PHARMACIST[locale])
    body = person.say(TOO_LATE[locale])
    assert CSN_AGES in route_ids(body), (locale, route_ids(body), body["answer"])
    assert not [c for c in constraints(body, "other") if c["value"] == "change_field"], (locale, body["profile"]["constraints"])
    shown = groups(body)
    assert "2281" in shown, (locale, body["occupations"], body["answer"])
    assert len(shown) > 1 and all(g in NEAR_PHARMACIST for g in shown), (locale, body["occupations"])
    assert "heard.leave_own" not in body["answer"] and not _heard(locale, body["answer"]), (locale, body["answer"])
