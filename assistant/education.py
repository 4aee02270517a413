"""Which of the fitting courses and programmes suit this person, best first, at most three.

The evidence already holds only education that fits the occupation (retrieval/education.py), in the
person's region or at a distance (another town's Komvux never; elsewhere only when the person asked for courses
and nothing is near, named with its place). A programme given in several towns names the person's county's
first. Here the person decides:

- someone who wants a job and no education now gets none;
- a young person (under 18 or at school): no course or programme at all, the gymnasium comes first: no
  labour-market training (AUB, through Arbetsförmedlingen, for adult job seekers), no adult education
  (Komvux), and folk high school and higher vocational education (yrkeshögskola) are later steps, not an
  answer to a pupil; the gymnasium programmes (assistant/routes.py) and a studie- och yrkesvägledare are;
- a newcomer (trained or worked abroad, or writing another language without Swedish): Komvux and
  labour-market training first, courses that include Swedish first of all;
- everyone else: in the region first, then at a distance, closer in meaning first;
- nobody is offered a further step of a trade they are not in (a specialist, supervisor or continuation
  course, retrieval/education_level.py) unless they have worked in its occupation group in Sweden.
"""
from __future__ import annotations

import re
from typing import Literal

from assistant.course_places import COMMUTE_KM, beyond_reach, near_enough, said_km
from assistant.state import TurnState
from assistant.study_reach import held_home
from retrieval.education import shares_trade
from retrieval.education_level import entry_in_title, presupposes
from retrieval.education_trade import trains_for
from vagledning.domain.evidence import Evidence
from vagledning.domain.place_coords import coordinates, km_apart, place_county
from vagledning.domain.profile import Experience
from vagledning.domain.runtime import Runtime

Audience = Literal["youth", "newcomer", "adult"]
MAX_EDUCATION = 3
_NEWCOMER_FIRST = {"gymnasial vuxenutbildning": 0, "aub": 1, "nationell yrkesutbildning": 1}
_WITH_SWEDISH = re.compile(r"svenska|\bsfi\b|\bsfx\b", re.I)
_GOOD_SWEDISH = {"b1", "b2", "c1", "c2", "fluent", "native", "good", "flytande", "modersmål", "sas_grund", "sas_gy", "sas_3"}
#: Swedish levels of someone still at SFI (interpretation/swedish_level.SFI_LEVEL: "a1" is what SFI course A or B gives).
AT_SFI = {"sfi", "a1", "a2", "sfi_done"}   # SFI D finished is still a learner of Swedish (SvA next)
#: Swedish levels at which the person is still learning the basics (SFI, the start of Swedish as a second language);
#: the youth and newcomer routes and the settled check read it (one set, not a copy per module).
LEARNING = frozenset({"sfi", "a1", "a2", "beginner", "basic", "nybörjare", "lite", "little"})


def swedish_levels(state: TurnState) -> set[str]:
    """The Swedish levels the person told, case-folded."""
    return {(lang.level or "").casefold() for lang in state.profile.languages if lang.code == "sv"}
#: Schooling in Sweden as people name it in any language (the Swedish school words are used as they are):
#: someone who went to the language introduction programme or the gymnasium learnt Swedish there, not at SFI.
_SWEDISH_SCHOOL = re.compile(r"spr[åa]k-?intro|language introduction|introduktionsprogram|\bgymnasie(?:t|skola|n)\b|"
                             r"svensk skola|swedish school|grundskolan i sverige|högstadiet", re.I)
#: The age until which a national programme in the gymnasium can be started (from the spring of the year one
#: turns 20 the way is Komvux; ingest.sources.routes.GYMNASIUM_AGE_SV, cited with the programme).
GYMNASIUM_BEFORE = 20
#: Courses only elsewhere: those no more than this many km farther than the nearest are named.
FARTHER_KM = 200
#: Years of work in an occupation group after which its programmes are no longer offered (:func:`seasoned_in`).
SEASONED_YEARS = 3


def audience(state: TurnState) -> Audience:
    """Who the education is for: a young person, a newcomer, or an adult."""
    p = state.profile
    if p.is_youth():
        return "youth"
    abroad = any(e.abroad for e in p.experiences) or any(e.abroad for e in p.education)
    levels = swedish_levels(state)
    # at SFI (or told A1/A2): learning Swedish as a newcomer, also when writing (easy) Swedish
    if abroad or (state.language != "sv" and not levels & _GOOD_SWEDISH) or levels & AT_SFI:
        return "newcomer"
    return "adult"


