"""What the person's residence status allows, as far as they said it: a residence permit as a refugee, for
protection or as a family member (Arbetsförmedlingen's introduction programme, Etableringsprogrammet), or
temporary protection under the EU's Temporary Protection Directive (work is allowed; that programme is not
for them). Read from what the person wrote and the countries of their work; nothing is asked."""
from __future__ import annotations

import re

from assistant.state import TurnState

#: A residence permit, as people write it (sv, en, ar, fa, so, ti, uk, ru): someone from Ukraine who says they have
#: one, and not one under temporary protection, may be in the introduction programme.
_PERMIT = re.compile(r"uppehållstillst|residence permit|إقامة|اقامة|اجازه اقامت|sharci deganaansho|ፍቓድ መንበሪ|"
                     r"መንበሪ ፍቓድ|посвідк|дозв\w* на прожива|вид на жительство", re.I)
_TEMPORARY = re.compile(r"tillfälligt skydd|massflykt|temporary protection|тимчасов\w* захист|временн\w* защит|"
                        r"حماية مؤقتة|الحماية المؤقتة|حمایت موقت|ilaalin\w* ku[- ]meel[- ]gaar|ግዝያዊ ሓለዋ", re.I)
#: Countries whose people in Sweden mostly hold temporary protection (the EU's temporary protection directive),
#: which is outside the introduction programme.
_TEMPORARY_PROTECTION = {"UA"}


def introduction_programme_fits(state: TurnState) -> bool:
    """Etableringsprogrammet is for a residence permit as a refugee, for protection or as a family member, in the
    first years after it; not offered to someone who has worked in Sweden (they are no longer newly arrived), nor
    to someone who worked in a country of temporary protection (Ukraine) unless they wrote of a permit."""
    if any((e.country or "").upper() == "SE" for e in state.profile.experiences):
        return False
    return not temporary_protection(state)


def temporary_protection(state: TurnState) -> bool:
    """The person said they have temporary protection, or worked in a country of temporary protection (Ukraine)
    and wrote of no other residence permit."""
    said = " ".join(m.content or "" for m in state.request.messages if m.role == "user")
    if _TEMPORARY.search(said):
        return True
    from_there = any((e.country or "").upper() in _TEMPORARY_PROTECTION for e in state.profile.experiences)
    return from_there and not _PERMIT.search(said)
