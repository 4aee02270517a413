"""Every question the widget's occupation cards and the copilot's answer list can send is understood
as the question its button says, in every language, and names its occupation in «…» (the widget
sends a whole sentence; the assistant resolves both the intent and the occupation from it)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from assistant.intents import detect_intent
from assistant.state import LOCALES

STATIC = Path(__file__).resolve().parents[2] / "api" / "static"
ASPECTS = ("describe", "salary", "demand", "courses", "licence", "swedish")
#: Titles as the assistant presents them: one word, a compound, with a comma, with "och".
TITLES = ("Lastbilsförare", "Undersköterska, vård- och specialavdelning", "Redovisningsekonom",
          "Kock, à la carte", "Barnskötare")


def widget_questions() -> dict[str, dict[str, str]]:
    """{locale: {aspect: question, "more": quick reply}} as written in widget-texts.json (cards)."""
    texts = json.loads((STATIC / "widget-texts.json").read_text(encoding="utf-8"))
    return {locale: {**{aspect: question for aspect, (_button, question) in t["cards"]["q"].items()},
                     "more": t["cards"]["more"]}
            for locale, t in texts.items()}


def test_every_locale_has_every_aspect():
    questions = widget_questions()
    assert set(questions) == set(LOCALES)
    for locale, by_aspect in questions.items():
        assert set(by_aspect) == set(ASPECTS) | {"more"}, locale
        for aspect in ASPECTS:
            assert "«{occ}»" in by_aspect[aspect], (locale, by_aspect[aspect])


@pytest.mark.parametrize("locale", LOCALES)
def test_widget_card_questions_are_understood(locale):
    questions = widget_questions()[locale]
    assert detect_intent(questions.pop("more")) == "more", locale      # the quick reply after a list
    for aspect, question in questions.items():
        for title in TITLES:
            assert detect_intent(question.replace("{occ}", title)) == aspect, (locale, aspect, title)


def test_copilot_questions_are_understood():
    src = (STATIC / "copilot-ask.js").read_text(encoding="utf-8")
    about = re.findall(r"\['(\w+)', '[^']*', '([^']*\{occ\}[^']*)'\]", src)
    assert {a for a, _ in about} == {"describe", "salary", "demand", "courses", "licence"}
    for aspect, question in about:
        for title in TITLES:
            assert detect_intent(question.replace("{occ}", title)) == aspect, (aspect, title)
