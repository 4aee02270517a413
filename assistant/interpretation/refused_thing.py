"""What a refusal refuses: the occupation, field or condition its clause names, in any word order (profile16).

The interpreter used to record the words after a refusal's negation cue as the refused thing. In object-first and
verb-final clauses ("прибирати більше не буду", "städa vill jag inte göra mer", "nadiifin mar dambe ma rabo") those
words are a verb or "more", and a refusal naming nothing ("vill inte mer", "i dont want those") left items such as
«буду», «mer», «want those» in the profile the copilot shows the counsellor (and matching lowered every occupation
whose name held them). Here the thing refused is read from the whole clause: the words after the negation cue when
they name something, else the words before it; words that name nothing (``refused_thing.yaml``, the generic
wish-to-work words of :func:`segment.names_no_work_content`, the negation and wish cues of ``cues.yaml``, Tigrinya's
negated verbs ኣይ…ን) are never the thing. A refusal naming nothing refuses nothing of its own words.
"""
from __future__ import annotations

import functools
from pathlib import Path

from assistant.interpretation.cues import load_cues, toks_of, variants
from assistant.interpretation.work_content import names_no_work_content
from retrieval.lexicon.normalize import normalize, tokens
from vagledning.yaml_data import load_yaml

PATH = Path(__file__).resolve().parent / "refused_thing.yaml"
#: Cue kinds whose words only carry the refusal ("vill inte", "i dont want", "ክሰርሕ").
_CARRIERS = ("negation", "wish")


@functools.cache
def _nothing() -> frozenset[str]:
    doc = load_yaml(PATH.read_text(encoding="utf-8")) or {}
    return frozenset(t for words in doc.values() for w in words or [] for t in toks_of(str(w)))


def _names_nothing(tok: str) -> bool:
    # (Tigrinya negates the verb with the circumfix ኣይ…ን: "ኣይደልዮን", I don't want it)
    # (a short word names something unless listed: "sy" is sewing, "vill inte sy längre")
    return any(v in _nothing() for v in variants(tok)) or tok.isdigit() or len(tok) == 1 \
        or (len(tok) > 2 and names_no_work_content(tok)) or (tok.startswith("ኣይ") and tok.endswith("ን"))


def names_nothing_word(tok: str) -> bool:
    """A normalised token that names nothing one can refuse ("please", "the", "mer", "буду"; see the module docstring)."""
    return _names_nothing(tok)


def thing_span(text: str) -> tuple[int, int] | None:
    """(start, end) in ``text`` (one refusing clause) of what it refuses, or None when it names nothing."""
    norm = normalize(text)
    toks = tokens(norm.text)
    words = [t for t, _, _ in toks]
    carrier = [False] * len(words)
    first_neg: int | None = None
    wish_end = -1
    cues = load_cues()
    for i in range(len(words)):
        for end, (kind, _), _ in cues.kinds.find(words, i):
            if kind in _CARRIERS:
                carrier[i:end] = [True] * (end - i)
                if kind == "negation" and first_neg is None:
                    first_neg = i
                if kind == "wish" and (first_neg is None or i < first_neg):
                    wish_end = max(wish_end, end - 1)
    content = [i for i, w in enumerate(words) if not carrier[i] and not _names_nothing(w)]
    if not content:
        return None
    if first_neg is None:  # (a short refusal, "…، بس مو تغليف": its object; a Tigrinya negated verb, "… ኣይፋልን")
        short = _short_object(text)
        inside = [i for i in content if short is not None and short[0] <= norm.span(toks[i][1], toks[i][2])[0] < short[1]]
        if inside:
            content = inside
        first_neg = next((i for i, w in enumerate(words) if w.startswith("ኣይ") and w.endswith("ን")), None)
    after = [i for i in content if first_neg is not None and i > first_neg]
    if not after and first_neg is not None:  # ("tell me one more job where I sit, packing no": the packing alone)
        content = _after_last_clause(norm.text, toks, content, first_neg)
    # (a verb-final refusal after a wish that names an occupation, "ኣናጺ ክኸውን እደሊ ኣጽራዪ ኣይደልን": what is refused
    # stands between the wish's verb and the negation, never the wish before it; wishnot12)
    between = [i for i in content if wish_end < i < (first_neg if first_neg is not None else -1)]
    if between and not after and _wish_names_work(text[:norm.span(toks[wish_end][1], toks[wish_end][2])[1]]):
        after = between
    chosen = after or content
    a, _ = norm.span(toks[chosen[0]][1], toks[chosen[0]][2])
    _, b = norm.span(toks[chosen[-1]][1], toks[chosen[-1]][2])
    return a, b


#: Content words a clause before a comma has at least, for the words after it to be the refused thing alone.
_CLAUSE_WORDS = 3


