"""A generic title is read in the person's context; everyday words are never echoed as occupations (rater13).

The counsellor's findings: a concrete worker asked "hur mycket lön arbetsledare i stockholm? och inspektör?" and was
given the pay of «Arbetsledare, städ/Husfru» and «Inspektör, Polisen», then told the supervisor's pay was less than in
his own job (conv3 T5); "money" in Dari («پیسه», conv1 T3) and «familj» (conv3 T4) were echoed back as "I did not find
the occupation «X»". Now, in all 8 languages (the Swedish titles also written inside another language):

- a head word many titles share ("arbetsledare", "inspektör") names the one in the person's field: the construction
  supervisor and the building inspector (SSYK 3121, 3355), never cleaning's or the police's (5151, 3360);
- money, family, children, studying and working said beside a question are no occupation: the answer never says an
  occupation was not found, nor quotes one of the person's words as one.
Through the real app over the shared test store; the sentences live in phrases/dialogue_titles13.yaml.
"""
from __future__ import annotations

import re

import pytest

from tests.dialogue_support import ALL, said_all, wording_start

BUILDER, BOSS_INSPECTOR_PAY, TAXI, MONEY_FAMILY = said_all(
    "titles13_builder", "titles13_boss_inspector_pay", "titles13_taxi", "titles13_money_family")
#: Arbetsledare inom bygg, anläggning och gruva; Byggnadsinspektörer (JobTech field «Bygg och anläggning»).
CONSTRUCTION = {"3121", "3355"}
#: Städledare och husfruar; Poliser: what the bare head words were read as.
ELSEWHERE = {"5151", "3360"}
_TITLE = re.compile(r"«([^»]+)»")


@pytest.mark.parametrize("locale", ALL)
def test_a_generic_title_is_read_in_the_persons_field(person, locale):
    body = person.say(BUILDER[locale], BOSS_INSPECTOR_PAY[locale])
    codes = {o.get("ssyk_code") or "" for o in body["occupations"]}
    assert body["action"] == "salary", (locale, body["action"], body["answer"])
    assert codes == CONSTRUCTION, (locale, [(o["label"], o.get("ssyk_code")) for o in body["occupations"]],
                                   body["answer"])
    assert not codes & ELSEWHERE


@pytest.mark.parametrize("locale", ALL)
def test_everyday_words_are_never_an_occupation_not_found(person, locale):
    body = person.say(TAXI[locale], MONEY_FAMILY[locale])
    assert body["action"] != "unknown_occupation", (locale, body["answer"])
    assert wording_start(locale, "unknown_occupation") not in body["answer"], (locale, body["answer"])
    asked = {w.lower() for w in re.findall(r"\w+", MONEY_FAMILY[locale])}
    echoed = [t for t in _TITLE.findall(body["answer"]) if set(re.findall(r"\w+", t.lower())) <= asked]
    assert not echoed, (locale, echoed, body["answer"])
    # the taxi driver's own work stays in focus; "family" is no «Familjerådgivare»
    assert all((o.get("ssyk_code") or "").startswith("83") for o in body["occupations"]), (
        locale, [o["label"] for o in body["occupations"]], body["answer"])
