"""What the person says about themselves is used as said: years stay with the job of their clause,
and someone already in SFI is not told to start SFI."""
from __future__ import annotations

import pytest

from tests.dialogue_support import groups, route_ids, said, said_all, wording_start

BUS_THEN_BAKERY, IN_SFI_B, COOK = said_all(
    "bus_years_then_bakery", "in_sfi_b_courses", "cook_newcomer")


@pytest.mark.parametrize("locale", list(BUS_THEN_BAKERY))
def test_years_stay_with_the_job_of_their_clause(person, locale):
    experiences = person.say(BUS_THEN_BAKERY[locale])["profile"]["experiences"]
    years = {e["ssyk_code"][:3]: e["years"] for e in experiences if e.get("ssyk_code")}
    assert years.get("833") == 15.0, [(e["occupation"]["label"], e["years"]) for e in experiences]  # the bus years
    assert "761" in years and years["761"] is None, [(e["occupation"]["label"], e["years"]) for e in experiences]  # bakers: no years said


@pytest.mark.parametrize("locale", list(IN_SFI_B))
def test_someone_in_sfi_is_not_told_to_start_sfi(person, locale):
    person.tell(COOK[locale])
    body = person.say(IN_SFI_B[locale])
    sv = [lang for lang in body["profile"]["languages"] if lang["code"] == "sv"]
    assert sv and sv[0]["level"], body["profile"]["languages"]   # Swedish, being learnt
    routes = route_ids(body)
    assert "route:sfi" not in routes, routes
    assert "route:komvux_sas" in routes, routes               # the next step after SFI


NEVER_WORKED = said("never_worked_home_care")


@pytest.mark.parametrize("locale", list(NEVER_WORKED))
def test_never_worked_is_no_work_done(person, locale):
    """No experience: no "like work you have done", no validation route, no refusal of "worked"."""
    body = person.say(NEVER_WORKED[locale])
    assert body["occupations"], body["answer"]
    assert not body["profile"]["experiences"], body["profile"]["experiences"]
    assert not [c for c in body["profile"]["constraints"] if c["kind"] == "avoid"], body["profile"]["constraints"]
    assert not [r for r in route_ids(body) if "valider" in r], route_ids(body)
    for reason in ("reasons.experience", "reasons.similar", "reasons.all_experience"):
        assert wording_start(locale, reason) not in body["answer"], body["answer"]


NO_NIGHTS = said("no_nights_family")


@pytest.mark.parametrize("locale", list(NO_NIGHTS))
def test_no_nights_said_in_passing_is_a_limitation(person, locale):
    """The time limitation, not a refusal of the words ("avoid: work at night because of the family")."""
    person.tell(BUS_THEN_BAKERY["en" if locale == "uk" else locale])
    body = person.say(NO_NIGHTS[locale])
    constraints = [(c["kind"], c["value"]) for c in body["profile"]["constraints"]]
    assert ("limitation", "night") in constraints, constraints
    assert not [c for c in constraints if c[0] == "avoid"], constraints
    assert "8331" in groups(body), body["answer"]   # bus driving stays: its sources demand no night work
