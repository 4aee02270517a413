"""Learner Swedish: is the person writing Swedish the way someone does who is still learning it?

Someone who writes "jag jobba städa kontor 10 år, nu jag vill jobb" reads dense standard Swedish
poorly (rater5: "Yrket hör till samma yrkesgrupp … så siffrorna är desamma som ovan" to a cleaner
who writes like that). Such a person is answered in easy Swedish (sv-easy) unless they chose a
language. The scorer counts grammatical features fluent writers practically never produce, each one
a pattern of the sentence's words (no list of sentences):

- a subject pronoun followed by a bare infinitive ("jag jobba", "vi bo"; not after a modal or "att":
  "kan jag jobba" is fluent);
- two bare verbs in a row after work ("jobba städa");
- an age without a verb ("jag 50 år");
- an adverb first and the subject before the verb ("nu jag vill", "idag jag har": Swedish puts the
  verb second);
- a question without inversion ("vad jag kan göra?");
- "inte" before the verb in a main clause ("jag inte kan"; fluent in "att jag inte kan");
- a place without its preposition ("bor malmö");
- a noun where a verb belongs after a modal ("vill jobb");
- pain without its verb ("kroppen ont"; fluent "har ont", "gör ont").

Calibrated on learner and fluent sentences written for the unit test (tests/unit/test_learner_swedish.py):
a conversation is learner Swedish from :data:`THRESHOLD` hits on; one slip in fluent writing is not.
"""
from __future__ import annotations

import re

#: Hits (in all the person's messages) from which the conversation is answered in easy Swedish.
THRESHOLD = 2

_PRON = r"(?:jag|du|han|hon|vi|ni|de|dom)"
#: Infinitives of everyday verbs (present tense adds -r/-er; a learner often leaves it off).
_INF = (r"(?:jobba|arbeta|städa|bo|ha|vara|prata|tala|läsa|skriva|komma|gå|laga|köra|hjälpa|söka|leta|lära|"
        r"studera|plugga|sälja|bygga|måla|sy|baka|tvätta|passa|göra|veta|förstå|behöva|tycka|älska|säga|heta|"
        r"kunna|vilja|bli|se|höra|lyfta|sitta|stå|sova|äta|träffa|flytta|lämna|börja|sluta|vänta|tänka|hitta|"
        r"betala|tjäna|använda|reparera|sköta|vårda|packa|sortera|plocka|svetsa|klippa|servera|diska|handla|"
        r"undervisa|översätta|kör|bära)")
#: Words after which a pronoun and a bare infinitive are fluent ("kan jag jobba", "att vi bo…" is not a
#: learner's sign on its own): modals, auxiliaries, "att".
_BEFORE_FLUENT_INF = {"kan", "vill", "ska", "måste", "får", "bör", "brukar", "behöver", "börjar", "slutar", "tänker",
                      "hoppas", "orkar", "vågar", "kunde", "ville", "skulle", "fick", "borde", "att", "låt",
                      "låter", "lär", "kommer", "tror", "gick", "skall", "måtte", "hjälper", "hade", "har"}
_SUBORDINATORS = {"att", "om", "eftersom", "när", "som", "då", "innan", "medan", "fastän", "fast", "ifall", "tills",
                  "därför", "så", "sedan", "sen", "vad", "vilket", "där", "hur", "varför", "än"}
_FEATURES: dict[str, re.Pattern[str]] = {
    "bare_verb": re.compile(rf"(?:^|(?<=\s)|(?<=[,.!?]))(\w+\s+)?{_PRON}\s+(?:inte\s+)?{_INF}\b"),
    "verb_verb": re.compile(rf"\b(?:jobba|arbeta|jobbar|arbetar|jobbade|arbetade)\s+{_INF}\b"),
    "age_no_verb": re.compile(rf"\b{_PRON}\s+\d{{1,2}}\s*år\b"),
    "verb_third": re.compile(rf"(?:^|[.!?,;]\s*)(?:nu|idag|i dag|igår|i går|imorgon|förut|därför|här|hemma|"
                             rf"i sverige|innan dess|sen dess)\s+{_PRON}\s+(?!som\b|och\b)\w+"),
    "no_inversion": re.compile(r"(?:^|[.!?,;]\s*)(?:vad|var|hur|när|vilken|vilket|vilka|varför)\s+(?:jag|du)\s+"
                               r"[^.!?]*\?"),
    "inte_first": re.compile(rf"(?:^|(?<=\s)|(?<=[,.!?]))(\w+\s+)?{_PRON}\s+inte\s+(?:kan|vill|har|är|vet|förstår|"
                             rf"jobbar|arbetar|pratar|talar|bor|får|ska|måste)\b"),
    "bor_place": re.compile(r"\bbor?\s+(?!(?:i|på|nära|med|hos|här|där|inte|kvar|ensam|själv|tillsammans|utanför|"
                            r"ute|hemma|nu|just|sedan|sen|också|redan|fortfarande|numera|ju|alltså|faktiskt|"
                            r"egentligen|idag|tyvärr|precis|väl|nog|och|mitt|min|mina|vi|jag|kvar|centralt|"
                            r"utomlands|söder|norr|öster|väster|en|ett|sen|så|lite|nästan|bara|nyss|tills|"
                            r"hemma|här|borta)\b)[a-zåäö]{3,}\b"),
    "modal_noun": re.compile(r"\b(?:vill|ska|måste)\s+(?:jobb|arbete|kurs|utbildning)\b(?!\s*(?:som|med|i|på|inom))"),
    # The word before "ont", or the verb before an inverted subject ("nu har jag ont").
    "pain_no_verb": re.compile(rf"\b(\w+\s+(?:{_PRON}|det|man)\s+|\w+\s+)ont\b"),
}
#: Features whose match may begin with the word before the pronoun, to tell a fluent order from a learner's.
#: Words before "ont" with which pain is said fluently ("har ont", "gör ont", "inte så ont").
_PAIN_FLUENT = {"har", "gör", "göra", "hade", "får", "fick", "inte", "mycket", "lite", "så", "ha", "ofta", "jätte",
                "gjorde", "väldigt", "fortfarande", "också", "alltid", "ganska", "haft", "gått", "något", "mer"}
_PRECEDED = {"bare_verb": _BEFORE_FLUENT_INF, "inte_first": _SUBORDINATORS | _BEFORE_FLUENT_INF,
             "pain_no_verb": _PAIN_FLUENT}


def features(text: str) -> list[str]:
    """The learner features in ``text`` (one name per hit)."""
    t = " ".join(text.casefold().split())
    hits: list[str] = []
    for name, pattern in _FEATURES.items():
        for m in pattern.finditer(t):
            before = next(iter((m.group(1) or "").split()), "") if name in _PRECEDED and m.groups() else ""
            if before and before in _PRECEDED[name]:
                continue
            hits.append(name)
    return hits


def score(texts: list[str]) -> int:
    """Learner features in the person's messages together."""
    return sum(len(features(t)) for t in texts)


def is_learner_swedish(texts: list[str]) -> bool:
    """Whether the person's messages read as Swedish still being learnt (see the module docstring)."""
    return score(texts) >= THRESHOLD
