"""Cue matching: the words of each intent group (assistant/locales/intents.yaml) found in a message, in every
script – normalisation, word and gap patterns, the title guard, stripping cues (split from assistant/intents.py,
which reads the intent from these cues)."""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

from vagledning.yaml_data import load_yaml

_ZW = re.compile(r"[\u200b-\u200f\u2066-\u2069]")
#: ... and the Arabic alef with hamza or madda written as a bare alef, as people often type it: «أول شي» is «اول شي»
#: (licence21: the first-steps cue «اول شي» missed «شو لازم اعمل أول شي هالأسبوع؟»). One letter for one: offsets hold.
APOS = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "أ": "ا", "إ": "ا", "آ": "ا"})


@lru_cache(maxsize=1 << 15)  # (a pure function of the text, called ~1,700 times a turn on a few dozen texts)
def normalize(text: str) -> str:
    """Case-fold, unify apostrophes and Arabic alef forms, drop zero-width joiners (Persian ZWNJ), squeeze spaces."""
    t = _ZW.sub("", (text or "").casefold().translate(APOS))
    return re.sub(r"\s+", " ", t).strip()


#: Arabic proclitics (and, so, with/in, for, like, the) written onto the word a cue names:
#: "وراتبه", "بالراتب", "للعمل". Only for cues that start with an Arabic letter.
_AR_PROCLITIC = r"(?:[وف]?(?:ال|بال|لل|[بلك])?)"
#: ... and the possessive pronouns after it ("راتبه" his salary, "رواتبهم" their salaries).
_AR_ENCLITIC = r"(?:ه|ها|هم|هما|هن|ك|كم|ي|نا|ا|اً)?"
#: Tigrinya writes "and …?" («-ኸ», «-ከ») and "also" («-ውን») onto the last word of a short question: «ደሞዛኸ?» (and its
#: pay?) asks for the pay as «ደሞዛ» does (conv21: it was read as the name of an unknown occupation). Only for cues that
#: start with a Ge'ez letter.
_TI_ENCLITIC = r"(?:ኸ|ከ|ውን)?"
#: "a … b": the words of a cue in this order with up to GAP words between ("how much … make",
#: "скільки … заробля*"): questions put the occupation between the parts in every language.
GAP = 4
#: (words17: the Ukrainian "any-" of «будь-яку роботу», any work, makes one word with what follows: «яку … роботу»,
#: which work, is no cue there)
_LEFT = r"(?<!\w)(?<!будь-)(?<!казна-)(?<!хтозна-)"


def _word_pattern(part: str) -> str:
    prefix = part.endswith("*")
    if part.startswith("*"):  # the end of a compound: "*kurs*" matches "kvällskurser", "distanskurs", never "årskurs"
        return _LEFT + _not_compound() + r"\w*" + _word_pattern(part[1:]).removeprefix(_LEFT)
    body = re.escape(normalize(part.rstrip("*"))).replace(r"\ ", r"\s+")
    arabic = bool(re.match(r"[\u0621-\u064a]", body))
    clitic, suffix = (_AR_PROCLITIC, _AR_ENCLITIC) if arabic else ("", "")
    if re.match(r"[\u1200-\u137f]", body):
        suffix = _TI_ENCLITIC
    # Word boundaries that also work for Arabic, Ethiopic and Cyrillic letters.
    return rf"{_LEFT}{clitic}{body}" + (r"\w*" if prefix else rf"{suffix}(?!\w)")


def _not_compound() -> str:
    words = "|".join(re.escape(normalize(w)) for w in _data().get("not_compound", ()))
    return rf"(?!(?:{words}))" if words else ""


def cue_pattern(cue: str) -> str:
    parts = [p.strip() for p in cue.split("…") if p.strip()]
    return rf"(?:\W+\w+){{0,{GAP}}}\W+".join(_word_pattern(p) for p in parts)


def locale_words_pattern(path: Path, key: str | None = None) -> re.Pattern[str]:
    """One regex of every language's cues in a locale cue file (``{lang: [cue, …]}``, or that under ``key``), the
    longest first; a file with none matches nothing. (Callers cache it: it reads the file.)"""
    doc = load_yaml(path.read_text(encoding="utf-8")) or {}
    by_lang = (doc.get(key) or {}) if key else doc
    words = [str(w) for words in by_lang.values() for w in words or []]
    return re.compile("|".join(cue_pattern(w) for w in sorted(words, key=len, reverse=True)) or r"(?!)")


@lru_cache(maxsize=1)
def _data() -> dict[str, list[str]]:
    raw = resources.files("assistant").joinpath("locales/intents.yaml").read_text(encoding="utf-8")
    return {group: [str(c) for c in items] for group, items in (load_yaml(raw) or {}).items() if items}


@lru_cache(maxsize=1)
def group_names() -> list[str]:
    """The names of the cue groups (the keys of intents.yaml)."""
    return list(_data())


@lru_cache(maxsize=1)
def cues() -> dict[str, re.Pattern[str]]:
    """Compiled cue regex per group (read lazily from the YAML data file), compiled once per process: every
    :func:`has` reads it, hundreds of times a turn (without the cache a turn took seconds, tests/unit/test_intents.py)."""
    return {group: re.compile("|".join(cue_pattern(c) for c in items)) for group, items in _data().items()}


