"""Somali and Tigrinya word forms name the work told (issue 9; words18, left by slips17, informal17 and shop17).

A Somali title in the subject case or with its remote article («Korontoyaqaanku», «Kalkaaliyihii caafimaadka»,
«Darawalku») and a Tigrinya verb in another person or with an object suffix («ኣለይዮ» I cared for him, «ሃኒጽና» we
built) or a cooking verb («ኣብሲለ») were read as nothing, or as another trade: the person got no experience, an
empty list or an intake question. Now the word form leads to the work told, and the answer is about it: the
suggestions start in that work's group, and the pay asked is that trade's pay.

Through the real app over the shared test store; the sentences live in phrases/dialogue_words18.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import first_groups, said

CARE = ("532", "533", "534")  # undersköterskor, vårdbiträden, personliga assistenter
ELECTRIC = ("741",)
BUILDING = ("71", "931")
KITCHEN = ("512", "941")
DRIVING = ("83",)

TOLD = [
    ("so", "words18_health_assistant", CARE),
    ("ti", "words18_health_assistant", CARE),
    ("so", "words18_trade", ELECTRIC),
    ("ti", "words18_trade", BUILDING),
    ("ti", "words18_asked", KITCHEN),
]


@pytest.mark.parametrize(("locale", "situation", "group"), TOLD)
def test_an_inflected_word_is_the_work_told_and_the_suggestions_start_there(person, locale, situation, group):
    body = person.say(said(situation)[locale])
    told = [e.get("ssyk_code") or "" for e in body["profile"]["experiences"]]
    assert told and told[0].startswith(group), (locale, told, body["answer"][:400])
    shown = first_groups(body)
    assert shown and shown[0].startswith(group), (locale, shown, body["answer"][:400])


@pytest.mark.parametrize("locale", ["so"])
def test_the_pay_asked_with_a_trade_noun_in_the_subject_case_is_that_trades_pay(person, locale):
    body = person.say(said("words18_asked")[locale])
    assert body["action"] == "salary", (locale, body["action"], body["answer"][:400])
    named = [o.get("ssyk_code") or "" for o in body["occupations"]]
    assert named and named[0].startswith(DRIVING), (locale, named, body["answer"][:400])