def age(state: TurnState) -> int | None:
    """The age the person told (None when not told)."""
    ages = [int(c.value) for c in state.profile.constraints if c.kind == "age" and c.value.isdigit()]
    return ages[-1] if ages else None


def before_gymnasium(state: TurnState) -> bool:
    """A pupil (``Profile.is_youth``) not at the gymnasium yet: the way into work goes through its programmes first, so
    suggestions are introduced as such, with the school's counsellor (youth21: a pupil of 16 got a list of jobs)."""
    return state.profile.is_youth() and not any(e.in_progress and e.sun_level == "3" for e in state.profile.education)


def in_compulsory_school(state: TurnState) -> bool:
    """A pupil still in the compulsory school (grundskolan): young (:func:`audience` "youth") with no told age of 16
    or more and no gymnasium under way. Her ways in are the gymnasium's programmes, never the adults' yrkeshögskola
    (youth10, youth16)."""
    if audience(state) != "youth":
        return False
    years = age(state)
    at_gymnasium = any(e.in_progress and e.sun_level == "3" for e in state.profile.education)
    return (years is None or years < 16) and not at_gymnasium


def before_twenty(state: TurnState) -> bool:
    """An adult young enough to start a national programme in the gymnasium (18 or 19; a pupil is youth)."""
    years = age(state)
    return years is not None and 16 <= years < GYMNASIUM_BEFORE and audience(state) != "youth"


def swedish_school(state: TurnState) -> bool:
    """The person said they went to school in Sweden (the language introduction programme, the gymnasium)."""
    return any(_SWEDISH_SCHOOL.search(m.content or "") for m in state.request.messages if m.role == "user")


def below_gymnasium(state: TurnState) -> bool:
    """The schooling the person told is compulsory school at most (SUN level 1–2, finished): no upper-secondary
    school, which yrkeshögskola asks for (its grundläggande behörighet); a training of unknown level is no such sign."""
    told = [e for e in state.profile.education if not e.in_progress]
    return bool(told) and all(e.sun_level in ("1", "2") for e in told)


def wants_none(state: TurnState) -> bool:
    """The person said they want a job, not education, now (and did not ask for courses). Not a pupil: "orkar inte
    läsa massa" in year 9 still leads to a gymnasium programme (rater 10 conv 4), the vocational ones first."""
    return state.profile.wants_no_study() and state.action != "courses" and not state.profile.is_youth()


def suitable(items: list[Evidence], who: Audience) -> list[Evidence]:
    """Course/programme evidence this person can use, best first (the order found is kept otherwise)."""
    edu = [e for e in items if e.type in ("course", "programme")] if who != "youth" else []

    def rank(pair: tuple[int, Evidence]) -> tuple:
        i, e = pair
        where: float = 0 if e.facts.get("in_region") else 1 if e.facts.get("distance") else 2
        if where == 0 and beyond_reach(e):  # the named town's county, but beyond its daily reach: after the
            where = 1.5                     # distance courses, nearest first (near9: Övertorneå for Luleå)
        km = e.facts.get("km_near")
        # In the county: within commuting distance first; elsewhere: the nearest first, a place whose distance is
        # not known last (Bromma was "nearest" to Borlänge because it had no distance).
        far = (0 if km is None or said_km(km) <= COMMUTE_KM else 1) if where == 0 else 0 if where == 1 else \
            (km if km is not None else 10_000)
        if who == "newcomer":
            swedish = 0 if _WITH_SWEDISH.search(e.title) else 1
            return (where, far, swedish, _NEWCOMER_FIRST.get(e.facts.get("education_type") or "", 2), i)
        return (where, far, i)

    return [e for _, e in sorted(enumerate(edu), key=rank)]


