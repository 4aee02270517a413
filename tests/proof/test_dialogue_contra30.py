"""What the person told, or what the conversation established, is never contradicted later (rater38 class 3; issue 10).

The counsellor's findings, as kinds of failure: a care worker who wrote "ingen utbildning här" was told to apply for
the undersköterska title "with the education you have – do it now" with the page for those trained abroad; a man who
said he has no B licence was asked three times "which country is your licence from?"; a Ukrainian with temporary
protection, told in the turn before that CSN's studiemedel is not hers, was offered "studiemedel from CSN: grant and
loan" among the ways to learn with pay; a paediatrician who cleans in a hospital only until she can work as a doctor
again got «Städare/Lokalvårdare» "because it is like work you did". Now, in all 8 languages:
- no education told (however it is said): no "apply with the education you have" step, no "trained abroad" page;
- no driving licence told: no rule for a licence from abroad, no "which country is your licence from?";
- temporary protection told: CSN's studiemedel is not offered among the ways to learn with pay;
- a professional from abroad who cleans now: cleaning is not suggested to her.
Through the real app over the shared test store; the sentences live in phrases/dialogue_contra30.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, route_ids, said_all, wording_literal

NO_EDUCATION, NO_LICENCE, PROTECTION_FAMILY, DOCTOR_CLEANING = said_all(
    "contra30_no_education", "contra30_no_licence", "contra30_protection_family", "contra30_doctor_cleaning")
#: The licence-from-abroad pages (Transportstyrelsen): an EEA country's licence, any other country's, Ukraine's.
_ABROAD_LICENCE = ("route:korkort_ees", "route:utlandskt_korkort", "route:korkort_tillfalligt_skydd")
#: Cleaning work (SSYK 911x): a stopgap, never a suggestion to a doctor.
_CLEANING = ("9111", "9112", "9119")


@pytest.mark.parametrize("locale", ALL)
def test_no_education_told_is_not_told_to_apply_with_it(person, locale):
    body = person.say(NO_EDUCATION[locale])
    answer = body["answer"]
    assert wording_literal(locale, "steps.apply") not in answer, (locale, answer)
    assert "utbildad-utanfor" not in answer, (locale, answer)


@pytest.mark.parametrize("locale", ALL)
def test_no_licence_told_is_never_asked_where_the_licence_is_from(person, locale):
    body = person.say(NO_LICENCE[locale])
    answer = body["answer"]
    assert wording_literal(locale, "rights.licence_which_country") not in answer, (locale, answer)
    assert not [r for r in route_ids(body) if r in _ABROAD_LICENCE], (locale, route_ids(body), answer)


@pytest.mark.parametrize("locale", ALL)
def test_temporary_protection_gets_no_studiemedel_among_paid_ways(person, locale):
    body = person.say(PROTECTION_FAMILY[locale])
    assert "route:studiemedel" not in route_ids(body), (locale, route_ids(body), body["answer"])
    assert wording_literal(locale, "rights.paid_studiemedel") not in body["answer"], (locale, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_doctor_who_cleans_now_is_not_suggested_cleaning(person, locale):
    body = person.say(DOCTOR_CLEANING[locale])
    codes = [o.get("ssyk_code") for o in body["occupations"]]
    assert not [c for c in codes if c in _CLEANING], (locale, body["action"], body["occupations"], body["answer"])
