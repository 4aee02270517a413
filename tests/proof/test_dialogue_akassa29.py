"""A yes/no question about a benefit is answered FROM WHAT THE PERSON TOLD (akassa29; issue 10: answer the question
asked, honour what the person says).

The counsellor's finding, as a kind of failure (rater36 class 2, own words): someone who had told "a member of the
a-kassa 14 months, worked full time 2 years" asked "so do I get it? yes or no?" and got the card's conditions again
with "ask the a-kassa" – a counsellor says "by what you describe, yes; the a-kassa decides". And a two-part insisting
message ("do I get money while studying? is there no course here? I have 2 children") lost one of its halves.

In all 8 languages, numbers in words or digits, the facts told in an earlier message too:
- the a-kassa asked yes or no after membership and full-time work were told: the answer opens with the verdict applied
  to them ("yes"), names the months told, then the card's conditions (IAF's 2025 rules, cited) and who decides;
- a short membership told with "do I get 80 %?": benefit if the income condition is met, not yet the highest level –
  never the plain yes of a full membership;
- omställningsstudiestöd asked yes or no with an age and years of work here told: "yes" with the age and the years,
  CSN's card cited;
- asked again, insisting, after a first a-kassa answer: the verdict still opens the cut answer;
- money while studying and "is there no course here?" asked together, children told: CSN's cards AND the course half
  (a course or the way into the work cited), also where the money sentence was read as a part of its own (ar, so, ti,
  fa: assistant/course_beside.py).
Through the real app over the shared test store; the sentences live in phrases/dialogue_akassa29.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, route_ids, said_all, wording_start

TOLD, YES_NO, SHORT, OMSTALLNING, CARER, TWO_HALVES = said_all(
    "akassa29_told", "akassa29_yes_no", "akassa29_short", "akassa29_omstallning", "akassa29_carer",
    "akassa29_two_halves")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def _opens_with(locale: str, key: str, answer: str) -> None:
    """The answer opens with the verdict sentence ``told_terms.<key>`` (its fixed start)."""
    start = wording_start(locale, f"told_terms.{key}", 10)
    assert answer.lstrip().startswith(start), (locale, start, answer[:400])


def _names(answer: str, *numbers: str) -> None:
    plain = answer.translate(_DIGITS)
    for n in numbers:
        assert n in plain, (n, answer[:400])


@pytest.mark.parametrize("locale", ALL)
def test_akassa_yes_or_no_after_membership_and_full_time_work_told_gets_yes(person, locale):
    person.say(TOLD[locale])
    body = person.say(YES_NO[locale])
    _opens_with(locale, "akassa_yes", body["answer"])
    _names(body["answer"].split("«")[0], "14", "2")  # (the facts used, in the verdict before the card)
    assert "route:akassa_villkor" in route_ids(body), (locale, route_ids(body), body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_a_short_membership_gets_benefit_but_not_yet_the_highest_level(person, locale):
    body = person.say(SHORT[locale])
    _opens_with(locale, "akassa_short", body["answer"])
    _names(body["answer"].split("«")[0], "5")
    assert "route:akassa_villkor" in route_ids(body), (locale, route_ids(body), body["answer"])
    assert not body.get("occupations"), (locale, [o["label"] for o in body["occupations"]])


@pytest.mark.parametrize("locale", ALL)
def test_omstallning_yes_or_no_with_age_and_years_told_gets_the_verdict(person, locale):
    body = person.say(OMSTALLNING[locale])
    _opens_with(locale, "omstallning_yes", body["answer"])
    _names(body["answer"].split("«")[0], "47", "15")
    assert "route:omstallningsstudiestod" in route_ids(body), (locale, route_ids(body), body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_money_while_studying_and_no_course_here_get_both_halves(person, locale):
    person.say(CARER[locale])
    body = person.say(TWO_HALVES[locale])
    ids = [c["id"] for c in body["citations"]]
    # (CSN's grants, or CSN's "no studiestöd" card for someone read as under temporary protection: uk)
    assert {"route:studiemedel", "route:csn_tillfalligt_skydd"} & set(ids), (locale, ids, body["answer"])
    course = [i for i in ids if i.startswith(("course:", "programme:")) or i in ROUTES_INTO_CARE]
    assert course, (locale, ids, body["answer"])


#: The ways into care work a course question in a town may be answered with (the vocational routes).
ROUTES_INTO_CARE = ("route:komvux_vard_omsorg", "route:komvux_yrke", "route:kombinationsutbildning")


ASKED, INSISTED = said_all("decider27_akassa", "decider27_akassa_yesno")


@pytest.mark.parametrize("locale", ALL)
def test_the_akassa_asked_again_with_the_facts_told_keeps_the_verdict_first(person, locale):
    """rater36 r34-3 T5: the re-ask ("yes or no? I'm a member 14 months …") is cut to the card's key sentence and who
    decides (decide26) – the verdict on the facts told stays first (assistant/lead_ins.is_verdict)."""
    person.say(ASKED[locale])
    body = person.say(INSISTED[locale])
    _opens_with(locale, "akassa_yes", body["answer"])
    _names(body["answer"].split("«")[0], "14")
