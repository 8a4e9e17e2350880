"""From sentences to CAMEO events: clauses, triggers, source and target, modality, dates.

A rule-based coder without a parser. For each clause it finds trigger patterns and actor
phrases, decides each phrase's function from the preposition in front of it (subject or
object when none; recipient, agent, opponent, partner, place, attribution otherwise) and
fills the trigger's frame. A small discourse memory links sentences: the host of a
conference for a following list of attendees, the last group of countries for "these
three countries", the accuser for a later denial, the previous appeal for "the same wish".
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, replace

from ..actors import ARMED_GROUP_ROLES, NON_STATE_ROLES, actor_dictionary, recognise
from ..grounding.dates import DateMention, find_dates
from ..grounding.places import (
    DocumentPlaces,
    event_location,
    load_gazetteer,
    place_phrases,
)
from ..knowledge import KnowledgeBase, load_knowledge
from ..lang import LanguageData, load_language
from ..model import Document, Event, Mention, Sentence
from ..textutil import Token, tokenize
from .arguments import (
    OBJECT_OWNER_WORDS,
    PLACE_TARGET_ROOTS,
    REPORTING_ROOTS,
    agent_follows,
    choose_arguments,
    effective_frame,
    first_target,
    future_not_passive,
    is_object_of,
    is_passive,
    label_code,
    looks_nominal,
    refine_by_object,
    refine_meeting,
    speech_segment_start,
)
from .clauses import (
    CLAUSE_PUNCTUATION,
    DOUBLE_QUOTES,
    QUOTE_JOINERS,
    Actor,
    can_act,
    clause_actors,
    coordinated_groups,
    coordinators,
    country_mention,
    expand,
    inside_quotation,
    list_fillers,
    preposition_function,
    split_clauses,
    usable,
)
from .discourse import (
    ANCHOR_DAYS,
    CONTEXT_SENTENCES,
    CONTEXT_TARGET_SENTENCES,
    DYAD_CODES,
    DYAD_ROOTS,
    LEAD_SENTENCES,
    WORD_ROOTS,
    Discourse,
    complement_subject,
    document_dyad,
    dyad_partner,
    relative_antecedent,
    remember_surnames,
    resolve_agents_by_place,
    resolve_bare_agents,
    with_known_surnames,
    with_speaker_pronouns,
)
from .epithets import resolve_epithets
from .modality import FACTUAL_MODALITIES, clause_modality
from .triggers import TriggerMatch, relative_antecedent_word, trigger_index

HISTORICAL_DAYS = 400
ATTEND_VENUE_TOKENS = 5  # "attend [a summit in] Switzerland"


# Intended acts of cooperation are coded as the intent (CAMEO 03x) by the act's root;
# an intended act of force or repression is a threat of it (138 military force, 137
# repression), intended sanctions a threat of sanctions (1312).
INTENT_CODES = {"04": "036", "06": "031", "07": "033", "05": "032", "08": "035", "081": "0351", "084": "0353", "085": "0354", "087": "0356", "17": "137", "18": "138", "19": "138", "20": "138", "163": "1312"}
# A refused act of cooperation ("will not attend", "would not provide support") is a
# rejection (CAMEO 12) by the act's root: of talks 125, of material cooperation 121, of
# aid 122, of yielding 124; other refusals stay negated.
REFUSAL_CODES = {"04": "125", "05": "120", "06": "121", "07": "122", "08": "124"}
FAR_YEAR_TOKENS = 10
# Acts done jointly by coordinated subjects ("A and B agreed / met / signed / agreed a
# ceasefire / exchanged prisoners"), as code prefixes.
MUTUAL_ROOTS = ("03", "04", "05", "062", "087", "084")
# Codes of acts that coordinated subjects do with each other when no one else is named
# ("A and B agreed / met / signed / restored relations / held joint exercises"); praise or
# aid without an addressee is not mutual.
JOINT_SUBJECT_CODES = ("03", "04", "054", "057", "062", "087", "084")
# Nouns whose listed states are all parties to it ("a truce between ...", "the exchange of ...").
LISTED_PARTY_CODES = ("087", "084", "057")
# Roots whose complement ("urged X to halt Y", "threatened to strike", "refused to impose") is not a fact.
COMPLEMENT_ROOTS = ("02", "03", "10", "12", "13")
UNDONE_CONTENT_ROOTS = ("10", "13")  # what is demanded or threatened is not done
# A conflictual act that a state declares itself ready to take is a threat of it (CAMEO:
# "when any conflictual behavior is forecasted ... it is treated as a threat"); an announced
# decision ("will recall its ambassador") stays the act. Code prefixes, most specific first.
THREAT_CODES = (("160", "1313"), ("161", "1313"), ("162", "1311"), ("163", "1312"), ("164", "134"), ("165", "135"),
                ("166", "136"), ("16", "131"), ("17", "130"), ("18", "138"), ("19", "138"), ("20", "138"))
# Roots of hopes, appeals and demands whose addressee may be the subject of the clause that
# follows ("expressed hope that the authorities of Belarus would resolve ...").
COMPLEMENT_TARGET_ROOTS = ("01", "02", "10")
# Nominal threats and measures ("closure of the crossings", "threats") whose missing target is
# the other side of the dyad in focus.
MEASURE_ROOTS = ("13", "16")
# Nouns of force after a verb and its object ("engaged X in a firefight", "hit X in air
# strikes"): the verb's subject and object are the noun's source and target.
VERB_OBJECT_NOUN_ROOTS = ("18", "19", "20")
# Reactions whose object is an act named before ("condemned the launch", "criticised the
# ratification"): without a stated target, the actor of the latest act of another state.
REACTION_ROOTS = ("11", "12")
# Acts of force whose place, found in the gazetteer ("struck Kharkiv", "exercises in
# Alaska"), stands for the state attacked or shown force when no state is named.
FORCE_PLACE_ROOTS = ("15", "18", "19", "20")
# Material conflict a speaker reports against itself is the speaker's accusation.
CONFLICT_ROOTS = ("15", "17", "18", "19", "20")

# How far back a sentence saying when something happened dates undated deeds; statements,
# appeals and reactions have their own day.
OCCURRENCE_SENTENCES = 6
VERBAL_ROOTS = ("01", "02", "10", "11", "12", "13")

MUTUAL_WINDOW = 3  # words around a trigger where "exchanged", "gegenseitig" make a joint act mutual
ACCUSED_AGENT_WORDS = 5  # "accusés d'espionnage par la France": how far the accuser may follow
SPEAKER_AFTER_VERB = 6  # words between a verb of saying after a quotation and its speaker ("a écrit samedi sur X le président")
PROTEST_ROOT = "14"  # protests: made by the people of the place where they are held, when no state is named
COERCION_ROOT = "17"  # arrests, seizures, expulsions: done by the state where they happen, when no agent is named
PATIENT_AFTER_WORDS = 6  # how far after a clause-opening passive participle its sufferer may stand
GROUP_OBJECT_WORDS = 6  # how far after coordinated subjects their common object may stand ("haben den Staat Palästina anerkannt")
# acts that can be mutual (exchanges of prisoners, fire, accusations, expulsions); agreements
# and talks are joint acts of their own
MUTUAL_ACT_ROOTS = ("06", "08", "11", "12", "13", "16", "17", "18", "19", "20")

# Acts of giving (material cooperation, aid): a state named as where something goes receives it.
GIVING_ROOTS = ("06", "07")

# With `domestic`, each non-state role (actors.NON_STATE_ROLES) of a state is a party of its
# own; armed groups (actors.ARMED_GROUP_ROLES) are one party, and one even where no state is
# named ("insurgents").
SIDE_MARK = "~"


@dataclass(slots=True)
class Candidate:
    source: Mention
    target: Mention
    code: str
    rule: str
    confidence: float
    trigger: TriggerMatch
    modality: str = "asserted"
    date: DateMention | None = None
    location: Mention | None = None


class Coder:
    """Codes the sentences of a document into events."""

    def __init__(self, knowledge: KnowledgeBase | None = None, keep_all_modalities: bool = False, actors=None, domestic: bool = False):
        self.kb = knowledge or load_knowledge()
        self.keep_all_modalities = keep_all_modalities
        self.actors = actors  # user dictionaries (knowledge.user_actors.ActorSet) or None
        self.domestic = domestic  # also code events within one state and with non-state actors

    def code(self, doc: Document) -> list[Event]:
        """Events of a document whose language, sentences and publication date are set."""
        lang = load_language(doc.lang or "en")
        pub = doc.pub_date or dt.date.today()
        discourse = Discourse()
        events: list[Event] = []
        seen: set[tuple] = set()
        tokenized = [tokenize(s.text, offset=s.start) for s in doc.sentences]
        recognised = [recognise(tokens, lang.code, pub, doc.text, actor_dictionary(lang.code, self.actors)) if tokens else [] for tokens in tokenized]
        resolve_epithets(tokenized, recognised, lang, self.kb.epithet_kinds, self.kb.state_names)
        if self.domestic:
            for found in recognised:
                for m in found:
                    m.country = side(m)
        discourse.document_dyad = document_dyad(recognised)
        dated = [find_dates(tokens, lang, pub, text=s.text) if tokens else [] for s, tokens in zip(doc.sentences, tokenized)]
        for s, dates in zip(doc.sentences[:LEAD_SENTENCES], dated):
            recent = [d for d in dates if d.precision == "day" and 0 <= (pub - d.day).days <= ANCHOR_DAYS]
            if recent:
                discourse.lead_date = recent[0]
                break
        doc.mentions = [(s.index, m) for s, ms in zip(doc.sentences, recognised) for m in ms]
        places = DocumentPlaces(doc, lang, tokenized)
        for sentence, tokens, mentions, dates in zip(doc.sentences, tokenized, recognised, dated):
            for event in self._code_sentence(doc, sentence, lang, pub, discourse, tokens, mentions, dates, places):
                key = (event.source_country, event.target_country, event.code, event.date, event.modality)
                if key in seen:
                    continue
                seen.add(key)
                events.append(event)
        date_by_occurrence(events, doc.sentences, tokenized, dated, lang, pub)
        if self.keep_all_modalities:
            return events
        return [e for e in events if e.modality in FACTUAL_MODALITIES]

    # ------------------------------------------------------------------ sentence level
    def _code_sentence(self, doc: Document, sentence: Sentence, lang: LanguageData, pub: dt.date, discourse: Discourse, tokens: list[Token], mentions: list[Mention], sentence_dates: list[DateMention], places: DocumentPlaces | None = None) -> list[Event]:
        if not tokens:
            return []
        mentions = with_known_surnames(mentions, tokens, discourse)
        clauses = split_clauses(tokens, lang)
        index = trigger_index(lang.code)
        # where a person's name begins (with a first name the dictionary lacks: "Владимира Путина")
        names = frozenset(i for m in mentions if m.kind == "person" for i in range(m.first_token, m.last_token + 1))
        person_starts = frozenset(
            i for m in mentions if m.kind == "person"
            for i in (m.first_token, m.first_token - 1) if i == m.first_token or (i >= 0 and tokens[i].is_word and tokens[i].text[:1].isupper())
        )
        clause_triggers = [index.find(tokens, c_start, c_end, person_starts) for c_start, c_end in clauses]
        clauses, clause_triggers = split_clauses_at(clauses, clause_triggers, lambda a, b, found: coordinated_cut(tokens, a, b, found, mentions, lang))
        clauses, clause_triggers = split_clauses_at(clauses, clause_triggers, lambda a, b, found: resumed_cut(tokens, a, b, found, lang))
        said = self._speakers(tokens, mentions, lang, clauses, clause_triggers, sentence, discourse)
        discourse.sentence_said = said
        mentions = with_speaker_pronouns(mentions, tokens, lang, said)
        discourse.sentence_mentions = mentions
        groups = coordinated_groups(mentions, tokens, list_fillers(lang), frozenset(coordinators(lang)))
        for group in groups:
            countries = tuple(dict.fromkeys(m.country for m in group if m.country))
            if len(countries) >= 2:
                discourse.group = countries
            share_role_noun(group)
        context_date = discourse.context_date(sentence)
        recent = [d for d in sentence_dates if d.precision == "day" and 0 <= (pub - d.day).days <= ANCHOR_DAYS]
        if recent:
            discourse.dates.append((sentence.paragraph, sentence.index, recent[-1]))
        candidates: list[Candidate] = []
        # The content of an accusation, denial, demand, appeal or threat is not a fact:
        # what follows its target up to the end of the sentence is coded as such.
        complement_from: int | None = None
        complement_until: int | None = None  # where an adjectival accusation's charge ends ("accusés d'espionnage, ont été expulsés")
        complement_modality = "alleged"
        complement_owner: tuple[TriggerMatch, Mention | None] | None = None  # the trigger and its subject
        speakers: list[tuple[TriggerMatch, Mention]] = []
        says: list[TriggerMatch] = []  # verbs of saying, with or without a known speaker
        discourse.sentence_speakers = speakers
        for (c_start, c_end), matches in zip(clauses, clause_triggers):
            antecedent = relative_antecedent_word(tokens, c_start + 1, lang.cue("subordinators")) if matches else None
            if antecedent is not None:
                matches = [index.with_antecedent(tokens, m, antecedent) for m in matches]
            if matches:
                # "la junte a ordonné ...", "dem Botschafter der Junta": bare role nouns
                in_clause = [m for m in mentions if c_start <= m.first_token < c_end]
                resolve_agents_by_place(in_clause, mentions, tokens, lang)
                resolve_bare_agents(in_clause, mentions, discourse.document_dyad, tokens, lang.grammar_words("determiners"), lang.grammar_words("possessive_determiners"))
            actors = clause_actors(mentions, tokens, lang, c_start, c_end, act_nouns(matches, tokens, lang))
            here = tuple(dict.fromkeys(c for cand in candidates[:1] for c in (cand.source.country, cand.target.country)))
            self._add_group_anaphora(actors, tokens, lang, c_start, c_end, discourse, here)
            previous: TriggerMatch | None = None
            previous_frame = ""
            for match in matches:
                frame = effective_frame(match, tokens, lang, c_start)
                if previous is not None and previous_frame not in ("say", "noun") and is_object_of(previous, match, tokens, lang):
                    continue  # "rejected the criticism", "verurteilt den Angriff": one act, coded once
                # (a noun before a verb is its object, not the other way: "Waffenlieferungen vorgeworfen")
                previous, previous_frame = match, frame
                if complement_from is not None and match.first > 0 and tokens[match.first - 1].key in coordinators(lang) and frame in ("accuse", "act", "deny"):
                    complement_from = None  # "... a rejeté ces accusations, et reproche à Ottawa ...": a new predicate
                if complement_until is not None and match.first >= complement_until:
                    complement_from = complement_until = None
                inside_complement = complement_from is not None and match.first > complement_from and frame not in ("say", "deny")
                after_say = any(m.last < match.first for m in says)
                blamer = None
                if frame == "blame" and inside_complement and complement_owner is not None and complement_owner[0].pattern.code[:2] == "13":
                    # "warns that the responsibility lies with X": a warning that blames is the blame
                    candidates = [c for c in candidates if c.trigger is not complement_owner[0]]
                    blamer = complement_owner[1]
                    inside_complement = False
                modality = complement_modality if inside_complement else clause_modality(match, tokens, lang, c_start, c_end, after_say, names=names)
                match_actors = place_as_subject(match, actors, tokens, lang)
                if frame == "say":
                    says.append(match)
                    speaker = self._speaker(match, match_actors, tokens, lang, c_start, sentence, discourse)
                    if speaker is not None:
                        speakers.append((match, speaker))
                if frame == "blame":
                    found = self._blame(match, match_actors, blamer or nearest_speaker(said, match))
                else:
                    found = self._fill_frame(frame, match, match_actors, tokens, lang, sentence, discourse, groups, c_start, c_end)
                if not found and match.pattern.code[:2] == PROTEST_ROOT and frame in ("act", "noun"):
                    found = self._protest_by_place(match, match_actors, tokens, lang, sentence, discourse)
                ready = bool(found) and bool(lang.cue("readiness").find([t.key for t in tokens[c_start : match.first]]))
                if (frame == "accuse" or match.pattern.code[:2] == "11") and found and found[0].source.first_token > match.last and not found[0].rule.endswith(":passive"):
                    # "La Russia ha usato armi chimiche, ha denunciato Kiev": what stands before
                    # an accusation whose speaker follows it is its content
                    for earlier in candidates:
                        if earlier.trigger.last < match.first and earlier.modality == "asserted":
                            earlier.modality = "alleged"
                segment = c_start
                if found and match.pattern.code[:2] in REPORTING_ROOTS and not inside_complement:
                    segment = max((i + 1 for i in range(c_start, match.first) if tokens[i].text == ","), default=c_start)
                if segment > c_start and found[0].source.first_token >= segment:
                    # "Si Kiev obtient des missiles, Moscou répondra, a averti Peskov", "..., Orpo
                    # warned": a verb of saying, warning or demanding after what was said, its
                    # speaker in its own comma segment; the condition and the future before the
                    # comma belong to what was said
                    modality = clause_modality(match, tokens, lang, segment, c_end, after_say, names=names)
                    for earlier in candidates:
                        if earlier.trigger.last < segment and earlier.modality in ("asserted", "intended") and match.pattern.code[:2] in UNDONE_CONTENT_ROOTS:
                            earlier.modality = "hypothetical"  # what is threatened or demanded is not done
                for cand in found:
                    if cand.modality == "asserted":
                        cand.modality = modality
                        if modality == "intended" and not inside_complement and cand.rule.endswith(":passive"):
                            cand.modality = clause_modality(match, tokens, lang, c_start, c_end, after_say, passive=True, names=names)
                    threat = threat_code(cand.code) if ready and cand.modality in ("asserted", "intended") else None
                    if threat:
                        cand.code, cand.modality = threat, "asserted"  # "we are ready to close the crossings"
                    candidates.append(cand)
                if not inside_complement and (frame in ("accuse", "deny") or (match.pattern.code[:2] in COMPLEMENT_ROOTS and frame != "noun")):
                    if frame in ("accuse", "deny"):
                        complement_from = content_start(found, match, c_end, frame)
                        if accused_by_participle(match, match_actors, tokens, lang):
                            complement_until = charge_end(tokens, lang, match, c_end)
                    else:  # the target of a warning or demand may stand inside its complement
                        complement_from = match.last
                    complement_modality = "alleged" if frame in ("accuse", "deny") else "hypothetical"
                    complement_owner = (match, found[0].source if found else self._speaker(match, match_actors, tokens, lang, c_start, sentence, discourse))
                    if frame == "accuse":
                        discourse.accusers.extend((c.source.country or "", sentence.index, c.source) for c in found)
                if frame == "host" and not found:
                    hosts = [a for a in actors if a.function == "free" and usable(a.mention) and can_act(a.mention)]
                    if hosts:
                        discourse.host = (hosts[0].mention.country or "", sentence.index, None, hosts[0].mention)
        if speakers:
            candidates = reported_accusations(candidates, speakers, tokens, lang)
        if not candidates:
            candidates = self._echo(tokens, mentions, lang, discourse)
        events = []
        for cand in candidates:
            event = self._event(doc, sentence, tokens, cand, sentence_dates, lang, pub, clauses, context_date, places)
            if event:
                events.append(event)
                if cand.trigger.pattern.frame == "host":
                    discourse.host = (cand.source.country or "", sentence.index, cand.date, cand.source)
        factual = [e for e in events if e.modality in FACTUAL_MODALITIES]
        if factual:
            discourse.last_events = factual
            discourse.focus = (factual[0].source_country, factual[0].target_country)
            discourse.focus_sentence = sentence.index
            for cand in candidates:
                for m in (cand.source, cand.target):
                    if m.country:
                        discourse.focus_mentions[m.country] = m
        people = [m for m in mentions if m.kind == "person" and usable(m)]
        # "he" refers back to the one who spoke, else to the first person named, else to an
        # office holder who acted ("премьер Польши выразил надежду ... — сказал он")
        subjects = [m for _, m in speakers if m.kind == "person"] + people + [c.source for c in candidates if c.source.role and c.source.kind == "country"]
        if subjects:
            discourse.last_person = (subjects[0], sentence.index)
        remember_surnames(people, tokens, lang, discourse)
        return events

    def _speaker(self, match: TriggerMatch, actors: list[Actor], tokens, lang: LanguageData, c_start: int, sentence: Sentence, discourse: Discourse) -> Mention | None:
        """Who speaks through a verb of saying: its subject; the actor right after a verb
        that opens its clause ("«...», — сказал Моравецкий", "- said the minister"); a
        subject pronoun for the person named last ("— сказал он")."""
        if after_quotation(tokens, match, c_start, lang):
            # '"We condemn Israel," said the minister', "« ... », a écrit samedi le président":
            # the speaker follows the verb; the actors inside the quotation did not speak
            follows = next((a.mention for a in actors if a.function == "free" and usable(a.mention) and can_act(a.mention) and 0 < a.position - match.last <= SPEAKER_AFTER_VERB), None)
            if follows is not None:
                return follows
        # "..., his lawyer said": a verb of saying after a comma has the subject of its own
        # segment; the actors before that comma did not speak
        segment = speech_segment_start(tokens, match, c_start)
        speakers = [a for a in actors if usable(a.mention) and (a.position >= segment or a.position > match.last)]
        speaker, _ = choose_arguments(match, speakers, lang, False, tokens, segment)
        if speaker is None and not any(t.is_word for t in tokens[c_start : match.first]):
            speaker = next((a.mention for a in speakers if a.function == "free" and 0 < a.position - match.last <= 4), None)
        if speaker is None:
            speaker = self._pronoun_subject(match, tokens, lang, sentence, discourse, c_start)
        return speaker if speaker is not None and can_act(speaker) else None

    def _speakers(self, tokens, mentions: list[Mention], lang: LanguageData, clauses: list[tuple[int, int]], clause_triggers: list[list[TriggerMatch]], sentence: Sentence, discourse: Discourse) -> list[tuple[TriggerMatch, Mention, tuple[int, int]]]:
        """The verbs of saying of a sentence with their speakers and clauses, known before the
        clauses are coded (a quotation comes before "— said X"); `clause_triggers`: the
        trigger matches of each clause."""
        found = []
        for (c_start, c_end), matches in zip(clauses, clause_triggers):
            says = [m for m in matches if m.pattern.frame == "say"]
            if not says:
                continue
            actors = clause_actors(mentions, tokens, lang, c_start, c_end, act_nouns(matches, tokens, lang))
            for match in says:
                speaker = self._speaker(match, place_as_subject(match, actors, tokens, lang), tokens, lang, c_start, sentence, discourse)
                if speaker is not None:
                    found.append((match, speaker, (c_start, c_end)))
        return found

    def _blame(self, match: TriggerMatch, actors: list[Actor], blamer: Mention | None) -> list[Candidate]:
        """"the responsibility lies with X", "X bears the responsibility": the one who says so
        (a speaker or a warning of the sentence) accuses X (112); X is the actor named with
        the trigger, before or after it."""
        if blamer is None or not blamer.country:
            return []
        # "ляжет на Армению", "lies with Armenia": a state after a preposition of place is the one blamed
        blamed = [a.mention for a in actors if (usable(a.mention) or a.function == "place") and can_act(a.mention) and a.function != "attribution" and a.mention.country != blamer.country]
        return [Candidate(blamer, blamed[0], match.pattern.code, "blame:speaker", 0.6, match)] if blamed else []

    def _gazetteer_target(self, match: TriggerMatch, tokens, lang: LanguageData, sentence: Sentence, discourse: Discourse, source: Mention, c_end: int, patient_from: int | None = None) -> Mention | None:
        """"struck Kharkiv", "military exercises in Alaska": a place of the gazetteer after an
        act of force, in one state only and not the actor's own, stands for that state (in a
        passive also one before it, from `patient_from`: "НПЗ в Рязани был атакован")."""

        def in_one_state(first: int, last: int, places) -> Mention | None:
            countries = {p.country for p in places}
            if len(countries) != 1 or source.country in countries:
                return None
            return place_mention(tokens, first, last, countries.pop())

        phrases = place_phrases(tokens, lang, discourse.sentence_mentions, sentence.text)
        for phrase in phrases:
            if match.last < phrase.first < c_end:
                return in_one_state(phrase.first, phrase.last, phrase.candidates)  # the first place after the act
        if patient_from is not None:
            for phrase in phrases:
                if patient_from <= phrase.first and phrase.last < match.first:
                    return in_one_state(phrase.first, phrase.last, phrase.candidates)
        # the object of the verb or noun ("struck Kharkiv", "the shelling of Kharkiv"): a
        # capitalised name right after the trigger
        first = match.last + 1
        linking = lang.grammar_words("linking_words")
        while first < min(c_end, match.last + 3) and (tokens[first].key in lang.grammar_words("determiners") or tokens[first].key in linking):
            first += 1
        if first < c_end and tokens[first].text[:1].isupper() and not any(m.first_token <= first <= m.last_token for m in discourse.sentence_mentions):
            gazetteer = load_gazetteer()
            for last in (first + 1, first):
                if last < c_end and tokens[last].text[:1].isupper():
                    places = gazetteer.lookup(tuple(t.norm for t in tokens[first : last + 1]), stems=lang.code == "ru")
                    if places:
                        return in_one_state(first, last, places)
        return None

    def _add_group_anaphora(self, actors: list[Actor], tokens, lang: LanguageData, c_start: int, c_end: int, discourse: Discourse, here: tuple[str, ...] = ()) -> None:
        """"these three countries", "the two sides": the states of an event earlier in the
        sentence, else the group of states named last, else the dyad in focus."""
        members = here or discourse.group or discourse.focus
        if not members:
            return
        keys = [t.key for t in tokens[c_start:c_end]]
        for first, last in lang.cue("group_anaphora").find(keys):
            a, b = c_start + first, c_start + last - 1
            mention = Mention(tokens[a].start, tokens[b].end, " ".join(t.text for t in tokens[a : b + 1]), members[0], "GOV", "group", "", first_token=a, last_token=b, members=members)
            actors.append(Actor(mention, preposition_function(mention, tokens, lang, c_start), a))
        actors.sort(key=lambda x: x.position)

    # ------------------------------------------------------------------ frames
    def _fill_frame(self, frame: str, match: TriggerMatch, actors: list[Actor], tokens, lang: LanguageData, sentence: Sentence, discourse: Discourse, groups, c_start: int, c_end: int | None = None) -> list[Candidate]:
        code = match.pattern.code
        # (an organisation that says so after the act is no party to it: "Pakistan has expelled
        # 800,000 Afghans, the UN refugee agency said")
        later_speakers = [m for verb, m, _ in discourse.sentence_said if verb.first > match.last and m.first_token > match.last and m.role == "IGO"]
        usable_actors = [a for a in actors if usable(a.mention) and a.function != "attribution" and not any(a.mention is m for m in later_speakers)]
        if code[:2] not in PLACE_TARGET_ROOTS:
            # "imputé au Rwanda": for acts of words, "à/to + state" names the addressee
            # (what is sent or given goes to the state named as where it goes: "inviato a Kiev
            # nuovi aiuti", "Hilfsgüter nach Myanmar", "направила в Мьянму помощь"; the
            # addressee of a proposal, demand or threat may stand inside a split trigger: "a
            # proposé à Pyongyang des pourparlers", not the venue of a signing: "ont signé
            # jeudi à Washington un accord")
            given = code[:2] in GIVING_ROOTS
            usable_actors += [
                Actor(a.mention, "recipient", a.position) for a in actors
                if (a.recipient_place or (given and a.function == "place")) and a.mention.country and (
                    0 < a.position - match.last <= 3 or (match.first < a.position < match.last and (given or code[:2] in COMPLEMENT_ROOTS)) or (given and a.recipient_place and a.position > match.last)
                )
            ]
            usable_actors.sort(key=lambda a: a.position)
        places = [a for a in actors if a.function == "place" and a.mention.country]
        if frame == "say":
            return []
        if frame == "attend":
            return self._attend(match, usable_actors, places, sentence, discourse)
        if frame == "receive":
            return self._receive(match, usable_actors, groups)
        if frame == "noun":
            return self._noun(match, usable_actors, places, tokens, lang, code, groups, discourse, sentence)
        if frame == "accuse" and accused_by_participle(match, usable_actors, tokens, lang):
            # "trois diplomates russes accusés d'espionnage": the diplomats are accused; an
            # accuser only as an agent close after the charge ("accusés d'espionnage par Paris")
            end = charge_end(tokens, lang, match, c_end if c_end is not None else len(tokens))
            agent = next((a for a in usable_actors if a.function == "agent" and 0 < a.position - match.last <= ACCUSED_AGENT_WORDS and a.position < end and can_act(a.mention)), None)
            accused = [a for a in usable_actors if a.mention.last_token < match.first and a.function == "free"][-1]
            if agent is not None and agent.mention.country != accused.mention.country:
                return [Candidate(agent.mention, accused.mention, code, "accuse:participle", 0.7, match)]
            if not any(a.position < accused.position and a.function == "free" and can_act(a.mention) for a in usable_actors):
                return []  # the accused opens the clause: no accuser named
            # else the clause's subject holds them accused ("Le SBU a arrêté un ressortissant hongrois soupçonné d'espionnage")
        auxiliary = is_passive(tokens, match, lang, c_start)
        if auxiliary and len(match.tokens) > 1 and agent_follows(tokens, match, lang) and not looks_nominal(match, tokens, lang) and any(a.function == "free" and a.position < match.first and can_act(a.mention) for a in usable_actors):
            # "Moscow rejected a proposal by Kyiv": a pattern ending in its object noun, with a
            # subject before it, is active; "by" belongs to the noun
            auxiliary = is_passive(tokens, replace(match, tokens=match.tokens[:1]), lang, c_start)
        if auxiliary and future_not_passive(tokens, match, lang, usable_actors + places, c_start):
            auxiliary = False  # "Russland wird die Ukraine angreifen"
        v2 = lang.grammar.get("word_order") == "v2"
        passive = auxiliary and any(a.function == "agent" and (a.position < match.first) == v2 for a in usable_actors)
        if auxiliary and not passive and (instrumental := tuple(lang.grammar.get("instrumental_endings", ()))):
            # "Иран был атакован Израилем", "атакован украинскими беспилотниками": the agent of
            # a passive stands in the instrumental, without a preposition
            agent = next((a for a in usable_actors if a.function == "free" and 0 < a.position - match.last <= 3 and tokens[a.mention.last_token].key.endswith(instrumental)), None)
            if agent is not None:
                agent.function, passive = "agent", True
        if auxiliary and not passive and frame not in ("label", "meet", "deny", "accuse"):
            # (a journalist, named as press, is arrested like anyone else)
            sufferers = [a for a in actors if a.function == "free" and a.mention.media and not a.mention.former] if code[:2] == COERCION_ROOT else []
            return self._agentless_passive(match, sorted(usable_actors + sufferers, key=lambda a: a.position) + [p for p in places if p.mention.role or code[:2] == COERCION_ROOT], frame, code, groups, discourse, sentence)
        # a verb of saying or a subordinator ("the treaty that Moscow signed") opens a clause
        # with a subject of its own
        subordinators = lang.cue("subordinators")
        boundaries = [m.last for m, _ in discourse.sentence_speakers if c_start <= m.last < match.first]
        boundaries += [i for i in range(c_start, match.first) if subordinators.match_word(tokens[i].key)]
        resumed = resumed_subject(tokens, lang, c_start, discourse.sentence_mentions, verb_first=match.first <= c_start + 1)
        if resumed is not None and not any(a.mention is resumed for a in usable_actors):
            # "Die Junta in Niger, die ... übernommen hat, hat den Botschafter ... erklärt"
            usable_actors = [Actor(resumed, "free", c_start - 1)] + [a for a in usable_actors if a.position >= c_start]  # (before a verb that opens the clause)
        source, target = choose_arguments(match, usable_actors, lang, passive, tokens, c_start, max(boundaries) if boundaries else None, frame)
        rule = f"{frame}:{'passive' if passive else lang.grammar.get('word_order', 'svo')}"
        confidence = 0.8
        if source is None and not passive:
            antecedent = relative_antecedent(tokens, lang, c_start, discourse.sentence_mentions, match.first)
            if antecedent is not None:
                source, rule = antecedent, f"{frame}:relative-clause"
                target = first_target(match, usable_actors, source)
        if source is None and not passive and lang.grammar.get("pro_drop"):
            # "Трамп заявил, что встретится с Путиным": a reported clause without a subject
            # of its own, where the language drops subject pronouns, has the speaker as subject
            speaker = next((m for verb, m in reversed(discourse.sentence_speakers) if verb.last < c_start <= verb.last + 3), None)
            if speaker is not None:
                source, rule, confidence = speaker, f"{frame}:speaker-subject", 0.6
                target = first_target(match, usable_actors, source)
        opened = next((t for t in tokens[c_start:match.first] if t.is_word), None)
        if source is None and not passive and discourse.sentence_said and inside_quotation(tokens, match.first) and not (opened and lang.cue("subordinators").match_word(opened.key)):
            # "« Merci au Japon », a écrit le président ukrainien": an act without a subject
            # inside a quotation is the speaker's (not in a clause of purpose: "чтобы оказать давление")
            speaker = next((m for verb, m, _ in discourse.sentence_said if verb.first > match.last), None) or discourse.sentence_said[-1][1]
            source, rule, confidence = speaker, f"{frame}:quoted-speaker", 0.6
            target = first_target(match, usable_actors, source)
        if source is None and not passive:
            source = self._pronoun_subject(match, tokens, lang, sentence, discourse, c_start)
            if source is not None:
                rule, confidence = f"{frame}:pronoun", 0.6
                target = first_target(match, usable_actors, source)
            elif frame in ("act", "visit", "meet", "host") and not lang.grammar.get("capitalised_nouns") and (
                looks_nominal(match, tokens, lang) or any(a.mention.kind == "adjective" and a.mention.last_token + 1 == match.first for a in usable_actors)
            ):
                # no subject: the trigger may be a noun ("la visite de Poutine à Pyongyang")
                return self._noun(match, usable_actors, places, tokens, lang, code, groups, discourse, sentence)
        if source is not None and target is None:
            target = self._pronoun_object(match, tokens, lang, sentence, discourse, source)
            rule = f"{frame}:pronoun-object" if target is not None else rule
        if not lang.grammar.get("capitalised_nouns") and looks_nominal(match, tokens, lang) and lang.cue("patient_nouns").match_word(tokens[match.first].key):
            # "l'expulsion d'un haut responsable indien par Ottawa"
            return self._patient_noun(match, usable_actors, tokens, lang, code, groups, discourse)
        if frame == "deny" and source and not target:
            accuser = next((m for c, idx, m in reversed(discourse.accusers) if sentence.index - idx <= CONTEXT_TARGET_SENTENCES and c != source.country), None)
            if accuser:
                target, rule, confidence = accuser, "deny:accuser-from-context", 0.6
        if places and source is not None and target is not None and target in expand(source, groups) and not (frame == "meet" or code.startswith(JOINT_SUBJECT_CODES)):
            target = None  # "US and British activists staged a protest in Beijing": co-subjects act together
        if source and not target and places and (frame in ("visit", "meet", "host") or code[:2] in PLACE_TARGET_ROOTS):
            # a meeting "in" a country may name its topic ("discussed the situation in Ukraine"); a city is a venue
            candidates = [p for p in places if frame != "meet" or p.mention.kind == "capital"]
            # (or in the middle field before a clause-final verb: "wird am Montag nach China reisen")
            place = next((p for p in candidates if p.mention.country != source.country and (p.position > match.first or (v2 and source.last_token < p.position < match.first))), None)
            if place:
                target, rule = place.mention, f"{frame}:place"
        if source and not target and code[:2] in FORCE_PLACE_ROOTS:
            target = self._gazetteer_target(match, tokens, lang, sentence, discourse, source, c_end, c_start if passive else None)
            rule = f"{frame}:gazetteer-place" if target is not None else rule
        if frame == "meet" and not source:
            between = [a for a in usable_actors if a.function == "between"]
            if len(between) >= 2:
                source, target, rule = between[0].mention, between[1].mention, "meet:between"
        if source is None:
            return []
        attributed = [a.mention for a in actors if a.function == "attribution"]
        source_group = [m for m in expand(source, groups) if not any(m is other for other in attributed)]  # "Secondo Ankara, la Russia ..."
        # "India and Pakistan exchanged fire", "Russland und die Ukraine tauschten Gefangene
        # aus": each did it to the other (cue `mutual` near the trigger)
        mutual = len(source_group) > 1 and code[:2] in MUTUAL_ACT_ROOTS and bool(
            lang.cue("mutual").find([t.key for t in tokens[max(c_start, match.first - MUTUAL_WINDOW) : match.last + MUTUAL_WINDOW + 1]])
        )
        if target is not None and target in source_group and frame != "meet" and not mutual:
            # "Kanada, Australien und Großbritannien haben den Staat Palästina anerkannt": a
            # member of the subjects is no object where a state stands after them all
            members = {m.country for m in source_group}
            after_group = max(m.last_token for m in source_group)
            outside = next((a.mention for a in usable_actors if 0 < a.position - after_group <= GROUP_OBJECT_WORDS and a.function in ("free", "recipient") and a.mention.country and a.mention.country not in members), None)
            target = outside or target
        if (target is None or target in source_group) and len(source_group) > 1 and (frame == "meet" or code.startswith(JOINT_SUBJECT_CODES) or mutual):
            # "Russia and China agreed", "the US, Russia and Switzerland met": a joint act
            # between each pair of the subjects.
            pairs = [
                (a, b) for i, a in enumerate(source_group) for b in source_group[i + 1 :]
                if a.country != b.country and not any(c.country == b.country for c in source_group[:i])
            ]
            if mutual:
                pairs += [(b, a) for a, b in pairs]
            return [Candidate(a, b, code, f"{frame}:{'mutual' if mutual else 'joint-subject'}", 0.7, match) for a, b in pairs]
        if target is None and code[:2] in COMPLEMENT_TARGET_ROOTS and c_end is not None:
            target = complement_subject(tokens, lang, discourse.sentence_mentions, c_end, source)
            rule = f"{frame}:complement-subject" if target is not None else rule
        if target is None and code[:3] == "045":
            return mediation(source, code, f"{frame}:mediation", match, discourse)
        discourse.doers.append((source, sentence.index, code))
        if target is None and code[:2] in REACTION_ROOTS and not code.startswith("112"):
            # (an accusation names its own target or speaks of the dyad in focus)
            # "Nordkorea hat eine Rakete abgefeuert, wenige Stunden vor einem Gipfeltreffen
            # zwischen Japan und Südkorea. Die japanische Regierung verurteilte den Start":
            # a deed named just before is what is condemned, not the talks in focus
            doer = discourse.previous_doer(source, sentence.index)
            if doer is not None and all(e.root_code in WORD_ROOTS for e in discourse.last_events):
                target, rule, confidence = doer, f"{frame}:previous-act", 0.5
        if target is None and (code[:2] in DYAD_ROOTS or code.startswith(DYAD_CODES) or frame == "deny"):
            target = dyad_partner(source, discourse, sentence.index)
            rule, confidence = f"{frame}:dyad-in-focus", 0.5
        if target is None and code[:2] in REACTION_ROOTS:
            target = discourse.previous_doer(source, sentence.index)
            rule, confidence = f"{frame}:previous-act", 0.5
        if target is None and code[:2] in REACTION_ROOTS and len(discourse.focus) == 2 and source.country not in discourse.focus and sentence.index - discourse.focus_sentence <= CONTEXT_TARGET_SENTENCES:
            # "Südkorea verurteilte das Treffen": a third state reacting to what the two
            # states in focus just did together reacts to both
            target = Mention(source.start, source.start, "", discourse.focus[0], "", "group", "", members=discourse.focus)
            rule, confidence = f"{frame}:dyad-in-focus-both", 0.5
        if target is None:
            return []
        if frame == "label":
            labelled = label_code(match, tokens, lang, usable_actors)
            if not labelled:
                return []
            code, label_target = labelled
            target = label_target or target
        if frame == "meet" and places:
            code = refine_meeting(code, source, target, places)
        code = refine_by_object(code, tokens, match, lang)
        cands = []
        for src in source_group:
            for tgt in expand(target, groups):
                if src.country and tgt.country and src.country != tgt.country and tgt not in source_group:
                    cands.append(Candidate(src, tgt, code, rule, confidence, match))
                    if frame == "host" and code[:3] == "043":
                        # a host receives a visitor: the visit (042) is the other side of it
                        cands.append(Candidate(tgt, src, "042", f"{rule}:visit", confidence, match))
        return cands

    def _agentless_passive(self, match: TriggerMatch, actors: list[Actor], frame: str, code: str, groups, discourse: Discourse, sentence: Sentence) -> list[Candidate]:
        """"Der ungarische Botschafter werde einbestellt", "l'ambassadeur a été déclaré persona
        non grata": the subject suffered the act; the actor is the one who reports it, or
        the other side of the article's dyad."""
        # the sufferer is a person or an office named as the subject before the participle
        # (in an arrest also a bare nationality, before or after: "A French researcher was
        # arrested in Moscow", "В Иране задержана гражданка Франции")
        coerced = code[:2] == COERCION_ROOT
        patient = next((a.mention for a in actors if a.function == "free" and a.position < match.first and (a.mention.role or coerced)), None)
        if patient is None and coerced:  # (right after the participle: "Arrestato a Mosca un ricercatore francese")
            patient = next((a.mention for a in actors if a.function == "free" and 0 < a.position - match.last <= PATIENT_AFTER_WORDS), None)
        if patient is None:
            return []
        speaker = next((m for _, m in discourse.sentence_speakers if m.country != patient.country), None)
        # "a été convoqué au ministère indien", "был вызван в МИД России": the office one is
        # summoned to acts
        # (before a clause-final participle: "ins kroatische Außenministerium einbestellt")
        summoner = next((a.mention for a in actors if a.function in ("recipient", "place") and a.position > min(match.first, patient.last_token) and a.mention.country != patient.country and can_act(a.mention)), None)
        if summoner is None and coerced:
            # the state where someone is arrested arrests ("in the Russian city of Vladivostok")
            place = next((a.mention for a in actors if a.function == "place" and a.mention.country and a.mention.country != patient.country), None)
            summoner = replace(place, role=place.role or "GOV", kind="country") if place is not None else None
        source = speaker or summoner or (dyad_partner(patient, discourse, sentence.index) if code[:2] in DYAD_ROOTS else None)
        if source is None or source.country == patient.country:
            return []
        return [Candidate(source, patient, code, f"{frame}:passive-no-agent", 0.5, match)]

    def _pronoun_subject(self, match: TriggerMatch, tokens, lang: LanguageData, sentence: Sentence, discourse: Discourse, c_start: int) -> Mention | None:
        """"He thanked ...": a subject pronoun refers to the person named last."""
        if discourse.last_person is None or sentence.index - discourse.last_person[1] > CONTEXT_SENTENCES:
            return None
        pronouns = lang.grammar_words("subject_pronouns")
        impersonal = lang.grammar_words("impersonal_verbs")
        window = range(max(c_start, match.first - 3), min(match.last + 2, len(tokens)))
        for i in window:
            if tokens[i].key in pronouns and not (i + 1 < len(tokens) and tokens[i + 1].key in impersonal):
                return discourse.last_person[0]
        return None

    def _pronoun_object(self, match: TriggerMatch, tokens, lang: LanguageData, sentence: Sentence, discourse: Discourse, source: Mention) -> Mention | None:
        """"Kim empfing ihn am Dienstag": an object pronoun right after the verb refers to the
        person of another state named last."""
        if discourse.last_person is None or sentence.index - discourse.last_person[1] > CONTEXT_SENTENCES:
            return None
        person = discourse.last_person[0]
        pronouns = lang.grammar_words("object_pronouns")
        near = range(match.first + 1, min(match.first + 3, len(tokens)))
        if person.country != source.country and any(tokens[i].key in pronouns for i in near):
            return person
        return None

    def _noun(self, match: TriggerMatch, actors: list[Actor], places: list[Actor], tokens, lang: LanguageData, code: str, groups, discourse: Discourse, sentence: Sentence) -> list[Candidate]:
        """Nominal triggers: "A's visit to B", "talks between A and B", "Russian attacks on Kyiv",
        "announced the break of relations with B" (the clause subject is the source)."""
        after = [a for a in actors if a.position > match.first]
        between = [a for a in after if a.function == "between"]
        group = next((a.mention for a in after if a.mention.members), None)
        by = next((a.mention for a in after if a.function == "agent" and a.position - match.last <= 3 and can_act(a.mention)), None)
        if group and by is not None and by.country in group.members:
            # "El asalto perpetrado por policías ecuatorianos ... una crisis entre ambos países":
            # the agent acted against the other of the two
            return [Candidate(by, country_mention(group, other), code, "noun:agent-in-group", 0.6, match) for other in group.members if other != by.country]
        if group:
            members = group.members
            host = next((p.mention.country for p in places if p.mention.country in members), None)
            cands = []
            for i, a in enumerate(members):
                for b in members[i + 1 :]:
                    src, tgt = (b, a) if host == b else (a, b)
                    cands.append(Candidate(country_mention(group, src), country_mention(group, tgt), code, "noun:group", 0.6, match))
            return cands
        if len(between) >= 2:
            first = between[0].mention
            return [Candidate(first, b.mention, code, "noun:between", 0.7, match) for b in between[1:] if b.mention.country != first.country]
        if lang.cue("patient_nouns").match_word(tokens[match.first].key):
            return self._patient_noun(match, actors, tokens, lang, code, groups, discourse)
        source = None
        subject = False  # the source is the subject of the clause ("Poland announced the closure of ...")
        adjacent = next((a for a in actors if a.mention.last_token == match.first - 1 and a.function in ("free", "other")), None)
        # "un ataque ruso contra Kiev", "l'attaque russe": an adjective right after the noun
        postposed = next((a for a in actors if a.mention.kind == "adjective" and a.mention.first_token == match.last + 1 and a.function in ("free", "other")), None)
        if adjacent or postposed:
            source = (adjacent or postposed).mention
        else:
            genitive = next((a for a in after if a.position - match.last <= 3 and a.function in ("free", "other", "agent") and can_act(a.mention)), None)
            if genitive:
                source = genitive.mention
            else:
                subjects = [a for a in actors if a.function == "free" and a.position < match.first and can_act(a.mention)]
                origin = next((a for a in actors if a.function == "from" and can_act(a.mention)), None)
                if (
                    code[:2] in VERB_OBJECT_NOUN_ROOTS
                    and len({a.mention.country for a in subjects}) >= 2
                    and after_preposition(match, tokens, lang)
                    and not any(a.position > match.last for a in actors if a.function != "place")
                    and not trigger_index(lang.code).find(tokens, subjects[0].position, match.first)
                ):
                    # "Syrian rebels engaged Filipino peacekeepers in a firefight", "Israel hit
                    # Hamas in air strikes": subject and object of the verb before the noun
                    first, last = subjects[0].mention, subjects[-1].mention
                    return [Candidate(first, last, code, "noun:verb-object", 0.6, match)] if first.country != last.country and last not in expand(first, groups) else []
                if subjects:
                    source = (subjects[0] if lang.grammar.get("word_order") == "v2" else subjects[-1]).mention
                    subject = True
                elif origin:
                    source = origin.mention  # "Kritik an X kam aus Rumänien"
                else:
                    # "Sanctions against Russia were imposed by the EU": the agent of the
                    # passive verb whose subject the noun is
                    agent = next((a for a in after if a.function == "agent" and can_act(a.mention)), None)
                    source = agent.mention if agent else None
        if source is None and code.startswith(MUTUAL_ROOTS):
            # "talks of the foreign ministers of Russia, Armenia and Azerbaijan ... a ceasefire":
            # the states listed together are the parties
            listed = next((g for g in groups if len({m.country for m in g if usable(m)}) >= 2 and any(a.mention in g for a in actors)), None)
            if listed:
                parties = [m for m in listed if usable(m)]
                return [Candidate(parties[0], other, code, "noun:listed-parties", 0.5, match) for other in parties[1:] if other.country != parties[0].country]
        if source is None:
            return []
        if code[:3] == "045" and not any(a.mention.country != source.country for a in after):
            return mediation(source, code, "noun:mediation", match, discourse)
        source_group = expand(source, groups)
        candidates = [a for a in after if a.mention is not source and a.mention.country != source.country and a.mention not in source_group]
        target = None
        for functions in (("against", "recipient", "with", "between"), ("free",)):
            target = next((a.mention for a in candidates if a.function in functions), None)
            if target is not None:
                break
        if target is None and (code[:3] in ("042", "043", "044") or code[:2] in PLACE_TARGET_ROOTS):
            place = next((p for p in places if p.position > match.last and p.mention.country != source.country), None)
            target = place.mention if place else None
        if target is None and code[:2] in FORCE_PLACE_ROOTS:
            target = self._gazetteer_target(match, tokens, lang, sentence, discourse, source, len(tokens))
        if target is None:
            target = next((a.mention for a in candidates if a.function == "other"), None)
        if target is None and code.startswith(MUTUAL_ROOTS) and len({m.country for m in source_group}) == 2:
            # "Russia and China held joint naval exercises": the two listed states together
            first, second = list({m.country: m for m in source_group}.values())
            return [Candidate(first, second, code, "noun:joint-subject", 0.6, match)]
        if target is None and code.startswith(LISTED_PARTY_CODES) and len(source_group) > 1:
            # "talks of Russia, Armenia and Azerbaijan ... agreement on a truce": the listed parties
            parties = list({m.country: m for m in source_group}.values())
            hosts = {p.mention.country for p in places}
            if len(parties) >= 3 and len(hosts & {m.country for m in parties}) == 1:
                parties = [m for m in parties if m.country not in hosts]  # the host of talks among three mediates
            return [Candidate(a, b, code, "noun:listed-parties", 0.5, match) for i, a in enumerate(parties) for b in parties[i + 1 :]]
        if target is None and subject and code[:2] in MEASURE_ROOTS and all(a.mention.country == source.country for a in actors):
            # "Мы готовы на закрытие переходов": a measure or threat of the subject's, in a clause
            # that names no other state, against the other side of the dyad in focus (not words:
            # "wies die Forderung zurück" names a demand of someone else's)
            target = dyad_partner(source, discourse, discourse.focus_sentence + 1)
        if target is None:
            return []
        return [Candidate(s, t, code, "noun", 0.7, match) for s in expand(source, groups) for t in expand(target, groups) if s.country != t.country]

    def _patient_noun(self, match: TriggerMatch, actors: list[Actor], tokens, lang: LanguageData, code: str, groups, discourse: Discourse) -> list[Candidate]:
        """"die Ausweisung eines serbischen Diplomaten aus Zagreb", "the arrest of two Chinese
        sailors by Japan": the actor named after such a noun suffered the act."""
        after = [a for a in actors if a.position > match.last]
        patient = next((a for a in after if a.position - match.last <= 4 and a.function in ("free", "other")), None)
        if patient is None:
            return []
        by = next((a for a in after if a.function in ("agent", "from") and can_act(a.mention) and a.mention.country != patient.mention.country), None)
        subject = next((a for a in actors if a.function == "free" and a.position < match.first and can_act(a.mention) and a.mention.country != patient.mention.country), None)
        source = (by or subject).mention if (by or subject) else dyad_partner(patient.mention, discourse, -1 if not discourse.focus else discourse.focus_sentence)
        if source is None or source.country == patient.mention.country:
            return []
        return [Candidate(source, patient.mention, code, "noun:patient", 0.6, match)]

    def _attend(self, match: TriggerMatch, actors: list[Actor], places: list[Actor], sentence: Sentence, discourse: Discourse) -> list[Candidate]:
        """Attendees of an event whose host was named in this or the previous sentences; or,
        without one, an attendee travelling to the place that names the event ("to attend
        the Beijing Olympics", "to attend a summit in Switzerland"): a visit there."""
        if discourse.host is None or sentence.index - discourse.host[1] > CONTEXT_SENTENCES:
            attendee = next((a.mention for a in actors if a.function == "free" and a.position < match.first and can_act(a.mention)), None)
            venues = [a for a in actors + places if 0 < a.position - match.last <= ATTEND_VENUE_TOKENS and a.mention.kind in ("capital", "country")]
            venue = next((a.mention for a in sorted(venues, key=lambda a: a.position) if attendee is not None and a.mention.country != attendee.country), None)
            return [Candidate(attendee, venue, "042", "attend:venue", 0.6, match)] if venue is not None else []
        host_country, _, host_date, host_mention = discourse.host
        cands = []
        for a in actors:
            if a.function in ("free", "with") and a.mention.country and a.mention.country != host_country:
                cands.append(Candidate(host_mention, a.mention, "043", "attend:host-from-context", 0.6, match, date=host_date))
                cands.append(Candidate(a.mention, host_mention, "042", "attend:visit-to-host", 0.6, match, date=host_date))
        return cands

    def _protest_by_place(self, match: TriggerMatch, actors: list[Actor], tokens, lang: LanguageData, sentence: Sentence, discourse: Discourse) -> list[Candidate]:
        """"Hundreds protested outside the Chinese embassy in Manila", "В Кишинёве у здания
        российского посольства прошёл пикет": protesters named by no state are of the state
        where they protest (a place of one state in the sentence); the foreign state named
        (its embassy) is the target."""
        hosts = [a.mention for a in actors if a.function == "place" and a.mention.country]
        if not hosts:
            phrases = [p for p in place_phrases(tokens, lang, discourse.sentence_mentions, sentence.text) if len({c.country for c in p.candidates}) == 1]
            hosts = [place_mention(tokens, p.first, p.last, p.candidates[0].country) for p in phrases]
        if len({h.country for h in hosts}) != 1:
            return []
        host = hosts[0]
        target = next((a.mention for a in actors if a.function != "place" and a.mention.country and a.mention.country != host.country and usable(a.mention) and not a.mention.former), None)
        if target is None:
            return []
        protesters = next((a.mention for a in actors if a.mention.country is None and a.mention.kind == "agent" and not a.mention.media), None)
        source = replace(protesters, country=host.country) if protesters is not None else replace(host, role="CVL", kind="place", place=False)
        return [Candidate(source, target, match.pattern.code, "act:protest-place", 0.5, match)]

    def _receive(self, match: TriggerMatch, actors: list[Actor], groups) -> list[Candidate]:
        """"Ukraine received weapons from the United States": the giver, named after the
        trigger with "from" (or its language's preposition of origin or agent), acts on the
        subject that received."""
        recipient = next((a.mention for a in actors if a.function == "free" and a.position < match.first and can_act(a.mention)), None)
        if recipient is None:
            return []
        giver = next((a.mention for a in actors if a.function in ("from", "agent", "other") and a.position > match.first and a.mention.country != recipient.country and can_act(a.mention)), None)
        if giver is None:
            return []
        return [Candidate(src, tgt, match.pattern.code, "receive:from", 0.7, match) for src in expand(giver, groups) for tgt in expand(recipient, groups) if src.country != tgt.country]

    def _echo(self, tokens, mentions: list[Mention], lang: LanguageData, discourse: Discourse) -> list[Candidate]:
        """"X repeated the same wish": X answers the previous event in kind."""
        cue = lang.cue("echo")
        if not cue or not discourse.last_events:
            return []
        actors = [m for m in mentions if usable(m) and can_act(m)]
        if len({m.country for m in actors}) != 1:
            return []
        hits = cue.find([t.key for t in tokens])
        if not hits:
            return []
        speaker = actors[0]
        previous = discourse.last_events[-1]
        if previous.target_country != speaker.country:
            return []
        partner = Mention(previous.evidence_start, previous.evidence_start, previous.source_name, previous.source_country, previous.source_role, "context", previous.source_name)
        echo = TriggerMatch(_EchoPattern(previous.code), (hits[0][0], hits[0][1] - 1))
        return [Candidate(speaker, partner, previous.code, "echo:previous-event", 0.5, echo)]

    # ------------------------------------------------------------------ event record
    def _event(self, doc: Document, sentence: Sentence, tokens: list[Token], cand: Candidate, dates: list[DateMention], lang: LanguageData, pub: dt.date, clauses: list[tuple[int, int]] = (), context_date: DateMention | None = None, places: DocumentPlaces | None = None) -> Event | None:
        # a date inside an earlier relative clause ("Die Regierung, die seit 2021 im Amt ist,
        # hat ...") dates that clause, not this act
        relatives = lang.cue("subordinators")
        embedded = [(a, b) for a, b in clauses if b <= cand.trigger.first and a > 0 and tokens[a - 1].text == "," and relatives.match_word(tokens[a].key)]
        dates = [d for d in dates if not any(a <= d.first < b for a, b in embedded)]
        date = cand.date or nearest_date(dates, cand.trigger, clauses, pub)
        if date is None and context_date is not None:
            date = DateMention(cand.trigger.first, cand.trigger.last, context_date.value, context_date.precision, "context", context_date.day)
        if date is None:
            value, precision, source, day = pub.isoformat(), "day", "publication", pub
        else:
            value, precision, source, day = date.value, date.precision, date.source, date.day
        modality = cand.modality
        # (a month or year counted from publication counts from its last day: "late last year"
        # is recent news; a year written out keeps its first: "2022 political prisoners")
        if (pub - (last_day(day, precision) if source == "relative" else day)).days > HISTORICAL_DAYS and modality in FACTUAL_MODALITIES:
            modality = "historical"
        code = cand.code
        if modality == "intended":
            # a stated intention is coded as one: "will meet" 036, "will provide aid" 033
            code = INTENT_CODES.get(code[:3], INTENT_CODES.get(code[:2], code))
        elif modality == "refused":
            code, modality = (REFUSAL_CODES[code[:2]], "asserted") if code[:2] in REFUSAL_CODES else (code, "negated")
        try:
            cameo = self.kb.cameo_code(code)
        except KeyError:
            return None
        trig_first, trig_last = tokens[cand.trigger.first], tokens[cand.trigger.last]
        spans = [cand.source.start, cand.source.end, cand.target.start, cand.target.end, trig_first.start, trig_last.end]
        spans = [x for x in spans if sentence.start <= x <= sentence.end]
        ev_start, ev_end = min(spans), max(spans)
        # where it happened, as stated in the sentence (or, for attendees, where the gathering
        # was named); None where no place is stated (grounding/places.py)
        location = event_location(doc, sentence, tokens, lang, cand.trigger.tokens, code, cand.source, cand.target, clauses, cand.rule, places)
        raw_id = f"{doc.id}|{sentence.index}|{cand.source.country}|{cand.target.country}|{code}|{trig_first.start}"
        plover_type, plover_mode = self.kb.plover(code)
        return Event(
            plover_type=plover_type,
            plover_mode=plover_mode,
            doc_id=doc.id,
            event_id=hashlib.sha1(raw_id.encode()).hexdigest()[:16],
            source_country=state_of(cand.source.country),
            source_role=cand.source.role,
            source_name=cand.source.name or cand.source.text,
            target_country=state_of(cand.target.country),
            target_role=cand.target.role,
            target_name=cand.target.name or cand.target.text,
            code=code,
            root_code=code[:2],
            quad_class=cameo.quad_class,
            goldstein=cameo.goldstein,
            date=value,
            date_precision=precision,
            date_source=source,
            modality=modality,
            location=location,
            sentence_index=sentence.index,
            evidence=doc.text[ev_start:ev_end],
            evidence_start=ev_start,
            evidence_end=ev_end,
            trigger=doc.text[trig_first.start : trig_last.end],
            trigger_start=trig_first.start,
            trigger_end=trig_last.end,
            rule=f"{cand.rule}|{cand.trigger.pattern.source_line}",
            confidence=round(cand.confidence * (0.8 if sentence.block_kind != "paragraph" else 1.0), 2),
            lang=lang.code,
            sentence=sentence.text,
        )


