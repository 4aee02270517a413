"""The same trade with an adapted workplace, for someone who cannot sit or stand long (sit18, rater30 class 3/4).

rater30 c12 (uk): an accountant of 15 years whose back no longer lets her sit long asked "what else?" and got three
electronics repair jobs "that use some of your skills"; c10 (ti): a hairdresser whose back hurts and who cannot stand
long asked "can I still do it?" and heard only that the sources say nothing about standing for Frisör. A counsellor
says first that the same work can often go on when the workplace is adapted, and who does what: the employer's duty to
adapt the work (Arbetsmiljöverket's rules, curated route ``av_arbetsanpassning``) and Arbetsförmedlingen's grant for
aids at the workplace and for adapting tools or the workplace (``af_hjalpmedel``), both cited; then, as general advice
said so, what often helps (a desk that goes up and down, a saddle stool, pauses, tasks that change, shorter hours).

Said once a conversation: in the fit answer to "can I still do it?" when the question asks about sitting or standing
(:func:`assistant.fit_question.plan_fit`), and at the head of a list asked in the message that tells such a limitation
by someone with work of their own (:func:`say_adapted_first`, assistant/answers.py).
"""
from __future__ import annotations

from assistant.state import Fact, TurnState
from vagledning.domain.runtime import Runtime

#: The limitations of posture an adapted workplace can ease.
POSTURE = ("sitting", "standing")
#: The curated routes said, each with its wording (ingest/data/education_routes.yaml).
ROUTES = (("av_arbetsanpassning", "posture.employer"), ("af_hjalpmedel", "posture.aids"))
#: The answers the adapted workplace can lead: lists, and what the sources say of the person's own work.
LISTS = ("suggest", "more", "explore", "nothing_more", "conditions")


def adaptation(state: TurnState, rt: Runtime) -> list[Fact]:
    """The adapted workplace's sentences (the routes cited, then the general advice), [] once said in the conversation
    or when neither route is in the store."""
    from assistant.locales import text
    from assistant.routes import evidence_of, routes

    leads = [text(state.locale, key)[:60] for _, key in ROUTES]
    if any(f.key.startswith("posture.") for f in state.facts) or any(
            m.role == "assistant" and any(lead in m.content for lead in leads) for m in state.history):
        return []
    found = routes(rt)
    facts = [Fact(key=key, source=state.add_evidence(evidence_of(found[route])).doc_id)
             for route, key in ROUTES if found.get(route) is not None]
    if not facts:
        return []
    sitting = any(c.kind == "limitation" and c.value == "sitting" for c in state.profile.constraints)
    facts.append(Fact(key="posture.tips_sitting" if sitting else "posture.tips_standing"))  # (what helps: no source)
    facts[0].paragraph = True
    return facts


def say_adapted(state: TurnState, rt: Runtime) -> bool:
    """The adapted workplace said next in the answer (the fit answer: after the verdict on the work asked about)."""
    facts = adaptation(state, rt)
    state.facts.extend(facts)
    return bool(facts)


def posture_told(state: TurnState) -> list[str]:
    """The limitations of posture this message tells (not those told before)."""
    from assistant.limits_answer import new_limitations

    return [c for c in new_limitations(state) if c in POSTURE]


def say_adapted_first(state: TurnState, rt: Runtime) -> None:
    """A list asked in the message that tells a limitation of posture, by someone with work of their own: the adapted
    workplace leads it, after the sentence that says the limitation was heard (module docstring)."""
    if state.action not in LISTS or not state.profile.experiences or not posture_told(state):
        return
    facts = adaptation(state, rt)
    at = next((i for i, f in enumerate(state.facts) if not f.key.startswith("heard.")), len(state.facts))
    state.facts[at:at] = facts
    if at < len(state.facts) - len(facts) and facts:
        state.facts[at + len(facts)].paragraph = True  # (the list starts its own paragraph)
