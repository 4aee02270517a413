"""Interpretation: a self-assessment (any of our languages) -> a taxonomy-linked Profile.

Steps: redact personal identifiers -> detect language -> segment into typed statements ->
link each statement to occupations/skills (lexicon, hybrid search, ESCO pivot) -> places,
education, languages -> Profile. Deterministic on the embedded default. Every item carries
the span of the (redacted) text that supports it; nothing is added without one.
"""
from __future__ import annotations

import re

from assistant.interpretation import linking
from assistant.interpretation.language import detect_language
from assistant.models import (ConceptRef, Constraint, EducationItem, Experience, Interest, LanguageItem, Profile,
                              SkillItem, Span, Wish)
from assistant.privacy import redact

MAX_CHARS = 20_000          # longer input is cut (documented); a self-assessment is rarely > 5,000
MAX_STATEMENTS = 60
ATLAS = "https://atlas.jobtechdev.se/taxonomy/{id}"
_HAS_WORD = re.compile(r"\w", re.UNICODE)


def _span(text: str, start: int, end: int, message: int) -> Span:
    start, end = max(0, start), min(len(text), max(start, end))
    return Span(start=start, end=end, quote=text[start:end], message=message)


def _ref(link: linking.Link, rel) -> ConceptRef:
    esco = None
    if link.kind == "occupation":
        matches = rel.esco_matches(link.concept_id)
        esco = matches[0].esco_uri if matches else link.extra.get("esco_uri")
    return ConceptRef(id=link.concept_id, kind=link.kind, label=link.label, url=ATLAS.format(id=link.concept_id),
                      esco_uri=esco)


def _occupation_links(stmt_text: str, focus: str, rt, lang: str | None) -> list[linking.Link]:
    links = linking.lexicon_links(stmt_text, "occupation")
    query = focus or stmt_text
    links += linking.search_occupations(query, rt)
    if lang not in ("sv", None) or not links:
        links += linking.pivot_occupations(query, rt)
    return linking.fuse(links)


def _skill_links(stmt_text: str, focus: str, rt) -> list[linking.Link]:
    links = linking.lexicon_links(stmt_text, "skill")
    links += linking.search_skills(focus or stmt_text, rt, top=3)
    return linking.fuse(links, min_conf=0.7)


def interpret(text: str, rt, *, language: str | None = None, base: Profile | None = None,
              message_index: int = 0) -> Profile:
    """Interpret ``text`` into a Profile (merged into ``base`` when given)."""
    from assistant.interpretation.segment import segment

    profile = base.model_copy(deep=True) if base else Profile()
    red = redact((text or "")[:MAX_CHARS]).text
    if not _HAS_WORD.search(red):
        profile.language = profile.language or language
        return profile
    guess = detect_language(red)
    lang = language or guess.code or profile.language
    profile.language = lang if lang != "sv-easy" else "sv"
    rel = rt.relations
    statements = segment(red, lang)[:MAX_STATEMENTS]
    seen_occ = {e.occupation.id for e in profile.experiences} | {w.concept.id for w in profile.wishes if w.concept}
    seen_skill = {s.id for s in profile.skills} | set(profile.removed_skill_ids)
    for st in statements:
        st_text = red[st.start:st.end]
        focus = getattr(st, "focus", None) or st_text
        kind = st.type
        if kind in ("experience", "wish", "interest", "other"):
            for link in _occupation_links(st_text, focus, rt, lang)[:2 if kind != "other" else 1]:
                if link.concept_id in seen_occ:
                    continue
                if kind == "other" and link.score < 0.8:
                    continue
                span = _span(red, st.start + link.start, st.start + link.end, message_index) \
                    if link.route == "lexicon" else _span(red, st.start, st.end, message_index)
                ref = _ref(link, rel)
                occ = rel.occupation(link.concept_id)
                if kind in ("experience", "other"):
                    profile.experiences.append(Experience(
                        occupation=ref, ssyk_id=occ.ssyk_id if occ else None, ssyk_code=occ.ssyk_code if occ else None,
                        span=span, confidence=round(link.score * (1.0 if kind == "experience" else 0.8), 3),
                        abroad=bool(getattr(st, "abroad", False)), country=getattr(st, "country", None),
                        years=getattr(st, "years", None)))
                elif kind == "wish":
                    profile.wishes.append(Wish(kind="occupation", label=link.label, concept=ref,
                                               ssyk_code=occ.ssyk_code if occ else None, span=span,
                                               confidence=round(link.score, 3)))
                else:
                    profile.interests.append(Interest(label=link.label, concept=ref, span=span,
                                                      confidence=round(link.score * 0.8, 3)))
                seen_occ.add(link.concept_id)
            if kind == "wish" and not any(w.span.start >= st.start and w.span.end <= st.end for w in profile.wishes):
                if getattr(st, "study", False):
                    profile.wishes.append(Wish(kind="study", label=focus.strip()[:120],
                                               span=_span(red, st.start, st.end, message_index), confidence=0.7))
        if kind in ("experience", "education", "interest", "other", "wish"):
            for link in _skill_links(st_text, focus, rt):
                if link.concept_id in seen_skill:
                    continue
                start, end = (st.start + link.start, st.start + link.end) if link.route == "lexicon" else (st.start, st.end)
                profile.skills.append(SkillItem(id=link.concept_id, label=link.label, url=ATLAS.format(id=link.concept_id),
                                                span=_span(red, start, end, message_index),
                                                confidence=round(link.score, 3)))
                seen_skill.add(link.concept_id)
        if kind == "negation":
            profile.constraints.append(Constraint(kind="avoid", value=focus.strip()[:120], label=focus.strip()[:120],
                                                  span=_span(red, st.start, st.end, message_index), confidence=0.8))
        if kind == "interest" and not any(i.span.start >= st.start and i.span.end <= st.end for i in profile.interests):
            profile.interests.append(Interest(label=focus.strip()[:120], span=_span(red, st.start, st.end, message_index),
                                              confidence=0.6))
        for edu in getattr(st, "education", None) or []:
            profile.education.append(EducationItem(label=edu.label, sun_level=edu.sun_level, seqf=edu.seqf,
                                                   abroad=bool(getattr(st, "abroad", False)),
                                                   span=_span(red, edu.start, edu.end, message_index),
                                                   confidence=edu.confidence))
        for spoken in getattr(st, "languages", None) or []:
            if not any(l.code == spoken.code for l in profile.languages):
                profile.languages.append(LanguageItem(code=spoken.code, level=spoken.level,
                                                      span=_span(red, spoken.start, spoken.end, message_index),
                                                      confidence=spoken.confidence))
        for place in getattr(st, "places", None) or []:
            _add_place(profile, rel, red, place, message_index, wish=(kind == "wish"))
    return profile


def _add_place(profile: Profile, rel, red: str, place, message_index: int, *, wish: bool) -> None:
    if getattr(place, "origin", False):
        return  # a home country is context for experience, not a place to work
    match = rel.resolve_place(place.name)
    span = _span(red, place.start, place.end, message_index)
    if match.municipality_ids and not any(c.value == match.municipality_ids[0] for c in profile.constraints):
        mid = match.municipality_ids[0]
        profile.constraints.append(Constraint(kind="municipality", value=mid, label=place.name, span=span, confidence=0.9))
    if match.region_ids and not any(c.kind == "region" for c in profile.constraints):
        profile.constraints.append(Constraint(kind="region", value=match.region_ids[0], label=place.name, span=span,
                                              confidence=0.9))
