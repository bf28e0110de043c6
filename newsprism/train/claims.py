"""``newsprism train claims``: the attribution cue lexicon, cue detector and source detector
from PolNeAR train.

Reads ``../shared/data/polnear/train`` (never dev) and rewrites
``newsprism/data/claims/learned_cues.json``, ``cue_model.json`` and ``source_model.json``; see
``newsprism.claims.learn_cues`` for the method, its internal tuning split and the final refit
on all of train.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from newsprism.train import Trainer


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data", type=Path, help="PolNeAR train folder (default ../shared/data/polnear/train)")


def run(args: argparse.Namespace) -> None:
    from newsprism.claims import learn_cues

    learn_cues.main(["--data", str(args.data)] if args.data else [])


TRAINER = Trainer("claims", "attribution cue lexicon and detector from PolNeAR train (JSON weights)", add_arguments, run)