@dataclass(slots=True, frozen=True)
class _EchoPattern:
    code: str
    frame: str = "echo"
    source_line: str = "echo"
    parts: tuple = ()


def side(m: Mention) -> str | None:
    """The party a mention stands for when events within a state are coded: its state for
    the state's own organs, else its state and role ("GEO~CVL" for "Georgian
    demonstrators", "~INS" for insurgents of no named state), so that the coder's rule
    that source and target differ holds between a government and its opposition."""
    if m.role in NON_STATE_ROLES and m.kind != "person" and (m.country or m.role in ARMED_GROUP_ROLES):
        return f"{m.country or ''}{SIDE_MARK}{'REB' if m.role in ARMED_GROUP_ROLES else m.role}"
    return m.country


def state_of(country: str | None) -> str:
    """The state code of a party (`side`): "" for a non-state actor of no named state."""
    return (country or "").split(SIDE_MARK)[0]


def place_as_subject(match: TriggerMatch, actors: list[Actor], tokens: list[Token], lang: LanguageData) -> list[Actor]:
    """"В Польше осудили ...", "В МИД России заявили": a verb in the indefinite-personal form
    (grammar `indefinite_endings`) without a subject before it has the state or ministry
    named as the place before it as its actor, as a seat of power does ("В Кремле заявили").
    Not for acts of force, where the place is where it happened ("В Сирии обстреляли ...")."""
    endings = tuple(lang.grammar.get("indefinite_endings", []))
    if not endings or match.pattern.frame == "noun" or match.pattern.code[:2] in CONFLICT_ROOTS or not tokens[match.first].key.endswith(endings):
        return actors
    before = [a for a in actors if a.position < match.first]
    if any(a.function == "free" and can_act(a.mention) for a in before):
        return actors
    place = next((a for a in reversed(before) if a.function == "place" and a.mention.kind in ("country", "capital") and a.mention.country), None)
    if place is None:
        return actors
    speaker = replace(place.mention, place=False)
    return [Actor(speaker, "free", a.position) if a is place else a for a in actors]


