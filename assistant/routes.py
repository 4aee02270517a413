"""Which routes into education an answer offers, by who the person is: at most three, best first.

The routes are the curated, cited ``education_route`` documents (``ingest/data/education_routes.yaml``):

- a young person (under 18 or at school): the gymnasium programme that leads to the occupation (or prepares for
  the studies it needs, named with its orientation), the vocational programme that leads straight to work in the
  same occupation field when the first only prepares for further studies (:mod:`assistant.gymnasium`), the next level
  the occupation asks for (university through antagning.se for SSYK major groups 1–2, yrkeshögskola for group 3), and
  always a counsellor (:mod:`assistant.youth_routes`); a newcomer aged 16–19 still learning Swedish first hears of the
  gymnasium's language introduction programme, instead of SFI and before any national programme;
- a newcomer (trained or worked abroad, or writing another language without good Swedish): Swedish
  first (SFI, or Swedish as a second language at Komvux when they already have some Swedish or write
  easy Swedish; nothing about Swedish for someone who writes Swedish), then the Komvux vocational training for
  a trade (with Swedish, the kombinationsutbildning, for one still learning it: :mod:`assistant.newcomer_routes`;
  university or yrkeshögskola where a degree is needed), then Arbetsförmedlingen's introduction programme (not for
  someone who has worked in Sweden, nor for someone who worked in Ukraine without a told residence permit:
  temporary protection gives no right to it; they hear what it means instead, :mod:`assistant.residence`);
- someone aged 18 or 19 (not a pupil) first hears of the national programme into the occupation, with its length
  and the age until which it can be started; no Komvux apprenticeship or introduction programme before 20, and
  no SFI for someone who went to school in Sweden (the language introduction programme, the gymnasium);
- nobody who said they want a job and no education now gets any (unless they asked for courses); other adults: none
  here (courses instead); 8 years of work in Sweden (and, when told, of its ages): omställningsstudiestöd from CSN.

Apart from these, an answer about education for one occupation first gives that occupation's own route
(:func:`occupation_routes`): the one Swedish programme that requires citizenship (police, officer: never validation),
the university degree and licence of a licensed profession (and, for someone trained abroad, the universities'
supplementary programme towards that licence), the adult vocational training to a protected title or the occupation's
Komvux package, the industry's trade certificate; validation for someone who has done the work (here or abroad), an
apprenticeship at Komvux for someone who has not (schooled here: :mod:`.degree_routes`).

Read once per store (a few dozen documents); each route's own conditions apply (:mod:`assistant.route_conditions`)."""
from __future__ import annotations

import weakref
from contextlib import suppress
from dataclasses import dataclass
from itertools import takewhile
from typing import Any

from assistant.degree_routes import domestic_first
from assistant.education import (
    AT_SFI,
    LEARNING,
    MAX_EDUCATION,
    audience,
    before_twenty,
    swedish_levels,
    swedish_school,
    wants_none,
)
from assistant.gymnasium import field_codes, field_programme, leads_directly, orientation, prefix_len, programme_for
from assistant.interpretation.refused_form import refused_forms
from assistant.newcomer_routes import near_only, vocational_key
from assistant.own_level import at_own_level
from assistant.residence import introduction_programme_fits, settled, temporary_protection
from assistant.route_conditions import applies, trains_for_held, within_ages
from assistant.state import TurnState
from assistant.titled_routes import for_occupation, for_title
from assistant.youth_routes import (
    PUPIL_COUNSELLOR,
    has_some_swedish,
    language_introduction_fits,
    next_level,
    swedish_key,
    youth_keys,
)
from vagledning.domain.countries import trained_in
from vagledning.domain.evidence import Evidence
from vagledning.domain.runtime import Runtime

KIND = "education_route"
COUNSELLOR = "studie_och_yrkesvagledare"
OMSTALLNING, OMSTALLNING_YEARS, TEMPORARY = "omstallningsstudiestod", 8, "tillfalligt_skydd"
#: Routes a newcomer hears before anything else (with_routes puts them first): a school of Swedish (the young newcomer's
#: is the gymnasium's language introduction, :mod:`assistant.youth_routes`), then the trade's training taken with it.
_SWEDISH_FIRST = ("sfi", "swedish_second_language", "introduction_programme", "combination")


