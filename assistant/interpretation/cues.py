"""Loads ``cues.yaml`` into token indexes (once per process) and finds cues in token lists.

Cues are matched as whole normalised token sequences; an Arabic-script first token may carry
a leading و/ف conjunction ("وأريد", "ولا"). Cyrillic and Latin names in the *prefix* lists
(countries, languages) match inflected forms ("в Україні", "українською"). Inside a statement cue of several words an
adverb may stand (cues.yaml ``inside_cues``: "I really like", "jag tycker verkligen om", «دوست هم دارم»).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from retrieval.lexicon.normalize import normalize_str, script_of_token, tokens
from vagledning.yaml_data import load_yaml

CUES_PATH = Path(__file__).resolve().parent / "cues.yaml"
#: inside words that may stand in a row inside a statement cue ("I really do like", "tycker faktiskt väldigt mycket om")
MAX_INSIDE = 3


def toks_of(text: str) -> tuple[str, ...]:
    """Normalised tokens of a cue/phrase."""
    return tuple(t for t, _, _ in tokens(normalize_str(text)))


def variants(tok: str) -> list[str]:
    """A user token and, for Arabic script, the token without a leading و/ف."""
    out = [tok]
    if script_of_token(tok) == "arabic" and len(tok) > 2 and tok[0] in "وف":
        out.append(tok[1:])
    return out


@dataclass
class PhraseIndex:
    """first token → [(tokens, payload, text)], longest phrases first."""

    by_first: dict[str, list[tuple[tuple[str, ...], Any, str]]] = field(default_factory=dict)
    prefix: bool = False  # allow the last token to be a prefix (for inflected names)
    #: words that may stand between two words of a phrase, at most ``MAX_INSIDE`` in a row ("I really like")
    inside: frozenset[str] = frozenset()

    def add(self, phrase: str, payload: Any) -> None:
        tt = toks_of(phrase)
        if not tt:
            return
        self.by_first.setdefault(tt[0] if not (self.prefix and len(tt) == 1) else tt[0][:4], []).append((tt, payload, phrase))

    def finalize(self) -> None:
        for v in self.by_first.values():
            v.sort(key=lambda x: -sum(len(t) for t in x[0]))

    def _tok_eq(self, user: str, cue: str, last: bool) -> bool:
        if user == cue:
            return True
        return self.prefix and last and len(cue) >= 4 and user.startswith(cue) and len(user) - len(cue) <= 4

    def find(self, toks: list[str], i: int) -> list[tuple[int, Any, str]]:
        """Phrases starting at token ``i``: (end_token_exclusive, payload, phrase)."""
        out = []
        for v in variants(toks[i]):
            keys = [v] + ([v[:4]] if self.prefix else [])
            for key in keys:
                for tt, payload, phrase in self.by_first.get(key, ()):
                    n = len(tt)
                    if i + n > len(toks):
                        continue
                    if not self._tok_eq(v, tt[0], n == 1):
                        continue
                    if all(self._tok_eq(toks[i + j], tt[j], j == n - 1) for j in range(1, n)):
                        out.append((i + n, payload, phrase))
                    elif self.inside and (end := self._with_inside(toks, i + 1, tt)) is not None:
                        out.append((end, payload, phrase))
        return out

    def _with_inside(self, toks: list[str], at: int, tt: tuple[str, ...]) -> int | None:
        """End (exclusive) of ``tt[1:]`` matched from ``at`` with up to ``MAX_INSIDE`` inside words before each of
        its words ("i *really* like", "tycker *också* om"), or None."""
        for j in range(1, len(tt)):
            skipped = 0
            while at < len(toks) and not self._tok_eq(toks[at], tt[j], j == len(tt) - 1):
                if toks[at] not in self.inside or skipped == MAX_INSIDE:
                    return None
                at, skipped = at + 1, skipped + 1
            if at >= len(toks):
                return None
            at += 1
        return at


@dataclass
class Cues:
    """Everything from cues.yaml, indexed."""

    priority: list[str]
    kinds: PhraseIndex
    subject_starts: set[str]
    joiners: set[str]
    countries: PhraseIndex
    languages: PhraseIndex
    education: PhraseIndex
    year_units: set[str]
    number_words: dict[str, float]
    study_stems: tuple[str, ...] = ()
    #: nouns for work a liking may name before its verb ("shaqada dhismaha ayaan jeclahay"): then it is a wish
    liked_work: frozenset[str] = frozenset()
    #: the word "I" (a cue that is only this word yields to a verb cue as long: «وأنا بحب الطبخ»)
    pronouns: frozenset[str] = frozenset()

    def mentions_study(self, text: str) -> bool:
        """True when the text contains a study word stem (any language)."""
        folded = text.casefold()
        return any(stem in folded for stem in self.study_stems)

    def liking_told(self, kind: str, toks) -> str:
        """A liking that names work as a noun ("shaqada dhismaha ayaan jeclahay") is a wish for that work."""
        return "wish" if kind == "interest" and self.liked_work.intersection(toks) else kind


@lru_cache(maxsize=1)
def load_cues(path: str = str(CUES_PATH)) -> Cues:
    """Parse and index cues.yaml (cached)."""
    doc = load_yaml(Path(path).read_text(encoding="utf-8"))
    inside = frozenset(t for items in (doc.get("inside_cues") or {}).values() for s in items for t in toks_of(s))
    kinds = PhraseIndex(inside=inside)
    for kind, per_lang in doc["kinds"].items():
        for lang, items in per_lang.items():
            for c in items:
                kinds.add(c, (kind, lang))
    kinds.finalize()
    subj = {t for items in doc["subject_starts"].values() for s in items for t in toks_of(s)[:1]}
    joiners = {t for items in doc["joiners"].values() for s in items for t in toks_of(s)}
    countries = PhraseIndex(prefix=True)
    for iso, names in doc["countries"].items():
        for n in names:
            countries.add(n, iso)
    countries.finalize()
    languages = PhraseIndex(prefix=True)
    for iso, names in doc["languages"].items():
        for n in names:
            languages.add(n, iso)
    languages.finalize()
    education = PhraseIndex()
    for level in doc["education_levels"]:
        payload = {k: level[k] for k in ("band", "sun", "sun_concept", "seqf")}
        for t in level["terms"]:
            education.add(str(t), payload)
    education.finalize()
    units = {t for u in doc["years"]["units"] for t in toks_of(u)}
    numbers: dict[str, float] = {}
    for per_lang in doc["years"]["number_words"].values():
        for w, v in per_lang.items():
            tt = toks_of(str(w))
            if tt:
                numbers[tt[0]] = float(v)
    study = tuple(s.casefold() for items in (doc.get("study_stems") or {}).values() for s in items)
    liked = frozenset(t for items in (doc.get("liked_work") or {}).values() for s in items for t in toks_of(s))
    pronouns = frozenset(t for items in (doc.get("pronouns") or {}).values() for s in items for t in toks_of(s))
    return Cues(doc["priority"], kinds, subj, joiners, countries, languages, education, units, numbers, study, liked,
                pronouns)
