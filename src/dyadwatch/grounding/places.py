"""Where an event happened, as its sentence states it.

A place phrase is a place preposition of the language ("in", "im", "à", "en", "в", ...)
followed, after articles, adjectives and a type word ("der Stadt", "la ville de", "the
Donetsk region"), by a name of the package gazetteer (gazetteer.tsv: countries, admin1
regions, capitals, cities, a few sites; built by scripts/build_gazetteer.py from GeoNames),
or by a capital word beside a state ("in der nordkoreanischen Hauptstadt").

An event takes the place phrase of its own clause nearest to its trigger, where the phrase
can be the event's place:

- a place after a topic noun names the topic ("nannte den Konflikt in der Ukraine");
- for acts of words (statements, appeals, accusations, ...) only a phrase that is an
  adverbial of the act counts: before the trigger, right after it, or after a noun of a
  gathering ("at a press conference in Moscow", "bei einem Treffen ... in Pjöngjang");
- a preposition of movement ("to Washington", "nach Moskau") is the place of a visit or a
  strike, but the addressee of words;
- attendees of a gathering named in an earlier sentence ("Zu diesem Anlass waren ...
  anwesend") take the place of that gathering.

A name with several entries (Paris FR / Paris TX, Tripoli LY / LB, Georgia GE / US-GA) is
resolved with the countries of the event's actors, of the sentence and of the whole
article, a population prior and a prior on the feature type (country > capital > city >
region). No stated place gives no location: never a country centroid by default. A
country-level location is marked with precision "country".
"""
from __future__ import annotations

import functools
import math
import re
from collections import Counter
from dataclasses import dataclass, field

from ..actors import JOINERS, word_runs
from ..lang import CueSet, LanguageData, load_language
from ..model import Document, Mention, Sentence
from ..resources import DataFileError, package_path, read_toml
from ..textutil import _WORD, Token, fold, tokenize

LANGS = ("de", "en", "fr", "es", "it", "ru")
COLUMNS = ("id", "name", "feature", "country", "fips", "admin1", "lat", "lon", "population", *LANGS, "variants")
FEATURES = ("country", "admin1", "capital", "city", "site")
PRECISION = {"country": "country", "admin1": "admin1", "capital": "city", "city": "city", "site": "city"}
# Prior on the feature type of a name shared by several places (added to log10 population).
FEATURE_PRIOR = {"country": 3.0, "capital": 2.0, "site": 1.5, "city": 0.0, "admin1": -1.0}
HINT_BONUS = 3.0  # "the city of", "the ... region": the type word says which
EVENT_COUNTRY_BONUS = 4.0  # a place in the country of the event's sides or of the sentence's actors
DOCUMENT_COUNTRY_BONUS = 1.0  # in a country named elsewhere in the article
# Roots whose events happen where the clause says: meetings and visits (04), signing (057),
# material cooperation and yielding (06-08), protests and force (14, 15, 17-20). Reducing
# relations (16) is not among them: "recalled its ambassadors in Algeria" happens at home.
PLACE_ROOTS = ("04", "06", "07", "08", "14", "15", "17", "18", "19", "20")
PLACE_CODES = ("057",)
# Roots of movement: "to X", "nach X" is then the place (of material aid it is the recipient).
MOVEMENT_ROOTS = ("04", "15", "17", "18", "19", "20")
VENUE_WINDOW = 5  # a gathering noun at most this many tokens before the place's preposition
MAX_CHAIN = 7  # tokens between the preposition and the name
LIGHT_WORD = 3  # words this short between a verb and its place are function words ("on", "am")
RU_ENDINGS = re.compile(r"[аеиоуыьяюйё]+$")
CYRILLIC = re.compile("[\u0400-\u04ff]")


@dataclass(frozen=True, slots=True)
class Place:
    """One row of the gazetteer."""

    id: str
    name: str
    feature: str  # country | admin1 | capital | city | site
    country: str  # ISO 3166-1 alpha-3
    fips: str  # FIPS 10-4 country code (GDELT's country codes)
    admin1: str  # GeoNames admin1 code "CC.XX"
    lat: float
    lon: float
    population: int
    local: tuple[str, ...] = ()  # preferred names in LANGS order ("" where none)

    @property
    def precision(self) -> str:
        return PRECISION[self.feature]

    def local_name(self, lang: str) -> str:
        if lang in LANGS and self.local:
            return self.local[LANGS.index(lang)] or self.name
        return self.name


def _keys(name: str) -> tuple[str, ...]:
    """Folded word keys of a name, as text tokens are folded (Token.norm)."""
    return tuple(w for w in _WORD.findall(fold(name)) if w[0].isalnum())


def _ru_stem(key: str) -> str:
    """A Russian word without its case ending ("Москве", "Москву" -> "москв")."""
    stem = RU_ENDINGS.sub("", key)
    return stem if len(stem) >= 3 else key


def _cyrillic(key: str) -> bool:
    return CYRILLIC.search(key) is not None


