"""Statements about another person: their work, years, education and country are theirs, not the person's (abroad10).

The counsellor's finding (rater26 C4 en): "my wife is a preschool teacher from india (B.Ed, 6 yrs). can she work as
förskollärare in göteborg?" stored the wife's Förskollärare, six years and India as the husband's own experience, so
his Systemutvecklare answered "how long it takes for Förskollärare" and Java ads were offered to her. A statement that
opens with another person as its subject (someone_else.yaml: a spouse, child, sibling, parent, friend, or "she/he",
in every language) is read as what the turn answers about (the ``asked`` profile), never into the person's own.

The same holds for what the readers of the whole message find there (child12, rater27: "my son speaks little Swedish,
he is 16, what school can he go to?" gave the MOTHER Swedish at A1 and the age 16, so answers about her own work said
"you wrote that you do not know much Swedish yet"): a language level, age, education, limit, wish or place told of
another person is dropped from the person's profile (:func:`drop_theirs`); the person's own words in the same message
("I am a cook, my son is 16 …") are read as ever.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

from assistant.interpretation.constraints import FAMILY
from assistant.interpretation.segment import SelfAssessment, analyse
from vagledning.domain.profile import Profile, Supported
from vagledning.yaml_data import load_yaml

_PATH = Path(__file__).resolve().parent / "someone_else.yaml"
#: Words that may open a statement before its subject ("and my wife …", "ولكن زوجي …", "ከኣ ሰበይተይ …").
_LEADING = r"(?:(?:and|but|also|och|men|också|و|ولكن|لكن|بس|oo|laakiin|ከኣ|ግን|ولی|اما|і|а|але|та)\s+)*"


_SENTENCE_END = re.compile(r"[.!?;؟؛።፧\n]")
#: A place said of another person is theirs, unless it is said of "us" too ("he is moving here with us to Umeå").
_PLACES = ("region", "municipality")
#: "… and I" right after the other person: both are the subject ("my wife and I", «زوجتي وأنا», "дружина і я").
_JOINT = re.compile(r"\w*\s*(?:and|och|iyo|ምስ|و|і|та|й)\s*(?:i|jag|أنا|انا|aniga|ኣነ|من|я)(?!\w)")


@functools.cache
def _doc() -> dict:
    return load_yaml(_PATH.read_text(encoding="utf-8")) or {}


@functools.cache
def _we() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in _doc().get("we") or ()) or r"(?!x)x")


@functools.cache
def _pattern() -> re.Pattern[str]:
    langs = {k: v for k, v in _doc().items() if k not in ("me", "we", "third")}
    return re.compile(_LEADING + "(?:" + "|".join(f"(?:{p})" for ps in langs.values() for p in ps) + ")")


def _goes_on(text: str, before: int, start: int, statement: str) -> bool:
    """A clause in the same sentence as the one before it that does not open with the person's own "I"."""
    words = statement.casefold().split()
    return not _SENTENCE_END.search(text[before:start]) and not (words and words[0] in set(_doc().get("me") or ()))


@functools.cache
def _third() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in _doc().get("third") or ()) or r"(?!x)x")


def _continues_them(st) -> bool:
    """A statement after one about another person, in a new sentence, that goes on about them: not a question, no
    "I" in it, and its verb in the third person ("Xaaskaygu waa kalkaaliye. Jaamacadda ayay ka baratay", «مرتي
    ممرضة. بتدرس بالجامعة»; other13). Said without a pronoun, as these languages do; "she …" is read as ever."""
    folded = " ".join(st.text.casefold().split())
    me = set(_doc().get("me") or ()) | _ME_INSIDE
    return not st.question and not (me & set(re.findall(r"\w+", folded))) and bool(_third().search(folded))


def about_someone_else(statement: str) -> bool:
    """The statement opens with another person as its subject ("my wife is a nurse", «ሰበይተይ መምህር እያ»), alone: "my
    wife and I came in 2019" («زوجتي وأنا») is about the person too."""
    folded = " ".join(statement.casefold().split()).lstrip("-–(\"'«")
    m = _pattern().match(folded)
    return m is not None and not _JOINT.match(folded[m.end():])


