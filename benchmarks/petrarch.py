"""Peer test suites as benchmarks: the PETRARCH validation records and the PLOVER gold
records (../shared/benchmarks), scored and written into benchmarks/RESULTS.md.

    python benchmarks/petrarch.py [--suite gsr|unittest|plover|all] [--shared ../shared]
                                  [--no-write] [--show-misses N]

* gsr:      the 78 real sentences of records_gsr.jsonl, coded with our own knowledge base.
* unittest: the PETRARCH-2 unit tests (records.jsonl, PETR.Validate dictionaries) and the
            UD-PETRARCH 2.02 validation suite (records_ud_2_02.jsonl, PETR_Validate_*_2_02
            dictionaries), coded with their own actor and agent dictionaries loaded through the
            --actors mechanism (knowledge.user_actors); their verb dictionaries are not used.
* plover:   the PLOVER gold records (gold_standard_records.jsonl) at event-type level.

Every record is coded as an English document (lang "en") with its date as publication
date. PETRARCH triples are compared per record as multisets (micro precision/recall/F1) at
three levels: (source country, target country, CAMEO root), (source actor code, target
actor code, root) and (actor codes, full event code). Codes of several actors ("FRO/BIL/SAM")
count once per actor on both sides. Misses are put in categories automatically.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from results_md import write_section  # noqa: E402
from dyadwatch.coding.clauses import usable
from dyadwatch.coding.modality import FACTUAL_MODALITIES
from dyadwatch.coding.triggers import trigger_index
from dyadwatch.evaluation import norm_actor
from dyadwatch.ingest.readers import RawDocument
from dyadwatch.knowledge import load_knowledge
from dyadwatch.knowledge.user_actors import ActorSet, load_actors
from dyadwatch.pipeline import Pipeline
from dyadwatch.textutil import tokenize

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
CAMEO_ROOTS = {f"{i:02d}" for i in range(1, 21)}
LEVELS = ("country+root", "actor+root", "full code")
LEVEL_NOTE = (
    "Levels: country+root = (source country, target country, CAMEO root), actor+root = (source actor code, "
    "target actor code, root), both counted as unique triples per record like the shared scorer; full code = "
    "(actor codes, full event code) compared as multisets like PETRARCH's own tests. Organisations of our "
    "knowledge base are written IGO+code (IGOUNO); a code of several actors (FRO/BIL/SAM) counts once per actor. "
    "Meetings, talks and negotiations (040, 041, 044, 046) count as unordered pairs at the root levels, as symmetric "
    "gold events in the shared scorer: the gold's two directions of one meeting are one expected triple."
)

UNITTEST_SUITES = (
    # (name, records file, dictionary folder, actor and agent dictionaries)
    ("PETRARCH-2 unit tests", "records.jsonl", "petrarch2", ("PETR.Validate.actors.txt", "PETR.Validate.agents.txt")),
    ("UD-PETRARCH validation 2.02", "records_ud_2_02.jsonl", "ud_petrarch_2_02", ("PETR_Validate_actors_2_02.txt", "PETR_Validate_agents_2_02.txt")),
)

# PLOVER 2.0 types (what the events carry) -> the 0.5b1 categories of the gold records
# (DEMAND for REQUEST; ACCUSE splits into INVESTIGATE (CAMEO 09) and DISAPPROVE (11);
# ASSAULT splits into FIGHT (CAMEO 19) and ASSAULT (18, 20)).
def plover_05b1(plover_type: str, code: str) -> str:
    root = code[:2]
    if plover_type == "REQUEST":
        return "DEMAND"
    if plover_type == "ACCUSE":
        return "INVESTIGATE" if root == "09" else "DISAPPROVE"
    if plover_type == "ASSAULT":
        return "FIGHT" if root == "19" else "ASSAULT"
    return plover_type


# ---------------------------------------------------------------------------- codes
def split_actors(code: str) -> list[str]:
    """`FRO/BIL/SAM` -> three actors; quoted new-actor strings stay whole."""
    code = code.strip()
    if "/" in code and not code.startswith('"'):
        return [c for c in code.split("/") if c]
    return [code]


def country_level(code: str) -> str:
    """The country (or organisation) of a CAMEO actor code, as in the shared scorer."""
    code = code.strip().upper()
    if not code or code.startswith('"'):
        return code
    if code.startswith(("IGOCOPITP", "IGOINTERPOL")):
        return "INTERPOL"
    return norm_actor(code)


def system_code(country: str, role: str) -> str:
    """An event actor as a CAMEO actor code: our organisations (role IGO) as IGO+code."""
    return f"IGO{country}" if role == "IGO" else f"{country or '---'}{role}"


# Codes of acts done together, where either direction is right (as "symmetric" gold events
# in the shared scorer: meetings, talks, negotiations). PETRARCH's gold lists both directions
# of these; at the two root levels both count as one unordered pair on both sides.
SYMMETRIC_CODES = ("040", "041", "044", "046")


def triples(items: list[tuple[str, str, str]], level: str) -> Counter:
    """The triples of one record at a level: unique per record at the two root levels (as
    the shared scorer counts, symmetric codes as unordered pairs), a multiset at full-code
    level (as PETRARCH's own tests)."""
    out: Counter = Counter()
    for source, target, code in items:
        for s in split_actors(source):
            for t in split_actors(target):
                out[triple_key(s, t, code, level)] += 1
    return out if level == "full code" else Counter(set(out))


def triple_key(source: str, target: str, code: str, level: str) -> tuple[str, str, str]:
    """One actor pair and code at a level (see `triples`)."""
    if level == "full code":
        return (source, target, code)
    if level == "country+root":
        source, target = country_level(source), country_level(target)
    if code in SYMMETRIC_CODES:
        source, target = sorted((source, target))
    return (source, target, code[:2])


def prf(matched: int, system: int, expected: int) -> dict:
    p = matched / system if system else 0.0
    r = matched / expected if expected else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "matched": matched, "system": system, "expected": expected}


