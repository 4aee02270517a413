/* Vägledning widget — "attach CV" beside the text box. The file goes to /v1/profile/from-cv and is
 * not kept anywhere (not even here: only the returned profile is). The profile is shown item by item;
 * the person removes what is wrong and adds or corrects in their own words, then the conversation
 * continues from the confirmed profile. Part of the /widget.js bundle (api/routers/pages.py). */
(function () {
  'use strict';
  var h = VG.h;

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

  VG.installCV = function (w) {
    var ct = function (k) { return (CV_T[w.state.lang] || CV_T.sv)[k] || CV_T.sv[k]; };
    var cvInput = h('input', { type: 'file', id: 'vg-cv-file', 'class': 'sr cv-file', tabindex: '-1', 'aria-hidden': 'true',
      accept: '.pdf,.docx,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain' });
    // A paperclip drawn inline (no emoji font needed); on a phone only the icon shows, the text stays
    // for screen readers, so the text box keeps its width.
    var cvBtn = h('button', { type: 'button', 'class': 'cv-attach' });
    var clip = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    clip.setAttribute('viewBox', '0 0 24 24'); clip.setAttribute('width', '16'); clip.setAttribute('height', '16');
    clip.setAttribute('aria-hidden', 'true'); clip.setAttribute('focusable', 'false');
    var path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute('d', 'M21 11.5l-8.6 8.6a5 5 0 0 1-7.1-7.1l8.6-8.6a3.3 3.3 0 0 1 4.7 4.7l-8.6 8.6a1.7 1.7 0 0 1-2.4-2.4l7.9-7.9');
    path.setAttribute('fill', 'none'); path.setAttribute('stroke', 'currentColor'); path.setAttribute('stroke-width', '2');
    path.setAttribute('stroke-linecap', 'round'); path.setAttribute('stroke-linejoin', 'round');
    clip.appendChild(path);
    var cvText = h('span', { 'class': 'cv-text' });
    cvBtn.appendChild(clip); cvBtn.appendChild(cvText);
    w.form.insertBefore(cvBtn, w.sendBtn); w.form.appendChild(cvInput);
    w.cvApplyLang = function () { cvText.textContent = ct('attach'); cvBtn.setAttribute('title', ct('attach')); };

    function uploadCV(file) {
      if (!file || w.state.busy) return;
      w.setError(''); w.setNotice(ct('reading'));
      w.state.busy = true; w.sendBtn.disabled = true; cvBtn.disabled = true;
      var fd = new FormData(); fd.append('file', file); fd.append('language', w.state.lang);
      fetch(w.apiBase + '/v1/profile/from-cv', { method: 'POST', mode: 'cors', credentials: 'omit', body: fd })
        .then(function (res) {
          return res.json().catch(function () { return null; }).then(function (body) {
            if (!res.ok || !body) { w.setError((body && body.detail) || w.t('err')); return; }
            showCV(body);
          });
        })
        .catch(function () { w.setError(w.t('errNet')); })
        .then(function () { w.setNotice(''); w.state.busy = false; w.sendBtn.disabled = false; cvBtn.disabled = false; cvInput.value = ''; });
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
      group('wishes', p.wishes, function (wish) { return wish.label; });
      if (!card.querySelector('li')) card.appendChild(h('p', null, ct('none')));
      var addLabel = h('label', { 'class': 'cv-add-label' }, ct('add'));
      var add = h('textarea', { 'class': 'cv-add', rows: '2', dir: 'auto', maxlength: '2000' });
      addLabel.appendChild(add); card.appendChild(addLabel);
      var row = h('div', { 'class': 'cv-actions' });
      var ok = h('button', { type: 'button', 'class': 'send cv-ok' }, ct('ok'));
      var cancel = h('button', { type: 'button', 'class': 'cv-cancel' }, ct('cancel'));
      row.appendChild(ok); row.appendChild(cancel); card.appendChild(row);
      ok.addEventListener('click', function () {
        w.state.profile = p;  // the confirmed profile: the next turn starts from it
        var extra = add.value.trim();
        card.querySelectorAll('button,textarea').forEach(function (b) { b.disabled = true; });
        w.send(extra || ct('start'));
      });
      cancel.addEventListener('click', function () { card.remove(); w.input.focus(); });
      w.log.appendChild(card); w.log.scrollTop = w.log.scrollHeight;
      ok.focus();
    }
    cvBtn.addEventListener('click', function () { cvInput.click(); });
    cvInput.addEventListener('change', function () { uploadCV(cvInput.files && cvInput.files[0]); });
  };
})();
