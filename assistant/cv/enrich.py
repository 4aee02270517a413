"""A redacted CV text → a taxonomy-linked profile, through the same interpreter a message goes through.

Positions: the interpreter reads each entry (title, employer, duties) and its occupation is the one
it links to the title; the entry gives years, country and employer type; duties give skills.
Education: level (SUN / SeQF) and field from the interpreter's multilingual level words; education
from another country is flagged for recognition. Languages with levels, driving licences (JobTech
driving-licence concepts) and certificates come from their sections. Every item keeps its span in
the redacted text (message 0) and a confidence.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Literal

from pydantic import BaseModel, Field

from assistant.cv.sections import CVSections, Entry, Line, country_of, employer_type, split_sections
from assistant.cv.vocab import fold, interpretation_cues, vocab, word_regex
from vagledning.domain.links import ATLAS_URL
from vagledning.domain.profile import EducationItem, Experience, LanguageItem, Profile, SkillItem, Span

Interpret = Callable[[str, str | None], Profile]
ATLAS = ATLAS_URL
RECOGNITION = ("Utbildning från ett annat land: den kan behöva bedömas (UHR bedömer högskole-, gymnasie- och "
               "yrkeshögskoleutbildning).")
_FIELD = re.compile(r"(?:\s|^)(?:i|in|inom|of|في|فى|در|з|в галузі|за спеціальністю|ee|ku)\s+(.{3,80}?)\s*(?:[,|(]|$)",
                    re.IGNORECASE)
_CEFR = re.compile(r"(?<![A-Za-z])([ABC][12])(?![A-Za-z0-9])")
_LICENCE_CAT = re.compile(r"(?<![A-Za-zÅÄÖåäö])(BE|CE|A|B|C|D)(?![a-zåäö])")
_PIECES = re.compile(r"\s*(?:,|،|;|\||•|·|/)\s*")


class CVPosition(BaseModel):
    """One position of the CV as read: title, employer type, place/country, years, linked occupation."""

    title: str
    span: Span
    employer_type: Literal["public", "healthcare", "education", "private", "non_profit", "self_employed"] | None = None
    details: list[str] = Field(default_factory=list, description="Employer and place as written (redacted).")
    country: str | None = None
    start_year: int | None = None
    end_year: int | None = None
    current: bool = False
    years: float | None = None
    occupation_id: str | None = None
    occupation_label: str | None = None
    ssyk_code: str | None = None
    confidence: float = Field(default=0.0, ge=0, le=1)


class CVCertificate(BaseModel):
    """A certificate or course line, with the skills it was linked to (none when it links to nothing)."""

    label: str
    span: Span
    skill_ids: list[str] = Field(default_factory=list)


class CVInfo(BaseModel):
    """What the CV file was and what was read from it (the structure behind the profile)."""

    kind: Literal["pdf", "docx", "text"]
    pages: int | None = None
    characters: int = Field(description="Length of the redacted text the spans point into.")
    redacted: dict[str, int] = Field(default_factory=dict, description="Personal identifiers removed, per kind.")
    positions: list[CVPosition] = Field(default_factory=list)
    certificates: list[CVCertificate] = Field(default_factory=list)
    sections: list[str] = Field(default_factory=list, description="Sections found, in order.")
    text: str = Field(default="", description="The redacted text every span points into (returned to the caller, "
                                              "never kept).")


class CVProfile(Profile):
    """A Profile (every Profile field, usable as is for match and chat) plus what the CV held."""

    cv: CVInfo


def build_profile(text: str, interpret: Interpret, *, language: str | None, kind: str, pages: int | None,
                  redacted: dict[str, int]) -> CVProfile:
    """The profile of a redacted CV ``text`` (``interpret`` is the service's interpreter)."""
    from assistant.interpretation.language import detect_language

    lang = language or detect_language(text).code
    secs = split_sections(text)
    info = CVInfo(kind=kind, pages=pages, characters=len(text), redacted=redacted, text=text,  # type: ignore[arg-type]
                  sections=[s for s in secs.lines if s != "other"])
    profile = Profile(language=lang)
    for entry in secs.positions:
        _position(text, entry, interpret, lang, profile, info)
    for entry in secs.education:
        _education(text, entry, profile)
    for line in secs.lines.get("languages", []):
        _languages(text, line, profile)
    _licences(text, secs, profile)
    for name in ("skills", "certificates", "profile"):
        _section_items(text, secs.lines.get(name, []), name, interpret, lang, profile, info)
    if not (secs.positions or secs.education or profile.languages):
        # No CV structure (a letter, a free text): read it as a self-assessment.
        whole = interpret(text, lang)
        profile = _shifted(text, whole, 0, keep=None, base=profile)
    return CVProfile(**profile.model_dump(), cv=info)


# ------------------------------------------------------------------ positions

def _position(text: str, entry: Entry, interpret: Interpret, lang: str | None, profile: Profile, info: CVInfo) -> None:
    chunk = text[entry.start:entry.end]
    read = interpret(chunk, lang)
    country = country_of([entry.title.text, *entry.details])
    pos = CVPosition(title=entry.title.text, span=_span(text, entry.title.start, entry.title.end),
                     employer_type=employer_type(entry.details), details=entry.details, country=country,  # type: ignore[arg-type]
                     start_year=entry.start_year, end_year=entry.end_year, current=entry.current, years=entry.years)
    in_title = [e for e in read.experiences if _inside(e.span, entry.title.start - entry.start,
                                                       entry.title.end - entry.start)]
    header_end = entry.header[-1].end - entry.start
    candidates = in_title or [e for e in read.experiences if e.span.start < header_end]
    best = max(candidates, key=lambda e: e.confidence, default=None)
    if best is not None:
        exp = _relocate(text, best, entry.start)
        if exp is not None:
            exp.confidence = round(exp.confidence * (1.0 if in_title else 0.8), 3)
            exp.years = entry.years
            exp.abroad = country is not None
            exp.country = country
            same = next((e for e in profile.experiences if e.occupation.id == exp.occupation.id), None)
            if same is None:
                profile.experiences.append(exp)
            elif exp.years:
                same.years = (same.years or 0) + exp.years
            pos.occupation_id, pos.occupation_label = exp.occupation.id, exp.occupation.label
            pos.ssyk_code, pos.confidence = exp.ssyk_code, exp.confidence
    for skill in read.skills:
        _add_skill(profile, _relocate(text, skill, entry.start))
    info.positions.append(pos)


# ------------------------------------------------------------------ education

def _education(text: str, entry: Entry, profile: Profile) -> None:
    blob = " ".join([l.text for l in entry.header] + [l.text for l in entry.body[:3]])
    level = _level(blob)
    title = entry.title.text
    m = _FIELD.search(title)
    field = m.group(1).strip(" .") if m else None
    country = country_of([blob])
    abroad = country is not None
    profile.education.append(EducationItem(
        label=title, sun_level=level.get("sun") if level else None, seqf=level.get("seqf") if level else None,
        field=field, abroad=abroad, span=_span(text, entry.title.start, entry.title.end),
        confidence=0.85 if level else 0.5,
        recognition=RECOGNITION if abroad else None))


def _level(blob: str) -> dict | None:
    folded = fold(blob)
    for level in interpretation_cues()["education_levels"]:  # highest first
        if word_regex([str(t) for t in level["terms"]]).search(folded):
            return {"sun": str(level["sun"]), "seqf": level.get("seqf"), "band": level["band"]}
    return None


# ------------------------------------------------------------------ languages, licences

def _languages(text: str, line: Line, profile: Profile) -> None:
    names = interpretation_cues()["languages"]
    for piece, start in _pieces(line):
        folded = fold(piece)
        code = None
        for iso, words in names.items():
            if any(re.search(rf"(?<![^\W_]){re.escape(fold(str(w)))}", folded) for w in words):
                code = "fa" if iso == "prs" else iso
                break
        if code is None or any(l.code == code for l in profile.languages):
            continue
        cefr = _CEFR.search(piece)
        level = cefr.group(1) if cefr else next((k for k, rx in vocab().language_levels if rx.search(folded)), None)
        profile.languages.append(LanguageItem(code=code, level=level, span=_span(text, start, start + len(piece)),
                                              confidence=0.9 if level else 0.8))


def _licences(text: str, secs: CVSections, profile: Profile) -> None:
    table = vocab().licences
    lines = list(secs.lines.get("licences", []))
    lines += [l for name, ls in secs.lines.items() if name != "licences" for l in ls
              if vocab().licence_words.search(fold(l.text))]
    for line in lines:
        for m in _LICENCE_CAT.finditer(line.text):
            cat = m.group(1)
            if cat not in table:
                continue
            lic = table[cat]
            _add_skill(profile, SkillItem(id=lic["id"], label=f"Körkort {cat} ({lic['name']})", url=ATLAS.format(id=lic["id"]),
                                          span=_span(text, line.start + m.start(), line.start + m.end()), confidence=0.9))


# ------------------------------------------------------------------ skills, certificates, summary

def _section_items(text: str, lines: list[Line], name: str, interpret: Interpret, lang: str | None,
                   profile: Profile, info: CVInfo) -> None:
    if not lines:
        return
    start, end = lines[0].start, lines[-1].end
    read = interpret(text[start:end], lang)
    keep = {"skills": ("skills",), "certificates": ("skills",), "profile": ("skills", "wishes", "interests")}[name]
    shifted = _shifted(text, read, start, keep=keep, base=Profile())
    for skill in shifted.skills:
        _add_skill(profile, skill)
    profile.wishes.extend(shifted.wishes)
    profile.interests.extend(shifted.interests)
    if name == "certificates":
        for line in lines:
            ids = [s.id for s in shifted.skills if line.start <= s.span.start < line.end + 1]
            info.certificates.append(CVCertificate(label=line.text.strip(), span=_span(text, line.start, line.end),
                                                   skill_ids=ids))


# ------------------------------------------------------------------ spans

def _span(text: str, start: int, end: int) -> Span:
    start, end = max(0, start), min(len(text), max(start, end))
    return Span(start=start, end=end, quote=text[start:end], message=0)


def _inside(span: Span, start: int, end: int) -> bool:
    return span.start < end and span.end > start


def _relocate(text: str, item, offset: int):
    """``item`` with its span moved from the chunk to the whole text; None if the quote is not there."""
    if item is None:
        return None
    item = item.model_copy(deep=True)
    s, q = item.span.start + offset, item.span.quote
    if text[s:s + len(q)] != q:
        found = text.find(q, offset)
        if not q or found < 0:
            return None
        s = found
    item.span = Span(start=s, end=s + len(q), quote=q, message=0)
    return item


def _shifted(text: str, read: Profile, offset: int, *, keep: tuple[str, ...] | None, base: Profile) -> Profile:
    out = base.model_copy(deep=True)
    for name in ("experiences", "skills", "education", "languages", "interests", "wishes", "constraints"):
        if keep is not None and name not in keep:
            continue
        items = [x for x in (_relocate(text, i, offset) for i in getattr(read, name)) if x is not None]
        getattr(out, name).extend(items)
    return out


def _add_skill(profile: Profile, skill: SkillItem | None) -> None:
    if skill is not None and not any(s.id == skill.id for s in profile.skills):
        profile.skills.append(skill)


def _pieces(line: Line) -> list[tuple[str, int]]:
    out, pos = [], 0
    for part in _PIECES.split(line.text):
        at = line.text.find(part, pos)
        if part.strip() and at >= 0:
            out.append((part, line.start + at))
            pos = at + len(part)
    return out


__all__ = ["CVInfo", "CVPosition", "CVProfile", "Experience", "build_profile"]
