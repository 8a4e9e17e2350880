"""Actor recognition: states, adjectives and demonyms (inflected), capitals and seats of
power, organisations, armed groups, role nouns and people with dated roles."""
from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from .knowledge import KnowledgeBase, Person, load_knowledge
from .knowledge.user_actors import ActorRecord, ActorSet
from .lang import MEMO_LIMIT, LanguageData, load_language
from .model import Mention
from .resources import split_values
from .textutil import Token, fold, word_keys

JOINERS = {"-", "'", "’", "‐", "‑"}
# Kinds whose names are capitalised in running text in every supported language.
CAPITALISED_KINDS = {"country", "capital", "seat", "person", "org", "demonym"}
PLACE_LINKS = {"in"}

# CAMEO roles of actors outside a state's organs (civilians, opposition, armed groups,
# business, media, ...): "from" links such a role noun to its state ("dissidents from Egypt").
NON_STATE_ROLES = frozenset({"CVL", "OPP", "REB", "INS", "REF", "BUS", "UAF", "NGO", "LAB", "EDU", "HLH", "REL", "MED", "CRM", "SEP"})
ARMED_GROUP_ROLES = frozenset({"INS", "REB", "SEP", "UAF"})  # the armed ones among them
# Organs that belong to the country they sit in: "a court in Guyana", "police in Kenya",
# "lawmakers in Kyiv", "the junta in Niger" (unlike troops or envoys "in" a country, often
# foreign ones).
LOCAL_ROLES = {"JUD", "COP", "LEG", "GOV"}


def sits_in_country(word: "AgentWord") -> bool:
    """Does a role noun followed by "in <state>" name an organ of that state?"""
    return word.role in LOCAL_ROLES and word.kind != "envoy"
HEAD_KINDS = {"country", "capital", "seat", "person", "org", "demonym"}
# Which kind of name a merged mention takes its state and kind from (the highest).
KIND_RANK = {"person": 5, "org": 4, "seat": 3, "country": 2, "demonym": 2, "capital": 2, "adjective": 1, "blocked": 6}


@dataclass(slots=True, frozen=True)
class Entry:
    country: str
    role: str
    kind: str
    name: str
    surface: str = ""  # for short all-caps abbreviations: the exact form required
    person: Person | None = None
    # user dictionaries (--actors): the dates a code holds, and precedence over built-in names
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    user: bool = False
    # an organisation's name of several words: which words the text must capitalise as the
    # name does ("Islamic State", not "a strict Islamic state"); empty: no such demand
    capitals: tuple[bool, ...] = ()

    def valid_on(self, day: dt.date | None) -> bool:
        """A date-restricted code counts only inside its dates (relative to the event date)."""
        if day is None or (self.valid_from is None and self.valid_to is None):
            return True
        if self.valid_from and day < self.valid_from:
            return False
        return not (self.valid_to and day > self.valid_to)


@dataclass(slots=True, frozen=True)
class AgentWord:
    role: str
    kind: str  # state | former | media | ...


def surname_cases(name: str, adjective_endings: list[str]) -> list[str]:
    """A name with its surname declined like an adjective where the language does so
    (Russian "Зеленский" -> "Зеленского", "Зеленскому", "Зеленским"); the name alone
    without such endings or where the surname has no adjective ending."""
    words = name.split()
    if not adjective_endings or not words:
        return [name]
    last = fold(words[-1])
    for ending in sorted(adjective_endings, key=len, reverse=True):
        if last.endswith(ending) and len(last) > len(ending) + 2:
            stem = last[: -len(ending)]
            return [name] + [" ".join(words[:-1] + [stem + other]) for other in adjective_endings if other != ending]
    return [name]


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


STEM = "\x00"  # marks a slot that stands for a stem with any adjective ending (or none)
PHRASE_MEMO_LIMIT = 50_000  # phrases whose look-up a dictionary remembers
_NOT_LOOKED_UP = object()


