"""Verbs whose occupation depends on their object: "look after" children, the sick or a factory.

Tigrinya ሓለወ, Somali ilaali, Dari نگهداری, Ukrainian наглядати and English "look after" mean both
caring and guarding; a lexicon term on the verb alone can only pick one, so "I looked after the
neighbours' children" became Väktare. Here a verb of ``senses.yaml`` with an object of one of its
readings in the same clause (a few words either side, either order: Tigrinya, Somali and Dari put the
object first) names that reading's occupations, and replaces the lexicon terms on the verb. Data and
its status: ``senses.yaml``.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from retrieval.lexicon.morph import geez_noun_match
from retrieval.lexicon.normalize import normalize_str, script_of_token, tokens
from vagledning.yaml_data import load_yaml

SENSES_FILE = Path(__file__).resolve().parent / "senses.yaml"
WINDOW = 6  # words between a verb and its object, either side
# Letters an inflection may add after a listed beginning (Ge'ez letters are syllables, so fewer).
_REST = {"ethiopic": 2, "arabic": 3}
_REST_DEFAULT = 5
_CLAUSE_END = set(".!?;:،,؛።፣፤፥፧\n")


@dataclass(frozen=True)
class Reading:
    name: str
    concepts: dict[str, str]
    objects: tuple[tuple[str, ...], ...]  # phrases of word beginnings, every language together
    langs: tuple[str, ...] = ()  # each object's language (a word may be another reading's elsewhere:
    # Swedish "truck" is a forklift, English "truck" a lorry; an object in the verb's language is preferred)
    yields_to: tuple[str, ...] = ()  # more specific readings: their object in the clause wins ("baabuurta xamuulka":
    # the lorry's, not the car's, however near "baabuurta" stands)


@dataclass(frozen=True)
class Verb:
    words: tuple[str, ...]
    lang: str
    readings: tuple[Reading, ...]


@dataclass(frozen=True)
class SenseHit:
    """A verb and its object: their token span [start, end), the verb's own [verb_start, verb_end)
    and the reading they name."""

    start: int
    end: int
    verb_start: int
    verb_end: int
    verb: Verb
    reading: Reading
    term: str
    object_start: int = -1  # the object's own tokens [object_start, object_end)
    object_end: int = -1


def _phrases(terms) -> tuple[tuple[str, ...], ...]:
    return tuple(t for t in (tuple(w for w, _, _ in tokens(normalize_str(str(x)))) for x in terms or ()) if t)


@lru_cache(maxsize=1)
def _load() -> tuple[Verb, ...]:
    data = load_yaml(SENSES_FILE.read_text(encoding="utf-8")) or {}
    readings = {
        name: Reading(name, {str(k): str(v) for k, v in spec["concepts"].items()},
                      tuple(p for _, p in objs), tuple(lang for lang, _ in objs), tuple(spec.get("yields_to") or ()))
        for name, spec in (data.get("readings") or {}).items()
        for objs in ([(str(lang), p) for lang, terms in (spec.get("objects") or {}).items() for p in _phrases(terms)],)
    }
    verbs: list[Verb] = []
    for group in (data.get("verbs") or {}).values():
        rs = tuple(readings[r] for r in group["readings"])
        for lang, terms in (group.get("terms") or {}).items():
            verbs += [Verb(p, str(lang), rs) for p in _phrases(terms)]
    return tuple(verbs)


def reading_concepts() -> dict[str, dict[str, str]]:
    """reading name -> its occupations (for validation against the taxonomy)."""
    return {r.name: r.concepts for v in _load() for r in v.readings}


def _starts(forms: dict[str, float], begin: str, whole_short: bool = False) -> bool:
    script = script_of_token(begin)
    # an object of two Latin letters ("tv", "pc") takes a plural "s" at most, never starts a longer word ("tvättar");
    # a verb's short word still does ("ta hand om" ~ "tagit hand om")
    rest = 1 if whole_short and script == "latin" and len(begin) <= 2 else _REST.get(script, _REST_DEFAULT)
    if any(f.startswith(begin) and len(f) - len(begin) <= rest for f in forms):
        return True
    # a Ge'ez ending changes the vowel of the last syllable too (እሕሉ "I guard" ~ እሕልዎም "I guard them")
    return script == "ethiopic" and any(geez_noun_match(f, begin) for f in forms)


def _at(cands: list[dict[str, float]], i: int, phrase: tuple[str, ...], whole_short: bool = False) -> bool:
    return i + len(phrase) <= len(cands) and all(_starts(cands[i + k], w, whole_short) for k, w in enumerate(phrase))


def _clause(toks: list[tuple[str, int, int]], text: str, a: int, b: int) -> tuple[int, int]:
    """Token range [lo, hi) around [a, b) within WINDOW words and the same clause."""
    lo = a
    while lo > 0 and a - lo < WINDOW and not _CLAUSE_END & set(text[toks[lo - 1][2]:toks[lo][1]]):
        lo -= 1
    hi = b
    while hi < len(toks) and hi - b < WINDOW and not _CLAUSE_END & set(text[toks[hi - 1][2]:toks[hi][1]]):
        hi += 1
    return lo, hi


def _key(word: str) -> str:
    # (a Ge'ez word is also found by its letters before the last syllable, whose vowel may change)
    return word[:-1] if script_of_token(word) == "ethiopic" and len(word) > 2 else word


@lru_cache(maxsize=1)
def _indexes() -> tuple[dict[str, tuple[Verb, ...]], dict[str, tuple[tuple[tuple[str, ...], Reading], ...]]]:
    """Verbs, and (object phrase, reading) pairs, by the key of their first word."""
    verbs: dict[str, list[Verb]] = {}
    objects: dict[str, list[tuple[tuple[str, ...], Reading]]] = {}
    for verb in _load():
        verbs.setdefault(_key(verb.words[0]), []).append(verb)
        for r in verb.readings:
            for p in r.objects:
                if (p, r) not in objects.setdefault(_key(p[0]), []):
                    objects[_key(p[0])].append((p, r))
    return {k: tuple(v) for k, v in verbs.items()}, {k: tuple(v) for k, v in objects.items()}


def _lookup(index: dict, cands: list[dict[str, float]], i: int) -> list:
    """Index entries whose first word the token ``i`` may begin with (a lookup per beginning of each form)."""
    found = {id(e): e for f in cands[i] for n in range(1, len(f) + 1) for e in index.get(f[:n], ())}
    return list(found.values())


def _verbs_at(cands: list[dict[str, float]], i: int) -> list[Verb]:
    """Verbs whose phrase starts at token ``i``, longest first."""
    return sorted((v for v in _lookup(_indexes()[0], cands, i) if _at(cands, i, v.words)), key=lambda v: -len(v.words))


def _objects(cands: list[dict[str, float]], lo: int, hi: int, a: int, b: int,
             readings: tuple[Reading, ...], lang: str = "") -> list[tuple[int, int, int, Reading]]:
    """Objects of the verb's readings within [lo, hi) outside the verb at [a, b), those of the verb's own
    language first, then nearest first: (distance, start, end, reading)."""
    out = []
    for i in range(lo, hi):
        if a <= i < b:
            continue
        for p, r in _lookup(_indexes()[1], cands, i):
            if r in readings and _at(cands, i, p, True) and not (i < b and a < i + len(p)):
                own = any(q == p and (not r.langs or r.langs[n] == lang) for n, q in enumerate(r.objects))
                out.append((a - (i + len(p)) if i < a else i - b, i, i + len(p), r, own))
    return [o[:4] for o in sorted(out, key=lambda o: (not o[4], o[0]))]


def sense_hits(toks: list[tuple[str, int, int]], cands: list[dict[str, float]], text: str) -> list[SenseHit]:
    """Every verb of ``senses.yaml`` in the tokens with an object of one of its readings nearby."""
    out: list[SenseHit] = []
    used: set[int] = set()
    for i in range(len(toks)):
        for verb in _verbs_at(cands, i) if i not in used else ():
            a, b = i, i + len(verb.words)
            lo, hi = _clause(toks, text, a, b)
            objects = _objects(cands, lo, hi, a, b, verb.readings, verb.lang)
            named = {o[3].name for o in objects}
            objects = [o for o in objects if not named.intersection(o[3].yields_to)] or objects
            if not objects:
                continue
            _, oa, ob, reading = objects[0]
            # the whole object phrase ("the warehouse of a company"): every object of the reading
            # on that side of the verb, so no title on one of its words ("warehouse") stays beside it
            for _, j, k, r in objects:
                if r == reading and (k <= a if oa < a else j >= b):
                    oa, ob = min(oa, j), max(ob, k)
            used.update(range(a, b))
            start, end = min(a, oa), max(b, ob)
            term = " ".join(t for t, _, _ in toks[start:end])
            out.append(SenseHit(start, end, a, b, verb, reading, term, oa, ob))
            break
    return out