def last_day(day: dt.date, precision: str) -> dt.date:
    """The last day of the month or year that a coarse date stands for (`day`: its first)."""
    if precision == "year":
        return dt.date(day.year, 12, 31)
    if precision == "month":
        return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1) - dt.timedelta(days=1)
    return day


def date_by_occurrence(events: list[Event], sentences: list[Sentence], tokenized: list[list[Token]], dated: list[list[DateMention]], lang: LanguageData, pub: dt.date) -> None:
    """"Der Vorfall ereignete sich am Samstag", "the attack took place on Monday": a sentence
    that says when something happened dates the deeds reported just before it without a
    date of their own (dated by publication), instead of the publication day."""
    if not any(e.date_source == "publication" for e in events):
        return
    occurrence = lang.cue("occurrence")
    for sentence, tokens, dates in zip(sentences, tokenized, dated):
        if not dates:
            continue
        found = occurrence.find([t.key for t in tokens])
        stated = [d for d in dates if d.day is not None and 0 <= (pub - d.day).days <= ANCHOR_DAYS]
        if not found or not stated:
            continue
        date = min(stated, key=lambda d: abs(d.first - found[0][0]))
        for e in events:
            if sentence.index - OCCURRENCE_SENTENCES <= e.sentence_index < sentence.index and e.date_source == "publication" and e.root_code not in VERBAL_ROOTS:
                e.date, e.date_precision, e.date_source = date.value, date.precision, "occurrence"


