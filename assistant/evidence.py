"""Step 5: evidence for what is asked, and the answer plan (facts) built from it.

Every factual sentence in the plan names the store document it comes from; sentences that
state no fact from the sources (greetings, questions, general guidance) carry no source.
Parameters are typed so the composer can localise them:
``{"sv_title": …, "kind": …}`` a Swedish source title, ``{"sv_text": …}`` a Swedish quote,
``{"term": group, "value": …}`` a closed vocabulary (chances, trend), ``{"list": [...]}``, ``{"skills": [...]}``
skills named in the reader's language where a source has it (assistant/skill_names.py),
``{"reasons": [...], "n": …}`` match reasons; numbers are formatted by the composer.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from assistant.course_places import from_town, said_km
from assistant.course_unplaced import card_key
from assistant.education import MAX_EDUCATION, audience, before_gymnasium, level_fit, pick, seasoned_in, wants_none
from assistant.interest_reason import interest_topic
from assistant.newcomer_routes import for_learner, say_with_swedish
from assistant.next_steps import say_next_steps
from assistant.own_business import say_own_business
from assistant.route_plan import say_first_route
from assistant.routes import needs_degree, programme_evidence
from assistant.skill_names import skills_said
from assistant.spoken_reasons import spoken_reasons
from assistant.state import Focus, TurnState
from vagledning.domain.evidence import Evidence, EvidenceType
from vagledning.domain.runtime import Runtime

MatchFn = Callable[..., Any]
SUGGEST_TOP = 3
QUOTE_CHARS = 320


def sv_title(title: str, kind: str) -> dict[str, str]:
    return {"sv_title": title, "kind": kind}


def sv_text(text: str) -> dict[str, str]:
    return {"sv_text": text}


def term(group: str, value: Any) -> dict[str, Any]:
    return {"term": group, "value": value}


def quote(text: str, limit: int = QUOTE_CHARS) -> str:
    """The first sentences of a text, at most ``limit`` characters, cut at a sentence end."""
    t = " ".join((text or "").split())
    if len(t) <= limit:
        return t
    cut = t[:limit]
    end = max(cut.rfind(". "), cut.rfind("! "), cut.rfind("? "))
    return cut[: end + 1] if end > 80 else cut.rsplit(" ", 1)[0] + " …"


def store_doc(rt: Runtime, kind: str, doc_id: str, type_: EvidenceType) -> Evidence | None:
    """Evidence for a document read straight from the store (None if it is not there)."""
    try:
        doc = rt.store.get_docs(kind, [doc_id]).get(doc_id)
    except Exception:  # noqa: BLE001 - a missing kind means no evidence
        return None
    if not doc:
        return None
    meta = doc.get("metadata", {})
    return Evidence(doc_id=doc_id, kind=kind, type=type_, title=str(meta.get("title", "")),
                    url=meta.get("url") or None, snippet=(doc.get("text") or "")[:400])


def region_of(state: TurnState) -> str | None:
    """The region this turn is about: a place named now, the UI choice, or the profile's."""
    if state.place and state.place.region_id:
        return state.place.region_id
    return state.request.region or state.profile.region_id()


# ------------------------------------------------------------------ occupation facts
def _num(v: Any) -> Any:
    try:
        return int(str(v).replace(" ", ""))
    except (TypeError, ValueError):
        return v


def say_demand(state: TurnState, ev: Evidence, *, ssyk: str | None = None) -> None:
    """The ad count of the occupation's group (in the region when known); ``ssyk`` marks the group said."""
    f = ev.facts
    group = ssyk or f.get("ssyk_code")
    if f.get("regional") is not None and f.get("region_name"):
        state.say("occ.demand_region", ev.doc_id, year=str(f.get("year", 2024)), regional=_num(f["regional"]),
                  region=f["region_name"], national=_num(f.get("national")), ssyk=group)
    elif f.get("national") is not None:
        state.say("occ.demand_national", ev.doc_id, year=str(f.get("year", 2024)), national=_num(f["national"]),
                  ssyk=group)


