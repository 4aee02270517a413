""""Can I work in my field while I wait for the licence?" answered from the regulated profession's own route (rater24
failure class 1).

c3's maths teacher from Iraq heard in his licence answer that "without a licence you can be employed for at most a
year at a time" (Skolverket's route); asked «kan jag jobba i skola nu medan? vilken jobb», he got "No, not before you
have the licence": the verdict was read from the profession's ``requirement`` (licence_required: no) alone, and the
steps said before were cut as a repeat. c5's electrician was not told again of the authorised company's
egenkontrollprogram. A counsellor answers such a question from the rules that allow the work, then names the work of
the same field that needs no licence.

- The route's own step that allows work in the profession before, or without, the licence (:func:`bridge_step`: a
  step naming work, *utan*/*innan du har* and the licence) turns a bare "no" into "yes, on these conditions"
  (``yesno.can_bridge``) and is said right after the verdict, cited, in the reader's language (its translation in
  locales/licence_steps.yaml). Any profession whose data states such a rule gets it; none is named here. A route
  without one (a nurse's: no source says she may work as a nurse meanwhile) keeps its verdict.
- Then the work of the field that needs no licence and is reachable now (:func:`assistant.field_meanwhile.field_roles`:
  the taxonomy's related occupations, no regulated profession, no protected title), each cited to its occupation
  page; so "no" is never the whole answer.
"""
from __future__ import annotations

import re

from assistant.intent_cues import has
from assistant.intents import question_part
from assistant.state import Fact, Focus, TurnState
from vagledning.domain.runtime import Runtime

#: A step that allows work in the profession before or without one's own licence: a work verb and "utan"/"innan du
#: har" (at most two words) before the licence, in either order ("Utan legitimation kan du anställas …", "Du kan
#: arbeta med elinstallationer redan innan du har egen auktorisation …"). "innan du börjar arbeta" names no licence.
_WORK = r"\b(?:arbeta|anställas|jobba)\b"
_WITHOUT = r"\b(?:utan|innan du har)(?:\s+\w+){0,2}\s+(?:legitimation|auktorisation|behörighet)"
_BRIDGE = re.compile(rf"{_WORK}[^.:]*?{_WITHOUT}|{_WITHOUT}[^.]*?{_WORK}", re.I)


def bridge_step(steps: list[str]) -> str | None:
    """The step of a route that allows work before or without the licence, if the route has one."""
    return next((s for s in steps if _BRIDGE.search(s)), None)


def asks_work_before(state: TurnState) -> bool:
    """The question asks whether one may work now, meanwhile or before the licence (``can_work_now``, a word for
    meanwhile beside "can I work …?"); not "do I need a licence?" nor "what can I work as meanwhile?" (a list)."""
    from assistant.yes_no import question_kind

    # (the whole message: «هل أقدر أشتغل في مدرسة وأنا أنتظر الترخيص؟» is answered in parts split at «و»)
    last = next((m.content for m in reversed(state.request.messages) if m.role == "user"), "") \
        if state.request is not None else ""
    asked = question_part(" ".join(filter(None, (last, state.text))))
    return question_kind(state) == "can" and (has("can_work_now", asked) or has("meanwhile", asked))


def say_bridge(state: TurnState, steps: list[str], doc_id: str) -> list[str]:
    """After the verdict: the route's step that allows work before the licence, cited; the steps without it (said
    once). Unchanged when the message asks no such question or the route has no such step."""
    from assistant.licence_answer import step_in

    step = bridge_step(steps) if asks_work_before(state) else None
    if step is None:
        return steps
    state.say("licence.step", doc_id, bullet=True, step=step_in(state.locale, step))
    return [s for s in steps if s != step]


def say_field_work(state: TurnState, rt: Runtime, focus: Focus) -> None:
    """Work of the licensed profession's field that needs no licence, presented and cited (module docstring); for a
    question about working now or meanwhile only."""
    if not asks_work_before(state):
        return
    from assistant.evidence import region_of, sv_title
    from assistant.field_meanwhile import field_roles

    roles = field_roles(state, rt, focus, region_of(state))
    if len(roles) < 2:  # one role is no choice; none: nothing to say from the sources
        return
    state.say("work_before.roles")
    state.facts[-1] = state.facts[-1].model_copy(update={"paragraph": True})  # its own paragraph after the route
    for role in roles:
        page = next((e for e in role.evidence if getattr(e, "type", None) == "occupation"), None)
        if page is None:
            continue
        ev = state.add_evidence(page)
        state.present(role)
        state.say("work_before.role", ev.doc_id, bullet=True, title=sv_title(role.label, "occupation"))


def say_bridge_beside(state: TurnState, rt: Runtime) -> None:
    """Beside the list answered to "what can I work as meanwhile?" on the way to a regulated profession (c5 T4: the
    electrician's roles came without the egenkontrollprogram his licence answer had named): the rule of his own
    profession's route that allows the work before the licence, cited, once a conversation."""
    from assistant.field_meanwhile import licensed_goal
    from assistant.licence_answer import step_in, trained_route
    from assistant.policy import meanwhile
    from assistant.regulated import licence_evidence, licence_route_or_none
    from assistant.said_before import said_before

    goal = licensed_goal(state, rt) if meanwhile(state) else None
    route = licence_route_or_none(goal.id, rt) if goal is not None else None
    if goal is None or route is None:
        return
    trained = trained_route(state, goal.ssyk_code)
    step = bridge_step(route.steps_for(trained))  # type: ignore[arg-type]
    if step is None:
        return
    ev = licence_evidence(state, route, trained)
    lead = Fact(key="work_before.own", params={"authority": route.authority}, source=ev.doc_id, paragraph=True)
    if said_before(state, lead):  # said beside an earlier list: once
        return
    state.facts.append(lead)
    state.facts.append(Fact(key="licence.step", params={"step": step_in(state.locale, step)}, source=ev.doc_id,
                            bullet=True))


def keeps_step(state: TurnState) -> bool:
    """The message asks about work before the licence, so the route's step that allows it is said again even when an
    earlier answer said it (assistant/composers/once.py): "may I work while I wait?" or "what can I work as
    meanwhile?"."""
    from assistant.policy import meanwhile

    return asks_work_before(state) or meanwhile(state)