def act_nouns(matches: list[TriggerMatch], tokens: list[Token], lang: LanguageData) -> frozenset[int]:
    """First tokens of the triggers that may be nouns (where nouns are capitalised, only
    capitalised ones: "ins kroatische Außenministerium einbestellt" ends with a verb)."""
    if lang.grammar.get("capitalised_nouns"):
        return frozenset(m.first for m in matches if tokens[m.first].text[:1].isupper())
    return frozenset(m.first for m in matches)


def threat_code(code: str) -> str | None:
    """The threat (13x) of a conflictual act, or None for other acts."""
    return next((threat for prefix, threat in THREAT_CODES if code.startswith(prefix)), None)


def nearest_speaker(said: list, match: TriggerMatch) -> Mention | None:
    """The speaker of the nearest verb of saying before a trigger, else of the first one after
    it (a quotation before "— said X"); `said` as from Coder._speakers."""
    before = [who for verb, who, _ in said if verb.last < match.first]
    after = [who for verb, who, _ in said if verb.first > match.last]
    return before[-1] if before else (after[0] if after else None)


def reported_accusations(candidates: list[Candidate], speakers: list[tuple[TriggerMatch, Mention]], tokens: list[Token] = (), lang: LanguageData | None = None) -> list[Candidate]:
    """Armed action that a state's spokesman reports against his own side is that state's
    accusation ("schrieb das armenische Außenministerium, hätten aserbaidschanische
    Streitkräfte die Kämpfe fortgesetzt" is Armenia accusing Azerbaijan, 112)."""
    out = []
    own = lang.grammar_words("self_reference_pronouns") if lang else set()
    alleging = lang.cue("alleged") if lang else None
    for cand in candidates:
        if cand.code[:2] not in CONFLICT_ROOTS or cand.rule.endswith(":passive-no-agent"):
            out.append(cand)  # (an agentless passive names no doer the speaker could accuse)
            continue
        # the verb of saying nearest before the act, and its speaker
        verb, before = next(((v, m) for v, m in reversed(speakers) if v.last < cand.trigger.first), (None, None))
        if cand.modality == "alleged" and alleging is not None and before is not None and before.country != cand.source.country and alleging.match_word(tokens[verb.first].key):
            # "The US claimed that ISIL had attacked Iraq": a state that alleges another's
            # armed action accuses it (the action stays alleged)
            out.append(Candidate(before, cand.source, "112", "claimed-accusation", 0.6, cand.trigger, "asserted", cand.date))
        if cand.modality in ("asserted", "reported"):
            said = next(((verb, m) for verb, m in speakers if m.country in (cand.source.country, cand.target.country)), None)
            speaker = said[1] if said else None
            # a state whose act is named in a clause of its own ("the United States launched a
            # strike ..., Central Command said") or by a pronoun for itself ("Israel's military
            # said it struck ...") claims it: the act stands, as reported. Where the speaker
            # itself was taken as the doer, the coder may have read the direction wrong
            # ("announced the release of Americans detained in Venezuela"): an accusation.
            itself = said is not None and any(tokens[i].key in own for i in range(said[0].last + 1, min(said[0].last + 5, cand.trigger.first)))
            # (an act in the speaker's own quotation, its subject left out, is the speaker's)
            claims_own_act = speaker is not None and speaker.country == cand.source.country and (cand.source is not speaker or itself or cand.rule.endswith(":quoted-speaker"))
            if speaker is not None and not claims_own_act:
                accused = cand.target if cand.source.country == speaker.country else cand.source
                out.append(Candidate(speaker, accused, "112", "reported-accusation", 0.6, cand.trigger, "asserted", cand.date))
                continue
            third = before if said is None else None
            if third is not None and third.country and third.role != "MED" and cand.source.country:
                # "Dutch intelligence said Russia uses chemical weapons in Ukraine": a third
                # state reporting an armed act accuses its doer; the act stands as reported
                out.append(Candidate(third, cand.source, "112", "third-party-accusation", 0.5, cand.trigger, "asserted", cand.date))
            if cand.modality == "asserted":
                cand.modality = "reported"
        out.append(cand)
    return out