def _shares_word(label: str, group: str) -> bool:
    """Whether an occupation's name and its group's share a word stem ("Kock" and "Kockar och kallskänkor")."""
    stems = {w[:5] for w in re.findall(r"\w{4,}", group.casefold())}
    return any(w[:5] in stems or any(w in g for g in re.findall(r"\w{4,}", group.casefold()))
               for w in re.findall(r"\w{4,}", label.casefold()))


def say_salary(state: TurnState, ev: Evidence, group: str | None = None) -> None:
    f = ev.facts
    if f.get("low") is not None and f.get("high") is not None:
        state.say("occ.salary", ev.doc_id, low=_num(f["low"]), median=_num(f.get("median")), high=_num(f["high"]),
                  group=sv_title(group, "ssyk") if group else sv_title(ev.title, ev.kind))
        if f.get("caveat"):  # the low/high percentiles are undocumented (issue 14): say so with the figures
            state.say("occ.salary_caveat", ev.doc_id)
    elif f.get("median") is not None:
        state.say("occ.salary_median", ev.doc_id, median=_num(f["median"]),
                  group=sv_title(group, "ssyk") if group else sv_title(ev.title, ev.kind))


def say_outlook(state: TurnState, ev: Evidence | None) -> None:
    if ev is None or not (ev.facts.get("competition") or ev.facts.get("outlook")):
        state.say("occ.no_outlook")  # states an absence: nothing to cite
        return
    state.say("occ.outlook", ev.doc_id, chances=term("chances", ev.facts.get("competition")),
              trend=term("trend", ev.facts.get("outlook")))


def say_education(state: TurnState, items: list[Evidence], region: str | None, *, limit: int = MAX_EDUCATION,
                  none: bool = True) -> int:
    """The courses/programmes that fit the occupation and suit the person (assistant/education.py), at most
    ``limit`` here and three in the whole answer; returns how many. Says so when there is none (unless the
    person wants none: then nothing is said here, the dialogue says why; or ``none`` is False)."""
    chosen = pick(state, items, limit)
    for ev in chosen:
        ev = state.add_evidence(ev)
        if ev.facts.get("distance") and ev.facts.get("place"):  # at a distance, also when given in the region
            key = "occ.education_distance"
        elif ev.facts.get("place") and from_town(ev):  # how far from the person's town (near9: Övertorneå, Luleå)
            state.say("occ.education_from", ev.doc_id, bullet=True, title=sv_title(ev.title, edu_kind(ev)),
                      place=course_where(ev), km=said_km(float(ev.facts["km_near"])), town=ev.facts["town"])
            continue
        elif (key := card_key(state, ev) or "") == "occ.education_far":  # another county: which, how far (courses18)
            state.say(key, ev.doc_id, bullet=True, title=sv_title(ev.title, edu_kind(ev)), place=course_where(ev),
                      county=ev.facts["county"], km=said_km(float(ev.facts["km"])))
            continue
        else:  # (its place not known: said as such, assistant/course_unplaced.py)
            key = key or ("occ.education" if ev.facts.get("place") else "occ.education_noplace")
        state.say(key, ev.doc_id, bullet=True, title=sv_title(ev.title, edu_kind(ev)), place=course_where(ev))
    # A pupil is offered no course (the gymnasium comes first), so none is "missing" either.
    if not chosen and none and not wants_none(state) and audience(state) != "youth" and not any(
            f.key.startswith(("occ.education", "occ.no_education")) for f in state.facts):
        state.say("occ.no_education")  # once per answer, not once per occupation
    return len(chosen)


def edu_kind(ev: Evidence) -> str:
    """The gloss kind of an education title: its type (AUB, folkhögskola, Komvux, yrkeshögskola)."""
    t = ev.facts.get("education_type") or ev.kind
    return {"aub": "aub", "folkhögskola": "folkhogskola", "gymnasial vuxenutbildning": "komvux",
            "nationell yrkesutbildning": "komvux", "yrkeshögskola": "programme"}.get(t, ev.kind)


def course_where(ev: Evidence) -> str:
    """A course's place(s) as said in a list item: at most two, then an ellipsis."""
    place = str(ev.facts.get("place") or "")
    places = [p.strip() for p in place.split(",") if p.strip()]
    if len(places) > 2:
        place = ", ".join(places[:2]) + " …"
    return place


