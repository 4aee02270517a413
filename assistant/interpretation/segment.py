"""Split a self-assessment into statements, classify them, and extract facts with spans.

Rules live in ``cues.yaml``. All spans are (start, end) offsets into the ORIGINAL text.

- Sentences end at . ! ? ; newline and their Arabic/Persian/Urdu/Ge'ez forms (؟ ؛ ۔ ። ፧ ፨).
- Clauses are split at commas (, ، ፣) and at joining conjunctions (och/and/و/oo/ከኣ/و/і …)
  only when a new clause follows: a subject start ("jag", "I", "انا", "waxaan", "من", "я") or
  a statement cue. "arabiska och svenska" stays one statement; "kock och jag vill bli bagare"
  is split. Attached Arabic/Persian و ("وأريد") is handled the same way.
- Each statement gets the kind of its longest cue (ties: priority order in cues.yaml); a negation cue makes it a
  negation/dislike, a doing in free time a liking (leisure.py); without cues, a statement that names an occupation
  is treated as experience ("انا مهندس", "ኣነ ነርስ እየ").
"""
from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, Field

from assistant.interpretation import negation_scope, no_longer, short_refusal
from assistant.interpretation.abroad import carry_origin, places_abroad
from assistant.interpretation.alternatives import drop_question_alternative
from assistant.interpretation.cues import Cues, load_cues, variants
from assistant.interpretation.language import LanguageGuess, detect_language
from assistant.interpretation.leisure import at_leisure
from assistant.interpretation.person_words import says_already
from assistant.interpretation.questions import (
    LEADING_JOINERS,
    continues,
    is_question,
    opens_question,
    opens_question_after_comma,
)
from assistant.interpretation.years import year_words, years_in
from retrieval.lexicon.normalize import Normalized, normalize, script_of_token, tokens

StatementKind = Literal["experience", "wish", "negation", "interest", "education", "language", "place", "other"]

_SENT_END = re.compile(r"(?:[.!?;؟؛۔।።፧፨…]+|\n+)(?=\s|$)|\n+|(?<=[؟።፧])")
_COMMA = set(",،፣")
_MAX_STATEMENTS = 2000  # hard cap for pathological inputs


class Statement(BaseModel):
    """One clause of the user's text."""
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    kind: StatementKind
    cue: str | None = Field(default=None, description="The cue phrase that decided the kind.")
    cue_lang: str | None = None
    negated: bool = False
    question: bool = Field(default=False, description="A question (ends in ?/؟/፧ or opens with an interrogative).")


