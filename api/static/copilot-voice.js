/* Vägledarstöd: an answer speaks to the counsellor about the client (copilot20). The assistant's answers address
 * the person ("du kan söka …"); on this page the reader is the counsellor, so the client is spoken of in the third
 * person: "du" becomes the pronoun the counsellor uses in the account and questions (hon/han; else "klienten", then
 * "hen"), "dig" the object or, in the clause of that subject, "sig", and "din/ditt/dina" "hennes/hans/hens" or
 * "sin/sitt/sina". What the counsellor asked ("det du frågar om") stays "du", as does a web address. The chat widget
 * keeps "du". Licence: EUPL-1.2. */
(function () {
  'use strict';
  var L = 'A-Za-zÅÄÖåäöÉéÜü0-9';
  var TOKEN = new RegExp('[' + L + ']+', 'g');
  var OTHER_SUBJECT = /^(det|den|man|de|vi|jag|ni)$/;
  var PRONOUNS = {
    hon: { subj: 'hon', obj: 'henne', poss: 'hennes' }, han: { subj: 'han', obj: 'honom', poss: 'hans' },
    hen: { subj: 'hen', obj: 'hen', poss: 'hens' }
  };
  var REFLEXIVE = { din: 'sin', ditt: 'sitt', dina: 'sina' };
  var ASKER = /^(?:frågar|undrar|frågade|undrade|skrev om|menar)\b/i;   // "det du frågar om": the counsellor asked
  var PARTICLE = /^(in|upp|av|till|om|ut|fram|med)$/i;

  /** The pronoun the counsellor uses for the client in ``texts`` (hon/han), else hen. */
  function pronounOf(texts) {
    var t = (texts || []).join(' ').toLowerCase(), count = function (re) { return (t.match(re) || []).length; };
    var she = count(/(^|[^a-zåäö])(hon|henne|hennes)(?![a-zåäö])/g), he = count(/(^|[^a-zåäö])(han|honom|hans)(?![a-zåäö])/g);
    return she > he ? 'hon' : he > she ? 'han' : 'hen';
  }

  function cap(s, like) { return like.charAt(0) === like.charAt(0).toUpperCase() ? s.charAt(0).toUpperCase() + s.slice(1) : s; }
  /** "Skriv in dig hos …" (an imperative with a reflexive) -> "Hon kan skriva in sig hos …". */
  function infinitive(verb) { return /[aeiouyåäö]$/i.test(verb) ? verb : verb + 'a'; }

  function clause(text, p, named) {
    var subjSeen = false;
    var words = text.split(/(\s+)/);
    if (words.length > 2 && /^[A-ZÅÄÖ][a-zåäö]+$/.test(words[0])) {
      var k = PARTICLE.test(words[2] || '') ? 4 : 2;
      if (/^(dig|dej)$/i.test(words[k] || '') && !/^(du|det|den|om|när|här|vi|jag|hos|på|i|för|med)$/i.test(words[0])) {
        words[k] = 'sig';
        text = words.join('');
        text = text.replace(/^[A-ZÅÄÖ][a-zåäö]+/, function (v) {
          subjSeen = true;
          return cap(named.first(), 'X') + ' kan ' + infinitive(v.toLowerCase());
        });
      }
    }
    return text.replace(TOKEN, function (w, at, whole) {
      var lower = w.toLowerCase();
      if (OTHER_SUBJECT.test(lower)) { subjSeen = false; return w; }   // "är hon under 18 betalas det till hennes …"
      if (!/^(du|dig|dej|din|ditt|dina)$/.test(lower)) return w;
      if (lower === 'du' && ASKER.test(whole.slice(at + w.length).replace(/^\s+/, ''))) return w;
      if (lower === 'du') { subjSeen = true; return cap(named.subject(), w); }
      if (lower === 'dig' || lower === 'dej') return cap(subjSeen ? 'sig' : named.object(), w);
      return cap(subjSeen ? REFLEXIVE[lower] : named.possessive(), w);
    });
  }

  /** ``answer`` spoken to the counsellor about the client (pronoun: hon|han|hen). */
  function aboutClient(answer, pronoun) {
    var p = PRONOUNS[pronoun] || PRONOUNS.hen, told = false;
    var named = {   // unknown gender: "klienten" first, then "hen"
      first: function () { if (pronoun !== 'hen' || told) return p.subj; told = true; return 'klienten'; },
      subject: function () { return named.first(); },
      object: function () { if (pronoun !== 'hen' || told) return p.obj; told = true; return 'klienten'; },
      possessive: function () { if (pronoun !== 'hen' || told) return p.poss; told = true; return 'klientens'; }
    };
    // ("du skrev att du är 19": what the counsellor entered is the profile)
    answer = String(answer || '').replace(/(^|[^A-Za-zÅÄÖåäö])([Dd])u skrev att/g, function (m, pre, d) {
      return pre + (d === 'D' ? 'Det' : 'det') + ' står i profilen att';
    });
    return answer.split(/(https?:\/\/\S+|«[^»]*»)/).map(function (part, i) {
      if (i % 2) return part;   // a web address, and a title quoted «…» (a source's own name), stay as they are
      return part.split(/([.!?:;,\n]+\s*|\s[–-]\s)/).map(function (c, j) { return j % 2 ? c : clause(c, p, named); }).join('');
    }).join('');
  }

  window.CopilotVoice = { aboutClient: aboutClient, pronounOf: pronounOf };
})();
