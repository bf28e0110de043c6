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
class Nominal:
    """Event nouns and the frames in which they are reported as happening (see the cue file)."""

    nouns: dict[str, dict[str, Any]]
    subject_verbs: frozenset[str]
    subject_verb_particles: dict[str, str]
    progressive_verbs: frozenset[str]
    passive_verbs: frozenset[str]
    passive_verb_particles: dict[str, str]
    support_verbs: dict[str, dict[str, Any]]
    in_verbs: frozenset[str]
    in_preps: frozenset[str]
    targets: frozenset[str]
    actor_preps: frozenset[str]
    side_preps: dict[str, str]
    actor_ents: frozenset[str]
    modality_modifiers: dict[str, str]
    target_verbs: frozenset[str] = frozenset()
    quantity_nouns: frozenset[str] = frozenset()
    outcome_verbs: frozenset[str] = frozenset()
    actor_place_modifiers: frozenset[str] = frozenset()
    anaphoric_dets: frozenset[str] = frozenset()
    non_actor_possessors: frozenset[str] = frozenset()
    relative_doers: frozenset[str] = frozenset()
    presupposing_verbs: dict[str, dict[str, Any]] = field(default_factory=dict)
    specific_dets: frozenset[str] = frozenset()
    anaphora_window: int = 1
    headline_window: int = 0
    generic_modes: dict[str, str] = field(default_factory=dict)
    actor_modifier_nouns: frozenset[str] = frozenset()
    presupposing_nouns: dict[str, str] = field(default_factory=dict)
    doer_kinds: dict[str, str] = field(default_factory=dict)  # word → kind ('militia' → armed_group)
    doer_kinds_agree: frozenset[frozenset[str]] = frozenset()
    presupposing_preps: frozenset[str] = frozenset()
    presupposing_prep_nouns: frozenset[str] = frozenset()
    passive_agent_verbs: frozenset[str] = frozenset()
    ended_setting_verbs: frozenset[str] = frozenset()
    ended_setting_marks: frozenset[str] = frozenset()
    struck_after_verbs: dict[str, frozenset[str]] = field(default_factory=dict)  # active lemma → objects it needs
    struck_after_passives: frozenset[str] = frozenset()
    struck_after_types: frozenset[str] = frozenset()
    modifier_side_types: frozenset[str] = frozenset()


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
    nominal: Nominal | None = None
    habitual_adverbs: frozenset[str] = frozenset()
    habitual_dets: frozenset[str] = frozenset()
    repeated: dict[str, frozenset[str]] = field(default_factory=dict)  # counts, count_nouns, period_*
    content_nouns: dict[str, str] = field(default_factory=dict)
    content_confirm_verbs: frozenset[str] = frozenset()
    owned_place_nouns: frozenset[str] = frozenset()
    control_action_time_types: frozenset[str] = frozenset()
    request_nouns: frozenset[str] = frozenset()
    distance_nouns: frozenset[str] = frozenset()
    gerund_subject_preps: frozenset[str] = frozenset()
    launch_verbs: frozenset[str] = frozenset()
    headline_passive_types: frozenset[str] = frozenset()
    place_named_targets: frozenset[str] = frozenset()
    party_place_kinds: frozenset[str] = frozenset()
    measure_nouns: frozenset[str] = frozenset()
    party_object_verbs: frozenset[str] = frozenset()
    weapon_nouns: frozenset[str] = frozenset()
    doer_heads_yield: frozenset[str] = frozenset()
    money_nouns: frozenset[str] = frozenset()
    headline_noun_verb_types: frozenset[str] = frozenset()
    sport_words: frozenset[str] = frozenset()
    sport_words_with_a_verb: frozenset[str] = frozenset()
    sport_verbs: frozenset[str] = frozenset()
    person_speakers: frozenset[str] = frozenset()
    judged_event_types: frozenset[str] = frozenset()
    reply_preps: frozenset[str] = frozenset()
    continuation_advs: frozenset[str] = frozenset()
    sport_free_preps: frozenset[str] = frozenset()
    continuation_types: frozenset[str] = frozenset()
    mining_mine: dict[str, frozenset[str]] = field(default_factory=dict)
    accident_verbs: frozenset[str] = frozenset()
    exercise_words: frozenset[str] = frozenset()
    exercise_preps: frozenset[str] = frozenset()
    exercise_objects: frozenset[str] = frozenset()
    armed_doers: frozenset[str] = frozenset()
    captors: frozenset[str] = frozenset()
    collective_doers: frozenset[str] = frozenset()  # 'a group of miscreants': the doer is read after 'of'
    preventers: frozenset[str] = frozenset()
    comparison_words: frozenset[str] = frozenset()
    negative_exceptions: frozenset[str] = frozenset()
    incident_nouns: frozenset[str] = frozenset()
    incident_verbs: frozenset[str] = frozenset()
    incident_blockers: frozenset[str] = frozenset()
    perception_governors: frozenset[str] = frozenset()
    instrument_governors: frozenset[str] = frozenset()
    people_from: frozenset[str] = frozenset()
    cause_nouns: frozenset[str] = frozenset()
    no_doer_subjects: frozenset[str] = frozenset()
    frame_skip: frozenset[str] = frozenset()
    separate_words: frozenset[str] = frozenset()
    separate_dets: frozenset[str] = frozenset()
    frame_verbs: frozenset[str] = frozenset()
    incident_max_sentences: int = 4
    protesters: frozenset[str] = frozenset()
    consequence_verbs: frozenset[str] = frozenset()
    denial_predicates: frozenset[str] = frozenset()
    victim_participles: frozenset[str] = frozenset()
    gathering_verbs: frozenset[str] = frozenset()
    crossing_verbs: frozenset[str] = frozenset()
    meaning_verbs: frozenset[str] = frozenset()
    offset_signals: dict[str, int] = field(default_factory=dict)
    offset_units: frozenset[str] = frozenset()
    clothing_nouns: frozenset[str] = frozenset()
    passive_object_verbs: frozenset[str] = frozenset()

    def lemma(self, tok_lemma: str) -> str:
        """A verb lemma with the parser's slips mended ('raged' → 'rag' → 'rage')."""
        lemma = tok_lemma.lower()
        return self.lemma_aliases.get(lemma, lemma)

    def noun(self, lemma: str) -> dict[str, Any] | None:
        """The nominal-event entry for a noun lemma ('shelling', 'strike'), if any."""
        return self.nominal.nouns.get(lemma.lower()) if self.nominal is not None else None

    def verb(self, lemma: str) -> dict[str, Any] | None:
        """The cue entry for a lemma; tolerant of spaCy's occasional lemma slips ('instal', and
        the irregular forms it leaves unlemmatised, listed in 'lemma_aliases': 'retook')."""
        lemma = lemma.lower()
        lemma = self.lemma_aliases.get(lemma, lemma)
        return self.verbs.get(lemma) or self.verbs.get(lemma + "l")


