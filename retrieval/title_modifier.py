"""English titles: the modifier decides the field, the head noun only the kind of post.

"Cloud Platform Engineer", "Support Engineer", "Payroll Specialist": the head noun ("engineer",
"specialist") is shared by posts in every field, so the fused ranking, which sees the head best (a
Swedish "ingenjör" alias, a short ESCO label "engineer"), puts civil engineers or database
administrators first. The words before the head name the field. :func:`modifier_first` reorders
the top of the ranking so that occupations with evidence for those words come before the ones that
only match the head, when the first hit has none.

The evidence is data, never a word list: an occupation's English words are the words of the English
ESCO labels (preferred and alternative) that the official ESCO -> JobTech mapping gives it, compared by
stem ("trucker" ~ "truck"); a Swedish title or ESCO-sv label of its own with the word as a word or as
the modifier of a compound ("Backend-utvecklare", "Cloud|utvecklare", "Support|tekniker") counts too.
Words most occupations share weigh little: a modifier's weight is its inverse document frequency over
the occupations' English words. Inside a sentence ("I worked as a Backend Engineer"), :func:`field_hit`
gives the linking (assistant/interpretation/linking.py) the occupation the modifiers decide.
"""
from __future__ import annotations

import math
import re
import threading
import weakref
from collections import defaultdict

from retrieval.titles import TitleIndex, fold, title_index, words

WINDOW = 30          # only the top of the ranking is reordered; deeper hits are weak evidence anyway
MIN_PREFIX = 4       # a modifier read inside a Swedish compound title must be a real word ("cloud|utvecklare")
MIN_WEIGHT = 1.0     # a modifier shared by more than ~1/3 of the occupations ("service") decides nothing
MAX_WEIGHT = 8.0     # a word no mapped ESCO label has (read from Swedish titles only) weighs as the rarest
# Words of an English title that are neither field nor post (seniority, articles): they decide nothing.
_NOT_MODIFIERS = {"senior", "junior", "lead", "principal", "staff", "the", "a", "an", "i", "ii", "iii", "new"}
# Function words make a phrase ("Head of IT", "Engineer in training"): its head is not the last word.
_STRUCTURE = {"of", "for", "in", "at", "with", "to", "and"}
_lock = threading.Lock()
_built: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()   # per lexical index of the ESCO occupations


def stem(word: str) -> str:
    """An English word without its plural or agent/verbal ending ("trucker", "trucks" -> "truck"), so a
    label and a title compare by word, not by form."""
    for suf in ("ers", "ings", "er", "ing", "s"):
        # "-eer" is no agent ending: an engineer is no "engine"
        if word.endswith(suf) and len(word) - len(suf) >= 4 and not word.endswith(("eer", "eers")):
            return word[: -len(suf)]
    return word


def _label_words(label: str) -> set[str]:
    """The stems of an English label's words, with a hyphenated pair also joined ("back-end" -> "backend")."""
    ws = set(words(label))
    for part in fold(label).split():
        if "-" in part:
            ws.add("".join(words(part)))
    return {stem(w) for w in ws}


def english_words(search, rel) -> tuple[dict[str, frozenset[str]], dict[str, float], frozenset[str]]:
    """(JobTech occupation id -> the words of its mapped English ESCO labels, word -> idf over occupations,
    the head nouns of English occupation labels: their last words, "engineer", "cleaner", not "restaurant")."""
    index = search.lexical("esco_occupation")
    with _lock:
        got = _built.get(index)
        if got is not None:
            return got
        by_uri: dict[str, set[str]] = defaultdict(set)
        heads: set[str] = set()
        for text, meta in zip(index.texts, index.metadatas):
            if meta.get("part") in ("title", "alias") and meta.get("concept_id"):
                by_uri[meta["concept_id"]] |= _label_words(text)
                heads.update(stem(w) for w in words(text)[-1:])
        by_occ: dict[str, set[str]] = defaultdict(set)
        for r in rel._all("SELECT jobtech_id, esco_uri FROM esco_crosswalk WHERE concept_type = 'occupation'"):
            by_occ[r["jobtech_id"]] |= by_uri.get(r["esco_uri"], set())
        df: dict[str, int] = defaultdict(int)
        for ws in by_occ.values():
            for w in ws:
                df[w] += 1
        n = max(len(by_occ), 1)
        got = ({o: frozenset(ws) for o, ws in by_occ.items()}, {w: math.log(n / c) for w, c in df.items()},
               frozenset(heads))
        _built[index] = got
        return got


def _split(core: str) -> tuple[str, list[str]]:
    """(head noun, modifiers) of a plain English noun-compound title; none for "Head of IT", whose head is
    not its last word."""
    ws = words(re.sub(r"\([^)]*\)?", " ", core))  # "(Azure)": an aside, not the head
    if any(w in _STRUCTURE for w in ws):
        return "", []
    ws = [w for w in ws if w not in _NOT_MODIFIERS]
    return (stem(ws[-1]), ws[:-1]) if len(ws) >= 2 else ("", [])


