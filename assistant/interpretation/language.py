"""Language detection for user messages (short texts included).

Strategy, in order:

1. Count letters per Unicode script. No letters (empty, digits, emoji only) → ``code=None``.
2. Ge'ez (Ethiopic) script: lingua supports neither Tigrinya nor Amharic, so we decide between
   them with orthographic and lexical markers (see :func:`_ethiopic_guess`). Tigrinya is the
   default because it is the Ge'ez-script language we serve; Amharic ("am") is returned only
   with positive evidence.
3. Arabic script: lingua restricted to Arabic / Persian / Urdu, combined with letter evidence
   (پ چ ژ گ ک ی are Persian/Urdu, ة ى أ إ are Arabic; ٹ ڈ ڑ ں ے are Urdu). Persian and Dari
   share one written standard, so both come back as "fa"; pass ``dari=True`` to get "prs".
4. Cyrillic: lingua restricted to Ukrainian / Russian / Belarusian / Bulgarian, plus letter
   evidence (і ї є ґ → uk, ы э ъ ё → ru).
5. Latin: lingua restricted to the languages we serve plus their usual confusables; short
   Scandinavian texts get a small prior towards Swedish (da/nb/nn are often confused with sv
   on 2–5 words, and most of our users write Swedish, not Danish).

"sv-easy" (lättläst svenska) is a style the user asks for, never a detection result.
Detectors are built lazily once per process. Only the first ``_MAX_CHARS`` characters are
examined, so 50,000-character inputs are cheap.
"""
from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

if TYPE_CHECKING:  # pragma: no cover
    from lingua import LanguageDetector

_MAX_CHARS = 2000

RTL_SCRIPTS = {"Arabic", "Hebrew"}
RTL_CODES = {"ar", "fa", "prs", "ur", "he"}


class LanguageGuess(BaseModel):
    """Result of :func:`detect_language`."""

    model_config = {"frozen": True}

    code: str | None = Field(description="ISO 639-1 code ('sv','en','ar','so','ti','fa','uk',…); None if no language.")
    confidence: float = Field(ge=0, le=1)
    script: str | None = Field(default=None, description="Dominant script: Latin, Arabic, Ethiopic, Cyrillic, …")
    is_rtl: bool = False
    note: str | None = Field(default=None, description="Why, when the guess used a fallback rule.")


# ---------------------------------------------------------------------------- scripts

def _script_of(ch: str) -> str | None:
    o = ord(ch)
    if 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F or 0x08A0 <= o <= 0x08FF or 0xFB50 <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFF:
        return "Arabic" if ch.isalpha() else None
    if 0x1200 <= o <= 0x139F or 0x2D80 <= o <= 0x2DDF or 0xAB00 <= o <= 0xAB2F:
        return "Ethiopic" if ch.isalpha() else None
    if 0x0400 <= o <= 0x052F:
        return "Cyrillic" if ch.isalpha() else None
    if 0x0590 <= o <= 0x05FF:
        return "Hebrew" if ch.isalpha() else None
    if 0x0370 <= o <= 0x03FF:
        return "Greek" if ch.isalpha() else None
    if ch.isalpha():
        if o < 0x0250 or 0x1E00 <= o <= 0x1EFF:
            return "Latin"
        name = unicodedata.name(ch, "")
        return name.split(" ")[0].capitalize() if name else "Other"
    return None


def script_counts(text: str) -> dict[str, int]:
    """Letters per script in ``text`` (non-letters are ignored)."""
    counts: dict[str, int] = {}
    for ch in text:
        s = _script_of(ch)
        if s:
            counts[s] = counts.get(s, 0) + 1
    return counts


# ---------------------------------------------------------------------------- detectors

@cache
def _detector(script: str) -> LanguageDetector:
    from lingua import Language, LanguageDetectorBuilder

    langs = {
        "Latin": [Language.SWEDISH, Language.ENGLISH, Language.SOMALI, Language.GERMAN, Language.DANISH,
                  Language.BOKMAL, Language.NYNORSK, Language.FINNISH, Language.FRENCH, Language.SPANISH,
                  Language.TURKISH, Language.POLISH, Language.DUTCH, Language.ITALIAN, Language.PORTUGUESE,
                  Language.SWAHILI, Language.BOSNIAN, Language.CROATIAN],
        "Arabic": [Language.ARABIC, Language.PERSIAN, Language.URDU],
        "Cyrillic": [Language.UKRAINIAN, Language.RUSSIAN, Language.BELARUSIAN, Language.BULGARIAN],
    }[script]
    return LanguageDetectorBuilder.from_languages(*langs).build()


