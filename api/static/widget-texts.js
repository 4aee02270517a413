/* Vägledning widget — its texts in the eight languages of the selector: UI strings, and the
 * occupation cards' questions. A card's question is a whole sentence naming the occupation, in the
 * language the person chose, so the assistant answers about THAT occupation whatever came before
 * (tests/unit/test_widget_questions.py checks every sentence against the assistant's intent cues).
 * Part of the /widget.js bundle (api/routers/pages.py); VG is the bundle's shared namespace. */
(function () {
  'use strict';
  var LANGS = [['sv', 'Svenska'], ['sv-easy', 'Lätt svenska'], ['en', 'English'], ['ar', 'العربية'],
    ['so', 'Soomaali'], ['ti', 'ትግርኛ'], ['fa', 'دری/فارسی'], ['uk', 'Українська']];
  var RTL = { ar: 1, fa: 1 };
  // UI strings. Keys: title, open, close, clear, lang, input, ph, send, sources, typing, welcome, privacy,
  // errNet, err, you, bot, source, llmOff
  var T = {
    sv: {
      title: 'Vägledning', open: 'Fråga om jobb och utbildning', close: 'Stäng', clear: 'Rensa samtalet',
      lang: 'Språk', input: 'Ditt meddelande', ph: 'Berätta vad du har jobbat med eller vill göra…', send: 'Skicka',
      sources: 'Källor', typing: 'Svarar…', you: 'Du', bot: 'Vägledning', source: 'Källa',
      welcome: 'Hej! Berätta om dig själv: vad du har jobbat med, vad du kan och vad du vill göra. Jag svarar med öppna data om yrken och utbildningar i Sverige.',
      privacy: 'Inget sparas. Samtalet försvinner när du stänger sidan.',
      errNet: 'Det gick inte att nå tjänsten. Försök igen.', err: 'Något gick fel. Försök igen.',
      llmOff: 'Språkmodellen är inte tillgänglig – svaret bygger direkt på källorna.'
    },
    'sv-easy': {
      title: 'Vägledning', open: 'Fråga om jobb', close: 'Stäng', clear: 'Börja om', lang: 'Språk',
      input: 'Skriv här', ph: 'Skriv vad du har jobbat med…', send: 'Skicka', sources: 'Svaret kommer härifrån',
      typing: 'Skriver…', you: 'Du', bot: 'Vägledning', source: 'Källa',
      welcome: 'Hej! Skriv om dig. Vad har du jobbat med? Vad vill du jobba med?',
      privacy: 'Vi sparar inget.', errNet: 'Det går inte just nu. Försök igen.', err: 'Något blev fel. Försök igen.',
      llmOff: 'Svaret kommer direkt från källorna.'
    },
    en: {
      title: 'Career guidance', open: 'Ask about jobs and education', close: 'Close', clear: 'Clear conversation',
      lang: 'Language', input: 'Your message', ph: 'Tell me what you have worked with or want to do…', send: 'Send',
      sources: 'Sources', typing: 'Answering…', you: 'You', bot: 'Career guidance', source: 'Source',
      welcome: 'Hi! Tell me about yourself: what you have worked with, what you can do and what you want to do. I answer from open data on occupations and education in Sweden.',
      privacy: 'Nothing is stored. The conversation disappears when you close the page.',
      errNet: 'Could not reach the service. Please try again.', err: 'Something went wrong. Please try again.',
      llmOff: 'The language model is unavailable – answered directly from the sources.'
    },
    ar: {
      title: 'التوجيه المهني', open: 'اسأل عن العمل والتعليم', close: 'إغلاق', clear: 'مسح المحادثة', lang: 'اللغة',
      input: 'رسالتك', ph: 'أخبرنا بما عملت به أو بما تريد أن تفعله…', send: 'إرسال', sources: 'المصادر',
      typing: 'جارٍ الرد…', you: 'أنت', bot: 'التوجيه المهني', source: 'المصدر',
      welcome: 'مرحباً! أخبرنا عن نفسك: ما العمل الذي قمت به، وما مهاراتك، وماذا تريد أن تفعل. أجيب بالاعتماد على بيانات مفتوحة عن المهن والتعليم في السويد.',
      privacy: 'لا يُحفظ أي شيء. تختفي المحادثة عند إغلاق الصفحة.',
      errNet: 'تعذّر الوصول إلى الخدمة. حاول مرة أخرى.', err: 'حدث خطأ ما. حاول مرة أخرى.',
      llmOff: 'النموذج اللغوي غير متاح – الإجابة مأخوذة مباشرة من المصادر.'
    },
    so: {
      title: 'Hagid shaqo', open: 'Weydii shaqo iyo waxbarasho', close: 'Xir', clear: 'Tirtir wadahadalka',
      lang: 'Luqadda', input: 'Fariintaada', ph: 'Noo sheeg shaqadii aad qabatay ama waxaad rabto…', send: 'Dir',
      sources: 'Ilaha', typing: 'Waa la jawaabayaa…', you: 'Adiga', bot: 'Hagid shaqo', source: 'Isha',
      welcome: 'Soo dhawow! Nooga warran naftaada: shaqooyinkii aad qabatay, waxaad taqaan iyo waxaad rabto inaad qabato.',
      privacy: 'Waxba lama kaydiyo. Wadahadalku wuu baaba’aa marka aad xirto bogga.',
      errNet: 'Adeegga lama gaari karo. Isku day mar kale.', err: 'Wax baa khaldamay. Isku day mar kale.',
      llmOff: 'Moodelka luqadda lama heli karo – jawaabta waxay si toos ah uga timid ilaha.'
    },
    ti: {
      title: 'መምርሒ ስራሕ', open: 'ብዛዕባ ስራሕን ትምህርትን ሕተት', close: 'ዕጸው', clear: 'ዘተ ደምስስ', lang: 'ቋንቋ',
      input: 'መልእኽትኻ', ph: 'እንታይ ከም ዝሰራሕካ ወይ እንታይ ክትገብር ከም እትደሊ ንገረና…', send: 'ስደድ', sources: 'ምንጭታት',
      typing: 'ይምልስ ኣሎ…', you: 'ንስኻ', bot: 'መምርሒ ስራሕ', source: 'ምንጪ',
      welcome: 'ሰላም! ብዛዕባ ርእስኻ ንገረና፡ እንታይ ሰሪሕካ፡ እንታይ ትኽእል፡ እንታይ ክትገብር ትደሊ።',
      privacy: 'ዋላ ሓንቲ ኣይዕቀብን። ገጹ ምስ ዓጸኻዮ እቲ ዘተ ይጠፍእ።',
      errNet: 'ኣገልግሎት ክርከብ ኣይከኣለን። እንደገና ፈትን።', err: 'ጌጋ ኣጋጢሙ። እንደገና ፈትን።',
      llmOff: 'ሞዴል ቋንቋ የለን – መልሲ ካብ ምንጭታት ብቐጥታ እዩ።'
    },
    fa: {
      title: 'راهنمایی شغلی', open: 'درباره کار و تحصیل بپرسید', close: 'بستن', clear: 'پاک کردن گفتگو', lang: 'زبان',
      input: 'پیام شما', ph: 'بگویید چه کاری کرده‌اید یا می‌خواهید چه کنید…', send: 'ارسال', sources: 'منابع',
      typing: 'در حال پاسخ…', you: 'شما', bot: 'راهنمایی شغلی', source: 'منبع',
      welcome: 'سلام! درباره خودتان بگویید: چه کارهایی کرده‌اید، چه مهارت‌هایی دارید و می‌خواهید چه کاری کنید.',
      privacy: 'هیچ چیزی ذخیره نمی‌شود. گفتگو با بستن صفحه پاک می‌شود.',
      errNet: 'دسترسی به سرویس ممکن نشد. دوباره تلاش کنید.', err: 'مشکلی پیش آمد. دوباره تلاش کنید.',
      llmOff: 'مدل زبانی در دسترس نیست – پاسخ مستقیم از منابع است.'
    },
    uk: {
      title: 'Профорієнтація', open: 'Запитати про роботу й навчання', close: 'Закрити', clear: 'Очистити розмову',
      lang: 'Мова', input: 'Ваше повідомлення', ph: 'Розкажіть, ким ви працювали або що хочете робити…',
      send: 'Надіслати', sources: 'Джерела', typing: 'Відповідаю…', you: 'Ви', bot: 'Профорієнтація', source: 'Джерело',
      welcome: 'Вітаю! Розкажіть про себе: де ви працювали, що вмієте і чим хочете займатися. Я відповідаю на основі відкритих даних про професії та освіту у Швеції.',
      privacy: 'Нічого не зберігається. Розмова зникає, коли ви закриваєте сторінку.',
      errNet: 'Не вдалося зв’язатися зі службою. Спробуйте ще раз.', err: 'Щось пішло не так. Спробуйте ще раз.',
      llmOff: 'Мовна модель недоступна – відповідь узято безпосередньо з джерел.'
    }
  };

  // Occupation cards (rendered from the answer's structured `occupations`, never from its text).
  // code: how the SSYK code is named; ask: what a card's buttons are about; q: [button, question].
  // The occupation's Swedish title goes in «…», as the assistant writes occupation titles.
  var OCC_T = {
    sv: { list: 'Yrken i svaret', code: 'Yrkeskod (SSYK)', ask: 'Fråga om', switchTo: 'Byt språk till svenska', more: 'Visa fler yrken',
      q: {
      describe: ['Om yrket', 'Vad gör man som «{occ}»?'], salary: ['Lön', 'Vad tjänar man som «{occ}»?'],
      demand: ['Jobbchanser', 'Finns det jobb som «{occ}»?'], courses: ['Utbildning', 'Vilka utbildningar finns för «{occ}»?'],
      licence: ['Krav', 'Vilka krav finns för att jobba som «{occ}»?'],
      swedish: ['Svenska', 'Behöver jag kunna svenska för att jobba som «{occ}»?'] } },
    'sv-easy': { list: 'Jobb i svaret', code: 'Yrkeskod', ask: 'Fråga om', switchTo: 'Byt till lätt svenska', more: 'Visa fler jobb',
      q: {
      describe: ['Om jobbet', 'Vad gör en «{occ}»?'], salary: ['Lön', 'Hur mycket tjänar en «{occ}»?'],
      demand: ['Finns jobb?', 'Finns det jobb som «{occ}»?'], courses: ['Utbildning', 'Vilken utbildning finns för «{occ}»?'],
      licence: ['Krav', 'Vad krävs för att jobba som «{occ}»?'],
      swedish: ['Svenska', 'Måste jag kunna svenska för att jobba som «{occ}»?'] } },
    en: { list: 'Occupations in the answer', code: 'Occupation code (SSYK)', ask: 'Ask about', switchTo: 'Switch to English', more: 'Show more occupations',
      q: {
      describe: ['About the job', 'What does a «{occ}» do?'], salary: ['Pay', 'What does a «{occ}» earn?'],
      demand: ['Job chances', 'Are there jobs as «{occ}»?'], courses: ['Education', 'Which courses or education lead to «{occ}»?'],
      licence: ['Requirements', 'What are the requirements to work as «{occ}»?'],
      swedish: ['Swedish', 'Do I need Swedish to work as «{occ}»?'] } },
    ar: { list: 'المهن في الإجابة', code: 'رمز المهنة (SSYK)', ask: 'اسأل عن', switchTo: 'التبديل إلى العربية', more: 'مهن أخرى',
      q: {
      describe: ['عن المهنة', 'ماذا يعمل الشخص في مهنة «{occ}»؟'], salary: ['الراتب', 'كم الراتب في مهنة «{occ}»؟'],
      demand: ['فرص العمل', 'ما هي فرص العمل في مهنة «{occ}»؟'], courses: ['الدراسة', 'ما هي الدورات أو الدراسة لمهنة «{occ}»؟'],
      licence: ['الشروط', 'ما هي الشروط للعمل في مهنة «{occ}»؟'],
      swedish: ['السويدية', 'هل أحتاج اللغة السويدية للعمل في مهنة «{occ}»؟'] } },
    so: { list: 'Shaqooyinka jawaabta', code: 'Koodhka shaqada (SSYK)', ask: 'Weydii', switchTo: 'U beddel Soomaali', more: 'Shaqooyin kale',
      q: {
      describe: ['Shaqada', 'Shaqada «{occ}» maxay ka kooban tahay?'], salary: ['Mushaharka', 'Immisa lacag ayuu qaataa «{occ}»?'],
      demand: ['Fursadaha', 'Ma jiraan fursado shaqo oo «{occ}» ah?'], courses: ['Waxbarasho', 'Koorsooyin ma jiraan oo «{occ}» ah?'],
      licence: ['Shuruudaha', 'Maxaan u baahanahay si aan u shaqeeyo «{occ}»?'],
      swedish: ['Iswiidhish', 'Ma u baahanahay af-iswiidhish si aan u noqdo «{occ}»?'] } },
    ti: { list: 'ኣብቲ መልሲ ዘለዉ ሞያታት', code: 'ኮድ ሞያ (SSYK)', ask: 'ሕተት ብዛዕባ', switchTo: 'ናብ ትግርኛ ቀይር', more: 'ካልኦት ሞያታት',
      q: {
      describe: ['ብዛዕባ ስራሕ', '«{occ}» እንታይ ይሰርሕ?'], salary: ['ደሞዝ', 'ደሞዝ «{occ}» ክንደይ እዩ?'],
      demand: ['ዕድል ስራሕ', 'ዕድል ስራሕ ን «{occ}» ኣሎ ዶ?'], courses: ['ትምህርቲ', 'ን «{occ}» ኣየናይ ትምህርቲ ወይ ኮርስ ኣሎ?'],
      licence: ['ቅድመ ኩነት', 'ንምስራሕ ከም «{occ}» እንታይ ቅድመ ኩነት የድሊ?'],
      swedish: ['ሽወደንኛ', 'ንምስራሕ ከም «{occ}» ሽወደንኛ የድልየኒ ዶ?'] } },
    fa: { list: 'شغل‌های این پاسخ', code: 'کد شغل (SSYK)', ask: 'بپرسید درباره', switchTo: 'تغییر به فارسی', more: 'مشاغل دیگر',
      q: {
      describe: ['درباره شغل', '«{occ}» چه کار می کند؟'], salary: ['درآمد', 'درآمد «{occ}» چقدر است؟'],
      demand: ['فرصت شغلی', 'فرصت شغلی برای «{occ}» چطور است؟'], courses: ['آموزش', 'برای «{occ}» کدام دوره یا آموزش وجود دارد؟'],
      licence: ['شرایط', 'شرایط کار به عنوان «{occ}» چیست؟'],
      swedish: ['سوئدی', 'برای کار به عنوان «{occ}» به زبان سوئدی نیاز دارم؟'] } },
    uk: { list: 'Професії у відповіді', code: 'Код професії (SSYK)', ask: 'Запитати про', switchTo: 'Перейти на українську', more: 'Інші професії',
      q: {
      describe: ['Про професію', 'Що робить «{occ}»?'], salary: ['Зарплата', 'Яка зарплата у професії «{occ}»?'],
      demand: ['Шанси', 'Чи є робота за професією «{occ}»?'], courses: ['Навчання', 'Які є курси та навчання для професії «{occ}»?'],
      licence: ['Вимоги', 'Які вимоги, щоб працювати як «{occ}»?'],
      swedish: ['Шведська', 'Чи потрібна шведська мова, щоб працювати як «{occ}»?'] } }
  };
  // The order of a card's buttons; the aspect the answer was about is left out of its cards.
  var ASPECTS = ['describe', 'salary', 'demand', 'courses', 'licence', 'swedish'];

  VG.LANGS = LANGS; VG.RTL = RTL; VG.T = T; VG.OCC_T = OCC_T; VG.ASPECTS = ASPECTS;
})();
