"""Source and target of a trigger: word order, prepositions, passives, inverted
attributions, labels, and the refinements of a code by its object or place."""
from __future__ import annotations

from ..actors import actor_dictionary
from ..lang import LanguageData
from ..model import Mention
from ..textutil import Token
from .clauses import QUOTE_MARKS, Actor, can_act
from .triggers import TriggerMatch, trigger_index

# Roots where a place stated in the clause can stand for the target: meetings and visits,
# physical acts ("withdraws its troops from Niger", "strikes in Ukraine"); not words
# ("praised his work in Niamey", "vows retaliation after the killings in X").
OWNER_TARGET_ROOTS = ("11", "12")  # reactions: their target owns the object ("la propuesta de Trump")
# how far after the verb the state named with its object may stand ("rechazó [la propuesta
# de] Trump", "negó [las acusaciones de] EEUU")
OBJECT_OWNER_WORDS = 4
OBJECT_AGENT_WORDS = 10  # how far the agent of a reaction's object noun may stand ("... por parte de X")
REPORTING_ROOTS = ("01", "10", "11", "12", "13")  # verbs that may follow what was said ("..., a accusé Kiev", "..., warned Peskov")
ASKING_ROOTS = ("02", "10")  # appeals and demands: made of the state after from/от
PLACE_TARGET_ROOTS = ("04", "14", "15", "16", "17", "18", "19", "20")


