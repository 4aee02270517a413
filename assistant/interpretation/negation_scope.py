"""The reach of a negation: "not" binds to its own clause, and "not for now" puts off, it refuses nothing (wishnot12).

Rater27 found two faults of one class:

- "I want X, not Y" refused both. In a verb-final clause the refusal's verb comes last («ኣናጺ ክኸውን እደሊ፣ ኣጽራዪ
  ኣይደልን», "waxaan rabaa inaan noqdo nijaar, nadiifiye ma rabo", «میخواهم نجار شوم، کار نظافت نمیخواهم»), and in
  Levantine Arabic "not" is a bare «مو»/«مش» after the comma: the sentence was read as one refusal of everything it
  named. A clause after a comma (or opened by a word for "not", ``opening_not`` in negation_scope.yaml) that refuses on
  its own, after a clause that tells a wish or work and names something, is a statement of its own
  (:func:`refusal_beside`, read by segment.split_statements; :func:`opens_with_not`, read by
  segment.classify_statement).
- «ليس صيدلي الآن» (not pharmacist for now) is a deferral: a counsellor keeps the pharmacist as the long goal and
  answers for now. A refusal said with a time word of now or later (``deferral``) refuses nothing (:func:`deferred`,
  read by the interpreter), and a message that defers something asks for work in the meantime (:func:`defers`, read
  by assistant/policy.meanwhile). "Not … any more" stays a refusal (no_longer.yaml).
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

from vagledning.yaml_data import load_yaml

PATH = Path(__file__).resolve().parent / "negation_scope.yaml"
#: Languages that put the verb last: the wish's verb ends its clause, and the refusal after it is a clause of its own.
_VERB_FINAL = ("ti", "so", "fa")
#: Words for "however" that stand after the topic they set apart (Tigrinya).
_POSTPOSITIVE = frozenset({"ግን", "ግና"})
#: The question marks of our scripts: a clause that asks refuses nothing.
_MARKS = ("?", "؟", "፧")


@functools.cache
def _doc() -> dict:
    return load_yaml(PATH.read_text(encoding="utf-8")) or {}


@functools.cache
def _words(key: str) -> frozenset[str]:
    from assistant.interpretation.cues import toks_of

    return frozenset(t for words in (_doc().get(key) or {}).values() for w in words or [] for t in toks_of(str(w))[:1])


@functools.cache
def _deferral() -> re.Pattern[str]:
    from assistant.intent_cues import cue_pattern

    words = [str(w) for w in _doc().get("deferral") or []]
    return re.compile("|".join(cue_pattern(w) for w in words) or r"(?!)")


@functools.cache
def _wish_ends() -> frozenset[str]:
    """The last words of the wish cues of verb-final languages (cues.yaml): «እደሊ», "rabaa", «میخواهم»."""
    from assistant.interpretation.cues import CUES_PATH, toks_of

    doc = load_yaml(CUES_PATH.read_text(encoding="utf-8")) or {}
    wish = (doc.get("kinds") or {}).get("wish") or {}
    return frozenset(toks_of(str(c))[-1] for lang in _VERB_FINAL for c in wish.get(lang) or [] if toks_of(str(c)))


def ends_wish(tok: str) -> bool:
    """A normalised token that ends a wish cue of a verb-final language: after it, a clause of its own may refuse
    ("ኣናጺ ክኸውን እደሊ ኣጽራዪ ኣይደልን", "nijaar baan rabaa ee nadiifiye maaha")."""
    return tok in _wish_ends()


def topic_before(joiner: str, left: str, right: str) -> bool:
    """Tigrinya «ግን» (however) stands after the topic it sets apart: in "ኣጽራዪ ግን ኣይደልን" (a cleaner, however, I do
    not want) the topic before it, standing alone (``left``, at most two words since the clause began), belongs to the
    refusal after it, which names nothing of its own. A clause before it ("ኣብ ኤርትራ … ሕጊ ተማሂረ ግን ኣይወዳእኩን", I
    studied law but did not finish; "… እደሊ ግን ኣይክእልን", I want it but I cannot) stays a clause of its own."""
    if joiner not in _POSTPOSITIVE:
        return False
    from assistant.interpretation.cues import toks_of

    words = toks_of(left)
    if not words or len(words) > 2 or ends_wish(words[-1]) or words[-1].startswith("ኣይ") and words[-1].endswith("ን"):
        return False
    from assistant.interpretation.refused_thing import thing_span
    from assistant.interpretation.segment import classify_statement

    return classify_statement(right)[0] == "negation" and thing_span(right) is None


def is_opening_not(tok: str) -> bool:
    """A normalised token that opens a refusing clause of its own ("not", «مو», «نه»)."""
    return tok in _words("opening_not")


def opens_with_not(toks: list[str]) -> bool:
    """The clause (its normalised tokens) opens with a bare word for "not" that is no negation cue elsewhere and an
    occupation's title follows: «مو عامل نظافة» ("مو متأكد", not sure, stays a remark; in Dari «مو» is hair)."""
    return len(toks) >= 2 and toks[0] in _words("bare_not") and names_occupation(" ".join(toks[1:]))


