"""School years read from a teacher's words and from the taxonomy's teacher labels (assistant/interpretation/school_grades)."""
from __future__ import annotations

import pytest

from assistant.interpretation.school_grades import label_years, stated_years


@pytest.mark.parametrize(("text", "years"), [
    ("jag vill undervisa 7–9, inte de små", (7, 9)),
    ("i was a teacher for grades 7 to 9 back in syria", (7, 9)),
    ("كنت معلم للصفوف من 7 الى 9 في سوريا", (7, 9)),
    ("waxaan ahaa macallin fasalka 7 ilaa 9", (7, 9)),
    ("ኣብ ኤርትራ መምህር ካብ 7 ክሳብ 9 ክፍሊ ነይረ", (7, 9)),
    ("در افغانستان معلم صنف 7 تا 9 بودم", (7, 9)),
    ("я була вчителькою 5-9 класів", (5, 9)),
    ("grundlärare f-3", (0, 3)),
    ("taught 8th grade maths", (8, 8)),
])
def test_school_years_are_read_in_every_language(text, years):
    assert stated_years(text) == years


@pytest.mark.parametrize("text", ["lärare i 10 år", "jobbat 2-3 år som lärare", "taught for 5-6 years", "kl 14-16",
                                  "درست 3-4 سنوات", "викладала 5-7 років"])
def test_a_duration_or_a_time_is_no_school_year(text):
    assert stated_years(text) is None


@pytest.mark.parametrize(("label", "years"), [
    ("Grundlärare, förskoleklass och 1-3", (0, 3)), ("Grundlärare, 4-6", (4, 6)),
    ("Lärare i grundskolan, årskurs 1-6", (1, 6)), ("Ämneslärare, 7-9", (7, 9)),
    ("Ämneslärare, gymnasieskolan", (10, 12)), ("Lärare i förskoleklass", (0, 0)), ("Förskollärare", None),
])
def test_the_taxonomy_labels_name_their_school_years(label, years):
    assert label_years(label) == years