# ---------------------------------------------------------------------------- coding
def code_records(records: list[dict], actors: ActorSet | None, domestic: bool = False) -> dict[int, dict]:
    """Code every record as one English document dated by the record's date. `events` are
    what `dyadwatch code` writes (asserted, reported, intended); `all_events` every modality."""
    pipeline = Pipeline(lang="en", actors=actors, keep_all_modalities=True, domestic=domestic)
    index = trigger_index("en")
    out = {}
    for r in records:
        text = r.get("text") or ""
        raw = RawDocument(str(r["seq"]), r.get("suite", ""), text=text, pub_date=r.get("date"), lang="en")
        try:
            result = pipeline.process(raw)
        except Exception as exc:  # a record the pipeline refuses counts as coded with no events
            out[r["seq"]] = {"events": [], "all_events": [], "mentions": [], "triggers": 0, "error": f"{type(exc).__name__}: {exc}"}
            continue
        doc = result.document
        triggers = 0
        for s in doc.sentences:
            tokens = tokenize(s.text, offset=s.start)
            triggers += len([m for m in index.find(tokens, 0, len(tokens)) if m.pattern.frame != "say"])
        written = [e for e in result.events if e.modality in FACTUAL_MODALITIES]
        out[r["seq"]] = {"events": written, "all_events": result.events, "mentions": [m for _, m in doc.mentions], "triggers": triggers, "error": ""}
    return out


def event_items(events) -> list[tuple[str, str, str]]:
    return [(system_code(e.source_country, e.source_role), system_code(e.target_country, e.target_role), e.code) for e in events]


# ---------------------------------------------------------------------------- miss causes
def miss_cause(expected: tuple[str, str, str], coded: dict, system_country: Counter) -> str:
    """Why an expected (source, target, code) is not among the coded triples (country level)."""
    source, target, code = expected
    s, t, root = country_level(source), country_level(target), code[:2]
    if root not in CAMEO_ROOTS or not code.isdigit():
        return "event code outside CAMEO (validation-only verb code)"
    if source.startswith('"') or target.startswith('"'):
        return "new actor (quoted text) expected: not coded by design"
    if s.startswith("---") or t.startswith("---"):
        return "actor without a country (---) expected"
    if s == t:
        return "same-country dyad: only interstate events are coded"
    mentioned: dict[str, list] = defaultdict(list)
    for m in coded["mentions"]:
        if m.country:
            for c in split_actors(system_code(m.country, m.role)):
                mentioned[country_level(c)].append(m)
    missing = [x for x in (s, t) if x not in mentioned]
    if missing:
        return "actor not recognised: " + ("source and target" if len(missing) == 2 else "source" if missing[0] == s else "target")
    for x in (s, t):
        if not any(usable(m) for m in mentioned[x]):
            m = mentioned[x][0]
            what = "a place (\"in/at X\")" if m.place else "media" if m.media else "a former official" if m.former else "not an actor"
            return f"actor recognised but read as {what}"
    other = Counter(
        (country_level(a), country_level(b), e.code[:2])
        for e in coded["all_events"] if e.modality not in FACTUAL_MODALITIES
        for a in split_actors(system_code(e.source_country, e.source_role)) for b in split_actors(system_code(e.target_country, e.target_role))
    )
    if other.get((s, t, root)):
        return "coded, but as negated/hypothetical/alleged/historical (not written by default)"
    pairs = {(a, b) for a, b, _ in system_country}
    if system_country.get((t, s, root)):
        return "direction reversed"
    if (s, t) in pairs:
        return "code wrong (same dyad, other root)"
    if (t, s) in pairs:
        return "direction reversed and code wrong"
    if not coded["triggers"]:
        return "no trigger in the sentence"
    if not coded["events"]:
        return "trigger and actors found, no event formed"
    return "events coded between other actors"


