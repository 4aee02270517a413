"""A named education programme as the subject of a question: what it takes to get in, and two set side by side.

rater18 (conv3, conv5 Q1/Q4): "vad krävs för att komma in på el- och energiprogrammet? jag har E i matte" got the
licence route of an occupation whose words resembled it, "El eller Teknik?" got "what have you worked with?". The
programmes people name (the 18 national programmes, the language introduction programme, the common university
programmes) are a lexicon in every language (``locales/programme_names.yaml``), read before any occupation is linked:

- "what is needed to get in?": for a national programme the grades it needs (vocational: 8 subjects, preparatory: 12,
  some programmes' own subjects; the Education Act) and how the merit rating counts (the ordinance); for a university
  programme basic eligibility (UHR) and its specific eligibility where the curated page states it, else that
  antagning.se shows it; Komvux for missing courses. A grade told ("E i matte") is said to be a pass or not;
- two programmes named against each other ("el eller teknik?", "X or Y, which is better?") are described side by
  side from their curated routes, with what a vocational and a preparatory programme lead to.
Every sentence cites the curated route (``ingest/data/education_routes.yaml``) whose page states it.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

from assistant.evidence import quote, sv_text, sv_title
from assistant.intent_cues import has, normalize
from assistant.intents import question_part
from assistant.interpretation.school_gaps import subject_as_said, subject_named
from assistant.routes import PUPIL_COUNSELLOR, evidence_of, route_gloss, routes
from assistant.state import TurnState
from vagledning.domain.evidence import Evidence
from vagledning.domain.runtime import Runtime
from vagledning.yaml_data import load_yaml

_HERE = Path(__file__).resolve().parent / "locales"
#: The curated routes that state the entry rules.
GRADES, MERIT, ELIGIBILITY, KOMVUX = "gy_behorighet", "gy_meritvarde", "hogskola_behorighet", "komvux"
#: At most this many programmes are set side by side.
MAX_COMPARED = 3
#: The actions a question naming a programme and asking nothing else arrives with (no occupation's salary, demand …).
DESCRIBED_ACTIONS = ("describe", "ask", "explore", "courses")
DESCRIBED_CHARS = 520
_PUNCT = re.compile(r"[\-–—_/,.?!؟:;()«»\"“”'’]+")
_AR_PROCLITIC = r"(?:[وفبل]|ال|وال|بال|لل)?"
_GRADE = re.compile(r"(?<![\w+-])([A-F])(?![\w+-])")


@functools.cache
def _doc() -> dict[str, Any]:
    return load_yaml((_HERE / "programme_names.yaml").read_text(encoding="utf-8")) or {}


def _fold(text: str) -> str:
    return " " + re.sub(r"\s+", " ", _PUNCT.sub(" ", normalize(text))).strip() + " "


def _name_pattern(name: str) -> str:
    words = _fold(name).split()
    body = r"\s".join(re.escape(w).replace(r"\*", r"\w*") for w in words) + r"\w*"
    lead = _AR_PROCLITIC if re.match(r"[\u0600-\u06ff]", words[0]) else ""
    return rf"(?<!\w){lead}{body}"


@functools.cache
def _names() -> list[tuple[str, re.Pattern[str]]]:
    """(programme key, pattern of one of its names), longest names first."""
    out = [(key, name) for key, p in (_doc().get("programmes") or {}).items()
           for names in (p.get("names") or {}).values() for name in names]
    out.sort(key=lambda kn: -len(kn[1]))
    return [(k, re.compile(_name_pattern(n))) for k, n in out]


@functools.cache
def _short() -> list[tuple[str, re.Pattern[str]]]:
    """The pupils' short names of the national programmes ("el", "teknik", "bygg"; locales/youth_questions.yaml),
    read only where two options are set against each other; two-letter codes other than "el" are no names then."""
    doc = load_yaml((_HERE / "youth_questions.yaml").read_text(encoding="utf-8")) or {}
    return [(k, re.compile(rf"(?<!\w){re.escape(_fold(w).strip())}(?!\w)")) for k, ws in (doc.get("short") or {}).items()
            for w in ws if len(w) > 2 or w == "el"]


@functools.cache
def _asks(what: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in _doc().get(what) or []))


@functools.cache
def _further() -> list[tuple[str, re.Pattern[str]]]:
    """(further education key, pattern of one of its names): a whole school form asked to be got into ("yh")."""
    out = [(key, name) for key, p in (_doc().get("further") or {}).items()
           for names in (p.get("names") or {}).values() for name in names]
    return [(k, re.compile(_name_pattern(n))) for k, n in sorted(out, key=lambda kn: -len(kn[1]))]


def further_entry(q: str) -> list[str]:
    """Keys of the further education forms a question asks the entry to ("vad krävs för att komma in på yh?"), else
    []. Read only with an entry question: "finns det yh i umeå?" asks for programmes, not the way in (level11)."""
    if not asks_entry(q):
        return []
    folded = _fold(q)
    return list(dict.fromkeys(key for key, pat in _further() if pat.search(folded)))


def programme(key: str) -> dict[str, Any]:
    return (_doc().get("programmes") or {}).get(key) or {}


def named(text: str, *, short: bool = False) -> list[str]:
    """Keys of the programmes ``text`` names, in the order named (``short``: the pupils' short names too)."""
    folded = _fold(text)
    hits: dict[str, int] = {}
    taken: list[tuple[int, int]] = []
    for key, pat in _names() + (_short() if short else []):
        for m in pat.finditer(folded):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue  # (a shorter name inside a longer one already read)
            taken.append((m.start(), m.end()))
            hits.setdefault(key, m.start())
    return sorted(hits, key=hits.__getitem__)


def asks_entry(text: str) -> bool:
    return bool(_asks("entry_ask").search(_fold(text)))


def compared(text: str) -> list[str]:
    """Two or more programmes set against each other ("el eller teknik? vilket är bäst?"), else []."""
    if not _asks("compare_ask").search(_fold(text)):
        return []
    found = named(text, short=True)
    return found if len(found) > 1 else []


def told_grades(text: str) -> list[tuple[str, str]]:
    """(grade, the subject's name as said) the message tells ("jag har E i matte", «عندي E بالرياضيات»): a grade letter
    A–F written as a capital, with the school subject named nearest to it (locales/school_subjects.yaml)."""
    out: list[tuple[str, str]] = []
    for m in _GRADE.finditer(text or ""):
        near = text[max(0, m.start() - 30):m.end() + 30]
        at = m.start() - max(0, m.start() - 30)
        said = [(abs(w.start() - at), word) for word, pat in _subjects() for w in pat.finditer(near)]
        if said:  # (the subject's own word: «الرياضيات», not «بالرياضيات» as written)
            out.append((m.group(1), min(said)[1].casefold()))
    return list(dict.fromkeys(out))


@functools.cache
def _subjects() -> list[tuple[str, re.Pattern[str]]]:
    doc = load_yaml((_HERE / "school_subjects.yaml").read_text(encoding="utf-8")) or {}
    words = [w for subject, ws in (doc.get("subjects") or {}).items() for w in [subject, *ws] if len(w) > 2]
    return [(w, re.compile(rf"(?<!\w){_AR_PROCLITIC}{re.escape(w)}(?!\w)", re.IGNORECASE)) for w in words]


def programme_asked(state: TurnState) -> bool:
    """The question is about a named programme (its entry, what it is), or sets programmes against each other."""
    q = question_part(state.text)
    return asks_difference(q) or bool(further_entry(q)) or not _pupils_own(state) and bool(
        compared(q) or (named(q) and (asks_entry(q) or _what_is(state, q))))


def asks_difference(q: str) -> bool:
    """The question asks the difference between programmes it names ("whats the difference between
    hantverksprogrammet and bygg?"): whoever asks, the programmes side by side, never the words of the question read
    as an occupation's name (subject10, rater25 C6 T7: a pupil got "I could not find the occupation «between»")."""
    return has("compare_ask", q) and len(compared(q)) > 1


def _pupils_own(state: TurnState) -> bool:
    """A pupil's question about which programme to choose, which schools have one or whether it leads to university:
    answered with the school's counsellor by assistant/programmes.py (youth10), not here."""
    from assistant.programmes import asks, short_named

    if not state.profile.is_youth():
        return False
    whole = state.model_copy(update={"text": state.request.messages[-1].content}) if state.request.messages else state
    return any(asks(st, what) for st in (state, whole) for what in ("schools", "university", "choose")) or bool(
        short_named(state))


def _what_is(state: TurnState, q: str) -> bool:
    """A question that names a programme and asks nothing else of an occupation ("شو برنامج الرعاية الصحية
    والاجتماعية؟", "tell me about the teacher programme"): what the programme is."""
    if state.action not in DESCRIBED_ACTIONS or state.profile.is_youth():  # (a pupil's: assistant/programmes.py)
        return False
    return q != state.text or q.rstrip().endswith(("?", "؟")) or has("question", q) or state.action == "describe"


def plan_programme_question(state: TurnState, rt: Runtime) -> bool:
    """Answer a question about a named programme's entry or two programmes side by side; False for any other."""
    q = question_part(state.text)
    table = routes(rt)
    if table and _plan_further_entry(state, table, q):
        return True
    if not table or (_pupils_own(state) and not asks_difference(q)):
        return False
    both = compared(q)
    if both:
        state.action = "courses"
        _side_by_side(state, table, both[:MAX_COMPARED])
    elif named(q) and asks_entry(q):  # (a national programme's grades are the rights answer's, pupil19)
        university = any(programme(k).get("level") == "university" for k in named(q)[:1])
        state.action = "courses" if university else "rights"
        for key in named(q)[:2]:
            _entry(state, table, key)
    elif named(q) and _what_is(state, q):
        state.action = "courses"
        _side_by_side(state, table, named(q)[:MAX_COMPARED], intro=False)
    else:
        return False
    _grades(state, table, [programme(k).get("level") for k in (both or named(q))])
    return True


def _plan_further_entry(state: TurnState, table: dict[str, Any], q: str) -> bool:
    """The entry to a further education form (YH) asked: its basic eligibility and a programme's own prior knowledge,
    cited from its route. A national programme named beside it is the one the person finished ("räcker mitt gymnasium
    från handelsprogrammet?"), never the programme asked to be got into: no gymnasium entry grades (rater27 C3 T7)."""
    asked = [f for f in further_entry(q) if ((_doc().get("further") or {})[f].get("route") or f) in table]
    if not asked:
        return False
    state.action = "courses"
    finished = [k for k in named(q) if programme(k).get("level") == "gymnasium"]
    for key in asked[:1]:
        ev = state.add_evidence(evidence_of(table[(_doc().get("further") or {})[key].get("route") or key]))
        state.say("entry.further_basic", ev.doc_id, title=sv_title(ev.title, route_gloss(ev)))
        for had in finished[:1]:
            name = (programme(had).get("names") or {}).get("sv", [had])[0]
            state.say("entry.further_finished", ev.doc_id, title=sv_title(name[:1].upper() + name[1:], "gymnasium"))
    if KOMVUX in table:  # (a school not finished, or a course missing: Komvux gives the eligibility)
        state.say("entry.komvux", _cite(state, table, KOMVUX))
    return True


def _title(state: TurnState, table: dict[str, Any], key: str) -> tuple[dict[str, str], str | None]:
    """The programme's title (glossed) and the doc id of its route, when it is curated."""
    p = programme(key)
    route = table.get(p.get("route") or key)
    if route is None:
        name = (p.get("names") or {}).get("sv", [key])[0]
        return sv_title(name[:1].upper() + name[1:], "route"), None
    ev = state.add_evidence(evidence_of(route))
    return sv_title(ev.title, route_gloss(ev)), ev.doc_id


def _cite(state: TurnState, table: dict[str, Any], key: str) -> str | None:
    return state.add_evidence(evidence_of(table[key])).doc_id if key in table else None


def _entry(state: TurnState, table: dict[str, Any], key: str) -> None:
    p = programme(key)
    title, doc = _title(state, table, key)
    level = p.get("level")
    if level == "university":
        basic = _cite(state, table, ELIGIBILITY)
        state.say("entry.university_basic", basic, title=title)
        special = p.get("special") or []
        cited = _special_source(state, key) or doc
        if special and cited is not None:
            state.say("entry.university_special", cited, title=title, courses=", ".join(special))
        else:
            state.say("entry.university_special_unknown", basic)
        if state.profile.is_youth() and PUPIL_COUNSELLOR in table:  # (a pupil takes the courses at the gymnasium,
            state.say("entry.pupil_courses", _cite(state, table, PUPIL_COUNSELLOR))  # not at Komvux: youth21)
        elif KOMVUX in table:
            state.say("entry.komvux", _cite(state, table, KOMVUX))
        return
    route = table.get(key)
    if level == "introduction" or route is None:
        if route is not None:
            state.say("programme.described", doc, bullet=False, title=title, quote=sv_text(_said_of(route)))
        if GRADES in table:
            state.say("entry.introduction_route", _cite(state, table, GRADES))
        return
    vocational = bool(route.ssyk)
    state.say("programme.vocational" if vocational else "programme.preparatory", doc, title=title)
    grades = _cite(state, table, GRADES)
    if grades is None:
        return
    state.say("entry.grades_vocational" if vocational else "entry.grades_preparatory", grades)
    if p.get("subjects"):
        state.say(f"entry.subjects_{p['subjects']}", grades)
    if MERIT in table:
        state.say("entry.merit", _cite(state, table, MERIT))


def _special_source(state: TurnState, key: str) -> str | None:
    """The doc id of the curated page that states a university programme's specific eligibility (``special_source``
    in programme_names.yaml: antagning.se's table of the eligibility areas A1–A16 and the degrees that ask them; youth21),
    or None when the programme has none and its route's page states it."""
    p = programme(key)
    src = p.get("special_source")
    if not src or not p.get("special"):
        return None
    name = (p.get("names") or {}).get("sv", [key])[0]
    area = f" ({src['area']})" if src.get("area") else ""
    return state.add_evidence(Evidence(
        type="education_route", doc_id=f"route:{ELIGIBILITY}@{key}", kind="education_route",
        title=f"Särskild behörighet: {name}{area} – {src['publisher']}", url=src["url"],
        snippet=f"{name[:1].upper() + name[1:]}: {', '.join(p['special'])}.",
        facts={"route": ELIGIBILITY, "route_kind": "higher_education"})).doc_id


def _said_of(route: Any) -> str:
    # the document repeats the title and its English name first: what it says of the programme follows
    text = route.text[route.text.find(").") + 2:] if ")." in route.text else route.text
    return quote(text, DESCRIBED_CHARS)


def _side_by_side(state: TurnState, table: dict[str, Any], keys: list[str], *, intro: bool = True) -> None:
    """Each programme described from its route (a university programme without one: how it is applied for), then,
    for national programmes set side by side, what a vocational and a preparatory one lead to."""
    if intro:
        state.say("entry.compare_intro")
    gymnasium = False
    for key in keys:
        title, doc = _title(state, table, key)
        route = table.get(programme(key).get("route") or key)
        if route is None:
            state.say("entry.university_basic", _cite(state, table, ELIGIBILITY), bullet=True, title=title)
            continue
        state.say("programme.described", doc, bullet=True, title=title, quote=sv_text(_said_of(route)))
        if route.kind == "gymnasium_programme":
            gymnasium = True
            state.say("programme.vocational" if route.ssyk else "programme.preparatory", doc, title=title)
    if gymnasium and intro and ELIGIBILITY in table:
        state.say("entry.compare_choice", _cite(state, table, ELIGIBILITY))


def _grades(state: TurnState, table: dict[str, Any], levels: list[Any]) -> None:
    """The person's grades beside the question: a pass (A–E) meets that subject's requirement; F does not, and where
    it is studied is said (an introduction programme for a pupil, Komvux for a university programme). The grades are
    those told in this message and those of the profile, however they got there (told in an earlier message, or set
    by the counsellor in the copilot; limits21): one per subject, the one told now first."""
    university = "university" in levels
    for grade, name in _grades_known(state):
        if not grade:  # (no grade in it: "har inga betyg i matte", or "Betyg saknas" set in the copilot)
            komvux = university and KOMVUX in table
            state.say("entry.grade_missing_komvux" if komvux else "entry.grade_missing",
                      _cite(state, table, KOMVUX if komvux else GRADES), subject=name)
        elif grade != "F":
            state.say("entry.grade_pass", _cite(state, table, GRADES), grade=grade, subject=name)
        elif university and KOMVUX in table:
            state.say("entry.grade_fail_komvux", _cite(state, table, KOMVUX), subject=name)
        else:
            state.say("entry.grade_fail", _cite(state, table, GRADES), subject=name)


def say_known_grades(state: TurnState, table: dict[str, Any]) -> None:
    """The person's grades against a national programme's requirement (a pupil's rights answer: "which grades do I
    need for the electricity programme?" after "I have E in maths and F in English"; limits21)."""
    _grades(state, table, [])


def _grades_known(state: TurnState) -> list[tuple[str, str]]:
    """(grade, the subject as the person named it) for each subject told now or in the profile ("": no grade in it)."""
    out: dict[str, tuple[str, str]] = {}
    for grade, said in told_grades(state.request.messages[-1].content if state.request.messages else state.text):
        out.setdefault(subject_named(said) or said.casefold(), (grade, said.casefold()))
    for g in state.profile.grades:  # (a subject without a grade: "" – a gap to fill)
        out.setdefault(g.subject, (g.grade or "", subject_as_said(g).casefold()))
    return list(out.values())
