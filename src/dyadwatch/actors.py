"""Actor recognition: states, adjectives and demonyms (inflected), capitals and seats of
power, organisations, armed groups, role nouns and people with dated roles."""
from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from dataclasses import dataclass

from .knowledge import KnowledgeBase, Person, load_knowledge
from .lang import LanguageData, load_language
from .model import Mention
from .resources import split_values
from .textutil import Token, fold, word_keys

JOINERS = {"-", "'", "’", "‐", "‑"}
# Kinds whose names are capitalised in running text in every supported language.
CAPITALISED_KINDS = {"country", "capital", "seat", "person", "org", "demonym"}
PLACE_LINKS = {"in"}
HEAD_KINDS = {"country", "capital", "seat", "person", "org", "demonym"}


@dataclass(slots=True, frozen=True)
class Entry:
    country: str
    role: str
    kind: str
    name: str
    surface: str = ""  # for short all-caps abbreviations: the exact form required
    person: Person | None = None


@dataclass(slots=True, frozen=True)
class AgentWord:
    role: str
    kind: str  # state | former | media | ...


def _inflected(keys: tuple[str, ...], last_endings: list[str], inner_endings: list[str]) -> set[tuple[str, ...]]:
    """Forms of a phrase with inflection endings on the last word and on adjective-like inner words."""
    variants: list[set[str]] = []
    for i, key in enumerate(keys):
        forms = {key}
        if i == len(keys) - 1:
            if len(key) >= 3:
                forms |= {key + e for e in last_endings}
        elif inner_endings:
            for e in sorted(inner_endings, key=len, reverse=True):
                if key.endswith(e) and len(key) > len(e) + 2:
                    stem = key[: -len(e)]
                    forms |= {stem + e2 for e2 in inner_endings} | {stem}
                    break
        variants.append(forms)
    out: set[tuple[str, ...]] = {()}
    for forms in variants:
        out = {prefix + (f,) for prefix in out for f in forms}
    return out


class ActorDictionary:
    """All actor names of one language, indexed by folded token tuples."""

    def __init__(self, lang: LanguageData, kb: KnowledgeBase):
        self.lang = lang
        self.entries: dict[tuple[str, ...], list[Entry]] = defaultdict(list)
        self.agents: dict[tuple[str, ...], AgentWord] = {}
        self.agent_prefixes: list[tuple[str, AgentWord]] = []
        self.max_len = 1
        grammar = lang.grammar
        name_end = [fold(e) for e in grammar.get("name_endings", [])]
        adj_end = [fold(e) for e in grammar.get("adjective_endings", [])]
        dem_end = [fold(e) for e in grammar.get("demonym_endings", [])]
        cldr = kb.country_names(lang.code)
        for alpha3, names in cldr.items():
            for name in names:
                self._add(name, Entry(alpha3, "", "country", name), name_end, adj_end)
        for row in lang.countries:
            alpha3 = row["country"]
            if alpha3 not in kb.iso:
                continue
            canonical = (cldr.get(alpha3) or [alpha3])[0]
            for field, kind, role, endings in (
                ("names", "country", "", name_end),
                ("adjectives", "adjective", "", adj_end),
                ("demonyms", "demonym", "", dem_end),
                ("capitals", "capital", "GOV", name_end),
                ("seats", "seat", "GOV", name_end),
            ):
                for value in split_values(row.get(field, "")):
                    self._add(value, Entry(alpha3, role, kind, canonical), endings, adj_end)
        for org in kb.organisations:
            country = org.country or org.code
            for value in org.names:
                self._add(value, Entry(country, org.role, "org", org.names[0]), name_end, adj_end)
        for person in kb.people:
            for value in person.names:
                self._add(value, Entry(person.country, person.role, "person", person.names[0], person=person), name_end, [])
        for phrase in lang.grammar.get("not_actors", []):
            self._add(phrase, Entry("", "", "blocked", phrase), name_end, adj_end)
        for row in lang.agents:
            word = row["word"].strip()
            agent = AgentWord(row.get("role", "") or "GOV", row.get("kind", "") or "state")
            keys = word_keys(word.rstrip("*"), strip_accents=True)
            if not keys:
                continue
            if word.endswith("*") and len(keys) == 1:
                self.agent_prefixes.append((keys[0], agent))
            else:
                for form in _inflected(keys, name_end + adj_end, adj_end):
                    self.agents[form] = agent
                self.max_len = max(self.max_len, len(keys))
        self.agent_prefixes.sort(key=lambda p: -len(p[0]))

    def _add(self, phrase: str, entry: Entry, last_endings: list[str], inner_endings: list[str]) -> None:
        keys = word_keys(phrase, strip_accents=True)
        if not keys:
            return
        stripped = phrase.replace(".", "")
        if stripped.isupper() and len(stripped) <= 5:
            entry = Entry(entry.country, entry.role, entry.kind, entry.name, stripped, entry.person)
            forms = {keys}
        else:
            forms = _inflected(keys, last_endings, inner_endings)
        for form in forms:
            bucket = self.entries[form]
            if entry not in bucket:
                bucket.append(entry)
        self.max_len = max(self.max_len, len(keys))

    def agent(self, keys: tuple[str, ...]) -> AgentWord | None:
        found = self.agents.get(keys)
        if found or len(keys) != 1:
            return found
        for prefix, agent in self.agent_prefixes:
            if keys[0].startswith(prefix):
                return agent
        return None


