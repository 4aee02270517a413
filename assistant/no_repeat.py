"""Never the previous answer again, word for word (ask10, rater10 conv2: «barnskötare – how long is the training?»
and «No, I asked about barnskötare» got the same förskollärare text twice).

The guard against repeating (assistant/turn_plan.py ``_never_twice``) looks at the plan before the steps that follow it
(the lengths of a duration question, the verdict of "can I work as …?", what the person's limits leave out), so a
plan can still come out as the text just sent. The last check is on the composed text: when it equals the previous
answer, or every line of it is a line an earlier answer said (parts10), the person asked again because that answer did
not answer them; they get its key sentence (the first cited one) and a plain "my sources say no more than that; a study
and careers counsellor can answer it".
"""
from __future__ import annotations

import re

from assistant.restate_asked import restate_asked
from assistant.state import Fact, TurnState
from vagledning.domain.runtime import Runtime

_MARKERS = re.compile(r"\[\d+\]")
#: Turns that ask the person something: the same question may be asked again.
_QUESTIONS = ("greet", "ask")


def _plain(text: str) -> str:
    return " ".join(_MARKERS.sub("", text or "").split())


def never_word_for_word(state: TurnState, rt: Runtime | None = None) -> None:
    """Cut a plan whose text would be the previous answer's to its key sentence and "nothing more in my sources";
    in an answer with something new, leave out the caveats and general blocks said before (assistant/said_before.py).
    Last, a lead-in whose block all this left empty goes too (assistant/lead_ins.py)."""
    from assistant.corrected import corrects_answer
    from assistant.lead_ins import drop_dangling

    if not corrects_answer(state):  # (a correction gets the answer redone in full, never "see above": facts15)
        _cut_repeat(state, rt)
    drop_dangling(state)
    if not corrects_answer(state):
        _not_again(state)


def _not_again(state: TurnState) -> None:
    """The answer, cut or not, is never an earlier answer again (boiler29, rater36 class 7: replay_new03 T5 = T3 –
    the sick-leave question asked a third time was cut to the same key sentence and "ask Försäkringskassan directly"
    as the second time). Then it says briefly that there is nothing new, and the next step: the body that decides what
    is asked (or that the card cited decides), else a study and careers counsellor."""
    from assistant.composers.grounded import GroundedComposer
    from assistant.deciders import asked_decider

    if state.action in _QUESTIONS or not any(f.source for f in state.facts):
        return
    earlier = {_plain(m.content) for m in state.history if m.role == "assistant"}
    if _plain("".join(GroundedComposer().compose(state))) not in earlier:
        return
    asked = asked_decider(state)
    authority = (asked.authority if asked is not None else None) or next(
        (a for f in state.facts if f.source and (a := decider(f.source))), None)
    if _restate(state, authority, earlier):
        return
    state.facts.clear()
    if authority:
        state.say("followup.nothing_new", authority=authority)
    else:
        state.say("followup.beyond_sources")


def _restate(state: TurnState, authority: str | None, earlier: set[str]) -> bool:
    """The verdict and key fact again, briefly and cited, then who decides (repeat30, rater38 class 2: one who asks
    again wants the short answer restated – r33-3 T5 got only "all my sources say is above… ask Försäkringskassan").
    Said with "in short, as before:" first when even that was an earlier answer (a fourth ask). False: no key fact."""
    from assistant.composers.grounded import GroundedComposer
    from assistant.composers.once import brief
    from assistant.lead_ins import is_verdict, key_sentence

    key = key_sentence(state.facts)
    again = brief(state, key) if key is not None else None
    if again is None:
        return False
    again.paragraph = False
    verdicts = [f for f in state.facts if f is not key and not f.source and is_verdict(f)][:1]
    state.facts[:] = [*verdicts, again]
    if authority:
        state.say("followup.restated_decides", authority=authority)
    else:
        state.say("followup.restated_counsellor")
    if _plain("".join(GroundedComposer().compose(state))) in earlier:
        state.facts.insert(0, Fact(key="followup.restated"))
    return True


def _cut_repeat(state: TurnState, rt: Runtime | None = None) -> None:
    from assistant.lead_ins import is_verdict, key_sentence
    from assistant.said_before import say_once

    # (the first route whose authority decides, before say_once shortens what was said before: the topic asked)
    decided = next((f.source for f in state.facts if decider(f.source) is not None), None)
    planned = list(state.facts)  # (repeat31: the card of the question asked, before say_once leaves it out as said)
    say_once(state)
    key = key_sentence(state.facts)
    if state.action in _QUESTIONS or key is None:  # a question to the person, or no source: said again as it is
        return
    last = next((m.content for m in reversed(state.history) if m.role == "assistant"), None)
    if not last:
        return
    from assistant.composers.grounded import GroundedComposer

    text = "".join(GroundedComposer().compose(state))
    if _plain(text) != _plain(last) and not _resent(state, text) and not _asked_again_as_before(state):
        return
    # a verdict said before its reason stays first ("Ja, det kan gå:" of the a-kassa while part time, then the rule:
    # "yes or no?" asked again got the rule alone, the lead's widget run)
    leads = [f for f in state.facts if f is not key and not f.source and is_verdict(f)]
    if _say_who_decides(state, leads[:1], key, decided, rt):
        return
    # (repeat31: the short answer to the question asked, cited, then the counsellor – never the earlier answer again
    # with "nothing more than above", replay35_new02 T5)
    if restate_asked(state, planned):
        return
    state.facts[:] = [*leads[:1], key]
    state.say("followup.beyond_sources")


