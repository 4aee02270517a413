"""Programmes a question names ("Teknikprogrammet eller el och energi? Vad är skillnaden?"): each is
answered with what the curated route document says of it, cited, instead of occupations or the courses
of whatever occupation the words happen to resemble.

A programme is named by its title or by the title without its "-programmet" ending ("el och energi",
"teknik"), as whole words of the question.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

import yaml

from assistant.evidence import quote, sv_text, sv_title
from assistant.intents import has, normalize, question_part
from assistant.routes import PUPIL_COUNSELLOR, evidence_of, route_gloss, routes
from assistant.state import TurnState
from vagledning.domain.runtime import Runtime

#: Route kinds a person names as "a programme" (the others are ways in, named by the courses answer).
NAMED_KINDS = ("gymnasium_programme", "introduction_programme")
_ENDING = re.compile(r"(programmet|programmen|programme|program)$")
#: A pupil's own routes: the school's counsellor (choosing a school) and eligibility for university.
ELIGIBILITY = "hogskola_behorighet"
_QUESTIONS = Path(__file__).resolve().parent / "locales" / "youth_questions.yaml"


@functools.cache
def _asks() -> dict[str, re.Pattern[str]]:
    doc = yaml.safe_load(_QUESTIONS.read_text(encoding="utf-8")) or {}
    return {k: re.compile("|".join(f"(?:{p})" for p in v)) for k, v in doc.items()}


def asks(state: TurnState, what: str) -> bool:
    """The question part asks ``what`` (``schools``: which schools have a programme; ``university``: whether it
    leads to university)."""
    return bool(_asks()[what].search(question_part(state.text).casefold()))


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
        elif len(stem) >= 5 and (f" {stem} " in asked or re.search(rf" {stem[:5]}\w* ", asked) and _short(asked, stem)):
            by_stem.append(route)  # (the pupils' short names: "estet" for Estetiska programmet)
    # "teknik" alone is a subject; beside a programme named in full, or "program"/"gymnasiet", or another
    # programme ("estet och teknik"), it names one.
    if by_stem and not (by_title or len(by_stem) > 1 or re.search(r"program|gymnas", asked)):
        by_stem = []
    named = by_title + by_stem

    def at(route) -> int:  # in the order the question names them
        title = _words(route.title).strip()
        i = asked.find(f" {title} ")
        return i if i >= 0 else asked.find(f" {_ENDING.sub('', title).strip()[:5]}")

    return sorted(named, key=at)


def _short(asked: str, stem: str) -> bool:
    """A shortened programme name is a whole word that begins the stem ("estet" of "estetiska")."""
    return any(len(w) >= 5 and stem.startswith(w) for w in asked.split())


def pupil_asks(state: TurnState, rt: Runtime) -> bool:
    """A young person asks about programmes, which schools have them, or whether they lead to university."""
    if not state.profile.is_youth() or not _asks_something(state.text):
        return False  # ("mina föräldrar vill att jag ska plugga på universitet sen" is told, not asked)
    return bool(named_programmes(state, rt) or asks(state, "schools") or asks(state, "university"))


def _asks_something(text: str) -> bool:
    return question_part(text) != text or text.rstrip().endswith(("?", "؟")) or has("question", text)


def plan_pupil_question(state: TurnState, rt: Runtime) -> bool:
    """A question naming programmes ("Teknikprogrammet or El och energi, what is the difference?"), or a young
    person's about programmes, schools or university ("estet eller teknik om jag vill göra spel?" read as a wish
    for suggestions before), answered as asked; False when the turn is no such question."""
    if state.action not in ("suggest", "explore", "more", "courses") or (
            state.action != "courses" and not pupil_asks(state, rt)) or not plan_programmes(state, rt):
        return False
    state.action = "courses"
    return True


def plan_programmes(state: TurnState, rt: Runtime) -> bool:
    """Say what each named programme is (cited); False when the question names none. A young person who also
    asks whether it leads to university hears what eligibility is (UHR); one who asks which schools have it
    hears that no list of schools is kept here and where to look (Utbildningsguiden's page for pupils)."""
    named = named_programmes(state, rt)
    youth = state.profile.is_youth()
    if not named and not (youth and (asks(state, "schools") or asks(state, "university"))):
        return False
    _describe(state, named)
    table = routes(rt)
    if youth and asks(state, "university") and ELIGIBILITY in table:
        _describe(state, [table[ELIGIBILITY]])
    if youth and asks(state, "schools") and PUPIL_COUNSELLOR in table:
        ev = state.add_evidence(evidence_of(table[PUPIL_COUNSELLOR]))
        state.say("programme.no_school_list", ev.doc_id)
    return True


def _describe(state: TurnState, named: list) -> None:
    for route in named:
        ev = state.add_evidence(evidence_of(route))
        # the document repeats the title and its English name first: what it says of the programme follows
        text = route.text[route.text.find(").") + 2:] if ")." in route.text else route.text
        state.say("programme.described", ev.doc_id, bullet=True, title=sv_title(ev.title, route_gloss(ev)),
                  quote=sv_text(quote(text)))
