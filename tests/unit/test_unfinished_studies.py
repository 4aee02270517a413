"""Studies told unfinished, of any degree, are an education kept as unfinished (nursing12; interpretation/unfinished.py).

Sentences written for this test (not the proof conversations'), in the 8 languages: the ways people say it (dropped
out, had to stop, interrupted, never got the degree, two years of three), and what is no unfinished degree (a language
course or a school left, a driving licence not got, no degree from abroad beside studies done here).
"""
from __future__ import annotations

import pytest

from assistant.interpretation.background import statement_span
from assistant.interpretation.schooling import trained
from assistant.interpretation.segment import analyse
from assistant.interpretation.unfinished import as_done, told_studies
from vagledning.domain.profile import EducationItem, Profile


def _education(text: str) -> list[EducationItem]:
    sa = analyse(text)
    p = Profile()
    for edu in sa.education:
        band, sun, seqf = as_done(edu.band, edu.sun_level, edu.seqf, text, edu.start)
        p.education.append(EducationItem(label=band, sun_level=sun, seqf=seqf, confidence=0.8,
                                         span=statement_span(text, edu.start, edu.end, 0)))
    trained(p, sa, text, 0, set())
    told_studies(p, sa, text, 0, set())
    return p.education


@pytest.mark.parametrize("text", [
    "Jag läste till socionom i två år men hoppade av när jag fick barn.",
    "Jag gick tre terminer på lärarprogrammet, sen slutade jag.",
    "Jag pluggade ekonomi på högskolan men tog aldrig examen.",
    "I was doing a pharmacy degree in Damascus but had to leave after the third year.",
    "I studied accounting at college for a year and a half, never completed it.",
    "درست صيدلة تلات سنين من خمس وبعدين وقفت الدراسة",
    "تركت كلية الهندسة بعد سنتين وجيت على السويد",
    "Saddex sano ayaan caafimaad ka bartay jaamacadda laakiin kama qalin jabin.",
    "ኣብ ኮለጅ ክልተ ዓመት ሒሳብ ተማሂረ ግን ኣይተመረቕኩን።",
    "سه سال در پوهنتون فارمسی خواندم ولی فارغ نشدم.",
    "Я вчилася на бухгалтера в коледжі, але не закінчила.",
    "Три роки навчався в медичному університеті, але навчання перервалося.",
])
def test_studies_told_unfinished_are_kept_unfinished(text):
    edu = _education(text)
    assert [e for e in edu if e.unfinished], edu
    assert not [e for e in edu if (e.seqf or 0) >= 6], edu


@pytest.mark.parametrize("text", [
    "Jag har en kandidatexamen i ekonomi. Jag är inte klar med sfi.",
    "Jag har ingen utländsk examen, jag har pluggat här.",
    "I have a bachelor's degree in IT but I didn't finish my Swedish course yet.",
    "درست محاسبة بالجامعة، بس ما أخدت شهادة السواقة لهلأ.",
    "عمري 19 وما خلصت المدرسة.",
    "۱۹ سالمه و مدرسه را تمام نکردم.",
    "я закінчила університет, але не закінчила sfi.",
])
def test_other_things_left_are_no_unfinished_studies(text):
    assert not [e for e in _education(text) if e.unfinished], _education(text)