def _variant(key: str, position: int) -> str:
    """Sentence variant by position, so three occupations do not read as one pattern three times."""
    return key if position == 0 else f"{key}_{min(position, 2) + 1}"


def say_occupation(state: TurnState, rt: Runtime, match: Any, region: str | None, *, brief: bool = False,
                   position: int = 0) -> bool:
    """Sentences about one suggested occupation (OccupationMatch); False when nothing is citable.

    Short by design (issue 10 item 7): why it fits, demand, median salary, up to three missing skills
    and one education item; the figures of an occupation group already given are not repeated."""
    items = [e for e in (Evidence.coerce(x) for x in match.evidence) if e is not None]
    by_type: dict[str, list[Evidence]] = {}
    for e in items:
        by_type.setdefault(e.type, []).append(e)
    anchor = next((by_type[t][0] for t in ("occupation", "description", "ssyk") if by_type.get(t)), None)
    if anchor is None:
        anchor = store_doc(rt, "occupation", f"jobtech:occupation-name:{match.id}", "occupation")
    if anchor is None:
        return False
    anchor = state.add_evidence(anchor)
    state.present(match)  # the structured answer lists what it presents (ChatResponse.occupations)
    state.say(_variant("occ.item", position), anchor.doc_id, occupation=sv_title(match.label, "occupation"),
              reasons={"reasons": spoken_reasons(match.reasons, state.profile, match), "n": len(match.matched_skills),
                       # what carries over from work the person turned away from (named in the reader's language)
                       "carried": [{"sv": s.label, "en": s.label_en, "id": s.id}
                                   for s in getattr(match, "carried_skills", None) or []],
                       # the work told, so that the reason names it in the reader's language (rater24 c1)
                       "told": [e.occupation.label for e in state.profile.experiences
                                if e.occupation.kind == "occupation"],
                       # the one told interest it stands for, named in the reader's language (interest_reason.py)
                       "topic": interest_topic(match, state.profile, rt)})
    from assistant.entry_reach import asks_degree, say_entry_need  # (a degree or licence named with the work: body15)

    say_entry_need(state, rt, match)
    # A pupil hears which programme leads there, not adult labour-market figures first (rater 7: ads and median
    # salaries for a 15-year-old choosing the gymnasium).
    young = state.profile.is_youth()
    group_said = next((f for f in state.facts if f.key.startswith("occ.demand") and match.ssyk_code
                       and f.params.get("ssyk") == match.ssyk_code), None)
    if group_said is not None:
        # A match made from a wish may carry no group name: named from the taxonomy, never an empty «» (rater9).
        group = match.ssyk_label or getattr(rt.relations.ssyk_by_code(match.ssyk_code), "label", "")
        if group:
            state.say("occ.same_group", group=sv_title(group, "ssyk"))
    elif by_type.get("demand") and not young:
        demand = state.add_evidence(by_type["demand"][0])
        if match.ssyk_label and not _shares_word(match.label, match.ssyk_label):
            # The figures are the whole group's: named when its name is not the occupation's (rater 7:
            # "Speciallärare och specialpedagoger" statistics read as cited for Utbildningskonsulent).
            state.say("occ.group_is", demand.doc_id, group=sv_title(match.ssyk_label, "ssyk"))
        say_demand(state, demand, ssyk=match.ssyk_code)
    if brief:
        return True
    outlook = by_type.get("outlook")
    if outlook and not young:
        say_outlook(state, state.add_evidence(outlook[0]))
    if by_type.get("salary") and group_said is None and not young:
        ev = state.add_evidence(by_type["salary"][0])
        if ev.facts.get("median") is not None:
            state.say("occ.salary_short", ev.doc_id, median=_num(ev.facts["median"]))
    skills = by_type.get("skills")
    # The best match only, and not for work the person has done (they know what it asks): keeps it short.
    if skills and match.missing_skills and position == 0 and "experience" not in match.reasons:
        ev = state.add_evidence(skills[0])
        state.say("occ.missing_skills", ev.doc_id, skills=skills_said(rt, match.missing_skills[:3]))
    programme = programme_evidence(state, rt, match.ssyk_code)
    if programme is not None:  # a young person: the gymnasium programme that leads there, not adult courses
        programme = state.add_evidence(programme)
        state.say("occ.route_programme", programme.doc_id, bullet=True, title=sv_title(programme.title, "gymnasium"))
    else:
        labels = [x for x in (match.label, match.ssyk_label) if x]
        fit = level_fit(state, rt, items, match.ssyk_code, labels, degree=needs_degree(rt, match.ssyk_code))
        kept = for_learner(state, fit)  # (a programme they cannot enter yet is not "none found" either)
        # No course that fits: the occupation's own route (a trade certificate …), or for a learner of Swedish the
        # trade's training with Swedish, rather than "none found".
        if any(e.type in ("course", "programme") for e in kept) or not (
                say_first_route(state, rt, match.ssyk_code, degree=asks_degree(rt, match.id), title=match.label)
                or say_with_swedish(state, rt, match.ssyk_code)):
            # (years in this very work: no programme of it is offered, and none missing is said – firstjob10)
            say_education(state, kept, region, limit=1,
                          none=len(kept) == len(fit) and not seasoned_in(state, rt, match.ssyk_code))
    say_own_business(state, rt, match, region, sv_title)  # own trade, few ads here: one's own business (cited)
    # Example ads are context for the LLM composer (quoted as evidence); the templates do not use them.
    for ad in by_type.get("ad", [])[:2]:
        state.add_evidence(ad)
    return True


