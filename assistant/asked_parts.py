"""The several questions one message asks ("what does X earn, and is it easy to find work?"), each with its own
words: a sentence cut before "and" where each side asks its own question, a short clause that goes on from the
previous question (:func:`elliptic`), at most MAX_PARTS in the order asked.

Split out of assistant/intents.py (issue 10: modules under ~400 lines), which reads one message's intent; each
clause here is read with that same reading (its sentences and ``intent_of``).
"""
from __future__ import annotations

import re

from assistant.intent_cues import has, normalize
from assistant.intents import SENTENCE, SHORT, intent_of
from assistant.state import Intent

#: Follow-up questions one message may ask several of ("what does X earn, and is it easy to find work?").
PART_INTENTS = ("describe", "salary", "demand", "licence", "courses", "swedish", "recognition", "conditions")
#: Questions about work somewhere that may carry "where English is enough" in the same clause (second29).
_WITH_LANGUAGE = ("demand", "describe", "conditions")
#: At most this many questions of one message are answered, in the order asked.
MAX_PARTS = 3
#: Words ("och", "and", "و", "а") a clause may start with: where one sentence asks two things.
_AND = ("och", "samt", "and", "iyo", "oo", "і", "та", "а", "و", "እና", "እሞ")
#: Commas of every script: two questions may be joined by one alone.
_COMMAS = (",", "،", "፣")
#: "and" words that join clauses but never a bare name to a question: Somali joins names with «iyo», and «oo» after a
#: noun opens a relative clause («koorsooyin iswiidhish ah oo loogu talagalay …», courses *that* are meant for …; rater23
#: uk T6 in Somali was cut there into two course questions). After them only a question of its own is a second part.
_CLAUSE_ONLY = ("oo",)


def elliptic(text: str, alone: bool = False) -> bool:
    """A short message without a cue of its own that goes on from the previous question ("och
    programmerare då?", "and a nurse?", "а бухгалтер?"): it asks that question again about what it names.
    ``alone``: the whole message, after an answer. There a word of need ("Do I need an ID06 card?", «هل أحتاج …؟»)
    makes it a question of its own, never the previous one again (askD21: a salary answer repeated); after a
    question in the same message ("… Or must I move?") it still goes on from that one."""
    t = normalize(text)
    if alone and has("need", t) or has("right_ask", t):  # (a right asked is the rights answers' question: sfx8)
        return False
    return 0 < len(t.split()) <= SHORT and intent_of(text) == "provide" and not has("cost_ask", t) and (
        "?" in t or "؟" in t or has("and_then", t))


#: The question marks of every script (vagledning/domain/marks.py): the one that ends a sentence asks each of its clauses.
_QUESTION_MARKS = "?؟፧"


def _asked_clause(clause: str, mark: str) -> Intent:
    """The intent of one clause of a sentence; a clause before "and" is asked by the mark that ends the sentence
    (multiq: «ما الدورات المتاحة … وهل يوجد عمل هناك؟», "Shaqo … ma ka jirtaa Västerås,
    oo ma u baahanahay …?": the first question's words carry no mark of their own, so they read as no question)."""
    intent = intent_of(clause)
    if mark and not clause.rstrip().endswith(tuple(_QUESTION_MARKS)):
        # (xfail9: a clause that reads as something without its mark is asked by it all the same: «що таке
        # lärarlegitimation і як її отримати?» read its first clause as the occupation's description, the whole
        # sentence and its "what is" clause with the mark as the licence; the mark decides where it reads as a question)
        asked = intent_of(clause.rstrip(" ,،፣") + mark)
        intent = asked if asked != "provide" else intent
    return intent


def _mark_of(sentence: str) -> str:
    end = sentence.rstrip()[-1:]
    return end if end and end in _QUESTION_MARKS else ""


def _last_clause(words: list[str]) -> bool:
    """No comma and no "and" further on: the words are a sentence's last clause."""
    return not any(w.endswith(_COMMAS) for w in words[:-1]) and not any(normalize(w) in _AND for w in words)


def shares_last_word(word: str) -> bool:
    """A word ending in a hyphen shares its last part with the word after "och" («Vård- och omsorgsprogrammet», "El- och
    energiprogrammet"): one name, never two clauses (know33: "och omsorgsprogrammet?" read alone asked for courses)."""
    return len(word) > 1 and word.endswith("-")


def _in_quote(words: list[str]) -> bool:
    """The words end inside a «…» title: its comma is the title's («Kock, à la carte», the cards' question)."""
    left = " ".join(words)
    return left.count("«") > left.count("»")


