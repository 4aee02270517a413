""""Am I too old to study?" answered about age, and lighter work that is lighter (rater27; the lead in the widget, ar).

- "Am I too old to study at 52?", "I'm 55, is it worth studying?", "I'm 50, is it too late?" naming no trade are
  answered about age: Komvux has no upper age (Skolverket) and CSN's age limits for studiemedel, both cited.
- A lorry driver with an aching back in Falun who will not drive lorries any more gets lighter work that suits the
  back before standing shop work (Butikssäljare led in the widget), and his "am I too old to study at 52?" after that
  is answered about age, cited.
Through the real app over the shared test store, in all 8 languages; the sentences live in
phrases/dialogue_age13.yaml (the lorry driver's two turns are limits5's).
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, groups, line_citing, route_ids, said_all, wording_literal

TOO_OLD, WORTH, TOO_LATE, LORRY_BACK, NO_LORRY = said_all(
    "age13_too_old_study", "age13_worth_at_55", "age13_too_late", "lim5_lorry_back", "lim5_no_lorry_driving")
#: The curated age rules for studies: no upper age at Komvux (Skolverket), CSN's age limits for study support.
NO_UPPER_AGE, CSN_AGES = "route:komvux_alder", "route:csn_aldersgranser"
#: Standing shop and checkout work (SSYK 5221-5223 shop sellers, 5230 cashiers): never what a back is offered first.
STANDING_SALES = ("522", "523")


def _answered_about_age(body: dict, locale: str) -> None:
    ids = route_ids(body)
    assert NO_UPPER_AGE in ids and CSN_AGES in ids, (locale, body["action"], ids, body["answer"])
    assert line_citing(body, NO_UPPER_AGE), (locale, body["answer"])
    assert wording_literal(locale, "age.komvux_alder")[:20] in body["answer"], (locale, body["answer"])


@pytest.mark.parametrize(("locale", "question"), [(x, q[x]) for q in (TOO_OLD, WORTH, TOO_LATE) for x in ALL])
def test_too_old_to_study_is_answered_about_age(person, locale, question):
    body = person.say(question)
    _answered_about_age(body, locale)


def _suits_the_back(o: dict, rt) -> bool:
    """A source describes the occupation as seated or office work (retrieval/limit_fit.fits)."""
    from retrieval.limit_fit import fits

    return fits(o["id"], o["label"], "back", rt) is not None


@pytest.mark.parametrize("locale", ALL)
def test_the_lorry_drivers_lighter_work_and_his_age_question(person, locale, real_runtime):
    person.say(LORRY_BACK[locale])
    after = person.say(NO_LORRY[locale])
    shown = [(o["label"], o["ssyk_code"]) for o in after["occupations"]]
    assert after["occupations"], (locale, after["action"], after["answer"])
    assert not groups(after)[0].startswith(STANDING_SALES), (locale, shown)
    # work that suits the back leads: the first suggestion is one its source describes as seated or office work
    assert _suits_the_back(after["occupations"][0], real_runtime), (locale, after["action"], shown)
    body = person.say(TOO_OLD[locale])
    _answered_about_age(body, locale)