def full_level_cause(expected: tuple[str, str, str], system_items: list[tuple[str, str, str]]) -> str:
    """Why a triple matched at country level misses at full-code level."""
    source, target, code = expected
    same_actors = any(s == source and t == target for s, t, _ in system_items)
    same_code = any(c == code for _, _, c in system_items)
    if same_actors:
        return "sub-code differs (same root)"
    if same_code:
        return "actor code differs (role/agent)"
    return "actor code and sub-code differ"


def score_suite(records: list[dict], coded: dict[int, dict]) -> dict:
    totals = {level: [0, 0, 0] for level in LEVELS}  # matched, system, expected
    causes: Counter = Counter()
    full_causes: Counter = Counter()
    examples: dict[str, list] = defaultdict(list)
    false_positives: Counter = Counter()
    errors = 0
    for r in records:
        c = coded[r["seq"]]
        errors += bool(c["error"])
        expected_items = [(e["source"], e["target"], e["code"]) for e in r.get("expected", [])]
        system_items = event_items(c["events"])
        for level in LEVELS:
            exp, sys_ = triples(expected_items, level), triples(system_items, level)
            totals[level][0] += sum((exp & sys_).values())
            totals[level][1] += sum(sys_.values())
            totals[level][2] += sum(exp.values())
        # causes of misses at country level, one representative expected triple per key
        sys_country = triples(system_items, "country+root")
        representative: dict[tuple, tuple] = {}
        for item in expected_items:
            for s in split_actors(item[0]):
                for t in split_actors(item[1]):
                    representative.setdefault(triple_key(s, t, item[2], "country+root"), (s, t, item[2]))
        for key, triple in representative.items():
            if not sys_country[key]:
                cause = miss_cause(triple, c, sys_country)
                causes[cause] += 1
                if len(examples[cause]) < 50:
                    examples[cause].append((r["id"], triple, r["text"], system_items))
        left = sys_country - Counter(representative.keys())
        # full-code misses whose country-level triple was found
        full_left = triples(system_items, "full code")
        for (s, t, code), n in triples(expected_items, "full code").items():
            for _ in range(n):
                if full_left[(s, t, code)] > 0:
                    full_left[(s, t, code)] -= 1
                elif sys_country[triple_key(s, t, code, "country+root")]:
                    full_causes[full_level_cause((s, t, code), system_items)] += 1
        extra = sum(left.values())
        if extra:
            false_positives["in a record that expects no event" if r.get("expect_none") or not expected_items else "extra event in a record with expected events"] += extra
    return {
        "records": len(records),
        "errors": errors,
        "levels": {level: prf(*totals[level]) for level in LEVELS},
        "causes": causes,
        "full_causes": full_causes,
        "examples": examples,
        "false_positives": false_positives,
    }


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


# ---------------------------------------------------------------------------- reports
def level_table(rows: list[tuple[str, dict]]) -> str:
    lines = ["| set | records | level | expected | system | matched | precision | recall | F1 |", "|---|---|---|---|---|---|---|---|---|"]
    for name, result in rows:
        for level in LEVELS:
            s = result["levels"][level]
            lines.append(f"| {name} | {result['records']} | {level} | {s['expected']} | {s['system']} | {s['matched']} | {s['precision']} | {s['recall']} | {s['f1']} |")
    return "\n".join(lines)


