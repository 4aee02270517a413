"""What a statement must show for an occupation to enter the profile (split from interpreter.py).

An occupation is work the person did only on words of theirs that name or describe that work (prof11, rater11:
"nåt som bygger på vården" made a road worker, "med mina axlar" (shoulders, read as axles) a machine repairer,
"waxaan ahay wiil 20 jir ah" (a 20-year-old boy) a preschool teacher and a beekeeper, "we had food safety training"
a food engineer and a biologist). ("nåt som bygger på vården": the curated "bygg" also builds houses; not solved here.)

- a curated term (lexicon), or the occupation's own label close in meaning (dense) or named (BM25); a guess of
  the ESCO pivot alone only after a cue of work done ("worked", "waxaan ahaa"), not after a bare "I am" whose
  complement may be an age or a boy, nor in a statement of schooling or a course: the pivot lands on look-alikes
  on ordinary words (:func:`names_the_work`);
- the route from tasks through ESCO skills (:func:`task_paths`) only for a statement that tells work done (an
  experience cue), never from a remark or an uncued clause, and never to a profession that asks a degree.
"""
from __future__ import annotations

import re

from assistant.interpretation import linking
from assistant.interpretation.cues import load_cues
from vagledning.domain.links import ATLAS_URL
from vagledning.domain.profile import ConceptRef, Experience, Profile, Span
from vagledning.domain.runtime import Runtime

# Tasks -> ESCO skills -> occupations (retrieval/skill_paths): only when no title was named clearly.
TASK_PATH_SKIP = 0.85         # a linked title at this confidence makes the skill route unnecessary
TASK_PATH_MAX = 2
TASK_PATH_MIN = 0.5
TASK_PATH_CONFIDENCE = 0.6    # below a named occupation (experience links score 0.6-0.99)
#: SSYK major groups no task told makes one's own work: the professions that ask a university degree (2: "yrken med krav
#: på fördjupad högskolekompetens") and the armed forces (0). Their work is one's own only when named (rater27 C1: a
#: socionom's degree claimed for care tasks told).
DEGREE_GROUPS = ("0", "2")
_ARABIC_PREPOSITION = re.compile(r"^[وف]?(?:بال|لل|كال)")
#: Statement kinds whose occupations are work done.
DONE_KINDS = ("experience", "other", "education")


def _span(text: str, start: int, end: int, message: int) -> Span:
    start, end = max(0, start), min(len(text), max(start, end))
    return Span(start=start, end=end, quote=text[start:end], message=message)


def tells_work(st) -> bool:
    """The statement says what the person did: an experience cue ("jag har jobbat", "waxaan ahaa", "worked")."""
    return st.kind == "experience" and st.cue is not None


def names_the_work(link: linking.Link, st, kind: str, rel=None) -> bool:
    """A link may become work done (``kind`` in :data:`DONE_KINDS`) only on words that name or describe the work."""
    from assistant.interpretation.person_words import identity_cue

    if kind in DONE_KINDS and rel is not None and claims_a_degree(link, rel):
        return False
    if kind not in DONE_KINDS or link.route != "pivot" or linking.own_evidence(link):
        return True
    # (a course's subject is no clear mention of a profession: "دورة سلامة غذاء", food safety, is no food inspector)
    return kind == "experience" and not identity_cue(st.cue)


def claims_a_degree(link: linking.Link, rel) -> bool:
    """A guess of the ESCO pivot that lands on a profession asking a degree (:data:`DEGREE_GROUPS`) without naming it
    (no curated term, no label matched by name): work described ("helped mothers after the birth" -> a family
    counsellor, an LSS officer) is no such profession of one's own, as in :func:`task_paths` (honest12v, rater27 C1).
    A title named («ዶክተር», "sjuksköterska") links through the lexicon or by name and is kept."""
    if link.route != "pivot" or link.extra.get("lexical", 0.0) >= linking.LEXICAL_ACCEPT:
        return False
    occ = rel.occupation(link.concept_id)
    return (getattr(occ, "ssyk_code", None) or "").startswith(DEGREE_GROUPS)


