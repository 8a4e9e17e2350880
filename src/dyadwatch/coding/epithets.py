"""Epithets that stand for a state named before: "der Inselstaat", "the kingdom", "le
sultanat", "el reino alauí". The language gives the phrases of each kind of state (cues.toml,
[epithets]); the knowledge base gives the states of each kind (knowledge/epithets.tsv). An
epithet refers to a state only where exactly one state of its kind was named in the
sentences just before it, so "the kingdom" in an article on Spain and Morocco stays unread.
"""
from __future__ import annotations

from ..lang import LanguageData
from ..model import Mention
from ..textutil import Token

# how many sentences back a state must have been named for an epithet to refer to it
EPITHET_WINDOW = 5


def resolve_epithets(tokenized: list[list[Token]], recognised: list[list[Mention]], lang: LanguageData, kinds: dict[str, frozenset[str]], names: dict[str, str]) -> None:
    """Adds to each sentence's mentions the epithets that refer to one state named shortly
    before; a role noun linked to the epithet ("die Küstenwache des Inselstaats") takes
    that state instead. `names`: a state's canonical name by code."""
    if not lang.epithets:
        return
    links = lang.grammar_words("linking_words") | lang.grammar_words("determiners")
    for index, tokens in enumerate(tokenized):
        if not tokens:
            continue
        keys = [t.key for t in tokens]
        if not lang.any_epithet.find(keys):
            continue
        mentions = recognised[index]
        hits = sorted((first, last, kind) for kind, phrases in lang.epithets.items() for first, last in phrases.find(keys))
        added: list[Mention] = []
        for first, last, kind in hits:
            taken = mentions + added
            if any(m.first_token <= last - 1 and first <= m.last_token for m in taken if m.country):
                continue  # part of a name ("Vereinigtes Königreich", "Royaume-Uni")
            named = _states_named_before(recognised, index, first)
            candidates = named & kinds.get(kind, frozenset())
            if len(candidates) != 1:
                continue
            (country,) = candidates
            owner = next((m for m in taken if m.country is None and m.kind == "agent" and m.last_token < first and all(t.key in links for t in tokens[m.last_token + 1 : first])), None)
            if owner is not None and first - owner.last_token <= 3:
                # "die Küstenwache des Inselstaats", "the navy of the archipelago": one actor
                owner.country = country
                owner.text = " ".join([owner.text] + [t.text for t in tokens[owner.last_token + 1 : last]])
                owner.end, owner.last_token = tokens[last - 1].end, last - 1
                continue
            start, end = tokens[first].start, tokens[last - 1].end
            text = " ".join(t.text for t in tokens[first:last])
            added.append(Mention(start, end, text, country, "", "country", names.get(country, text), first_token=first, last_token=last - 1))
        if added:
            recognised[index] = sorted(mentions + added, key=lambda m: m.first_token)


def _states_named_before(recognised: list[list[Mention]], index: int, position: int) -> set[str]:
    """States named (not as media or former officials) in this sentence before `position`
    and in the sentences just before it."""
    named = set()
    for i in range(max(0, index - EPITHET_WINDOW), index + 1):
        for m in recognised[i]:
            if m.country and not m.media and not m.former and (i < index or m.last_token < position):
                named.add(m.country)
    return named