class InflectedForms:
    """Phrases and their inflected forms without multiplying the forms out (Russian names
    would give half a million): an inner word with an adjective ending is stored as its stem,
    which any of the endings (or none) completes; the last word in each of its forms. A
    look-up strips the endings from the text's inner words instead. What a phrase finds is
    exactly what _inflected() would have given: with `keep_all`, the values of every form
    that matches in the order they were added (equal ones once), else the last one added."""

    def __init__(self, inner_endings: list[str], keep_all: bool = True):
        self.inner_endings = tuple(inner_endings)
        self.keep_all = keep_all
        # slots -> the numbers of the add() calls that stored it (ints, not objects: a dictionary of
        # tuples of strings and ints is nothing the garbage collector has to walk through)
        self._index: dict[tuple[str, ...], tuple[int, ...]] = {}
        self._values: list = []  # the value of each add() call
        self._inner_slots: set[str] = set()  # slots that stand before the last word
        self._longest: dict[str, int] = {}  # first slot -> the most words of a phrase starting with it
        self._front: dict[tuple[str, ...], list] = {}  # values that come before all others (user dictionaries)
        self._slots_of: dict[str, tuple[str, ...]] = {}  # text word -> its inner slots in the index (bounded)
        self._longest_of: dict[str, int] = {}  # text word -> longest() (bounded)
        self._found: dict[tuple[str, ...], object] = {}  # phrase -> what get() found (bounded)
        # the first two slots of every stored form of two or more words (of the front ones: words)
        self._pairs: set[tuple[str, str]] = set()

    def add(self, keys: tuple[str, ...], value, last_endings: list[str] = (), inner_endings: list[str] = ()) -> None:
        """A phrase (folded word keys) with endings on its last word and adjective endings on inner words."""
        number = len(self._values)
        self._values.append(value)
        self._forget()
        values = self._values
        for form in self._canonical(keys, last_endings, inner_endings):
            bucket = self._index.get(form, ())
            if not self.keep_all:
                self._index[form] = (number,)
            elif all(values[i] != value for i in bucket):
                self._index[form] = (*bucket, number)
            self._inner_slots.update(form[:-1])
            self._longest[form[0]] = max(self._longest.get(form[0], 0), len(form))
            if len(form) > 1:
                self._pairs.add(form[:2])

    def put_first(self, form: tuple[str, ...], values: list) -> None:
        """Values found for exactly this form before all others."""
        self._forget()
        self._front[form] = values
        self._longest[form[0]] = max(self._longest.get(form[0], 0), len(form))
        if len(form) > 1:
            self._pairs.add(form[:2])

    def _forget(self) -> None:
        """Drop the remembered look-ups (the index changed)."""
        self._slots_of.clear()
        self._longest_of.clear()
        self._found.clear()

    def _canonical(self, keys: tuple[str, ...], last_endings, inner_endings) -> set[tuple[str, ...]]:
        if inner_endings and (tuple(inner_endings) != self.inner_endings or "" in inner_endings):
            return _inflected(keys, list(last_endings), list(inner_endings))  # every form spelt out
        slots = []
        for key in keys[:-1]:
            slot = key
            for e in sorted(inner_endings, key=len, reverse=True):
                if key.endswith(e) and len(key) > len(e) + 2:
                    slot = STEM + key[: -len(e)]
                    break
            slots.append(slot)
        last = keys[-1]
        lasts = {last} | ({last + e for e in last_endings} if len(last) >= 3 else set())
        return {(*slots, form) for form in lasts}

    def _word_slots(self, word: str) -> list[str]:
        """The slots a text word can fill: itself, or a stem it completes."""
        slots = [word, STEM + word]
        for e in self.inner_endings:
            if word.endswith(e) and STEM + word[: -len(e)] not in slots:
                slots.append(STEM + word[: -len(e)])
        return slots

    def _inner(self, word: str) -> tuple[str, ...]:
        known = self._slots_of.get(word)
        if known is None:
            known = tuple(s for s in self._word_slots(word) if s in self._inner_slots)
            if len(self._slots_of) < MEMO_LIMIT:
                self._slots_of[word] = known
        return known

    def longest(self, word: str) -> int:
        """The most words of a phrase that starts with this text word (0: none does)."""
        known = self._longest_of.get(word)
        if known is None:
            known = max(self._longest.get(s, 0) for s in self._word_slots(word))
            if len(self._longest_of) < MEMO_LIMIT:
                self._longest_of[word] = known
        return known

    def may_continue(self, first: str, second: str) -> bool:
        """False if no phrase of two or more words starts with these two text words (then
        get() finds none)."""
        pairs = self._pairs
        if (first, second) in pairs:
            return True
        seconds = (second, *self._inner(second))
        return any((slot, other) in pairs for slot in self._inner(first) for other in seconds)

    def get(self, phrase: tuple[str, ...], default=None):
        """With `keep_all` the list of values of a phrase of text words, else its value; or
        `default`. Remembered per phrase (bounded)."""
        found = self._found.get(phrase, _NOT_LOOKED_UP)
        if found is _NOT_LOOKED_UP:
            found = self._look_up(phrase)
            if len(self._found) < PHRASE_MEMO_LIMIT:
                self._found[phrase] = found
        return default if found is None else found

    def _look_up(self, phrase: tuple[str, ...]):
        if len(phrase) == 1 and not self._front:
            bucket = self._index.get(phrase)
            if not bucket:
                return None
            return self._values[bucket[0]] if not self.keep_all else [self._values[i] for i in bucket]
        combos: list[tuple[str, ...]] = [()]
        for word in phrase[:-1]:
            slots = self._inner(word)
            if not slots:
                combos = []
                break
            combos = [c + (s,) for c in combos for s in slots]
        buckets = [b for b in (self._index.get((*c, phrase[-1])) for c in combos) if b]
        front = self._front.get(phrase)
        if not self.keep_all:
            return self._values[max(b[0] for b in buckets)] if buckets else None
        if len(buckets) == 1:
            values = [self._values[i] for i in buckets[0]]
        else:
            values = []
            for i in sorted({i for b in buckets for i in b}):
                if self._values[i] not in values:
                    values.append(self._values[i])
        if front:
            values = front + values
        return values or None

    def __contains__(self, phrase: tuple[str, ...]) -> bool:
        return self.get(phrase) is not None

    def __len__(self) -> int:
        """Stored forms (a stem standing for all its endings counts once)."""
        return len(self._index) + sum(1 for form in self._front if form not in self._index)


