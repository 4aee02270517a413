"""The form and language of the answers (rater13, 2.2/5, fault 12 and the notes on conv1, conv2 and conv3).

The counsellor's findings: a woman hairdresser read «Frisör» (حلاق), a barber, a man's word; the Dari answers mixed
Iranian Persian («گواهینامه», «رانندگی», «راننده تاکسی») with Dari («لایسنس», «مسلک»); two salaries asked "in
Uppsala" said "national" under the second occupation only, as if the first were Uppsala's. Now:

- an occupation's name in Arabic, Tigrinya and Ukrainian shows both forms («مصفف/ة شعر», «перукар/перукарка»),
  by rule over the whole lexicon (assistant/occupation_forms.py), not for one name;
- Dari answers and the Dari strings of the locale files, step lists and widget say the Dari word («لایسنس دریوری»,
  «دریور تکسی», «سویدن»), never the Iranian one of the data list (assistant/locales/occupation_forms.yaml);
- two salaries in one answer: each caveat about the figures once, and "SCB's figures for the whole of Sweden, none for
  Uppsala" right after the first figures, so it holds for both.
Through the real app over the shared test store; the sentences live in phrases/dialogue_lang13.yaml.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from assistant.locales import locale as locale_texts
from assistant.occupation_forms import dari_words
from tests.dialogue_support import ALL, cited, said_all, wording_start

HAIRDRESSER, COOK, DARI_TAXI, IN_CITY, PAY = said_all(
    "lang13_woman_hairdresser", "lang13_woman_cook", "lang13_dari_taxi", "lang13_cook_in_city",
    "lang13_cook_baker_pay")
ROOT = Path(__file__).resolve().parents[2]
#: Swedish titles and quotes are the sources' own words: what the answer itself says is outside them.
_QUOTED = re.compile(r"«[^»]*»|https?://\S+")


def _iranian(text: str) -> list[str]:
    own = _QUOTED.sub(" ", text)
    return [w for w in dari_words() if w in own]


def _strings(node: Any) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for v in node.values() for s in _strings(v)]
    if isinstance(node, list):
        return [s for v in node for s in _strings(v)]
    return []


def _fa_values(node: Any) -> list[str]:
    """The Dari values of a file keyed by locale at any depth ({…: {fa: "…"}})."""
    if isinstance(node, dict):
        return _strings(node.get("fa")) + [s for k, v in node.items() if k != "fa" for s in _fa_values(v)]
    if isinstance(node, list):
        return [s for v in node for s in _fa_values(v)]
    return []


@pytest.mark.parametrize(("locale", "story"), [("ar", HAIRDRESSER), ("ti", HAIRDRESSER), ("uk", HAIRDRESSER),
                                               ("ar", COOK), ("uk", COOK)])
def test_an_occupation_name_in_a_gendered_language_shows_both_forms(person, locale, story):
    body = person.say(story[locale])
    assert body["occupations"], body["answer"]
    first = body["occupations"][0]["label"]
    gloss = re.search(r"«" + re.escape(first) + r"» \(([^)]*)\)", body["answer"])
    assert gloss and "/" in gloss.group(1), (locale, first, body["answer"][:400])


def test_a_dari_answer_says_the_dari_words(client):
    from tests.dialogue_support import Person

    body = Person(client, "fa").say(DARI_TAXI["fa"])
    assert body["action"] == "licence" and cited(body), body["answer"]
    assert "لایسنس" in body["answer"], body["answer"]
    assert _iranian(body["answer"]) == [], (_iranian(body["answer"]), body["answer"])


def test_the_dari_strings_of_the_locale_steps_and_widget_have_no_iranian_words():
    texts = _strings(locale_texts("fa"))
    for name in ("licence_steps.yaml", "requirements.yaml"):
        texts += _fa_values(yaml.safe_load((ROOT / "assistant" / "locales" / name).read_text(encoding="utf-8")))
    texts += _strings(json.loads((ROOT / "api" / "static" / "widget-texts.json").read_text(encoding="utf-8"))["fa"])
    assert len(texts) > 300
    found = {t[:80]: _iranian(t) for t in texts if _iranian(t)}
    assert found == {}, found


@pytest.mark.parametrize("locale", ALL)
def test_two_salaries_in_a_city_say_each_caveat_once_after_the_first_figures(person, locale):
    body = person.say(IN_CITY[locale], PAY[locale])
    assert body["action"] == "salary" and len(cited(body, "statistics")) >= 2, body["answer"]
    answer = body["answer"]
    for key in ("occ.salary_caveat", "salary.note", "salary.national_place"):
        start = wording_start(locale, key, 16)
        assert answer.count(start) <= 1, (locale, key, answer)
    national = wording_start(locale, "salary.national_place", 16)
    assert national in answer and "SCB" in answer, (locale, answer)
    # said after the first figures, before the second occupation's
    second = answer.index("[2]")
    assert answer.index(national) < second, (locale, answer)
