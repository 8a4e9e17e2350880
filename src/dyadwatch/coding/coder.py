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
from dataclasses import dataclass, field

from ..actors import JOINERS, actor_dictionary, recognise
from ..grounding.dates import DateMention, find_dates
from ..knowledge import KnowledgeBase, load_knowledge
from ..lang import LanguageData, load_language
from ..model import Document, Event, Mention, Sentence
from ..textutil import Token, tokenize
from .triggers import TriggerMatch, trigger_index

# Modalities written out by default; the others are kept only on request (--all-modalities).
FACTUAL_MODALITIES = ("asserted", "reported", "intended")
HISTORICAL_DAYS = 400
CLAUSE_PUNCTUATION = {";", ":", "–", "—", "(", ")", "?", "!"}
# Punctuation that joins a list in any language; the words ("und", "and", "и") are language data.
LIST_MARKS = {",", "&", "/"}


def coordinators(lang: LanguageData) -> set[str]:
    return LIST_MARKS | set(lang.grammar.get("coordinators", []))
CONTEXT_SENTENCES = 2
# Intended acts of cooperation are coded as the intent (CAMEO 03x) by the act's root.
INTENT_CODES = {"04": "036", "06": "031", "07": "033", "05": "032"}
# An undated sentence takes a recent date (at most ANCHOR_DAYS before publication) stated
# earlier in its paragraph or in the first LEAD_SENTENCES sentences.
ANCHOR_DAYS = 14
FAR_YEAR_TOKENS = 10
LEAD_SENTENCES = 4
# Acts done jointly by coordinated subjects ("A and B agreed / met / signed / agreed a
# ceasefire / exchanged prisoners"), as code prefixes.
MUTUAL_ROOTS = ("03", "04", "05", "087", "084")
# Codes of acts that coordinated subjects do with each other when no one else is named
# ("A and B agreed / met / signed"); praise or aid without an addressee is not mutual.
JOINT_SUBJECT_CODES = ("03", "04", "057", "087", "084")
# Nouns whose listed states are all parties to it ("a truce between ...", "the exchange of ...").
LISTED_PARTY_CODES = ("087", "084", "057")
NEGATION_BEFORE, NEGATION_AFTER = 6, 3
REPORTED_FUTURE_WINDOW = 6  # tokens between "would"/"auraient" and the act it governs
DATELINE_MARKS = {"-", "–", "—", "(", ":"}
QUOTE_MARKS = {'"', "“", "”", "„", "«", "»", "'", "’", "‘"}
# Roots where a place stated in the clause can stand for the target: meetings and visits,
# physical acts ("withdraws its troops from Niger", "strikes in Ukraine"); not words
# ("praised his work in Niamey", "vows retaliation after the killings in X").
PLACE_TARGET_ROOTS = ("04", "14", "15", "16", "17", "18", "19", "20")
# Roots whose complement ("urged X to halt Y", "threatened to strike") is not a fact.
COMPLEMENT_ROOTS = ("02", "03", "10", "13")
# Roots of verbal interaction where a missing target may be the other side of the dyad in focus.
DYAD_ROOTS = ("10", "11", "12", "13", "16")
# Material conflict a speaker reports against itself is the speaker's accusation.
CONFLICT_ROOTS = ("15", "17", "18", "19", "20")
CONTEXT_TARGET_SENTENCES = 3