class ActorDictionary:
    """All actor names of one language, indexed by folded token tuples; `extra` records
    (user dictionaries) are added on top and take precedence over built-in names."""

    def __init__(self, lang: LanguageData, kb: KnowledgeBase, extra: Iterable[ActorRecord] = ()):
        self.lang = lang
        grammar = lang.grammar
        name_end = [fold(e) for e in grammar.get("name_endings", [])]
        adj_end = [fold(e) for e in grammar.get("adjective_endings", [])]
        self.entries = InflectedForms(adj_end)  # phrase -> list[Entry]
        self.agents = InflectedForms(adj_end, keep_all=False)  # phrase -> AgentWord
        self.agent_prefixes: list[tuple[str, AgentWord]] = []
        self._longest_of: dict[str, int] = {}  # word -> longest() (bounded)
        self._alone: dict[str, tuple] = {}  # word -> alone() (bounded)
        self._continues: dict[tuple[str, str], bool] = {}  # word pair -> continues() (bounded)
        self.max_len = 1
        # kinds of names written with a capital letter (Russian writes demonyms in lower case)
        self.capitalised_kinds = frozenset(grammar.get("capitalised_kinds", sorted(CAPITALISED_KINDS)))
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
        # names of people and organisations inflect like nouns even where country names are
        # listed in all their forms (Russian "Путина", "Евросоюза")
        person_end = [fold(e) for e in grammar.get("person_endings", grammar.get("name_endings", []))]
        for org in kb.organisations:
            country = org.country or org.code
            for value in org.names:
                self._add(value, Entry(country, org.role, "org", org.names[0], capitals=name_capitals(value)), person_end, adj_end)
        adjectival = adj_end if grammar.get("adjectival_surnames") else []
        for person in kb.people:
            entry = Entry(person.country, person.role, "person", person.names[0], person=person)
            for value in person.names:
                for form in surname_cases(value, adjectival):
                    self._add(form, entry, person_end, [])
        for phrase in lang.grammar.get("not_actors", []):
            self._add(phrase, Entry("", "", "blocked", phrase), name_end, adj_end)
        # "Südlibanon", "Ostukraine", "Nordsyrien": a part of a country named as one word is
        # that country (names of their own, "Südkorea", "Nordirland", stay what they are)
        for prefix in grammar.get("direction_prefixes", []):
            for alpha3, names in cldr.items():
                for name in names:
                    compound = prefix.capitalize() + name.lower()
                    if " " not in name and "-" not in name and self.entries.get(word_keys(compound, strip_accents=True)) is None:
                        self._add(compound, Entry(alpha3, "", "country", name), name_end, adj_end)
        for row in lang.agents:
            word = row["word"].strip()
            agent = AgentWord(row.get("role", "") or "GOV", row.get("kind", "") or "state")
            keys = word_keys(word.rstrip("*"), strip_accents=True)
            if not keys:
                continue
            if word.endswith("*") and len(keys) == 1:
                self.agent_prefixes.append((keys[0], agent))
            else:
                self.agents.add(keys, agent, name_end + adj_end, adj_end)
                self.max_len = max(self.max_len, len(keys))
        self._add_user_records(list(extra), name_end, adj_end)
        self.agent_prefixes.sort(key=lambda p: -len(p[0]))

    def _add_user_records(self, records: list[ActorRecord], name_end: list[str], adj_end: list[str]) -> None:
        """User actors go in front of the built-in entries of the same name: later dictionary
        entries first, and within an entry its dated codes (in file order) before the undated
        default. User role nouns replace built-in ones."""
        user_buckets: dict[tuple[str, ...], list[Entry]] = defaultdict(list)
        agent_forms: set[tuple[str, ...]] = set()  # role nouns already defined by a later entry
        prefixes: list[tuple[str, AgentWord]] = []
        for record in sorted(records, key=lambda r: -r.entry):  # stable: file order inside an entry
            if record.kind == "agent":
                agent = AgentWord(record.role, "state")
                for name in record.names:
                    keys = word_keys(name.rstrip("*"), strip_accents=True)
                    if not keys:
                        continue
                    if name.endswith("*") and len(keys) == 1 and not record.exact:
                        prefixes.append((keys[0], agent))
                        continue
                    forms = {keys} if record.exact else _inflected(keys, name_end + adj_end, adj_end)
                    for form in forms - agent_forms:
                        self.agents.add(form, agent)
                    agent_forms |= forms
                    self.max_len = max(self.max_len, len(keys))
                continue
            kind = {"country-name": "country"}.get(record.kind, record.kind)
            person = None
            if record.kind == "person" and not record.exact:  # our own TSV: dated like people.tsv
                person = Person(record.names, record.country, record.role or "GOV", record.office, record.valid_from, record.valid_to)
            entry = Entry(
                record.country, record.role, kind, record.names[0], person=person,
                valid_from=None if person else record.valid_from, valid_to=None if person else record.valid_to, user=True,
            )
            last, inner = ([], []) if record.exact else (name_end, adj_end if kind != "person" else [])
            for name in record.names:
                keys, forms, surface = self._forms(name, last, inner)
                if not keys:
                    continue
                variant = replace(entry, surface=surface) if surface else entry
                for form in forms:
                    if variant not in user_buckets[form]:
                        user_buckets[form].append(variant)
                self.max_len = max(self.max_len, len(keys))
        for form, entries in user_buckets.items():
            self.entries.put_first(form, entries)
        self.agent_prefixes[:0] = prefixes  # before the built-in ones of the same length (stable sort)

    @staticmethod
    def _forms(phrase: str, last_endings: list[str], inner_endings: list[str]) -> tuple[tuple[str, ...], set[tuple[str, ...]], str]:
        """Folded keys of a name, the forms it is looked up under, and the exact surface
        required for a short all-caps abbreviation (else "")."""
        keys = word_keys(phrase, strip_accents=True)
        stripped = phrase.replace(".", "")
        if stripped.isupper() and len(stripped) <= 5:
            return keys, {keys}, stripped
        return keys, _inflected(keys, last_endings, inner_endings), ""

    def _add(self, phrase: str, entry: Entry, last_endings: list[str], inner_endings: list[str]) -> None:
        keys = word_keys(phrase, strip_accents=True)
        if not keys:
            return
        stripped = phrase.replace(".", "")
        if stripped.isupper() and len(stripped) <= 5:
            entry = Entry(entry.country, entry.role, entry.kind, entry.name, stripped, entry.person, capitals=entry.capitals)
            self.entries.add(keys, entry)
        else:
            self.entries.add(keys, entry, last_endings, inner_endings)
        self.max_len = max(self.max_len, len(keys))

    def agent(self, keys: tuple[str, ...]) -> AgentWord | None:
        found = self.agents.get(keys)
        if found or len(keys) != 1:
            return found
        return self.prefix_agent(keys[0])

    def prefix_agent(self, word: str) -> AgentWord | None:
        """The role noun whose prefix (longest first) the word starts with (remembered per
        word while the prefixes stay the same)."""
        index, known = self._prefix_index()
        if word in known:
            return known[word]
        found = None
        for prefix, agent in index.get(word[:1], index[None]) if index[None] else index.get(word[:1], ()):
            if word.startswith(prefix):
                found = agent
                break
        if len(known) < MEMO_LIMIT:
            known[word] = found
        return found

    def _prefix_index(self) -> tuple[dict, dict]:
        """agent_prefixes by first character, in their order; key None holds the empty
        prefixes (that match any word), merged into every list when there are any. With it,
        the answers of prefix_agent so far."""
        index = self.__dict__.get("_prefixes_by_char")
        if index is None or index[0] is not self.agent_prefixes or index[1] != len(self.agent_prefixes):
            by_char: dict = {None: [(p, a) for p, a in self.agent_prefixes if not p]}
            for prefix, agent in self.agent_prefixes:
                if prefix:
                    by_char.setdefault(prefix[0], [])
            for char in list(by_char):
                if char is not None:
                    by_char[char] = [(p, a) for p, a in self.agent_prefixes if not p or p[0] == char]
            index = (self.agent_prefixes, len(self.agent_prefixes), by_char, {})
            self.__dict__["_prefixes_by_char"] = index
        return index[2], index[3]

    def alone(self, word: str) -> tuple:
        """What recognise() needs to know of a word by itself: (longest(word), the entries
        of the one-word name, the role noun of the one word); remembered per word, as
        longest() is."""
        known = self._alone.get(word)
        if known is None:
            keys = (word,)
            known = (self.longest(word), self.entries.get(keys), self.agent(keys))
            if len(self._alone) < MEMO_LIMIT:
                self._alone[word] = known
        return known

    def continues(self, first: str, second: str) -> bool:
        """False if no name or role noun of two or more words starts with these two words."""
        pair = (first, second)
        known = self._continues.get(pair)
        if known is None:
            known = self.entries.may_continue(first, second) or self.agents.may_continue(first, second)
            if len(self._continues) < PHRASE_MEMO_LIMIT:
                self._continues[pair] = known
        return known

    def longest(self, word: str) -> int:
        """The most words of a name or role noun that starts with this word (0: none does;
        remembered per word: the dictionary is complete after construction)."""
        known = self._longest_of.get(word)
        if known is None:
            known = max(self.entries.longest(word), self.agents.longest(word))
            if len(self._longest_of) < MEMO_LIMIT:
                self._longest_of[word] = known
        return known


