""""Any job. Warehouse, McDonald's, whatever": workplaces named after "any job" are what one would take, never work done
(profile26; rater35 new03).

A boy of 17 wrote «typ vilket jobb som helst. lager, mcdonalds, whatever». The bare list had no cue of its own, so it
was read as work done: «Lagerarbetare» came back "like work you have done", then "what you can as a warehouse worker
can be validated". A counsellor hears the list as examples of the "any job" before it: wishes. Here an uncued
statement (no experience or wish cue, no question) after a statement with an ``any_work`` cue
(locales/intents.yaml) in the same message is read as a wish; told work ("jobbade på lager i 2 år") keeps its cue and
stays work done.
"""
from __future__ import annotations


def any_work_listed(statements: list, si: int) -> bool:
    """Statement ``si`` names, without a cue of its own, work after "any job" in the same message (module docstring)."""
    from assistant.intent_cues import has

    st = statements[si]
    # (the "any job" statement itself names no work: read as a wish its words linked «Arbetsförmedlare»)
    if st.question or st.cue or st.kind not in ("experience", "other") or has("any_work", st.text):
        return False
    return any(has("any_work", s.text) for s in statements[:si])