def choose_arguments(match: TriggerMatch, actors: list[Actor], lang: LanguageData, passive: bool, tokens: list[Token] | None = None, clause_start: int = 0, said_before: int | None = None, frame: str = "act") -> tuple[Mention | None, Mention | None]:
    """Source and target of a verbal trigger from word order and prepositions
    (`said_before`: position of a verb of saying earlier in the clause)."""
    free = [a for a in actors if a.function == "free"]
    subjects = [a for a in free if can_act(a.mention)]
    marked = [a for a in actors if a.function in ("recipient", "against", "with", "between")]
    if passive:
        # the agent phrase stands before a clause-final participle (German) or after it
        v2 = lang.grammar.get("word_order") == "v2"
        agent = next((a for a in actors if a.function == "agent" and can_act(a.mention) and (a.position < match.first) == v2), None)
        patient = next((a for a in free + marked if agent is None or a.mention.country != agent.mention.country), None)
        return (agent.mention if agent else None), (patient.mention if patient else None)
    # without a passive, "von"/"from" marks whom a demand is made of ("verlangt von Deutschland")
    marked += [a for a in actors if a.function == "agent" and a.position > match.first]  # (inside a split trigger too)
    # "потребовал от США прекратить ...": whom a demand or appeal is made of, before its content
    asked = [a for a in actors if a.function == "from" and a.position > match.last] if match.pattern.code[:2] in ASKING_ROOTS else []
    source: Actor | None = None
    reporting = frame in ("accuse", "say") or match.pattern.code[:2] in REPORTING_ROOTS
    inversion_auxiliaries = lang.grammar_words("reporting_inversion") if reporting else frozenset()
    inverted = tokens is not None and _after_comma(tokens, match, clause_start, inversion_auxiliaries)
    if inverted:
        comma = max(i for i in range(clause_start, match.first) if tokens[i].text == ",")
        quoted = comma > 0 and tokens[comma - 1].text in QUOTE_MARKS
        # '"...", said X' anywhere; "..., verlangte X" only where the verb must come second
        # (Romance reporting verbs invert too: "..., ha denunciato Kiev", "..., a accusé Kiev";
        # and a verb of warning or demanding right after the comma: "..., предупредил Лукашенко")
        inverted = quoted or lang.grammar.get("word_order") == "v2" or bool(inversion_auxiliaries) or (comma == match.first - 1 and match.pattern.code[:2] in ("10", "13"))
    if inverted:
        # "El presidente de Colombia, Gustavo Petro, pidió", "Die Schwester des Machthabers,
        # Kim Yo-jong, dankte": the comma closes an apposition opened by a comma just before
        # (a quotation before the comma is what was said, not an apposition; between two
        # commas an apposition is a name, not a clause: "Si Kiev obtient ..., Moscou répondra
        # fermement, a averti Peskov")
        named = {i for a in actors for i in range(a.mention.first_token, a.mention.last_token + 1)}
        determiners = lang.grammar_words("determiners")

        dictionary = actor_dictionary(lang.code)

        def name_like(j: int) -> bool:  # a word of a name or a title ("le général Abdourahamane Tiani", "Kim Yo-jong")
            tok = tokens[j]
            title = j + 1 < len(tokens) and tokens[j + 1].text[:1].isupper()  # a title before a name ("le général Abdourahamane")
            return j in named or not tok.is_word or tok.text[:1].isupper() or tok.key in determiners or tokens[j - 1].text == "-" or title or dictionary.agent((tok.norm,)) is not None

        apposition = not quoted and any(
            tokens[i].text == "," and all(map(name_like, range(i + 1, comma))) for i in range(max(clause_start + 1, comma - 6), comma)
        )
        speaker_follows = any(0 < a.position - match.last <= 4 and can_act(a.mention) for a in subjects)
        inverted = speaker_follows and not apposition  # "El presidente de Colombia, Gustavo Petro, pidió ..." is no inversion
    if inverted:
        # "..., verlangte Außenamtssprecher X", "..., said the ministry": the speaker
        # follows the verb, and what was said stands before it
        source = next((a for a in subjects if a.position > match.first), None)
    elif lang.grammar.get("word_order") == "v2":
        if subjects and subjects[0].position > match.first and tokens is not None and _opens_with_subject(tokens, clause_start, match, lang):
            return None, None  # "Die Küstenwache des Inselstaats verurteilt ...": the subject is no actor we know
        if tokens is not None and match.first + 1 < len(tokens) and tokens[match.first + 1].key in lang.grammar_words("verb_second_pronouns"):
            return None, None  # "Darin lobte sie Russland": the subject is the pronoun
        source = subjects[0] if subjects else None
    else:
        # the first actor before the verb is its subject; later ones are objects of earlier
        # verbs ("Shoigu handed Kim a letter and praised ...")
        before = [a for a in subjects if a.position < match.first]
        if said_before is not None:
            # "X announced that Venezuelan authorities had handed over ...": the reported
            # clause has its own subject after the verb of saying
            reported = [a for a in before if a.position > said_before]
            before = reported or before
        segment = speech_segment_start(tokens, match, clause_start) if tokens is not None and reporting else clause_start
        # (the subject opens the segment and the verb follows it: not "..., вызвало посла ... и выразило")
        own_segment = [a for a in subjects if segment <= a.position <= segment + 2 and 0 < match.first - a.mention.last_token <= 3] if segment > clause_start else []
        if own_segment and (said_before is None or segment > said_before):
            before = own_segment  # "Finland will close its border if Moscow ..., Orpo warned": the comma segment's own subject
        source = before[0] if before else None
        if source is None and said_before is None:
            # "La sœur du dirigeant nord-coréen, Kim Yo-jong, a remercié Moscou": the state of
            # the noun phrase that opens the clause
            opening = [a for a in actors if a.function == "other" and a.position < match.first and a.position - clause_start <= 6 and can_act(a.mention)]
            source = opening[0] if opening and not any(a.position < match.first for a in actors if a is not opening[0] and a.function != "place") else None
    owner = complement_owner(match, actors, tokens, lang) if tokens is not None else None
    if owner is not None:
        source = owner  # "la décision de Moscou d'expulser ...": Moscow expels
    if source is None:
        return None, None

    def other_country(a: Actor) -> bool:
        return a is not source and a.mention.country != source.mention.country

    # Objects may stand inside a split trigger ("asked the UN to intervene", "warf X vor").
    after = [a for a in free if a.position > match.first and other_country(a)]
    before = [a for a in free if a.position < match.first and other_country(a)]
    marked_after = [a for a in marked if other_country(a) and a.position > match.first]
    if inverted:
        pools = [before, marked, after]
    elif lang.grammar.get("word_order") == "v2" and [a for a in before if a.position > source.position]:
        # the middle field between subject and a clause-final verb holds the objects
        pools = [[a for a in before if a.position > source.position], after, marked_after]
    elif frame == "accuse":
        # "imputé au Rwanda une attaque", "warf X vor": the accused is the first object,
        # direct or indirect, right after the verb
        pools = [[a for a in after + marked_after if a.position - match.last <= 4], after, marked_after]
    elif frame == "deny" and (accuser := next((a for a in actors if a.function in ("free", "other") and 0 < a.position - match.last <= OBJECT_OWNER_WORDS and other_country(a)), None)):
        # "negó las acusaciones de EEUU de que ...", "ha negato le accuse americane di ...":
        # the state named with what is denied made the accusation (a bare adjective too)
        return source.mention, accuser.mention
    else:
        pools = [after, marked_after, before, [a for a in marked if other_country(a)]]
        if frame == "meet":  # "met with Assad to discuss the fight against X"
            pools.insert(0, [a for a in marked_after if a.function == "with"])
    if asked and not inverted:
        pools.insert(0, asked)
    inside = [a for a in free if match.first < a.position < match.last and other_country(a)]
    if inside and not inverted:
        pools.insert(0, inside)  # "wants Moscow to withdraw ... from Ukraine": the object inside a split trigger
    if frame == "act" and match.pattern.code[:2] in OWNER_TARGET_ROOTS and not inverted and lang.grammar.get("word_order") != "v2":
        # "rechazó la propuesta de Trump de comprar Groenlandia", "condamné la décision de
        # Moscou": a reaction is to the state named with its object, not to one in its content
        # ("condamné l'attaque russe contre Kiev", "condemned the Russian attack on Kyiv": the adjective too)
        # ("condenó el lanzamiento de un misil por parte de Corea del Norte": the agent of the object noun)
        owned = next((a for a in actors if 0 < a.position - match.last <= OBJECT_OWNER_WORDS and other_country(a) and (
            (a.function == "other" and can_act(a.mention)) or (a.function == "free" and a.mention.kind == "adjective"))), None) or next(
            (a for a in actors if a.function == "agent" and 0 < a.position - match.last <= OBJECT_AGENT_WORDS and other_country(a) and can_act(a.mention)), None)
        if owned is not None:
            return source.mention, owned.mention
    if lang.grammar.get("word_order") != "v2" or inverted:
        pools.append([a for a in before if can_act(a.mention)])
    # prepositional actors ("attacks on X", "forces in X") only for acts of force
    if match.pattern.code[:2] in PLACE_TARGET_ROOTS:
        pools.append([a for a in actors if a.function in ("other", "from") and a.position > match.first and other_country(a)])
    # "a salué l'engagement des soldats français", "accepted the invitation of Kim": the
    # state named with the object noun, right after the verb
    # (a threat or demand names it inside its complement: "threatened to annex the Essequibo
    # region of Guyana")
    reach = 10 if match.pattern.code[:2] in ("02", "10", "13") else 5
    pools.append([a for a in actors if a.function == "other" and 0 < a.position - match.last <= reach and other_country(a)])
    # a state acting counts before a bare adjective; a bare adjective is a target only
    # after the verb ("fired at a Philippine boat", not "syrische Migranten ... hat Polen")
    for strict in (True, False):
        for pool in pools:
            found = [a for a in pool if other_country(a) and (can_act(a.mention) or (not strict and a.position > match.first)) and (owner is None or a.position > match.first)]
            if found:
                return source.mention, found[0].mention
    return source.mention, None


