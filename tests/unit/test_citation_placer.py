"""The citation marker goes at the end of a sentence, not after an abbreviation's full stop inside it
(issue 10, "Form": Ukrainian "(див. джерело)" came out as "(див [1]. джерело) [1]")."""
from __future__ import annotations

import pytest

from assistant.citations import sentences
from assistant.composers.grounded import with_marker
from assistant.locales import lookup
from assistant.state import LOCALES


@pytest.mark.parametrize("sentence,marked", [
    ("Socialstyrelsen пояснює, як подати заяву (див. джерело).", "Socialstyrelsen пояснює, як подати заяву (див. джерело) [1]."),
    ("Det finns kurser, t.ex. en kurs i svenska.", "Det finns kurser, t.ex. en kurs i svenska [1]."),
    ("Ask a counsellor, e.g. at the municipality. It is free.", "Ask a counsellor, e.g. at the municipality [1]. It is free [1]."),
    ("Es gibt Kurse, z.B. im Sommer.", "Es gibt Kurse, z.B. im Sommer [1]."),
    ("Ett certifikat, t.ex. CPL, krävs. Sedan söker du.", "Ett certifikat, t.ex. CPL, krävs [1]. Sedan söker du [1]."),
    ("Курси, напр. SFI, безкоштовні.", "Курси, напр. SFI, безкоштовні [1]."),
    ("Socialstyrelsen توضح الطريقة. الخطوة التالية سهلة.", "Socialstyrelsen توضح الطريقة [1]. الخطوة التالية سهلة [1]."),
])
def test_marker_goes_after_the_sentence_not_the_abbreviation(sentence, marked):
    assert with_marker(sentence, 1) == marked


def test_sentences_still_split_at_real_ends_and_lines():
    assert sentences("Lön: 30 000 kr. Källa SCB!\n- «Kock. Kurs» i Malmö. Fråga?\nja") == [
        "Lön: 30 000 kr.", "Källa SCB!", "- «Kock. Kurs» i Malmö.", "Fråga?", "ja"]


@pytest.mark.parametrize("locale", list(LOCALES))
def test_the_licence_page_sentence_gets_one_marker_at_its_end(locale):
    sentence = str(lookup(locale, "licence.page")).format(authority="Socialstyrelsen", url="https://x.se")
    marked = with_marker(sentence, 1)
    assert marked.count("[1]") == len(sentences(sentence)), marked
    assert marked.rstrip(".!?؟።").endswith("[1]"), marked
