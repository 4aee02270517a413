/*! Vägledning chat widget — embed with one tag:
 * <script src="https://host/widget.js" data-api-base="https://host" data-lang="sv"
 *         data-theme="light|dark" data-position="bottom-right|bottom-left|inline" data-target="#id"></script>
 * Vanilla JS, shadow DOM, no external assets. The conversation lives only in this page's memory:
 * no cookies, no localStorage/sessionStorage. Licence: EUPL-1.2. */
(function () {
  'use strict';
  var script = document.currentScript || (function () {
    var all = document.querySelectorAll('script[src*="widget.js"]');
    return all[all.length - 1];
  })();
  if (!script) return;
  var ds = script.dataset || {};
  var apiBase = (ds.apiBase || new URL(script.src, location.href).origin).replace(/\/+$/, '');
  var position = /^(bottom-left|inline)$/.test(ds.position || '') ? ds.position : 'bottom-right';
  var theme = ds.theme === 'dark' ? 'dark' : 'light';
  var MAX_HISTORY = 20;

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

  var CSS = [
    ':host{all:initial}',
    '.vg{--bg:#fff;--fg:#1b1b1b;--muted:#4a4a4a;--accent:#0a58a8;--on-accent:#fff;--bot:#eef1f5;--chip:#dbe7f7;',
    '--chip-fg:#0a3d75;--border:#767676;--focus:#b3400a;--err-bg:#fde8ea;--err-fg:#8a0012;--note-bg:#fff4d6;--note-fg:#5c3d00;',
    'font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic","Noto Sans Ethiopic",sans-serif;color:var(--fg)}',
    '.vg.dark{--bg:#15171c;--fg:#eceff4;--muted:#b8bec9;--accent:#8cb8ff;--on-accent:#0b1a33;--bot:#242831;--chip:#1f3557;',
    '--chip-fg:#d6e5ff;--border:#8a93a3;--focus:#ffb454;--err-bg:#3d1116;--err-fg:#ffc9cf;--note-bg:#3a2f12;--note-fg:#ffe4a3}',
    '.vg *,.vg *::before,.vg *::after{box-sizing:border-box}',
    '.vg :focus-visible{outline:3px solid var(--focus);outline-offset:2px}',
    '.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}',
    '.launcher{position:fixed;bottom:16px;right:16px;z-index:2147483000;display:flex;align-items:center;gap:8px;',
    'max-width:calc(100vw - 32px);padding:12px 16px;border:0;border-radius:999px;background:var(--accent);color:var(--on-accent);',
    'font:inherit;font-weight:600;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.3)}',
    '.left .launcher{right:auto;left:16px}',
    '.panel{display:flex;flex-direction:column;background:var(--bg);color:var(--fg);border:1px solid var(--border);border-radius:12px;overflow:hidden}',
    '.float .panel{position:fixed;z-index:2147483000;bottom:80px;right:16px;width:min(400px,calc(100vw - 32px));',
    'height:min(600px,calc(100vh - 100px));box-shadow:0 8px 30px rgba(0,0,0,.35)}',
    '.left .panel{right:auto;left:16px}',
    '.inline .panel{position:relative;width:100%;max-width:100%;height:min(560px,80vh)}',
    '.panel[hidden]{display:none}',
    'header{display:flex;flex-wrap:wrap;align-items:center;gap:6px;padding:8px 10px;border-bottom:1px solid var(--border)}',
    'h2{flex:1 1 auto;margin:0;font-size:16px;font-weight:700;min-width:0}',
    'select,button,textarea{font:inherit;color:var(--fg);background:var(--bg);border:1px solid var(--border);border-radius:6px}',
    'select{padding:4px;max-width:150px}',
    'header button{padding:4px 8px;cursor:pointer}',
    '.log{flex:1 1 auto;overflow-y:auto;overflow-x:hidden;padding:10px;display:flex;flex-direction:column;gap:8px}',
    '.msg{max-width:88%;padding:8px 10px;border-radius:10px;white-space:pre-wrap;overflow-wrap:anywhere}',
    '.msg.user{align-self:flex-end;background:var(--accent);color:var(--on-accent)}',
    '.msg.bot{align-self:flex-start;background:var(--bot)}',
    '.msg.bot[aria-busy=true] .body:empty::after{content:attr(data-typing);color:var(--muted)}',
    '.cite,.src{display:inline-block;margin:0 2px;padding:0 6px;border-radius:999px;background:var(--chip);color:var(--chip-fg);',
    'font-size:13px;font-weight:700;line-height:1.6;text-decoration:none;cursor:pointer;vertical-align:baseline}',
    '.cite:hover,.src:hover{text-decoration:underline}',
    '.cites{margin-top:6px;white-space:normal;font-size:13px}',
    '.cites .lbl{color:var(--muted);margin-inline-end:4px}',
    '.src{font-weight:600;margin:2px}',
    '.tip{position:absolute;z-index:3;max-width:min(300px,calc(100% - 16px));padding:8px 10px;border-radius:8px;',
    'background:var(--fg);color:var(--bg);font-size:13px;box-shadow:0 4px 14px rgba(0,0,0,.3);pointer-events:none}',
    '.tip strong{display:block;margin-bottom:2px}',
    '.status,.alert{margin:0 10px;font-size:14px}',
    '.status:not(:empty){margin-top:6px;padding:6px 8px;border-radius:6px;background:var(--note-bg);color:var(--note-fg)}',
    '.alert:not(:empty){margin-top:6px;padding:6px 8px;border-radius:6px;background:var(--err-bg);color:var(--err-fg)}',
    '.sugg{display:flex;flex-wrap:wrap;gap:6px}',
    '.sugg button{padding:4px 10px;border-radius:999px;border-color:var(--accent);cursor:pointer;font-size:14px}',
    'form{display:flex;gap:6px;padding:8px 10px;border-top:1px solid var(--border);margin-top:6px}',
    'textarea{flex:1 1 auto;min-width:0;resize:none;padding:6px 8px;height:3.2em}',
    '.send{padding:6px 14px;background:var(--accent);color:var(--on-accent);border-color:var(--accent);font-weight:600;cursor:pointer}',
    '.send:disabled{opacity:.6;cursor:default}',
    '.privacy{margin:0;padding:0 10px 8px;font-size:12px;color:var(--muted)}',
    '.cv-attach{padding:6px 8px;cursor:pointer;white-space:nowrap}',
    '.cv-card{max-width:100%;white-space:normal}.cv-card h3{margin:8px 0 2px;font-size:14px}',
    '.cv-items{margin:0;padding:0;list-style:none}.cv-item{display:flex;flex-wrap:wrap;align-items:center;gap:4px 8px;padding:3px 0}',
    '.cv-quote{color:var(--muted);font-size:12px}.cv-remove{margin-inline-start:auto;padding:0 8px;cursor:pointer}',
    '.cv-add-label{display:block;margin-top:8px;font-size:13px}.cv-add{display:block;width:100%;margin-top:4px;padding:4px 6px;resize:vertical}',
    '.cv-actions{display:flex;gap:6px;margin-top:6px}.cv-cancel{padding:6px 10px;cursor:pointer}',
    '@media print{.launcher,.float .panel{display:none}}'
  ].join('');

  function h(tag, attrs, text) {
    var el = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) { el.setAttribute(k, attrs[k]); });
    if (text != null) el.textContent = text;
    return el;
  }
  function safeUrl(u) { return typeof u === 'string' && /^https?:\/\//i.test(u) ? u : null; }

  var state = { lang: T[ds.lang] ? ds.lang : 'sv', messages: [], profile: null, busy: false, ctrl: null };
  var t = function (k) { return (T[state.lang] || T.sv)[k] || T.sv[k]; };

  // ---- DOM
  var host = h('div', { 'data-vagledning-widget': '' });
  var target = position === 'inline' && ds.target ? document.querySelector(ds.target) : null;
  if (position === 'inline') {
    if (target) target.appendChild(host); else script.parentNode.insertBefore(host, script.nextSibling);
  } else {
    (document.body || document.documentElement).appendChild(host);
  }
  var root = host.attachShadow({ mode: 'open' });
  var style = h('style'); style.textContent = CSS; root.appendChild(style);
  var floating = position !== 'inline';
  var wrap = h('div', { 'class': 'vg ' + theme + (floating ? ' float' : ' inline') + (position === 'bottom-left' ? ' left' : '') });
  root.appendChild(wrap);

  var launcher = null;
  if (floating) {
    launcher = h('button', { type: 'button', 'class': 'launcher', 'aria-expanded': 'false', 'aria-controls': 'vg-panel' });
    launcher.appendChild(h('span', { 'aria-hidden': 'true' }, '\uD83D\uDCAC'));
    launcher.appendChild(h('span', { 'class': 'ltext' }));
    wrap.appendChild(launcher);
  }
  var panel = h('section', { id: 'vg-panel', 'class': 'panel vg-panel', role: 'region', 'aria-labelledby': 'vg-title' });
  if (floating) panel.hidden = true;
  var header = h('header');
  var title = h('h2', { id: 'vg-title' });
  var langLabel = h('label', { 'for': 'vg-lang', 'class': 'sr' });
  var langSel = h('select', { id: 'vg-lang', 'class': 'vg-lang' });
  LANGS.forEach(function (l) {
    var o = h('option', { value: l[0], lang: l[0] === 'sv-easy' ? 'sv' : l[0], dir: RTL[l[0]] ? 'rtl' : 'ltr' }, l[1]);
    langSel.appendChild(o);
  });
  var clearBtn = h('button', { type: 'button', 'class': 'clear' });
  header.appendChild(title); header.appendChild(langLabel); header.appendChild(langSel); header.appendChild(clearBtn);
  var closeBtn = null;
  if (floating) {
    closeBtn = h('button', { type: 'button', 'class': 'close' }, '\u00D7');
    header.appendChild(closeBtn);
  }
  var log = h('div', { 'class': 'log', role: 'log', 'aria-live': 'polite', 'aria-relevant': 'additions text', tabindex: '0' });
  var status = h('div', { 'class': 'status', role: 'status' });
  var alertBox = h('div', { 'class': 'alert', role: 'alert' });
  var form = h('form', { novalidate: '' });
  var inputLabel = h('label', { 'for': 'vg-input', 'class': 'sr' });
  var input = h('textarea', { id: 'vg-input', 'class': 'input', rows: '2', dir: 'auto', maxlength: '4000' });
  var sendBtn = h('button', { type: 'submit', 'class': 'send' });
  form.appendChild(inputLabel); form.appendChild(input); form.appendChild(sendBtn);
  var privacy = h('p', { 'class': 'privacy' });
  var tip = h('div', { id: 'vg-tip', 'class': 'tip', role: 'tooltip', dir: 'auto' });
  tip.hidden = true;
  [header, log, status, alertBox, form, privacy, tip].forEach(function (el) { panel.appendChild(el); });
  wrap.appendChild(panel);

  // ---- CV: "attach CV" beside the text box. The file goes to /v1/profile/from-cv and is not kept
  // anywhere (not even here: only the returned profile is). The profile is shown item by item; the
  // person removes what is wrong and adds or corrects in their own words, then the conversation
  // continues from the confirmed profile.
  var CV_T = {
    sv: { attach: 'Bifoga CV', reading: 'Läser ditt CV…', title: 'Det här läste vi i ditt CV. Stämmer det?',
      work: 'Arbete', edu: 'Utbildning', langs: 'Språk', skills: 'Kunskaper och körkort', wishes: 'Vill arbeta med',
      remove: 'Ta bort', add: 'Lägg till eller rätta med egna ord (frivilligt)', ok: 'Använd profilen', cancel: 'Avbryt',
      years: 'år', abroad: 'utländsk – kan behöva bedömas', none: 'Vi hittade inget att använda i filen.',
      start: 'Här är mitt CV. Vilka jobb passar mig?' },
    'sv-easy': { attach: 'Skicka CV', reading: 'Vi läser ditt CV…', title: 'Det här står i ditt CV. Är det rätt?',
      work: 'Jobb', edu: 'Skola', langs: 'Språk', skills: 'Kunskaper och körkort', wishes: 'Vill jobba med',
      remove: 'Ta bort', add: 'Skriv om något fattas eller är fel', ok: 'Det är rätt', cancel: 'Avbryt',
      years: 'år', abroad: 'från ett annat land', none: 'Vi hittade inget i filen.',
      start: 'Här är mitt CV. Vilka jobb passar mig?' },
    en: { attach: 'Attach CV', reading: 'Reading your CV…', title: 'This is what we read in your CV. Is it right?',
      work: 'Work', edu: 'Education', langs: 'Languages', skills: 'Skills and licences', wishes: 'Wants to work as',
      remove: 'Remove', add: 'Add or correct in your own words (optional)', ok: 'Use this profile', cancel: 'Cancel',
      years: 'years', abroad: 'from abroad – may need recognition', none: 'We found nothing to use in the file.',
      start: 'Here is my CV. Which jobs suit me?' },
    ar: { attach: 'إرفاق السيرة الذاتية', reading: 'نقرأ سيرتك الذاتية…', title: 'هذا ما قرأناه في سيرتك الذاتية. هل هو صحيح؟',
      work: 'العمل', edu: 'التعليم', langs: 'اللغات', skills: 'المهارات ورخص القيادة', wishes: 'يريد العمل في',
      remove: 'حذف', add: 'أضف أو صحّح بكلماتك (اختياري)', ok: 'استخدم هذا الملف', cancel: 'إلغاء',
      years: 'سنوات', abroad: 'من الخارج – قد يحتاج إلى معادلة', none: 'لم نجد شيئًا يمكن استخدامه في الملف.',
      start: 'هذه سيرتي الذاتية. ما الوظائف المناسبة لي؟' },
    so: { attach: 'Ku lifaaq CV', reading: 'Waxaan akhrinaynaa CV-gaaga…', title: 'Tani waa waxa aan ka akhrinay CV-gaaga. Ma saxbaa?',
      work: 'Shaqo', edu: 'Waxbarasho', langs: 'Luqado', skills: 'Xirfado iyo shatiyo', wishes: 'Wuxuu rabaa',
      remove: 'Ka saar', add: 'Ku dar ama sax ereyadaada (ikhtiyaari)', ok: 'Isticmaal profile-kan', cancel: 'Jooji',
      years: 'sano', abroad: 'dibadda – waxaa laga yaabaa in la qiimeeyo', none: 'Wax la isticmaali karo kuma jirin faylka.',
      start: 'Kani waa CV-gayga. Shaqooyinkee ayaa ii haboon?' },
    ti: { attach: 'CV ኣተሓሕዝ', reading: 'CV ኻ ነንብብ ኣለና…', title: 'ኣብ CV ኻ ዘንበብናዮ እዚ እዩ። ቅኑዕ ድዩ?',
      work: 'ስራሕ', edu: 'ትምህርቲ', langs: 'ቋንቋታት', skills: 'ክእለትን ፍቓድን', wishes: 'ክሰርሕ ዝደሊ',
      remove: 'ኣልግስ', add: 'ብቃላትካ ወስኽ ወይ ኣርም (ኣማራጺ)', ok: 'ነዚ ተጠቐም', cancel: 'ሰርዝ',
      years: 'ዓመት', abroad: 'ካብ ወጻኢ – ምፍላጥ ከድልዮ ይኽእል', none: 'ኣብቲ ፋይል ዝጥቀመሉ ኣይረኸብናን።',
      start: 'እዚ CV ይ እዩ። ኣየኖት ስራሓት ይሰማምዑኒ?' },
    fa: { attach: 'پیوست رزومه', reading: 'در حال خواندن رزومه…', title: 'این چیزی است که در رزومه شما خواندیم. درست است؟',
      work: 'کار', edu: 'تحصیلات', langs: 'زبان‌ها', skills: 'مهارت‌ها و گواهینامه‌ها', wishes: 'می‌خواهد کار کند',
      remove: 'حذف', add: 'با کلمات خودتان اضافه یا اصلاح کنید (اختیاری)', ok: 'از این پروفایل استفاده کن', cancel: 'لغو',
      years: 'سال', abroad: 'خارجی – ممکن است ارزیابی لازم باشد', none: 'چیزی قابل استفاده در فایل پیدا نشد.',
      start: 'این رزومه من است. چه شغل‌هایی برای من مناسب است؟' },
    uk: { attach: 'Додати резюме', reading: 'Читаємо ваше резюме…', title: 'Ось що ми прочитали у вашому резюме. Усе правильно?',
      work: 'Робота', edu: 'Освіта', langs: 'Мови', skills: 'Навички та посвідчення', wishes: 'Хоче працювати',
      remove: 'Видалити', add: 'Додайте або виправте своїми словами (необов’язково)', ok: 'Використати профіль', cancel: 'Скасувати',
      years: 'р.', abroad: 'закордонна – може знадобитися визнання', none: 'У файлі не знайдено нічого корисного.',
      start: 'Ось моє резюме. Які роботи мені підходять?' }
  };
  var ct = function (k) { return (CV_T[state.lang] || CV_T.sv)[k] || CV_T.sv[k]; };
  var cvInput = h('input', { type: 'file', id: 'vg-cv-file', 'class': 'sr cv-file', tabindex: '-1', 'aria-hidden': 'true',
    accept: '.pdf,.docx,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain' });
  var cvBtn = h('button', { type: 'button', 'class': 'cv-attach' });
  form.insertBefore(cvBtn, sendBtn); form.appendChild(cvInput);
  function cvApplyLang() { cvBtn.textContent = '\uD83D\uDCCE ' + ct('attach'); }

  function uploadCV(file) {
    if (!file || state.busy) return;
    setError(''); setNotice(ct('reading'));
    state.busy = true; sendBtn.disabled = true; cvBtn.disabled = true;
    var fd = new FormData(); fd.append('file', file); fd.append('language', state.lang);
    fetch(apiBase + '/v1/profile/from-cv', { method: 'POST', mode: 'cors', credentials: 'omit', body: fd })
      .then(function (res) {
        return res.json().catch(function () { return null; }).then(function (body) {
          if (!res.ok || !body) { setError((body && body.detail) || t('err')); return; }
          showCV(body);
        });
      })
      .catch(function () { setError(t('errNet')); })
      .then(function () { setNotice(''); state.busy = false; sendBtn.disabled = false; cvBtn.disabled = false; cvInput.value = ''; });
  }

  /** The CV's profile as a list per kind; each item can be removed before the profile is used. */
  function showCV(profile) {
    var p = JSON.parse(JSON.stringify(profile)); delete p.cv;
    p.removed_skill_ids = p.removed_skill_ids || [];
    var card = h('div', { 'class': 'msg bot cv-card', role: 'group', 'aria-label': ct('title'), dir: 'auto' });
    card.appendChild(h('p', { 'class': 'cv-title' }, ct('title')));
    function group(key, list, label) {
      if (!list || !list.length) return;
      card.appendChild(h('h3', null, ct(key)));
      var ul = h('ul', { 'class': 'cv-items cv-' + key }); card.appendChild(ul);
      list.slice().forEach(function (item) {
        var li = h('li', { 'class': 'cv-item' });
        li.appendChild(h('span', { 'class': 'cv-label', dir: 'auto' }, label(item)));
        if (item.span && item.span.quote) li.appendChild(h('span', { 'class': 'cv-quote', dir: 'auto' }, '“' + item.span.quote + '”'));
        var rm = h('button', { type: 'button', 'class': 'cv-remove', 'aria-label': ct('remove') + ': ' + label(item) }, '\u00D7');
        rm.addEventListener('click', function () {
          var i = list.indexOf(item); if (i >= 0) list.splice(i, 1);
          if (key === 'skills' && item.id) p.removed_skill_ids.push(item.id);
          li.remove();
        });
        li.appendChild(rm); ul.appendChild(li);
      });
    }
    group('work', p.experiences, function (e) {
      return e.occupation.label + (e.years ? ' · ' + e.years + ' ' + ct('years') : '') + (e.country ? ' · ' + e.country : '');
    });
    group('edu', p.education, function (e) {
      return e.label + (e.seqf ? ' (SeQF ' + e.seqf + ')' : '') + (e.recognition ? ' · ' + ct('abroad') : '');
    });
    group('langs', p.languages, function (l) { return l.code + (l.level ? ' · ' + l.level : ''); });
    group('skills', p.skills, function (s) { return s.label; });
    group('wishes', p.wishes, function (w) { return w.label; });
    if (!card.querySelector('li')) card.appendChild(h('p', null, ct('none')));
    var addLabel = h('label', { 'class': 'cv-add-label' }, ct('add'));
    var add = h('textarea', { 'class': 'cv-add', rows: '2', dir: 'auto', maxlength: '2000' });
    addLabel.appendChild(add); card.appendChild(addLabel);
    var row = h('div', { 'class': 'cv-actions' });
    var ok = h('button', { type: 'button', 'class': 'send cv-ok' }, ct('ok'));
    var cancel = h('button', { type: 'button', 'class': 'cv-cancel' }, ct('cancel'));
    row.appendChild(ok); row.appendChild(cancel); card.appendChild(row);
    ok.addEventListener('click', function () {
      state.profile = p;  // the confirmed profile: the next turn starts from it
      var extra = add.value.trim();
      card.querySelectorAll('button,textarea').forEach(function (b) { b.disabled = true; });
      send(extra || ct('start'));
    });
    cancel.addEventListener('click', function () { card.remove(); input.focus(); });
    log.appendChild(card); log.scrollTop = log.scrollHeight;
    ok.focus();
  }
  cvBtn.addEventListener('click', function () { cvInput.click(); });
  cvInput.addEventListener('change', function () { uploadCV(cvInput.files && cvInput.files[0]); });

  function applyLang() {
    var code = state.lang;
    panel.setAttribute('lang', code === 'sv-easy' ? 'sv' : code);
    panel.setAttribute('dir', RTL[code] ? 'rtl' : 'ltr');
    langSel.value = code;
    title.textContent = t('title');
    langLabel.textContent = t('lang');
    clearBtn.textContent = t('clear');
    if (closeBtn) closeBtn.setAttribute('aria-label', t('close'));
    if (launcher) {
      launcher.querySelector('.ltext').textContent = t('open');
      launcher.setAttribute('dir', RTL[code] ? 'rtl' : 'ltr');
    }
    inputLabel.textContent = t('input');
    input.setAttribute('placeholder', t('ph'));
    sendBtn.textContent = t('send');
    cvApplyLang();
    privacy.textContent = t('privacy');
    log.setAttribute('aria-label', t('title'));
    var w = log.querySelector('.welcome .body');
    if (w) w.textContent = t('welcome');
  }

  // ---- messages
  function addMessage(role, text) {
    var m = h('div', { 'class': 'msg ' + role + (role === 'bot' ? '' : ''), dir: 'auto' });
    m.appendChild(h('span', { 'class': 'sr who' }, (role === 'user' ? t('you') : t('bot')) + ': '));
    var body = h('span', { 'class': 'body', 'data-typing': t('typing') });
    if (text) body.textContent = text;
    m.appendChild(body);
    log.appendChild(m);
    log.scrollTop = log.scrollHeight;
    return m;
  }
  function welcome() {
    var m = addMessage('bot', t('welcome'));
    m.classList.add('welcome');
  }

  function chip(c, withTitle) {
    var url = safeUrl(c.url);
    var el = url ? h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }) : h('span', { tabindex: '0' });
    el.className = withTitle ? 'src' : 'cite';
    el.setAttribute('aria-label', t('source') + ' ' + c.n + ': ' + (c.title || ''));
    el.setAttribute('aria-describedby', 'vg-tip');
    if (withTitle) {
      el.appendChild(document.createTextNode('[' + c.n + '] '));
      el.appendChild(h('bdi', null, c.title || ''));
    } else {
      el.textContent = '[' + c.n + ']';
    }
    el._cite = c;
    el.addEventListener('focus', showTip); el.addEventListener('mouseenter', showTip);
    el.addEventListener('blur', hideTip); el.addEventListener('mouseleave', hideTip);
    return el;
  }

  function renderAnswer(msg, text, cites) {
    var body = msg.querySelector('.body');
    var byN = {};
    (cites || []).forEach(function (c) { byN[c.n] = c; });
    body.textContent = '';
    // A marker becomes a chip by the FINAL citation numbers; a marker with no citation (still
    // streaming, or removed by the server's check) is never shown as raw "[n]".
    var re = /[ \t]?\[(\d+)\]/g, last = 0, m;
    while ((m = re.exec(text))) {
      var c = byN[+m[1]];
      var lead = m[0].charAt(0) === '[' ? '' : m[0].charAt(0);
      body.appendChild(document.createTextNode(text.slice(last, m.index) + (c ? lead : '')));
      if (c) body.appendChild(chip(c, false));
      last = re.lastIndex;
    }
    body.appendChild(document.createTextNode(text.slice(last)));
    var old = msg.querySelector('.cites');
    if (old) old.remove();
    if (cites && cites.length) {
      var row = h('div', { 'class': 'cites' });
      row.appendChild(h('span', { 'class': 'lbl' }, t('sources') + ':'));
      cites.forEach(function (c) { row.appendChild(chip(c, true)); });
      msg.appendChild(row);
    }
  }

  function showTip(e) {
    var el = e.currentTarget, c = el._cite;
    tip.textContent = '';
    var strong = h('strong'); strong.appendChild(h('bdi', null, c.title || ''));
    tip.appendChild(strong);
    if (c.snippet) tip.appendChild(h('span', { 'class': 'snippet' }, c.snippet));
    tip.hidden = false;
    var pr = panel.getBoundingClientRect(), r = el.getBoundingClientRect();
    var left = Math.max(8, Math.min(r.left - pr.left, pr.width - tip.offsetWidth - 8));
    var top = r.bottom - pr.top + 6;
    if (top + tip.offsetHeight > pr.height - 8) top = Math.max(8, r.top - pr.top - tip.offsetHeight - 6);
    tip.style.left = left + 'px'; tip.style.top = top + 'px';
  }
  function hideTip() { tip.hidden = true; }

  function setNotice(text) { status.textContent = text || ''; }
  function setError(text) { alertBox.textContent = text || ''; }

  function showSuggestions(list) {
    var old = log.querySelector('.sugg');
    if (old) old.remove();
    if (!list || !list.length) return;
    var row = h('div', { 'class': 'sugg' });
    list.slice(0, 4).forEach(function (s) {
      var b = h('button', { type: 'button', dir: 'auto' }, s);
      b.addEventListener('click', function () { row.remove(); send(s); });
      row.appendChild(b);
    });
    log.appendChild(row);
  }

  // ---- SSE over fetch (EventSource cannot POST)
  function dispatchBlock(block, on) {
    var ev = 'message', data = [];
    block.split('\n').forEach(function (line) {
      if (!line || line.charAt(0) === ':') return;
      var i = line.indexOf(':');
      var field = i < 0 ? line : line.slice(0, i);
      var value = i < 0 ? '' : line.slice(i + 1).replace(/^ /, '');
      if (field === 'event') ev = value; else if (field === 'data') data.push(value);
    });
    if (!data.length) return;
    var obj;
    try { obj = JSON.parse(data.join('\n')); } catch (err) { return; }
    on(ev, obj || {});
  }
  function readSSE(stream, on) {
    var reader = stream.getReader(), dec = new TextDecoder(), buf = '';
    function pump() {
      return reader.read().then(function (r) {
        if (r.done) { if (buf.trim()) dispatchBlock(buf, on); return; }
        buf = (buf + dec.decode(r.value, { stream: true })).replace(/\r\n?/g, '\n');
        var i;
        while ((i = buf.indexOf('\n\n')) >= 0) { dispatchBlock(buf.slice(0, i), on); buf = buf.slice(i + 2); }
        return pump();
      });
    }
    return pump();
  }

  function noticeText(d) { return d.code === 'llm_unavailable' ? t('llmOff') : (d.message || d.text || ''); }

  function send(text) {
    text = (text || '').trim();
    if (!text || state.busy) return;
    setError(''); setNotice(''); hideTip(); showSuggestions(null);
    state.messages.push({ role: 'user', content: text });
    addMessage('user', text);
    var bot = addMessage('bot', '');
    bot.setAttribute('aria-busy', 'true');
    state.busy = true; sendBtn.disabled = true;
    var ctrl = new AbortController(); state.ctrl = ctrl;
    var answer = '', cites = [], notices = [], finished = false;
    var payload = {
      messages: state.messages.slice(-MAX_HISTORY), profile: state.profile, language: state.lang,
      style: state.lang === 'sv-easy' ? 'easy' : 'standard'
    };
    function fail(msg) {
      finished = true;
      if (!answer) { bot.remove(); state.messages.pop(); }
      setError(msg);
    }
    function onEvent(name, d) {
      if (ctrl.signal.aborted) return;
      if (name === 'profile') state.profile = d.profile || d;
      else if (name === 'token') {
        // replace: the model's partial text is withdrawn (fallback to the sources' answer)
        answer = (d.replace ? '' : answer) + (d.text || d.token || d.delta || '');
        renderAnswer(bot, answer, cites); log.scrollTop = log.scrollHeight;
      }
      else if (name === 'citations') { cites = d.citations || []; renderAnswer(bot, answer, cites); }
      else if (name === 'notice') { notices.push(noticeText(d)); setNotice(notices.join(' ')); }
      else if (name === 'error') fail(d.message || t('err'));
      else if (name === 'done') {
        finished = true;
        // The final, checked answer (renumbered citations, removed markers) is what stays.
        if (typeof d.answer === 'string' && d.answer) { answer = d.answer; renderAnswer(bot, answer, cites); }
        state.messages.push({ role: 'assistant', content: answer });
        showSuggestions(d.suggestions);
      }
    }
    fetch(apiBase + '/v1/chat', {
      method: 'POST', mode: 'cors', credentials: 'omit', signal: ctrl.signal,
      headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
      body: JSON.stringify(payload)
    }).then(function (res) {
      if (!res.ok) {
        return res.json().catch(function () { return null; }).then(function (p) { fail((p && p.detail) || t('err')); });
      }
      return readSSE(res.body, onEvent).then(function () { if (!finished) fail(t('err')); });
    }).catch(function (err) {
      if (err && err.name === 'AbortError') return;
      fail(t('errNet'));
    }).then(function () {
      if (state.ctrl !== ctrl) return;
      state.busy = false; sendBtn.disabled = false; state.ctrl = null;
      bot.setAttribute('aria-busy', 'false');
      log.scrollTop = log.scrollHeight;
    });
  }

  function clearConversation() {
    if (state.ctrl) state.ctrl.abort();
    state.ctrl = null; state.busy = false; sendBtn.disabled = false;
    state.messages = []; state.profile = null;
    log.textContent = ''; setNotice(''); setError(''); hideTip();
    welcome();
    input.value = '';
    input.focus();
  }

  function setOpen(open) {
    if (!floating) return;
    panel.hidden = !open;
    launcher.setAttribute('aria-expanded', open ? 'true' : 'false');
    if (open) input.focus(); else { hideTip(); launcher.focus(); }
  }

  // ---- events
  form.addEventListener('submit', function (e) { e.preventDefault(); var v = input.value; input.value = ''; send(v); });
  input.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); form.requestSubmit ? form.requestSubmit() : form.dispatchEvent(new Event('submit')); }
  });
  panel.addEventListener('keydown', function (e) {
    if (e.key !== 'Escape') return;
    if (!tip.hidden) { hideTip(); e.stopPropagation(); return; }
    if (floating) { e.stopPropagation(); setOpen(false); }
  });
  langSel.addEventListener('change', function () { state.lang = langSel.value; applyLang(); });
  clearBtn.addEventListener('click', clearConversation);
  if (closeBtn) closeBtn.addEventListener('click', function () { setOpen(false); });
  if (launcher) launcher.addEventListener('click', function () { setOpen(panel.hidden); });

  applyLang();
  welcome();
})();