class Mention(BaseModel):
    """A span in the original text."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    statement: int = Field(ge=0, description="Index of the statement it occurs in.")


class OriginMention(Mention):
    country: str = Field(description="ISO 3166-1 alpha-2 code.")


class YearsMention(Mention):
    years: float


class SpokenLanguage(Mention):
    code: str = Field(description="ISO 639-1 code (or 639-3 'prs' for Dari).")


class EducationHint(Mention):
    band: Literal["grundskola", "gymnasium", "eftergymnasial_lt3", "eftergymnasial_ge3", "forskarutbildning"]
    sun_level: str = Field(description="SUN 2000 level-1 code (2..6).")
    sun_concept_id: str = Field(description="JobTech sun-education-level-1 concept id.")
    seqf: int | None = None


class SelfAssessment(BaseModel):
    """Statements and extracted facts of one user text."""

    language: LanguageGuess
    statements: list[Statement] = Field(default_factory=list)
    origins: list[OriginMention] = Field(default_factory=list)
    carried: list[OriginMention] = Field(default_factory=list, description=(
        "A place abroad named elsewhere in the text, for statements of work that name none (abroad.carry_origin)."))
    years: list[YearsMention] = Field(default_factory=list)
    languages: list[SpokenLanguage] = Field(default_factory=list)
    education: list[EducationHint] = Field(default_factory=list)


# ---------------------------------------------------------------------------- segmentation

def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a].isspace() or text[a] in ",،፣-–—:"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",،፣-–—:.!?;؟؛۔።፧"):
        b -= 1
    return a, b


# "but" always opens a new clause, also where its cue comes last (verb-final ti, fa, so: "ስራሕ
# ኣይሰራሕኩን ግን ምኽሻን እፈቱ" = I have not worked but I love cooking; one statement made it a negation).
# (Arabic "لكني"/"لكنني", "but I", carries its subject: "أنا سائق باص … لكني لا أستطيع الجلوس" was one negation)
_CONTRAST = {"ግን", "ግና", "እምበር", "ولی", "اما", "laakiin", "laakin", "balse", "but", "men", "لكن", "ولكن", "لكني", "ولكني", "لكنني",
             "ولكنني", "ليكن", "але", "проте", "однак"}


# Iraqi "بس" is "but" as well as "only" (Dari "ولی", normalised "ولي", is also Arabic "and I have": as written it is "but"): it
# opens a clause of its own only when that clause refuses something ("… قريب من الكهرباء بس مطاعم لا": the
# restaurants are refused, not the wish before them).
_BUT_NOT = {"بس", "ولي"}


def _negated_after(cues: Cues, toks: list[str], i: int) -> bool:
    # (a negation within its next words, no joiner between: Dari "بس" is a bus, "راننده بس بودم لیکن … نمی")
    ahead = next((j for j in range(i, min(i + 3, len(toks))) if toks[j] in cues.joiners), min(i + 3, len(toks)))
    return any(kind == "negation" for j in range(i, ahead) for _, (kind, _), _ in cues.kinds.find(toks, j))


def _left(text: str, cuts: dict[int, int], end: int) -> str:
    """The clause before ``end``: from the last cut before it."""
    return text[max((c for c in cuts if c <= end), default=0):end]


def _right(text: str, start: int, ends: list[int]) -> str:
    """The clause from ``start``: to the next comma or the sentence's end."""
    end = next((e for e in ends if e > start), len(text))
    comma = next((k for k in range(start, end) if text[k] in _COMMA), end)
    return text[start:comma]


def _marked(text: str, start: int, ends: list[int]) -> bool:
    """Whether the sentence going on at ``start`` ends with a question mark."""
    end = next((e for e in ends if e > start), len(text))
    return any(ch in "?؟፧" for ch in text[start:end])


def _starts_clause(cues: Cues, toks: list[str], i: int) -> bool:
    if i >= len(toks):
        return False
    if any(v in cues.subject_starts for v in variants(toks[i])):
        return True
    return bool(cues.kinds.find(toks, i))


# What a statement before a question in the same sentence must tell for the question to be cut off it.
# (an interest told with its cue too: «بحب الأطفال، شو بناسبني؟», "I like children, what suits me?" got no
# suggestion at all, the liking read as part of the question)
TELLING = ("experience", "education", "language", "place", "interest")
# A clause opening with its verb asks ("Is SFI free for me and can I …?", "Är SFI gratis och kan jag …?"); "har",
# "have" are left out: informal Swedish drops the subject of a statement ("har jobbat som kock i 10 år, …").
_VERB_FIRST = {"is", "are", "am", "do", "does", "did", "can", "could", "will", "would", "should", "may",
               "är", "kan", "får", "ska", "blir", "går", "finns", "behöver", "måste", "borde"}


