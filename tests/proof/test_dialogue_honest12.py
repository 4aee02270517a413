"""No claim the conversation or the sources do not support (rater27, 2.2/5).

- "Am I too old at 58 to become a bus driver?" is answered with the licence's own age rule, cited to
  Transportstyrelsen (no upper age for the bus licence; the medical requirements instead), beside the way in.
- The same worry asked after the way into the work was given is answered from that rule, never "my sources say nothing
  more" while a curated route answers it.
- Care work told by its tasks, with no title and no degree, makes no university profession (a socionom, a midwife)
  the person's own work, and the profile holds no higher education nobody told.
- A builder with a bad back who asks for lighter work is never told that the work listed is "what you want" or "the
  kind of work you said you want": he wished for none of it.
Through the real app over the shared test store, in all 8 languages; the sentences live in
phrases/dialogue_honest12.yaml.
"""
from __future__ import annotations

import re

import pytest

from tests.dialogue_support import ALL, line_citing, route_ids, said_all, wording_literal, wording_start

BUS_TOO_OLD, BUS_HOW, AGE_AFTER, BUILDER, TASKS = said_all(
    "honest12_bus_too_old", "honest12_bus_how", "honest12_age_after", "honest12_builder_lighter",
    "honest12_tasks_no_title")
#: The curated age rule of the bus and lorry licence (Transportstyrelsen).
HEAVY_AGE = "route:hogre_behorighet_alder"
#: "Nothing more to say" wordings: never while a curated route answers the question.
NOTHING_MORE = ("followup.beyond_sources", "followup.nothing_more")
#: Reasons that say the person wished for the work.
WISHED = ("reasons.all_wish", "reasons.all_field", "reasons.all_interest")
_CITE = re.compile(r"\[\d+\]")
#: SSYK major groups of work that asks a university degree (2) or is the armed forces' (0): never one's own work on
#: tasks told alone, which would claim a degree (a socionom, a midwife) the person never named.
DEGREE_GROUPS = ("0", "2")
#: SUN levels of higher education (5: post-secondary, 6: doctoral).
HIGHER = ("5", "6")


def _age_rule_cited(body: dict, locale: str) -> None:
    assert HEAVY_AGE in route_ids(body), (locale, route_ids(body), body["answer"])
    assert line_citing(body, HEAVY_AGE), (locale, body["answer"])
    assert wording_literal(locale, "age.hogre_behorighet_alder")[:25] in body["answer"], (locale, body["answer"])
    # every line of the answer that states something carries its source (questions and lead-ins aside)
    bare = [x for x in body["answer"].splitlines() if x.strip() and not _CITE.search(x)
            and not x.rstrip().endswith(("?", "؟", ":", "：")) and len(x.split()) > 6]
    assert not bare or body["citations"], (locale, bare)


@pytest.mark.parametrize("locale", ALL)
def test_too_old_for_a_bus_licence_is_answered_from_its_rule(person, locale):
    body = person.say(BUS_TOO_OLD[locale])
    _age_rule_cited(body, locale)
    # ... beside the way in: the driver's licence and YKB route or courses, cited
    others = [c["id"] for c in body["citations"] if c["id"] != HEAVY_AGE and not c["id"].startswith(
        ("route:komvux_", "route:csn_", "route:diskriminering"))]
    assert others, (locale, body["citations"], body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_age_asked_after_the_way_in_is_never_nothing_more(person, locale):
    person.say(BUS_HOW[locale])
    body = person.say(AGE_AFTER[locale])
    for key in NOTHING_MORE:
        assert wording_start(locale, key, 30) not in body["answer"], (locale, key, body["answer"])
    _age_rule_cited(body, locale)


@pytest.mark.parametrize("locale", ALL)
def test_lighter_work_for_a_builder_is_not_called_what_he_wants(person, locale):
    body = person.say(BUILDER[locale])
    assert body["occupations"], (locale, body["action"], body["answer"])
    for key in WISHED:
        assert wording_literal(locale, key) not in body["answer"], (locale, key, body["answer"])
    for key in ("reasons.wish", "reasons.field"):
        assert wording_literal(locale, key) not in body["answer"], (locale, key, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_tasks_told_claim_no_degree_profession(person, locale):
    body = person.say(TASKS[locale])
    profile = body["profile"]
    claimed = [(e["occupation"]["label"], e.get("ssyk_code"), (e.get("span") or {}).get("quote"))
               for e in profile["experiences"] if (e.get("ssyk_code") or "").startswith(DEGREE_GROUPS)]
    assert not claimed, (locale, claimed, body["answer"][:300])
    degrees = [e["label"] for e in profile["education"] if (e.get("sun_level") or "")[:1] in HIGHER]
    assert not degrees, (locale, degrees)
