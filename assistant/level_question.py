"""Whether a level of Swedish is enough, asked beside the level told ("SFI D. Räcker det?", "I finished SFI but not
SvA. Is it a problem for the course?", "my swedish is A2, is that ok?", «SFI B እየ ዘለኹ። ይኽእል ድየ?»): the "swedish"
intent (assistant/swedish_enough.py answers it). Split from assistant/intents.py, which reads every other intent."""
from __future__ import annotations

import re

from assistant.intent_cues import has, normalize

#: What else "is it a problem?" may ask about beside a Swedish level told: the body, age, money (limits18, age18, study18).
_OTHER_WORRIES = ("health", "body_worn", "age_worry", "too_late", "cost_ask", "money_word", "cond_heavy", "cond_night")


def asks_enough(t: str) -> bool:
    """Whether a level of Swedish is enough, or a problem ("Räcker SFI D?", "is my swedish a problem?")."""
    enough = has("enough", t) or (has("swedish_problem", t) and not any(has(g, t) for g in _OTHER_WORRIES))
    return enough and (has("swedish", t) or has("swedish_level", t) or has("swedish_step", t))


def level_enough(asked: str, text: str) -> bool:
    """"I finished SFI but not SvA. Is it a problem for the course?", "SFI D. Räcker det?": a level of Swedish told
    beside a question whether it is enough, or a problem (swedish18, rater17 conv3 T4); not "is my back a problem?"."""
    return ("?" in asked or "؟" in asked) and (has("enough", asked) or has("swedish_problem", asked)) \
        and (has("swedish_step", text) or has("swedish_level", text)) \
        and not any(has(g, asked) for g in _OTHER_WORRIES)


#: A CEFR level told as a code ("A2", "b1"), read only beside a word for Swedish (a "C1" alone may be a lorry licence).
_LEVEL_CODE = re.compile(r"(?<!\w)[abc][12](?!\w)", re.I)


def level_can_ask(asked: str, text: str) -> bool:
    """"SFI B. Can I?", "my swedish is A2, is that ok?", «SFI B እየ ዘለኹ። ይኽእል ድየ?»: a short "can I / does it work / is that
    ok?" closing the question, beside a level of Swedish or SFI told, asks whether that level is enough (slips17,
    rater29 ti c06 T3 got a general Swedish ladder). Only the question's last five words are read."""
    if not ("?" in asked or "؟" in asked):
        return False
    tail = " ".join(normalize(asked).replace("?", " ").replace("؟", " ").split()[-5:])
    level = has("swedish_step", text) or (has("swedish_level", text) or bool(_LEVEL_CODE.search(text))) \
        and has("swedish", text)
    # (not a question about work or demand that ends the same way: «در اومیو کار نظافت آسان پیدا میشه؟», is cleaning
    # work easy to find in Umeå?, after "I finished SFI", asks about demand)
    about_work = has("work_word", asked) or has("demand", asked)
    return level and has("level_can", tail) and not about_work and not any(has(g, asked) for g in _OTHER_WORRIES)