class Gazetteer:
    """Places by id, by country and by every folded name variant."""

    def __init__(self, places: list[Place], names: list[list[str]]):
        self.places = places
        self.by_id = {p.id: p for p in places}
        self.countries = {p.country: p for p in places if p.feature == "country"}
        self.capitals: dict[str, Place] = {}
        for p in places:
            if p.feature == "capital" and (p.country not in self.capitals or p.population > self.capitals[p.country].population):
                self.capitals[p.country] = p
        self.regions = {p.admin1: p for p in places if p.feature == "admin1"}
        # folded name (Russian: its stems) -> positions in `places`: tuples of ints, which the
        # garbage collector need not walk through
        self.index: dict[tuple[str, ...], tuple[int, ...]] = {}
        self.stems: dict[tuple[str, ...], tuple[int, ...]] = {}
        self.max_len = 1
        # for each first word of a name (and of a stemmed Russian name), the most words such a name has
        self.longest_from: dict[str, int] = {}
        self.stem_longest_from: dict[str, int] = {}
        # the first two words of every name of two or more (and of the stemmed Russian ones)
        self.pairs: set[tuple[str, str]] = set()
        self.stem_pairs: set[tuple[str, str]] = set()
        index, stems = self.index, self.stems
        word = _WORD.findall
        for number, variants in enumerate(names):
            # one fold per place: names are folded as text tokens are (Token.norm)
            for variant in fold("|".join(variants)).split("|"):
                keys = tuple(w for w in word(variant) if w[0].isalnum())
                if not keys:
                    continue
                bucket = index.get(keys, ())
                if not bucket or bucket[-1] != number:
                    index[keys] = (*bucket, number)
                _raise(self.longest_from, keys)
                if len(keys) > 1:
                    self.pairs.add(keys[:2])
                if CYRILLIC.search(variant):
                    stemmed = tuple(_ru_stem(k) for k in keys)
                    bucket = stems.get(stemmed, ())
                    if not bucket or bucket[-1] != number:
                        stems[stemmed] = (*bucket, number)
                    _raise(self.stem_longest_from, stemmed)
                    if len(stemmed) > 1:
                        self.stem_pairs.add(stemmed[:2])
                self.max_len = max(self.max_len, len(keys))

    def lookup(self, keys: tuple[str, ...], stems: bool = False) -> list[Place]:
        """Places with this folded name (Russian: also by stems without case endings)."""
        found = self.index.get(keys, ())
        if not found and stems and _cyrillic(keys[-1]):
            found = self.stems.get(tuple(_ru_stem(k) for k in keys), ())
        return [self.places[i] for i in found]

    def longest_name(self, first: str, stems: bool = False, genitive: bool = False) -> int:
        """The most words a name starting with the folded word `first` can have, counting
        the look-ups of lookup() and of place_phrases (0: no name starts with it)."""
        longest = self.longest_from.get(first, 0)
        if stems:
            longest = max(longest, self.stem_longest_from.get(_ru_stem(first), 0))
        if genitive and not longest and first[:-1] in self.longest_from:
            longest = 1  # "Malis": "Mali" with the genitive s
        return longest

    def may_continue(self, first: str, second: str, stems: bool = False, genitive: bool = False) -> bool:
        """False if no name of two or more words starts with these two folded words (also
        by stems, or with the genitive s of the second dropped): then only the first word
        alone can be a name."""
        return (
            (first, second) in self.pairs
            or (genitive and (first, second[:-1]) in self.pairs)
            or (stems and (_ru_stem(first), _ru_stem(second)) in self.stem_pairs)
        )

    def __len__(self) -> int:
        return len(self.places)


def _raise(longest: dict[str, int], keys: tuple[str, ...]) -> None:
    if len(keys) > longest.get(keys[0], 0):
        longest[keys[0]] = len(keys)


def read_gazetteer(path) -> Gazetteer:
    places: list[Place] = []
    names: list[list[str]] = []
    header: list[str] | None = None
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.startswith("#") or not line.strip():
                continue
            cells = line.rstrip("\n").split("\t")
            if header is None:
                header = cells
                if tuple(header) != COLUMNS:
                    raise DataFileError(f"{path}: columns {header}, expected {list(COLUMNS)}")
                continue
            if len(cells) != len(COLUMNS):
                raise DataFileError(f"{path}:{number}: {len(cells)} cells, expected {len(COLUMNS)}")
            row = dict(zip(COLUMNS, cells))
            if row["feature"] not in FEATURES:
                raise DataFileError(f"{path}:{number}: unknown feature {row['feature']!r}")
            try:
                lat, lon, population = float(row["lat"]), float(row["lon"]), int(row["population"] or 0)
            except ValueError as exc:
                raise DataFileError(f"{path}:{number}: {exc}") from exc
            local = tuple(row[lang] for lang in LANGS)
            place = Place(row["id"], row["name"], row["feature"], row["country"], row["fips"], row["admin1"], lat, lon, population, local)
            places.append(place)
            names.append([row["name"], *(n for n in local if n), *(v for v in row["variants"].split("|") if v)])
    return Gazetteer(places, names)


@functools.cache
def load_gazetteer() -> Gazetteer:
    """The package gazetteer, read once per process."""
    return read_gazetteer(package_path("grounding", "gazetteer.tsv"))