def _clauses(sentence: str) -> list[str]:
    """A sentence cut before "and"/"och"/"و…" where each side asks its own question ("vad gör en snickare
    och vad tjänar de?"); whole when a side asks nothing (the "and" joins names or statements)."""
    words = sentence.split()
    mark = _mark_of(sentence)
    for i in range(1, len(words)):
        w = normalize(words[i])
        # hours15: two questions joined by a comma alone ("where can I study it near Västerås, do I need good
        # Swedish?", Tigrinya «…፣ ጽቡቕ ሽወደንኛ የድልየኒ ድዩ?»), cut when each side asks its own question and the right one
        # is the sentence's last clause («Чи потрібна мені ліцензія, щоб працювати електриком, і скільки платять?» keeps
        # its licence question whole)
        comma = words[i - 1].endswith(_COMMAS) and _last_clause(words[i:]) and not _in_quote(words[:i]) \
            and intent_of(" ".join(words[i:])) in PART_INTENTS
        joins = w in _AND and not shares_last_word(words[i - 1])
        if joins or comma or (w.startswith("و") and len(w) >= 3 and intent_of(" ".join(words[i:])[1:]) != "provide"):
            left, right = " ".join(words[:i]), " ".join(words[i:])
            # "what does an assistant nurse earn and a nurse?" / "… and for sjuksköterska in skåne?": a short
            # side with no cue of its own asks the same about what it names (rater9: one salary of two given).
            if _asked_clause(left, mark) in PART_INTENTS and (intent_of(right) in PART_INTENTS
                                                              or elliptic(right) and w not in _CLAUSE_ONLY
                                                              or _language_enough(right)):
                return [left, *_clauses(right)]
    return [sentence]


def _language_enough(clause: str) -> bool:
    """"is English enough?", «räcker engelska?», «الانجليزي بيكفي؟»: whether another language than Swedish will do
    asks the Swedish answer (what the work's sources say of Swedish), never the previous question again (rater34
    class 3: "is English enough?" after a demand question was read as a second demand question and dropped)."""
    from assistant.work_language import names_working_language

    return any(m in clause for m in _QUESTION_MARKS) and has("enough", clause) and names_working_language(clause)


def _tells_own_study(clause: str) -> bool:
    """The clause before a sentence's question tells that the person studies now ("۱۹ سالمه و تو گیمنازیوم درس
    میخونم، از CSN پول میگیرم؟"): no mark of its own, no question word – it is the situation of the question after
    it, not a course question (told24 fa: the gymnasium's routes came before CSN's studiehjälp). (With a mark of its
    own it may ask: Arabic «اقدر ادرس …؟» is "can I study …?")"""
    from assistant.interpretation.schooling import studying_now, wished

    # (a wish is no study told: «بدي ادرس …،» is "I want to study …")
    return not clause.rstrip().endswith(tuple(_QUESTION_MARKS)) and studying_now(clause) and not wished(clause) \
        and not has("question", clause)


def asked_parts(text: str) -> list[tuple[Intent, str]]:
    """The follow-up questions a message asks, in order, each with its own words (at most MAX_PARTS):
    "vad tjänar en programmerare? och en it-tekniker" -> [("salary", "vad tjänar en programmerare?"),
    ("salary", "och en it-tekniker")]. A short clause without a cue after a question asks it again about
    what it names; statements about oneself are no part."""
    parts: list[tuple[Intent, str]] = []
    for m in SENTENCE.finditer(text or ""):
        mark = _mark_of(m.group(0))
        for clause in _clauses(m.group(0).strip()):
            if not re.search(r"\w", clause):
                continue
            if has("not_asked", clause):
                continue  # "I didn't ask about the salary" says what was not asked: no part (intent19, rater32 c12 T3)
            intent = _asked_clause(clause, mark)
            if intent in ("courses", "swedish") and _tells_own_study(clause):
                continue  # "I'm 19 and study at the gymnasium, do I get CSN?": told, not asked (xfail29)
            if has("right_ask", clause) and intent == "courses":
                continue  # "do I have a right to study SFI?" («وهل يحق لي أن أدرس SFI؟») asks the right, not for courses
            if intent not in PART_INTENTS and _language_enough(clause):
                intent = "swedish"  # "… and is English enough?": whether the work asks for Swedish (second21)
            if has("other_work", clause) and ("?" in clause or "؟" in clause) and parts:
                intent = "more"  # "… and is there other work with children that needs less Swedish?"
            elif intent not in PART_INTENTS:
                if not (parts and elliptic(clause)):
                    continue
                intent = parts[-1][0]
            parts.append((intent, clause))
            if intent in _WITH_LANGUAGE and _language_enough(clause):
                # second29 (rater36 r34-3 T3): "are there jobs for testers in Gothenburg where English is enough?"
                # asks two things in one clause – the work there, and whether English will do: both answered
                parts.append(("swedish", clause))
    return parts[:MAX_PARTS]
