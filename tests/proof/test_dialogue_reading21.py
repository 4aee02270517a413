"""The first message's work told leads, and a word in a question about something else adds no occupation (mendB21).

rater21 conv 4: a Dari maths teacher of ten years who asked how to become a teacher here got office work first
(«در مکتب», at school, read as Arabic «مكتب», office; "mattelärare" read as food work in Swedish), and «ترجمه لازم
است؟» (is a translation of my papers needed?) put a translator card beside the teacher. Now, in all 8 languages, the
teacher's first answer is about the subject teacher's work (Ämneslärare), with no office work, and the question on
papers names no translator.
Through the real app over the shared test store; the sentences live in phrases/dialogue_reading21.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, groups, said_all

TEACHER, PAPERS = said_all("reading21_teacher_first", "reading21_papers_translation")

TEACHERS = ("2330", "2341")  # gymnasium and compulsory-school teachers
SUBJECT_TEACHERS = ("iYgm_hfD_Bez", "86sy_hBf_exW")  # Ämneslärare 7-9 / gymnasieskolan: a maths teacher's own work
OFFICE = "41"  # office and clerical work
TRANSLATORS = "2643"


@pytest.mark.parametrize("locale", ALL)
def test_a_teachers_first_message_leads_to_teaching_and_a_translation_question_adds_no_translator(person, locale):
    body = person.say(TEACHER[locale])
    shown = groups(body)
    assert shown and shown[0] in TEACHERS, (locale, body["occupations"], body["answer"])
    # ("how do I become a teacher?" from a maths teacher is about her own work, not the class teacher's)
    assert body["occupations"][0]["id"] in SUBJECT_TEACHERS, (locale, body["occupations"])
    assert not any(g.startswith(OFFICE) for g in shown), (locale, body["occupations"])
    body = person.say(PAPERS[locale])
    assert TRANSLATORS not in groups(body), (locale, body["occupations"], body["answer"])
