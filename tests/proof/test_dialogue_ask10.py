"""The follow-up question gets the answer type it asks for (rater 10, 2.0/5, fault 1, the most harmful).

«barnskötare – what is the work? how long is the training?» got förskollärare twice, word for word; «how long is the
undersköterska training?» got the barnskötare list again; «can I work as an accountant here?» got how to learn
Swedish; «what does Elsäkerhetsverket need?» in Iraqi Arabic got other occupations. The occupation a follow-up names
is the one answered, a length comes from the page the answer cites, "can I work as X?" starts with the verdict of the
regulated data, and two answers in a row are never the same text. Through the real app, in all 8 languages.
"""
from __future__ import annotations

import re

import pytest

from assistant.yes_no import VERDICTS
from ingest.sources.routes import load as load_routes
from tests.dialogue_support import ALL, LIST_ACTIONS, first_group, said_all, wording_start

(KIDS, CHILDMINDER, AGAIN, NURSE_AIDE, ACCOUNTANT, NURSE, PERMIT, ELECTRICIAN) = said_all(
    "ask10_adult_likes_kids", "ask10_childminder_how_long", "ask10_childminder_again", "ask10_nurse_aide_how_long",
    "ask10_accountant_can_i", "ask10_nurse_can_i", "ask10_authority_permit", "dur8_electrician_abroad")
#: Answers that never answer "how long?" or "can I …?".
_MISREAD = ("unknown_occupation", "which_occupation", "more", "nothing_more", "salary", "swedish")


def _ids(body: dict) -> set[str]:
    return {c["id"] for c in body["citations"]}


def _first_word(text: str) -> str:
    return re.split(r"[\s,.:;–\-،]+", text.strip(), maxsplit=1)[0]


@pytest.mark.parametrize("locale", ALL)
def test_the_occupation_a_follow_up_names_is_answered_with_its_length_and_never_twice_the_same(person, locale):
    person.say(KIDS[locale])
    body = person.say(CHILDMINDER[locale])
    assert body["action"] not in _MISREAD, body["answer"]
    assert first_group(body) == "5311", (body["occupations"], body["answer"][:300])  # barnskötare, not the card before
    assert "route:komvux_barnskotare" in _ids(body), (_ids(body), body["answer"])
    weeks = next(r.weeks for r in load_routes().routes if r.key == "komvux_barnskotare")
    assert weeks and str(weeks) in body["answer"], body["answer"]  # the weeks its cited page states
    again = person.say(AGAIN[locale])
    assert again["action"] not in _MISREAD, again["answer"]
    assert first_group(again) == "5311", again["occupations"]
    assert again["answer"] != body["answer"], again["answer"]  # asked again: never the same text word for word
    aide = person.say(NURSE_AIDE[locale])
    assert aide["action"] not in _MISREAD, aide["answer"]
    assert (first_group(aide) or "").startswith("532"), (aide["occupations"], aide["answer"][:300])
    assert aide["answer"] != again["answer"], aide["answer"]


@pytest.mark.parametrize("locale", ALL)
def test_can_i_work_as_x_here_starts_with_the_verdict_of_the_regulated_data(person, locale):
    body = person.say(ACCOUNTANT[locale])
    assert body["action"] in LIST_ACTIONS, body["answer"][:300]  # the story told first: the jobs, not Swedish lessons
    assert body["occupations"], body["answer"][:300]
    assert wording_start(locale, "yesno.can_yes") in body["answer"], body["answer"][:400]  # not regulated: yes
    nurse = person.say(NURSE[locale])
    assert nurse["action"] == "licence", nurse["answer"][:300]
    assert "regulated:sjukskoterska" in _ids(nurse), (_ids(nurse), nurse["answer"][:300])
    verdict = VERDICTS[("can", "licence_required")]
    assert _first_word(nurse["answer"]) == _first_word(wording_start(locale, f"yesno.{verdict}")), nurse["answer"]


@pytest.mark.parametrize("locale", ALL)
def test_a_permit_or_the_authority_named_in_dialect_gets_the_licence_answer(person, locale):
    person.say(ELECTRICIAN[locale])
    body = person.say(PERMIT[locale])
    assert body["action"] == "licence", body["answer"][:300]
    assert "regulated:elinstallator" in _ids(body), (_ids(body), body["answer"][:300])
