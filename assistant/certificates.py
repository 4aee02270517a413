"""A certificate the work itself needs, asked by name ("do I need a chainsaw licence?", "hygiene certificate or
alcohol?"), answered about that certificate, never with "no – not needed" about another occupation.

rater11 conv5: a carpenter asking about forest work and a chainsaw heard "No – not needed" about *snickare* and "I could
not find the occupation «motorsåg»"; conv2: a cook asking about a hygiene certificate or alcohol heard of no licence.
The certificates are curated ``work_rule`` routes (ingest/data/education_routes.yaml: Arbetsmiljöverket's
chainsaw rules, Livsmedelsverket on food hygiene, the kommun's serving licence and Folkhälsomyndigheten's test), each
named in a question by the cue group in :data:`CUES` (assistant/locales/intents.yaml, every language). The answer: "it
depends / no authority's licence, but …" first, then each certificate asked, cited. The occupation in focus stays shown
only when the certificate is one of its own (a cook asking about hygiene).

cards32 (rater39): a driving-licence class asked of a site machine ("C or CE for the excavator?") is the machine
operator's card (Maskinentreprenörerna: yrkesbevis on site, AM/tractor or B on the road, C/CE and YKB for lorries),
never the lorry driver's "yes"; the YKB test asked in another language gets Trafikverket's rule (no interpreter for
professional tests) beside the rest of the answer, which it does not replace (:data:`_BESIDE`).
"""
from __future__ import annotations

from assistant.evidence import sv_title
from assistant.focus import question_part
from assistant.gymnasium import prefix_len
from assistant.intent_cues import has
from assistant.routes import Route, evidence_of, route_gloss, route_wording, routes
from assistant.state import TurnState
from vagledning.domain.runtime import Runtime

#: Route key -> the ways a question names it: each a tuple of cue groups that must all occur (route17: ID06 by its
#: name, or as the card or papers of a building site; ULV by its name).
CUES: dict[str, tuple[tuple[str, ...], ...]] = {
    "motorsagskorkort": (("cert_chainsaw",),), "livsmedelshygien": (("cert_hygiene",),),
    "serveringstillstand": (("cert_alcohol",),), "id06": (("cert_id06",), ("cert_site", "cert_papers")),
    "komplettering_larare": (("cert_ulv",),), "truckkort": (("cert_truck",),),
    # cards32: a licence class asked of a site machine ("C or CE for an excavator?"): the machine operator's rules
    "maskinforare_behorighet": (("cert_machine", "machine_licence"),),
    # cards32: the YKB test asked in a language or with an interpreter: Trafikverket's rule, beside the rest
    "ykb_prov_tolk": (("ykb_named", "exam_language"),)}
#: Cards said beside the rest of the answer, never replacing it ("YKB in English? and employers with weak Swedish?").
_BESIDE = ("ykb_prov_tolk",)
#: Kinds of a route that is a certificate or rule of the work ("do I need …?" leads its answer); any other route named
#: (a programme: "what is ULV?") is answered by what it is, whatever the question asks of it.
_RULES = ("work_rule", "work_certificate")
#: Routes with a sentence of their own (``route.<key>`` in every locale) when asked about by name.
_OWN_SENTENCE = ("komplettering_larare",)
#: Answers a certificate question replaces: a licence answer, or one that found nothing (an unknown "occupation").
_REPLACES = ("licence", "unknown_occupation", "which_occupation")


def work_rules(rt: Runtime, code: str | None) -> list[Route]:
    """The rules of SSYK group ``code``'s work (kind ``work_rule``): said in a licence answer, never offered as a way
    into the occupation."""
    return [r for r in routes(rt).values() if r.kind == "work_rule" and code and prefix_len(code, r.ssyk)]


def say_rules(state: TurnState, rules: list[Route]) -> None:
    """Each rule as a bullet, cited (once per answer: by the sentences said, since an answer replaced keeps its
    evidence)."""
    said = {f.source for f in state.facts}
    for rule in rules:
        if rule.doc_id not in said:
            ev = state.add_evidence(evidence_of(rule))
            # route17: a programme asked about by name says what it is in its own sentence (ULV: no knowledge test)
            key = f"route.{rule.key}" if rule.key in _OWN_SENTENCE else route_wording(ev)
            state.say(key, ev.doc_id, bullet=True, title=sv_title(ev.title, route_gloss(ev)))


def asked_certificates(state: TurnState, rt: Runtime) -> list[Route]:
    """The curated certificates the question part of the message names, in :data:`CUES` order."""
    asked = question_part(state.text)
    table = routes(rt)
    return [table[key] for key, ways in CUES.items()
            if key in table and any(all(has(g, asked) for g in way) for way in ways)]


def _licence_question(state: TurnState) -> bool:
    """A question about the certificate ("do I need …?", "a card for the chainsaw?"), or an answer that found nothing
    else to say; "what does a forest worker do with a chainsaw?" keeps its own answer."""
    asked = question_part(state.text)
    return state.action in _REPLACES or any(has(g, asked) for g in ("licence", "need", "cert_word"))


def _cost_or_time(state: TurnState) -> bool:
    """The question asks what getting the certificate costs, who pays, or how long it takes."""
    from assistant.study_money import asks_cost

    asked = question_part(state.text)
    return asks_cost(asked) or has("duration", asked)


def answer_certificates(state: TurnState, rt: Runtime) -> bool:
    """Answer a question that names certificates (see the module docstring); False when it names none."""
    certs = asked_certificates(state, rt)
    rules = [c for c in certs if c.kind in _RULES]
    beside = all(c.key in _BESIDE for c in certs)  # (cards32: a card said beside the rest of the answer)
    if certs and (_cost_or_time(state) or beside):  # "how long does a truckkort take, what does it cost?" (money19): the
        say_rules(state, certs)  # certificate's page cited beside the length and the cost answer, which stay
        return False
    if not certs or (len(rules) == len(certs) and not _licence_question(state)):
        return False
    focus = state.focus
    own = focus is not None and any(prefix_len(focus.ssyk_code or "", c.ssyk) for c in certs)
    state.facts.clear()
    state.unresolved = None
    if not own:  # the certificate is not the shown occupation's: no answer about that occupation
        state.presented.clear()
        state.focus = None
    state.action = "licence" if rules else "what_is"
    if rules:
        state.say("yesno.need_certificate")
    say_rules(state, certs)
    return True
