/* Vägledarstöd: everything the copilot says, in Swedish. Turns the API's structured fields (match
 * reasons, evidence facts, profile codes, missing slots) into sentences a counsellor can read and sign,
 * so no raw field name or English fragment from the API reaches the page or the export.
 * Licence: EUPL-1.2. */
(function () {
  'use strict';

  // The matcher's signal weights (retrieval/matching.py). The fit scale below is defined from them;
  // tests/test_copilot_scale.py fails when they drift apart.
  var WEIGHTS = { experience: 1.0, wish: 1.25, similar: 0.45, skills: 0.8, interest: 0.8, esco_skills: 0.5 };
  var AVOID_FACTOR = 0.25;
  // A matcher score of FIT_FULL or more is a full fit (100): e.g. experience of the occupation plus
  // a wish or shared skills. One linear scale, so 40 always means the same thing.
  var FIT_FULL = 2.0;

  var SIGNAL_NAMES = {
    experience: 'erfarenhet av yrket', wish: 'önskat yrke', similar: 'närliggande yrke',
    skills: 'färdigheter som yrket efterfrågar', interest: 'intressen', esco_skills: 'färdigheter enligt ESCO'
  };

  var LANG_NAMES = { sv: 'svenska', en: 'engelska', ar: 'arabiska', so: 'somaliska', ti: 'tigrinja', fa: 'persiska/dari',
    uk: 'ukrainska', ru: 'ryska', de: 'tyska', fr: 'franska', es: 'spanska', tr: 'turkiska', ku: 'kurdiska',
    am: 'amhariska', pl: 'polska', fi: 'finska', bs: 'bosniska', hr: 'kroatiska', sr: 'serbiska', ps: 'pashto',
    prs: 'dari', ur: 'urdu', hi: 'hindi', bn: 'bengali', zh: 'kinesiska', vi: 'vietnamesiska', th: 'thailändska',
    it: 'italienska', pt: 'portugisiska', ro: 'rumänska', sq: 'albanska', hu: 'ungerska', el: 'grekiska',
    om: 'oromo', sw: 'swahili', ne: 'nepali', ta: 'tamil', nl: 'nederländska', da: 'danska', no: 'norska',
    et: 'estniska', lv: 'lettiska', lt: 'litauiska', bg: 'bulgariska', mk: 'makedonska', hy: 'armeniska',
    ka: 'georgiska', az: 'azerbajdzjanska', uz: 'uzbekiska', my: 'burmesiska', tl: 'tagalog', ja: 'japanska',
    ko: 'koreanska', he: 'hebreiska', mn: 'mongoliska' };
  // What the counsellor can choose for a language (free text from the interpreter is shown as it is).
  var LANG_LEVELS = [
    ['modersmål', 'Modersmål'], ['flytande', 'Flytande'], ['god', 'God'],
    ['grundläggande', 'Grundläggande'], ['nybörjare', 'Nybörjare']
  ];
  // Education levels: the interpreter's bands (assistant/interpretation/cues.yaml), SUN 2000 level 1, SeQF.
  var EDU_LEVELS = [
    { band: 'grundskola_kort', sun: '1', seqf: null, name: 'Grundskola, kortare än 9 år' },
    { band: 'grundskola', sun: '2', seqf: 2, name: 'Grundskola (9 år)' },
    { band: 'gymnasium', sun: '3', seqf: 4, name: 'Gymnasieutbildning' },
    { band: 'eftergymnasial_lt3', sun: '4', seqf: 5, name: 'Eftergymnasial utbildning, kortare än 3 år (t.ex. yrkeshögskola)' },
    { band: 'eftergymnasial_ge3', sun: '5', seqf: 6, name: 'Eftergymnasial utbildning, 3 år eller mer (t.ex. kandidatexamen)' },
    { band: 'forskarutbildning', sun: '6', seqf: 8, name: 'Forskarutbildning' }
  ];
  // Driving licences: JobTech concept ids as in retrieval/lexicon/skills.yaml (type driving-licence).
  var LICENCES = [
    { id: 'VTK8_WRx_GcM', cat: 'B', name: 'personbil' }, { id: 'bcFd_Vkt_KXL', cat: 'BE', name: 'personbil med tung släpvagn' },
    { id: 'BKCx_hST_Pcm', cat: 'C', name: 'lastbil' }, { id: 'zZu8_iZ9_wMH', cat: 'CE', name: 'lastbil med släp' },
    { id: 'hK1a_wsQ_4UG', cat: 'D', name: 'buss' }, { id: 'hK8X_cX9_5P4', cat: 'A', name: 'motorcykel' }
  ];
  var PENDING_PREFIX = 'korkort_ej_giltigt:';
  // Conditions the counsellor can record, as the profile's constraint kinds (vagledning/domain/profile.py):
  // a limitation excludes occupations whose cited demands meet it (retrieval/constraints.py).
  var LIMIT_NAMES = { lifting: 'kan inte lyfta tungt', back: 'har ryggbesvär', standing: 'kan inte stå länge', sitting: 'kan inte sitta länge',
    allergy: 'har allergi', night: 'kan inte arbeta natt', daytime: 'kan bara arbeta dagtid (inte kvällar, helger, skift)',
    part_time: 'kan bara arbeta deltid', knees: 'har knäbesvär', shoulders: 'har axelbesvär', skin: 'har eksem eller hudbesvär',
    reading: 'har läs- och skrivsvårigheter', hearing: 'har nedsatt hörsel', sight: 'har nedsatt syn',
    heights: 'kan inte arbeta på höjd' };
  var CONDITIONS = [
    ['limitation', 'lifting', 'Kan inte lyfta tungt'], ['limitation', 'back', 'Ryggbesvär'],
    ['limitation', 'standing', 'Kan inte stå länge'], ['limitation', 'sitting', 'Kan inte sitta länge'], ['limitation', 'allergy', 'Allergi'],
    ['limitation', 'night', 'Kan inte arbeta natt'], ['limitation', 'daytime', 'Bara dagtid'], ['limitation', 'part_time', 'Bara deltid'],
    ['no_study', 'true', 'Vill inte studera nu, vill ha arbete'],
    ['age', 'pupil', 'Går i skolan (ung person)']
  ];
  var SLOT_QUESTIONS = {
    experience: 'Vilka arbeten har klienten haft, i Sverige eller i andra länder, och hur länge?',
    wish: 'Vad vill klienten arbeta med, eller vad tycker hen om att göra?',
    region: 'I vilken del av Sverige vill klienten bo och arbeta?',
    education: 'Vilken utbildning har klienten, och i vilket land gick hen den?',
    language: 'Vilka språk talar klienten, och hur bra talar hen svenska?'
  };

  function num(n) {
    return typeof n === 'number' ? n.toLocaleString('sv-SE').replace(/\u00a0/g, ' ') : String(n);
  }
  function fold(s) { return String(s || '').toLowerCase().replace(/\s+/g, ' ').trim(); }
  function clean(s) { return String(s || '').replace(/\u2713/g, '').replace(/\s+/g, ' ').trim(); }
  function firstSentence(s, max) {
    var t = clean(s), m = t.match(/^.*?[.!?](\s|$)/);
    t = m ? m[0].trim() : t;
    return t.length > (max || 220) ? t.slice(0, (max || 220) - 1).replace(/\s+\S*$/, '') + '…' : t;
  }
  function quoteList(list) { return list.map(function (q) { return '”' + clean(q) + '”'; }).join(', '); }

  /** 0–100 fit from the matcher's score: linear, FIT_FULL = 100. */
  function fit(score) {
    if (typeof score !== 'number' || !isFinite(score) || score <= 0) return 0;
    return Math.min(100, Math.round(score / FIT_FULL * 100));
  }
  function fitWord(f) {
    return f >= 75 ? 'stark' : f >= 45 ? 'god' : f >= 20 ? 'möjlig' : 'svag';
  }
  /** The legend shown once above the list and in the export. */
  function fitLegend() {
    var parts = Object.keys(WEIGHTS).map(function (k) { return SIGNAL_NAMES[k] + ' (upp till ' + num(WEIGHTS[k]) + ')'; });
    return 'Passning 0–100 räknas lika för alla yrken: matcharens poäng delat med ' + num(FIT_FULL) +
      ', gånger 100, högst 100. Poängen är summan av signalerna: ' + parts.join(', ') +
      '. Ett yrke vars namn innehåller något klienten vill undvika får en fjärdedel av poängen. ' +
      'Ett önskat yrke visas först. Yrken som klienten inte vill ha, eller som kräver något klienten inte klarar enligt källorna, visas inte. ' +
      '75 eller mer = stark, 45–74 = god, 20–44 = möjlig, under 20 = svag passning.';
  }

  function avoidedBy(label, profile) {
    var l = fold(label);
    return ((profile && profile.constraints) || []).filter(function (c) {
      var t = fold(c.label); return c.kind === 'avoid' && t && (l.indexOf(t) >= 0 || t.indexOf(l) >= 0);
    });
  }

  /** Why an occupation was suggested, as Swedish sentences (from reasons, led_by, matched skills). */
  function explain(o, profile) {
    var r = o.reasons || [], out = [];
    var quotes = (o.led_by || []).filter(function (q) { return q && clean(q); }).slice(0, 3);
    var basis = quotes.length ? ' (klienten skrev ' + quoteList(quotes) + ')' : '';
    if (r.indexOf('experience') >= 0) out.push('Klienten har arbetat i yrket' + basis + '.');
    else if (r.indexOf('similar') >= 0) out.push('Yrket ligger nära det klienten har arbetat med' + basis + '.');
    if (r.indexOf('wish') >= 0) out.push('Klienten vill arbeta med detta' + (r.indexOf('experience') < 0 && r.indexOf('similar') < 0 ? basis : '') + '.');
    if (r.indexOf('skills') >= 0) {
      var m = (o.matched_skills || []).map(function (s) { return clean(s.label || s); });
      out.push(m.length ? 'Yrket efterfrågar ' + (m.length === 1 ? 'en' : num(m.length)) + ' av klientens färdigheter: ' + m.join(', ') + '.'
        : 'Arbetsgivare efterfrågar färdigheter som klienten har.');
    }
    if (r.indexOf('esco_skills') >= 0) out.push('Klientens färdigheter finns bland yrkets krav i ESCO.');
    if (r.indexOf('interest') >= 0) out.push('Yrket passar det klienten är intresserad av.');
    var avoid = avoidedBy(o.label, profile);
    if (avoid.length) out.push('Längre ner i listan eftersom klienten vill undvika ' + quoteList(avoid.map(function (c) { return c.label; })) + '.');
    if (!out.length) out.push('Föreslaget utifrån profilen som helhet.');
    return out.join(' ');
  }

  function requirementText(f) {
    var lic = clean(f.licence), auth = clean(f.authority);
    if (f.requirement === 'title_protected') return 'Yrkestiteln är skyddad: ' + lic + ' utfärdas av ' + auth + '.';
    if (f.requirement === 'required_for_some_work') return lic + ' krävs för vissa arbetsuppgifter och utfärdas av ' + auth + '.';
    return lic + ' krävs för att arbeta i yrket och utfärdas av ' + auth + '.';
  }

  /** One evidence item as a Swedish sentence, or null when it is not shown as a sentence. */
  function evidenceSentence(e, ctx) {
    var f = e.facts || {}, group = ctx && ctx.group ? 'yrkesgruppen ' + ctx.group : 'yrkesgruppen';
    if (e.type === 'demand' && typeof f.national === 'number') {
      var year = f.year || 2024;
      if (f.region_name && typeof f.regional === 'number') {
        return 'Under ' + year + ' publicerades ' + num(f.regional) + ' platsannonser för ' + group + ' i ' + f.region_name +
          ' och ' + num(f.national) + ' i hela Sverige.';
      }
      return 'Under ' + year + ' publicerades ' + num(f.national) + ' platsannonser för ' + group + ' i hela Sverige' +
        (f.region_name ? ' (siffran för ' + f.region_name + ' saknas)' : '') + '.';
    }
    if (e.type === 'salary' && typeof f.median === 'number') {
      var span = typeof f.low === 'number' && typeof f.high === 'number'
        ? ', spannet i källan är ' + num(f.low) + '–' + num(f.high) + ' kr' : '';
      return 'Månadslön för ' + group + ' enligt SCB:s lönestatistik: median ' + num(f.median) + ' kr' + span + '.';
    }
    if (e.type === 'outlook') {
      var bits = [f.competition && clean(f.competition) + ' chanser till arbete', f.outlook && clean(f.outlook)].filter(Boolean);
      return bits.length ? 'Arbetsförmedlingens yrkesbarometer: ' + bits.join('; ') + '.' : null;
    }
    if (e.type === 'course') {
      return 'Arbetsmarknadsutbildning: ' + clean(e.title) + (f.place ? ' i ' + clean(f.place) : '') +
        (f.in_region ? ' (i vald region)' : '') + '.';
    }
    if (e.type === 'programme') {
      var p = [f.provider && clean(f.provider), f.yh_points && num(f.yh_points) + ' YH-poäng',
        f.pace_percent && 'studietakt ' + num(f.pace_percent) + ' %', f.study_form && clean(f.study_form)].filter(Boolean);
      return 'Yrkeshögskoleutbildning: ' + clean(e.title) + (p.length ? ' (' + p.join(', ') + ')' : '') + '.';
    }
    if (e.type === 'recognition') {
      if (f.licence && f.authority) return requirementText(f);
      return 'Legitimation eller behörighet: ' + firstSentence(e.snippet, 300);
    }
    if (e.type === 'education_requirement') return 'Utbildningskrav: ' + firstSentence(f.requirement || e.snippet, 300);
    if (e.type === 'description' || e.type === 'occupation') {
      // Occupation documents start with their own title ("Kock, à la carte. Privata kockar …").
      var text = clean(e.snippet), title = clean(e.title);
      if (title && text.indexOf(title + '.') === 0) text = text.slice(title.length + 1).trim();
      return text ? 'Om yrket: ' + firstSentence(text, 220) : null;
    }
    // An ad older than the data's ad counts (f.old, retrieval/evidence.ad_is_old) is no open job: said so, with its date.
    if (e.type === 'ad' && f.old) return 'Äldre platsannons (' + String(f.date).slice(0, 10) + '), inte ett ledigt jobb nu – bara ett exempel på vad arbetsgivare i yrket skrivit: ”' + clean(e.title) + '”.';
    if (e.type === 'ad') return 'Exempel på platsannons: ”' + clean(e.title) + '”' + (f.date ? ' (' + String(f.date).slice(0, 10) + ')' : '') + '.';
    if (e.type === 'interest_profile') {
      return 'Yrkets intresseprofil (' + clean(f.holland || '') + ') liknar klientens intressen. Profilen kommer från O*NET och är gjord för amerikanska yrken.';
    }
    return null;
  }

  /** A Swedish title for a citation (the data's own title, except the English-titled O*NET profiles). */
  function citationTitle(e, occLabel) {
    if (e.type === 'interest_profile') return 'Intresseprofil (O*NET): ' + occLabel;
    if (e.type === 'skills' || e.type === 'occupation') return 'JobTech Taxonomy: ' + clean(e.title || occLabel);
    return clean(e.title) || occLabel;
  }

  function questions(match, profile) {
    var out = [];
    (match.next_questions || []).forEach(function (q) {
      var slot = typeof q === 'string' ? q : (q && (q.slot || q.id));
      if (SLOT_QUESTIONS[slot] && out.indexOf(SLOT_QUESTIONS[slot]) < 0) out.push(SLOT_QUESTIONS[slot]);
    });
    pendingLicences(profile).forEach(function (l) {
      out.push('När blir körkortet (' + l.cat + ') giltigt i Sverige, och behöver det bytas ut eller tas om?');
    });
    var gaps = window.CopilotGrades && window.CopilotGrades.question(profile);
    if (gaps) out.push(gaps);
    var noYears = (profile.experiences || []).filter(function (x) { return !x.years; })[0];
    if (noYears) out.push('Hur länge arbetade klienten som ' + clean(noYears.occupation && noYears.occupation.label).toLowerCase() + '?');
    var abroad = (profile.experiences || []).filter(function (x) { return x.abroad; })[0];
    if (abroad) out.push('Har klienten betyg, intyg eller legitimation från arbetet som ' + clean(abroad.occupation.label).toLowerCase() + ' i ett annat land?');
    return out;
  }

  function licenceById(id) { return LICENCES.filter(function (l) { return l.id === id; })[0] || null; }
  function pendingLicences(profile) {
    return ((profile && profile.constraints) || []).filter(function (c) {
      return c.kind === 'other' && String(c.value).indexOf(PENDING_PREFIX) === 0;
    }).map(function (c) {
      var cat = String(c.value).slice(PENDING_PREFIX.length);
      return LICENCES.filter(function (l) { return l.cat === cat; })[0] || { cat: cat, name: '' };
    });
  }
  function langName(code) { return LANG_NAMES[code] || code || 'okänt språk'; }
  // Introduction programmes of the gymnasium (read by assistant/interpretation/school_gaps.py): no gymnasium exam,
  // compulsory school's level.
  var INTRO_NAMES = { 'språkintroduktion': 'Språkintroduktion (introduktionsprogram på gymnasiet, ger ingen gymnasieexamen)',
    'introduktionsprogram': 'Introduktionsprogram på gymnasiet (ger ingen gymnasieexamen)' };
  function introName(x) { return (x && INTRO_NAMES[x.label]) || ''; }
  function eduName(x) {
    if (introName(x)) return introName(x) + ', grundskolenivå';
    var byBand = EDU_LEVELS.filter(function (l) { return l.band === x.label; })[0];
    var bySun = EDU_LEVELS.filter(function (l) { return x.sun_level && l.sun === String(x.sun_level); })[0];
    var lvl = byBand || bySun;
    return lvl ? lvl.name : (x.label || 'Utbildning');
  }
  function skillName(s) {
    var lic = licenceById(s.id);
    return lic ? 'Körkort ' + lic.cat + ' (' + lic.name + ')' : clean(s.label);
  }
  function constraintText(c) {
    if (c.kind === 'region') return 'Region: ' + clean(c.label);
    if (c.kind === 'municipality') return 'Kommun: ' + clean(c.label);
    if (c.kind === 'avoid') {
      return c.concept && c.concept.kind === 'occupation' ? 'Vill inte arbeta som ' + clean(c.concept.label).toLowerCase() +
        ' (gäller hela yrkesgruppen)' : 'Vill undvika: ' + clean(c.label);
    }
    if (c.kind === 'limitation') {
      var n = LIMIT_NAMES[c.value]; return 'Begränsning: ' + (n ? n : clean(c.label));
    }
    if (c.kind === 'no_study') return 'Vill inte studera nu, vill ha arbete';
    if (c.kind === 'age') return c.value === 'pupil' ? 'Går i skolan' : 'Ålder: ' + clean(c.value) + ' år';
    if (c.kind === 'study_pace') return 'Studietakt: ' + (/^\d+$/.test(String(c.value)) ? c.value + ' %' : clean(c.label));
    if (c.kind === 'distance_learning') return 'Vill studera på distans';
    if (String(c.value).indexOf(PENDING_PREFIX) === 0) {
      var cat = String(c.value).slice(PENDING_PREFIX.length);
      return 'Körkort ' + cat + ': inte giltigt än';
    }
    // retrieval/constraints.CHANGE_FIELD: "another job", "something else"
    if (c.kind === 'other' && c.value === 'change_field') return 'Vill byta till annat än det hen har arbetat med';
    // (vagledning/domain/profile.NO_UNIVERSITY, interpretation/constraints.FAMILY, interpretation/own_pay.PAY_PREFIX)
    if (c.kind === 'other' && c.value === 'no_university') return 'Vill inte läsa på universitet eller högskola';
    if (c.kind === 'other' && c.value === 'family') return 'Försörjer familj';
    if (c.kind === 'other' && String(c.value).indexOf('pay:') === 0) {
      var kr = Number(String(c.value).slice(4));
      return 'Egen lön (enligt klienten): ' + (isFinite(kr) && kr > 0 ? num(kr) + ' kr i månaden' : clean(c.label));
    }
    return 'Villkor: ' + clean(c.label);
  }

  /** Why an occupation was left out (MatchResult.excluded), as a Swedish sentence. ESCO's skill
   * labels are English, so for those the source is named, not quoted. */
  function exclusionText(x) {
    var who = x.reason === 'avoid' ? 'klienten inte vill arbeta med ' + (x.evidence ? '”' + clean(x.evidence).toLowerCase() + '”' : 'det')
      : x.reason === 'adult_licence' ? 'yrket kräver ett tillstånd som bara vuxna kan få (' + clean(x.evidence) + ')'
      : 'klienten ' + (LIMIT_NAMES[x.reason] || 'har en begränsning');
    var src = '';
    if (x.reason !== 'avoid' && x.reason !== 'adult_licence' && x.doc_id) {
      if (String(x.doc_id).indexOf('esco:') === 0) src = ' Enligt ESCO är det en nödvändig färdighet i yrket.';
      else if (String(x.doc_id).indexOf('jobtech:') === 0) src = ' Arbetsgivare efterfrågar: ”' + clean(x.evidence) + '”.';
      else if (x.evidence) src = ' Arbetsförmedlingens yrkesbeskrivning: ”' + firstSentence(x.evidence, 200) + '”';
    }
    return clean(x.label) + ' är inte med eftersom ' + who + '.' + src;
  }

  // DOM helpers shared by the copilot scripts (this file loads first).
  function h(tag, attrs, text) {
    var el = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) { if (attrs[k] != null) el.setAttribute(k, attrs[k]); });
    if (text != null) el.textContent = text;
    return el;
  }
  function safeUrl(u) { return typeof u === 'string' && /^https?:\/\//i.test(u) ? u : null; }

  window.CopilotText = {
    h: h, safeUrl: safeUrl,
    WEIGHTS: WEIGHTS, AVOID_FACTOR: AVOID_FACTOR, FIT_FULL: FIT_FULL, LANG_NAMES: LANG_NAMES, LANG_LEVELS: LANG_LEVELS,
    EDU_LEVELS: EDU_LEVELS, LICENCES: LICENCES, CONDITIONS: CONDITIONS, LIMIT_NAMES: LIMIT_NAMES, PENDING_PREFIX: PENDING_PREFIX,
    fit: fit, fitWord: fitWord, fitLegend: fitLegend, explain: explain, evidenceSentence: evidenceSentence,
    citationTitle: citationTitle, questions: questions, licenceById: licenceById, pendingLicences: pendingLicences,
    langName: langName, eduName: eduName, introName: introName, skillName: skillName, constraintText: constraintText, exclusionText: exclusionText, clean: clean, num: num
  };
})();