@functools.cache
def actor_dictionary(lang: str) -> ActorDictionary:
    """The actor dictionary of a language, built once per process."""
    return ActorDictionary(load_language(lang), load_knowledge())


def word_runs(tokens: list[Token]) -> list[list[int]]:
    """Runs of word-token indices not broken by punctuation (hyphens and apostrophes join)."""
    runs: list[list[int]] = []
    current: list[int] = []
    for i, tok in enumerate(tokens):
        if tok.is_word:
            current.append(i)
        elif tok.text in JOINERS and current:
            continue
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _entry_ok(entry: Entry, tokens: list[Token], idx: list[int]) -> bool:
    if entry.surface:
        return "".join(tokens[i].text for i in idx).replace(".", "") == entry.surface and len(idx) == len(word_keys(entry.surface, strip_accents=True))
    if entry.kind in CAPITALISED_KINDS:
        first = tokens[idx[0]].text[0]
        return first.isupper() or not first.isalpha()
    return True


def pick_person(entries: list[Entry], day: dt.date | None) -> Entry | None:
    """Among people sharing a name, the one in office on the day (if any)."""
    in_office = [e for e in entries if e.person and e.person.holds_office_on(day)]
    return in_office[0] if in_office else None


def recognise(tokens: list[Token], lang: str, day: dt.date | None, text: str = "") -> list[Mention]:
    """Actor mentions in a token list (document offsets), adjacent parts merged into one phrase."""
    dictionary = actor_dictionary(lang)
    pieces: list[tuple[int, int, Entry | AgentWord]] = []  # (first token, last token, what)
    for run in word_runs(tokens):
        pos = 0
        while pos < len(run):
            found = None
            for n in range(min(dictionary.max_len, len(run) - pos), 0, -1):
                idx = run[pos : pos + n]
                keys = tuple(tokens[i].norm for i in idx)
                entries = [e for e in dictionary.entries.get(keys, ()) if _entry_ok(e, tokens, idx)]
                if entries:
                    people = [e for e in entries if e.person]
                    if people and len(people) == len(entries):
                        chosen = pick_person(people, day) or Entry(people[0].country, "", "person_out_of_office", people[0].name)
                    else:
                        chosen = next((e for e in entries if not e.person), entries[0])
                    found = (idx[0], idx[-1], chosen, n)
                    break
                agent = dictionary.agent(keys)
                if agent:
                    found = (idx[0], idx[-1], agent, n)
                    break
            if found:
                pieces.append(found[:3])
                pos += found[3]
            else:
                pos += 1
    return _merge(pieces, tokens, text, set(dictionary.lang.grammar.get("linking_words", [])))


def _merge(pieces: list, tokens: list[Token], text: str, linking: set[str]) -> list[Mention]:
    mentions: list[Mention] = []
    group: list = []

    def flush() -> None:
        if not group:
            return
        first, last = group[0][0], group[-1][1]
        country, role, kind, name = None, "", "", ""
        former = media = False
        rank = {"person": 5, "org": 4, "seat": 3, "country": 2, "demonym": 2, "capital": 2, "adjective": 1, "blocked": 6}
        best = -1
        for _, _, what in group:
            if isinstance(what, AgentWord):
                if what.kind == "former":
                    former = True
                elif what.kind == "media" or what.role == "MED":
                    media = True
                    role = "MED"
                elif not role or role == "GOV":
                    role = what.role
                continue
            if what.kind == "person_out_of_office":
                former = True
            r = rank.get(what.kind, 0)
            if r > best:
                best, country, kind, name = r, what.country, what.kind, what.name
                if what.role and (what.kind == "person" or not role):
                    role = what.role
        start, end = tokens[first].start, tokens[last].end
        surface = text[start:end] if text else " ".join(tokens[k].text for k in range(first, last + 1))
        mentions.append(
            Mention(start, end, surface, country, role or "", kind or "agent", name, former, media, False, first, last)
        )

    previous_last = None
    for piece in pieces:
        first, last, what = piece
        gap = range(previous_last + 1, first) if previous_last is not None else range(0)
        adjacent = previous_last is not None and all(tokens[k].text in JOINERS for k in gap)
        # "ambassadeur de France", "Prime Minister of Ethiopia": a role noun linked to its state.
        if not adjacent and previous_last is not None and group and all(isinstance(w, AgentWord) for _, _, w in group):
            words = [tokens[k] for k in gap if tokens[k].text not in JOINERS]
            if len(words) == 1 and words[0].key in linking and _head_country(what) is not None:
                # "in" links only a seat of government: "das Außenministerium in Kiew"
                adjacent = words[0].key not in PLACE_LINKS or what.kind == "capital"
        # Two names of different states side by side are two actors ("Japan-Südkorea-USA"),
        # a role noun or adjective with a name is one ("der russische Minister Schoigu").
        if adjacent and _head_country(what) and any(
            _head_country(w) and _head_country(w) != _head_country(what) for _, _, w in group
        ):
            adjacent = False
        if not adjacent:
            flush()
            group = []
        group.append(piece)
        previous_last = last
    flush()
    return [m for m in mentions if m.kind != "blocked"]


def _head_country(what) -> str | None:
    if isinstance(what, Entry) and what.kind in HEAD_KINDS:
        return what.country
    return None