def others_statements(sa: SelfAssessment, text: str, said: str | None = None) -> set[int]:
    """The statements of ``text`` about another person, with the clauses that go on about them; their years,
    education, languages and places abroad are dropped from ``sa`` (a place carried to the person's own statements
    from theirs too: "she is from india" is not his India). ``said``: the same text before forms of address were blanked
    (same length): «ወደይ 16 ዓመቱ እዩ» names the son, though «ወደይ» alone may be said to anyone."""
    src = said if said is not None and len(said) == len(text) else text
    others: set[int] = set()
    for si, st in enumerate(sa.statements):
        lead = st.start - len(text[:st.start].rstrip())  # (with a blanked form of address before it: «ወደይ»)
        if (about_someone_else(src[st.start - lead:st.end]) or si - 1 in others and (_goes_on(
                text, sa.statements[si - 1].end, st.start, st.text) or _continues_them(st))) \
                and not (_me_opens(st.text) or _mine_after(text, st.start, st.end)):
            others.add(si)
    if others:
        theirs = {o.start for o in sa.origins if o.statement in others}
        sa.origins = [o for o in sa.origins if o.statement not in others]
        sa.carried = [o for o in sa.carried if o.start not in theirs and o.statement not in others]
        sa.years = [y for y in sa.years if y.statement not in others]
        sa.education = [e for e in sa.education if e.statement not in others]
        sa.languages = [x for x in sa.languages if x.statement not in others]
    return others


#: Where a clause may open inside a sentence: after a comma, before a joining word ("I am a cook and my son …",
#: «أنا طباخ، وابني …», «ወደይ ድማ …» after «፡»), or at a word joined to «و».
_CLAUSE = re.compile(r"[,،፣፡]\s*|(?<=\s)(?=(?:and|but|och|men|oo|iyo|و|ولكن|لكن|بس|ከኣ|ግን|ولی|اما|і|й|а|але|та)\s)|"
                     r"(?<=\s)(?=و\S)")


def _me_opens(clause: str) -> bool:
    words = re.sub(r"^(?:" + _LEADING + r")", "", clause.casefold().lstrip()).split()
    return bool(words) and (words[0] in set(_doc().get("me") or ()) or words[0].startswith(("وأنا", "وانا")))


#: The person's own "I" inside a clause, where the language puts it after other words ("labaatan sano ayaan nijaar
#: ahaa", «ዕስራ ዓመት ጸራቢ ነይረ»: twenty years I was a carpenter).
_ME_INSIDE = frozenset({"ayaan", "baan", "waxaan", "ነይረ", "ነይረ።", "እየ"})


def _me_in(clause: str) -> bool:
    """A clause the person says of themselves: it opens with their "I", or carries it inside (Somali, Tigrinya)."""
    return _me_opens(clause) or bool(_ME_INSIDE & set(re.findall(r"\w+", clause.casefold())))


def _mine_after(text: str, a: int, b: int) -> bool:
    """A later clause of the statement ``text[a:b]`` is the person's own ("My old mother lives with me, and I have been
    a carpenter for twenty years": the carpenter is his; interp10 ar, so, ti)."""
    cuts = [m.end() if m.group() else m.start() for m in _CLAUSE.finditer(text, a, b)]
    if _ME_INSIDE & set(re.findall(r"\w+", text[a:min([c for c in cuts if c > a] or [b])].casefold())):
        return True  # ("hooyaday ayaan daryeeli jiray": my mother I looked after – the "I" is the subject)
    return any(cut > a and _me_in(text[cut:b]) for cut in cuts)


def their_spans(sa: SelfAssessment, text: str, others: set[int]) -> list[tuple[int, int, str]]:
    """Where ``text`` speaks of another person: the statements of ``others``, and each clause inside a sentence that
    opens with another person ("Jag är kock, min son är 16 och pratar lite svenska", «ኣነ ከሻኒ እየ፡ ወደይ ድማ 16 ዓመቱ
    እዩ») up to the sentence's end or a clause that opens with the person's own "I"."""
    spans = [(sa.statements[i].start, sa.statements[i].end, sa.statements[i].text)
             for i in sorted(others) if i < len(sa.statements)]
    start = 0
    for end_mark in [*_SENTENCE_END.finditer(text), None]:
        end = end_mark.start() if end_mark else len(text)
        cuts = [start] + [m.end() if m.group() else m.start() for m in _CLAUSE.finditer(text, start, end)]
        opened: int | None = None
        for k, cut in enumerate(cuts):
            clause = text[cut:end]
            if opened is None and about_someone_else(clause) and not _mine_after(text, cut, (cuts[k + 1:] or [end])[0]):
                opened = cut
            elif opened is not None and _me_in(clause):
                spans.append((opened, cut, text[opened:cut]))
                opened = None
        if opened is not None:
            spans.append((opened, end, text[opened:end]))
        start = end_mark.end() if end_mark else len(text)
    return spans


def own_apart(sa: SelfAssessment, text: str, others: set[int]) -> str:
    """``text`` (same length) with a line break where a clause about another person opens, or closes, inside one of
    the person's own statements ("I am a cook, and my son, who is 16, speaks little Swedish"; «ኣነ ከሻኒ እየ፡ ወደይ ድማ 16
    ዓመቱ እዩ … ይዛረብ»): read again, the person's own part is classified on its own words (the son's Swedish made the
    whole Tigrinya statement a 'language' one and the cook was lost; other13), and the clause is a statement about the
    other person. ``text`` itself when there is none."""
    mine = [st for i, st in enumerate(sa.statements) if i not in others]
    out = list(text)
    for a, b, _ in their_spans(sa, text, others):
        for st in mine:
            for at in (a, b):
                if st.start < at < st.end and (text[at - 1].isspace() or text[at - 1] in ",،፣፡"):
                    out[at - 1] = "\n"
    return "".join(out)


