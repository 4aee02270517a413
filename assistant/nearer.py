""""Anything in Borlänge? Bromma is too far": after a courses question, asking for something nearer (or in a place)
asks for the courses again, there (rater11 conv4 T5: it was read as a wish for more occupations or as a question
about Komvux, and the answer told a person in Borlänge to search Stockholm's website).

A short message that says a place is too far or asks for something near or in a place, right after the person asked
for courses, is a courses question; the place it is about is the person's (the profile's), or the one it names as
where they want to study, never the one it calls too far. The cues are data (interpretation/nearer_cues.yaml), in every language.
"""
from __future__ import annotations

import functools
import re
from importlib import resources

from assistant.asked_parts import PART_INTENTS, elliptic
from assistant.intent_cues import has, normalize
from assistant.intents import detect_intent
from assistant.interpretation.person_words import far_away
from assistant.state import Intent, TurnState
from vagledning.domain.runtime import Runtime
from vagledning.yaml_data import load_yaml

#: Longer messages tell a story of their own: their own intent stands.
MAX_WORDS = 25
#: Intents a "something nearer?" follow-up is misread as (nothing asked, or a list of other occupations).
_MISREAD = {"provide", "more"}


@functools.cache
def _cues() -> dict[str, re.Pattern[str]]:
    data = load_yaml(resources.files("assistant").joinpath("interpretation", "nearer_cues.yaml").read_text(encoding="utf-8"))
    return {name: re.compile("|".join(f"(?:{c})" for lang in by_lang.values() for c in lang), re.I)
            for name, by_lang in data.items()}


def cue_pattern(name: str) -> re.Pattern[str]:
    """The compiled cues of group ``name`` of nearer_cues.yaml (all languages), matched on normalised text."""
    return _cues()[name]


def asks_nearer(text: str) -> bool:
    """The message asks for something nearer or in a place, says a place is too far, or that the person cannot move
    (yhdist12: "I can't move, my children are in Borås") (any language)."""
    t = normalize(text)
    # ("too far" is one list, person_words.yaml's, also what keeps a far place from becoming home)
    return len(t.split()) <= MAX_WORDS and bool(_cues()["nearer"].search(t) or _cues()["cannot_move"].search(t)
                                                or far_away(text))


def _in_place(text: str) -> bool:
    """A short message asks whether it is given in a named place ("finns den i Uppsala?", «ኣብ Kalmar ኣሎ ድዩ?»)."""
    t = normalize(text)
    return len(t.split()) <= MAX_WORDS and bool(_cues()["in_place"].search(t))


def asks_distance(text: str) -> bool:
    """The message asks about studying at a distance (from home, online; any language, yhdist12)."""
    t = normalize(text)
    return len(t.split()) <= MAX_WORDS and bool(_cues()["distance"].search(t)) and not _cues()["on_site"].search(t)


def asks_on_site(text: str) -> bool:
    """The message asks to study on site, not at a distance ("helst inte distans, jag vill sitta i ett klassrum",
    "not online, in a real classroom"; any language, asked16)."""
    t = normalize(text)
    return len(t.split()) <= MAX_WORDS and bool(_cues()["on_site"].search(t))


def courses_before(state: TurnState) -> bool:
    """The person's previous question (over "and X?" messages) asked for courses (or named them)."""
    for m in reversed(state.history):
        if m.role == "user":
            intent = detect_intent(m.content)
            # ("kan man läsa den på distans?" asks about the courses just listed: yhdist12)
            if intent == "courses" or _cues()["course_words"].search(normalize(m.content)) or asks_distance(m.content) \
                    or asks_on_site(m.content):
                return True
            if intent in PART_INTENTS:
                return False
            if not elliptic(m.content):
                return False
    return False


def nearer(state: TurnState) -> Intent:
    """The intent of this message: "courses" for a "something nearer?", "I can't move" or "at a distance?" follow-up
    to a courses question."""
    work = has("is_there_work", state.text) or has("demand", state.text)  # "any jobs nearer?" asks about work
    # ("finns den i Uppsala?", «Uppsala ama meel u dhow ma jirtaa?»: a place named alone scopes the courses asked
    # before to it, second32)
    if state.intent in _MISREAD and not work and (asks_nearer(state.text) or asks_distance(state.text)
                                                        or asks_on_site(state.text) or _in_place(state.text)) \
            and courses_before(state):
        return "courses"
    return state.intent


def nearer_again(state: TurnState, rt: Runtime) -> bool:
    """"Anything in Borlänge?" when the courses answer would be the one given before: not "my sources say no more",
    but what the sources do say for the person's place — that they have nothing there (when so) and the nearest
    courses with their place and distance, without the routes said before — and where the person's own
    municipality's adult education is looked up (Komvux, its curated Skolverket pages cited). True when answered."""
    if state.action != "courses" or not asks_nearer(state.text):
        return False
    from assistant.scope import say_adult_school

    kept = [f for f in state.facts if f.key.startswith(("courses.none", "courses.intro", "courses.item"))]
    state.facts.clear()
    state.facts.extend(kept)
    say_adult_school(state, rt, vocational=True)
    return True
