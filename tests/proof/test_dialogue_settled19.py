"""Years in Sweden and good Swedish, told, end the SFI reflex (settled19; rater32 conv04, conv10).

The counsellor's findings: a taxi driver 15 years in Örebro who said his Swedish is good («سويدي منيح»), and an IT
project manager 25 years in Stockholm with "decent swedish", were told "Start with Swedish: SFI" again and again. Now,
in every language: years lived in Sweden (or in a Swedish place told) with no learner's level is no newcomer's SFI
step; "decent / good Swedish" is kept as the level ``good`` (assistant/interpretation/good_swedish.yaml, ``good``).
Through the real app over the shared test store; the sentences live in phrases/dialogue_settled19.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, route_ids, said_all

YEARS, GOOD = said_all("settled19_years_here", "settled19_good_swedish")


@pytest.mark.parametrize("locale", ALL)
def test_twenty_years_here_is_never_told_to_start_sfi(person, locale):
    first = person.say(YEARS[locale])
    courses = person.press("courses")
    for body in (first, courses):
        assert "route:sfi" not in route_ids(body), (locale, body["answer"])


@pytest.mark.parametrize("locale", sorted(GOOD))
def test_good_swedish_told_is_kept_as_good(person, locale):
    body = person.say(GOOD[locale])
    levels = [lang.get("level") for lang in body["profile"]["languages"] if lang["code"] == "sv"]
    assert levels == ["good"], (locale, body["profile"]["languages"])