def task_paths(profile: Profile, rt: Runtime, links, focus: str, vectors: dict, seen_occ: set, span: tuple[int, int],
                red: str, message_index: int, origin, yrs) -> None:
    """A statement of tasks without a named title: its ESCO skills -> occupations whose essential
    skills they cover (retrieval/skill_paths). Below a named occupation's confidence; the span is
    the statement, so the match explanation names it (led_by)."""
    if any(l.score >= TASK_PATH_SKIP and l.extra.get("role", "title") in ("", "title") for l in links):
        return
    from retrieval.skill_paths import esco_skill_links, skill_graph

    skills = esco_skill_links(focus, rt, vector=vectors.get(focus))
    if len(skills) < 2:
        return
    rel = rt.relations
    for path in skill_graph(rel).occupations(skills, top=TASK_PATH_MAX):
        if path.occupation_id in seen_occ or path.score < TASK_PATH_MIN:
            continue
        occ = rel.occupation(path.occupation_id)
        if occ is None or (occ.ssyk_code or "").startswith(DEGREE_GROUPS):
            continue  # (tasks told claim no degree: "helped mothers, talked with families" is no socionom; honest12)
        ref = ConceptRef(id=occ.id, kind="occupation", label=occ.label, url=ATLAS_URL.format(id=occ.id),
                         esco_uri=path.esco_occupation)
        profile.experiences.append(Experience(
            occupation=ref, ssyk_id=occ.ssyk_id, ssyk_code=occ.ssyk_code, span=_span(red, *span, message_index),
            confidence=round(TASK_PATH_CONFIDENCE * path.score, 3),
            abroad=bool(origin and origin.country != "SE"), country=origin.country if origin else None,
            years=yrs.years if yrs else None))
        seen_occ.add(occ.id)


# Statements that do not say what the person did: their occupations need evidence of their own.
# (Experience statements keep the pivot: with it required there too, dev figures were identical but
# "Behöver jag legitimation för att jobba som undersköterska?" lost its occupation.)
WEAK_KINDS = ("wish", "interest", "other")


def evidenced(link: linking.Link, kind: str) -> bool:
    """An occupation read from a wish, an interest or an uncued statement needs occupational
    evidence: a curated term, or the occupation's own label close in meaning (dense) or named
    (BM25). The ESCO pivot alone is not enough there: on ordinary phrases ("I want to find work
    soon", "hej", "do I need a course for it") it lands on labels at 0.8-0.9 confidence."""
    if kind not in WEAK_KINDS or link.route == "lexicon":
        return True
    return (link.extra.get("similarity", 0.0) >= linking.DENSE_ACCEPT
            or link.extra.get("lexical", 0.0) >= linking.LEXICAL_ACCEPT)


def on_cue(link: linking.Link, st) -> bool:
    """A curated link on nothing but an education cue word (Dari "مکتب", school, is an office,
    Administratör, in the lexicon): the word says where one studied, not a profession ("primary
    school teacher" goes beyond its cue "primary school" and stays)."""
    from assistant.interpretation.cues import toks_of

    if link.route != "lexicon":
        return False
    toks = list(toks_of(st.text[link.start:link.end]))
    # (an Arabic preposition clings to the article: "بالمدرسة", at the school, is the cue "المدرسة" — and not
    # «مدرِّسة», a teacher, written with the same letters)
    bare = [_ARABIC_PREPOSITION.sub("ال", t, count=1) for t in toks]
    return bool(toks) and any(end == len(t) and payload[0] == "education"
                              for t in (toks, bare) for end, payload, _ in load_cues().kinds.find(t, 0))


def not_a_sibling_of_work_done(chosen: list, links: list, done: set[str], kind: str) -> list:
    """A wish's (``kind``) links without those a curated title names only as the second of its occupations, when the first,
    the one the word is closest to, is already the person's work (subject10, rater25 C2 T1: «میخواهم مکانیک موتر
    شوم», I want to become a car mechanic, after "I repaired cars" was wished as «Lastbilsmekaniker», the lorry
    mechanic the same term also names, because the car mechanic was skipped as work already told). The work told
    stays the person's way; the wish adds nothing the word did not mean first."""
    if kind != "wish":
        return chosen
    # (a curated task term too: «ኣውቶቡስ» names Bussförare and then Taxiförare; beside "I drive a minibus" the wish
    # «ናይ ኣውቶቡስ መራሕ» was read as the taxi, the second, because the first was already the work told; interp24)
    after_own: set[str] = set()  # the concepts a term names after the person's own work
    own: set[str] = set()
    for link in links:
        curated = link.route == "lexicon" and link.extra.get("role") in ("title", "task")
        via = link.extra.get("via") or "" if curated else ""
        if not via:
            continue
        if link.concept_id in done:
            own.add(via)
        elif via in own:
            after_own.add(link.concept_id)
    return [link for link in chosen if link.concept_id not in after_own]
