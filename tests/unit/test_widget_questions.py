"""Every question the widget's occupation cards and the copilot's answer list can send is understood
as the question its button says, in every language, and names its occupation in «…» (the widget
sends a whole sentence; the assistant resolves both the intent and the occupation from it)."""
from __future__ import annotations

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
    """{locale: {aspect: question}} as written in widget-texts.js (OCC_T)."""
    src = (STATIC / "widget-texts.js").read_text(encoding="utf-8")
    block = src[src.index("var OCC_T = {"):src.index("var ASPECTS")]
    out: dict[str, dict[str, str]] = {}
    # A locale's entry starts with "sv: {" or "'sv-easy': {" at the start of a line.
    parts = re.split(r"^\s{4}'?([a-z]{2}(?:-easy)?)'?: \{", block, flags=re.M)
    for locale, body in zip(parts[1::2], parts[2::2], strict=True):
        out[locale] = {a: q for a, _button, q in re.findall(r"(\w+): \['([^']*)', '([^']*)'\]", body)}
        more = re.search(r"more: '([^']*)'", body)
        assert more, locale
        out[locale]["more"] = more.group(1)
    return out


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
