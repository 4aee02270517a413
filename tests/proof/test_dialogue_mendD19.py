"""What another occupation earns, when SCB has no salary for the person's own group (mendD19).

change11 set the asked occupation's median against the person's own occupation's. read19's qualifier now rightly reads
an assistant nurse "in home care" as Undersköterska, hemtjänst (SSYK 5321), a group whose salary SCB does not publish,
and the comparison silently vanished. Now, in all 8 languages, the answer says the sources have no figures for her
own occupation and sets the asked median against the nearest group that has them (the same SSYK-3, the same first
word: Undersköterskor, vård- och specialavdelning, 5323), cited, never called her own.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, said_all, wording_start, work_done

HOME_CARE, SECRETARY_PAY = said_all("mendD19_home_care_usk", "change11_secretary_pay")
HOME_CARE_USK = "Y3QA_5pk_uXd"  # Undersköterska, hemtjänst, äldreboende och habilitering (5321: no SCB salary)
NEAREST = "Lönestatistik (SCB): Undersköterskor, vård- och specialavdelning och mottagning"  # 5323


@pytest.mark.parametrize("locale", ALL)
def test_no_figures_for_her_own_group_sets_the_pay_against_the_nearest_group(person, locale):
    told = person.say(HOME_CARE[locale])
    assert work_done(told)[:1] == [HOME_CARE_USK], (locale, work_done(told))
    body = person.say(SECRETARY_PAY[locale])
    assert body["action"] == "salary", (locale, body["action"], body["answer"])
    salaries = [c["title"] for c in body["citations"] if c["kind"] == "statistics" and c["title"].startswith("Lönestatistik")]
    assert len(salaries) == 2 and NEAREST in salaries, (locale, salaries, body["answer"])
    assert wording_start(locale, "salary.own_no_figures") in body["answer"], (locale, body["answer"])
    assert wording_start(locale, "salary.own_less") not in body["answer"], (locale, body["answer"])  # never "your own"