def complement_owner(match: TriggerMatch, actors: list[Actor], tokens: list[Token], lang: LanguageData) -> Actor | None:
    """The state named with a noun whose infinitive complement the trigger is ("la décision
    de Moscou d'expulser", "la decisione di Parigi di chiudere", "the decision of Russia to
    expel"): it does what the infinitive says (grammar `noun_complement_markers`)."""
    markers = lang.grammar_words("noun_complement_markers")
    i = match.first - 1
    while i > 0 and tokens[i].text in ("'", "’"):
        i -= 1  # "d'expulser"
    if i < 1 or tokens[i].key not in markers:
        return None
    return next((a for a in actors if a.mention.last_token == i - 1 and a.function in ("other", "free") and can_act(a.mention)), None)


def _after_comma(tokens: list[Token], match: TriggerMatch, clause_start: int, auxiliaries: frozenset[str] = frozenset()) -> bool:
    """Does the trigger open a segment right after a comma (or a closing quote and comma;
    or an auxiliary of `auxiliaries` and a comma: ", a accusé Kiev")?"""
    i = match.first - 1
    if i > clause_start and tokens[i].key in auxiliaries:
        i -= 1
    while i >= clause_start and not tokens[i].is_word and tokens[i].text in QUOTE_MARKS:
        i -= 1
    return i >= clause_start and tokens[i].text == "," and i > clause_start


