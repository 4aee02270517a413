"""The first steps of a job loss, said once (rater15: a laid-off shop manager never heard of Arbetsförmedlingen's first
day, the a-kassa, TRR or CSN's omställningsstudiestöd).

Someone who says they were laid off, lost their job or got notice (``laid_off`` in assistant/locales/intents.yaml, 8
languages) gets, beside what they asked and once in the conversation (the first message that tells it), the steps a
counsellor gives first, each from the curated page that says it (ingest/data/education_routes.yaml):

- register with Arbetsförmedlingen on the first day of unemployment (the a-kassa counts from that day);
- apply to the a-kassa, or join the one of one's line of work;
- the transition organisation of the employer's collective agreement (TRR, Trygghetsfonden TSL, Omställningsfonden):
  the person checks which one theirs has; beside TSL, the same agreement's severance grant from Afa Försäkring (AGB,
  topics6) for a worker of 40 or more - not to someone whose told age or white-collar or municipal work rules it out;
- CSN's omställningsstudiestöd, for someone who has worked long and wants to retrain.

A route this answer already gave (a laid-off person's question about CSN or help: assistant/rights.py) is not given
twice; a young person (school, not the employment service) gets none of this.
"""
from __future__ import annotations

from assistant.evidence import sv_title
from assistant.intent_cues import has
from assistant.routes import evidence_of, route_gloss, routes
from assistant.state import Fact, TurnState
from vagledning.domain.runtime import Runtime

#: Route key -> the sentence that says it to someone who lost their job, in the order a counsellor gives them.
STEPS = (("af_forsta_dagen", "job_loss.af"), ("a_kassa", "job_loss.akassa"), ("trr_omstallning", "job_loss.trr"),
         ("tsl_omstallning", "job_loss.tsl"), ("agb_avgangsbidrag", "job_loss.agb"), ("omstallningsfonden", "job_loss.fund"),
         ("omstallningsstudiestod", "job_loss.csn"))
#: The transition organisations: introduced by one sentence that says the agreement decides which.
FUNDS = ("trr_omstallning", "tsl_omstallning", "omstallningsfonden")
AGB = "agb_avgangsbidrag"


def told_job_loss_now(state: TurnState) -> bool:
    """This message tells a job loss and no earlier message of the conversation did."""
    if not has("laid_off", state.text):
        return False
    earlier = [m for m in state.request.messages[:-1] if m.role == "user"]
    return not any(has("laid_off", m.content) for m in earlier)


def agb_may_fit(state: TurnState) -> bool:
    """The severance grant (AGB) may be this laid-off person's: a told age within its ages (40-64: the route's
    conditions) and no told work whose transition organisation is TRR's or the public sector's (the grant belongs to
    the LO agreements, as TSL does); unknown is not "no"."""
    from assistant.route_conditions import unmet

    return unmet(state, AGB) is None and own_fund(state) not in ("trr_omstallning", "omstallningsfonden")


def transition_skip(state: TurnState, severance_asked: bool) -> set[str]:
    """What of the severance grant and TSL the rights answer about transition support leaves out (topics6). Asked
    beside the grant ("TSL och AGB?"): both, said once by the grant's own topic. Otherwise the grant is said beside
    TSL only to someone it may be for (:func:`agb_may_fit`); asked by name, it is always said (its own topic), and
    said plainly not to be theirs when their age is outside its ages."""
    if severance_asked:
        return {AGB, "tsl_omstallning"}
    return set() if agb_may_fit(state) else {AGB}


