"""The question's own nouns choose its card (route29; issue 10, rater37 class 2: a follow-up was answered from the
profile's occupation or the turn before – a study-form question got the work's hours, a degree's worth and UHR the
Swedish-learning card or, in Persian, the salary, "my friend says B first for C. Is it true?" nothing at all).

Read by :mod:`assistant.intents` (cue groups in assistant/locales/intents.yaml: true_ask, degree_worth, study_form,
study_form_verb, swedish_subject, with uhr_named and diploma)."""
from __future__ import annotations

from assistant.intent_cues import cues, has, normalize

#: "Is that true?" is a question of the sentence before it only when it is that short.
_SHORT = 5


def asks_if_true(sentence: str) -> bool:
    """A short question whether what was just said is true ("stämmer det?", «ሓቂ ድዩ?», «راسته؟»)."""
    return len(sentence.split()) <= _SHORT and has("true_ask", sentence)


def with_claims(parts: list[str], asked: list[str]) -> list[str]:
    """The asked sentences, each "is it true?" preceded by the claim it asks of ("My friend says I need B first for C.
    Is it true?": the claim is what is asked, rater37 new01 T5)."""
    out: list[str] = []
    for p in asked:
        i = parts.index(p) if p in parts else 0
        if asks_if_true(p) and i > 0 and parts[i - 1] not in out:
            out.append(parts[i - 1])
        if p not in out:
            out.append(p)
    return out


def asks_degree_worth(asked: str) -> bool:
    """A degree asked of with UHR named or its worth here, as a question (rater37 new02 T2: "what is my Baghdad degree
    worth here? does UHR assess it?"): its recognition, before the Swedish, salary or licence its other words read."""
    return has("diploma", asked) and (has("uhr_named", asked) or has("degree_worth", asked)) \
        and ("?" in asked or "؟" in asked or has("question", asked))


def asks_study_form(t: str) -> bool:
    """A study's form (distance, evenings) asked beside a word for studying (rater37 new03 T3 "can I study
    undersköterska evenings or at a distance?" got the work's hours): the courses' question, whose form is said with
    them – unless the sentence asks something else of it (its length, cost, CSN, pay, other work, the language)."""
    return has("study_form", t) and has("study_form_verb", t) and not any(has(g, t) for g in _OTHER_ASKED)


#: What a sentence naming a study's form may ask instead ("that distance course in Uppsala, can I get CSN for it?").
_OTHER_ASKED = ("salary", "suggest", "wh_work", "swedish", "duration", "cost_ask", "scope_csn", "rights_csn",
                "money_word", "paid_while", "can_work_now", "hours_can_work")


def names_pay(t: str) -> bool:
    """A salary cue, not the «حقوق» (law) of "Swedish law" (Persian «حقوق سوئد رو از اول بخونم؟», must I study Swedish
    law again, was read as the salary)."""
    if not has("salary", t):
        return False
    subject = cues().get("swedish_subject")
    return subject is None or has("salary", subject.sub(" ", normalize(t)))
