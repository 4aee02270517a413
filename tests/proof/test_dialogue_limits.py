"""'I can't stand all day' is a standing limitation, like lifting (issue 10, the counsellor's findings).

The warehouse worker's "jag kan inte stå hela dagarna längre" was kept as a refusal of the words
"stå hela dagarna längre" (no limitation, nothing honoured). Through the real FastAPI app over the
shared test store; assertions on the profile's constraints.
"""
from __future__ import annotations

import pytest

from tests.api_support import WidgetClient as Person

pytestmark = pytest.mark.slow

CANNOT_STAND = {
    "sv": "Jag har jobbat på lager i arton år men knäna krånglar och jag kan inte stå hela dagarna längre.",
    "sv-easy": "Jag jobbar på lager. Jag kan inte stå upp hela dagen.",
    "en": "I have worked in a warehouse for 18 years but my knees hurt and I can't stand all day anymore.",
    "uk": "Я працював на складі 18 років, але в мене болять коліна і я не можу довго стояти.",
}



@pytest.mark.parametrize("locale", list(CANNOT_STAND))
def test_cannot_stand_all_day_is_a_standing_limitation(client, locale):
    body = Person(client, locale).say(CANNOT_STAND[locale])
    constraints = body["profile"]["constraints"]
    assert ("limitation", "standing") in {(c["kind"], c["value"]) for c in constraints}, constraints
    # not also kept as a refusal of the words
    assert not [c for c in constraints if c["kind"] == "avoid" and "stå" in c["value"]], constraints
