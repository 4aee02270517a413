"""Entry work for someone with nothing to start from: no work told, no wish, and little schooling (entry18; rater30
classes 3 and 4, so c07, left by words17).

The counsellor's finding: a mother of four who never went to school and reads poorly asked «Shaqo noocee ah ayaan
qaban karaa?» (what work can I do?) and got «Ma hayo shaqooyin kale oo aan soo jeediyo» (I have no other jobs to
suggest); after words17 she got a question back. "No cleaning, my back hurts, anything else?" got the same dead end.
The matcher starts from work done, wished or liked: with none of them it has nothing to rank.

Here, when the profile holds no occupation to start from (no work done, no occupation wished or liked) and the person
told schooling below the gymnasium (``entry_reach.short_schooling``, SUN 1 from words17's no_schooling) or that reading
and writing are hard (the ``reading`` limitation), a question for work is answered with entry work: the unit groups of
SSYK 2012's major group 9, «Yrken med krav på kortare utbildning eller introduktion» (retrieval/data/ssyk2012.tsv, the
first digit of the code), ranked by the ads of the person's län in 2024 (the whole country's without a place), one
occupation of each group, through the one filter every suggestion passes (refused families, limitations against the
cited demands: retrieval/match_filter.honour_constraints). Beside them: why their entry is short, from SCB's page on
SSYK 2012 (curated source ``ssyk_kortare_utbildning``) and, where Arbetsförmedlingen's text on the occupation's
education says there is no formal requirement, that text; then the paid ways in (assistant/short_routes.py's routes)
unless a family's block or the short routes name them already. "Anything else?" after such a list gives the next
groups, never "no other jobs" while entry work remains.
"""
from __future__ import annotations

import re
from typing import Any

from assistant.state import TurnState
from vagledning.domain.runtime import Runtime

#: SSYK 2012's major group of work that asks a shorter training or an introduction at the workplace.
ENTRY_MAJOR = "9"
#: The curated source (ingest/data/education_routes.yaml) that names major group 9.
SOURCE = "ssyk_kortare_utbildning"
#: The reason said of each entry suggestion (locales/<locale>.yaml ``reasons.entry``).
REASON = "entry"
#: Arbetsförmedlingen's education text saying the occupation has no formal requirement.
_NO_REQUIREMENT = re.compile(r"inga (formella )?(utbildnings)?krav|inga krav på formell|ingen formell utbildning|"
                             r"ingen utbildning till yrket", re.I)
#: A residual unit group's name ("Övriga servicearbetare", "Övrig hemservicepersonal m.fl.").
_RESIDUAL = re.compile(r"övrig", re.I)
#: Intents that ask for work (a list), or tell something with a question for work in it.
_ASKS = (None, "provide", "suggest", "more", "explore")
#: The words of an occupation's label that name it within its group («Köksbiträde» in «Restaurang- och köksbiträden»).
_STEM = 5


def nothing_to_start(state: TurnState) -> bool:
    """No work told, no occupation wished for or liked: the matcher has nothing to rank."""
    p = state.profile
    return not any(e.occupation.kind == "occupation" for e in p.experiences) \
        and not any(w.concept is not None for w in p.wishes) and not any(i.concept is not None for i in p.interests)


def entry_person(state: TurnState) -> bool:
    """Nothing to start from, and schooling below the gymnasium or reading and writing told hard."""
    if not nothing_to_start(state) or _at_school(state):
        return False
    from assistant.entry_reach import short_schooling

    reading = any(c.kind == "limitation" and c.value == "reading" for c in state.profile.constraints)
    return reading or short_schooling(state) or _young_or_never_worked(state)


#: Up to this age a person out of school with no work to start from is asked no occupation back (profile26).
YOUNG = 19


def _young_or_never_worked(state: TurnState) -> bool:
    """Young (at most :data:`YOUNG`, told) or told never to have worked, with no degree: "e 17, aldrig jobbat, vad för
    jobb kan man få?" is a question for entry work, never "which occupation do you mean?" (profile26; rater35 new03)."""
    from assistant.entry_reach import _has_degree
    from assistant.interpretation.no_work import never_worked

    # (a liking told, "I like helping people", ranks work of its own: care work, not any entry work; fits9)
    if _has_degree(state) or state.profile.interests:
        return False
    ages = [int(c.value) for c in state.profile.constraints if c.kind == "age" and str(c.value).isdigit()]
    if ages and min(ages) <= YOUNG:
        return True
    return any(never_worked(m.content or "") for m in state.history if m.role == "user") or \
        bool(never_worked(state.text))


def _at_school(state: TurnState) -> bool:
    """A pupil (told at school, or schooling in progress): the way on is a programme, not entry work (fits9)."""
    p = state.profile
    return any(c.kind == "age" and c.value == "pupil" for c in p.constraints) or any(e.in_progress for e in p.education)


def asks_entry(state: TurnState) -> bool:
    """A question for work from such a person (:func:`entry_person`): answered with entry work."""
    if state.intent == "demand" and entry_person(state):
        return _hours_told(state)  # ("only while the children are at school – is there such work?": entry work that fits)
    if state.intent not in _ASKS or not entry_person(state):
        return False
    if state.intent in (None, "provide"):
        from assistant.intent_cues import has

        return _asks_work(state.text) or has("any_work", state.text)  # ("any job near home is fine")
    return True


