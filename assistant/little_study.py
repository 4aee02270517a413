"""Work that needs little study: the work-first ways in, said with the suggestions (little17; rater29 class 2).

The counsellor's finding: a farmer who reads poorly said «درس خواندن برایم سخت است. کاری هست که زیاد درس نخواهد؟»
(studying is hard for me, is there work that needs little study?) and got SFI, validation and Komvux's combined
training – study routes only. The question (cues.yaml ``little_study``: a job that needs no or little study, school or
education; :func:`assistant.interpretation.constraints.asks_little_study`), or studying said to be hard beside a
question for work (``study_hard``: "school was never my thing, what can I do?"), is read as a wish not to study long
(``no_study``, which keeps long-study work out of the suggestions) and as a question for work (assistant/intents.py).
Beside the suggestions of that very message the answer names first, once per conversation, the curated ways into work
that do not start on a school bench, each from the page of the authority that decides: a job with pay that teaches the
trade (Arbetsförmedlingen's yrkesintroduktion), Arbetsförmedlingen's short labour-market training, and its help into
a job through a provider (rusta och matcha) – those open to the person (the route's ``audience``). Unlike
assistant/short_routes.py (someone with no work behind them, said beside the first list), this is said to anyone who
asks it, beside a first list or the next ones (assistant/turn_plan.py); not beside the short routes or a family's
block, which name these ways already.
"""
from __future__ import annotations

from assistant.education import audience
from assistant.focus import question_part
from assistant.interpretation.constraints import asks_little_study, finds_study_hard
from assistant.route_list import say_route_list
from assistant.routes import routes
from assistant.state import TurnState
from vagledning.domain.runtime import Runtime

LEAD = "little17.lead"
#: The work-first routes, in order: a paid job that teaches the trade, Arbetsförmedlingen's short vocational training
#: for registered job seekers, its help into a job through a provider.
WORK_FIRST = ("yrkesintroduktion", "arbetsmarknadsutbildning", "af_rusta_matcha")
#: The sentence of each, as the paid-learning answer and the job-search steps word it.
_WORDING = {"yrkesintroduktion": "rights.yrkesintroduktion", "arbetsmarknadsutbildning": "rights.arbetsmarknadsutbildning",
            "af_rusta_matcha": "job.af_provider"}
#: The answers beside which the ways are said: lists of work.
_LISTS = ("suggest", "more", "explore")


def asks_it(state: TurnState) -> bool:
    """This message asks for work that needs little or no study, or says studying is hard beside a question for work
    (the answer is a list: :func:`say_little_study`)."""
    return asks_little_study(question_part(state.text)) or asks_little_study(state.text) \
        or finds_study_hard(state.text)


def _said_before(state: TurnState) -> bool:
    from assistant.locales import text

    lead = text(state.locale, LEAD).split("–")[0].split(".")[0][:40]
    return any(lead in (m.content or "") for m in state.history if m.role == "assistant")


def say_little_study(state: TurnState, rt: Runtime) -> None:
    """First in the answer, before the suggestions: the lead and the work-first routes open to this person, cited."""
    if state.action not in _LISTS or not asks_it(state) or _said_before(state):
        return
    if any(f.key in ("family.lead", "short_routes.lead", LEAD) for f in state.facts):
        return  # (a family's block and the short routes name these ways already)
    who = audience(state)
    table = routes(rt)
    found = [table[k] for k in WORK_FIRST if k in table and who in (table[k].audience or ())]
    if not found:
        return
    before = len(state.facts)
    say_route_list(state, LEAD, found, _WORDING)
    state.facts[:] = state.facts[before:] + state.facts[:before]  # the answer to the question first, then the work
