"""Changing work in mid-life when the body is worn (rater11 conv3, 1/5).

The counsellor's findings: a care worker of 58 with worn-out shoulders asked whether she could get transition study
support "and how much": she got the conditions and no amount; the employer's duty to adapt her work, the occupational
health service and the municipal sector's transition fund were never named. Now, in all 8 languages:

- "how much?" beside a question about CSN's transition study support or studiemedel is answered with the amount as
  CSN's page states it (a grant as a share of pay up to a ceiling, for how many weeks; grant and loan), cited;
- what another occupation earns is set against the person's own occupation's median (more, less, about the same),
  both groups' statistics cited;
- someone whose body is worn and who asks what the employer must do hears of the employer's duty of adaptation
  (Arbetsmiljöverket) and rehabilitation (Försäkringskassan), each cited, as the whole answer; a municipal employee
  also hears of Omställningsfonden, a worker at a private firm does not.
Through the real app over the shared test store; the sentences live in phrases/dialogue_change11.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, route_ids, said_all

WORN, AMOUNT, EMPLOYER, PRIVATE_BACK, STUDIEMEDEL, SECRETARY_PAY = said_all(
    "change11_usk_worn", "change11_amount_ask", "change11_employer_ask", "change11_private_back",
    "change11_studiemedel_amount", "change11_secretary_pay")
TRANSITION, TRANSITION_AMOUNT = "route:omstallningsstudiestod", "route:omstallning_belopp"
STUDIEMEDEL_AMOUNT = "route:studiemedel_belopp"
ADAPTATION, REHAB, FUND = "route:av_arbetsanpassning", "route:rehab_arbetsgivare", "route:omstallningsfonden"
#: Persian and Arabic-Indic digits read as Western ones, thousands spaces dropped: the figures are compared as numbers.
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789", "\u00a0\u202f ,")


def _figures(body: dict) -> str:
    return body["answer"].translate(_DIGITS)


@pytest.mark.parametrize("locale", ALL)
def test_how_much_transition_support_pays_is_answered_from_csns_page(person, locale):
    body = person.say(WORN[locale], AMOUNT[locale])
    ids = route_ids(body)
    assert body["action"] == "rights", (locale, body["action"], body["answer"])
    assert TRANSITION in ids and TRANSITION_AMOUNT in ids, (locale, ids, body["answer"])
    assert "80" in _figures(body) and "44" in _figures(body), (locale, body["answer"])
    assert not body["occupations"], (locale, body["occupations"])


@pytest.mark.parametrize("locale", ALL)
def test_how_much_studiemedel_pays_is_answered_with_grant_and_loan(person, locale):
    body = person.say(STUDIEMEDEL[locale])
    ids = route_ids(body)
    assert STUDIEMEDEL_AMOUNT in ids, (locale, ids, body["answer"])
    assert "997" in _figures(body) and "2292" in _figures(body), (locale, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_a_worn_municipal_employee_hears_of_the_employers_duty_and_the_transition_fund(person, locale):
    body = person.say(WORN[locale], EMPLOYER[locale])
    ids = route_ids(body)
    assert body["action"] == "rights", (locale, body["action"], body["answer"])
    assert {ADAPTATION, REHAB, FUND} <= set(ids), (locale, ids, body["answer"])
    assert ids.index(ADAPTATION) < ids.index(FUND), ids  # the employer's duty first
    assert not body["occupations"], (locale, body["occupations"])


@pytest.mark.parametrize("locale", ALL)
def test_a_worn_private_employee_hears_of_the_employers_duty_without_the_municipal_fund(person, locale):
    body = person.say(PRIVATE_BACK[locale])
    ids = route_ids(body)
    assert body["action"] == "rights", (locale, body["action"], body["answer"])
    assert ADAPTATION in ids and FUND not in ids, (locale, ids, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_what_another_occupation_earns_is_set_against_her_own(person, locale):
    body = person.say(WORN[locale], SECRETARY_PAY[locale])
    assert body["action"] == "salary", (locale, body["action"], body["answer"])
    salaries = [c for c in body["citations"] if c["kind"] == "statistics" and c["title"].startswith("Lönestatistik")]
    assert len(salaries) >= 2, (locale, [c["title"] for c in body["citations"]], body["answer"])