def _hours_told(state: TurnState) -> bool:
    """This message tells the hours the person can work (the day only, while the children are at school) and names no
    occupation: "is there such work?" asks for work within them, not the demand of the work shown last."""
    from retrieval.constraints import SCHEDULE_LIMITS

    said = state.message_profile
    if said is None or said.experiences or any(w.concept is not None for w in said.wishes):
        return False
    return any(c.kind == "limitation" and c.value in SCHEDULE_LIMITS for c in said.constraints)


#: Cue groups (locales/intents.yaml) of a question for work: "what work / what kind of work", "what jobs are there",
#: "other work", "suits me".
_WORK_ASKED = ("wh_work", "what_work_there", "other_work", "suggest")


def _asks_work(text: str) -> bool:
    from assistant.focus import question_part
    from assistant.intent_cues import has
    from assistant.intents import detect_intent

    asked = question_part(text)
    return detect_intent(asked) in ("suggest", "more", "explore") or any(has(g, asked) for g in _WORK_ASKED)


def _groups(rt: Runtime, region: str | None) -> list[Any]:
    """The unit groups of major group 9 in the relations, most ads first (the län's, else the country's)."""
    from retrieval.ssyk_codes import code_table

    rel = rt.relations
    out = []
    for code in sorted({c for c in code_table().values() if c.startswith(ENTRY_MAJOR)}):
        group = rel.ssyk_by_code(code)
        if group is None:
            continue
        ads = rel.ad_counts(group.id)
        count = ads.by_region.get(region, 0) if region else (ads.national or 0)
        # (a residual group, «Övriga servicearbetare», has no work of its own to name: after the rest)
        out.append((_RESIDUAL.match(group.label or "") is not None, -(count or 0), -(ads.national or 0), code, group))
    return [g for *_, g in sorted(out, key=lambda x: x[:4])]


def _stems(label: str) -> set[str]:
    return {w[:_STEM] for w in re.findall(r"\w+", label.casefold()) if len(w) >= _STEM}


def _representative(rt: Runtime, group: Any) -> Any | None:
    """The occupation that stands for its group: one Arbetsförmedlingen writes about, named like its group."""
    rel = rt.relations
    refs = rel.occupations_in_ssyk(group.id)
    if not refs:
        return None
    named = _stems(group.label or "")

    def rank(ref: Any) -> tuple[int, int]:
        try:
            told = rel.education_requirement(ref.id) is not None or rel.description_doc(ref.id) is not None
        except Exception:  # noqa: BLE001 - no description tables: the name decides
            told = False
        return (-int(told), -int(bool(_stems(ref.label) & named)))

    return min(refs, key=rank)


def entry_matches(state: TurnState, rt: Runtime, region: str | None, top: int,
                  seen: frozenset[str] | set[str] = frozenset()) -> list[Any]:
    """Up to ``top`` entry occupations (module docstring), none of ``seen``, each with its evidence."""
    from retrieval.evidence import occupation_evidence
    from retrieval.match_filter import honour_constraints
    from retrieval.match_models import OccupationMatch

    try:
        groups = _groups(rt, region)
    except Exception:  # noqa: BLE001 - no relations: nothing to offer
        return []
    shown_groups = {f.ssyk_code for f in _shown(state, rt, seen)}
    refused = _refused_kinds(state, rt)
    cands = []
    for group in groups:
        if group.code in shown_groups or (group.code or "")[:_KIND] in refused:
            continue
        ref = _representative(rt, group)
        if ref is None or ref.id in seen:
            continue
        cands.append(OccupationMatch(id=ref.id, label=ref.label, ssyk_id=group.id, ssyk_code=group.code,
                                     ssyk_label=group.label, url=f"https://atlas.jobtechdev.se/taxonomy/{ref.id}",
                                     score=1.0, reasons=[REASON]))
    # (entry work the sources are silent about comes back, last, when nothing else is left for one with no work
    # history: "no cleaning, my back is bad, anything else?" from one who never worked or went to school is never a
    # dead end, entry18; a miner limited to 10 kg hears plainly that manual work was left out, hard24)
    kept, _ = honour_constraints(state.profile, rt, cands, top, silent_fallback=_no_work_history(state))
    kept = kept[:top]  # (with nothing to honour the filter hands every candidate back)
    for m in kept:
        m.evidence = occupation_evidence(m.id, rt, region=region)
    return kept


#: The SSYK sub-major group (two digits) that holds one kind of entry work: 91 cleaners and other cleaning work
#: (9111, 9119, 9120), 94 kitchen and restaurant help, 96 refuse and service work.
_KIND = 2


