"""The one filter every suggestion passes, whatever found it: refused families, limitations against the cited
demands, work only adults may do, a manager's post without leading shown (retrieval/constraints.py,
retrieval/limit_fit.py, retrieval/age_limits.py).

Split out of retrieval/matching.py (issue 10: modules under ~400 lines), which ranks and explains the candidates;
the assistant filters the occupations a question names through the same function (assistant/answers.py,
assistant/field_meanwhile.py).
"""
from __future__ import annotations

from retrieval.manager_posts import has_led, manager_post
from retrieval.match_models import OccupationMatch
from vagledning.domain.profile import Profile
from vagledning.domain.runtime import Runtime


def left_work(profile: Profile, rel, family, excluded: list[dict]) -> list[dict]:
    """The person's own work that a refusal left out (never a candidate, so not among ``excluded``): said
    too, so the answer and the copilot name what was left out."""
    if not family:
        return []
    out: list[dict] = []
    seen = {x["id"] for x in excluded}
    for e in profile.experiences:
        hit = family.hit(e.occupation.id, e.ssyk_code, rel) if e.occupation.kind == "occupation" else None
        if hit and e.occupation.id not in seen:
            seen.add(e.occupation.id)
            out.append({"id": e.occupation.id, "label": e.occupation.label, "reason": "avoid", "doc_id": None,
                        "evidence": hit})
    return out


def honour_constraints(profile: Profile, rt: Runtime, matches: list[OccupationMatch], top: int, family=None,
                       asked: frozenset[str] = frozenset(),
                       silent_fallback: bool = False) -> tuple[list[OccupationMatch], list[dict]]:
    """Leave out refused families, occupations whose cited demands meet a limitation, and for a young
    person occupations that need a licence only adults hold (retrieval/constraints.py); checks only as
    many candidates as needed to fill ``top``. The one filter every suggestion passes, whatever found it
    (the matcher, or a question naming the kind of work wanted: ``asked``, the occupations it names, which
    a refused family does not hold back and which stay first)."""
    from retrieval.age_limits import age_limited
    from retrieval.constraints import SCHEDULE_LIMITS, adult_only, demand_of, limitations, named_wishes
    from retrieval.hard_limits import SILENT_LOAD, degree_demand, no_schooling, silent_load, told_by_name
    from retrieval.limit_fit import fit_window, fitting_first, own_work_out
    from retrieval.refused_family import refused_family

    if not has_led(profile, rt.relations):  # a manager's or supervisor's post needs leading shown (rater9 conv4/5)
        matches = [m for m in matches if m.id in asked or not manager_post(m)]
    limits = limitations(profile)
    # body16 (rater29 c01: a bus driver whose licence is not valid here was offered, for the meantime, courier, removal
    # and limousine driving): a licence not valid here yet leaves out work that needs one, but not the work wished for
    # (the licence route to it stays: assistant/interpretation/constraints.py keeps the licence as pending).
    pending = "driving_licence" not in limits and any(
        c.kind == "other" and c.value.startswith("korkort_ej_giltigt:") for c in profile.constraints)
    family = family if family is not None else refused_family(profile, rt.relations, rt, asked)
    youth = profile.is_youth()
    unschooled = no_schooling(profile)  # (no degree work as a next job for one who never went to school: hard24)
    years = next((int(c.value) for c in reversed(profile.constraints) if c.kind == "age" and c.value.isdigit()), None)
    if not limits and not family and not youth and not pending and not unschooled:
        return matches, []
    kept: list[OccupationMatch] = []
    excluded: list[dict] = []
    silent: list[OccupationMatch] = []  # (left out by what a counsellor knows, not by a source: hard24)
    wished = {w.concept.id for w in profile.wishes if w.concept is not None} | asked
    named = named_wishes(profile) | asked  # (work wished by name: a limit on hours spares it; limits19)
    by_name = told_by_name(profile) | asked
    wanted = top + fit_window(limits)  # (a few more to choose seated or office work from)
    for m in matches:
        if len(kept) >= wanted:
            break
        hit = family.hit(m.id, m.ssyk_code, rt.relations) if family else None
        if hit:
            excluded.append({"id": m.id, "label": m.label, "reason": "avoid", "doc_id": None, "evidence": hit})
            continue
        # (a limit on hours never leaves out the wished work: the answer says its hours and to ask the employer)
        held = [w for w in limits if not (w in SCHEDULE_LIMITS and m.id in named)]
        held += ["driving_licence"] if pending and m.id not in wished and not _own_work(m, profile) else []
        why = next((x for x in (demand_of(m.id, m.label, w, rt) for w in held) if x is not None), None)
        if why is None and "sitting" in limits:
            why = _seated(m, rt)
        if why is None and youth:  # (a licence only adults hold, or work with an age limit of its own: youth21)
            why = adult_only(m.id, m.label, m.ssyk_code, rt) or age_limited(m.id, m.label, m.ssyk_code, years)
        why = why or own_work_out(m, profile, limits, rt)  # (the work the limitation is said of)
        # (what a counsellor knows where the sources are silent: hard24; spared only for work named by the person,
        # never for a field's or a kind of work's occupations read from general words, level26)
        if why is None and m.id not in by_name:
            why = silent_load(m, limits, rt) or (degree_demand(m) if unschooled else None)
        if why is not None:
            excluded.append({"id": m.id, "label": m.label, "reason": why.reason, "doc_id": why.doc_id,
                             "evidence": why.evidence})
            silent += [m] if why.reason == SILENT_LOAD else []
            continue
        kept.append(m)
    # (the matcher's list, ``silent_fallback``: when nothing else is found at all, that work comes back last with its
    # silence said, never no list for one whose only work was manual, limits19; the "more" lists and the entry and
    # active work lists keep it out, and the answer says so: hard24)
    if silent_fallback and not kept and silent:
        kept = silent[:wanted]
        excluded = [x for x in excluded if x["reason"] != SILENT_LOAD]
    return fitting_first(kept, limits, rt, wished)[:top], excluded


#: Office groups whose work is done seated (retrieval/limit_fit.OFFICE_GROUPS without 4221, whose ticket inspectors
#: walk the trains, and the receptionists of 4225/4226 and the archive staff of 4410, who are up and about).
SEATED_GROUPS = ("41", "4222", "4223", "4323")


def _seated(m: OccupationMatch, rt: Runtime):
    """Seated work, for someone who cannot sit long: the evidence that says an occupation is seated or office work
    (retrieval/limit_fit, which offers it to bad knees) is, for them, the demand that leaves it out."""
    from retrieval.constraints import Exclusion
    from retrieval.limit_fit import fits

    x = fits(m.id, m.label, "standing", rt)
    if x is None or (x.evidence.startswith("SSYK ") and not (m.ssyk_code or "").startswith(SEATED_GROUPS)):
        return None
    return Exclusion(m.id, m.label, "sitting", x.doc_id, x.evidence)


def _own_work(m: OccupationMatch, profile: Profile) -> bool:
    """``m`` is the person's own work or of its unit group: a licence not valid here yet is the way back to it (the
    licence route is said), never a reason to leave it out (people: a lorry driver whose licence is not valid in Sweden
    yet is shown lorry driving first)."""
    code = (m.ssyk_code or "")[:4]
    return any(e.occupation.id == m.id or (code and (e.ssyk_code or "")[:4] == code) for e in profile.experiences)

