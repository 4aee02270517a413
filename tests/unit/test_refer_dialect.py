"""Spoken Arabic points back at the job just discussed with «هال…» ("this …"), written onto the noun and often after
«ب» ("in"): «كم بيعطوا راتب بهالشغل؟» (rater31 ar c01 T3) was echoed back as the unknown occupation «بهالشغل». Such
pointers are the ``refer`` cue group, like «هذا العمل», and are never read as a name."""
from __future__ import annotations

import pytest

from assistant.intent_cues import has


@pytest.mark.parametrize("text", ["كم بيعطوا راتب بهالشغل؟", "شو بدي ادرس لهالمهنة؟", "قديش مدة هالشغلة",
                                  "الشغل ده محتاج شهادة؟", "بدي اعرف اكتر عن هاد الشغل"])
def test_spoken_arabic_this_job_refers_back(text):
    assert has("refer", text)


def test_a_word_that_only_starts_like_it_does_not():
    assert not has("refer", "اشتغلت بالشغل الحر")