@dataclass(frozen=True)
class Route:
    doc_id: str
    key: str
    title: str
    url: str | None
    text: str
    kind: str
    audience: tuple[str, ...]
    ssyk: tuple[str, ...]
    further: tuple[str, ...]
    #: A gymnasium programme's orientations: (name, ssyk, further), named for an occupation they lead to.
    orientations: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = ()
    #: Full-time years the route takes, where the curated data states it.
    years: int | None = None


_BY_STORE: weakref.WeakKeyDictionary[Any, dict[str, Route]] = weakref.WeakKeyDictionary()


def routes(rt: Runtime) -> dict[str, Route]:
    """The route documents in the store, by key (read once per store; {} when the kind is absent)."""
    store = rt.store
    with suppress(KeyError, TypeError):  # (TypeError: a store that cannot be weakly referenced, a test fake)
        return _BY_STORE[store]
    from ingest.sources.routes import DOC_PREFIX, load

    curated = load().routes
    ids = [f"{DOC_PREFIX}{r.key}" for r in curated]
    # Orientations are read from the curated file (the store's metadata keeps flat values only).
    orient = {r.key: tuple((o.name_sv, tuple(o.ssyk), tuple(o.further)) for o in r.orientations) for r in curated}
    years = {r.key: r.years for r in curated}
    try:
        docs = store.get_docs(KIND, ids)
    except Exception:  # noqa: BLE001 - a store built before the kind existed: no routes to offer
        docs = {}
    out: dict[str, Route] = {}
    for doc_id in ids:  # the curated order: ties between routes keep it
        doc = docs.get(doc_id)
        if not doc:
            continue
        m = doc["metadata"]
        key = doc_id.removeprefix(DOC_PREFIX)
        out[key] = Route(doc_id=doc_id, key=key, title=str(m.get("title", key)), url=m.get("url") or None,
                         text=doc.get("text") or "", kind=str(m.get("route_kind", "")),
                         audience=tuple(m.get("audience") or ()), ssyk=tuple(m.get("ssyk") or ()),
                         further=tuple(m.get("further") or ()), orientations=orient.get(key, ()), years=years.get(key))
    try:
        _BY_STORE[store] = out
    except TypeError:  # a store object that cannot be weakly referenced (a test fake): read each time
        pass
    return out


def learning_swedish(state: TurnState) -> bool:
    """The person told a learner's level of Swedish (SFI, A1–A2, "a little")."""
    return bool(swedish_levels(state) & (LEARNING | AT_SFI | {"none"}))


def _established(state: TurnState) -> bool:
    """Established on the Swedish labour market as CSN counts it for omställningsstudiestöd: years of work
    in Sweden (8 of the last 14 are required; we only know the years told) and an age, when told, within its ages."""
    years = max((e.years or 0 for e in state.profile.experiences if not e.abroad), default=0)
    ages = [int(c.value) for c in state.profile.constraints if c.kind == "age" and c.value.isdigit()]
    return years >= OMSTALLNING_YEARS and all(within_ages(OMSTALLNING, a) for a in ages)