def _iso(lang) -> str:
    code = lang.iso_code_639_1.name.lower()
    return code


def _scores(script: str, sample: str) -> dict[str, float]:
    """lingua's confidence per ISO 639-1 code, among the script's candidate languages."""
    return {_iso(v.language): v.value for v in _detector(script).compute_language_confidence_values(sample)}


def _top(scores: dict[str, float]) -> tuple[str, float]:
    """The most likely language and its confidence."""
    best = max(scores, key=scores.__getitem__)
    return best, scores[best]


_SCANDI = {"da", "nb", "nn"}
_SV_HINT = re.compile(r"\b(jag|och|inte|är|som|har|vill|jobbat|arbetat|kan|på|med|för|att|det|en|ett|bor|svenska)\b", re.I)
_SO_HINT = re.compile(r"\b(waxaan|waxay|ahay|ahaa|iyo|ku|ayaan|shaqo|shaqeeyay|ma|rabo|jeclahay|baan|sanadood|sano)\b", re.I)


# Prior weights for the languages we serve: on 1–3 words lingua spreads its mass over
# confusables (e.g. "forklift driver" → da 0.27, en 0.19); our users write sv/en/so far more often.
_LATIN_PRIOR = {"sv": 1.6, "en": 1.6, "so": 1.4}


def _latin_guess(sample: str) -> tuple[str, float, str | None]:
    raw = _scores("Latin", sample)
    weighted = {k: v * _LATIN_PRIOR.get(k, 1.0) for k, v in raw.items()}
    total = sum(weighted.values()) or 1.0
    scores = {k: v / total for k, v in weighted.items()}
    best, conf = _top(scores)
    note = None if best == max(raw, key=raw.__getitem__) else "served-language prior"
    # Short texts: lingua mixes up the Scandinavian languages; Swedish function words decide.
    if best in _SCANDI and _SV_HINT.search(sample) and scores.get("sv", 0) > 0.05:
        best, conf, note = "sv", max(scores["sv"], 0.5), "scandinavian prior towards sv"
    if best != "so" and len(_SO_HINT.findall(sample)) >= 2:
        best, conf, note = "so", max(scores.get("so", 0), 0.6), "somali function words"
    return best, conf, note


_FA_LETTERS = set("پچژگکی")
_AR_LETTERS = set("ةىأإؤيك")  # Arabic yeh/kaf; Persian uses ی/ک
_UR_LETTERS = set("ٹڈڑںےۓھ")
# Function words that separate Arabic from Persian when letters do not (e.g. "انا مهندس").
_AR_WORDS = re.compile(r"(?:^|\s)(?:انا|أنا|كنت|اريد|أريد|لا|في|هذا|هذه|التي|الذي|عندي|اشتغلت|ال\w+)(?=\s|$|[،.؟!])")
_FA_WORDS = re.compile(r"(?:^|\s)(?:من|است|هستم|بودم|در|را|که|این|می\S*|نمی\S*|دارم|کردم|شوم)(?=\s|$|[،.؟!])")


def _arabic_guess(sample: str) -> tuple[str, float, str | None]:
    fa = sum(ch in _FA_LETTERS for ch in sample) + len(_FA_WORDS.findall(sample))
    ar = sum(ch in _AR_LETTERS for ch in sample) + len(_AR_WORDS.findall(sample))
    ur = sum(ch in _UR_LETTERS for ch in sample)
    scores = _scores("Arabic", sample)
    best, conf = _top(scores)
    note = None
    # Letter evidence outweighs a weak statistical guess on short texts.
    if ur > 0 and ur >= fa / 2 and best != "ur":
        best, conf, note = "ur", max(scores.get("ur", 0), 0.6), "urdu letters"
    elif fa > ar and best != "fa":
        best, conf, note = "fa", max(scores.get("fa", 0), 0.7 if ar == 0 else 0.55), "persian letters/words"
    elif ar > fa and best != "ar":
        best, conf, note = "ar", max(scores.get("ar", 0), 0.7 if fa == 0 else 0.55), "arabic letters/words"
    return best, conf, note