@functools.cache
def _builtin_dictionary(lang: str) -> ActorDictionary:
    return ActorDictionary(load_language(lang), load_knowledge())


def actor_dictionary(lang: str, actors: ActorSet | None = None) -> ActorDictionary:
    """The actor dictionary of a language: the built-in one (built once per process), or with
    user dictionaries one built for that ActorSet (kept on the set, as long as it lives)."""
    if not actors:
        return _builtin_dictionary(lang)
    per_lang = actors.dictionaries
    if lang not in per_lang:
        per_lang[lang] = ActorDictionary(load_language(lang), load_knowledge(), actors.records)
    return per_lang[lang]


def word_runs(tokens: list[Token]) -> list[list[int]]:
    """Runs of word-token indices not broken by punctuation (hyphens and apostrophes join)."""
    runs: list[list[int]] = []
    current: list[int] = []
    for i, tok in enumerate(tokens):
        if tok.text[0].isalnum():  # tok.is_word, without the call
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


def _entry_ok(entry: Entry, tokens: list[Token], idx: list[int], capitalised: frozenset[str] = frozenset(CAPITALISED_KINDS)) -> bool:
    if entry.surface:
        return "".join(tokens[i].text for i in idx).replace(".", "") == entry.surface and len(idx) == len(word_keys(entry.surface, strip_accents=True))
    if entry.capitals and not any(entry.capitals):
        return True  # a name the language writes in lower case ("les talibans")
    if entry.kind in capitalised:
        if entry.user:  # "the Shire", "the Hermit Kingdom": any capitalised word will do
            return any(tokens[i].text[0].isupper() or not tokens[i].text[0].isalpha() for i in idx)
        if entry.capitals and len(entry.capitals) == len(idx) and not all(tokens[i].text[:1].isupper() for i, cap in zip(idx, entry.capitals) if cap):
            return False  # "a strict Islamic state" is no "Islamic State"
        first = tokens[idx[0]].text[0]
        # "roi Salmane", "re Salman": a title written in lower case before the name
        last = tokens[idx[-1]].text[0] if entry.person and len(idx) > 1 else ""
        return first.isupper() or not first.isalpha() or last.isupper()
    return True


