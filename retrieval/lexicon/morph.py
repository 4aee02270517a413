"""Light, per-language morphology for matching lexicon terms against new wording.

The curated terms are phrases written by non-native engineers; people write the same thing with
other particles, another person or tense, or another word order. Three tolerances, each applied only
to terms of the language it was made for (the matcher does not know the user's language, but it
knows the term's):

- **fillers**: particles that carry no content for matching (Somali focus/subject markers and
  preverbal particles, the habitual auxiliary *jiray*; Tigrinya *ነይረ* "was"; Persian *می*, *را*,
  the plural *ها* and ezafe/suffix pieces that a half-space splits off). They are dropped from the
  terms and skipped in the user's text between a term's words: "rinji **u** marin jiray" then
  matches the term "rinji marin jiray", and "غذا درست کردم" matches "غذا درست می کردم".
- **Somali stems**: verbs and nouns share a stem with varying endings (*nadiifin*, *nadiifiyay*,
  *nadiifinayay*; *alxamid*, *alxami*). A user word matches a Somali term word when they share a
  prefix of at least 5 letters that covers nearly all of the term word.
- **Ge'ez skeletons**: Tigrinya verbs change their vowels and take person prefixes/suffixes
  (*ጸጊነ* "I repaired", *እጽግን* "I repair", *ምጽጋን* "repairing"). Each syllable is reduced to its
  consonant (the first letter of its row) and a person/infinitive prefix or a person/conjunction
  suffix may be dropped; words match on an equal skeleton of at least three consonants.
"""
from __future__ import annotations

import re
from functools import lru_cache

from retrieval.lexicon.normalize import normalize_str

_FILLERS_RAW: dict[str, tuple[str, ...]] = {
    "so": ("ayaan", "aan", "baan", "waan", "ayuu", "ayay", "ayey", "ayaa", "baa", "waxaan", "u", "ka", "ku",
           "soo", "sii", "jiray", "jirey", "jirtay", "jirnay", "jireen"),
    "ti": ("ነይረ", "ነይራ", "ነይሩ", "ነይርና", "ነይሮም", "ነይረን"),
    # (spoken Dari writes the object marker را as «ره»: "غذا ره درست میکدم")
    # (link21: the indefinite article «یک» between a noun and what it belongs to: «حساب های یک مغازه»)
    "fa": ("می", "را", "ره", "ها", "های", "ی", "ای", "ام", "هم", "یک"),
    # (link21) articles and possessives between a verb and its object: "fixed the pipes", "cared for my mother",
    # "städade deras hus" match the terms "fixed pipes", "cared for mother", "städade hus"
    "en": ("the", "a", "an", "my", "his", "her", "their", "our", "its", "some"),
    "sv": ("en", "ett", "min", "mitt", "mina", "hans", "hennes", "deras", "vår", "vårt", "våra", "sin", "sitt", "sina"),
    "sv-easy": ("en", "ett", "min", "mitt", "mina", "hans", "hennes", "deras", "vår", "vårt", "våra"),
}
FILLERS: dict[str, frozenset[str]] = {
    lang: frozenset(normalize_str(w) for w in words) for lang, words in _FILLERS_RAW.items()
}

# What may follow a Cyrillic stem: case/number/gender endings, feminine -к-/-ц- forms and past-tense
# endings, not any letters ("інтерн" must not match "інтернет").
CYR_RESTS = frozenset("""
    а я у ю і ї и ы е є о ь й ом ем єм ою ею ам ям ах ях ів їв ей ий ій ої ого ому ими ами ями им их ую юю
    ой ый ая ое ые ей ом ами ою ка ки ку ко кою ці ця цю цею ла ло ли в ти ть ся сь лася вся лись ння нню нням
    """.split()) | {""}