@dataclass(slots=True)
class Actor:
    """An actor phrase in a clause with its grammatical function."""

    mention: Mention
    function: str  # free | recipient | agent | against | with | between | place | attribution | other | from
    position: int  # index of first token
    recipient_place: bool = False  # "au Rwanda": a place, or the recipient of a verbal act


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
    sentence_mentions: list = field(default_factory=list)  # actor mentions of the current sentence
    focus: tuple[str, ...] = ()  # the dyad of the latest event
    focus_sentence: int = -1
    focus_mentions: dict[str, Mention] = field(default_factory=dict)

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

    def __init__(self, knowledge: KnowledgeBase | None = None, keep_all_modalities: bool = False, actors=None):
        self.kb = knowledge or load_knowledge()
        self.keep_all_modalities = keep_all_modalities
        self.actors = actors  # user dictionaries (knowledge.user_actors.ActorSet) or None

    def code(self, doc: Document) -> list[Event]:
        """Events of a document whose language, sentences and publication date are set."""
        lang = load_language(doc.lang or "en")
        pub = doc.pub_date or dt.date.today()
        discourse = Discourse()
        events: list[Event] = []
        seen: set[tuple] = set()
        tokenized = [tokenize(s.text, offset=s.start) for s in doc.sentences]
        recognised = [recognise(tokens, lang.code, pub, doc.text, actor_dictionary(lang.code, self.actors)) if tokens else [] for tokens in tokenized]
        discourse.document_dyad = document_dyad(recognised)
        dated = [find_dates(tokens, lang, pub, text=s.text) if tokens else [] for s, tokens in zip(doc.sentences, tokenized)]
        for s, dates in zip(doc.sentences[:LEAD_SENTENCES], dated):
            recent = [d for d in dates if d.precision == "day" and 0 <= (pub - d.day).days <= ANCHOR_DAYS]
            if recent:
                discourse.lead_date = recent[0]
                break
        doc.mentions = [(s.index, m) for s, ms in zip(doc.sentences, recognised) for m in ms]
        for sentence, tokens, mentions, dates in zip(doc.sentences, tokenized, recognised, dated):
            for event in self._code_sentence(doc, sentence, lang, pub, discourse, tokens, mentions, dates):
                key = (event.source_country, event.target_country, event.code, event.date, event.modality)
                if key in seen:
                    continue
                seen.add(key)
                events.append(event)
        if self.keep_all_modalities:
            return events
        return [e for e in events if e.modality in FACTUAL_MODALITIES]

    # ------------------------------------------------------------------ sentence level
    def _code_sentence(self, doc: Document, sentence: Sentence, lang: LanguageData, pub: dt.date, discourse: Discourse, tokens: list[Token], mentions: list[Mention], sentence_dates: list[DateMention]) -> list[Event]:
        if not tokens:
            return []
        mentions = with_known_surnames(mentions, tokens, discourse)
        discourse.sentence_mentions = mentions
        groups = coordinated_groups(mentions, tokens, frozenset(lang.grammar.get("determiners", [])) | frozenset(lang.grammar.get("other_prepositions", [])), frozenset(coordinators(lang)))
        for group in groups:
            countries = tuple(dict.fromkeys(m.country for m in group if m.country))
            if len(countries) >= 2:
                discourse.group = countries
        context_date = discourse.context_date(sentence)
        recent = [d for d in sentence_dates if d.precision == "day" and 0 <= (pub - d.day).days <= ANCHOR_DAYS]
        if recent:
            discourse.dates.append((sentence.paragraph, sentence.index, recent[-1]))
        index = trigger_index(lang.code)
        candidates: list[Candidate] = []
        # The content of an accusation, denial, demand, appeal or threat is not a fact:
        # what follows its target up to the end of the sentence is coded as such.
        complement_from: int | None = None
        complement_modality = "alleged"
        speakers: list[tuple[TriggerMatch, Mention]] = []
        discourse.sentence_speakers = speakers
        clauses = split_clauses(tokens, lang)
        for c_start, c_end in clauses:
            matches = index.find(tokens, c_start, c_end)
            if matches:
                # "la junte a ordonné ...", "dem Botschafter der Junta": bare role nouns
                in_clause = [m for m in mentions if c_start <= m.first_token < c_end]
                resolve_bare_agents(in_clause, mentions, discourse.document_dyad, tokens, set(lang.grammar.get("determiners", [])))
            actors = clause_actors(mentions, tokens, lang, c_start, c_end)
            here = tuple(dict.fromkeys(c for cand in candidates[:1] for c in (cand.source.country, cand.target.country)))
            self._add_group_anaphora(actors, tokens, lang, c_start, c_end, discourse, here)
            previous: TriggerMatch | None = None
            for match in matches:
                frame = effective_frame(match, tokens, lang, c_start)
                if previous is not None and previous.pattern.frame != "say" and is_object_of(previous, match, tokens, lang):
                    continue  # "rejected the criticism", "verurteilt den Angriff": one act, coded once
                previous = match
                if complement_from is not None and match.first > 0 and tokens[match.first - 1].key in coordinators(lang) and frame in ("accuse", "act", "deny"):
                    complement_from = None  # "... a rejeté ces accusations, et reproche à Ottawa ...": a new predicate
                inside_complement = complement_from is not None and match.first > complement_from and frame not in ("say", "deny")
                after_say = any(m.last < match.first for m, _ in speakers)
                modality = complement_modality if inside_complement else clause_modality(match, tokens, lang, c_start, c_end, after_say)
                if frame == "say":
                    speaker, _ = choose_arguments(match, [a for a in actors if usable(a.mention)], lang, False, tokens, c_start)
                    if speaker is not None and can_act(speaker):
                        speakers.append((match, speaker))
                found = self._fill_frame(frame, match, actors, tokens, lang, sentence, discourse, groups, c_start)
                for cand in found:
                    if cand.modality == "asserted":
                        cand.modality = modality
                    candidates.append(cand)
                if not inside_complement and (frame in ("accuse", "deny") or match.pattern.code[:2] in COMPLEMENT_ROOTS):
                    if frame in ("accuse", "deny"):
                        complement_from = max([c.target.last_token for c in found if c.target.last_token < c_end] + [match.last])
                    else:  # the target of a warning or demand may stand inside its complement
                        complement_from = match.last
                    complement_modality = "alleged" if frame in ("accuse", "deny") else "hypothetical"
                    if frame == "accuse":
                        discourse.accusers.extend((c.source.country or "", sentence.index, c.source) for c in found)
                if frame == "host" and not found:
                    hosts = [a for a in actors if a.function == "free" and usable(a.mention) and can_act(a.mention)]
                    if hosts:
                        discourse.host = (hosts[0].mention.country or "", sentence.index, None, hosts[0].mention)
        if speakers:
            candidates = reported_accusations(candidates, speakers)
        if not candidates:
            candidates = self._echo(tokens, mentions, lang, discourse)
        events = []
        for cand in candidates:
            event = self._event(doc, sentence, tokens, cand, sentence_dates, lang, pub, clauses, context_date)
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
        if people:
            discourse.last_person = (people[0], sentence.index)
        remember_surnames(people, tokens, lang, discourse)
        return events

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
    def _fill_frame(self, frame: str, match: TriggerMatch, actors: list[Actor], tokens, lang: LanguageData, sentence: Sentence, discourse: Discourse, groups, c_start: int) -> list[Candidate]:
        code = match.pattern.code
        usable_actors = [a for a in actors if usable(a.mention) and a.function != "attribution"]
        if code[:2] not in PLACE_TARGET_ROOTS:
            # "imputé au Rwanda": for acts of words, "à/to + state" names the addressee
            usable_actors += [Actor(a.mention, "recipient", a.position) for a in actors if a.recipient_place and a.mention.country and 0 < a.position - match.last <= 3]
            usable_actors.sort(key=lambda a: a.position)
        places = [a for a in actors if a.function == "place" and a.mention.country]
        if frame == "say":
            return []
        if frame == "attend":
            return self._attend(match, usable_actors, sentence, discourse)
        if frame == "noun":
            return self._noun(match, usable_actors, places, tokens, lang, code, groups, discourse)
        auxiliary = is_passive(tokens, match, lang)
        v2 = lang.grammar.get("word_order") == "v2"
        passive = auxiliary and any(a.function == "agent" and (a.position < match.first) == v2 for a in usable_actors)
        if auxiliary and not passive and frame not in ("label", "meet", "deny", "accuse"):
            return self._agentless_passive(match, usable_actors, frame, code, groups, discourse, sentence)
        # a verb of saying or a subordinator ("the treaty that Moscow signed") opens a clause
        # with a subject of its own
        subordinators = lang.cue("subordinators")
        boundaries = [m.last for m, _ in discourse.sentence_speakers if c_start <= m.last < match.first]
        boundaries += [i for i in range(c_start, match.first) if subordinators.match_word(tokens[i].key)]
        source, target = choose_arguments(match, usable_actors, lang, passive, tokens, c_start, max(boundaries) if boundaries else None, frame)
        rule = f"{frame}:{'passive' if passive else lang.grammar.get('word_order', 'svo')}"
        confidence = 0.8
        if source is None and not passive:
            antecedent = relative_antecedent(tokens, lang, c_start, discourse.sentence_mentions, match.first)
            if antecedent is not None:
                source, rule = antecedent, f"{frame}:relative-clause"
                target = first_target(match, usable_actors, source)
        if source is None and not passive:
            source = self._pronoun_subject(match, tokens, lang, sentence, discourse, c_start)
            if source is not None:
                rule, confidence = f"{frame}:pronoun", 0.6
                target = first_target(match, usable_actors, source)
            elif frame in ("act", "visit", "meet", "host") and not lang.grammar.get("capitalised_nouns") and looks_nominal(match, tokens, lang):
                # no subject: the trigger may be a noun ("la visite de Poutine à Pyongyang")
                return self._noun(match, usable_actors, places, tokens, lang, code, groups, discourse)
        if not lang.grammar.get("capitalised_nouns") and looks_nominal(match, tokens, lang) and lang.cue("patient_nouns").match_word(tokens[match.first].key):
            # "l'expulsion d'un haut responsable indien par Ottawa"
            return self._patient_noun(match, usable_actors, tokens, lang, code, groups, discourse)
        if frame == "deny" and source and not target:
            accuser = next((m for c, idx, m in reversed(discourse.accusers) if sentence.index - idx <= CONTEXT_TARGET_SENTENCES and c != source.country), None)
            if accuser:
                target, rule, confidence = accuser, "deny:accuser-from-context", 0.6
        if source and not target and places and (frame in ("visit", "meet", "host") or code[:2] in PLACE_TARGET_ROOTS):
            # a meeting "in" a country may name its topic ("discussed the situation in Ukraine"); a city is a venue
            candidates = [p for p in places if frame != "meet" or p.mention.kind == "capital"]
            place = next((p for p in candidates if p.mention.country != source.country and p.position > match.first), None)
            if place:
                target, rule = place.mention, f"{frame}:place"
        if frame == "meet" and not source:
            between = [a for a in usable_actors if a.function == "between"]
            if len(between) >= 2:
                source, target, rule = between[0].mention, between[1].mention, "meet:between"
        if source is None:
            return []
        source_group = expand(source, groups)
        if (target is None or target in source_group) and len(source_group) > 1 and (frame == "meet" or code.startswith(JOINT_SUBJECT_CODES)):
            # "Russia and China agreed", "Abiy and Afwerki signed": a joint act between the subjects.
            first = source_group[0]
            return [Candidate(first, other, code, f"{frame}:joint-subject", 0.7, match) for other in source_group[1:] if other.country != first.country]
        if target is None and code[:3] == "045":
            return mediation(source, code, f"{frame}:mediation", match, discourse)
        if target is None and (code[:2] in DYAD_ROOTS or frame == "deny"):
            target = dyad_partner(source, discourse, sentence.index)
            rule, confidence = f"{frame}:dyad-in-focus", 0.5
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
        patient = next((a.mention for a in actors if a.function == "free" and a.position < match.first and a.mention.role), None)
        if patient is None:
            return []
        speaker = next((m for _, m in discourse.sentence_speakers if m.country != patient.country), None)
        source = speaker or (dyad_partner(patient, discourse, sentence.index) if code[:2] in DYAD_ROOTS else None)
        if source is None or source.country == patient.country:
            return []
        return [Candidate(source, patient, code, f"{frame}:passive-no-agent", 0.5, match)]

    def _pronoun_subject(self, match: TriggerMatch, tokens, lang: LanguageData, sentence: Sentence, discourse: Discourse, c_start: int) -> Mention | None:
        """"He thanked ...": a subject pronoun refers to the person named last."""
        if discourse.last_person is None or sentence.index - discourse.last_person[1] > CONTEXT_SENTENCES:
            return None
        pronouns = set(lang.grammar.get("subject_pronouns", []))
        impersonal = set(lang.grammar.get("impersonal_verbs", []))
        window = range(max(c_start, match.first - 3), min(match.last + 2, len(tokens)))
        for i in window:
            if tokens[i].key in pronouns and not (i + 1 < len(tokens) and tokens[i + 1].key in impersonal):
                return discourse.last_person[0]
        return None

    def _noun(self, match: TriggerMatch, actors: list[Actor], places: list[Actor], tokens, lang: LanguageData, code: str, groups, discourse: Discourse) -> list[Candidate]:
        """Nominal triggers: "A's visit to B", "talks between A and B", "Russian attacks on Kyiv",
        "announced the break of relations with B" (the clause subject is the source)."""
        after = [a for a in actors if a.position > match.first]
        between = [a for a in after if a.function == "between"]
        group = next((a.mention for a in after if a.mention.members), None)
        if group:
            members = group.members
            host = next((p.mention.country for p in places if p.mention.country in members), None)
            cands = []
            for i, a in enumerate(members):
                for b in members[i + 1 :]:
                    src, tgt = (b, a) if host == b else (a, b)
                    cands.append(Candidate(_country_mention(group, src), _country_mention(group, tgt), code, "noun:group", 0.6, match))
            return cands
        if len(between) >= 2:
            first = between[0].mention
            return [Candidate(first, b.mention, code, "noun:between", 0.7, match) for b in between[1:] if b.mention.country != first.country]
        if lang.cue("patient_nouns").match_word(tokens[match.first].key):
            return self._patient_noun(match, actors, tokens, lang, code, groups, discourse)
        source = None
        adjacent = next((a for a in actors if a.mention.last_token == match.first - 1 and a.function in ("free", "other")), None)
        if adjacent:
            source = adjacent.mention
        else:
            genitive = next((a for a in after if a.position - match.last <= 3 and a.function in ("free", "other", "agent") and can_act(a.mention)), None)
            if genitive:
                source = genitive.mention
            else:
                subjects = [a for a in actors if a.function == "free" and a.position < match.first and can_act(a.mention)]
                origin = next((a for a in actors if a.function == "from" and can_act(a.mention)), None)
                if subjects:
                    source = (subjects[0] if lang.grammar.get("word_order") == "v2" else subjects[-1]).mention
                elif origin:
                    source = origin.mention  # "Kritik an X kam aus Rumänien"
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
        if target is None:
            target = next((a.mention for a in candidates if a.function == "other"), None)
        if target is None and code.startswith(LISTED_PARTY_CODES) and len(source_group) > 1:
            # "talks of Russia, Armenia and Azerbaijan ... agreement on a truce": the listed parties
            parties = list({m.country: m for m in source_group}.values())
            hosts = {p.mention.country for p in places}
            if len(parties) >= 3 and len(hosts & {m.country for m in parties}) == 1:
                parties = [m for m in parties if m.country not in hosts]  # the host of talks among three mediates
            return [Candidate(a, b, code, "noun:listed-parties", 0.5, match) for i, a in enumerate(parties) for b in parties[i + 1 :]]
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

    def _attend(self, match: TriggerMatch, actors: list[Actor], sentence: Sentence, discourse: Discourse) -> list[Candidate]:
        """Attendees of an event whose host was named in this or the previous sentences."""
        if discourse.host is None or sentence.index - discourse.host[1] > CONTEXT_SENTENCES:
            return []
        host_country, _, host_date, host_mention = discourse.host
        cands = []
        for a in actors:
            if a.function in ("free", "with") and a.mention.country and a.mention.country != host_country:
                cands.append(Candidate(host_mention, a.mention, "043", "attend:host-from-context", 0.6, match, date=host_date))
                cands.append(Candidate(a.mention, host_mention, "042", "attend:visit-to-host", 0.6, match, date=host_date))
        return cands

    def _echo(self, tokens, mentions: list[Mention], lang: LanguageData, discourse: Discourse) -> list[Candidate]:
        """"X repeated the same wish": X answers the previous event in kind."""
        cue = lang.cue("echo")
        if not cue or not discourse.last_events:
            return []
        hits = cue.find([t.key for t in tokens])
        actors = [m for m in mentions if usable(m) and can_act(m)]
        if not hits or len({m.country for m in actors}) != 1:
            return []
        speaker = actors[0]
        previous = discourse.last_events[-1]
        if previous.target_country != speaker.country:
            return []
        partner = Mention(previous.evidence_start, previous.evidence_start, previous.source_name, previous.source_country, previous.source_role, "context", previous.source_name)
        echo = TriggerMatch(_EchoPattern(previous.code), (hits[0][0], hits[0][1] - 1))
        return [Candidate(speaker, partner, previous.code, "echo:previous-event", 0.5, echo)]

    # ------------------------------------------------------------------ event record
    def _event(self, doc: Document, sentence: Sentence, tokens: list[Token], cand: Candidate, dates: list[DateMention], lang: LanguageData, pub: dt.date, clauses: list[tuple[int, int]] = (), context_date: DateMention | None = None) -> Event | None:
        date = cand.date or nearest_date(dates, cand.trigger, clauses, pub)
        if date is None and context_date is not None:
            date = DateMention(cand.trigger.first, cand.trigger.last, context_date.value, context_date.precision, "context", context_date.day)
        if date is None:
            value, precision, source, day = pub.isoformat(), "day", "publication", pub
        else:
            value, precision, source, day = date.value, date.precision, date.source, date.day
        modality = cand.modality
        if (pub - day).days > HISTORICAL_DAYS and modality in FACTUAL_MODALITIES:
            modality = "historical"
        code = cand.code
        if modality == "intended":
            # a stated intention is coded as one: "will meet" 036, "will provide aid" 033
            code = INTENT_CODES.get(code[:2], code)
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
        from ..grounding.places import event_location

        location = event_location(doc, sentence, tokens, lang, cand.trigger.tokens, code, cand.source, cand.target, clauses, cand.rule)
        raw_id = f"{doc.id}|{sentence.index}|{cand.source.country}|{cand.target.country}|{code}|{trig_first.start}"
        plover_type, plover_mode = self.kb.plover(code)
        return Event(
            plover_type=plover_type,
            plover_mode=plover_mode,
            doc_id=doc.id,
            event_id=hashlib.sha1(raw_id.encode()).hexdigest()[:16],
            source_country=cand.source.country or "",
            source_role=cand.source.role,
            source_name=cand.source.name or cand.source.text,
            target_country=cand.target.country or "",
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


def _country_mention(group: Mention, country: str) -> Mention:
    return Mention(group.start, group.end, group.text, country, group.role, "group", country, first_token=group.first_token, last_token=group.last_token)


def clause_actors(mentions: list[Mention], tokens: list[Token], lang: LanguageData, c_start: int, c_end: int) -> list[Actor]:
    """The actor phrases of a clause with their function; members of a coordinated list
    share the function of the first ("zwischen Moskau und Pjöngjang")."""
    actors: list[Actor] = []
    attribution = lang.cue("attribution")
    links = coordinators(lang)
    for m in mentions:
        if not (c_start <= m.first_token and m.last_token < c_end):
            continue
        function = preposition_function(m, tokens, lang, c_start)
        if is_dateline(m, tokens):
            function = "other"  # dateline: "Manila - Ein Schiff ...", "(ANSA) - ALGERI, 20 GIU - Il ministero ..."
        if actors and function == "free":
            prev = actors[-1]
            between = tokens[prev.mention.last_token + 1 : m.first_token]
            if between and all(t.key in links or t.text in JOINERS for t in between):
                function = prev.function
        recipient_place = False
        if m.kind == "seat" and function in ("place", "recipient", "other"):
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


def clause_modality(match: TriggerMatch, tokens: list[Token], lang: LanguageData, c_start: int, c_end: int, after_say: bool = False) -> str:
    """Alleged, hypothetical, negated, intended or asserted, from cues in the clause
    (negation only near the trigger)."""
    keys = [t.key for t in tokens[c_start:c_end]]
    horizon = match.last - c_start + 2  # cues after this belong to the trigger's complement
    if after_say:
        # "Poutine a déclaré que les négociations auraient lieu", "said it would impose":
        # the conditional after a verb of saying is the future seen from the past
        reported = lang.cue("reported_future")
        start = match.first - c_start
        if any(start - REPORTED_FUTURE_WINDOW <= first < horizon for first, _ in reported.find(keys)):
            return "intended"
    if any(first < horizon for first, _ in lang.cue("alleged").find(keys)):
        return "alleged"
    rel_first, rel_last = match.first - c_start, match.last - c_start
    if any(rel_first - 4 <= first <= rel_last + 3 for first, _ in lang.cue("background").find(keys)):
        return "historical"
    if lang.cue("expectation").find([t.key for t in tokens[:c_start]]):
        return "hypothetical"  # "Beobachter rechnen damit, dass ... folgt"
    if any(first < horizon for first, _ in lang.cue("hypothetical").find(keys)):
        return "hypothetical"
    lo, hi = match.first - c_start - NEGATION_BEFORE, match.last - c_start + NEGATION_AFTER
    # "not only", "nicht nur", "тем не менее" negate nothing
    exceptions = {i for first, last in lang.cue("negation_exceptions").find(keys) for i in range(first, last)}
    if any(lo <= first <= hi and first not in exceptions for first, _ in lang.cue("negation").find(keys)):
        return "negated"
    if any(first < horizon for first, _ in lang.cue("future").find(keys)):
        return "intended"
    return "asserted"


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


def resolve_bare_agents(candidates: list[Mention], mentions: list[Mention], dyad: tuple[str, ...], tokens: list[Token], determiners: set[str]) -> None:
    """"die Junta", "the government": a role noun without a state (used as a noun, after an
    article), in an article about two states, is the one of the two that the sentence
    does not name otherwise."""
    if len(dyad) != 2:
        return
    named = {m.country for m in mentions if m.country}
    others = [c for c in dyad if c not in named]
    if len(others) != 1 or len(named & set(dyad)) != 1:
        return
    for m in candidates:
        after_article = m.first_token > 0 and tokens[m.first_token - 1].key in determiners
        if m.country is None and m.kind == "agent" and m.role in ("GOV", "MIL") and not m.former and not m.media and after_article:
            m.country = others[0]
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


def reported_accusations(candidates: list[Candidate], speakers: list[tuple[TriggerMatch, Mention]]) -> list[Candidate]:
    """Armed action that a state's spokesman reports against his own side is that state's
    accusation ("schrieb das armenische Außenministerium, hätten aserbaidschanische
    Streitkräfte die Kämpfe fortgesetzt" is Armenia accusing Azerbaijan, 112)."""
    out = []
    for cand in candidates:
        if cand.code[:2] in CONFLICT_ROOTS and cand.modality in ("asserted", "reported"):
            speaker = next((m for _, m in speakers if m.country in (cand.source.country, cand.target.country)), None)
            if speaker is not None:
                accused = cand.target if cand.source.country == speaker.country else cand.source
                out.append(Candidate(speaker, accused, "112", "reported-accusation", 0.6, cand.trigger, "asserted", cand.date))
                continue
            if cand.modality == "asserted":
                cand.modality = "reported"
        out.append(cand)
    return out


def mediation(source: Mention, code: str, rule: str, match: TriggerMatch, discourse: Discourse) -> list[Candidate]:
    """"Qatar played a mediating role": the mediator and each side of the dyad in focus."""
    if len(discourse.focus) != 2 or source.country in discourse.focus:
        return []
    sides = [discourse.focus_mentions.get(c) for c in discourse.focus]
    return [Candidate(source, side, code, rule, 0.5, match) for side in sides if side is not None]


def relative_antecedent(tokens: list[Token], lang: LanguageData, c_start: int, mentions: list[Mention], match_first: int) -> Mention | None:
    """", qui reproche au Rwanda ...": a clause opened by a subject relative pronoun has the
    actor just before it as its subject."""
    if c_start >= len(tokens) or tokens[c_start].key not in set(lang.grammar.get("subject_relatives", [])):
        return None
    if match_first - c_start > 4:
        return None  # "qui a également vu ses représentants expulsés": not its own act
    before = [m for m in mentions if m.last_token < c_start and c_start - m.last_token <= 3 and usable(m) and can_act(m)]
    return before[-1] if before else None


def dyad_partner(source: Mention, discourse: Discourse, sentence_index: int) -> Mention | None:
    """The other side of the dyad the text was just speaking about, for a source without
    a stated target ("France rejected the move", "Le ministère a démenti ces allégations")."""
    focus = discourse.focus if sentence_index - discourse.focus_sentence <= CONTEXT_TARGET_SENTENCES else ()
    for dyad in (focus, discourse.document_dyad):
        if len(dyad) == 2 and source.country in dyad:
            other = dyad[1] if source.country == dyad[0] else dyad[0]
            return discourse.focus_mentions.get(other) or Mention(source.start, source.start, other, other, "", "context", other)
    return None


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
    return prev in set(lang.grammar.get("determiners", [])) or prev in set(lang.grammar.get("other_prepositions", []))


def is_object_of(verb: TriggerMatch, match: TriggerMatch, tokens: list[Token], lang: LanguageData) -> bool:
    """Is a trigger the object noun of the trigger just before it?"""
    determiners = set(lang.grammar.get("determiners", []))
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


def usable(m: Mention) -> bool:
    """Can this mention be the source or target of an interstate event?"""
    return bool(m.country) and not m.former and not m.media and not m.place and m.kind != "person_out_of_office" and m.role != "FORUM"


def can_act(m: Mention) -> bool:
    """A bare adjective ("syrische Migranten", "a Philippine boat") names no actor that
    acts; with a role noun ("die chinesische Küstenwache") it does."""
    return m.kind != "adjective" or bool(m.role)


def split_clauses(tokens: list[Token], lang: LanguageData) -> list[tuple[int, int]]:
    """Clause boundaries: strong punctuation, and commas before a subordinator."""
    subordinators = lang.cue("subordinators")
    conjunctions = set(lang.grammar.get("clause_conjunctions", []))
    prepositions = set(lang.grammar.get("other_prepositions", [])) | {"an", "in", "mit", "von", "à", "de", "with", "in"}
    bounds = []
    start = 0
    for i, tok in enumerate(tokens):
        split = False
        if tok.text in CLAUSE_PUNCTUATION:
            split = True
        elif tok.text == "," and i + 1 < len(tokens):
            nxt = tokens[i + 1].key
            after = tokens[i + 2].key if i + 2 < len(tokens) else ""
            if subordinators.match_word(nxt) or nxt in conjunctions or (nxt in prepositions and subordinators.match_word(after)):
                split = True
        if split:
            if i > start:
                bounds.append((start, i))
            start = i + 1
    if start < len(tokens):
        bounds.append((start, len(tokens)))
    return bounds


def preposition_function(mention: Mention, tokens: list[Token], lang: LanguageData, clause_start: int) -> str:
    """What the preposition before a mention makes of it (determiners and adjectives skipped)."""
    determiners = set(lang.grammar.get("determiners", []))
    # ", in der Polen ... verlangt": a clause opened by preposition + relative pronoun; the
    # pronoun is no article of the mention after it
    relative_pronoun = None
    if clause_start + 1 < len(tokens) and tokens[clause_start].key in set(lang.grammar.get("other_prepositions", [])) and lang.cue("subordinators").match_word(tokens[clause_start + 1].key):
        relative_pronoun = clause_start + 1
    window_start = max(clause_start, mention.first_token - 5)
    keys = [t.key for t in tokens[window_start : mention.first_token]]
    for first, last in lang.cue("attribution").find(keys):
        between = keys[last:]
        if all(k in determiners or not k[:1].isalnum() for k in between):
            return "attribution"
    i = mention.first_token - 1
    steps = 0
    while i >= clause_start and steps < 4:
        if i == relative_pronoun:
            return "free"
        tok = tokens[i]
        if tok.text in JOINERS:
            i -= 1
            continue
        if not tok.is_word:
            return "free"
        key = tok.key
        for name, function in (
            ("attribution", "attribution"),
            ("between", "between"),
            ("recipient_prepositions", "recipient"),
            ("agent_prepositions", "agent"),
            ("against_prepositions", "against"),
            ("with_prepositions", "with"),
            ("place_prepositions", "place"),
        ):
            if lang.cue(name).match_word(key):
                return function
        if key in set(lang.grammar.get("source_prepositions", [])):
            return "from"
        if key in set(lang.grammar.get("other_prepositions", [])):
            return "other"
        if key in determiners or (tok.text[:1].islower() and steps < 2 and lang.code == "de"):
            i -= 1
            steps += 1
            continue
        return "free"
    return "free"


def _is_place_prep(mention: Mention, tokens: list[Token], lang: LanguageData) -> bool:
    i = mention.first_token - 1
    while i >= 0 and tokens[i].key in set(lang.grammar.get("determiners", [])):
        i -= 1
    return i >= 0 and lang.cue("place_prepositions").match_word(tokens[i].key)


def is_passive(tokens: list[Token], match: TriggerMatch, lang: LanguageData) -> bool:
    """A passive auxiliary near the trigger, or an agent preposition right after it
    ("Un appel rejeté par Paris")."""
    if tokens[match.first].key.endswith(tuple(lang.grammar.get("not_participle_endings", []))):
        return False  # "was dropping" is not a passive
    auxiliaries = set(lang.grammar.get("passive_auxiliaries", []))
    before, after = lang.grammar.get("passive_window", [3, 0])
    window = tokens[max(0, match.first - before) : match.first + after]
    if any(t.key in auxiliaries for t in window):
        return True
    agent = lang.cue("agent_prepositions")
    return match.last + 1 < len(tokens) and agent.match_word(tokens[match.last + 1].key)


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
    source: Actor | None = None
    inverted = tokens is not None and _after_comma(tokens, match, clause_start)
    if inverted:
        comma = max(i for i in range(clause_start, match.first) if tokens[i].text == ",")
        quoted = comma > 0 and tokens[comma - 1].text in QUOTE_MARKS
        # '"...", said X' anywhere; "..., verlangte X" only where the verb must come second
        inverted = quoted or lang.grammar.get("word_order") == "v2"
    if inverted:
        apposition = any(0 < comma - a.mention.last_token <= 2 for a in actors)
        speaker_follows = any(0 < a.position - match.last <= 4 and can_act(a.mention) for a in subjects)
        inverted = speaker_follows and not apposition  # "El presidente de Colombia, Gustavo Petro, pidió ..." is no inversion
    if inverted:
        # "..., verlangte Außenamtssprecher X", "..., said the ministry": the speaker
        # follows the verb, and what was said stands before it
        source = next((a for a in subjects if a.position > match.first), None)
    elif lang.grammar.get("word_order") == "v2":
        if subjects and subjects[0].position > match.first and tokens is not None and _opens_with_subject(tokens, clause_start, match, lang):
            return None, None  # "Die Küstenwache des Inselstaats verurteilt ...": the subject is no actor we know
        if tokens is not None and match.first + 1 < len(tokens) and tokens[match.first + 1].key in set(lang.grammar.get("verb_second_pronouns", [])):
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
        source = before[0] if before else None
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
    else:
        pools = [after, marked_after, before, [a for a in marked if other_country(a)]]
    if lang.grammar.get("word_order") != "v2" or inverted:
        pools.append([a for a in before if can_act(a.mention)])
    # prepositional actors ("attacks on X", "forces in X") only for acts of force
    if match.pattern.code[:2] in PLACE_TARGET_ROOTS:
        pools.append([a for a in actors if a.function in ("other", "from") and a.position > match.first and other_country(a)])
    # a state acting counts before a bare adjective; a bare adjective is a target only
    # after the verb ("fired at a Philippine boat", not "syrische Migranten ... hat Polen")
    for strict in (True, False):
        for pool in pools:
            found = [a for a in pool if other_country(a) and (can_act(a.mention) or (not strict and a.position > match.first))]
            if found:
                return source.mention, found[0].mention
    return source.mention, None


def _after_comma(tokens: list[Token], match: TriggerMatch, clause_start: int) -> bool:
    """Does the trigger open a segment right after a comma (or a closing quote and comma)?"""
    i = match.first - 1
    while i >= clause_start and not tokens[i].is_word and tokens[i].text in QUOTE_MARKS:
        i -= 1
    return i >= clause_start and tokens[i].text == "," and i > clause_start


def _opens_with_subject(tokens: list[Token], clause_start: int, match: TriggerMatch, lang: LanguageData) -> bool:
    """Does the clause open with an article, i.e. a subject noun phrase before the verb?"""
    articles = set(lang.grammar.get("subject_articles", []))
    words = [t for t in tokens[clause_start : match.first] if t.is_word]
    return bool(words) and words[0].key in articles


def coordinated_groups(mentions: list[Mention], tokens: list[Token], determiners: frozenset[str] = frozenset(), links: frozenset[str] = frozenset(LIST_MARKS)) -> list[list[Mention]]:
    """Mentions joined only by commas, hyphens, conjunctions and articles ("Belarus, China
    und Iran", "the Kuwaiti emir and the US")."""
    groups: list[list[Mention]] = []
    for m in mentions:
        if groups:
            prev = groups[-1][-1]
            between = tokens[prev.last_token + 1 : m.first_token]
            if between and len(between) <= 4 and any(t.key in links or t.text in JOINERS for t in between) and all(
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
        return [_country_mention(mention, c) for c in mention.members]
    for group in groups:
        if mention in group and len(group) > 1:
            return [m for m in group if usable(m)] or [mention]
    return [mention]


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
