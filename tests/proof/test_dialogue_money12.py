"""Money for studies that fits the person (rater12, 1.8/5: faults 1 and 12).

The counsellor's findings: a Ukrainian teacher with temporary protection asked "will CSN pay if I study?" and was
told "yes, usually" (CSN: no studiestöd under the EU Temporary Protection Directive); a Somali mother who had never
had a paid job was offered omställningsstudiestöd (CSN: years of work). Now, in all 8 languages:

- someone with temporary protection hears CSN's "no" from CSN's page (route csn_tillfalligt_skydd), not studiemedel
  nor omställningsstudiestöd;
- someone who never had a paid job ("never had a PAID job", "shaqo mushaar leh ma qaban") hears of studiemedel and
  not of omställningsstudiestöd, nor the temporary-protection answer.
Through the real app over the shared test store; the sentences live in phrases/dialogue_money12.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, route_ids, said_all

PROTECTED_CSN, NEVER_PAID_CSN = said_all("money12_protected_csn", "money12_never_paid_csn")
PROTECTED = "route:csn_tillfalligt_skydd"
STUDIEMEDEL = "route:studiemedel"
TRANSITION = "route:omstallningsstudiestod"


@pytest.mark.parametrize("locale", ALL)
def test_temporary_protection_hears_that_csn_gives_no_study_money(person, locale):
    body = person.say(PROTECTED_CSN[locale])
    ids = route_ids(body)
    assert PROTECTED in ids, (locale, ids, body["answer"])
    assert STUDIEMEDEL not in ids and TRANSITION not in ids, (locale, ids, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_never_a_paid_job_hears_of_studiemedel_not_transition_support(person, locale):
    body = person.say(NEVER_PAID_CSN[locale])
    ids = route_ids(body)
    assert STUDIEMEDEL in ids, (locale, ids, body["answer"])
    assert TRANSITION not in ids and PROTECTED not in ids, (locale, ids, body["answer"])
