"""'I can't stand all day' is a standing limitation, like lifting (issue 10, the counsellor's findings).

The warehouse worker's "jag kan inte stå hela dagarna längre" was kept as a refusal of the words
"stå hela dagarna längre" (no limitation, nothing honoured). Through the real FastAPI app over the
shared test store; assertions on the profile's constraints.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import constraints, said

CANNOT_STAND = said("cannot_stand")


@pytest.mark.parametrize("locale", list(CANNOT_STAND))
def test_cannot_stand_all_day_is_a_standing_limitation(person, locale):
    body = person.say(CANNOT_STAND[locale])
    assert "standing" in [c["value"] for c in constraints(body, "limitation")], body["profile"]["constraints"]
    # not also kept as a refusal of the words
    assert not [c for c in constraints(body, "avoid") if "stå" in c["value"]], body["profile"]["constraints"]
