"""Intent of the new user message, from cue lists in ``assistant/locales/intents.yaml``.

Detection is language-independent: the cues of every language are tried on every message.
The interpreter complements it: an occupation named in a question becomes the focus
(see :mod:`assistant.focus`), and a message that adds profile items is a "provide".
"""
from __future__ import annotations

import re
from functools import lru_cache

from assistant.intent_cues import group_names, has, normalize
from assistant.level_question import asks_enough, level_can_ask, level_enough
from assistant.own_question import asks_degree_worth, asks_study_form, names_pay, with_claims
from assistant.state import Intent
from assistant.told_not_asked import without_strain
from assistant.work_as_named import names_work_asked
from assistant.work_questions import (
    _asks_for_work,
    _asks_get_work,
    _asks_work_meanwhile,
    _kind_of_work,
    _little_study,
    _without_degree,
    may_work_as,
)
from vagledning.domain.marks import FULL_STOPS

LONG_STATEMENT = 12
#: "I don't know" and "more" only count as the whole point of a short message.
SHORT = 5


SENTENCE = re.compile(rf"[^{FULL_STOPS}\n]+[{FULL_STOPS}]?")


@lru_cache(maxsize=4096)  # (a pure function of the text, read ~30 times a turn)
def question_part(text: str) -> str:
    """The sentences of a message that ask something ("Do I need Swedish? I study at SFI now." ->
    "Do I need Swedish?"); the whole message when no sentence is marked as a question. What the person
    says about themselves beside a question is not an occupation the question names."""
    parts = [m.group(0).strip() for m in SENTENCE.finditer(text or "") if m.group(0).strip()]
    if len(parts) <= 1:
        return _question_clauses(text)
    # ("No, I asked about barnskötare. How long is it?": the sentence naming what was asked asks too)
    asked = [p for p in parts if p.endswith(("?", "؟")) or has("question", without_strain(p)) or has("asked_about", p)]
    asked = with_claims(parts, asked)  # ("My friend says B first for C. Is it true?": the claim is asked, route29)
    return " ".join(asked) if asked else text


def _question_clauses(text: str) -> str:
    """The clauses of one sentence that ask, when others beside them tell ("I'm a nurse from Nigeria and want to
    know how to get the licence": a 13-word sentence without "?" read as one was no question at all); the whole
    sentence otherwise."""
    from assistant.interpretation.questions import asks_inside, is_question
    from assistant.interpretation.segment import TELLING, classify_statement, split_statements

    clauses = split_statements(text or "")
    asked = [(a, b) for a, b in clauses if is_question(text, a, b) or asks_inside(text, a, b)]  # (parts19)
    # (a clause that neither asks with a mark nor tells may ask all the same: "اكدر اخذ راتب وانا اتعلم شغلة؟")
    if not asked or len(asked) == len(clauses) or any(
            classify_statement(text[a:b])[0] not in TELLING for a, b in clauses if (a, b) not in asked):
        return text
    return " ".join(text[a:b] for a, b in asked) + "?"  # (each asks, "?" or not: "… وبدي اعرف كيف")


