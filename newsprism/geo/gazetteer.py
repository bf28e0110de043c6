"""The packaged gazetteer index, loaded once per process: folded name -> candidate entries.

Look-ups go through a sorted array of stable name hashes (``numpy.searchsorted``), so the
warm load is a handful of numpy arrays (about 16 MB) rather than a large Python dict.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass
from functools import cache

from newsprism.geo.build import KINDS
from newsprism.geo.normalize import fold, key_hash
from newsprism.resources import data_path

_lock = threading.Lock()


@dataclass(frozen=True)
class Entry:
    """One gazetteer row: a GeoNames feature (or a derived admin entry without an id)."""

    row: int
    gid: int | None
    name: str
    lat: float | None
    lon: float | None
    country: str
    population: int
    kind: str
    admin1: str
    main_name: bool  # the looked-up name is the entry's main name (not an alternate)
    approx: int = 0  # 0: GeoNames point; 1: derived from a town of the same name; 2: a state/country point


class Gazetteer:
    def __init__(self, path=None):
        import numpy as np

        with np.load(path or data_path("geo", "gazetteer.npz")) as z:
            a = {k: z[k] for k in z.files}
        self._np = np
        self.gid, self.lat, self.lon, self.pop = a["gid"], a["lat"], a["lon"], a["pop"]
        self.cc, self.kind, self.admin1 = a["cc"], a["kind"], a["admin1"]
        self.approx = a.get("approx")
        self.name_off, self.name_blob = a["name_off"], a["name_blob"].tobytes()
        self.cc_list = a["cc_list"].item().decode("utf-8").split("\n")
        self.admin1_list = a["admin1_list"].item().decode("utf-8").split("\n")
        self.key_hash, self.key_off, self.cand, self.cand_main = a["key_hash"], a["key_off"], a["cand"], a["cand_main"]
        self._memo: dict[str, tuple[Entry, ...]] = {}

    def __len__(self) -> int:
        return len(self.gid)

    def name_of(self, row: int) -> str:
        return self.name_blob[self.name_off[row] : self.name_off[row + 1] - 1].decode("utf-8")

    def entry(self, row: int, main_name: bool = True) -> Entry:
        lat, lon = float(self.lat[row]), float(self.lon[row])
        gid = int(self.gid[row])
        return Entry(
            row=row,
            gid=gid if gid > 0 else None,
            name=self.name_of(row),
            lat=None if math.isnan(lat) else round(lat, 5),
            lon=None if math.isnan(lon) else round(lon, 5),
            country=self.cc_list[self.cc[row]],
            population=int(self.pop[row]),
            kind=KINDS[self.kind[row]],
            admin1=self.admin1_list[self.admin1[row]],
            main_name=main_name,
            approx=int(self.approx[row]) if self.approx is not None else 0,
        )

    def lookup_key(self, key: str) -> tuple[Entry, ...]:
        """Entries whose main or alternate name folds to ``key``."""
        hit = self._memo.get(key)
        if hit is not None:
            return hit
        h = key_hash(key)
        i = int(self._np.searchsorted(self.key_hash, self._np.uint64(h)))
        found: tuple[Entry, ...] = ()
        if i < len(self.key_hash) and int(self.key_hash[i]) == h:
            lo, hi = int(self.key_off[i]), int(self.key_off[i + 1])
            found = tuple(self.entry(int(self.cand[j]), bool(self.cand_main[j])) for j in range(lo, hi))
            if key in _not_names():  # 'Khalil' (Hebron's Al-Khalil) is a given name: only a main name counts
                found = tuple(e for e in found if e.main_name)
        if len(self._memo) < 200_000:
            self._memo[key] = found
        return found

    def lookup(self, name: str) -> tuple[Entry, ...]:
        return self.lookup_key(fold(name))


@cache
def _not_names() -> frozenset[str]:
    """Article-less forms of Arabic place names that are given names or common words ('khalil',
    'waqf'): ``arabic_toponyms.not_names`` in data/geo/aliases.json; and ``alternate_not_names``,
    short forms GeoNames lists as some village's alternate name that English news uses otherwise
    ('pak', the Indian press's short form for Pakistan, an alternate name of Paka, Malaysia)."""
    from newsprism.resources import load_json

    aliases = load_json("geo", "aliases.json")
    return frozenset(aliases["arabic_toponyms"].get("not_names", ())) | frozenset(aliases.get("alternate_not_names", ()))


@cache
def _load() -> Gazetteer:
    return Gazetteer()


def get() -> Gazetteer:
    """The process-wide gazetteer (loaded on first use)."""
    with _lock:
        return _load()