def chosen_keys(state: TurnState, code: str | None, table: dict[str, Route],
                fields: tuple[str, ...] = ()) -> list[str]:
    """Route keys for this person and SSYK group, best first (see the module docstring); ``fields``: the SSYK
    codes of the group's occupation field (a pupil also hears of the vocational programme into that field)."""
    if wants_none(state):
        return []
    who = audience(state)
    keys: list[str] = []
    if who == "youth":
        keys += youth_keys(state, code, table, fields)
    elif who == "newcomer":
        school = swedish_school(state)  # learnt Swedish at school here: neither SFI nor Swedish after SFI
        # (years here told and no learner's level: "25 years in Stockholm" is told no SFI; rater32 conv04, conv10)
        if state.language != "sv" and not school and not (settled(state) and not learning_swedish(state)):
            keys.append(swedish_key(state, "komvux_sas" if has_some_swedish(state) else "sfi"))
        elif (state.style == "easy" or language_introduction_fits(state)) and not school:  # has some, builds on it
            keys.append(swedish_key(state, "komvux_sas"))
        keys.append(next_level(code, state) or ("" if before_twenty(state) else vocational_key(state, code, table)))
        if introduction_programme_fits(state):  # its ages (20–65) are conditions of the route (below)
            keys.append("etableringsprogrammet")
        elif temporary_protection(state):  # what applies instead: work is allowed, that programme is not
            keys.append(TEMPORARY)
    if who != "youth" and before_twenty(state):  # the gymnasium's counsellor or the municipality's
        keys.append(COUNSELLOR)
    if who != "youth" and _established(state):
        keys.insert(1 if who == "newcomer" and keys else len(keys), OMSTALLNING)
    if who != "youth":  # (work done at its level: no beginner's route into it, its step instead; level26)
        keys = at_own_level(state, code, keys)
    refused = refused_forms(state.profile)  # ("ما بدي SFI": SFI turned down is not offered again; circum25)
    return [k for k in dict.fromkeys(keys) if k in table and who in table[k].audience and applies(state, k, code)
            and k not in refused]


#: Route kinds into one trade or profession, in the order an answer gives them.
OCCUPATION_KINDS = ("citizenship_programme", "licence_exempt", "licensed_degree", "bridging_programme",
                    "vocational_title", "vocational_package", "yh_programme", "trade_certificate", "work_certificate",
                    "validation", "apprenticeship")
#: A general route the occupation's own route makes redundant (it says the same, more precisely).
_COVERED = {"licensed_degree": "hogskola", "vocational_title": "komvux_yrke", "vocational_package": "komvux_yrke",
            "yh_programme": "yrkeshogskola"}
MAX_OCCUPATION_ROUTES = 2
_NO_VALIDATION = ("licensed_degree", "citizenship_programme")  # never validated into (route13: police, officer)


def _has_done(state: TurnState, code: str) -> bool:
    """The person has done work in the occupation's minor group (in Sweden or abroad)."""
    return any(e.ssyk_code and e.ssyk_code[:3] == code[:3] for e in state.profile.experiences)


def occupation_keys(state: TurnState, code: str | None, table: dict[str, Route], title: str | None = None) -> list[str]:
    """Keys of the routes into SSYK group ``code`` itself for this person, in OCCUPATION_KINDS order, the most specific
    code first within a kind; at most :data:`MAX_OCCUPATION_ROUTES`, never validation into a licensed profession;
    for the occupation ``title`` (:mod:`assistant.titled_routes`)."""
    if not code or wants_none(state):
        return []
    who, done = audience(state), _has_done(state, code)
    table = for_occupation(table, title)[0]  # (a mother-tongue teacher needs no teacher's licence; other teachers do)
    validates = done and not any(r.kind in _NO_VALIDATION and prefix_len(code, r.ssyk) for r in table.values())
    found: list[tuple[int, int, str]] = []
    for r in table.values():
        if r.kind not in OCCUPATION_KINDS or who not in r.audience or not applies(state, r.key, code):
            continue  # (the route's own conditions: a degree from abroad, an age …)
        if (r.kind == "validation" and not validates) or (r.kind == "apprenticeship" and (done or before_twenty(state))):
            continue  # an apprenticeship at Komvux is from the year one turns 20; before that, the gymnasium
        if (r.kind == "bridging_programme" and not _trained_outside_eu(state, code)) or trains_for_held(state, r, code):
            continue  # (such a degree only; no training into work already done here: route_conditions)
        specific = prefix_len(code, r.ssyk)
        if specific:
            found.append((OCCUPATION_KINDS.index(r.kind), -specific, r.key))
    keys: list[str] = []
    for _, _, key in sorted(found):
        if all(table[k].kind != table[key].kind for k in keys):  # one route of each kind
            keys.append(key)
    return keys[:MAX_OCCUPATION_ROUTES]


