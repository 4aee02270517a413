"""The trade inside a training's word, and "no university" with a short training asked (wishnot12v's gaps).

- "How long is the electrician training?" written as one Swedish word («elektrikerutbildningen», «svetsarkursen»),
  or with the trade's field or activity beside the training word («دورة الكهرباء», "koorsada korontada",
  «کورس برقکاری», «курс зварювання»): the trade was not read, so the answer said no course was found and named no
  trade. The answer names the trade and cites its route, programme or course.
- "I don't want university. What short training is there to work in health care?": the university turned down
  leaves the short ways in (upper-secondary/Komvux vocational training, YH, apprenticeship, work straight away) –
  work to suggest or a training cited, never nothing, never work of long university studies (SSYK major group 2).

Through the real app over the shared test store, in all 8 languages; the sentences live in
phrases/dialogue_compound13.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, cited, constraints, groups, said_all

ELECTRIC, WELDING, NO_UNIVERSITY = said_all(
    "compound13_electric_training", "compound13_welding_training", "compound13_no_university_short")
#: What a question about a training's length must never be answered with (as in test_dialogue_dur8).
_MISREAD = ("unknown_occupation", "which_occupation", "more", "nothing_more", "salary", "suggest", "outside_scope")
#: The kinds of source a training is cited from.
_TRAINING = ("education_route", "course", "programme")


def _named(body: dict, ssyk: str, *words: str) -> bool:
    """The answer names the trade: its occupation is shown, or a Swedish name of it is quoted."""
    answer = body["answer"].casefold()
    return any((o.get("ssyk_code") or "").startswith(ssyk) for o in body["occupations"]) \
        or any(w in answer for w in words)


@pytest.mark.parametrize("locale", ALL)
def test_the_electrician_inside_the_training_word_is_the_trade_asked(person, locale):
    body = person.say(ELECTRIC[locale])
    assert body["action"] not in _MISREAD, (locale, body["action"], body["answer"][:500])
    assert _named(body, "741", "elektriker"), (locale, body["occupations"], body["answer"][:500])
    assert cited(body, *_TRAINING), (locale, body["citations"], body["answer"][:500])


@pytest.mark.parametrize("locale", ALL)
def test_the_welder_inside_the_training_word_is_the_trade_asked(person, locale):
    body = person.say(WELDING[locale])
    assert body["action"] not in _MISREAD, (locale, body["action"], body["answer"][:500])
    assert _named(body, "7212", "svets"), (locale, body["occupations"], body["answer"][:500])
    assert cited(body, *_TRAINING), (locale, body["citations"], body["answer"][:500])


@pytest.mark.parametrize("locale", ALL)
def test_no_university_leaves_the_short_ways_in(person, locale):
    body = person.say(NO_UNIVERSITY[locale])
    assert "no_university" in [c["value"] for c in constraints(body, "other")], (locale, body["profile"]["constraints"])
    assert body["action"] not in ("nothing_more", "unknown_occupation", "which_occupation"), \
        (locale, body["action"], body["answer"][:500])
    shown = groups(body)
    assert shown or cited(body, *_TRAINING), (locale, body["action"], body["answer"][:500])  # something to take
    assert not [g for g in shown if g.startswith("2")], (locale, shown, body["answer"][:400])
