"""What the employer must do for someone whose body is worn by the work (rater11 conv3, 1/5).

A care worker of 58 with worn-out shoulders asked whether her employer had any responsibility and could move her to
lighter work: she got more occupations. A counsellor names the employer's side first: the duty of work adaptation
(Arbetsmiljöverket's rules, with the occupational health service), the rehabilitation plan if she is sick-listed
(Försäkringskassan), and for a municipal or regional employee the welfare sector's transition fund
(Omställningsfonden), which supports employees while still employed. The routes are curated pages
(``ingest/data/education_routes.yaml``), said by :mod:`assistant.rights` as the topic ``employer``.
"""
from __future__ import annotations

from assistant.focus import question_part
from assistant.intent_cues import has
from assistant.state import TurnState

#: The welfare sector's transition fund: only for someone employed by a municipality or region.
FUND = "omstallningsfonden"


def _told(state: TurnState, group: str) -> bool:
    """``group`` said in the new message or an earlier message of the person's."""
    return has(group, state.text) or any(m.role == "user" and has(group, m.content) for m in state.request.messages)


def asks_employer_duty(state: TurnState) -> bool:
    """The question asks what the employer must do, from someone whose body is worn: a body part or a health word
    told, a limitation in the profile (heavy lifting, the back …), or sick leave."""
    if not has("employer_duty", question_part(state.text)):
        return False
    limited = any(c.kind == "limitation" for c in state.profile.constraints)
    return limited or _told(state, "body_worn") or _told(state, "health") or _told(state, "rights_sick")


def public_employer(state: TurnState) -> bool:
    """Employed by a municipality or region (its home care, its care homes), as told in the conversation."""
    return _told(state, "public_employer")


#: The state sector's transition organisation: only for someone employed by the state (a government agency).
STATE_FUND = "trygghetsstiftelsen"
#: CSN's grant for the unemployed with a short education: not for someone still employed.
STUDY_START = "studiestartsstod"
#: The transition funds of private employers' collective agreements (TSL, TRR, the LO agreement's severance grant).
PRIVATE_FUNDS = ("tsl_omstallning", "trr_omstallning", "agb_avgangsbidrag")
#: Money to study or to change work asked about: the topics of :mod:`assistant.rights` a sector's fund belongs to.
_STUDY_TOPICS = ("csn", "transition", "study_work")


def sector_funds(state: TurnState, topic: str, keys: tuple[str, ...]) -> tuple[str, ...]:
    """The route keys of ``topic`` for the employer's sector told (rights20, rater33 new03: a municipal care worker
    asking about studying was never told of Omställningsfonden): a municipal or regional employee hears of the welfare
    sector's fund beside CSN's support (a state employee of Trygghetsstiftelsen), and of no private sector's fund nor,
    still employed, CSN's grant for the unemployed; ``keys`` as they are otherwise."""
    fund = STATE_FUND if _told(state, "state_employer") else FUND if public_employer(state) else None
    if topic not in _STUDY_TOPICS or fund is None:
        return keys
    gone = PRIVATE_FUNDS if _told(state, "laid_off") else (*PRIVATE_FUNDS, STUDY_START)
    keys = tuple(k for k in keys if k not in gone and k != FUND)
    return (*keys, fund)
