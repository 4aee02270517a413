/* Vägledarstöd (counsellor copilot). Calls /v1/interpret and /v1/match, renders a case summary in
 * Swedish (copilot-text.js), lets the counsellor correct, remove and add profile items
 * (copilot-profile.js) and re-match with the edited profile, exports Markdown and prints.
 * Everything stays in this page's memory; nothing is stored. Licence: EUPL-1.2. */
(function () {
  'use strict';
  var T = window.CopilotText;
  var $ = function (id) { return document.getElementById(id); };
  var form = $('case-form'), account = $('account'), regionSel = $('region'), analyseBtn = $('analyse');
  var statusEl = $('status'), errorEl = $('error'), summary = $('summary');
  var state = { text: '', profile: null, match: null, regions: [], dirty: false, views: [], cites: [] };
  var TOP = 5;

  var h = window.CopilotText.h;
  var safeUrl = window.CopilotText.safeUrl;
  function link(title, url) {
    var u = safeUrl(url);
    return u ? h('a', { href: u, target: '_blank', rel: 'noopener noreferrer' }, title || u) : h('span', null, title || '');
  }
  function setStatus(t) { statusEl.textContent = t || ''; }
  function setError(t) { errorEl.textContent = t || ''; }

  // Problem details from the API are in English; the page says what happened in Swedish.
  var ERROR_CODES = { message_too_long: 'Texten är för lång: högst 4 000 tecken går att analysera. Korta ner den och försök igen.',
    invalid_text: 'Texten innehåller tecken som inte går att läsa. Klistra in den igen.',
    validation_error: 'Uppgifterna kunde inte tas emot. Kontrollera det du har ändrat i profilen.' };
  var ERRORS = { 413: 'Texten är för lång för att skickas.', 422: 'Uppgifterna kunde inte tas emot.',
    429: 'För många förfrågningar just nu. Vänta en stund och försök igen.', 503: 'Tjänsten är inte tillgänglig just nu. Försök igen senare.' };
  function api(path, body) {
    var opts = body === undefined ? { headers: { Accept: 'application/json' } } : {
      method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body)
    };
    return fetch(path, opts).then(function (res) {
      return res.json().catch(function () { return null; }).then(function (data) {
        if (!res.ok) {
          throw new Error(ERROR_CODES[data && data.code] || ERRORS[res.status] || ('Något gick fel (felkod ' + res.status + '). Försök igen.'));
        }
        return data;
      });
    }, function () { throw new Error('Kunde inte nå tjänsten. Kontrollera anslutningen och försök igen.'); });
  }

  // ---- regions
  // A failed load is tried again twice before the error shows (rater18 conv5: the list failed once on load).
  function loadRegions(tries) {
    api('/v1/regions').then(function (regions) {
      state.regions = regions || [];
      state.regions.forEach(function (r) { regionSel.appendChild(h('option', { value: r.id }, r.name)); });
    }).catch(function () {
      if (tries > 1) { setTimeout(function () { loadRegions(tries - 1); }, 800); return; }
      setError('Kunde inte hämta listan över regioner. Du kan ändå analysera för hela Sverige.');
    });
  }
  loadRegions(3);

  function regionOf(p) {
    var c = ((p && p.constraints) || []).filter(function (x) { return x.kind === 'region'; })[0];
    return c ? { id: c.value, name: T.clean(c.label) } : null;
  }

  // ---- analysis
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var text = account.value.trim();
    setError('');
    if (!text) { setError('Klistra in klientens berättelse först.'); account.focus(); return; }
    state.text = text;
    ask.reset();
    busy(true, 'Tolkar berättelsen…');
    api('/v1/interpret', { text: text }).then(function (profile) {
      state.profile = profile;
      ['removed_skill_ids', 'constraints'].forEach(function (k) { if (!profile[k]) profile[k] = []; });
      // A region picked in the form is the counsellor's choice and replaces one read from the text.
      if (regionSel.value) {
        profile.constraints = profile.constraints.filter(function (c) { return c.kind !== 'region'; });
        profile.constraints.push({ kind: 'region', value: regionSel.value, label: regionSel.options[regionSel.selectedIndex].text,
          concept: null, span: { start: 0, end: 0, quote: '', message: 0 }, confidence: 1, added_by: 'vägledare' });
      }
      return runMatch();
    }).catch(function (err) { busy(false); setStatus(''); setError(err.message); });
  });

  // A CV read by /v1/profile/from-cv (copilot-cv.js): its profile is edited and matched like an
  // interpreted account; its spans point into the CV's redacted text, shown as the evidence.
  window.vgCopilotUseProfile = function (profile, text) {
    setError('');
    state.text = text || '';
    state.profile = profile;
    ask.reset();
    ['removed_skill_ids', 'constraints'].forEach(function (k) { if (!profile[k]) profile[k] = []; });
    busy(true, 'Matchar profilen från CV:t…');
    return runMatch();
  };

  function busy(on, msg) { analyseBtn.disabled = on; $('rematch').disabled = on; if (msg) setStatus(msg); }

  function runMatch() {
    busy(true, 'Matchar mot yrken…');
    var region = regionOf(state.profile);
    return api('/v1/match', { profile: state.profile, region: region ? region.id : null, top: TOP }).then(function (m) {
      state.match = m;
      state.dirty = false;
      render();
      busy(false, 'Klar: ' + ((m.occupations || []).length) + ' yrken.');
      $('summary-title').focus();
    }).catch(function (err) { busy(false); setStatus(''); setError(err.message); });
  }
  $('rematch').addEventListener('click', function () { runMatch(); });

  // ---- evidence highlighting (spans of the interpreted items in the pasted account)
  function evidenceItems(p) {
    var out = [];
    function add(list, cat, name) {
      (list || []).forEach(function (it, i) { if (it && it.span && it.span.quote) out.push({ cat: cat, name: name(it), span: it.span, key: cat + i }); });
    }
    add(p.skills, 'skill', function (s) { return 'Färdighet: ' + T.skillName(s); });
    add(p.experiences, 'experience', function (x) { return 'Erfarenhet: ' + T.clean(x.occupation && x.occupation.label); });
    add(p.education, 'education', function (x) { return 'Utbildning: ' + T.eduName(x); });
    add(p.grades, 'education', function (x) { return 'Betyg: ' + window.CopilotGrades.text(x); });
    add(p.languages, 'language', function (x) { return 'Språk: ' + T.langName(x.code); });
    add(p.wishes, 'wish', function (x) { return 'Önskemål: ' + T.clean(x.label); });
    add(p.constraints, 'wish', function (x) { return T.constraintText(x); });
    add(p.interests, 'wish', function (x) { return 'Intresse: ' + T.clean(x.label); });
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
      box.appendChild(h('mark', { 'class': 'cat-' + it.cat, id: 'ev-' + it.key, title: it.name, tabindex: '-1' },
        state.text.slice(it.range[0], it.range[1])));
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

  var editor = new window.CopilotProfile.Editor({
    state: state, api: api, box: $('profile'), link: link, evidenceLink: evidenceLink,
    regions: function () { return state.regions; },
    onChange: function (message) {
      renderEvidence(evidenceItems(state.profile));
      if (state.dirty) { $('rematch').hidden = false; $('stale').hidden = false; }
      setStatus(message + (state.dirty ? ' Tryck ”Matcha om med ändrad profil” när du är klar.' : ''));
      if (state.dirty) $('rematch').focus();
    }
  });

  var ask = new window.CopilotAsk.Ask({
    state: state, api: api, form: $('ask-form'), input: $('ask-q'), log: $('ask-log'), setStatus: setStatus,
    regionId: function () { var r = regionOf(state.profile); return r ? r.id : null; }
  });

  // ---- occupations
  function occView(o, cites) {
    function cite(e) {
      var u = safeUrl(e.url); if (!u) return null;
      for (var i = 0; i < cites.length; i++) if (cites[i].url === u) return cites[i];
      var c = { n: cites.length + 1, title: T.citationTitle(e, o.label), url: u }; cites.push(c); return c;
    }
    var ev = o.evidence || [], ctx = { group: o.ssyk_label ? T.clean(o.ssyk_label) + (o.ssyk_code ? ' (SSYK ' + o.ssyk_code + ')' : '') : '' };
    function facts(types) {
      return ev.filter(function (e) { return types.indexOf(e.type) >= 0; }).map(function (e) {
        var s = T.evidenceSentence(e, ctx); return s ? { text: s, cite: cite(e), type: e.type } : null;
      }).filter(Boolean);
    }
    var view = {
      id: o.id, label: T.clean(o.label), ssyk: o.ssyk_code, group: o.ssyk_label ? T.clean(o.ssyk_label) : '',
      fit: T.fit(o.score), explanation: T.explain(o, state.profile),
      matched: (o.matched_skills || []).map(function (s) { return T.clean(s.label || s); }),
      missing: (o.missing_skills || []).map(function (s) { return T.clean(s.label || s); }).filter(Boolean),
      about: facts(['description']).concat(facts(['occupation'])).slice(0, 1),
      market: facts(['demand', 'salary', 'outlook']), rules: facts(['recognition', 'education_requirement']),
      education: facts(['course', 'programme']).slice(0, 4), ads: facts(['ad']).slice(0, 2),
      interests: facts(['interest_profile']), hasEvidence: ev.length > 0, sources: []
    };
    if (view.hasEvidence && !view.market.some(function (f) { return f.type === 'outlook'; })) {
      view.market.push({ text: 'Ingen prognos från Arbetsförmedlingens yrkesbarometer är kopplad till yrkesgruppen i de data som finns.', cite: null, type: 'outlook' });
    }
    [view.about, view.market, view.rules, view.education, view.ads, view.interests].forEach(function (list) {
      list.forEach(function (f) { if (f.cite && view.sources.indexOf(f.cite) < 0) view.sources.push(f.cite); });
    });
    if (safeUrl(o.url)) { var c = cite({ url: o.url, title: o.label, type: 'occupation' }); if (view.sources.indexOf(c) < 0) view.sources.push(c); }
    return view;
  }

  function citeLink(c) {
    return h('a', { href: c.url, target: '_blank', rel: 'noopener noreferrer', 'class': 'cite', title: c.title,
      'aria-label': 'Källa ' + c.n + ': ' + c.title }, '[' + c.n + ']');
  }
  function factList(list, cls) {
    var ul = h('ul', { 'class': cls });
    list.forEach(function (f) {
      var li = h('li', null, f.text + ' ');
      if (f.cite) li.appendChild(citeLink(f.cite));
      ul.appendChild(li);
    });
    return ul;
  }

  function renderOccupations() {
    var ol = $('occupations'); ol.textContent = '';
    var cites = []; state.views = [];
    $('fit-legend').textContent = T.fitLegend();
    var occs = state.match.occupations || [];
    $('no-occupations').hidden = occs.length > 0;
    occs.forEach(function (o) {
      var v = occView(o, cites); state.views.push(v);
      var li = h('li', { 'class': 'occupation', 'data-occupation-id': v.id });
      li.appendChild(h('h4', null, v.label + (v.ssyk ? ' (SSYK ' + v.ssyk + (v.group ? ', ' + v.group : '') + ')' : '')));
      var score = h('div', { 'class': 'score' });
      score.appendChild(h('span', null, 'Passning: ' + v.fit + ' av 100 (' + T.fitWord(v.fit) + ')'));
      var meter = h('meter', { min: '0', max: '100', value: String(v.fit), 'aria-label': 'Passning ' + v.fit + ' av 100' });
      score.appendChild(meter);
      li.appendChild(score);
      li.appendChild(h('p', { 'class': 'why' }, v.explanation));
      [['Klientens färdigheter som yrket efterfrågar', v.matched, 'matched'],
       ['Efterfrågas ofta, men klienten har inte nämnt', v.missing, 'missing']].forEach(function (g) {
        if (!g[1].length) return;
        li.appendChild(h('div', null, g[0] + ':'));
        var ul = h('ul', { 'class': 'chips ' + g[2] }); g[1].forEach(function (s) { ul.appendChild(h('li', null, s)); }); li.appendChild(ul);
      });
      if (v.about.length) li.appendChild(factList(v.about, 'facts about'));
      if (v.market.length) { li.appendChild(h('div', { 'class': 'sub' }, 'Arbetsmarknad och lön:')); li.appendChild(factList(v.market, 'facts market')); }
      if (v.rules.length) { li.appendChild(h('div', { 'class': 'sub' }, 'Krav och legitimation:')); li.appendChild(factList(v.rules, 'facts rules')); }
      if (v.education.length) { li.appendChild(h('div', { 'class': 'sub' }, 'Utbildningsvägar:')); li.appendChild(factList(v.education, 'facts education')); }
      if (v.interests.length) li.appendChild(factList(v.interests, 'facts interests'));
      if (v.ads.length) { li.appendChild(h('div', { 'class': 'sub' }, 'Platsannonser:')); li.appendChild(factList(v.ads, 'facts ads')); }
      if (!v.hasEvidence) li.appendChild(h('p', { 'class': 'hint' }, 'Inga källuppgifter om lön och efterfrågan hämtades för det här yrket.'));
      if (v.sources.length) {
        var p = h('p', { 'class': 'sources' }, 'Källor: ');
        v.sources.forEach(function (c) { p.appendChild(citeLink(c)); p.appendChild(document.createTextNode(' ')); });
        li.appendChild(p);
      }
      ol.appendChild(li);
    });
    state.cites = cites;
    var ex = state.match.excluded || [], ul = $('excluded'); ul.textContent = '';
    ex.forEach(function (x) { ul.appendChild(h('li', { 'class': 'excluded' }, T.exclusionText(x))); });
    $('excluded-box').hidden = !ex.length;
  }

  function languageLine(p) {
    return 'Region: ' + (regionOf(p) ? regionOf(p).name : 'Hela Sverige') + ' · Berättelsens språk: ' + T.langName(p.language);
  }

  function render() {
    summary.hidden = false;
    $('summary-title').setAttribute('tabindex', '-1');
    $('meta').textContent = languageLine(state.profile) + ' · ' + new Date().toLocaleString('sv-SE');
    renderEvidence(evidenceItems(state.profile));
    editor.render();
    renderOccupations();
    $('rematch').hidden = !state.dirty;
    $('stale').hidden = !state.dirty;
    var qs = T.questions(state.match, state.profile), ul = $('questions'); ul.textContent = '';
    qs.forEach(function (q) { ul.appendChild(h('li', null, q)); });
    $('questions-section').hidden = !qs.length;
  }

  // ---- export
  function md(s) { return String(s == null ? '' : s).replace(/([\\`*_\[\]<>|])/g, '\\$1').replace(/\s*\n\s*/g, ' '); }
  function toMarkdown() {
    var p = state.profile, out = [];
    out.push('# Fallsammanfattning', '');
    out.push('- Skapad: ' + new Date().toLocaleString('sv-SE'), '- ' + md(languageLine(p)), '');
    out.push('> Genererad av Vägledning ur öppna data. Kontrollera källorna; förslagen ersätter inte en professionell bedömning.', '');
    out.push('## Profil', '');
    function sec(title, list, fn) {
      out.push('### ' + title, '');
      if (!list || !list.length) out.push('- Inget angivet');
      (list || []).forEach(function (x) { out.push('- ' + fn(x) + (x.added_by ? ' (tillagd av vägledaren)' : '')); });
      out.push('');
    }
    var q = function (x) { return x.span && x.span.quote ? ' — ”' + md(x.span.quote.trim()) + '”' : ''; };
    sec('Erfarenheter', p.experiences, function (x) {
      return md(T.clean(x.occupation && x.occupation.label)) + (x.ssyk_code ? ' (SSYK ' + x.ssyk_code + ')' : '') +
        (x.years ? ', ' + T.num(x.years) + ' år' : '') + (x.abroad ? ', utomlands' : '') + q(x);
    });
    sec('Färdigheter och körkort', p.skills, function (s) { return md(T.skillName(s)) + q(s); });
    sec('Utbildning', p.education, function (x) { return md(T.eduName(x)) + q(x); });
    sec('Betyg och ämnen', p.grades, function (x) { return md(window.CopilotGrades.text(x)) + q(x); });
    sec('Språk', p.languages, function (x) { return md(T.langName(x.code)) + (x.level ? ' – ' + md(x.level) : '') + q(x); });
    sec('Önskemål och intressen', (p.wishes || []).concat(p.interests || []), function (x) { return md(T.clean(x.label)) + q(x); });
    sec('Begränsningar och villkor', (p.constraints || []), function (x) { return md(T.constraintText(x)) + q(x); });
    var removed = (p.removed_skill_ids || []).filter(function (id) { return !T.licenceById(id); }).length;
    if (removed) out.push('_Borttagna av vägledaren: ' + removed + ' färdighet(er)._', '');
    out.push('## Yrken som matchar', '');
    if (state.dirty) out.push('> Obs: profilen har ändrats efter den senaste matchningen. Listan nedan gäller profilen före ändringarna.', '');
    out.push('_' + md(T.fitLegend()) + '_', '');
    state.views.forEach(function (v, i) {
      out.push('### ' + (i + 1) + '. ' + md(v.label) + (v.ssyk ? ' (SSYK ' + v.ssyk + ')' : '') + ' — passning ' + v.fit + ' av 100 (' + T.fitWord(v.fit) + ')', '');
      out.push(md(v.explanation), '');
      if (v.matched.length) out.push('- Klientens färdigheter som yrket efterfrågar: ' + v.matched.map(md).join(', '));
      if (v.missing.length) out.push('- Efterfrågas ofta, men klienten har inte nämnt: ' + v.missing.map(md).join(', '));
      var cite = function (f) { return f.cite ? ' [' + f.cite.n + ']' : ''; };
      v.about.concat(v.market, v.rules).forEach(function (f) { out.push('- ' + md(f.text) + cite(f)); });
      v.education.forEach(function (f) { out.push('- ' + (f.cite ? '[' + md(f.text) + '](' + f.cite.url + ')' : md(f.text)) + cite(f)); });
      v.interests.concat(v.ads).forEach(function (f) { out.push('- ' + md(f.text) + cite(f)); });
      if (v.sources.length) out.push('- Källor: ' + v.sources.map(function (c) { return '[' + c.n + ']'; }).join(' '));
      out.push('');
    });
    var ex = state.match.excluded || [];
    if (ex.length) { out.push('### Yrken som inte visas', ''); ex.forEach(function (x) { out.push('- ' + md(T.exclusionText(x))); }); out.push(''); }
    // One numbering per export (rater18 conv5): an answer's sources continue the match's numbers (a source
    // already listed keeps its number), its markers are renumbered alike, and its bullet lists stay lists.
    var turns = ask.history(), all = state.cites.slice(), byUrl = {}, next = 0;
    all.forEach(function (c) { byUrl[c.url] = c.n; next = Math.max(next, c.n); });
    if (turns.length) {
      out.push('## Frågor om fallet', '');
      turns.forEach(function (t) {
        var num = {};
        t.citations.forEach(function (c) {
          if (!(c.url in byUrl)) { byUrl[c.url] = ++next; all.push({ n: next, title: T.clean(c.title), url: c.url }); }
          num[c.n] = byUrl[c.url];
        });
        var marks = function (s) { return s.replace(/\\\[(\d+)\\\]/g, function (m, n) { return num[n] ? '[' + num[n] + ']' : ''; }); };
        out.push('**Fråga:** ' + md(t.question), '');
        String(t.answer).split(/\n{2,}/).forEach(function (para) {
          var lines = para.split('\n').map(function (l) { return l.trim(); }).filter(Boolean), prose = [];
          lines.forEach(function (l) {
            var item = /^(?:[-•*–]\s+|\d+[.)]\s+)(.*)$/.exec(l);
            if (item) { if (prose.length) { out.push(marks(md(prose.join(' '))), ''); prose = []; } out.push('- ' + marks(md(item[1]))); }
            else prose.push(l);
          });
          if (prose.length) out.push(marks(md(prose.join(' '))));
          if (lines.length) out.push('');
        });
        if (t.occupations && t.occupations.length) out.push('- Yrken i svaret: ' + t.occupations.map(md).join(', '), '');
        t.citations.forEach(function (c) { out.push('- [' + num[c.n] + '] ' + md(T.clean(c.title)) + ' — <' + c.url + '>'); });
        out.push('');
      });
    }
    var qs = T.questions(state.match, p);
    if (qs.length) { out.push('## Förslag på följdfrågor', ''); qs.forEach(function (x) { out.push('- ' + md(x)); }); out.push(''); }
    if (all.length) {
      out.push('## Källor', '');
      all.forEach(function (c) { out.push('[' + c.n + '] ' + md(c.title) + ' — <' + c.url + '>'); out.push(''); });
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
