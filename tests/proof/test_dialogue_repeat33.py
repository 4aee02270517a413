""""Who decides that?" asked of the question before, with nothing new named, is read as that question (repeat33;
issue 10, repeat31's xfails: "and who decides that then?" after "will my 15 years count?" got a list of jobs or "what
do you mean?"). repeat32 inherited every short question and broke where8/other19/licence21/youth21 ("where do I
register?", "what about that one?" are questions of their own): only a who-decides question naming nothing else
inherits now, and a yes/no check re-asks only when it repeats what the question before named.

In all 8 languages, a car mechanic from Iraq tells his story and asks whether his years count (UHR's card on work
abroad, or
validation's); then:
- "ok but who decides that?": that question's card again, cited, never a list of jobs nor a clarifying question;
- "and who decides if I get CSN?": its own question (CSN named), never the card on years abroad alone.
Through the real app over the shared test store (phrases/dialogue_repeat33.yaml).
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, route_ids, said_all

MECHANIC, YEARS, WHO, WHO_CSN = said_all("repeat33_mechanic", "repeat33_years", "repeat33_who", "repeat33_who_csn")
#: What a question asked of the question before must never get: a new list, or "what do you mean?".
LIST_OR_CLARIFY = ("suggest", "more", "clarify", "which_occupation")


def _years_asked(person, locale: str) -> list[str]:
    """The story, then whether the years count: answered from a card (UHR's on work abroad, or validation's), cited."""
    person.say(MECHANIC[locale])
    body = person.say(YEARS[locale])
    assert body["action"] not in LIST_OR_CLARIFY and route_ids(body), (locale, body["action"], body["answer"][:300])
    return route_ids(body)


#: Left, upstream of the inheritance (honest reasons; a real fix beats a marker): the years question itself is misread.
_YEARS = "the years question after the mechanic's story is 'what do you mean?' (sv-easy «Räknas mina 10 år i Irak " \
    "här?», ti: «ዒራቕ» is no country the interpreter knows): nothing cited to ask who decides of"
_UK = "uk «зарахують» is both 'count' and 'admit': the inherited question gets the admission decider (the school " \
    "decides) and no card cited"
LEFT = {"sv-easy": _YEARS, "ti": _YEARS, "uk": _UK}


def _locales(left: dict) -> list:
    return [pytest.param(loc, marks=pytest.mark.xfail(strict=False, reason=left[loc])) if loc in left else loc
            for loc in ALL]


@pytest.mark.parametrize("locale", _locales(LEFT))
def test_who_decides_that_is_asked_of_the_years_question(person, locale):
    cited = _years_asked(person, locale)
    body = person.say(WHO[locale])
    assert body["action"] not in LIST_OR_CLARIFY, (locale, body["action"], body["answer"][:300])
    assert set(route_ids(body)) & set(cited), (locale, cited, route_ids(body), body["answer"][:300])


@pytest.mark.parametrize("locale", _locales({"sv-easy": _YEARS, "ti": _YEARS}))
def test_who_decides_a_named_support_is_its_own_question(person, locale):
    cited = _years_asked(person, locale)
    body = person.say(WHO_CSN[locale])
    assert body["action"] not in LIST_OR_CLARIFY, (locale, body["action"], body["answer"][:300])
    assert set(route_ids(body)) - set(cited), (locale, cited, route_ids(body), body["answer"][:300])
    assert "CSN" in body["answer"], (locale, body["answer"][:300])
