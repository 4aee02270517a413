"""Arabic terms on words that mean something else in Persian/Dari are not read in a Persian text (mendB21).

The lexicon matches every language's terms against every text and unifies Persian letters with Arabic ones, so
an Arabic term such as «مكتب» (office) fired on Dari «مکتب» (school) and a maths teacher's first answer offered
office work (rater21 conv 4). The words and their two meanings are ``false_friends.yaml``. A text counts as
written in Persian letters when it has more Persian kāf/yā (ک ی, what a Persian keyboard types) than Arabic ones
(ك ي); Iraqi «گ»/«چ» do not count, Arabic writers use them too.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from retrieval.lexicon.normalize import normalize_str
from vagledning.yaml_data import load_yaml

FALSE_FRIENDS_FILE = Path(__file__).resolve().parent / "false_friends.yaml"
_PERSIAN, _ARABIC = "\u06a9\u06cc", "\u0643\u064a"  # ک ی / ك ي


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    data = load_yaml(FALSE_FRIENDS_FILE.read_text(encoding="utf-8")) or {}
    return frozenset(normalize_str(str(w)) for w in (data.get("words") or {}))


#: Persian endings written onto such a word (normalised letters): «مکتبی» (of school: «طفل مکتبی», a school child),
#: «مکتبها», «مکتبش», «مدرسه‌ای»: the word is still the Persian one, and an Arabic term read on it by an Arabic ending
#: (ي, my) is as false (own widget conversation: a Dari seamstress's «سه طفل مکتبی دارم» gave office work done).
_PERSIAN_ENDINGS = ("هاي", "ها", "اي", "ي", "ش", "م", "ت", "مان", "تان", "شان")


def _false_friend_word(token: str) -> bool:
    words = _words()
    return token in words or any(token.endswith(e) and token[:-len(e)] in words for e in _PERSIAN_ENDINGS)


def persian_letters(text: str) -> bool:
    """The text is typed with Persian letters (more ک/ی than ك/ي)."""
    return sum(text.count(c) for c in _PERSIAN) > sum(text.count(c) for c in _ARABIC)


def false_friend(term, user_tokens: list[str], persian: bool) -> bool:
    """In a text typed in Persian letters, a ``term`` (the lexicon's Term) read on words that mean something else
    in Persian: an Arabic term made only of such words, or another language's term that reached such a word only by
    an ending (Persian «مدرس», teacher, on «مدرسه», school)."""
    if not persian or not user_tokens or not all(_false_friend_word(t) for t in user_tokens):
        return False
    return term.lang == "ar" or list(user_tokens) != list(term.raw)
