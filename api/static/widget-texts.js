/* Vägledning widget — its texts in the eight languages of the selector: UI strings, and the
 * occupation cards' questions. A card's question is a whole sentence naming the occupation, in the
 * language the person chose, so the assistant answers about THAT occupation whatever came before
 * (tests/unit/test_widget_questions.py checks every sentence against the assistant's intent cues).
 * The texts themselves are in widget-texts.json; this module hands them to the other modules.
 * Part of the /widget.js bundle (api/routers/pages.py); VG is the bundle's shared namespace. */
(function () {
  'use strict';
  var LANGS = [['sv', 'Svenska'], ['sv-easy', 'Lätt svenska'], ['en', 'English'], ['ar', 'العربية'],
    ['so', 'Soomaali'], ['ti', 'ትግርኛ'], ['fa', 'دری/فارسی'], ['uk', 'Українська']];
  var RTL = { ar: 1, fa: 1 };
  // The texts are data: widget-texts.json, one entry per language with its UI strings (ui), the
  // occupation cards' texts (cards) and the CV check's (cv); the bundle puts it in VG.TEXTS
  // (api/routers/pages.py). ui keys: title, open, close, clear, lang, input, ph, send, sources, typing,
  // welcome, privacy, errNet, err, you, bot, source, llmOff.
  // Occupation cards are rendered from the answer's structured `occupations`, never from its text.
  // cards: code: how the SSYK code is named; ask: what a card's buttons are about; q: {aspect: [button,
  // question]}. The occupation's Swedish title goes in «…», as the assistant writes occupation titles.
  function part(name) {
    var out = {};
    Object.keys(VG.TEXTS).forEach(function (lang) { out[lang] = VG.TEXTS[lang][name]; });
    return out;
  }
  var T = part('ui'), OCC_T = part('cards');
  // The order of a card's buttons; the aspect the answer was about is left out of its cards.
  var ASPECTS = ['describe', 'salary', 'demand', 'courses', 'licence', 'swedish'];

  VG.LANGS = LANGS; VG.RTL = RTL; VG.T = T; VG.OCC_T = OCC_T; VG.CV_T = part('cv'); VG.ASPECTS = ASPECTS;
})();