def name_capitals(name: str) -> tuple[bool, ...]:
    """Which words of a name of several words are capitalised, if any after the first is
    (the first word's capital is checked for every name), or none for a name written in
    lower case; else ()."""
    words = name.split()
    capitals = tuple(w[:1].isupper() for w in words)
    if not any(capitals):
        return capitals  # written in lower case ("talibans", "talebani"): no capital needed
    return capitals if len(words) > 1 and any(capitals[1:]) else ()


def pick_person(entries: list[Entry], day: dt.date | None) -> Entry | None:
    """Among people sharing a name, the one in office on the day (if any)."""
    in_office = [e for e in entries if e.person and e.person.holds_office_on(day)]
    return in_office[0] if in_office else None


def recognise(tokens: list[Token], lang: str, day: dt.date | None, text: str = "", dictionary: ActorDictionary | None = None) -> list[Mention]:
    """Actor mentions in a token list (document offsets), adjacent parts merged into one phrase.
    `dictionary`: the one to use (default: the built-in dictionary of the language)."""
    if dictionary is None:
        dictionary = actor_dictionary(lang)
    pieces: list[tuple[int, int, Entry | AgentWord]] = []  # (first token, last token, what)
    alone = dictionary._alone
    for run in word_runs(tokens):
        norms = [tokens[i].norm for i in run]
        pos = 0
        while pos < len(run):
            found = None
            # phrases longer than the longest name starting with this word cannot match
            longest, alone_bucket, alone_agent = alone.get(norms[pos]) or dictionary.alone(norms[pos])
            top = longest
            if top > 1:
                top = min(dictionary.max_len, len(run) - pos, longest)
                if top > 1 and not dictionary.continues(norms[pos], norms[pos + 1]):
                    top = 1  # no longer phrase starts with these two words
            if top <= 1 and not alone_bucket:  # most words: at most a role noun by itself
                if alone_agent:
                    pieces.append((run[pos], run[pos], alone_agent))
                pos += 1
                continue
            for n in range(top, 0, -1):
                idx = run[pos : pos + n]
                keys = tuple(norms[pos : pos + n])
                bucket = dictionary.entries.get(keys) if n > 1 else alone_bucket
                entries = [e for e in bucket if _entry_ok(e, tokens, idx, dictionary.capitalised_kinds) and e.valid_on(day)] if bucket else []
                if entries and entries[0].user:  # a user dictionary overrides built-in names
                    entries = [e for e in entries if e.user]
                if entries and n == 1 and all(e.person for e in entries) and not dictionary.lang.grammar.get("capitalised_nouns") and _inside_other_name(tokens, run, pos, dictionary, entries):
                    entries = []  # "Cameron MacKay" is not David Cameron
                if entries:
                    people = [e for e in entries if e.person]
                    if people and len(people) == len(entries):
                        chosen = pick_person(people, day) or Entry(people[0].country, "", "person_out_of_office", people[0].name)
                    else:
                        chosen = next((e for e in entries if not e.person), entries[0])
                    found = (idx[0], idx[-1], chosen, n)
                    break
                agent = dictionary.agent(keys) if n > 1 else alone_agent
                if agent:
                    found = (idx[0], idx[-1], agent, n)
                    break
            if found is None and not longest:  # only a role-noun prefix can match
                agent = alone_agent  # (no role noun of its own: what prefix_agent() finds)
                if agent:
                    found = (run[pos], run[pos], agent, 1)
            if found:
                pieces.append(found[:3])
                pos += found[3]
            else:
                pos += 1
    lang = dictionary.lang
    mentions = _merge(pieces, tokens, text, lang.grammar_words("linking_words"), lang.grammar_words("determiners"), bool(lang.grammar.get("roles_precede_names")), lang.grammar_words("origin_links"))
    modifiers = lang.grammar_words("modifier_participles")
    prefixes = lang.grammar_words("modifier_prefixes")
    for m in mentions:
        # "Iran-backed militias", "an al-Qaeda-linked group", "pro-Russian separatists": the
        # name only qualifies the actor
        if m.last_token + 2 < len(tokens) and tokens[m.last_token + 1].text in JOINERS and tokens[m.last_token + 2].key in modifiers:
            m.kind = "modifier"
        elif m.first_token >= 2 and tokens[m.first_token - 1].text in JOINERS and tokens[m.first_token - 2].key in prefixes:
            m.kind = "modifier"
    return mentions


