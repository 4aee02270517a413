"""burnout33 cue readers: calm work with few people wished (cues.yaml limitation ``calm``), which is also a condition
of the work that names no field (work_conditions.condition_spans), and the Swedish and English ways of burning out
(worn_out.yaml). The conversations: tests/proof/test_dialogue_burnout33."""
from __future__ import annotations

import pytest

from assistant.interpretation.constraints import _patterns, fold
from assistant.interpretation.work_conditions import blank_conditions
from assistant.interpretation.worn_out import says_worn_out


def _calm(text: str) -> bool:
    folded = fold(text)
    return any(p.search(folded) for code, p in _patterns()["limitation"] if code == "calm")


@pytest.mark.parametrize("text", [
    "vill ha nåt lugnare med färre människor", "ett jobb som är lugnare", "jobba i lugn och ro i min egen takt",
    "lite kontakt med folk", "a quiet job at my own pace", "something calmer", "little contact with people",
    "بدي شغل اهدى وفيه ناس اقل", "على راحتي", "shaqo deggan oo dad yar leh", "ህዱእ ስራሕ እደሊ", "ውሑዳት ሰባት",
    "یک کار آرام تر میخواهم", "آدم های کمتر", "хочу щось спокійніше", "де менше людей", "у своєму темпі"])
def test_calm_work_is_read(text):
    assert _calm(text)


@pytest.mark.parametrize("text", [
    "läkarn sa att jag ska ta det lugnt", "jag är lugn i mitt arbete", "det är lugnt på jobbet", "i stay calm at work",
    "a few people told me", "less people apply for it", "اسمي هادي", "я спокійно ставлюсь до роботи",
    "vill ha ett jobb med bra lön"])
def test_no_calm_wish_in_ordinary_words(text):
    assert not _calm(text)


def test_calm_words_name_no_field():
    """"fewer people" is a condition of the work, blanked before a field is looked for (it was read as care work)."""
    assert "människor" not in blank_conditions("vill ha nåt lugnare med färre människor omkring mig")


@pytest.mark.parametrize("text", [
    "gick in i väggen förra året", "jag orkar inte tillbaka till klassrummet", "i cant go back to the classroom",
    "totally drained"])
def test_burning_out_is_read(text):
    assert says_worn_out(fold(text))


@pytest.mark.parametrize("text", ["jag kan inte gå tillbaka till jobbet än", "i cant go back to work yet",
                                  "i can't go back to the classroom yet"])
def test_not_yet_is_no_turn_away(text):
    assert not says_worn_out(fold(text))