@dataclass(slots=True)
class PlaceWords:
    """The words of grounding/places.toml for one language, plus its place prepositions."""

    prepositions: list[tuple[str, ...]]
    direction: set[tuple[str, ...]]
    city: CueSet
    region: CueSet
    capital: CueSet
    links: set[str]
    venue: CueSet
    topic: CueSet
    determiners: set[str]
    calendar: set[str]
    modifiers: CueSet
    parts: CueSet
    destinations: CueSet
    subordinators: CueSet
    coordinators: set[str]
    recipient: CueSet  # prepositions of an addressee ("à", "to")
    remote: CueSet  # "entretien téléphonique", "video call"
    where: set[str]  # relative adverbs of place ("where", "wo", "où")
    organisations: CueSet  # "Columbia University": not a place
    stops: set[str]  # other prepositions: a chain through them is no place phrase
    not_places: set[str]  # folded names that are words of the language ("Ende")
    # the prepositions by their last word, each list in the order of `prepositions`
    by_last: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for phrase in self.prepositions:
            if phrase:
                self.by_last.setdefault(phrase[-1], []).append(phrase)


@functools.cache
def _place_table() -> dict:
    return read_toml(package_path("grounding", "places.toml"))


def place_words(lang: LanguageData) -> PlaceWords:
    """The place words of a language (built once per language)."""
    return _place_words_of(lang.code)


@functools.cache
def _place_words_of(code: str) -> PlaceWords:
    return _build_words(load_language(code))


def _build_words(lang: LanguageData) -> PlaceWords:
    table = _place_table().get(lang.code, {})
    fold_accents = lang.fold_accents
    cue = lang.cue("place_prepositions")
    preps = [(w,) for w in cue.words] + [tuple(token for token, _ in phrase) for phrase in cue.phrases]
    for phrase in table.get("prepositions", []):
        preps.append(tuple(t.key for t in tokenize(phrase) if t.is_word))
    direction = {tuple(t.key for t in tokenize(phrase) if t.is_word) for phrase in table.get("direction", [])}
    preps += sorted(direction)
    return PlaceWords(
        prepositions=sorted(set(preps), key=len, reverse=True),
        direction=direction,
        city=CueSet(table.get("city_words", []), fold_accents),
        region=CueSet(table.get("region_words", []), fold_accents),
        capital=CueSet(table.get("capital_words", []), fold_accents),
        links={t.key for w in table.get("links", []) for t in tokenize(w) if t.is_word},
        venue=CueSet(table.get("venue_nouns", []), fold_accents),
        topic=CueSet(table.get("topic_nouns", []), fold_accents),
        determiners=set(lang.grammar.get("determiners", [])),
        calendar=set(lang.months) | set(lang.weekdays),
        modifiers=CueSet(table.get("modifiers", []), fold_accents),
        parts=CueSet(table.get("parts", []), fold_accents),
        destinations=CueSet(table.get("destinations", []), fold_accents),
        subordinators=lang.cue("subordinators"),
        coordinators=set(lang.grammar.get("coordinators", [])),
        recipient=lang.cue("recipient_prepositions"),
        remote=CueSet(table.get("remote", []), fold_accents),
        where={t.key for w in table.get("where", []) for t in tokenize(w) if t.is_word},
        organisations=CueSet(table.get("organisations", []), fold_accents),
        stops=(set(lang.grammar.get("other_prepositions", [])) | set(lang.grammar.get("source_prepositions", [])) | {t.key for w in table.get("stops", []) for t in tokenize(w)}) - {p[-1] for p in preps},
        not_places={" ".join(_keys(w)) for w in table.get("not_places", [])},
    )


@dataclass(slots=True)
class PlacePhrase:
    """A place stated in a sentence: preposition ... name (token indices in the sentence)."""

    prep_first: int
    first: int  # the name (or capital word)
    last: int
    preposition: str
    text: str  # the name as written
    start: int  # document offsets of the name
    end: int
    candidates: list[Place]
    hint: str = ""  # city | admin1 | capital: what a type word says
    direction: bool = False  # a preposition of movement ("to", "nach")

    def best(self, countries: Counter | None = None, event_countries: tuple[str, ...] = (), sentence_countries: frozenset = frozenset()) -> Place:
        return max(self.candidates, key=lambda p: score(p, self.hint, event_countries, sentence_countries, countries or Counter()))


def score(place: Place, hint: str, event_countries, sentence_countries, document_countries: Counter) -> float:
    """Population prior + feature prior + what the type word says + context."""
    value = math.log10(place.population + 10) + FEATURE_PRIOR[place.feature]
    if hint and (hint == place.feature or (hint == "city" and place.feature in ("capital", "site")) or (hint == "capital" and place.feature == "capital")):
        value += HINT_BONUS
    if place.country in event_countries or place.country in sentence_countries:
        value += EVENT_COUNTRY_BONUS
    elif document_countries.get(place.country):
        value += DOCUMENT_COUNTRY_BONUS
    return value


def _mention_at(mentions: list[Mention], i: int) -> Mention | None:
    for m in mentions:
        if m.first_token <= i <= m.last_token:
            return m
    return None


