"""Which statements are about another person (assistant/interpretation/someone_else.py; abroad10, child12)."""
from __future__ import annotations

import pytest

from assistant.interpretation.someone_else import about_someone_else


@pytest.mark.parametrize("statement", [
    "my son speaks little swedish, he is 16",
    "our daughter is 15",
    "my 16 year old son can't speak swedish",
    "I have a son who is 16",
    "he speaks only arabic",
    "Min son pratar lite svenska",
    "min sons svenska är dålig",
    "Han pratar lite svenska",
    "ابني بيحكي سويدي شوي",
    "هي درست اقتصاد",
    "Wiilkay waa 16 jir",
    "ወደይ ቁሩብ ሽወደንኛ ይዛረብ",
    "پسرم کمی سویدنی گپ می‌زند",
    "У моєї дружини хвора спина",
    "моєму синові 17",
])
def test_said_of_another_person(statement):
    assert about_someone_else(statement)


@pytest.mark.parametrize("statement", [
    "I am a cook",
    "Jag är kock",
    "my wife and I came here in 2019",
    "min fru och jag bor i Malmö",
    "زوجتي وأنا من سوريا",
    "моя дружина і я приїхали",
    "ወደይ፡ ኣነ ስራሕ እደሊ",  # ("man, I want work": said to someone)
    "هو الشغل صعب",
])
def test_said_of_oneself(statement):
    assert not about_someone_else(statement)


def _spans(text: str):
    from assistant.interpretation.person_words import blank_address
    from assistant.interpretation.segment import analyse
    from assistant.interpretation.someone_else import others_statements, their_spans

    red = blank_address(text)
    sa = analyse(red)
    return their_spans(sa, text, others_statements(sa, red, text))


def _theirs(text: str) -> list[str]:
    return [t.strip(" ,") for _, _, t in _spans(text)]


@pytest.mark.parametrize("text, theirs, mine", [
    ("I am a cook, my son is 16 and speaks little Swedish.", "16", "cook"),
    ("Jag är kock, min son är 16 och pratar lite svenska.", "svenska", "kock"),
    ("أنا طباخ، وابني عمره 16 سنة وبيحكي سويدي شوي.", "سويدي", "طباخ"),
    ("ኣነ ከሻኒ እየ፡ ወደይ ድማ 16 ዓመቱ እዩ ቁሩብ ሽወደንኛ ድማ ይዛረብ።", "ሽወደንኛ", "ከሻኒ"),
    ("Я кухар, а мій син має 16 років і трохи говорить шведською.", "шведською", "кухар"),
    ("شوهرم دریور لاری است و من در خانه با اولادها هستم.", "دریور", "خانه"),
    ("Мій чоловік водій вантажівки, а я вдома з дітьми.", "водій", "вдома"),
])
def test_a_clause_about_another_person_is_theirs_and_the_rest_mine(text, theirs, mine):
    said = " ".join(_theirs(text))
    assert theirs in said and mine not in said, _theirs(text)


def test_what_is_read_there_leaves_the_profile_but_a_family_stays():
    from assistant.interpretation.someone_else import drop_theirs
    from vagledning.domain.profile import Constraint, LanguageItem, Profile, Span

    text = "I am a cook, my son is 16 and speaks little Swedish, my wife and kids are here."
    at = text.index
    profile = Profile(
        languages=[LanguageItem(code="sv", level="a1", span=Span.of(text, at("little"), at("little") + 14),
                                confidence=0.8)],
        constraints=[Constraint(kind="age", value="16", label="16", span=Span.of(text, at("16"), at("16") + 2),
                                confidence=0.8),
                     Constraint(kind="other", value="family", label="wife and kids",
                                span=Span.of(text, at("wife"), at("wife") + 13), confidence=0.8)])
    drop_theirs(profile, _spans(text), 0)
    assert not profile.languages
    assert [c.value for c in profile.constraints] == ["family"]
