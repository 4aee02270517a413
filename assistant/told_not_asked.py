"""Things told that hold a question's cue word (intent17, rater30 sv c02): "jag vet inte hur länge till jag orkar"
(strain told: its "how long" asks no duration) and "jag kan inte vara utan lön i tre år" (pay one cannot be without:
no salary question). Split from assistant/intents.py, which blanks them before reading a question."""
from __future__ import annotations

from assistant.intent_cues import cues, normalize


def without_strain(text: str) -> str:
    """``text`` (normalised) without the words of strain told (intent17, cue group ``strain_told``: "jag vet inte hur
    länge jag orkar", "I don't know how long I can keep going"): how long one's own strength lasts asks nothing, and
    its "how long" is no duration question (rater30 sv c02 T1 got «Veterinär»'s study length); nor is the pay one
    cannot be without (``pay_kept``: "jag kan inte vara utan lön i tre år") a salary question; nor is the training of
    animals one wishes to work with a courses question (assistant/trained_animals.py)."""
    from assistant.trained_animals import without_animal_training

    # ("something with dogs, like training them?": the training told is the dogs', no course asked; animals18)
    t = without_animal_training(normalize(text))
    for group in _TOLD:  # (the pay one cannot be without told, "I can't be without pay for three years", too)
        pat = cues().get(group)
        t = pat.sub(lambda m: " " * len(m.group()), t) if pat and pat.search(t) else t
    return t


#: The cue groups of things told that hold a question's cue word: strain ("how long") and pay kept ("salary").
_TOLD = ("strain_told", "pay_kept")