def say_job_loss(state: TurnState, rt: Runtime | None) -> None:
    """The first steps of a job loss, cited, before the answer's closing question (once: :func:`told_job_loss_now`)."""
    if rt is None or state.profile.is_youth() or not told_job_loss_now(state):
        return
    table = routes(rt)
    said = {e.doc_id for e in state.evidence}
    steps: list[Fact] = []
    for key, wording in STEPS:
        route = table.get(key)
        if route is None or route.doc_id in said or key == AGB and not agb_may_fit(state):
            continue
        if key in FUNDS and not any(f.key == "job_loss.funds" for f in steps):
            steps.append(Fact(key="job_loss.funds"))
        ev = state.add_evidence(evidence_of(route))
        steps.append(Fact(key=wording, source=ev.doc_id, bullet=True,
                          params={"title": sv_title(ev.title, route_gloss(ev))}))
    if not steps:
        return
    block = [Fact(key="job_loss.intro", paragraph=True), *steps]
    at = len(state.facts)
    while at > 0 and state.facts[at - 1].key.startswith("ask."):  # (the question the answer ends with stays last)
        at -= 1
    state.facts[at:at] = block


# ------------------------------------------------------------------ routes18: the person's own transition organisation
#: Fund route -> the cue group that names it in a message (assistant/locales/intents.yaml) and the short key of its
#: sentences: ``job_loss.not_<short>`` (a fund named that is not the person's) and ``job_loss.yours_<short>``.
NAMED = {"trr_omstallning": ("fund_trr", "trr"), "tsl_omstallning": ("fund_tsl", "tsl"),
         "omstallningsfonden": ("fund_public", "fund")}
#: SSYK major groups of workers' jobs (arbetare: LO unions' agreements, Trygghetsfonden TSL) and of white-collar staff
#: (tjänstemän in private companies, TRR); service, care and sales (5) are either, so no fund is picked for them.
WORKERS, STAFF = "6789", "1234"


def told_job_loss(state: TurnState) -> bool:
    """A job loss told in this message or an earlier one of the person's."""
    return has("laid_off", state.text) or any(m.role == "user" and has("laid_off", m.content)
                                              for m in state.request.messages)


def own_fund(state: TurnState) -> str | None:
    """The transition organisation of the person's last job, by what they did: a municipal or regional employee the
    welfare sector's fund, a worker's job TSL, white-collar work TRR; None when it cannot be told (service work)."""
    from assistant.employer_duty import public_employer

    if public_employer(state):
        return "omstallningsfonden"
    code = next((e.ssyk_code for e in state.profile.experiences if e.ssyk_code), None)
    if not code:
        return None
    return "tsl_omstallning" if code[0] in WORKERS else "trr_omstallning" if code[0] in STAFF else None


def say_own_fund(state: TurnState, rt: Runtime | None) -> None:
    """After a job loss, when the message names a transition organisation or asks for the first steps: the person's
    own one by what they did, cited, and a wrong one named corrected ("TRR is for white-collar staff") - first in the
    answer. Not in the message that tells the job loss (its steps list all three)."""
    if rt is None or state.profile.is_youth() or not told_job_loss(state) or told_job_loss_now(state):
        return
    named = [key for key, (group, _) in NAMED.items() if has(group, state.text)]
    if not named and state.action != "steps":
        return
    own = own_fund(state)
    route = routes(rt).get(own) if own else None
    if own is None or route is None:
        return
    job = next((e.occupation.label for e in state.profile.experiences if e.ssyk_code and e.occupation), None)
    ev = state.add_evidence(evidence_of(route))
    block = [Fact(key=f"job_loss.not_{NAMED[key][1]}") for key in named if key != own]
    params = {"title": sv_title(ev.title, route_gloss(ev)), "occupation": sv_title(job or "", "occupation")}
    block.append(Fact(key=f"job_loss.yours_{NAMED[own][1]}", source=ev.doc_id, params=params))
    table = routes(rt)
    others = {table[key].doc_id for key in NAMED if key != own and key in table}  # (a listed other fund: not his)
    # (TRR's general sentence, "if you were a white-collar employee … TRR", said to a white-collar worker after
    # "yours is TRR", read as if he were not one: rater34 new03; the sentence above says it, once. TSL's general
    # sentence says what TSL gives, and the severance grant beside it: kept)
    same = ev.doc_id if own == "trr_omstallning" else None
    state.facts[:] = block + [f for f in state.facts if f.source not in others and (same is None or f.source != same)]
