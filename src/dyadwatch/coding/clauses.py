"""Clauses and the function of each actor phrase in them: subject or object, addressee,
agent, opponent, partner, member of a pair, place, attribution; lists of actors."""
from __future__ import annotations

import functools
from dataclasses import dataclass

from ..actors import JOINERS
from ..lang import LanguageData, load_language
from ..model import Mention
from ..textutil import Token

CLAUSE_PUNCTUATION = {";", ":", "–", "—", "(", ")", "?", "!"}


# Punctuation that joins a list in any language; the words ("und", "and", "и") are language data.
LIST_MARKS = {",", "&", "/"}


def coordinators(lang: LanguageData) -> set[str]:
    return LIST_MARKS | lang.grammar_words("coordinators")


DATELINE_MARKS = {"-", "–", "—", "(", ":"}


OPENING_BRACKETS = {"[", "("}
QUOTE_MARKS = {'"', "“", "”", "„", "«", "»", "'", "’", "‘"}
DOUBLE_QUOTES = frozenset('"“”„«»')  # quotation marks that are no apostrophes
QUOTE_JOINERS = frozenset({",", "—", "–", "-"})  # what stands between a closing quotation and its verb of saying


def inside_quotation(tokens: list[Token], i: int) -> bool:
    """Does token i stand inside a quotation (after an odd number of double quotation marks)?"""
    return sum(t.text in DOUBLE_QUOTES for t in tokens[:i]) % 2 == 1


@dataclass(slots=True)
class Actor:
    """An actor phrase in a clause with its grammatical function."""

    mention: Mention
    function: str  # free | recipient | agent | against | with | between | place | attribution | other | from
    position: int  # index of first token
    recipient_place: bool = False  # "au Rwanda": a place, or the recipient of a verbal act


def usable(m: Mention) -> bool:
    """Can this mention be the source or target of an interstate event?"""
    return bool(m.country) and not m.former and not m.media and not m.place and m.kind not in ("person_out_of_office", "modifier") and m.role != "FORUM"


def can_act(m: Mention) -> bool:
    """A bare adjective ("syrische Migranten", "a Philippine boat") names no actor that
    acts; with a role noun ("die chinesische Küstenwache") it does."""
    return m.kind != "adjective" or bool(m.role)


def country_mention(group: Mention, country: str) -> Mention:
    return Mention(group.start, group.end, group.text, country, group.role, "group", country, first_token=group.first_token, last_token=group.last_token)


def clause_actors(mentions: list[Mention], tokens: list[Token], lang: LanguageData, c_start: int, c_end: int, act_words: frozenset[int] = frozenset()) -> list[Actor]:
    """The actor phrases of a clause with their function; members of a coordinated list
    share the function of the first ("zwischen Moskau und Pjöngjang"). `act_words`: first
    tokens of the clause's triggers; an adjective right before one names who acted, not
    a place ("killed in Israeli tank shelling")."""
    actors: list[Actor] = []
    attribution = lang.cue("attribution")
    links = coordinators(lang)
    determiners = lang.grammar_words("determiners")
    words = lang.grammar_words("coordinators")  # "et", "y", "e": an article may follow them
    for m in mentions:
        if not (c_start <= m.first_token and m.last_token < c_end):
            continue
        function = preposition_function(m, tokens, lang, c_start)
        if is_dateline(m, tokens):
            function = "other"  # dateline: "Manila - Ein Schiff ...", "(ANSA) - ALGERI, 20 GIU - Il ministero ..."
        if actors and function == "free":
            prev = actors[-1]
            between = tokens[prev.mention.last_token + 1 : m.first_token]
            # ("entre la Thaïlande et le Cambodge": an article may follow the coordinator)
            if between and all(t.key in links or t.text in JOINERS or (t.key in determiners and any(b.key in words for b in between[:j])) for j, t in enumerate(between)):
                # (a fronted "according to X," ends at its comma: "Secondo Ankara, la Russia ...")
                if not (prev.function == "attribution" and all(t.text == "," for t in between)):
                    function = prev.function
        recipient_place = False
        if m.kind == "adjective" and function == "place" and m.last_token + 1 in act_words:
            function = "free"
        elif m.kind == "seat" and function in ("place", "recipient", "other"):
            function = "free"  # "im Kreml hieß es", "В Кремле осудили": the seat speaks for the government
        elif (m.kind in ("capital", "country", "adjective") and function == "place") or (
            m.kind in ("capital", "country") and function in ("recipient", "other") and _is_place_prep(m, tokens, lang)
        ):
            recipient_place = function == "recipient" or lang.cue("recipient_prepositions").match_word(_preceding_word(m, tokens))
            m.place = True
            function = "place"
        elif function == "place":
            function = "other"
        # "X zufolge": attribution after the name
        if m.last_token + 1 < len(tokens) and attribution.match_word(tokens[m.last_token + 1].key):
            function = "attribution"
        actors.append(Actor(m, function, m.first_token, recipient_place))
    return actors


