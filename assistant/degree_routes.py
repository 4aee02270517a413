"""The Swedish university programme into a licensed profession, for someone whose way in is studying here.

Someone who went to school in Sweden (the language introduction programme, the gymnasium), says they studied here
or have no degree from abroad, or is too young to hold a foreign degree (under 22, no education abroad told) asks
"how do I become a preschool teacher / nurse?" about the Swedish programme: how long it is, that it is a university
programme with eligibility, and where it is given. The licence steps for a foreign degree (UHR's assessment, the
application fee, the supplementary programmes) are for people with such a degree only (rater 8, conv 5).

The programmes are curated routes of kind ``degree_programme`` (``ingest/data/education_routes.yaml``: credits,
terms, a confirmed page per campus in named municipalities), cited; nothing about a programme is said that its
page does not state.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

from assistant.education import age, swedish_school
from assistant.gymnasium import prefix_len
from assistant.state import TurnState
from vagledning.domain.evidence import Evidence
from vagledning.yaml_data import load_yaml

KIND = "degree_programme"
CAMPUS = "degree_campus"
#: Below this age nobody is taken to hold a university degree from abroad (a three-year degree after school).
YOUNG = 22
#: The route that says what eligibility for university is (UHR), said with the programme.
ELIGIBILITY = "hogskola_behorighet"
#: Locales that write a decimal comma (3,5 år, 3,5 роки); the others a point.
_COMMA = {"sv", "sv-easy", "uk", "so"}
_CUES = Path(__file__).resolve().parent / "locales" / "schooled_here.yaml"


@functools.cache
def _cues() -> re.Pattern[str]:
    doc = load_yaml(_CUES.read_text(encoding="utf-8")) or {}
    return re.compile("|".join(f"(?:{p})" for ps in (doc.get("patterns") or {}).values() for p in ps))


def says_schooled_here(state: TurnState) -> bool:
    """A message of the person says they studied here or have no degree from abroad."""
    return any(_cues().search(" ".join((m.content or "").casefold().split()))
               for m in state.request.messages if m.role == "user")


def schooled_here(state: TurnState, code: str | None = None, *, young: bool = True) -> bool:
    """The person's way into a licensed profession is the Swedish programme (see the module docstring), not the
    recognition of a degree: nobody who did the occupation's work abroad or told an education abroad, unless they
    say themselves that they have no foreign degree. ``young``: an age under 22 counts too (else only what they
    said of their schooling)."""
    p = state.profile
    if says_schooled_here(state):
        return True
    abroad_work = any(e.abroad and e.ssyk_code and code and e.ssyk_code[:3] == code[:3] for e in p.experiences)
    if abroad_work or any(e.abroad for e in p.education):
        return False
    years = age(state)
    return swedish_school(state) or (young and years is not None and years < YOUNG and not p.is_youth())


def _domestic(state: TurnState, code: str | None) -> bool:
    """The Swedish programme and the page for a Swedish training fit: schooled here, or no training abroad told
    (route10: a 19-year-old with no education got Skolverket's page for a degree from abroad; a mother who will
    train here got Socialstyrelsen's page for assistant nurses trained outside Sweden)."""
    from assistant.route_conditions import trained_abroad

    return schooled_here(state, code) or not trained_abroad(state, code)


def programme_for(table: dict[str, Any], code: str | None) -> Any | None:
    """The curated degree programme into SSYK group ``code`` (the most specific), or None."""
    found = [(prefix_len(code or "", r.ssyk), r) for r in table.values() if r.kind == KIND]
    found = [(n, r) for n, r in found if n]
    return max(found, key=lambda x: x[0])[1] if found else None


def _years(terms: int, locale: str) -> str:
    years = f"{terms / 2:g}"
    return years.replace(".", ",") if locale in _COMMA else years


def _campus(state: TurnState, key: str, rt: Any) -> tuple[str, str] | None:
    """(name, url) of the programme's confirmed campus in the person's municipality, when there is one."""
    from ingest.sources.routes import load

    route = next((r for r in load().routes if r.key == key), None)
    if route is None or not route.campuses:
        return None
    place = state.place
    names = {(place.label or "").casefold()} if place is not None and place.kind == "municipality" else set()
    ids = {c.value for c in state.profile.constraints if c.kind == "municipality"}
    names |= {(c.label or "").casefold() for c in state.profile.constraints if c.kind == "municipality"}
    for campus in route.campuses:
        if campus.municipality.casefold() in names:
            return campus.name, str(campus.url)
        try:
            found = rt.relations.resolve_place(campus.municipality)
        except Exception:  # noqa: BLE001 - no geography: the name alone decides
            continue
        if ids & set(found.municipality_ids or ()):
            return campus.name, str(campus.url)
    return None


def domestic_first(state: TurnState, rt: Any, table: dict[str, Any], code: str | None,
                   out: list[Evidence]) -> list[Evidence]:
    """The occupation's own routes for someone schooled here: the Swedish programme (its length, cited) and its
    campus in their municipality in place of the licence route for a degree and the supplementary programmes for
    a foreign one (with no programme curated for the group, its licence route stays); unchanged for anyone else."""
    if not code or not _domestic(state, code):
        return out
    # (the licence routes cite the authorities' pages for a degree from abroad; the licence itself is said with the
    # authority's page for a Swedish degree, assistant/licence_answer.py)
    rest = [e for e in out if e.facts.get("route_kind") not in ("bridging_programme", "licensed_degree")]
    prog = programme_for(table, code)
    if prog is None:  # no Swedish programme curated: a licence route that is not only for a degree from abroad stays
        from assistant.route_conditions import for_degree_from_abroad

        return rest + [e for e in out if e.facts.get("route_kind") == "licensed_degree"  # (the vet's SLU programme)
                       and not for_degree_from_abroad(str(e.facts.get("route")))]
    from assistant.routes import evidence_of

    ev = evidence_of(prog)
    terms = next((r.terms for r in _curated() if r.key == prog.key), None)
    if terms:
        ev.facts["years"] = _years(terms, state.locale)
    found: list[Evidence] = [ev]
    campus = _campus(state, prog.key, rt)
    if campus is not None:
        name, url = campus
        found.append(Evidence(type="education_route", doc_id=f"{prog.doc_id}@{name}", kind="education_route",
                              title=f"{prog.title} – {name}", url=url, snippet=f"{prog.title}: {name}.",
                              facts={"route": prog.key, "route_kind": CAMPUS}))
    elif ELIGIBILITY in table:
        found.append(evidence_of(table[ELIGIBILITY]))
    return found + rest


def _curated() -> list[Any]:
    from ingest.sources.routes import load

    return load().routes


def say_programme(state: TurnState, rt: Any, code: str | None) -> None:
    """Beside a licence's steps for someone schooled here: the Swedish programme (its length, cited) and its campus
    in their municipality, or what eligibility for university is; once per answer."""
    from assistant.routes import route_gloss, route_wording, routes

    said = {e.doc_id for e in state.evidence}
    for ev in domestic_first(state, rt, routes(rt), code, []):
        if ev.doc_id in said:
            continue
        ev = state.add_evidence(ev)
        years = {"years": ev.facts["years"]} if ev.facts.get("years") else {}
        state.say(route_wording(ev), ev.doc_id, bullet=True, title={"sv_title": ev.title, "kind": route_gloss(ev)},
                  **years)


def here_licence(state: TurnState, rt: Any, focus: Any, items: list[Evidence]) -> list[Evidence]:
    """A regulated profession's licence evidence as someone schooled here needs it: citing the authority's page for
    a Swedish degree (Skolverket's 'ansök med svensk examen', Socialstyrelsen's 'utbildad i Sverige') and its
    Swedish steps, instead of the page for a degree from another country; unchanged for anyone else."""
    code = getattr(focus, "ssyk_code", None)
    if not items or focus is None or not _domestic(state, code):
        return items
    from retrieval.relations_regulated import licence_route

    try:
        route = licence_route(focus.id, rt)
    except Exception:  # noqa: BLE001 - no regulated-profession tables: the evidence stands
        return items
    if route is None:
        return items
    steps = route.steps_for("sweden")
    snippet = f"{route.licence} beviljas av {route.authority}. " + " ".join(f"{i}. {s}" for i, s in enumerate(steps, 1))
    return [e.model_copy(update={"url": route.url_for("sweden"), "snippet": snippet[:400]}) for e in items]
