"""Long study turned down, and a person's state said negated (youth14; rater14 conv4, rated 1/5).

- "ingenjör e för mycke plugg", "engineer is way too much studying", "مهندس يعني دراسة هواية": the occupation the
  sentence names is turned down for the study it takes. It was read as work done, and a 19-year-old who never had a
  job heard "you have done a similar job" for Byggnadsingenjör and Elingenjör. What that sentence names is refused
  (an ``avoid`` constraint with the occupation, so matching leaves out its SSYK group), never an experience or a
  wish, and the person does not want to study long (``no_study``). Patterns: ``cues.yaml`` ``too_much_study``.
- "inte klar med skolan", "not sure", "مو متأكد", "مطمئن نیستم": a state of the person said negated refuses no work
  (the refusal "klar" left out assistants and pre-school teachers). Words: ``cues.yaml`` ``self_state``.
"""
from __future__ import annotations

import functools
import re

from assistant.interpretation.cues import CUES_PATH
from vagledning.domain.marks import FULL_STOPS, SEMICOLONS
from vagledning.domain.profile import Constraint, Profile, Span
from vagledning.yaml_data import load_yaml

#: Where a sentence ends, in our scripts (the refusal is of what its own sentence names).
_SENTENCE_END = re.compile(rf"[{FULL_STOPS}{SEMICOLONS}\n]")


@functools.cache
def _doc() -> dict:
    return load_yaml(CUES_PATH.read_text(encoding="utf-8")) or {}


@functools.cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in _doc().get("too_much_study") or [])


@functools.cache
def _states() -> tuple[frozenset[str], tuple[str, ...]]:
    """(whole words, stems of a ``*`` entry) of every language's state words."""
    whole: set[str] = set()
    stems: set[str] = set()
    for items in (_doc().get("self_state") or {}).values():
        for item in items:
            w = str(item).casefold()
            (stems.add(w[:-1]) if w.endswith("*") else whole.add(w))
    return frozenset(whole), tuple(sorted(stems))


def _state_word(tok: str) -> bool:
    whole, stems = _states()
    return tok in whole or bool(stems and tok.startswith(stems))


def a_state(focus: str) -> bool:
    """A negation's words tell a state of the person ("klar med skolan", "sure", "مطمئن"), not work refused: a state
    word among the first or last two words (the negation stands before them, or after them in Dari or Somali)."""
    folded = focus.casefold()
    toks = list(re.finditer(r"[\w'ʼ*]+", folded))
    said = [m for m in toks[:2] + toks[-2:] if _state_word(m.group(0))]
    if not said:
        return False
    # A state word inside an occupation's own name names the work: the state words of all languages are read together,
    # and Dari «مصمم» (determined) is the Arabic «مصمم» of «مصمم ازياء» (fashion designer; limits10).
    from retrieval.lexicon import match

    named = [(h.start, h.end) for h in match(folded, kinds=("occupation",))]
    return any(not any(a <= m.start() and m.end() <= b for a, b in named) for m in said)


def too_much_study(text: str) -> re.Match[str] | None:
    """Where the text turns something down as too much or too long study, if it does."""
    from assistant.interpretation.constraints import fold

    folded = fold(text)
    return next((m for p in _patterns() if (m := p.search(folded))), None)


def refused_for_study(profile: Profile, text: str, message: int) -> None:
    """When message ``message`` turns work down as too much study: the occupations its sentence names become
    refusals (work done and wishes dropped), and the message says no long study (module docstring)."""
    m = too_much_study(text)
    if m is None:
        return
    start = max((e.end() for e in _SENTENCE_END.finditer(text, 0, m.start())), default=0)
    ends = _SENTENCE_END.search(text, m.end())
    end = ends.start() if ends else len(text)

    def here(span: Span | None) -> bool:
        return span is not None and span.message == message and start <= span.start and span.end <= end

    named = [e.occupation for e in profile.experiences if here(e.span) and e.occupation.kind == "occupation"]
    named += [w.concept for w in profile.wishes if here(w.span) and w.concept is not None
              and w.concept.kind == "occupation"]
    profile.experiences = [e for e in profile.experiences if not here(e.span)]
    profile.wishes = [w for w in profile.wishes if not (here(w.span) and w.concept is not None)]
    refused = {c.concept.id for c in profile.constraints if c.kind == "avoid" and c.concept is not None}
    said = Span(start=start, end=end, quote=text[start:end], message=message)
    for ref in named:
        if ref.id not in refused:
            refused.add(ref.id)
            profile.constraints.append(Constraint(kind="avoid", value=ref.label, label=ref.label, concept=ref,
                                                  span=said, confidence=0.8))
    if not profile.wants_no_study():
        profile.constraints.append(Constraint(kind="no_study", value="true", label=text[m.start():m.end()],
                                              span=Span(start=m.start(), end=m.end(), quote=text[m.start():m.end()],
                                                        message=message), confidence=0.8))