def _swedish_compound(tidx: TitleIndex, occ: str, word: str) -> bool:
    """One of the occupation's own titles has the English word as a word ("Backend-utvecklare") or as the
    modifier of a compound whose rest is a title word ("cloud|utvecklare"; not "java|scriptutvecklare")."""
    if len(word) < MIN_PREFIX:
        return False
    for a in tidx.occupation_aliases(occ):
        for w in words(a):
            if w == word or (w.startswith(word) and w[len(word):].lstrip("s") in tidx.vocab):
                return True
    return False


def modifier_first(search, rel, tidx: TitleIndex, core: str, hits: list, window: int = WINDOW) -> list:
    """When the first hit of an English title has no evidence for any of its modifiers, the hits of the top
    ``window`` that have some come first: those with the head noun in their English labels too, then the
    rest with modifier evidence, each by the weight of the modifiers they cover, fused order within ties.
    Scores follow the new order."""
    head, mods = _split(core)
    if not mods or not hits:
        return hits
    try:
        en, idf, heads = english_words(search, rel)
    except Exception:  # noqa: BLE001 - no ESCO documents or mapping: the fused order stands
        return hits
    mods = [m for m in mods if idf.get(stem(m), math.inf) >= MIN_WEIGHT]
    if not mods or head not in heads:  # "HR-ass", "… fordonstekniker": no English head noun, no English title
        return hits

    def weight(occ: str) -> float:
        own = en.get(occ, frozenset())
        # A word of English labels is read there only (Swedish "truck" is a forklift), unless the occupation
        # has no English label (mapped to an ISCO group only: "Molntekniker/Cloudutvecklare"); a loanword no
        # English label has ("backend", "devops") is read in the Swedish titles.
        return sum(min(idf.get(stem(m), MAX_WEIGHT), MAX_WEIGHT) for m in mods
                   if stem(m) in own or _swedish_compound(tidx, occ, m))

    top = hits[:window]
    weights = [weight(h.concept_id) for h in top]
    if weights[0] > 0 or not any(weights):
        return hits
    with_head = [head in en.get(h.concept_id, frozenset()) for h in top]
    order = sorted(range(len(top)), key=lambda i: (-weights[i], not with_head[i], i))
    scores = sorted((h.score for h in top), reverse=True)
    out = [top[i] for i in order]
    for h, sc in zip(out, scores):
        h.score = sc
    return out + hits[window:]


# Words that end the modifiers of a title inside a sentence ("worked as a | Backend Engineer"): function words
# and the verbs and pronouns around a named job, Swedish and English (the languages written in Latin letters
# around an English title; other scripts end the run by themselves).
_SENTENCE_WORDS = {"as", "a", "an", "the", "i", "my", "was", "were", "am", "is", "are", "be", "been", "have", "has",
                   "had", "worked", "work", "working", "job", "som", "jag", "har", "var", "är", "en", "ett", "min",
                   "mitt", "jobbat", "arbetat", "jobbar", "arbetar", "och", "and", "or", "eller", "of", "for", "in",
                   "at", "to", "på", "inom", "med", "with", "no", "not", "never", "inte", "ingen", "any", "other", "do", "need"}
_LATIN_WORD = re.compile(r"(?<!\S)([A-Za-z][A-Za-z0-9+#-]+)\s+$")   # a whole word ("för" ends in no "r")
MAX_MODIFIERS = 3


def modifiers_before(search, statement: str, start: int) -> int:
    """Where the English modifiers of a head noun at ``start`` begin (``start`` when none): up to three Latin
    words right before it, each a word of some title (an English ESCO label or a Swedish title word:
    "Backend", "Cloud Platform"), none a word of the sentence around it ("worked as a", "jobbat som")."""
    try:
        rel = search.bridges._relations()
        _, idf, heads = english_words(search, rel)
        vocab = title_index(rel).vocab
    except Exception:  # noqa: BLE001 - no relations or ESCO documents: nothing is read as a modifier
        return start
    head = re.match(r"[A-Za-z]+", statement[start:])
    # A Swedish head ("snickare") or no head noun ("hotel restaurant") has no English modifiers.
    if not head or stem(fold(head.group())) not in heads:
        return start
    pos = start
    for _ in range(MAX_MODIFIERS):
        m = _LATIN_WORD.search(statement[:pos])
        if not m:
            break
        w = fold(m.group(1))
        if w in _SENTENCE_WORDS or not (stem(w) in idf or w in vocab):
            break
        pos = m.start(1)
    return pos


def field_hit(search, title: str):
    """The occupation an English title's modifier puts first ("Backend Engineer" -> Backend-utvecklare), or None
    when the head noun's own ranking stands (no modifier evidence, or the first hit already has it)."""
    try:
        rel = search.bridges._relations()
        hits = search.search(title, "occupation", WINDOW, read_title=False)
    except Exception:  # noqa: BLE001 - no search or relations: nothing is read
        return None
    if not hits:
        return None
    first = hits[0]
    out = modifier_first(search, rel, title_index(rel), title, hits)
    if out[0] is first:
        return None
    # In a sentence the head noun was read by a curated term: the new occupation must keep it among its English
    # labels, so a workplace or time before it ("hospital cleaner", "night cleaner") never moves a cleaner away;
    # one with no English label (mapped to an ISCO group only) cannot be judged there and keeps its place.
    head, _ = _split(title)
    own = english_words(search, rel)[0].get(out[0].concept_id, frozenset())  # (the occupation's English words)
    return out[0] if not own or head in own else None
