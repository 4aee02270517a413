"""What a refusal refers to: "I don't want kitchen work" is linked to the occupations it names (Kock,
Köksbiträde), one ``avoid`` constraint per occupation, so matching can leave out their SSYK groups
(:mod:`retrieval.constraints`).

Split out of assistant/interpretation/constraints.py (issue 10: modules under ~400 lines), which reads the
constraints a person states; this module trusts only links a refusal can stand behind.
"""
from __future__ import annotations

import os
import re
import unicodedata

from assistant.interpretation.constraints import ATLAS, _add, fold
from assistant.interpretation.refused_thing import names_something
from assistant.interpretation.work_content import names_no_work_content
from vagledning.domain.profile import NO_UNIVERSITY, ConceptRef, Constraint, Profile

#: Links a refusal trusts: from the curated lexicon, or a title that shares a word start with what
#: was refused ("kök" -> "Köksbiträde"); cross-language guesses (pivot) are not trusted.
REFUSAL_SHARED = 0.6
REFUSAL_PIVOT = 0.88
MAX_REFUSED = 3


def _shares_word(label: str, text: str) -> bool:
    """A word of ``text`` and a word of ``label`` start alike ("kök"/"köksbiträde", "köksarbete"/"köksbiträde")."""
    words = [w for w in re.findall(r"\w+", fold(text)) if len(w) >= 3 and not names_no_work_content(w)]
    tokens = [t for t in re.findall(r"\w+", fold(label)) if len(t) >= 3]
    return any(len(os.path.commonprefix([w, t])) >= min(4, len(w), len(t)) for w in words for t in tokens)


#: Letters a word must share with an alias's head to be read as that alias: a stem, not a short word of another
#: language that happens to start alike (Somali "rabo" is no «Rabbin», "toli" no «Tolk»).
STEM = 4
#: ... and when they differ before the end of the shorter one, the inflected stem they share ("lärarna"/"lärare").
INFLECTED_STEM = 5


def _script(word: str) -> str:
    """The script a word is written in (LATIN, CYRILLIC, ARABIC, ETHIOPIC …): its first letter's."""
    return unicodedata.name(word[0], "?").split(" ")[0] if word else ""


def same_word(alias: str, text: str) -> bool:
    """An alias word is a word of ``text`` up to an inflection ("kitchen"/"kitchens", "kock"/"kockar"): the same
    script and a shared stem; stricter than :func:`_shares_word` because aliases are long compounds
    ("Kökspersonalansvarig")."""
    words = [w for w in re.findall(r"\w+", fold(text)) if len(w) >= 3 and not names_no_work_content(w)]
    # the first word of the alias, whole: not "butikschef, kök och badrum", nor the "warehouse" of the compound
    # "Warehouse-utvecklare" (a developer)
    head = (fold(alias).split() or [""])[0].strip(",.()")
    tokens = [head] if re.fullmatch(r"\w+", head) else []

    def same(w: str, t: str) -> bool:
        shared, short = len(os.path.commonprefix([w, t])), min(len(w), len(t))
        return (abs(len(t) - len(w)) <= 2 and _script(w) == _script(t)
                and (shared == short >= STEM or shared >= max(INFLECTED_STEM, short - 1)))

    return any(same(w, t) for w in words for t in tokens if len(t) >= 3)


def _refused_occupations(text: str, rt) -> list[tuple[str, str]]:
    from assistant.interpretation import linking

    out: list[tuple[str, str]] = []
    # what is refused without "want … any more" ("want care work anymore" -> "care")
    words = re.findall(r"\w+", text)
    core = " ".join(w for w in words if not names_no_work_content(w)) or text
    try:
        links = [l for q in dict.fromkeys((text, core)) for l in linking.link_occupations(q, q, rt, top=8)]
    except Exception:  # noqa: BLE001 - no occupation index
        links = []
    # A curated phrase ("jikada", "آشپزخانه") names the whole family; then guesses add only noise.
    curated = [l for l in links if l.route == "lexicon"]
    for l in curated or links:
        if l.route == "lexicon" or (l.score >= REFUSAL_SHARED and _shares_word(l.label, text)):
            out.append((l.concept_id, l.label))
    if not out:  # the cross-language pivot, when it is sure and agrees with itself ("care" -> care work)
        sure = [(l.concept_id, l.label) for l in links if l.route == "pivot" and l.score >= REFUSAL_PIVOT]
        out += sure if len(sure) >= 2 else []
    if not curated:  # a field named in any language ("готування", "kitchen"): its first occupations
        from assistant.interpretation.wishes import field_hits, topics

        out += [hit for phrase in topics(text, None) for hit in field_hits(phrase, rt)[:MAX_REFUSED]]
    # Titles whose name or alias contains the refused word ("kök" -> Köksbiträde; "kitchen" -> Kitchen manager).
    try:
        hits = rt.search.search(text, "occupation", 5)
    except Exception:  # noqa: BLE001 - no occupation index: no titles to refuse by name
        hits = []
    # With a curated reading, only titles in its major groups: "warehouse" is no «Data Warehouse specialist».
    majors = {occ.ssyk_code[0] for l in curated for occ in (rt.relations.occupation(l.concept_id),)
              if occ is not None and occ.ssyk_code}
    for h in hits:
        if _shares_word(h.title, text) or (h.matched_part != "text" and same_word(h.matched, text)):
            occ = rt.relations.occupation(h.concept_id)
            if not majors or (occ is not None and occ.ssyk_code and occ.ssyk_code[0] in majors):
                out.append((h.concept_id, h.title))
    # One occupation per SSYK group: the group is what matching leaves out.
    groups: dict[str, tuple[str, str]] = {}
    for occ_id, label in dict.fromkeys(out):
        occ = rt.relations.occupation(occ_id)
        groups.setdefault(occ.ssyk_code if occ is not None and occ.ssyk_code else occ_id, (occ_id, label))
    return list(groups.values())[:MAX_REFUSED]


def link_refusals(profile: Profile, rt) -> None:
    """Give each refusal the occupations it names ("kitchen work" -> Kock, Köksbiträde), one
    avoid constraint per occupation, so matching can leave out their SSYK groups."""
    stated = [c.span for c in profile.constraints
              if c.kind in ("limitation", "no_study", "age") or (c.kind == "other" and c.value == NO_UNIVERSITY)]

    def said_otherwise(c: Constraint) -> bool:
        return any(s.message == c.span.message and s.start < c.span.end and c.span.start < s.end for s in stated)

    # "I can't lift heavy things" is a limitation, not a refusal: the negation it made is dropped.
    profile.constraints = [c for c in profile.constraints
                           if not (c.kind == "avoid" and c.concept is None and said_otherwise(c))]
    extra: list[Constraint] = []
    for c in profile.constraints:
        if c.kind != "avoid" or c.concept is not None or not names_something(c.label):  # ("vill inte mer": profile16)
            continue
        for i, (occ_id, label) in enumerate(_refused_occupations(c.span.quote.strip() or c.label, rt)):
            ref = ConceptRef(id=occ_id, kind="occupation", label=label, url=ATLAS.format(id=occ_id))
            if i == 0:
                c.concept = ref
            else:
                extra.append(c.model_copy(update={"value": label, "concept": ref}))
    for c in extra:
        _add(profile, c)