def is_dateline(m: Mention, tokens: list[Token]) -> bool:
    """A place name opening a sentence and followed by a dash, comma or bracket, or
    written in capitals near the start ("TOKYO --", "ALGERI, 20 GIU -")."""
    if m.kind not in ("capital", "country") or m.last_token + 1 >= len(tokens):
        return False
    follows = tokens[m.last_token + 1].text
    if m.first_token == 0 and follows in DATELINE_MARKS:
        return True
    return m.first_token <= 4 and m.text.isupper() and len(m.text) > 2 and follows in DATELINE_MARKS | {","}


def _preceding_word(m: Mention, tokens: list[Token]) -> str:
    i = m.first_token - 1
    while i >= 0 and not tokens[i].is_word:
        i -= 1
    return tokens[i].key if i >= 0 else ""


def split_clauses(tokens: list[Token], lang: LanguageData) -> list[tuple[int, int]]:
    """Clause boundaries: strong punctuation, and commas before a subordinator."""
    subordinators = lang.cue("subordinators")
    conjunctions = lang.grammar_words("clause_conjunctions")
    finite = lang.grammar_words("finite_auxiliaries")  # "..., hat den Botschafter ... erklärt": the main clause resumes
    prepositions = lang.grammar_words("other_prepositions") | {"an", "in", "mit", "von", "à", "de", "with"}
    bounds = []
    start = 0
    for i, tok in enumerate(tokens):
        split = False
        if tok.text in CLAUSE_PUNCTUATION:
            split = True
        elif tok.text == "," and i + 1 < len(tokens):
            nxt = tokens[i + 1].key
            after = tokens[i + 2].key if i + 2 < len(tokens) else ""
            if subordinators.match_word(nxt) or nxt in conjunctions or nxt in finite or (nxt in prepositions and subordinators.match_word(after)):
                split = True
        if split:
            if i > start:
                bounds.append((start, i))
            start = i + 1
    if start < len(tokens):
        bounds.append((start, len(tokens)))
    return bounds


# The cue sets of prepositions (and attribution words) in the order they are tried, and the
# function each gives the mention after it.
PREPOSITION_CUES = ("attribution", "between", "recipient_prepositions", "agent_prepositions", "against_prepositions", "with_prepositions", "place_prepositions")
PREPOSITION_FUNCTIONS = ("attribution", "between", "recipient", "agent", "against", "with", "place")


