/* Vägledning widget — its DOM: the shadow root, launcher, panel (header with language selector, log,
 * status and alert lines, form, privacy line, citation tooltip) and the element helpers.
 * Part of the /widget.js bundle (api/routers/pages.py). */
(function () {
  'use strict';

  function h(tag, attrs, text) {
    var el = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) { el.setAttribute(k, attrs[k]); });
    if (text != null) el.textContent = text;
    return el;
  }
  // Only web links become links: a source URL from the data is never a javascript: or data: link.
  function safeUrl(u) { return typeof u === 'string' && /^https?:\/\//i.test(u) ? u : null; }

  /** Builds the widget's elements into ``w`` (w.panel, w.log, w.input, …) next to its script tag. */
  function buildShell(w) {
    var host = h('div', { 'data-vagledning-widget': '' });
    var target = w.position === 'inline' && w.ds.target ? document.querySelector(w.ds.target) : null;
    if (w.position === 'inline') {
      if (target) target.appendChild(host); else w.script.parentNode.insertBefore(host, w.script.nextSibling);
    } else {
      (document.body || document.documentElement).appendChild(host);
    }
    var root = host.attachShadow({ mode: 'open' });
    var style = h('style'); style.textContent = VG.CSS; root.appendChild(style);
    var wrap = h('div', { 'class': 'vg ' + w.theme + (w.floating ? ' float' : ' inline') +
      (w.position === 'bottom-left' ? ' left' : '') });
    root.appendChild(wrap);

    if (w.floating) {
      w.launcher = h('button', { type: 'button', 'class': 'launcher', 'aria-expanded': 'false', 'aria-controls': 'vg-panel' });
      w.launcher.appendChild(h('span', { 'aria-hidden': 'true' }, '\uD83D\uDCAC'));
      w.launcher.appendChild(h('span', { 'class': 'ltext' }));
      wrap.appendChild(w.launcher);
    }
    var panel = w.panel = h('section', { id: 'vg-panel', 'class': 'panel vg-panel', role: 'region', 'aria-labelledby': 'vg-title' });
    if (w.floating) panel.hidden = true;
    var header = h('header');
    w.title = h('h2', { id: 'vg-title' });
    w.langLabel = h('label', { 'for': 'vg-lang', 'class': 'sr' });
    w.langSel = h('select', { id: 'vg-lang', 'class': 'vg-lang' });
    VG.LANGS.forEach(function (l) {
      w.langSel.appendChild(h('option', { value: l[0], lang: l[0] === 'sv-easy' ? 'sv' : l[0], dir: VG.RTL[l[0]] ? 'rtl' : 'ltr' }, l[1]));
    });
    w.clearBtn = h('button', { type: 'button', 'class': 'clear' });
    header.appendChild(w.title); header.appendChild(w.langLabel); header.appendChild(w.langSel); header.appendChild(w.clearBtn);
    if (w.floating) {
      w.closeBtn = h('button', { type: 'button', 'class': 'close' }, '\u00D7');
      header.appendChild(w.closeBtn);
    }
    w.log = h('div', { 'class': 'log', role: 'log', 'aria-live': 'polite', 'aria-relevant': 'additions text', tabindex: '0' });
    w.status = h('div', { 'class': 'status', role: 'status' });
    w.alertBox = h('div', { 'class': 'alert', role: 'alert' });
    w.form = h('form', { novalidate: '' });
    w.inputLabel = h('label', { 'for': 'vg-input', 'class': 'sr' });
    w.input = h('textarea', { id: 'vg-input', 'class': 'input', rows: '2', dir: 'auto', maxlength: '4000' });
    w.sendBtn = h('button', { type: 'submit', 'class': 'send' });
    w.form.appendChild(w.inputLabel); w.form.appendChild(w.input); w.form.appendChild(w.sendBtn);
    w.privacy = h('p', { 'class': 'privacy' });
    w.tip = h('div', { id: 'vg-tip', 'class': 'tip', role: 'tooltip', dir: 'auto' });
    w.tip.hidden = true;
    [header, w.log, w.status, w.alertBox, w.form, w.privacy, w.tip].forEach(function (el) { panel.appendChild(el); });
    wrap.appendChild(panel);
  }

  VG.h = h; VG.safeUrl = safeUrl; VG.buildShell = buildShell;
})();