def place_mention(tokens: list[Token], first: int, last: int, country: str) -> Mention:
    """A place of the gazetteer standing for its state, as a mention."""
    text = " ".join(t.text for t in tokens[first : last + 1])
    return Mention(tokens[first].start, tokens[last].end, text, country, "", "place", text, place=True, first_token=first, last_token=last)


def accused_by_participle(match: TriggerMatch, actors: list[Actor], tokens: list[Token], lang: LanguageData) -> bool:
    """Is the trigger a participle (`participle_endings`) right after an actor and right
    before the word that opens the charge (`accused_markers`): "diplomats accused of"?"""
    markers = lang.grammar_words("accused_markers")
    after = match.first + 1  # (a pattern may reach into the charge: "accus* ... espionnage")
    before = match.first - (2 if match.first >= 2 and tokens[match.first - 1].text == "," else 1)  # "La Russie, accusée de ..."
    return bool(markers) and after < len(tokens) and tokens[after].key in markers and (
        tokens[match.first].key.endswith(tuple(lang.grammar.get("participle_endings", ())))
    ) and any(a.mention.last_token == before for a in actors)


def charge_end(tokens: list[Token], lang: LanguageData, match: TriggerMatch, c_end: int) -> int:
    """Where the charge after an adjectival participle of accusing ends: at the next comma
    or passive auxiliary ("accused of spying were expelled"), else with the clause."""
    auxiliaries = lang.grammar_words("passive_auxiliaries") | lang.grammar_words("finite_auxiliaries")
    return next((i for i in range(match.last + 1, c_end) if tokens[i].text == "," or tokens[i].key in auxiliaries), c_end)


