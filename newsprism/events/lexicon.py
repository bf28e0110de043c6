"""The PLOVER cue lexicon (``data/events/plover_cues.json``), loaded once and indexed."""

from __future__ import annotations

from dataclasses import dataclass, field
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
    lemma_aliases: dict[str, str] = field(default_factory=dict)

    def verb(self, lemma: str) -> dict[str, Any] | None:
        """The cue entry for a lemma; tolerant of spaCy's occasional lemma slips ('instal', and
        the irregular forms it leaves unlemmatised, listed in 'lemma_aliases': 'retook')."""
        lemma = lemma.lower()
        lemma = self.lemma_aliases.get(lemma, lemma)
        return self.verbs.get(lemma) or self.verbs.get(lemma + "l")


def _words(spec: str, lists: dict[str, list[str]], where: str) -> frozenset[str]:
    """'a|b|$name' → the words, a '$name' standing for the shared list of that name."""
    out: set[str] = set()
    for w in spec.split("|"):
        if w.startswith("$"):
            if w[1:] not in lists:
                raise ValueError(f"plover_cues.json: {where}: unknown shared list {w}")
            out.update(lists[w[1:]])
        else:
            out.add(w)
    return frozenset(out)


def _split(classes: dict[str, dict], lists: dict[str, list[str]], where: str) -> list[tuple[frozenset[str], dict]]:
    return [(_words(k, lists, where), v) for k, v in classes.items()]


@cache
def lexicon() -> Lexicon:
    raw = load_json("events", "plover_cues.json")
    lists = {k: v for k, v in raw.get("lists", {}).items() if not k.startswith("_")}
    verbs = {}
    for lemma, entry in raw["verbs"].items():
        if entry["type"] not in PLOVER_TYPES:
            raise ValueError(f"plover_cues.json: {lemma}: unknown PLOVER type {entry['type']}")
        e = dict(entry)
        e["objects"] = _split(entry.get("objects", {}), lists, lemma)
        e["actors"] = _split(entry.get("actors", {}), lists, lemma)
        for key in ("skip_subjects", "skip_bare_subjects"):
            if key in entry:
                e[key] = _words(entry[key], lists, lemma)
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
        lemma_aliases={k: v for k, v in raw.get("lemma_aliases", {}).items() if not k.startswith("_")},
    )
