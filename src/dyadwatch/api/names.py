"""Names for people: actor codes and CAMEO codes as an analyst reads them (English)."""
from __future__ import annotations

import functools
import re

# An organisation's display name: its first name that reads as English; else its code.
_ENGLISH = re.compile(
    r"\b(United|Nations|Union|Organi[sz]ation|Council|Alliance|Treaty|Community|Bank|Fund|Court|Agency|"
    r"Association|Cooperation|Economic|International|Group|States|Forum|Commonwealth|Conference|League|Front|"
    r"Army|Movement|Party|Forces|Islamic|Authority)\b"
)
_NOT_ENGLISH = re.compile(r"\w(isch\w*|ale|liche|ique|ione)\b")


@functools.cache
def actor_names() -> dict[str, str]:
    """Actor code -> English name: states by their CLDR English name, organisations and armed
    groups by the first of their names that reads as English (else their code)."""
    from ..knowledge import load_knowledge

    kb = load_knowledge()
    names: dict[str, str] = {}
    for code, found in kb.country_names("en").items():
        if found:
            names[code] = found[0]
    for org in kb.organisations:
        if org.code in names:
            continue
        english = next((n for n in org.names if _ENGLISH.search(n) and n.isascii() and not _NOT_ENGLISH.search(n)), None)
        names[org.code] = english or org.code
    return names


def actor_name(code: str | None) -> str | None:
    if not code:
        return None
    return actor_names().get(code.upper(), code)


@functools.cache
def code_label(code: str | None) -> str | None:
    """The CAMEO label of a code (falling back to its parent), or None."""
    if not code:
        return None
    from ..knowledge import load_knowledge

    try:
        return load_knowledge().cameo_code(code).label or None
    except KeyError:
        return None