def content_start(found: list[Candidate], match: TriggerMatch, c_end: int, frame: str = "accuse") -> int:
    """Where the content of an accusation or denial begins: after its target when that
    stands inside or after the trigger ("accused Russia of launching a drone attack": a
    pattern may reach into the content), else after the trigger; a denial's content
    follows it unless its target stands right after it ("negó haber enviado tropas ... a
    Guyana": what Guyana is named with is denied)."""
    inside = [c.target.last_token for c in found if match.first < c.target.last_token < c_end and (frame != "deny" or c.target.first_token - match.last <= OBJECT_OWNER_WORDS)]
    return min(inside) if inside else match.last


def resumed_subject(tokens: list[Token], lang: LanguageData, c_start: int, mentions: list[Mention], verb_first: bool = False) -> Mention | None:
    """The subject of a main clause that resumes after a relative clause with its finite
    verb ("Die Junta, die die Macht übernommen hat, hat ... erklärt"; `verb_first`: the
    clause opens with the trigger, "..., que rompieron relaciones en 2021, intercambiaron"):
    the first actor of the clause before the relative one."""
    finite = lang.grammar_words("finite_auxiliaries")
    if c_start < 2 or tokens[c_start - 1].text != "," or not (verb_first or tokens[c_start].key in finite):
        return None
    relatives = lang.cue("subordinators")
    opening = next((i for i in range(c_start - 2, 0, -1) if tokens[i].text == "," and relatives.match_word(tokens[i + 1].key)), None)
    if opening is None:
        return None
    start = next((i + 1 for i in range(opening - 1, -1, -1) if tokens[i].text in CLAUSE_PUNCTUATION or tokens[i].text == ","), 0)
    return next((m for m in mentions if start <= m.first_token and m.last_token < opening and usable(m) and can_act(m)), None)