WORD_KEYS = (
    "require_doers",
    "recipient_objects",
    "require_source",
    "person_object_doers",
    "person_objects",
    "require_joined_objects",
)  # an object class's word-list keys ('a|$list')


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


def _nominal(raw: dict[str, Any], lists: dict[str, list[str]]) -> Nominal | None:
    """The 'nominal' section, with each noun's 'modifiers' split into word sets."""
    if not raw:
        return None
    nouns = {}
    for lemma, entry in raw["nouns"].items():
        if "verb" not in entry and entry["type"] not in PLOVER_TYPES:
            raise ValueError(f"plover_cues.json: nominal {lemma}: unknown PLOVER type {entry['type']}")
        e = dict(entry)
        e["modifiers"] = _split(entry.get("modifiers", {}), lists, lemma)
        for key in (
            "skip_modifiers",
            "needs_modifier",
            "skip_objects",
            "skip_context",
            "context_free_preps",
            "only_frames",
            "needs_target",
        ):
            if key in entry:
                e[key] = _words(entry[key], lists, lemma)
        nouns[lemma] = e
    return Nominal(
        nouns=nouns,
        subject_verbs=frozenset(raw["subject_verbs"]),
        subject_verb_particles=raw.get("subject_verb_particles", {}),
        progressive_verbs=frozenset(raw.get("progressive_verbs", ())),
        passive_verbs=frozenset(raw["passive_verbs"]),
        passive_verb_particles=raw.get("passive_verb_particles", {}),
        support_verbs=raw["support_verbs"],
        in_verbs=frozenset(raw["in_verbs"]),
        in_preps=frozenset(raw["in_preps"]),
        targets=frozenset(raw["targets"]),
        actor_preps=frozenset(raw["actor_preps"]),
        side_preps=raw.get("side_preps", {}),
        actor_ents=frozenset(raw.get("actor_ents", ())),
        modality_modifiers=raw.get("modality_modifiers", {}),
        target_verbs=frozenset(raw.get("target_verbs", ())),
        quantity_nouns=frozenset(raw.get("quantity_nouns", ())),
        outcome_verbs=frozenset(raw.get("outcome_verbs", ())),
        actor_place_modifiers=frozenset(raw.get("actor_place_modifiers", ())),
        anaphoric_dets=frozenset(raw.get("anaphoric_dets", ())),
        non_actor_possessors=frozenset(raw.get("non_actor_possessors", ())),
        relative_doers=frozenset(raw.get("relative_doers", ())),
        presupposing_verbs=raw.get("presupposing_verbs", {}),
        specific_dets=frozenset(raw.get("specific_dets", ())),
        anaphora_window=int(raw.get("anaphora_window", 1)),
        headline_window=int(raw.get("headline_window", 0)),
        generic_modes=raw.get("generic_modes", {}),
        actor_modifier_nouns=frozenset(raw.get("actor_modifier_nouns", ())),
        presupposing_nouns=raw.get("presupposing_nouns", {}),
        doer_kinds={w: kind for kind, words in raw.get("doer_kinds", {}).items() for w in words},
        doer_kinds_agree=frozenset(frozenset(pair) for pair in raw.get("doer_kinds_agree", ())),
        presupposing_preps=frozenset(raw.get("presupposing_preps", ())),
        presupposing_prep_nouns=frozenset(raw.get("presupposing_prep_nouns", ())),
        passive_agent_verbs=frozenset(raw.get("passive_agent_verbs", ())),
        ended_setting_verbs=frozenset(raw.get("ended_setting_verbs", ())),
        ended_setting_marks=frozenset(raw.get("ended_setting_marks", ())),
        struck_after_verbs={v: frozenset(objs) for v, objs in raw.get("struck_after_verbs", {}).items()},
        struck_after_passives=frozenset(raw.get("struck_after_passives", ())),
        struck_after_types=frozenset(raw.get("struck_after_types", ())),
        modifier_side_types=frozenset(raw.get("modifier_side_types", ())),
    )