def _opens_with_subject(tokens: list[Token], clause_start: int, match: TriggerMatch, lang: LanguageData) -> bool:
    """Does the clause open with an article, i.e. a subject noun phrase before the verb?
    Not where that phrase names an act ("Die Forderung ... wies Baerbock zurück"): acts are
    what actors reject or accept, fronted as the object."""
    articles = lang.grammar_words("subject_articles")
    words = [i for i in range(clause_start, match.first) if tokens[i].is_word]
    if not words or tokens[words[0]].key not in articles:
        return False
    opening = set(words[1:3])
    return not any(m.first in opening for m in trigger_index(lang.code).find(tokens, clause_start, match.first))


def is_passive(tokens: list[Token], match: TriggerMatch, lang: LanguageData, clause_start: int = 0) -> bool:
    """A passive auxiliary near the trigger, or an agent preposition right after it
    ("Un appel rejeté par Paris")."""
    auxiliaries = lang.grammar_words("passive_auxiliaries")
    participle_endings = tuple(lang.grammar.get("participle_endings", []))
    if participle_endings and len(match.tokens) > 1 and tokens[match.first].key in auxiliaries and tokens[match.tokens[1]].key.endswith(participle_endings):
        return not _reflexive_before(tokens, match.first, lang)  # "fue detenid*": a pattern that holds auxiliary and participle
    if tokens[match.first].key.endswith(tuple(lang.grammar.get("not_participle_endings", []))):
        return False  # "was dropping" is not a passive
    if tokens[match.first].key.endswith(tuple(lang.grammar.get("short_passive_endings", []))):
        return True  # "В Иране задержана гражданка Франции": a short passive participle needs no auxiliary
    opening = next((i for i in range(0, match.first + 1) if tokens[i].is_word), None)
    if opening == match.first and tokens[match.first].key.endswith(tuple(lang.grammar.get("participle_endings", []))) and lang.grammar.get("word_order") != "v2":
        return True  # "Arrestato a Mosca un ricercatore francese": a sentence opened by a participle
    before, after = lang.grammar.get("passive_window", [3, 0])
    start = max(clause_start, match.first - before)  # an auxiliary of another clause is not this verb's
    window = tokens[start : match.first + after]
    held = [i for i in match.tokens[:-1] if tokens[i].key in auxiliaries]
    if held:
        return not _reflexive_before(tokens, held[0], lang)  # a pattern that holds its auxiliary ("été convoqué*"; not "s'est rendu")
    hits = [start + i for i, t in enumerate(window) if t.key in auxiliaries]
    if hits and (_reflexive_before(tokens, hits[-1], lang) or any(map(tokens[match.first].key.startswith, lang.grammar_words("be_perfect_stems")))):
        return False  # "s'est rendu", "si è impegnato", "est arrivé": an active perfect with "be"
    if hits:
        # "are seeking to deepen", "was trying to": the auxiliary governs another verb
        markers = lang.grammar_words("infinitive_markers")
        return not any(t.key in markers for t in tokens[hits[-1] + 1 : match.first])
    return agent_follows(tokens, match, lang)


def speech_segment_start(tokens: list[Token], match: TriggerMatch, c_start: int) -> int:
    """Where the subject of a verb of saying may stand: after the last comma before it
    when words stand between the two ("..., the U.S. Central Command said"), else the clause."""
    commas = [i for i in range(c_start, match.first) if tokens[i].text == ","]
    if commas and any(t.is_word for t in tokens[commas[-1] + 1 : match.first]):
        return commas[-1] + 1
    return c_start


def future_not_passive(tokens: list[Token], match: TriggerMatch, lang: LanguageData, actors: list[Actor], clause_start: int) -> bool:
    """"Russland wird die Ukraine angreifen": an auxiliary of both the passive and the
    future (`future_auxiliaries`) with an infinitive (`infinitive_endings`), a subject before
    it, an object between it and the verb and no agent is the future of an active verb."""
    future = lang.grammar_words("future_auxiliaries")
    if not future or not tokens[match.last].key.endswith(tuple(lang.grammar.get("infinitive_endings", ()))):
        return False
    before, _ = lang.grammar.get("passive_window", [3, 0])
    auxiliaries = lang.grammar_words("passive_auxiliaries")
    hits = [i for i in range(max(clause_start, match.first - before), match.first) if tokens[i].key in auxiliaries]
    if not hits or tokens[hits[-1]].key not in future or any(a.function == "agent" for a in actors):
        return False
    aux = hits[-1]
    subject = any(a.function == "free" and a.position < aux and can_act(a.mention) for a in actors)
    return subject and any(aux < a.position < match.first and a.function != "attribution" for a in actors)


