"""The curated knowledge base: places (``data/geo/places.json``) and naming conventions
(``data/geo/naming.json``), indexed by folded alias. Checked before GeoNames.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from newsprism.geo.normalize import fold
from newsprism.resources import load_json


@dataclass(frozen=True)
class NameUse:
    """How one name of a contested entity is used: by which conventions, in which language."""

    entity: str
    name: str
    conventions: tuple[str, ...]
    shared: bool
    language: str | None
    valid: str | None
    period_until: int | None = None  # the only English name before this year ('Burma' before 1989)


@cache
def places() -> dict[str, dict[str, Any]]:
    return {p["id"]: p for p in load_json("geo", "places.json")["places"]}


@cache
def place_aliases() -> dict[str, tuple[str, ...]]:
    """Folded alias -> KB place ids."""
    table: dict[str, list[str]] = {}
    for p in places().values():
        # 'name_is_alias': false keeps a name every side writes ('Jerusalem', 'Taiwan') with the
        # gazetteer; only the place's side-taking forms are KB aliases then
        own = [p["name"]] if p.get("name_is_alias", True) else []
        for alias in [*own, *p.get("aliases", []), *p.get("demonyms", [])]:
            ids = table.setdefault(fold(alias), [])
            if p["id"] not in ids:
                ids.append(p["id"])
    return {k: tuple(v) for k, v in table.items()}


@cache
def after_the() -> dict[str, str]:
    """Folded name -> KB place for names that mean the place only after 'the' ('the Niger' is the
    river, 'Niger' the country): the places' ``after_the`` lists."""
    return {fold(name): p["id"] for p in places().values() for name in p.get("after_the", ())}


@cache
def demonym_keys() -> frozenset[str]:
    """Folded KB demonyms ('South Ossetian'): linked to their place, but not names of it."""
    return frozenset(fold(d) for p in places().values() for d in p.get("demonyms", []))


@cache
def alias_first_words() -> frozenset[str]:
    """Folded first words of KB aliases: the KB matcher only tries n-grams starting with one."""
    import re

    return frozenset(re.split(r"[\s\-(/]+", k)[0] for k in place_aliases())


@cache
def conventions() -> dict[str, dict[str, str]]:
    return load_json("geo", "naming.json")["conventions"]


@cache
def naming_entities() -> dict[str, dict[str, Any]]:
    return {e["id"]: e for e in load_json("geo", "naming.json")["entities"]}


@cache
def _name_uses() -> dict[tuple[str, str], tuple[NameUse, ...]]:
    """(entity, folded name) -> the uses of the names that fold so ('Laayoune' and the French
    'Laâyoune' are one key), in the order listed."""
    table: dict[tuple[str, str], list[NameUse]] = {}
    for e in naming_entities().values():
        for n in e["names"]:
            table.setdefault((e["id"], fold(n["name"])), []).append(
                NameUse(
                    entity=e["id"],
                    name=n["name"],
                    conventions=tuple(n.get("conventions", ())),
                    shared=bool(n.get("shared")),
                    language=n.get("language"),
                    valid=n.get("valid"),
                    period_until=n.get("period_name_until"),
                )
            )
    return {k: tuple(v) for k, v in table.items()}


def name_use(entity: str, written: str) -> NameUse | None:
    """The convention record for a name as written (diacritics/case ignored), or None."""
    key = fold(written)
    uses = _name_uses()
    if (entity, key) not in uses and key.startswith("the "):
        key, written = key[4:], re.sub(r"(?i)^the\s+", "", written)
    found = uses.get((entity, key))
    if not found:
        return None
    # names that differ only in diacritics: the one written exactly ('Laâyoune' is French usage,
    # 'Laayoune' also English), else the first listed
    return next((u for u in found if u.name.casefold() == written.casefold()), found[0])


def other_names(entity: str, written: str) -> list[str]:
    """The entity's other names, each with its conventions, for the span attrs."""
    e = naming_entities().get(entity)
    if not e:
        return []
    key = fold(written)
    out = []
    for n in e["names"]:
        if fold(n["name"]) == key:
            continue
        tag = "shared" if n.get("shared") else "/".join(n.get("conventions", ()))
        out.append(f"{n['name']} ({tag})")
    return out
