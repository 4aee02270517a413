"""The subject of the person's message stays the subject (subject22; rater22 class 3, "a side word takes over").

The rater's findings: "Is it easy to get a job as löneadministratör in Skåne?" got a salary answer, and "jag vill bli
löneadministratör" asked "which occupation do you mean?": the pay cue 'lön*' matched inside the title and the title
was stripped as a cue word. A counsellor reads an occupation's name as the name first. Now, in all 8 languages:

- a question about getting work as an occupation whose title holds a pay word is the demand question for it;
- a wish told with such a title is that occupation wished, no pay question;
- "what does X do?" about such a title describes it.
Through the real app over the shared test store; the sentences live in phrases/dialogue_subject22.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, said_all, shown_ids

PAYROLL_DEMAND, PAYROLL_WISH, PAYROLL_DESCRIBE = said_all(
    "subject22_payroll_demand", "subject22_payroll_wish", "subject22_payroll_describe")
#: JobTech's «Löneadministratör/Lönekonsult» (the curated lexicon's payroll entry).
PAYROLL = "nRLP_eqC_ow9"


@pytest.mark.parametrize("locale", ALL)
def test_getting_work_as_a_title_with_a_pay_word_is_its_demand(person, locale):
    body = person.say(PAYROLL_DEMAND[locale])
    assert body["action"] == "demand", (locale, body["action"], body["answer"][:300])
    assert PAYROLL in shown_ids(body), (locale, shown_ids(body))


@pytest.mark.parametrize("locale", ALL)
def test_a_title_with_a_pay_word_told_as_a_wish_is_the_wish(person, locale):
    body = person.say(PAYROLL_WISH[locale])
    wished = [(w.get("concept") or {}).get("id") for w in body["profile"]["wishes"]]
    assert PAYROLL in wished, (locale, wished)
    assert body["action"] not in ("salary", "which_occupation", "unknown_occupation"), (locale, body["action"])


@pytest.mark.parametrize("locale", ALL)
def test_what_a_title_with_a_pay_word_does_is_described(person, locale):
    body = person.say(PAYROLL_DESCRIBE[locale])
    assert body["action"] == "describe", (locale, body["action"], body["answer"][:300])


OFFICER_WISH, NOT_X_I_MEAN_Y = said_all("subject22_officer_wish", "mende21_not_x_i_mean_y")
#: JobTech's «Officer» (the army): what "I want office work" was read as (rater22 conv4).
OFFICER = "fsDP_fPf_xfC"
#: Where "not the army" is not yet the army's work: the Swedish «armén» searches nearest to Betongarbetare (0.17,
#: under refused-wish floor), and the Arabic «مو الجيش» / Somali "ciidanka maaha" are read as no refusal at all.
#: (ar «مو الجيش» and so 'ciidanka maaha' are read as refusals since wishnot12/refuse14: their marks removed after
#: they passed in the full run of 12e2a48)
NOT_YET = {"sv": "«armén» finds no occupation", "sv-easy": "«armén» finds no occupation"}


@pytest.mark.parametrize("locale", [pytest.param(loc, marks=pytest.mark.xfail(reason=NOT_YET[loc], strict=False))
                                    if loc in NOT_YET else loc for loc in ALL])
def test_not_the_army_i_mean_drops_the_officer_wish(person, locale):
    """subject2 (rater22 class 1): "Haha no, not the army :) I mean office jobs like … invoicing" kept Officer as "it
    is what you want to work with". A correction drops the wish its refused words name."""
    first = person.say(OFFICER_WISH[locale])
    wished = [(w.get("concept") or {}).get("id") for w in first["profile"]["wishes"]]
    assert OFFICER in wished, (locale, "setup: the officer wish was not read", wished)
    body = person.say(NOT_X_I_MEAN_Y[locale])
    wished = [(w.get("concept") or {}).get("id") for w in body["profile"]["wishes"]]
    assert OFFICER not in wished, (locale, wished, body["answer"][:300])
