"""A nationality, a country or a language is never an occupation's name (other19; rater31, issue 10 item 2).

A Polish welder's "I'm Polish, can I work as a welder here?" was answered about «Polisaspirant»: the police's alias
"polis" stands inside "polish", and a title written out in a question is found by its letters
(:func:`assistant.focus.named_in_message`). «polska», «بولندي», «польськ…» are the person's origin or language, in
every language, never work. Before a question is read for the occupation it names, the words that are a country's
name, its adjective, a language's name or a person of it (the interpreter's ``countries`` and ``languages`` of
assistant/interpretation/cues.yaml, the adjectives of assistant/locales/licence_countries.yaml, the people of
assistant/locales/nation_words.yaml) are blanked, at the
same length so that spans stay true. A word is such a name when it is the name with an inflection or clitic at most
(«польською», «بالبولندي»), never when the name only begins a longer word (a compound: «engelsklärare»).
Swedish and Sweden are kept: "lärare i svenska" names a teacher of it, and nobody tells being Swedish as news.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from vagledning.yaml_data import load_yaml

#: Kept: Sweden and Swedish (see the module docstring).
_KEPT = frozenset({"SE", "sv"})
#: An inflection ending a name may carry («польською», "polska", «بولندية»).
_ENDING = r"\w{0,4}"
#: Arabic proclitics («بالبولندي», «وبولندا»).
_ARABIC_CLITIC = "(?:[وفبلك]|ال|بال|وال)?"
#: Shorter names are common words of other meanings (Persian «دری» begins «دریا», sea).
_SHORTEST = 4


@lru_cache(maxsize=1)
def _names() -> tuple[str, ...]:
    from assistant.cv.vocab import interpretation_cues

    cues = interpretation_cues()
    raw = resources.files("assistant").joinpath("locales/licence_countries.yaml").read_text(encoding="utf-8")
    people = resources.files("assistant").joinpath("locales/nation_words.yaml").read_text(encoding="utf-8")
    sources = [cues.get("countries") or {}, cues.get("languages") or {}, (load_yaml(raw) or {}).get("adjectives") or {},
               (load_yaml(people) or {}).get("people") or {}]
    words = {str(w).casefold() for source in sources for code, names in source.items() if str(code) not in _KEPT
             for w in names if len(str(w)) >= _SHORTEST}
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    alts = [(_ARABIC_CLITIC if re.match(r"[\u0600-\u06FF]", w) else "") + re.escape(w).replace(r"\ ", r"\s+")
            for w in _names()]
    return re.compile(rf"(?<!\w)(?:{'|'.join(alts)}){_ENDING}(?!\w)", re.IGNORECASE)


def without_nation_words(text: str) -> str:
    """``text`` with its nationalities, countries and languages blanked (same length)."""
    return _pattern().sub(lambda m: " " * len(m.group()), text or "")
