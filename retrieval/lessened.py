"""Words of a topic said with "less" before them ask for less of it, never for it: "ett mindre fysiskt jobb", "less
physical work", «عملاً أقل جهداً بدنياً», «менш фізичну роботу» are a limitation (the body), no liking of sport. Read
before the interest cues (retrieval/interests.cue_scores), where "fysisk" made a home-care assistant nurse's wish for
lighter work a wish for youth and sports leaders (like13 reads a wish clause beside a turn-away on its own)."""
from __future__ import annotations

#: "less" in each served language, as normalised text has them; the two words after it are blanked.
LESS = frozenset({
    "mindre", "less", "fewer", "أقل", "اقل", "ዝወሓደ", "ዝነከየ", "کمتر", "менш", "менше", "меньше",
})
#: how many words after the "less" word are its object ("less | physically demanding" work)
_REACH = 2


def blank_lessened(norm: str, toks: list[tuple[str, int, int]]) -> str:
    """``norm`` with the words that follow a "less" word (up to two) blanked, same length; ``toks`` its tokens."""
    out = norm
    for i, (t, _, _) in enumerate(toks):
        if t in LESS:
            for _, a, b in toks[i + 1:i + 1 + _REACH]:
                out = out[:a] + " " * (b - a) + out[b:]
    return out
