"""The route into a regulated profession, asked any way, by someone trained abroad (issue 10 items 2 and 6; a Syrian
nurse's Arabic widget conversation at the end of 2026-12-04 (third), rater20's electrician).

- "how can I work as a nurse here?" («كيف بقدر اشتغل ممرضة هون؟», «hur kan jag jobba som sjuksköterska här?», "how
  do I become …", "what do I need to work as … in Sweden?") told with the work done abroad got a list of jobs with
  the route as one line in Arabic and Swedish, while English got Socialstyrelsen's steps: every phrasing of the way
  into a regulated profession gets that profession's steps for the foreign-trained, with its authority, cited;
- after "I have 3 kids", "what do I do first this week?" gave preschool-teacher steps: the first steps follow the
  person's own goal (the nurse), and "do they pay me while studying?" is a rights answer (action ``rights``);
- "what can I work as meanwhile?" for a regulated profession: unlicensed work of the same field (the taxonomy's
  similar occupations), not unrelated work; a pharmacist hears of the prescriptionist's licence too (Receptarie).

In all 8 languages, through the real app over the shared test store; the sentences live in
phrases/dialogue_licence21.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, LIST_ACTIONS, cited, groups, said_all, wording_start

NURSE_HOW, KIDS, PAID, FIRST, ELECTRICIAN, MEANWHILE, PHARMACIST = said_all(
    "licence21_nurse_how_here", "licence21_three_kids", "licence21_paid_studying", "licence21_first_this_week",
    "licence21_electrician_how", "licence21_meanwhile", "licence21_pharmacist_need")


def _routes(body: dict) -> list[str]:
    """The regulated-profession routes an answer cites (``regulated:sjukskoterska`` …)."""
    return [c["id"] for c in cited(body, "regulated_profession")]


def _pages(body: dict) -> list[str]:
    return [c.get("url") or "" for c in cited(body, "regulated_profession")]


@pytest.mark.parametrize("locale", ALL)
def test_how_to_work_as_a_nurse_here_gets_socialstyrelsens_steps_for_the_foreign_trained(person, locale):
    body = person.say(NURSE_HOW[locale])
    assert body["action"] == "licence", (locale, body["action"], body["answer"][:400])
    assert "regulated:sjukskoterska" in _routes(body), (_routes(body), body["answer"][:400])
    assert any("socialstyrelsen.se" in url for url in _pages(body)), _pages(body)
    assert wording_start(locale, "licence.steps_outside_eu") in body["answer"], body["answer"]
    assert groups(body)[:1] and groups(body)[0].startswith("222"), (body["occupations"], body["answer"][:300])


@pytest.mark.parametrize("locale", ALL)
def test_first_steps_follow_the_nurses_goal_after_a_family_fact_and_money_is_a_rights_answer(person, locale):
    person.say(NURSE_HOW[locale], KIDS[locale])
    money = person.say(PAID[locale])
    assert money["action"] == "rights", (locale, money["action"], money["answer"][:400])
    first = person.say(FIRST[locale])
    assert first["action"] == "steps", (locale, first["action"], first["answer"][:400])
    assert "regulated:sjukskoterska" in _routes(first), (_routes(first), first["answer"])
    assert not any(g.startswith("234") for g in groups(first)), (first["occupations"], first["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_an_electrician_from_abroad_gets_the_authorisation_and_work_of_his_field_meanwhile(person, locale):
    how = person.say(ELECTRICIAN[locale])
    assert how["action"] == "licence", (locale, how["action"], how["answer"][:400])
    assert "regulated:elinstallator" in _routes(how), (_routes(how), how["answer"][:400])
    meanwhile = person.say(MEANWHILE[locale])
    assert meanwhile["action"] in LIST_ACTIONS, (locale, meanwhile["action"], meanwhile["answer"][:400])
    shown = groups(meanwhile)
    # the electrical trades (SSYK 74) or electrical assembly (82), never unrelated work
    assert shown and shown[0][:2] in ("74", "82"), (meanwhile["occupations"], meanwhile["answer"][:400])
    assert sum(g[:2] in ("74", "82") for g in shown) >= 2, meanwhile["occupations"]


@pytest.mark.parametrize("locale", ALL)
def test_a_pharmacist_from_abroad_gets_the_licence_the_receptarie_route_and_pharmacy_work_meanwhile(person, locale):
    need = person.say(PHARMACIST[locale])
    assert need["action"] == "licence", (locale, need["action"], need["answer"][:400])
    assert "regulated:apotekare" in _routes(need), (_routes(need), need["answer"][:400])
    assert "regulated:receptarie" in _routes(need), (_routes(need), need["answer"])
    assert "Receptarie" in need["answer"], need["answer"]
    meanwhile = person.say(MEANWHILE[locale])
    assert meanwhile["action"] in LIST_ACTIONS, (locale, meanwhile["action"], meanwhile["answer"][:400])
    labels = [o["label"] for o in meanwhile["occupations"]]
    assert labels and labels[0] == "Apotekstekniker", (labels, meanwhile["answer"][:400])
