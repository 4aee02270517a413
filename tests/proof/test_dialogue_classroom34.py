"""A teacher who "can't go back to the classroom" is not sent back to it (issue 10; the lead's widget run).

The fault: a burnt-out teacher of 52 wrote «orkar inte tillbaka till klassrummet»; the answer said it heard that she
wants to leave teaching, then suggested Elevassistent, Lärarassistent and Barnskötare – the classroom she refused,
as "work where your experience still counts". A counsellor hears the classroom refused as a place, not only her own
SSYK group: the classroom is a word of the school field (retrieval/interest_cues.yaml ``children_teaching``), so
the refusal leaves the field's classroom work out (retrieval/refused_family: the field a refusal names), and what she
learnt leads elsewhere (IT pedagogy, coaching, driving instruction …).

Swedish and English only: in Arabic, Somali, Tigrinya, Persian and Ukrainian the everyday word for a classroom
(«الصف», "fasalka", «ክፍሊ», «کلاس», «клас») is also the word for a school grade or a course, so it is not a cue of the
field there (a pupil in ninth grade would refuse or like teaching by it); left for a native review.
Through the real app over the shared test store.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import Person, groups

SAID = {
    "sv": "hej. jag är 52 och har jobbat som lärare i mellanstadiet i 25 år. jag gick in i väggen förra året och "
          "orkar inte tillbaka till klassrummet",
    "en": "hi, i'm 45 and was a primary school teacher for 20 years. i burned out and i can't go back to the classroom",
}
#: teachers (23), child and pupil assistants (531): the classroom's work
CLASSROOM = ("23", "531")


@pytest.mark.parametrize("locale", list(SAID))
def test_a_teacher_who_cannot_go_back_to_the_classroom_gets_no_classroom_work(client, locale):
    body = Person(client, locale).say(SAID[locale])
    assert any((e.get("ssyk_code") or "").startswith("23") for e in body["profile"]["experiences"]), body["profile"]
    shown = groups(body)
    assert shown, (locale, body["answer"])
    assert not [g for g in shown if g.startswith(CLASSROOM)], (locale, body["occupations"], body["answer"])