MAX_SKIPS = 2  # filler tokens that may sit between a term's words in the user's text
# (link21) One describing word may sit before the last word of an English or Swedish task term ("fixed leaking
# pipes", "installed new toilets", "lagade trasiga rör"): the term names the act and its object, an adjective
# only narrows the object. Before the last word only, so a verb is never separated from its particle.
GAP_LANGS = frozenset({"en", "sv", "sv-easy"})
GAP_PENALTY = 0.15
# ... but never a word that joins or relates two things: "floors and tiles" is not "floor tiles".
GAP_STOP = frozenset("""and or but to for in at on of with from as by not no
    och eller men till för i på av med från som om vid hos inte""".split())
GEEZ_LOAN_MIN = 5  # consonants a Ge'ez loanword must have to match on its consonants alone
SO_PREFIX = 5  # letters a Somali stem match must share at least


def is_filler(lang: str, tok: str) -> bool:
    return tok in FILLERS.get(lang, ())


_SO_AGENT = ("iye", "iyaha", "yaqaan", "yahan", "le", "aha")
_SO_VERB_ENDS = ("ay", "ey", "aa", "in", "yn", "yo", "iyo")


# (interp33) doubled consonants too: people write the gemination or not («xannaanayn», «xanaanayn»; «carruur»,
# «caruur»; «dhallaan», «dhalaan»), as they write the vowel length or not.
_SO_LONG = re.compile(r"([a-z])\1+")
SO_FOLD_MIN = 5  # letters a Somali word keeps when its doubled letters are written once
SO_FOLD_PENALTY = 0.05


def so_short(tok: str) -> str:
    """A Somali word with its long vowels and doubled consonants written single: people write the length or not
    («darawaal», «darawal»; «jaajuur», «jajuur»), so a term's first word also matches in the other spelling
    (informal17)."""
    return _SO_LONG.sub(r"\1", tok)


def so_fold_match(user_tok: str, term_tok: str) -> bool:
    """A Somali user word and a term word (any but the first, which the lexicon indexes by :func:`so_short`) spelt
    with or without the long vowels and doubled consonants: «carruurta yaryar xannaanayn» ~ «… xanaanayn»."""
    return user_tok.isascii() and len(short := so_short(user_tok)) >= SO_FOLD_MIN and short == so_short(term_tok)


def so_auxiliary(tok: str | None) -> bool:
    """The Somali habitual auxiliary (jiray, jirey, jirtay …): the word before it is a verb."""
    return bool(tok) and tok.startswith("jir")  # type: ignore[union-attr]


def so_verbal(tok: str, next_tok: str | None) -> bool:
    """A Somali word used as a verb: a verb ending (past -ay/-ey, present -aa, infinitive -in/-yn) or
    followed by the habitual auxiliary. Only verbs are matched on their stem: nouns derived from the
    same stem name other things (xisaab 'arithmetic', xisaabiye 'accountant')."""
    return tok.endswith(_SO_VERB_ENDS) or so_auxiliary(next_tok)


def so_stem_match(user_tok: str, term_tok: str) -> bool:
    """A Somali user word and term word share a stem: a common prefix of >= 5 letters that leaves at
    most 3 letters of the term word and 5 of the user word (endings such as -in, -iyay, -nayay, -id)."""
    if len(term_tok) < SO_PREFIX or len(user_tok) < SO_PREFIX or user_tok[:SO_PREFIX] != term_tok[:SO_PREFIX]:
        return False
    if term_tok.endswith(_SO_AGENT) and not user_tok.endswith(_SO_AGENT):
        return False  # a verb names a task, not the person: xisaabin 'count' is no xisaabiye 'accountant'
    n = SO_PREFIX
    m = min(len(user_tok), len(term_tok))
    while n < m and user_tok[n] == term_tok[n]:
        n += 1
    return len(term_tok) - n <= 3 and len(user_tok) - n <= 5


# Somali definite and possessive suffixes on nouns (k/t/g/d/h by the noun's last sound): "dukaankiisa"
# his shop, "shaqadayda" my work, "beertayada" our farm, "hilibleydii" the butcher's. Only endings of
# three letters or more that Swedish and English words do not end in; the two-letter articles are
# short suffixes in tolerance.py.
# (interp33: my written «-eyga/-eyda» as often as «-ayga/-ayda»: «gaarigeyga» my car, «hooyadeyda» my mother)
_SO_POSS = tuple(c + e for e in ("ayga", "ayda", "eyga", "eyda", "aaga", "aada", "iisa", "eeda", "ayaga", "ayada",
                                 "eenna", "eena", "iinna", "iina", "ooda", "ii", "aha", "ayagii", "oodii", "iisii",
                                 "eedii")
                 for c in ("k", "t", "g", "d", "h", ""))
