"""A question for work with a topic (assistant/interpretation/work_topic.py): its work words are the ``work_word`` cues
of intents.yaml, the one list of them (struct21: they were a regex of their own in retrieval/topic_asked.py)."""
from __future__ import annotations

import pytest

from assistant.interpretation.work_topic import asks_work_with_topic
from tests.dialogue_support import said

ASKED = said("animals20_which_jobs")


@pytest.mark.parametrize("locale", list(ASKED))
def test_a_question_for_work_with_animals_asks_for_that_topics_work(locale):
    assert asks_work_with_topic(ASKED[locale], locale), ASKED[locale]


@pytest.mark.parametrize("locale", list(said("animals20_likes")))
def test_a_liking_without_a_word_for_work_asks_for_none(locale):
    assert not asks_work_with_topic(said("animals20_likes")[locale], locale)


def test_a_persian_compound_holding_arabic_letters_for_trades_is_no_word_for_work():
    # «برنامه‌نویسی» (programming) without its joiner holds «مهن»: only a word starting so is the Arabic «مهنة»
    assert not asks_work_with_topic("آیا به برنامهنویسی و کمپیوتر علاقه داری؟", "fa")
    assert asks_work_with_topic("ما هي المهن مع الحيوانات؟", "ar")


@pytest.mark.parametrize("locale", list(said("ellipsis8_and_football")))
def test_an_elliptic_and_topic_asks_for_that_topics_work(locale):
    # ellipsis8: "and football?", «وكرة القدم؟» after a list: no work word, the topic asked as "and electrician?" asks
    lang = "sv" if locale == "sv-easy" else locale
    follow_up = said("ellipsis8_and_football")[locale]
    assert asks_work_with_topic(follow_up, lang), follow_up
    # (the statement reader leaves the question mark out: ``question`` says it was there)
    assert asks_work_with_topic(follow_up.rstrip("?؟ "), lang, question=True), follow_up


def test_a_liking_told_is_no_elliptic_question():
    assert not asks_work_with_topic("Jag gillar fotboll och datorer.", "sv")
    assert not asks_work_with_topic("بحب الفوتبول والكمبيوتر.", "ar")