def pick(state: TurnState, items: list[Evidence], limit: int = MAX_EDUCATION, *, widen: bool = False) -> list[Evidence]:
    """At most ``limit`` suitable items not yet named in this answer (none when the person wants none); ``widen``:
    also in-person courses beyond daily reach (the nearest, when nothing is near: assistant/course_places.py)."""
    if wants_none(state):
        return []
    shown = {f.source for f in state.facts if f.key.startswith("occ.education") or f.key.startswith("courses.item")}
    budget = MAX_EDUCATION - len(shown)
    titles = {" ".join(e.title.casefold().split()) for e in state.evidence if e.doc_id in shown}
    county = _county(state)
    origin, town = _origin(state, county)
    ranked = _body_fit(state, suitable([_how_far(e, county, origin, town) for e in items], audience(state)))
    if any(e.facts.get("in_region") or e.facts.get("distance") for e in ranked):
        # far courses only when nothing nearer exists (retrieval keeps places it could not place in a region)
        ranked = [e for e in ranked if e.facts.get("in_region") or e.facts.get("distance")]
    elif county is not None and held_home(state):  # "I can't move", a family here: nothing on site beyond the
        # county (yhdist12, place20)
        ranked = []
    elif (near := min((int(e.facts["km"]) for e in ranked if e.facts.get("km")), default=None)) is not None:
        # only elsewhere: the nearest, and not one much farther (Övertorneå beside Västerås for Borlänge)
        ranked = [e for e in ranked if int(e.facts.get("km") or 0) <= near + FARTHER_KM]
    out: list[Evidence] = []
    for e in _nearest_copies(ranked if widen else near_enough(ranked)):  # beyond reach: none (course_places.py)
        title = " ".join(e.title.casefold().split())
        if e.doc_id in shown or title in titles:  # the same programme from another provider: once
            continue
        titles.add(title)
        out.append(e)
    return [local_first(e, county) for e in out[:max(0, min(limit, budget))]]


def placed(state: TurnState, items: list[Evidence]) -> list[Evidence]:
    """``items`` with how far each in-person course is from the person (:func:`_how_far`): for the courses of the
    other occupations a course answer names (assistant/earlier_courses.py)."""
    county = _county(state)
    origin, town = _origin(state, county)
    return [_how_far(e, county, origin, town) for e in items]


def _nearest_copies(ranked: list[Evidence]) -> list[Evidence]:
    """One course given in several towns under one title (CNC in Falköping, Falkenberg and Lidköping): its nearest
    copy takes the place of the first, so someone in Lidköping hears of Lidköping (courses19)."""
    def key(e: Evidence) -> str:
        return " ".join(e.title.casefold().split())

    def near(e: Evidence) -> float:
        km = e.facts.get("km_near")
        return float(km) if km is not None else float("inf")

    best: dict[str, Evidence] = {}
    for e in ranked:
        first = best.setdefault(key(e), e)
        same_kind = bool(e.facts.get("distance")) == bool(first.facts.get("distance")) and \
            bool(e.facts.get("in_region")) == bool(first.facts.get("in_region"))
        if same_kind and near(e) < near(first):
            best[key(e)] = e
    return [best[key(e)] for e in ranked]  # (the same title twice: pick keeps the first)


def _body_fit(state: TurnState, items: list[Evidence]) -> list[Evidence]:
    """Without the courses and programmes whose title names work the person's knees or shoulders rule out (rater11
    conv3: a massage programme offered to a nurse with worn-out shoulders; retrieval/body_demands.py)."""
    from retrieval.body_demands import BODY, title_demands

    limits = [c.value for c in state.profile.constraints if c.kind == "limitation" and c.value in BODY]
    return [e for e in items if not any(title_demands(e.title, w) for w in limits)] if limits else items


def _county(state: TurnState) -> str | None:
    """The county (län) of the place the turn is about, by name (the place's own, or its municipality's)."""
    from ingest.sources._sweden_geo import COUNTY_MUNICIPALITIES

    place = state.place
    if place is None:
        return next((c.label for c in state.profile.constraints if c.kind == "region" and c.label), None)
    if place.kind == "region":
        return place.label
    return next((county for county, names in COUNTY_MUNICIPALITIES.items() if place.label in names), None)


def _origin(state: TurnState, county: str | None) -> tuple[tuple[float, float] | None, str | None]:
    """Where the person is, and the municipality's name when that is known: the municipality the turn is about,
    else their own in the county the turn is about, else that county's seat (no name: only the county is known;
    None: not known)."""
    from ingest.sources._sweden_geo import COUNTY_MUNICIPALITIES, COUNTY_SEATS

    place = state.place
    if place is not None and place.kind == "municipality" and (at := coordinates(place.label)) is not None:
        return at, place.label
    # the turn is about the county the person lives in: from their own town, not the county seat (Lidköping, not
    # Göteborg, courses19)
    home = next((c.label for c in reversed(state.profile.constraints) if c.kind == "municipality" and c.label), None)
    if home and county and home in COUNTY_MUNICIPALITIES.get(county, ()) and (at := coordinates(home)) is not None:
        return at, home
    return (COUNTY_SEATS.get(county) if county else None), None


