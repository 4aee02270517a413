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


#: (what the person says, the route that must be cited, the routes that must not): someone with temporary protection
#: hears CSN's "no study money" page, not studiemedel or omställningsstudiestöd; a mother who never had a paid job
#: hears of studiemedel, not of transition support (it needs years of work) or the temporary-protection page.
CSN_ASKED = {"temporary_protection": (PROTECTED_CSN, PROTECTED, (STUDIEMEDEL, TRANSITION)),
             "never_paid": (NEVER_PAID_CSN, STUDIEMEDEL, (TRANSITION, PROTECTED))}


@pytest.mark.parametrize("case", CSN_ASKED)
@pytest.mark.parametrize("locale", ALL)
def test_a_csn_question_cites_the_support_that_is_for_the_person(person, locale, case):
    says, wanted, not_for_them = CSN_ASKED[case]
    ids = route_ids(person.say(says[locale]))
    assert wanted in ids, (locale, ids)
    assert not set(not_for_them) & set(ids), (locale, ids)