def agent_follows(tokens: list[Token], match: TriggerMatch, lang: LanguageData) -> bool:
    """An agent preposition right after the trigger ("Un appel rejeté par Paris"); not in
    verb-second languages, whose participle comes last ("forderte von Tokio" is active)."""
    agent = lang.cue("agent_prepositions")
    return lang.grammar.get("word_order") != "v2" and match.last + 1 < len(tokens) and agent.match_word(tokens[match.last + 1].key)


def _reflexive_before(tokens: list[Token], i: int, lang: LanguageData) -> bool:
    """Does a reflexive pronoun stand right before token i ("s'est", "si è", "se sont")?"""
    j = i - 1
    while j >= 0 and not tokens[j].is_word:
        j -= 1
    return j >= 0 and tokens[j].key in lang.grammar_words("reflexive_pronouns")


def first_target(match: TriggerMatch, actors: list[Actor], source: Mention) -> Mention | None:
    """The first actor of another state after the trigger, whatever its function."""
    for a in actors:
        if a.position > match.first and a.mention.country != source.country and a.function != "attribution":
            return a.mention
    return None


def label_code(match: TriggerMatch, tokens, lang: LanguageData, actors: list[Actor]):
    """A labelling verb's code from the label word after it (051 praise, 111 criticism)
    and the actor the label is pinned on ("Stellvertreterkrieg der USA")."""
    for i in range(match.last + 1, min(len(tokens), match.last + 25)):
        polarity = lang.label_polarity(tokens[i].key)
        if polarity:
            pinned = next((a.mention for a in actors if 0 < a.position - i <= 3), None)
            return ("051" if polarity == "+" else "111"), pinned
    return None


def looks_nominal(match: TriggerMatch, tokens: list[Token], lang: LanguageData) -> bool:
    """Is the trigger word used as a noun: an article or a preposition just before it
    ("la visite de Poutine", "after talks with")?"""
    words = [t for t in tokens[max(0, match.first - 3) : match.first] if t.is_word]
    if not words:
        return False
    prev = words[-1].key
    return prev in lang.grammar_words("determiners") or prev in lang.grammar_words("other_prepositions")


def is_object_of(verb: TriggerMatch, match: TriggerMatch, tokens: list[Token], lang: LanguageData) -> bool:
    """Is a trigger the object noun of the trigger just before it?"""
    determiners = lang.grammar_words("determiners")
    between = [t for t in tokens[verb.last + 1 : match.first] if t.is_word]
    return len(between) <= 2 and all(t.key in determiners for t in between) and match.first > verb.last


def effective_frame(match: TriggerMatch, tokens: list[Token], lang: LanguageData, clause_start: int) -> str:
    """The trigger's frame; a verb frame on a capitalised German word inside a clause is
    a noun ("der Besuch des Ministers in X", "bei einem Treffen mit")."""
    frame = match.pattern.frame
    if lang.grammar.get("capitalised_nouns") and frame in ("act", "visit", "host", "meet"):
        first = tokens[match.first]
        if first.text[:1].isupper() and match.first > clause_start and len(match.tokens) == 1:
            return "noun"
    return frame


def refine_meeting(code: str, source: Mention, target: Mention, places: list[Actor]) -> str:
    """A meeting in the target's country is a visit (042); in the source's, hosting (043)."""
    if code[:2] != "04":
        return code
    for place in places:
        if place.mention.country == target.country:
            return "042"
        if place.mention.country == source.country:
            return "043"
    return code


def refine_meeting_host(code: str, source: str, host: str | None) -> str:
    if code[:2] == "04" and host == source:
        return "043"
    return code


def refine_by_object(code: str, tokens: list[Token], match: TriggerMatch, lang: LanguageData) -> str:
    """A demand or appeal for cooperation (ties, partnership, dialogue) is an appeal (022);
    rejecting accusations or reports is a denial (016)."""
    if code[:2] == "12":
        window = [t.key for t in tokens[max(0, match.first - 6) : match.last + 6]]
        return "016" if lang.cue("denial_objects").find(window) else code
    if code[:2] not in ("10", "02"):
        return code
    window = [t.key for t in tokens[match.last + 1 : match.last + 12]]
    if lang.cue("cooperation_nouns").find(window):
        return "022"
    return code

