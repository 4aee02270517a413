"""What one likes to do, with whom or with what (retrieval/interest_cues.yaml, ``yields_to``).

"I love fixing computers" is the computers topic's: the repair verb alone would also point to
carpenters (hands_tools' search phrase). "I like helping elderly people" points to elderly care, not
to the general helping topic's social workers. The general topic keeps its interest types.
"""
from __future__ import annotations

import pytest

from retrieval.interests import cue_scores, load_topics

CASES = [
    ("en", "I love fixing computers", "computers", "hands_tools"),
    ("sv", "Jag gillar att reparera datorer", "computers", "hands_tools"),
    ("ar", "أحب تصليح الكمبيوترات", "computers", "hands_tools"),
    ("uk", "Я люблю ремонтувати комп'ютери", "computers", "hands_tools"),
    ("en", "I enjoy repairing cars", "machines_vehicles", "hands_tools"),
    ("en", "I like helping elderly people", "elderly_care", "helping_people"),
    ("so", "Waxaan jeclahay inaan caawiyo dadka waayeelka ah", "elderly_care", "helping_people"),
    ("uk", "Мені подобається допомагати літнім людям", "elderly_care", None),
    ("ti", "ዓበይቲ ዓዲ ምሕጋዝ ይፈቱ", "elderly_care", None),
    ("en", "I like helping children with homework", "children_teaching", "helping_people"),
]


@pytest.mark.parametrize(("lang", "text", "topic", "general"), CASES)
def test_the_specific_topic_leads_and_the_general_one_points_nowhere(lang, text, topic, general):
    scores, topics = cue_scores(text, lang)
    assert topic in topics, topics
    if general:
        assert general not in topics, topics


def test_a_general_topic_alone_still_points_somewhere_and_keeps_its_types():
    assert cue_scores("I like fixing things with my hands", "en")[1] == ["hands_tools"]
    scores, _ = cue_scores("I love fixing computers", "en")
    assert scores["R"] >= 1.0   # hands_tools' R still counts


def test_yields_to_names_known_topics():
    keys = {t.key for t in load_topics()}
    for t in load_topics():
        assert set(t.yields_to) <= keys - {t.key}, t.key


@pytest.mark.parametrize("text", ["بدي اشتغل مع الولاد", "احب الشغل مع اولاد المدرسة", "بحب اشتغل مع ولاد صغار"])
def test_spoken_arabic_kids_are_the_children_topic(text):
    # rater16 conv1: «مع الولاد» had no topic, and a meaning match made it «Lokaluthyrare» (Hyreskonsulent)
    assert "children_teaching" in cue_scores(text, "ar")[1]


def test_a_birth_is_not_children():
    assert "children_teaching" not in cue_scores("اشتغلت بقسم الولادة", "ar")[1]


@pytest.mark.parametrize(("lang", "text"), [("fa", "میخواهم پول هم دربیارم"), ("en", "i want to earn some money too"),
                                            ("sv", "vill tjäna pengar också"), ("so", "lacag ayaan u baahanahay")])
def test_earning_money_is_no_liking_for_sales(lang, text):
    # rater17 conv1: "I want to earn money meanwhile" gave street vendor and shop work "matching your interests"
    assert "selling_business" not in cue_scores(text, lang)[1]


def test_the_dari_health_sector_is_health():
    assert "health" in " ".join(cue_scores("میخواهم در بخش صحت باشم", "fa")[1])
