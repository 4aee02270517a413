"""A place the person refuses or corrects is never their place (the independent counsellor's 26th rating, class 3:
«ما بدي روح على لوليو» (I don't want to go to Luleå) made Luleå his place, and «انا بجونشوبينغ مو لوليو!!» (I'm in
Jönköping, not Luleå!!) did not take it back: "420 ads in Norrbottens län", SFI "at Komvux in Luleå").

- A young man who likes cars says he does not want to move to a far town and asks for courses: that town and its
  county are in neither his profile nor the answer.
- A cook says the wrong town, then corrects it beside a question ("I'm in X, not Y! are there jobs for cooks?"):
  the profile holds X and its county at once, the answer is about X's county, never Y's, and so is the next one.
- A lorry driver in Göteborg, after his list of jobs, asks for YH in economics near him: economics programmes
  (MYH's education area), not the lorry courses of the driver's job that led the list (its own courses answer only
  a field it belongs to).
Through the real FastAPI app over the shared test store; the sentences live in phrases/dialogue_place10.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, cited, constraints, said

CARS, NOT_GO, COOK_WRONG, NOT_THERE, COURSES = (said(n) for n in (
    "place10_cars", "place10_not_go_there", "place10_cook_lulea", "place10_not_there", "place10_courses_then"))
DRIVER, YH_ECONOMY = said("place10_driver_story"), said("place10_yh_economy")
JONKOPING_COUNTY = "MtbE_xWT_eMi"
ECONOMY = "Ekonomi, administration och försäljning"
REFUSED = ("Luleå", "Norrbottens län")


def _places(body: dict) -> list[str]:
    return [c.get("label") or c["value"] for kind in ("municipality", "region") for c in constraints(body, kind)]


@pytest.mark.parametrize("locale", ALL)
def test_a_town_one_will_not_move_to_is_no_place_of_ones_own(person, locale):
    person.say(CARS[locale])
    body = person.say(NOT_GO[locale])
    assert not set(_places(body)) & set(REFUSED), (locale, _places(body))
    assert "Norrbottens län" not in body["answer"], (locale, body["answer"][:600])


@pytest.mark.parametrize("locale", ALL)
def test_i_am_in_x_not_y_replaces_the_place_at_once(person, locale):
    first = person.say(COOK_WRONG[locale])
    assert "Luleå" in _places(first), (locale, _places(first))
    for body in (person.say(NOT_THERE[locale]), person.say(COURSES[locale])):
        assert [c["value"] for c in constraints(body, "region")] == [JONKOPING_COUNTY], (locale, _places(body))
        assert [c.get("label") for c in constraints(body, "municipality")] == ["Jönköping"], (locale, _places(body))
        assert "Norrbottens län" not in body["answer"] and "Luleå" not in body["answer"], (
            locale, body["action"], body["answer"][:600])


@pytest.mark.parametrize("locale", ALL)
def test_yh_in_another_field_after_a_list_gets_that_fields_programmes(person, locale, real_runtime):
    person.say(DRIVER[locale])
    body = person.say(YH_ECONOMY[locale])
    area = {p.doc_id: p.area for p in real_runtime.relations.programmes()}
    shown = [area.get(c["id"]) for c in cited(body, "programme", "course")]
    assert shown and all(a == ECONOMY for a in shown), (locale, body["action"], shown, body["answer"][:500])