def _preposition_before(tokens: list[Token], keys: list[str], i: int, words: PlaceWords) -> tuple[int, tuple[str, ...]] | None:
    """The place preposition ending at token i: (its first token, its text)."""
    for phrase in words.by_last.get(keys[i], ()):
        n = len(phrase)
        if i - n + 1 < 0:
            continue
        if tuple(keys[i - n + 1 : i + 1]) == phrase:
            return i - n + 1, phrase
    return None


def _chain(tokens: list[Token], keys: list[str], first: int, mentions: list[Mention], words: PlaceWords) -> tuple[int, tuple[str, ...], str, list[Mention]] | None:
    """Walk back from a name to its place preposition over articles, adjectives, type
    words and links: (preposition's first token, preposition, hint, state mentions in the
    chain), or None where no preposition governs the name."""
    i = first - 1
    hint = ""
    lowercase = link = False
    states: list[Mention] = []
    steps = 0
    while i >= 0 and steps <= MAX_CHAIN:
        tok = tokens[i]
        if not tok.is_word:
            if tok.text in JOINERS:
                i -= 1
                continue
            return None
        found = _preposition_before(tokens, keys, i, words)
        key = keys[i]
        if found is not None and _relative(tokens, keys, found, words):
            return None  # ", in der Polen ... verlangt": a preposition with a relative pronoun
        if found is not None and not (key in words.links and not hint and len(found[1]) == 1):
            if (lowercase or link) and not hint:
                return None  # "in talks with Moscow": a preposition of something else
            return found[0], found[1], hint, states
        mention = _mention_at(mentions, i)
        if mention is not None and mention.kind in ("adjective", "demonym") and mention.country:
            states.append(mention)
            i = mention.first_token - 1
            steps += 1
            continue
        if key == "s" and i > 1 and tokens[i - 1].text in ("'", "’"):
            i -= 2  # "in Russia's Kursk region": skip the possessor
            while i >= 0 and tokens[i].is_word and tokens[i].text[:1].isupper() and _preposition_before(tokens, keys, i, words) is None:
                i -= 1
            steps += 1
            continue
        if words.capital.match_word(key):
            hint = hint or "capital"
        elif words.city.match_word(key):
            hint = hint or "city"
        elif words.region.match_word(key):
            hint = hint or "admin1"
        elif words.parts.match_word(key):
            hint = hint or "part"  # "dans le nord du Mali": Mali
        elif words.modifiers.match_word(key):
            pass  # "in western Niger"
        elif key in words.links:
            link = link or not hint  # "the city of X": only after a type word
        elif key in words.stops:
            return None  # "vom Kreml", "zum Gipfel": another preposition
        elif key in words.determiners:
            pass
        elif tok.text[:1].islower():
            lowercase = True
        else:
            return None
        i -= 1
        steps += 1
    return None


def _relative(tokens: list[Token], keys: list[str], found: tuple[int, tuple[str, ...]], words: PlaceWords) -> bool:
    """Does the preposition open a relative clause (", in der", ", dans lequel")?"""
    first, phrase = found
    after = first + len(phrase)
    return first > 0 and tokens[first - 1].text == "," and after < len(tokens) and words.subordinators.match_word(keys[after])


def _type_after(tokens: list[Token], keys: list[str], last: int, words: PlaceWords) -> str:
    """"the Donetsk region", "Kursk Oblast": a type word right after the name."""
    j = last + 1
    if j < len(tokens) and tokens[j].is_word:
        if words.region.match_word(keys[j]):
            return "admin1"
        if words.city.match_word(keys[j]):
            return "city"
    return ""