# ------------------------------------------------------------------ plans per action
def plan_suggest(state: TurnState, rt: Runtime, match: MatchFn, *, brief: bool = False) -> int:
    """Suggested occupations with explanations, demand, outlook, salary, education and next steps."""
    region = region_of(state)
    from assistant.alternatives import (  # (by SSYK skill level)
        YOUTH_POOL,
        reachable_now,
        short_study,
        short_ways_in,
        unfinished_degrees,
        young_first,
        youth_pool,
    )
    from assistant.entry_reach import reach_first, reach_pool  # (within reach of the schooling told: body15)
    from assistant.lighter import as_lighter, light_profile
    from assistant.policy import MEANWHILE_POOL, meanwhile, unlicensed_first

    # "What can I work as meanwhile?": from a wider pool, work that needs no licence first. Lighter work asked
    # before anything is told: seated office work (assistant/lighter). No long study: the wider pool too, since
    # work asking higher education is left out.
    result = match(light_profile(state, rt), rt, region=region,
                   top=MEANWHILE_POOL if meanwhile(state) or short_study(state) or unfinished_degrees(state)
                   else YOUTH_POOL if youth_pool(state) or reach_pool(state) else SUGGEST_TOP)
    shown = 0
    from assistant.field_meanwhile import field_first  # ("meanwhile" on the way to a licence: its field's roles)
    from assistant.field_seated import seated_field_first  # (seated work asked in a field: that field's first)
    from assistant.wished_field import wished_field_first  # ("only sewing or something close", sewing shown before)

    ranked = reach_first(state, rt, seated_field_first(state, rt, wished_field_first(
        state, rt, list(getattr(result, "occupations", [])))), keep=SUGGEST_TOP - 1)
    from assistant.field_held import held_to_field  # (a field asked for: the list holds to it, a group at a time)

    occs = as_lighter(state, rt, held_to_field(state, rt, field_first(state, rt, unlicensed_first(state, rt, young_first(
        state, short_ways_in(state, reachable_now(state, ranked)), SUGGEST_TOP)), region), SUGGEST_TOP, region)[:SUGGEST_TOP])
    from assistant.entry_work import asks_entry, entry_matches  # (nothing to start from, little schooling: entry18)

    if asks_entry(state):  # (no work, wish or liking to rank from: entry work, not guesses from the words)
        occs = entry_matches(state, rt, region, SUGGEST_TOP) or occs
    from assistant.active_list import active_matches, say_active_sources  # (work on the move, lighter than X: move19)

    occs = active_matches(state, rt, region, SUGGEST_TOP) or occs
    if occs:
        state.say("occ.intro_brief" if brief else "occ.intro_pupil" if before_gymnasium(state) else "occ.intro")
    for m in occs:
        if say_occupation(state, rt, m, region, brief=brief, position=shown):
            shown += 1
            state.suggestions.append(m.label)
    if not shown and not brief:
        state.facts.clear()
        state.say("occ.none")
        return 0
    if not brief and not any(f.key == "occ.outlook" for f in state.facts):
        state.say("occ.no_outlook_all")  # states an absence once, not once per occupation
    from assistant.entry_work import say_entry_sources

    say_entry_sources(state, rt)  # entry work: why its entry is short, cited, and the paid ways in (entry18)
    say_active_sources(state, rt)  # active or lighter work: the wish or the avoided demand, and each one's source
    if not brief:
        from assistant.family import say_family_routes  # (it imports this module: imported when used)
        from assistant.komvux_age import say_komvux_age
        from assistant.meanwhile_study import say_meanwhile_study
        from assistant.short_routes import say_short_routes

        say_family_routes(state, rt)  # a family told: the ways to learn with pay, cited, once
        say_short_routes(state, rt)  # no long study wished: the short ways into work, cited, once (youth7)
        say_komvux_age(state, rt)  # Komvux named above to someone under 20: from the year one turns 20 (youth8)
        say_meanwhile_study(state, rt)  # "meanwhile" on the way to a licence: what for, and the study alongside
        say_next_steps(state, rt)
    return shown


