"""Whether a clause of the user's text asks something: the interrogatives that open a question in each
language, the question marks, Tigrinya's question particles, and an elliptic clause that goes on with the
question before it. Used by the segmenter (segment.py) to mark statements as questions and to cut a
question off the statement it follows in one sentence."""
from __future__ import annotations

import functools

from assistant.interpretation.cues import Cues, variants
from retrieval.lexicon.normalize import normalize, script_of_token, tokens

# Interrogatives that open a question in each language. Only unambiguous ones: Somali "ma" and
# Arabic "ما" also negate ("ma rabo", "ما اشتغلت"), Swedish "var"/"när" and English "when" open
# statements too ("när jag var ung …"); a question mark decides those.
_INTERROGATIVES = {
    "sv": {"vad", "hur", "vilken", "vilka", "vilket", "varför", "finns", "behöver", "måste", "kan jag", "får jag",
           "är det", "går det", "ska jag", "kan man", "får man", "ska man", "kan du"},
    "en": {"what", "how", "which", "why", "where", "is there", "are there", "do i", "does", "can i", "should i",
           "is it", "will i", "must i", "could i", "can you", "can one", "do you", "would i", "could you"},
    "ar": {"هل", "كم", "كيف", "ماذا", "شلون", "شنو", "متى", "وين", "أين", "اين", "لماذا", "ليش", "شكد", "أي", "اي",
           "ممكن", "يمكن", "شو", "ايش"},
    "fa": {"آیا", "ایا", "چه", "چطور", "چگونه", "کدام", "چقدر", "کجا", "چرا", "چند"},
    "so": {"maxaa", "maxay", "maxaan", "maxaad", "maxuu", "sideen", "sidee", "imisa", "immisa", "xaggee", "halkee",
           "goorma", "waa maxay", "miyaan", "miyay", "ma jiraa", "see"},
    "ti": {"እንታይ", "ከመይ", "ክንደይ", "ኣበይ", "መዓስ", "ስለምንታይ", "ኣየናይ"},
    "uk": {"що", "як", "який", "яка", "які", "скільки", "де", "чи", "чому", "коли", "навіщо", "ким", "куди"},
}


@functools.cache
def _first_words() -> frozenset[str]:
    """The interrogatives normalised as user text is (Persian ی/ک, Arabic hamza forms: "آیا" -> "ايا")."""
    return frozenset(" ".join(t for t, _, _ in tokens(normalize(w).text)) for ws in _INTERROGATIVES.values() for w in ws)


_QUESTION_MARKS = "?؟፧;"
LEADING_JOINERS = {"and", "och", "men", "but", "so", "و", "oo", "та", "і", "й", "а", "ከኣ", "then", "okej", "ok",
                   "okay", "så"}
_TRAILING_PARTICLES = {"ዶ", "ድዩ", "ዲዩ", "ዲኻ", "ዲኺ"}   # Tigrinya yes/no question particles
# Thanks before a question ("mahadsanid, halkee iska diiwaangeliyaa": rater24 c4 T6, no "?"): the question opens
# after them; read as a statement, "register" became work done as a hotel receptionist.
_THANKS = ("thanks", "thank you", "thx", "tack", "tackar", "tack så mycket", "شكرا", "شكراً", "مشكور", "mahadsanid",
           "mahadsanidiin", "waad mahadsantahay", "የቐንየለይ", "የቐንየልና", "مرسی", "ممنون", "تشکر", "дякую", "спасибі")


@functools.cache
def _thanks() -> tuple[tuple[str, ...], ...]:
    """The thanks as normalised words, longest first ("thank you" before "thank")."""
    return tuple(sorted({tuple(t for t, _, _ in tokens(normalize(w).text)) for w in _THANKS}, key=len, reverse=True))


def _after_thanks(words: list[str]) -> list[str]:
    """``words`` without the thanks that open them."""
    for cue in _thanks():
        if cue and tuple(words[:len(cue)]) == cue:
            return words[len(cue):]
    return words


# Persian "چند" before a unit of time is "several" as often as "how many": «چند سال از پدرم نگهداری کردم» (I cared
# for my father for some years) tells, «چند سال طول میکشد» asks. With a verb in the first person past
# (…دم/…تم: کردم, بودم, کدم, داشتم, کاشتم) the clause tells; without one it still asks.
_SEVERAL_UNITS = frozenset({"سال", "ماه", "هفته", "روز", "ساعت"})


