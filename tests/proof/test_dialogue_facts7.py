"""Questions about rights, money and support answered with what the authorities say (rater 8, 1.8/5).

The counsellor's findings: "can I get CSN for Komvux?" got "CSN decides" or more suggestions; "can I be paid to care
for my mother?" got salary statistics; "I am on part-time sick leave, can Arbetsförmedlingen help?" got a Komvux
validation route; "with temporary protection I can't do SFI?" was never answered. Each is now answered from curated,
cited pages of the authority that decides (CSN, Försäkringskassan, the municipality, Arbetsförmedlingen, Skolverket),
in all 8 languages, and names who decides. Through the real app over the shared test store.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, cited, route_ids, said_all

CSN, CARE, SICK, SFI_TP = said_all("facts7_csn_komvux", "facts7_paid_care_mother", "facts7_sick_leave_help",
                                   "facts7_sfi_temporary_protection")


def _cited_ids(body: dict) -> set[str]:
    return {c["id"] for c in body["citations"]}


@pytest.mark.parametrize("locale", ALL)
def test_study_money_for_komvux_is_csn_studiemedel_with_its_conditions(person, locale):
    body = person.say(CSN[locale])
    assert "route:studiemedel" in _cited_ids(body), body["answer"]
    assert "csn.se" in body["answer"]
    assert body["action"] not in ("more", "suggest"), body["answer"]  # a question about money asks for no jobs


@pytest.mark.parametrize("locale", ALL)
def test_paid_care_of_a_parent_is_personal_assistance_or_employment_by_the_municipality(person, locale):
    body = person.say(CARE[locale])
    ids = _cited_ids(body)
    assert {"route:personlig_assistans", "route:anhoriganstallning"} <= ids, body["answer"]
    assert not cited(body, "statistics"), body["answer"]  # no salary statistics for that question
    assert body["action"] == "rights"


@pytest.mark.parametrize("locale", ALL)
def test_part_time_sick_leave_gets_rehabilitation_and_arbetsformedlingen_support(person, locale):
    body = person.say(SICK[locale])
    ids = _cited_ids(body)
    assert {"route:rehab_arbetsgivare", "route:af_lonebidrag"} <= ids, body["answer"]
    assert "route:etableringsprogrammet" not in set(route_ids(body)) | ids
    assert body["action"] == "rights"


@pytest.mark.parametrize("locale", ALL)
def test_sfi_with_temporary_protection_is_answered_by_folkbokforing(person, locale):
    body = person.say(SFI_TP[locale])
    assert "route:sfi_tillfalligt_skydd" in _cited_ids(body), body["answer"]
    assert body["action"] == "rights"
