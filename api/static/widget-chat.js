/* Vägledning widget — the conversation: one turn is POST /v1/chat read as Server-Sent Events over fetch
 * (EventSource cannot POST), with the prior turns and the profile sent each time (the server keeps
 * nothing). Part of the /widget.js bundle (api/routers/pages.py). */
(function () {
  'use strict';
  var MAX_HISTORY = 20;

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

  VG.installChat = function (w) {
    var t = w.t, state = w.state;

    // Keep the question at the top of the log while its answer grows, so a long answer is read from its
    // start (scrolling to the bottom showed only its sources and cards); a short one ends at the bottom.
    function follow(question) {
      var log = w.log;
      log.scrollTop += question.getBoundingClientRect().top - log.getBoundingClientRect().top - 8;
    }

    function noticeText(d) { return d.code === 'llm_unavailable' ? t('llmOff') : (d.message || d.text || ''); }

    /** Sends one message; ``aspect`` is what an occupation card's question asks about, if it was one. */
    w.send = function (text, aspect) {
      text = (text || '').trim();
      if (!text || state.busy) return;
      w.setError(''); w.setNotice(''); w.hideTip(); w.showSuggestions(null);
      state.messages.push({ role: 'user', content: text });
      var question = w.addMessage('user', text);
      var bot = w.addMessage('bot', '');
      bot.setAttribute('aria-busy', 'true');
      state.busy = true; w.sendBtn.disabled = true;
      var ctrl = new AbortController(); state.ctrl = ctrl;
      var answer = '', cites = [], notices = [], finished = false, lang = state.lang;
      var payload = {
        messages: state.messages.slice(-MAX_HISTORY), profile: state.profile, language: state.lang,
        style: state.lang === 'sv-easy' ? 'easy' : 'standard'
      };
      function fail(msg) {
        finished = true;
        if (!answer) { bot.remove(); state.messages.pop(); }
        w.setError(msg);
      }
      function onEvent(name, d) {
        if (ctrl.signal.aborted) return;
        if (name === 'profile') {
          state.profile = d.profile || d;
          // The profile carries the answer's language: the sources heading is in it while the answer streams.
          var spoken = state.profile && state.profile.language;
          if (VG.T[spoken] && !(spoken === 'sv' && state.lang === 'sv-easy')) lang = spoken;
        }
        else if (name === 'token') {
          // replace: the model's partial text is withdrawn (fallback to the sources' answer)
          answer = (d.replace ? '' : answer) + (d.text || d.token || d.delta || '');
          w.renderAnswer(bot, answer, cites, lang); follow(question);
        }
        else if (name === 'citations') { cites = d.citations || []; w.renderAnswer(bot, answer, cites, lang); }
        else if (name === 'notice') { notices.push(noticeText(d)); w.setNotice(notices.join(' ')); }
        else if (name === 'error') fail(d.message || t('err'));
        else if (name === 'done') {
          finished = true;
          // The final, checked answer (renumbered citations, removed markers) is what stays.
          if (d.language) lang = d.language;
          if (typeof d.answer === 'string' && d.answer) answer = d.answer;
          w.renderAnswer(bot, answer, cites, lang);
          state.messages.push({ role: 'assistant', content: answer });
          bot.setAttribute('data-action', d.action || '');
          bot.setAttribute('lang', d.language === 'sv-easy' ? 'sv' : (d.language || state.lang));
          // The answer's language sets its direction: an Arabic answer that starts with a Swedish title
          // in «…» is still right-to-left (dir=auto would take the title's direction).
          if (d.language) bot.setAttribute('dir', VG.RTL[d.language] ? 'rtl' : 'ltr');
          var answered = d.action === 'nothing_more' && aspect ? aspect : d.action;
          // Cards belong to the answer that presents the occupations: an answer about the same ones again
          // (their pay, the route) shows none, so one card does not trail under every later answer (rater 7).
          var key = (d.occupations || []).map(function (o) { return o.id; }).join(' ');
          var cards = key && key !== state.cardsKey ? w.showOccupations(bot, d.occupations, answered, d.language) : false;
          if (key) state.cardsKey = key;
          w.showSuggestions(cards ? null : d.suggestions);
          // Other occupations are one click away also after an answer about one (rater 4: a dead end).
          if (cards) w.showMore(d.language);
          w.followLanguage(d.language);  // the panel speaks the answer's language from now on
        }
      }
      fetch(w.apiBase + '/v1/chat', {
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
        state.busy = false; w.sendBtn.disabled = false; state.ctrl = null;
        bot.setAttribute('aria-busy', 'false');
        follow(question);
      });
    };

    w.clearConversation = function () {
      if (state.ctrl) state.ctrl.abort();
      state.ctrl = null; state.busy = false; w.sendBtn.disabled = false;
      state.messages = []; state.profile = null; state.kept = null; state.cardsKey = '';
      w.log.textContent = ''; w.setNotice(''); w.setError(''); w.hideTip();
      w.welcome();
      w.input.value = '';
      w.input.focus();
    };
  };
})();
