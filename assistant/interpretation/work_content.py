"""Whether a statement names any work at all: a wish to work, earn or start soon, the conditions of the work and
missing papers name no direction ("I want to find work soon", «ett dagjobb», "paid work"). Moved out of segment.py,
which owns splitting and classifying statements."""
from __future__ import annotations

import functools

from retrieval.lexicon.normalize import normalize, tokens

# Words of a wish to work, earn or start soon that name no direction ("I want to find work soon",
# "میخوام زود کار پیدا کنم", "shaqo kaliya ayaan rabaa"): a statement made only of these (and of
# short function words) says nothing occupational.
_GENERIC_WORK = {
    "work", "job", "jobs", "employment", "find", "soon", "quickly", "fast", "get", "any", "money", "earn", "want",
    "need", "just", "only", "now", "start", "working", "asap", "some", "new",
    "jobb", "jobba", "arbete", "arbeta", "hitta", "snabbt", "snart", "få", "tjäna", "pengar", "vill", "bara", "nu",
    "behöver", "börja", "något", "nåt", "anställning", "sysselsättning",
    "کار", "زود", "پیدا", "کنم", "کردن", "پول", "میخوام", "میخواهم", "خواهم", "میخواستم", "فقط", "الان", "حالا",
    "شغل", "بگیرم", "بکنم", "زودتر", "سریع", "لازم", "دارم", "یک",
    "عمل", "وظيفة", "اريد", "أريد", "بدي", "ابغى", "بسرعة", "اشتغل", "أشتغل", "اعمل", "أعمل", "ابحث",
    "احصل", "أحصل", "على", "الآن", "مال", "فلوس", "شغلة", "عملا", "عن", "أن", "ان",
    "shaqo", "rabaa", "helo", "helaa", "dhakhso", "degdeg", "lacag", "kaliya", "hadda", "ayaan", "waxaan", "inaan",
    "shaqeeyo", "shaqaysto", "ka", "si", "baahanahay", "baahan", "u baahanahay",  # ("shaqo ayaan u baahanahay")
    # the other forms of the Somali "want" (ma rabo = I don't want), never an object of their own
    # ("kabo ma rabo" refused shoes, not the Rabbin its "rabo" resembles)
    "rabo", "rabto", "rabtaa", "rabnaa", "doonayaa", "doonayo", "doono", "maya",
    "ስራሕ", "እደሊ", "ክረክብ", "ቀልጢፈ", "ገንዘብ", "ጥራይ", "ሕጂ", "ክሰርሕ", "እየ",
    "jag", "mig", "att", "ett", "för", "med", "som", "the", "for", "with", "and", "och", "انا", "أنا", "بدون",
    "waan", "aan", "ኣነ", "ነይ",
    "роботу", "робота", "роботи", "якусь", "будь", "працювати", "хочу", "знайти", "швидко", "гроші", "тільки", "лише", "зараз",
    "заробляти", "потрібна", "потрібно", "мені",
    # "another job / something else" names no direction either (a turn away from one's own work:
    # constraints.CHANGE_FIELD); one list of such words, also for wishes (constraints.drop_generic_wishes)
    "annan", "annat", "nytt", "nya", "fort", "another", "other", "else", "something", "different",
    "آخر", "اخر", "أخرى", "اخرى", "ثاني", "شيئا", "شيء", "سريعا", "قريبا", "raadi", "kale", "ካልእ", "ብቕልጡፍ",
    "دیگر", "دیگری", "دیگه", "کاری", "іншу", "інша", "інше", "інший", "щось", "скоро",
    # "any more / again" (a refusal's "no longer") name nothing either
    "anymore", "again", "longer", "more", "längre", "mer", "igen", "بعد", "مرة", "dambe", "більше", "знову",
}


@functools.cache
def _generic_words() -> frozenset[str]:
    from assistant.interpretation.work_conditions import plain_words

    # normalised as the text is (Persian ی/ک, Arabic hamza forms, case)
    return frozenset(t for w in _GENERIC_WORK | plain_words() for t, _, _ in tokens(normalize(w).text))


def names_no_work_content(chunk: str) -> bool:
    """A statement made only of generic wish-to-work words and short function words, once the conditions of the work
    (pay, hours, contract, place: "paid work", «ett dagjobb») and a clause of missing papers are blanked (wish14)."""
    from assistant.interpretation.work_conditions import blank_conditions

    generic = _generic_words()
    words = [t for t, _, _ in tokens(normalize(blank_conditions(chunk)).text)]
    content = [w for w in words if w not in generic and len(w) > 2 and not w.isdigit()]
    return bool(words) and not content
