"""The output guard: what an LLM wrote is checked, sentence by sentence, before the user sees it.

Removed (and counted, so the user is told):

* **system-prompt echoes** — a sentence that repeats six or more consecutive words of our own
  prompts (and not of the evidence), or names the prompt's delimiters (``<evidence``…);
* **requests for personal identifiers** — a sentence that mentions personnummer, phone number,
  e-mail, address, bank or passport details (in any of the 8 languages): the assistant never
  needs them, so a model that talks about them is following an injection;
* **contact details not in the evidence** — a sentence holding an e-mail address, phone number,
  personnummer or street address that the evidence does not contain;
* **links not in the evidence** — a URL that no evidence item carries is cut out of the sentence;
* **citation markers of no evidence** — ``[n]`` with ``n`` outside the evidence given to the model
  is cut out, so a raw "[99]" never reaches the screen.

The guard is pure (no I/O); :class:`~assistant.composers.llm.LLMComposer` feeds it complete
sentences while streaming.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from vagledning.domain.redaction import ADDRESS, EMAIL, PHONE, PNR, redact

_WORD = re.compile(r"\w+")
_URL = re.compile(r"(?:https?://|www\.)[^\s<>()\[\]{}\"'«»]+", re.I)
_MARKER = re.compile(r"\[(\d{1,4})\]")
_EMAIL = re.compile(r"[\w.%+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,8}")
_DIGITS = re.compile(r"\+?\d[\d \-()/]{5,}\d")
_STREET = re.compile(r"[A-ZÅÄÖ][\w\-]{1,40}\.?\s{1,3}\d{1,4}[A-Za-z]?|\d{3}\s?\d{2}\s+[A-ZÅÄÖ]\w+")
SHINGLE = 6

#: Delimiters and words that only appear when a model talks about its instructions.
ECHO_MARKERS = ("<evidence", "</evidence", "<user_message", "<profile>", "system prompt", "systemprompt",
                "grounding rules", "security rules", "my instructions", "mina instruktioner", "evidence block",
                "evidence-block", "you are vägledning")

#: Personal identifiers the assistant never asks for (word stems, case-folded, 8 languages).
IDENTIFIER_WORDS = (
    # sv / sv-easy
    "personnummer", "samordningsnummer", "telefonnummer", "mobilnummer", "e-post", "epost", "mejl", "mailadress",
    "hemadress", "gatuadress", "postadress", "bankid", "kontonummer", "lösenord", "passnummer", "id-nummer",
    # en
    "personal identity number", "social security", "phone number", "telephone number", "mobile number",
    "e-mail", "email", "home address", "street address", "postal address", "bank account", "password",
    "passport number", "date of birth", "id number",
    # ar
    "الرقم الشخصي", "رقمك الشخصي", "رقم الهاتف", "رقم هاتفك", "البريد الإلكتروني", "بريدك", "عنوانك",
    "عنوان السكن", "كلمة المرور", "رقم جواز", "الحساب البنكي",
    # fa
    "شماره شخصی", "شماره تلفن", "ایمیل", "آدرس منزل", "آدرس خود", "رمز عبور", "شماره پاسپورت", "حساب بانکی",
    # so
    "lambarka shakhsiga", "lambarka taleefanka", "iimaylka", "ciwaankaaga", "erayga sirta",
    # ti
    "ናይ ውልቀ ቁጽሪ", "ቁጽሪ ተሌፎን", "ኢመይል", "ኣድራሻ",
    # uk / ru
    "персональний номер", "номер телефону", "електронну пошту", "електронна пошта", "адресу", "адреса проживання",
    "пароль", "номер паспорта", "банківський рахунок", "номер телефона",
)


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.casefold())
    return {tuple(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def _norm_digits(s: str) -> str:
    return re.sub(r"\D", "", s)


@dataclass
class GuardReport:
    """What the guard removed from one answer."""

    echoes: int = 0
    identifier_requests: int = 0
    contact_details: int = 0
    urls: int = 0
    citations: int = 0
    removed_markers: list[int] = field(default_factory=list)

    @property
    def sentences(self) -> int:
        """Sentences dropped whole."""
        return self.echoes + self.identifier_requests + self.contact_details

    @property
    def anything(self) -> bool:
        return bool(self.sentences or self.urls or self.citations)


class OutputGuard:
    """Checks model sentences against our prompts and the evidence the model was given."""

    def __init__(self, *, prompts: Iterable[str], evidence_texts: Iterable[str], evidence_urls: Iterable[str],
                 n_docs: int) -> None:
        evidence = "\n".join(evidence_texts)
        self._evidence_fold = evidence.casefold()
        self._evidence_digits = _norm_digits(evidence)
        self._prompt_shingles = set().union(*(_shingles(p) for p in prompts)) - _shingles(evidence)
        self._urls = {u.rstrip("/.").casefold() for u in evidence_urls if u}
        self._urls |= {m.group(0).rstrip("/.,;:").casefold() for m in _URL.finditer(evidence)}
        self.n_docs = n_docs
        self.report = GuardReport()

    def set_docs(self, n_docs: int, evidence_texts: Iterable[str], evidence_urls: Iterable[str]) -> None:
        """Tool calls added evidence: widen what counts as known."""
        extra = "\n".join(evidence_texts)
        self._evidence_fold += "\n" + extra.casefold()
        self._evidence_digits += _norm_digits(extra)
        self._urls |= {u.rstrip("/.").casefold() for u in evidence_urls if u}
        self._urls |= {m.group(0).rstrip("/.,;:").casefold() for m in _URL.finditer(extra)}
        self.n_docs = n_docs

    # ------------------------------------------------------------------ checks
    def _echo(self, sentence: str) -> bool:
        folded = sentence.casefold()
        if any(m in folded for m in ECHO_MARKERS):
            return True
        return bool(_shingles(sentence) & self._prompt_shingles)

    def _asks_identifier(self, sentence: str) -> bool:
        folded = sentence.casefold()
        for w in IDENTIFIER_WORDS:
            i = folded.find(w)
            # a whole word or phrase: no letter right before it ("webbadress" is not "adress")
            if i >= 0 and (i == 0 or not folded[i - 1].isalpha()) and w not in self._evidence_fold:
                return True
        return False

    def _contact(self, sentence: str) -> bool:
        counts = redact(sentence).counts
        if not any(counts.get(k) for k in (EMAIL, PHONE, PNR, ADDRESS)):
            return False
        for m in _EMAIL.finditer(sentence):
            if m.group(0).casefold() not in self._evidence_fold:
                return True
        for m in _DIGITS.finditer(sentence):
            digits = _norm_digits(m.group(0))
            if len(digits) >= 6 and digits not in self._evidence_digits:
                return True
        if counts.get(ADDRESS):
            # a street and number (or postcode) the evidence does not quote
            for m in _STREET.finditer(sentence):
                if m.group(0).casefold() not in self._evidence_fold:
                    return True
        return False

    def _url_ok(self, url: str) -> bool:
        u = url.rstrip("/.,;:!?").casefold()
        return any(u == k or u.startswith(k + "/") or k.startswith(u) and len(u) > 12 for k in self._urls)

    # ------------------------------------------------------------------ public
    def clean(self, sentence: str) -> str:
        """The sentence as the user may see it ("" when dropped whole)."""
        if not sentence.strip():
            return sentence
        if self._echo(sentence):
            self.report.echoes += 1
            return ""
        if self._asks_identifier(sentence):
            self.report.identifier_requests += 1
            return ""
        if self._contact(sentence):
            self.report.contact_details += 1
            return ""

        def url(m: re.Match[str]) -> str:
            if self._url_ok(m.group(0)):
                return m.group(0)
            self.report.urls += 1
            return ""

        out = _URL.sub(url, sentence)

        def marker(m: re.Match[str]) -> str:
            n = int(m.group(1))
            if 1 <= n <= self.n_docs:
                return m.group(0)
            self.report.citations += 1
            self.report.removed_markers.append(n)
            return ""

        out = _MARKER.sub(marker, out)
        if out != sentence:
            out = re.sub(r"[ \t]+([.,;:!?؟።])", r"\1", out)
            out = re.sub(r"[ \t]{2,}", " ", out)
            out = re.sub(r"\(\s*\)", "", out)
        return out
