"""Newcomers still learning Swedish who want a vocational job (issue 10, items 5 and 6), through the real service.

- The usual route is a kombinationsutbildning: the trade's Komvux training taken together with SFI or Swedish as a
  second language (curated, cited Skolverket page); it is offered right after SFI, with the occupation's own Komvux
  training (the child-minder package, the assistant nurse training) and validation for someone who did the work.
- Courses: at most three, in the person's region or at a distance; when none fits nearby, that is said and the
  route (Komvux in their municipality, the combination with Swedish) is given.
- An answer in another language than Swedish quotes no Swedish requirement sentence untranslated (more than six
  words outside «titles»): Arbetsförmedlingen's requirement text is shown translated, or pointed to.
"""
from __future__ import annotations

import re

import pytest

from assistant.locales import lookup
from tests.dialogue_support import listed_education, route_ids, said_all, untranslated_swedish

COMBINATION = "route:kombinationsutbildning"
BARNSKOTARE, UNDERSKOTERSKA, ELEKTRIKER = said_all(
    "barnskotare_sfi_borlange", "underskoterska_sfi_gavle", "elektriker_sfi_kiruna")


def _courses(person, said_: str | list[str]) -> dict:
    """What the person says (a story, or a story and a question), then the courses asked for (unless the answer
    already is about courses)."""
    body = person.say(*([said_] if isinstance(said_, str) else said_))
    return body if body["action"] == "courses" else person.press("courses")


def _far(body: dict) -> bool:
    """A course beyond a day's commute is listed, named with how far it is (assistant/education.py: courses.item_far;
    a course in the person's own county 30-60 km away is named with its distance too since place24: not far)."""
    return any(int(km) > 60 for km in re.findall(r"(\d+)\s*(?:km|كم|کیلومتر|ኪሜ|км)\b", body["answer"]))


def _url(body: dict, doc_id: str) -> str:
    return next(c["url"] for c in body["citations"] if c["id"] == doc_id)


@pytest.mark.parametrize("locale", list(BARNSKOTARE))
def test_a_somali_woman_at_sfi_hears_komvux_childminder_training_the_combination_and_validation(person, locale):
    body = _courses(person, BARNSKOTARE[locale])
    assert body["action"] == "courses", body["answer"]
    # the child-minder group, or the pupil-assistant group beside it (the same Komvux package leads to both)
    assert [o["ssyk_code"] for o in body["occupations"]][:1] in (["5311"], ["5312"]), body["occupations"]
    ids = route_ids(body)
    assert "route:komvux_barnskotare" in ids, (ids, body["answer"])
    assert COMBINATION in ids, (ids, body["answer"])
    assert _url(body, COMBINATION).startswith("https://www.skolverket.se/"), body["citations"]
    if any((e.get("occupation") or {}).get("ssyk_code", e.get("ssyk_code") or "")[:2] == "53" or
           (e.get("ssyk_code") or "")[:2] == "53" for e in body["profile"]["experiences"]):
        assert "route:validering" in ids, (ids, body["answer"])  # she has looked after children for five years
    swedish = [i for i in ids if i in ("route:sfi", "route:komvux_sas")]  # at SFI: SFI, or Swedish after it
    assert swedish and ids.index(swedish[0]) < ids.index(COMBINATION), ids  # Swedish first
    # the combination is explained in the reader's language, not only named
    assert str(lookup(locale, "route.combination")).split("{title}")[1][:20] in body["answer"], body["answer"]
    assert len(listed_education(body)) <= 3, body["citations"]
    assert not _far(body), body["answer"]  # at SFI in Borlänge: the route at home, not a course 400 km away
    assert not untranslated_swedish(body["answer"], locale), body["answer"]


@pytest.mark.parametrize("locale", list(UNDERSKOTERSKA))
def test_an_assistant_nurse_to_be_at_sfi_hears_the_care_training_and_the_combination(person, locale):
    body = _courses(person, UNDERSKOTERSKA[locale])
    ids = route_ids(body)
    assert "route:komvux_vard_omsorg" in ids and COMBINATION in ids, (ids, body["answer"])
    assert "route:validering" not in ids, ids  # she has not done the work
    assert len(listed_education(body)) <= 3, body["citations"]
    assert not untranslated_swedish(body["answer"], locale), body["answer"]


@pytest.mark.parametrize("locale", list(ELEKTRIKER))
def test_an_electrician_to_be_in_kiruna_gets_the_route_not_a_far_course(person, locale):
    body = _courses(person, ELEKTRIKER[locale])
    ids = route_ids(body)
    assert COMBINATION in ids, (ids, body["answer"])
    assert len(listed_education(body)) <= 3, body["citations"]
    assert not _far(body), body["answer"]
    assert not untranslated_swedish(body["answer"], locale), body["answer"]


@pytest.mark.parametrize("locale", [loc for loc in UNDERSKOTERSKA if loc != "sv"])
def test_the_licence_answer_quotes_no_untranslated_swedish(person, locale):
    person.say(UNDERSKOTERSKA[locale])
    body = person.press("licence")
    assert body["action"] == "licence", body["answer"]
    assert not untranslated_swedish(body["answer"], locale), body["answer"]
