"""The field a person asks for holds the whole list, one occupation group at a time (field18; informal17's left).

After "something shorter in construction?" (informal17) the two field wishes led, both «Träarbetare» (one SSYK group),
and the third suggestion was the person's ranking, outside the field. The class: after telling their own work, a person
asks for other work in a field ("is there other work in cooking or food?", «في شغل تاني بمجال الطبخ؟», «ካልእ ስራሕ ኣብ
ክሽነ ኣሎ ድዩ?»): every suggestion shown is work of that field (here food and kitchens: cooks, kitchen and restaurant
assistants, fast-food workers, bakers), never the warehouse work told nor a car seller that shares a group with a
bakery's shop assistant, and no two of them are of the same SSYK unit group (never three cooks).

And no sentence wording is said twice in one answer for different occupations (rater30 class 9): a hotel receptionist
whose back went bad asks about warehouse work; the lighter work of her earlier list is named once with "from the work I
suggested before, X may suit you better: …" and the next one as "another option is Y …", never the same sentence again.

Through the real app over the shared test store; the sentences live in phrases/dialogue_field18.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, said_all, wording_literal

WAREHOUSE, OTHER_IN_FOOD, RECEPTIONIST, BACK_WAREHOUSE = said_all(
    "field18_warehouse", "field18_other_in_food", "field18_receptionist", "field18_back_warehouse")
#: The wordings that name lighter work one occupation at a time (assistant/fit_lighter.py).
LIGHTER = ("fit.lighter_list", "fit.lighter_list_seated", "fit.lighter_field", "fit.lighter_field_seated")

#: Work with food and kitchens: cooks (5120), fast-food and kitchen/restaurant assistants (9411, 9412), bakers and
#: confectioners (7512), head chefs (3451).
FOOD = ("5120", "9411", "9412", "7512", "3451")


@pytest.mark.parametrize("locale", ALL)
def test_other_work_in_a_field_holds_the_list_to_it(person, locale):
    person.say(WAREHOUSE[locale])
    body = person.say(OTHER_IN_FOOD[locale])
    shown = [o.get("ssyk_code") or "" for o in body["occupations"]][:3]
    assert len(shown) == 3, (locale, shown, body["answer"][:400])
    assert all(c.startswith(FOOD) for c in shown), (locale, shown, body["answer"][:400])
    assert len(set(shown)) == len(shown), (locale, shown)  # one per occupation group


@pytest.mark.parametrize("locale", ["en", "ar", "uk"])
def test_lighter_work_is_not_named_twice_in_one_wording(person, locale):
    person.say(RECEPTIONIST[locale])
    body = person.say(BACK_WAREHOUSE[locale])
    answer = body["answer"]
    assert len(body["occupations"]) >= 3, (locale, answer[:600])  # the work asked about and two lighter ones
    for key in LIGHTER:
        fixed = wording_literal(locale, key)
        assert answer.count(fixed) <= 1, (locale, key, fixed, answer[:900])
    openers = [wording_literal(locale, k).split(":")[0] for k in LIGHTER]  # (the same opener, seated or not)
    assert all(answer.count(o) <= 1 for o in openers if len(o) > 12), (locale, answer[:900])
