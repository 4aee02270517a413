""""My licence is not valid in Sweden yet": a driving licence the person will have, kept apart from the licences
they hold (skills) and from refusals. Split from constraints.py, which reads the cue and calls this."""

from __future__ import annotations

import re

from assistant.interpretation.sentences import sentence_bounds
from vagledning.domain.profile import Constraint, Profile, Span

#: JobTech driving-licence concepts (retrieval/lexicon/skills.yaml, type driving-licence) -> category,
#: the same table the copilot uses (api/static/copilot-text.js LICENCES).
LICENCE_CATEGORY = {"VTK8_WRx_GcM": "B", "bcFd_Vkt_KXL": "BE", "BKCx_hST_Pcm": "C", "zZu8_iZ9_wMH": "CE",
                    "hK1a_wsQ_4UG": "D", "hK8X_cX9_5P4": "A"}
PENDING_PREFIX = "korkort_ej_giltigt:"


def pending_licences(profile: Profile, text: str, folded: str, pats: list[tuple[str, re.Pattern[str]]],
                     message: int) -> None:
    """The licence skill of a "not valid yet" sentence leaves the skills, the negation it made is no refusal, and
    the licence is kept as the constraint the copilot shows ("Körkort C: inte giltigt än")."""
    for _, pat in pats:
        for m in pat.finditer(folded):
            a, b = sentence_bounds(text, m.start(), m.end())
            # The licence named in that sentence (or in the message: "I have a C licence. It is not valid yet").
            named = [s for s in profile.skills if s.id in LICENCE_CATEGORY and s.span.message == message
                     and a <= s.span.start < b] or \
                    [s for s in profile.skills if s.id in LICENCE_CATEGORY and s.span.message == message]
            cats = [LICENCE_CATEGORY[s.id] for s in named] or ["B"]  # "körkort" alone is a car licence
            gone = {s.id for s in named}
            profile.skills = [s for s in profile.skills if s.id not in gone]
            profile.constraints = [c for c in profile.constraints if not (
                c.kind == "avoid" and c.span.message == message and c.span.start < b and a < c.span.end)]
            for cat in dict.fromkeys(cats):
                value = f"{PENDING_PREFIX}{cat}"
                if not any(x.kind == "other" and x.value == value for x in profile.constraints):
                    profile.constraints.append(Constraint(
                        kind="other", value=value, label=text[m.start():m.end()],
                        span=Span.of(text, m.start(), m.end(), message), confidence=0.8))
