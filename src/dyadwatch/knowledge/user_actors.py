"""User dictionaries: extra actors and role nouns loaded from files (`--actors FILE`, or
`actors = [...]` in `dyadwatch.toml`), without touching the package's knowledge.

Two formats are read:

* **Our own TSV** (`*.tsv`): the columns of `knowledge/people.tsv`
  (`names country role office valid_from valid_to`) plus an optional `kind` column:
  `person` (the default; dated like the built-in people), `org`, `country-name`
  (more names of a state) or `agent` (role nouns such as "harbour master", `role` required).
  Names are `|`-separated and get the language's inflection endings like built-in names.

* **CAMEO/PETRARCH dictionaries** (TABARI/PETRARCH text format), detected from the content:

  - *actor dictionaries*: a root phrase, optional synonym lines starting with `+`, and one or
    more codes in brackets on the root line or on the lines that follow::

        GOLLUM              # comment
        +SMEAGOL
            [HOB <950601]                  before 1 June 1995
            [HOBGOV 19950601 - 19990815]   inside the range (both days included)
            [HOBREB >990816]               from 16 August 1999 on
        LORIEN  [ELR/GAL]                  several actors (kept as one code)

    Words are joined by `_` or blanks; a trailing `_` (exact match in TABARI) is dropped, as
    names match whole words here anyway. Dates are `YYMMDD` (00-30 = 20YY, else 19YY, as in
    TABARI/PETRARCH) or `YYYYMMDD`. For one phrase, the first dated code whose dates contain
    the event date wins; an undated code is the default. A phrase defined twice: the later
    definition wins (as in PETRARCH). `#` starts a comment; `<!-- ... -->` blocks are comments.

  - *agent dictionaries*: `PHRASE {PLURAL} [~CODE]` lines: `~GOV` puts the agent code after
    the actor code, `NGO~` before it (kept as the role; the position is recorded).
    Regular plurals are generated (`-s`, `-es`, `-ies`); `{...}` gives an irregular plural,
    `{}` none. Substitution sets `!PERSON! = MAN, MEN, ...` expand markers in phrases
    (`CONGRESS!PERSON!` -> `CONGRESSMAN`, ...), without plurals.

  PETRARCH actor codes are split after three characters into country and role:
  `EGYGOV` -> `EGY` + `GOV`, `IGOUNO` -> `IGO` + `UNO`; codes of several actors (`FRO/BIL/SAM`)
  and the unknown-country code `---` stay whole.

Malformed lines of our own TSV format are errors (`UserDictionaryError`, with file and line);
in the foreign PETRARCH format a line that cannot be read is skipped with a warning, so that a
large operational dictionary still loads.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from ..resources import DataFileError, read_tsv, split_values
from . import within_dates

KINDS = ("person", "org", "country-name", "agent")
TSV_REQUIRED = ("names", "country")
_CODE = re.compile(r"\[([^\]]*)\]")
_SUBSTITUTION = re.compile(r"^!([^!\s]+)!\s*=\s*(.+)$")
_MARKER = re.compile(r"!([^!\s]+)!")
_AGENT_LINE = re.compile(r"^(?P<phrase>[^{\[]+?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[(?P<code>[^\]]*)\]")
_RANGE = re.compile(r"^(\d{6}|\d{8})-(\d{6}|\d{8})$")
_ONE_DAY = dt.timedelta(days=1)


class UserDictionaryError(ValueError):
    """A user dictionary cannot be read (message names the file and line)."""


@dataclass(slots=True, frozen=True)
class ActorRecord:
    """One actor (or role noun) of a user dictionary, with the dates its code holds."""

    names: tuple[str, ...]
    code: str  # the full code as written: EGYGOV, ARN, FRO/BIL/SAM; agents: ~GOV, NGO~
    country: str  # country or organisation part (EGY); empty for agents
    role: str  # role part (GOV); for agents the agent code
    valid_from: dt.date | None = None  # first day the code holds
    valid_to: dt.date | None = None  # last day the code holds
    kind: str = "person"  # person | org | country-name | agent
    office: str = ""
    exact: bool = False  # names match as written (no inflection endings added)
    prefix: bool = False  # agent code written before the actor code (PETRARCH `NGO~`)
    entry: int = 0  # records of one dictionary entry share this number; later entries win
    source: str = ""  # file:line

    @property
    def dated(self) -> bool:
        return self.valid_from is not None or self.valid_to is not None

    def valid_on(self, day: dt.date | None) -> bool:
        """Does the code hold on the day (the event date)?"""
        return within_dates(day, self.valid_from, self.valid_to)


class ActorSet:
    """The records of all user dictionaries given to one run, in load order."""

    def __init__(self, records: Iterable[ActorRecord] = (), sources: Iterable[str] = (), warnings: Iterable[str] = ()):
        self.records: tuple[ActorRecord, ...] = tuple(records)
        self.sources: tuple[str, ...] = tuple(sources)
        self.warnings: list[str] = list(warnings)
        # actor dictionaries built with these records, by language (actors.actor_dictionary)
        self.dictionaries: dict[str, object] = {}

    def __len__(self) -> int:
        return len(self.records)

    def __repr__(self) -> str:
        return f"ActorSet({len(self.records)} records from {len(self.sources)} files)"

    def stats(self) -> dict[str, int]:
        actors = [r for r in self.records if r.kind != "agent"]
        return {
            "files": len(self.sources),
            "actor_entries": len({r.entry for r in actors}),
            "actor_names": len({n for r in actors for n in r.names}),
            "dated_codes": sum(1 for r in actors if r.dated),
            "agent_names": len({n for r in self.records if r.kind == "agent" for n in r.names}),
            "warnings": len(self.warnings),
        }


# ---------------------------------------------------------------------------- loading
def load_actors(paths: Iterable[str | Path]) -> ActorSet:
    """All records of the given dictionary files; later files take precedence."""
    records: list[ActorRecord] = []
    sources: list[str] = []
    warnings: list[str] = []
    for path in paths:
        path = Path(path)
        file_records, file_warnings = load_actor_file(path)
        offset = (max((r.entry for r in records), default=0)) + 1
        records.extend(replace(r, entry=r.entry + offset) for r in file_records)
        sources.append(str(path))
        warnings.extend(file_warnings)
    return ActorSet(records, sources, warnings)


def load_actor_file(path: Path) -> tuple[list[ActorRecord], list[str]]:
    """The records of one dictionary file (format detected) and the warnings raised."""
    path = Path(path)
    if not path.is_file():
        raise UserDictionaryError(f"{path}: actor dictionary not found")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserDictionaryError(f"{path}: not UTF-8 text ({exc.reason})") from exc
    fmt = detect_format(path, text)
    if fmt == "tsv":
        return read_tsv_actors(path), []
    if fmt == "petrarch-agents":
        return read_petrarch_agents(text, str(path))
    return read_petrarch_actors(text, str(path))


def detect_format(path: Path, text: str) -> str:
    """`tsv`, `petrarch-actors` or `petrarch-agents`; other PETRARCH files are refused."""
    lines = [line.strip() for line in text.splitlines()]
    content = [line for line in lines if line and not line.startswith(("#", "<!"))]
    if path.suffix.lower() == ".tsv" or (content and "\t" in content[0] and "names" in content[0].split("\t")):
        return "tsv"
    if any(line.startswith(("---", "&", "- ")) for line in content):
        raise UserDictionaryError(f"{path}: this looks like a PETRARCH verb dictionary; --actors reads actor and agent dictionaries")
    codes = [c for line in content for c in _CODE.findall(line.split("#", 1)[0])]
    if not codes:
        raise UserDictionaryError(f"{path}: no actor codes in [brackets] and not a .tsv file: not an actor dictionary")
    if any("~" in c for c in codes):
        return "petrarch-agents"
    return "petrarch-actors"


# ---------------------------------------------------------------------------- our TSV
def _tsv_date(value: str, where: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise UserDictionaryError(f"{where}: bad date {value!r} (YYYY-MM-DD)") from exc


def read_tsv_actors(path: Path) -> list[ActorRecord]:
    """Our own format: people.tsv columns plus an optional `kind`."""
    try:
        rows = read_tsv(path, TSV_REQUIRED)
    except DataFileError as exc:
        raise UserDictionaryError(str(exc)) from exc
    records = []
    for number, row in enumerate(rows, 1):
        where = f"{path}:{row['_line']}"
        kind = (row.get("kind") or "person").strip()
        if kind not in KINDS:
            raise UserDictionaryError(f"{where}: kind {kind!r} is not one of {', '.join(KINDS)}")
        names = tuple(split_values(row["names"]))
        if not names:
            raise UserDictionaryError(f"{where}: no names")
        country = row["country"].strip().upper()
        role = row.get("role", "").strip().upper()
        if kind == "agent":
            if not role:
                raise UserDictionaryError(f"{where}: an agent needs a role (GOV, MIL, ...)")
        elif not re.fullmatch(r"[A-Z0-9+\-/]{2,12}", country):
            raise UserDictionaryError(f"{where}: country {country!r} is not an actor code (ISO alpha-3 or an organisation code)")
        if kind == "person" and not role:
            role = "GOV"
        valid_from = _tsv_date(row.get("valid_from", ""), where)
        valid_to = _tsv_date(row.get("valid_to", ""), where)
        if valid_from and valid_to and valid_from > valid_to:
            raise UserDictionaryError(f"{where}: valid_from {valid_from} is after valid_to {valid_to}")
        records.append(
            ActorRecord(
                names, country + role if kind != "agent" else role, country if kind != "agent" else "", role,
                valid_from, valid_to, kind, row.get("office", ""), exact=False, entry=number, source=where,
            )
        )
    return records


# ---------------------------------------------------------------------------- PETRARCH
def petrarch_date(value: str) -> dt.date:
    """A TABARI/PETRARCH date: YYMMDD (00-30 -> 20YY, otherwise 19YY) or YYYYMMDD."""
    if len(value) == 6:
        yy = int(value[:2])
        value = ("20" if yy <= 30 else "19") + value
    if len(value) != 8 or not value.isdigit():
        raise ValueError(f"bad date {value!r} (YYMMDD or YYYYMMDD)")
    return dt.date(int(value[:4]), int(value[4:6]), int(value[6:8]))


def parse_code_block(block: str) -> tuple[str, dt.date | None, dt.date | None]:
    """`EGYGOV >140608` -> ('EGYGOV', 2014-06-08, None); `X <911226` -> ('X', None, 1991-12-25);
    `X 20100109-20100112` -> both days included; `X` -> undated."""
    parts = block.strip().split(None, 1)
    if not parts:
        raise ValueError("empty code []")
    code = parts[0].upper()
    restriction = parts[1].replace(" ", "").replace("\t", "") if len(parts) > 1 else ""
    if not restriction:
        return code, None, None
    if restriction[0] == "<":
        return code, None, petrarch_date(restriction[1:]) - _ONE_DAY
    if restriction[0] == ">":
        return code, petrarch_date(restriction[1:]), None
    match = _RANGE.match(restriction)
    if match:
        start, end = petrarch_date(match.group(1)), petrarch_date(match.group(2))
        if start > end:
            raise ValueError(f"date range {restriction!r} ends before it starts")
        return code, start, end
    raise ValueError(f"date restriction {restriction!r} is not <DATE, >DATE or DATE-DATE")


def split_code(code: str) -> tuple[str, str]:
    """Country and role of a CAMEO actor code: `EGYGOV` -> (`EGY`, `GOV`)."""
    if "/" in code or len(code) <= 3 or code.startswith('"'):
        return code, ""
    return code[:3], code[3:]


def display_name(phrase: str) -> str:
    """`PRESIDENT_GEORGE_W._BUSH` -> `President George W. Bush`; `U.S.` stays."""
    words = phrase.replace("_", " ").split()
    out = []
    for word in words:
        if "." in word.rstrip(".") or (word.endswith(".") and len(word) <= 2):
            out.append(word.upper())  # abbreviations and initials: U.S., K.U., W.
        else:
            out.append(re.sub(r"[^\W\d_]+", lambda m: m.group().capitalize(), word.lower()))
    return " ".join(out)


def _strip_comment(line: str) -> str:
    return line.split("#", 1)[0]


def _content_lines(text: str):
    """(line number, stripped line without comment) for the lines that carry content."""
    in_comment = False
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if line.startswith("<!"):
            in_comment = "-->" not in line and not line.endswith(">")
            continue
        line = _strip_comment(line).strip()
        if line:
            yield number, line


def read_petrarch_actors(text: str, source: str = "<actors>") -> tuple[list[ActorRecord], list[str]]:
    """Records of a CAMEO/PETRARCH actor dictionary (see the module docstring)."""
    records: list[ActorRecord] = []
    warnings: list[str] = []
    entry: dict | None = None
    count = 0

    def finish() -> None:
        nonlocal count
        if entry is None:
            return
        names = tuple(dict.fromkeys(n for n in entry["names"] if n))
        if not names:
            return
        if not entry["codes"]:
            warnings.append(f"{source}:{entry['line']}: {names[0]!r} has no code; skipped")
            return
        count += 1
        codes = entry["codes"]
        if all(len(c) == 3 and "/" not in c for c, _, _ in codes):
            kind = "country-name"  # ZIMBABWE [RHO <790606] [ZBW]
        elif any(f or t for _, f, t in codes):
            kind = "person"  # dated roles: GOLLUM [HOB <950601] [HOBGOV 950601-990815]
        else:
            kind = "org"
        # the first dated code that holds wins, the undated one is the default: dated first
        ordered = [c for c in codes if c[1] or c[2]] + [c for c in codes if not (c[1] or c[2])]
        for code, valid_from, valid_to in ordered:
            country, role = split_code(code)
            records.append(
                ActorRecord(names, code, country, role, valid_from, valid_to, kind, exact=True, entry=count, source=f"{source}:{entry['line']}")
            )

    for number, line in _content_lines(text):
        name_part, _, _ = line.partition("[")
        codes = []
        for block in _CODE.findall(line):
            try:
                codes.append(parse_code_block(block))
            except ValueError as exc:
                warnings.append(f"{source}:{number}: {exc}; code skipped")
        if line.startswith("["):
            if entry is None:
                warnings.append(f"{source}:{number}: code before any actor name; skipped")
                continue
            entry["codes"].extend(codes)
        elif line.startswith("+"):
            if entry is None:
                warnings.append(f"{source}:{number}: synonym before any actor name; skipped")
                continue
            entry["names"].append(display_name(name_part[1:].strip("_ \t")))
            entry["codes"].extend(codes)
        else:
            finish()
            entry = {"names": [display_name(name_part.strip("_ \t"))], "codes": codes, "line": number}
    finish()
    return records, warnings


def plural(phrase: str) -> str:
    """Regular English plural of the last word of a phrase (words separated by blanks)."""
    head, _, last = phrase.rpartition(" ")
    lower = last.lower()
    if lower.endswith("y") and len(lower) > 1 and lower[-2] not in "aeiou":
        last = last[:-1] + ("IES" if last.isupper() else "ies")
    elif lower.endswith(("s", "x", "z", "ch", "sh")):
        last += "ES" if last.isupper() else "es"
    else:
        last += "S" if last.isupper() else "s"
    return f"{head} {last}" if head else last


def _agent_phrase(value: str) -> str:
    return " ".join(value.replace("_", " ").split()).lower()


def read_petrarch_agents(text: str, source: str = "<agents>") -> tuple[list[ActorRecord], list[str]]:
    """Records (kind `agent`) of a CAMEO/PETRARCH agent dictionary."""
    records: list[ActorRecord] = []
    warnings: list[str] = []
    substitutions: dict[str, list[str]] = {}
    count = 0
    for number, line in _content_lines(text):
        sub = _SUBSTITUTION.match(line)
        if sub:
            substitutions[sub.group(1).upper()] = [v.strip() for v in sub.group(2).split(",") if v.strip()]
            continue
        match = _AGENT_LINE.match(line)
        if not match:
            warnings.append(f"{source}:{number}: not an agent entry (PHRASE {{PLURAL}} [~CODE]); skipped")
            continue
        code = match.group("code").replace(" ", "").replace("\t", "").upper()
        if not code.strip("~"):
            warnings.append(f"{source}:{number}: empty agent code; skipped")
            continue
        prefix = code.endswith("~") and not code.startswith("~")
        role = code.strip("~")
        phrase = match.group("phrase").strip()
        markers = _MARKER.findall(phrase)
        if markers:
            unknown = [m for m in markers if m.upper() not in substitutions]
            if unknown:
                warnings.append(f"{source}:{number}: unknown substitution set !{unknown[0]}!; skipped")
                continue
            forms = [phrase]
            for marker in markers:
                forms = [f.replace(f"!{marker}!", value, 1) for f in forms for value in substitutions[marker.upper()]]
            names = [_agent_phrase(f) for f in forms]
        else:
            singular = _agent_phrase(phrase)
            names = [singular]
            given = match.group("plural")
            if given is None:
                names.append(plural(singular))
            elif given.strip():
                names.append(_agent_phrase(given))
        count += 1
        records.append(
            ActorRecord(tuple(dict.fromkeys(n for n in names if n)), code, "", role, kind="agent", exact=True, prefix=prefix, entry=count, source=f"{source}:{number}")
        )
    return records, warnings
