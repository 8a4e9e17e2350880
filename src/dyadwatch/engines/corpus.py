"""Synthetic corpora for engine tests and throughput benchmarks: news-like documents made by
recombining the sentences of real-looking articles (the bundled sample, and any other JSONL
of articles such as benchmarks/heldout/articles.jsonl), with varied ids, dates and outlets,
as plain text or wrapped in an HTML page with boilerplate (navigation, cookie notice,
teasers, comment form, footer)."""
from __future__ import annotations

import datetime as dt
import html
import json
import random
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..resources import package_path

_SENTENCE_END = re.compile(r"(?<=[.!?“»\"])\s+(?=[A-ZÄÖÜÉÈÀÇ«„\"А-ЯЁ])")
HOSTS = [f"www.outlet{i:02d}.example" for i in range(24)]


def article_sources(extra: Iterable[str | Path] = ()) -> list[Path]:
    """The bundled sample's articles plus the given JSONL files that exist."""
    return [package_path("data", "sample", "articles.jsonl")] + [Path(p) for p in extra if Path(p).exists()]


def sentences_by_language(sources: Iterable[str | Path]) -> dict[str, list[str]]:
    """Distinct sentences (longer than 40 characters) of the articles, by language."""
    out: dict[str, list[str]] = {}
    seen: set[str] = set()
    for source in sources:
        with open(source, encoding="utf-8") as handle:
            for line in handle:
                if not line.strip():
                    continue
                record = json.loads(line)
                lang = record.get("lang")
                if not lang or not record.get("text"):
                    continue
                for para in record["text"].split("\n\n"):
                    for sentence in _SENTENCE_END.split(para.strip()):
                        if len(sentence) > 40 and sentence not in seen:
                            seen.add(sentence)
                            out.setdefault(lang, []).append(sentence)
    return out


def documents(n: int, sources: Iterable[str | Path] | None = None, seed: int = 0, prefix: str = "doc", langs: Iterable[str] | None = None) -> Iterator[dict]:
    """`n` JSONL-ready documents: a title and two or three paragraphs of two to four sentences
    of one language; a publication date in 2023-2024; a URL on one of 24 outlets. Every
    third document leaves its language to detection (no `lang`)."""
    rng = random.Random(seed)
    pool = sentences_by_language(sources if sources is not None else article_sources())
    languages = sorted(lang for lang in pool if (langs is None or lang in set(langs)) and len(pool[lang]) >= 4)
    start = dt.date(2023, 1, 1)
    for i in range(n):
        lang = rng.choice(languages)
        sentences = pool[lang]
        paras = [" ".join(rng.sample(sentences, k=rng.randint(2, 4))) for _ in range(rng.randint(2, 3))]
        title = sentences[rng.randrange(len(sentences))].split(",")[0].rstrip(".")[:90]
        pub = start + dt.timedelta(days=rng.randrange(730))
        doc = {
            "id": f"{prefix}-{i:06d}", "pub_date": pub.isoformat(), "title": title,
            "text": title + "\n\n" + "\n\n".join(paras), "url": f"https://{rng.choice(HOSTS)}/{lang}/{pub:%Y/%m}/{i:06d}",
        }
        if i % 3:
            doc["lang"] = lang
        yield doc


_TEASERS = {
    "de": ("Lesen Sie auch", "Mehr zum Thema"), "en": ("Read more", "Related"), "fr": ("Lire aussi", "À lire aussi"),
    "es": ("Lea también", "Más información"), "it": ("Leggi anche", "Potrebbe interessarti"), "ru": ("Читайте также", "По теме"),
}


_FILLER = ["update", "analysis", "opinion", "video", "live", "market", "weather", "travel", "culture", "science", "health", "energy", "climate", "football", "tennis", "business", "technology", "review", "interview", "podcast", "gallery", "local", "region", "city", "budget", "school", "traffic", "festival", "music", "cinema", "startup", "housing", "transport", "election", "poll", "column", "recipe"]
_SECTIONS = ["news", "politics", "economy", "sport", "culture", "science", "opinion", "travel", "health", "tech", "region", "video"]


def _words(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(_FILLER) for _ in range(n))


