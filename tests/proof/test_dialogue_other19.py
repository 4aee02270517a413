"""A follow-up after a list is answered about what it names or points at; a pointer at none is asked back (other19;
rater31, issue 10 item 2).

The counsellor's findings, as kinds of failure: after a list, "what about working with children?" got the list's
first again; «polish» (a Polish person, "polska") was read as the police; "the second one" resolved to another item;
"what about that one?" was answered about the first, or with "I'm not sure what you ask". Now, in all 8 languages:

- another field asked about after the list, put as a condition ("and if I want to work with kids instead?"), is
  answered with that field's work: its first occupation is child work (SSYK 5311/5312/2343/…), never the list's first;
- "and the second one, what does it pay?" is the salary of the second occupation of that (latest) list;
- "I'm Polish, can I work as a welder here?" after a list is about the welder, never the police: a nationality or a
  language is no occupation's name;
- "what about that one?" after a list asks which of them is meant, naming the occupations shown.
Through the real app over the shared test store; the sentences live in phrases/dialogue_other19.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, groups, listed, said_all

STORY, CHILDREN, SECOND_PAY, POLISH_WELDER, THAT_ONE = said_all(
    "other19_story", "other19_children", "other19_second_pay", "other19_polish_welder", "other19_that_one")
#: Work with children: child minders and pre-school assistants, teaching assistants, pre-school teachers, children's
#: nurses, leisure-time teachers, youth workers (SSYK 2012).
CHILD_WORK = ("5311", "5312", "2343", "5325", "2342", "3423")
#: Welders and welding operators (SSYK 7212; 7223 holds the welding machine operators).
WELDERS = ("7212", "7223")
#: The police (SSYK 3360 police officers, 5413 … security; 1 managers of the police are 1xxx: read by title).
POLICE = ("3360",)
POLICE_WORD = "polis"


@pytest.mark.parametrize("locale", ALL)
def test_another_field_after_a_list_is_answered_with_that_fields_work(person, locale):
    first = listed(person.tell(STORY[locale]))
    body = person.say(CHILDREN[locale])
    shown = listed(body)
    assert shown[0].startswith(CHILD_WORK), (locale, body["occupations"], body["answer"][:400])
    assert shown[0] != first[0], (locale, shown, first)


@pytest.mark.parametrize("locale", ALL)
def test_the_second_one_is_the_second_of_the_latest_list(person, locale):
    person.tell(STORY[locale])
    shown = person.say(CHILDREN[locale])["occupations"]
    assert len(shown) >= 2, (locale, shown)
    body = person.say(SECOND_PAY[locale])
    assert body["action"] == "salary", (locale, body["action"], body["answer"][:300])
    assert [o["id"] for o in body["occupations"]][:1] == [shown[1]["id"]], (locale, shown, body["occupations"])


@pytest.mark.parametrize("locale", ALL)
def test_a_polish_welder_is_asked_about_welding_never_the_police(person, locale):
    person.tell(STORY[locale])
    body = person.say(POLISH_WELDER[locale])
    about = groups(body)
    assert about and about[0].startswith(WELDERS), (locale, body["occupations"], body["answer"][:400])
    assert not [g for g in about if g.startswith(POLICE)], (locale, about)
    titles = [o["label"].casefold() for o in body["occupations"]]
    assert not [t for t in titles if t.startswith(POLICE_WORD)], (locale, titles)
    assert f"«{POLICE_WORD}" not in body["answer"].casefold(), (locale, body["answer"][:400])


@pytest.mark.parametrize("locale", ALL)
def test_a_pointer_at_none_of_the_list_asks_which_one(person, locale):
    shown = person.tell(STORY[locale])["occupations"]
    body = person.say(THAT_ONE[locale])
    assert body["action"] == "which_occupation", (locale, body["action"], body["answer"][:300])
    # (the question names the occupations shown, in their order, and presents them again for the next pick)
    named = [o["label"] for o in shown[:3]]
    assert all(f"«{label}»" in body["answer"] for label in named), (locale, named, body["answer"])
    assert [o["id"] for o in body["occupations"]] == [o["id"] for o in shown[:3]], (locale, body["occupations"])
