"""What only a question names never becomes part of the person's profile, also when another
reader (the LLM) proposes it: "I cleaned offices. What does a welder earn?" keeps the cleaning."""
from __future__ import annotations

from assistant.interpretation.segment import drop_asked
from vagledning.domain.profile import ConceptRef, Experience, Profile, Span


def _exp(text: str, quote: str, cid: str) -> Experience:
    start = text.index(quote)
    return Experience(occupation=ConceptRef(id=cid, kind="occupation", label=quote),
                      span=Span(start=start, end=start + len(quote), quote=quote, message=0), confidence=0.9)


def test_an_occupation_only_a_question_names_is_dropped():
    for text, told, asked in [
        ("I cleaned offices for years. What does a welder earn?", "cleaned offices", "welder"),
        ("Я прибирала офіси. Скільки заробляє зварювальник?", "прибирала офіси", "зварювальник"),
        ("كنت أنظف المكاتب. كم يتقاضى اللحام؟", "أنظف المكاتب", "اللحام"),
    ]:
        profile = Profile(experiences=[_exp(text, told, "a"), _exp(text, asked, "b")])
        drop_asked(profile, text)
        assert [e.occupation.id for e in profile.experiences] == ["a"], text
