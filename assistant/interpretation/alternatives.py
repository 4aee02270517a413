"""The other half of a yes/no question ("... or not?"), which is no refusal; and the alternatives of a wish
("kassa i affär eller reception?"), each a wish of its own.

A negation word right after "or" at the end of a clause asks ("خبرتي تنحسب لو لا", does my experience count
or not; "потрібен чи ні", needed or not; "ma shaqayn karaa mise maya"). Read as a negation, the person's own
question was stored as a refusal and answered "I have excluded that".
"""
from __future__ import annotations

import functools
import re

from retrieval.lexicon.normalize import Normalized, normalize, tokens

#: "or" and the "not/no" that closes a question, as user text is normalised (Persian "یا" -> "يا", "خیر" -> "خير").
ALT_OR = {"or", "eller", "لو", "او", "ولا", "чи", "або", "mise", "ama", "ወይ", "ወይስ", "يا"}
ALT_NO = {"not", "no", "inte", "nej", "لا", "ні", "maya", "ኣይኮነን", "ኣይፋል", "نه", "خير"}


#: "(it is) no problem" / "is it not a problem?" accepts or asks; its negation refuses nothing (rater9 conv1:
#: "کمرم درد میکنه، تمام روز دریوری کردن مشکل نیست؟" was stored as a refusal of driving and "set aside").
NO_PROBLEM = ("inget problem", "inga problem", "inte ett problem", "inte något problem", "inte problem", "ingen fara",
              "no problem", "not a problem", "not an issue", "no issue", "not problem",
              "مو مشكلة", "مش مشكلة", "ليست مشكلة", "ليس مشكلة", "ما في مشكلة", "مافي مشكلة", "لا مشكلة", "مو مشكله",
              "dhib ma leh", "dhibaato ma leh", "dhibaato ma aha", "dhib ma aha", "dhib ma laha",
              "ጸገም የብሉን", "ጸገም የለን", "ሽግር የለን", "ጸገም ኣይኮነን", "ሽግር የብሉን",
              "مشکل نیست", "مشکلی نیست", "مشکل نداره", "مشکلی نداره", "مشکل ندارد", "مشکلی ندارد",
              "не проблема", "нема проблем", "немає проблем", "немає проблеми", "без проблем")


@functools.cache
def _no_problem() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(t for t, _, _ in tokens(normalize(p).text)) for p in NO_PROBLEM)


def drop_question_alternative(norm: Normalized) -> list[str]:
    """The tokens of a statement, with the "not" of an "or not" that ends a clause (the end of the text or
    punctuation after it) blanked: "or not, and where …" still asks; "or not want X" would refuse; and
    the words of a "no problem" blanked."""
    toks = tokens(norm.text)
    out = [t for t, _, _ in toks]
    for i in range(len(toks) - 1):
        after = norm.text[toks[i + 1][2]:].lstrip()
        if out[i] in ALT_OR and out[i + 1] in ALT_NO and (not after or not after[0].isalnum()):
            out[i + 1] = ""
    for phrase in _no_problem():
        n = len(phrase)
        for i in range(len(out) - n + 1):
            if tuple(out[i:i + n]) == phrase:
                out[i:i + n] = [""] * n
    return out


#: "or" between two kinds of work wished for ("kassa eller reception", "receptionist or office assistant",
#: "كاشير او استقبال", "khasnaji ama soo dhaweyn", "ካሸር ወይ ሪሰፕሽን", "صندوقدار یا پذیرش", "касир або рецепція"):
#: each alternative is linked on its own (rater8 conv3: only the first became a wish, reception was never answered).
_ALT_SPLIT = re.compile(r"\s+(?:eller|or|او|أو|ولا|والا|ama|mise|ወይ|ወይስ|یا|يا|або|чи)\s+|\s*/\s*|\s*,\s*(?=\w)")


def alternatives(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The spans of the alternatives "X or Y" (or "X, Y") within ``text[a:b]``; the whole span when there is one."""
    out: list[tuple[int, int]] = []
    start = a
    for m in _ALT_SPLIT.finditer(text, a, b):
        if text[start:m.start()].strip():
            out.append((start, m.start()))
        start = m.end()
    if text[start:b].strip():
        out.append((start, b))
    return out or [(a, b)]
