"""Token tolerance for the lexicon matcher: the forms a user's word may stand for and whether it matches a
term's word.

Arabic clitics (و/ف, ب/ك/ل, ال) and common suffixes, Persian plural/ezafe suffixes, Ukrainian/Russian
stems (≥5 letters), Ge'ez prepositional prefixes and short Swedish/English/Somali suffixes, each with a
penalty; the per-language morphology behind the Somali and Tigrinya matches is :mod:`retrieval.lexicon.morph`.
"""
from __future__ import annotations

from retrieval.lexicon.morph import (
    CYR_RESTS,
    GAP_PENALTY,
    SO_FOLD_PENALTY,
    geez_loan_skeleton,
    geez_noun_match,
    geez_skeletons,
    person_forms,
    so_case_stems,
    so_fold_match,
    so_noun_stems,
    so_stem_match,
    so_verbal,
    ti_told_verb,
    ti_verbal,
)
from retrieval.lexicon.normalize import script_of_token

# -نا/-كم/-كن: our/your ("بمطعمنا" in our restaurant)
_AR_SUFFIXES = ("هم", "ها", "نا", "كم", "كن",
                "هاي", "ات", "ين", "ون", "ان", "ه", "ي", "م", "ام", "ت", "ش", "ا")  # "ا": accusative (كنت مهندساً)
_LAT_SUFFIXES = ("erna", "arna", "orna", "ooyin", "yaal", "aha", "es", "en", "er", "ar", "or", "na", "et",
                 "ka", "ta", "ha", "da", "ga", "ii", "s", "n", "t", "e")
_SO_ARTICLES = ("ada", "ata", "aha", "aga")
# Spoken Dari drops the r of kardan in its past forms ("میکدم" for "میکردم", "کدی", "کدیم"): the
# colloquial form also stands for the written one, so every "… می کردم" term reads it too.
_FA_SPOKEN = {"كدم": "كردم", "كدي": "كردي", "كديم": "كرديم", "كدن": "كردن", "كدند": "كردند", "كده": "كرده"}
# Swedish colloquial "guy/girl" after a trade's stem ("murargubbe", "byggkille", "målartjej"): the trade (informal17)
_SV_FELLOW = ("gubbe", "gubben", "gubbar", "kille", "killen", "killar", "tjej", "tjejen", "snubbe", "snubben")
_ET_PLURALS = ("ውቲ", "ታት")
_ET_PREFIXES = ("ከም", "ኣብ", "ካብ", "ን", "ብ", "ና", "ከ", "ክ", "ዝ", "ስለ")
_CYR_END = set("аяоеєіїиыуюьйэ")
# Case endings of Ukrainian/Russian titles and the nominative they come from (the lexicon writes the
# nominative): "молодшою медсестрою" -> "молодша медсестра", "зубним лікарем" -> "зубний лікар",
# "младшей медсестрой" -> "младшая медсестра". Feminine adjective and noun, masculine adjective, then noun.
_CYR_CASES = (
    ("ою", "а"), ("ею", "я"), ("ій", "а"), ("ої", "а"), ("ую", "а"), ("ую", "ая"), ("ой", "ая"), ("ей", "ая"),
    ("им", "ий"), ("ім", "ій"), ("ого", "ий"), ("ому", "ий"), ("ым", "ый"), ("ого", "ый"), ("ому", "ый"),
    ("ом", ""), ("ем", ""), ("ем", "ь"), ("єм", "й"), ("ові", ""), ("еві", "ь"), ("ой", "а"), ("ей", "я"),
    # (no one-letter endings: "у сфері охорони здоров'я" (in healthcare) read «охорона», security work, as the field)
    ("кою", ""), ("ка", ""), ("ку", ""), ("ки", ""),  # a woman's title on the -к- suffix: провізоркою -> провізор
)
CYR_CASE_PENALTY = 0.02  # a case ending is grammar, not doubt: two inflected words still read as a named title


def cyr_stem(tok: str) -> str | None:
    """Stem for Cyrillic inflection matching: drop up to two final vowels/soft signs, keep ≥5 letters."""
    stem = tok
    for _ in range(2):
        if stem and stem[-1] in _CYR_END:
            stem = stem[:-1]
    return stem if len(stem) >= 5 else None


def cyr_nominatives(tok: str) -> dict[str, float]:
    """Nominative forms a Cyrillic word in another case may stand for (a stem of three letters at least)."""
    return {tok[: len(tok) - len(end)] + nom: CYR_CASE_PENALTY for end, nom in _CYR_CASES
            if tok.endswith(end) and len(tok) - len(end) >= 3}


def canon_term_token(tok: str) -> tuple[str, bool]:
    """Canonical form of a lexicon token and whether it is a Cyrillic stem."""
    script = script_of_token(tok)
    if script == "arabic" and tok.startswith("ال") and len(tok) > 4:
        return tok[2:], False
    if script == "cyrillic":
        stem = cyr_stem(tok)
        if stem is not None:
            return stem, True
    return tok, False