def _several_told(words: list[str]) -> bool:
    """Whether ``words`` open with Persian "چند" + a unit of time in a clause with a first-person past verb."""
    return (len(words) > 2 and words[0] == "چند" and words[1] in _SEVERAL_UNITS
            and any(len(w) > 3 and w.endswith(("دم", "تم")) for w in words[2:]))


def opens_question(words: list[str]) -> bool:
    """Whether normalised ``words`` open with an interrogative (one to three words, or an Arabic/Persian
    one with an attached و: "ولازم", "وهل"); Persian "چند سال … کردم" (several years) does not."""
    if not words or _several_told(words):
        return False
    first = _first_words()
    if words[0] in first or " ".join(words[:2]) in first or " ".join(words[:3]) in first:
        return True
    return len(words[0]) > 2 and words[0][0] == "و" and words[0][1:] in first


# Interrogatives that also open a relative clause after a comma ("I worked at a hotel, where I cleaned rooms",
# "jobbade som kock, vilket var kul", "працювала в кафе, де готувала") or are another word too (Dari "کم",
# little, is Arabic "كم", how many, once normalised): they cut a question off a statement only in a
# sentence that ends with a question mark.
_AMBIGUOUS = {"which", "where", "what", "how", "vilket", "vilka", "vilken", "hur", "що", "де", "який", "яка", "які",
              "як", "коли", "چه", "کجا", "کدام", "ኣበይ", "کم", "كم", "ممكن", "يمكن", "اي", "أي", "چند"}


@functools.cache
def _ambiguous() -> frozenset[str]:
    return frozenset(t for w in _AMBIGUOUS for t, _, _ in tokens(normalize(w).text))


def opens_question_after_comma(words: list[str], marked: bool) -> bool:
    """Whether the clause ``words`` after a comma or "and" is a question of its own: it opens with an
    interrogative (after "so", "and"; in a sentence ending in "?" also after one word such as "now": "ሕጂ እንታይ …",
    "حالا چه …"; one that may open a relative clause only when ``marked``, a "?"), or says the person wants to know
    (anywhere in it: verb-final "… ክፈልጥ እደሊ")."""
    while words and words[0] in LEADING_JOINERS:
        words = words[1:]
    if not words:
        return False
    if opens_question(words):
        return marked or words[0] not in _ambiguous()
    if wants_to_know(_unattached(words)):
        return True  # "… och undrar hur", "… and want to know how", "… وبدي اعرف كيف", "… ክፈልጥ እደሊ"
    return marked and opens_question(words[1:])


# Words that ask without an interrogative of their own, whatever comes after ("… and want to know how to get
# the licence", "undrar hur jag blir sjuksköterska", "بدي اعرف كيف", "ክፈልጥ እደሊ"): the clause asks.
_WANTS_TO_KNOW = {
    "sv": ["undrar", "vill veta", "vill gärna veta", "skulle vilja veta", "ville veta"],
    "en": ["want to know", "wanna know", "wonder", "wondering", "would like to know", "like to know", "need to know"],
    "ar": ["بدي اعرف", "بدي أعرف", "اريد ان اعرف", "أريد أن أعرف", "اريد اعرف", "ابغى اعرف", "حابب اعرف", "ودي اعرف",
           "حابة اعرف"],
    "so": ["inaan ogaado", "in aan ogaado", "waxaan rabaa inaan ogaado", "waxaan rabaa in aan ogaado",
           "waan rabaa inaan ogaado", "waxaan doonayaa inaan ogaado"],
    "ti": ["ክፈልጥ እደሊ", "ክፈልጥ ደልየ"],
    "fa": ["میخواهم بدانم", "می خواهم بدانم", "میخوام بدونم", "می خوام بدونم", "میخواستم بدانم", "میخواستم بدونم"],
    "uk": ["хочу знати", "хочу дізнатися", "хочу дізнатись", "хотіла б дізнатися", "хотів би дізнатися", "цікавить"],
}
# profile29 (rater37 new02: «سألت اذا UHR يقيم شهادة القانون مالتي», I asked whether UHR assesses my law degree, was kept
# as her education): a question reported ("I asked if …", "my question was …") asks it again.
_ASKED_AGAIN = {
    "sv": ["jag frågade om", "frågade om", "jag undrade om", "min fråga var", "min fråga är"],
    "en": ["i asked if", "i asked whether", "i asked about", "asked if", "asked whether", "my question was", "my question is"],
    "ar": ["سألت اذا", "سألت إذا", "سالت اذا", "سألت هل", "سالت هل", "سألتك اذا", "سألتك إذا", "سألت عن", "سؤالي",
           "سالت عن"],
    "so": ["waxaan weydiiyay", "waxaan ku weydiiyay", "su'aashaydu", "su'aashayda waa", "waxaan idin weydiiyay"],
    "ti": ["ሓቲተ", "ሕቶይ", "ዝሓተትኩ"],
    "fa": ["پرسیدم", "سوالم", "سوال من", "سؤالم", "پرسیده بودم"],
    "uk": ["я питала чи", "я питав чи", "питала чи", "питав чи", "я запитувала чи", "я запитував чи", "моє питання",
           "я питала про", "я питав про"],
}
for _lang, _cues in _ASKED_AGAIN.items():
    _WANTS_TO_KNOW[_lang] = [*_WANTS_TO_KNOW[_lang], *_cues]


