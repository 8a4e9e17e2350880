"""Settings file: `dyadwatch.toml` in the working directory, or the file given with `--config`.

    # dyadwatch.toml
    actors = ["dictionaries/my_actors.tsv", "/data/Phoenix.Countries.actors.txt"]

Relative paths are read relative to the settings file. Keys other than the ones read here
are left to the commands that use them.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

CONFIG_NAME = "dyadwatch.toml"


class ConfigError(ValueError):
    """The settings file is missing (when named explicitly) or malformed."""


@dataclass
class Config:
    path: Path | None = None  # the file read, if any
    actors: list[Path] = field(default_factory=list)  # user actor dictionaries


def load_config(explicit: Path | None = None, cwd: Path | None = None) -> Config:
    """The settings of `explicit`, else of ./dyadwatch.toml if it exists, else defaults."""
    path = Path(explicit) if explicit is not None else Path(cwd or Path.cwd()) / CONFIG_NAME
    if explicit is None and not path.is_file():
        return Config()
    if not path.is_file():
        raise ConfigError(f"{path}: config file not found")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: {exc}") from exc
    actors = data.get("actors", [])
    if isinstance(actors, str):
        actors = [actors]
    if not isinstance(actors, list) or not all(isinstance(a, str) for a in actors):
        raise ConfigError(f"{path}: `actors` must be a list of file paths")
    base = path.parent
    return Config(path, [(base / Path(a).expanduser()) if not Path(a).expanduser().is_absolute() else Path(a).expanduser() for a in actors])
