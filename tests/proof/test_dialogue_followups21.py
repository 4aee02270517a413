"""Short follow-ups as people type them after a first answer (conv21: a held-out-style set of scripted conversations in
8 languages, 171/192 checks before; these are the classes it found, each with new sentences, not the set's own).

- "Is there other work?" asks for other occupations, also where the "is there" is no cue of the demand question
  (Tigrinya «ድዩ», Persian without «آیا»): the next ones, never one occupation's ad figures (a Tigrinya and a Persian
  conversation got the demand of the first suggestion).
- "Is there work here?" after a place was told is the demand question, in learner Swedish without «det» too, and
  "and its pay?" is the salary question, also with the Tigrinya «-ኸ» ("and …?") written onto «ደሞዛ».
- "Can one get work as X?" (Somali «shaqo ma … heli karaa») is the demand question about X, never more of the list.
- "Do I need Swedish?" after a licence answer is the Swedish question when the language noun is inflected (Somali
  «iswiidhishka») or named as "the language of Sweden" (Tigrinya «ቋንቋ ሽወደን»).
Through the real app over the shared test store; the sentences live in phrases/dialogue_followups21.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, LIST_ACTIONS, said_all

STORY, OTHER, HERE, PAY, NURSE, SWEDISH, FIND = said_all(
    "followups21_cleaner_story", "followups21_other_work", "followups21_work_here", "followups21_and_its_pay",
    "followups21_nurse_abroad", "followups21_swedish_needed", "followups21_find_work_as")


@pytest.mark.parametrize("locale", ALL)
def test_other_work_is_other_occupations(person, locale):
    first = person.tell(STORY[locale])
    body = person.say(OTHER[locale])
    shown = [o["id"] for o in body["occupations"]]
    assert body["action"] in LIST_ACTIONS, (locale, body["action"], body["answer"][:300])
    assert shown and not set(shown) & {o["id"] for o in first["occupations"]}, (locale, shown)


@pytest.mark.parametrize("locale", ALL)
def test_work_here_then_its_pay(person, locale):
    person.tell(STORY[locale])
    body = person.say(HERE[locale])
    assert body["action"] == "demand", (locale, body["action"], body["answer"][:300])
    assert "Östergötland" in body["answer"] or "Norrköping" in body["answer"], (locale, body["answer"][:400])
    body = person.say(PAY[locale])
    assert body["action"] == "salary" and body["occupations"], (locale, body["action"], body["answer"][:300])


@pytest.mark.parametrize("locale", ALL)
def test_do_i_need_swedish_after_the_licence(person, locale):
    body = person.say(NURSE[locale])
    assert body["action"] == "licence", (locale, body["action"], body["answer"][:300])
    body = person.say(SWEDISH[locale])
    assert body["action"] == "swedish", (locale, body["action"], body["answer"][:300])


@pytest.mark.parametrize("locale", ALL)
def test_can_one_get_work_as_a_named_occupation(person, locale):
    person.tell(STORY[locale])
    body = person.say(FIND[locale])
    labels = [o["label"] for o in body["occupations"]]
    assert body["action"] == "demand" and labels and "Barnskötare" in labels[0], (locale, body["action"], labels)
