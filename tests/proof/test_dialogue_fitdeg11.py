"""Seated work in a field, asked by someone who holds no degree, is reachable work called seated only where its data
says so (fitdeg11; rater27 class 3, C1 so T3).

A Somali maternity-ward assistant who said she never finished the nursing degree, then that her back hurts and she
cannot stand long, asked for seated health-care work and got Akutsjuksköterska, Sjuksköterska BVC and Sjuksköterska
grundutbildad (registered nurses: a degree she had just said she lacks), introduced as "all of them are office or
seated work in the same occupational area", while the same answer said the sources tell nothing about their standing.
A counsellor offers her work she can reach without a degree, and calls a list seated work only when each
occupation's own cited data says so. In all 8 languages, through the real app over the shared test store; the
sentences live in phrases/dialogue_fitdeg11.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, LIST_ACTIONS, groups, said_all, wording_literal

CARE, SEATED = said_all("fitdeg11_care_no_degree", "fitdeg11_seated_care")
#: SSYK 2012 major group 2: professions whose way in is a university degree (registered nurses 222x, midwives 2222).
DEGREE_GROUP = "2"


# (sv, sv-easy, ti and uk failed until nursing12 read their unfinished nursing studies as an education told unfinished)
@pytest.mark.parametrize("locale", ALL)
def test_seated_care_work_without_a_degree_is_no_nurse_and_no_unfounded_seated_label(person, locale):
    body = person.say(CARE[locale], SEATED[locale])
    codes = groups(body)
    if body["action"] in LIST_ACTIONS:
        assert not [g for g in codes if g.startswith(DEGREE_GROUP)], (codes, body["answer"])
    # "All of them are office or seated work (in the same area)" only where each one's data says so: never of a
    # nurse's or a care worker's post (major groups 2 and 5, work done on one's feet), as C1 T3 said of three nurses.
    if any(wording_literal(locale, k) in body["answer"] for k in ("reasons.all_lighter", "reasons.all_lighter_near")):
        assert not [g for g in codes if g.startswith((DEGREE_GROUP, "5"))], (codes, body["answer"])
