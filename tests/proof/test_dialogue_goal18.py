"""The person's goal stays the goal (rater17, 1.8/5: conv1 T4-T6, conv3 T1 and T6).

The counsellor's findings: "I fixed trucks and buses … can I work as mechanic for heavy vehicles?" led with the car
mechanic and the whole conversation ran on it; a midwife trained abroad who asked what she could do meanwhile "in
health care" and then "who do I call first?" got the first steps towards the work she took meanwhile (or the last
card shown), never towards her licence; "who i call tomorow" got three fire chiefs, one glossed "a kind of police
chief". Now, in all 8 languages:

- a qualifier that names a sibling occupation (trucks, buses, heavy vehicles) puts that sibling first (SSYK 7231
  Lastbilsmekaniker before the car mechanic);
- work wished for "meanwhile" is no goal: the first steps lead to the regulated profession she asked to work in,
  and start with the application to its authority; ungrammatical "what i do first, who i call" asks for them;
- an occupation's name in the person's language is its own, never a neighbour's of the same lexicon entry;
- work told as done beside "what other jobs are there?" is like their work, never "what you want to work with".
Through the real app over the shared test store; the sentences live in phrases/dialogue_goal18.yaml.
"""
from __future__ import annotations

import pytest

from assistant.locales import text
from assistant.occupation_names import own_name
from tests.dialogue_support import ALL, cited, said_all

TRUCKS, MIDWIFE, MEANWHILE, WHO_CALL, ALSO_WORKED = said_all(
    "goal18_truck_mechanic", "goal18_midwife_story", "goal18_midwife_meanwhile", "goal18_who_call",
    "goal18_also_worked")
LORRY_MECHANIC = "o7LP_duC_u9Z"
MIDWIFE_ID = "DEDi_wap_ntF"


@pytest.mark.parametrize("locale", ALL)
def test_heavy_vehicles_pick_the_lorry_mechanic_and_work_done_is_no_wish(person, locale):
    body = person.say(TRUCKS[locale])
    ids = [o["id"] for o in body["occupations"]]
    assert ids and ids[0] == LORRY_MECHANIC, (locale, [o["label"] for o in body["occupations"]], body["answer"])
    body = person.say(ALSO_WORKED[locale])
    assert body["occupations"], (locale, body["answer"])
    for key in ("reasons.wish", "reasons.all_wish"):
        assert text(locale, key).casefold().rstrip("።.") not in body["answer"].casefold(), (locale, key, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_meanwhile_work_is_no_goal_and_who_do_i_call_gets_the_licence_steps(person, locale):
    person.say(MIDWIFE[locale])
    body = person.say(MEANWHILE[locale])
    shown = [o.get("ssyk_code") or "" for o in body["occupations"]]
    assert shown and all(g.startswith(("22", "32", "53")) for g in shown), (locale, body["occupations"])
    body = person.say(WHO_CALL[locale])
    assert body["action"] == "steps", (locale, body["action"], body["answer"])
    assert [o["id"] for o in body["occupations"]] == [MIDWIFE_ID], (locale, body["occupations"], body["answer"])
    urls = [c.get("url") or "" for c in cited(body)]
    assert any("socialstyrelsen.se" in u for u in urls), (locale, urls, body["answer"])


def test_a_fire_chief_is_never_named_a_police_chief():
    for locale in ALL:
        police = own_name(locale, "Polismästare")
        for fire in ("Räddningschef", "Brandchef"):
            name = own_name(locale, fire)
            assert police is None or police.casefold() not in (name or "").casefold(), (locale, fire, name)