def after_preposition(match: TriggerMatch, tokens: list[Token], lang: LanguageData) -> bool:
    """Does a preposition stand before the trigger noun (articles and adjectives between)?"""
    prepositions = lang.grammar_words("other_prepositions")
    determiners = lang.grammar_words("determiners")
    for tok in reversed(tokens[max(0, match.first - 3) : match.first]):
        if tok.key in prepositions:
            return True
        if tok.key not in determiners and not tok.text[:1].islower():
            return False
    return False


def share_role_noun(group: list[Mention]) -> None:
    """Coordinated adjectives share one role noun: "les dirigeants éthiopiens et érythréens",
    "Russian and Chinese warships" name the leaders or warships of each state."""
    role = next((m.role for m in group if m.kind == "adjective" and m.role), "")
    if role:
        for m in group:
            if m.kind == "adjective" and not m.role:
                m.role = role


def split_clauses_at(clauses: list[tuple[int, int]], clause_triggers: list[list[TriggerMatch]], cut_at: Callable[[int, int, list[TriggerMatch]], int | None]) -> tuple[list[tuple[int, int]], list[list[TriggerMatch]]]:
    """The clauses, each split at the comma `cut_at(start, end, matches)` names (None: kept
    whole), with their trigger matches shared out."""
    out_clauses: list[tuple[int, int]] = []
    out_triggers: list[list[TriggerMatch]] = []
    for (c_start, c_end), matches in zip(clauses, clause_triggers):
        cut = cut_at(c_start, c_end, matches)
        if cut is None:
            out_clauses.append((c_start, c_end))
            out_triggers.append(matches)
            continue
        out_clauses += [(c_start, cut), (cut + 1, c_end)]
        out_triggers += [[m for m in matches if m.last < cut], [m for m in matches if m.first > cut]]
    return out_clauses, out_triggers


