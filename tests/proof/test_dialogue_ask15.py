"""A learner's question is a question for work, an answer never stops at its lead-in, and two occupations named are
both answered (rater15, ask15).

The counsellor's findings: "my license is not valid yet, what i can do meanwhile" (an embedded question, without
inversion, as learners write) was read as a yes/no licence question, and the answer was one line, "… what the rules
allow without your own licence is below; Elsäkerhetsverket decides.", with nothing below it: the steps had been said
before and were left out. "Taxi or bus?" and "undersköterska eller barnskötare, vilket är bäst för mig?" were
answered about the first occupation only. Now, in all 8 languages:

- a yes/no question asked again in other words is answered with what the sources say, never with a lead-in alone
  (a sentence ending in ":" or pointing "below" with no block after it);
- "what i can do meanwhile", "vad jag kan jobba med under tiden", "waxa aan qaban karo inta aan sugayo" … ask for work
  reachable now (SSYK major groups 4-9: assistant/alternatives.py), a list, never a licence verdict;
- a question that names two occupations is answered about both.
Through the real app over the shared test store; the sentences live in phrases/dialogue_ask15.yaml.
"""
from __future__ import annotations

import re

import pytest

from assistant.locales import flat, text
from tests.dialogue_support import ALL, LIST_ACTIONS, Person, groups, said_all

(STORY, CAN_NOW, CAN_AGAIN, MEANWHILE, DRIVER, TAXI_OR_BUS, WHICH_BEST) = said_all(
    "ask15_electrician_story", "ask15_can_work_now", "ask15_can_work_again", "ask15_what_i_can_do_meanwhile",
    "ask15_driver_story", "ask15_taxi_or_bus", "ask15_which_is_best")
#: SSYK 2012 major groups of work reachable now (assistant/alternatives.py, SCB's skill levels).
REACHABLE_NOW = tuple("456789")
TAXI, BUS = "8321", "8331"
ASSISTANT_NURSE, CHILDCARE = "532", "5311"
_MARKERS = re.compile(r"\s*\[\d+\]")


def _pattern(template: str) -> re.Pattern[str]:
    """A template as a pattern of the sentence it renders (each parameter any text)."""
    return re.compile(".+?".join(re.escape(" ".join(p.split())) for p in re.split(r"\{[^}]*\}", template)))


def _lead_in_patterns(locale: str) -> list[re.Pattern[str]]:
    """The sentences of ``locale`` that lead in to a block: their English wording ends in ":" or points below."""
    keys = [k for k, v in flat("en").items() if v.strip().endswith(":") or "below" in v]
    assert "licence_exam.found" in keys
    return [_pattern(text(locale, k)) for k in keys]


def _dangles(locale: str, answer: str) -> bool:
    """The answer ends with a lead-in whose block is empty (a follow-up remark after it is no block)."""
    plain = _MARKERS.sub("", answer)
    for key in ("followup.beyond_sources", "followup.nothing_more"):
        plain = plain.replace(text(locale, key), "")
    plain = plain.strip()
    last = plain.splitlines()[-1].strip() if plain else ""
    if not plain or re.search(r"[:：]$", plain):
        return True
    return any(p.search(last) and p.search(last).end() >= len(last) - 1 for p in _lead_in_patterns(locale))


def _verdicts(locale: str) -> list[str]:
    """The opening words of every yes/no licence verdict of ``locale``."""
    return [re.split(r"[{–—;,]", v)[0].strip() for k, v in flat(locale).items()
            if k.startswith("yesno.") and isinstance(v, str)]


@pytest.mark.parametrize("locale", ALL)
def test_a_question_asked_again_never_gets_a_bare_lead_in_and_meanwhile_asks_for_work(person, locale):
    person.say(STORY[locale])
    body = person.say(CAN_NOW[locale])
    assert body["action"] == "licence", (locale, body["action"], body["answer"])
    assert not _dangles(locale, body["answer"]), (locale, body["answer"])
    body = person.say(CAN_AGAIN[locale])
    assert not _dangles(locale, body["answer"]), (locale, body["action"], body["answer"])
    body = person.say(MEANWHILE[locale])
    assert body["action"] in LIST_ACTIONS and body["occupations"], (locale, body["action"], body["answer"])
    far = [(o["label"], o.get("ssyk_code")) for o in body["occupations"]
           if not (o.get("ssyk_code") or "").startswith(REACHABLE_NOW)]
    assert not far, (locale, far)
    said = [v for v in _verdicts(locale) if len(v) > 6 and v in body["answer"]]
    assert not said, (locale, said, body["answer"])
    assert not _dangles(locale, body["answer"]), (locale, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_two_occupations_named_are_both_answered(person, client, locale):
    person.tell(DRIVER[locale])
    person.press("licence")
    body = person.say(TAXI_OR_BUS[locale])
    shown = groups(body)
    assert body["action"] == "licence", (locale, body["action"], body["answer"])
    assert TAXI in shown and BUS in shown, (locale, body["occupations"], body["answer"])
    other = Person(client, locale)
    body = other.say(WHICH_BEST[locale])
    shown = groups(body)
    assert any(g.startswith(ASSISTANT_NURSE) for g in shown) and CHILDCARE in shown, (locale, body["action"], body["occupations"],
                                                             body["answer"])
