"""A yes/no question about a licence answered yes, no or "it depends" first, then the reason (rater 8, conv 2).

"Can I work with an electrical company now, yes or no?" got the Swedish-language ladder; "do I need a licence to work
as apotekstekniker?" a list. The person asked for a verdict. It is read from the curated regulated-profession data
(``ingest/data/regulated_professions.yaml``, the field ``requirement`` and the authority that decides), never from the
wording of the question:

- "do I need a licence?" (a need cue): a licensed profession — yes; a licence for some of the work (authorised
  electrician, authorised auditor) — it depends on the work; a protected title (undersköterska, tolk) — no, only the
  title; not in the data — no;
- "can I work now / while I wait / before I get it?": a licensed profession — no, not in it without the licence; some
  of the work — yes, for the work the rules allow without one's own licence; a protected title — yes, without the
  title; not in the data — yes.

The verdict cites the regulated profession's page where there is one; the licence answer that follows gives the
reason and the steps.
"""
from __future__ import annotations

from typing import Any

from assistant.focus import question_part
from assistant.intent_cues import has
from assistant.intents import may_work_as
from assistant.state import TurnState

#: (question kind, requirement in the data or None) -> the verdict sentence (locale key ``yesno.<verdict>``).
VERDICTS: dict[tuple[str, str | None], str] = {
    ("need", "licence_required"): "need_yes",
    ("need", "required_for_some_work"): "need_depends",
    ("need", "title_protected"): "need_title",
    ("need", None): "need_no",
    ("can", "licence_required"): "can_no",
    # waitwork8: the route itself allows the work before the licence on conditions (assistant/work_before_licence.py)
    ("can", "licence_bridge"): "can_bridge",
    ("can", "required_for_some_work"): "can_depends",
    ("can", "title_protected"): "can_title",
    ("can", None): "can_yes",
    # trade11: no authority's licence, but the work has its own rules (chainsaw, food hygiene: work_certificate)
    ("need", "work_certificate"): "need_certificate",
    ("can", "work_certificate"): "can_yes",
}


def question_kind(state: TurnState) -> str | None:
    """"can" (may I work now, before or without the licence), "need" (is a licence needed), or None when the message
    asks no yes/no question about a licence."""
    asked = question_part(state.text)
    if has("can_work_now", asked) or may_work_as(asked):  # "can I work as X here?" (ask10, rater10 conv3)
        return "can"
    need = has("need", asked) or has("need_passive", asked)  # ("behövs legitimation?", filler24)
    if need and (has("licence", asked) or has("licence_compound", asked) or has("yes_or_no", asked)):
        return "need"
    return None


def say_verdict(state: TurnState, route: Any | None, occupation: Any, doc_id: str | None = None,
                certificate: bool = False, bridge: bool = False) -> None:
    """Say yes, no or "it depends" first when the message asks a yes/no licence question; ``route`` is the
    occupation's regulated-profession route (None when the data lists no licence for it); ``certificate``: with no
    licence, the work still has a certificate of its own (assistant/certificates.py); ``bridge``: the route has a
    step that allows the work before the licence, on conditions (said next: assistant/work_before_licence.py)."""
    kind = question_kind(state)
    if kind is None:
        return
    requirement = getattr(route, "requirement", None) if route is not None else None
    if route is None and certificate:
        requirement = "work_certificate"
    if bridge and requirement == "licence_required":  # "no" would contradict the route's own step (rater24 c3)
        requirement = "licence_bridge"
    verdict = VERDICTS.get((kind, requirement))
    if verdict is None:
        return
    authority = getattr(route, "authority", "") if route is not None else ""
    state.say(f"yesno.{verdict}", doc_id, occupation=occupation, authority=authority)
