"""Questions about rights, money and support, answered from the pages of the authority that decides (rater 8).

"Can I get CSN for Komvux?", "with temporary protection I can't do SFI?", "can I be paid to care for my mother?",
"I am on part-time sick leave, can Arbetsförmedlingen help me?": the counsellor's finding was "CSN decides",
salary statistics, a Komvux validation route, or no answer at all. Each topic is answered from curated route
documents (``ingest/data/education_routes.yaml``: CSN's studiemedel and omställningsstudiestöd, Skolverket on SFI with
temporary protection, Försäkringskassan on personal assistance and the employer's rehabilitation, the carers' centre
on employment in home care, Arbetsförmedlingen's wage subsidy), each sentence cited, each naming who decides; a yes,
no or "possibly" comes first where the pages give one. Only what the pages say: no amounts.

The topic is read from the question part of the message (:func:`assistant.focus.question_part`), as the other
out-of-scope topics are (:mod:`assistant.scope`); sick leave may be told beside the question ("I am on sick leave.
Can Arbetsförmedlingen help me?").
"""
from __future__ import annotations

from assistant.evidence import sv_title
from assistant.focus import question_part
from assistant.intents import has
from assistant.residence import temporary_protection
from assistant.routes import evidence_of, route_gloss, routes
from assistant.state import TurnState
from vagledning.domain.runtime import Runtime

OMSTALLNING = "omstallningsstudiestod"
#: Topic -> (the sentence that answers first, or None; the route keys whose pages answer it, in order).
TOPICS: dict[str, tuple[str | None, tuple[str, ...]]] = {
    "csn": (None, ("studiemedel", OMSTALLNING)),
    "sfi_protection": (None, ("sfi_tillfalligt_skydd",)),
    "care": ("rights.care_lead", ("personlig_assistans", "anhoriganstallning")),
    "rehab": ("rights.rehab_lead", ("rehab_arbetsgivare", "af_lonebidrag", OMSTALLNING)),
}
#: Topics that are the whole question: what the same words were misread as (salary statistics for "paid to care",
#: courses for "can they pay a course?") gives way to them.
WHOLE_QUESTION = ("sfi_protection", "care", "rehab")


def rights_topics(state: TurnState) -> list[str]:
    """The rights topics the message asks about, in the order of :data:`TOPICS`."""
    text = state.text
    asked = question_part(text)
    found = []
    if has("scope_csn", asked) or has("rights_csn", asked):
        found.append("csn")
    if has("scope_sfi", asked) and temporary_protection(state):
        found.append("sfi_protection")
    if has("rights_care_person", asked) and has("rights_care_tend", asked) and has("rights_care_paid", asked):
        found.append("care")
    if has("rights_sick", text) and has("rights_help", asked):
        found.append("rehab")
    return found


def plan_rights(state: TurnState, rt: Runtime, topic: str) -> bool:
    """Say what the pages of ``topic`` say, each sentence cited; False when the store has none of them."""
    lead, keys = TOPICS[topic]
    table = routes(rt)
    found = [table[k] for k in keys if k in table]
    if not found:
        return False
    if lead:
        state.say(lead)
    for route in found:
        ev = state.add_evidence(evidence_of(route))
        title = sv_title(ev.title, route_gloss(ev))
        key = "route.study_support" if route.key == OMSTALLNING else f"rights.{route.key}"
        state.say(key, ev.doc_id, title=title)
    return True
