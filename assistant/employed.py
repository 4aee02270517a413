"""A job the person has now decides which study money is theirs (facts15, rater28 class 5).

rater28 en c06: an IT support worker who said he would keep his job asked whether the training is free and heard of
aktivitetsstöd (for participants in Arbetsförmedlingen's programmes) and studiestartsstöd ("if you are … unemployed and
registered with Arbetsförmedlingen"), while omställningsstudiestöd, named a turn before and his, was not said again.
A counsellor starts from the situation told anywhere in the conversation: someone employed hears of CSN's transition
support and study leave first, and of no support that is only for the unemployed.

The situation is read from every message of the person, the latest telling winning ("I work as …", "I keep my job",
then "I was laid off"): cue groups ``has_job`` and ``no_job_now`` of ``assistant/locales/route_facts.yaml``, and the
``laid_off`` intent cues.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

from assistant.intent_cues import has
from assistant.residence import western
from assistant.state import TurnState
from vagledning.yaml_data import load_yaml

_FACTS = Path(__file__).resolve().parent / "locales" / "route_facts.yaml"
_HOURLY = Path(__file__).resolve().parent / "interpretation" / "hourly_job.yaml"
#: Support only for the unemployed or for those in Arbetsförmedlingen's programmes (registered jobseekers).
UNEMPLOYED_ONLY = ("studiestartsstod", "af_program_ersattning", "arbetsmarknadsutbildning")
#: What an employed person hears first about money to study: CSN's transition support, then study leave by law.
EMPLOYED_FIRST = ("omstallningsstudiestod", "studieledighet")
#: The rights topics whose support an employed person's situation reorders.
TOPICS = ("cost", "csn", "study_work")


@functools.cache
def _cues(group: str) -> re.Pattern[str]:
    doc = load_yaml(_FACTS.read_text(encoding="utf-8")) or {}
    return re.compile("|".join(f"(?:{p})" for ps in (doc.get(group) or {}).values() for p in ps))


def has_job_now(state: TurnState) -> bool:
    """The person said they have a job now or keep it while studying, and said nothing later of losing it or of
    having none."""
    employed = False
    for m in state.request.messages:
        if m.role != "user" or not m.content:
            continue
        text = " ".join(western(m.content).casefold().split())
        if _cues("no_job_now").search(text) or has("laid_off", text):
            employed = False
        elif _cues("has_job").search(text):
            employed = True
    return employed


def for_employed(state: TurnState, topic: str, keys: tuple[str, ...]) -> tuple[str, ...]:
    """The route keys of ``topic`` for this person: for someone employed, transition support and study leave first and
    no support only for the unemployed; otherwise ``keys`` as they are."""
    if topic not in TOPICS or not has_job_now(state):
        return keys
    rest = tuple(k for k in keys if k not in EMPLOYED_FIRST and k not in UNEMPLOYED_ONLY)
    if topic == "csn" and csn_named_alone(state):
        # "Can I get CSN?" asks CSN: its own answer first, then transition support, then study leave (no money: the
        # way to keep the job while studying), never to an hourly worker, who has no such employment (boiler31,
        # rater38 class 7: new03 T4 and new01 T3 heard the leave law before the answer about CSN)
        leave = () if hourly_job(state) else ("studieledighet",)
        return rest + tuple(k for k in EMPLOYED_FIRST if k in keys and k not in rest) + leave
    return EMPLOYED_FIRST + rest


@functools.cache
def _hourly() -> tuple[re.Pattern[str], ...]:
    doc = load_yaml(_HOURLY.read_text(encoding="utf-8")) or {}
    return tuple(re.compile(p) for ps in (doc.get("hourly") or {}).values() for p in ps)


def hourly_job(state: TurnState) -> bool:
    """A message of the person tells their job as hourly work (interpretation/hourly_job.yaml, 8 languages)."""
    return any(p.search(" ".join(western(m.content).casefold().split())) for m in state.request.messages
               if m.role == "user" and m.content for p in _hourly())


def csn_named_alone(state: TurnState) -> bool:
    """The message names CSN's money and asks nothing of studying beside a job or of leave from it."""
    text = " ".join(western(state.text).casefold().split())
    return has("scope_csn", text) and not has("study_work_ask", text)