def needs_degree(rt: Runtime, code: str | None) -> bool:
    """The occupation is reached only by a university degree and a licence (a ``licensed_degree`` route)."""
    return bool(code) and any(r.kind == "licensed_degree" and prefix_len(code or "", r.ssyk)
                              for r in routes(rt).values())


def _trained_abroad(state: TurnState, code: str | None) -> bool:
    """The person did the occupation's work abroad (or is a newcomer who did it): they apply with that degree."""
    return bool(code) and _has_done(state, code or "") and (
        audience(state) == "newcomer" or any(e.abroad for e in state.profile.experiences))


def _trained_outside_eu(state: TurnState, code: str | None) -> bool:
    """Trained abroad, and not (as far as the countries told show) in the EU/EEA or Switzerland, whose degrees are
    recognised without the supplementary programmes."""
    if not _trained_abroad(state, code):
        return False
    countries = [e.country for e in state.profile.experiences if e.country and e.ssyk_code
                 and e.ssyk_code[:3] == (code or "")[:3]]
    return not countries or any(trained_in(c) == "outside_eu" for c in countries)


def occupation_routes(state: TurnState, rt: Runtime, code: str | None, title: str | None = None) -> list[Evidence]:
    """The routes into SSYK group ``code`` itself for this person and occupation ``title`` (:func:`occupation_keys`)."""
    table, gone = routes(rt), for_title(title)[1]  # (nor the Swedish programme in a replaced route's place)
    out = [e for e in domestic_first(state, rt, table, code, [evidence_of(table[k]) for k in
                                                             occupation_keys(state, code, table, title)])
           if e.facts.get("route") not in gone]
    prog = programme_for(code, table) if table and before_twenty(state) and not wants_none(state) else None
    if prog is not None:  # 18 or 19: a national programme can still be started, before any adult route
        ev = evidence_of(prog, (code,) if code else ())
        ev.facts.update(young_adult=True, years=prog.years)
        out.insert(0, ev)
    abroad = _trained_abroad(state, code)
    for ev in out:
        ev.facts["trained"] = abroad
    return out


#: SSYK 2012 sub-major group 23: teaching professions (their licence is Skolverket's lärarlegitimation).
TEACHING = "23"


def evidence_of(route: Route, codes: tuple[str, ...] = ()) -> Evidence:
    """The route as cited evidence; a gymnasium programme is named with its orientation towards ``codes``
    («El- och energiprogrammet, inriktning dator- och kommunikationsteknik»)."""
    name = orientation(route, codes) if codes else None
    title = f"{route.title}, inriktning {name}" if name else route.title
    facts: dict = {"route": route.key, "route_kind": route.kind}
    if route.kind == "bridging_programme" and route.ssyk and all(c.startswith(TEACHING) for c in route.ssyk):
        # (Skolverket's teacher's licence has no knowledge test, unlike the health professions' (rater28 fa c12):
        # the teachers' programme is said as filling what the degree lacks, never as "an alternative to the test")
        facts["teaching"] = True
    return Evidence(type="education_route", doc_id=route.doc_id, kind=KIND, title=title, url=route.url,
                    snippet=" ".join(route.text.split())[:400], facts=facts)


OWN_SENTENCE = ("gesallbrev", "gesallbrev_frisor",  # (said by ``route.<key>`` of the dialogue locales, not their kind's)
                "gesallbrev_guldsmed", "gesallbrev_urmakare")  # (cards31: the goldsmiths' and watchmakers' own tests)


def route_wording(ev: Evidence) -> str:
    """The locale key that says this route: by its kind, or its own (a licence from abroad, a pupil's field …)."""
    kind = ev.facts.get("route_kind")
    if kind == "bridging_programme" and ev.facts.get("teaching"):  # (no knowledge test for a teacher's licence)
        return "route.bridging_programme_teacher"
    if kind == "licensed_degree" and ev.facts.get("trained"):
        return "route.licensed_degree_trained"
    if kind == "gymnasium_programme" and ev.facts.get("field"):
        return "route.gymnasium_field"
    if kind == "gymnasium_programme" and ev.facts.get("young_adult") and ev.facts.get("years"):
        return "route.gymnasium_young_adult"
    # trade11: each rule of a trade's work has its own sentence (certificates.py); routes20: so has gesällbrev's issuer
    own = kind in ("work_rule", "yh_programme") or ev.facts.get("route") in OWN_SENTENCE  # (cards29: its length)
    return f"route.{ev.facts['route'] if own else kind}"


