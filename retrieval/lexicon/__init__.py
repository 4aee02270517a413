"""Curated multilingual lexicon: user words → JobTech occupation-name / skill concepts.

The embedder is weak across languages (Arabic "ممرضة" does not retrieve
"Sjuksköterska, grundutbildad"), so the interpreter first looks words up here.
Data: every ``occupations*.yaml`` and ``skills*.yaml`` beside this file, plus any other ``*.yaml``
there that declares a top-level ``kind: occupation|skill`` (coverage files, task verbs, workplaces);
see :func:`lexicon_files`. Ids are validated against the shared data by
``scripts/validate_lexicon.py`` and ``tests/unit/test_lexicon.py``; entry keys are unique per kind
across all files.

Matching works on normalised tokens (see :mod:`retrieval.lexicon.normalize`) with per-script
tolerance (:mod:`retrieval.lexicon.tolerance`): Arabic clitics (و/ف, ب/ك/ل, ال) and common suffixes, Persian plural/ezafe suffixes,
Ukrainian/Russian stem matching (stems of ≥5 letters), Ge'ez prepositional prefixes,
and short Swedish/English/Somali suffixes. Longest non-overlapping matches win; spans point
into the original text. A care, guard or selling verb with its object in the same clause
(``senses.yaml``, :mod:`retrieval.lexicon.senses`) names what the object calls for ("looked after the
neighbours' children" is childcare, "… a factory" guarding) over any term on the verb alone.
"""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from retrieval.lexicon.abbreviated import abbreviation_head
from retrieval.lexicon.compose import compose_phrases, object_plural
from retrieval.lexicon.entries import LANGS, LexiconEntry, LexiconHit, Term, read_entries, sense_entry
from retrieval.lexicon.false_friends import false_friend, persian_letters
from retrieval.lexicon.field_phrases import field_phrase
from retrieval.lexicon.files import LEXICON_DIR, Kind, file_kind, lexicon_files
from retrieval.lexicon.generic_words import alone_on_generic, work_told
from retrieval.lexicon.glossed import glossed_by_swedish
from retrieval.lexicon.learner import learner_word
from retrieval.lexicon.master_words import before_craft
from retrieval.lexicon.morph import (
    CYR_RESTS,
    GAP_LANGS,
    GAP_PENALTY,
    GAP_STOP,
    MAX_SKIPS,
    geez_loan_skeleton,
    geez_noun_match,
    geez_skeletons,
    is_filler,
    so_auxiliary,
    so_short,
    so_stem_match,
    so_verbal,
    ti_told_verb,
    ti_verbal,
)
from retrieval.lexicon.normalize import normalize, normalize_str, script_of_token, tokens
from retrieval.lexicon.senses import sense_hits
from retrieval.lexicon.so_agent import agent_nouns, object_title
from retrieval.lexicon.split_compound import split_compounds
from retrieval.lexicon.tolerance import candidates, canon_term_token, ti_skeletons, tok_match
from retrieval.lexicon.training_compound import training_compounds
from retrieval.lexicon.translit import Translit

#: A Somali first word matched with its long vowels short ("darawaal"): at least this long, at this penalty.
SO_SHORT_MIN = 5
SO_SHORT_PENALTY = 0.05
#: A Ge'ez loanword with one consonant left out (ኤሌትሪሻን for ኤለክትሪሻን): the term's consonants at least this many.
GEEZ_LOAN_DROP_MIN = 7


