"""A pupil asking which gymnasium programme to choose hears of gymnasium programmes (issue 10, found by the
independent counsellor: "jag är 15" was no age without "år", and "vill inte plugga på universitet" was read as
"no education now", so the answer was one post-secondary programme far away)."""
from __future__ import annotations

import pytest

from tests.dialogue_support import constraints, route_ids, said

PUPIL = said("pupil_computers_programme")


@pytest.mark.parametrize("locale", list(PUPIL))
def test_a_pupil_who_wants_no_university_still_hears_of_gymnasium_programmes(person, locale):
    body = person.say(PUPIL[locale])
    assert constraints(body, "age"), body["profile"]["constraints"]
    assert not constraints(body, "no_study"), body["profile"]["constraints"]
    assert body["action"] == "courses", body["answer"]
    assert any(r.startswith("route:gy_") for r in route_ids(body)), body["citations"]
