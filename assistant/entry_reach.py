"""Work within reach of the person's schooling first, and a degree or licence said with the work that needs it
(body15; rater28 class 3: sv-easy c08, en c06, fa c04).

A woman with six years of school asking how to learn to work with dogs was offered Djursjukskötare (a three-year
degree at SLU and Jordbruksverket's licence) and Djurskyddsinspektör (a university degree) with no word of either; an
IT support worker with no healthcare background got «Sjuksköterska, psykiatrisk vård» first, with no word of the
nursing degree and licence; a tailor got a textile engineer's group. A counsellor starts from what the person can
reach by Komvux, yrkeshögskola or Arbetsförmedlingen's courses, and names a demanding occupation with its entry
requirement.

- :func:`reach_first` moves work that asks more schooling than the person's told work or school shows after the
  rest (stable): SSYK 2012 major groups 1-2 (managers, long university studies; SCB MIS 2012:1 skill level 4) and
  work whose cited data asks a university degree (Arbetsförmedlingen's education requirement, a licence whose Swedish
  route is a university degree: :func:`needs_degree`), for someone who told short schooling (:func:`short_schooling`)
  or work none of which asks a degree; group 3 (shorter higher education) too when the schooling is short or the
  work told is all of groups 4-9. An occupation wished by name and work of the person's own groups keep their place.
  Nothing is changed when nothing about work or school is known.
- :func:`say_entry_need` names such an occupation, when presented, with its requirement in a sentence naming it,
  cited: a required licence whose Swedish route is a degree (``licence.degree_licence``: the degree and the licence,
  the regulated-profession document), another required licence (``licence.licence_required``), or else
  Arbetsförmedlingen's education requirement when it asks a university degree (``describe.requirement``).
"""
from __future__ import annotations

import functools
import re
from typing import Any, TypeVar

from assistant.state import TurnState
from vagledning.domain.evidence import Evidence
from vagledning.domain.runtime import Runtime
from vagledning.yaml_data import load_yaml

T = TypeVar("T")

#: SSYK 2012 major groups whose way in is long university studies or a manager's experience.
DEGREE_MAJOR = ("1", "2")
#: ... and shorter higher education (yrkeshögskola, a short university programme).
HIGHER_MAJOR = "3"
#: Arbetsförmedlingen's education requirement that asks a university degree (not one that lets yrkeshögskola,
#: the gymnasium or folkhögskola in as well).
_UNIVERSITY = re.compile(r"högskole-|universitets-|högskoleutbildning|universitet", re.I)
_OTHER_WAY = re.compile(r"yrkeshögskol|(?<!efter)gymnasi|folkhögskol|alternativ|i vissa fall|inga (?:formella )?krav", re.I)
#: A licence's Swedish route that is a degree ("Ta examen från den svenska högskoleutbildningen", "vid Sveriges
#: lantbruksuniversitet").
_DEGREE_STEP = re.compile(r"examen|universitet|högskol", re.I)
#: Most years of school that are compulsory school at most (grundskolan is nine years).
SHORT_YEARS = 9


@functools.cache
def _school_cues() -> tuple[re.Pattern[str], dict[str, int]]:
    from importlib import resources

    raw = resources.files("assistant").joinpath("interpretation/school_years.yaml").read_text(encoding="utf-8")
    doc = load_yaml(raw) or {}
    words = [re.escape(str(w)) for w in doc.get("school_words") or []]
    numbers = {str(k): int(v) for k, v in (doc.get("number_words") or {}).items()}
    return re.compile("|".join(words), re.I), numbers


def names_school(text: str) -> bool:
    """``text`` names going to school (``school_years.yaml``'s words: "dugsi", "school", «مکتب» …)."""
    return _school_cues()[0].search(text or "") is not None


