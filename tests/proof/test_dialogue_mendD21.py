"""A place written with the letters of the person's own Arabic-script alphabet is kept (mendD21).

rater22 conv 2: an Iraqi dental assistant wrote «آني ساكنة بگوتنبرغ» (I live in Göteborg, with the Persian/Iraqi
letter گ and the clitic ب) and was asked where she lives, then offered a course in Övertorneå. Now the place is read in
Arabic (Iraqi گ) and Dari (چ for Linköping's "tj") and kept as the profile's county for the courses asked next.
Through the real app over the shared test store; the sentences live in phrases/dialogue_mendD21.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import constraint_values, said_all

LIVES, COURSES = said_all("mendD21_lives_dialect", "mendD21_courses_near")
COUNTY = {"ar": "zdoY_6u5_Krt", "fa": "oLT3_Q9p_3nn"}   # Västra Götalands län, Östergötlands län


@pytest.mark.parametrize("locale", ["ar", "fa"])
def test_a_place_in_dialect_letters_is_kept_for_the_courses_asked_next(person, locale):
    body = person.say(LIVES[locale])
    assert COUNTY[locale] in constraint_values(body, "region"), (locale, body["profile"]["constraints"], body["answer"])
    body = person.say(COURSES[locale])
    assert COUNTY[locale] in constraint_values(body, "region"), (locale, body["profile"]["constraints"], body["answer"])