def coordinated_cut(tokens: list[Token], c_start: int, c_end: int, matches: list[TriggerMatch], mentions: list[Mention], lang: LanguageData) -> int | None:
    """"Israel struck Iran on Friday, and Iran retaliated with missiles": a comma and a
    coordinator open a new main clause where an act stands before them, and a new subject
    (an actor) and its own act after them; not in lists ("Russia, China, and Iran
    condemned") nor where the subject is shared ("attacked X, and shelled Y")."""
    joiners = lang.grammar_words("coordinators")
    cut = None
    for i in range(c_start + 1, c_end - 1):
        if tokens[i].text != "," or tokens[i + 1].key not in joiners:
            continue
        before = [m for m in matches if m.last < i and m.pattern.frame != "say"]
        after = [m for m in matches if m.first > i + 1]
        spanning = any(m.first < i < m.last for m in matches)
        if before and after and not spanning and any(i + 1 < m.first_token < after[0].first for m in mentions):
            cut = i
    return cut


def resumed_cut(tokens: list[Token], c_start: int, c_end: int, matches: list[TriggerMatch], lang: LanguageData) -> int | None:
    """"Marruecos y Argelia, que rompieron relaciones en 2021, intercambiaron acusaciones":
    a relative clause after a comma ends at the next comma where a verb follows at once
    (an auxiliary may stand before it); the main clause resumes there."""
    if c_start == 0 or tokens[c_start - 1].text != "," or not lang.cue("subordinators").match_word(tokens[c_start].key):
        return None
    return next((i for i in range(c_start + 2, c_end - 1) if tokens[i].text == "," and any(i < m.first <= i + 2 for m in matches) and not any(m.first < i < m.last for m in matches)), None)


def after_quotation(tokens: list[Token], match: TriggerMatch, c_start: int, lang: LanguageData) -> bool:
    """Does the verb follow a closing quotation ('"...," said X', "« ... », a dit X",
    "„...“, sagte X", "«...», — сказал X")?"""
    i = match.first - 1
    if i > c_start and tokens[i].key in lang.grammar_words("reporting_inversion"):
        i -= 1
    quoted = False
    while i >= c_start and (tokens[i].text in DOUBLE_QUOTES or tokens[i].text in QUOTE_JOINERS):
        quoted = quoted or tokens[i].text in DOUBLE_QUOTES
        i -= 1
    return quoted


def mediation(source: Mention, code: str, rule: str, match: TriggerMatch, discourse: Discourse) -> list[Candidate]:
    """"Qatar played a mediating role": the mediator and each side of the dyad in focus."""
    if len(discourse.focus) != 2 or source.country in discourse.focus:
        return []
    sides = [discourse.focus_mentions.get(c) for c in discourse.focus]
    return [Candidate(source, side, code, rule, 0.5, match) for side in sides if side is not None]


def nearest_date(dates: list[DateMention], match: TriggerMatch, clauses: list[tuple[int, int]] = (), pub: dt.date | None = None) -> DateMention | None:
    """The date stated closest to the trigger in its own clause, else the nearest one in
    the clauses before it; a date in a later clause speaks of something else ("Es ist der
    erste Besuch seit 24 Jahren; zuletzt war er im Jahr 2000 dort")."""
    if not dates:
        return None
    start = next((a for a, b in clauses if a <= match.first < b), 0) if clauses else 0
    end = next((b for a, b in clauses if a <= match.first < b), None) if clauses else None
    # an old year far from the trigger describes something else ("un groupe fondé ... en 1994")
    dates = [d for d in dates if not (d.source == "explicit" and d.precision == "year" and min(abs(d.first - match.last), abs(d.last - match.first)) > FAR_YEAR_TOKENS)]
    own = [d for d in dates if d.first >= start and (end is None or d.last < end)]
    pool = own or [d for d in dates if d.last < start]
    if not pool:
        return None
    # "Due settimane fa ... la sospensione del trattato dell'8 ottobre 2002": the recent date is
    # the event's, the old one names the treaty
    recent = [d for d in pool if (pub - d.day).days <= HISTORICAL_DAYS] if pub else []
    if recent and len(recent) < len(pool):
        pool = recent
    return min(pool, key=lambda d: min(abs(d.first - match.first), abs(d.last - match.last)))
