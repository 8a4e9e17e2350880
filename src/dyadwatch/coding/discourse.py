"""What earlier sentences of a document tell later ones: the article's dyad, the dyad in
focus, hosts, accusers, people named before (pronouns, surnames), context dates."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..actors import actor_dictionary, sits_in_country
from ..grounding.dates import DateMention
from ..lang import LanguageData
from ..model import Event, Mention, Sentence
from ..textutil import Token
from .clauses import can_act, inside_quotation, usable

CONTEXT_SENTENCES = 2


# An undated sentence takes a recent date (at most ANCHOR_DAYS before publication) stated
# earlier in its paragraph or in the first LEAD_SENTENCES sentences.
ANCHOR_DAYS = 14


LEAD_SENTENCES = 4


CONTEXT_TARGET_SENTENCES = 3
# CAMEO roots of words (statements, appeals, consultations, praise, demands, criticism, threats, protests)
WORD_ROOTS = ("01", "02", "03", "04", "05", "09", "10", "11", "12", "13", "14")
DEED_CODES = ("057",)  # signing or ratifying a treaty is a deed others react to


# Roots of verbal interaction where a missing target may be the other side of the dyad in focus.
DYAD_ROOTS = ("10", "11", "12", "13", "16")
# Codes whose missing target is the other side of the dyad in focus, beyond DYAD_ROOTS: a
# truce has two sides, and the one who breaks it breaks it against the other (196).
DYAD_CODES = ("196",)


@dataclass
class Discourse:
    """What earlier sentences of the document said that later ones refer to."""

    host: tuple[str, int, DateMention | None, Mention] | None = None  # (country, sentence, date, mention)
    group: tuple[str, ...] = ()
    accusers: list[tuple[str, int, Mention]] = field(default_factory=list)
    last_events: list[Event] = field(default_factory=list)
    last_person: tuple[Mention, int] | None = None
    surnames: dict[str, Mention] = field(default_factory=dict)  # "Kim" after "Kim Jong-un"
    document_dyad: tuple[str, ...] = ()  # the two states the whole article is about
    dates: list = field(default_factory=list)  # (paragraph, sentence, recent day-precision date)
    lead_date: DateMention | None = None  # the first recent date stated in the lead
    sentence_speakers: list = field(default_factory=list)  # verbs of saying in the current sentence
    sentence_said: list = field(default_factory=list)  # (verb, speaker, clause) of the current sentence, known before its clauses are coded
    sentence_mentions: list = field(default_factory=list)  # actor mentions of the current sentence
    focus: tuple[str, ...] = ()  # the dyad of the latest event
    focus_sentence: int = -1
    focus_mentions: dict[str, Mention] = field(default_factory=dict)
    doers: list[tuple[Mention, int, str]] = field(default_factory=list)  # sources of acts: (mention, sentence, code)

    def previous_doer(self, source: Mention, sentence_index: int) -> Mention | None:
        """The actor of the latest deed of another state in the sentences just before (an
        act of force, a test, a treaty: not words, which are reactions themselves): what
        "condemned the launch", "criticised the ratification" react to."""
        for doer, index, code in reversed(self.doers):
            if index >= sentence_index or (code[:2] in WORD_ROOTS and not code.startswith(DEED_CODES)):
                continue
            if sentence_index - index > CONTEXT_TARGET_SENTENCES:
                return None
            if doer.country and doer.country != source.country:
                return doer
        return None

    def context_date(self, sentence: Sentence) -> DateMention | None:
        """The date an undated sentence inherits: the latest recent date stated earlier in
        its paragraph, else the date stated in the lead of the article (headlines and the
        lead take it even when it is only given a sentence later)."""
        same_paragraph = [d for p, i, d in self.dates if p == sentence.paragraph and i < sentence.index]
        if same_paragraph:
            return same_paragraph[-1]
        if sentence.block_kind in ("title", "heading"):
            return self.lead_date
        earlier = [d for p, i, d in self.dates if i < LEAD_SENTENCES and i < sentence.index]
        return earlier[0] if earlier else None


def document_dyad(recognised: list[list[Mention]]) -> tuple[str, ...]:
    """The two states an article is about: the two most named, when together they make
    up at least half of the state mentions and each is named at least twice."""
    counts: dict[str, int] = {}
    for mentions in recognised:
        for m in mentions:
            if m.country and not m.media and not m.former and len(m.country) == 3 and m.country.isalpha() and m.role != "IGO":
                counts[m.country] = counts.get(m.country, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) < 2 or ranked[1][1] < 2 or ranked[0][1] + ranked[1][1] < 0.5 * sum(counts.values()):
        return ()
    return (ranked[0][0], ranked[1][0])


def resolve_bare_agents(candidates: list[Mention], mentions: list[Mention], dyad: tuple[str, ...], tokens: list[Token], determiners: set[str], possessives: frozenset[str] = frozenset()) -> None:
    """"die Junta", "the government": a role noun without a state (used as a noun, after an
    article), in an article about two states, is the one of the two that the sentence
    does not name otherwise; not after a possessive whose owner the sentence names before
    it ("Maduro said, with his government calling it a victory")."""
    if len(dyad) != 2:
        return
    named = {m.country for m in mentions if m.country}
    others = [c for c in dyad if c not in named]
    if len(others) != 1 or len(named & set(dyad)) != 1:
        return
    for m in candidates:
        owned = tokens[m.first_token - 1].key in possessives and any(o.country and o.last_token < m.first_token - 1 for o in mentions) if m.first_token > 0 else False
        after_article = m.first_token > 0 and tokens[m.first_token - 1].key in determiners and not owned
        if m.country is None and m.kind == "agent" and m.role in ("GOV", "MIL") and not m.former and not m.media and after_article:
            m.country = others[0]
            m.name = m.name or m.text


def resolve_agents_by_place(candidates: list[Mention], mentions: list[Mention], tokens: list[Token], lang: LanguageData) -> None:
    """"la junte au pouvoir au Niger", "the authorities in power in Mali": a role noun of an
    organ that sits in a state, followed closely by that state named as a place, is its organ
    (not an envoy: "l'ambassadeur en poste au Niger" is another state's)."""
    dictionary = actor_dictionary(lang.code)
    for m in candidates:
        if m.country is not None or m.kind != "agent" or m.former or m.media:
            continue
        word = dictionary.agent(tuple(t.norm for t in tokens[m.first_token : m.last_token + 1]))
        if word is None or not sits_in_country(word):
            continue
        place = next((p for p in mentions if p.country and p.kind in ("country", "capital") and 0 < p.first_token - m.last_token <= 4), None)
        if place is not None and all(t.is_word and t.text[:1].islower() for t in tokens[m.last_token + 1 : place.first_token]):
            m.country = place.country
            m.name = m.name or m.text


def remember_surnames(people: list[Mention], tokens: list[Token], lang: LanguageData, discourse: Discourse) -> None:
    """The words of a person's name, so that a later "Kim" or "Macron" finds the person."""
    dictionary = actor_dictionary(lang.code)
    for m in people:
        for tok in tokens[m.first_token : m.last_token + 1]:
            if tok.is_word and tok.text[:1].isupper() and len(tok.text) >= 3 and dictionary.agent((tok.norm,)) is None:
                discourse.surnames.setdefault(tok.text, m)


def with_known_surnames(mentions: list[Mention], tokens: list[Token], discourse: Discourse) -> list[Mention]:
    """Mentions plus bare names of people the document named in full before."""
    if not discourse.surnames:
        return mentions
    covered = {i for m in mentions for i in range(m.first_token, m.last_token + 1)}
    added = []
    for i, tok in enumerate(tokens):
        person = discourse.surnames.get(tok.text)
        if person is not None and i not in covered:
            added.append(Mention(tok.start, tok.end, tok.text, person.country, person.role, "person", person.name, first_token=i, last_token=i))
    return sorted(mentions + added, key=lambda m: m.first_token) if added else mentions


def relative_antecedent(tokens: list[Token], lang: LanguageData, c_start: int, mentions: list[Mention], match_first: int) -> Mention | None:
    """", qui reproche au Rwanda ...": a clause opened by a subject relative pronoun has the
    actor just before it as its subject."""
    if c_start >= len(tokens) or tokens[c_start].key not in lang.grammar_words("subject_relatives"):
        return None
    if match_first - c_start > 4:
        return None  # "qui a également vu ses représentants expulsés": not its own act
    before = [m for m in mentions if m.last_token < c_start and c_start - m.last_token <= 3 and usable(m) and can_act(m)]
    return before[-1] if before else None


def complement_subject(tokens: list[Token], lang: LanguageData, mentions: list[Mention], c_end: int, source: Mention) -> Mention | None:
    """The state that opens the clause after ", that ..." ending at token `c_end` (", что власти
    Белоруссии разберутся ..."): the addressee of a hope, appeal or demand without one."""
    if c_end + 1 >= len(tokens) or tokens[c_end].text != "," or not lang.cue("subordinators").match_word(tokens[c_end + 1].key):
        return None
    return next((m for m in mentions if c_end + 1 < m.first_token <= c_end + 5 and usable(m) and can_act(m) and m.country != source.country), None)


def dyad_partner(source: Mention, discourse: Discourse, sentence_index: int) -> Mention | None:
    """The other side of the dyad the text was just speaking about, for a source without
    a stated target ("France rejected the move", "Le ministère a démenti ces allégations")."""
    focus = discourse.focus if sentence_index - discourse.focus_sentence <= CONTEXT_TARGET_SENTENCES else ()
    for dyad in (focus, discourse.document_dyad):
        if len(dyad) == 2 and source.country in dyad:
            other = dyad[1] if source.country == dyad[0] else dyad[0]
            return discourse.focus_mentions.get(other) or Mention(source.start, source.start, other, other, "", "context", other)
    return None



def with_speaker_pronouns(mentions: list[Mention], tokens: list[Token], lang: LanguageData, speakers: list) -> list[Mention]:
    """Mentions plus "we" in what a speaker of the sentence says, as the speaker's state
    ("«Мы готовы ...», — сказал Моравецкий": мы = Poland). `speakers`: (verb, speaker,
    clause of the verb); the pronoun belongs to the nearest speaker whose verb follows it,
    else to the nearest one before it; a pronoun in the clause of the verb is left alone."""
    pronouns = lang.grammar_words("speaker_pronouns")
    if not pronouns or not speakers:
        return mentions
    covered = {i for m in mentions for i in range(m.first_token, m.last_token + 1)}
    added = []
    for i, tok in enumerate(tokens):
        if tok.key not in pronouns or i in covered or (any(a <= i < b for _, _, (a, b) in speakers) and not inside_quotation(tokens, i)):
            continue  # (a pronoun inside a quotation is the speaker's even in the clause of the verb)
        later = [(verb, who) for verb, who, _ in speakers if verb.first > i]
        earlier = [(verb, who) for verb, who, _ in speakers if verb.last < i]
        _, speaker = later[0] if later else earlier[-1]
        if speaker.country:
            added.append(Mention(tok.start, tok.end, tok.text, speaker.country, speaker.role, "pronoun", speaker.name or speaker.text, first_token=i, last_token=i))
    return sorted(mentions + added, key=lambda m: m.first_token) if added else mentions
