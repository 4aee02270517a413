"""The cues of assistant/study_reach.py: "I can't move" and "at a distance", said in other words than the proof test's
(yhdist12), and what they must not read."""
from __future__ import annotations

import pytest

from assistant.study_reach import asks_distance, cannot_move


@pytest.mark.parametrize("text", [
    "vi kan inte flytta härifrån", "Jag måste bo kvar i Umeå", "we can't relocate, my husband works here",
    "I cannot move because of my kids", "ما فيني انتقل لمدينة تانية", "لا أستطيع الانتقال", "guuri maayo",
    "ክቕይር ኣይክእልን", "نمیتونم جابجا شوم", "ми не можемо переїхати", "переїзд неможливий"])
def test_cannot_move_is_read(text):
    assert cannot_move(text)


@pytest.mark.parametrize("text", [
    "jag vill flytta till Göteborg", "i want to move to Malmö", "jag vill inte flytta till Luleå",
    "I moved to Sweden in 2019", "هاجرت إلى السويد", "я переїхала до Швеції"])
def test_moving_or_a_refused_town_is_no_staying(text):
    assert not cannot_move(text)


@pytest.mark.parametrize("text", [
    "finns den som distansutbildning?", "går det att plugga hemifrån?", "is it a distance course?",
    "can I do it online?", "هل يمكن الدراسة عن بعد؟", "ma jiraa online?", "ብርሑቕ ይከኣል ድዩ?", "آنلاین هم هست؟",
    "чи є заочна форма?"])
def test_distance_study_is_read(text):
    assert asks_distance(text)


@pytest.mark.parametrize("text", [
    "how far is it?", "is it far from Borås?", "I want to work from a distance of 20 km", "jag söker jobb på nätet"])
def test_far_or_job_search_is_no_distance_study(text):
    assert not asks_distance(text)
