"""A title in an occupation group's or a document's place is no presented occupation (assistant/named_beside.py)."""
from __future__ import annotations

import pytest

from assistant.locales import text
from assistant.named_beside import named_beside
from assistant.state import LOCALES

TRUCK = "«Truckförare»"


def _at(answer: str, title: str) -> bool:
    return named_beside(answer, answer.index(title))


@pytest.mark.parametrize("locale", LOCALES)
def test_a_group_or_a_course_is_named_beside_the_card_and_the_cards_are_not(locale):
    card = text(locale, "occ.item_2").format(occupation="«Traktorförare, industri»", reasons="…")
    group = text(locale, "occ.group_is").format(group=TRUCK)
    same = text(locale, "occ.same_group").format(group=TRUCK)
    course = "- " + text(locale, "occ.education_noplace").format(title="«Anläggningsmaskinförare»")
    first = text(locale, "occ.item").format(occupation="«Teleskoptruckförare»", reasons="…")
    answer = "\n".join((first + " " + group, course, card + " " + same))
    assert _at(answer, TRUCK) and _at(answer, "«Anläggningsmaskinförare»"), answer
    assert named_beside(answer, answer.rindex(TRUCK)), answer
    assert not _at(answer, "«Teleskoptruckförare»") and not _at(answer, "«Traktorförare, industri»"), answer