def cause_table(result: dict) -> str:
    total = sum(result["causes"].values())
    lines = ["| cause of a missed triple (country level) | misses | share |", "|---|---|---|"]
    for cause, n in result["causes"].most_common():
        lines.append(f"| {cause} | {n} | {n / total:.0%} |")
    fps = ", ".join(f"{k}: {v}" for k, v in result["false_positives"].most_common()) or "none"
    full = ", ".join(f"{k}: {v}" for k, v in result["full_causes"].most_common() if not k.startswith("missed")) or "none"
    return "\n".join(lines) + f"\n\nFalse positives (country level): {fps}.\n\nMatched at country level but not at full-code level: {full}."


def show_examples(result: dict, n: int) -> None:
    for cause, items in result["examples"].items():
        print(f"\n## {cause}")
        for rid, triple, text, system in items[:n]:
            print(f"  {rid}: expected {triple}; coded {system}\n      {text[:160]}")


def run_gsr(shared: Path, show: int) -> str:
    folder = shared / "benchmarks" / "petrarch2_validation"
    records = [r for r in read_jsonl(folder / "records_gsr.jsonl") if r.get("evaluate", True)]
    result = score_suite(records, code_records(records, None))
    if show:
        show_examples(result, show)
    rows = [("records_gsr", result)]
    # the same records with --domestic: events within one state and with non-state actors
    # (PETRARCH codes both; by default we code only events between states)
    domestic = score_suite(records, code_records(records, None, domestic=True))
    rows.append(("records_gsr, `--domestic`", domestic))
    phoenix = shared / "benchmarks" / "cameo" / "source" / "Phoenix.Countries.actors.txt"
    note = ""
    if phoenix.exists():  # for comparison: the operational Phoenix country dictionary on top, via --actors
        rows.append(("records_gsr + Phoenix.Countries.actors.txt", score_suite(records, code_records(records, load_actors([phoenix])))))
        note = (
            " The second set adds the Phoenix country-actor dictionary (`cameo/source/Phoenix.Countries.actors.txt`, "
            "loaded with `--actors`) to our knowledge base, to see how much actor coverage matters."
        )
    s = max((result["levels"]["country+root"], domestic["levels"]["country+root"]), key=lambda level: level["f1"])
    gap = "reached" if s["f1"] >= 0.7 else f"not reached (best F1 {s['f1']})"
    return (
        f"## PETRARCH GSR records (real sentences, our knowledge base)\n\n"
        f"Measured {dt.date.today().isoformat()} with `python benchmarks/petrarch.py --suite gsr` "
        f"(`records_gsr.jsonl`: {len(records)} sentences, all evaluated; English, the record's date as publication date; "
        f"default output, i.e. asserted, reported and intended events). Target of issue 3: F1 >= 0.7 at "
        f"(source country, target country, root) level: {gap}.{note}\n\n{LEVEL_NOTE}\n\n"
        + level_table(rows)
        + "\n\nCauses of misses with our knowledge base alone:\n\n"
        + cause_table(result)
        + "\n"
    )


def run_unittest(shared: Path, show: int) -> str:
    folder = shared / "benchmarks" / "petrarch2_validation"
    rows, sections = [], []
    for name, filename, dict_folder, dictionaries in UNITTEST_SUITES:
        records = [r for r in read_jsonl(folder / filename) if r.get("evaluate", True) and r.get("category_included", True)]
        actors = load_actors([folder / "dictionaries" / dict_folder / d for d in dictionaries])
        result = score_suite(records, code_records(records, actors))
        if show:
            print(f"\n# {name}")
            show_examples(result, show)
        rows.append((filename.removesuffix(".jsonl"), result))
        stats = actors.stats()
        sections.append(
            f"### {name} (`{filename}`)\n\nDictionaries: `{dict_folder}/{dictionaries[0]}` and `{dictionaries[1]}` "
            f"({stats['actor_entries']} actor entries, {stats['actor_names']} actor names, {stats['dated_codes']} date-restricted codes, "
            f"{stats['agent_names']} agent names; {stats['warnings']} warnings).\n\n" + cause_table(result) + "\n"
        )
    return (
        "## PETRARCH unit-test records (their own actor and agent dictionaries)\n\n"
        f"Measured {dt.date.today().isoformat()} with `python benchmarks/petrarch.py --suite unittest` "
        "(records with `evaluate` and an included category, the upstream scoring set; the suites' actor and agent "
        "dictionaries loaded through `--actors` (`dyadwatch.knowledge.user_actors`) on top of our knowledge base; "
        "their verb dictionaries are not used: events come from our own English trigger lexicon, and many expected "
        "codes exist only in those verb dictionaries).\n\n" + LEVEL_NOTE + "\n\n"
        + level_table(rows)
        + "\n\n"
        + "\n".join(sections)
    )


