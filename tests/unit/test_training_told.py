"""A training, degree or diploma told without a school level is education (interpretation/schooling.trained);
saying one has none, asking about one or wishing for one is not."""
from __future__ import annotations

import pytest

from assistant.interpretation.schooling import trained
from assistant.interpretation.segment import analyse
from vagledning.domain.profile import Profile

HAS = ["I studied nursing for three years.", "Jag är utbildad snickare.", "درست التمريض في دمشق.",
       "Waxaan haystaa shahaado korontada.", "Маю диплом кухаря.", "من مدرک برق کاری دارم."]
HAS_NOT = ["I have no diploma.", "I don't have any degree.", "Jag har ingen examen.", "من مدرک ندارم.",
           "Shahaado ma haysto.", "Я не маю диплому.", "Do I need a diploma for this?", "I want to get a degree in nursing.",
           "I am studying nursing now."]


def _education(text: str) -> list:
    profile = Profile()
    trained(profile, analyse(text), text, 0, set())
    return profile.education


@pytest.mark.parametrize("text", HAS)
def test_a_training_told_is_education_of_unknown_level(text):
    (item,) = _education(text)
    assert item.sun_level is None and not item.in_progress


@pytest.mark.parametrize("text", HAS_NOT)
def test_none_asked_or_wished_is_no_education(text):
    assert not _education(text)
