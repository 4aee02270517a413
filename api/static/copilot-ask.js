/* Vägledarstöd: ask the assistant about the case. The counsellor's question goes to
 * POST /v1/chat?stream=false with the profile as edited on this page (and the chosen region), so
 * corrections drive the answer as they drive the match. The conversation is kept in page memory and
 * sent with each question; the API keeps nothing. Licence: EUPL-1.2. */
(function () {
  'use strict';
  var T = window.CopilotText;

  var h = window.CopilotText.h;
  var safeUrl = window.CopilotText.safeUrl;
  // Questions about one occupation of an answer: [button, question]. The title goes in «…», as the
  // assistant writes occupation titles, so the answer is about that occupation, not the first one.
  var ABOUT = [['describe', 'Om yrket', 'Vad gör man som «{occ}»?'], ['salary', 'Lön', 'Vad tjänar man som «{occ}»?'],
    ['demand', 'Efterfrågan', 'Finns det jobb som «{occ}»?'], ['courses', 'Utbildning', 'Vilka utbildningar finns för «{occ}»?'],
    ['licence', 'Krav och legitimation', 'Vilka krav finns för att jobba som «{occ}»?']];

  /** "Undersköterska (SSYK 5321)": how an occupation of an answer is named on the page and in the export. */
  function occupationName(o) { return T.clean(o.label) + (o.ssyk_code ? ' (SSYK ' + o.ssyk_code + ')' : ''); }

  function Ask(opts) {
    this.state = opts.state; this.api = opts.api; this.regionId = opts.regionId;
    this.form = opts.form; this.input = opts.input; this.log = opts.log; this.setStatus = opts.setStatus;
    this.messages = [];
    var self = this;
    this.form.addEventListener('submit', function (e) { e.preventDefault(); self.send(self.input.value.trim()); });
  }

  /** A new case starts a new conversation. */
  Ask.prototype.reset = function () { this.messages = []; this.turns = []; this.log.textContent = ''; };

  /** The questions and answers so far, for the export: [{question, answer, citations}]. */
  Ask.prototype.history = function () { return this.turns || []; };

  Ask.prototype.send = function (question) {
    var self = this;
    if (!question) { this.input.focus(); return; }
    if (!this.state.profile) { this.setStatus('Analysera en berättelse först.'); return; }
    var messages = this.messages.concat([{ role: 'user', content: question }]);
    var button = this.form.querySelector('button[type=submit]');
    button.disabled = true;
    this.setStatus('Frågar assistenten…');
    this.api('/v1/chat?stream=false', {
      messages: messages, profile: this.state.profile, language: 'sv', region: this.regionId(), use_llm: null
    }).then(function (res) {
      self.messages = messages.concat([{ role: 'assistant', content: res.answer || '' }]);
      // The answer addresses the client ("du"); here it speaks to the counsellor about the client (copilot-voice.js).
      var asked = messages.filter(function (m) { return m.role === 'user'; }).map(function (m) { return m.content; });
      res.answer = window.CopilotVoice.aboutClient(res.answer, window.CopilotVoice.pronounOf([self.state.text].concat(asked)));
      self.turns = (self.turns || []).concat([{ question: question, answer: res.answer || '',
        occupations: (res.occupations || []).map(occupationName),
        citations: (res.citations || []).filter(function (c) { return safeUrl(c.url); }) }]);
      self.render(question, res);
      self.input.value = '';
      self.setStatus('Svaret är klart.');
    }).catch(function (err) { self.setStatus(err.message); })
      .then(function () { button.disabled = false; });
  };

  Ask.prototype.render = function (question, res) {
    var self = this, item = h('li', { 'class': 'turn' });
    item.appendChild(h('p', { 'class': 'q' }, 'Fråga: ' + question));
    var answer = h('div', { 'class': 'a', dir: 'auto' });
    String(res.answer || '').split(/\n{2,}/).forEach(function (para) {
      if (para.trim()) answer.appendChild(h('p', null, para.trim()));
    });
    item.appendChild(answer);
    var cites = (res.citations || []).filter(function (c) { return safeUrl(c.url); });
    if (cites.length) {
      var ul = h('ul', { 'class': 'answer-sources', 'aria-label': 'Källor till svaret' });
      cites.forEach(function (c) {
        var li = h('li', null, '[' + c.n + '] ');
        li.appendChild(h('a', { href: c.url, target: '_blank', rel: 'noopener noreferrer' }, T.clean(c.title)));
        ul.appendChild(li);
      });
      item.appendChild(ul);
    }
    // The occupations the answer presents, from its structured field (not read out of its text),
    // each with questions that name it.
    var occs = res.occupations || [];
    if (occs.length) {
      var list = h('ul', { 'class': 'answer-occupations', 'aria-label': 'Yrken i svaret' });
      occs.forEach(function (o) {
        var li = h('li', { 'class': 'answer-occupation', 'data-occupation-id': o.id, 'data-ssyk': o.ssyk_code || '' });
        li.appendChild(h('span', { 'class': 'occ-name' }, occupationName(o)));
        var ask = h('span', { 'class': 'quick', role: 'group', 'aria-label': 'Fråga om ' + T.clean(o.label) });
        ABOUT.forEach(function (a) {
          if (a[0] === res.action && occs.length === 1) return;  // just answered
          var q = a[2].replace('{occ}', o.label);
          var b = h('button', { type: 'button', 'data-aspect': a[0], title: q }, a[1]);
          b.addEventListener('click', function () { self.input.value = q; self.send(q); });
          ask.appendChild(b);
        });
        li.appendChild(ask);
        list.appendChild(li);
      });
      item.appendChild(list);
    }
    var quick = occs.length ? [] : (res.suggestions || []).slice(0, 4);
    if (quick.length) {
      var row = h('div', { 'class': 'quick', role: 'group', 'aria-label': 'Förslag på nästa fråga' });
      quick.forEach(function (s) {
        var b = h('button', { type: 'button' }, s);
        b.addEventListener('click', function () { self.input.value = s; self.send(s); });
        row.appendChild(b);
      });
      item.appendChild(row);
    }
    this.log.appendChild(item);
    item.setAttribute('tabindex', '-1');
    item.focus();
  };

  window.CopilotAsk = { Ask: Ask };
})();
