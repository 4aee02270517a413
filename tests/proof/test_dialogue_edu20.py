"""A named education programme is the subject of the question (rater18 conv3 probe, conv5 Q1/Q4; issue 10).

The counsellor's findings: "what is needed to get into El- och energiprogrammet? I have E in maths" was answered with
the licence route of an occupation whose words resembled it (Make-up artist, Biomedicinsk analytiker); "El or
Teknik?" was asked back who the person is. Now, in all 8 languages:

- a programme named (the national programmes' names and the common university programmes, read by
  assistant/programme_names.yaml before any occupation) with "what is needed to get in" is answered with the grades
  it needs (gy_behorighet, and how the merit rating counts), cited, and a grade told beside it is said to meet the
  requirement or not; no occupation outside those the programme leads to is shown;
- a university programme's entry answer gives basic eligibility (UHR) and, where the curated page states it, the
  programme's specific eligibility (the nursing programme: Matematik 2, Naturkunskap 2, Samhällskunskap 1b);
- two programmes named against each other are answered side by side, both cited; a programme named in a question
  that asks nothing else ("what is the health and social care programme?") is described from its route.
Through the real app over the shared test store; the sentences live in phrases/dialogue_edu20.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, groups, route_ids, said_all, wording_start

EL_ENTRY, EL_OR_TE, NURSING, CARE_WHAT = said_all("edu20_el_entry_e_maths", "edu20_el_or_teknik", "edu20_nursing_entry",
                                                  "edu20_vard_omsorg_what")
#: What El- och energiprogrammet leads to (ingest/data/education_routes.yaml: ssyk + further).
EL_CODES = ("741", "7420", "8191", "3511", "3512", "3514", "3113", "2143")


@pytest.mark.parametrize("locale", ALL)
def test_a_gymnasium_programme_entry_then_two_programmes_side_by_side(person, locale):
    body = person.say(EL_ENTRY[locale])
    assert body["action"] == "rights", (locale, body["action"], body["answer"])
    assert "route:gy_behorighet" in route_ids(body), (locale, route_ids(body), body["answer"])
    assert not [g for g in groups(body) if not g.startswith(EL_CODES)], (locale, body["occupations"])
    assert wording_start(locale, "entry.grades_vocational", 40) in body["answer"], (locale, body["answer"])
    assert wording_start(locale, "entry.grade_pass", 12) in body["answer"], (locale, body["answer"])
    body = person.say(EL_OR_TE[locale])
    ids = route_ids(body)
    assert "route:gy_el_energi" in ids and "route:gy_teknik" in ids, (locale, ids, body["answer"])
    assert body["action"] == "courses", (locale, body["action"], body["answer"])
    assert wording_start(locale, "entry.compare_intro", 30) in body["answer"], (locale, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_a_programme_described_then_a_university_programme_entry_gives_basic_and_specific_eligibility(person, locale):
    body = person.say(CARE_WHAT[locale])
    assert body["action"] == "courses", (locale, body["action"], body["answer"])
    assert "route:gy_vard_omsorg" in route_ids(body), (locale, route_ids(body), body["answer"])
    assert not body["occupations"], (locale, body["occupations"])
    body = person.say(NURSING[locale])
    assert body["action"] == "courses", (locale, body["action"], body["answer"])
    ids = route_ids(body)
    assert "route:hogskola_behorighet" in ids and "route:sjukskoterskeprogrammet" in ids, (locale, ids, body["answer"])
    assert wording_start(locale, "entry.university_special", 12) in body["answer"], (locale, body["answer"])
    assert not [g for g in groups(body) if not g.startswith("2221")], (locale, body["occupations"])
