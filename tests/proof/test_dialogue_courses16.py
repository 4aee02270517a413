"""Only education under the courses heading, and "none here" said plainly (rater16, the uk accountant in Malmö).

The counsellor's finding: "what courses are there in Malmö?" was answered "I found no courses or programmes for this
in Skåne län", then, under "Courses and programmes I found", Yrkeshögskolan's general description and the residence
permit page of temporary protection. The data hold no course or Yrkeshögskola programme for accountants (SSYK 3313,
4111) in or near Skåne (the two programmes of 2024 are in Stockholm and Göteborg, in person), so "none here" is true;
what was wrong is what stood under the heading. Now, in all 8 languages:

- the heading of found courses stands only over courses, programmes and named programmes, never over support, rights,
  residence or a counsellor (those may follow as their own sentences), nor over a general description of a school form
  (Yrkeshögskolan, Komvux …) when no course of the place was found;
- with none found, the answer says so for Skåne län and names no general description as a found course.
Through the real app over the shared test store; the sentences live in phrases/dialogue_courses16.yaml.
"""
from __future__ import annotations

import re

import pytest

from assistant.locales import lookup
from ingest.sources.routes import DOC_PREFIX, load
from tests.dialogue_support import ALL, cited, said_all

(ACCOUNTANT,) = said_all("courses16_accountant_malmo")
#: Route kinds that are no course or programme: support, rights, residence, money, a counsellor, advice …
NOT_EDUCATION = {"support", "temporary_protection", "study_support", "business_advice", "own_business",
                 "introduction_newcomers", "counsellor", "foreign_education", "work_rule", "validation"}
#: General descriptions of a school form: no found course.
GENERAL = {"higher_vocational", "higher_education", "adult_education", "adult_vocational", "folk_high_school"}
KINDS = {f"{DOC_PREFIX}{r.key}": r.kind for r in load().routes}


def _headings(locale: str) -> list[str]:
    """The headings of found courses, as said for Skåne län (cut before any other placeholder)."""
    out = []
    for key in ("courses.intro", "courses.intro_place", "course_place.distance_heading"):
        heading = str(lookup(locale, key)).replace("{place}", "Skåne län").split("{")[0].strip()
        out.append(heading)
    return out


def _under_heading(answer: str, locale: str) -> list[int]:
    """The citation numbers of the bullets that follow a courses heading."""
    out: list[int] = []
    lines = answer.split("\n")
    for i, line in enumerate(lines):
        if not any(h and line.strip().startswith(h) for h in _headings(locale)):
            continue
        for bullet in lines[i + 1:]:
            if not bullet.lstrip().startswith(("-", "•", "*")):
                break
            out += [int(n) for n in re.findall(r"\[(\d+)\]", bullet)]
    return out


@pytest.mark.parametrize("locale", ALL)
def test_only_education_under_the_courses_heading_and_none_here_said(person, locale):
    story, question = ACCOUNTANT[locale]
    person.say(story)
    body = person.say(question)
    assert body["action"] == "courses", (locale, body["answer"])
    answer = body["answer"]
    by_n = {c["n"]: c for c in body["citations"]}
    found = cited(body, "course", "programme")
    for n in _under_heading(answer, locale):
        c = by_n[n]
        kind = KINDS.get(c["id"]) if c["kind"] == "education_route" else c["kind"]
        assert kind not in NOT_EDUCATION, (locale, c["title"], answer)
        assert found or kind not in GENERAL, (locale, c["title"], answer)
    if not found:  # nothing of the place: said so, with the county, and no heading of found courses
        none_here = str(lookup(locale, "courses.none_place")).split("{place}")[0].strip()
        assert none_here in answer and "Skåne" in answer, (locale, answer)
        assert not any(h and h in answer for h in _headings(locale)), (locale, answer)
    told = str(lookup(locale, "route.temporary_protection")).split("{title}")[-1].strip()[:30]
    assert answer.count(told) <= 1, (locale, answer)  # residence, when relevant, said once
