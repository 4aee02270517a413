"""Bad knees and worn shoulders honoured in suggestions, education and follow-ups (rater11, 1.8/5: conv3 and conv5).

The counsellor's findings: a carpenter with bad knees was offered Hästskötare and Växtskötare (kneeling work), his
knees were recorded as "heavy lifting", "forest work with a chainsaw?" got no word about his knees and "other jobs
with wood?" no alternative; a nurse with worn-out shoulders was offered a massage programme. Now, in all 8 languages:

- bad knees are their own limitation (``knees``: kneeling, squatting, climbing, rough ground, besides standing), and
  "lighter work because of my knees" adds no lifting limit; worn shoulders are one too (``shoulders``);
- suggestions leave out what the occupation's cited data says the knees rule out (planting, clearing forest, tending
  horses, laying floors, building sites: retrieval/body_demands.py) and say so;
- an occupation asked about that the knees rule out is warned of, citing the occupation's data;
- "other jobs with wood, easier on the knees?" gets other wood-working occupations that fit;
- a massage programme is never among the courses for someone with worn shoulders.
Through the real app over the shared test store; the sentences live in phrases/dialogue_limits11.yaml.
"""
from __future__ import annotations

import pytest

from assistant.locales import lookup
from tests.dialogue_support import ALL, constraints, education_titles, groups, said_all

KNEES, EASIER, FOREST, OTHER_WOOD, SHOULDERS, SECRETARY = said_all(
    "limits11_knees_carpenter", "limits11_easier_for_knees", "limits11_forest_chainsaw", "limits11_other_wood_jobs",
    "limits11_worn_shoulders", "limits11_medical_secretary_courses")
#: SSYK groups whose work the data says is hard on the knees: building-site trades (711), floor layers (7122), tenders
#: of livestock and horses (6121), forest workers (6210), planters and berry pickers (9210).
KNEE_WORK = ("711", "7122", "6121", "6210", "9210")
#: Joiners, cabinet makers and woodworking machine operators (SSYK 752): wood work done at a bench or a machine.
WOOD_BENCH = "752"
#: Massage therapists (5143) and hairdressers (5141): work done with the arms and shoulders.
ARM_WORK = ("5143", "5141")


def _limits(body: dict) -> list[str]:
    return [c["value"] for c in constraints(body, "limitation")]


def _knee_work(body: dict) -> list[str]:
    return [o["label"] for o in body["occupations"] if (o.get("ssyk_code") or "").startswith(KNEE_WORK)]


def _names_knees(locale: str, body: dict) -> bool:
    return str(lookup(locale, "limitation.knees")) in body["answer"]


@pytest.mark.parametrize("locale", ALL)
def test_bad_knees_are_their_own_limit_and_kneeling_work_is_left_out(person, locale):
    body = person.say(KNEES[locale])
    assert "knees" in _limits(body), (locale, body["profile"]["constraints"])
    assert body["occupations"] and not _knee_work(body), (locale, body["occupations"])
    assert _names_knees(locale, body), (locale, body["answer"])
    body = person.say(EASIER[locale])
    # lighter work asked for the knees is no lifting limit (the knees were recorded as "heavy lifting")
    assert "knees" in _limits(body) and "lifting" not in _limits(body), (locale, body["profile"]["constraints"])
    assert not _knee_work(body), (locale, body["occupations"])


@pytest.mark.parametrize("locale", ALL)
def test_forest_work_asked_about_is_warned_of_with_its_source(person, locale):
    body = person.say(KNEES[locale], FOREST[locale])
    forest = [o for o in body["occupations"] if (o.get("ssyk_code") or "").startswith("6210")]
    assert forest, (locale, body["occupations"], body["answer"])
    cited = {c["id"] for c in body["citations"]}
    assert f"jobtech:occupation-name:{forest[0]['id']}" in cited, (locale, cited)
    assert _names_knees(locale, body), (locale, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_other_wood_jobs_easier_on_the_knees_are_bench_and_machine_woodwork(person, locale):
    first = person.say(KNEES[locale])
    body = person.say(OTHER_WOOD[locale])
    shown = groups(body)
    assert shown and not _knee_work(body), (locale, body["occupations"])
    assert sum(g.startswith(WOOD_BENCH) for g in shown) >= 2, (locale, body["occupations"])
    assert not {o["id"] for o in body["occupations"]} & {o["id"] for o in first["occupations"]}, (locale, body["occupations"])


@pytest.mark.parametrize("locale", ALL)
def test_worn_shoulders_get_no_arm_work_and_no_massage_programme(person, locale):
    body = person.say(SHOULDERS[locale])
    assert "shoulders" in _limits(body), (locale, body["profile"]["constraints"])
    assert not [g for g in groups(body) if g.startswith(ARM_WORK)], (locale, body["occupations"])
    body = person.say(SECRETARY[locale])
    assert "shoulders" in _limits(body), (locale, body["profile"]["constraints"])
    assert not [t for t in education_titles(body) if "massage" in t.casefold()], (locale, education_titles(body))