def _inside_other_name(tokens: list[Token], run: list[int], pos: int, dictionary: "ActorDictionary", entries: list = ()) -> bool:
    """Is a one-word person name glued to another capitalised word that is no known name
    or role ("Cameron MacKay", "Hamid Nouri")? Then it is part of someone else's name; not
    where that word is the person's own first name in a case form ("с Владимиром Путиным")."""
    for neighbour in (pos - 1, pos + 1):
        if 0 <= neighbour < len(run):
            tok = tokens[run[neighbour]]
            if neighbour == pos - 1 and run[neighbour] == 0:
                continue  # sentence-initial capital says nothing
            if tok.text[:1].isupper() and tok.text[1:2].islower() and (tok.norm,) not in dictionary.entries and dictionary.agent((tok.norm,)) is None:
                if neighbour == pos - 1 and _first_name_of(tok.norm, entries):
                    continue
                return True
    return False


def _first_name_of(word: str, entries: list) -> bool:
    """Is `word` a case form of the first name of one of these people (the name with an
    ending: "владимиром" for "Владимир", "сергеем" for "Сергей")?"""
    for entry in entries:
        for name in entry.person.names if entry.person else ():
            first = fold(name.split()[0]).casefold() if " " in name else ""
            stem = first[:-1] if first.endswith(("й", "и", "я", "а", "ь")) else first  # fold() makes "й" an "и"
            if len(stem) >= 3 and word.startswith(stem) and len(word) - len(stem) <= 3:
                return True
    return False


