"""Starting one's own business asked as a question ("how do I start a company? what permit to sell food from a van?"),
answered from the curated business routes (rater11 conv2: "food truck" became truck-driver suggestions, and three
questions about a company got no answer).

:mod:`assistant.rights` answers the topic ``business`` from the routes in :data:`ROUTES`: verksamt.se (Bolagsverket,
Skatteverket and Tillväxtverket: registering the company and F-skatt), Arbetsförmedlingen's start-up support (it
decides), Nyföretagarcentrum's free advice; for a business that sells food, the registration of a food business with
the control authority, usually the kommun (Livsmedelsverket); for selling on a street or square, Polisen's permit to
use public space. This module says which of them the conversation asks for; own10's :mod:`assistant.own_business`
offers the same routes beside a trade with few ads.
"""
from __future__ import annotations

from assistant.intent_cues import has
from assistant.state import TurnState

#: The routes of the topic, in the order said (ingest/data/education_routes.yaml).
ROUTES = ("verksamt", "starta_eget", "nyforetagarcentrum", "livsmedel_registrering", "offentlig_plats")
#: Route -> the cue group the conversation must name for it (the routes without one are always said).
_ONLY_IF = {"livsmedel_registrering": "business_food", "offentlig_plats": "business_street"}


def asks_business(question: str, text: str = "") -> bool:
    """The question part asks how to start one's own business, or asks "how?" beside a told wish to start one ("I
    want my own company selling food. How do I do it?")."""
    # "I had my own salon. What do I need to work as a hairdresser here?": the how-question asks the way into work
    # (become_verb), not the business told beside it (topics23)
    if _told_as_work_done(question):
        return False
    return has("business_start", question) or (has("business_start", text) and has("business_how", question)
                                               and not has("become_verb", question))


def _told_as_work_done(question: str) -> bool:
    """A message that asks nothing and tells work done ("hade en egen affär i Aleppo, köpte in varor", «мала свій
    магазин»): the shop owned is experience to match, not a wish to start a business (interp26)."""
    from assistant.interpretation.questions import is_question
    from assistant.interpretation.segment import classify_statement

    q = (question or "").strip()
    return has("had_own_place", q) and not q.endswith(("?", "؟")) and not is_question(q, 0, len(q)) \
        and not has("business_how", q) and not has("question", q) and classify_statement(q)[0] == "experience"


def _told(state: TurnState) -> str:
    """What the person wrote in the whole conversation ("food truck" in one message, "who can help me start a
    business?" in the next)."""
    return " ".join(m.content for m in state.request.messages if m.role == "user")


def business_skip(state: TurnState) -> set[str]:
    """The business routes this conversation does not ask for (no food, no street selling named)."""
    told = _told(state)
    return {key for key, cue in _ONLY_IF.items() if not has(cue, told)}


def say_permit_note(state: TurnState) -> None:
    """For someone from abroad: whether their residence permit allows running a business is Migrationsverket's to say
    (named with its start page; no curated page of it)."""
    from assistant.education import audience
    from assistant.scope import START_PAGES

    if audience(state) == "newcomer":
        state.say("rights.business_permit", url=START_PAGES["migration"])
