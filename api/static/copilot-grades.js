/* Vägledarstöd: school subjects and grades in the profile (copilot20). The interpreter records a subject the
 * client has no grade in ("har inte betyg i matematik") as a gap to fill, never as a refusal; the counsellor can
 * set a grade, mark it missing, remove it, or add a subject. The grades go with the profile into the re-match,
 * the questions and the Markdown export; added ones are tagged "(tillagd av vägledaren)". Licence: EUPL-1.2. */
(function () {
  'use strict';
  var T = window.CopilotText;
  var h = T.h;
  var SUBJECTS = ['Svenska', 'Svenska som andraspråk', 'Engelska', 'Matematik', 'Naturkunskap', 'Samhällskunskap',
    'Historia', 'Religionskunskap', 'Biologi', 'Fysik', 'Kemi', 'Idrott och hälsa', 'Moderna språk', 'Modersmål'];
  var GRADES = [['', 'Betyg saknas'], ['A', 'A'], ['B', 'B'], ['C', 'C'], ['D', 'D'], ['E', 'E'], ['F', 'F (inte godkänt)']];

  /** "Matematik: betyg saknas – en lucka att fylla …" / "Engelska: betyg E". */
  function gradeText(g) {
    var s = T.clean(g.subject);
    return g.grade ? s + ': betyg ' + g.grade + (g.grade === 'F' ? ' (inte godkänt – en lucka att fylla)' : '')
      : s + ': betyg saknas – en lucka att fylla, t.ex. på Komvux';
  }
  function gap(g) { return !g.grade || g.grade === 'F'; }

  /** The follow-up question the gaps raise (none when every subject has a passing grade). */
  function question(profile) {
    var gaps = ((profile && profile.grades) || []).filter(gap).map(function (g) { return T.clean(g.subject).toLowerCase(); });
    if (!gaps.length) return null;
    return 'Klienten saknar godkänt betyg i ' + gaps.join(', ') + '. Vill hen läsa in ' + (gaps.length > 1 ? 'ämnena' : 'ämnet') +
      ' på Komvux, och vilka ämnen krävs för det hen vill bli?';
  }

  function options(sel, list, chosen) {
    list.forEach(function (o) { var el = h('option', { value: o[0] }, o[1]); if (o[0] === chosen) el.selected = true; sel.appendChild(el); });
  }

  /** The profile section: one row per subject, with its grade (changeable), its evidence and a remove button. */
  function section(ed) {
    var p = ed.state.profile;
    if (!p.grades) p.grades = [];
    return ed.section('Betyg och ämnen', p.grades, function (g, i) {
      var li = h('li', { 'class': 'grade' + (gap(g) ? ' gap' : ''), 'data-subject': g.subject });
      li.appendChild(h('span', { 'class': 'grade-text' }, gradeText(g)));
      var sel = h('select', { 'class': 'grade-value', id: 'grade-' + i, 'aria-label': 'Betyg i ' + T.clean(g.subject) });
      options(sel, GRADES, g.grade || '');
      sel.addEventListener('change', function () {
        g.grade = sel.value || null;
        ed.changed('Betyget i ' + T.clean(g.subject).toLowerCase() + ' ändrades.');
      });
      li.appendChild(sel);
      ed.rowTail(li, g, 'grade' + i);
      li.appendChild(ed.removeButton('ämnet ' + T.clean(g.subject), function () {
        p.grades.splice(p.grades.indexOf(g), 1); ed.changed('Ämnet ' + T.clean(g.subject).toLowerCase() + ' togs bort.');
      }));
      return li;
    }, 'Inga betyg eller ämnen angivna.');
  }

  /** The add form: a subject (from the list, or another one typed) and its grade or "saknas". */
  function addForm(ed) {
    var p = ed.state.profile;
    return ed.simpleForm('Betyg eller ämne', 'add-grade', [
      ['Ämne', SUBJECTS.map(function (s) { return [s, s]; })], ['Betyg', GRADES]
    ], function (v, other) {
      var subject = T.clean(other) || v[0], grade = v[1] || null;
      if (!p.grades) p.grades = [];
      var have = p.grades.filter(function (g) { return T.clean(g.subject).toLowerCase() === subject.toLowerCase(); })[0];
      if (have) { have.grade = grade; have.added_by = 'vägledare'; }
      else p.grades.push({ subject: subject, grade: grade, span: { start: 0, end: 0, quote: '', message: 0 }, confidence: 1, added_by: 'vägledare' });
      ed.changed('”' + gradeText({ subject: subject, grade: grade }) + '” ' + (have ? 'rättades.' : 'lades till.'));
    }, 'Annat ämne (valfritt)');
  }

  window.CopilotGrades = { section: section, addForm: addForm, text: gradeText, question: question };
})();