def _after_last_clause(norm_text: str, toks, content: list[int], neg: int) -> list[int]:
    """The content words between the last comma and a negation said after its object ("…, baakadeyn maya", "…፣
    ምጥቕላል ግን ኣይፋልን"): a request or a clause of its own stands before the comma (turndown15, rater28 c04 T4 "one
    more seated hand job, not packing"). All of ``content`` when the part before the comma is short (a list: "städning,
    disk vill jag inte") or the part after it goes on with a list word."""
    for k in range(neg - 1, 0, -1):
        if any(ch in _COMMAS for ch in norm_text[toks[k - 1][2]:toks[k][1]]):
            before = [i for i in content if i < k]
            tail = [i for i in content if k <= i < neg]
            words = [t for t, _, _ in toks[k:neg]]
            if tail and len(before) >= _CLAUSE_WORDS and not any(w in _LIST_WORDS for w in words):
                return tail
            break
    return content


def _short_object(text: str) -> tuple[int, int] | None:
    from assistant.interpretation.short_refusal import object_span

    return object_span(text)


def _wish_names_work(wish: str) -> bool:
    from assistant.interpretation.negation_scope import names_occupation

    return names_occupation(wish)


def names_something(label: str) -> bool:
    """Whether a refusal's label names anything one can refuse (not "mer", "буду", "want those", "هذا بعد")."""
    return thing_span(label) is not None


def refused_thing(text: str, st) -> tuple[int, int] | None:
    """(start, end) in ``text`` of what the statement ``st`` (a refusal, offsets into ``text``) refuses, or None."""
    got = thing_span(text[st.start:scope_end(text, st.start, st.end)])
    return (st.start + got[0], st.start + got[1]) if got else None


#: Words that go on with a list after a comma ("no cleaning, warehouse or kitchen"): the refusal's scope goes on too.
_LIST_WORDS = frozenset({"eller", "el", "och", "o", "samt", "or", "and", "nor", "او", "أو", "ولا", "و", "ama", "iyo",
                         "oo", "ወይ", "ወይድማ", "ከኣ", "یا", "або", "чи", "ні", "і", "й", "та"})
_COMMAS = ",،፣;؛"


def _negates(words: list[str]) -> bool:
    """A negation cue among ``words``, or a Tigrinya verb negated by its circumfix ኣይ…ን ("ኣይኮነን", it is not)."""
    cues = load_cues()
    return any(w.startswith("ኣይ") and w.endswith("ን") for w in words) or any(
        kind == "negation" for i in range(len(words)) for _, (kind, _), _ in cues.kinds.find(words, i))


def correction_at(text: str, start: int, end: int) -> int:
    """Where in ``text[start:end]`` (a refusal) the correction after a "not X," begins (``end`` when none): "No, not
    trucks, normal cars like Toyota", «نه موتر سنگین نی، موتر سواری مثل تویوتا» refuse the trucks, never the cars the
    person means (rater25 C2: the whole clause was linked and refused «Personbilsmekaniker», his own goal). A comma
    ends the refusal's scope when the words before it already refuse something and the words after it neither
    refuse anything of their own nor go on with a list ("no cleaning, warehouse or kitchen")."""
    for k in range(start, end):
        if text[k] not in _COMMAS or thing_span(text[start:k]) is None or not _negates(_words(text[start:k])):
            continue
        after = _words(text[k + 1:end])
        # (a clause of the body after the comma is no more of the refusal: "no more lorry driving, my back can't take
        # it" refuses the driving, never the back; age13 ar/ti kept the back inside and the refusal was lost)
        if after and _tells_limitation(text[k + 1:end]):
            return k
        if after and not _negates(after) and not any(
                w in _LIST_WORDS or (w[0] == "و" and len(w) > 2 and w[1] != "ا") for w in after):
            return k
    return end


def _tells_limitation(text: str) -> bool:
    from assistant.interpretation.constraints import tells_limitation

    return tells_limitation(text)


def _words(text: str) -> list[str]:
    return [t for t, _, _ in tokens(normalize(text).text)]


def scope_end(text: str, start: int, end: int) -> int:
    """The end of a refusal's scope in ``text[start:end]``: before an "I mean …" (:func:`meant_at`) or the correction
    after a "not X," (:func:`correction_at`)."""
    return correction_at(text, start, meant_at(text, start, end))


def meant_at(text: str, start: int, end: int) -> int:
    """Where in ``text[start:end]`` an "I mean …" after the refusal begins (``end`` when none): "not the army, I mean
    invoicing" refuses the army, never the invoicing the person wants (rater22 class 1; cue group ``meant`` of
    assistant/locales/intents.yaml)."""
    from assistant.intent_cues import APOS, cues  # (APOS: one letter for one, offsets into ``text`` hold

    pat = cues().get("meant")
    m = pat.search(text[start:end].casefold().translate(APOS)) if pat else None
    return start + m.start() if m is not None and m.start() > 0 else end


def refusal_end(text: str, st, start: int, end: int) -> int:
    """The end of a refusal statement's focus ``text[start:end]`` cut before an "I mean …" or a correction
    (:func:`scope_end`); the focus of any other statement is kept whole."""
    return max(start, min(end, scope_end(text, st.start, st.end))) if st.kind == "negation" else end
