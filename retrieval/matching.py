"""Occupation matching: rank occupations for a profile, explain each, attach cited evidence.

Signals (weights below): direct experience, stated wishes, similar occupations (JobTech
within-field neighbours that share the work's skills: retrieval/near_work), overlap of the person's skills
with each occupation's demanded competences, and interests; things the person does not want push a
suggestion down.
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field

from retrieval.evidence import occupation_evidence
from retrieval.match_filter import honour_constraints, left_work
from retrieval.match_models import CarriedSkillRef, MatchResult, OccupationMatch, SkillRef
from retrieval.mixed_interests import keep_interests
from retrieval.near_work import near_work
from vagledning.domain.links import ATLAS_URL
from vagledning.domain.profile import Profile
from vagledning.domain.runtime import Runtime

W_EXPERIENCE = 1.0
W_WISH = 1.25
W_SIMILAR = 0.45
NAMED_SKILLS = 3   # skills named as carrying over, per suggestion
W_TRANSFER = 0.6   # times a change path's score (0..1): what carries over from work the person turned away from
W_SKILLS = 0.8
W_INTEREST = 0.8   # an occupation a liking names ("hjälpa gamla" -> Vårdbiträde) leads guesses from its types (below)
W_ESCO = 0.5
W_INTEREST_DIRECTION = 0.6   # an occupation whose interest profile fits what the person likes
AVOID_FACTOR = 0.25
MAX_SIMILAR = 8
#: How much further along the similar occupations to look when a limitation will exclude some.
LIMITED_SIMILAR_FACTOR = 3
MAX_MISSING = 8
EVIDENCE_FOR_TOP = 5


@dataclass
class _Cand:
    id: str
    score: float = 0.0
    reasons: set[str] = field(default_factory=set)
    led_by: list[str] = field(default_factory=list)
    parts: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    carried: list[str] = field(default_factory=list)   # ESCO skill URIs that carry over (change paths)

    def add(self, reason: str, value: float, quote: str | None) -> None:
        # Within one signal keep the strongest contribution; signals add up.
        if value > self.parts[reason]:
            self.parts[reason] = value
        self.reasons.add(reason)
        if quote and quote not in self.led_by:
            self.led_by.append(quote)


def _fold(s: str) -> str:
    return re.sub(r"\s+", " ", s.casefold()).strip()


def liked_only_skills(profile: Profile) -> set[str]:
    """The ids of skills read only inside what the person said they like (an interest's span, no experience's):
    an activity liked, not a skill shown."""
    def inside(span, items) -> bool:
        return any(i.span is not None and i.span.message == span.message and i.span.start <= span.start
                   and span.end <= i.span.end for i in items)

    return {s.id for s in profile.skills if s.span is not None and inside(s.span, profile.interests)
            and not inside(s.span, profile.experiences)}


def _skill_keys(profile: Profile) -> tuple[set[str], set[str]]:
    removed = set(profile.removed_skill_ids) | liked_only_skills(profile)
    ids = {s.id for s in profile.skills if s.id not in removed}
    labels = {_fold(s.label) for s in profile.skills if s.id not in removed}
    return ids, labels


def _own_work_is_not_similar(cands: dict[str, _Cand]) -> None:
    """Work the person has done is their experience, not also "close to" another of their experiences: the
    two added up let a task's loose link (bricks -> Grovarbetare, a neighbour of Murare) outrank the title
    the person gave (Murare)."""
    for c in cands.values():
        if "experience" in c.parts:
            c.parts.pop("similar", None)
            c.reasons.discard("similar")


def _from_experiences(profile: Profile, rel, family, cand, limited_out: frozenset[str] = frozenset()) -> None:
    """Experience leads to the work itself and its neighbours ("similar"); work the person turned away from
    to where it carries over ("transfer": retrieval/change_paths, or JobTech's neighbours without its tables).
    Work the person's own limitation rules out (``limited_out``: a bus driver who cannot sit) stays their
    experience (it is left out, and said so, with the others) but leads on as work turned away from does."""
    # Someone who cannot do part of the work (a bad back) loses many of the nearest occupations to the
    # exclusions, so the search looks further along the similar ones.
    # So does someone who turned away from the whole area of their work (``family.fields``: "no more restaurant").
    limited = any(c.kind == "limitation" for c in profile.constraints) or bool(getattr(family, "fields", None))
    cap = MAX_SIMILAR * LIMITED_SIMILAR_FACTOR if limited else MAX_SIMILAR
    left_work = _left_experiences(profile, rel, family)
    moving = left_work + [e for e in profile.experiences if e.occupation.id in limited_out and e not in left_work]
    paths = _change_paths(profile, rel, moving, cap)
    for exp in profile.experiences:
        if exp.occupation.kind != "occupation":
            continue
        left = exp in left_work
        if not left:
            cand(exp.occupation.id).add("experience", W_EXPERIENCE * exp.confidence, exp.span.quote)
        if (left or exp in moving) and paths:  # ranked by what carries over, demand and training
            for p in paths:
                c = cand(p.occupation_id)
                c.add("transfer", W_TRANSFER * exp.confidence * p.score, exp.span.quote)
                c.carried = c.carried or p.carried
            continue
        # Work the person turned away from leads to other fields first (JobTech's similar occupations in
        # other fields: a cook -> shop, deli counter, hotel), then to the neighbours in its own field.
        # (a neighbour that shares none of the work's skills is no reason, retrieval/near_work: rater23 fa T1)
        kinds = ("similar_field", "within_field") if left else ("within_field",)
        near = near_work(exp.occupation.id, rel, kinds, cap)
        for i, sim_id in enumerate(near):
            cand(sim_id).add("transfer" if left else "similar",
                             W_SIMILAR * exp.confidence * (1 - i / (2 * len(near))), exp.span.quote)


def candidates(profile: Profile, rel, family=None, limited_out: frozenset[str] = frozenset()) -> dict[str, _Cand]:
    """Collect candidate occupations with their signal strengths. Work the person turned away from
    (``family``, retrieval/constraints.Family) is no "experience", and its neighbours are reached
    through what transfers from it ("transfer"), not as "close to your experience"."""
    cands: dict[str, _Cand] = {}

    def cand(occ_id: str) -> _Cand:
        return cands.setdefault(occ_id, _Cand(occ_id))

    _from_experiences(profile, rel, family, cand, limited_out)
    _own_work_is_not_similar(cands)
    for wish in profile.wishes:
        if wish.concept is None:
            continue
        if wish.concept.kind == "occupation":
            why = "interest" if wish.kind == "field" else "wish"  # a field named, not this occupation (rater14)
            cand(wish.concept.id).add(why, W_WISH * wish.confidence, wish.span.quote)
        elif wish.concept.kind == "ssyk":
            for ref in rel.occupations_in_ssyk(wish.concept.id)[:6]:
                cand(ref.id).add("wish", 0.7 * W_WISH * wish.confidence, wish.span.quote)
    for interest in profile.interests:
        if interest.concept is not None and interest.concept.kind == "occupation":
            cand(interest.concept.id).add("interest", W_INTEREST * interest.confidence, interest.span.quote)
    # Skills: occupations whose demanded competences include the person's skills. (a skill read from a liking, "I
    # love cooking", is no skill shown: it leads through the interest, never alone to a ship's cook; rater24 c4)
    removed = set(profile.removed_skill_ids) | liked_only_skills(profile)
    labels = sorted({s.label for s in profile.skills if s.id not in removed})
    if labels:
        for occ_id, hits in rel.occupations_demanding(labels).items():
            total = sum(1.0 / math.log2(rank + 2) for _, rank in hits)
            cand(occ_id).add("skills", W_SKILLS * min(1.0, total / 2.0), None)
    # ESCO: essential/optional skills of the ESCO occupations mapped to each candidate (crosswalk),
    # for profile skills that carry an ESCO URI.
    esco_skills = {s.esco_uri for s in profile.skills if s.esco_uri and s.id not in removed}
    if esco_skills:
        for c in list(cands.values()):
            for m in rel.esco_matches(c.id):
                rels = rel.esco_occupation_skills(m.esco_uri)
                hit = [r for r in rels if r.skill_uri in esco_skills]
                if hit:
                    weight = sum(1.0 if r.relation == "essential" else 0.5 for r in hit)
                    c.add("esco_skills", W_ESCO * min(1.0, weight / 3.0), None)
    return cands


def _limited_out(profile: Profile, rt: Runtime) -> frozenset[str]:
    """The person's own work that a source says makes a demand their limitation rules out."""
    from retrieval.constraints import demand_of, limitations
    from retrieval.limit_fit import own_work_limited

    limits = limitations(profile)
    if not limits:
        return frozenset()
    return frozenset(e.occupation.id for e in profile.experiences if e.occupation.kind == "occupation"
                     and any(demand_of(e.occupation.id, e.occupation.label, w, rt) for w in limits)) \
        | own_work_limited(profile, limits, rt)  # (own bodily work left out as the limit is said of it: silent20)


def _left_experiences(profile: Profile, rel, family) -> list:
    """The experiences (occupations) the person turned away from."""
    if not family:
        return []
    return [e for e in profile.experiences if e.occupation.kind == "occupation"
            and family.hit(e.occupation.id, e.ssyk_code, rel) is not None]


def _change_paths(profile: Profile, rel, left: list, cap: int) -> list:
    """Where the work turned away from leads ([] without it, or without the ESCO and labour-market tables)."""
    if not left:
        return []
    from retrieval.change_paths import change_paths
    degree = any((e.seqf or 0) >= 6 and not e.in_progress for e in profile.education)
    refused = {c.concept.id for c in profile.constraints if c.kind == "avoid" and c.concept is not None}
    return change_paths([e.occupation.id for e in left], rel, top=cap * 2, refused=refused,
                        no_study=profile.wants_no_study() or profile.wants_no_university(), has_degree=degree)


def _avoid_terms(profile: Profile) -> list[str]:
    return [_fold(c.label) for c in profile.constraints if c.kind == "avoid" and c.label]


def _explain(match: OccupationMatch, lang_reasons: set[str]) -> str:
    parts = []
    if "experience" in lang_reasons:
        parts.append("matches work you have done")
    if "wish" in lang_reasons:
        parts.append("is what you want to do")
    if "similar" in lang_reasons:
        parts.append("is close to your experience")
    if "transfer" in lang_reasons:
        parts.append("builds on what you learned in other work")
    if "skills" in lang_reasons and match.matched_skills:
        parts.append(f"uses {len(match.matched_skills)} of your skills")
    if "interest" in lang_reasons:
        parts.append("fits your interests")
    return "; ".join(parts)


def match_profile(profile: Profile, rt: Runtime, *, region: str | None = None, top: int = 10,
                  with_evidence: bool = True) -> MatchResult:
    """Ranked occupations for ``profile`` with explanations, gaps and evidence (best first)."""
    from retrieval.refused_family import refused_family

    rel = rt.relations
    region = region or profile.region_id()
    family = refused_family(profile, rel, rt)
    cands = candidates(profile, rel, family, _limited_out(profile, rt))
    directions = _interest_directions(profile, rt, cands)
    skill_ids, skill_labels = _skill_keys(profile)
    avoid = _avoid_terms(profile)
    refused_skills = _refused_skills(profile, rel)
    matches: list[OccupationMatch] = []
    for c in cands.values():
        occ = rel.occupation(c.id)
        if occ is None:
            continue
        score = sum(c.parts.values())
        label_f = _fold(occ.label)
        if any(term and (term in label_f or label_f in term) for term in avoid):
            score *= AVOID_FACTOR
        demanded = rel.demanded_skills(c.id)
        matched: list[SkillRef] = []
        missing: list[SkillRef] = []
        for d in demanded:
            if (d.skill_id and d.skill_id in skill_ids) or _fold(d.label) in skill_labels:
                matched.append(SkillRef(label=d.label, id=d.skill_id))
            elif len(missing) < MAX_MISSING:
                missing.append(SkillRef(label=d.label, id=d.skill_id))
        m = OccupationMatch(id=occ.id, label=occ.label, ssyk_id=occ.ssyk_id, ssyk_code=occ.ssyk_code,
                            ssyk_label=occ.ssyk_label, url=ATLAS_URL.format(id=occ.id),
                            score=round(score, 4), reasons=sorted(c.reasons), led_by=c.led_by,
                            matched_skills=matched, missing_skills=missing if "experience" not in c.reasons or
                            "wish" in c.reasons else missing[:MAX_MISSING // 2])
        if c.carried and "transfer" in c.reasons:
            m.carried_skills = _carried_refs(c.carried, rel, refused_skills)
        m.explanation = _explain(m, c.reasons)
        matches.append(m)
    # A stated wish leads the ranking, the newest first ("what about a shop?" after earlier wishes); then
    # what the person cannot or will not do is left out.
    # (then a wish a counsellor added, confidence 1, before those read from the person's words in the same message,
    # such as "jobba med barn" – the copilot's edited profile; among those read, the match score decides as before)
    wished: dict[str, tuple[int, float]] = {}
    for w in profile.wishes:
        if w.concept is not None and w.concept.kind == "occupation":
            wished[w.concept.id] = max(wished.get(w.concept.id, (0, 0.0)), (w.span.message, float(w.confidence >= 1.0)))
    matches.sort(key=lambda m: (m.id not in wished, tuple(-x for x in wished.get(m.id, (0, 0.0))), -m.score, m.label))
    away = bool(_left_experiences(profile, rel, family))  # (turned away from one's work: the field liked leads)
    matches, excluded = honour_constraints(profile, rt, keep_interests(profile, matches, set(wished), directions, away),
                                           top, family, silent_fallback=True)
    excluded = left_work(profile, rel, family, excluded) + excluded
    matches = matches[:top]
    if with_evidence:
        for m in matches[:EVIDENCE_FOR_TOP]:
            m.evidence = occupation_evidence(m.id, rt, region=region, missing_skills=[s.label for s in m.missing_skills])
        _recognition(profile, matches)
    _cite_interest_profiles(matches, directions)
    result = MatchResult(language=profile.language, region=region, profile=profile, occupations=matches,
                         excluded=excluded)
    if any(m.id in directions and directions[m.id][0].doc_id for m in matches):
        result.notes.append("interest_profiles_made_for_us_occupations")
    result.next_questions = list(profile.missing())
    if not matches:
        result.notes.append("no_occupation_found")
    return result


def _carried_refs(uris: list[str], rel, refused: frozenset[str] = frozenset()) -> list[CarriedSkillRef]:
    from retrieval.change_paths import carried_names

    # Only skills with a Swedish name: answers quote the Swedish source label (an English one would leak into them).
    # (never a core task of work the person refused: "not a cashier" gives no «sköta en kassaapparat» as a reason)
    return [CarriedSkillRef(label=n.sv, label_en=n.en, id=n.skill_id, esco_uri=n.uri)
            for n in carried_names(uris, rel) if n.sv and _fold(n.sv) not in refused][:NAMED_SKILLS]


def _refused_skills(profile: Profile, rel) -> frozenset[str]:
    """The core competences (folded) of occupations the person refused that are not their own work: a refused task
    is no reason given for the next suggestions (rater29 c04: a market seller praised for the refused cash register;
    goal16). One's own work refused keeps what was learned in it as a reason (refuse15)."""
    from retrieval.refused_family import CORE_RANK, _core

    own = {e.occupation.id for e in profile.experiences}
    ids = {c.concept.id for c in profile.constraints if c.kind == "avoid" and c.concept is not None
           and c.concept.kind == "occupation" and c.concept.id not in own}
    return frozenset(_fold(_core(d.label)) for occ_id in ids for d in rel.demanded_skills(occ_id)[:CORE_RANK])


def _interest_directions(profile: Profile, rt: Runtime, cands: dict[str, _Cand]) -> dict:
    """Stated interests -> RIASEC types -> fitting occupations (retrieval/interests): {id: (Direction, person)}."""
    if not profile.interests:
        return {}
    from retrieval.interests import interest_signals
    from retrieval.subject_demands import more_directions  # (a subject or workplace ruling fields out: pupil20)
    # At most 5 directions from interests in all: groups an interest or a wish already named are not repeated.
    named = {occ.ssyk_id for c in cands.values() if {"interest", "wish"} & set(c.reasons)
             for occ in (rt.relations.occupation(c.id),) if occ is not None and occ.ssyk_id}
    signals, person = interest_signals(profile, rt, exclude_ssyk=named, top=max(3, 5 - len(named)) + more_directions(profile))
    out = {}
    for d, quote in signals:
        c = cands.setdefault(d.occupation_id, _Cand(d.occupation_id))
        c.add("interest", W_INTEREST_DIRECTION * d.score, quote)
        out[d.occupation_id] = (d, person)
    return out


def _cite_interest_profiles(matches: list[OccupationMatch], directions: dict) -> None:
    """Directions from interests name the person's types and cite the (US) interest profile."""
    from retrieval.interests import US_NOTE
    from vagledning.domain.evidence import Evidence

    for m in matches:
        if m.id not in directions:
            continue
        d, person = directions[m.id]
        if not d.doc_id:  # no interest profile behind it (profiles not ingested): nothing to cite
            continue
        names = ", ".join(person.names(2)) if person else ""
        m.explanation = (m.explanation + f" ({names}; O*NET interest profile {d.types}, made for US occupations)").strip()
        m.evidence.append(Evidence(type="interest_profile", doc_id=d.doc_id, kind="interest_profile",
                                   title=f"Interest profile {d.types}: {m.label}", snippet=US_NOTE,
                                   facts={"holland": d.types, "fit": d.fit, "person_types": names}))


def _recognition(profile: Profile, matches: list[OccupationMatch]) -> None:
    """Experience from abroad: say what Swedish recognition may be needed, when the sources say so."""
    by_id = {m.id: m for m in matches}
    for exp in profile.experiences:
        m = by_id.get(exp.occupation.id)
        if not exp.abroad or m is None:
            continue
        notes = [e for e in m.evidence if e.type in ("recognition", "education_requirement")]
        if notes:
            exp.recognition = notes[0].snippet
            exp.recognition_sources = sorted({e.doc_id for e in notes})

