"""A generic title told of oneself ("engineer", «مهندس», «інженером») is one's own field when one's work is told with it
(profile29; rater35 conv 2 replayed by rater36: a civil engineer, «مهندس مدني», who wants to "work as an engineer
again", «بدي ارجع اشتغل مهندس», got the wish «Civilingenjör, produktion, maskin», listed first, and "انا مهندس" later
added it as work done).

The lexicon reads the bare title as one branch of it. When an experience's words hold the same title with what narrows
it ("civil engineer", «مهندس مدني», «інженер-будівельник», «byggingenjör»), the bare title stands for that work: a wish
becomes a wish for the experience's occupations, and work done read from the bare title is the same work told again
(dropped). The titles: engineers, teachers, technicians and doctors, 8 languages (stems, matched at a word's start;
a Swedish compound also at its end: «byggingenjör»).
"""
from __future__ import annotations

import re

from vagledning.domain.profile import Experience, Profile, Wish

_GENERIC = (
    # engineer
    "ingenjör", "engineer", "مهندس", "injineer", "injinier", "enjineer", "ኢንጂነር", "ኢንጂኒየር", "መሃንድስ", "انجنیر",
    "انجینیر", "інженер",
    # teacher
    "lärare", "teacher", "معلم", "مدرس", "استاذ", "أستاذ", "macallin", "መምህር", "استاد", "вчител", "учител", "викладач",
    # technician
    "tekniker", "technician", "فني", "farsamo", "ቴክኒሻን", "تکنسین", "технік",
    # doctor
    "läkare", "doctor", "طبيب", "دكتور", "dhakhtar", "ሓኪም", "دکتر", "داکتر", "лікар",
)
_FILLER = frozenset({"a", "an", "the", "en", "ett", "som", "as", "ka", "ahaan", "ከም", "به", "عنوان", "як"})


def _toks(quote: str) -> list[str]:
    return [t for t in re.findall(r"\w+", (quote or "").casefold()) if t not in _FILLER]


def _stem(token: str, compound: bool = False) -> str | None:
    """The generic title the word is (at its start; a compound's end when ``compound``)."""
    for g in _GENERIC:
        if token.startswith(g) or compound and len(token) > len(g) + 2 and token.endswith(g):
            return g
    return None


def _bare(quote: str) -> str | None:
    """The generic title a quote is, alone."""
    toks = _toks(quote)
    return _stem(toks[0]) if len(toks) == 1 else None


def _narrowed(quote: str, stem: str) -> bool:
    """The quote holds the title with what narrows it (more words, or a Swedish compound)."""
    toks = _toks(quote)
    return any(_stem(t, compound=True) == stem for t in toks) and (len(toks) > 1 or _stem(toks[0]) != stem)


def own_family(profile: Profile, told: Profile | None = None) -> None:
    """Read a bare generic title in ``profile`` as the narrowed work of the person (``told``: where the experiences
    are, by default ``profile``); see the module docstring."""
    exps = (told or profile).experiences
    if not exps:
        return

    def family(stem: str) -> list[Experience]:
        return [e for e in exps if e.span is not None and _narrowed(e.span.quote, stem)]

    wishes: list[Wish] = []
    for w in profile.wishes:
        stem = _bare(w.span.quote) if w.concept is not None and w.span is not None else None
        own = family(stem) if stem else []
        if not own or any(e.occupation.id == w.concept.id for e in own):  # type: ignore[union-attr]
            wishes.append(w)
            continue
        have = {x.concept.id for x in [*wishes, *profile.wishes] if x.concept is not None}
        for e in own:
            if e.occupation.id not in have:
                wishes.append(Wish(kind="occupation", label=e.occupation.label, concept=e.occupation,
                                   ssyk_code=e.ssyk_code, span=w.span, confidence=w.confidence))
                have.add(e.occupation.id)
    profile.wishes = wishes
    profile.experiences = [e for e in profile.experiences
                           if not ((stem := _bare(e.span.quote) if e.span is not None else None)
                                   and [f for f in family(stem) if f is not e])]
