"""Modality of an act from cues near its trigger: negated, hypothetical, alleged,
historical background, intended, or asserted."""
from __future__ import annotations

from ..lang import LanguageData
from ..textutil import Token
from .triggers import TriggerMatch

# Modalities written out by default; the others are kept only on request (--all-modalities).
FACTUAL_MODALITIES = ("asserted", "reported", "intended")


NEGATION_BEFORE, NEGATION_AFTER = 6, 3


REPORTED_FUTURE_WINDOW = 6  # tokens between "would"/"auraient" and the act it governs


# The cue sets clause_modality() looks for in the clause itself.
CLAUSE_CUES = ("negation_exceptions", "negation", "reported_future", "alleged", "background", "hypothetical", "future", "prevention")
PREVENTION_WINDOW = 6  # words between a verb of preventing and the act it governs


def clause_modality(match: TriggerMatch, tokens: list[Token], lang: LanguageData, c_start: int, c_end: int, after_say: bool = False, passive: bool = False, names: frozenset[int] = frozenset()) -> str:
    """Alleged, hypothetical, negated, intended or asserted, from cues in the clause
    (negation only near the trigger); "refused" for a negated intention ("will not
    attend", "said it would not provide"), which the coder turns into a rejection.
    `passive`: the act was read as a passive, whose auxiliary ("wird ... angegriffen") is
    no future; `names`: tokens of people's names, which negate nothing ("No Kwang-chol")."""
    keys = [t.key for t in tokens[c_start:c_end]]
    # "Lavrov to visit North Korea": a name, the infinitive marker and the act make the
    # headline future
    first_word = match.first - c_start
    markers = lang.grammar_words("infinitive_future")
    headline = bool(markers) and first_word >= 2 and keys[first_word - 1] in markers and tokens[match.first - 2].text[:1].isupper()
    if not lang.any_cue(CLAUSE_CUES).find(keys):  # many clauses: none of the cues below
        if lang.cue("expectation").find([t.key for t in tokens[:c_start]]):
            return "hypothetical"
        return "intended" if headline else "asserted"
    horizon = match.last - c_start + 2  # cues after this belong to the trigger's complement
    lo, hi = match.first - c_start - NEGATION_BEFORE, match.last - c_start + NEGATION_AFTER
    # "not only", "nicht nur", "тем не менее" negate nothing
    # (a phrase with a gap covers only its own words: "ne ... que" is no exception for the
    # "pas" of "ne se rendrait pas à Alger tant que")
    exceptions = {i for first, last in lang.cue("negation_exceptions").find(keys) for i in (range(first, last) if last - first <= 3 else (first, last - 1))}
    negated = any(lo <= first <= hi and first not in exceptions and first + c_start not in names for first, _ in lang.cue("negation").find(keys))
    if after_say:
        # "Poutine a déclaré que les négociations auraient lieu", "said it would impose":
        # the conditional after a verb of saying is the future seen from the past
        reported = lang.cue("reported_future")
        start = match.first - c_start
        if any(start - REPORTED_FUTURE_WINDOW <= first < horizon for first, _ in reported.find(keys)):
            return "refused" if negated else "intended"
    if any(first < horizon for first, _ in lang.cue("alleged").find(keys)):
        return "alleged"
    rel_first, rel_last = match.first - c_start, match.last - c_start
    if any(rel_first - 4 <= first <= rel_last + 3 for first, _ in lang.cue("background").find(keys)):
        return "historical"
    if lang.cue("expectation").find([t.key for t in tokens[:c_start]]):
        return "hypothetical"  # "Beobachter rechnen damit, dass ... folgt"
    v2 = lang.grammar.get("word_order") == "v2"
    if any(0 < rel_first - last + 1 <= PREVENTION_WINDOW or (v2 and first > rel_last) for first, last in lang.cue("prevention").find(keys)):
        return "hypothetical"  # "to deter an Iranian attack", "um einen Angriff abzuschrecken": prevented, not done
    hypothetical = lang.cue("hypothetical").find(keys)
    if after_say:
        # "schrieb das Ministerium, hätten aserbaidschanische Streitkräfte ... fortgesetzt":
        # the subjunctive of indirect speech reports, it does not suppose
        indirect = lang.cue("indirect_speech")
        hypothetical = [(first, last) for first, last in hypothetical if not (last - first == 1 and indirect.match_word(keys[first]))]
    if any(first < horizon for first, _ in hypothetical):
        return "hypothetical"
    # an auxiliary of both the passive and the future ("wird ... angegriffen") governing a
    # passive is no future, unless another follows the verb ("wird angegriffen werden")
    passive_auxiliary = -1
    if passive:
        auxiliaries = lang.grammar_words("passive_auxiliaries")
        before = [i for i in range(rel_first) if keys[i] in auxiliaries]
        if before and keys[before[-1]] in lang.grammar_words("future_auxiliaries") and not any(k in auxiliaries for k in keys[rel_last + 1 : rel_last + 3]):
            passive_auxiliary = before[-1]
    future = headline or any(first < horizon and first != passive_auxiliary for first, _ in lang.cue("future").find(keys))
    if negated:
        return "refused" if future else "negated"
    if future:
        return "intended"
    return "asserted"

