""""I can't read much Swedish yet" is answered (person17, rater16 conv5: a Dari-speaking farmer's sentence was met
with another list of occupations): when THIS message says the person has little Swedish
(assistant/interpretation/little_swedish.py), the answer first says that SFI is free and where one signs up, and that
Arbetsförmedlingen and other authorities must use an interpreter when needed (förvaltningslagen 13 §), each cited
to its curated page (ingest/data/education_routes.yaml: ``sfi``, ``tolk_myndighet``). Nothing without its page. A
newcomer aged 16–19 hears of the gymnasium's language introduction programme instead of SFI (assistant/youth_routes.py).
"""
from __future__ import annotations

from assistant.interpretation.little_swedish import LEVEL
from assistant.state import Fact, TurnState
from vagledning.domain.runtime import Runtime

#: (the curated route, the wording citing it), in the order said after "you wrote you have little Swedish".
SAID = (("sfi", "heard.sfi_free"), ("tolk_myndighet", "heard.interpreter"))
SFI = "sfi"


def says_little_swedish_now(state: TurnState) -> bool:
    """This message says the person has little Swedish (a level told earlier is not said again)."""
    said = state.message_profile.languages if state.message_profile is not None else []
    return any(lang.code == "sv" and lang.level == LEVEL for lang in said)


def say_little_swedish(state: TurnState, rt: Runtime | None) -> None:
    """SFI and the right to an interpreter, first in the answer, when this message says little Swedish."""
    if rt is None or not says_little_swedish_now(state) or any(f.key == "heard.little_swedish" for f in state.facts):
        return
    from assistant.evidence import sv_title
    from assistant.routes import evidence_of, route_gloss, route_wording, routes
    from assistant.youth_routes import swedish_key

    table = routes(rt)
    facts = [Fact(key="heard.little_swedish")]
    for key, wording in SAID:
        route = table.get(swedish_key(state, key) if key == SFI else key)
        if route is None:
            continue
        ev = state.add_evidence(evidence_of(route))
        if route.key == SFI:
            facts.append(Fact(key=wording, source=ev.doc_id))
        else:  # a newcomer aged 16–19: the gymnasium's language introduction, said as the education answer says it
            facts.append(Fact(key=route_wording(ev), source=ev.doc_id,
                              params={"title": sv_title(ev.title, route_gloss(ev))}))
    if len(facts) > 1:  # (nothing is said without a page)
        state.facts[0:0] = facts