def detect_intent(text: str) -> Intent:
    """The intent of one (redacted) user message; ``provide`` when no cue fires. Beside a statement,
    the question decides ("I finished SFI. Is it easy to find work?" asks about demand, not courses);
    the statement still goes to the profile."""
    asked = question_part(text)
    from assistant.age_worry import age_intent  # (age18; that module reads the cues of this one)

    if age := age_intent(normalize(asked)):  # "who hires someone my age?", "too old to retrain?"
        return age
    from assistant.studies_abroad import asks_about_studies

    # "Do my two unfinished years of law count here? What is UHR?" (recog10): before salary («حقوق» is law and salary)
    if asks_about_studies(text):
        return "recognition"
    if asks_degree_worth(asked):  # "what is my Baghdad degree worth here? UHR?" (route29): before Swedish or salary
        return "recognition"
    # "My degree is from Aleppo. How do I get it recognised here?": the diploma told beside the question is what it
    # asks to have recognised (focus17)
    if asked != text and has("recognise", asked) and has("diploma", text) and ("?" in asked or "؟" in asked):
        return "recognition"
    # "must I change my licence to a Swedish one?": the licence asked of, never the Swedish language (consist32)
    if has("licence_swap", asked) and (has("licence_bare", asked) or has("licence_own", asked) or has("drive_plain", asked)) \
            and intent_of(asked) == "swedish":  # ("my licence is not valid yet, what can I do meanwhile": work, ask15)
        return "licence"
    if asked != text and level_enough(asked, text) or level_can_ask(asked, text):
        return "swedish"
    if asked != text:
        intent = intent_of(asked)
        if intent != "provide":
            return intent
    whole = intent_of(text)
    # youth8: «میخواهم زود کار کنم. یک چیز کوتاه هست؟» (I want to work soon. Is there something short?) was "is there
    # work?": the gapped cue «کار … هست» joined the work told in one sentence to the "is there" of the question. A
    # question about demand asks it within one of its sentences; the question beside a statement decides (above).
    if whole == "demand" and asked != text and not any(intent_of(m.group(0)) == "demand" for m in SENTENCE.finditer(text)):
        return "provide"
    return whole


def _conditions(t: str) -> bool:
    """A cue of a working condition (nights, weekends, heavy, travel …) without "without" (cond_* in intents.yaml)."""
    return any(has(g, t) for g in group_names() if g.startswith("cond_") and g != "cond_without") \
        and not has("cond_without", t)


def _told_beside_wish(t: str) -> bool:
    """"I work nights in a warehouse. I want to become a police officer, is it possible?": the condition is in a
    sentence that tells, the question (another sentence) names no condition, and the message wishes a work
    (noun30; "I want to be a police officer. Can I?" wishes in a sentence of its own)."""
    asked = question_part(t)
    return asked != t and not _conditions(asked) and has("become_wish", t)


def wish_possible(t: str) -> bool:
    """"I want to become a police officer, is that possible?", «بدي صير شرطي، ممكن؟»: a wish to become something closed
    by a short "is it possible / can I?" asks the way in, as "can I become X?" does (noun30, rater38 new01 T1 got the
    night work of the job the person told). Only the question's last five words are read for the "possible"."""
    asked = question_part(t)
    if not ("?" in asked or "؟" in asked) or has("wh_work", t) or has("what_become", t):
        return False
    words = asked.replace("?", " ").replace("؟", " ").split()
    tail = " ".join(words[-5:])
    # (a bare "can I?" closing the wish, «بقدر؟», «میتونم؟»: only as the question's last words – "…, how much can I
    # earn?" is no such question; focus31)
    return (has("level_can", tail) or has("possible_ask", tail) or _ends_can(" ".join(words[-3:]))) \
        and has("become_wish", t)


def _ends_can(tail: str) -> bool:
    """The words end in a bare "can I?" (possible_short in locales/intents.yaml)."""
    from assistant.intent_cues import cues

    pat = cues().get("possible_short")
    return pat is not None and re.search(rf"(?:{pat.pattern})\W*$", normalize(tail)) is not None


def citizenship_asked(t: str) -> bool:
    """"I'm not a citizen yet, is that a problem for it?", «ገና ዜግነት የብለይን፡ እዚ ጸገም ድዩ?», "do I need citizenship?": whether
    citizenship stands in the way of the goal, a requirement of its way in (focus31; rater38 new01 T4 got the Swedish
    card of the job told) – never "how do I get citizenship?" (Migrationsverket's question, scope.py)."""
    return has("citizenship_req", t) and (has("swedish_problem", t) or has("need", t) or has("requirements", t)) \
        and not has("how_ask", t)


def _which_hours(t: str) -> bool:
    """"Is it day work or shifts?", «بالنهار ولا ورديات؟»: a day word beside shifts or nights asks which hours the work
    has (the conditions answer), not for a day job (hours15; rater28 sv c07)."""
    return has("cond_shift", t) or has("cond_night", t)


