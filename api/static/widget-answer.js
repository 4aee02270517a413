/* Vägledning widget — how an answer is shown: message bubbles, citation chips with their tooltip, the
 * occupation cards and quick replies, and following the answer's language. Cards are rendered from the
 * answer's structured `occupations` and `action` (the SSE `done` event), never parsed from its text.
 * Part of the /widget.js bundle (api/routers/pages.py). */
(function () {
  'use strict';
  var h = VG.h;

  VG.installAnswer = function (w) {
    var t = w.t;

    // A bubble's direction is set, never dir=auto: auto took it from the "You:"/"Vägledning:" label read
    // before the text, so the greeting made before the switch to Dari stayed left-to-right (rater 9) and an
    // English line typed under the Arabic selector ran right-to-left. The person's own line takes the
    // direction of most of its letters ("SFI C میخوانم" is right-to-left); the assistant's, the panel
    // language's until its answer names its own (widget-chat.js).
    function panelDir() { return VG.RTL[w.state.lang] ? 'rtl' : 'ltr'; }
    function textDir(s) {
      var r = (s.match(RTL_ALL) || []).length, l = (s.match(LTR_ALL) || []).length;
      return r || l ? (r >= l ? 'rtl' : 'ltr') : panelDir();
    }
    w.addMessage = function (role, text) {
      var m = h('div', { 'class': 'msg ' + role, dir: role === 'user' ? textDir(text || '') : panelDir() });
      m.appendChild(h('span', { 'class': 'sr who' }, (role === 'user' ? t('you') : t('bot')) + ': '));
      var body = h('span', { 'class': 'body', 'data-typing': t('typing') });
      if (text) appendText(body, text, RTL_LETTERS.test(text));  // the person's own words isolated alike
      m.appendChild(body);
      w.log.appendChild(m);
      w.log.scrollTop = w.log.scrollHeight;
      return m;
    };
    w.welcome = function () { w.addMessage('bot', t('welcome')).classList.add('welcome'); };
    /** The greeting is said again in the language chosen: its text, its label and its direction. */
    w.relabelWelcome = function () {
      var m = w.log.querySelector('.msg.welcome');
      if (!m) return;
      m.setAttribute('dir', panelDir());
      m.querySelector('.who').textContent = t('bot') + ': ';
      var body = m.querySelector('.body');
      body.textContent = '';
      appendText(body, t('welcome'), !!VG.RTL[w.state.lang]);
    };

    function chip(c, withTitle) {
      var url = VG.safeUrl(c.url);
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
      el.addEventListener('blur', w.hideTip); el.addEventListener('mouseleave', w.hideTip);
      return el;
    }

    // Swedish titles and terms in «…» are isolated from the sentence around them, so an Arabic or Dari
    // sentence listing «Legitimation som sjuksköterska», «Hemsjukvård» keeps its order (the marks stay
    // outside, in the sentence's direction). In a right-to-left answer every other run of Latin script or
    // digits ("(studie- och yrkesvägledare)", "Örebro län", "306") is isolated too: beside Arabic letters
    // its parentheses flipped and "Örebro län و306" ran together (rater 7). Display only: the API text is
    // unchanged, and what an answer presents comes from its fields.
    var RTL_LETTERS = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
    var RTL_ALL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/g;
    // Latin, Greek, Cyrillic and Ethiopic letters: the left-to-right scripts of the selector's languages.
    var LTR_ALL = /[A-Za-z\u00C0-\u024F\u0370-\u052F\u1200-\u139F\u2D80-\u2DDF]/g;
    var LATIN = /\(?[A-Za-z\u00C0-\u024F0-9](?:[A-Za-z\u00C0-\u024F0-9 .,:\/%\u2013-]*[A-Za-z\u00C0-\u024F0-9])?\)?/g;
    // A web address in an answer is one left-to-right unit in every direction: a link isolated with
    // dir="ltr" that may wrap anywhere. Split run by run in a right-to-left bubble, Socialstyrelsen's long
    // address broke across lines in bidi order ("…/utbildad- … utanfor-eu-och-ees/…", rater18). The
    // address ends before a closing mark or a sentence's full stop, which stay in the sentence.
    var URL_RE = /https?:\/\/[^\s«»<>"]*[^\s«»<>".,;:!?)\]\u060C\u061B\u061F\u06D4]/g;
    function appendPlain(parent, s, rtl) {
      var last = 0, m;
      URL_RE.lastIndex = 0;
      while ((m = URL_RE.exec(s))) {
        appendRun(parent, s.slice(last, m.index), rtl);
        var url = VG.safeUrl(m[0]);
        var a = url ? h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }) : h('span');
        a.className = 'url'; a.setAttribute('dir', 'ltr'); a.textContent = m[0];
        parent.appendChild(a);
        last = URL_RE.lastIndex;
      }
      appendRun(parent, s.slice(last), rtl);
    }
    function appendRun(parent, s, rtl) {
      if (!rtl) { parent.appendChild(document.createTextNode(s)); return; }
      var last = 0, m;
      LATIN.lastIndex = 0;
      while ((m = LATIN.exec(s))) {
        var run = m[0];
        // a parenthesis is the run's only when both are ("(SSYK)"); else it stays in the sentence
        if (run.charAt(0) === '(' && run.charAt(run.length - 1) !== ')') run = run.slice(1);
        else if (run.charAt(run.length - 1) === ')' && run.charAt(0) !== '(') run = run.slice(0, -1);
        var at = s.indexOf(run, m.index);
        parent.appendChild(document.createTextNode(s.slice(last, at)));
        parent.appendChild(h('bdi', { 'class': 'ltr' }, run));
        last = at + run.length;
        LATIN.lastIndex = Math.max(LATIN.lastIndex, last);
      }
      parent.appendChild(document.createTextNode(s.slice(last)));
    }
    // A quote is isolated whole however long (a description quoted up to 320 characters, a programme's 520): cut
    // at 200, its words were isolated run by run and «(receptbelagda och receptfria), ger» read backwards (rater15).
    function appendText(parent, s, rtl) {
      var re = /«([^«»\n]{1,2000})»/g, last = 0, m;
      while ((m = re.exec(s))) {
        var between = s.slice(last, m.index);
        // Between two Swedish names in a right-to-left sentence the list takes the reader's comma «،»: the
        // Latin one read as part of the names («Passagerarservice», «Linjetrafik, körning», rater 9).
        if (rtl && last && /^[ \t]*,[ \t]*$/.test(between)) between = '\u060C ';
        appendPlain(parent, between + '«', rtl);
        parent.appendChild(h('bdi', { 'class': 'term' }, m[1]));
        parent.appendChild(document.createTextNode('»'));
        last = re.lastIndex;
      }
      appendPlain(parent, s.slice(last), rtl);
    }

    /** ``language``: the answer's, whose word heads its sources (the panel's until the answer says). */
    w.renderAnswer = function (msg, text, cites, language) {
      var body = msg.querySelector('.body');
      var byN = {};
      (cites || []).forEach(function (c) { byN[c.n] = c; });
      body.textContent = '';
      var rtl = !!VG.RTL[language || w.state.lang] || RTL_LETTERS.test(text);
      // Right to left, a sentence's full stop comes before its markers ("بدهید. [1]"), as Arabic and Dari
      // references are set: after the chip it stood apart at the line's end, read as "[1] ." (rater 13).
      if (rtl) text = text.replace(/((?:[ \t]?\[\d+\])+)([.\u060C\u061B\u061F!?:])/g, '$2$1');
      // A marker becomes a chip by the FINAL citation numbers; a marker with no citation (still
      // streaming, or removed by the server's check) is never shown as raw "[n]".
      var re = /[ \t]?\[(\d+)\]/g, last = 0, m;
      while ((m = re.exec(text))) {
        var c = byN[+m[1]];
        var lead = m[0].charAt(0) === '[' ? '' : m[0].charAt(0);
        // The chip is glued to the word before it (a no-break space, or a word joiner where the text had no
        // space); being inline (widget-style.js), the full stop after it cannot start a line: a marker never
        // wraps alone with its full stop (rater 9).
        appendText(body, text.slice(last, m.index) + (c ? (lead ? '\u00A0' : '\u2060') : ''), rtl);
        if (c) body.appendChild(chip(c, false));
        last = re.lastIndex;
      }
      appendText(body, text.slice(last), rtl);
      var old = msg.querySelector('.cites');
      if (old) old.remove();
      if (cites && cites.length) {
        var row = h('div', { 'class': 'cites' });
        var ui = VG.T[language] || VG.T[w.state.lang] || VG.T.sv;
        row.appendChild(h('span', { 'class': 'lbl' }, (ui.sources || VG.T.sv.sources) + ':'));
        cites.forEach(function (c) { row.appendChild(chip(c, true)); });
        msg.appendChild(row);
      }
    };

    function showTip(e) {
      var el = e.currentTarget, c = el._cite, tip = w.tip;
      tip.textContent = '';
      var strong = h('strong'); strong.appendChild(h('bdi', null, c.title || ''));
      tip.appendChild(strong);
      if (c.snippet) tip.appendChild(h('span', { 'class': 'snippet' }, c.snippet));
      tip.hidden = false;
      var pr = w.panel.getBoundingClientRect(), r = el.getBoundingClientRect();
      var left = Math.max(8, Math.min(r.left - pr.left, pr.width - tip.offsetWidth - 8));
      var top = r.bottom - pr.top + 6;
      if (top + tip.offsetHeight > pr.height - 8) top = Math.max(8, r.top - pr.top - tip.offsetHeight - 6);
      tip.style.left = left + 'px'; tip.style.top = top + 'px';
    }
    w.hideTip = function () { w.tip.hidden = true; };

    w.setNotice = function (text) { w.status.textContent = text || ''; };
    w.setError = function (text) { w.alertBox.textContent = text || ''; };

    /** Quick replies: the occupation cards' questions when the answer presents occupations (each names
     *  its occupation, so none is ambiguous), else the assistant's own suggestions. */
    w.showSuggestions = function (list) {
      w.log.querySelectorAll('.sugg,.lang-offer').forEach(function (el) { el.remove(); });
      if (!list || !list.length) return;
      var row = h('div', { 'class': 'sugg', role: 'group' });
      list.slice(0, 4).forEach(function (s) {
        var b = h('button', { type: 'button', dir: 'auto' }, s);
        b.addEventListener('click', function () { row.remove(); w.send(s); });
        row.appendChild(b);
      });
      w.log.appendChild(row);
    };

    /** One card per presented occupation: its Swedish title, SSYK code and questions about it. */
    w.showOccupations = function (msg, occupations, action, language) {
      var old = msg.querySelector('.occs');
      if (old) old.remove();
      if (!occupations || !occupations.length) return false;
      var ot = VG.OCC_T[language] || VG.OCC_T[w.state.lang] || VG.OCC_T.sv;
      var ul = h('ul', { 'class': 'occs', 'aria-label': ot.list });
      occupations.forEach(function (o) {
        var li = h('li', { 'class': 'occ', 'data-occupation-id': o.id || '', 'data-ssyk': o.ssyk_code || '' });
        var head = h('div', { 'class': 'occ-head' });
        head.appendChild(h('bdi', { 'class': 'occ-label', lang: 'sv' }, o.label));
        if (o.ssyk_code) head.appendChild(h('span', { 'class': 'occ-code' }, ot.code + ' ' + o.ssyk_code));
        li.appendChild(head);
        var ask = h('div', { 'class': 'occ-ask', role: 'group', 'aria-label': ot.ask + ' ' + o.label });
        VG.ASPECTS.forEach(function (aspect) {
          // The aspect just answered for a single occupation is not offered again for it ("nothing
          // more" answers the aspect the person asked about).
          if (aspect === action && occupations.length === 1) return;
          var q = ot.q[aspect], question = q[1].replace('{occ}', o.label);
          var b = h('button', { type: 'button', 'class': 'occ-q', 'data-aspect': aspect, title: question,
            'aria-label': q[0] + ': ' + o.label }, q[0]);
          b.addEventListener('click', function () { w.send(question, aspect); });
          ask.appendChild(b);
        });
        li.appendChild(ask);
        ul.appendChild(li);
      });
      var cites = msg.querySelector('.cites');
      if (cites) msg.insertBefore(ul, cites); else msg.appendChild(ul);
      return true;
    };

    /** After a list of occupations: one quick reply asking for others. */
    w.showMore = function (language) {
      var ot = VG.OCC_T[language] || VG.OCC_T[w.state.lang] || VG.OCC_T.sv;
      var row = h('div', { 'class': 'sugg', role: 'group' });
      var b = h('button', { type: 'button', 'class': 'more', dir: 'auto' }, ot.more);
      b.addEventListener('click', function () { row.remove(); w.send(ot.more); });
      row.appendChild(b);
      w.log.appendChild(row);
    };

    /** The answer followed the language the person wrote, not the selector: the panel's own texts (labels,
     *  placeholder, buttons) switch to it at once, so the person never has to read Swedish buttons to go on
     *  in their language; a button offers the way back to the language left, once. A person who took that
     *  way back keeps it: a later answer in the other language does not switch the panel again. */
    w.followLanguage = function (language) {
      var from = w.state.lang;
      if (!language || language === from || !VG.T[language]) return;
      if (language === 'sv' && from === 'sv-easy') return;  // easy Swedish is Swedish, chosen
      // Easy Swedish for Swedish still being learnt is the server's reading, not a language: the panel stays on
      // Swedish (the answer itself says how to get standard Swedish: write "vanlig svenska").
      if (language === 'sv-easy' && from === 'sv') return;
      if (w.state.kept === from) return;
      w.setLang(language);
      var b = h('button', { type: 'button', 'class': 'lang-offer', 'data-lang': from,
        lang: from === 'sv-easy' ? 'sv' : from, dir: VG.RTL[from] ? 'rtl' : 'ltr' },
        (VG.OCC_T[from] || VG.OCC_T.sv).switchTo);
      b.addEventListener('click', function () { b.remove(); w.state.kept = from; w.setLang(from); });
      w.log.appendChild(b);
    };
  };
})();
