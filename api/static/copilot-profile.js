/* Vägledarstöd: the profile editor. The counsellor sees what was read from the client's account and
 * can correct it (education level, language level, years, a licence that is not valid yet), remove
 * items, and add occupations (as experience or wish) and skills from the JobTech taxonomy, education,
 * languages, driving licences, limitations and the region. The profile lives in this page only; the
 * edited profile is sent with the next match. Licence: EUPL-1.2. */
(function () {
  'use strict';
  var T = window.CopilotText;
  // Items the counsellor adds have no supporting text in the account: an empty span at message 0
  // (the API requires a span) and added_by, which the API ignores and the page shows.
  function counsellorSpan() { return { start: 0, end: 0, quote: '', message: 0 }; }

  function h(tag, attrs, text) {
    var el = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) { if (attrs[k] != null && attrs[k] !== false) el.setAttribute(k, attrs[k]); });
    if (text != null) el.textContent = text;
    return el;
  }
  function option(value, text, selected) { var o = h('option', { value: value }, text); if (selected) o.selected = true; return o; }
  var uid = 0;
  function nextId(prefix) { uid += 1; return prefix + '-' + uid; }
  function labelled(labelText, control, hidden) {
    var id = control.id || nextId('f'); control.id = id;
    var wrap = h('div', { 'class': 'field' });
    wrap.appendChild(h('label', { 'for': id, 'class': hidden ? 'sr-only' : null }, labelText));
    wrap.appendChild(control);
    return wrap;
  }
  function button(text, aria, onClick, cls) {
    var b = h('button', { type: 'button', 'aria-label': aria || null, 'class': cls || null }, text);
    b.addEventListener('click', onClick); return b;
  }
  function certainty(it) {
    if (it.added_by) return 'tillagd av vägledaren';
    var c = it.confidence;
    return c >= 0.85 ? 'tydligt i texten' : c >= 0.6 ? 'troligt' : 'osäkert, kontrollera';
  }

  function Editor(opts) {
    this.state = opts.state; this.api = opts.api; this.box = opts.box; this.regions = opts.regions;
    this.onChange = opts.onChange; this.evidenceLink = opts.evidenceLink; this.link = opts.link;
  }

  Editor.prototype.changed = function (message) { this.state.dirty = true; this.render(); this.onChange(message); };

  Editor.prototype.section = function (title, items, row, empty) {
    var s = h('section', { 'class': 'psec' }); s.appendChild(h('h4', null, title));
    if (!items.length) { s.appendChild(h('p', { 'class': 'hint' }, empty || 'Inget angivet.')); return s; }
    var ul = h('ul'); items.forEach(function (it, i) { ul.appendChild(row(it, i)); }); s.appendChild(ul);
    return s;
  };

  Editor.prototype.rowTail = function (li, it, key) {
    var q = it.span && it.span.quote ? ' ”' + it.span.quote.trim() + '”' : '';
    li.appendChild(h('span', { 'class': 'quote', dir: 'auto' }, q + ' (' + certainty(it) + ') '));
    if (q && key) li.appendChild(this.evidenceLink(key));
  };

  Editor.prototype.removeButton = function (what, onRemove) {
    return button('Ta bort', 'Ta bort ' + what, onRemove, 'remove');
  };

  Editor.prototype.render = function () {
    var self = this, p = this.state.profile, box = this.box; box.textContent = '';
    ['experiences', 'skills', 'education', 'languages', 'wishes', 'interests', 'constraints', 'removed_skill_ids']
      .forEach(function (k) { if (!p[k]) p[k] = []; });

    box.appendChild(this.section('Erfarenheter', p.experiences, function (x, i) {
      var li = h('li', { 'class': 'experience' }), name = T.clean(x.occupation && x.occupation.label);
      li.appendChild(self.link(name, x.occupation && x.occupation.url));
      if (x.ssyk_code) li.appendChild(document.createTextNode(' (SSYK ' + x.ssyk_code + ')'));
      if (x.abroad) li.appendChild(document.createTextNode(', utomlands' + (x.country ? ' (' + x.country + ')' : '')));
      self.rowTail(li, x, 'experience' + i);
      var years = h('input', { type: 'number', min: '0', max: '60', step: '0.5', inputmode: 'decimal', 'class': 'years',
        value: x.years != null ? String(x.years) : '' });
      years.addEventListener('change', function () {
        var v = parseFloat(years.value.replace(',', '.'));
        x.years = isFinite(v) && v >= 0 ? v : null;
        self.changed('Antal år för ”' + name + '” ändrades.');
      });
      li.appendChild(labelled('Antal år som ' + name, years, true));
      li.appendChild(h('span', { 'class': 'unit' }, 'år'));
      li.appendChild(self.removeButton('erfarenheten ' + name, function () {
        p.experiences.splice(p.experiences.indexOf(x), 1); self.changed('Erfarenheten ”' + name + '” togs bort.');
      }));
      return li;
    }));

    box.appendChild(this.section('Färdigheter och körkort', p.skills, function (s, i) {
      var li = h('li', { 'class': 'skill', 'data-skill-id': s.id }), name = T.skillName(s);
      li.appendChild(self.link(name, s.url || s.esco_uri));
      self.rowTail(li, s, 'skill' + i);
      var lic = T.licenceById(s.id);
      if (lic) {
        li.appendChild(button('Inte giltigt än', 'Markera körkort ' + lic.cat + ' som inte giltigt än', function () {
          self.setLicence(lic, true);
        }));
      }
      li.appendChild(self.removeButton('färdigheten ' + name, function () { self.removeSkill(s); }));
      return li;
    }));

    box.appendChild(this.section('Utbildning', p.education, function (x, i) {
      var li = h('li', { 'class': 'education' });
      var sel = h('select', { 'class': 'edu-level' }), known = false;
      T.EDU_LEVELS.forEach(function (l) {
        var on = l.band === x.label || (!known && x.sun_level && l.sun === String(x.sun_level) && !T.EDU_LEVELS.some(function (b) { return b.band === x.label; }));
        if (on) known = true;
        sel.appendChild(option(l.band, l.name, on));
      });
      if (!known) sel.insertBefore(option('', T.eduName(x) + ' (nivå okänd)', true), sel.firstChild);
      sel.addEventListener('change', function () {
        var l = T.EDU_LEVELS.filter(function (e) { return e.band === sel.value; })[0];
        if (!l) return;
        x.label = l.band; x.sun_level = l.sun; x.seqf = l.seqf;
        self.changed('Utbildningsnivån ändrades till ”' + l.name + '”.');
      });
      if (T.introName(x)) li.appendChild(h('span', { 'class': 'edu-name' }, T.introName(x) + ' – nivå: '));
      li.appendChild(labelled('Utbildningsnivå', sel, true));
      if (x.abroad) li.appendChild(document.createTextNode(' (utomlands)'));
      self.rowTail(li, x, 'education' + i);
      li.appendChild(self.removeButton('utbildningen ' + T.eduName(x), function () {
        p.education.splice(p.education.indexOf(x), 1); self.changed('Utbildningen togs bort.');
      }));
      return li;
    }));

    if (window.CopilotGrades) box.appendChild(window.CopilotGrades.section(this));

    box.appendChild(this.section('Språk', p.languages, function (x, i) {
      var li = h('li', { 'class': 'language' }), name = T.langName(x.code);
      li.appendChild(h('span', { 'class': 'lang-name' }, name.charAt(0).toUpperCase() + name.slice(1)));
      var sel = h('select', { 'class': 'lang-level' }), known = !x.level;
      sel.appendChild(option('', 'Nivå ej angiven', !x.level));
      T.LANG_LEVELS.forEach(function (l) { if (l[0] === x.level) known = true; sel.appendChild(option(l[0], l[1], l[0] === x.level)); });
      if (!known) sel.appendChild(option(x.level, x.level, true));
      sel.addEventListener('change', function () {
        x.level = sel.value || null; self.changed('Nivån i ' + name + ' ändrades.');
      });
      li.appendChild(labelled('Nivå i ' + name, sel, true));
      self.rowTail(li, x, 'language' + i);
      li.appendChild(self.removeButton('språket ' + name, function () {
        p.languages.splice(p.languages.indexOf(x), 1); self.changed('Språket ' + name + ' togs bort.');
      }));
      return li;
    }));

    var wishes = p.wishes.map(function (w, i) { return { text: 'Vill arbeta som/med: ' + T.clean(w.label), it: w, list: p.wishes, key: 'wish' + i }; })
      .concat(p.interests.map(function (w) { return { text: 'Intresse: ' + T.clean(w.label), it: w, list: p.interests }; }));
    box.appendChild(this.section('Önskemål och intressen', wishes, function (w) {
      var li = h('li', { 'class': 'wish' }, w.text); self.rowTail(li, w.it, w.key);
      li.appendChild(self.removeButton(w.text, function () { w.list.splice(w.list.indexOf(w.it), 1); self.changed('”' + w.text + '” togs bort.'); }));
      return li;
    }));

    var limits = p.constraints.filter(function (c) { return c.kind !== 'region'; });
    box.appendChild(this.section('Begränsningar och villkor', limits, function (c) {
      var text = T.constraintText(c), li = h('li', { 'class': 'constraint' }, text);
      self.rowTail(li, c, null);
      var pending = String(c.value).indexOf(T.PENDING_PREFIX) === 0;
      if (pending) {
        var cat = String(c.value).slice(T.PENDING_PREFIX.length), lic = T.LICENCES.filter(function (l) { return l.cat === cat; })[0];
        if (lic) li.appendChild(button('Nu giltigt', 'Markera körkort ' + cat + ' som giltigt', function () { self.setLicence(lic, false); }));
      }
      li.appendChild(self.removeButton(text, function () { p.constraints.splice(p.constraints.indexOf(c), 1); self.changed('”' + text + '” togs bort.'); }));
      return li;
    }));

    box.appendChild(this.regionSection());
    box.appendChild(this.addSection());
  };

  Editor.prototype.regionSection = function () {
    var self = this, p = this.state.profile, s = h('section', { 'class': 'psec' });
    s.appendChild(h('h4', null, 'Region'));
    var current = p.constraints.filter(function (c) { return c.kind === 'region'; })[0];
    var sel = h('select', { id: 'profile-region' });
    sel.appendChild(option('', 'Hela Sverige', !current));
    this.regions().forEach(function (r) { sel.appendChild(option(r.id, r.name, current && current.value === r.id)); });
    sel.addEventListener('change', function () {
      p.constraints = p.constraints.filter(function (c) { return c.kind !== 'region'; });
      var name = sel.options[sel.selectedIndex].text;
      if (sel.value) p.constraints.push({ kind: 'region', value: sel.value, label: name, concept: null, span: counsellorSpan(), confidence: 1, added_by: 'vägledare' });
      self.changed('Regionen ändrades till ' + name + '.');
    });
    s.appendChild(labelled('Klientens region', sel));
    if (current && current.span && current.span.quote) s.appendChild(h('p', { 'class': 'quote', dir: 'auto' }, '”' + current.span.quote.trim() + '”'));
    return s;
  };

  Editor.prototype.removeSkill = function (skill) {
    var p = this.state.profile;
    p.skills = p.skills.filter(function (s) { return s !== skill; });
    if (p.removed_skill_ids.indexOf(skill.id) < 0) p.removed_skill_ids.push(skill.id);
    this.changed('Färdigheten ”' + T.skillName(skill) + '” togs bort.');
  };

  /** A licence that is not valid yet is not a skill the client has: it leaves the skills (and may
   * not come back from the text) and is kept as a condition the counsellor can follow up. */
  Editor.prototype.setLicence = function (lic, pending) {
    var p = this.state.profile, value = T.PENDING_PREFIX + lic.cat;
    p.skills = p.skills.filter(function (s) { return s.id !== lic.id; });
    p.constraints = p.constraints.filter(function (c) { return c.value !== value; });
    if (pending) {
      if (p.removed_skill_ids.indexOf(lic.id) < 0) p.removed_skill_ids.push(lic.id);
      p.constraints.push({ kind: 'other', value: value, label: 'Körkort ' + lic.cat + ' (' + lic.name + '), inte giltigt än',
        concept: null, span: counsellorSpan(), confidence: 1, added_by: 'vägledare' });
    } else {
      p.removed_skill_ids = p.removed_skill_ids.filter(function (id) { return id !== lic.id; });
      p.skills.push({ id: lic.id, label: lic.cat, url: 'https://atlas.jobtechdev.se/taxonomy/' + lic.id, esco_uri: null,
        span: counsellorSpan(), confidence: 1, added_by: 'vägledare' });
    }
    this.changed('Körkort ' + lic.cat + (pending ? ' är markerat som inte giltigt än.' : ' är markerat som giltigt.'));
  };

  // ---- adding
  Editor.prototype.searchBox = function (title, kind, idPrefix, actions) {
    var self = this, form = h('form', { 'class': 'add-form', id: idPrefix + '-form', role: 'search' });
    form.appendChild(h('h5', null, title));
    var input = h('input', { type: 'search', id: idPrefix + '-q', autocomplete: 'off', maxlength: '200' });
    form.appendChild(labelled('Sök i JobTech-taxonomin', input));
    form.appendChild(h('button', { type: 'submit' }, 'Sök'));
    var results = h('ul', { 'class': 'results', id: idPrefix + '-results', 'aria-live': 'polite' });
    form.appendChild(results);
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var q = input.value.trim(); results.textContent = '';
      if (!q) { input.focus(); return; }
      results.appendChild(h('li', { 'class': 'hint' }, 'Söker…'));
      self.api('/v1/search?kind=' + kind + '&top=6&q=' + encodeURIComponent(q)).then(function (hits) {
        results.textContent = '';
        if (!hits || !hits.length) { results.appendChild(h('li', { 'class': 'hint' }, 'Inga träffar. Prova ett annat ord.')); return; }
        hits.forEach(function (hit) {
          var li = h('li', { 'class': 'result' }); li.appendChild(h('span', { 'class': 'result-title' }, T.clean(hit.title)));
          actions.forEach(function (a) {
            li.appendChild(button(a[0], a[0] + ': ' + T.clean(hit.title), function () { a[1](hit); }));
          });
          results.appendChild(li);
        });
      }).catch(function (err) { results.textContent = ''; results.appendChild(h('li', { 'class': 'error' }, err.message)); });
    });
    return form;
  };

  Editor.prototype.occupationRef = function (hit) {
    var self = this;
    // The search hit has no SSYK group; the occupation details have it (optional: added without it on failure).
    return this.api('/v1/occupations/' + encodeURIComponent(hit.id)).catch(function () { return {}; }).then(function (d) {
      var ssyk = (d && d.ssyk) || {};
      return { ref: { id: hit.id, kind: 'occupation', label: T.clean(hit.title), url: hit.url || null, esco_uri: null },
        ssyk_id: ssyk.id || null, ssyk_code: ssyk.code || null, self: self };
    });
  };

  Editor.prototype.addSection = function () {
    var self = this, p = this.state.profile, s = h('section', { 'class': 'psec add', 'aria-labelledby': 'add-title' });
    s.appendChild(h('h4', { id: 'add-title' }, 'Lägg till i profilen'));
    s.appendChild(this.searchBox('Yrke', 'occupation', 'add-occ', [
      ['Som erfarenhet', function (hit) {
        self.occupationRef(hit).then(function (o) {
          if (p.experiences.some(function (x) { return x.occupation && x.occupation.id === hit.id; })) return self.onChange('Erfarenheten finns redan.');
          p.experiences.push({ occupation: o.ref, ssyk_id: o.ssyk_id, ssyk_code: o.ssyk_code, span: counsellorSpan(), confidence: 1,
            abroad: false, country: null, years: null, recognition: null, recognition_sources: [], added_by: 'vägledare' });
          self.changed('Erfarenheten ”' + o.ref.label + '” lades till.');
        });
      }],
      ['Som önskat yrke', function (hit) {
        self.occupationRef(hit).then(function (o) {
          if (p.wishes.some(function (w) { return w.concept && w.concept.id === hit.id; })) return self.onChange('Önskemålet finns redan.');
          p.wishes.push({ kind: 'occupation', label: o.ref.label, concept: o.ref, ssyk_code: o.ssyk_code, span: counsellorSpan(),
            confidence: 1, added_by: 'vägledare' });
          self.changed('Önskemålet ”' + o.ref.label + '” lades till.');
        });
      }],
      ['Vill inte', function (hit) {
        // A refusal with its occupation: matching leaves out the occupation's whole SSYK group.
        if (p.constraints.some(function (c) { return c.kind === 'avoid' && c.concept && c.concept.id === hit.id; })) return self.onChange('Finns redan.');
        var ref = { id: hit.id, kind: 'occupation', label: T.clean(hit.title), url: hit.url || null, esco_uri: null };
        p.constraints.push({ kind: 'avoid', value: ref.label, label: ref.label, concept: ref, span: counsellorSpan(), confidence: 1, added_by: 'vägledare' });
        self.changed('”Vill inte arbeta som ' + ref.label.toLowerCase() + '” lades till.');
      }]
    ]));
    s.appendChild(this.searchBox('Färdighet', 'skill', 'add-skill', [
      ['Lägg till', function (hit) {
        if (p.skills.some(function (x) { return x.id === hit.id; })) return self.onChange('Färdigheten finns redan.');
        p.removed_skill_ids = p.removed_skill_ids.filter(function (id) { return id !== hit.id; });
        p.skills.push({ id: hit.id, label: T.clean(hit.title), url: hit.url || null, esco_uri: null, span: counsellorSpan(),
          confidence: 1, added_by: 'vägledare' });
        self.changed('Färdigheten ”' + T.clean(hit.title) + '” lades till.');
      }]
    ]));
    s.appendChild(this.simpleForm('Utbildningsnivå', 'add-edu', [
      ['Nivå', T.EDU_LEVELS.map(function (l) { return [l.band, l.name]; })]
    ], function (v) {
      var l = T.EDU_LEVELS.filter(function (e) { return e.band === v[0]; })[0];
      p.education.push({ label: l.band, sun_level: l.sun, seqf: l.seqf, field: null, abroad: false, span: counsellorSpan(), confidence: 1, added_by: 'vägledare' });
      self.changed('Utbildningen ”' + l.name + '” lades till.');
    }));
    if (window.CopilotGrades) s.appendChild(window.CopilotGrades.addForm(this));
    var langs = Object.keys(T.LANG_NAMES).filter(function (c) { return c !== 'prs'; })
      .sort(function (a, b) { return T.LANG_NAMES[a].localeCompare(T.LANG_NAMES[b], 'sv'); })
      .map(function (c) { return [c, T.LANG_NAMES[c]]; });
    s.appendChild(this.simpleForm('Språk', 'add-lang', [['Språk', langs], ['Nivå', T.LANG_LEVELS]], function (v) {
      var have = p.languages.filter(function (x) { return x.code === v[0]; })[0];
      if (have) have.level = v[1];
      else p.languages.push({ code: v[0], level: v[1], span: counsellorSpan(), confidence: 1, added_by: 'vägledare' });
      self.changed('Språket ' + T.langName(v[0]) + ' (' + v[1] + ') ' + (have ? 'rättades.' : 'lades till.'));
    }));
    s.appendChild(this.simpleForm('Körkort', 'add-licence', [
      ['Behörighet', T.LICENCES.map(function (l) { return [l.cat, l.cat + ' – ' + l.name]; })],
      ['Giltighet', [['giltigt', 'Giltigt i Sverige'], ['ej', 'Inte giltigt än']]]
    ], function (v) {
      var lic = T.LICENCES.filter(function (l) { return l.cat === v[0]; })[0];
      self.setLicence(lic, v[1] === 'ej');
    }));
    s.appendChild(this.simpleForm('Begränsning eller villkor', 'add-limit', [
      ['Typ', T.CONDITIONS.map(function (c, i) { return [String(i), c[2]]; })]
    ], function (v, text) {
      var c = T.CONDITIONS[+v[0]], label = (text || '').trim() || c[2];
      if (p.constraints.some(function (x) { return x.kind === c[0] && x.value === c[1]; })) return self.onChange('Villkoret finns redan.');
      p.constraints.push({ kind: c[0], value: c[1], label: label, concept: null, span: counsellorSpan(), confidence: 1, added_by: 'vägledare' });
      self.changed('”' + T.constraintText(p.constraints[p.constraints.length - 1]) + '” lades till.');
    }, 'Beskrivning (valfritt)'));
    return s;
  };

  /** A small form of selects (and optionally one text field) with an "add" button. */
  Editor.prototype.simpleForm = function (title, idPrefix, selects, onAdd, textLabel) {
    var form = h('form', { 'class': 'add-form', id: idPrefix + '-form' });
    form.appendChild(h('h5', null, title));
    var sels = selects.map(function (spec, i) {
      var sel = h('select', { id: idPrefix + '-' + i });
      spec[1].forEach(function (o) { sel.appendChild(option(o[0], o[1])); });
      form.appendChild(labelled(spec[0], sel));
      return sel;
    });
    var text = null;
    if (textLabel) { text = h('input', { type: 'text', id: idPrefix + '-text', maxlength: '120', dir: 'auto' }); form.appendChild(labelled(textLabel, text)); }
    form.appendChild(h('button', { type: 'submit' }, 'Lägg till'));
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      onAdd(sels.map(function (s) { return s.value; }), text ? text.value : null);
    });
    return form;
  };

  window.CopilotProfile = { Editor: Editor };
})();
