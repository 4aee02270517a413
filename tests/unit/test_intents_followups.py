"""Follow-up questions reach their intent whatever the inflection and word order (issue 10):
the occupation often sits between the words that ask ("how much do bus drivers make?"), verbs
are inflected (uk "заробляють", "заробляє") and Arabic writes clitics onto the word ("وراتبه")."""
from __future__ import annotations

import pytest

from assistant.intents import detect_intent, strip_cues


@pytest.mark.parametrize(("text", "intent"), [
    # how do I become X: the route into X (found by the lead in easy Swedish: "Hur blir jag barnskötare?")
    ("Hur blir jag undersköterska?", "courses"),
    ("Hur kan jag bli busschaufför?", "courses"),
    ("Vad ska jag göra för att bli tandsköterska?", "courses"),
    ("How do you become an electrician here?", "courses"),
    ("Hur blir lönen för en snickare?", "salary"),
    # "Swedish" as an adjective of the licence is a licence question; speaking it is a Swedish question
    ("What do I need for a Swedish teaching licence?", "licence"),
    ("Що треба для шведської ліцензії лікаря?", "licence"),
    ("Do I have to know Swedish to get the licence?", "swedish"),
    # salary
    ("Hur mycket får en lagerarbetare betalt?", "salary"),
    ("Vad ligger lönerna på för snickare?", "salary"),
    ("How much do electricians make in Sweden?", "salary"),
    ("What salary can a welder expect?", "salary"),
    ("وكم راتبه في الشهر؟", "salary"),
    ("كم يتقاضى النجار في السويد؟", "salary"),
    ("Nijaarka immisa ayuu qaataa?", "salary"),
    ("Mushaarka kalkaalisada waa imisa?", "salary"),
    ("ናጻር ክንደይ ይረክብ ብወርሒ?", "salary"),
    ("ደሞዛ ንነርስ ክንደይ እዩ?", "salary"),
    ("نجار در سویدن چقدر میگیره؟", "salary"),
    ("معاش آشپز چند است؟", "salary"),
    ("Скільки заробляють теслярі?", "salary"),
    ("А яка зарплатня у кухаря?", "salary"),
    # demand / chances
    ("Är det lätt för en kock att få jobb?", "demand"),
    ("Is it easy for a cleaner to find a job here?", "demand"),
    ("هل من السهل على الطباخ أن يجد عملا؟", "demand"),
    ("Ma fududahay in kariye shaqo helo?", "demand"),
    ("Чи багато вакансій для кухарів?", "demand"),
    ("آیا برای آشپز فرصت کار هست؟", "demand"),
    ("ንኸሻኒ ስራሕ ምርካብ ቀሊል ድዩ?", "demand"),
    # describe
    ("Vad gör egentligen en lokalvårdare?", "describe"),
    ("What does a care assistant actually do?", "describe"),
    ("Що саме роблять прибиральники?", "describe"),
    ("ماذا يعمل مساعد الممرض بالضبط؟", "describe"),
    ("Maxay qabtaa kalkaalisada caafimaadku?", "describe"),
    ("یک آشپز چه کار می کند؟", "describe"),
    ("ሓደ ኸሻኒ እንታይ ይሰርሕ?", "describe"),
    # education / the route into an occupation
    ("Vad måste man läsa för att bli elektriker?", "courses"),
    ("Which training does a plumber need?", "courses"),
    ("Яке навчання потрібне, щоб стати електриком?", "courses"),
    ("ما هو التعليم المطلوب لكي أصبح كهربائيا؟", "courses"),
    ("Sidee baan korontada u noqon karaa?", "courses"),
    ("برای برقکار شدن چه آموزشی لازم است؟", "courses"),
    ("ኤሌክትሪሻን ንምዃን እንታይ ትምህርቲ የድሊ?", "courses"),
    # licence / requirements without education words
    ("Vad krävs för att jobba som busschaufför?", "licence"),
    ("What do I need to work as a taxi driver here?", "licence"),
    ("Що треба мати, щоб працювати водієм таксі?", "licence"),
    # more suggestions, "I don't know", "what suits me"
    ("Finns det något mer?", "more"),
    ("Any other options?", "more"),
    ("هل هناك مهن غيرها؟", "more"),
    ("ካልእ ሞያ ኣሎ ዶ?", "more"),
    ("مشاغل دیگری هم هست؟", "more"),
    ("Є ще якісь варіанти?", "more"),
    ("I have no clue", "explore"),
    ("Гадки не маю", "explore"),
    ("Яка робота мені підійде?", "suggest"),
    ("Which job fits me best?", "suggest"),
    # Somali, Tigrinya and Dari word order and endings
    ("Lacag intee le'eg ayuu helaa dhaqaha baabuurta?", "salary"),
    ("Shaqada nadiifiyaha maxay tahay?", "describe"),
    ("Ma jiraan shaqooyin badan oo kariye ah?", "demand"),
    ("Shatiga darawalnimada ma u baahanahay?", "licence"),
    ("ሓደ ናጻር ክንደይ ይኽፈሎ?", "salary"),
    ("ስራሕ ናይ ናጻር እንታይ እዩ?", "describe"),
    ("آیا برای نجار کار زیاد هست؟", "demand"),
    ("برای آشپزی جواز لازم است؟", "licence"),
    # "tell me more about it" is about the occupation, not more suggestions
    ("Tell me more about it", "describe"),
    ("Розкажи більше про цю професію", "describe"),
])
def test_a_followup_reaches_its_intent(text, intent):
    assert detect_intent(text) == intent


@pytest.mark.parametrize(("text", "kept"), [
    ("How much do bus drivers make?", "bus drivers"),
    ("Скільки заробляє помічник медсестри?", "помічник медсестри"),
    ("Nijaarka immisa ayuu qaataa?", "nijaarka"),
])
def test_what_a_gapped_cue_leaves_is_the_occupation(text, kept):
    assert kept in strip_cues(text)
