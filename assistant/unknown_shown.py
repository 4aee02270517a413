"""Not knowing the field the previous answer just showed turns it down (turndown15, rater28 class 2).

Rater28 c01 so T2: "Maya, xisaabta ma aqaan. Waxaan jeclahay carruurta." (no, I don't know accounting; I love
children) right after a list led by «Ekonomiassistent» (kaaliye xisaabiye) left the accountant first, with the
book-keeping skills employers ask for. A counsellor hears "not that one" and never shows it again.

A clause "I don't know X / I'm not good at X / X is hard for me" (``interpretation/not_knowing.py``) refuses nothing of
its own: "I don't know computers, I worked with my hands" says who the person is. When X names an occupation the
previous answer presented – X is a word of its «title» or of the gloss beside it in the person's language ("xisaabta" /
"(kaaliye xisaabiye)", "accounting" / "(a kind of accountant)"), or X is a lexicon term whose occupations share its
SSYK group, or X names a field (an interest topic) that holds its SSYK group – that occupation is refused, one
``avoid`` constraint each with X as its words, like any refusal; what was read from X (a wish, an interest, a skill)
goes.
"""
from __future__ import annotations

import os
import re

from assistant.earlier_answers import presented_in
from assistant.interpretation.not_knowing import unknown_fields
from assistant.state import Focus, TurnState
from vagledning.domain.links import ATLAS_URL
from vagledning.domain.profile import ConceptRef, Constraint, Profile, Span

#: Letters a word of X must share with a word of a title or its gloss ("xisaabta" / "xisaabiye", "бухгалтерії" /
#: "бухгалтера", "accounting" / "accountant"), in the same script.
STEM = 5
_WORD = re.compile(r"\w+")
#: Arabic clitics before a noun ("بالمحاسبة", "والمحاسبة", "للمحاسبة"): the stem is compared without them.
_AR_CLITIC = re.compile(r"^(?:و|ف)?(?:بال|لل|ال|ب|ل)(?=\w{3})")


def _words(text: str) -> list[str]:
    return [_AR_CLITIC.sub("", w) for w in _WORD.findall(text.casefold()) if len(w) >= 3]


def _stem_alike(a: str, b: str) -> bool:
    shared = len(os.path.commonprefix([a, b]))
    return shared >= min(STEM, len(a), len(b)) and shared >= 4


def _gloss(answer: str, label: str) -> str:
    """The words the answer gives beside «label»: the title and its gloss in brackets ("(kaaliye xisaabiye; …)")."""
    out = [label]
    for m in re.finditer(re.escape(f"«{label}»") + r"\s*\(([^)]{1,120})\)", answer):
        out.append(m.group(1).split(";")[0])
    return " ".join(out)


def _groups(words: str, rt) -> set[str]:
    """The SSYK groups of the occupations the lexicon terms in ``words`` name."""
    from retrieval.lexicon import match

    out: set[str] = set()
    for h in match(words, kinds=("occupation",)):
        for occ_id in (h.concept_id, *(h.alt_ids or ())):
            try:
                occ = rt.relations.occupation(occ_id)
            except Exception:  # noqa: BLE001 - relations are optional: the words alone then
                occ = None
            if occ is not None and occ.ssyk_code:
                out.add(occ.ssyk_code)
    return out


def _field_groups(words: str, rt) -> set[str]:
    """The SSYK groups of the occupations a field named in ``words`` holds ("xisaabta": the numbers and accounting
    field; the interest topics' cue words, ``refused_family.field_occupations``)."""
    from retrieval.refused_family import field_occupations

    out: set[str] = set()
    for occ_id in field_occupations(words, rt):
        try:
            occ = rt.relations.occupation(occ_id)
        except Exception:  # noqa: BLE001 - relations are optional
            occ = None
        if occ is not None and occ.ssyk_code:
            out.add(occ.ssyk_code)
    return out


def _named(x: str, shown: list[Focus], answer: str, rt) -> list[Focus]:
    """The presented occupations X names (module docstring)."""
    said = _words(x)
    groups = _groups(x, rt)
    named = [f for f in shown if (f.ssyk_code and f.ssyk_code in groups)
             or any(_stem_alike(w, t) for w in said for t in _words(_gloss(answer, f.label)))]
    if named:
        return named
    fields = _field_groups(x, rt)
    return [f for f in shown if f.ssyk_code and f.ssyk_code in fields]


def named_shown(x: str, shown: list[Focus], answer: str, rt) -> list[Focus]:
    """The presented occupations the words ``x`` name (module docstring; also for a dislike, disliked_shown.py)."""
    return _named(x, shown, answer, rt)


def refuse_shown(state: TurnState, message: Profile | None, f: Focus, words: str, span: tuple[int, int]) -> None:
    """``f``, an occupation an earlier answer showed, refused by ``words`` (at ``span`` of this message): kept in the
    profile, this message's profile and the interpreter's, once each."""
    a, b = span
    c = Constraint(kind="avoid", value=f.label, label=words.strip()[:120],
                   concept=ConceptRef(id=f.id, kind="occupation", label=f.label, url=ATLAS_URL.format(id=f.id)),
                   span=Span(start=a, end=b, quote=words, message=state.user_index), confidence=0.8)
    for p in (state.profile, message, state.message_profile):
        if p is not None and not any(k.kind == "avoid" and k.concept is not None and k.concept.id == f.id
                                     for k in p.constraints):
            p.constraints.append(c)


def _previous_answer(state: TurnState) -> str:
    return next((m.content for m in reversed(state.request.messages[:-1]) if m.role == "assistant"), "")


def refuse_unknown_shown(state: TurnState, message: Profile, rt) -> None:
    """Each presented occupation the new message says the person does not know becomes an ``avoid`` in the profile
    and in what the message says (the answer acknowledges it); nothing read from a field not known is work done, a
    skill, a wish or a liking."""
    fields = unknown_fields(state.text)
    if not fields:
        return
    index = state.user_index
    # ("jag kan ingenting om redovisning": no accountant's work done, no wish, whatever was shown)
    _drop_read_from(state.profile, fields, index)
    if state.message_profile is not None:
        _drop_read_from(state.message_profile, fields, index)
    answer = _previous_answer(state)
    shown = presented_in(answer, rt) if answer else []
    for a, b in fields:
        x = state.text[a:b]
        for f in _named(x, shown, answer, rt):
            refuse_shown(state, message, f, x, (a, b))
            # (work read earlier as done, "invoices" -> «Bokföringskontorist», that the person now says they do not
            # know was a misreading: kept, it would make the refusal a turn away from their own trade)
            p_exp = state.profile.experiences
            state.profile.experiences = [e for e in p_exp if e.occupation.id != f.id]


def _drop_read_from(profile: Profile, spans: list[tuple[int, int]], index: int) -> None:
    """Wishes, interests, skills and work read from the words of a field turned down."""
    def inside(item) -> bool:
        s = getattr(item, "span", None)
        return s is not None and s.message == index and any(a < s.end and s.start < b for a, b in spans)

    for name in ("wishes", "interests", "skills", "experiences"):
        setattr(profile, name, [i for i in getattr(profile, name) if not inside(i)])
