"""assistant.interpretation.school_gaps on its own (copilot20): an introduction programme replaces the gymnasium read
from its sentence; a subject without a grade is a gap and takes the refusal and the papers read from its words."""
from __future__ import annotations

from assistant.interpretation.school_gaps import school_gaps
from vagledning.domain.profile import Constraint, EducationItem, Profile, Span


def _span(text: str, words: str) -> Span:
    a = text.index(words)
    return Span(start=a, end=a + len(words), quote=words)


def test_sprakintro_replaces_the_gymnasium_of_its_sentence_only():
    text = "Hon gick språkintroduktion på gymnasiet. Sen gick hon gymnasiet, vård och omsorg."
    profile = Profile(education=[
        EducationItem(label="gymnasium", sun_level="3", span=_span(text, "gymnasiet"), confidence=0.8),
        EducationItem(label="gymnasium", sun_level="3", span=Span(start=55, end=64, quote=text[55:64]), confidence=0.8)])
    school_gaps(profile, text)
    assert [(e.label, e.sun_level) for e in profile.education] == [("gymnasium", "3"), ("språkintroduktion", "2")]


def test_a_missing_grade_is_a_gap_and_no_refusal():
    text = "Matte är svårt för henne, hon har inte betyg i matematik och vill inte jobba i kök."
    refused = Constraint(kind="avoid", value="betyg i matematik", label="betyg i matematik",
                         span=_span(text, "betyg i matematik"), confidence=0.8)
    kitchen = Constraint(kind="avoid", value="kök", label="kök", span=_span(text, "jobba i kök"), confidence=0.8)
    papers = Constraint(kind="other", value="no_papers", label="har inte betyg", span=_span(text, "har inte betyg"),
                        confidence=0.8)
    profile = Profile(constraints=[refused, kitchen, papers])
    school_gaps(profile, text)
    assert [(g.subject, g.grade, g.span.quote) for g in profile.grades] == [("Matematik", None, "inte betyg i matematik")]
    assert [c.value for c in profile.constraints] == ["kök"]


def test_a_question_about_grades_records_none():
    text = "Behöver man betyg i matte? Går det utan språkintro?"
    profile = Profile()
    school_gaps(profile, text)
    assert not profile.grades and not profile.education
