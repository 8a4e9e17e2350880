"""Near-duplicate documents (syndicated copies) by MinHash over word shingles, with LSH.

A syndicated copy is the same article re-published by another outlet with small edits: a
new headline, a byline, a sentence added or cut. Word 3-shingles of the body (boilerplate
removed) keep a high Jaccard similarity under such edits, while two independent reports of
the same event, or a translation, share almost none. MinHash estimates the Jaccard
similarity from fixed-size signatures; LSH banding finds the candidates without comparing
every pair; a candidate is linked only when its estimated similarity reaches the threshold.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np

NUM_PERM = 128
SCHEME = "affine32"  # datasketch's permutation scheme (32-bit hash values); fixed so stored signatures stay comparable
SHINGLE = 3
THRESHOLD = 0.5
_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, size: int = SHINGLE) -> set[bytes]:
    """Lower-cased word n-grams of a text (the words themselves for very short texts)."""
    words = _WORD.findall(text.casefold())
    if len(words) < size:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + size]).encode() for i in range(len(words) - size + 1)}


def signature(text: str, num_perm: int = NUM_PERM) -> np.ndarray | None:
    """The MinHash signature of a text (uint32 array), or None for a text without words."""
    from datasketch import MinHash

    grams = shingles(text)
    if not grams:
        return None
    mh = MinHash(num_perm=num_perm, scheme=SCHEME)
    mh.update_batch(sorted(grams))
    return mh.hashvalues.astype(np.uint32)


def _minhash(sig: np.ndarray):
    from datasketch import MinHash

    return MinHash(hashvalues=sig, scheme=SCHEME)


def to_bytes(sig: np.ndarray) -> bytes:
    return np.asarray(sig, dtype="<u4").tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u4").astype(np.uint32)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


@dataclass
class NearDuplicateIndex:
    """Signatures of the documents seen so far; finds the near-duplicates of a new one."""

    threshold: float = THRESHOLD
    num_perm: int = NUM_PERM
    _signatures: dict[str, np.ndarray] = field(default_factory=dict)

    def __post_init__(self) -> None:
        from datasketch import MinHashLSH

        self._lsh = MinHashLSH(threshold=self.threshold, num_perm=self.num_perm)

    def __len__(self) -> int:
        return len(self._signatures)

    def __contains__(self, key: str) -> bool:
        return key in self._signatures

    def add(self, key: str, sig: np.ndarray) -> None:
        if key in self._signatures:
            return
        self._signatures[key] = sig
        self._lsh.insert(key, _minhash(sig))

    def remove(self, key: str) -> None:
        if self._signatures.pop(key, None) is not None:
            self._lsh.remove(key)

    def query(self, sig: np.ndarray) -> list[tuple[str, float]]:
        """Documents whose estimated similarity with `sig` reaches the threshold, best first."""
        found = []
        for key in self._lsh.query(_minhash(sig)):
            sim = similarity(sig, self._signatures[key])
            if sim >= self.threshold:
                found.append((key, round(sim, 4)))
        return sorted(found, key=lambda kv: (-kv[1], kv[0]))


def groups(keys: Iterable[str], links: Iterable[tuple[str, str]], order: dict[str, tuple] | None = None) -> dict[str, str]:
    """Connected components of the near-duplicate links: each key -> the key of its group's
    canonical document (the smallest by `order`, e.g. (pub_date, key); else by key)."""
    parent: dict[str, str] = {k: k for k in keys}

    def find(k: str) -> str:
        root = k
        while parent[root] != root:
            root = parent[root]
        while parent[k] != root:
            parent[k], k = root, parent[k]
        return root

    for a, b in links:
        if a not in parent or b not in parent:
            continue
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    members: dict[str, list[str]] = {}
    for k in parent:
        members.setdefault(find(k), []).append(k)
    rank = (lambda k: (order[k], k)) if order else (lambda k: ("", k))
    out: dict[str, str] = {}
    for group in members.values():
        canonical = min(group, key=rank)
        for k in group:
            out[k] = canonical
    return out