def _how_far(ev: Evidence, county: str | None, origin: tuple[float, float] | None, town: str | None = None) -> Evidence:
    """A course not at a distance, with how far its nearest place is from the person (``km_near``), and when that
    place lies in another county, which and how far (``county``/``km``, said with the course). A place in the
    person's county that the course data did not link to it (a district: Västra Frölunda, Bromma) counts as
    in the county. With the person's municipality known (``town``), it is kept with the course: the distance is
    said from it and daily reach judged from it (assistant/course_places.py), not only the county. Unchanged when
    neither where the person is nor any of the course's places is known."""
    if county is None or origin is None or ev.facts.get("distance"):
        return ev
    found = [(km_apart(origin, at), place_county(p) or "") for raw in str(ev.facts.get("place") or "").split(",")
             if (p := raw.strip()) and (at := coordinates(p)) is not None]
    if not found:
        return ev
    km, where = min(found)
    facts = {**ev.facts, "km_near": km, **({"town": town} if town else {})}
    if ev.facts.get("in_region") or where == county:
        facts["in_region"] = True
    else:
        facts.update(county=where, km=km)
    return ev.model_copy(update={"facts": facts})


def local_first(ev: Evidence, county: str | None) -> Evidence:
    """A programme given in several municipalities names those in the person's county first: «Luleå, Göteborg …»
    for someone in Norrbotten, not «Göteborg, Karlstad …» under the heading of Norrbottens län."""
    from ingest.sources._sweden_geo import COUNTY_MUNICIPALITIES

    places = [p.strip() for p in str(ev.facts.get("place") or "").split(",") if p.strip()]
    local = set(COUNTY_MUNICIPALITIES.get(county or "", ()))
    if len(places) < 2 or not local or places[0] in local:
        return ev
    ordered = [p for p in places if p in local] + [p for p in places if p not in local]
    return ev.model_copy(update={"facts": {**ev.facts, "place": ", ".join(ordered)}})


def in_trade(state: TurnState, code: str | None) -> bool:
    """The person has worked in Sweden in the occupation's minor group (the first three SSYK digits): a
    further step of that trade is for them. Work abroad is not enough: in Sweden it is first recognised
    (validation, a licence or a protected title), and the courses that build on it assume that. A newcomer's
    work is taken as abroad even when the country was not read."""
    if not code or audience(state) == "newcomer":
        return False
    return any(e.ssyk_code and not e.abroad and e.ssyk_code[:3] == code[:3] for e in surest_readings(state))


def surest_readings(state: TurnState) -> list[Experience]:
    """The experiences, of those read from one and the same words the surest only: «hemtjänsten» read as both a care
    aide and an undersköterska in home care is the care aide's work, and a trainee for the protected title is no
    undersköterska whose further steps («Specialistundersköterska …») are her way in (cards34, rater40 r37-3)."""
    exps = state.profile.experiences
    best: dict[tuple[int, int, int], float] = {}
    for e in exps:
        key = (e.span.message, e.span.start, e.span.end)
        best[key] = max(best.get(key, 0.0), e.confidence)
    return [e for e in exps if e.confidence >= best[(e.span.message, e.span.start, e.span.end)]]


def seasoned_in(state: TurnState, rt: Runtime, code: str | None) -> bool:
    """The person told at least :data:`SEASONED_YEARS` years of work in the occupation's own group (the four SSYK
    digits), here or abroad: the education into it is behind them, the job search is their way in. Years abroad count
    only in work that asks for a university education (SSYK major groups 1–3: the developer of 12 years from India)
    and is no regulated profession. In a trade or service work learnt abroad, often informally, the Swedish course
    gives the certificate employers ask for (correct10's 19-year-old who repaired cars in Iran for three years), and a
    regulated profession's licence or authorisation often asks for Swedish training first (near9's electrician of
    15 years in Ukraine)."""
    if not code:
        return False
    years = [e for e in state.profile.experiences
             if e.ssyk_code and e.ssyk_code[:4] == code[:4] and (e.years or 0) >= SEASONED_YEARS]
    if any(not (e.abroad or audience(state) == "newcomer") for e in years):
        return True
    if not years or code[:1] not in "123":
        return False
    from retrieval.relations_regulated import professions_in_ssyk

    try:
        return not professions_in_ssyk(rt.relations, code[:4])
    except Exception:  # noqa: BLE001 - no relations: the years decide
        return True