class Lexicon:
    """Loaded lexicon with a token index. Use :meth:`load` (cached)."""

    def __init__(self, entries: list[LexiconEntry]):
        self.entries = entries
        self._index: dict[str, list[Term]] = {}
        self._stem_index: dict[str, list[Term]] = {}
        self._so_index: dict[str, list[Term]] = {}  # Somali terms by the first 5 letters of the first word
        self._ti_index: dict[str, list[Term]] = {}  # Tigrinya terms by the skeletons of the first word
        self._geez_stem: dict[str, list[Term]] = {}  # Ge'ez terms by the first word without its last letter
        self._geez_loan: dict[str, list[Term]] = {}  # Ge'ez terms by the consonants of a long first word
        self._geez_loan_drop: dict[str, list[Term]] = {}  # ... and with one of those consonants left out
        self._so_short: dict[str, list[Term]] = {}  # Somali terms by the first word with its long vowels short
        self._so_objects: dict[str, list[Term]] = {}  # Somali titles "object + agent noun" by the object (so_agent.py)
        forms: dict[str, set[str]] = {}  # every normalised word of an entry's terms (compose.object_plural)
        for e in entries:
            for lang, terms in e.terms.items():
                for term in terms:
                    toks = [t for t, _, _ in tokens(normalize_str(term))]
                    toks = [t for t in toks if not is_filler(lang, t)] or toks
                    if not toks:
                        continue
                    forms.setdefault(e.key, set()).update(toks)
                    canon = [canon_term_token(t) for t in toks]
                    t = Term(e, term, lang, [c for c, _ in canon], [s for _, s in canon], toks)
                    target = self._stem_index if t.stems[0] else self._index
                    target.setdefault(t.toks[0], []).append(t)
                    if lang == "so" and len(short := so_short(t.toks[0])) >= SO_SHORT_MIN:
                        self._so_short.setdefault(short, []).append(t)
                    if (obj := object_title(t)) is not None:
                        self._so_objects.setdefault(obj, []).append(t)
                    if len(t.toks[0]) >= 2 and script_of_token(t.toks[0]) == "ethiopic":
                        self._geez_stem.setdefault(t.toks[0][:-1], []).append(t)
                        if sk0 := geez_loan_skeleton(t.toks[0]):
                            self._geez_loan.setdefault(sk0, []).append(t)
                            for k in range(len(sk0)) if len(sk0) >= GEEZ_LOAN_DROP_MIN else ():
                                self._geez_loan_drop.setdefault(sk0[:k] + sk0[k + 1:], []).append(t)
                    # Stem and skeleton tolerance is for what people did (task and skill words,
                    # often verbs), not for titles: a verb of the same stem names no occupation.
                    if e.role == "title" and e.kind == "occupation":
                        continue
                    if lang == "so" and len(t.toks[0]) >= 5:
                        self._so_index.setdefault(t.toks[0][:5], []).append(t)
                    elif lang == "ti":
                        for sk in geez_skeletons(t.toks[0]):
                            self._ti_index.setdefault(sk, []).append(t)
        self._forms = {k: frozenset(v) for k, v in forms.items()}
        self._translit: Translit[LexiconEntry] | None = None

    @property
    def translit(self) -> Translit[LexiconEntry]:
        """Swedish title terms by sound, for a title written in another script (built on first use)."""
        if self._translit is None:
            titles: list[tuple[str, LexiconEntry]] = []
            known: set[str] = set()
            for e in self.entries:
                for lang, terms in e.terms.items():
                    if lang == "sv" and e.kind == "occupation" and e.role == "title":
                        titles += [(normalize_str(t), e) for t in terms]
                    elif lang not in ("sv", "sv-easy", "en"):
                        known.update(tok for t in terms for tok, _, _ in tokens(normalize_str(t)))
            known.update(_native_words())
            self._translit = Translit(titles, known)
        return self._translit

    def _by_sound(self, found: list, toks: list[tuple[str, int, int]]) -> list:
        """A word of another script that matched nothing, read as a Swedish title written by ear."""
        covered = {k for a, b, _, _ in found for k in range(a, b)}
        for i, (tok, _, _) in enumerate(toks):
            if i in covered or script_of_token(tok) == "latin":
                continue
            got = self.translit.lookup(tok)
            if got is not None:
                term, entry, dist = got
                found.append((i, i + 1, round(0.75 - 0.1 * dist, 3), Term(entry, term, "sv", [tok], [False], [tok])))
        return found

    def _pool(self, tok: str, cands: dict[str, float], next_tok: str | None) -> dict[int, tuple[Term, float]]:
        """Terms whose first word the user token ``tok`` may stand for, with the lowest penalty."""
        pool: dict[int, tuple[Term, float]] = {}

        def add(t: Term, pen: float) -> None:
            if id(t) not in pool or pool[id(t)][1] > pen:
                pool[id(t)] = (t, pen)

        for form, pen in cands.items():
            for t in self._index.get(form, ()):
                add(t, pen)
            if pen and script_of_token(form) == "cyrillic":  # a case form of a stem term's nominative
                for t in self._stem_index.get(canon_term_token(form)[0], ()):
                    if t.raw[0] == form:
                        add(t, pen)
        for t, pen in self._inflected(tok, cands, next_tok):
            add(t, pen)
        if len(short := so_short(tok)) >= SO_SHORT_MIN and script_of_token(tok) == "latin":
            for t in self._so_short.get(short, ()):  # «darawaal bas» ~ «darawal bas» (informal17)
                add(t, SO_SHORT_PENALTY)
        return pool

    def _inflected(self, tok: str, cands: dict[str, float], next_tok: str | None) -> Iterator[tuple[Term, float]]:
        """Terms whose first word ``tok`` is an inflected form of (Cyrillic stem, Somali verb stem,
        Ge'ez noun ending or verb skeleton), with their penalties."""
        script = script_of_token(tok)
        if script == "cyrillic":
            for k in range(5, len(tok) + 1):
                for t in self._stem_index.get(tok[:k], ()):
                    if tok[k:] in CYR_RESTS:
                        yield t, 0.0 if tok == t.raw[0] else 0.15
        elif script == "latin" and len(tok) >= 5 and so_verbal(tok, next_tok):
            for t in self._so_index.get(tok[:5], ()):
                if so_stem_match(tok, t.toks[0]):
                    yield t, 0.15
        if script == "ethiopic":
            yield from self._geez_nouns(cands)
        if script == "ethiopic" and ti_told_verb(tok):
            for sk in ti_skeletons(cands):
                for t in self._ti_index.get(sk, ()):
                    # A lone word of three consonants is too ambiguous on its skeleton alone
                    # (ፎርኖ "oven" and ፍሬኖ "brakes" are both f-r-n).
                    if ti_verbal(t.raw[0]) and (len(t.toks) > 1 or len(sk) >= 4):
                        yield t, 0.2

    def _geez_nouns(self, cands: dict[str, float]) -> Iterator[tuple[Term, float]]:
        """Ge'ez terms whose first word a user's noun stands for: with a possessive/plural ending, or a
        loanword in other vowel orders (ኤሌክትሪክ for the term's ኤለክትሪክ)."""
        for form in cands:
            for n in range(1, 4):  # a possessive/plural ending of up to two letters after the last one
                for t in self._geez_stem.get(form[:-n], ()):
                    if geez_noun_match(form, t.toks[0]):
                        yield t, 0.1
            for t in self._geez_loan.get(sk := geez_loan_skeleton(form), ()):
                if t.toks[0] != form:
                    yield t, GAP_PENALTY
            for t in self._geez_loan_drop.get(sk, ()) if sk else ():  # a consonant left out, as heard (informal17)
                yield t, GAP_PENALTY + 0.05

    @staticmethod
    def _extend(t: Term, i: int, toks: list[tuple[str, int, int]], cands: list[dict[str, float]],
                pen: float) -> tuple[int, float] | None:
        """Match the rest of term ``t`` from user token ``i`` on, skipping up to MAX_SKIPS filler
        tokens of the term's language; (end token index, total penalty) or None."""
        k, skips, gapped = i + 1, 0, False
        for j in range(1, len(t.toks)):
            while True:
                if k >= len(toks):
                    return None
                p = tok_match(cands[k], toks[k][0], t.toks[j], t.stems[j], t.raw[j], t.morph,
                               toks[k + 1][0] if k + 1 < len(toks) else None)
                if p is not None:
                    pen += p
                    k += 1
                    break
                if skips < MAX_SKIPS and is_filler(t.lang, toks[k][0]):
                    skips += 1
                    k += 1
                    continue
                if not gapped and t.lang in GAP_LANGS and j == len(t.toks) - 1 and k + 1 < len(toks) \
                        and toks[k][0].isalpha() and toks[k][0] not in GAP_STOP:
                    gapped = True  # one describing word before the object ("fixed leaking pipes")
                    pen += GAP_PENALTY
                    k += 1
                    continue
                return None
        return k, pen

    @classmethod
    def load(cls, directory: Path | None = None) -> Lexicon:
        """The lexicon from ``directory`` (default: this package), parsed once per process."""
        return _load_cached(str(directory or LEXICON_DIR))

    def __len__(self) -> int:
        return len(self.entries)

    def term_counts(self) -> dict[str, dict[str, int]]:
        """Number of terms per kind and language (for reports)."""
        out: dict[str, dict[str, int]] = {}
        for e in self.entries:
            for lang, terms in e.terms.items():
                out.setdefault(e.kind, {}).setdefault(lang, 0)
                out[e.kind][lang] += len(terms)
        return out

    def match(self, text: str, *, kinds: tuple[Kind, ...] = ("occupation", "skill")) -> list[LexiconHit]:
        """Longest non-overlapping lexicon matches in ``text`` (spans into the original text)."""
        if not text:
            return []
        norm = normalize(text)
        toks = tokens(norm.text)
        if not toks:
            return []
        cands = [candidates(t) for t, _, _ in toks]
        found: list[tuple[int, int, float, Term]] = []  # (tok_start, tok_end, score, term)
        for i, (tok, _, _) in enumerate(toks):
            pool = self._pool(tok, cands[i], toks[i + 1][0] if i + 1 < len(toks) else None)
            for t, pen0 in pool.values():
                if t.entry.kind not in kinds:
                    continue
                if t.lang == "so" and not t.morph and len(t.toks) == 1 and so_auxiliary(toks[i + 1][0] if i + 1 < len(toks) else None):
                    continue  # a one-word Somali title before 'jiray' is a verb: "qaadi jiray" carried, not qaadi 'judge'
                ext = self._extend(t, i, toks, cands, pen0)
                if ext is None or (not t.morph and t.entry.kind == "occupation"
                                   and object_plural(toks[ext[0] - 1][0], t.raw[-1], self._forms[t.entry.key])):
                    continue
                found.append((i, ext[0], max(0.5, round(1.0 - ext[1], 3)), t))
        # (a Swedish compound written apart, "matte lärare": the one-word term over both words; split_compound.py)
        found += [f for f in split_compounds(self._index, toks) if f[3].entry.kind in kinds]
        # (the trade inside a Swedish training compound, «elektrikerutbildningen»: training_compound.py)
        found += [f for f in training_compounds(self._index, toks) if f[3].entry.kind in kinds]
        # (a Somali agent noun in -le, «rootiile», the one with bread: the title «rooti sameeye»; so_agent.py)
        found += [f for f in agent_nouns(self._so_objects, toks, cands, found) if f[3].entry.kind in kinds]
        # (a learner's word is no occupation's term by a shared stem: «ንምምሃር» to learn ~ መምህር teacher; learner.py)
        found = [f for f in found if f[3].entry.kind != "occupation" or not any(
            learner_word(toks[j][0]) and toks[j][0] not in f[3].toks for j in range(f[0], f[1]))]
        # (an occupation's word with the noun that makes it a field: «охорона здоров'я», health care; field_phrases.py)
        found = [f for f in found if f[3].entry.kind != "occupation" or not field_phrase(
            toks[f[1] - 1][0], toks[f[1]][0] if f[1] < len(toks) else None)]
        # (a term on a word that means something else in Persian: Dari «مکتب» school ~ Arabic «مكتب» office)
        found = [f for f in found if not false_friend(f[3], [toks[j][0] for j in range(f[0], f[1])], persian_letters(text))
                 and not (f[3].entry.kind == "occupation" and abbreviation_head(  # «a-kassan» (abbreviated.py)
                     f[3].term, len(f[3].toks), f[3].entry.terms.get(f[3].lang, []), toks, f[0], norm.text))]
        found = before_craft(found, toks)  # («معلم بلاط», a master tiler, is no teacher: master_words.py)
        if not work_told(norm.text):  # (a one-word term on a common word, «بازارش» its market, names no job alone)
            found = [f for f in found if f[3].entry.kind != "occupation" or not alone_on_generic(
                [toks[j][0] for j in range(f[0], f[1])], len(f[3].toks))]
        read: list[tuple[int, int]] = []
        if "occupation" in kinds:
            found, read = _with_senses(found, toks, cands, norm.text)
            found = self._by_sound(found, toks)
        # Longest (in characters) first, then best score, then leftmost.
        found.sort(key=lambda f: (-(toks[f[1] - 1][2] - toks[f[0]][1]), -f[2], f[0]))
        taken: list[tuple[int, int]] = []
        chosen: list[tuple[int, int, float, Term, dict[str, str], str]] = []
        seen: set[tuple[int, int, str]] = set()
        for a, b, score, t in found:
            same_span = (a, b) in taken
            if not same_span and any(a < y and x < b for x, y in taken):
                continue
            if (a, b, t.entry.key) in seen:
                continue
            seen.add((a, b, t.entry.key))
            if not same_span:
                taken.append((a, b))
            chosen.append((a, b, score, t, t.entry.concepts, t.entry.role))
        # a skill named inside a verb read by its object stays beside it ("körde gaffeltruck": the forklift skill)
        spans = [(c[0], c[1]) for c in chosen if (c[0], c[1]) in read]
        for a, b, score, t in [f for f in found if f[3].entry.kind == "skill"
                               and any(x <= f[0] and f[1] <= y for x, y in spans)]:
            if not any(c[3].entry.kind == "skill" and c[0] < b and a < c[1] and (c[0], c[1]) != (a, b)
                       or c[:2] == (a, b) and c[3].entry.key == t.entry.key for c in chosen):
                chosen.append((a, b, score, t, t.entry.concepts, t.entry.role))
        # («kalkaaliso ilkaha (tandsköterska)»: the Swedish name in brackets is what the own words meant; glossed.py)
        return glossed_by_swedish(self._hits(compose_phrases(chosen, cands), norm, toks), text)

    @staticmethod
    def _hits(chosen: list, norm, toks) -> list[LexiconHit]:
        hits = []
        for a, b, score, t, concepts, role in chosen:
            start, end = norm.span(toks[a][1], toks[b - 1][2])
            cid, label = next(iter(concepts.items()))
            hits.append(LexiconHit(
                concept_id=cid, kind=t.entry.kind, label_sv=label, term=t.term, lang=t.lang,
                start=start, end=end, score=score, key=t.entry.key, concept_type=t.entry.concept_type,
                alt_ids=tuple(list(concepts)[1:]), role=role,
            ))
        hits.sort(key=lambda h: (h.start, h.end))
        return hits


