"""The cue readers of profile26: "another job close to X" asks for a neighbour (near_own), work held only because
nothing was found in one's field is a stopgap (stopgap), and a bare list after "any job" is wishes (any_work_list)."""
from __future__ import annotations

import pytest

from assistant.interpretation.near_own import asks_near_own, near_after
from assistant.interpretation.stopgap import NOT_FOUND, says_stopgap


@pytest.mark.parametrize("rest", ["close to sewing", "similar to what i did", "nära sömnad", "ምስ ስፌት ዝቀራረብ",
                                  "قريب من الخياطة", "u dhow tolitaanka", "نزدیک به خیاطی", "близька до шиття"])
def test_near_words_after_another_job(rest):
    assert near_after(rest)


@pytest.mark.parametrize("rest", ["close to home", "near to home", "close by", "nära hemmet", "قريب من البيت",
                                  "u dhow guriga", "نزدیک به خونه", "близько до дому"])
def test_close_to_home_is_a_place(rest):
    assert not near_after(rest)


def test_another_job_near_is_asked_and_plain_another_job_is_not():
    assert asks_near_own("is there some other job close to sewing?")
    assert not asks_near_own("i'd like another job")
    assert not asks_near_own("i want another job close to home")


@pytest.mark.parametrize("text", [
    "jobbar som busschaufför nu för att jag inte hittade nåt inom mitt yrke",
    "now i drive a bus because i couldnt find anything in my field",
    "هلق شغال سواق باص لانو ما لقيت شي بمجالي",
    "зараз працюю водієм автобуса бо не знайшов роботу за фахом",
])
def test_held_because_nothing_was_found_is_a_stopgap(text):
    assert says_stopgap(text, (NOT_FOUND,))


@pytest.mark.parametrize("text", ["jag kör buss sedan fyra år", "i drive a bus and i like it",
                                  "jag hittade inte jobb som ingenjör i sverige"])
def test_work_told_plainly_is_no_stopgap(text):
    assert not says_stopgap(text)
