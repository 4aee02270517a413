"""A YH programme trains for an occupation's trade, not for a word of its qualifier (retrieval/education_trade.py)."""
from __future__ import annotations

import pytest

from retrieval.education_trade import trade_and_qualifier, trains_for


@pytest.mark.parametrize(("title", "similarity", "label"), [
    ("Miljö- och drifttekniker, vatten och avlopp", 0.874, "Lantbrukare, blandad drift"),  # rater16 conv5
    ("Projektinköpare/ Entreprenadingenjör inom bygg och anläggning", 0.88, "Bygg- och anläggningsförare"),  # conv2
    ("Fastighetsförvaltare", 0.903, "Fastighetstekniker/Drifttekniker, fastighet"),
    ("Produktionstekniker", 0.886, "Civilingenjör, produktion, elektronik"),
])
def test_a_programme_sharing_only_the_qualifier_is_not_for_the_trade(title, similarity, label):
    assert not trains_for(title, similarity, label)


@pytest.mark.parametrize(("title", "similarity", "label"), [
    ("Undersköterska - distans", 0.85, "Undersköterska, vård- och specialavdelning"),
    ("Järnvägsingenjör", 0.908, "Civilingenjör, järnväg"),  # the qualifier, and the same kind of work (-ingenjör)
    ("Elkraftsingenjör", 0.911, "Utvecklingsingenjör, elkraft"),
    ("Beredare elkraft", 0.85, "Beredare, elkraft"),
    ("Traktorförare med maskinteknik", 0.85, "Maskinförare, lantbruk/Traktorförare, lantbruk"),
    ("Vad som helst", 0.93, "Lantbrukare, blandad drift"),  # very close in meaning: THE rule's strong match stands
])
def test_a_programme_of_the_trade_still_fits(title, similarity, label):
    assert trains_for(title, similarity, label)


def test_the_trade_is_before_the_comma_and_without_a_truncated_compound():
    assert trade_and_qualifier("Bygg- och anläggningsförare")[1].split() == ["Bygg"]
    trade, qualifier = trade_and_qualifier("Maskinförare, lantbruk/Traktorförare, lantbruk")
    assert "Maskinförare" in trade and "Traktorförare" in trade and "lantbruk" in qualifier
