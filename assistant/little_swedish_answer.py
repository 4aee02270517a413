""""I can't read much Swedish yet" is answered (person17, rater16 conv5: a Dari-speaking farmer's sentence was met
with another list of occupations): when THIS message says the person has little Swedish
(assistant/interpretation/little_swedish.py), the answer first says that SFI is free and where one signs up, and that
Arbetsförmedlingen and other authorities must use an interpreter when needed (förvaltningslagen 13 §), each cited
to its curated page (ingest/data/education_routes.yaml: ``sfi``, ``tolk_myndighet``). Nothing without its page.
"""
from __future__ import annotations

from assistant.interpretation.little_swedish import LEVEL
from assistant.state import Fact, TurnState
from vagledning.domain.runtime import Runtime

#: (the curated route, the wording citing it), in the order said after "you wrote you have little Swedish".
SAID = (("sfi", "heard.sfi_free"), ("tolk_myndighet", "heard.interpreter"))


def says_little_swedish_now(state: TurnState) -> bool:
    """This message says the person has little Swedish (a level told earlier is not said again)."""
    said = state.message_profile.languages if state.message_profile is not None else []
    return any(lang.code == "sv" and lang.level == LEVEL for lang in said)


def say_little_swedish(state: TurnState, rt: Runtime | None) -> None:
    """SFI and the right to an interpreter, first in the answer, when this message says little Swedish."""
    if rt is None or not says_little_swedish_now(state) or any(f.key == "heard.little_swedish" for f in state.facts):
        return
    from assistant.routes import evidence_of, routes

    table = routes(rt)
    facts = [Fact(key="heard.little_swedish")]
    for key, wording in SAID:
        route = table.get(key)
        if route is not None:
            facts.append(Fact(key=wording, source=state.add_evidence(evidence_of(route)).doc_id))
    if len(facts) > 1:  # (nothing is said without a page)
        state.facts[0:0] = facts
