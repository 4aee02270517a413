"""English as a working language, work told only by its place, and no paragraph said twice (lang20; rater18 conv2
T5-T7, read19, issue 10 point 2).

- "What work can I do in English meanwhile?" (in 8 languages): the working language is kept in the profile
  (``Constraint(kind="other", value="work_language:en")``); the answer says plainly that most jobs in Sweden ask for
  Swedish and where English is used, cites job ads of the sources written in English (the person's län has none:
  it says so and names ads from elsewhere; none of her field: it says so, filler24), and the way to the Swedish of
  the trade; never the bare "no more occupations". Across the 4 turns of the conversation no paragraph of 80
  characters or more comes back word for word.
- "I worked at a children's hospital" (a workplace, no role): a short question naming typical roles there, the
  workplace kept; no licensed occupation guessed. "I was a nurse at a children's hospital" stays a nurse.
Through the real app over the shared test store; the sentences live in phrases/dialogue_lang20.yaml.
"""
from __future__ import annotations

import re

import pytest

from tests.dialogue_support import ALL, cited, groups, said_all, wording_start, work_done

STORY, IN_ENGLISH, MORE, FIRM, HOSPITAL, NURSE = said_all(
    "lang20_accountant_english", "lang20_work_in_english", "lang20_more", "lang20_english_firm",
    "lang20_childrens_hospital", "lang20_nurse_childrens_hospital")
WORK_LANGUAGE = "work_language:en"
LONG = 80


def _paragraphs(answer: str) -> list[str]:
    return [p for line in answer.split("\n") if len(p := " ".join(re.sub(r"\[\d+\]", "", line).split())) >= LONG]


def _work_language(body: dict) -> list[str]:
    return [c["value"] for c in body["profile"]["constraints"] if c["value"].startswith("work_language:")]


@pytest.mark.parametrize("locale", ALL)
def test_work_in_english_is_answered_and_nothing_is_said_twice(person, locale):
    bodies = [person.say(STORY[locale]), person.say(IN_ENGLISH[locale])]
    body = bodies[-1]
    assert _work_language(body) == [WORK_LANGUAGE], (locale, body["profile"]["constraints"])
    assert wording_start(locale, "work_language.honest", 30) in body["answer"], (locale, body["answer"])
    ads = cited(body, "ad")
    # (filler24: ads of other work are no evidence for an accountant's – her field's ads, or plainly that there is none)
    field_none = wording_start(locale, "work_language.field_none", 20)
    assert ads or field_none in body["answer"], (locale, body["answer"])
    assert not ads or wording_start(locale, "work_language.none_here", 25) in body["answer"], (locale, body["answer"])
    assert any(c["kind"] == "education_route" for c in body["citations"]), (locale, body["citations"])
    bodies += [person.say(MORE[locale]), person.say(FIRM[locale])]
    assert _work_language(bodies[-1]) == [WORK_LANGUAGE], (locale, bodies[-1]["profile"]["constraints"])
    assert bodies[-1]["action"] != "nothing_more", (locale, bodies[-1]["answer"])
    seen: dict[str, int] = {}
    for turn, b in enumerate(bodies):
        for p in _paragraphs(b["answer"]):
            assert seen.get(p, turn) == turn, (locale, turn, seen[p], p)
            seen.setdefault(p, turn)


@pytest.mark.parametrize("locale", ALL)
def test_work_told_by_its_place_asks_the_role(person, locale):
    body = person.say(HOSPITAL[locale])
    assert wording_start(locale, "workplace.which_role", 20) in body["answer"], (locale, body["answer"])
    assert not body["occupations"], (locale, body["occupations"], body["answer"])
    assert not work_done(body), (locale, body["profile"]["experiences"])
    assert any(c["value"].startswith("workplace:") for c in body["profile"]["constraints"]), (locale, body["profile"])
    nurse = person.__class__(person.client, locale).say(NURSE[locale])
    assert wording_start(locale, "workplace.which_role", 20) not in nurse["answer"], (locale, nurse["answer"])
    assert any(g.startswith("222") for g in groups(nurse)), (locale, nurse["occupations"], nurse["answer"])
