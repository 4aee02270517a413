"""A question about the a-kassa is not read as the occupation Kassapersonal (rater23 class 1, copilot T6).

"Vad händer med a-kassan om han börjar studera?" got a «Kassapersonal» occupation button: the word «kassan» (the
till, a term of the cashier entry) was matched inside «a-kassan», the unemployment insurance fund. A place word
after a one-letter abbreviation is the abbreviation's head (retrieval/lexicon/abbreviated.py). Through the real
FastAPI app over the shared test store.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import said

AKASSA_STUDIES = said("akassa_studies")
CASHIER_GROUP = "5230"  # Kassapersonal m.fl.


@pytest.mark.parametrize("locale", list(AKASSA_STUDIES))
def test_an_a_kassa_question_presents_no_cashier(person, locale):
    body = person.say(AKASSA_STUDIES[locale])
    shown = [(o.get("label"), o.get("ssyk_code")) for o in body["occupations"]]
    assert all(code != CASHIER_GROUP for _, code in shown), (shown, body["answer"])


MEANWHILE_WHAT_WORK = said("meanwhile_what_work")


@pytest.mark.parametrize("locale", list(MEANWHILE_WHAT_WORK))
def test_what_work_meanwhile_is_not_a_licence_verdict(person, locale):
    # "while I wait, what can I work with?" asks for work, not whether one may work (intents.yaml wh_work before
    # can_work_now): rater23 so T4 got "Yes – no licence is needed for «Make-up artist/MUA»".
    body = person.say(MEANWHILE_WHAT_WORK[locale])
    assert body["action"] != "licence", body["answer"]
