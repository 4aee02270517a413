"""A length budget for an answer that lists occupations (rater22: answers of 2,000–3,400 characters with nine sources;
a person reads a screen, not a report).

A list answer (suggest, more, explore) names up to three occupations, each with its figures, and under each the way in
(a route or a course), plus what the person asked beside it. When the rendered answer is longer than the action's
budget, what a person needs least goes first, until it fits:

1. sentences that add nothing to decide on: a way in already said ("«Validering …» – see my earlier answer", rater22:
   used as content), that the sources have no forecast, the demanded skills of the first suggestion (the
   occupation's card and the describe answer give them);
2. the way in (route and course bullets) of the third, then the second occupation: each card has the courses and
   conditions quick replies, so the way in is one press away ("the rest behind a quick reply").

Never dropped: the occupations and their figures, the question's own answer, the business routes told when
employers are few (assistant/own_business.py: three routes said together), anything not about an occupation (what
was heard, a limitation's note, the next steps, the question to the person). A dropped sentence takes its citation
with it (markers are numbered from the sentences kept), so no kept sentence loses its source.
"""
from __future__ import annotations

from assistant.state import Fact, TurnState

#: Characters of an answer per action (only the list answers are trimmed: the others answer what was asked).
BUDGET = {"suggest": 1250, "more": 1150, "explore": 1150}
#: Sentences that may go first, in this order (the keys of assistant/locales/*.yaml).
FIRST = ("again.route", "occ.no_outlook_all", "occ.missing_skills")
#: Bullets under an occupation that say its way in (not the own-business routes, which go together).
WAY_IN = ("occ.route", "occ.route_programme", "occ.education", "occ.education_distance", "occ.education_from",
          "occ.education_unplaced", "occ.education_far")
_ITEM = "occ.item"


def _length(loc: str, facts: list[Fact]) -> int:
    from assistant.composers.grounded import render_fact

    glossed: set[str] = set()
    return sum(len(render_fact(loc, f, glossed)) + 6 for f in facts)   # (+ marker and separator)


def _by_occupation(facts: list[Fact]) -> list[int]:
    """For each fact, the number of occupation items before it (0: before the first item)."""
    n, out = 0, []
    for fact in facts:
        if fact.key.startswith(_ITEM):
            n += 1
        out.append(n)
    return out


def within_budget(state: TurnState, facts: list[Fact]) -> list[Fact]:
    """``facts`` trimmed to the action's budget as the module docstring says; unchanged when it fits or the action
    has no budget."""
    budget = BUDGET.get(state.action)
    if budget is None or _length(state.locale, facts) <= budget:
        return facts
    kept = list(facts)
    owner = _by_occupation(facts)
    # (index lists of what may go, in order; each step removes one group and checks the length again)
    # (a way in said before goes only as a bullet under an occupation, not as a paragraph of its own)
    steps: list[list[int]] = [[i for i, f in enumerate(facts) if f.key == key and (f.bullet or key != "again.route")]
                              for key in FIRST]
    for occ in range(max(owner, default=0), 1, -1):
        steps.append([i for i, f in enumerate(facts) if owner[i] == occ and f.bullet and f.key in WAY_IN])
    gone: set[int] = set()
    for step in steps:
        if not step:
            continue
        gone.update(step)
        kept = [f for i, f in enumerate(facts) if i not in gone]
        if _length(state.locale, kept) <= budget:
            break
    return kept
