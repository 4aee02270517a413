"""Licence questions from people trained abroad get the route's steps in their own language (issue 10:
"key Swedish terms left untranslated"): a pharmacist from Iran, a taxi driver and an electrician trained
abroad, asking in English, Arabic and Ukrainian through the real app (``POST /v1/chat?stream=false``).
Before assistant/locales/licence_steps.yaml covered every showable step, the pharmacist and the electrician
got all four steps quoted in Swedish."""
from __future__ import annotations

import re

import pytest

from assistant.licence_answer import step_translations
from assistant.locales import lookup
from tests.dialogue_support import Person, cited, said

CASES = {  # situation -> the regulated profession (curated name) whose route must be given
    "pharmacist_iran_licence": "Apotekare",
    "taxi_driver_licence": "Taxiförare",
    "electrician_abroad_licence": "Elinstallatör",
}
LOCALES = ("en", "ar", "uk")


def swedish_marker(locale: str) -> str:
    """What the locale appends to a quoted Swedish text ("(in Swedish)", "(بالسويدية)" …)."""
    return str(lookup(locale, "quote")).split("{text}")[1].strip(" »")


@pytest.mark.slow
@pytest.mark.parametrize("situation,locale", [
    (s, loc)
    for s in CASES for loc in LOCALES])
def test_licence_steps_come_in_the_readers_language(client, situation, locale):
    body = Person(client, locale).say(said(situation)[locale])
    answer = body["answer"]
    assert body["action"] == "licence", answer
    routes = [c["title"] for c in cited(body, "regulated_profession")]
    assert any(t.startswith(f"{CASES[situation]} –") for t in routes), (routes, body["occupations"])
    assert swedish_marker(locale) not in answer, answer
    # The route's steps are in the answer in the reader's language (citation marks removed: the answer puts
    # one before each sentence's full stop).
    plain = re.sub(r"\s*\[\d+\]", "", answer)
    translated = {t[locale].rstrip(".") for t in step_translations().values()}
    assert sum(step in plain for step in translated) >= 3, answer
