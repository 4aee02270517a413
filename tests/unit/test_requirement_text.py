"""The curated translations of Arbetsförmedlingen's requirement texts (assistant/locales/requirements.yaml)."""
from __future__ import annotations

import json
import re

import pytest

from assistant.requirement_text import requirement_in, table, translation
from assistant.state import LOCALES

_OTHER = [loc for loc in LOCALES if loc not in ("sv", "sv-easy")]


def _numbers(text: str) -> list[str]:
    return sorted(re.findall(r"\d+(?:[.,]\d+)?", text))


@pytest.mark.parametrize("sv", list(table()[0]))
def test_every_text_is_translated_into_every_other_locale_with_the_same_numbers(sv):
    for loc in _OTHER:
        found = translation(loc, sv)
        assert found, (loc, sv)
        assert _numbers(found) == _numbers(sv), (loc, found, sv)


def test_every_other_locale_has_a_pointer_for_an_untranslated_text():
    assert set(_OTHER) <= set(table()[1]), table()[1]


def test_swedish_is_quoted_a_translation_shown_and_an_untranslated_text_pointed_to():
    text = "Yrket kräver utbildning på gymnasienivå eller motsvarande."
    assert requirement_in("sv", text) == {"sv_text": text}
    assert "gymnasiet" in requirement_in("so", text) and "Yrket" not in requirement_in("so", text)
    odd = "Behörighet som Lättmatros och Matros kan sökas endast mot bakgrund av sjötjänstgöring."
    assert requirement_in("ar", odd) == table()[1]["ar"]


def test_the_translated_texts_are_arbetsformedlingens_and_the_most_frequent(data_dir):
    source = data_dir / "occupation_info" / "educational_requirements.json"
    texts = [" ".join(t.split()) for t in json.loads(source.read_text(encoding="utf-8")).values()]
    assert set(table()[0]) <= set(texts)  # a translation of a text that is not in the data helps nobody
    covered = sum(t in table()[0] for t in texts)
    assert covered >= 0.8 * len(texts), covered
