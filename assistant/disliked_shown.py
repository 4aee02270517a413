"""An occupation turned down in free words is refused (leave18, rater30 class 6).

Rater30 c04 T5: after an answer on animal work and vets, "hmm vet stuff sounds bloody. something with dogs maybe" stored
no refusal (no negation cue: "sounds bloody" says no without "not"), the words "vet stuff" were even read as work done,
and the next answer was the Veterinär licence route. A counsellor hears "that sounds bloody / gross / boring", "not my
thing", "I'd hate that", «هاد الشي فيه دم كتير، مو إلي», "Taasi … ima aha", «ኣይፈትዎን», «خوشم نمیایه», "не моє" as a no
to the occupation named, or, when none is named and the words point at it ("that", «هاد», "taasi"), to the one the
previous answer was about (its first occupation).

A statement (not a question) with a dislike cue (``interpretation/disliked.yaml`` ``cues``) refuses, one ``avoid``
constraint each with the sentence as its words, like any refusal:

- the occupations the previous answer presented that its words name (their «title» or its gloss, or a lexicon term
  of their SSYK group: ``unknown_shown.named_shown``);
- else the occupations its words name by a lexicon term ("vet stuff" -> «Veterinär»), at most ``MAX_NAMED``;
- else, when its words point at something (``pointing``) and name no work, the first occupation the previous answer
  presented.
What was read from that sentence (work done, a wish, a liking) goes: the person said what they do not want.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

from assistant.earlier_answers import presented_in
from assistant.interpretation.constraints import finds_study_hard, tells_limitation
from assistant.interpretation.sentences import sentence_bounds
from assistant.state import Focus, TurnState
from vagledning.domain.profile import Profile
from vagledning.yaml_data import load_yaml

PATH = Path(__file__).resolve().parent / "interpretation" / "disliked.yaml"
#: The most occupations a dislike names by lexicon terms alone.
MAX_NAMED = 3
_QUESTION = re.compile(r"[?؟፧]")
_APOS = str.maketrans({"’": "'", "ʼ": "'", "`": "'"})


@functools.cache
def _section(name: str) -> tuple[re.Pattern[str], ...]:
    doc = (load_yaml(PATH.read_text(encoding="utf-8")) or {}).get(name) or {}
    return tuple(re.compile(p) for pats in doc.values() for p in pats or [])


def _fold(text: str) -> str:
    folded = text.translate(_APOS).lower()
    return folded if len(folded) == len(text) else text.translate(_APOS)


def disliked_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each statement of ``text`` that says a dislike (never a question: "is it boring?")."""
    folded = _fold(text)
    out: list[tuple[int, int]] = []
    for pat in _section("cues"):
        for m in pat.finditer(folded):
            a, b = sentence_bounds(text, m.start(), m.end())
            if _QUESTION.match(text, b) or (a, b) in out:
                continue
            out.append((a, b))
    return out


def _points(sentence: str) -> bool:
    folded = _fold(sentence)
    return any(p.search(folded) for p in _section("pointing"))


def _lexicon_named(words: str, rt) -> list[Focus]:
    from retrieval.lexicon import match

    out: list[Focus] = []
    for h in match(words, kinds=("occupation",)):
        try:
            occ = rt.relations.occupation(h.concept_id)
        except Exception:  # noqa: BLE001 - relations are optional: no occupation then
            occ = None
        if occ is not None and all(f.id != occ.id for f in out):
            out.append(Focus(id=occ.id, label=occ.label, ssyk_code=occ.ssyk_code or ""))
    return out[:MAX_NAMED]


def _refused(words: str, shown: list[Focus], answer: str, rt, before: str) -> list[Focus]:
    from assistant.unknown_shown import named_shown

    named = named_shown(words, shown, answer, rt)
    if named:
        return named
    named = _lexicon_named(words, rt)
    if named:
        return named
    # (pointing after something asked or named in this message, "Ingenjör? Nej, det är inget för mig", points at that:
    # echo_refusal.py; refuse14)
    if _QUESTION.search(before) or _lexicon_named(before, rt):
        return []
    return shown[:1] if shown and _points(words) else []


def _previous_answer(state: TurnState) -> str:
    return next((m.content for m in reversed(state.request.messages[:-1]) if m.role == "assistant"), "")


def refuse_disliked(state: TurnState, message: Profile, rt) -> None:
    """Each occupation the new message turns down in free words (module docstring) becomes an ``avoid`` in the profile
    and in what the message says (the answer acknowledges it)."""
    spans = disliked_sentences(state.text)
    if not spans:
        return
    index = state.user_index
    answer = _previous_answer(state)
    shown = presented_in(answer, rt) if answer else []
    for a, b in spans:
        words = state.text[a:b]
        # ("school is boring": studying, little17; "usch, det gör ont i knäna": the body, no occupation)
        if finds_study_hard(words) or tells_limitation(words):
            continue
        refused = _refused(words, shown, answer, rt, state.text[:a])
        if not refused:
            continue
        for p in (state.profile, message, state.message_profile):
            if p is not None:
                _drop_read_from(p, a, b, index)
        from assistant.unknown_shown import refuse_shown

        for f in refused:
            refuse_shown(state, message, f, words, (a, b))


def _drop_read_from(profile: Profile, a: int, b: int, index: int) -> None:
    """Work, wishes, likings, skills and refusals read from the sentence of the dislike."""
    def inside(item) -> bool:
        s = getattr(item, "span", None)
        return s is not None and s.message == index and a < s.end and s.start < b

    for name in ("wishes", "interests", "skills", "experiences"):
        setattr(profile, name, [i for i in getattr(profile, name) if not inside(i)])
    # (the refusal a negation in it made, linked from its words: «ደም» is no occupation; the dislike's own follow)
    profile.constraints = [c for c in profile.constraints if not (c.kind == "avoid" and inside(c))]
