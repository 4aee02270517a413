"""A correction or a refusal hits only what the person turned down (mendE21; rater22 class 1, issue 10).

The rater's findings: "Haha no, not the army, I mean invoicing" excluded Redovisningsassistent, the work she wanted;
«وإذا ما قبلوني بالأسنان…» ("and if they don't accept me in dental care…") excluded Tandsköterska, her goal; "du
svarade inte om datorn" (a complaint about the answer) became "you no longer want to be a process operator". A
counsellor drops only what is negated. Now, in all 8 languages:

- a conditional ("if they don't accept me", "om jag inte kommer in") refuses nothing, and its "another job" is a
  fallback weighed, not a turning away from the goal: the goal stays a wish and nothing is avoided;
- a complaint about the answer ("you didn't answer about the computer") refuses nothing: the own work stays;
- "not X, I mean Y" refuses X only: nothing of Y (accounting, invoicing) is refused.
Through the real app over the shared test store; the sentences live in phrases/dialogue_mendE21.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, constraints, said_all

GOAL, IF_NOT, OPERATOR, NOT_ANSWERED, NOT_X_MEAN_Y = said_all(
    "mende21_dental_goal", "mende21_if_not_accepted", "mende21_operator_story", "mende21_not_answered",
    "mende21_not_x_i_mean_y")


def _turned_away(body: dict) -> list[dict]:
    return constraints(body, "avoid") + [c for c in constraints(body, "other") if c["value"] == "change_field"]


@pytest.mark.parametrize("locale", ALL)
def test_if_not_accepted_refuses_nothing(person, locale):
    person.say(GOAL[locale])
    body = person.say(IF_NOT[locale])
    assert not _turned_away(body), (locale, body["profile"]["constraints"])


@pytest.mark.parametrize("locale", ALL)
def test_a_complaint_about_the_answer_refuses_nothing(person, locale):
    person.say(OPERATOR[locale])
    body = person.say(NOT_ANSWERED[locale])
    assert not _turned_away(body), (locale, body["profile"]["constraints"])


@pytest.mark.parametrize("locale", ALL)
def test_not_x_i_mean_y_refuses_no_part_of_y(person, locale):
    body = person.say(NOT_X_MEAN_Y[locale])
    refused = [(c.get("concept") or {}).get("label", "") + " " + c["value"] for c in constraints(body, "avoid")]
    assert not [r for r in refused if any(w in r.casefold() for w in ("redovis", "ekonom", "faktur", "kontor",
                                                                       "löne", "bokför"))], (locale, refused)
