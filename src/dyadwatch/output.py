"""Writing events: JSONL (the contract), CSV, and GDELT 2.0 event-table columns."""
from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterable
from typing import TextIO

from .model import Event

FORMATS = ("jsonl", "csv", "gdelt")
CSV_FIELDS = [
    "doc_id", "event_id", "source_country", "source_role", "source_name", "target_country", "target_role",
    "target_name", "code", "root_code", "quad_class", "goldstein", "date", "date_precision", "date_source",
    "modality", "sentence_index", "evidence", "evidence_start", "evidence_end", "trigger", "rule", "confidence", "lang",
    "plover_type", "plover_mode",
]
# GDELT 2.0 event table, in order; the columns that do not apply stay empty.
GDELT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
]


def event_record(event: Event) -> dict:
    """The contract's event object (plus trigger offsets, language and sentence)."""
    return event.to_dict()


def gdelt_row(event: Event, url: str = "", added: dt.datetime | None = None) -> list[str]:
    """One GDELT 2.0 event row. Dates of month or year precision use day 00 as GDELT does."""
    date = event.date
    year, month, day = (date.split("-") + ["00", "00"])[:3]
    sqldate = f"{year}{month}{day}"
    fraction = ""
    if event.date_precision == "day":
        d = dt.date.fromisoformat(date)
        fraction = f"{d.year + (d.timetuple().tm_yday - 1) / 365:.4f}"
    row = dict.fromkeys(GDELT_COLUMNS, "")
    row.update(
        GLOBALEVENTID=event.event_id,
        SQLDATE=sqldate,
        MonthYear=f"{year}{month}",
        Year=year,
        FractionDate=fraction,
        Actor1Code=event.source_country + event.source_role,
        Actor1Name=event.source_name,
        Actor1CountryCode=event.source_country,
        Actor1Type1Code=event.source_role,
        Actor2Code=event.target_country + event.target_role,
        Actor2Name=event.target_name,
        Actor2CountryCode=event.target_country,
        Actor2Type1Code=event.target_role,
        IsRootEvent="1" if event.sentence_index == 0 else "0",
        EventCode=event.code,
        EventBaseCode=event.code[:3],
        EventRootCode=event.root_code,
        QuadClass=str(event.quad_class),
        GoldsteinScale=str(event.goldstein),
        NumMentions="1",
        NumSources="1",
        NumArticles="1",
        DATEADDED=(added or dt.datetime.now(dt.timezone.utc)).strftime("%Y%m%d%H%M%S"),
        SOURCEURL=url,
    )
    if event.location:
        # imported here: the gazetteer is read only when a place is written
        from .grounding.places import action_geo

        row.update(action_geo(event.location))
    return [str(row[c]) for c in GDELT_COLUMNS]


class EventWriter:
    """Writes events in one of FORMATS to a text stream."""

    def __init__(self, stream: TextIO, fmt: str = "jsonl", header: bool = True):
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        self.stream, self.fmt = stream, fmt
        self.count = 0
        self._csv = None
        if fmt == "csv":
            self._csv = csv.DictWriter(stream, fieldnames=CSV_FIELDS, extrasaction="ignore")
            if header:
                self._csv.writeheader()
        elif fmt == "gdelt":
            self._csv = csv.writer(stream, delimiter="\t", lineterminator="\n")
            if header:
                self._csv.writerow(GDELT_COLUMNS)

    def write(self, events: Iterable[Event], url: str = "") -> None:
        for event in events:
            if self.fmt == "jsonl":
                self.stream.write(json.dumps(event_record(event), ensure_ascii=False) + "\n")
            elif self.fmt == "csv":
                self._csv.writerow(event_record(event))
            else:
                self._csv.writerow(gdelt_row(event, url))
            self.count += 1