@lru_cache(maxsize=1)
def cue_words() -> dict[str, re.Pattern[str]]:
    """Per group, every part of every cue on its own: what :func:`strip_cues` removes (a gapped
    cue's gap is the occupation the question names, and stays)."""
    return {group: re.compile("|".join(_word_pattern(p.strip()) for c in items for p in c.split("…") if p.strip()))
            for group, items in _data().items()}


@lru_cache(maxsize=1)
def _leading_discourse() -> re.Pattern[str]:
    words = "|".join(_word_pattern(c) for c in _data().get("discourse", []))
    return re.compile(rf"^(?:[\W_]*(?:{words}))+[\W_]*", re.IGNORECASE)


def leading_discourse(text: str) -> int:
    """How many characters of ``text`` (as written) are discourse markers it opens with ("I mean ",
    "Nej, jag menar ", "أقصد "): what a person names starts after them."""
    m = _leading_discourse().match(text or "")
    return m.end() if m and m.end() < len(text.rstrip()) else 0


@lru_cache(maxsize=4096)
def _title_spans(t: str) -> tuple[tuple[int, int], ...]:
    """Where ``t`` (normalised) names an occupation by a title of the curated lexicon (subject22)."""
    from retrieval.lexicon import match  # (loaded once; the lexicon is files of this repository)

    return tuple((h.start, h.end) for h in match(t, kinds=("occupation",)) if h.role == "title")


#: The cue groups of what a question asks (the ones :func:`strip_cues` takes out): only these give way to a title.
_QUESTION_CUES = ("discourse", "correction", "describe", "salary", "demand", "licence", "requirements", "work_here",
                  "swedish", "need", "question", "courses", "suggest", "more", "ordinal_1", "ordinal_2", "ordinal_3",
                  "dontknow", "greeting", "enough", "swedish_level", "swedish_step", "swedish_problem", "duration",
                  "duration_word", "can_work_now", "yes_or_no", "cost_ask", "money_word", "first_step")


@lru_cache(maxsize=1)
def _whole_cues() -> dict[str, re.Pattern[str]]:
    """Per group, its cues that are not the beginning of a word: whole words ("lön", "lönen", "salary") and the ends
    of compounds ("*utbildning*": «truckutbildning» is a course), not "lön*"."""
    return {group: re.compile("|".join(cue_pattern(c) for c in items if not c.endswith("*") or c.startswith("*"))
                              or r"(?!)")
            for group, items in _data().items()}


def _in_title(group: str, t: str, start: int, end: int) -> bool:
    """A cue that matched only as the beginning of a word which is an occupation's title is part of that name, not
    the question's cue (subject22, rater22): 'lön*' in «löneadministratör», «lönekonsult» — "Is it easy to get a job
    as löneadministratör?" asks about demand, "jag vill bli löneadministratör" names the occupation, not its pay. A
    whole cue word ("lönen", "truckkort") and a cue ending a compound ("*legitimation") stay cues."""
    word = t[start:end]
    if group not in _QUESTION_CUES and not group.startswith("cond_") or not word or not word.isalnum() \
            or _whole_cues()[group].fullmatch(word):
        return False
    return (start, end) in _title_spans(t)


def _cue_at(group: str, pat: re.Pattern[str], t: str) -> bool:
    return any(not _in_title(group, t, m.start(), m.end()) for m in pat.finditer(t))


@lru_cache(maxsize=1 << 15)  # (the cues and titles are files: a pure function, asked ~350 times a turn)
def has(group: str, text: str) -> bool:
    """True when any cue of ``group`` occurs in ``text`` (already normalised or not), outside an occupation's title."""
    pat = cues().get(group)
    if not pat:
        return False
    t = normalize(text)
    return pat.search(t) is not None and _cue_at(group, pat, t)


def _blank(group: str, pat: re.Pattern[str], t: str) -> str:
    def blank(m: re.Match[str]) -> str:
        return m.group() if _in_title(group, t, m.start(), m.end()) else " " * len(m.group())

    return pat.sub(blank, t)


def strip_cues(text: str) -> str:
    """The message without cue phrases and punctuation (what is left may name an occupation)."""
    t = normalize(text)
    conditions = tuple(g for g in _data() if g.startswith("cond_"))  # "night shifts", "tungt": no occupation's name
    for group in (*_QUESTION_CUES, *conditions):
        pat = cue_words().get(group)
        if pat:  # blanked to the same length, so the titles' spans stay true; a title keeps its cue words
            t = _blank(group, pat, t)
    t = without_possessive(t)  # "a plumber's salary": the plumber (compare21: read as an unknown «plumber s»)
    t = re.sub(r"[^\w\s\-]", " ", t)
    return re.sub(r"\s+", " ", t).strip()


#: The English possessive ending of a noun ("a welder's job", "the nurse's salary"); "it's", "what's" are cues or filler.
_POSSESSIVE = re.compile(r"(?<=[a-z]{3})['’]s\b", re.IGNORECASE)


def without_possessive(text: str) -> str:
    """``text`` without the English possessive ending of its nouns: "a plumber's salary" names the plumber."""
    return _POSSESSIVE.sub("", text)


def ordinal(text: str) -> int | None:
    """0, 1 or 2 when the message picks the first, second or third item of the previous answer."""
    for i in range(3):
        if has(f"ordinal_{i + 1}", text):
            return i
    return None


#: A message longer than this (in words) without a question mark is a statement about oneself,
#: even when it contains a cue word ("my tasks were …", "in the future I want …").