def names_occupation(text: str) -> bool:
    """``text`` names an occupation by a title of the curated lexicon."""
    from retrieval.lexicon import match

    return any(h.kind == "occupation" and h.role == "title" for h in match(text, kinds=("occupation",)))


def refusal_beside(left: str, right: str, *, named: bool = False) -> bool:
    """The clause ``right`` (after a comma or a word for "not") refuses on its own, beside ``left``, which tells a
    wish that names something and refuses nothing: "I want to be a carpenter, not a cleaner", «ኣናጺ ክኸውን
    እደሊ፣ ኣጽራዪ ኣይደልን». "I don't want X, Y" and "I want to work, not far away" are no such pair (the left side
    refuses, or names nothing). ``named``: without a comma between them ("… a carpenter not a cleaner") the left side
    must name an occupation ("jag jobbar inte som städare" stays one refusal)."""
    from assistant.interpretation.refused_thing import thing_span
    from assistant.interpretation.segment import classify_statement
    from assistant.interpretation.work_content import names_no_work_content

    if not left.strip() or not right.strip() or right.rstrip().endswith(_MARKS) or not _may_refuse(right) \
            or names_no_work_content(left) or named and not names_occupation(left):
        return False  # (a question after the comma asks: «… እየ፣ ኣይደንጎየን ድዩ?», am I not too late?)
    kind, _, _, negated = classify_statement(left)
    if negated or kind != "wish":
        return False
    return classify_statement(right)[0] == "negation" and thing_span(right) is not None


def refusal_pair(left: str, right: str) -> bool:
    """Two refusals side by side, each a clause of its own with its negated verb: «در فابریکه کار نمیکنم، سر و
    صدا را دوست ندارم» (I won't work in a factory, I don't like noise). Read as one, the whole sentence was refused as
    a field and said back so (rater29 fa c07). A list refused by one opening "not" ("no cleaning, not a warehouse")
    is no such pair."""
    from assistant.interpretation.refused_thing import thing_span
    from assistant.interpretation.segment import classify_statement

    if not left.strip() or not right.strip() or right.rstrip().endswith(_MARKS) or not _may_refuse(right):
        return False
    kind, _, _, negated = classify_statement(left)
    if not (kind == "negation" or negated) or classify_statement(right)[0] != "negation":
        return False
    toks = _toks(left)
    # (a clause that opens with its "not" refuses a list: "no cleaning, not warehouse" stays one refusal)
    if not toks or is_opening_not(toks[0]) or toks[0] in _words("bare_not") or _may_refuse(toks[0]):
        return False
    return thing_span(left) is not None and thing_span(right) is not None


def _toks(text: str) -> list[str]:
    from assistant.interpretation.cues import toks_of

    return list(toks_of(text))


def _may_refuse(clause: str) -> bool:
    """A quick look before the clause is read: a negation cue, a Tigrinya negated verb or a bare "not" in it."""
    from assistant.interpretation.cues import load_cues, toks_of

    toks, cues = list(toks_of(clause)), load_cues()
    return any(t.startswith("ኣይ") and t.endswith("ን") for t in toks) or bool(toks) and toks[0] in _words("bare_not") \
        or any(kind == "negation" for i in range(len(toks)) for _, (kind, _), _ in cues.kinds.find(toks, i))


def deferred(text: str) -> bool:
    """A refusal's words put an occupation off "for now / not yet / till later" and not "any more": a deferral, no
    refusal. Studies, a body's limit or a licence not valid yet are not put off this way (their own readers keep
    them: no_study, limitations, pending licences)."""
    from assistant.intent_cues import has, normalize
    from assistant.interpretation.no_longer import says_no_longer

    return _deferral().search(normalize(text)) is not None and not says_no_longer(text) \
        and names_occupation(text) and not any(has(g, text) for g in ("drive_plain", "drive_class", "licence"))


@functools.lru_cache(maxsize=256)
def defers(text: str) -> bool:
    """The message puts an occupation off for now in a refusing clause ("Not pharmacist for now, that comes later."),
    or names it as the goal for later beside a question for work ("Apotekare vill jag bli senare – vad kan jag jobba
    med nu?"): what it asks is work in the meantime ("I don't work now" puts nothing off)."""
    from assistant.intent_cues import has, normalize
    from assistant.interpretation.segment import classify_statement, split_statements

    asks_work = has("wh_work", text) or has("suggest", text)
    for a, b in split_statements(text or ""):
        clause = text[a:b]
        kind = classify_statement(clause)[0]
        if kind == "negation" and deferred(clause):
            return True
        if asks_work and kind == "wish" and _later().search(normalize(clause)) and names_occupation(clause):
            return True
    return False


@functools.cache
def _later() -> re.Pattern[str]:
    from assistant.intent_cues import cue_pattern

    words = [str(w) for w in _doc().get("later") or []]
    return re.compile("|".join(cue_pattern(w) for w in words) or r"(?!)")