def preposition_function(mention: Mention, tokens: list[Token], lang: LanguageData, clause_start: int) -> str:
    """What the preposition before a mention makes of it (determiners and adjectives skipped)."""
    determiners = lang.grammar_words("determiners")
    other_prepositions = lang.grammar_words("other_prepositions")
    # ", in der Polen ... verlangt": a clause opened by preposition + relative pronoun; the
    # pronoun is no article of the mention after it
    relative_pronoun = None
    if clause_start + 1 < len(tokens) and tokens[clause_start].key in other_prepositions and lang.cue("subordinators").match_word(tokens[clause_start + 1].key):
        relative_pronoun = clause_start + 1
    window_start = max(clause_start, mention.first_token - 5)
    keys = [t.key for t in tokens[window_start : mention.first_token]]
    for first, last in lang.cue("attribution").find(keys):
        between = keys[last:]
        if all(k in determiners or not k[:1].isalnum() for k in between):
            return "attribution"
    for first, last in lang.cue("agent_phrases").find(keys):
        if all(k in determiners or not k[:1].isalnum() for k in keys[last:]):
            return "agent"  # "el lanzamiento de un misil por parte de Corea del Norte"
    i = mention.first_token - 1
    steps = 0
    while i >= clause_start and steps < 4:
        if i == relative_pronoun:
            return "free"
        tok = tokens[i]
        if tok.text in JOINERS or tok.text in QUOTE_MARKS or tok.text in OPENING_BRACKETS:
            i -= 1  # "с [президентом РФ]", 'an den "Partner"': brackets and quotes hide no preposition
            continue
        if not tok.is_word:
            return "free"
        key = tok.key
        found = lang.first_cue(PREPOSITION_CUES, key)
        if found >= 0:
            return PREPOSITION_FUNCTIONS[found]
        if key in lang.grammar_words("source_prepositions"):
            return "from"
        if i == clause_start and key in determiners:
            return "free"  # "Des avions de chasse russes ont bombardé": an article opens the clause
        if key in other_prepositions:
            return "other"
        if key in determiners or (tok.text[:1].islower() and steps < 2 and lang.code == "de"):
            i -= 1
            steps += 1
            continue
        return "free"
    return "free"


def _is_place_prep(mention: Mention, tokens: list[Token], lang: LanguageData) -> bool:
    i = mention.first_token - 1
    while i >= 0 and tokens[i].key in lang.grammar_words("determiners"):
        i -= 1
    return i >= 0 and lang.cue("place_prepositions").match_word(tokens[i].key)


def list_fillers(lang: LanguageData) -> frozenset[str]:
    """Words that may stand between the members of a list besides the conjunction: articles
    and prepositions, repeated or not ("au Mali et au Niger", "aux États-Unis et en Australie")."""
    return _list_fillers(lang.code)


@functools.cache
def _list_fillers(code: str) -> frozenset[str]:
    lang = load_language(code)
    words = lang.grammar_words("determiners") | lang.grammar_words("other_prepositions")
    for name in ("recipient_prepositions", "place_prepositions", "against_prepositions", "with_prepositions"):
        words |= lang.cue(name).words
    return frozenset(words)


def coordinated_groups(mentions: list[Mention], tokens: list[Token], determiners: frozenset[str] = frozenset(), links: frozenset[str] = frozenset(LIST_MARKS)) -> list[list[Mention]]:
    """Mentions joined only by commas, hyphens, conjunctions and articles ("Belarus, China
    und Iran", "the Kuwaiti emir and the US"); articles and prepositions only after the
    conjunction ("au Mali et au Niger", not "werfen Iran vor, Russland ...")."""
    groups: list[list[Mention]] = []
    for m in mentions:
        if groups:
            prev = groups[-1][-1]
            between = tokens[prev.last_token + 1 : m.first_token]
            # (two articles in a row open a relative clause: "Russland, das die Ukraine ...")
            relative = any(a.key in determiners and b.key in determiners for a, b in zip(between, between[1:]))
            if between and len(between) <= 4 and not relative and (between[0].key in links or between[0].text in JOINERS) and all(
                t.key in links or t.text in JOINERS or t.key in determiners for t in between
            ):
                groups[-1].append(m)
                continue
        groups.append([m])
    return groups


def expand(mention: Mention, groups: list[list[Mention]]) -> list[Mention]:
    """A coordinated mention stands for every member of its list, and "the two sides"
    for each of the states it refers to."""
    if mention.members:
        return [country_mention(mention, c) for c in mention.members]
    for group in groups:
        if mention in group and len(group) > 1:
            if mention.place:  # "rappelé ses ambassadeurs au Mali et au Niger": places stand for their states
                return [m for m in group if m.place and m.country] or [mention]
            return [m for m in group if usable(m)] or [mention]
    return [mention]

