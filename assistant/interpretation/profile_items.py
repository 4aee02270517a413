"""What a reading adds to the profile: a linked occupation as an experience, a wish or an interest, linked skills,
with their concept references (the taxonomy's atlas page, the ESCO occupation the official mapping gives). Split from
:mod:`assistant.interpretation.interpreter`, which decides what each statement says."""
from __future__ import annotations

from assistant.interpretation import linking
from assistant.interpretation.background import statement_span
from vagledning.domain.links import ATLAS_URL as ATLAS
from vagledning.domain.profile import ConceptRef, Experience, Interest, Profile, SkillItem, Span, Wish


def concept_ref(link: linking.Link, rel) -> ConceptRef:
    esco = None
    if link.kind == "occupation":
        matches = rel.esco_matches(link.concept_id)
        esco = matches[0].esco_uri if matches else None
    return ConceptRef(id=link.concept_id, kind=link.kind, label=link.label, url=ATLAS.format(id=link.concept_id),
                      esco_uri=esco)


def not_again(profile: Profile, seen: set[str], kind: str) -> set[str]:
    """The occupations a statement may not add again: those read already; for a wish, only those wished already –
    work done may be wished too ("I had my own shop … now I want to work in a shop", "I was a doctor, I want to work
    as a doctor again": profile31)."""
    return {w.concept.id for w in profile.wishes if w.concept} if kind == "wish" else seen


def add_occupation(profile: Profile, kind: str, link: linking.Link, rel, span: Span, origin, yrs) -> None:
    """A linked occupation as what the statement says it is: an experience, a wish or an interest."""
    ref = concept_ref(link, rel)
    occ = rel.occupation(link.concept_id)
    ssyk_id, ssyk_code = (occ.ssyk_id, occ.ssyk_code) if occ else (None, None)
    if kind in ("experience", "other", "education"):
        profile.experiences.append(Experience(
            occupation=ref, ssyk_id=ssyk_id, ssyk_code=ssyk_code, span=span,
            confidence=round(link.score * {"experience": 1.0, "other": 0.85}.get(kind, 0.75), 3),
            abroad=bool(origin and origin.country != "SE"), country=origin.country if origin else None,
            years=yrs.years if yrs else None))
    elif kind == "wish":
        profile.wishes.append(Wish(kind="occupation", label=link.label, concept=ref, ssyk_code=ssyk_code,
                                   span=span, confidence=round(link.score, 3)))
    else:
        profile.interests.append(Interest(label=link.label, concept=ref, span=span,
                                          confidence=round(link.score * 0.8, 3)))


def add_skills(profile: Profile, links: list[linking.Link], seen_skill: set[str], st, focus: tuple[int, int],
                red: str, message_index: int) -> None:
    """Linked skills not already in the profile (a lexicon hit spans its words, a search hit the focus)."""
    for link in links:
        if link.concept_id in seen_skill:
            continue
        a, b = (st.start + link.start, st.start + link.end) if link.route == "lexicon" else focus
        profile.skills.append(SkillItem(id=link.concept_id, label=link.label,
                                        url=ATLAS.format(id=link.concept_id),
                                        span=statement_span(red, a, b, message_index), confidence=round(link.score, 3)))
        seen_skill.add(link.concept_id)