_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def told_school_years(text: str) -> int | None:
    """The years of school told in ``text`` ("6 år i skolan", "شش سال مکتب", "ኣብ ሶርያ 6 ዓመት ጥራይ ተማሂረ"): a number
    of at most 12 in a sentence that names school; None when no sentence does."""
    school, numbers = _school_cues()
    for sentence in re.split(r"[.!?؟።\n]+", text or ""):
        if not school.search(sentence):
            continue
        plain = sentence.translate(_DIGITS)
        found = [int(d) for d in re.findall(r"(?<![\d.,])(\d{1,2})(?![\d.,])", plain)]
        found += [n for w in re.findall(r"\w+", plain.casefold()) if (n := numbers.get(w)) is not None]
        found = [n for n in found if 0 < n <= 12]
        if found:
            return min(found)
    return None


def short_schooling(state: TurnState) -> bool:
    """The person told schooling below the gymnasium: compulsory school at most (``below_gymnasium``) or at most
    nine years of school in their own words."""
    from assistant.alternatives import below_gymnasium

    if below_gymnasium(state):
        return True
    texts = [m.content for m in state.history if m.role == "user"] + [state.text]
    years = [y for t in texts if (y := told_school_years(t)) is not None]
    return bool(years) and min(years) <= SHORT_YEARS and not _has_degree(state)


def _has_degree(state: TurnState) -> bool:
    p = state.profile
    return any((e.seqf or 0) >= 5 and not e.in_progress for e in p.education) or \
        any((e.ssyk_code or "")[:1] in DEGREE_MAJOR for e in p.experiences)


def needs_degree(rt: Runtime, occupation_id: str, ssyk_code: str | None) -> bool:
    """The occupation asks a university degree: SSYK major group 1-2, Arbetsförmedlingen's education requirement, or
    a required licence whose Swedish route is a degree."""
    return (ssyk_code or "")[:1] in DEGREE_MAJOR or asks_degree(rt, occupation_id)


def university_asked(text: str) -> bool:
    """An education requirement text that asks a university education and names no other way (little17)."""
    return bool(_UNIVERSITY.search(text or "")) and not _OTHER_WAY.search(text or "")


def university_named(text: str) -> bool:
    """An education requirement text that names a university education at all (little17)."""
    return bool(_UNIVERSITY.search(text or ""))


def asks_degree(rt: Runtime, occupation_id: str) -> bool:
    """The occupation's own sources ask a university degree: Arbetsförmedlingen's education requirement, or a required
    licence whose Swedish route is a degree (not its SSYK group alone)."""
    text = _requirement(rt, occupation_id)
    if text and university_asked(text):
        return True
    route = _licence(rt, occupation_id)
    return route is not None and any(_DEGREE_STEP.search(s) for s in route.steps.get("sweden") or [])


def _requirement(rt: Runtime, occupation_id: str) -> str | None:
    try:
        return rt.relations.education_requirement(occupation_id)
    except Exception:  # noqa: BLE001 - no requirement table: nothing is known
        return None


def _licence(rt: Runtime, occupation_id: str) -> Any:
    from assistant.regulated import licence_route_or_none

    route = licence_route_or_none(occupation_id, rt)
    return route if route is not None and route.requirement == "licence_required" else None


def _beyond(state: TurnState) -> tuple[str, ...] | None:
    """The major groups beyond the person's reach (module docstring); None when the order stays."""
    p = state.profile
    if _has_degree(state):
        return None
    if short_schooling(state):
        # (a young person has the gymnasium ahead: work of shorter higher education is theirs to reach, ellipsis8's
        # 19-year-old who "didn't finish school" and likes football was shown a groundskeeper before any coach)
        return DEGREE_MAJOR + (() if _young(state) else (HIGHER_MAJOR,))
    done = [(e.ssyk_code or "")[:1] for e in p.experiences if e.ssyk_code]
    if not done:
        return None
    return DEGREE_MAJOR + ((HIGHER_MAJOR,) if all(d > HIGHER_MAJOR for d in done) else ())


#: The oldest told age at which the gymnasium (or its Komvux equivalent, from 20) is still the way ahead, as
#: assistant.alternatives.youth_pool reads a young person.
YOUNG_AGE = 20


