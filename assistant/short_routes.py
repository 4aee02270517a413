"""Someone who will not study long hears, once, the short ways into work (youth7; rater23 conv4 T6, rated 2/5).

The counsellor's finding: a 19-year-old newcomer said «ما بدي ادرس 4 سنين، بدي شي قصير واشتغل بسرعة» (I don't want to
study 4 years, I want something short and to work fast) and got one occupation with no word of how to get there
quickly. A wish not to study long (``Constraint(kind="no_study")``, read by :mod:`assistant.interpretation.constraints`
and :mod:`assistant.interpretation.study_refusal`) already keeps courses and long-study work out of the suggestions;
beside them the answer now names the curated short routes this person can use, each from the page of the authority
that decides, worded as in the answer to "can I be paid while I learn?" (:mod:`assistant.rights`): a paid job that
teaches the trade (Arbetsförmedlingen's yrkesintroduktion), an apprenticeship at Komvux, Arbetsförmedlingen's short
labour-market training. Which of them is the route's own ``audience`` (education_routes.yaml): a pupil or someone
under 18 gets only what is open to the young; Komvux and Arbetsförmedlingen's training are for adults and newcomers.
Not beside a family's block (:mod:`assistant.family` names the same ways), and said once per conversation.
"""
from __future__ import annotations

from assistant.education import audience
from assistant.route_list import say_route_list
from assistant.routes import routes
from assistant.state import TurnState
from vagledning.domain.runtime import Runtime

#: The routes named, in order: a paid job that teaches the trade, an apprenticeship at Komvux (mostly at a
#: workplace), Arbetsförmedlingen's short vocational training for registered job seekers.
SHORT_ROUTES = ("yrkesintroduktion", "komvux_larling", "arbetsmarknadsutbildning")
#: The sentence of each, as the paid-learning and cost answers word it.
_WORDING = {"yrkesintroduktion": "rights.yrkesintroduktion", "komvux_larling": "rights.paid_komvux_larling",
            "arbetsmarknadsutbildning": "rights.arbetsmarknadsutbildning"}


def _said_before(state: TurnState) -> bool:
    from assistant.locales import text

    lead = text(state.locale, "short_routes.lead").split(".")[0][:40]
    return any(lead in (m.content or "") for m in state.history if m.role == "assistant")


def say_short_routes(state: TurnState, rt: Runtime) -> None:
    """The lead and the short routes open to this person, cited (see the module docstring)."""
    # (someone with work behind them who wants "no education now, just a job" – a mason – is answered with jobs: the
    # short ways in are for those without a trade yet, who will not study long)
    if not state.profile.wants_no_study() or state.profile.experiences or _said_before(state):
        return
    if any(f.key == "family.lead" for f in state.facts):
        return
    who = audience(state)
    table = routes(rt)
    found = [table[k] for k in SHORT_ROUTES if k in table and who in (table[k].audience or ())]
    if not found:
        return
    say_route_list(state, "short_routes.lead", found, _WORDING)
