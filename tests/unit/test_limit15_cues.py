"""limit15: a bodily limitation said beside a wish is read as a limitation in every language (cues.yaml
``constraints.limitation``): the back said in everyday words, lifting in Iraqi Arabic and Dari, hearing and sight
(rater15: "bus driver but i dont hear well" became a refusal of "hear well"); everyday phrases that name no body
stay unread."""
from __future__ import annotations

import pytest

from assistant.interpretation.constraints import _patterns, fold


def _codes(text: str) -> set[str]:
    folded = fold(text)
    return {code for code, pat in _patterns()["limitation"] if pat.search(folded)}


@pytest.mark.parametrize(("text", "code"), [
    ("skulle vilja jobba på ett lager men har problem med ryggen", "back"),
    ("Jag vill jobba på ett lager. Men min rygg gör ont.", "back"),
    ("want warehouse work but ive got back issues", "back"),
    ("ابي اشتغل في مخزن بس ظهري تعبان", "back"),
    ("waxaan rabaa inaan ka shaqeeyo bakhaar laakiin dhabarkayga ayaa i xanuuna", "back"),
    ("ኣብ መኽዘን ክሰርሕ እደሊ ግን ሕቖይ ጸገም ኣለዎ", "back"),
    ("میخواهم در گدام کار کنم ولی کمرم مشکل داره", "back"),
    ("хочу на склад, але спина болить", "back"),
    ("ابي اشتغل بالمخزن بس ما اگدر اشيل ثگيل", "lifting"),
    ("میخوام در گدام کار کنم ولی نمیتانم بار سنگین بردارم", "lifting"),
    ("vill bli busschaufför men jag hör dåligt", "hearing"),
    ("i want to be a bus driver but i dont hear well", "hearing"),
    ("ابي اصير سايق باص بس سمعي ضعيف", "hearing"),
    ("waxaan rabaa darawal bas laakiin si fiican uma maqlo", "hearing"),
    ("хочу бути водієм, але погано чую", "hearing"),
    ("میخوام راننده بس شوم ولی گوشم ضعیف است", "hearing"),
    ("vill köra lastbil men jag ser dåligt", "sight"),
    ("want to drive a truck but my eyesight is bad", "sight"),
    ("ابي اشتغل سايق بس نظري ضعيف", "sight"),
    ("хочу бути водієм, але погано бачу", "sight"),
    ("میخوام راننده شوم ولی چشمم ضعیف است", "sight"),
    ("waxaan rabaa darawal laakiin indhahaygu way liitaan", "sight"),
    ("ሹፌር ክኸውን እደሊ ግን ዓይነይ ጸገም ኣለዎ", "sight"),
])
def test_a_limit_said_beside_a_wish_is_read(text, code):
    assert code in _codes(text), (text, _codes(text))


@pytest.mark.parametrize("text", [
    "det ser inte bra ut med jobb här",
    "jag vill ha en ryggsäck",
    "i want to go back to work",
    "ابي اشتغل بعد الظهر",
    "waxaan rabaa shaqo, ma arko shaqo halkan",
    "ich", "i heard about welding",
])
def test_words_that_name_no_body_are_no_limit(text):
    assert not _codes(text) & {"back", "hearing", "sight", "lifting"}, (text, _codes(text))