def _refused_kinds(state: TurnState, rt: Runtime) -> set[str]:
    """The entry sub-major groups of work the person turned down ("no cleaning": Hemstädare's 91 leaves out 9120's
    window and car cleaners too, which the refused family of one occupation does not reach)."""
    out = set()
    for c in state.profile.constraints:
        if c.kind != "avoid" or c.concept is None or c.concept.kind != "occupation":
            continue
        try:
            occ = rt.relations.occupation(c.concept.id)
        except Exception:  # noqa: BLE001 - unknown occupation: nothing more to leave out
            occ = None
        code = getattr(occ, "ssyk_code", None) or ""
        if code.startswith(ENTRY_MAJOR):
            out.add(code[:_KIND])
    return out


def _shown(state: TurnState, rt: Runtime, seen: Any) -> list[Any]:
    out = []
    for occ_id in seen:
        try:
            occ = rt.relations.occupation(occ_id)
        except Exception:  # noqa: BLE001 - unknown occupation: nothing to leave out
            occ = None
        if occ is not None and occ.ssyk_code:
            out.append(occ)
    return out


def say_entry_sources(state: TurnState, rt: Runtime) -> None:
    """Beside entry suggestions: SCB's name of major group 9 after the intro, Arbetsförmedlingen's "no formal
    requirement" after each occupation that has it, then the paid ways in (module docstring)."""
    items = [i for i, f in enumerate(state.facts) if f.key.startswith("occ.item")
             and (f.params.get("reasons") or {}).get("reasons") == [REASON]]
    if not items:
        return
    from assistant.routes import evidence_of, routes

    table = routes(rt)
    if SOURCE in table:
        ev = state.add_evidence(evidence_of(table[SOURCE]))
        state.say("entry18.source", ev.doc_id)
        state.facts.insert(items[0], state.facts.pop())
    _say_no_requirement(state, rt)
    _say_minor_rules(state, rt)
    _say_ways_in(state, rt)


#: Under this age the rules for minors' work (Arbetsmiljöverket; curated route) go with an entry list.
ADULT = 18
#: The curated route of the rules for minors' work (ingest/data/education_routes.yaml; youth25's young_work card).
MINORS = "minderarig_arbete"


def _say_minor_rules(state: TurnState, rt: Runtime) -> None:
    """A person under 18 asking what jobs they can get hears, beside the entry work, that hours and tasks are limited
    for minors (profile26), once a conversation."""
    ages = [int(c.value) for c in state.profile.constraints if c.kind == "age" and str(c.value).isdigit()]
    if not ages or min(ages) >= ADULT:
        return
    from assistant.evidence import sv_title
    from assistant.routes import evidence_of, route_gloss, routes

    table = routes(rt)
    if MINORS not in table or any(table[MINORS].title in (m.content or "") for m in state.history if m.role == "assistant"):
        return
    ev = state.add_evidence(evidence_of(table[MINORS]))
    state.say(f"rights.{MINORS}", ev.doc_id, bullet=True, title=sv_title(ev.title, route_gloss(ev)))


def _say_no_requirement(state: TurnState, rt: Runtime) -> None:
    from assistant.evidence import sv_title
    from assistant.requirement_text import requirement_in
    from retrieval.evidence import occupation_evidence

    for focus in list(state.presented):
        try:
            text = rt.relations.education_requirement(focus.id)
        except Exception:  # noqa: BLE001 - no requirement table
            text = None
        if not text or not _NO_REQUIREMENT.search(text):
            continue
        occ = sv_title(focus.label, "occupation")
        at = next((i for i, f in enumerate(state.facts) if f.key.startswith("occ.item")
                   and f.params.get("occupation") == occ), None)
        if at is None:
            continue
        try:
            found = [e for e in occupation_evidence(focus.id, rt, ads=False) if e.type == "education_requirement"]
        except Exception:  # noqa: BLE001 - the requirement cannot be cited
            found = []
        if not found:
            continue
        req = state.add_evidence(found[0])
        state.say("describe.requirement", req.doc_id, occupation=occ,
                  quote=requirement_in(state.locale, req.facts.get("requirement") or req.snippet))
        state.facts.insert(at + 1, state.facts.pop())


def _say_ways_in(state: TurnState, rt: Runtime) -> None:
    """The paid ways in, once, unless a family's block, the short routes or little17's ways name them."""
    if any(f.key in ("family.lead", "short_routes.lead", "little17.lead", "entry18.ways_lead") for f in state.facts):
        return
    from assistant.locales import text

    lead = text(state.locale, "entry18.ways_lead").split(":")[0][:40]
    if any(lead in (m.content or "") for m in state.history if m.role == "assistant"):
        return
    from assistant.education import audience
    from assistant.route_list import say_route_list
    from assistant.routes import routes
    from assistant.short_routes import _WORDING, SHORT_ROUTES

    who = audience(state)
    table = routes(rt)
    found = [table[k] for k in SHORT_ROUTES if k in table and who in (table[k].audience or ())]
    if found:
        say_route_list(state, "entry18.ways_lead", found, _WORDING)


def _no_work_history(state: TurnState) -> bool:
    """The person said they never worked or went (almost) no school: entry work is all there is to name."""
    from assistant.interpretation.no_work import never_worked
    from retrieval.hard_limits import no_schooling

    told = [m.content or "" for m in state.request.messages if m.role == "user"]
    return no_schooling(state.profile) or any(never_worked(t) for t in told)
