"""The PLOVER cue lexicon (``data/events/plover_cues.json``), loaded once and indexed."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from newsprism.resources import load_json

PLOVER_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, dict[str, Any]]
    governors: dict[str, str]
    negated_governors: frozenset[str]
    object_control: frozenset[str]
    adverbs: dict[str, str]
    modal_aux: dict[str, str]
    speech_verbs: frozenset[str]
    duration_preps: frozenset[str]

    def verb(self, lemma: str) -> dict[str, Any] | None:
        """The cue entry for a lemma; tolerant of spaCy's occasional lemma slips ('instal')."""
        lemma = lemma.lower()
        return self.verbs.get(lemma) or self.verbs.get(lemma + "l")


def _split(classes: dict[str, dict]) -> list[tuple[frozenset[str], dict]]:
    return [(frozenset(k.split("|")), v) for k, v in classes.items()]


@cache
def lexicon() -> Lexicon:
    raw = load_json("events", "plover_cues.json")
    verbs = {}
    for lemma, entry in raw["verbs"].items():
        if entry["type"] not in PLOVER_TYPES:
            raise ValueError(f"plover_cues.json: {lemma}: unknown PLOVER type {entry['type']}")
        e = dict(entry)
        e["objects"] = _split(entry.get("objects", {}))
        e["actors"] = _split(entry.get("actors", {}))
        verbs[lemma] = e
    return Lexicon(
        verbs=verbs,
        governors={k: v for k, v in raw["governors"].items() if not k.startswith("_")},
        negated_governors=frozenset(raw.get("negated_governors", ())),
        object_control=frozenset(raw.get("object_control_governors", ())),
        adverbs=raw["adverbs"],
        modal_aux=raw["modal_aux"],
        speech_verbs=frozenset(raw["speech_verbs"]),
        duration_preps=frozenset(raw.get("duration_preps", ())),
    )
