/* Vägledning widget — "attach CV" beside the text box. The file goes to /v1/profile/from-cv and is
 * not kept anywhere (not even here: only the returned profile is). The profile is shown item by item;
 * the person removes what is wrong and adds or corrects in their own words, then the conversation
 * continues from the confirmed profile. Part of the /widget.js bundle (api/routers/pages.py). */
(function () {
  'use strict';
  var h = VG.h;

  var CV_T = VG.CV_T;   // the texts, per language (widget-texts.json, cv)

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
