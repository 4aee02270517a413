"""The second question of a message is answered, not dropped (second29, rater36 class 6; issue 10).

The counsellor's finding, as a kind of failure: a message asks two things and the answer takes up one – "what kind of
office jobs then?" beside sick pay while studying (asked three times), "which companies hire civil engineers in
Sundsvall?" beside whether the years abroad count (asked twice), "are there jobs for testers in Gothenburg where
English is enough?" (the English part dropped twice), "can I work as a substitute in a preschool while I study?"
answered with the general right to work alone. Now, in all 8 languages, each gets its own answer:

- (c) "what kind of <office> jobs?" is a question for work of that kind (occupations shown, none of the care work
  left), beside the sick-pay card;
- (a) "which employers/companies hire X in <place>?" gets the ad evidence for that occupation and place: the
  employers the ads name, or plainly that the ads name none there, and where the current ads are (Platsbanken);
- (b) "… where English is enough?" gets the Swedish answer for the work beside its demand;
- (d) "can I work as a substitute (vikarie) in a preschool meanwhile?" gets the concrete entry: a child minder's work
  (Barnskötare shown), no licence needed, and the police's record extract every preschool asks for – beside the
  right to work, never it alone.

Through the real app over the shared test store; the sentences live in phrases/dialogue_second29.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, route_ids, said_all, wording_start

OFFICE_KIND, EMPLOYERS, ENGLISH, SUBSTITUTE = said_all(
    "second29_office_kind", "second29_employers", "second29_english", "second29_substitute")
#: The card on studying while on sick leave (curated, ingest/data/education_routes.yaml).
SICK_STUDY = "route:sjukpenning_studier"
#: Care work the person wants to leave: assistant nurses, care aides, personal assistants (SSYK 532x/533x).
CARE = ("532", "533")
#: The police's page on the record extract for work in preschool and school (the substitute's step).
POLICE_EXTRACT = "polisen.se/tjanster-tillstand/belastningsregistret/skola-eller-forskola"


@pytest.mark.parametrize("locale", ALL)
def test_what_kind_of_office_jobs_beside_sick_pay_both_answered(person, locale):
    body = person.say(OFFICE_KIND[locale])
    parts = body.get("parts") or []
    assert parts and parts[0] in ("suggest", "more") and "rights" in parts, (locale, parts, body["answer"][:800])
    occupations = body["occupations"]
    assert len(occupations) >= 2, (locale, occupations, body["answer"][:800])
    assert not any((o.get("ssyk_code") or "").startswith(CARE) for o in occupations), (locale, occupations)
    assert SICK_STUDY in route_ids(body), (locale, route_ids(body), body["answer"][:1200])


@pytest.mark.parametrize("locale", ALL)
def test_which_employers_hire_beside_the_years_both_answered(person, locale):
    body = person.say(EMPLOYERS[locale])
    answer = body["answer"]
    assert "route:erfarenhet_utland" in route_ids(body), (locale, route_ids(body), answer[:1200])
    said = [wording_start(locale, k, 24) for k in ("employers.named", "employers.none")]
    assert any(s and s in answer for s in said), (locale, said, answer[-1200:])
    assert "Byggnadsingenjör" in answer and "Platsbanken" in answer, (locale, answer[-1200:])


@pytest.mark.parametrize("locale", ALL)
def test_work_there_and_whether_english_is_enough_both_answered(person, locale):
    body = person.say(ENGLISH[locale])
    parts = body.get("parts") or []
    assert "demand" in parts and "swedish" in parts, (locale, parts, body["answer"][:800])
    assert any(o["label"] == "Mjukvarutestare" for o in body["occupations"]), (locale, body["occupations"])


@pytest.mark.parametrize("locale", ALL)
def test_substitute_in_a_preschool_gets_the_concrete_entry(person, locale):
    body = person.say(SUBSTITUTE[locale])
    answer = body["answer"]
    assert any(o["label"] == "Barnskötare" for o in body["occupations"]), (locale, body["occupations"], answer[:800])
    assert wording_start(locale, "substitute.entry", 24) in answer, (locale, answer[:1500])
    assert POLICE_EXTRACT in answer, (locale, answer[-1200:])
    # (never the right-to-work card alone: the child minder's work is cited beside it)
    assert any(c["kind"] == "occupation" and c["title"] == "Barnskötare" for c in body["citations"]), (
        locale, [c["id"] for c in body["citations"]])
