"""Fear of heights, a refused sub-option and "work without lifting?" (rater24 classes 2 and 4, c5 and c1), 8 languages.

c5 (uk): an electrician who "can't work at heights, I'm afraid of heights" got Larminstallatör (ladders and ceilings)
with no word of the limit, and «а монтаж на вітряках? ні, це висота... щось інше» (wind turbines? no, that's
heights… something else) removed his own trade ("As you asked, I removed Installationselektriker, Serviceelektriker").
c1 (ti) / probe_e (en): a welder with a bad back asking "is there work without heavy lifting?" got the demand for welding.
Now fear of heights is the limitation ``heights`` (assistant/interpretation/cues.yaml): work whose cited data makes
the demand (ESCO's essential "follow safety procedures when working at heights" of an exactly mapped occupation,
JobTech's "Höghöjdsarbete", a description "på hög höjd", retrieval/height_demands.py) is left out and the answer says
so; "no … something else" after a named option refuses that option, not the person's trade; and "work without
lifting?" asks for a list. Through the real app over the shared test store; sentences in phrases/dialogue_heights8.yaml.
"""
from __future__ import annotations

import re

import pytest

from tests.dialogue_support import ALL, LIST_ACTIONS, constraints, said_all, wording_start

HEIGHTS, NOT_WIND, WITHOUT_LIFTING = said_all(
    "heights8_electrician_heights", "heights8_not_wind", "heights8_without_lifting")


def plain(answer: str) -> str:
    """The answer without citation marks and emphasis (the wording as the locale writes it)."""
    return re.sub(r"\s*\[\d+\]|\*\*", "", answer)


def _limits(body: dict) -> set[str]:
    return {c["value"] for c in constraints(body, "limitation")}


def _against(body: dict, what: str, rt) -> list[tuple[str, str]]:
    """The occupations shown whose sources state demand ``what``, with the evidence."""
    from retrieval.constraints import demand_of

    return [(o["label"], x.evidence) for o in body.get("occupations", [])
            if (x := demand_of(o["id"], o["label"], what, rt)) is not None]


@pytest.mark.parametrize("locale", ALL)
def test_fear_of_heights_is_a_limitation_that_leaves_out_work_at_heights(person, locale, real_runtime):
    from assistant.locales import lookup

    body = person.say(HEIGHTS[locale])
    assert "heights" in _limits(body), (locale, body["profile"]["constraints"])
    assert body["action"] in LIST_ACTIONS and body["occupations"], (locale, body["action"], body["answer"][:300])
    assert not _against(body, "heights", real_runtime), (locale, _against(body, "heights", real_runtime))
    # the answer says what it left out, naming the limit, and cites the source of the demand it names
    said = str(lookup(locale, "constraint.excluded")).format(what=lookup(locale, "limitation.heights"))
    assert said.rstrip(".።。") in plain(body["answer"]), (locale, body["answer"][:900])
    # his own trade is the one named as left out, with the source that says it is work at heights (when the store
    # holds that document: the shared test store holds a part of ESCO)
    from retrieval.constraints import demand_of
    from retrieval.limit_fit import statement_evidence

    own = [x for e in body["profile"]["experiences"]
           if (x := demand_of(e["occupation"]["id"], e["occupation"]["label"], "heights", real_runtime)) is not None]
    assert own, (locale, body["profile"]["experiences"])
    sources = [x.doc_id for x in own if statement_evidence(x, real_runtime) is not None]
    if sources:
        assert set(sources) & {c["id"] for c in body["citations"]}, (locale, sources, [c["id"] for c in body["citations"]])


@pytest.mark.parametrize("locale", ALL)
def test_a_refused_sub_option_keeps_the_persons_own_trade(person, locale, real_runtime):
    first = person.say(HEIGHTS[locale])
    assert "heights" in _limits(first), (locale, first["profile"]["constraints"])
    after = person.say(NOT_WIND[locale])
    assert "heights" in _limits(after), (locale, after["profile"]["constraints"])
    assert not any(c["value"] == "change_field" for c in constraints(after, "other")), (locale, after["profile"]["constraints"])
    assert after["action"] in LIST_ACTIONS and after["occupations"], (locale, after["action"], after["answer"][:300])
    # electrical work that fits is still shown (SSYK 741 electricians, 742 electronics and telecom installers)
    assert any((o.get("ssyk_code") or "").startswith(("741", "742")) for o in after["occupations"]), \
        (locale, [(o["label"], o.get("ssyk_code")) for o in after["occupations"]])
    assert not _against(after, "heights", real_runtime), (locale, _against(after, "heights", real_runtime))
    # never "as you asked, I have left out occupations like «Installationselektriker»" (his own trade)
    avoided = wording_start(locale, "constraint.avoided")
    assert not re.search(re.escape(avoided) + r"[^.!?።؟]*elektriker", after["answer"]), (locale, after["answer"][-600:])


@pytest.mark.parametrize("locale", ALL)
def test_work_without_heavy_lifting_is_a_list_not_demand(person, locale, real_runtime):
    body = person.say(WITHOUT_LIFTING[locale])
    assert body["action"] in LIST_ACTIONS and body["occupations"], (locale, body["action"], body["answer"][:300])
    held = _limits(body) & {"lifting", "back"}
    assert held, (locale, body["profile"]["constraints"])
    for what in sorted(held):
        assert not _against(body, what, real_runtime), (locale, what, _against(body, what, real_runtime))
