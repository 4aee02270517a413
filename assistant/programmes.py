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

from assistant.earlier_answers import earlier_occupations
from assistant.evidence import quote, sv_text, sv_title
from assistant.gymnasium import field_codes, field_programme, programme_for
from assistant.intent_cues import has, normalize
from assistant.intents import question_part
from assistant.routes import PUPIL_COUNSELLOR, evidence_of, route_gloss, routes
from assistant.state import TurnState
from vagledning.domain.runtime import Runtime
from vagledning.yaml_data import load_yaml

#: Route kinds a person names as "a programme" (the others are ways in, named by the courses answer).
NAMED_KINDS = ("gymnasium_programme", "introduction_programme")
_ENDING = re.compile(r"(programmet|programmen|programme|program)$")
#: A pupil's own routes: the school's counsellor (choosing a school) and eligibility for university.
ELIGIBILITY = "hogskola_behorighet"
_QUESTIONS = Path(__file__).resolve().parent / "locales" / "youth_questions.yaml"


#: A programme's description is quoted whole enough to list all its orientations.
DESCRIBED_CHARS = 520
#: At most this many programmes answer a pupil's "which programme should I choose?".
MAX_CHOICES = 4


@functools.cache
def _doc() -> dict:
    return load_yaml(_QUESTIONS.read_text(encoding="utf-8")) or {}


@functools.cache
def _asks() -> dict[str, re.Pattern[str]]:
    return {k: re.compile("|".join(f"(?:{p})" for p in v)) for k, v in _doc().items() if isinstance(v, list)}


def short_named(state: TurnState, *, whole: bool = False) -> list[str]:
    """Route keys of the programmes a pupil's programme question names by the pupils' short names ("te? el?",
    "bygg eller fordon?"): only in a question about choosing a programme, where "te" and "el" are no words.
    ``whole``: in the whole message ("vilket program? te? el?" is planned question by question)."""
    if not (asks(state, "choose") or re.search(r"program|gymnas", _words(state.text))):
        return []
    said = state.request.messages[-1].content if whole and state.request.messages else state.text
    asked = _words(said or "")
    hits = [(asked.find(_words(w)), key) for key, names in (_doc().get("short") or {}).items()
            for w in names if _words(w) in asked]
    return list(dict.fromkeys(key for _, key in sorted(hits)))


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
    return bool(named_programmes(state, rt) or asks(state, "schools") or asks(state, "university")
                or choosing(state, rt))


def choosing(state: TurnState, rt: Runtime) -> bool:
    """A pupil asks which programme to choose, and there is something to answer with: programmes named (by short
    names too) or occupations shown before ("vilket gymnasieprogram ska jag välja? vilka jobb passar mig?" as a
    first message is answered with occupations, each with its programme)."""
    if not state.profile.is_youth() or not (asks(state, "choose") or short_named(state)):
        return False
    return bool(short_named(state) or named_programmes(state, rt) or earlier_occupations(state, rt))


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
    choose = choosing(state, rt)
    if not named and not (youth and (asks(state, "schools") or asks(state, "university") or choose)):
        return False
    table = routes(rt)
    if choose:
        _choices(state, rt, named)
    else:
        _describe(state, named)
    if youth and asks(state, "university") and ELIGIBILITY in table:
        _describe(state, [table[ELIGIBILITY]])
    town = _town(state) if youth and named else None
    if youth and PUPIL_COUNSELLOR in table and (choose or town or asks(state, "schools")):
        ev = state.add_evidence(evidence_of(table[PUPIL_COUNSELLOR]))
        if town:  # "finns teknikprogrammet i luleå?": the town is answered for, with where to look
            state.say("programme.in_town", ev.doc_id, place=town)
        else:
            state.say("programme.no_school_list", ev.doc_id)
    return True


def _town(state: TurnState) -> str | None:
    """The kommun (else län) this message names for a programme ("finns teknikprogrammet i luleå?"; a place told
    before keeps its first span, so it is also found by its words in this message)."""
    told = (state.message_profile.constraints if state.message_profile else []) + state.profile.constraints
    text = state.text.casefold()
    for kind in ("municipality", "region"):
        for c in reversed(told):
            quote = (c.span.quote or "").strip().casefold()
            if c.kind == kind and c.label and (c.span.message == state.user_index or c.label.casefold() in text
                                               or (len(quote) > 2 and quote in text)):
                return c.label
    return None


def _choices(state: TurnState, rt: Runtime, named: list) -> None:
    """A pupil's "which programme should I choose? te? el? something with games?": the programmes named (by
    title or short name), then the programmes (with the orientation) into the occupations shown before and the
    vocational programme into their field; each said to lead straight to work or on to further studies."""
    table = routes(rt)
    out = [evidence_of(r) for r in named] + [evidence_of(table[k]) for k in short_named(state, whole=True)
                                             if k in table]
    shown = next(iter(earlier_occupations(state, rt)), [])
    for f in shown:
        prog = programme_for(f.ssyk_code, table)
        if prog is not None:
            out.append(evidence_of(prog, (f.ssyk_code,) if f.ssyk_code else ()))
    for f in shown[:1]:  # the vocational way into the first occupation's field (hands-on, less reading)
        alt = field_programme(f.ssyk_code, table, field_codes(rt, f.ssyk_code))
        if alt is not None:
            out.append(evidence_of(alt, field_codes(rt, f.ssyk_code)))
    chosen: list = []
    for ev in out:  # each programme once, where it first comes
        if all(c.facts["route"] != ev.facts["route"] for c in chosen):
            chosen.append(ev)
    if state.profile.wants_no_study():  # "hatar att läsa": the vocational programmes first
        chosen.sort(key=lambda ev: not table[str(ev.facts["route"])].ssyk)
    for ev in chosen[:MAX_CHOICES]:
        ev = state.add_evidence(ev)
        vocational = bool(table[str(ev.facts["route"])].ssyk)
        state.say("programme.vocational" if vocational else "programme.preparatory", ev.doc_id, bullet=True,
                  title=sv_title(ev.title, route_gloss(ev)))


def _describe(state: TurnState, named: list) -> None:
    for route in named:
        ev = state.add_evidence(evidence_of(route))
        if route.key == ELIGIBILITY and state.locale not in ("sv", "sv-easy"):
            # the eligibility in the reader's language, never its Swedish paragraph (fit24, rater34 new02), and the
            # specific eligibility some programmes ask
            state.say("programme.eligibility", ev.doc_id, bullet=True, title=sv_title(ev.title, route_gloss(ev)))
            state.say("entry.university_special_unknown", ev.doc_id)
            continue
        # the document repeats the title and its English name first: what it says of the programme follows
        text = route.text[route.text.find(").") + 2:] if ")." in route.text else route.text
        state.say("programme.described", ev.doc_id, bullet=True, title=sv_title(ev.title, route_gloss(ev)),
                  quote=sv_text(quote(text, DESCRIBED_CHARS)))
