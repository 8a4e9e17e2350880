"""Synthetic corpora for benchmarks and tests: documents recombined from the bundled sample's
sentences (same language; two or three paragraphs of two to four sentences), with random
publication dates and outlets, and a share of syndicated copies (an earlier document
re-published elsewhere with one paragraph dropped or one sentence added)."""
from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Iterator
from pathlib import Path

from ..resources import package_path

HOSTS = tuple(f"www.outlet{i:02d}.example" for i in range(24))


_SENTENCE_END = re.compile(r"(?<=[.!?“»])\s+(?=[A-ZÄÖÜÉÈÀÇ«„])")


def sample_sentences() -> dict[str, list[str]]:
    """The sample articles' sentences by language (distinct, in order of appearance)."""
    out: dict[str, list[str]] = {}
    with open(package_path("data", "sample", "articles.jsonl"), encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                for para in record["text"].split("\n\n"):
                    for sentence in _SENTENCE_END.split(para.strip()):
                        if len(sentence) > 40 and sentence not in out.setdefault(record["lang"], []):
                            out[record["lang"]].append(sentence)
    return out


def documents(n: int, seed: int = 0, copy_share: float = 0.1) -> Iterator[dict]:
    """`n` JSONL-ready documents (dicts with id, lang, pub_date, title, text, url)."""
    rng = random.Random(seed)
    sentences = sample_sentences()
    langs = sorted(sentences)
    made: list[dict] = []
    start = dt.date(2023, 1, 1)
    for i in range(n):
        if made and rng.random() < copy_share:
            original = rng.choice(made)
            paras = original["text"].split("\n\n")
            if len(paras) > 1 and rng.random() < 0.5:
                paras = paras[:-1]
            else:
                paras = paras[:-1] + [paras[-1] + " " + rng.choice(sentences[original["lang"]])]
            doc = dict(original, id=f"syn-{i:06d}", text="\n\n".join(paras), url=f"https://{rng.choice(HOSTS)}/{i:06d}")
        else:
            lang = rng.choice(langs)
            paras = [" ".join(rng.sample(sentences[lang], k=rng.randint(2, 4))) for _ in range(rng.randint(2, 3))]
            pub = start + dt.timedelta(days=rng.randrange(730))
            doc = {
                "id": f"syn-{i:06d}", "lang": lang, "pub_date": pub.isoformat(), "title": paras[0][:60],
                "text": "\n\n".join(paras), "url": f"https://{rng.choice(HOSTS)}/{lang}/{pub:%Y/%m}/{i:06d}",
            }
        made.append(doc)
        yield doc


def write_corpus(path: str | Path, n: int, seed: int = 0, copy_share: float = 0.1) -> Path:
    path = Path(path)
    with open(path, "w", encoding="utf-8") as handle:
        for doc in documents(n, seed, copy_share):
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return path