@functools.cache
def _wants_to_know() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(t for t, _, _ in tokens(normalize(w).text)) for ws in _WANTS_TO_KNOW.values() for w in ws)


def _unattached(words: list[str]) -> list[str]:
    """Arabic/Persian "and" written onto the first word taken off ("وبدي اعرف" -> "بدي اعرف")."""
    if words and len(words[0]) > 2 and words[0][0] == "و" and script_of_token(words[0]) == "arabic":
        return [words[0][1:], *words[1:]]
    return words


def wants_to_know(words: list[str], *, anywhere: bool = True) -> bool:
    """Whether normalised ``words`` say the person wants to know something (an embedded question): anywhere, or
    only where it opens or ends the clause ("undrar hur …", "… ክፈልጥ እደሊ")."""
    cues = _wants_to_know()
    at = range(len(words)) if anywhere else {0, 1, *(len(words) - len(c) for c in cues)}
    return any(i >= 0 and tuple(words[i:i + len(c)]) == c for c in cues for i in at)


def is_question(text: str, start: int, end: int) -> bool:
    """Whether the statement ``text[start:end]`` asks something: a question mark right after it
    (the segmenter cuts it off) or an interrogative opening it (after a joiner such as "and")."""
    after = text[end:end + 3].lstrip(" )\"'»”")
    if after[:1] and after[0] in _QUESTION_MARKS.replace(";", ""):
        return True
    words = _after_thanks([t for t, _, _ in tokens(normalize(text[start:end]).text)])
    while words and words[0] in LEADING_JOINERS:
        words = words[1:]
    if not words:
        return False
    if opens_question(words) or wants_to_know(_unattached(words), anywhere=False):
        return True
    # ("fadlan haa ama maya", "please, yes or no": a request for the answer to the question before it asks too; read as
    # a statement, «haa ama maya» became work done as a make-up artist – profile29, rater36 new01)
    from assistant.intent_cues import has

    if has("yes_or_no", text[start:end]):
        return True
    # Tigrinya's question particle at the end.
    return words[-1] in _TRAILING_PARTICLES or any(w.endswith("ዶ") and len(w) > 1 for w in words[-2:])


def asks_inside(text: str, start: int, end: int) -> bool:
    """A clause of a message that ends with a question mark asks when "how long" or "what does it cost" stands inside
    it (parts19: Persian and Tigrinya put it after the subject – «دوره کمک پرستار چقدر وقت میگیره و چقدر خرج داره؟»,
    «ትምህርቲ ሓጋዚ ነርስ ክንደይ ግዜ ይወስድ፣ ክንደይ ገንዘብ ድማ የኽፍል?»: the course named in the first clause was read as told)."""
    from assistant.intent_cues import has

    clause = text[start:end]
    return text.rstrip()[-1:] in "?؟፧" and (has("duration", clause) or has("cost_ask", clause))


def continues(chunk: str, cues: Cues) -> bool:
    """An elliptic clause that goes on with the question before it: a joiner and a name, no subject
    of its own ("vad tjänar en svetsare? och en snickare", "… а столяр", "… والنجار"). It asks too;
    read as a statement it made the carpenter work the person had done."""
    words = [t for t, _, _ in tokens(normalize(chunk).text)]
    if not words:
        return False
    first = words[0]
    joined = first in cues.joiners or first in LEADING_JOINERS or (
        script_of_token(first) == "arabic" and first[0] == "و" and len(first) > 2)
    rest = words[1:] if first in cues.joiners or first in LEADING_JOINERS else [first[1:], *words[1:]]
    return joined and bool(rest) and not any(v in cues.subject_starts for w in rest[:2] for v in variants(w))
