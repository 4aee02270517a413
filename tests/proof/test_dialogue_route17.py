"""A route or a card asked about by name is answered from its curated source (rater16, fault 6).

The counsellor's findings: "what is ULV and is it in Örebro?" from a teacher trained abroad got three more
occupations, and "do I need a card or papers to work on a building site?" from a construction worker got another list
(conv1 T6, conv5 T5) - although a counsellor knows both: ULV is the universities' further education for teachers with
a degree from abroad, given at six universities (Örebro among them), and ID06 is the building site's identity card,
ordered by the employer. Now, in all 8 languages:

- a question naming ULV cites the curated route (Linköping University's page) and says in the reader's language what
  it is and where it is given, the universities named; no list of occupations;
- a question about the card or papers of a building site cites the curated ID06 route, said in the reader's language;
- "can I still become an electrician or is it too late?" (rater16 conv3 T2, answered with three electrician titles) is
  answered "no, it is not too late" (Komvux is free for adults, cited) with the way into the trade: the courses answer
  for the electrician, with the authorisation or the industry's certificate;
- "which licence for a bus, what does it cost, how long does it take?" keeps the YKB steps with their hours beside the
  lengths that point to them (the cost answer had dropped them), and says who pays (Arbetsförmedlingen, Komvux).
Through the real app over the shared test store; the sentences live in phrases/dialogue_route17.yaml.
"""
from __future__ import annotations

import re

import pytest

from assistant.locales import lookup
from tests.dialogue_support import ALL, Person, cited, groups, route_ids, said_all

TEACHER, ULV, BUILDER, SITE, DROPOUT, TOO_LATE, MINIBUS, BUS = said_all(
    "route17_teacher_story", "route17_what_is_ulv", "route17_builder_story", "route17_site_papers",
    "route17_dropout_story", "route17_too_late", "route17_minibus_story", "route17_bus_licence_cost_time")
#: Electricians (SSYK 741x) and the routes into the trade (the industry's certificate, Komvux as an apprentice).
ELECTRICIANS = "741"
#: Eastern Arabic and Persian digits as ASCII digits.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
#: Answers that miss the question: another list, or nothing found.
MISREAD = ("more", "suggest", "unknown_occupation", "which_occupation", "nothing_more")


def _said(locale: str, key: str, answer: str) -> bool:
    """The locale's wording ``key`` is in the answer: its fixed text after the route's title."""
    rest = re.split(r"\{[^}]*\}", str(lookup(locale, key)))[1]
    return " ".join(rest.split())[:30] in " ".join(answer.split())


def _route_answer(client, locale: str, told: str, asked: str, route: str) -> str:
    """A new person tells ``told``, asks ``asked``: the answer is said from the curated ``route``."""
    person = Person(client, locale)
    person.say(told)
    body = person.say(asked)
    answer = body["answer"]
    assert body["action"] not in MISREAD, (locale, body["action"], answer)
    assert f"route:{route}" in route_ids(body), (locale, route_ids(body), answer)
    assert _said(locale, f"route.{route}", answer), (locale, answer)
    return answer


@pytest.mark.parametrize("locale", ALL)
def test_ulv_and_the_building_site_card_asked_by_name_are_said_from_their_routes(client, locale):
    answer = _route_answer(client, locale, TEACHER[locale], ULV[locale], "komplettering_larare")
    assert "Örebro" in answer, (locale, answer)
    _route_answer(client, locale, BUILDER[locale], SITE[locale], "id06")


@pytest.mark.parametrize("locale", ALL)
def test_the_way_into_a_trade_is_said_when_asked_too_late_or_how_long_and_what_it_costs(client, locale):
    person = Person(client, locale)
    person.say(DROPOUT[locale])
    body = person.say(TOO_LATE[locale])
    answer = body["answer"]
    assert body["action"] == "courses", (locale, body["action"], answer)
    assert groups(body) and groups(body)[0].startswith(ELECTRICIANS), (locale, body["occupations"], answer)
    lead = re.split(r"\{[^}]*\}", str(lookup(locale, "yesno.not_too_late")))[0]
    assert " ".join(answer.split()).startswith(" ".join(lead.split())[:25]), (locale, answer)
    assert "route:komvux_avgiftsfri" in route_ids(body), (locale, route_ids(body), answer)
    ways = [c for c in body["citations"] if c["kind"] == "regulated_profession" or c["id"] == "route:certifikat_el"]
    assert ways, (locale, body["citations"], answer)
    # the bus: the licence steps with the hours of the YKB training the duration answer points to, then who pays
    driver = Person(client, locale)
    driver.say(MINIBUS[locale])
    body = driver.say(BUS[locale])
    answer = body["answer"]
    assert any("Yrkesförare" in c["title"] for c in cited(body, "regulated_profession")), (locale, answer)
    assert "140" in answer.translate(_DIGITS), (locale, answer)  # the YKB step: 280 hours, or 140 shortened
    assert {"route:arbetsmarknadsutbildning", "route:komvux_avgiftsfri"} & set(route_ids(body)), (locale, answer)
