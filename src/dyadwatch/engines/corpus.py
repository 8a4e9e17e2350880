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


def html_page(doc: dict, rng: random.Random | None = None) -> str:
    """The document as a news web page: a head with metadata, navigation, a cookie notice,
    the article (title, paragraphs), teasers of other articles, a comment form, a footer."""
    rng = rng or random.Random(doc["id"])
    lang = doc.get("lang", "en")
    teaser, related = _TEASERS.get(lang, _TEASERS["en"])
    paras = doc["text"].split("\n\n")
    title, body = paras[0], paras[1:]
    nav = "".join(f'<li><a href="/section/{s}">{s.title()}</a></li>' for s in ("politik", "wirtschaft", "sport", "kultur", "meinung", "welt"))
    links = "".join(f'<li><a href="/story/{rng.randrange(10**6)}">{html.escape(teaser)}: story {rng.randrange(1000)}</a></li>' for _ in range(4))
    article = "\n".join(f"<p>{html.escape(p)}</p>" for p in body)
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{html.escape(title)} | Outlet</title>
<meta property="og:title" content="{html.escape(title)}">
<meta name="date" content="{doc.get('pub_date', '')}">
<link rel="canonical" href="{html.escape(doc.get('url', ''))}">
<script>window.dataLayer = window.dataLayer || []; function track(){{}}</script>
<style>body {{ font-family: sans-serif; }} .nav li {{ display: inline; }}</style></head>
<body>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button> <a href="/privacy">Privacy policy</a></div>
<header><a class="logo" href="/">Outlet</a><nav><ul class="nav">{nav}</ul></nav>
<form class="search"><input name="q" placeholder="Search"></form></header>
<main><article>
<h1>{html.escape(title)}</h1>
<p class="byline">By Staff Reporter, <time datetime="{doc.get('pub_date', '')}">{doc.get('pub_date', '')}</time></p>
{article}
<aside class="related"><h2>{html.escape(related)}</h2><ul>{links}</ul></aside>
</article>
<section class="comments"><h2>Comments</h2><form><textarea name="comment"></textarea><button>Post comment</button></form>
<p>Log in to join the discussion.</p></section></main>
<footer><ul><li><a href="/imprint">Imprint</a></li><li><a href="/terms">Terms</a></li><li><a href="/contact">Contact</a></li></ul>
<p>© 2024 Outlet Media Group. All rights reserved.</p></footer>
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
        for doc in docs:
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return path
