"""The typed profile the interpreter builds from a self-assessment, with its one merge rule
and its one "what is still missing" rule.

Every item carries the span of the user's text that supports it and a confidence;
nothing is included without a supporting span. The profile lives with the client:
the server returns it with each turn and keeps nothing.
"""
from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

#: What a profile can lack, in the order a counsellor asks for it.
Slot = Literal["experience", "wish", "region", "education", "language"]
SLOT_ORDER: tuple[Slot, ...] = ("experience", "wish", "region", "education", "language")
LIST_FIELDS = ("experiences", "skills", "education", "grades", "languages", "interests", "wishes", "constraints")


class Span(BaseModel):
    """Where in the (redacted) user text an item is supported."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    quote: str = Field(description="The supporting excerpt, as written (after redaction).")
    message: int = Field(default=0, ge=0, description="Index of the user message the span is in (0 = first).")

    @classmethod
    def of(cls, text: str, start: int, end: int, message: int = 0) -> Span:
        """The span ``text[start:end]`` of message ``message``, quoted as written."""
        return cls(start=start, end=end, quote=text[start:end], message=message)


class Supported(BaseModel):
    """What every profile item carries: the span of the person's text that supports it and how
    sure the reading is (nothing is included without a supporting span)."""

    span: Span
    confidence: float = Field(ge=0, le=1)


class ConceptRef(BaseModel):
    """A taxonomy concept: JobTech occupation-name / ssyk-level-4 / skill, or ESCO."""

    id: str = Field(description="The source's own concept id (JobTech id or ESCO URI).")
    kind: Literal["occupation", "ssyk", "skill", "esco_occupation", "esco_skill", "occupation_field"]
    label: str
    url: str | None = None
    esco_uri: str | None = None


class Experience(Supported):
    """Work the person has done."""

    occupation: ConceptRef
    ssyk_id: str | None = None
    ssyk_code: str | None = None
    abroad: bool = False
    country: str | None = None
    years: float | None = None
    recognition: str | None = Field(default=None, description="Swedish recognition/licence the sources say may be needed.")
    recognition_sources: list[str] = Field(default_factory=list)


class SkillItem(Supported):
    """A skill linked to the JobTech taxonomy (2019 skill ids) with its ESCO URI where mapped."""

    id: str
    label: str
    esco_uri: str | None = None
    url: str | None = None


class EducationItem(Supported):
    """Education the person has, with SUN level / SeQF where inferable."""

    label: str
    sun_level: str | None = None
    seqf: int | None = None
    field: str | None = None
    abroad: bool = False
    in_progress: bool = Field(default=False, description="Studying it now (a pupil in year 9, a student): not "
                                                         "attained yet.")
    unfinished: bool = Field(default=False, description="Told as left unfinished (\"two years of nursing, then I "
                                                        "dropped out\"): the studies done, no degree.")
    recognition: str | None = Field(default=None, description="Set when the education is from another country: "
                                                                 "it may need to be recognised (UHR).")


class GradeItem(Supported):
    """A school subject and the grade the person has in it; ``grade`` None: no grade in it ("inga betyg i matte"),
    a gap to fill (at Komvux), never a refusal of work."""

    subject: str = Field(description="The subject as Swedish schools name it (Matematik, Engelska, Svenska …).")
    grade: str | None = Field(default=None, description="A–F, or None: the person has no grade in the subject.")


class LanguageItem(Supported):
    """A language the person speaks (ISO 639-1 code)."""

    code: str
    level: str | None = None


class Interest(Supported):
    """Something the person likes; optionally linked to a concept."""

    label: str
    concept: ConceptRef | None = None


class Wish(Supported):
    """A target direction: an occupation to become, a field, studies."""

    kind: Literal["occupation", "field", "study", "other"]
    label: str
    concept: ConceptRef | None = None
    ssyk_code: str | None = None


#: ``Constraint(kind="other", value=NO_UNIVERSITY)``: "I don't want university" refuses that education level only.
NO_UNIVERSITY = "no_university"
#: ``Constraint(kind="other", value=NO_PAPERS)``: the papers of one's schooling are missing (assistant/interpretation/no_papers.py).
NO_PAPERS = "no_papers"


class Constraint(Supported):
    """Place, pace, distance learning, or something the person does not want."""

    kind: Literal["region", "municipality", "study_pace", "distance_learning", "avoid", "limitation", "age",
                  "no_study", "other"]
    value: str = Field(description="Region/municipality concept id, pace percent, 'true', the avoided thing, a "
                                   "limitation (lifting|back|standing|sitting|allergy|night), an age in years or 'pupil'.")
    label: str
    concept: ConceptRef | None = None


class Profile(BaseModel):
    """Structured, taxonomy-linked self-assessment."""

    language: str | None = Field(default=None, description="ISO 639-1 code of the user's language (sv, en, ar, so, ti, fa, uk …).")
    experiences: list[Experience] = Field(default_factory=list)
    skills: list[SkillItem] = Field(default_factory=list)
    education: list[EducationItem] = Field(default_factory=list)
    grades: list[GradeItem] = Field(default_factory=list, description="School subjects and their grades (none: missing).")
    languages: list[LanguageItem] = Field(default_factory=list)
    interests: list[Interest] = Field(default_factory=list)
    wishes: list[Wish] = Field(default_factory=list)
    constraints: list[Constraint] = Field(default_factory=list)
    removed_skill_ids: list[str] = Field(default_factory=list, description="Skills a counsellor/user removed; never re-added.")

    def region_id(self) -> str | None:
        """The region the person lives in or wants to work in, if stated."""
        for c in self.constraints:
            if c.kind == "region":
                return c.value
        return None

    def is_youth(self) -> bool:
        """A young person (under 18, or a school pupil): next steps go through school, not the employment service."""
        for c in self.constraints:
            if c.kind == "age" and (c.value == "pupil" or (c.value.isdigit() and int(c.value) < 18)):
                return True
        return False

    def wants_no_study(self) -> bool:
        """The person said they want a job, not education, now."""
        return any(c.kind == "no_study" for c in self.constraints)

    def wants_no_university(self) -> bool:
        """The person said they do not want university education (an education level, not all study)."""
        return any(c.kind == "other" and c.value == NO_UNIVERSITY for c in self.constraints)

    def missing(self, *, region_chosen: bool = False) -> list[Slot]:
        """What the profile still lacks, in the order we ask (``region_chosen``: a place was picked
        outside the profile, e.g. the region selector)."""
        out: list[Slot] = []
        if not self.experiences and not self.skills:
            out.append("experience")
        if not self.wishes and not self.interests:
            out.append("wish")
        if not region_chosen and not any(c.kind in ("region", "municipality") for c in self.constraints):
            out.append("region")
        # (facts15: "I have no school papers" told: never asked "what schooling do you have?" – rater28 so c01)
        if not self.education and not self.is_youth() and not any(
                c.kind == "other" and c.value == NO_PAPERS for c in self.constraints):
            out.append("education")
        # (someone who writes Swedish speaks it, and a pupil is asked about school, not languages)
        if not self.languages and self.language != "sv" and not self.is_youth():
            out.append("language")
        return out

    def is_empty(self) -> bool:
        """True when the profile holds no items at all."""
        return not any(getattr(self, n) for n in LIST_FIELDS)


def _fold(s: str | None) -> str:
    return " ".join((s or "").casefold().split())


def _key(kind: str, item: Any) -> tuple:
    """What makes two items of one list the same thing: the concept id, else a folded label."""
    if kind == "experiences":
        return (item.occupation.id,)
    if kind == "skills":
        return (item.id,)
    if kind == "education":
        return (_fold(item.label), item.sun_level)
    if kind == "grades":
        return (_fold(item.subject),)
    if kind == "languages":
        return (item.code,)
    if kind in ("interests", "wishes"):
        concept = item.concept
        return (concept.id,) if concept is not None else (getattr(item, "kind", ""), _fold(item.label))
    if kind == "constraints":
        return (item.kind, item.value)
    return (id(item),)


def merge_profiles(base: Profile, new: Profile, *, language: str | None = None,
                   replace_places: bool = True) -> Profile:
    """``base`` plus what ``new`` adds; inputs are not mutated.

    Items are deduped by concept id (or a folded label where an item has no id), ``base`` items
    first; a skill listed in ``removed_skill_ids`` is never (re-)added. With ``replace_places`` a
    region/municipality stated in ``new`` replaces the old one (people move); without, places in
    ``base`` stay first (the LLM's proposals never displace the deterministic reading of a message).
    The language becomes ``language``, else ``new``'s, else ``base``'s."""
    removed = set(base.removed_skill_ids) | set(new.removed_skill_ids)
    out = base.model_copy(deep=True)
    new_places = {c.kind for c in new.constraints if c.kind in ("region", "municipality")}
    if new_places and replace_places:
        out.constraints = [c for c in out.constraints if c.kind not in new_places]
    for name in LIST_FIELDS:
        items = list(getattr(out, name))
        seen = {_key(name, i) for i in items}
        for item in getattr(new, name):
            k = _key(name, item)
            if name == "grades" and k in seen and item.grade is not None:
                # (a grade told again is the one the person has now: "nu har jag C i matte" after "E i matte")
                items = [i for i in items if _key(name, i) != k]
                seen.discard(k)
            if k in seen or (name == "skills" and item.id in removed):
                continue
            seen.add(k)
            items.append(item.model_copy(deep=True))
        if name == "skills":
            items = [s for s in items if s.id not in removed]
        setattr(out, name, items)
    out.removed_skill_ids = sorted(removed)
    out.language = language or new.language or base.language
    return out