def read_apart(sa: SelfAssessment, red: str, kept: str, lang: str | None) -> tuple[SelfAssessment, set[int]]:
    """``sa`` (the analysis of ``red``) and its statements about another person (:func:`others_statements`), read
    again with each clause about another person inside the person's own statement apart (:func:`own_apart`)."""
    others = others_statements(sa, red, kept)
    apart = own_apart(sa, kept, others)
    if apart == kept:
        return sa, others
    sa = analyse("".join(k if k == "\n" else r for r, k in zip(red, apart)), lang=lang)
    return sa, others_statements(sa, red, kept)


def drop_theirs(profile: Profile, spans: list[tuple[int, int, str]], message: int) -> None:
    """What the readers of the whole message found where it speaks of another person (:func:`their_spans`) is theirs,
    never the person's own: "my son speaks little Swedish, he is 16" is no Swedish level nor age of the parent, "my
    wife has a bad back and studied economics" no limit nor education of the husband, "my daughter wants to be a
    nurse" no wish of the parent (son11, child12: rater27, whose mother later heard "you speak little Swedish" about
    her own work). Kept: a family told there ("my wife and three kids are still in Syria": the person's family, life10),
    and a place said of "us" ("he is moving with us to Umeå"). Run after every reader of the message."""
    if not spans:
        return

    def theirs(item: Supported, kind: str = "") -> bool:
        span = item.span
        return span is not None and span.message == message and any(
            a <= span.start < b and not (kind in _PLACES and _we().search(t.casefold())) for a, b, t in spans)

    for name in ("experiences", "skills", "education", "grades", "languages", "interests", "wishes"):
        setattr(profile, name, [x for x in getattr(profile, name) if not theirs(x)])
    profile.constraints = [c for c in profile.constraints if c.kind == "other" and c.value == FAMILY
                           or not theirs(c, c.kind)]


def drop_said_of_others(profile: Profile, text: str, message: int = 0) -> None:
    """:func:`drop_theirs` for items read from ``text`` elsewhere (the model's proposals, spans into ``text``)."""
    sa = analyse(text)
    drop_theirs(profile, their_spans(sa, text, others_statements(sa, text)), message)


#: "she", "he" and their object forms inside a question ("can she work as …?", «آیا او میتونه …»): the question asks of
#: the other person.
_THEM = re.compile(r"(?<!\w)(?:she|he|her|him|hon|han|henne|honom|هي|هو|لها|له|iyada|isaga|iyadu|isagu|ayay|ayuu|"
                   r"ንሳ|ንሱ|ንዓኣ|ንዕኡ|او|اون|вона|він|її|його|їй|йому)(?!\w)")


def _asks_of_them(sa: SelfAssessment, text: str, others: set[int]) -> bool:
    """A question of the message is about the other person: it is one of their statements, or names them or speaks
    of them in the third person ("my wife is a nurse. can she get a licence here?")."""
    for si, st in enumerate(sa.statements):
        if not st.question:
            continue
        a = max((m.end() for m in _SENTENCE_END.finditer(text, 0, st.start)), default=0)
        sentence = " ".join(text[a:st.end].casefold().split())
        if si in others or _pattern().search(sentence) or _THEM.search(sentence) or _third().search(sentence):
            return True
    return False


def context_only(asked: Profile | None, own: Profile, sa: SelfAssessment, text: str, others: set[int],
                 message: int) -> None:
    """Another person's job told beside the person's own work or goal, in a message whose questions ask of the person,
    is context: never what the turn answers about (third31; rater39 new02: "my husband is a doctoral student at LiU …
    8 years a graphic designer … I want to work in this field, where do I start?" answered with the way to
    «Doktorand»). Their work stays what is asked when a question speaks of them ("… can she work as X?")."""
    if asked is None or not others or not any(st.question for st in sa.statements):
        return
    mine = [x for x in (*own.experiences, *own.wishes) if x.span is not None and x.span.message == message]
    if not mine or _asks_of_them(sa, text, others):
        return
    spans = [(sa.statements[i].start, sa.statements[i].end) for i in others if i < len(sa.statements)]

    def theirs(item: Supported) -> bool:
        span = item.span
        return span is not None and span.message == message and any(a <= span.start < b for a, b in spans)

    for name in ("experiences", "wishes", "interests"):
        setattr(asked, name, [x for x in getattr(asked, name) if not theirs(x)])