def _as_verbs(nominal: Nominal, verbs: dict[str, dict[str, Any]]) -> None:
    """A noun entry with 'verb' ('capture') codes as that verb's cue entry: its type, mode,
    confidence and object classes, read on the noun's 'of' object."""
    for lemma, entry in nominal.nouns.items():
        if "verb" not in entry:
            continue
        verb = verbs.get(entry["verb"])
        if verb is None:
            raise ValueError(f"plover_cues.json: nominal {lemma}: unknown verb {entry['verb']}")
        entry.update(type=verb["type"], mode=verb.get("mode"), objects=verb["objects"])
        entry.setdefault("confidence", verb.get("confidence", 0.6))


@cache
def lexicon() -> Lexicon:
    raw = load_json("events", "plover_cues.json")
    sport = load_json("events", "sport_words.json")  # shared with the time tagger
    lists = {k: v for k, v in raw.get("lists", {}).items() if not k.startswith("_")}
    verbs = {}
    for lemma, entry in raw["verbs"].items():
        if entry["type"] not in PLOVER_TYPES:
            raise ValueError(f"plover_cues.json: {lemma}: unknown PLOVER type {entry['type']}")
        e = dict(entry)
        e["objects"] = [
            (words, {**v, **{k: _words(v[k], lists, lemma) for k in WORD_KEYS if k in v}})
            for words, v in _split(entry.get("objects", {}), lists, lemma)
        ]  # 'install' fences: only armed doers (a refinement's require_doers, as a particle's)
        e["actors"] = _split(entry.get("actors", {}), lists, lemma)
        for key in (
            "skip_subjects",
            "skip_bare_subjects",
            "skip_context",
            "context_free_preps",
            "skip_objects",
            "skip_joined_to",
            "require_doers",
            "bare_doers",
        ):
            if key in entry:
                e[key] = _words(entry[key], lists, lemma)
        e["particles"] = {
            k: {**v, "require_doers": _words(v["require_doers"], lists, lemma)} if "require_doers" in v else v
            for k, v in entry.get("particles", {}).items()
        }
        verbs[lemma] = e
    nominal = _nominal(raw.get("nominal", {}), lists)
    if nominal is not None:
        _as_verbs(nominal, verbs)
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
        nominal=nominal,
        habitual_adverbs=frozenset(raw.get("habitual", {}).get("adverbs", ())),
        habitual_dets=frozenset(raw.get("habitual", {}).get("dets", ())),
        offset_signals={k: int(v) for k, v in raw.get("offset_signals", {}).items()},
        offset_units=frozenset(raw.get("offset_units", ())),
        clothing_nouns=frozenset(raw.get("clothing_nouns", ())),
        passive_object_verbs=frozenset(raw.get("passive_object_verbs", ())),
        repeated={
            k: frozenset(raw.get("habitual", {}).get(k, ()))
            for k in ("counts", "count_nouns", "count_words", "period_preps", "period_nouns")
        },
        content_nouns={k: v for k, v in raw.get("content_nouns", {}).items() if not k.startswith("_")},
        content_confirm_verbs=frozenset(raw.get("content_confirm_verbs", {}).get("verbs", ())),
        owned_place_nouns=frozenset(raw.get("owned_place_nouns", ())),
        control_action_time_types=frozenset(raw.get("control_action_time_types", ())),
        request_nouns=frozenset(raw.get("request_nouns", ())),
        distance_nouns=frozenset(raw.get("distance_nouns", ())),
        gerund_subject_preps=frozenset(raw.get("gerund_subject_preps", ())),
        launch_verbs=frozenset(raw.get("launch_verbs", ())),
        headline_passive_types=frozenset(raw.get("headline_passive_types", ())),
        place_named_targets=frozenset(raw.get("place_named_targets", ())),
        party_place_kinds=frozenset(raw.get("party_place_kinds", ())),
        measure_nouns=frozenset(raw.get("measure_nouns", ())),
        party_object_verbs=frozenset(raw.get("party_object_verbs", ())),
        weapon_nouns=frozenset(raw.get("weapon_nouns", ())),
        doer_heads_yield=frozenset(raw.get("doer_heads_yield", ())),
        money_nouns=frozenset(raw.get("money_nouns", ())),
        headline_noun_verb_types=frozenset(raw.get("headline_noun_verb_types", ())),
        sport_words=frozenset(sport["game_words"]) | frozenset(sport["context_words"]),
        sport_words_with_a_verb=frozenset(sport["words_with_a_verb"]),
        sport_verbs=frozenset(sport["verbs"]),
        person_speakers=frozenset(raw.get("person_speakers", ())),
        judged_event_types=frozenset(raw.get("judged_event_types", ())),
        reply_preps=frozenset(raw.get("reply_preps", ())),
        continuation_advs=frozenset(raw.get("continuation_advs", ())),
        sport_free_preps=frozenset(raw.get("sport_free_preps", ())),
        continuation_types=frozenset(raw.get("continuation_types", ())),
        mining_mine={k: frozenset(v) for k, v in raw.get("mining_mine", {}).items()},
        accident_verbs=frozenset(raw.get("accident_verbs", ())),
        exercise_words=frozenset(raw.get("exercise_words", ())),
        exercise_preps=frozenset(raw.get("exercise_preps", ())),
        exercise_objects=frozenset(raw.get("exercise_objects", ())),
        armed_doers=frozenset(lists.get("armed_doers", ())),
        captors=frozenset(lists.get("captors", ())),
        collective_doers=frozenset(lists.get("collective_doers", ())),
        preventers=frozenset(raw.get("preventers", ())),
        comparison_words=frozenset(raw.get("comparison_words", ())),
        negative_exceptions=frozenset(raw.get("negative_exceptions", ())),
        incident_nouns=frozenset(raw.get("incident_setting", {}).get("nouns", ())),
        incident_verbs=frozenset(raw.get("incident_setting", {}).get("verbs", ())),
        incident_blockers=frozenset(raw.get("incident_setting", {}).get("blockers", ())),
        perception_governors=frozenset(raw.get("perception_governors", ())),
        instrument_governors=frozenset(raw.get("instrument_governors", ())),
        people_from=frozenset(raw.get("people_from", ())),
        cause_nouns=frozenset(raw.get("cause_nouns", ())),
        no_doer_subjects=frozenset(raw.get("no_doer_subjects", ())),
        frame_skip=frozenset(raw.get("incident_setting", {}).get("frame_skip", ())),
        separate_words=frozenset(raw.get("incident_setting", {}).get("separate_words", ())),
        separate_dets=frozenset(raw.get("incident_setting", {}).get("separate_dets", ())),
        frame_verbs=frozenset(raw.get("incident_setting", {}).get("frame_verbs", ())),
        incident_max_sentences=int(raw.get("incident_setting", {}).get("max_sentences", 4)),
        protesters=frozenset(raw.get("incident_setting", {}).get("protesters", ())),
        consequence_verbs=frozenset(raw.get("consequence_verbs", ())),
        denial_predicates=frozenset(raw.get("denial_predicates", ())),
        victim_participles=frozenset(raw.get("victim_participles", ())),
        gathering_verbs=frozenset(raw.get("gathering_verbs", ())),
        crossing_verbs=frozenset(raw.get("crossing_verbs", ())),
        meaning_verbs=frozenset(raw.get("meaning_verbs", ())),
    )