def _with_senses(found: list, toks: list[tuple[str, int, int]], cands: list[dict[str, float]],
                 text: str) -> tuple[list, list[tuple[int, int]]]:
    """A care/guard verb with its object (senses.py) replaces the occupation terms on the verb alone:
    "looked after the neighbours' children" is childcare, whatever the verb alone was read as.
    Also returns the token spans so read."""
    read = []
    for h in sense_hits(toks, cands, text):
        on_verb = [f for f in found if f[3].entry.kind == "occupation" and f[0] < h.verb_end and h.verb_start < f[1]]
        if any(f[0] <= h.start and h.end <= f[1] and f[3].entry.primary[0] not in h.reading.concepts for f in on_verb):
            continue  # a curated term over verb and object says otherwise: it was written for that phrase
        if any(f[3].entry.kind == "occupation" and f not in on_verb and h.start <= f[0] and f[1] <= h.end
               and not (h.object_start <= f[0] and f[1] <= h.object_end)
               and f[3].entry.primary[0] not in h.reading.concepts and f[3].entry.role != "workplace" for f in found):
            continue  # what the verb was done to is named between them ("hayn jiray xisaabaadka dukaanka": the shop's accounts)
        # (what the verb was done to names no work of its own: "ኣውቶቡሳት ኣዐርየ", repaired buses, is no bus driver; read19)
        on_object = [f for f in found if f[3].entry.kind == "occupation" and h.object_start <= f[0] and f[1] <= h.object_end
                     and f[3].entry.primary[0] not in h.reading.concepts and f[3].entry.role != "workplace"]
        found = [f for f in found if f not in on_verb and f not in on_object]
        # (a curated entry of the same reading keeps its stable key: "ጸጉሮም እቖርጽ" stays task_haircutting)
        entry = next((f[3].entry for f in on_verb if f[3].entry.primary[0] in h.reading.concepts),
                     None) or sense_entry(h.reading.name, tuple(h.reading.concepts.items()))
        raw = [t for t, _, _ in toks[h.start:h.end]]
        found.append((h.start, h.end, 1.0,
                      Term(entry, h.term, h.verb.lang, raw, [False] * len(raw), raw)))
        read.append((h.start, h.end))
    return found, read


@lru_cache(maxsize=4)
def _load_cached(directory: str) -> Lexicon:
    entries: list[LexiconEntry] = []
    for path, kind in lexicon_files(Path(directory)):
        entries += read_entries(path, kind)
    lexicon = Lexicon(entries)
    _ = lexicon.translit   # built with the lexicon (~0.1 s), not in a person's first request
    return lexicon


def match(text: str, *, kinds: tuple[Kind, ...] = ("occupation", "skill")) -> list[LexiconHit]:
    """Module-level shortcut for ``Lexicon.load().match(text)``."""
    return Lexicon.load().match(text, kinds=kinds)


__all__ = ["Lexicon", "LexiconEntry", "LexiconHit", "match", "lexicon_files", "file_kind", "LANGS"]


@lru_cache(maxsize=1)
def _native_words() -> frozenset[str]:
    """Everyday native words never read as a Swedish title by ear (native_words.yaml)."""
    from vagledning.yaml_data import load_yaml

    doc = load_yaml((Path(__file__).resolve().parent / "native_words.yaml").read_text(encoding="utf-8")) or {}
    return frozenset(tok for words in doc.values() for w in words or () for tok, _, _ in tokens(normalize_str(str(w))))
