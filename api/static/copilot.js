/* Vägledarstöd (counsellor copilot). Calls /v1/interpret and /v1/match, renders a case summary,
 * lets the counsellor remove wrong skills and re-match, exports Markdown and prints.
 * Everything stays in this page's memory; nothing is stored. Licence: EUPL-1.2. */
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };
  var form = $('case-form'), account = $('account'), regionSel = $('region'), analyseBtn = $('analyse');
  var statusEl = $('status'), errorEl = $('error'), summary = $('summary');
  var state = { text: '', profile: null, match: null, details: {}, regionName: '', dirty: false };

  var LANG_NAMES = { sv: 'svenska', en: 'engelska', ar: 'arabiska', so: 'somaliska', ti: 'tigrinja', fa: 'persiska/dari',
    uk: 'ukrainska', ru: 'ryska', de: 'tyska', fr: 'franska', es: 'spanska', tr: 'turkiska', ku: 'kurdiska', am: 'amhariska',
    pl: 'polska', fi: 'finska', bs: 'bosniska', hr: 'kroatiska', sr: 'serbiska', ps: 'pashto', prs: 'dari' };
  var KEY_LABELS = { ads_2024: 'Annonser 2024', ads: 'Annonser', count: 'Antal', competition: 'Konkurrens om jobben',
    forecast: 'Prognos', outlook: 'Bedömning', level: 'Nivå', low: 'Lön, låg', median: 'Lön, median', high: 'Lön, hög',
    currency: 'Valuta', year: 'År', trend: 'Trend', source: 'Källa' };

  function h(tag, attrs, text) {
    var el = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) { if (attrs[k] != null) el.setAttribute(k, attrs[k]); });
    if (text != null) el.textContent = text;
    return el;
  }
  function safeUrl(u) { return typeof u === 'string' && /^https?:\/\//i.test(u) ? u : null; }
  function label(x) { return typeof x === 'string' ? x : (x && (x.label || x.title || x.name)) || ''; }
  function pct(x) { return typeof x === 'number' ? Math.round(x <= 1 ? x * 100 : x) + ' %' : ''; }
  function link(title, url) {
    var u = safeUrl(url);
    return u ? h('a', { href: u, target: '_blank', rel: 'noopener noreferrer' }, title || u) : h('span', null, title || '');
  }
  function setStatus(t) { statusEl.textContent = t || ''; }
  function setError(t) { errorEl.textContent = t || ''; }

  function api(path, body) {
    var opts = body === undefined ? { headers: { Accept: 'application/json' } } : {
      method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body)
    };
    return fetch(path, opts).then(function (res) {
      return res.json().catch(function () { return null; }).then(function (data) {
        if (!res.ok) throw new Error((data && data.detail) || ('Fel ' + res.status));
        return data;
      });
    });
  }

  // ---- regions
  api('/v1/regions').then(function (regions) {
    (regions || []).forEach(function (r) { regionSel.appendChild(h('option', { value: r.id }, r.name)); });
  }).catch(function () { setError('Kunde inte hämta listan över regioner. Du kan ändå analysera för hela Sverige.'); });

  // ---- analysis
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var text = account.value.trim();
    setError('');
    if (!text) { setError('Klistra in klientens berättelse först.'); account.focus(); return; }
    state.text = text;
    state.regionName = regionSel.value ? regionSel.options[regionSel.selectedIndex].text : 'Hela Sverige';
    busy(true, 'Tolkar berättelsen…');
    api('/v1/interpret', { text: text }).then(function (profile) {
      state.profile = profile;
      if (!state.profile.removed_skill_ids) state.profile.removed_skill_ids = [];
      return runMatch();
    }).catch(function (err) { busy(false); setStatus(''); setError(err.message); });
  });

  function busy(on, msg) { analyseBtn.disabled = on; $('rematch').disabled = on; if (msg) setStatus(msg); }

  function runMatch() {
    busy(true, 'Matchar mot yrken…');
    return api('/v1/match', { profile: state.profile, region: regionSel.value || null, top: 5 }).then(function (m) {
      state.match = m;
      var occs = m.occupations || [];
      var need = occs.filter(function (o) { return !o.demand && !o.outlook && !state.details[o.id]; });
      return Promise.all(need.map(function (o) {
        var q = regionSel.value ? '?region=' + encodeURIComponent(regionSel.value) : '';
        return api('/v1/occupations/' + encodeURIComponent(o.id) + q).then(function (d) { state.details[o.id] = d; })
          .catch(function () { /* details are optional */ });
      }));
    }).then(function () {
      state.dirty = false;
      render();
      busy(false, 'Klar: ' + ((state.match.occupations || []).length) + ' yrken.');
      $('summary-title').focus();
    }).catch(function (err) { busy(false); setStatus(''); setError(err.message); });
  }

  $('rematch').addEventListener('click', function () { runMatch(); });

  // ---- evidence highlighting
  function evidenceItems(p) {
    var out = [];
    function add(list, cat, name) {
      (list || []).forEach(function (it, i) { if (it && it.span) out.push({ cat: cat, name: name(it), span: it.span, key: cat + i }); });
    }
    add(p.skills, 'skill', function (s) { return 'Färdighet: ' + s.label; });
    add(p.experiences, 'experience', function (x) { return 'Erfarenhet: ' + label(x.occupation); });
    add(p.education, 'education', function (x) { return 'Utbildning: ' + x.label; });
    add(p.languages, 'language', function (x) { return 'Språk: ' + (LANG_NAMES[x.code] || x.code); });
    add(p.wishes, 'wish', function (x) { return 'Önskemål: ' + x.label; });
    add(p.constraints, 'wish', function (x) { return 'Begränsning: ' + x.label; });
    add(p.interests, 'wish', function (x) { return 'Intresse: ' + x.label; });
    return out;
  }
  function locate(span) {
    var t = state.text;
    if ((span.message || 0) !== 0) return null;
    if (span.end > span.start && t.slice(span.start, span.end) === span.quote) return [span.start, span.end];
    var i = span.quote ? t.indexOf(span.quote) : -1;
    return i >= 0 ? [i, i + span.quote.length] : null;
  }
  function renderEvidence(items) {
    var box = $('evidence'); box.textContent = '';
    var ranges = [];
    items.forEach(function (it) { var r = locate(it.span); if (r) { it.range = r; ranges.push(it); } });
    ranges.sort(function (a, b) { return a.range[0] - b.range[0] || b.range[1] - a.range[1]; });
    var pos = 0;
    ranges.forEach(function (it) {
      if (it.range[0] < pos) return;  // overlapping: the first (longest) wins
      box.appendChild(document.createTextNode(state.text.slice(pos, it.range[0])));
      var m = h('mark', { 'class': 'cat-' + it.cat, id: 'ev-' + it.key, title: it.name, tabindex: '-1' },
        state.text.slice(it.range[0], it.range[1]));
      box.appendChild(m);
      pos = it.range[1];
    });
    box.appendChild(document.createTextNode(state.text.slice(pos)));
  }
  function evidenceLink(key) {
    var a = h('a', { href: '#ev-' + key, 'class': 'evlink' }, 'visa i texten');
    a.addEventListener('click', function (e) {
      var m = document.getElementById('ev-' + key);
      if (!m) return;
      e.preventDefault(); m.focus(); m.classList.add('flash');
      setTimeout(function () { m.classList.remove('flash'); }, 1500);
    });
    return a;
  }

  // ---- profile
  function profileBox(title, list, row) {
    var s = h('section'); s.appendChild(h('h4', null, title));
    if (!list || !list.length) { s.appendChild(h('p', { 'class': 'hint' }, 'Inget angivet.')); return s; }
    var ul = h('ul'); list.forEach(function (it, i) { ul.appendChild(row(it, i)); }); s.appendChild(ul);
    return s;
  }
  function quote(it) { return it.span && it.span.quote ? ' ”' + it.span.quote + '”' : ''; }

  function renderProfile() {
    var p = state.profile, box = $('profile'); box.textContent = '';
    renderEvidence(evidenceItems(p));
    box.appendChild(profileBox('Färdigheter', p.skills, function (s, i) {
      var li = h('li', { 'class': 'skill', 'data-skill-id': s.id });
      li.appendChild(link(s.label, s.url || s.esco_uri));
      li.appendChild(h('span', { 'class': 'quote', dir: 'auto' }, quote(s) + ' (' + pct(s.confidence) + ') '));
      li.appendChild(evidenceLink('skill' + i));
      var x = h('button', { type: 'button', 'class': 'remove', 'aria-label': 'Ta bort färdigheten ' + s.label }, '×');
      x.addEventListener('click', function () { removeSkill(s); });
      li.appendChild(x);
      return li;
    }));
    box.appendChild(profileBox('Erfarenheter', p.experiences, function (x, i) {
      var li = h('li');
      li.appendChild(link(label(x.occupation), x.occupation && x.occupation.url));
      var extra = [];
      if (x.ssyk_code) extra.push('SSYK ' + x.ssyk_code);
      if (x.years) extra.push(x.years + ' år');
      if (x.abroad) extra.push('utomlands' + (x.country ? ' (' + x.country + ')' : ''));
      li.appendChild(h('span', { 'class': 'quote', dir: 'auto' }, (extra.length ? ' – ' + extra.join(', ') : '') + quote(x) + ' '));
      li.appendChild(evidenceLink('experience' + i));
      if (x.recognition) li.appendChild(h('div', { 'class': 'hint' }, 'Erkännande/legitimation: ' + x.recognition));
      return li;
    }));
    box.appendChild(profileBox('Utbildning', p.education, function (x, i) {
      var li = h('li', null, x.label + (x.sun_level ? ' (SUN ' + x.sun_level + ')' : '') + (x.abroad ? ', utomlands' : ''));
      li.appendChild(h('span', { 'class': 'quote', dir: 'auto' }, quote(x) + ' ')); li.appendChild(evidenceLink('education' + i));
      return li;
    }));
    box.appendChild(profileBox('Språk', p.languages, function (x, i) {
      var li = h('li', null, (LANG_NAMES[x.code] || x.code) + (x.level ? ' – ' + x.level : ''));
      li.appendChild(h('span', { 'class': 'quote', dir: 'auto' }, quote(x) + ' ')); li.appendChild(evidenceLink('language' + i));
      return li;
    }));
    var wishes = (p.wishes || []).map(function (w, i) { return { t: 'Önskemål: ' + w.label, it: w, key: 'wish' + i }; })
      .concat((p.interests || []).map(function (w) { return { t: 'Intresse: ' + w.label, it: w }; }))
      .concat((p.constraints || []).map(function (c) { return { t: 'Begränsning: ' + c.label, it: c }; }));
    box.appendChild(profileBox('Önskemål och begränsningar', wishes, function (w) {
      var li = h('li', null, w.t); li.appendChild(h('span', { 'class': 'quote', dir: 'auto' }, quote(w.it))); return li;
    }));
  }

  function removeSkill(skill) {
    var p = state.profile;
    p.skills = (p.skills || []).filter(function (s) { return s !== skill; });
    if (p.removed_skill_ids.indexOf(skill.id) < 0) p.removed_skill_ids.push(skill.id);
    state.dirty = true;
    renderProfile();
    $('rematch').hidden = false;
    setStatus('Färdigheten ”' + skill.label + '” togs bort. Tryck ”Matcha om med ändrad profil”.');
    $('rematch').focus();
  }

  // ---- occupations
  function describe(obj) {
    if (obj == null) return '';
    if (typeof obj !== 'object') return String(obj);
    return Object.keys(obj).filter(function (k) {
      var v = obj[k]; return k !== 'region' && k !== 'url' && k !== 'source' && v != null && typeof v !== 'object';
    }).map(function (k) { return (KEY_LABELS[k] || k) + ': ' + obj[k]; }).join(' · ');
  }
  function occView(o, cites) {
    var d = state.details[o.id] || {};
    var view = {
      label: o.label || d.label, ssyk: o.ssyk_code || (d.ssyk && d.ssyk.code), score: o.score,
      explanation: o.explanation || o.why || '', matched: (o.matched_skills || []).map(label),
      missing: (o.missing_skills || []).map(label), demand: o.demand || d.demand, outlook: o.outlook || d.outlook,
      salary: o.salary || d.salary, education: o.education || (d.courses || []).concat(d.programmes || []),
      sources: []
    };
    function cite(title, url) {
      var u = safeUrl(url); if (!u) return null;
      for (var i = 0; i < cites.length; i++) if (cites[i].url === u) return cites[i];
      var c = { n: cites.length + 1, title: title || u, url: u }; cites.push(c); return c;
    }
    (o.evidence || []).concat(d.sources || []).concat(o.url ? [{ title: view.label, url: o.url }] : []).forEach(function (e) {
      var c = cite(label(e), e.url); if (c && view.sources.indexOf(c) < 0) view.sources.push(c);
    });
    view.education = view.education.map(function (e) { return { title: label(e), url: safeUrl(e.url), place: e.place || e.ort || '', cite: cite(label(e), e.url) }; });
    [view.demand, view.outlook].forEach(function (x) { if (x && x.url) cite(x.source || 'Källa', x.url); });
    return view;
  }

  function renderOccupations() {
    var ol = $('occupations'); ol.textContent = '';
    var cites = []; state.views = [];
    (state.match.occupations || []).forEach(function (o) {
      var v = occView(o, cites); state.views.push(v);
      var li = h('li', { 'class': 'occupation' });
      li.appendChild(h('h4', null, v.label + (v.ssyk ? ' (SSYK ' + v.ssyk + ')' : '')));
      li.appendChild(h('div', { 'class': 'score' }, 'Matchning: ' + pct(v.score)));
      if (v.explanation) li.appendChild(h('p', null, v.explanation));
      [['Matchande färdigheter', v.matched, 'matched'], ['Saknade färdigheter', v.missing, 'missing']].forEach(function (g) {
        if (!g[1].length) return;
        li.appendChild(h('div', null, g[0] + ':'));
        var ul = h('ul', { 'class': 'chips ' + g[2] }); g[1].forEach(function (s) { ul.appendChild(h('li', null, s)); }); li.appendChild(ul);
      });
      if (v.demand) li.appendChild(h('p', null, 'Efterfrågan (' + state.regionName + '): ' + describe(v.demand)));
      if (v.outlook) li.appendChild(h('p', null, 'Framtidsutsikter: ' + describe(v.outlook)));
      if (v.salary && describe(v.salary)) li.appendChild(h('p', null, describe(v.salary)));
      if (v.education.length) {
        li.appendChild(h('div', null, 'Utbildningsvägar:'));
        var ul = h('ul');
        v.education.slice(0, 5).forEach(function (e) {
          var item = h('li'); item.appendChild(link(e.title, e.url));
          if (e.place) item.appendChild(document.createTextNode(' – ' + e.place));
          if (e.cite) item.appendChild(citeLink(e.cite));
          ul.appendChild(item);
        });
        li.appendChild(ul);
      }
      if (v.sources.length) {
        var p = h('p', { 'class': 'sources' }, 'Källor: ');
        v.sources.forEach(function (c) { p.appendChild(citeLink(c)); p.appendChild(document.createTextNode(' ')); });
        li.appendChild(p);
      }
      ol.appendChild(li);
    });
    state.cites = cites;
  }
  function citeLink(c) {
    return h('a', { href: c.url, target: '_blank', rel: 'noopener noreferrer', 'class': 'cite', title: c.title,
      'aria-label': 'Källa ' + c.n + ': ' + c.title }, '[' + c.n + ']');
  }

  function render() {
    summary.hidden = false;
    $('summary-title').setAttribute('tabindex', '-1');
    $('meta').textContent = 'Region: ' + state.regionName + ' · Klientens språk: ' +
      (LANG_NAMES[state.profile.language] || state.profile.language || 'okänt') + ' · ' + new Date().toLocaleString('sv-SE');
    renderProfile();
    renderOccupations();
    $('rematch').hidden = !state.dirty;
    var qs = state.match.next_questions || [], ul = $('questions'); ul.textContent = '';
    qs.forEach(function (q) { ul.appendChild(h('li', { dir: 'auto' }, label(q))); });
    $('questions-section').hidden = !qs.length;
  }

  // ---- export
  function md(s) { return String(s == null ? '' : s).replace(/([\\`*_\[\]<>|])/g, '\\$1').replace(/\s*\n\s*/g, ' '); }
  function toMarkdown() {
    var p = state.profile, out = [];
    out.push('# Fallsammanfattning', '');
    out.push('- Skapad: ' + new Date().toLocaleString('sv-SE'), '- Region: ' + md(state.regionName),
      '- Klientens språk: ' + md(LANG_NAMES[p.language] || p.language || 'okänt'), '');
    out.push('> Genererad av Vägledning ur öppna data. Kontrollera källorna; förslagen ersätter inte en professionell bedömning.', '');
    out.push('## Profil', '');
    function sec(title, list, fn) {
      out.push('### ' + title, '');
      if (!list || !list.length) out.push('- Inget angivet');
      (list || []).forEach(function (x) { out.push('- ' + fn(x)); });
      out.push('');
    }
    var q = function (x) { return x.span && x.span.quote ? ' — ”' + md(x.span.quote) + '”' : ''; };
    sec('Färdigheter', p.skills, function (s) { return md(s.label) + q(s) + ' (' + pct(s.confidence) + ')'; });
    sec('Erfarenheter', p.experiences, function (x) { return md(label(x.occupation)) + (x.years ? ', ' + x.years + ' år' : '') + (x.abroad ? ', utomlands' : '') + q(x); });
    sec('Utbildning', p.education, function (x) { return md(x.label) + q(x); });
    sec('Språk', p.languages, function (x) { return md(LANG_NAMES[x.code] || x.code) + (x.level ? ' – ' + md(x.level) : '') + q(x); });
    sec('Önskemål och begränsningar', (p.wishes || []).concat(p.interests || [], p.constraints || []), function (x) { return md(x.label) + q(x); });
    if ((p.removed_skill_ids || []).length) out.push('_Borttagna av vägledaren: ' + p.removed_skill_ids.length + ' färdighet(er)._', '');
    out.push('## Yrken som matchar', '');
    (state.views || []).forEach(function (v, i) {
      out.push('### ' + (i + 1) + '. ' + md(v.label) + (v.ssyk ? ' (SSYK ' + v.ssyk + ')' : '') + ' — matchning ' + pct(v.score), '');
      if (v.explanation) out.push(md(v.explanation), '');
      if (v.matched.length) out.push('- Matchande färdigheter: ' + v.matched.map(md).join(', '));
      if (v.missing.length) out.push('- Saknade färdigheter: ' + v.missing.map(md).join(', '));
      if (v.demand) out.push('- Efterfrågan (' + md(state.regionName) + '): ' + md(describe(v.demand)));
      if (v.outlook) out.push('- Framtidsutsikter: ' + md(describe(v.outlook)));
      v.education.slice(0, 5).forEach(function (e) {
        out.push('- Utbildning: ' + (e.url ? '[' + md(e.title) + '](' + e.url + ')' : md(e.title)) + (e.place ? ' – ' + md(e.place) : '') + (e.cite ? ' [' + e.cite.n + ']' : ''));
      });
      if (v.sources.length) out.push('- Källor: ' + v.sources.map(function (c) { return '[' + c.n + ']'; }).join(' '));
      out.push('');
    });
    var qs = (state.match.next_questions || []).map(label);
    if (qs.length) { out.push('## Förslag på följdfrågor', ''); qs.forEach(function (x) { out.push('- ' + md(x)); }); out.push(''); }
    if ((state.cites || []).length) {
      out.push('## Källor', '');
      state.cites.forEach(function (c) { out.push('[' + c.n + '] ' + md(c.title) + ' — <' + c.url + '>'); out.push(''); });
    }
    return out.join('\n');
  }

  $('export-md').addEventListener('click', function () {
    var blob = new Blob([toMarkdown()], { type: 'text/markdown;charset=utf-8' });
    var url = URL.createObjectURL(blob);
    var a = h('a', { href: url, download: 'fallsammanfattning-' + new Date().toISOString().slice(0, 10) + '.md' });
    document.body.appendChild(a); a.click(); a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
    setStatus('Markdown-filen har skapats.');
  });
  $('print').addEventListener('click', function () { window.print(); });
})();
