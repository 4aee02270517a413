"""The form of the answers over a conversation (rater11, 1.8/5: "the same caveats repeat every turn", a web address
running into the next heading, an Iranian-Persian register for Afghan readers of Dari).

In all 8 languages, from the person's side:

- a caveat is said once per conversation: the second salary asked (another occupation) gives its figures, cited, and
  only refers back to what was said about the figures, without the source's percentile caveat again
  (assistant/said_before.py);
- CSN's address named in an answer ends its line: the next sentence never runs into it (assistant/composers/grounded.py);
- in Dari, a midwife who writes as Afghans do («شفاخانه», «قابله», «معاش») is read as a midwife, and the salary
  answer says «معاش», not the Iranian «حقوق».
Through the real app over the shared test store; the sentences live in phrases/dialogue_form11.yaml.
"""
from __future__ import annotations

import re

import pytest

from tests.dialogue_support import ALL, cited, said, said_all, wording_start

COOK, COOK_PAY, BUS_PAY = said_all("form11_cook_story", "form11_cook_pay", "form11_bus_pay")
CARE, CSN = said_all("form11_long_care_story", "form11_csn_at_my_age")
MIDWIFE, MIDWIFE_PAY = said("form11_dari_midwife")["fa"], said("form11_dari_midwife_pay")["fa"]
#: A web address followed on its line by more words (a marker "[n]" may follow it).
RUN_ON = re.compile(r"https?://\S+[ \t]+[^\s\[]")
BARNMORSKA = "2222"


@pytest.mark.parametrize("locale", ALL)
def test_the_caveat_about_salary_figures_is_said_once_and_then_referred_to(person, locale):
    caveat = wording_start(locale, "occ.salary_caveat", 20)
    first = person.say(COOK[locale], COOK_PAY[locale])
    assert first["action"] == "salary" and cited(first, "statistics"), first["answer"]
    assert caveat in first["answer"], first["answer"]
    second = person.say(BUS_PAY[locale])
    assert second["action"] == "salary" and cited(second, "statistics"), second["answer"]
    assert second["occupations"] != first["occupations"], second["occupations"]
    assert caveat not in second["answer"], second["answer"]
    assert wording_start(locale, "again.figures", 15) in second["answer"], second["answer"]


@pytest.mark.parametrize("locale", ALL)
def test_a_web_address_ends_its_line(person, locale):
    body = person.say(CARE[locale], CSN[locale])
    assert "csn.se" in body["answer"] and cited(body, "education_route"), body["answer"]
    assert not RUN_ON.search(body["answer"]), body["answer"]


@pytest.mark.parametrize("locale", ["fa"])
def test_dari_is_read_and_the_salary_is_said_in_dari(person, locale):
    body = person.say(MIDWIFE)
    assert any((o["ssyk_code"] or "").startswith(BARNMORSKA) for o in body["occupations"]), body["occupations"]
    body = person.say(MIDWIFE_PAY)
    assert body["action"] == "salary" and body["occupations"][0]["ssyk_code"].startswith(BARNMORSKA), body["answer"]
    assert "معاش" in body["answer"] and "حقوق" not in body["answer"], body["answer"]