def _question_after_statement(left: str, right: str, marked: bool) -> bool:
    """"I was a cook for 10 years, what can I do now?": the question after the comma is its own clause when
    the clause before it tells something (work, years, schooling, languages, a place); read as one question
    the work told was lost (an empty profile). Never when the clause before it asks itself ("Men var kan jag
    plugga till kock, finns det någon utbildning?" stays one courses question)."""
    from assistant.intent_cues import leading_discourse

    # ("I mean high school, which programme fits?" corrects what was asked: it tells nothing new)
    if not opens_question_after_comma([t for t, _, _ in tokens(normalize(right).text)], marked) \
            or leading_discourse(left):
        return False
    words = [t for t, _, _ in tokens(normalize(left).text)]
    while words and words[0] in LEADING_JOINERS:
        words = words[1:]
    if len(words) < 2 or opens_question(words) or opens_question(words[1:]) or words[0] in _VERB_FIRST:
        return False
    # told in words of its own (a cue: "I was", "كنت", "ነይረ") or in the first person ("я медсестра"), not a name
    # alone ("معاش دستیار نرس و نرس چقدر است؟" asks about both), or years
    kind, cue, _, _ = classify_statement(left)
    first_person = any(v in load_cues().subject_starts for w in words for v in variants(w))
    return (kind in TELLING and (cue is not None or first_person)) or bool(years_in(normalize(left), tokens(
        normalize(left).text)))


