"""CSN's age limits said for the person's own age (csn20): the figures of assistant/csn_age.py are the curated route
``csn_aldersgranser``'s (CSN's "Vad har CSN för åldersgränser?"), and the sentence chosen fits the age told."""
from __future__ import annotations

import pytest

from assistant.csn_age import CSN_AGES, FEWER_LOAN_FROM, GRANT_UNTIL
from assistant.locales import lookup
from assistant.state import LOCALES
from ingest.sources.routes import load


def test_figures_are_the_routes():
    summary = next(r for r in load().routes if r.key == CSN_AGES).summary_sv
    assert f"det år man fyller {GRANT_UNTIL}" in summary and f"det år man fyller {FEWER_LOAN_FROM}" in summary


@pytest.mark.parametrize("locale", LOCALES)
def test_every_locale_says_the_age_and_the_figures(locale):
    for key in ("within", "fewer_loan", "over"):
        text = str(lookup(locale, f"age.csn_yours_{key}")).format(age=42, until=GRANT_UNTIL, loan=FEWER_LOAN_FROM)
        assert "42" in text, (locale, key)
    for key in ("fewer_loan", "over"):
        assert str(GRANT_UNTIL) in str(lookup(locale, f"age.csn_yours_{key}")).format(
            age=42, until=GRANT_UNTIL, loan=FEWER_LOAN_FROM), (locale, key)


def test_short_education_is_a_condition_of_studiestartsstod_only():
    conditions = {r.key: r.conditions for r in load().routes if r.conditions is not None}
    assert conditions["studiestartsstod"].short_education
    assert not any(c.short_education for k, c in conditions.items() if k != "studiestartsstod")
