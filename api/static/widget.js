/*! Vägledning chat widget — embed with one tag:
 * <script src="https://host/widget.js" data-api-base="https://host" data-lang="sv"
 *         data-theme="light|dark" data-position="bottom-right|bottom-left|inline" data-target="#id"></script>
 * Vanilla JS, shadow DOM, no external assets. The conversation lives only in this page's memory:
 * no cookies, no localStorage/sessionStorage. Licence: EUPL-1.2.
 * /widget.js is one script built from widget-*.js (texts, style, dom, answer, cv, chat) and this file,
 * the start-up: it reads the script tag's settings, builds the widget and wires its events. */
(function () {
  'use strict';
  var script = document.currentScript || (function () {
    var all = document.querySelectorAll('script[src*="widget.js"]');
    return all[all.length - 1];
  })();
  if (!script) return;
  var ds = script.dataset || {};
  var position = /^(bottom-left|inline)$/.test(ds.position || '') ? ds.position : 'bottom-right';
  var state = { lang: VG.T[ds.lang] ? ds.lang : 'sv', messages: [], profile: null, busy: false, ctrl: null };
  var w = {
    script: script, ds: ds, state: state, position: position, floating: position !== 'inline',
    apiBase: (ds.apiBase || new URL(script.src, location.href).origin).replace(/\/+$/, ''),
    theme: ds.theme === 'dark' ? 'dark' : 'light',
    t: function (k) { return (VG.T[state.lang] || VG.T.sv)[k] || VG.T.sv[k]; }
  };
  VG.buildShell(w);
  VG.installAnswer(w);
  VG.installChat(w);
  VG.installCV(w);
  var t = w.t;

  function applyLang() {
    var code = state.lang, dir = VG.RTL[code] ? 'rtl' : 'ltr';
    w.panel.setAttribute('lang', code === 'sv-easy' ? 'sv' : code);
    w.panel.setAttribute('dir', dir);
    w.langSel.value = code;
    w.title.textContent = t('title');
    w.langLabel.textContent = t('lang');
    w.clearBtn.textContent = t('clear');
    if (w.closeBtn) w.closeBtn.setAttribute('aria-label', t('close'));
    if (w.launcher) {
      w.launcher.querySelector('.ltext').textContent = t('open');
      w.launcher.setAttribute('dir', dir);
    }
    w.inputLabel.textContent = t('input');
    w.input.setAttribute('placeholder', t('ph'));
    w.sendBtn.textContent = t('send');
    w.cvApplyLang();
    w.privacy.textContent = t('privacy');
    w.log.setAttribute('aria-label', t('title'));
    w.relabelWelcome();
  }
  w.setLang = function (code) {
    state.lang = VG.T[code] ? code : 'sv';
    applyLang();
    w.log.querySelectorAll('.lang-offer').forEach(function (el) { el.remove(); });
  };

  function setOpen(open) {
    if (!w.floating) return;
    w.panel.hidden = !open;
    w.launcher.setAttribute('aria-expanded', open ? 'true' : 'false');
    if (open) w.input.focus(); else { w.hideTip(); w.launcher.focus(); }
  }

  w.form.addEventListener('submit', function (e) { e.preventDefault(); var v = w.input.value; w.input.value = ''; w.send(v); });
  w.input.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      if (w.form.requestSubmit) w.form.requestSubmit(); else w.form.dispatchEvent(new Event('submit'));
    }
  });
  w.panel.addEventListener('keydown', function (e) {
    if (e.key !== 'Escape') return;
    if (!w.tip.hidden) { w.hideTip(); e.stopPropagation(); return; }
    if (w.floating) { e.stopPropagation(); setOpen(false); }
  });
  w.langSel.addEventListener('change', function () { w.setLang(w.langSel.value); });
  w.clearBtn.addEventListener('click', w.clearConversation);
  if (w.closeBtn) w.closeBtn.addEventListener('click', function () { setOpen(false); });
  if (w.launcher) w.launcher.addEventListener('click', function () { setOpen(w.panel.hidden); });

  applyLang();
  w.welcome();
})();