def split_statements(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the statements of ``text`` (original offsets)."""
    if not text or not text.strip():
        return []
    cues = load_cues()
    norm = normalize(text)
    toks = tokens(norm.text)
    tok_strs = [t for t, _, _ in toks]
    # original offset where a new statement starts → where the previous one ends
    cuts: dict[int, int] = {}
    ends = [m.end() for m in _SENT_END.finditer(text)]
    for end in ends:
        cuts[end] = end
    # Soft cuts: commas and joiners followed by a new clause.
    for i, (tok, s, _e) in enumerate(toks):
        o_start = norm.index[s]
        if i > 0:
            prev_end = norm.index[toks[i - 1][2] - 1] + 1
            if any(ch in _COMMA for ch in text[prev_end:o_start]) and i >= 2 and (
                    _starts_clause(cues, tok_strs, i) or _question_after_statement(
                        _left(text, cuts, prev_end), _right(text, o_start, ends), _marked(text, o_start, ends))
                    or no_longer.refusal_after(_left(text, cuts, prev_end), _right(text, o_start, ends))
                    # ("I want X, Y I don't want": the refusal after the comma is its own clause; wishnot12)
                    or negation_scope.refusal_beside(_left(text, cuts, prev_end), _right(text, o_start, ends))
                    # ("X کار نمیکنم، Y را دوست ندارم": two verb-final refusals, each its own clause; rater29 fa c07)
                    or negation_scope.refusal_pair(_left(text, cuts, prev_end), _right(text, o_start, ends))):
                cuts.setdefault(o_start, o_start)
            elif i >= 2 and (negation_scope.is_opening_not(tok) or "፡" in text[prev_end:o_start] or (
                    negation_scope.ends_wish(tok_strs[i - 1]) and not negation_scope.ends_wish(tok))) \
                    and negation_scope.refusal_beside(_left(text, cuts, o_start), _right(text, o_start, ends),
                                                      named="፡" not in text[prev_end:o_start]):
                # ("I want to be a carpenter not a cleaner", «ኣናጺ ክኸውን እደሊ ኣጽራዪ ኣይደልን», the Ethiopic «፡» as a
                # comma: the refusal after a wish that names an occupation is its own clause; wishnot12)
                cuts.setdefault(o_start, o_start)
            elif i >= 2 and "፡" in text[prev_end:o_start] and no_longer.refusal_after(
                    _left(text, cuts, prev_end), _right(text, o_start, ends)):
                cuts.setdefault(o_start, o_start)  # (the Ethiopic «፡» as a comma before or after a turn away: turnaway12)
        if (tok in cues.joiners or tok in _BUT_NOT) and i >= 2 and (_starts_clause(cues, tok_strs, i + 1) or (  # "lager o hatar det"
                joined := (_left(text, cuts, o_start), _right(text, o_start + len(tok), ends))) and no_longer.refusal_after(*joined)
                                               or _question_after_statement(*joined, _marked(text, o_start, ends))
                                               or ((tok in _CONTRAST or text[o_start:o_start + 3] == "ولی") and len(toks) - i > 2)
                                               or (tok in _BUT_NOT and _negated_after(cues, tok_strs, i + 1))) \
                and not negation_scope.topic_before(  # ("ኣጽራዪ ግን ኣይደልን": the topic is the refusal's; wishnot12)
                    tok, _left(text, cuts, o_start), _right(text, o_start + len(tok), ends)):
            # the joiner itself belongs to neither clause
            cuts.setdefault(norm.index[toks[i + 1][1]], o_start)
        elif (script_of_token(tok) == "arabic" and tok[0] == "و" and len(tok) > 2 and i >= 2
              and (tok[1:] in cues.subject_starts or cues.kinds.find([tok[1:]] + tok_strs[i + 1:], 0)
                   or _question_after_statement(_left(text, cuts, o_start), _right(text, o_start, ends),
                                                _marked(text, o_start, ends)))):
            cuts.setdefault(o_start, o_start)
    bounds = sorted(c for c in cuts if 0 < c < len(text))
    spans: list[tuple[int, int]] = []
    prev = 0
    for c in [*bounds, len(text)]:
        a, b = _trim(text, prev, cuts.get(c, c))
        if b > a and any(ch.isalnum() for ch in text[a:b]):
            spans.append((a, b))
        prev = c
        if len(spans) >= _MAX_STATEMENTS:
            break
    return spans


# ---------------------------------------------------------------------------- questions

def drop_asked(profile, text: str) -> None:
    """Remove what only a question of ``text`` names ("what does a welder earn?") from a profile
    proposed by other means (the LLM): a question states nothing about the person."""
    asked = [(a, b) for a, b in split_statements(text) if is_question(text, a, b)]
    if not asked:
        return
    for name in ("experiences", "wishes", "interests", "skills"):
        kept = [i for i in getattr(profile, name)
                if i.span is None or not any(a <= i.span.start and i.span.end <= b for a, b in asked)]
        setattr(profile, name, kept)


# ---------------------------------------------------------------------------- classification

def _negated(tok_strs: list[str]) -> bool:
    # Ge'ez negation is a circumfix ኣይ…ን on the verb; ኣይት… is also "don't" said to someone ("ኣይትሃቡኒ", don't give me)
    return any(t.startswith("ኣይ") and t.endswith("ን") or t.startswith("ኣይት") and len(t) > 3 for t in tok_strs)


def classify_statement(text: str) -> tuple[StatementKind, str | None, str | None, bool]:
    """(kind, cue, cue_lang, negated) of one statement."""
    cues = load_cues()
    toks = drop_question_alternative(normalize(text))
    found: list[tuple[int, str, str, str]] = []  # (length, kind, lang, phrase)
    words, lack = year_words(), short_refusal.tells_lack(text)  # ("…, освіти не маю": a lack, no refusal, refuse20)
    for i in range(len(toks)):
        for _, (kind, lang), phrase in cues.kinds.find(toks, i):
            # A negation word that is also a number before a unit of time counts ("نه سال", nine years: no "no").
            if kind == "negation" and (lack or phrase in words.numbers and toks[i + 1: i + 2] and toks[i + 1] in words.units):
                continue
            found.append((len(phrase), kind, lang, phrase))
    negated = not lack and (_negated(toks) or any(k == "negation" for _, k, _, _ in found))
    if not negated and not lack and negation_scope.opens_with_not(toks):  # ("…، مو عامل نظافة": wishnot12)
        return "negation", toks[0], None, True
    if negated:
        neg = [f for f in found if f[1] == "negation"]
        if neg:
            best = max(neg, key=lambda f: f[0])
            return "negation", best[3], best[2], True
        return "negation", None, "ti", True
    if (again := no_longer.marker(text) or short_refusal.marker(text)) is not None:  # "no more X"; "no cleaning pls"
        return "negation", again[0], again[1], True
    if at_leisure(toks, {f[1] for f in found}):  # "I cook at home for my family": a liking, no work done (leisure.py)
        return "interest", None, None, False
    if found:
        order = {k: i for i, k in enumerate(cues.priority)}
        # (a cue that is only the word "I", Arabic «انا» for "انا مهندس", yields to a verb as long: «وأنا فعلاً بحب
        # الطبخ» likes cooking, no work done; like13)
        best = max(found, key=lambda f: (f[0], f[3] not in cues.pronouns, -order.get(f[1], 99)))
        return cues.liking_told(best[1], toks), best[3], best[2], False  # type: ignore[return-value]
    from retrieval.lexicon import match
    if any(h.kind == "occupation" for h in match(text, kinds=("occupation",))):
        return "experience", None, None, False
    return "other", None, None, False


# ---------------------------------------------------------------------------- extraction

def _mentions(norm: Normalized, toks, index, offset: int, stmt: int):
    tok_strs = [t for t, _, _ in toks]
    i = 0
    while i < len(toks):
        hits = index.find(tok_strs, i)
        if hits:
            end, payload, _ = max(hits, key=lambda h: h[0])
            a, b = norm.span(toks[i][1], toks[end - 1][2])
            yield a + offset, b + offset, payload
            i = end
        else:
            i += 1


def about_language(chunk: str, cues: Cues | None = None) -> bool:
    """A language is named and no occupation is (curated terms only)."""
    cues = cues or load_cues()
    norm = normalize(chunk)
    toks = tokens(norm.text)
    if not any(True for _ in _mentions(norm, toks, cues.languages, 0, 0)):
        return False
    from retrieval.lexicon import match
    return not any(h.kind == "occupation" for h in match(chunk, kinds=("occupation",)))


def analyse(text: str, *, lang: str | None = None) -> SelfAssessment:
    """Segment, classify and extract from a self-assessment (all spans into ``text``)."""
    guess = detect_language(text) if lang is None else LanguageGuess(code=lang, confidence=1.0)
    result = SelfAssessment(language=guess)
    if not text or not text.strip():
        return result
    cues = load_cues()
    from assistant.intent_cues import leading_discourse

    for si, (a, b) in enumerate(split_statements(text)):
        a += leading_discourse(text[a:b])  # "I mean …", "أقصد …": not part of what is named
        chunk = text[a:b]
        kind, cue, cue_lang, negated = classify_statement(chunk)
        if kind in ("other", "wish", "interest"):
            # "I know a little Swedish", "I want to learn Swedish": about a language, not an occupation
            # (unless one is named: "svensklärare" stays an experience through the lexicon).
            if about_language(chunk, cues):
                kind = "language"
        # ("men jag ÄR ju redan usk??": what one already is, said with question marks, is told, not asked)
        question = (is_question(text, a, b) and not says_already(chunk)) or (
            cue is None and bool(result.statements) and result.statements[-1].question and continues(chunk, cues))
        result.statements.append(Statement(text=chunk, start=a, end=b, kind=kind, cue=cue, cue_lang=cue_lang,
                                           negated=negated, question=question))
        norm = normalize(chunk)
        toks = tokens(norm.text)
        for s, e, iso in places_abroad(norm, toks, a, cues, _mentions(norm, toks, cues.countries, a, si)):
            result.origins.append(OriginMention(text=text[s:e], start=s, end=e, statement=si, country=iso))
        if kind == "language":
            for s, e, iso in _mentions(norm, toks, cues.languages, a, si):
                result.languages.append(SpokenLanguage(text=text[s:e], start=s, end=e, statement=si, code=iso))
        if kind in ("education", "other"):
            for s, e, p in _mentions(norm, toks, cues.education, a, si):
                if any(h.statement == si and h.band == p["band"] for h in result.education):
                    continue  # "college diploma": one hint per level and statement
                result.education.append(EducationHint(text=text[s:e], start=s, end=e, statement=si, band=p["band"],
                                                      sun_level=str(p["sun"]), sun_concept_id=p["sun_concept"], seqf=p.get("seqf")))
        for s, e, n in years_in(norm, toks):
            result.years.append(YearsMention(text=text[a + s:a + e], start=a + s, end=a + e, statement=si, years=n))
    carry_origin(result)
    return result