def _arabic_candidates(tok: str) -> dict[str, float]:
    """Arabic-script forms: conjunctions, article and prepositions, the Persian continuous prefix,
    spoken Dari past forms, then suffixes."""
    stage = {tok: 0.0}
    for p in ("و", "ف"):
        if tok.startswith(p) and len(tok) > 3:
            stage[tok[1:]] = 0.05
    stage2 = dict(stage)
    for f, pen in stage.items():
        for p in ("بال", "كال", "فال", "وال", "لل", "ال"):
            if f.startswith(p) and len(f) - len(p) >= 3:
                stage2.setdefault(f[len(p):], pen + 0.02)
        for p in ("ب", "ك", "ل"):
            if f.startswith(p) and len(f) > 3:  # "باخي" (with my brother) -> "اخي"
                stage2.setdefault(f[1:], pen + 0.15)
        if f.startswith("مي") and len(f) >= 5:  # Persian continuous prefix written solid: "ميكردم"
            stage2.setdefault(f[2:], pen + 0.1)
    for f, pen in list(stage2.items()):
        if f.endswith("ا") and len(f) >= 4:  # a final hamza left out in speech-like writing: «بالكهربا» ~ «كهرباء»
            stage2.setdefault(f + "ء", pen + 0.05)
        if f in _FA_SPOKEN:
            stage2.setdefault(_FA_SPOKEN[f], pen + 0.05)
        for form in person_forms(f):  # "we planted" reads the terms written "I planted" (كاشتيم ~ كاشتم, نربي ~ اربي)
            stage2.setdefault(form, pen + 0.05)
    out = dict(stage2)
    for f, pen in stage2.items():
        for s in _AR_SUFFIXES:
            if f.endswith(s) and len(f) - len(s) >= 3:
                out.setdefault(f[: -len(s)], pen + 0.1)
    return out


def candidates(tok: str) -> dict[str, float]:
    """Forms a user token may stand for, with a penalty for each transformation."""
    out: dict[str, float] = {tok: 0.0}
    script = script_of_token(tok)
    if script == "arabic":
        out = _arabic_candidates(tok)
    elif script == "cyrillic":
        for form, pen in cyr_nominatives(tok).items():
            out.setdefault(form, pen)
    elif script == "latin":
        for s in _LAT_SUFFIXES:
            if tok.endswith(s) and len(tok) - len(s) >= 4:
                out.setdefault(tok[: -len(s)], 0.1)
        if tok.endswith(_SO_ARTICLES) and len(tok) >= 7:  # Somali -o noun + article: korontada -> koronto
            out.setdefault(tok[:-3] + "o", 0.1)
        if tok.endswith("aha") and len(tok) >= 7:  # Somali -e noun + article: farmashiistaha -> farmashiiste
            out.setdefault(tok[:-3] + "e", 0.05)
        if len(tok) >= 6 and tok[-1] == "a" and tok[-2] in "cqx":  # Somali article after c/q/x is a bare -a
            out.setdefault(tok[:-1], 0.1)                            # (mashruuca -> mashruuc; interp26)
        for form, pen in so_noun_stems(tok).items():  # Somali possessive/definite: beertayada -> beer
            out.setdefault(form, pen)
        for form, pen in so_case_stems(tok).items():  # Somali subject case: korontoyaqaanku -> korontoyaqaan
            out.setdefault(form, pen)
        for end in _SV_FELLOW:  # a Swedish trade word with a colloquial "guy/girl": murargubbe -> murare (informal17)
            if tok.endswith(end) and len(tok) - len(end) >= 4:
                out.setdefault(tok[: -len(end)], 0.1)
                out.setdefault(tok[: -len(end)] + "e", 0.1)
    elif script == "ethiopic":
        for p in _ET_PREFIXES:
            if tok.startswith(p) and len(tok) - len(p) >= 2:
                out.setdefault(tok[len(p):], 0.1)
        for form, pen in list(out.items()):  # a plural noun: ገዛውቲ (houses) ~ ገዛ, ክፍልታት (rooms) ~ ክፍል (words18)
            for end in _ET_PLURALS:
                if form.endswith(end) and len(form) - len(end) >= 2:
                    out.setdefault(form[: -len(end)], pen + 0.1)
    return out


def tok_match(user_cands: dict[str, float], user_tok: str, term_tok: str, stem: bool, raw: str,
               lang: str = "", next_tok: str | None = None) -> float | None:
    if user_tok == raw:
        return 0.0
    if term_tok in user_cands:
        return user_cands[term_tok]
    if stem and raw in user_cands:  # a case form of the nominative the term writes
        return user_cands[raw]
    if stem and user_tok.startswith(term_tok) and user_tok[len(term_tok):] in CYR_RESTS:
        return 0.15
    if lang == "so" and so_verbal(user_tok, next_tok) and so_stem_match(user_tok, term_tok):
        return 0.15
    if lang == "so" and so_fold_match(user_tok, raw):
        return SO_FOLD_PENALTY
    if lang == "ti" and ti_told_verb(user_tok) and ti_verbal(raw) and ti_skeletons(user_cands) & geez_skeletons(term_tok):
        return 0.2
    if script_of_token(user_tok) == "ethiopic" and any(geez_noun_match(f, term_tok) for f in user_cands):
        return 0.1
    if script_of_token(user_tok) == "ethiopic" and (sk := geez_loan_skeleton(term_tok)) \
            and any(geez_loan_skeleton(f) == sk for f in user_cands):
        return GAP_PENALTY  # a loanword in other vowel orders (ኤሌክትሪክ / ኤለክትሪክ)
    return None


def ti_skeletons(cands: dict[str, float]) -> frozenset[str]:
    return frozenset().union(*(geez_skeletons(f) for f in cands))
