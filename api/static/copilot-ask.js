/* Vägledarstöd: ask the assistant about the case. The counsellor's question goes to
 * POST /v1/chat?stream=false with the profile as edited on this page (and the chosen region), so
 * corrections drive the answer as they drive the match. The conversation is kept in page memory and
 * sent with each question; the API keeps nothing. Licence: EUPL-1.2. */
(function () {
  'use strict';
  var T = window.CopilotText;

  var h = window.CopilotText.h;
  var safeUrl = window.CopilotText.safeUrl;

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
      self.turns = (self.turns || []).concat([{ question: question, answer: res.answer || '',
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
    var quick = (res.suggestions || []).slice(0, 4);
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
