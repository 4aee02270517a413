"""No paragraph of an earlier answer again, word for word (issue 10 point 2; lang20, rater18 conv2: the "more"
lead-in, the SFI line, a route said in full turn after turn).

The client sends the conversation back each turn. Just before an answer is rendered, its lines are formed as the
grounded composer forms them (a bullet, a paragraph, a heading, the sentences that run on after each other); a line
of some length that an earlier answer already said, word for word (:func:`~assistant.composers.grounded.said_as`:
no markers, glosses or case), is not said again: its first cited thing that has a name (a route, an occupation, an
ad) is said again briefly, its first sentence, still cited (slips17: never "«SFI …» – see my earlier answer" in place of
it; a thing whose first sentence says nothing alone is named by its title), the rest of the line goes.
Only when the answer keeps a line with something new from the sources: an answer that would be all repeats is the
no-repeat guard's (assistant/no_repeat.py: the key sentence and "my sources say no more"). Questions to the person
(``ask.*``) are left as they are.
"""
from __future__ import annotations

from assistant.state import Fact, TurnState

#: A line shorter than this (without its markers and glosses) may come back: a heading, a short caveat.
LONG = 60
#: The parameters that name the thing a fact is about, in the order tried.
_NAMES = ("title", "occupation", "name")
_QUESTIONS = ("greet", "ask")


#: A brief repeat is at least this long (a bare "«SFI» [1]." says nothing), and never ends in a colon.
BRIEF = 40


def brief(state: TurnState, fact: Fact, name: str = "title") -> Fact | None:
    """``fact`` said again briefly, its first sentence (or two, to say something), still cited – never "see my earlier
    answer" in place of it (slips17, rater29 ti c06 T3: the kombinationsutbildning, the answer to "is SFI B enough?",
    came back as «…» – "see the answer I gave before"; sv-easy c11 T2 "läs mitt svar ovan"). A short fact is said
    again whole; one whose sentences say nothing alone (a heading ending in ":") is left out, None (filler24, rater34
    class 8: a pointer back as the whole item says nothing). ``name``: the parameter naming the thing (unused now)."""
    from assistant.citations import sentences
    from assistant.composers.grounded import render_fact

    out = ""
    for part in sentences(render_fact(state.locale, fact)):
        out = f"{out} {part}".strip()
        if len(out) >= BRIEF and not out.endswith(":"):
            break
    if not out or out.endswith(":"):
        return None
    return Fact(key="again.brief", params={"text": out}, source=fact.source, bullet=fact.bullet,
                paragraph=fact.paragraph or not fact.bullet)


def _lines(loc: str, facts: list[Fact]) -> list[list[int]]:
    """The indices of ``facts`` by the line of the answer they make (as GroundedComposer.render lays them out)."""
    from assistant.composers.grounded import PARAGRAPH_KEYS, URL_END, render_fact

    lines: list[list[int]] = []
    before: tuple[Fact, str] | None = None
    for i, fact in enumerate(facts):
        sentence = render_fact(loc, fact)
        if not sentence:
            continue
        new = before is None or fact.bullet or fact.paragraph or before[0].bullet or fact.key in PARAGRAPH_KEYS \
            or fact.key.startswith(("ask.", "occ.item")) or before[1].rstrip().endswith(":") \
            or sentence.rstrip().endswith(":") or bool(URL_END.search(before[1].rstrip()))
        if new:
            lines.append([])
        lines[-1].append(i)
        before = (fact, sentence)
    return lines


def _said_lines(state: TurnState) -> set[str]:
    from assistant.composers.grounded import said_as

    return {said_as(line.strip().removeprefix("- ")) for m in state.history if m.role == "assistant"
            for line in m.content.split("\n") if len(line) >= LONG}


def asked_again(state: TurnState) -> set[str]:
    """The lines the message itself asks for, so said again when asked again: a licence's steps when it asks for the
    way itself ("which steps exactly, and how long?", costtime13) – a repeat asked for is an answer, not a resend."""
    from assistant.apply_where import answers_where_to_apply
    from assistant.licence_exam import wants_whole_route
    from assistant.study_money import price_only
    from assistant.work_before_licence import keeps_step

    # "how much does it cost?": the free course named before is the answer (courses18, rater30 so c08 T3)
    cost = {"rights.cost_free_course"} if price_only(state) else set()
    if answers_where_to_apply(state):  # "where do I apply for the test?" (where8): the step named before is the answer
        return cost | {f.key for f in state.facts if f.key == "licence.step" or f.key.startswith(("route.", "apply."))}
    # "may I work while I wait?", "what can I work as meanwhile?" (waitwork8): the route's step that allows it is the
    # answer, said before or not (the licence answer leaves out its other steps said before)
    if wants_whole_route(state):  # (the licence's own sentence with its steps: "what is it, how do I get it?", c3 T3)
        return cost | {f.key for f in state.facts if f.key.startswith("licence.")}
    return cost | ({"licence.step"} if keeps_step(state) else set())


def lines_once(state: TurnState, facts: list[Fact]) -> list[Fact]:
    """``facts`` without the lines an earlier answer said word for word (module docstring)."""
    if state.user_index == 0 or state.action in _QUESTIONS:
        return facts
    said = _said_lines(state)
    if not said:
        return facts
    from assistant.composers.grounded import render_fact, said_as

    loc = state.locale
    lines = _lines(loc, facts)
    again: set[int] = set()
    asked = asked_again(state)
    for line in lines:
        text = " ".join(render_fact(loc, facts[i]) for i in line)
        if len(text) >= LONG and said_as(text) in said and not any(facts[i].key.startswith("ask.") for i in line) \
                and not any(facts[i].key in asked or facts[i].key == "again.brief" for i in line):
            again.update(line)
    if not again or not any(f.source for i, f in enumerate(facts) if i not in again):
        return facts
    out: list[Fact] = []
    for line in lines:
        if line[0] not in again:
            out.extend(facts[i] for i in line)
            continue
        named = next((facts[i] for i in line if facts[i].source and any(n in facts[i].params for n in _NAMES)), None)
        if named is not None:  # again, briefly: its first sentence (slips17: never "see my earlier answer" instead)
            again_fact = brief(state, named.model_copy(update={"paragraph": False}),
                               next(n for n in _NAMES if n in named.params))
            if again_fact is not None:
                out.append(again_fact.model_copy(update={"paragraph": not named.bullet}))
        elif facts[line[0]].bullet and out and not out[-1].bullet and render_fact(loc, out[-1]).rstrip().endswith(":"):
            out.pop()  # a heading whose first line went with nothing to name (its other lines follow if kept)
    return out
