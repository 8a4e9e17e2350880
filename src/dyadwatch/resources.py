"""Reading the package's data files (TSV with a header line, TOML)."""
from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path


class DataFileError(ValueError):
    """A knowledge or lexicon file is malformed."""


def package_path(*parts: str) -> Path:
    return Path(str(resources.files("dyadwatch").joinpath(*parts)))


def read_tsv(path: Path, required: tuple[str, ...] = ()) -> list[dict[str, str]]:
    """Rows of a TSV file as dicts; '#' lines and blank lines are skipped."""
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    with open(path, encoding="utf-8") as handle:
        for number, raw in enumerate(handle, 1):
            line = raw.rstrip("\n\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = [c.strip() for c in line.split("\t")]
            if header is None:
                header = cells
                missing = [c for c in required if c not in header]
                if missing:
                    raise DataFileError(f"{path}: header lacks columns {missing}")
                continue
            if len(cells) > len(header):
                raise DataFileError(f"{path}:{number}: {len(cells)} cells, header has {len(header)}")
            cells += [""] * (len(header) - len(cells))
            row = dict(zip(header, cells))
            row["_line"] = str(number)
            rows.append(row)
    return rows


def split_values(cell: str) -> list[str]:
    return [v.strip() for v in cell.split("|") if v.strip()] if cell else []


def read_toml(path: Path) -> dict:
    with open(path, "rb") as handle:
        try:
            return tomllib.load(handle)
        except tomllib.TOMLDecodeError as exc:
            raise DataFileError(f"{path}: {exc}") from exc
