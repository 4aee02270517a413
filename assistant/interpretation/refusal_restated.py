"""A refusal said again as a request is no work done (demand17, rater16 conv5).

"پاک کاری نمیخواهم. کار پاک کاری برایم نگو لطفا" (no cleaning; don't tell me cleaning work): the second clause has no
cue of its own ("don't give me …", "ge mig inga …", "ha ii soo jeedin …" are requests to the assistant, not statements
about the person), and a clause without a cue that names an occupation is read as work done (segment.py). The farmer
then "had" cleaning work: he was offered Köksbiträde and Hemvårdare with «städa kök», «diska» and «tvätta kläder» as
"what you know from your earlier work".

An occupation named only in a clause without a cue, after a refusal of that same occupation (earlier in the message
or in an earlier one), without years of its own, is the refusal said again: it is dropped from the work done. Work
told before it is refused ("Städerska i tio år. Vill inte städa mer.") stays the person's own work.
"""
from __future__ import annotations

from vagledning.domain.profile import Profile


def drop_restated_refusals(profile: Profile, statements, message_index: int) -> None:
    """Drop experiences of this message named only in an uncued clause after a refusal of the same occupation."""
    refused: dict[str, tuple[int, int]] = {}
    for c in profile.constraints:
        if c.kind == "avoid" and c.concept is not None and c.span is not None:
            at = (c.span.message, c.span.start)
            refused[c.concept.id] = min(at, refused.get(c.concept.id, at))
    if not refused:
        return
    uncued = [(st.start, st.end) for st in statements if st.cue is None and st.kind in ("experience", "other")]

    def restated(e) -> bool:
        s = e.span
        return (s is not None and s.message == message_index and e.years is None and e.occupation.id in refused
                and refused[e.occupation.id] < (s.message, s.start) and any(a <= s.start and s.end <= b for a, b in uncued))

    profile.experiences = [e for e in profile.experiences if not restated(e)]
