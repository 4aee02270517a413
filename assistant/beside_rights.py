"""The other question of a message beside its question about rights, money or support (second26, rater35 class 4).

"Which office jobs could I do? And can I get a-kassa if I work part time?", "is English enough to work as a tester?
and can I get a-kassa if I lose my job?", "where can I learn carpentry in Gävle? do they pay you meanwhile?": the
rights question is a whole question (assistant/scope.py), and its answer replaced everything the turn had planned –
the other question was dropped, asked again and dropped again. Now the other question is planned from its own words,
as one part of a message that asks several things (assistant/turn_plan.py ``_plan_parts``), and the rights question
is a part of its own beside it: the rights answer keeps the other part's facts before it (``scope.parts_beside``).

The other question is a sentence of the message that asks something of its own – a follow-up about an occupation,
work to be suggested, whether English will do – and no right: read with the intent reader, sentence by sentence,
like the rights questions are (assistant/rights_each.py). A question that reads as nothing is not guessed at.
"""
from __future__ import annotations

from collections.abc import Callable

from assistant.intent_cues import has
from assistant.state import Intent, TurnState

#: What the other question may ask: a follow-up about an occupation, or work to be suggested.
_OTHER = ("suggest", "more")
#: A rights topic -> the intents a sentence beside it reads as that still ask of the right (:func:`_of_the_right`).
_OF_TOPIC: dict[str, tuple[str, ...]] = {
    "employer": ("suggest", "more", "describe"),
    "rehab": ("suggest", "more", "describe"),
    "driving": ("courses", "licence"),
    "driving_b": ("courses", "licence"),
    # ("i want to open my own shop. what do i need?", "where can I learn the bookkeeping?": of the business itself,
    # answered with the business routes, never an occupation's description or training: trade11, topics23, shop17)
    "business": ("describe", "licence", "courses"),
}


def other_question(state: TurnState) -> tuple[Intent, str] | None:
    """The first question of the message that asks something other than a right, when another sentence of it asks
    about a right; None otherwise (one question, no rights question, or nothing else asked)."""
    from assistant.asked_parts import PART_INTENTS, _language_enough
    from assistant.intents import SENTENCE, intent_of
    from assistant.rights import rights_topics

    sentences = [m.group(0).strip() for m in SENTENCE.finditer(state.text or "") if m.group(0).strip()]
    def right(sentence: str) -> bool:
        return bool(rights_topics(state.model_copy(update={"text": sentence})))

    if len(sentences) < 2 and len(_pieces(sentences[0] if sentences else "", right)) < 2:
        return None

    topics = rights_topics(state)
    if not topics:
        return None
    for sentence in (piece for whole in sentences for piece in _pieces(whole, right)):
        if not sentence.endswith(("?", "؟", "፧")) or right(sentence) or right(sentence.rstrip("?؟፧")):
            continue
        # ("is English enough to work as a tester?": the Swedish part, as after another question: second21)
        intent: Intent = "swedish" if _language_enough(sentence) else intent_of(sentence)
        if intent == "provide" and has("anything_for", sentence):
            intent = "demand"  # ("… and do you have anything for a project coordinator?": work as X asked: second31)
        if _of_the_right(intent, topics):
            continue
        if intent in PART_INTENTS or intent in _OTHER:
            return intent, sentence
    return None


def _pieces(sentence: str, right: Callable[[str], bool]) -> list[str]:
    """The sentence, then what follows each "and" (or comma) in it (second31, rater38 replay10 T4: "can I get a-kassa while
    working part time, and do you have anything for a project coordinator?" is one sentence whose rights half made
    the whole sentence a right): the words after the join, with the sentence's own mark, may ask the other question."""
    from assistant.asked_parts import _AND, shares_last_word
    from assistant.intent_cues import normalize

    words = sentence.split()
    # (a comma alone joins them too: Tigrinya «… ድየ፣ ን X ዝኸውን ገለ ኣለኩም ድዩ?»; Arabic writes "and" onto the word)
    # (the "and" ones first: «…, якщо працюю неповний день, і чи є у вас щось для X?» asks after «і», not the comma)
    # (know33: "El- och energiprogrammet" is one name, never "…? and energiprogrammet?")
    joined = [i for i in range(1, len(words)) if normalize(words[i]) in _AND and not shares_last_word(words[i - 1])]
    commas = [i for i in range(1, len(words)) if words[i - 1].endswith(("،", ",", "፣")) and i not in joined
              and not _other_side(" ".join(words[:i]), words[i], right)]
    rest = [" ".join(words[i:]) for i in (*joined, *commas)]
    return [sentence, *(r[1:] if r.startswith("و") and not r.startswith("و ") else r for r in rest)]


#: "or" opening the other side of a question ("can I still start, or is it too late?"); Ukrainian «чи» is also the
#: question particle («я отримую a-kassa, чи є у вас щось для X?»), so it is "or" only after words that already ask.
_OR = ("or", "eller", "او", "ولا", "والا", "mise", "ama", "ወይ", "ወይስ", "یا", "یاکه", "або", "чи")


def _other_side(before: str, word: str, right: Callable[[str], bool]) -> bool:
    """Whether the words after a comma, opened by ``word``, are the other side of the question before it (know33,
    know24 uk «мені 19, чи ще можна вступити в гімназію, чи вже пізно?»: "or is it too late?" read alone is the courses
    question, and the gymnasium's age limit lost its place to the counsellor): the same question, never a second one."""
    from assistant.intent_cues import normalize

    w = normalize(word).strip("«»\"'.,!?؟")
    if w not in _OR:
        return False
    return w != "чи" or has("question", before) or right(before.rstrip(","))


def _of_the_right(intent: Intent, topics: list[str]) -> bool:
    """A sentence that reads as another question but asks of the right itself (fixB28, change11): "how much money do
    you get?" beside a support named asks its amount, not an occupation's pay; "can they move me to lighter work?"
    beside the employer's duty asks for that adaptation (omplacering), not a list of other jobs nor the tasks of one's
    work ("can I get other tasks?"); "how long does it take?" beside a driving licence wished asks of that licence, not
    of the trade's training (licwords11)."""
    return intent == "salary" or any(intent in _OF_TOPIC.get(topic, ()) for topic in topics)


def rights_span(state: TurnState) -> None:
    """The message's rights question as a part of its own, after the answered parts, when no part asks it (a part the
    plan left out as the same question again – «… یاد بگیرم؟ در طول دوره پول میدن؟» read as two course questions –
    or a question no follow-up intent reads): what ``scope.parts_beside`` reads to keep the parts' answers beside the
    rights answer, in the order asked."""
    from assistant.rights import rights_topics

    if not state.part_spans:
        return
    rest = state.text or ""
    for words, _, _ in state.part_spans:
        rest = rest.replace(words, " ")
    rest = " ".join(rest.split())

    def right(words: str) -> bool:
        return bool(words) and bool(rights_topics(state.model_copy(update={"text": words})))

    if right(rest) and not any(right(words) for words, _, _ in state.part_spans):
        end = len(state.facts)
        state.part_spans.append((rest, end, end))
