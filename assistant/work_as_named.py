""""Could I work as a project manager instead?" names the work it asks of (second24, rater34 10 T3/T4: the project
coordinator asked beside another question was read as a wish for other suggestions, its "instead" a turn away, and
dropped). A may-I-work-as question with words after its "as" is that occupation's question; "what else could I work
as?" names nothing after it, and "… as something else?" names no occupation (cue ``more``): both still ask for others.
"""
from __future__ import annotations

import re

from assistant.intent_cues import cues, has, normalize


def names_work_asked(text: str) -> bool:
    """The "can I work as …" of ``text`` names the work it asks of (see above)."""
    t = normalize(text)
    m = cues()["can_work_as"].search(t) if "can_work_as" in cues() else None
    return m is not None and re.search(r"\w", t[m.end():]) is not None and not has("more", t)
