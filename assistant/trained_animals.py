""""Something with dogs, like training them?" wishes for work with animals: the training is the animals', no course.

rater30 en c04 T5: "hmm vet stuff sounds bloody. something with dogs maybe, like training them?" was read as a
question for courses ("training" is a courses cue), and got the licence route of «Veterinär». The same in Arabic
«تدريبهم» and Somali «tababaridooda». A training word (sport_body's ``object_verbs`` in retrieval/interest_cues.yaml)
whose object is an animal – an animal word right before or after it, an object pronoun after it, or a pronoun ending
on it – in a message that names animals is blanked before the intent is read, so the wish is answered with its work. A
course asked about beside the animals keeps its own cue words ("a dog training course", "training to work with
dogs": its object is no animal). Cue words: interest_cues.yaml (animals, pets_dogs, sport_body); pronouns below.
Awaiting native review beyond sv/en.
"""
from __future__ import annotations

import re
from functools import lru_cache

from retrieval.interests import cue_scores, load_topics
from retrieval.lexicon.normalize import normalize_str
from retrieval.object_verbs import object_verbs

ANIMAL_TOPICS = ("animals", "pets_dogs")
#: Object pronouns after the verb ("training them", «дресирувати їх»), per script-free spelling.
PRONOUNS = frozenset("them it her him dem dom den henne honom їх його її их его её".split())
#: Pronoun endings glued to the verb: Arabic «تدريبها/تدريبهم», Somali «tababaridooda/tababarkooda» (their training),
#: Dari «تربیه‌شان».
ENDINGS = ("ها", "هم", "هن", "ooda", "kooda", "dooda", "شان")
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _animal_terms() -> tuple[str, ...]:
    return tuple({t for topic in load_topics() if topic.key in ANIMAL_TOPICS for ts in topic.terms.values() for t in ts})


def _animal(word: str) -> bool:
    return any(word.startswith(t) or (len(t) > 2 and t in word) for t in _animal_terms() if " " not in t)


def _verb(word: str, verbs: frozenset[str]) -> str | None:
    return next((v for v in sorted(verbs, key=len) if word.startswith(v)), None)


def without_animal_training(text: str) -> str:
    """``text`` with the training words whose object is an animal blanked (same length), when it names animals."""
    verbs = object_verbs("sport_body")
    words = [(normalize_str(m.group(0)).casefold(), m.start(), m.end()) for m in _WORD.finditer(text or "")]
    if not any(_verb(w, verbs) for w, _, _ in words) or not set(cue_scores(text)[1]) & set(ANIMAL_TOPICS):
        return text
    out = text
    for i, (w, a, b) in enumerate(words):
        v = _verb(w, verbs)
        if v is None:
            continue
        after = words[i + 1][0] if i + 1 < len(words) else ""
        before = words[i - 1][0] if i > 0 else ""
        rest = w[len(v):]
        if after in PRONOUNS or _animal(after) or _animal(before) or any(rest.endswith(e) for e in ENDINGS if rest):
            out = out[:a] + " " * (b - a) + out[b:]
    return out
