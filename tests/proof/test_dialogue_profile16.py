"""What the profile records of a refusal is the thing refused (profile16; refuse15's report, limit15's "hear well").

The copilot shows every ``avoid`` item of the profile to the counsellor ("Vill undvika: …"), and matching lowers any
occupation whose name holds its words. Refuse15 found items such as «буду» ("прибирати більше не буду": the words
after the negation of a verb-final clause), «mer» ("vill inte mer") and «jobba alls». Now, in all 8 languages:

- a refusal said object-first ("städa vill jag inte göra mer", "прибирати більше не буду") records the cleaning,
  never a function word, a verb of wanting or doing, a pronoun, "more" or "at all"; cleaning stays out;
- a refusal naming nothing ("I don't want that anymore") records no item of its words; the person's own trade told
  before is what is left (refuse15), and hairdressing stays out.
Through the real app over the shared test store; the sentences live in phrases/dialogue_profile16.yaml.
"""
from __future__ import annotations

import re

import pytest

from tests.dialogue_support import ALL, constraints, groups, said_all

CLEANING, HAIRDRESSER, NOT_ANY_MORE = said_all(
    "profile16_cleaning_object_first", "profile16_hairdresser", "profile16_not_any_more")
CLEANERS = ("9111", "9112")
HAIRDRESSERS = "5141"

# Words that name nothing one can refuse: function words, pronouns, verbs of wanting, doing or being, "more",
# "again", "at all" (as the tests' sentences use them, per language).
NOTHING = set("""
jag ja vill inte göra gör mer längre igen alls det orkar nej
i dont don't want to do that anymore again any more it this those
ما اريد اريده هذا بعد خلاص مرة
mar dambe ma rabo taas
ደጊመ ኣይደልን ኣይደልዮን እዚ ክሰርሕ
دیگه نمیخایم اینو نه
я більше не буду хочу цього це
""".split())


def _words(label: str) -> list[str]:
    return [w for w in re.findall(r"\w+", label.casefold()) if len(w) > 1]


def _meaningless(body: dict) -> list[str]:
    """Avoid items whose label or value is made only of words that name nothing."""
    return [c["label"] for c in constraints(body, "avoid")
            if not [w for w in _words(c["label"]) if w not in NOTHING]
            or not [w for w in _words(c["value"]) if w not in NOTHING]]


@pytest.mark.parametrize("locale", ALL)
def test_an_object_first_refusal_records_the_work_refused(person, locale):
    body = person.say(CLEANING[locale])
    assert constraints(body, "avoid"), (locale, body["profile"]["constraints"])
    assert not _meaningless(body), (locale, body["profile"]["constraints"])
    assert not [g for g in groups(body) if g.startswith(CLEANERS)], (locale, body["occupations"])


@pytest.mark.parametrize("locale", ALL)
def test_a_refusal_naming_nothing_records_no_item_of_its_words(person, locale):
    person.say(HAIRDRESSER[locale])
    body = person.say(NOT_ANY_MORE[locale])
    assert not _meaningless(body), (locale, body["profile"]["constraints"])
    assert not [g for g in groups(body) if g.startswith(HAIRDRESSERS)], (locale, body["occupations"])
