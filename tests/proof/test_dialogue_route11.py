"""The route into a licensed health profession for someone trained abroad, and what to do meanwhile (rater 11, 1.8/5,
conv 1: a midwife from Herat in Norrköping).

The counsellor's findings: "what must I do for the legitimation, how long, is there an exam?" got only "my sources
state no length" (no steps, the exam not answered); "what can I do meanwhile, days only?" got nothing about it; "and
what does a midwife earn in Östergötland?" beside "can I be an undersköterska meanwhile?" got the assistant nurse's
salary. Now, for every licensed health profession with a curated route (nurse, midwife, physiotherapist, dentist,
doctor) and in all 8 languages:

- the licence question gets the route from Socialstyrelsen's curated steps, every step (the knowledge test, the
  course in Swedish law, praktisk tjänstgöring, the other routes), "yes, there is a test" first, and the steps' own
  times instead of "my sources do not say how long" (assistant/licence_exam.py);
- "meanwhile" gets work that needs no licence, what it leads towards and the study alongside, each cited
  (assistant/meanwhile_study.py);
- a salary question gets the salary of the occupation it names itself (assistant/parts.py).
Through the real app over the shared test store; the sentences live in phrases/dialogue_route11.yaml.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from assistant.licence_answer import step_in
from assistant.locales import lookup
from tests.dialogue_support import ALL, LIST_ACTIONS, constraints, route_ids, said_all

ABROAD, STEPS, MIDWIFE, MEANWHILE, SALARY = said_all(
    "route11_trained_abroad", "route11_steps_how_long_exam", "route11_midwife_scene", "route11_meanwhile_days",
    "route11_salary_named")
#: The licensed health professions the scenes name (the curated regulated professions' keys).
HEALTH = {"regulated:sjukskoterska", "regulated:barnmorska", "regulated:fysioterapeut", "regulated:tandlakare",
          "regulated:lakare"}
DATA = Path(__file__).resolve().parents[2] / "ingest" / "data" / "regulated_professions.yaml"


def _outside_eu_steps() -> list[str]:
    return yaml.safe_load(DATA.read_text(encoding="utf-8"))["routes"]["socialstyrelsen_outside_eu"]


def wording_piece(locale: str, key: str, length: int = 18) -> str:
    """The longest fixed piece of the locale's wording ``key`` between placeholders and sentence ends (cut to
    ``length``): what an answer using that wording contains whatever is filled in and cited."""
    pieces = re.split(r"\{[^}]*\}|[.!?؟።:;؛–()]", str(lookup(locale, key)))
    return max((p.strip(" :–-") for p in pieces), key=len)[:length]


def _step_start(locale: str, step: str) -> str:
    """The opening words of a curated step as the reader is shown it (translated, or quoted in Swedish)."""
    shown = step_in(locale, step)
    text = shown.get("sv_text", "") if isinstance(shown, dict) else str(shown)
    return re.split(r"[.:;؛።()]", text)[0][:20]


@pytest.mark.parametrize("locale", ALL)
def test_the_licence_question_gets_every_step_and_the_exam_first(person, locale):
    body = person.say(ABROAD[locale], STEPS[locale])
    assert body["action"] == "licence", (body["action"], body["answer"])
    cited = {c["id"] for c in body["citations"]}
    assert cited & HEALTH, (cited, body["answer"])
    answer = body["answer"]
    assert wording_piece(locale, "licence_exam.found") in answer[:400], answer  # "yes, there is a test", first
    steps = _outside_eu_steps()
    test, law, practice = (next(s for s in steps if w in s) for w in ("kunskapsprov", "författningar", "praktisk"))
    for step in (test, law, practice):
        assert _step_start(locale, step) in answer, (step, answer)
    assert wording_piece(locale, "duration.licence_steps") in answer, answer
    assert wording_piece(locale, "duration.licence") not in answer, answer  # never "my sources do not say how long"


@pytest.mark.parametrize("locale", ALL)
def test_meanwhile_is_work_without_licence_and_the_study_alongside(person, locale):
    body = person.say(MIDWIFE[locale], MEANWHILE[locale])
    assert body["action"] in LIST_ACTIONS, (body["action"], body["answer"])
    assert "daytime" in [c["value"] for c in constraints(body, "limitation")], body["profile"]["constraints"]
    codes = [(o.get("ssyk_code") or "") for o in body["occupations"]]
    assert body["occupations"] and "2222" not in codes, body["occupations"]  # not the midwife's own licensed work
    assert "route:komvux_sas" in route_ids(body), (route_ids(body), body["answer"])
    assert wording_piece(locale, "meanwhile.lead") in body["answer"], body["answer"]


@pytest.mark.parametrize("locale", ALL)
def test_the_salary_asked_is_of_the_occupation_named_in_the_question(person, locale):
    body = person.say(MIDWIFE[locale], SALARY[locale])
    salaries = [c["title"] for c in body["citations"] if c["id"].startswith("stats:salary:")]
    assert any("Barnmorsk" in t for t in salaries), (salaries, body["answer"])
    assert not any("Undersköterskor" in t for t in salaries), salaries
