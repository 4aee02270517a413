"""Schooling read as it was (copilot20; rater18 conv5, the counsellor copilot).

- An introduction programme of the gymnasium ("gick språkintroduktion på gymnasiet", "did språkintro", «درست
  språkintroduktion») gives no gymnasium exam: the education it tells is compulsory school's level (SUN 2), labelled
  with the programme's Swedish name, in place of the gymnasium (or unknown level) the same sentence was read as.
- A school subject without a grade ("har inte betyg i matematik", "no maths grade", «نمره ریاضی ندارم», «оцінки з
  математики не маю») is a gap to fill (:class:`GradeItem`, grade none), never a refusal of work ("does not want to
  work as a mathematician"), missing papers, a school level ("grade") nor work done (ሒሳብ read as accounting).
- A grade told beside a school subject ("jag har E i matte", "i got F in english", «عندي E بالرياضيات», «в мене C з
  математики»; limits21) is that subject's grade (:class:`GradeItem` with its letter), never an interest in the
  subject ("E i matte" was kept as an interest), a skill nor work done. The letter is a capital A-F standing alone
  (a lower-case "e" is Swedish "är", "a" an article) with the subject's words at most :data:`GRADE_GAP` characters
  from it, on either side (the subject follows it in sv/en/ar/so/uk, comes before it in ti/fa).

Patterns per language in ``school_gaps.yaml``; matched sentence by sentence on folded text (spans stay valid).
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from assistant.interpretation.no_papers import NO_PAPERS
from vagledning.domain.profile import EducationItem, GradeItem, Profile, Span
from vagledning.yaml_data import load_yaml

_PATH = Path(__file__).with_name("school_gaps.yaml")
_SENTENCE = re.compile(r"[^.!?؟።\n]+")
#: How far from the words of a missing grade its subject may stand (characters, either side).
NEAR = 40
#: SUN 2000 level and SeQF of compulsory school: what an introduction programme leaves one with.
COMPULSORY = ("2", 2)
#: A grade letter as written: a capital A-F standing alone ("E", not "E-betyg", "Excel" nor "C++").
_LETTER = re.compile(r"(?<![\w+#-])([A-F])(?![\w+#-])")
#: How many characters may stand between a grade letter and its subject's words ("E i matte", "F in english").
GRADE_GAP = 12


@lru_cache(maxsize=1)
def _doc() -> dict:
    return load_yaml(_PATH.read_text(encoding="utf-8")) or {}


@lru_cache(maxsize=1)
def _programmes() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((label, re.compile(p)) for label, pats in (_doc().get("intro_programmes") or {}).items()
                 for p in pats)


@lru_cache(maxsize=1)
def _no_grade() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for pats in (_doc().get("no_grade") or {}).values() for p in pats)


@lru_cache(maxsize=1)
def _subjects() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((name, re.compile(p)) for name, pats in (_doc().get("subjects") or {}).items() for p in pats)


def _overlaps(span: Span | None, a: int, b: int, message: int) -> bool:
    return span is not None and span.message == message and span.start < b and a < span.end


#: An SFI course letter ("SFI D", "sfi-kurs C") is no school grade.
_SFI_BEFORE = re.compile(r"\bsfi[\s-]*(?:kurs|course|nivå|level)?[\s-]*$", re.IGNORECASE)


def school_gaps(profile: Profile, text: str, message: int = 0) -> None:
    """Correct ``profile`` (read from ``text``, redacted, message ``message``) for introduction programmes and
    subjects without a grade."""
    from assistant.interpretation.constraints import fold

    folded = fold(text)
    for s in _SENTENCE.finditer(folded):
        if text[s.start():s.end()].rstrip().endswith(("?", "؟")) or folded[s.end():s.end() + 1] in ("?", "؟"):
            continue  # a question names schooling it asks about, not schooling the person has
        _missing_grades(profile, text, folded, s.start(), s.end(), message)
        _told_grades(profile, text, folded, s.start(), s.end(), message)
        _intro_programme(profile, text, folded, s.start(), s.end(), message)


def _missing_grades(profile: Profile, text: str, folded: str, a: int, b: int, message: int) -> None:
    for pat in _no_grade():
        for m in pat.finditer(folded, a, b):
            lo, hi = max(a, m.start() - NEAR), min(b, m.end() + NEAR)
            # (the subject's words nearest to the missing grade: "matte är svårt, hon har inte betyg i matematik")
            found = [(name, min(sms, key=lambda x: abs(x.start() - m.start()) + abs(x.end() - m.end())))
                     for name, sp in _subjects() if (sms := list(sp.finditer(folded, lo, hi)))]
            if not found:
                continue
            start = min([m.start()] + [sm.start() for _, sm in found])
            end = max([m.end()] + [sm.end() for _, sm in found])
            span = Span(start=start, end=end, quote=text[start:end], message=message)
            for name, _ in found:
                if not any(g.subject == name for g in profile.grades):
                    profile.grades.append(GradeItem(subject=name, grade=None, span=span, confidence=0.8))
            # (the clause tells a gap in schooling: no refused work, no lost papers, no school level, no work done)
            _drop_told(profile, start, end, message)


def _gap(m: re.Match[str], sm: re.Match[str]) -> int:
    return sm.start() - m.end() if sm.start() >= m.end() else m.start() - sm.end()


def _told_grades(profile: Profile, text: str, folded: str, a: int, b: int, message: int) -> None:
    used: set[int] = set()  # (one subject's words give one grade: "E i matte o F i engelska" is F in English)
    for m in _LETTER.finditer(text, a, b):
        if _SFI_BEFORE.search(text, max(a, m.start() - 12), m.start()):
            continue  # ("SFI D ወዲአ … svenska grund": the SFI course's letter, no grade in Swedish; profile31, rater39)
        near = [(gap, sm.start() < m.start(), name, sm) for name, sp in _subjects()
                for sm in sp.finditer(folded, max(a, m.start() - GRADE_GAP - 30), min(b, m.end() + GRADE_GAP + 30))
                if sm.start() not in used and 0 <= (gap := _gap(m, sm)) <= GRADE_GAP and not _LETTER.search(
                    text, min(m.end(), sm.end()), max(m.start(), sm.start()))]
        if not near:
            continue
        _, _, name, sm = min(near, key=lambda x: x[:2])  # (nearest; on a tie the subject after the letter)
        used.add(sm.start())
        start, end = min(m.start(), sm.start()), max(m.end(), sm.end())
        span = Span(start=start, end=end, quote=text[start:end], message=message)
        profile.grades = [g for g in profile.grades if g.subject != name]
        profile.grades.append(GradeItem(subject=name, grade=m.group(1), span=span, confidence=0.9))
        _drop_told(profile, start, end, message)


def _drop_told(profile: Profile, start: int, end: int, message: int) -> None:
    """What else was read from a clause of schooling: no refused work, no lost papers, no work done nor liked."""
    profile.constraints = [c for c in profile.constraints if not (
        (c.kind == "avoid" or (c.kind == "other" and c.value == NO_PAPERS)) and _overlaps(c.span, start, end, message))]
    for name in ("education", "experiences", "skills", "interests"):
        setattr(profile, name, [i for i in getattr(profile, name) if not _overlaps(i.span, start, end, message)])
    # (nor a language spoken: "no grade in English" is a subject to study, not English known; profile31, rater38 new01)
    profile.languages = [lang for lang in profile.languages
                         if lang.level is not None or not _overlaps(lang.span, start, end, message)]


def subject_named(words: str) -> str | None:
    """The Swedish school subject ``words`` name ("matte", «الرياضيات» -> "Matematik"), or None."""
    from assistant.interpretation.constraints import fold

    return next((name for name, sp in _subjects() if sp.search(fold(words))), None)


def subject_as_said(grade: GradeItem) -> str:
    """The subject's name as the person said it (its words in the grade's quote), else its Swedish school name:
    "matte", «الرياضيات», "Matematik" for a grade the counsellor set."""
    from assistant.interpretation.constraints import fold

    quote = grade.span.quote or ""
    for name, sp in _subjects():
        if name == grade.subject and (sm := sp.search(fold(quote))):
            word = quote[sm.start():sm.end()]
            # (Arabic "in maths" is written as one word: «بالرياضيات» is said as «الرياضيات»)
            return "ال" + word[3:] if word.startswith(("بال", "وال")) else word
    return grade.subject


def _intro_programme(profile: Profile, text: str, folded: str, a: int, b: int, message: int) -> None:
    hit = next(((label, m) for label, p in _programmes() if (m := p.search(folded, a, b))), None)
    if hit is None:
        return
    label, m = hit
    # (the same sentence's gymnasium, its pupil's school or a training of unknown level is the programme itself)
    told = [e for e in profile.education if _overlaps(e.span, a, b, message) and e.sun_level in ("2", "3", None)]
    if any(e.label == label for e in told):
        return
    profile.education = [e for e in profile.education if e not in told]
    sun, seqf = COMPULSORY
    profile.education.append(EducationItem(
        label=label, sun_level=sun, seqf=seqf, in_progress=any(e.in_progress for e in told),
        span=Span(start=m.start(), end=m.end(), quote=text[m.start():m.end()], message=message), confidence=0.8))
