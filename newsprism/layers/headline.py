"""How the headline tells what the body attributes: a headline that states as fact a happening
the body reports only on someone's word.

Readers often see only the headline. When the body says "three attackers were killed, the
minister said" and the headline says "Three attackers killed", the outlet has turned one side's
account into its own statement; media-literacy trainers and fact-checkers look for exactly this.
The event layer already folds a headline's telling into the body event it repeats (``merged``
entries with ``headline: true``); this layer compares the two tellings:

- the body's event is attributed (``attributed_to``: a speaker and a speech cue), and no other
  body telling of the same type and mode is in the outlet's own voice (asserted, unattributed),
  nor a later telling folded into it outside every attribution's content;
- the headline's line has no attribution the claim layer found, no hedge or reporting word
  (``data/headline/hedges.json``: says, claims, reportedly, alleged …, "?", or an auxiliary
  opening a question without its mark: "Did …", "Was …"), no source
  credited at its end ("…: minister", "… – police", at most four words), and the
  happening's word is not inside quotation marks (a scare-quoted "arrested" distances, it does
  not assert).

Each finding is a ``headline`` span ``stated_as_fact`` over the headline's word, with the body
event, its speaker and sentence; ``summary["headline"]`` counts them and the headline tellings
the event layer matched to the body (``tellings_matched``: 0 means nothing could be judged). A rule, not a model: it
sees only what the event layer merged, so a headline whose happening the event layer did not
match to the body is not judged.
"""

from __future__ import annotations

import re
from functools import cache

from newsprism.layers.base import Context, Layer
from newsprism.model import Analysis
from newsprism.resources import load_json

# a source credited at the end of the headline: "Officer killed near Ibar bridge: minister",
# "… – police", "… - Kyiv officials"
CREDIT = re.compile(r"(?:[:\u2013\u2014]|\s-)\s*[\w'\u2019.]+(?:\s+[\w'\u2019.]+){0,3}\s*$")
WHY = "the headline states as fact what the body reports only on {speaker}'s word ('{cue}')"


@cache
def _cues() -> tuple[re.Pattern[str], frozenset[str]]:
    data = load_json("headline", "hedges.json")
    words = sorted(data["hedges"], key=len, reverse=True)
    # a question without its mark ("Did Russian drone kill five in Kharkiv"): the line opens with an auxiliary
    openers = "|".join(re.escape(w) for w in data["question_openers"])
    pattern = re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)|\?|^\s*(?:" + openers + r")\s",
        re.IGNORECASE,
    )
    return pattern, frozenset(data["quotes"])


def _line(text: str, pos: int) -> tuple[int, int]:
    """Offsets of the line around ``pos``."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _quoted(line: str, start: int, end: int, quotes: frozenset[str]) -> bool:
    """The word at [start, end) of the line sits inside a pair of quotation marks."""
    # an apostrophe inside a word ("Kurti's") is no quotation mark
    before = [c for i, c in enumerate(line[:start]) if c in quotes and not _in_word(line, i)]
    after = [c for i, c in enumerate(line[end:], start=end) if c in quotes and not _in_word(line, i)]
    return len(before) % 2 == 1 and bool(after)


def _in_word(line: str, i: int) -> bool:
    return 0 < i < len(line) - 1 and line[i - 1].isalnum() and line[i + 1].isalnum()


def _own_voice_telling(events: list[dict], event: dict, head_end: int) -> bool:
    """Another body event of the same type and mode, not dated to another day, that the outlet
    asserts in its own voice (the headline's own events are not the body)."""
    return any(
        e is not event
        and (e.get("sentence_start") or 0) >= head_end
        and not (e.get("date") and event.get("date") and e["date"] != event["date"])
        and e["event_type"] == event["event_type"]
        and e.get("mode") == event.get("mode")
        and not e.get("attributed_to")
        and e.get("modality") == "asserted"
        and not e.get("negated")
        for e in events
    )


def _retold_own_voice(event: dict, head_end: int, contents: list[tuple[int, int]]) -> bool:
    """The body tells the event again, folded into it, outside its attributed sentence and outside
    every attribution's content ("A reporter saw the drone hit the block. The strike killed five"):
    the outlet states it in its own voice too."""
    s0, s1 = event.get("sentence_start"), event.get("sentence_end")
    return any(
        not m.get("headline")
        and m["start"] >= head_end
        and not (s0 is not None and s1 is not None and s0 <= m["start"] < s1)
        and not any(a <= m["start"] < b for a, b in contents)
        for m in event.get("merged") or []
    )


def run(analysis: Analysis, ctx: Context) -> None:
    text = analysis.article.text
    events = analysis.records.get("events", [])
    hedges, quotes = _cues()
    cues = [(s.start, s.end) for s in analysis.spans if s.layer == "claim" and s.label == "cue"]
    sources = [s for s in analysis.spans if s.layer == "claim" and s.label == "source"]
    contents = [(s.start, s.end) for s in analysis.spans if s.layer == "claim" and s.label == "content"]
    found = 0
    for event in events:
        said = event.get("attributed_to")
        heads = [m for m in event.get("merged") or [] if m.get("headline")]
        if not said or not heads or event.get("negated"):
            continue
        for m in heads:
            lo, hi = _line(text, m["start"])
            if _own_voice_telling(events, event, hi) or _retold_own_voice(event, hi, contents):
                continue
            line = text[lo:hi]
            if hedges.search(line) or CREDIT.search(line) or any(lo <= a < hi for a, _ in cues):
                continue
            if _quoted(line, m["start"] - lo, m["end"] - lo, quotes):
                continue
            s0, s1 = event.get("sentence_start"), event.get("sentence_end")
            speaker = next(
                (s for s in sources if s.text == said["text"] and s0 is not None and s0 <= s.start < s1),
                None,
            )
            analysis.add_span(
                "headline",
                "stated_as_fact",
                m["start"],
                m["end"],
                f"{LAYER.source}:headline-vs-body",
                {
                    "body_event": event["id"],
                    "body_trigger": event.get("trigger_text"),
                    "body_sentence": [s0, s1],
                    "speaker": said["text"],
                    "speaker_span": speaker.id if speaker else None,
                    "cue": said.get("cue"),
                    "event_type": m.get("event_type"),
                    "why": WHY.format(speaker=said["text"], cue=said.get("cue") or "said"),
                },
            )
            found += 1
    # how many headline tellings the event layer matched to the body: 0 means nothing was judged
    judged = sum(1 for e in events for m in e.get("merged") or [] if m.get("headline"))
    analysis.summary["headline"] = {"stated_as_fact": found, "tellings_matched": judged}


LAYER = Layer(
    name="headline",
    version="1.0",
    run=run,
    description="headlines that state as fact what the body attributes to a speaker",
    requires=("event",),
    optional_after=("claim",),
    needs_parse=False,
)