def run_plover(shared: Path, show: int) -> str:
    folder = shared / "benchmarks" / "plover"
    records = read_jsonl(folder / "gold_standard_records.jsonl")
    pipeline = Pipeline(lang="en")
    kb = load_knowledge()
    gold_n: Counter = Counter()
    hits_by_type: Counter = Counter()
    system_by_type: Counter = Counter()
    confusion: Counter = Counter()
    coded = hits = typed_events = matching_events = actor_ok = 0
    for r in records:
        gold = r["event"]
        gold_n[gold] += 1
        result = pipeline.process(RawDocument(r["id"], "plover", text=r["text"], pub_date=r.get("date"), lang="en"))
        typed = [(plover_05b1(e.plover_type, e.code), e) for e in result.events if e.plover_type]
        assert all(kb.plover(e.code)[0] == e.plover_type for _, e in typed)
        if not typed:
            confusion[(gold, "(no event)")] += 1
            continue
        coded += 1
        typed_events += len(typed)
        for t, _ in typed:
            system_by_type[t] += 1
        right = [e for t, e in typed if t == gold]
        matching_events += len(right)
        if right:
            hits += 1
            hits_by_type[gold] += 1
            sources = {country_level(a.get("code", "")) for a in r.get("source") or []}
            if any(country_level(e.source_country) in sources for e in right):
                actor_ok += 1
        else:
            confusion[(gold, typed[0][0])] += 1
            if show:
                print(f"{r['id']}: gold {gold}, coded {[t for t, _ in typed]}: {r['text'][:140]}")
    n = len(records)
    lines = ["| PLOVER 0.5b1 type | gold records | records with an event of that type | system events of that type |", "|---|---|---|---|"]
    for t in sorted(gold_n, key=lambda k: -gold_n[k]):
        lines.append(f"| {t} | {gold_n[t]} | {hits_by_type[t]} | {system_by_type[t]} |")
    top = ", ".join(f"{g} -> {s}: {k}" for (g, s), k in confusion.most_common(8))
    return (
        "## PLOVER gold records (event type)\n\n"
        f"Measured {dt.date.today().isoformat()} with `python benchmarks/petrarch.py --suite plover` "
        f"(`plover/gold_standard_records.jsonl`, {n} records, English, our knowledge base; an event's PLOVER 2.0 type "
        "(`plover_type`) is compared with the record's 0.5b1 category: REQUEST = DEMAND, ACCUSE = INVESTIGATE (CAMEO 09) "
        "or DISAPPROVE (11), ASSAULT = FIGHT (19) or ASSAULT (18, 20); CAMEO 01 and 02 events have no PLOVER type and "
        "are left out).\n\n"
        f"- records with at least one typed event: {coded} of {n} ({coded / n:.0%})\n"
        f"- records with an event of the gold type (recall): {hits} of {n} ({hits / n:.0%}); among records with an event: "
        f"{hits / coded if coded else 0:.0%}\n"
        f"- typed events of the record's gold type (precision): {matching_events} of {typed_events} "
        f"({matching_events / typed_events if typed_events else 0:.0%})\n"
        f"- of the records with a type hit, the source country agrees in {actor_ok} of {hits}\n"
        f"- most frequent gold -> coded confusions: {top}\n\n" + "\n".join(lines) + "\n"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--suite", choices=["gsr", "unittest", "plover", "all"], default="all")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--no-write", action="store_true", help="print the sections instead of writing RESULTS.md")
    parser.add_argument("--show-misses", type=int, default=0, metavar="N", help="print up to N examples per miss cause")
    args = parser.parse_args(argv)
    if not (args.shared / "benchmarks" / "petrarch2_validation").exists():
        print(f"shared benchmarks not found under {args.shared}", file=sys.stderr)
        return 2
    runs = {"gsr": ("petrarch-gsr", run_gsr), "unittest": ("petrarch-unittest", run_unittest), "plover": ("plover-gold", run_plover)}
    for suite, (marker, run) in runs.items():
        if args.suite not in (suite, "all"):
            continue
        body = run(args.shared, args.show_misses)
        print(body)
        if not args.no_write:
            write_section(marker, body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