def html_page(doc: dict, rng: random.Random | None = None) -> str:
    """The document as a news web page of the weight of a real one (about 60 kB): a head
    with metadata, JSON-LD, styles and analytics scripts; a cookie dialog; a mega menu of
    144 links; the article (title, byline, photo with caption, paragraphs, an inline
    teaser); share buttons; 12 teaser cards; a comment section; a newsletter box; a footer
    of 60 links. Teasers and comments use neutral filler words, so that what leaks into
    the main text shows in the coding time, not in the events."""
    rng = rng or random.Random(doc["id"])
    lang = doc.get("lang", "en")
    teaser, related = _TEASERS.get(lang, _TEASERS["en"])
    paras = doc["text"].split("\n\n")
    title, body = paras[0], paras[1:]
    esc = html.escape
    pub = doc.get("pub_date", "")
    menu = "".join(
        f'<li class="menu__section"><a href="/{s}">{s.title()}</a><ul class="menu__sub">'
        + "".join(f'<li><a href="/{s}/{_words(rng, 1)}-{k}" data-track="menu-{s}-{k}">{_words(rng, 2).title()}</a></li>' for k in range(11))
        + "</ul></li>"
        for s in _SECTIONS
    )
    script = "".join(
        f"window.__cfg{k}={{\"slot\":\"ad-{k}\",\"sizes\":[[300,250],[728,90]],\"targeting\":{{\"section\":\"{rng.choice(_SECTIONS)}\",\"kw\":\"{_words(rng, 3)}\"}}}};"
        "function loadSlot" + str(k) + "(e){if(!e)return;var d=document.createElement('div');d.id='ad-" + str(k) + "';e.appendChild(d);}\n"
        for k in range(60)
    )
    style = "".join(f".c{k}{{margin:{k % 7}px;padding:{k % 5}px;color:#{k * 37 % 4096:03x};font-size:{12 + k % 6}px}}" for k in range(150))
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": pub, "author": {"@type": "Person", "name": "Staff Reporter"}, "publisher": {"@type": "Organization", "name": "Outlet"}}, ensure_ascii=False)
    article = []
    for k, p in enumerate(body):
        article.append(f"<p>{esc(p)}</p>")
        if k == 0:
            article.append(f'<div class="inline-teaser"><strong>{esc(teaser)}:</strong> <a href="/story/{rng.randrange(10**6)}">{_words(rng, 7).capitalize()}</a></div>')
            article.append('<div class="ad-slot" id="ad-inline"></div>')
    cards = "".join(
        f'<div class="card"><a href="/story/{rng.randrange(10**6)}"><img src="/img/{rng.randrange(10**6)}.jpg" alt="{_words(rng, 3)}" loading="lazy">'
        f'<h3>{_words(rng, 6).capitalize()}</h3></a><p class="card__summary">{_words(rng, 18).capitalize()}.</p><span class="card__meta">{rng.randrange(2, 59)} min</span></div>'
        for _ in range(12)
    )
    comments = "".join(f'<li class="comment"><span class="comment__author">reader{rng.randrange(10**4)}</span><p>{_words(rng, 14).capitalize()}.</p></li>' for _ in range(3))
    footer = "".join(f'<li><a href="/{_words(rng, 1)}/{k}">{_words(rng, 2).title()}</a></li>' for k in range(60))
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{esc(title)} | Outlet</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{esc(title)}"><meta property="og:type" content="article">
<meta property="og:url" content="{esc(doc.get('url', ''))}"><meta name="date" content="{pub}">
<meta property="article:published_time" content="{pub}T08:00:00Z">
<link rel="canonical" href="{esc(doc.get('url', ''))}">
<link rel="preload" href="/fonts/sans.woff2" as="font"><link rel="stylesheet" href="/css/main.css">
<script type="application/ld+json">{ld}</script>
<style>{style}</style>
<script>{script}</script></head>
<body>
<div class="cookie-dialog" role="dialog"><h2>We value your privacy</h2><p>We and our partners use cookies and similar technologies to store and access information on your device, to personalise content and ads, to measure audiences and to improve our services.</p><button>Accept all</button> <button>Settings</button> <a href="/privacy">Privacy policy</a></div>
<header class="site-header"><a class="logo" href="/">Outlet</a><nav class="menu" aria-label="Main"><ul>{menu}</ul></nav>
<form class="search" action="/search"><input name="q" placeholder="Search"><button>Search</button></form>
<a class="subscribe" href="/subscribe">Subscribe</a> <a href="/login">Log in</a></header>
<nav class="breadcrumb"><a href="/">Home</a> › <a href="/news">News</a> › <a href="/news/world">World</a></nav>
<main><article class="article">
<h1>{esc(title)}</h1>
<p class="byline">By Staff Reporter, <time datetime="{pub}">{pub}</time></p>
<figure><img src="/img/{rng.randrange(10**6)}.jpg" alt=""><figcaption>Photo: picture agency</figcaption></figure>
{"".join(article)}
<div class="share"><a href="#">Share</a> <a href="#">Post</a> <a href="#">Mail</a> <a href="#">Print</a></div>
</article>
<aside class="related"><h2>{esc(related)}</h2>{cards}</aside>
<section class="comments"><h2>Comments</h2><ul>{comments}</ul><form><textarea name="comment"></textarea><button>Post comment</button></form>
<p>Log in to join the discussion.</p></section>
<div class="newsletter"><h2>Newsletter</h2><p>The day's news in your inbox every morning.</p><form><input type="email" placeholder="E-mail"><button>Sign up</button></form></div></main>
<footer class="site-footer"><ul>{footer}</ul>
<p>© 2024 Outlet Media Group. All rights reserved. Reproduction only with written permission.</p></footer>
<script>window.addEventListener('load',function(){{for(var k=0;k<60;k++){{var f=window['loadSlot'+k];if(f)f(document.body);}}}});</script>
</body></html>"""


def html_documents(docs: Iterable[dict], seed: int = 0) -> Iterator[dict]:
    """The documents with `html` (a page around the text) instead of `text`."""
    rng = random.Random(seed)
    for doc in docs:
        out = {k: v for k, v in doc.items() if k != "text"}
        out["html"] = html_page(doc, rng)
        yield out


def write_jsonl(path: str | Path, docs: Iterable[dict]) -> Path:
    path = Path(path)
    with open(path, "w", encoding="utf-8") as handle:
        handle.writelines(json.dumps(doc, ensure_ascii=False) + "\n" for doc in docs)
    return path
