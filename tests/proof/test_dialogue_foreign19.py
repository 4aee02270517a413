"""A newly arrived adult with a profession from abroad (rater18 conv1 Arabic pharmacist, conv2 Ukrainian accountant).

The counsellor's findings: «а мій диплом тут рахується?» (does my diploma count here?) got three more occupations,
not UHR's assessment of a foreign education; «Personaladministratör» was glossed «координатор догляду вдома»
(home-care coordinator) in Ukrainian. Now, in all 8 languages:

- "does my degree count / is it accepted / valid here?", asked as people ask it (no "recognise" verb), is answered
  with the assessment of a foreign education (UHR, cited) for an occupation no licence regulates;
- "what do I do first (this week)?" after the recognition answer gets ordered next steps, never "no more occupations";
- an occupation's name in the reader's language comes from a lexicon entry of that occupation or one whose Swedish
  words hold its title, never from an entry that only reaches it through a taxonomy alias.
Through the real app over the shared test store; the sentences live in phrases/dialogue_foreign19.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, said_all

ACCOUNTANT, COUNTS, FIRST = said_all("foreign19_accountant", "foreign19_degree_counts", "foreign19_do_first")
UHR = "uhr.se"


@pytest.mark.parametrize("locale", ALL)
def test_does_my_degree_count_is_answered_with_the_assessment(person, locale):
    body = person.say(ACCOUNTANT[locale])
    assert body["occupations"], (locale, body["answer"])
    body = person.say(COUNTS[locale])
    assert body["action"] == "recognition", (locale, body["action"], body["answer"])
    urls = [c.get("url") or "" for c in body["citations"]]
    assert any(UHR in u for u in urls), (locale, urls, body["answer"])

    body = person.say(FIRST[locale])
    assert body["action"] == "steps", (locale, body["action"], body["answer"])


def test_an_occupation_is_named_by_its_own_entry_not_by_an_alias():
    from assistant.occupation_names import own_name

    for locale in ALL:
        if locale in ("sv", "sv-easy"):
            continue
        name = own_name(locale, "Personaladministratör") or ""
        care = own_name(locale, "Vårdkoordinator/Vårdplatskoordinator") or ""
        assert name and name != care, (locale, name, care)
    assert "догляд" not in (own_name("uk", "Personaladministratör") or "")
    assert "care" not in (own_name("en", "Personaladministratör") or "")
