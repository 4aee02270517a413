"""A small keyword interpreter for assistant tests (real taxonomy ids from the relations DB).

It stands in for ``assistant.interpretation.interpreter.interpret`` so the turn pipeline can be
tested on its own: occupation labels and a few cue words are found in the text, with spans at
their real positions.
"""
from __future__ import annotations

import re

from assistant.models import ConceptRef, Constraint, Experience, LanguageItem, Profile, Span, Wish

# (regex, occupation label in the taxonomy) — experience unless a wish cue precedes it.
OCCUPATIONS = [
    (r"kock|cook|chef|طباخ|cunto karis|кухар|آشپز|ኩኽና", "Kock, à la carte"),
    (r"undersköterska|nursing assistant|مساعد تمريض|kalkaaliye|молодша медсестра|بهیار|ነርስ", "Undersköterska, vård- och specialavdelning och mottagning"),
    (r"svetsare|welder|لحام|alxamiye|зварювальник|جوشکار", "Svetsare"),
    (r"cnc[- ]?operatör|cnc operator", "CNC-operatör"),
    (r"barnskötare|childcare worker|مربية أطفال", "Barnskötare"),
]
WISH = r"vill|want|would like|أريد|rabaa|хочу|میخواهم|می‌خواهم|ደሊ"
LANGS = [(r"arabiska|arabic|العربية", "ar"), (r"svenska|swedish|السويدية", "sv"), (r"engelska|english", "en"),
         (r"somaliska|somali|soomaali", "so"), (r"ukrainska|ukrainian|українськ", "uk")]
ABROAD = r"syrien|syria|سوريا|somalia|soomaaliya|eritrea|ukraina|ukraine|україн|afghanistan|افغانستان"
PLACES = [(r"malmö|مالمو|мальме", "Malmö"), (r"skåne", "Skåne län"), (r"stockholm|ستوكهولم", "Stockholm"),
          (r"göteborg|gothenburg", "Göteborg")]


def keyword_interpret(text: str, rt, *, language: str | None = None, base: Profile | None = None) -> Profile:
    """Keyword profile of ``text`` with spans; ids come from ``rt.relations``."""
    rel = rt.relations
    p = Profile(language=language)
    low = text.casefold()
    for pattern, label in OCCUPATIONS:
        m = re.search(pattern, low)
        if not m:
            continue
        refs = rel.occupation_by_label(label)
        if not refs:
            continue
        ref = refs[0]
        occ = rel.occupation(ref.id)
        span = Span(start=m.start(), end=m.end(), quote=text[m.start():m.end()])
        concept = ConceptRef(id=occ.id, kind="occupation", label=occ.label)
        if re.search(WISH, low[: m.start()]):
            p.wishes.append(Wish(kind="occupation", label=occ.label, concept=concept, span=span, confidence=0.8))
        else:
            p.experiences.append(Experience(occupation=concept, ssyk_id=occ.ssyk_id, ssyk_code=occ.ssyk_code, span=span,
                                            confidence=0.85, abroad=bool(re.search(ABROAD, low))))
    for pattern, code in LANGS:
        m = re.search(pattern, low)
        if m:
            p.languages.append(LanguageItem(code=code, span=Span(start=m.start(), end=m.end(),
                                                                 quote=text[m.start():m.end()]), confidence=0.9))
    for pattern, name in PLACES:
        m = re.search(pattern, low)
        if m:
            place = rel.resolve_place(name)
            if place.region_ids:
                p.constraints.append(Constraint(kind="region", value=place.region_ids[0], label=name,
                                                span=Span(start=m.start(), end=m.end(), quote=text[m.start():m.end()]),
                                                confidence=0.9))
            break
    return p
