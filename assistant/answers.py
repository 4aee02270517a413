"""Plans for the follow-up answers the dialogue owns (demand: assistant/demand.py; licence:
assistant/licence_answer.py): more suggestions, an occupation we cannot find, "nothing more", and the
turn-level rules for what the person said about themselves (limitations and refusals honoured, youth next
steps, no courses when they want a job now).

Like :mod:`assistant.evidence`, every factual sentence names the store document it comes from.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from assistant.answer_repeats import TOPICS
from assistant.evidence import say_occupation, sv_title
from assistant.limits_answer import insert_before_next as _insert_before_next
from assistant.limits_answer import new_limitations, say_limits, worded
from assistant.little_swedish_answer import say_little_swedish
from assistant.next_steps import say_new_steps
from assistant.state import Fact, TurnState
from vagledning.domain.runtime import Runtime

MatchFn = Callable[..., Any]
MORE_TOP = 3
MORE_POOL = 15
#: Occupations nearest by name to one a question asks for, looked at for more of that kind.
KIN = 4
#: General next steps that are for adults looking for work; a pupil gets school-based ones instead.
ADULT_STEPS = ("next.af", "next.platsbanken", "next.uhr", "next.sfx")
EDUCATION_KEYS = ("occ.education", "occ.no_education")


# ------------------------------------------------------------------ more suggestions
def shown_before(state: TurnState, rt: Runtime) -> set[str]:
    """Ids of the occupations earlier answers presented."""
    from assistant.earlier_answers import earlier_occupations

    return {f.id for occs in earlier_occupations(state, rt) for f in occs}


def asked_for(state: TurnState, rt: Runtime, seen: set[str]) -> tuple[list[Any], list[dict]]:
    """Occupations a question of this message names as the kind of work wanted ("is there seated work in a
    warehouse office or logistics?" -> Logistiker), as matches to present first: never one shown before or
    one the person did before this message; and those of them the person's refusals and limitations leave
    out, with why (the matcher's own filter, retrieval/match_filter.honour_constraints)."""
    from assistant.intent_cues import has
    from retrieval.match_filter import honour_constraints
    from retrieval.match_models import OccupationMatch

    mp, before = state.message_profile, state.request.profile
    if mp is None or not ("?" in state.text or "؟" in state.text or has("question", state.text)):
        return [], []
    own = {e.occupation.id for e in before.experiences} if before is not None else set()
    named = [(e.occupation.id, e.occupation.label) for e in mp.experiences if e.occupation.kind == "occupation"] + \
        [(w.concept.id, w.concept.label) for w in mp.wishes if w.concept is not None and w.concept.kind == "occupation"]
    # Work counts as told done only when the person's profile keeps it as theirs: a question's bare occupation
    # ("and football? coach or something?") is read by the interpreter as an experience but is kept out of the
    # profile, and a person with no work history must not hear "like work you have done" (sport7, rater23 conv 4)
    kept_done = {e.occupation.id for e in state.profile.experiences}
    done = {e.occupation.id for e in mp.experiences if e.occupation.id in kept_done} - \
        {w.concept.id for w in mp.wishes if w.concept is not None}
    out: list[Any] = []

    def add(cid: str, label: str, reason: str) -> None:
        if cid in seen or cid in own or any(o.id == cid for o in out):
            return
        occ = None
        try:
            occ = rt.relations.occupation(cid)
        except Exception:  # noqa: BLE001 - relations are optional: the label is enough
            occ = None
        out.append(OccupationMatch(id=cid, label=occ.label if occ else label, score=1.0, reasons=[reason],
                                   ssyk_id=getattr(occ, "ssyk_id", None), ssyk_code=getattr(occ, "ssyk_code", None)))

    for cid, label in dict.fromkeys(named):  # (work told as done is like their work, never "what you want": goal18)
        add(cid, label, "experience" if cid in done else "wish")
    # the named ones are let through a refused family (asked for by name since), their kin are not
    kept, left = honour_constraints(state.profile, rt, out, len(out), asked=frozenset(cid for cid, _ in named))
    # ... then the occupations nearest by name to those kept ("Logistiker" -> Transportledare): that kind of
    # work, not more of what the person did (none for a kind the person cannot do: a removal man's kin)
    out = list(kept)
    for m in kept:
        try:
            hits = rt.search.search(m.label, "occupation", KIN)
        except Exception:  # noqa: BLE001 - no occupation index: the named ones alone
            hits = []
        # ("similar" says "close to your experience": only the kin of work done; the kin of work asked for get the
        # reason that holds, "may fit what you told me")
        for hit in hits:
            add(hit.concept_id, hit.title, "similar" if m.id in done else "default")
    kin, left_kin = honour_constraints(state.profile, rt, out[len(kept):], len(out) - len(kept))
    return kept + kin, left + left_kin


def plan_more(state: TurnState, rt: Runtime, match: MatchFn, region: str | None) -> int:
    """The next suggestions, leaving out every occupation an earlier answer presented."""
    seen = shown_before(state, rt)
    from assistant.weighed_work import near_own_work, own_groups_first, own_work, weighed_in_turn

    weighed = weighed_in_turn(state)  # "too late at 42? or another job?": work near her own, shown before or not
    if weighed:
        seen = own_work(state)
    from assistant.lighter import field_profile  # ("other jobs with wood, easier on the knees?": that field)

    result = match(field_profile(state, rt), rt, region=region, top=MORE_POOL, with_evidence=False)
    from assistant.policy import unlicensed_first

    asked, left = asked_for(state, rt, seen)
    if left and hasattr(result, "excluded"):
        result.excluded = list(result.excluded) + left  # (the answer says what was left out, and why)
    from assistant.alternatives import below_gymnasium, reachable_now, short_ways_in, unfinished_degrees, young_first

    lacked = unfinished_degrees(state)  # (work named in the question is no way round a degree told unfinished)
    asked = [a for a in asked if not (lacked and (getattr(a, "ssyk_code", None) or "").startswith(lacked))]
    fresh = unlicensed_first(state, rt, reachable_now(state, asked + short_ways_in(state, [
        m for m in getattr(result, "occupations", []) if m.id not in seen and all(m.id != a.id for a in asked)],
        fallback=False)))
    from assistant.field_seated import seated_field_first  # (seated work asked in a field: that field's first)

    fresh = seated_field_first(state, rt, fresh)
    from assistant.field_meanwhile import field_first  # ("meanwhile" on the way to a licence: its field's roles)

    fresh = field_first(state, rt, fresh, region, seen=frozenset(seen))
    from assistant.wished_field import wished_field_first  # ("only sewing or something close", sewing shown before)

    fresh = wished_field_first(state, rt, fresh, seen)
    from assistant.undo_refusal import restored_first  # ("why did you remove chef?": chef again, first; correct10)

    fresh = restored_first(state, rt, fresh)
    from assistant.interpretation.constraints import other_than_asked

    if other_than_asked(state.text):  # ("wind turbines? no, that's heights… something else": own field first; heights8)
        fresh = own_groups_first(state, fresh)
    if below_gymnasium(state):  # (no gymnasium told: reachable work first, one long route at most; rater24 c4 T4)
        fresh = young_first(state, fresh, MORE_TOP)
    from assistant.entry_reach import reach_first  # (work within reach of the schooling told first: body15)

    fresh = reach_first(state, rt, fresh, keep=1)
    from assistant.seated_asked import seated_kept  # ("one more seated job": no bench or line work; body15)

    fresh = seated_kept(state, fresh)
    from assistant.field_held import held_to_field  # (a field asked for: the list holds to it, a group at a time)

    fresh = held_to_field(state, rt, near_own_work(state, rt, fresh) if weighed else fresh, MORE_TOP, region, seen)[:MORE_TOP]
    from assistant.lighter import asks_seated
    from assistant.wish_limit import ruled_out_wishes

    # (lighter work stood in for what the body rules out, or for seated work asked: not "what you want")
    if ruled_out_wishes(state, rt) or asks_seated(state):
        from assistant.lighter import as_lighter
        fresh = as_lighter(state, rt, fresh)
    from assistant.entry_work import asks_entry, entry_matches  # (nothing to start from: entry work, never "no more")

    if asks_entry(state):
        fresh = entry_matches(state, rt, region, MORE_TOP, seen) or fresh
    from assistant.active_list import active_matches, say_active_sources  # (work on the move, lighter than X: move19)

    fresh = active_matches(state, rt, region, MORE_TOP, seen) or fresh
    if not fresh:  # (nothing of the person's own list is left: the wider list of work short to enter first, parity18)
        fresh = entry_matches(state, rt, region, MORE_TOP, seen)
    if not fresh:
        state.action = "nothing_more"
        from assistant.limits_answer import say_silent_left  # (only manual work was left: said plainly, hard24)

        say_silent_left(state, getattr(result, "excluded", []), again=True)
        state.say("followup.no_more")
        return 0
    from retrieval.evidence import occupation_evidence

    state.say("followup.more_intro")
    shown = 0
    for m in fresh:
        if not m.evidence:
            m.evidence = occupation_evidence(m.id, rt, region=region)
        if say_occupation(state, rt, m, region, brief=True):
            shown += 1
    if shown:
        from assistant.entry_work import say_entry_sources

        say_entry_sources(state, rt)  # entry work: why its entry is short, cited, and the paid ways in (entry18)
        say_active_sources(state, rt)  # active or lighter work: the wish or the avoided demand, cited (move19)
        say_new_steps(state, rt)  # a degree from abroad said now brings UHR's step (assistant/next_steps.py)
        from assistant.meanwhile_study import say_meanwhile_study

        say_meanwhile_study(state, rt)  # "meanwhile" on the way to a licence: what for, the study alongside (route11)
    return shown


def field_more(state: TurnState, rt: Runtime) -> bool:
    """"Other jobs with wood, easier on my knees?" after a list (rater11 conv5): the next suggestions in that field
    (:func:`assistant.lighter.field_profile`), never the list again; the action becomes "more"."""
    from assistant.interpretation.wishes import topics
    from assistant.lighter import BODY_LIMITS

    if not any(c.kind == "limitation" and c.value in BODY_LIMITS for c in state.profile.constraints) \
            or not topics(state.text, state.profile.language) or not shown_before(state, rt):
        return False
    state.action = "more"
    return True


def note_national_salary(state: TurnState, rt: Runtime) -> None:
    """A salary asked for a place ("… in Stockholm?"): SCB's group figures are national, so say so."""
    from assistant.pay_compare import compare_instead

    compare_instead(state, rt)  # "which jobs pay well?": the suggested occupations compared, not one (pupil20)
    if state.action != "salary" or not any(f.key.startswith("occ.salary") for f in state.facts):
        return
    from assistant.focus import question_part
    from assistant.places import place_in_text, region_label
    from assistant.salary_caveats import figures_once, note_national

    figures_once(state)  # two occupations' figures: each caveat once (lang13)
    try:
        place = place_in_text(question_part(state.text), rt)
        # The person's own län when the question names none (rater8 conv2: the national median given to a man in
        # Jönköping, again after "I meant pay in Jönköping"): a figure is never national without saying so.
        label = place.label if place is not None else region_label(state.profile.region_id(), rt)
    except Exception:  # noqa: BLE001 - no geography: no place to name
        label = None
    if label:
        note_national(state, label)  # after the first figures: it holds for all of them


def swedish_first(state: TurnState, rt: Runtime) -> None:
    """A newcomer who says they know little Swedish hears of SFI (cited) with their first suggestions,
    not only when they ask for courses: Swedish is the first step for most of what is suggested."""
    from assistant.education import audience, wants_none
    from assistant.it_swedish import answer_it_swedish
    from assistant.routes import evidence_of, has_some_swedish, route_gloss, route_wording, routes
    from assistant.swedish_enough import answer_enough, sfi_if_unknown, sva_only_if_asked
    from assistant.youth_routes import swedish_key

    if answer_it_swedish(state):  # "do I need Swedish for IT?": answered directly, no ladder (cards31)
        return
    answer_enough(state, rt)  # "is my Swedish enough?": yes, no or it depends, then the next step (swedish18)
    sfi_if_unknown(state)  # no level told: "if you have not studied Swedish yet, start with SFI"
    sva_only_if_asked(state)  # a level told: "after SFI, SvA" only to a question about Swedish (boiler29)
    p = state.profile
    if state.action not in ("suggest", "explore") or wants_none(state) or state.language == "sv":
        return
    if audience(state) != "newcomer" or not any(lang.code == "sv" for lang in p.languages) \
            or has_some_swedish(state):
        return
    route = routes(rt).get(swedish_key(state, "sfi"))  # 16–19: the gymnasium's language introduction instead
    if route is None or any(route.title in m.content for m in state.history if m.role == "assistant"):
        return  # said before in this conversation
    ev = state.add_evidence(evidence_of(route))
    _insert_before_next(state, Fact(key=route_wording(ev), source=ev.doc_id,
                                    params={"title": sv_title(ev.title, route_gloss(ev))}))


def nothing_more(state: TurnState) -> None:
    """Replace the plan by "nothing more to add" about this topic and occupation (no sources)."""
    topic = state.action
    state.facts.clear()
    state.presented.clear()
    state.action = "nothing_more"
    if state.focus is not None and topic in TOPICS:
        state.present(state.focus)
        state.say("followup.nothing_more_about", topic={"term": "topic", "value": topic},
                  occupation=sv_title(state.focus.label, "occupation"))
    else:
        state.say("followup.nothing_more")


# ------------------------------------------------------------------ what the person said about themselves
def honour_person(state: TurnState, result: Any | None, rt: Runtime | None = None) -> None:
    """After planning: say which occupations were left out and why; youth next steps; no courses
    for someone who wants a job now (unless they asked for courses)."""
    from assistant.workplace import ask_role

    if ask_role(state):  # "I worked at a children's hospital": which role there, not guessed occupations (lang20)
        return
    p = state.profile
    facts = state.facts
    from assistant.job_loss import say_job_loss, say_own_fund  # laidoff15: the first steps of a job loss, said once

    say_job_loss(state, rt)
    say_own_fund(state, rt)  # routes18: "should I call TRR?" from a worker: his own fund (TSL), the wrong one corrected
    if state.action in ("suggest", "more", "explore") and p.wants_no_study():
        kept = [f for f in facts if not f.key.startswith(EDUCATION_KEYS)]
        if len(kept) != len(facts):
            state.facts[:] = kept
            _insert_before_next(state, Fact(key="constraint.no_study"))
    if p.is_youth() and any(f.key in ADULT_STEPS for f in state.facts):
        state.facts[:] = [f for f in state.facts if f.key not in ADULT_STEPS]
        at = next((i + 1 for i, f in enumerate(state.facts) if f.key == "next.heading"), None)
        if at is None:
            state.say("next.heading")
            at = len(state.facts)
        cited = any(f.key == "occ.route_programme" for f in state.facts)  # the programmes are named above
        steps = ("youth.syv", "youth.try") if cited else ("youth.syv", "youth.gymnasium", "youth.try")
        state.facts[at:at] = [Fact(key=k, bullet=True) for k in steps]
    excluded = list(getattr(result, "excluded", None) or []) if result is not None else []
    if state.action in ("suggest", "more", "explore", "nothing_more"):
        _acknowledge(state, excluded)  # (also when nothing is left to suggest: the person sees it was heard)
        say_little_swedish(state, rt)  # "I can't read much Swedish yet": SFI and an interpreter first (person17)
    from assistant.work_language import say_work_language

    say_work_language(state, rt)  # "what work can I do in English?": kept, answered first (lang20)
    say_limits(state, rt, excluded)  # left out, fitting, or not covered by the sources
    from assistant.posture_adapt import say_adapted_first
    if rt is not None:  # (no runtime: nothing to cite the adaptation routes from)
        say_adapted_first(state, rt)  # "I can't sit long": the own trade at an adapted workplace first (sit18)
    if excluded and state.action in ("suggest", "more", "explore"):
        from assistant.refusal_said_back import seen_or_named

        # (only what the person saw or named: "not machines" left out no «Mjukvaruutvecklare» to them; place15)
        refused = seen_or_named(list(dict.fromkeys(e["evidence"] for e in excluded if e["reason"] == "avoid")),
                                state.history, state.text)
        if refused and not any(f.key in ("heard.avoid", "heard.leave_own", "heard.avoid_words")
                               for f in state.facts):  # (not twice)
            _insert_before_next(state, Fact(key="constraint.avoided", params={"label": {"list": refused[:2]}}))


def _acknowledge(state: TurnState, excluded: list[dict] | None = None) -> None:
    """A refusal, a limitation or a turn away from one's own work said in THIS message is acknowledged in
    one short sentence before the new list (the person sees it was heard); a refusal that leaves the person's own
    work out says they want to leave it (``excluded``: what matching left out, refuse15)."""
    from assistant.leave_own import left_own_work
    from assistant.refusal_said_back import said_back
    from vagledning.domain.profile import NO_UNIVERSITY

    said = state.message_profile.constraints if state.message_profile is not None else []
    limit = next(iter(new_limitations(state)), None)  # (a limitation said again is not acknowledged again)
    # What a refusal changes, concretely: the occupations it leaves out ("I will not suggest «Flyttkarl»"); a "no"
    # that names no occupation leaves nothing out and is not said to (rater10: «Я це виключив» after a correction).
    # (… only one the person saw or named; else their own refused words: "not machines" is no «Trycksvarvare», place15)
    refused, words = said_back(said, state.history, state.text)
    own = left_own_work(state, excluded or [])
    from assistant.leave_own import calm_beside_leaving

    left = own or (left_own_work(state, excluded or [], turned_away=True) if limit == "calm" else [])
    beside = calm_beside_leaving(limit, excluded or []) if left else None
    if beside is not None:  # (leaving one's work and calm work wished: both heard, burnout33)
        state.facts[0:0] = [Fact(key="heard.leave_own", params={
            "what": {"items": [sv_title(t, "occupation") for t in left[:2]]}}), *beside]
        return
    if limit is not None:
        fact = Fact(key="heard.limitation", params={"what": {"term": "limitation", "value": worded(state, limit)}})
    elif own:
        fact = Fact(key="heard.leave_own", params={"what": {"items": [sv_title(t, "occupation") for t in own[:2]]}})
    elif refused:
        fact = Fact(key="heard.avoid", params={"what": {"items": [sv_title(t, "occupation") for t in refused[:2]]}})
    elif words:
        fact = Fact(key="heard.avoid_words", params={"what": words[0]})
    elif any(c.kind == "other" and c.value == NO_UNIVERSITY for c in said):
        fact = Fact(key="heard.no_university")  # (an education level refused, not an occupation)
    elif any(c.kind == "other" and c.value == "change_field" for c in said):
        fact = Fact(key="heard.change")
    else:
        return
    state.facts.insert(0, fact)