def _merge(pieces: list, tokens: list[Token], text: str, linking: frozenset[str], dictionary_determiners: frozenset[str] = frozenset(), role_first: bool = False, origin: frozenset[str] = frozenset()) -> list[Mention]:
    mentions: list[Mention] = []
    group: list = []

    def flush() -> None:
        if not group:
            return
        first, last = group[0][0], group[-1][1]
        country, role, kind, name = None, "", "", ""
        former = media = False
        best = -1
        # "German ambassador Steffen Seibert": a state's title named with a person out of the
        # offices we know is the post the text gives, not a former one
        titled = any(isinstance(w, AgentWord) and w.kind in ("state", "envoy") for _, _, w in group) and any(
            not isinstance(w, AgentWord) and w.kind in ("adjective", "country", "demonym") for _, _, w in group
        )
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
            if what.kind == "person_out_of_office" and not titled:
                former = True
            r = KIND_RANK.get(what.kind, 0)
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
            words = []  # the words between, up to four (more link nothing)
            for k in gap if _head_country(what) is not None else ():
                if tokens[k].text not in JOINERS:
                    words.append(tokens[k])
                    if len(words) > 3:
                        break
            from_state = bool(words) and words[0].key in origin and all(w.role in NON_STATE_ROLES for _, _, w in group)
            if words and (words[0].key in linking or from_state) and all(w.key in dictionary_determiners for w in words[1:]) and len(words) <= 3 and _head_country(what) is not None:
                # "in" links only a seat of government: "das Außenministerium in Kiew";
                # "el presidente de los Estados Unidos", "the foreign minister of the UK"
                # (an envoy "in" a capital is another state's: "the embassy in Moscow")
                adjacent = words[0].key not in PLACE_LINKS or (
                    all(w.kind != "envoy" for _, _, w in group) and (what.kind == "capital" or all(sits_in_country(w) for _, _, w in group))
                )
        # Where role nouns precede the name they belong to ("глава МИД России"), a role noun
        # after a name starts a new actor.
        if adjacent and role_first and isinstance(what, AgentWord) and any(_head_country(w) for _, _, w in group):
            adjacent = False
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
