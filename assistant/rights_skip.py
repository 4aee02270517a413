"""What a rights answer leaves out: the route keys of CSN's, the trygghetsråds' and the permits' supports, and which
of them a topic does not say because another topic of the same message says them, the person cannot have them
(temporary protection, no job here, not laid off, a pupil's age), or the question did not name them.

Split from :mod:`assistant.rights` (which plans the answer) so that each module owns one thing; rights imports these
names, and this module reads rights' question readers lazily (rights imports it at load).
"""
from __future__ import annotations

from assistant.asked_cards import card_skip
from assistant.business import business_skip
from assistant.driving_licence import driving_skip
from assistant.employer_duty import FUND, public_employer
from assistant.intent_cues import has
from assistant.job_loss import AGB, transition_skip
from assistant.job_loss import NAMED as FUNDS_NAMED
from assistant.pupil_rights import national_skip
from assistant.residence import temporary_protection
from assistant.rights_told import OMSTALLNING, no_job_here, pupil_age, told_laid_off
from assistant.state import TurnState
from assistant.study_money import cost_skip

#: CSN's extra grant for parents (route10): said only to someone who told of children.
TILLAGG = "csn_tillaggsbidrag"
#: money12: CSN's "no studiestöd under the Temporary Protection Directive", said first to someone with temporary
#: protection, then what they can get (SFI/Komvux by population registration); CSN's grants are not offered to them.
PROTECTED = "csn_tillfalligt_skydd"
#: time15: CSN's grant for the unemployed with a short education (25–56, applied for through the municipality).
STUDY_START = "studiestartsstod"
#: youth16: CSN's studiehjälp for gymnasium pupils, said first (before the adults' grants and loans) to a pupil or
#: someone who told an age under 20, and to no one else; transition support (27-62) is no news to them.
PUPIL_GRANT = "studiehjalp"
#: csn20: what someone with temporary protection gets instead of CSN: Migrationsverket's daily allowance while not
#: population-registered (LMA), Arbetsförmedlingen's introduction programme once registered.
LMA, INTRO = "lma_tillfalligt_skydd", "etablering_tillfalligt_skydd"
_NOT_WITH_PROTECTION = ("studiemedel", TILLAGG, OMSTALLNING, "studiemedel_belopp", "omstallning_belopp", STUDY_START)
#: The trygghetsråd routes, offered only to someone who says they were laid off or given notice.
_LAID_OFF_ONLY = ("tsl_omstallning", "trr_omstallning", AGB)


def said_elsewhere(state: TurnState, topic: str) -> set[str]:
    """Routes this topic leaves to another topic of the same message: transition support is said once, by the
    transition topic when asked (a laid-off worker's CSN question), and the trygghetsråd only to the laid off."""
    from assistant.rights import asked_of, rights_topics

    skip = set()
    if topic != "transition" and "transition" in rights_topics(state):
        skip.add(OMSTALLNING)
    if topic in ("cost", "study_work") and ({"csn", "cost", "paid_learning"} - {topic}) & set(rights_topics(state)):
        skip.update(("studiemedel", STUDY_START))  # CSN said once, by its own topic or the cost answer
    if topic == "cost":  # "how much does it cost?": the cost, and one support at most (slips17)
        skip.update(cost_skip(state))
    if topic == "study_work" and "paid_learning" in rights_topics(state):  # (partial14: said once, by paid learning)
        skip.update(("yrkesintroduktion", "komvux_larling"))
    if topic != "study_work" and "study_work" in rights_topics(state):  # (study18: asked beside a job they have)
        skip.add(STUDY_START)  # CSN's grant for the unemployed is not theirs
    if no_job_here(state):  # study leave is an employee's right (rater22 conv2: offered to a woman with no job)
        skip.add("studieledighet")
    if topic == "employer" and not public_employer(state):
        skip.add(FUND)
    if topic == "rehab" and {"employer", "sick_study"} & set(rights_topics(state)):  # the plan said by the other
        skip.add("rehab_arbetsgivare")
    if not has("laid_off", state.text) and not told_laid_off(state):
        # (a fund the question names by its name, "TSL, vad är det?", is answered: it is what was asked; rater22)
        skip.update(k for k in _LAID_OFF_ONLY if k not in funds_named(state))
    if topic == "transition":  # (the severance grant beside TSL: job_loss.transition_skip)
        skip.update(transition_skip(state, "severance" in rights_topics(state)))
    if topic == "business":
        skip.update(business_skip(state))
    if topic in ("driving", "driving_b"):
        skip.update(driving_skip(state, asked_of(state.text)))
    if topic == "national_programme":
        skip.update(national_skip(state, asked_of(state.text)))
    skip.update(card_skip(topic, asked_of(state.text)))
    skip.add(OMSTALLNING if pupil_age(state) else PUPIL_GRANT)
    if temporary_protection(state):
        skip.update(_NOT_WITH_PROTECTION)
        if topic != "sfi_protection" and "sfi_protection" in rights_topics(state):
            skip.add("sfi_tillfalligt_skydd")  # said by its own topic
    else:
        skip.update((PROTECTED, "sfi_tillfalligt_skydd", LMA, INTRO))
    return skip


def funds_named(state: TurnState) -> set[str]:
    """The transition organisations the question names by their names (TSL, TRR: assistant/job_loss.NAMED), and the
    severance grant named (AGB, avgångsbidrag: topics6)."""
    from assistant.rights import asked_of

    asked = asked_of(state.text)
    named = {key for key, (group, _) in FUNDS_NAMED.items() if has(group, asked)}
    return named | {AGB} if has("severance_ask", asked) else named