def place_phrases(tokens: list[Token], lang: LanguageData, mentions: list[Mention] = (), text: str = "") -> list[PlacePhrase]:
    """The place phrases of a sentence, in order."""
    if not tokens:
        return []
    gazetteer = load_gazetteer()
    words = place_words(lang)
    keys = [t.key for t in tokens]
    mentions = list(mentions)
    out: list[PlacePhrase] = []
    used: set[int] = set()
    stems = lang.code == "ru"
    genitive = lang.code == "de"
    for run in word_runs(tokens):
        pos = 0
        while pos < len(run):
            found = None
            first_tok = tokens[run[pos]]
            # names start with a capital; they cannot be longer than the longest one starting with this word
            longest = gazetteer.longest_name(first_tok.norm, stems, genitive) if first_tok.text[:1].isupper() else 0
            if not longest:
                pos += 1
                continue
            top = min(gazetteer.max_len, len(run) - pos, longest)
            if top > 1 and not gazetteer.may_continue(first_tok.norm, tokens[run[pos + 1]].norm, stems, genitive):
                top = 1
            for n in range(top, 0, -1):
                idx = run[pos : pos + n]
                if n == 1 and (first_tok.key in words.calendar or first_tok.norm in words.calendar):
                    break
                name_keys = tuple(tokens[i].norm for i in idx)
                if " ".join(name_keys) in words.not_places:
                    continue
                places = gazetteer.lookup(name_keys, stems)
                if not places and genitive and len(name_keys[-1]) > 4 and name_keys[-1].endswith("s"):
                    places = gazetteer.lookup(name_keys[:-1] + (name_keys[-1][:-1],))  # "im Norden Malis"
                if places:
                    found = (idx[0], idx[-1], places)
                    break
            if found is None:
                pos += 1
                continue
            first, last, places = found
            pos += last - first + 1
            if last + 2 < len(tokens) and tokens[last + 1].text in ("'", "’") and keys[last + 2] == "s":
                continue  # "in Russia's Kursk region": the possessor is not the place
            if last + 1 < len(tokens) and tokens[last + 1].text[:1].isupper() and words.organisations.match_word(keys[last + 1]):
                continue  # "at Columbia University", "bei der Washington Post": an organisation
            inside = _mention_at(mentions, first)
            if inside is not None and inside.kind in ("person", "person_out_of_office", "org", "agent", "group"):
                continue  # "at Lula's side": a person, not Luleå
            chain = _chain(tokens, keys, first, mentions, words)
            if chain is None:
                continue
            prep_first, prep, hint, _ = chain
            hint = _type_after(tokens, keys, last, words) or hint
            if hint == "admin1" and not any(p.feature == "admin1" for p in places):
                # "the Kursk region": the region of the city that gives it its name
                places = list(places) + [r for r in (gazetteer.regions.get(p.admin1) for p in places if p.feature in ("city", "capital")) if r is not None]
            if hint == "capital":
                places = [p for p in places if p.feature == "capital"]
                if not places:
                    continue  # "in der Hauptstadt Ende Juli": no capital of that name
            out.append(PlacePhrase(prep_first, first, last, " ".join(prep), _surface(tokens, first, last, text), tokens[first].start, tokens[last].end, list(places), hint, prep in words.direction))
            used.update(range(first, last + 1))
    # "in der nordkoreanischen Hauptstadt", "in the Russian capital", "dans la capitale russe"
    for i, key in enumerate(keys if words.capital.may_match(keys) else ()):
        if not words.capital.match_word(key) or i in used or not tokens[i].is_word:  # (no punctuation matches)
            continue
        chain = _chain(tokens, keys, i, mentions, words)
        if chain is None:
            continue
        prep_first, prep, _, states = chain
        after = [m for m in mentions if 0 < m.first_token - i <= 3 and m.kind in ("adjective", "country") and m.country]
        nxt = i + 1
        if nxt < len(tokens) and tokens[nxt].text[:1].isupper() and any(p.first == nxt for p in out):
            continue  # "the capital Kyiv": the name speaks
        state = (states or after or [None])[0]
        capital = gazetteer.capitals.get(state.country) if state is not None else None
        if capital is None:
            continue
        first = min([i] + [m.first_token for m in states])
        last = max([i] + [m.last_token for m in after[:1]])
        out.append(PlacePhrase(prep_first, first, last, " ".join(prep), _surface(tokens, first, last, text), tokens[first].start, tokens[last].end, [capital], "capital", prep in words.direction))
    out.sort(key=lambda p: p.first)
    return out


def _surface(tokens: list[Token], first: int, last: int, text: str) -> str:
    if text:
        base = tokens[0].start
        return text[tokens[first].start - base : tokens[last].end - base]
    return " ".join(t.text for t in tokens[first : last + 1])


# ---------------------------------------------------------------------------- events


class DocumentPlaces:
    """Place phrases of the sentences of a document, each found on first use from the tokens
    the coder made of it, and the countries the article names (actors, and places with a
    single reading), counted where a place name has several readings."""

    def __init__(self, doc: Document, lang: LanguageData, tokenized: list[list[Token]]):
        self.doc, self.lang, self.tokenized = doc, lang, tokenized
        self._phrases: dict[int, list[PlacePhrase]] = {}  # by sentence index
        self._mentions: dict[int, list[Mention]] | None = None  # by sentence index
        self._actor_countries: Counter | None = None
        self._countries: Counter | None = None

    def phrases(self, sentence: Sentence) -> list[PlacePhrase]:
        """The place phrases of a sentence (by its index)."""
        found = self._phrases.get(sentence.index)
        if found is None:
            found = self._phrases[sentence.index] = place_phrases(self.tokens(sentence), self.lang, self.mentions(sentence.index), sentence.text)
        return found

    def mentions(self, index: int) -> list[Mention]:
        """The actor mentions of the sentence with this index."""
        if self._mentions is None:
            self._mentions = {}
            for i, m in self.doc.mentions:
                self._mentions.setdefault(i, []).append(m)
        return self._mentions.get(index, [])

    def count_actors(self) -> None:
        """Count the states of the article's actor mentions as they stand now (at the first
        event: the coder resolves role nouns to states sentence by sentence)."""
        if self._actor_countries is None:
            self._actor_countries = Counter(m.country for _, m in self.doc.mentions if m.country and len(m.country) == 3 and not m.media)

    @property
    def countries(self) -> Counter:
        if self._countries is None:
            self.count_actors()
            countries = Counter(self._actor_countries)
            for sentence in self.doc.sentences:
                for phrase in self.phrases(sentence):
                    found = {p.country for p in phrase.candidates}
                    if len(found) == 1:
                        countries[next(iter(found))] += 1
            self._countries = countries
        return self._countries

    def tokens(self, sentence: Sentence) -> list[Token]:
        """The tokens of one of the document's sentences."""
        i = sentence.index
        if i < len(self.tokenized) and self.doc.sentences[i] is sentence:
            return self.tokenized[i]
        return tokenize(sentence.text, offset=sentence.start)


