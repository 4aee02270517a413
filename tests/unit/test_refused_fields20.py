"""A refusal that names an area of work in words names its JobTech occupation fields, in every language (silent20:
"bort från vård och omsorg helt" left Stödpedagog and LSS work in; retrieval/refused_fields.py)."""
from __future__ import annotations

import pytest

from retrieval.refused_fields import named_fields

CARE = ["Hälso- och sjukvård", "Yrken med social inriktning"]


@pytest.mark.parametrize("words", [
    "bort från vård och omsorg helt", "inte jobba inom omsorgen mer", "no more health or social care",
    "out of care work completely", "بالرعاية والتمريض ابدا", "shaqo daryeel ah", "ካብ ስራሕ ክንክን",
    "کار مراقبت و پرستاری", "піти з медицини і догляду"])
def test_a_refused_care_area_names_health_and_social_fields(words):
    assert set(CARE) <= set(named_fields(words)), words


@pytest.mark.parametrize("words", ["i don't care", "a career in sales", "inte äldrevård kanske", "inget kök", "no kitchen"])
def test_other_words_name_no_area(words):
    assert named_fields(words) == [], words
