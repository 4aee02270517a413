"""A caveat or a generic block is said once per conversation (rater11: "The source does not say which
percentiles …", "no forecast linked …" and CSN's omställningsstudiestöd came back turn after turn, and the answers
grew long without answering more).

The client sends the conversation back each turn, so what an earlier answer said is known. After the plan is made
(the answer to the question first), a sentence of one of these kinds that an earlier answer already said, word for
word, is left out; a general route said in full before is said again briefly, its first sentence, still cited
(slips17: never "see my earlier answer" in its place); a right only named before, and not named by the message, is
left out (filler24: a pointer back is no answer, and the person heard its name already).
Only when the answer keeps something new: an answer that would be all repeats is the no-repeat guard's
(assistant/no_repeat.py), which says the key sentence and "my sources say no more".
"""
from __future__ import annotations

import re

from assistant.state import Fact, TurnState

#: What the sources do not give, said about figures or a list (its wording is the same for every occupation).
CAVEATS = frozenset({"occ.salary_caveat", "salary.note", "salary.national_place", "occ.no_outlook_all",
                     "occ.no_outlook", "duration.points_rule", "duration.with_swedish", "duration.ask",
                     "what_is.counsellor", "programme.no_school_list"})
#: Figures' caveats: when left out, one short sentence says that what was said about the figures still holds.
FIGURES = frozenset({"occ.salary_caveat", "salary.note", "salary.national_place"})
#: General help beside the answer, said whole once (the next-steps list has its own rule: assistant/next_steps.py).
GENERIC = frozenset({"route.study_support", "next.sfx", "scope.komvux_where", "scope.komvux_where_place",
                     "scope.csn"})  # (youth21: "CSN decides – ask them" once, not after every CSN answer)
#: A general route (Komvux, validation, lärlingsvux, CSN …) in an education answer: named again by title only.
ROUTE_PREFIX = "route."
#: A right or support (TSL, TRR, CSN …) an earlier answer named, in other words (money19: the job-loss steps named
#: TSL and TRR; "can I get omställningsstudiestöd?" the turn after said them again in full): referred to by title,
#: unless it is the answer's first sentence or the message names it.
RIGHTS_PREFIX = "rights."


def _said(state: TurnState) -> str:
    from assistant.composers.grounded import said_as

    return said_as("\n".join(m.content for m in state.history if m.role == "assistant"))


def _old(state: TurnState, fact: Fact, said: str) -> bool:
    from assistant.composers.grounded import render_fact, said_as

    sentence = said_as(render_fact(state.locale, fact))
    return len(sentence) > 20 and sentence in said


def _named_before(state: TurnState, fact: Fact, said: str) -> bool:
    """A right's route whose title an earlier answer gave, and which this message does not name (its first word or
    an acronym in it: "TSL", "TRR")."""
    from assistant.composers.grounded import said_as

    title = fact.params.get("title") if fact.key.startswith(RIGHTS_PREFIX) and fact.source else None
    raw = str(title.get("sv_title", "")) if isinstance(title, dict) else ""
    name = said_as(raw)
    if len(name) < 6 or name not in said:
        return False
    words = {w.casefold() for w in raw.split() if w.isupper() and len(w) > 1} | {name.split()[0]}
    # (words as words: "… o omställningsstudiestöd, vad e det?" names it, its comma beside it, as does Somali's
    # "omställningsstudiestöd-na" with its clitic; "a-kassa" is one word; filler24)
    text = state.text.casefold()
    return not words & (set(re.findall(r"\w+", text)) | set(re.findall(r"[\w-]+", text)))


def said_before(state: TurnState, fact: Fact) -> bool:
    """An earlier answer of this conversation said ``fact``'s sentence word for word (youth21: an age worry's rules on a
    follow-up are not said again)."""
    said = _said(state) if state.user_index > 0 else ""
    return bool(said) and _old(state, fact, said)


def say_once(state: TurnState) -> None:
    """Leave out caveats and generic blocks an earlier answer said; name a general route said before by its title."""
    said = _said(state) if state.user_index > 0 else ""
    if not said:
        return
    first = next((i for i, f in enumerate(state.facts) if f.source), -1)
    old = [_old(state, f, said) or i != first and _named_before(state, f, said) for i, f in enumerate(state.facts)]
    # the answer keeps something new that comes from the sources (else: the no-repeat guard's case)
    if not any(f.source and not o for f, o in zip(state.facts, old)):
        return
    from assistant.apply_where import answers_where_to_apply
    from assistant.study_money import price_only

    asked_where = answers_where_to_apply(state)
    price = price_only(state)  # "how much does it cost?": the free course named before is its answer (courses18)
    kept: list[Fact] = []
    later: list[Fact] = []  # a route named again outside a list: after the answer, not before it
    figures = False
    for fact, was in zip(state.facts, old):
        if was and (fact.key in CAVEATS or fact.key in GENERIC):
            figures = figures or fact.key in FIGURES
            continue
        if was and fact.key.startswith((ROUTE_PREFIX, RIGHTS_PREFIX)) and fact.source and "title" in fact.params \
                and not asked_where and not (price and fact.key == "rights.cost_free_course"):
            # ("where do I sign up?" after SFI was named: its way again, where8)
            # said word for word before: again, briefly (slips17); a right only named before and not asked now: not
            # named again (filler24, rater34 class 8: "«TSL» – see my earlier answer" as the whole item, and
            # "«Lärlingsvux» – see my earlier answer" though that answer never said what it is)
            from assistant.composers.once import brief

            again = brief(state, fact) if _old(state, fact, said) else None
            if again is not None:
                (kept if fact.bullet else later).append(again)
            continue
        kept.append(fact)
    at = next((i for i, f in enumerate(kept) if f.key == "next.heading" or f.key.startswith("ask.")), len(kept))
    kept[at:at] = later
    if figures and not _old(state, Fact(key="again.figures"), said):
        at = max((i for i, f in enumerate(kept) if f.key.startswith("occ.salary")), default=len(kept) - 1) + 1
        kept.insert(at, Fact(key="again.figures"))
    state.facts[:] = _no_bare_heading(kept)


def _no_bare_heading(facts: list[Fact]) -> list[Fact]:
    """A next-steps heading whose steps were all left out goes too."""
    return [f for i, f in enumerate(facts)
            if f.key != "next.heading" or (i + 1 < len(facts) and facts[i + 1].bullet)]