def event_location(
    doc: Document,
    sentence: Sentence,
    tokens: list[Token],
    lang: LanguageData,
    trigger: tuple[int, ...],
    code: str,
    source: Mention,
    target: Mention,
    clauses: list[tuple[int, int]] = (),
    rule: str = "",
    places: DocumentPlaces | None = None,
) -> dict | None:
    """The location of an event as its sentence (or, for attendees, the sentence of the
    gathering) states it; None where no place is stated. `trigger`: the token indices of
    the trigger in the sentence; `places`: the document's (default: found from scratch)."""
    if places is None:
        places = DocumentPlaces(doc, lang, [tokenize(s.text, offset=s.start) for s in doc.sentences])
    places.count_actors()
    mentions = places.mentions(sentence.index)
    phrases = places.phrases(sentence)
    words = place_words(lang)
    if rule.startswith("echo:") or _remote(tokens, tuple(trigger), words):
        return None  # an echo of an earlier event; a phone or video call has no one place
    v2 = lang.grammar.get("word_order") == "v2"
    phrase = _event_phrase(phrases, tokens, words, tuple(trigger), code, source, target, clauses, mentions, v2)
    if phrase is None:
        phrase = _visited(tokens, tuple(trigger), code, target, words)
    if phrase is None:
        phrase = _where_clause(phrases, tokens, tuple(trigger), words, mentions, code, target)
    if phrase is None and rule.startswith("attend:"):
        phrase = _gathering_phrase(doc, sentence, lang, places, (source, target))
    if phrase is None:
        return None
    # context: the sides of the event and the states of the sentence, not the place name
    # itself (the coder may have read "Tripoli" as Libya's capital)
    def elsewhere(m: Mention | None) -> bool:
        return m is not None and bool(m.country) and (m.end <= phrase.start or m.start >= phrase.end)

    event_countries = tuple(m.country for m in (source, target) if elsewhere(m))
    sentence_countries = frozenset(m.country for m in mentions if elsewhere(m))
    # (the article's countries, which take the place phrases of every sentence, only weigh
    # between several readings)
    place = phrase.best(places.countries if len(phrase.candidates) > 1 else None, event_countries, sentence_countries)
    return location_record(phrase.text, place)


def location_record(written: str, place: Place) -> dict:
    """The `location` object of an event."""
    return {
        "name": written,
        "resolved_name": place.name,
        "country": place.country,
        "lat": round(place.lat, 4),
        "lon": round(place.lon, 4),
        "feature": place.feature,
        "precision": place.precision,
        "gazetteer_id": place.id,
        "fips": place.fips,
        "admin1": place.admin1,
    }


def _event_phrase(phrases: list[PlacePhrase], tokens: list[Token], words: PlaceWords, trigger: tuple[int, ...], code: str, source: Mention, target: Mention, clauses, mentions: list[Mention], v2: bool = False) -> PlacePhrase | None:
    t_first, t_last = min(trigger), max(trigger)
    c_start, c_end = next(((a, b) for a, b in clauses if a <= t_first < b), (0, len(tokens)))
    keys = [t.key for t in tokens]
    material = code[:2] in PLACE_ROOTS or code[:3] in PLACE_CODES
    trigger_is_venue = any(words.venue.match_word(keys[i]) for i in trigger)
    movement = code[:2] in MOVEMENT_ROOTS
    candidates = []
    for phrase in phrases:
        if not (c_start <= phrase.prep_first and phrase.last < c_end):
            continue
        if any(i in trigger for i in range(phrase.first, phrase.last + 1)):
            continue  # the trigger itself ("Moskau-Besuch")
        if _topic_before(phrase, tokens, keys, words, trigger, mentions):
            continue
        if (phrase.direction or _destination(phrase, tokens, keys, words, mentions)) and not movement:
            continue  # "appealed to Washington": the addressee; "le retour en France": a destination
        if _other_clause_before(phrase, tokens, keys, words, trigger, mentions, v2):
            continue
        if not (material or trigger_is_venue):
            if (_same_span(phrase, target) or _same_span(phrase, source)) and words.recipient.match_word(phrase.preposition):
                continue  # "imputé au Rwanda": the other side, not a place
            if not _adverbial(phrase, tokens, keys, words, trigger, mentions, v2):
                continue
        candidates.append(phrase)
    if not candidates:
        return None
    # "rappelé ses ambassadeurs au Mali et au Niger": for each side, the place in its country
    sides = {c for c in (source.country, target.country) if c}
    own = [p for p in candidates if any(c.country in sides for c in p.candidates)]
    return min(own or candidates, key=lambda p: min(abs(p.first - t_last), abs(p.last - t_first)))


REMOTE_WINDOW = 3


