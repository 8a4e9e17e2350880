"""Language-independent knowledge: states, organisations, people with dated roles, CAMEO.

Country names in every supported language come from CLDR (babel); the per-language
folders add colloquial, historical and short names, adjectives, capitals and seats.
"""
from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from ..resources import DataFileError, package_path, read_tsv, split_values


def within_dates(day: dt.date | None, valid_from: dt.date | None, valid_to: dt.date | None) -> bool:
    """Is `day` on or after `valid_from` and on or before `valid_to` (a missing end, or a
    missing day, does not restrict)?"""
    if day is None:
        return True
    if valid_from and day < valid_from:
        return False
    return not (valid_to and day > valid_to)


@dataclass(slots=True, frozen=True)
class Person:
    names: tuple[str, ...]
    country: str
    role: str
    office: str
    valid_from: dt.date | None
    valid_to: dt.date | None

    def holds_office_on(self, day: dt.date | None) -> bool:
        """A role counts only inside its dates (relative to the event date)."""
        return within_dates(day, self.valid_from, self.valid_to)


@dataclass(slots=True, frozen=True)
class Organisation:
    code: str
    country: str
    role: str
    names: tuple[str, ...]


@dataclass(slots=True, frozen=True)
class CameoCode:
    code: str
    label: str
    goldstein: float

    @property
    def root(self) -> str:
        return self.code[:2]

    @property
    def quad_class(self) -> int:
        return quad_class(self.code)


def quad_class(code: str) -> int:
    """GDELT quad class: 1 verbal cooperation (01-05), 2 material cooperation (06-08),
    3 verbal conflict (09-13), 4 material conflict (14-20)."""
    root = int(code[:2])
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 13:
        return 3
    return 4


def _date(value: str, where: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise DataFileError(f"{where}: bad date {value!r}") from exc


class KnowledgeBase:
    """States, organisations, people and the CAMEO table, loaded from the package."""

    def __init__(self) -> None:
        folder = package_path("knowledge")
        self.iso = {r["alpha3"]: r for r in read_tsv(folder / "iso3166.tsv", ("alpha3", "alpha2"))}
        self.alpha2_to_alpha3 = {r["alpha2"]: a3 for a3, r in self.iso.items()}
        self.state_names = {a3: r.get("name", "") or a3 for a3, r in self.iso.items()}  # English short names
        self.people = [
            Person(
                tuple(split_values(r["names"])),
                r["country"],
                r["role"] or "GOV",
                r.get("office", ""),
                _date(r.get("valid_from", ""), f"people.tsv:{r['_line']}"),
                _date(r.get("valid_to", ""), f"people.tsv:{r['_line']}"),
            )
            for r in read_tsv(folder / "people.tsv", ("names", "country", "role", "valid_from", "valid_to"))
        ]
        self.organisations = [
            Organisation(r["code"], r.get("country", ""), r.get("role", "") or "IGO", tuple(split_values(r["names"])))
            for r in read_tsv(folder / "organisations.tsv", ("code", "names"))
        ]
        self.cameo = {
            r["code"]: CameoCode(r["code"], r.get("label", ""), float(r["goldstein"] or 0))
            for r in read_tsv(folder / "cameo.tsv", ("code", "goldstein"))
        }
        # kinds of state that epithets name ("the kingdom", "der Inselstaat") -> their states
        self.epithet_kinds = {r["kind"]: frozenset(split_values(r["countries"])) for r in read_tsv(folder / "epithets.tsv", ("kind", "countries"))}
        # CAMEO -> PLOVER event type and mode (plover.tsv; empty type: dropped in PLOVER)
        self.plover_table = {
            r["code"]: (r.get("plover_type", ""), r.get("plover_mode", ""))
            for r in read_tsv(folder / "plover.tsv", ("code", "plover_type", "plover_mode"))
        }

    def plover(self, code: str) -> tuple[str, str]:
        """PLOVER (event type, mode) of a CAMEO code, falling back to its 3-digit parent and
        root; ("", "") for codes PLOVER drops (01, 02) or does not know."""
        for candidate in (code, code[:3], code[:2]):
            if candidate in self.plover_table:
                return self.plover_table[candidate]
        return ("", "")

    def cameo_code(self, code: str) -> CameoCode:
        """The CAMEO entry of a code, falling back to its 3-digit parent and root."""
        for candidate in (code, code[:3], code[:2]):
            if candidate in self.cameo:
                entry = self.cameo[candidate]
                return entry if candidate == code else CameoCode(code, entry.label, entry.goldstein)
        raise KeyError(f"unknown CAMEO code {code!r}")

    def country_names(self, lang: str) -> dict[str, list[str]]:
        """CLDR names of every ISO state in a language, by alpha-3 code."""
        from babel import Locale

        territories = Locale(lang).territories
        names: dict[str, list[str]] = {}
        for alpha3, row in self.iso.items():
            found = [territories[row["alpha2"]]] if row["alpha2"] in territories else []
            names[alpha3] = found + [row["name"]] if lang == "en" and row["name"] not in found else found
        return names

    def actor_codes(self) -> set[str]:
        return set(self.iso) | {o.code for o in self.organisations}

    def stats(self) -> dict:
        return {
            "states": len(self.iso),
            "organisations_and_groups": len(self.organisations),
            "people": len({p.names[0] for p in self.people}),
            "dated_roles": len(self.people),
            "cameo_codes": len(self.cameo),
        }


@functools.cache
def load_knowledge() -> KnowledgeBase:
    """The package's knowledge base, loaded once per process."""
    return KnowledgeBase()
