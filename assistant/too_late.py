""""Can I still become an electrician, or is it too late?": no, it is not too late — said before the way into the
occupation (the courses answer), cited to the law that makes Komvux free for adults.

rater16 conv3 T2: a 24-year-old who had left the electricity programme asked exactly this and got three electrician
titles with ad counts, no answer to "too late" and no route. The question (cue group ``too_late`` in
assistant/locales/intents.yaml, every language) is read as the courses intent (assistant/intents.py); this module adds
the answer to the worry itself, first. Komvux is open to adults and free of charge (skollagen 20 kap. 7 §, the curated
route ``komvux_avgiftsfri``), also as an apprentice at a workplace (lärlingsvux).
"""
from __future__ import annotations

from assistant.age_worry import age_worry, answer_age
from assistant.focus import question_part
from assistant.intent_cues import has
from assistant.routes import evidence_of, routes
from assistant.state import Fact, TurnState
from assistant.without_school import say_without_school
from vagledning.domain.runtime import Runtime

#: The curated route the answer cites: Komvux (also its vocational training) is free of charge.
FREE_KOMVUX = "komvux_avgiftsfri"


def not_too_late(state: TurnState, rt: Runtime) -> None:
    """Before the way into the occupation asked about: "no, it is not too late", cited (see the module docstring);
    a worry about one's age ("am I too old?", "who hires someone my age?") then gets the rules on age
    (assistant/age_worry.py, age18)."""
    if say_without_school(state, rt):  # "realistic without school?": the occupation's requirement is the answer, no "no"
        return
    said = 0
    if state.action == "courses" and state.focus is not None and (
            has("too_late", question_part(state.text)) or age_worry(state) == "learn"):
        route = routes(rt).get(FREE_KOMVUX)
        if route is not None:
            ev = state.add_evidence(evidence_of(route))
            state.facts.insert(0, Fact(key="yesno.not_too_late", source=ev.doc_id, params={}))
            said = 1
    answer_age(state, rt, after=said)