def has_worked_in(state: TurnState, rt: Runtime, code: str | None) -> bool:
    """The person has worked (here or abroad) in the occupation's minor group (the first three SSYK digits), or in
    its occupation field at the same or a higher skill level (the first SSYK digit: 1 managers … 9 elementary work):
    a cook has what an entry course for kitchen assistants teaches; a support technician has not what a beginners'
    programming course for developers does, so that one stays."""
    done = [e.ssyk_code for e in state.profile.experiences if e.ssyk_code]
    if not code or not done:
        return False
    if any(c[:3] == code[:3] for c in done):
        return True
    try:
        target = rt.relations.ssyk_by_code(code[:4])
        fields = {c: getattr(rt.relations.ssyk_by_code(c[:4]), "field_id", None) for c in done}
    except Exception:  # noqa: BLE001 - no relations: the minor group alone decides
        return False
    field = getattr(target, "field_id", None)
    return bool(field) and any(f == field and c[:1] <= code[:1] for c, f in fields.items())


def _texts(rt: Runtime, items: list[Evidence]) -> dict[str, tuple[str, str]]:
    """doc id -> (description, SUN5 orientation) of the course and programme items (from the store)."""
    out: dict[str, tuple[str, str]] = {}
    for kind in ("course", "programme"):
        ids = [e.doc_id for e in items if e.kind == kind]
        if not ids:
            continue
        try:
            docs = rt.store.get_docs(kind, ids)
        except Exception:  # noqa: BLE001 - the store cannot give the texts: the snippets stand
            docs = {}
        for e in items:
            if e.kind == kind:
                doc = docs.get(e.doc_id) or {}
                out[e.doc_id] = (doc.get("text") or e.snippet or "", str((doc.get("metadata") or {}).get("sun5_name") or ""))
    return out


def _of_the_trade(rt: Runtime, items: list[Evidence], label: str) -> list[Evidence]:
    """The items without the YH programmes that share only a word of the occupation's qualifier, not its trade
    (retrieval/education_trade.py: no water-treatment programme for «Lantbrukare, blandad drift»)."""
    programmes = [e for e in items if e.type == "programme"]
    if not programmes or not label:
        return items
    texts = _texts(rt, programmes)
    return [e for e in items if e.type != "programme" or trains_for(
        e.title, float(e.facts.get("similarity") or 0.0), label, texts.get(e.doc_id, ("", ""))[1])]


def level_fit(state: TurnState, rt: Runtime, items: list[Evidence], code: str | None,
              labels: list[str], *, degree: bool = False) -> list[Evidence]:
    """The items without the courses and programmes that presuppose the trade, unless the person is in it.
    For a profession reached only by a university degree and a licence (``degree``), a course or
    programme is kept only when it names the profession itself (a bridging course for pharmacists, not a
    pharmacy technician programme): nothing shorter leads there. Someone with years in the occupation's own group
    (:func:`seasoned_in`) keeps only the further steps that presuppose the trade, unless they asked for courses."""
    items = _of_the_trade(rt, items, labels[0] if labels else "")
    edu = [e for e in items if e.type in ("course", "programme")]
    if edu and has_worked_in(state, rt, code):
        # an entry course is no step for someone who has done the work (a cook of 9 years, at sea or abroad
        # too: "Grund restaurang & storhushåll", for a kitchen assistant, is where a beginner starts)
        items = [e for e in items if e not in edu or not entry_in_title(e.title)]
        edu = [e for e in edu if e in items]
    if degree:
        items = [e for e in items if e not in edu or shares_trade(e.title, labels[:1])]
        edu = [e for e in edu if e in items]
    # (offered unasked only: someone who asks for the courses of their own work hears them – edufit17's accountant of
    # 12 years asking which courses there are for accountants)
    seasoned = seasoned_in(state, rt, code) and state.action != "courses"
    if not edu or in_trade(state, code) and not seasoned:
        return items
    texts = _texts(rt, edu)
    if seasoned:
        # years told in this very occupation group: a programme that trains for it is where a beginner starts (rater26
        # c4: «Javautvecklare», «Frontend-utvecklare» for a developer of 12 years); only a further step of the trade
        # stays (firstjob10)
        return [e for e in items if e.type not in ("course", "programme")
                or presupposes(e.title, *texts.get(e.doc_id, (e.snippet, "")), labels=labels)]
    return [e for e in items if e.type not in ("course", "programme")
            or not presupposes(e.title, *texts.get(e.doc_id, (e.snippet, "")), labels=labels)]
