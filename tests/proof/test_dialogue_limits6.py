"""A limit of the body told, and the list that follows it: what was left out is said with its source, the work the
sources describe as seated (a control room, an office, a driver's seat) comes first, and where the sources cannot
tell, the answer says so and names who can assess the person's own case (rater23 class 3).

rater23, copilot T3: a paper-mill process operator of 30 years, "he can't stand all day (knee)", got
«Maskinoperatör, hygienteknik», «Underhållsmekaniker» and «Maskinoperatör, mekanisk verkstad» with "I have removed
jobs that involve much standing" *and* "the sources say nothing about much standing for" all three: a claim that the
limit was applied, beside a list the sources do not show to fit it. The occupation texts in the store do show
work that fits: the paper process operator's own description ("övervakar och styr tillverkning från ett kontrollrum").
Through the real app over the shared test store; the sentences live in phrases/dialogue_limits6.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, LIST_ACTIONS, constraint_values, route_ids, said_all, wording_start

(MILL_KNEE,) = said_all("limits6_mill_knee")
#: The limitations a knee that cannot stand all day is read as (either one: "knee" alone, or "cannot stand").
STANDING = {"standing", "knees"}


def _fitting(body: dict, what: str, rt) -> list[str]:
    """The occupations shown that a source describes as seated, office or control-room work."""
    from retrieval.limit_fit import fits

    return [o["label"] for o in body["occupations"] if fits(o["id"], o["label"], what, rt) is not None]


@pytest.mark.parametrize("locale", ALL)
def test_a_knee_that_cannot_stand_gets_seated_work_first_and_no_unbacked_removal_claim(person, locale, real_runtime):
    body = person.say(MILL_KNEE[locale])
    held = STANDING & set(constraint_values(body, "limitation"))
    assert held, (locale, body["profile"]["constraints"])
    assert body["action"] in LIST_ACTIONS and body["occupations"], (locale, body["action"], body["answer"][:300])
    what = sorted(held)[-1] if "standing" not in held else "standing"
    fitting = _fitting(body, what, real_runtime)
    # the work the sources describe as seated leads the list (a control room, for a process operator)
    assert fitting and fitting[0] == body["occupations"][0]["label"], (locale, [o["label"] for o in body["occupations"]])
    answer = body["answer"]
    removed = wording_start(locale, "constraint.excluded")
    if removed and removed in answer:  # "I have removed jobs that …" only with one of them named, from its source
        demands = wording_start(locale, "constraint.demands")
        assert not demands or demands in answer, (locale, answer)
    unknown = [o["label"] for o in body["occupations"] if o["label"] not in fitting]
    if unknown:  # the sources cannot tell for some: said plainly, with who can assess the person's own case
        assert "route:af_lonebidrag" in route_ids(body), (locale, unknown, answer)
        assert wording_start(locale, "fit.af_assess", 30) in answer, (locale, answer)


(NO_COMPUTER,) = said_all("limits6_no_computer")


@pytest.mark.parametrize("locale", ALL)
def test_not_at_a_computer_all_day_either_leaves_out_desk_work_and_drops_nothing_never_shown(person, locale, real_runtime):
    """rater23 copilot T4: "not at a computer all day either — other options?" got "then I won't suggest
    «Mjukvaruutvecklare»" (never suggested) and Oddssättare, Reklamkonsulent, Prissättare "like work you have done".
    A computer or a screen all day refused is the office limitation: no work its sources describe as office, desk or
    screen work follows, no refusal of an occupation the person never saw is announced, and nothing is "what you want
    to work with" when the person wished for nothing."""
    from retrieval.constraints import demand_of

    first = person.say(MILL_KNEE[locale])
    body = person.say(NO_COMPUTER[locale])
    assert "office" in constraint_values(body, "limitation"), (locale, body["profile"]["constraints"])
    assert body["action"] in LIST_ACTIONS and body["occupations"], (locale, body["action"], body["answer"][:300])
    desk = [(o["label"], x.evidence) for o in body["occupations"]
            if (x := demand_of(o["id"], o["label"], "office", real_runtime)) is not None]
    assert not desk, (locale, desk)
    shown = {o["label"] for o in first["occupations"]}
    dropped = wording_start(locale, "heard.avoid")
    if dropped and dropped in body["answer"]:  # "then I won't suggest X" only of work shown before
        assert any(label in body["answer"] for label in shown), (locale, body["answer"][:400])
    assert not body["profile"]["wishes"], (locale, body["profile"]["wishes"])
    assert wording_start(locale, "reasons.wish") not in body["answer"], (locale, body["answer"][:600])


SEAMSTRESS, ONLY_SEWING = said_all("limits6_seamstress", "limits6_only_sewing")
#: Tailors, dressmakers and upholsterers (753), textile machine operators and industrial sewers (815): sewing work.
SEWING = ("753", "815")



@pytest.mark.parametrize("locale", ALL)
def test_only_sewing_or_something_close_is_the_work_wanted_and_leads_the_list(person, locale):
    """rater23 fa T6: "no, I don't want cleaning — only sewing or something close to it" was read as sewing done once
    more, and Packare, Montör träprodukter and Möbelmontör followed. "Only X or something close/similar" names the
    work wanted: X is a wish (never work done again), and the work of that field leads the list (after the list that
    showed it, the next of that field: assistant/wished_field, sewing8)."""
    first = person.say(SEAMSTRESS[locale])
    body = person.say(ONLY_SEWING[locale])
    wished = [w.get("ssyk_code") or "" for w in body["profile"]["wishes"] if w.get("concept")]
    assert wished and all(code.startswith(SEWING) for code in wished), (locale, body["profile"]["wishes"])
    assert len(body["profile"]["experiences"]) == len(first["profile"]["experiences"]), (
        locale, [e["span"]["quote"] for e in body["profile"]["experiences"]])
    shown = [o.get("ssyk_code") or "" for o in body["occupations"]]
    assert shown and shown[0].startswith(SEWING), (locale, [o["label"] for o in body["occupations"]])
