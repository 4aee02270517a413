"""A right asked beside a course question, and a support told before the question about it (rater23 uk T6).

- "Is there a course in work Swedish in Umeå? Am I entitled to SFI?" after telling of temporary protection: both are
  answered, the course first, then the right to SFI, cited (the right asked is no second course question:
  assistant/asked_parts.py; the Somali relative «oo» – "courses *that* are …" – opens no question of its own).
- "I get the a-kassa. What happens if I start a course?": the question names no support, the sentence before it does;
  "what happens if …" asks about what was told (assistant/rights.py ``asked_of``), so the a-kassa's rule on studies
  answers it, never the courses.
Through the real FastAPI app over the shared test store; the sentences live in phrases/dialogue_sfx8.yaml (the story is
qual6's accountant).
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, route_ids, said_all

ACCOUNTANT, COURSE_AND_RIGHT, AKASSA_TOLD = said_all(
    "qual6_accountant_story", "sfx8_work_swedish_and_sfi_right", "sfx8_akassa_told_before")
#: The curated page on the right to SFI with temporary protection (ingest/data/education_routes.yaml).
SFI_PROTECTION = "route:sfi_tillfalligt_skydd"
AKASSA, COUNSELLOR = "route:akassa_studier", "route:studie_och_yrkesvagledare"


@pytest.mark.parametrize("locale", ALL)
def test_the_course_question_is_answered_before_the_right_to_sfi(person, locale):
    person.tell(ACCOUNTANT[locale])
    body = person.say(COURSE_AND_RIGHT[locale])
    assert body["parts"] == ["courses", "rights"], (body["parts"], body["answer"])
    marks = {c["id"]: body["answer"].find(f"[{c['n']}]") for c in body["citations"]}
    assert SFI_PROTECTION in marks, (list(marks), body["answer"])
    assert [cid for cid, at in marks.items() if 0 <= at < marks[SFI_PROTECTION]], (marks, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_a_support_told_before_what_happens_if_i_study_is_what_it_asks_about(person, locale):
    body = person.say(AKASSA_TOLD[locale])
    ids = route_ids(body)
    assert body["action"] == "rights", (locale, body["action"], body["answer"])
    assert ids[:1] == [AKASSA] and COUNSELLOR not in ids, (locale, ids, body["answer"])
