"""Languages told in passing are told (boiler29, rater36 class 7, replay35_new02 T4): «عندي سويدي ٣ من الكومفوكس»
(I have Swedish 3 from Komvux) was read as schooling and the profile kept no language, so the answer after it asked
"Which languages do you speak?". Anything told is never asked again: a statement of the person's own (not a question
such as "do I need Swedish?") that names a language (the interpreter's curated language names, 8 languages) or their
SFI course tells the language slot, whatever the profile kept of it."""
from __future__ import annotations

import re

from assistant.state import TurnState

#: SFI named in a statement tells the person's Swedish ("SFI C", "sfi klar").
_SFI = re.compile(r"(?i)(?<![^\W\d_])sfi(?![^\W\d_])")


def languages_told(state: TurnState) -> bool:
    """A message of the person's (earlier or this one) states a language they have, in words the profile may miss."""
    from assistant.interpretation.segment import about_language, analyse

    said = [m.content for m in state.request.messages if m.role == "user"] or [state.text]
    for text in said:
        try:
            statements = analyse(text, lang=state.language).statements
        except Exception:  # noqa: BLE001 - an unreadable message tells nothing
            continue
        if any(not s.question and (_SFI.search(s.text) or about_language(s.text)) for s in statements):
            return True
    return False