def _remote(tokens: list[Token], trigger: tuple[int, ...], words: PlaceWords) -> bool:
    """"entretien téléphonique", "Telefonat", "video call": a call has no one place."""
    lo, hi = max(0, min(trigger) - REMOTE_WINDOW), min(len(tokens), max(trigger) + REMOTE_WINDOW + 1)
    return any(words.remote.match_word(tokens[i].key) for i in range(lo, hi))


def _where_clause(phrases: list[PlacePhrase], tokens: list[Token], trigger: tuple[int, ...], words: PlaceWords, mentions: list[Mention], code: str, target: Mention) -> PlacePhrase | None:
    """"... in Pjöngjang gelandet, wo ihn Kim begrüßte", "visited Niamey, where the two sides
    agreed": a clause opened by a relative adverb of place happens at the place before it."""
    t_first = min(trigger)
    k = next((i for i in range(t_first - 1, max(-1, t_first - 12), -1) if tokens[i].key in words.where), None)
    if k is None:
        return None
    if any(not tokens[i].is_word and tokens[i].text not in JOINERS for i in range(k + 1, t_first)):
        return None  # ", donde se encontraba Glas, fue condenado": the clause closed before the trigger
    j = k - 1
    while j >= 0 and not tokens[j].is_word:
        j -= 1  # the comma
    if j < 0:
        return None
    phrase = next((p for p in phrases if p.last == j), None)
    if phrase is not None:
        return phrase
    mention = _mention_at(mentions, j)
    if mention is not None and mention.kind == "capital" and mention.country and mention.last_token == j:
        capital = load_gazetteer().capitals.get(mention.country)
        if capital is not None:
            return PlacePhrase(mention.first_token, mention.first_token, mention.last_token, "", mention.text, mention.start, mention.end, [capital])
    return None


def _visited(tokens: list[Token], trigger: tuple[int, ...], code: str, target: Mention, words: PlaceWords) -> PlacePhrase | None:
    """"visited Niamey", "besuchte Kiew": a capital as the object of a visit is its place."""
    if code[:2] != "04" or target is None or target.kind != "capital" or not target.country:
        return None
    if target.first_token != max(trigger) + 1:
        return None
    capital = load_gazetteer().capitals.get(target.country)
    if capital is None:
        return None
    return PlacePhrase(target.first_token, target.first_token, target.last_token, "", target.text, target.start, target.end, [capital])


def _same_span(phrase: PlacePhrase, mention: Mention) -> bool:
    """Is the place name the whole actor mention ("imputé au Rwanda")? A place inside a
    longer mention qualifies the actor ("das Außenministerium in Niamey")."""
    return mention is not None and mention.start == phrase.start and mention.end == phrase.end


def _head_before(phrase: PlacePhrase, tokens: list[Token], keys: list[str], words: PlaceWords, mentions: list[Mention]) -> int | None:
    """The noun a place phrase hangs on: the word before its preposition, skipping names,
    articles, links and a few adjectives ("le soutien sans réserve d'Ankara à Bakou")."""
    i = phrase.prep_first - 1
    skipped = 0
    while i >= 0 and skipped <= 4:
        tok = tokens[i]
        mention = _mention_at(mentions, i)
        if mention is not None and mention.kind not in ("agent",):
            i = mention.first_token - 1
            skipped += 1
            continue
        if not tok.is_word or keys[i] in words.determiners or keys[i] in words.links:
            i -= 1
            skipped += 1 if tok.is_word else 0
            continue
        return i
    return None


def _topic_before(phrase: PlacePhrase, tokens: list[Token], keys: list[str], words: PlaceWords, trigger: tuple[int, ...], mentions: list[Mention] = ()) -> bool:
    """"den Konflikt in der Ukraine", "the attacks in Gaza", "le soutien d'Ankara à Bakou":
    the phrase qualifies a topic noun (not the trigger itself: "die Invasion in der Ukraine")."""
    for i in {phrase.prep_first - 1, _head_before(phrase, tokens, keys, words, mentions)}:
        if i is None or i < 0 or i in trigger:
            continue
        if words.topic.match_word(keys[i]):
            return True
        if words.topic.phrases and any(last == i + 1 for _, last in words.topic.find(keys[max(0, i - 3) : i + 1])):
            return True
    return False


def _destination(phrase: PlacePhrase, tokens: list[Token], keys: list[str], words: PlaceWords, mentions: list[Mention]) -> bool:
    """"le retour en France de l'ambassadeur", "invited him to Pyongyang": where someone goes."""
    head = _head_before(phrase, tokens, keys, words, mentions)
    return head is not None and words.destinations.match_word(keys[head])


def _other_clause_before(phrase: PlacePhrase, tokens: list[Token], keys: list[str], words: PlaceWords, trigger: tuple[int, ...], mentions: list[Mention], v2: bool = False) -> bool:
    """A place before the trigger that belongs to another predicate: a subordinate clause
    opens between them ("..., in exchange for which Biden granted"), or a coordinator joins
    two predicates ("empfing ihn in Pjöngjang und sicherte Russland ... zu")."""
    t_first = min(trigger)
    if phrase.last >= t_first:
        return False
    for i in range(phrase.last + 1, t_first):
        if i in trigger:
            continue
        if v2 and keys[i] in words.determiners:
            continue  # German "der", "die": articles more often than relative pronouns
        if words.subordinators.match_word(keys[i]):
            return True
        if keys[i] in words.coordinators:
            j = i + 1
            while j < t_first and keys[j] in words.determiners:
                j += 1
            if _mention_at(mentions, j) is None or _mention_at(mentions, i - 1) is None:
                return True  # "und sicherte", "beenden und seinen Botschafter": a second predicate, not "Russland und China"
    return False