def _hours_without(t: str) -> bool:
    """"Can I do that job without nights?", «بقدر اشتغل هالشغل بدون مناوبات ليلية؟», "kan man jobba som undersköterska
    utan nattpass?": a question whether the work can be done without some hours asks about its hours (what the
    sources say, per workplace: assistant/hours_places.py), not for other work nor the licence (hours15; rater28 ti
    c11). "Is there work without nights?" and "what work …?" still ask for work."""
    return has("hours_can_work", t) and has("cond_without", t) \
        and any(has(g, t) for g in ("cond_night", "cond_hours", "cond_shift")) \
        and not any(has(g, t) for g in ("is_there_work", "suggest", "wh_work", "other_work_ask", "day_work_ask"))


def _asks_lighter(t: str, mark: bool, asks: bool) -> bool:
    """"What lighter work can I do?", "shaqo fudud maxaan qaban karaa?", "is there work where I can sit, like
    reception?": suggestions after a limitation, not the demand ("fudud" is also "easy to find") nor the conditions of
    the person's own work (wants7, rater8 conv3); never with a salary question."""
    is_question = mark or has("question", t)
    return asks and ((is_question and has("lighter_ask", t)) or (mark and has("seated_ask", t))) and not has("salary", t)


def _other_than_asked(text: str) -> bool:
    """An option asked and refused, then something else asked for: the next suggestions (rater24 c5 T5)."""
    from assistant.interpretation.constraints import other_than_asked

    return other_than_asked(text)


def _one_more(text: str) -> bool:
    """"One more / another one too" (interpretation/one_more.py): an addition to the list."""
    from assistant.interpretation.one_more import adds_one

    return adds_one(text)


def _several_in_demand(t: str) -> bool:
    """"Which jobs are in demand?": a demand word and a question for several occupations (intents.yaml)."""
    return has("demand", t) and has("demand_which", t)


#: A university degree named with the word for a certificate ("shahaado jaamacadeed", «شهادة جامعية»): no licence.
_DEGREE_WORDS = re.compile(r"shahaado\w* jaamacad\w*|شهاد\S* (ال)?جامع\S*")


def _licence_asked(t: str, is_question: bool, may_work: bool) -> bool:
    """A question (or a need) about a licence; also "is there an exam?", "امتحان داره؟", "є іспит?": the test on the
    way to a licence (assistant/licence_exam.py), never the courses (route11, rater11 conv1) – a course's own exam
    names the course."""
    # little17: "do I need a degree for it / to become X?" asks what X's education is (the courses answer, which
    # assistant/without_school.py opens), never the licence its "need … to work as" reads (rater29 en c09 T3)
    if has("degree_needed", t) and not has("licence", _DEGREE_WORDS.sub(" ", t)):
        return False
    if (has("licence", t) or has("licence_compound", t) or may_work) and (is_question or has("need", t)
                                                                         or has("yes_or_no", t)):
        return True
    return is_question and has("licence_exam", t) and not has("courses", t)


def _pay_per_period(t: str) -> bool:
    """"How much does X take / get a month?": an amount asked with a pay period (askD21: «قديش بياخد الطباخ بالشهر؟»
    was the duration question, "how much does a carpenter take home a month?" asked nothing). "How many months?",
    "how many hours a month?" stay time."""
    # (or with the word for pay itself, named16: «قديش بياخد رئيس المطبخ معاش؟», how much pay does a head chef take?)
    return (has("pay_period", t) or has("wage_word", t)) and has("amount_ask", t) and not has("time_span", t) \
        and not has("cond_hours", t)


def asks_pay_per_period(text: str) -> bool:
    """:func:`_pay_per_period` of a message (assistant/durations.py: «قديش بياخد … بالشهر؟» asks no course length)."""
    return _pay_per_period(normalize(text))


def _time_or_money(t: str, is_question: bool) -> Intent:
    """How long (the courses' lengths), what studying costs, or the salary. "How much does it cost? I have little
    money", "ma bixin karaan lacagta?" ask what studying costs and who pays (assistant/study_money.py answers it after
    the turn), never the salary; "how long and what does it cost?" is the duration question, the cost follows it."""
    if is_question and has("duration", t) and not _pay_per_period(t):
        return "courses"
    return "provide" if has("cost_ask", t) else "salary"


