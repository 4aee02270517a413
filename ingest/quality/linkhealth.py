"""Link health of every URL an answer can cite: the shared verdict (syntax, editing/admin paths,
staging hosts), generic pages instead of the record's own, and — only when asked — a bounded,
polite HTTP check (one request at a time, a pause per host, HEAD then GET, a cap on URLs)."""
from __future__ import annotations

import time
from collections import defaultdict
from urllib.parse import urlsplit

import httpx

from ingest.quality.gather import Snapshot
from ingest.quality.model import Example, Finding, LinkRow
from vagledning.domain.links import link_note, link_verdict

#: which owner answers for the links of a kind
KIND_OWNER = {"course": "Skolverket/Susa-navet", "programme": "MYH", "ad": "JobTech", "description": "Arbetsförmedlingen",
              "statistics": "SCB", "regulated_profession": "vagledning (curated)", "interest_profile": "O*NET",
              "occupation_field": "JobTech"}
USER_AGENT = "vagledning-data-report/1 (link check; open-source career guidance)"


def http_check(urls: list[str], *, client: httpx.Client | None = None, limit: int = 200, per_host_delay: float = 1.0,
               timeout: float = 10.0) -> dict[str, str | None]:
    """url -> None when it answers 2xx/3xx, else why (status or error). At most ``limit`` URLs, one at a
    time, ``per_host_delay`` seconds between requests to one host. ``client`` is injectable (tests
    pass an httpx.MockTransport client; the network is never touched in tests)."""
    own = client is None
    client = client or httpx.Client(timeout=timeout, follow_redirects=True, headers={"User-Agent": USER_AGENT})
    last: dict[str, float] = {}
    out: dict[str, str | None] = {}
    try:
        for url in urls[:limit]:
            host = urlsplit(url).hostname or ""
            wait = last.get(host, 0.0) + per_host_delay - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            out[url] = _probe(client, url)
            last[host] = time.monotonic()
    finally:
        if own:
            client.close()
    return out


def _probe(client: httpx.Client, url: str) -> str | None:
    try:
        resp = client.head(url)
        if resp.status_code in (405, 403, 501):  # some servers refuse HEAD: ask once with GET
            resp = client.get(url)
    except httpx.HTTPError as exc:
        return type(exc).__name__
    return None if resp.status_code < 400 else f"HTTP {resp.status_code}"


def _owner(kind: str, docs: list[dict]) -> str:
    # statistics documents link to the ads dataset (JobTech) unless they only carry SCB salaries
    if kind == "statistics" and docs and all("scb.se" in (d.get("url") or "") for d in docs):
        return "SCB"
    return "JobTech" if kind == "statistics" else KIND_OWNER.get(kind, "vagledning")


def link_health(snap: Snapshot, http: dict[str, str | None] | None = None) -> tuple[list[LinkRow], list[Finding]]:
    rows, findings = [], []
    bad_by_owner: dict[str, list[Example]] = defaultdict(list)
    generic_by_owner: dict[str, list[Example]] = defaultdict(list)
    broken_by_owner: dict[str, list[Example]] = defaultdict(list)
    for kind, docs in snap.docs.items():
        owner = _owner(kind, docs)
        urls = [d.get("url") or "" for d in docs]
        bad = generic = checked = broken = 0
        for d, url in zip(docs, urls):
            if not url:
                continue
            ok, reason = link_verdict(url)
            ex = Example(id=d.get("doc_id", ""), label=d.get("title", ""), detail=f"{reason or link_note(url)}: {url}")
            if not ok:
                bad += 1
                bad_by_owner[owner].append(ex)
            elif link_note(url):
                generic += 1
                generic_by_owner[owner].append(ex)
            if http is not None and url in http:
                checked += 1
                if http[url]:
                    broken += 1
                    broken_by_owner[owner].append(Example(id=ex.id, label=ex.label, detail=f"{http[url]}: {url}"))
        rows.append(LinkRow(owner=owner, kind=kind, documents=len(docs), with_url=sum(1 for u in urls if u), bad=bad,
                            generic=generic, distinct_urls=len({u for u in urls if u}), http_checked=checked,
                            http_broken=broken))
    for owner, items in bad_by_owner.items():
        findings.append(Finding(code="link_bad", owner=owner, source="links", category="links", title="links into "
                                "editing/admin views, staging hosts or non-web schemes", count=len(items),
                                examples=items[:5], effect="Never cited: answers withhold these links (the same "
                                "verdict, vagledning.domain.links.link_verdict); courses with them are not offered."))
    for owner, items in generic_by_owner.items():
        findings.append(Finding(code="link_generic", owner=owner, source="links", category="links", title="links to a "
                                "search or landing page instead of the record's own page", count=len(items),
                                examples=items[:5], effect="Cited, but the person has to search again to find the "
                                "record."))
    for owner, items in broken_by_owner.items():
        findings.append(Finding(code="link_broken", owner=owner, source="links", category="links", title="links that "
                                "did not answer with a page (HTTP check)", count=len(items), examples=items[:5],
                                effect="A cited link that does not open."))
    return rows, findings


def citable_urls(snap: Snapshot) -> list[str]:
    """Distinct URLs answers may cite (verdict ok), one per host first so a capped check spreads out."""
    urls = sorted({str(d["url"]) for docs in snap.docs.values() for d in docs if d.get("url")
                   and link_verdict(str(d["url"]))[0]})
    by_host: dict[str, list[str]] = defaultdict(list)
    for u in urls:
        by_host[str(urlsplit(u).hostname or "")].append(u)
    spread: list[str] = []
    while any(by_host.values()):
        for host in sorted(by_host):
            if by_host[host]:
                spread.append(by_host[host].pop(0))
    return spread
