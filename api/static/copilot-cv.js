/*! Vägledning copilot: a client's CV dropped (or picked) here is read by /v1/profile/from-cv —
 * in memory only, personal identifiers removed first — and its profile goes into the same editor
 * and matching as an interpreted account (window.vgCopilotUseProfile in copilot.js). Licence: EUPL-1.2. */
(function () {
  'use strict';
  var zone = document.getElementById('cv-drop');
  var input = document.getElementById('cv-file');
  var status = document.getElementById('cv-status');
  var errorEl = document.getElementById('error');
  if (!zone || !input) return;

  function say(text, state) { status.textContent = text || ''; status.dataset.state = state; }

  function read(file) {
    if (!file) return;
    errorEl.textContent = '';
    say('Läser CV:t…', 'busy');
    var fd = new FormData(); fd.append('file', file); fd.append('language', 'sv');
    fetch('/v1/profile/from-cv', { method: 'POST', body: fd, credentials: 'same-origin' }).then(function (res) {
      return res.json().catch(function () { return null; }).then(function (body) {
        if (!res.ok || !body) throw new Error((body && body.detail) || 'CV:t kunde inte läsas. Försök igen.');
        var cv = body.cv || {}; delete body.cv;
        var n = (cv.positions || []).length, red = cv.redacted || {};
        var removed = Object.keys(red).reduce(function (a, k) { return a + red[k]; }, 0);
        say('CV:t är läst: ' + n + ' anställningar, ' + (body.education || []).length + ' utbildningar, ' +
          (body.languages || []).length + ' språk. ' + removed + ' personuppgifter togs bort. Granska profilen nedan.', 'done');
        return window.vgCopilotUseProfile ? window.vgCopilotUseProfile(body, cv.text || '') : null;
      });
    }).catch(function (err) {
      say('', 'error');
      errorEl.textContent = err.message || 'CV:t kunde inte läsas.';
    }).then(function () { input.value = ''; });
  }

  input.addEventListener('change', function () { read(input.files && input.files[0]); });
  zone.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); input.click(); }
  });
  ['dragenter', 'dragover'].forEach(function (ev) {
    zone.addEventListener(ev, function (e) { e.preventDefault(); zone.classList.add('over'); });
  });
  ['dragleave', 'drop'].forEach(function (ev) {
    zone.addEventListener(ev, function (e) { e.preventDefault(); zone.classList.remove('over'); });
  });
  zone.addEventListener('drop', function (e) {
    var f = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0];
    read(f);
  });
})();