_UK_LETTERS = set("іїєґІЇЄҐ")
_RU_LETTERS = set("ыэъёЫЭЪЁ")


def _cyrillic_guess(sample: str) -> tuple[str, float, str | None]:
    uk = sum(ch in _UK_LETTERS for ch in sample)
    ru = sum(ch in _RU_LETTERS for ch in sample)
    scores = _scores("Cyrillic", sample)
    best, conf = _top(scores)
    note = None
    if uk and not ru and best != "uk":
        best, conf, note = "uk", max(scores.get("uk", 0), 0.7), "ukrainian letters"
    elif ru and not uk and best != "ru":
        best, conf, note = "ru", max(scores.get("ru", 0), 0.7), "russian letters"
    return best, conf, note


# Tigrinya vs Amharic. Tigrinya-only letter series: ቐ (qhe, U+1250–125D) and ኸ (xe, U+12B8–12C5).
# Tigrinya writes initial /a/ as ኣ where Amharic writes አ. Word markers are frequent function words.
_TI_WORDS = ("እየ", "ኢየ", "ኢዩ", "ኣሎ", "ኣለኹ", "ናይ", "ኣብ", "ምስ", "ደልየ", "ይደሊ", "ክሰርሕ", "ሰሪሐ", "ነይረ", "ኣይ", "ከኣ", "እዩ", "ኣሎኒ", "የብለይን")
_AM_WORDS = ("ነው", "ነኝ", "ነበር", "እና", "ውስጥ", "እፈልጋለሁ", "ሰራሁ", "ላይ", "ነበርኩ", "አለኝ", "የለኝም", "እችላለሁ", "ይህ", "እኔ")


def _ethiopic_guess(sample: str) -> tuple[str, float, str | None]:
    ti = sum(1 for ch in sample if 0x1250 <= ord(ch) <= 0x125D or 0x12B8 <= ord(ch) <= 0x12C5)
    ti += sum(ch == "ኣ" for ch in sample)
    ti += 2 * sum(sample.count(w) for w in _TI_WORDS)
    am = 2 * sum(sample.count(w) for w in _AM_WORDS)
    if am > ti:
        return "am", min(0.95, 0.6 + 0.05 * (am - ti)), "ge'ez script; amharic markers (lingua has no ti/am model)"
    if ti > 0:
        return "ti", min(0.95, 0.6 + 0.05 * (ti - am)), "ge'ez script; tigrinya markers (lingua has no ti/am model)"
    return "ti", 0.5, "ge'ez script without markers; defaulting to tigrinya (lingua has no ti/am model)"


def detect_language(text: str | None, *, dari: bool = False) -> LanguageGuess:
    """Guess the language of ``text``.

    ``dari=True`` returns "prs" instead of "fa" (the caller knows the user is from
    Afghanistan or asked for Dari; the written forms cannot be told apart reliably).
    """
    if not text:
        return LanguageGuess(code=None, confidence=0.0)
    sample = text[:_MAX_CHARS]
    counts = script_counts(sample)
    if not counts:
        return LanguageGuess(code=None, confidence=0.0)
    script = max(counts, key=counts.__getitem__)
    total = sum(counts.values())
    share = counts[script] / total
    if script == "Ethiopic":
        code, conf, note = _ethiopic_guess(sample)
    elif script == "Arabic":
        code, conf, note = _arabic_guess(sample)
    elif script == "Cyrillic":
        code, conf, note = _cyrillic_guess(sample)
    elif script == "Latin":
        code, conf, note = _latin_guess(sample)
    elif script == "Hebrew":
        code, conf, note = "he", 0.8, "hebrew script"
    elif script == "Greek":
        code, conf, note = "el", 0.9, "greek script"
    else:
        return LanguageGuess(code=None, confidence=0.0, script=script, note="unsupported script")
    if dari and code == "fa":
        code = "prs"
    conf = round(float(conf) * (0.5 + 0.5 * share), 4)
    return LanguageGuess(code=code, confidence=conf, script=script, is_rtl=code in RTL_CODES, note=note)