def routes_for(state: TurnState, rt: Runtime, code: str | None, *, limit: int = MAX_EDUCATION) -> list[Evidence]:
    """At most ``limit`` routes for this person towards SSYK group ``code``, best first."""
    table = routes(rt)
    if not table:
        return []
    fields = field_codes(rt, code) if audience(state) == "youth" else ()
    keys = chosen_keys(state, code, table, fields)
    if (human := PUPIL_COUNSELLOR if PUPIL_COUNSELLOR in keys else COUNSELLOR) in keys and len(keys) > limit:  # a human
        keys = [k for k in keys if k != human][:limit - 1] + [human]
    alt = field_programme(code, table, fields)
    out: list[Evidence] = []
    for k in keys[:limit]:
        if alt is not None and k == alt.key:  # named with the orientation into the field's other groups
            ev = evidence_of(table[k], tuple(c for c in fields if leads_directly(table[k], c)))
            ev.facts["field"] = True
        else:
            ev = evidence_of(table[k], (code,) if code else ())
        out.append(ev)
    return out


def programme_evidence(state: TurnState, rt: Runtime, code: str | None) -> Evidence | None:
    """The gymnasium programme towards ``code`` for a young person (None for others, or none fits)."""
    if audience(state) != "youth" or wants_none(state):
        return None
    prog = programme_for(code, routes(rt))
    return evidence_of(prog, (code,) if code else ()) if prog is not None else None


def route_gloss(ev: Evidence) -> str:
    """The gloss kind of a route's title (a gymnasium programme, or a Swedish name)."""
    return "gymnasium" if ev.facts.get("route_kind") == "gymnasium_programme" else "route"


def with_routes(state: TurnState, rt: Runtime, code: str | None, courses: list[Evidence],
                own: list[Evidence] | None = None) -> list[Evidence]:
    """The education to offer, best first, at most three: a young person gets the routes for their age
    (gymnasium programme, next level, a counsellor) instead of courses; a newcomer the Swedish route
    first, then the fitting courses, then the other routes. A general route that the occupation's ``own``
    routes (said before these) already cover is left out."""
    covered = {_COVERED.get(str(r.facts.get("route_kind")), "") for r in own or []}
    courses = near_only(state, code, routes(rt), courses)  # at SFI: the route at home, not a course far away
    paths = [p for p in routes_for(state, rt, code) if p.facts.get("route") not in covered]
    if not paths or audience(state) != "youth":
        # A newcomer: Swedish first (with the trade's training taken together with it), then the fitting courses.
        first = list(takewhile(lambda p: p.facts.get("route_kind") in _SWEDISH_FIRST, paths[:2]))
        # Kept within the three, after the best course: the study support (it makes the courses possible), and
        # a counsellor for someone under 20 (where to start the gymnasium programme or what instead).
        keep = {"study_support", "counsellor"} if before_twenty(state) else {"study_support"}
        support = [p for p in paths if p.facts.get("route_kind") in keep]
        rest = [p for p in paths if p not in first and p not in support]
        room = max(1, MAX_EDUCATION - len(first) - len(support))
        return (first + courses[:room] + support + courses[room:] + rest)[:MAX_EDUCATION]
    return paths[:MAX_EDUCATION]


def say_route(state: TurnState, ev: Evidence, *, bullet: bool = True) -> None:
    ev = state.add_evidence(ev)
    years = {"years": ev.facts["years"]} if ev.facts.get("years") else {}
    state.say(route_wording(ev), ev.doc_id, bullet=bullet, title={"sv_title": ev.title, "kind": route_gloss(ev)},
              **years)
