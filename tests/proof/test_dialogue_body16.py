"""Suggestions realistic for the hands and wrists, and for a driving licence not held yet (rater29 class 4).

rater29 c09 (en, 1/5): a chef with wrist tendinitis ("can't keep chopping all day") had it kept only as avoid "keep
chopping all day", and was offered Bagare/Konditor (kneading), then Städare and Servitör. c01 (ar): a bus driver whose
licence is not valid here was offered, for the meantime, Distributionsförare, Budbilsförare and Limousineförare.
Now, in all 8 languages: hands and wrists that hurt are the limitation ``hands`` (cues.yaml), and no cooking, baking,
butchery, dishwashing or cleaning is suggested (repetitive hand work: retrieval/body_demands.py); a licence not valid
here keeps other driving work (SSYK 83) out of the list for the meantime (retrieval/match_filter.py); "would
cleaning be OK for my wrist?" is answered for cleaning from its cited demands (assistant/fit_question.py).
Through the real app over the shared test store; the sentences live in phrases/dialogue_body16.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, LIST_ACTIONS, constraint_values, groups, said_all

WRIST, DRIVER, MEANTIME, CLEANING_OK = said_all("body16_cook_wrist", "body16_driver_abroad", "body16_meantime",
                                               "body16_cleaning_ok_wrist")
#: Cooks (5120), butchers and bakers (7611, 7612), kitchen help and dishwashers (9412, 9411 fast food), cleaners (911, 912).
HAND_WORK = ("5120", "7611", "7612", "9411", "9412", "911", "912")
#: Drivers of vehicles and mobile machines (SSYK 2012 group 83) ...
DRIVING = ("83",)
#: ... but the bus driving itself, the goal the licence route is for (an answer may name it with that route first).
OWN_GOAL = "8331"


@pytest.mark.parametrize("locale", ALL)
def test_a_painful_wrist_leaves_out_kitchen_baking_and_cleaning_work(person, locale):
    body = person.say(WRIST[locale])
    assert "hands" in constraint_values(body, "limitation"), (locale, body["profile"]["constraints"])
    assert body["action"] in LIST_ACTIONS and body["occupations"], (locale, body["action"], body["answer"])
    assert not [g for g in groups(body) if g.startswith(HAND_WORK)], (locale, body["occupations"])


@pytest.mark.parametrize("locale", ALL)
def test_a_licence_not_valid_here_keeps_driving_work_out_for_the_meantime(person, locale):
    body = person.say(DRIVER[locale], MEANTIME[locale])
    assert body["occupations"], (locale, body["action"], body["answer"])
    assert not [g for g in groups(body) if g.startswith(DRIVING) and g != OWN_GOAL], (locale, body["occupations"])


#: Not yet read as "is this work OK for my body?" (assistant/locales/fit_cues.yaml "fit" words). body16 left sv-easy
#: "Kan jag jobba med … med min handled?", ar «بيمشي مع» ("goes with") and ti «ንኢደይ» (my hand: ደ, not the ድ of
#: «ኢድ») here; back17 reads all three (fit_cues.yaml "can I still / can I work", «بيمشي», «ኢደ»).
_FIT_NOT_READ: set[str] = set()
FIT_LOCALES = [pytest.param(loc, marks=pytest.mark.xfail(strict=False, reason="the fit question's wording is not read "
                                                         "yet in this locale (body16, see _FIT_NOT_READ)"))
               if loc in _FIT_NOT_READ else loc for loc in ALL]


@pytest.mark.parametrize("locale", FIT_LOCALES)
def test_is_cleaning_ok_for_my_wrist_is_answered_for_cleaning_with_its_source(person, locale):
    body = person.say(WRIST[locale], CLEANING_OK[locale])
    assert body["action"] == "conditions", (locale, body["action"], body["answer"])
    cleaning = [o for o in body["occupations"] if (o.get("ssyk_code") or "").startswith("911")]
    assert cleaning, (locale, body["occupations"], body["answer"])
    ids = {c["id"] for c in body["citations"]}
    assert f"jobtech:occupation-name:{cleaning[0]['id']}" in ids or any(i.startswith("esco:skill:") for i in ids), \
        (locale, ids, body["answer"])
