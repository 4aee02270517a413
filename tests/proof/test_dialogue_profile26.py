"""What the person says is read as what it is: a wish to leave, a circumstance, a question (profile26; rater35 class 2,
issue 10).

The counsellor's findings, as kinds of sentence (own sentences, not theirs): a seamstress asking for "another job,
close to sewing" was told she wanted work different from hers and got «Underhållsmekaniker» "because of what you
learned as a seamstress"; a bus driver who wanted to leave the bus got «Bussförare» back "like work you have done"; a
boy of 17 asking what jobs one can get heard "which occupation do you mean?"; "any job. warehouse, mcdonalds" became
work done, "like work you have done" and validation. Now, in all 8 languages: another job NEAR one's own is a
neighbour of it (no change_field, no work far from the skill); a job one wants to leave, or holds only because nothing
was found in one's field, stays experience and is never suggested; a question for work from a young person with
nothing to start from is a list of entry work; workplaces named as what one would take are no work done, and "I never
worked" after them leaves none; children beside a wish are a circumstance (no child work). Through the real app over
the shared test store; the sentences live in phrases/dialogue_profile26.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, constraint_values, groups, listed, route_ids, said_all, wording_literal

NEAR, LEAVE, YOUNG, PLACES, NEVER, STOPGAP = said_all("prof26_near_own", "prof26_leave_own", "prof26_young_what",
                                                      "prof26_wish_places", "prof26_never_worked", "prof26_stopgap")
#: Work with children (SSYK 2012): teachers, preschool teachers, leisure-time teachers, child minders, pupil assistants.
CHILD_WORK = ("2341", "2342", "2343", "5311", "5312")
#: Work near sewing: tailors, upholsterers, sewers (753x), textile machine operators (815x), and assembly of textile
#: products (8219), pressers/laundry (9xxx is elementary work beside it).
NEAR_SEWING = ("753", "815", "816", "821", "912", "932", "522", "911")
#: Machine, vehicle and metal work: far from a needle.
FAR = ("72", "73", "74", "31", "83")
BUS = "833"
#: SSYK 2012's major group of short-training work.
ENTRY = "9"
#: Occupations that need a degree or long schooling.
BOOK_WORK = ("1", "2", "3")
#: The rules for minors' work (Arbetsmiljöverket), the curated route.
MINORS = "route:minderarig_arbete"


@pytest.mark.parametrize("locale", ALL)
def test_another_job_near_ones_own_is_a_neighbour_not_a_turn_away(person, locale):
    body = person.say(NEAR[locale])
    assert "change_field" not in constraint_values(body, "other"), (locale, body["profile"]["constraints"])
    shown = listed(body)
    assert not [g for g in shown if g.startswith(FAR)], (locale, shown, body["answer"])
    assert shown[0].startswith(NEAR_SEWING), (locale, shown, body["answer"])
    # (the children are a circumstance: no child work, no wish for it, and the question is no interest)
    assert not [g for g in shown if g.startswith(CHILD_WORK)], (locale, shown)
    assert not [w for w in body["profile"]["wishes"] if (w.get("ssyk_code") or "").startswith(CHILD_WORK)]
    assert body["profile"]["interests"] == [] or all(i.get("concept") for i in body["profile"]["interests"]), \
        (locale, body["profile"]["interests"])


@pytest.mark.parametrize("locale", ALL)
def test_a_job_one_wants_to_leave_stays_experience_and_is_never_suggested(person, locale):
    body = person.say(LEAVE[locale])
    assert any((e.get("ssyk_code") or "").startswith(BUS) for e in body["profile"]["experiences"]), \
        (locale, body["profile"]["experiences"])
    shown = listed(body)
    assert not [g for g in shown if g.startswith(BUS)], (locale, shown, body["answer"])
    more = person.say(_more(locale))
    assert not [g for g in groups(more) if g.startswith(BUS)], (locale, groups(more), more["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_a_stopgap_job_stays_experience_and_is_never_suggested(person, locale):
    body = person.say(STOPGAP[locale])
    assert any((e.get("ssyk_code") or "").startswith(BUS) for e in body["profile"]["experiences"]), \
        (locale, body["profile"]["experiences"])
    more = person.say(_more(locale))
    assert not [g for g in groups(more) if g.startswith(BUS)], (locale, groups(more), more["answer"])
    again = person.say(_more(locale))
    assert not [g for g in groups(again) if g.startswith(BUS)], (locale, groups(again), again["answer"])


def _more(locale: str) -> str:
    from assistant.locales import lookup

    return lookup(locale, "quick.more")


@pytest.mark.parametrize("locale", ALL)
def test_a_young_person_with_nothing_to_start_from_gets_entry_work(person, locale):
    body = person.say(YOUNG[locale])
    assert body["action"] not in ("which_occupation", "ask"), (locale, body["action"], body["answer"])
    shown = listed(body)
    assert len(set(shown)) >= 2, (locale, shown, body["answer"])
    assert shown[0].startswith(ENTRY), (locale, shown, body["answer"])
    assert not [g for g in shown if g.startswith(BOOK_WORK)], (locale, shown)
    assert body["profile"]["experiences"] == [], (locale, body["profile"]["experiences"])
    assert MINORS in route_ids(body), (locale, route_ids(body), body["answer"])  # (under 18: the rules for minors' work)


@pytest.mark.parametrize("locale", ALL)
def test_workplaces_named_as_a_wish_are_no_work_done(person, locale):
    body = person.say(PLACES[locale])
    assert body["profile"]["experiences"] == [], (locale, body["profile"]["experiences"])
    assert wording_literal(locale, "reasons.experience") not in body["answer"], (locale, body["answer"])
    assert not [r for r in route_ids(body) if "valid" in r], (locale, route_ids(body))
    body = person.say(NEVER[locale])
    assert body["profile"]["experiences"] == [], (locale, body["profile"]["experiences"])
    assert wording_literal(locale, "reasons.experience") not in body["answer"], (locale, body["answer"])
    assert not [r for r in route_ids(body) if "valid" in r], (locale, route_ids(body))
