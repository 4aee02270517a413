"""First suggestions that fit the person, and education that fits its occupation (rater13, 2.2/5: fault 6).

The counsellor's findings: a hairdresser of 25 years with hand eczema was offered «Dekorsnickare/Teatersnickare» (its
skills came from ESCO's *theatre* hairdresser, a specialisation the JobTech occupation is only loosely mapped to) and
«Bilförsäljare» (a speciality of shop sales) first; manual construction jobs (SSYK 7114, 8332, 9310) came with the YH
programme «Digitaliseringledare inom bygg och anläggning», which trains for leading, not for the work. Now, in all 8
languages:

- someone leaving a trade is offered work their own skills lead to: no skilled craft (SSYK major group 7) reached only
  through a specialisation's skills, and of an SSYK group the occupation that names it before its specialities
  (retrieval/change_paths.py);
- a YH programme whose title is a leader's or engineer's role is never attached to work of SSYK major groups 4–9 that
  does not carry that role (retrieval/education.py ``role_above``).
Through the real app over the shared test store; the sentences live in phrases/dialogue_fit13.yaml.
"""
from __future__ import annotations

import re

import pytest

from tests.dialogue_support import ALL, education_titles, groups, said_all

HAIRDRESSER, CONCRETE, LABOURER = said_all("fit13_hairdresser_leaves", "fit13_concrete_stays", "fit13_labourer_courses")
FRISOR = "5141"
#: Specialities of shop sales (SSYK 5223) a hairdresser has no reason to hear of before the general job.
SPECIALITIES = {"Jd8e_1UD_8Vo"}  # Bilförsäljare
#: A programme title that begins with a leader's or engineer's role.
ROLE_TITLE = re.compile(r"^\W*\w*(ledare|chef|ingenjör|samordnare|koordinator|strateg|projektör|konstruktör)\b", re.I)


@pytest.mark.parametrize("locale", ALL)
def test_a_hairdresser_leaving_the_trade_hears_of_work_her_skills_lead_to(person, locale):
    body = person.say(HAIRDRESSER[locale])
    shown = groups(body)
    assert shown, (locale, body["action"], body["answer"])
    crafts = [o["label"] for o in body["occupations"] if (o.get("ssyk_code") or "").startswith("7")]
    assert not crafts, (locale, crafts, body["answer"])
    assert not SPECIALITIES & {o["id"] for o in body["occupations"]}, (locale, body["occupations"])


def _role_programmes(body: dict) -> list[str]:
    """Programmes for a leader's or engineer's role cited while every occupation shown is manual or service work."""
    if any((o.get("ssyk_code") or "0")[:1] in "0123" for o in body["occupations"]):
        return []
    return [t for t in education_titles(body) if ROLE_TITLE.search(t)]


@pytest.mark.parametrize("locale", ALL)
def test_manual_construction_work_comes_without_a_programme_for_leading_it(person, locale):
    body = person.say(CONCRETE[locale])
    assert body["occupations"], (locale, body["action"], body["answer"])
    assert not _role_programmes(body), (locale, _role_programmes(body), groups(body), body["answer"])
    body = person.say(LABOURER[locale])
    assert not _role_programmes(body), (locale, _role_programmes(body), groups(body), body["answer"])