_SO_POSS_SORTED = tuple(sorted(set(_SO_POSS), key=len, reverse=True))


def so_noun_stems(tok: str) -> dict[str, float]:
    """Stems a Somali noun with a definite/possessive suffix may stand for, with penalties: the
    stem itself, an -o noun («shaqo» from «shaqada-»), and the stem without a linking -y-
    («hilible» from «hilibley-dii»); every suffix that fits («makiinad-aha», not only «makiina-daha»).
    Empty when no Somali suffix ends the word."""
    if len(tok) < 6 or not tok.isascii():
        return {}
    out: dict[str, float] = {}
    for suf in _SO_POSS_SORTED:
        stem = tok[: -len(suf)]
        if tok.endswith(suf) and len(suf) >= 3 and len(stem) >= 3:
            out.setdefault(stem, 0.1)
            if stem.endswith("a"):
                out.setdefault(stem[:-1] + "o", 0.12)
            if stem.endswith("y") and len(stem) >= 5:
                out.setdefault(stem[:-1], 0.12)
    return out


# Somali case and remote forms of the definite article (words18, issue 9): the subject case -ku/-tu/-gu/-hu/-du
# ("Korontoyaqaanku", "darawalku", "caafimaadku"), and on an -e noun the -ihii/-uhu forms of -aha
# ("kalkaaliyihii", "kalkaaliyuhu" ~ kalkaaliye); an -o noun takes -a before the article ("kalkaalisadu" ~ kalkaaliso).
_SO_SUBJECT = ("ku", "tu", "gu", "hu", "du")
_SO_E_NOUN = ("ihii", "uhu")


def so_case_stems(tok: str) -> dict[str, float]:
    """Nouns a Somali word in the subject case or with a remote article may stand for (penalty 0.05, as for
    -aha). Empty for a word that is not long enough or not written in Latin letters."""
    if len(tok) < 6 or not tok.isascii():
        return {}
    out: dict[str, float] = {}
    if tok.endswith(_SO_SUBJECT) and len(tok) - 2 >= 4:
        stem = tok[:-2]
        out[stem] = 0.05
        if stem.endswith("a") and tok[-2] in "td":  # korontadu -> koronto, shaqadu -> shaqo
            out.setdefault(stem[:-1] + "o", 0.07)
    for end in _SO_E_NOUN:
        if tok.endswith(end) and len(tok) - len(end) >= 4:
            stem = tok[: -len(end)]
            out.setdefault(stem + "e", 0.05)
    return out


def person_forms(tok: str) -> tuple[str, ...]:
    """First-person-singular forms of an Arabic-script verb told in the first person plural, the way the
    curated terms are written: Persian past/present «کاشتیم» -> «کاشتم» (-یم -> -م, also spoken «کدیم»),
    Arabic imperfect «نربي»/«نطبخ» -> «اربي»/«اطبخ» (ن- -> ا-). Arabic-script letters as normalised (ي, ك)."""
    out = []
    if tok.endswith("يم") and len(tok) >= 5:
        out.append(tok[:-2] + "م")
    if tok.startswith("ن") and len(tok) == 4:  # a three-letter root with the 1st-person-plural prefix
        out.append("ا" + tok[1:])
    return tuple(out)