def _adverbial(phrase: PlacePhrase, tokens: list[Token], keys: list[str], words: PlaceWords, trigger: tuple[int, ...], mentions: list[Mention], v2: bool = False) -> bool:
    """Is a place phrase an adverbial of a verbal act: before the trigger, inside a split
    verb ("forderte ... in Niamey ... auf", German), right after the trigger (only names,
    dates and function words between), or right after a gathering noun ("at a press
    conference in Moscow")?"""
    t_first, t_last = min(trigger), max(trigger)
    if phrase.last < t_first:
        return True
    between = [i for i in range(t_first + 1, phrase.prep_first) if i not in trigger]
    if any(words.topic.match_word(keys[i]) for i in between if i not in trigger):
        return False  # "après un incident ... à l'ambassade à Quito": the place of something else
    if v2 and phrase.last < t_last:
        return True  # in the verbal bracket of a split verb
    if any(words.venue.match_word(keys[i]) for i in between if phrase.prep_first - i <= VENUE_WINDOW):
        return True
    for i in between:
        tok = tokens[i]
        if not tok.is_word or _mention_at(mentions, i) is not None:
            continue
        if keys[i] in words.determiners or keys[i] in words.calendar or tok.text.isdigit() or len(tok.text) <= LIGHT_WORD:
            continue
        return False
    return True


def _gathering_phrase(doc: Document, sentence: Sentence, lang: LanguageData, places: DocumentPlaces, mentions) -> PlacePhrase | None:
    """Attendees of a gathering named earlier: the place stated in the sentence that names
    the host ("versammelte Putin ... zu seiner Konferenz in Moskau")."""
    words = place_words(lang)
    for m in mentions:
        host = next((s for s in doc.sentences if s.start <= m.start < s.end), None)
        if host is None or host.index == sentence.index:
            continue
        phrases = [p for p in places.phrases(host) if not p.direction]
        if not phrases:
            continue
        tokens = places.tokens(host)
        keys = [t.key for t in tokens]
        mentions = places.mentions(host.index)
        kept = [p for p in phrases if not _topic_before(p, tokens, keys, words, (-1, -1), mentions)]
        if kept:
            return kept[-1]
    return None


# ---------------------------------------------------------------------------- GDELT

GDELT_COUNTRY, GDELT_US_STATE, GDELT_US_CITY, GDELT_WORLD_CITY, GDELT_WORLD_STATE = 1, 2, 3, 4, 5


def action_geo(location: dict | None) -> dict[str, str]:
    """GDELT 2.0 ActionGeo_* columns of an event location: Type (1 country, 2 US state,
    3 US city, 4 world city, 5 world state/ADM1), FullName ("City, Region, Country"),
    CountryCode and ADM1Code in FIPS 10-4 as GDELT writes them (ISO alpha-3 where the
    gazetteer knows no FIPS code), Lat, Long, FeatureID (the GeoNames id; for a country,
    its FIPS code as in GDELT)."""
    if not location:
        return {}
    gazetteer = load_gazetteer()
    place = gazetteer.by_id.get(str(location.get("gazetteer_id", "")))
    feature = location.get("feature") or (place.feature if place else "")
    country = location.get("country", "")
    fips = location.get("fips") or (place.fips if place else "") or (gazetteer.countries[country].fips if country in gazetteer.countries else "")
    admin1 = location.get("admin1") or (place.admin1 if place else "")
    us = country == "USA"
    if feature == "country":
        geo_type = GDELT_COUNTRY
    elif feature == "admin1":
        geo_type = GDELT_US_STATE if us else GDELT_WORLD_STATE
    else:
        geo_type = GDELT_US_CITY if us else GDELT_WORLD_CITY
    state = gazetteer.regions.get(admin1) if feature != "admin1" else None
    nation = gazetteer.countries.get(country)
    name = location.get("resolved_name") or location.get("name", "")
    parts = [name] + ([state.name] if state is not None and state.name != name else []) + ([nation.name] if nation is not None and feature != "country" else [])
    suffix = admin1.split(".", 1)[1] if "." in admin1 else ""
    return {
        "ActionGeo_Type": str(geo_type),
        "ActionGeo_FullName": ", ".join(parts),
        "ActionGeo_CountryCode": fips or country,
        "ActionGeo_ADM1Code": (fips or country) + (suffix if feature != "country" else ""),
        "ActionGeo_Lat": str(location.get("lat", "")),
        "ActionGeo_Long": str(location.get("lon", "")),
        "ActionGeo_FeatureID": (fips or country) if feature == "country" else str(location.get("gazetteer_id", "")),
    }
