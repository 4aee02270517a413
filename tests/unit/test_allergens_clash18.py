"""The allergen told beside an allergy is kept (assistant/interpretation/allergens.py) and becomes the demand code the
suggestions are filtered by (retrieval/constraints.limitations; clash18, rater31 c01)."""
from __future__ import annotations

import pytest

from assistant.interpretation.allergens import allergens, read_allergens, refusal_allergens
from assistant.interpretation.constraints import fold
from retrieval.constraints import limitations
from vagledning.domain.profile import Constraint, Profile, Span


def _allergy(text: str, cue: str) -> Profile:
    at = text.index(cue)
    return Profile(constraints=[Constraint(kind="limitation", value="allergy", label=cue,
                                           span=Span.of(text, at, at + len(cue), 0), confidence=0.8)])


@pytest.mark.parametrize(("text", "cue", "want"), [
    ("Jag är allergisk mot katter och hundar, vad kan jag jobba med?", "allergisk", ["animals"]),
    ("i got a latex allergy at the hospital", "allergy", ["latex"]),
    ("عندي حساسية من غبار الطحين", "حساسية", ["flour"]),
    ("Xasaasiyad ayaan ka qabaa kiimikooyinka nadaafadda", "Xasaasiyad", ["chemicals"]),
    ("У мене алергія на пилок і квіти", "алергія", ["pollen"]),
    ("به گرد و خاک حساسیت دارم", "حساسیت", ["dust"]),
])
def test_the_allergen_in_the_sentence_of_an_allergy_is_kept(text, cue, want):
    p = _allergy(text, cue)
    read_allergens(p, text, fold(text), 0, [(c.span.start, c.span.end) for c in p.constraints])
    assert allergens(p) == want
    assert limitations(p) == [f"allergen:{a}" for a in want]


def test_plants_liked_in_another_sentence_are_no_allergen():
    text = "Jag är allergisk mot katter. Jag gillar växter och att vara ute."
    p = _allergy(text, "allergisk")
    read_allergens(p, text, fold(text), 0, [(c.span.start, c.span.end) for c in p.constraints])
    assert allergens(p) == ["animals"]


def test_a_refusals_reason_names_the_allergen_once_an_allergy_is_known():
    p = _allergy("jag har allergi", "allergi")
    text = "inte i köket heller, det är mjöl överallt"
    refused = Profile(constraints=[Constraint(kind="avoid", value="köket", label="köket",
                                              span=Span.of(text, 8, 13, 1), confidence=0.8)])
    refusal_allergens(p, refused, text, 1)
    assert allergens(p) == ["flour"] and limitations(p) == ["allergen:flour"]
    refusal_allergens(p, Profile(), "mjöl igen", 2)  # (no refusal: nothing read)
    assert allergens(p) == ["flour"]
