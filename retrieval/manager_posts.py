"""Managers' and supervisors' posts, and whether the person's profile shows the leading they need.

A counsellor does not offer a pharmacy manager's post to a pharmacist newly arrived, nor a department manager's
to a 23-year-old from his uncle's shop (rater9 conv4/5), nor an e-commerce manager's to an IT technician who
just asked "what CIO??" (place8): such posts are filled from people who have led staff, most often in Sweden.
Which posts lead is read from the JobTech taxonomy, not a list of titles: SSYK major group 1 (chefer) and the
SSYK-4 groups outside it whose name is a leader of staff ("Säljande butikschefer och avdelningschefer i butik",
"Arbetsledare inom bygg …", "Köksmästare och souschefer", "Gruppledare för kontorspersonal", "… föreståndare").
Someone who has done such work, or wishes it, keeps them (lead9: a store manager is shown managers' posts).
"""
from __future__ import annotations

import re

from vagledning.domain.profile import Profile

MANAGERS = "1"
#: An SSYK-4 group name that names leaders of staff ("Chefssekreterare" is a secretary: 'chefer' as a word).
_LEADS = re.compile(r"\bchefer\b|souschefer|avdelningschefer|arbetsledare|gruppledare|föreståndare|städledare",
                    re.IGNORECASE)


def manager_post(occ) -> bool:
    """True for a post that leads staff: SSYK major group 1 or a supervisors' SSYK-4 group (module doc)."""
    code = getattr(occ, "ssyk_code", None) or ""
    return code.startswith(MANAGERS) or bool(_LEADS.search(getattr(occ, "ssyk_label", None) or ""))


def has_led(profile: Profile, rel) -> bool:
    """Whether the profile shows leading: work done in a manager's or supervisor's post, or one wished for."""
    own = [e.occupation.id for e in profile.experiences] + [w.concept.id for w in profile.wishes if w.concept]
    return any(manager_post(rel.occupation(i)) for i in own)
