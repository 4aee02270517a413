"""No boilerplate the person did not ask for, no empty links (rater38 class 7; issue 10: form).

The counsellor's findings, as kinds of failure:
- a sentence pointing to a web page with no page in it ("Заяву подають на сайті UHR: [5]", replay37_new02 T2
  "…: [2]"): a pointer names the address of its cited source, or ends where its words end;
- the SFI -> SvA ladder after a question about working in English (replay34_new03 T3: "are there jobs … where english
  is enough?"): the ladder answers a question about learning Swedish, not one about another working language;
- study leave (studieledighet) before the answer to "can I get CSN?" (new01 T3, new03 T4): CSN's own answer first;
  study leave after it, never to someone whose job is hourly work (no employment the leave law covers);
- "after SFI you can study SvA" opening the answer to a course question from someone at SFI (replay37_new03 T3,
  rater36 35_new01 T4): the course asked for first, the next step of Swedish after it.
Through the real app over the shared test store; the sentences live in phrases/dialogue_boiler31.yaml.
"""
from __future__ import annotations

import re

import pytest

from tests.dialogue_support import ALL, groups, route_ids, said_all, wording_literal, wording_start

(LAWYER, UHR_ASK, TESTER, ENGLISH_ASK, WAREHOUSE, CSN_ASK, AT_SFI, SFI_COURSE) = said_all(
    "boiler31_lawyer_story", "boiler31_lawyer_uhr", "boiler31_tester_story", "boiler31_tester_english",
    "boiler31_warehouse_story", "boiler31_warehouse_csn", "boiler31_sfi_story", "boiler31_sfi_course")
#: A pointer (":" or the Ethiopic colon) followed by nothing but a citation marker or the line's end.
_BARE_POINTER = re.compile(r"[:：፦]\s*(?:\[\d+\]\s*)+(?:$|[^\w\s(«])|[:：፦]\s*(?:\[\d+\])\s*$", re.M)
_SVA_PREAMBLE = ("route.swedish_second_language", "route.swedish_second_language_place")
SWEDISH_ROUTES = ("route:sfi", "route:komvux_sas")


def _bare_pointers(answer: str) -> list[str]:
    return [answer[max(0, m.start() - 60): m.end()] for m in _BARE_POINTER.finditer(answer)]


@pytest.mark.parametrize("locale", ALL)
def test_a_pointer_to_uhr_names_its_page(person, locale):
    person.say(LAWYER[locale])
    body = person.say(UHR_ASK[locale])
    assert not _bare_pointers(body["answer"]), (locale, _bare_pointers(body["answer"]))
    uhr = [c for c in body["citations"] if "uhr" in (c.get("id") or "").casefold()
           or "uhr.se/bedomning" in (c.get("url") or "")]
    assert uhr, (locale, route_ids(body), body["answer"])  # the degree's assessment is answered
    assert "uhr.se" in body["answer"], (locale, body["answer"])  # with the page where one applies


@pytest.mark.parametrize("locale", ALL)
def test_a_question_about_work_in_english_gets_no_swedish_ladder(person, locale):
    person.say(TESTER[locale])
    body = person.say(ENGLISH_ASK[locale])
    assert wording_literal(locale, "swedish.learn") not in body["answer"], (locale, body["answer"])
    assert not set(SWEDISH_ROUTES) & set(route_ids(body)), (locale, route_ids(body), body["answer"])
    assert body["answer"].strip() and any(g.startswith("25") for g in groups(body)), (locale, groups(body),
                                                                                       body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_can_i_get_csn_gets_csn_and_no_study_leave_preamble(person, locale):
    person.say(WAREHOUSE[locale])
    body = person.say(CSN_ASK[locale])
    ids = route_ids(body)
    assert "route:studieledighet" not in ids, (locale, ids, body["answer"])  # (an hourly job: no study leave)
    assert "route:studiemedel" in ids, (locale, ids, body["answer"])  # CSN's own answer


@pytest.mark.parametrize("locale", ALL)
def test_at_sfi_a_course_question_gets_the_course_before_the_step_after_sfi(person, locale):
    person.say(AT_SFI[locale])
    body = person.say(SFI_COURSE[locale])
    opening = body["answer"].strip().split("\n")[0][:160]
    for key in _SVA_PREAMBLE:
        assert wording_start(locale, key, 14) not in opening, (locale, key, body["answer"])
    ids = route_ids(body)
    own = [i for i in ids if i not in SWEDISH_ROUTES]
    assert own, (locale, ids, body["answer"])  # the course asked for is answered
    if "route:komvux_sas" in ids:
        assert ids.index(own[0]) < ids.index("route:komvux_sas"), (locale, ids, body["answer"])
