"""A refusal of what one has done: "not X again", "no more X", "X never again", "done with X" (refuse15).

Rater15 heard a Dari tailor say «دیگه خیاطی نمیخایم» (no more tailoring) and a Swedish shop worker write "jobbat i
butik 8 år, INTE handel igen": both were answered with their own trade first, because the clause was not read as a
refusal (no negation cue of its own: "no more", "ingen … längre", "نمیخایم", "більше НІКОЛИ") or because what it
refused was not tied to the work told. Here: a clause with such a marker (``no_longer.yaml``, per language) is a
refusal (:func:`marker`, used by ``segment.classify_statement``), and a refusal said with one speaks of work the
person has done (:func:`says_no_longer`, used by ``retrieval.constraints`` to leave that work's family out). A
question ("can I still work as a tailor or not?") is never one: questions state nothing about the person.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

from vagledning.yaml_data import load_yaml

PATH = Path(__file__).resolve().parent / "no_longer.yaml"
#: Same-length folding (spans stay valid): case, Arabic yeh/kaf to Persian, apostrophes, zero-width marks.
_FOLD = str.maketrans({"ي": "ی", "ك": "ک", "’": "'", "ʼ": "'", "`": "'", "\u200c": " ", "\u200b": " "})


@functools.cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    doc = load_yaml(PATH.read_text(encoding="utf-8")) or {}
    return tuple((lang, re.compile(p.translate(_FOLD))) for lang, pats in doc.items() for p in pats or [])


def _fold(text: str) -> str:
    folded = text.translate(_FOLD).lower()
    return folded if len(folded) == len(text) else text.translate(_FOLD)


def marker(text: str) -> tuple[str, str] | None:
    """(the marker as written, its language) when ``text`` says "not again / no more / done with"."""
    folded = _fold(text)
    for lang, pat in _patterns():
        m = pat.search(folded)
        if m:
            return text[m.start():m.end()], lang
    return None


def says_no_longer(text: str) -> bool:
    """Whether ``text`` (a refusal's words) says the person will not do it again or any more."""
    return marker(text) is not None


def refusal_after(left: str, right: str) -> bool:
    """A "no longer" clause after a comma is a refusal of its own, apart from the work told before it: "كنت طباخ ٧
    سنين، خلاص تعبت من المطبخ", "darawal baan ahaa 5 sano, darawalnimo mar dambe ma rabo" (read as one negation, the
    work told was lost and nothing was left of the person's story). So is one after a liking told ("люблю ігри, комп
    і малювати, читати ненавиджу": the hated reading refused, the games and drawing still liked, mendC)."""
    from assistant.interpretation.segment import classify_statement

    if marker(right) is None and marker(left) is not None:  # (a liking after a turn away: turnaway12)
        return liking_after(right)
    if marker(right) is None or marker(left) is not None:
        return False
    return classify_statement(left)[0] in ("experience", "education", "interest")


def liking_after(right: str) -> bool:
    """A liking (or a wish) told after a comma that follows a "no longer / away from" clause is a statement of its
    own: "Хочу піти з торгівлі, дуже люблю працювати з дітьми", «میخواهم از کار دوکان بیرون شوم، کار کردن با اطفال را
    خوش دارم» (read as one refusal, the field the person turns to was lost, and rater27 saw the shop work lead again;
    turnaway12)."""
    from assistant.interpretation.segment import classify_statement

    return classify_statement(right)[0] in ("interest", "wish")  # ("…, I want to work with children" too)