def _young(state: TurnState) -> bool:
    from assistant.education import age

    years = age(state)
    return state.profile.is_youth() or (years is not None and years <= YOUNG_AGE)


def reach_pool(state: TurnState) -> bool:
    """Work or schooling told that some work is beyond (:func:`reach_first` reorders): suggestions are chosen from a
    wider pool, so that work within reach can come first."""
    return _beyond(state) is not None


def reach_first(state: TurnState, rt: Runtime, occupations: list[T], *, keep: int = 0) -> list[T]:
    """``occupations`` with the work beyond the person's reach after the rest (module docstring); with ``keep``, without
    it when at least ``keep`` occupations within reach are left (a list is not filled up with work out of reach:
    the tailor's third suggestion was a textile engineer's group)."""
    beyond = _beyond(state)
    if beyond is None or len(occupations) < 2:
        return occupations
    named = {w.concept.id for w in state.profile.wishes if w.concept is not None and w.kind != "field"}
    own = {(e.ssyk_code or "")[:3] for e in state.profile.experiences if e.ssyk_code}

    short = short_schooling(state)  # (then the schooling told decides, whatever the person likes: body15's dog lover)

    def far(m: T) -> bool:
        code = getattr(m, "ssyk_code", None) or ""
        if getattr(m, "id", None) in named or (code and code[:3] in own):
            return False
        degree = asks_degree(rt, getattr(m, "id", ""))
        # work that fits what the person likes is the direction they asked for, whatever its group, unless it asks a
        # degree (link15: "cleaned offices, but I love drawing and computers" lost every drawing and computer job to
        # the cleaner's group; the psychiatric nurse stays after the care work for an IT worker, body15)
        if "interest" in (getattr(m, "reasons", None) or []) and not degree and not short:
            return False
        return code[:1] in beyond or code[:1] in DEGREE_MAJOR or degree

    beyond_reach = [far(m) for m in occupations]
    near = [m for m, f in zip(occupations, beyond_reach) if not f]
    if keep and len(near) >= keep:
        return near
    return near + [m for m, f in zip(occupations, beyond_reach) if f]  # (the order holds within each part)


def say_entry_need(state: TurnState, rt: Runtime, match: Any) -> None:
    """A presented occupation that asks a university degree or a licence, named with its requirement (module
    docstring); nothing for other work, or for work of the person's own group (they know what it asks)."""
    from assistant.evidence import sv_title
    from assistant.regulated import licence_evidence
    from assistant.requirement_text import requirement_in
    from retrieval.evidence import occupation_evidence

    code = getattr(match, "ssyk_code", None) or ""
    if any((e.ssyk_code or "")[:3] == code[:3] for e in state.profile.experiences if e.ssyk_code and code):
        return
    route = _licence(rt, match.id)
    text = _requirement(rt, match.id)
    degree = bool(text and _UNIVERSITY.search(text) and not _OTHER_WAY.search(text))
    if route is None and not degree:
        return
    occ = sv_title(match.label, "occupation")
    studied = route is not None and any(_DEGREE_STEP.search(x) for x in route.steps.get("sweden") or [])
    if degree and not studied:
        found = (Evidence.coerce(x) for x in getattr(match, "evidence", None) or [])
        items = [e for e in found if e is not None and e.type == "education_requirement"]
        if not items:
            try:
                items = [e for e in occupation_evidence(match.id, rt, ads=False) if e.type == "education_requirement"]
            except Exception:  # noqa: BLE001 - no description: the requirement cannot be cited
                items = []
        if items:
            req = state.add_evidence(items[0])
            state.say("describe.requirement", req.doc_id, occupation=occ,
                      quote=requirement_in(state.locale, req.facts.get("requirement") or req.snippet))
    if route is not None:
        ev = licence_evidence(state, route)
        # (the licence's Swedish route a degree: "Ta examen från den svenska högskoleutbildningen")
        state.say("licence.degree_licence" if studied else "licence.licence_required", ev.doc_id, occupation=occ,
                  licence=sv_title(route.licence, "default"), authority=route.authority)
