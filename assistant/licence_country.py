"""Where the person's driving licence was issued, as they name it: the country decides the licence's rule (eukort10).

Rater26 C2 (sv-easy): a Polish lorry driver asked "Poland is EU – is my licence valid here or must I make a new one?"
and got "Ja" and then the rule for a licence from outside the EEA: that rule was said to everyone. Transportstyrelsen
has one rule for a licence issued in an EEA country (valid as it is, :data:`vagledning.domain.countries.EEA`) and
another for the rest of the world (valid a year after population registration, not exchangeable). The country is read
from what the person wrote, in every language and script: the country names of the interpreter
(``assistant/interpretation/cues.yaml``) and the adjectives licences are named by ("ett syriskt körkort", «رخصة سورية»,
«сирійські права»: ``locales/licence_countries.yaml``), an Arabic name also with its proclitic («بسوريا»). A country
named in a sentence that names a licence comes first, the latest message first; then any country the person named;
then the country of work they told of abroad. None when no country is known: then both rules are said and the
country is asked (:mod:`assistant.b_licence`).
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from assistant.cv.vocab import fold, interpretation_cues
from assistant.intent_cues import has
from assistant.intents import SENTENCE
from assistant.state import TurnState
from vagledning.domain.countries import licence_valid_as_is
from vagledning.yaml_data import load_yaml

#: The cue groups that name a driving licence (a category, the plain word, the person's own licence).
_LICENCE_WORDS = ("drive_plain", "drive_class", "licence_own", "drive_heavy")
#: Arabic proclitics a country name is written with («بسوريا» "in Syria", «وسوريا», «لسوريا»).
_ARABIC_CLITIC = "(?:[وفبلك]|ال)?"


@lru_cache(maxsize=2)
def _patterns(adjectives: bool) -> tuple[tuple[str, re.Pattern[str]], ...]:
    raw = resources.files("assistant").joinpath("locales/licence_countries.yaml").read_text(encoding="utf-8")
    sources = [interpretation_cues().get("countries") or {}]
    if adjectives:  # (an adjective is also a language's name: «af Soomaali» is no licence's country)
        sources.append((load_yaml(raw) or {}).get("adjectives") or {})
    names: dict[str, list[str]] = {}
    for source in sources:
        for code, words in source.items():
            names.setdefault(str(code), []).extend(str(w) for w in words)
    out = []
    for code, words in names.items():
        alts = []
        for w in sorted({fold(w) for w in words}, key=len, reverse=True):
            clitic = _ARABIC_CLITIC if re.match(r"[\u0600-\u06FF]", w) else ""
            alts.append(clitic + re.escape(w))
        out.append((code, re.compile(rf"(?<![^\W_])(?:{'|'.join(alts)})")))
    return tuple(out)


def country_named(text: str, adjectives: bool = True, abroad: bool = False) -> str | None:
    """The ISO code of the first country ``text`` names (by name, or by adjective too), or None; with ``abroad`` the
    first other than Sweden («водити машину в Швеції з українськими правами»: the licence is Ukrainian, licwords11)."""
    blob = fold(text or "")
    found = [(m.start(), code) for code, pattern in _patterns(adjectives) if (m := pattern.search(blob))
             and not (abroad and code == "SE")]
    return min(found)[1] if found else None


def _names_licence(sentence: str) -> bool:
    return any(has(group, sentence) for group in _LICENCE_WORDS)


def licence_country(state: TurnState) -> str | None:
    """The country the person's driving licence is from, as far as their words tell it (see the module's docstring)."""
    told = [state.text] + [m.content or "" for m in reversed(state.request.messages) if m.role == "user"]
    for said in told:  # a country in the sentence that names the licence ("I have a Syrian licence")
        for sentence in (m.group(0) for m in SENTENCE.finditer(said)):
            code = country_named(sentence, abroad=True) if _names_licence(sentence) else None
            if code:
                return code
    for said in told:  # a country the person named ("Poland is EU. Is my licence valid?")
        code = country_named(said, adjectives=False, abroad=True)
        if code:
            return code
    abroad = sorted((e for e in state.profile.experiences if e.abroad and e.country), key=lambda e: -e.span.message)
    return abroad[0].country if abroad else None


def licence_from_eea(state: TurnState) -> bool | None:
    """True for a licence issued in an EEA country, False for one from elsewhere, None when the country is unknown."""
    return licence_valid_as_is(licence_country(state))
