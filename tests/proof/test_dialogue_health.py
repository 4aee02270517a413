"""A health complaint is a limitation, never an interest (issue 10, found by the lead in Dari:
"my back hurts and I can't sit much" was read as an interest and led to therapists' and
psychologists' jobs "that match your interests")."""
from __future__ import annotations

import pytest

from tests.dialogue_support import constraints, groups, said

STORY = said("tailor_story")
BACK = said("back_hurts")


@pytest.mark.parametrize("locale", list(BACK))
def test_back_pain_is_a_limitation_not_an_interest(person, locale):
    person.say(STORY[locale])
    body = person.say(BACK[locale])
    limits = {c["value"] for c in constraints(body, "limitation")}
    assert {"back", "standing"} <= limits, body["profile"]["constraints"]
    quotes = [(i.get("span") or {}).get("quote", "") for i in body["profile"]["interests"]]
    assert not any(q and q.strip() in BACK[locale] for q in quotes), quotes


DRIVER = said("driver_cannot_sit")


@pytest.mark.parametrize("locale", list(DRIVER))
def test_someone_who_cannot_sit_long_is_not_offered_driving(person, locale):
    """ESCO makes "tolerate sitting for long periods" essential for bus, taxi, tram and train drivers:
    that is the cited demand the sitting limitation meets."""
    body = person.say(DRIVER[locale])
    assert [c["value"] for c in constraints(body, "limitation")] == ["sitting"], body["profile"]["constraints"]
    assert not constraints(body, "avoid"), body["profile"]["constraints"]
    assert not {"8321", "8331"} & set(groups(body)), groups(body)


MASON = said("bricklayer_abroad")
CERTIFICATE = said("need_certificate")


@pytest.mark.parametrize("locale", ["sv", "en", "ti"])
def test_a_trade_without_a_licence_names_its_certificate(person, locale):
    """Murare needs no authority's licence, but the trade's yrkesbevis (BYN) is what the question asks for."""
    first = person.say(MASON[locale])
    assert "7112" in groups(first), groups(first)
    body = person.say(CERTIFICATE[locale])
    assert body["action"] == "licence", body["answer"]
    assert any("BYN" in c["title"] or "Yrkesnämnd" in c["title"] for c in body["citations"]), body["citations"]


DAYTIME = said("only_daytime")


@pytest.mark.parametrize("locale", list(DAYTIME))
def test_only_daytime_is_a_daytime_limitation_not_a_refusal_nor_a_pupil(person, locale):
    """Found by the independent counsellor: a Ukrainian mother's "only in the daytime, the children are at
    school" became a refusal of preschool work; in Swedish "barnen går i skolan" made her a pupil. Only the day
    rules out evenings, weekends and shifts as well as nights: the daytime limitation."""
    body = person.say(DAYTIME[locale])
    assert [c["value"] for c in constraints(body, "limitation")] == ["daytime"], body["profile"]["constraints"]
    assert not constraints(body, "avoid") and not constraints(body, "age"), body["profile"]["constraints"]
