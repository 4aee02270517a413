"""The wish for work on the move and "lighter than …" read in every language (assistant/interpretation/moving.py,
move19); "not sit all day" alone, a liking for the outdoors and a street address are no such wish."""
from __future__ import annotations

import pytest

from assistant.interpretation.moving import ACTIVE, asks_lighter_than, read_moving, wants_active
from vagledning.domain.profile import Profile

WISH = {
    "sv": "vill ha ett jobb där jag får röra på mig", "sv-easy": "Jag vill röra mig på jobbet.",
    "en": "want a job where i'm up and moving", "ar": "بدي شغل فيه حركة", "so": "waxaan rabaa shaqo aan dhaqdhaqaaqo",
    "ti": "ክንቀሳቐሰሉ ዝኽእል ስራሕ እደሊ", "fa": "کاری میخواهم که حرکت داشته باشم", "uk": "хочу роботу, де можна рухатися",
}
LIGHTER = {
    "sv": "finns det nåt lättare än städning?", "sv-easy": "Finns det jobb som är lättare än städ?",
    "en": "anything easier than cleaning?", "ar": "في شي أخف من التنظيف؟", "so": "ma jirtaa shaqo ka fudud nadaafadda?",
    "ti": "ካብ ጽሬት ዝፎኾሰ ስራሕ ኣሎ ድዩ?", "fa": "کاری هست که از نظافت سبک‌تر باشه؟", "uk": "є щось легше за прибирання?",
}
NOT_A_WISH = [
    "jag vill inte sitta still hela dagen",  # (the sitting limitation, cues.yaml)
    "i like being outside with animals",  # (a liking: interests)
    "det rör sig om ett deltidsjobb",  # ("it is about")
    "я живу на вулиці Шевченка",  # (an address)
    "نفسي اشتغل شغل برا البيت",
]


@pytest.mark.parametrize("locale", sorted(WISH))
def test_the_wish_is_kept_once_with_its_words(locale):
    p = Profile()
    read_moving(p, WISH[locale], 0)
    read_moving(p, WISH[locale], 1)
    assert wants_active(p) and [c.value for c in p.constraints] == [ACTIVE], (locale, p.constraints)
    assert p.constraints[0].span is not None and p.constraints[0].span.quote in WISH[locale]


@pytest.mark.parametrize("locale", sorted(LIGHTER))
def test_lighter_than_is_read(locale):
    assert asks_lighter_than(LIGHTER[locale]), locale


@pytest.mark.parametrize("text", NOT_A_WISH)
def test_no_wish_without_words_of_moving_at_work(text):
    p = Profile()
    read_moving(p, text, 0)
    assert not wants_active(p), text