def _say_who_decides(state: TurnState, leads: list[Fact], key: Fact, decided: str | None,
                     rt: Runtime | None = None) -> bool:
    """The verdict and the key fact again, in one sentence (its card's first, cited), then who decides what is asked
    (decide26, rater35 class 1: never the bare "my sources say no more, ask X", and X from the question, not from
    the route cited first: assistant/deciders.py). A question of another kind than the cited card answers (admission
    after a CSN answer) gets only who decides it: that card is no answer to it. False: nobody named decides it."""
    from assistant.composers.grounded import render_fact
    from assistant.composers.once import brief
    from assistant.deciders import NAMED, Decider, asked_decider

    asked = asked_decider(state)
    if asked is None:  # (nothing the message or the question before names: the cited route's body, insist24)
        body = decider(decided or key.source)
        asked = Decider(NAMED, body, decided or key.source) if body else None
    if asked is None:
        return False
    # (the card of the body asked answers it; another body's card – CSN's after "is Svenska 3 needed?" – does not)
    # (the first such card of the answer as planned: say_once may have moved a card said before to the end)
    ours = [f for f in state.facts if f.source and asked.authority and decider(f.source) == asked.authority]
    same = next((f for f in ours if f.source == decided), ours[0] if ours else None)
    again = brief(state, same) if same is not None else None
    # (a verdict that already sends the person to that body, "Talk to Försäkringskassan first:", says it twice)
    # (the verdict on the facts told names the body beside the facts: it stays, akassa29)
    lead = [f for f in leads if not asked.authority or f.key.startswith("told_terms.")
            or asked.authority not in render_fact(state.locale, f)]
    if again is not None:
        again.paragraph = False
        state.facts[:] = [*lead, again]
    elif rt is not None and asked.route and _own_cards(state, rt, lead):
        pass  # (decider27: the card of the message's own question, then who decides – never the ask-X line alone)
    else:
        state.facts[:] = lead if asked.say == NAMED else []
    state.say(asked.say, same.source if same is not None else None, authority=asked.authority)
    return True


def _own_cards(state: TurnState, rt: Runtime, lead: list[Fact]) -> bool:
    """The cards of the rights the person's own message asks, when the answer planned cites none of them (decider27,
    rater36 class 2: "do I get money while studying? I have 2 children" read as the question before got only "CSN
    decides, ask CSN directly" – studiemedel and the tilläggsbidrag for children were never said). False: none."""
    from assistant.rights import plan_rights, rights_topics

    own = state.request.messages[-1].content if state.request.messages else state.text
    was = state.text
    state.facts[:] = list(lead)
    state.text = own  # (plan_rights reads what is asked from the turn's text: the person's own words here)
    try:
        said = [t for t in rights_topics(state) if plan_rights(state, rt, t)]
    finally:
        state.text = was
    return bool(said) and any(f.source for f in state.facts)


def _asked_of(state: TurnState, doc_id: str) -> bool:
    """The body that decides ``doc_id``'s right is the one that decides what the person asks (empty25's check)."""
    from assistant.deciders import asked_decider

    asked = asked_decider(state)
    return asked is not None and bool(asked.authority) and asked.authority == decider(doc_id)


def decider(doc_id: str | None) -> str | None:
    """The authority that decides the right or support of a cited route (assistant/locales/deciders.yaml), None
    for other sources: a question its page cannot answer, asked again, is sent there (rater34: "a study and careers
    counsellor can answer it" of a sickness-benefit question is the wrong door)."""
    from assistant.deciders import decider as of_route

    return of_route(doc_id)


def _asked_again_as_before(state: TurnState) -> bool:
    """A question asked before, asked again ("you never answered: …", assistant/insist.py reads it as that question),
    whose answer says only what earlier answers said (worded a little otherwise: a gloss, a lead-in said once): the
    same answer would not answer it either (insist24, rater34 r33-new03: the SGI paragraph three times) – nor when the
    message asks a kind of question that answer's cards do not answer (the admission after CSN: deciders.another_kind).
    """
    from assistant.answer_repeats import repeats_earlier
    from assistant.deciders import another_kind
    from assistant.intent_cues import normalize

    own = state.request.messages[-1].content if state.request.messages else state.text
    t = normalize(state.text)
    return normalize(own) != t and any(normalize(m.content) == t for m in state.history if m.role == "user") \
        and (another_kind(state) or repeats_earlier(state))


def _resent(state: TurnState, text: str) -> bool:
    """Every line of ``text`` is a line an earlier answer said (rater25 c5 T6: «… і паралельно валідацію? Скільки це
    все займе?» got the validation answer of the turn before again, all but its last sentence, which is said once: not
    the same text, so the equality above let it through). Lines the message asks for again are an answer, not a
    resend (assistant/composers/once.py ``asked_again``: "where do I apply for the test?", the licence steps)."""
    from assistant.composers.grounded import said_as
    from assistant.composers.once import asked_again

    if any(f.key in asked_again(state) for f in state.facts):
        return False
    # (a line may be the start of an earlier line: what was said once, at its end, is left out the second time)
    said = "\n".join(said_as(_plain(line).removeprefix("- ")) for m in state.history if m.role == "assistant"
                     for line in m.content.split("\n") if line.strip())
    lines = [said_as(_plain(line).removeprefix("- ")) for line in text.split("\n") if line.strip()]
    return bool(lines) and all(line in said for line in lines)
