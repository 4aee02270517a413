"""A later course answer does not deny the courses an earlier answer named (rater17 conv4 T4: "I found no education in
Västra Götalands län" for the occupation in focus, after the first answer had named courses in Göteborg and Falköping for
the other occupations it suggested).

When the course question names no occupation ("what can I study then?") and nothing of the person's county is listed
for the occupation in focus, the county's courses of the other occupations the conversation suggested are named, each
with the occupation it is for: the stricter filter (the occupation in focus) is said, not hidden. The courses are found
by the one rule of which education fits an occupation (retrieval/education.py) and the same level rule
(assistant/education.level_fit).
"""
from __future__ import annotations

from assistant.course_places import beyond_reach, in_county
from assistant.state import Focus, TurnState
from vagledning.domain.evidence import Evidence
from vagledning.domain.runtime import Runtime

#: At most this many other occupations are looked at, and this many named with a course.
LOOKED_AT = 4
NAMED = 2


def say_earlier_courses(state: TurnState, rt: Runtime, focus: Focus | None, region: str | None, county: str | None,
                        listed: list[Evidence]) -> None:
    """The county's courses of the conversation's other occupations (see the module docstring)."""
    if focus is None or focus.named or not region or not county or in_county(listed):  # (near or not: near9)
        return
    from assistant.course_towns import option_evidence
    from assistant.earlier_answers import earlier_occupations
    from assistant.education import level_fit, placed
    from assistant.evidence import edu_kind, sv_title
    from retrieval.education import education_options

    seen = {focus.id}
    others: list[Focus] = []
    for occs in earlier_occupations(state, rt):
        for occ in occs:
            if occ.id not in seen:
                seen.add(occ.id)
                others.append(occ)
    named = 0
    for occ in [o for o in others if not _limit_excludes(state, rt, o)][:LOOKED_AT]:
        ref = rt.relations.occupation(occ.id)
        group = ref.ssyk_label if ref else None
        items = [option_evidence(o) for o in education_options(rt, occ.label, group, occ.ssyk_code, region)
                 if o.in_region and not o.distance]
        items = [e for e in level_fit(state, rt, items, occ.ssyk_code, [x for x in (occ.label, group) if x])
                 if e.type in ("course", "programme") and all(f.source != e.doc_id for f in state.facts)]
        # only those within daily reach of the person's town (near9, rater24 c5 T6: Kyltekniker Nord in Övertorneå,
        # 110 km from Luleå, named for work suggested before)
        items = [e for e in placed(state, items) if not beyond_reach(e)]
        if not items:
            continue
        ev = state.add_evidence(items[0])
        state.say("course_place.earlier_other", occupation=sv_title(occ.label, "occupation"), place=county)
        place = str(ev.facts.get("place") or "")
        state.say("courses.item" if place else "courses.item_noplace", ev.doc_id, bullet=True,
                  title=sv_title(ev.title, edu_kind(ev)), place=place)
        named += 1
        if named >= NAMED:
            return


def _limit_excludes(state: TurnState, rt: Runtime, occ: Focus) -> bool:
    """A limitation told (no driving licence, a bad back …) leaves this earlier occupation out, by its cited demand
    (goal16, rater29 c11: after "jag har inte körkort" the lorry licence course was named for «Vägassistansförare»;
    the lead's widget conversation: a care course named for «Hemvårdare», which the answer before had left out for
    the person's back)."""
    from retrieval.constraints import demand_of, limitations

    return any(demand_of(occ.id, occ.label, w, rt) is not None for w in limitations(state.profile))
