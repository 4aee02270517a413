"""What a person says about the conversation, not about themselves (rater10 faults 3 and 9).

- A correction ("No, I asked about barnskötare", "ኣነ ብዛዕባ barnskötare እየ ሓቲተ") names what the
  person asks about: it goes where a question's occupations go, never into the profile as work done, and its "no"
  refuses nothing (Tigrinya "ኣይፋልን" made the barnskötare she asked about a refusal).
- "I didn't ask about language" ("я не про мову питала") says what the question was not about: nothing refused,
  nothing named.
- "Why did you remove X?", "I did not say no to X", "bring X back" take a refusal back (cue group ``undo_refusal``):
  X is named as asked about, never refused; assistant/undo_refusal.py lifts the refusals that left it out.
- "I don't get which programme to choose", "I haven't worked yet": a situation told, not a no to anything; what else
  the clause says (the place: "går i nian i luleå o fattar inte vilket …") is read as from any statement.
- "I do NOT want to quit my trade" keeps the trade (``keep_work``), and "I asked about Y, not about X" says what was
  not asked (``not_about``): neither refuses X (away11).

Cue lists: ``assistant/locales/intents.yaml`` (``asked_about``, ``not_asked``) and ``cues.yaml`` (``dont_know``,
``never_worked``), so every language is data.
"""
from __future__ import annotations

from typing import Literal

Correction = Literal["asked", "not_asked"]
#: Words of a bare negated noun phrase ("not the electrician"), read as what was not asked after "I asked about Y".
BARE_NOT = 4


def correction(text: str) -> Correction | None:
    """``not_asked`` for "I didn't ask about X", ``asked`` for "I asked about X", else None ("I mean X" may
    also clarify one's own story: "jag menar att jag har jobbat i kassa")."""
    from assistant.intent_cues import has

    if has("not_asked", text):
        return "not_asked"
    # ("you didn't answer about the computer": a complaint restates what was asked, it refuses nothing; rater22)
    # ("why did you remove X?", "I did not say no to X": a refusal taken back names X, never refuses it; correct10)
    return "asked" if has("asked_about", text) or has("not_answered", text) or has("undo_refusal", text) else None


def refuses_nothing(text: str) -> bool:
    """A clause whose negation refuses no work: not knowing which/what, never (yet) having worked, "I didn't ask
    about X", lacking something ("I don't have a licence")."""
    from assistant.intent_cues import has
    from assistant.interpretation.constraints import knows_not
    from assistant.interpretation.no_papers import papers_told_missing
    from assistant.interpretation.no_work import never_worked
    from assistant.interpretation.not_knowing import tells_not_knowing
    from assistant.interpretation.short_refusal import tells_lack
    from assistant.study_reach import asks_on_site, cannot_move

    # ("освіти не маю", I have no education: a lack, never a refusal – refuse20)
    # ("if they don't accept me in dental care …": a conditional weighs a fallback, it turns down nothing; rater22)
    # ("I do NOT want to quit the electrician's trade": a negated leaving keeps the work it names; rater27 C2 uk T6)
    # ("jag kan inte flytta", «ما بقدر انتقل»: cannot move house refuses no moving work; yhdist12, rater27)
    # ("not online please, face to face classes": how to study, no work refused; asked16)
    # ("ما عندي ولا ورقة من المدرسة", no school papers: a lack that refused Ämneslärare; no_papers.yaml, wish14)
    # ("I don't know computers", "xisaabta ma aqaan": a fact about the person; of a field just shown, a refusal that
    # assistant/unknown_shown.py reads; turndown15)
    return (correction(text) == "not_asked" or has("if_not", text) or knows_not(text) or never_worked(text) is not None
            or tells_lack(text) or has("keep_work", text) or cannot_move(text) or papers_told_missing(text)
            or tells_not_knowing(text) or asks_on_site(text))


def not_about(text: str, before: str) -> bool:
    """"I asked about the driving licence, not about the electrician": a clause "not about X" (cue group
    ``not_about``) after one that says what was asked (``asked_about``) says what the question was NOT about; X is
    neither refused nor asked (rater27 C2 uk T3 refused the electrician's own trade)."""
    from assistant.intent_cues import has
    from assistant.interpretation.segment import classify_statement

    # (… or a bare negated noun phrase after it: "I asked about the licence, not the electrician", «ma ahan korontada»;
    # negation19)
    bare = len(text.split()) <= BARE_NOT and classify_statement(text)[0] == "negation"
    return (has("not_about", text) or bare) and has("asked_about", before)


def as_told(statements: list) -> list:
    """The statements with each negation that refuses nothing read as a plain statement (its place is kept)."""
    return [st.model_copy(update={"kind": "other", "negated": False})
            if st.kind == "negation" and refuses_nothing(st.text) else st for st in statements]


def clause_correction(text: str, before: str) -> Correction | None:
    """:func:`correction` of a clause, ``before`` being the clause said before it: "not about X" after "I asked about
    Y" is ``not_asked`` too (:func:`not_about`)."""
    return correction(text) or ("not_asked" if not_about(text, before) else None)
