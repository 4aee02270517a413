"""A life situation told changes the answer: a baby on the way, money needed now (life16; rater29 class 7).

The counsellor's findings: a hairdresser five months pregnant heard nothing of it in any answer; "I've got rent to
pay" and «من زود پیسه کار دارم» (I need money soon) brought no paid route. Both are read into the profile
(``Constraint(kind="other", value=EXPECTING / MONEY_SOON)``, :mod:`assistant.interpretation.constraints`), and the
answer says once per conversation what it changes, from curated routes each cited from its authority's page:

- expecting a baby: Försäkringskassan's parental benefit (föräldrapenning: from the 60th day before the birth, the
  basic level without an income), so a course or a job can be planned around the birth;
- money needed now: the ways to learn while paid or supported – a job with pay that teaches the trade
  (yrkesintroduktion), Arbetsförmedlingen's courses with activity support, Komvux apprenticeship – worded as in the
  answer to "can I be paid while I learn?" (:mod:`assistant.rights`), said first when told in this very message.

A route the answer already cites this turn (the family block, :mod:`assistant.family`) is not said twice.
"""
from __future__ import annotations

from assistant.interpretation.constraints import EXPECTING, MONEY_SOON
from assistant.route_list import say_route_list
from assistant.routes import OMSTALLNING, _established, routes
from assistant.state import TurnState
from vagledning.domain.runtime import Runtime

#: Situation -> (the lead's key, the routes in order, the wording of each).
_BLOCKS: dict[str, tuple[str, tuple[str, ...], dict[str, str]]] = {
    EXPECTING: ("life16.expecting_lead", ("foraldrapenning",), {"foraldrapenning": "rights.foraldrapenning"}),
    MONEY_SOON: ("life16.money_lead", ("yrkesintroduktion", "af_program_ersattning", "komvux_larling"),
                 {"yrkesintroduktion": "rights.yrkesintroduktion", "af_program_ersattning": "rights.af_program_ersattning",
                  "komvux_larling": "rights.paid_komvux_larling", OMSTALLNING: "job_loss.csn"}),
}
#: Actions that answer nothing yet (a greeting): no block.
_QUIET = ("greet",)
#: Answers that are lists of suggestions: money needed now puts the paid ways before them.
_LISTS = ("suggest", "more", "explore")


def _told(state: TurnState, value: str) -> int | None:
    """The message in which the situation was told, or None."""
    for c in state.profile.constraints:
        if c.kind == "other" and c.value == value:
            return c.span.message if c.span is not None else state.user_index
    return None


def _under_20(state: TurnState) -> bool:
    """An age under 20 told: Komvux (its apprenticeship too) opens from the year one turns 20, so not named."""
    return any(c.kind == "age" and c.value.isdigit() and int(c.value) < 20 for c in state.profile.constraints)


def _said_before(state: TurnState, lead_key: str) -> bool:
    from assistant.locales import text

    lead = text(state.locale, lead_key).split(".")[0]
    return any(lead in (m.content or "") for m in state.history if m.role == "assistant")


def say_life_needs(state: TurnState, rt: Runtime) -> None:
    """The lead and the cited routes for each situation told and not yet answered (see the module docstring)."""
    if state.action in _QUIET:
        return
    table = None
    for value, (lead, keys, wording) in _BLOCKS.items():
        told = _told(state, value)
        if told is None or _said_before(state, lead):
            continue
        table = table if table is not None else routes(rt)
        cited = {e.doc_id for e in state.evidence if any(f.source == e.doc_id for f in state.facts)}
        # (intent17: someone long in work here who cannot be without pay retrains on omställningsstudiestöd first,
        # a large part of the pay from CSN; rater30 sv c02 T4)
        keys = (OMSTALLNING, *keys) if value == MONEY_SOON and _established(state) else keys
        found = [table[k] for k in keys if k in table and f"route:{k}" not in cited
                 and not (k == "komvux_larling" and _under_20(state))]
        if not found:
            continue
        before = len(state.facts)
        say_route_list(state, lead, found, wording)
        if value == MONEY_SOON and told == state.user_index and before and state.action in _LISTS:
            # "I can't study for years, rent to pay": the paid ways first, then the suggestions (a question asked
            # beside it, "how long does it take? I need money soon", is answered first)
            state.facts[:] = state.facts[before:] + state.facts[:before]
        elif before and state.facts[before - 1].key.startswith("ask."):
            state.facts.append(state.facts.pop(before - 1))  # the answer's closing question stays last