def _work_asked(t: str, asks: bool) -> bool:
    """A question for several kinds of work: the ones in demand here, or work of a kind (:func:`_kind_of_work`)."""
    return asks and _several_in_demand(t) or _kind_of_work(t)


def intent_of(text: str) -> Intent:
    t = without_strain(text)  # ("… and I don't know how long I can keep going": strain told, no question, intent17)
    if not t or not re.search(r"\w", t):
        return "greeting"
    words = len(t.split())
    mark = "?" in t or "؟" in t
    is_question = mark or has("question", t)
    asks = mark or words <= LONG_STATEMENT  # a long statement without "?" is not a follow-up question
    if has("explore", t) or (words <= SHORT and has("dontknow", t)):
        return "explore"
    # "What can I work as until I get the licence?" asks for suggestions, whatever it names on the way.
    # "What lighter work can I do?" (:func:`_asks_lighter`) too.
    # "What else can I work with?", "which daytime job is better?": other occupations (alt13, assistant/alternatives.py).
    # "What do I do meanwhile?" (do_ask) too: with a word for meanwhile, a question for work (ask15); "what must I do
    # to (لحتى) get the licence?" is no such question. "What work can I do while I study SFI?" too (money19).
    # wish14: "What are my options?" beside "My Swedish is okay, B1" asks for work (rater28 c06 got the Swedish answer).
    # youth21: "what should I work as?" with a modal word («شو لازم اشتغل؟», "ким мені треба працювати?") asks for work;
    # the modal (لازم, треба, باید, "waa inaan") is no "what is needed" here, so never the licence (:func:`asks_what_to_work`).
    if ((has("suggest", t) or has("wh_work", t) or (has("do_ask", t) and not has("need", t)))
            and (has("meanwhile", t) or has("while_studying", t))) \
            or (is_question and _asks_for_work(t)) \
            or _asks_lighter(t, mark, asks) or _asks_work_meanwhile(t, is_question) \
            or (is_question and (has("other_work_ask", t) and not names_work_asked(t)
                                 # (second24: "… work as a project manager instead?" asks of the work it names)
                                 or has("day_work_ask", t) and not _which_hours(t))
                and not (words <= SHORT and has("more", t))  # (a short "what else?" is the next ones: "more")
                # "How much Swedish do I need? Other work (with children) that needs less?": the Swedish answer, which
                # also gives the other work of that kind (a bare "عمل آخر", "ካልእ ስራሕ" is no turn away); the Swedish only
                # told beside the question ("my Swedish is B1. What else can I do?") does not count
                and not has("swedish", question_part(t))):
        return "suggest"
    # "Räcker SFI D?", "Is SFI C enough to work as a baker?", "SFI C کافیه؟": whether a level of Swedish is enough is
    # the Swedish answer for the occupation (what its sources say, or that they state no level), never the SFI
    # route alone or other suggestions.
    # "I finished SFI but not SvA, is it a problem for the course?" asks the same (swedish18, rater17 conv3 T4).
    # hours15: "can I do that work without nights?" asks about its hours (:func:`_hours_without`), before the licence
    # its "can I work as" reads and the suggestions its "without" reads.
    # route29: "can I study it evenings or at a distance?" asks the courses' form, never the occupation's hours
    # focus31: "not a citizen yet, a problem for it?" (citizenship_asked) asks the goal's way in, never the Swedish
    if mark and (citizenship_asked(t) or asks_study_form(t) or asks_enough(t) or _hours_without(t)):
        return "courses" if citizenship_asked(t) or asks_study_form(t) else "swedish" if asks_enough(t) else "conditions"
    # "Can my diploma be recognised?", "Чи треба підтвердити диплом?": a diploma word and a recognising
    # word together ask for the assessment of a foreign education (or the licence route), not for courses.
    # route29: its worth here or UHR named beside the diploma word asks the same («شهادتي … شكد قيمتها هنا، UHR يقيمها؟»)
    if asks and has("diploma", t) and (has("recognise", t) or has("uhr_named", t) or has("degree_worth", t)):
        return "recognition"
    # "Is there office work (in logistics)?", "هل يوجد عمل مكتبي؟": a question for a kind of work wishes for that
    # kind (suggestions), also when it adds "that I can start with a little Swedish" (the wish comes first);
    # "is there work as a warehouse worker in Västerås?" asks about demand for the one named.
    # "Which jobs are in demand here?" names no one occupation: suggestions too, each with its ads in the person's
    # län (learn9, rater9 conv3 T4: one occupation's demand was given).
    there_is_work = asks and is_question and has("is_there_work", t)
    # "Is there computer work without university?" asks for work reachable without it (:func:`_without_degree`).
    # wishnot12: "which jobs need NO university and not much Swedish?" asks for work reachable without it, whatever
    # else it names as what that work must do without (rater27 C3 got the university's Swedish)
    without = (is_question and _without_degree(text) and (there_is_work or any(
        has(g, t) for g in ("what_work_there", "demand_which", "suggest", "wh_work"))) or asks and _little_study(text)) \
        and not may_work_as(t)
    # ("what work is there?", «چه کاری هست؟»: a wh-question for work is a list, not the demand of a wish told before;
    # form10 fa after little17 made «کاری هست» a cue of is_there_work)
    listed = there_is_work and has("wh_work", t) and not has("demand", t)
    if there_is_work and has("work_kind", t) or listed or without or is_question and _work_asked(t, asks):
        return "suggest"
    # "What do I need for a Swedish nursing licence?" names Swedish as an adjective: with a licence word, a
    # question is about the language only when it speaks of speaking, knowing or learning it.
    # "Which redovisning courses are there to learn Swedish bookkeeping?" asks for courses: beside a course
    # word, a question is about the language only when it says it is needed.
    # route29: "must I study Swedish law again?" names Swedish as the adjective of a subject, not the language
    if asks and has("swedish", t) and (has("need", t) or mark) and (not has("licence", t) or has("language_use", t)) \
            and not has("swedish_subject", t) \
            and (has("need", t) or not has("courses", t)):
        return "swedish"
    # "How long does it take?", "چقدر وقت میگیره؟" ("how much" is also the salary cue): how long the education takes
    # (assistant/durations.py answers it after the courses), never salary, more suggestions or an occupation's name.
    # A statement ("I looked after children for several years") asks nothing.
    if asks and (names_pay(t) or (is_question and (has("duration", t) or _pay_per_period(t)))):
        return _time_or_money(t, is_question)
    # "Can I work as an electrician now, yes or no?": whether one may work before the licence (assistant/yes_no.py);
    # "what can I work with now?" asks for suggestions.
    # "Can I work as an accountant here?" too (ask10, rater10 conv3: the story's "Swedish A2" made it a Swedish question).
    may_work = (has("can_work_now", t) or may_work_as(t)) and not has("suggest", t) and not has("wh_work", t)
    if asks and _licence_asked(t, is_question, may_work):
        # "My licence is not valid yet, what job can I do?", "…, vad jag kan jobba med?": a question for work told
        # beside the licence is a question for work (ask15); "what job needs a licence?" still asks about it.
        return "suggest" if has("wh_work", t) and not has("need", t) else "licence"
    # "How much Swedish do I need? Is there other work with children that needs less?": both are answered, the
    # Swedish first (assistant.asked_parts.asked_parts).
    # "What jobs are there?" after what one likes asks for suggestions too (likes8), not one occupation's demand.
    # "Is there other work?" is read as such also where its "is there" is only the demand cue ("کار دیگری هست؟" without
    # «آیا»): other work is no one occupation's demand (conv21: a Persian conversation got the first suggestion's ads).
    other = asks and is_question and has("other_work", t) and (there_is_work or has("demand", t))
    if other or (asks and has("what_work_there", t)):
        return "suggest"
    # "Can one get a job as a barnskötare?" (cues get_work): whether there is work in it, not more suggestions (conv21).
    # askD21: "what study is required / needed to become X?" («ما الدراسة المطلوبة لأصبح سباكاً؟»: «المطلوبة» is also
    # the demand word) asks for the route, as "what education is required" does.
    # seated7: "is there training for this work nearby?" («برای این کار آموزشی … هست؟»: «کار … هست» is also "is there
    # work") asks for courses for the work referred to, not its demand.
    route = has("courses", t) and (has("requirements", t) or has("need", t) or has("refer", t))
    if asks and (has("demand", t) or there_is_work) and (is_question or words <= SHORT) and not route \
            or is_question and _asks_get_work(t):
        return "demand"
    # "Does bus driving have night shifts?", "Är det tungt att jobba som undersköterska?": a question about one
    # occupation's working conditions (assistant/conditions.py), not a wish for work without them ("utan natt"). Only
    # a sentence marked as a question: "I'd like a job where I can sit" tells a limitation, it asks nothing.
    # ("where can I work in the meantime? only in the daytime, I have a baby": work asked for, the day a limitation
    # told after it – route11 uk, since hours15 made «вдень» a cue of the hours)
    # noun30 (rater38 new01: «habeenkii … lager … waxaan rabaa inaan noqdo booliis. ma suurtagal baa?» got the
    # warehouse's nights): a condition told of one's own work beside a question that names the work wished is no
    # question about conditions (:func:`_told_beside_wish`)
    if mark and _conditions(t) and not has("suggest", t) and not has("courses", t) and not _told_beside_wish(t) \
            and not (has("meanwhile", question_part(t)) and not _conditions(question_part(t))):
        return "conditions"
    # "How do I work as an electrician in Sweden?": what it takes here, i.e. the licence (or none and the routes).
    if is_question and has("work_here", t):
        return "licence"
    required = has("requirements", t)
    # "What education is needed for X?" asks for the route into X (courses), "what is needed to
    # work as X?" for what the occupation requires (licence).
    # route17: "can I still become X, or is it too late?" asks for the way into X too (assistant/too_late.py)
    # routes (rater22): "is it realistic without school?" asks what the occupation requires and the shortest way in
    # (assistant/without_school.py answers it first)
    # near15: "var kan jag läsa IT?", "xaggee ku baran karaa IT?" (where_study), unless Swedish is what is to be learnt
    # intent19: "can one / can I become X?" (can_become) asks the same way in, yes or no ("what can I become?" asks for work)
    if asks and (has("courses", t) or has("too_late", t) or has("without_school", t)
                 or has("can_become", t) and not (has("wh_work", t) or has("what_become", t)) or wish_possible(t)
                 or has("where_study", t) and not has("swedish", t) or has("degree_needed", t)) and (is_question or required):
        return "courses"
    if asks and required and (is_question or has("need", t)):
        return "licence"
    if asks and has("describe", t) and not has("job_i_can", t):
        return "describe"
    if has("suggest", t) or has("job_i_can", t):
        return "suggest"
    # "what more do I need?" is no list; "wind turbines? no, that's heights... something else" is (heights8)
    # ("tell me one more job", «یک کار دیگر هم بگویید»: the next ones, in addition; refuse14)
    if words <= SHORT and has("more", t) and not has("need", t) or asks and (_other_than_asked(text) or _one_more(text)):
        return "more"
    if has("greeting", t) and words <= 4:
        return "greeting"
    # ("förskollärare, 3 years at university?": a length checked, correct33)
    return "courses" if asks and is_question and _length_checked(t) else "provide"


def _length_checked(t: str) -> bool:
    """A question that checks a length, a number and a unit of time beside a study word ("is it 3 years at uni?",
    «förskollärare це 3 роки в університеті?»): how long the education takes, asked yes or no (edu7 uk got a list of
    work). Only where no other topic was read (the last rule before "provide")."""
    from assistant.intent_cues import cues

    q = question_part(t)
    unit = cues().get("length_unit")
    return unit is not None and (has("higher_studies", q) or has("courses", q)) \
        and re.search(rf"\d(?:[.,]\d)?\s*(?:{unit.pattern})", q) is not None
