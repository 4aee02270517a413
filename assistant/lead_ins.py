"""A lead-in is never said without what it leads in to (ask15; rater15: "my licence is not valid yet, what i can do
meanwhile" got "Yes, for part of the work – what the rules allow without your own licence is below; Elsäkerhetsverket
decides." and nothing below it).

A lead-in announces the block that follows it: a heading that ends in ":" ("Salary for «Kock»:", "The steps if you
trained outside the EU/EEA:", "Next steps …:") or a verdict that points below ("… is below", "see the steps below").
The steps that cut an answer down after it is planned (a caveat or route said before: assistant/said_before.py; the
key sentence of an answer given before: assistant/answers.py and assistant/no_repeat.py; a part of a message already
answered) may leave a lead-in whose block is gone. Then:

- the key sentence said again is never a lead-in (:func:`key_sentence`: the first cited sentence that says something);
- a lead-in whose block is empty is left out (:func:`drop_dangling`), and an answer left with nothing from the sources
  says plainly that there is nothing more to add and what to ask next (``nothing_more``), never a line ending in ":".

Which keys are lead-ins is read from the templates (the keys are the same in every locale; the English wording
decides), so a new heading is covered when it is written.
"""
from __future__ import annotations

import re
from functools import lru_cache

from assistant.state import Fact, TurnState

#: A template that ends in a colon, or points to what is written below it.
_LEADS = re.compile(r":\s*$|\bbelow\b", re.IGNORECASE)
#: Facts that end the block of a lead-in: the general next steps, a question to the person, a follow-up remark.
_BLOCK_END = ("next.heading", "ask.", "followup.", "explore.question")
#: Answers that ask the person something: no source is expected in them.
_QUESTIONS = ("greet", "ask")


@lru_cache(maxsize=1)
def lead_in_keys() -> frozenset[str]:
    """The template keys whose sentence leads in to a block that follows (English wording: ends in ":" or
    points below)."""
    from assistant.locales import flat

    return frozenset(k for k, v in flat("en").items() if _LEADS.search(v.strip()))


def is_lead_in(fact: Fact) -> bool:
    """True when ``fact`` is a lead-in sentence."""
    return fact.key in lead_in_keys()


def key_sentence(facts: list[Fact]) -> Fact | None:
    """The answer's key sentence: the first cited one that says something itself (never a lead-in)."""
    return next((f for f in facts if f.source and not is_lead_in(f)), None)


def is_verdict(fact: Fact) -> bool:
    """A sentence that gives the answer's verdict before its reason ("Ja, det kan gå:", a yes/no question's "Yes –"):
    a cut to the key sentence keeps it first (refer20, lead21)."""
    # (akassa29: the verdict on what the person told, "yes, by what you told – 14 months …", is one too)
    return fact.key.startswith(("yesno.", "told_terms.")) or (fact.key.startswith("rights.") and fact.key.endswith("_lead"))


def _ends_block(fact: Fact) -> bool:
    return fact.paragraph or fact.key.startswith(_BLOCK_END)


def _dangling(facts: list[Fact], i: int) -> bool:
    """The lead-in at ``i`` has nothing but other lead-ins in its block (up to the next block's start)."""
    for fact in facts[i + 1:]:
        if _ends_block(fact):
            return True
        if not is_lead_in(fact):
            return False
    return True


def drop_dangling(state: TurnState) -> None:
    """Leave out every lead-in whose block is empty; an answer left with nothing from the sources (its cited
    sentences were all lead-ins) says there is nothing more to add, with what to ask next."""
    facts = state.facts
    dangling = [i for i, f in enumerate(facts) if is_lead_in(f) and _dangling(facts, i)]
    if not dangling:
        return
    cited = any(f.source for f in facts)
    state.facts[:] = [f for i, f in enumerate(facts) if i not in dangling]
    if state.action in _QUESTIONS:
        return
    content = [f for f in state.facts if not f.key.startswith("followup.")]
    if not content or (cited and not any(f.source for f in state.facts)):
        from assistant.answers import nothing_more

        nothing_more(state)