def plan_describe(state: TurnState, rt: Runtime, focus: Focus, details: dict[str, Any]) -> None:
    """What the occupation is: the Arbetsförmedlingen description (or the taxonomy definition)."""
    occ = sv_title(focus.label, "occupation")
    desc = None
    try:
        for hit in rt.search.search(focus.label, "description", 5):
            if focus.id in (hit.metadata.get("occupation_ids") or []) or hit.concept_id == focus.id:
                desc = Evidence(doc_id=hit.doc_id, kind=hit.kind, type="description", title=hit.title,
                                url=hit.url or None, snippet=hit.snippet)
                break
    except Exception:  # noqa: BLE001 - no description index
        desc = None
    if desc is not None:
        full = store_doc(rt, "description", desc.doc_id, "description")
        if full is not None:
            desc = full
        desc = state.add_evidence(desc)
        body = desc.snippet.strip()
        if desc.title and body.startswith(desc.title):
            body = body[len(desc.title):].lstrip(" .:–-")  # the text repeats its title first
        state.say("describe.text", desc.doc_id, occupation=occ, quote=sv_text(quote(body)))
    else:
        doc = store_doc(rt, "occupation", f"jobtech:occupation-name:{focus.id}", "occupation")
        if doc is not None and doc.snippet.strip():
            doc = state.add_evidence(doc)
            state.say("describe.definition", doc.doc_id, occupation=occ, quote=sv_text(quote(doc.snippet)))
        else:
            state.say("describe.none", occupation=occ)
            return
    req = Evidence.coerce(details.get("education_requirement"))
    if req is not None:
        from assistant.requirement_text import requirement_in  # imports this module

        req = state.add_evidence(req)
        state.say("describe.requirement", req.doc_id, occupation=occ,
                  quote=requirement_in(state.locale, req.facts.get("requirement") or req.snippet))
    demand = Evidence.coerce(details.get("demand"))
    if demand is not None:
        say_demand(state, state.add_evidence(demand))


def plan_salary(state: TurnState, focus: Focus, details: dict[str, Any], rt: Runtime | None = None) -> None:
    """Salary statistics of the occupation's SSYK group; says so when there are none; set against the person's own
    occupation's when they told one (assistant/own_salary.py)."""
    ev = Evidence.coerce(details.get("salary"))
    group = (details.get("ssyk") or {}).get("label")
    if ev is None:
        state.say("salary.none", occupation=sv_title(focus.label, "occupation"))
        return
    state.say("salary.intro", occupation=sv_title(focus.label, "occupation"))
    say_salary(state, state.add_evidence(ev), group)
    state.say("salary.note")
    if rt is not None:
        from assistant.own_salary import say_own_salary  # (it reads this module's titles: imported when used)

        say_own_salary(state, rt, details)


def full_text(rt: Runtime, ev: Evidence) -> str:
    try:
        doc = rt.store.get_docs(ev.kind, [ev.doc_id]).get(ev.doc_id)
    except Exception:  # noqa: BLE001 - the store cannot give the full text: the snippet stands
        return ev.snippet
    return (doc or {}).get("text") or ev.snippet