# Ge'ez: letters come in rows of 8 (one consonant, its vowel orders); a few rows are spelling
# variants of the same sound in Tigrinya.
_GEEZ_SAME = {"ሠ": "ሰ", "ፀ": "ጸ", "ኀ": "ሐ", "ሀ": "ሐ"}
_TI_PREFIXES = ("አ", "የ", "ተ", "ነ", "መ", "ከ", "ዘ")  # እ ይ ት ን ም ክ ዝ as row bases
_TI_SUFFIXES = ("ከ", "ነ", "ወ", "ኸ")  # ኩ (I did), ና/ን (we / 'and'), ዎ/ዋ (him/her), ኻ (you)
# Object suffixes on a verb, after its subject suffix: ዮ/ያ (him/her after a consonant), ዮም/ዎም (them),
# የን/ወን (them, f.), ኹም/ኹን (you pl.): «ሰሪሕናዮም» we built them ~ ሰሪሐ, «ኣልየዮም» ~ ኣልየ.
_TI_OBJECTS = ("የመ", "ወመ", "የነ", "ወነ", "ኸመ", "ኸነ", "የ")
_TI_MIN = 3


_TI_VERB_PREFIX = frozenset("እይትምክ")
_TI_OBJECT_ENDS = ("ዮም", "ዎም", "የን", "ወን", "ናዮ", "ናዮም", "ኩዎ", "ኩዋ")  # a verb with an object: ሰሪሕናዮም, ኣልየዮም
_TI_WE = "ን"  # the 1st person plural imperfect («ንሰርሕ» we make) – also 'for/to' before nouns


def ti_verbal(tok: str) -> bool:
    """A Tigrinya word shaped like a verb: an imperfect/infinitive prefix (እ ይ ት ም ክ) or a perfect
    ending (-ኩ, or a first-order letter: ሰሪሐ, ጸጊነ). Only such words are matched on their skeleton;
    nouns of the same root name other things (ምምሃር 'learning', መምህራን 'teachers')."""
    if not tok:
        return False
    last = ord(tok[-1])
    return tok[0] in _TI_VERB_PREFIX or tok[-1] == "ኩ" or (0x1200 <= last <= 0x135A and (last - 0x1200) % 8 == 0) \
        or (tok[0] == _TI_WE and len(tok) >= 4) or (len(tok) >= 4 and tok.endswith(_TI_OBJECT_ENDS))


def ti_told_verb(tok: str) -> bool:
    """A user's Tigrinya word read as a verb: the shapes of :func:`ti_verbal` (the shape the curated terms are
    written in) and the other persons and bare object suffixes people write (:func:`ti_person_ending`)."""
    return ti_verbal(tok) or ti_person_ending(tok)


# (words18) Other persons of the perfect and gerund, and a bare object suffix: ና (we: ሰሪሕና, ኣለይና), ኩም/ኹም
# (you pl.), ት (she: ኣለየት), a second-order last letter (he: ሰሪሑ, ሃኒጹ), ም after an o-order letter (they: ሰሪሖም),
# and ዮ/ያ/ዎ/ዋ/ኒ (him/her/me: ኣለይዮ, ሓጺበያ). The stem left must keep two letters.
_TI_PERSON_ENDS = ("ና", "ኩም", "ኹም", "ት", "ዮ", "ያ", "ዎ", "ዋ", "ኒ")


def ti_person_ending(tok: str) -> bool:
    if len(tok) < 3:
        return False
    last = ord(tok[-1]) - 0x1200
    if tok.endswith(_TI_PERSON_ENDS) and len(tok) >= (4 if tok[-1] in "ትያ" else 3):
        return True
    if 0 <= last <= 0x15A and last % 8 == 1:  # second order: ሑ, ጹ
        return True
    prev = ord(tok[-2]) - 0x1200
    return tok[-1] == "ም" and 0 <= prev <= 0x15A and prev % 8 == 6


def geez_noun_match(user_tok: str, term_tok: str) -> bool:
    """A Tigrinya noun with a possessive or plural ending: the term word's letters with its last
    letter in another vowel order, plus at most two letters (ጸጉሪ "hair" ~ ጸጉሮም "their hair",
    ክዳን ~ ክዳውንቲ is not covered). Needs a term word of at least two letters."""
    n = len(term_tok)
    # (a two-letter word takes one more letter at most: ዓሰርተ "ten" is not ዓሳ "fish" with an ending)
    if n < 2 or not 0 < len(user_tok) - n + 1 <= (2 if n == 2 else 3) or user_tok[: n - 1] != term_tok[:-1]:
        return False
    return _geez_base(user_tok[n - 1]) == _geez_base(term_tok[-1]) and user_tok != term_tok


