"""Someone who supports a family hears, once, of the ways to learn a trade with pay or support (life10).

The counsellor's finding (rater9 conv1, conv4): a man's wife and three children and a mother's "two small children"
were never addressed. A family told (``Constraint(kind="other", value="family")``, read by
:mod:`assistant.interpretation.constraints`) is kept in the profile; beside a list of suggestions the answer names
the curated routes that pay or support while learning, each from the page of the authority that decides
(Arbetsförmedlingen's yrkesintroduktion, Komvux apprenticeship through the municipality, CSN's studiemedel), worded as
in the answer to "can I be paid while I learn?" (:mod:`assistant.rights`). Not for a pupil, and said once per
conversation (the history the client sends shows it).
"""
from __future__ import annotations

from assistant.interpretation.constraints import FAMILY
from assistant.route_list import say_route_list
from assistant.routes import routes
from assistant.state import TurnState
from vagledning.domain.runtime import Runtime

#: The routes named, in order: a paid job that teaches the trade, an apprenticeship at Komvux, study money (three of
#: the paid-learning answer's, rights.TOPICS; its Arbetsförmedlingen programmes are for the registered unemployed).
FAMILY_ROUTES = ("yrkesintroduktion", "komvux_larling", "studiemedel")
#: The sentence of each, as the paid-learning answer words it.
_WORDING = {"yrkesintroduktion": "rights.yrkesintroduktion", "komvux_larling": "rights.paid_komvux_larling",
            "studiemedel": "rights.paid_studiemedel"}


def has_family(state: TurnState) -> bool:
    return any(c.kind == "other" and c.value == FAMILY for c in state.profile.constraints)


def _said_before(state: TurnState) -> bool:
    from assistant.locales import text

    lead = text(state.locale, "family.lead").split(".")[0]
    return any(lead in (m.content or "") for m in state.history if m.role == "assistant")


def _not_theirs(state: TurnState, key: str) -> bool:
    """The route is known not to be this person's (route_conditions.not_theirs): what an answer said was not theirs
    is never offered later (contra30, rater38 new03 T5: "studiemedel from CSN: grant and loan" after "no studiemedel")."""
    from assistant.route_conditions import not_theirs

    return not_theirs(state, key)


def say_family_routes(state: TurnState, rt: Runtime) -> None:
    """The lead and the routes that pay or support while learning, cited (see the module docstring)."""
    if not has_family(state) or state.profile.is_youth() or _said_before(state):
        return
    table = routes(rt)
    found = [table[k] for k in FAMILY_ROUTES if k in table and not _not_theirs(state, k)]
    if not found:
        return
    say_route_list(state, "family.lead", found, _WORDING)
