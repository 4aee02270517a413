"""Programmes a question names ("Teknikprogrammet eller el och energi? Vad är skillnaden?"): each is
answered with what the curated route document says of it, cited, instead of occupations or the courses
of whatever occupation the words happen to resemble.

A programme is named by its title or by the title without its "-programmet" ending ("el och energi",
"teknik"), as whole words of the question.
"""
from __future__ import annotations

import re

from assistant.evidence import quote, sv_text, sv_title
from assistant.intents import normalize, question_part
from assistant.routes import evidence_of, route_gloss, routes
from assistant.state import TurnState
from vagledning.domain.runtime import Runtime

#: Route kinds a person names as "a programme" (the others are ways in, named by the courses answer).
NAMED_KINDS = ("gymnasium_programme", "introduction_programme")
_ENDING = re.compile(r"(programmet|programmen|programme|program)$")


def _words(text: str) -> str:
    return " " + re.sub(r"[\W_]+", " ", normalize(text)).strip() + " "


def named_programmes(state: TurnState, rt: Runtime) -> list:
    """The programmes (routes) the question part names, in the order of the curated file."""
    asked = _words(question_part(state.text))
    by_title, by_stem = [], []
    for route in routes(rt).values():
        if route.kind not in NAMED_KINDS:
            continue
        title = _words(route.title).strip()
        stem = _ENDING.sub("", title).strip()
        if f" {title} " in asked:
            by_title.append(route)
        elif len(stem) >= 5 and f" {stem} " in asked:
            by_stem.append(route)
    # "teknik" alone is a subject; beside a programme named in full, or "program"/"gymnasiet", it names one.
    if by_stem and not (by_title or re.search(r"program|gymnas", asked)):
        by_stem = []
    named = by_title + by_stem

    def at(route) -> int:  # in the order the question names them
        title = _words(route.title).strip()
        i = asked.find(f" {title} ")
        return i if i >= 0 else asked.find(f" {_ENDING.sub('', title).strip()} ")

    return sorted(named, key=at)


def plan_programmes(state: TurnState, rt: Runtime) -> bool:
    """Say what each named programme is (cited); False when the question names none."""
    named = named_programmes(state, rt)
    if not named:
        return False
    for route in named:
        ev = state.add_evidence(evidence_of(route))
        # the document repeats the title and its English name first: what it says of the programme follows
        text = route.text[route.text.find(").") + 2:] if ")." in route.text else route.text
        state.say("programme.described", ev.doc_id, bullet=True, title=sv_title(ev.title, route_gloss(ev)),
                  quote=sv_text(quote(text)))
    return True
