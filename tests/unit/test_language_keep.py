"""The conversation's language (rater 3): Swedish names in a message written in another language do not
switch it, an explicit request does (and holds), and the words of such a request or of "in the
meantime" are never an occupation's name. A message with a statement and a question gets the
question's intent."""
from __future__ import annotations

import pytest

from assistant.contract import ChatRequest
from assistant.intents import detect_intent
from assistant.language_step import asked_language, choose_language, request_in
from tests.phrase_data import asked


def _turn(text: str, previous: str | None, selector: str | None = None, earlier: tuple[str, ...] = ()) -> ChatRequest:
    messages = [m for e in earlier for m in ({"role": "user", "content": e}, {"role": "assistant", "content": "…"})]
    return ChatRequest.model_validate({"messages": [*messages, {"role": "user", "content": text}],
                                       "profile": {"language": previous} if previous else None, "language": selector})


@pytest.mark.parametrize(("previous", "text"), [
    ("en", "Would a job as köksbiträde or kallskänka in Malmö be easier to get?"),
    ("en", "Can I apply for jobs as «Undersköterska, hemtjänst» in Västerås while I wait?"),
    ("so", "köksbiträde iyo lokalvårdare mushaarkoodu waa imisa?"),
    ("so", "Göteborg iyo Malmö"),
    ("en", "Linköping"),
    ("uk", "Скільки заробляє köksbiträde у Мальме?"),
])
@pytest.mark.parametrize("selector", [None, "sv"])
def test_swedish_names_keep_the_conversations_language(previous, text, selector):
    language, _ = choose_language(_turn(text, previous, selector), text)
    assert language == previous


@pytest.mark.parametrize(("previous", "text", "expected"), [
    ("en", "Jag vill hellre jobba som kock i Malmö, vad tjänar man?", "sv"),
    ("sv", "I would rather work as a cook, what does a cook earn here?", "en"),
    ("so", "أريد أن أعمل طباخا في مالمو، كم الراتب؟", "ar"),
])
def test_a_message_mostly_in_another_language_switches(previous, text, expected):
    assert choose_language(_turn(text, previous), text)[0] == expected


@pytest.mark.parametrize(("text", "code"), [
    ("please answer in Swedish from now on", "sv"),
    ("Sorry, can you answer in English please? Is it easy to get a job?", "en"),
    ("Kan du svara på engelska? Jag kan inte så mycket svenska än.", "en"),
    ("på svenska tack", "sv"),
    ("بالعربي لو سمحت", "ar"),
    ("fadlan igu jawaab Af-Soomaali", "so"),
    ("ብትግርኛ መልሰለይ", "ti"),
    ("لطفا به دری جواب بدهید", "fa"),
    ("Відповідайте, будь ласка, українською", "uk"),
])
def test_an_explicit_request_names_the_language(text, code):
    assert request_in(text) == code


@pytest.mark.parametrize("text", [
    "Tack! Behöver jag kunna svenska för att jobba som kock?",
    "I speak Arabic and English.",
    "Do I need Swedish for this job?",
    "أتكلم العربية والإنجليزية",
])
def test_naming_a_language_is_no_request(text):
    assert request_in(text) is None


def test_the_request_holds_for_later_messages():
    story = "I cooked in a restaurant for eight years and I live in Malmö now."
    request = _turn(story, "sv", earlier=("Hej", "please answer in English"))
    assert choose_language(request, story)[0] == "en"
    assert asked_language(request) == ("en", False)


@pytest.mark.parametrize("text", [
    "What can I work as in the meantime, while I wait?",
    "Vad kan jag jobba med under tiden?",
    "Ким я можу працювати тим часом?",
    "Sorry, can you answer in English please? What does it pay?",
    "بالعربي لو سمحت، كم الراتب؟",
    "Fadlan igu jawaab Ingiriisi. Mushaarku waa imisa?",
    "Is it easy to get a job like that, and what does it pay?",
    "Är det lätt att få ett sånt jobb?",
    "Чи легко знайти таку роботу?",
])
def test_time_and_request_words_are_no_occupation(text):
    from types import SimpleNamespace

    from assistant.focus import unresolved_name

    assert unresolved_name(SimpleNamespace(text=text), None) is None


@pytest.mark.parametrize(("text", "intent"), asked("beside_a_statement"))
def test_the_question_decides_the_intent_beside_a_statement(text, intent):
    assert detect_intent(text) == intent