_TI_IMPERFECT = frozenset("እይትንየ")  # person prefixes of the imperfect (የ: I, of a verb in ኣ-)
_TI_WEAK = {2: "የ", 1: "ወ"}  # the vowel order a lost weak last consonant leaves -> that consonant's row base


def _geez_order(ch: str) -> int:
    """The vowel order (0-7) of a Ge'ez letter, -1 for any other character."""
    o = ord(ch) - 0x1200
    return o % 8 if 0 <= o <= 0x15A else -1


def _geez_base(ch: str) -> str:
    o = ord(ch)
    if 0x1200 <= o <= 0x135A:
        base = chr(0x1200 + ((o - 0x1200) // 8) * 8)
        return _GEEZ_SAME.get(base, base)
    return ch


def geez_loan_skeleton(tok: str) -> str:
    """The consonants of a long Ge'ez word, or "": a loanword is written with varying vowel orders
    (ኤሌክትሪክ / ኤለክትሪክ, ሆስፒታል / ሆስፒተል), so two words of at least GEEZ_LOAN_MIN consonants with the
    same consonants in the same order are the same word."""
    sk = "".join(_geez_base(c) for c in tok)
    return sk if len(sk) >= GEEZ_LOAN_MIN else ""


@lru_cache(maxsize=8192)
def geez_skeletons(tok: str) -> frozenset[str]:
    """Consonant skeletons of a Ge'ez word: the whole skeleton and, where >= 3 consonants remain,
    without one person/infinitive prefix and/or one person/conjunction suffix."""
    sk = "".join(_geez_base(c) for c in tok)
    out = {sk} if len(sk) >= _TI_MIN else set()
    heads = [sk] + [sk[1:] for p in _TI_PREFIXES if sk.startswith(p)]
    if sk.startswith("ነአ") or sk.startswith("ነየ"):  # «ንእክብ» (ን 'for/we' + an imperfect) -> እክብ
        heads += [sk[1:], sk[2:]]
    for h in list(heads):  # an object suffix, then the subject suffix before it
        for o in _TI_OBJECTS:
            if h.endswith(o) and len(h) - len(o) >= _TI_MIN:
                heads.append(h[: -len(o)])
    for h in heads:
        if len(h) >= _TI_MIN:
            out.add(h)
        for s in _TI_SUFFIXES:
            if h.endswith(s) and len(h) - 1 >= _TI_MIN:
                out.add(h[:-1])
    # (interp33) The imperfect of a verb whose last root consonant is weak (ይ/ው) shows two consonants only: «እጸሪ»,
    # «የጽሪ» (I clean, ኣጽረየ), «እዐሪ» (I repair, ዓረየ) end in an i-order letter for a lost ይ, «እሕሉ» (I guard, ሓለወ)
    # in a u-order letter for a lost ው: the root's skeleton is the two letters with the weak consonant restored.
    if len(tok) == 3 and tok[0] in _TI_IMPERFECT and (weak := _TI_WEAK.get(_geez_order(tok[-1]))):
        out.add(_geez_base(tok[1]) + _geez_base(tok[2]) + weak)
    # (words18) ት (she did: ኣለየት), ም after an o-order letter (they did: ሰሪሖም) and ኩም/ኹም (you pl.), read on the
    # letters themselves: a skeleton's ተ or መ is also the ቲ of a noun (ትምህርቲ 'school' is no 'she taught').
    if len(tok) >= 4 and tok.endswith(("ኩም", "ኹም")):
        out |= geez_skeletons(tok[:-2])
    elif len(tok) >= 4 and (tok[-1] == "ት" or (tok[-1] == "ም" and 0 <= ord(tok[-2]) - 0x1200 <= 0x15A
                                                and (ord(tok[-2]) - 0x1200) % 8 == 6)):
        out |= geez_skeletons(tok[:-1])
    return frozenset(out)
