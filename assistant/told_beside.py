"""The occupation named in a sentence beside a question that names none (ask20, rater20 conv4 T7).

"djursjukskötare låter kul. hur länge tar det?": the question part of the message ("how long does it take?") names
nothing, and the sentence before it names the occupation it asks about. It was answered about the occupation picked
earlier (a lorry driver's course). The occupation a telling sentence of this message names by its title, or wishes
for by a confident name, is what the question is about; work the person tells they have done is not (their past is no
question's subject: "I was a cook for 6 years. How long does it take?" asks about what was discussed).
"""
from __future__ import annotations

import re

from assistant.intents import question_part
from assistant.state import Focus, TurnState
from vagledning.domain.marks import FULL_STOPS
from vagledning.domain.runtime import Runtime

_SENTENCE = re.compile(rf"[^{FULL_STOPS}\n]+[{FULL_STOPS}]?")


def told_beside(state: TurnState, rt: Runtime) -> Focus | None:
    """The occupation the non-question sentences of this message name, when its question names none (see above)."""
    from assistant.focus import named_in_message, unresolved_name

    text = state.text or ""
    asked = question_part(text)
    if not asked.strip() or asked.strip() == text.strip() or unresolved_name(state, rt):
        return None  # (one sentence, or a question naming something of its own: the usual reading)
    told = " ".join(s for m in _SENTENCE.finditer(text) if (s := m.group(0).strip()) and s not in asked)
    if not told.strip():
        return None
    mp = state.message_profile
    sub = state.model_copy(update={
        "text": told.strip(),
        "message_profile": mp.model_copy(update={"experiences": []}) if mp is not None else None})
    return named_in_message(sub, rt, guess=False)
