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
the event layer matched to the body (``tellings_matched``: 0 means nothing could be judged). A rule, not a model.
Where the event layer left a headline's event unfolded, the layer matches it itself to the one
event of the same type and mode in the lead paragraph whose target count agrees ("… storm Zvečan:
two Serbs killed" over "Two Serbs were killed …, the Office said"; ``matched_by`` says which).

A second finding, ``word_as_own``: a label or loaded word (the framing layer's) that the headline
uses in the outlet's own voice while the body has it only inside someone's speech ("Tbilisi stages
new provocation" over '… "another provocation by Tbilisi", the ministry said'), with the body's
spans and their speakers.

A third, ``count_beyond_body``: a count of the dead, wounded, detained or displaced in the headline,
in the outlet's own voice, that is more than a figure the body gives for it ("Dozens killed" over
"At least 15 people were killed …, the UN mission said"), unless a figure in the outlet's own voice
agrees with it; the span says which body figures the count follows and which it goes beyond, each
with its speaker (the claim layer's ``records.figures``; "at least 15" confirms 15, not more).
"""

from __future__ import annotations

import math
import re
from functools import cache

from newsprism.compare_time import may_be_same
from newsprism.geo.linker import DATELINE_BRACKETED_OUTLET, DATELINE_OUTLET
from newsprism.layers.base import Context, Layer
from newsprism.layers.event import headline_end
from newsprism.layers.framing import HEADLINE_CLAUSE  # one cut of a headline line into its happenings
from newsprism.model import Analysis
from newsprism.resources import load_json

# a source credited at the end of the headline: "Officer killed near Ibar bridge: minister",
# "… – police", "… - Kyiv officials"
CREDIT = re.compile(r"(?:[:\u2013\u2014]|\s-)\s*[\w'\u2019.]+(?:\s+[\w'\u2019.]+){0,3}\s*$")
WHY = "the headline states as fact what the body reports only on {speaker} word ('{cue}')"
WHY_WORD = "the headline uses '{word}' in the outlet's own voice; the body has it only in the words of {speakers}"


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


def _own_voice_telling(events: list[dict], event: dict, head_end: int, said_of) -> bool:
    """Another body event of the same type and mode, not dated to another day nor done to
    something else, that the outlet asserts in its own voice (the headline's own events are not
    the body; one inside a reported claim's content is the claimant's, ``said_of``)."""
    return any(
        e is not event
        and (e.get("sentence_start") or 0) >= head_end
        and not (e.get("date") and event.get("date") and e["date"] != event["date"])
        and e["event_type"] == event["event_type"]
        and e.get("mode") == event.get("mode")
        and not said_of(e)
        and e.get("modality") == "asserted"
        and not e.get("negated")
        and not _other_target(e, event)
        for e in events
    )


def _other_target(a: dict, b: dict) -> bool:
    """Both tellings name what they were done to, and the two share no word or count ("attacked
    farmers" in Burin is not "stormed the Balata refugee camp"; "killed five residents" may be
    "killing five people")."""
    ta, tb = (a.get("recipient") or {}).get("text"), (b.get("recipient") or {}).get("text")
    if not ta or not tb:
        return False
    function_words = frozenset(_words_data()["target_function_words"])
    wa, wb = (set(re.findall(r"[\w-]+", t.lower())) - function_words for t in (ta, tb))
    shared = any(x == y or (min(len(x), len(y)) >= 5 and x[:5] == y[:5]) for x in wa for y in wb)
    return not shared and not _numbers(a.get("recipient")) & _numbers(b.get("recipient"))


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


def _first_of_sources(text: str, start: int, end: int, sentence_end: int | None) -> bool:
    """The speaker is the first of a list of sources after 'according to' that ends its sentence ('according to the
    government, the militants and aid agencies[, whose accounts differ]'): the body tells the happening on several
    sides' word, not on one speaker's (audit 18 F5)."""
    if not re.search(r"\baccording to\s*$", text[max(0, start - 20) : start], re.IGNORECASE):
        return False
    rest = text[end : sentence_end or end]
    return bool(re.match(r"(?:,\s*[^,.;:]+?)*,?\s+and\s+[^,.;:]+?(?:,\s*(?:who|whose|which)\b[^.;]*)?[.;]?\s*$", rest))


Holder = tuple[int, int, dict, str | None]  # a claim's content offsets, its speaker and cue, the source span id


def _claim_holders(analysis: Analysis) -> list[Holder]:
    """The claim layer's reported contents with their speakers, for events the event layer left unattributed ('Ukrainian
    drones struck an oil depot …, a source in the SBU told Kyiv Meridian': the claim layer reads the source and its
    content, the event keeps no ``attributed_to``; audit 19 F4). A denial's content is what the denier rejects, not
    its word (``denial_verbs``); nor is a speaker inside what a denier rejects a speaker ('Moscow denied that Ukrainian
    drones struck a depot, saying all 20 had been shot down': the claim layer may read 'Ukrainian drones' as the
    speaker of 'saying …'; twentieth-session review)."""
    denial = _denial_cue()
    kept, denied = [], []
    for rec in analysis.records.get("claims", []):
        content, cue = analysis.span(rec.get("content") or ""), analysis.span(rec.get("cue") or "")
        if content is None or not rec.get("speaker"):
            continue
        if cue is not None and denial.match(cue.text):
            denied.append((content.start, content.end))
            continue
        kept.append((rec, content, cue))
    out = []
    for rec, content, cue in kept:
        source = analysis.span(rec.get("source") or "")
        if source is not None and any(a <= source.start and source.end <= b for a, b in denied):
            continue
        said = {"text": rec["speaker"], "cue": cue.text if cue is not None else None}
        out.append((content.start, content.end, said, rec.get("source")))
    return out


@cache
def _denial_cue() -> re.Pattern[str]:
    stems = [
        w[:-1] + "(?:y|ie)" if w.endswith("y") else w.rstrip("e") for w in load_json("framing", "quote_cues.json")["denial_verbs"]
    ]
    return re.compile(r"(?:" + "|".join(stems) + r")\w*$", re.IGNORECASE)


def _said(analysis: Analysis, event: dict, holders: list[Holder]) -> tuple[dict | None, str | None]:
    """Whose word a body event is: the event layer's ``attributed_to``, else the speaker of the innermost reported
    claim whose content holds its trigger (with the source span's id)."""
    if event.get("attributed_to"):
        return event["attributed_to"], None
    trigger = analysis.span(event.get("trigger") or "")
    if trigger is None:
        return None, None
    inside = [h for h in holders if h[0] <= trigger.start and trigger.end <= h[1]]
    if not inside:
        return None, None
    best = min(inside, key=lambda h: h[1] - h[0])
    return best[2], best[3]


def _numbers(arg: dict | None) -> set[str]:
    """The counts in an argument's words ("at least 11 Tigrayan civilians" → {"11"}; "three" →
    {"3"}): two tellings with counts and none in common are two happenings."""
    words = re.findall(r"[\w-]+", ((arg or {}).get("text") or "").lower())
    numbers = _words_data()["number_words"]
    return {w if w.isdigit() else str(numbers.index(w) + 1) for w in words if w.isdigit() or w in numbers}


def _lead_partner(events: list[dict], event: dict, lead: tuple[int, int]) -> dict | None:
    """The body event a headline event tells again, when the event layer left it unfolded ("Kurti's
    special units storm Zvečan: two Serbs killed" over "Two Serbs were killed … , the Office said"):
    the one event of the same type and mode in the lead paragraph, not negated, whose target's
    count, where both give one, agrees. None when there is none or more than one (which one the
    headline tells is then a guess)."""
    lo, hi = lead
    mine = _numbers(event.get("recipient"))
    fits = [
        e
        for e in events
        if e is not event
        and lo <= (e.get("sentence_start") or 0) < hi
        and e["event_type"] == event["event_type"]
        and e.get("mode") == event.get("mode")
        and not e.get("negated")
        and not (mine and (theirs := _numbers(e.get("recipient"))) and not mine & theirs)
        and not _far_apart(e, event)
    ]
    return fits[0] if len(fits) == 1 else None


def _far_apart(a: dict, b: dict) -> bool:
    """Both tellings are placed in a town (not a region or country, which may hold the other), and
    the towns lie further apart than ``far_km`` ("Russian missile hits Odesa port" is not the lead's
    missile that "hit a grain terminal in Izmail"; Balata is Nablus)."""
    data = _words_data()["lead_place"]
    x, y = a.get("location") or {}, b.get("location") or {}
    if not (x.get("kind") in data["town_kinds"] and y.get("kind") in data["town_kinds"]):
        return False
    if None in (x.get("lat"), x.get("lon"), y.get("lat"), y.get("lon")) or x.get("id") == y.get("id"):
        return False
    return _km(x["lat"], x["lon"], y["lat"], y["lon"]) > data["far_km"]


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


LEAD_WORDS = 8  # a shorter line after the headline is a byline or a standfirst label ("Danube Morning Post staff")


def _lead(text: str, head_end: int) -> tuple[int, int]:
    """Offsets of the lead: the first line of at least ``LEAD_WORDS`` words after the headline (a
    report's first paragraph, where it tells what the headline announces)."""
    start = head_end
    while start < len(text):
        while start < len(text) and text[start].isspace():
            start += 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if len(text[start:end].split()) >= LEAD_WORDS:
            return start, end
        start = end
    return start, start


Telling = tuple[dict, int, int, str, str | None, str]


def _tellings(analysis: Analysis, events: list[dict]) -> list[Telling]:
    """(body event, start, end, event type, how it was matched, matched_by) for each headline telling:
    those the event layer folded into a body event, then the headline's own events matched to the lead."""
    head_end = headline_end(analysis.article)
    lead = _lead(analysis.article.text, head_end) if head_end is not None else None
    out = []
    for e in events:
        for m in e.get("merged") or []:
            if m.get("headline"):
                out.append(_repaired(events, e, m, lead))
    if head_end is None or lead is None:
        return out
    folded = {id(e) for e, *_ in out}
    found = []
    text = analysis.article.text
    for h in events:
        trigger = analysis.span(h.get("trigger") or "")
        if trigger is None or trigger.start >= head_end or h.get("negated"):
            continue
        if h.get("attributed_to") and not _own_clause(analysis, text, trigger.start, head_end):
            continue
        if h.get("modality") != "asserted":
            continue
        partner, where = _lead_partner(events, h, lead), "the lead"
        if partner is None and _clause_of(text, trigger.start, head_end)[0] > 0:
            # a happening after ' as / while / amid ' is rarely the lead's: the body tells it later ('… as colonial
            # military burns villages' over the pastor's 'troops have burned at least 30 houses' in the third paragraph)
            partner, where = _lead_partner(events, h, (head_end, len(text))), "the body"
        if partner is not None and id(partner) not in folded and not _other_doer(h, partner):
            how = f"the one {h['event_type']} ({h.get('mode')}) event of {where}, '{partner.get('trigger_text')}'"
            found.append((partner, trigger.start, trigger.end, h["event_type"], how, "headline-lead"))
    # two headline happenings on one lead event ("Rockets hit northern Israel, Israeli strike kills
    # three" over "Rockets struck Kiryat Shmona …"): which one the lead tells is a guess
    claimed = [id(p) for p, *_ in found]
    return out + [t for t in found if claimed.count(id(t[0])) == 1]


def _clause_of(text: str, pos: int, end: int) -> tuple[int, int]:
    """The clause of a headline line that holds ``pos``: the line cut at ' as / while / amid ' ('TPNPB says it killed
    "TNI spies" | as colonial military burns villages'); the parts before and after are other happenings."""
    cuts = [m.start() for m in HEADLINE_CLAUSE.finditer(text, 0, end)]
    lo = max((c for c in cuts if c < pos), default=0)
    hi = min((c for c in cuts if c > pos), default=end)
    return lo, hi


def _own_clause(analysis: Analysis, text: str, pos: int, head_end: int) -> bool:
    """A headline happening attributed by a cue in another clause of the line (the claim layer's content of 'says' runs
    on over ' as …'): the outlet's own statement when its own clause has no claim cue and the line credits no source."""
    lo = _clause_of(text, pos, head_end)[0]
    if lo == 0 or CREDIT.search(text[:head_end]):
        return False
    cues = [s.start for s in analysis.spans if s.layer == "claim" and s.label == "cue" and s.start < head_end]
    return bool(cues) and not any(lo <= c < head_end for c in cues)


def _repaired(events: list[dict], event: dict, m: dict, lead: tuple[int, int] | None) -> Telling:
    """A headline telling the event layer folded into an event of another mode ("Police officer
    killed as … attack patrol": 'killed' folded into the lead's 'attacked' beside its own 'killed')
    goes with the lead's one event of its own type and mode, where there is exactly one, unless the
    event it was folded into holds a body telling of that mode itself."""
    # an event that holds a body telling of the headline's mode already tells it ('the strike killed five')
    told = any(not x.get("headline") and x.get("mode") == m.get("mode") for x in event.get("merged") or [])
    if lead is not None and not told and m.get("mode") and event.get("mode") and m["mode"] != event["mode"]:
        rec = m.get("recipient")
        alt = _lead_partner(
            events,
            {"event_type": m.get("event_type"), "mode": m["mode"], "recipient": {"text": rec} if isinstance(rec, str) else rec},
            lead,
        )
        if alt is not None and alt is not event:
            how = (
                f"the event layer folded it into '{event.get('trigger_text')}' ({event.get('mode')}); "
                f"paired with the lead's one {m.get('event_type')} ({m['mode']}) event, '{alt.get('trigger_text')}'"
            )
            return alt, m["start"], m["end"], m.get("event_type"), how, "event-fold-repaired"
    return event, m["start"], m["end"], m.get("event_type"), None, "event-fold"


def _other_doer(a: dict, b: dict) -> bool:
    """Both tellings name a known doer, and they differ: by the actor layer's id, except that one
    country's state and its organs (army, ministry, government) of one side are one doer under two
    ids ('Occupation forces' and 'Soldiers of La République du Cameroun'); ``data/headline/doers.json``.
    Without ids, by side."""
    x, y = a.get("actor") or {}, b.get("actor") or {}
    if x.get("id") and y.get("id"):
        return x["id"] != y["id"] and not _one_state(x, y)
    return bool(x.get("side") and y.get("side") and x["side"] != y["side"])


def _one_state(x: dict, y: dict) -> bool:
    """Two ids of one country's state organs on one side (cm:state and cm:armed-forces)."""
    kinds = _organ_kinds()
    return (
        bool(x.get("side"))
        and x.get("side") == y.get("side")
        and x["id"].split(":")[0] == y["id"].split(":")[0]
        and x.get("kind") in kinds
        and y.get("kind") in kinds
    )


@cache
def _organ_kinds() -> frozenset[str]:
    return frozenset(load_json("headline", "doers.json")["state_organ_kinds"])


def run(analysis: Analysis, ctx: Context) -> None:
    text = analysis.article.text
    events = analysis.records.get("events", [])
    hedges, quotes = _cues()
    cues = [(s.start, s.end) for s in analysis.spans if s.layer == "claim" and s.label == "cue"]
    sources = [s for s in analysis.spans if s.layer == "claim" and s.label == "source"]
    contents = [(s.start, s.end) for s in analysis.spans if s.layer == "claim" and s.label == "content"]
    found = 0
    tellings = _tellings(analysis, events)
    holders = _claim_holders(analysis) if tellings else []  # only where a headline telling is judged

    def said_of(e: dict) -> dict | None:
        return _said(analysis, e, holders)[0]

    for event, start, end, event_type, how, matched_by in tellings:
        said, source_id = _said(analysis, event, holders)
        if not said or event.get("negated"):
            continue
        lo, hi = _line(text, start)
        if _own_voice_telling(events, event, hi, said_of) or _retold_own_voice(event, hi, contents):
            continue
        line_lo, line = lo, text[lo:hi]
        if CREDIT.search(line):
            continue
        if lo == 0 and hi <= (headline_end(analysis.article) or 0):
            # a headline's later happening is judged from its own clause on: a cue in a clause before it attributes the
            # first happening ('TPNPB says it killed … | as troops burn villages'); one after it still covers the line
            # ('guard hurt at checkpoint | as sides trade blame')
            lo = _clause_of(text, start, hi)[0]
        if hedges.search(text[lo:hi]) or any(lo <= a < hi for a, _ in cues):
            continue
        if _quoted(line, start - line_lo, end - line_lo, quotes):  # offsets in the line, not in the clause
            continue
        s0, s1 = event.get("sentence_start"), event.get("sentence_end")
        speaker = analysis.span(source_id) if source_id else None
        speaker = speaker or next(
            (s for s in sources if s.text == said["text"] and s0 is not None and s0 <= s.start < s1),
            None,
        )
        if speaker is not None and _first_of_sources(text, speaker.start, speaker.end, s1):
            continue  # '…, according to the government, the militants and aid agencies': several sources tell it
        if _several_sides().search(_speaker_phrase(text, said["text"], speaker, s0, s1)):
            continue  # '…, officials on both sides said': not one side's account
        if _the_outlet_itself(analysis, said["text"]):
            continue  # 'Dnipro Herald has confirmed that …': the outlet's own finding, no side's account
        who = said["text"]
        why = WHY.format(
            speaker=who + ("'" if who.endswith("s") and not who.endswith("ss") else "'s"), cue=said.get("cue") or "said"
        )
        if how:
            why += f"; matched by the headline layer: {how}"
        analysis.add_span(
            "headline",
            "stated_as_fact",
            start,
            end,
            f"{LAYER.source}:headline-vs-body",
            {
                "body_event": event["id"],
                "body_trigger": event.get("trigger_text"),
                "body_sentence": [s0, s1],
                "speaker": said["text"],
                "speaker_span": speaker.id if speaker else None,
                "cue": said.get("cue"),
                "event_type": event_type,
                "matched_by": matched_by,
                "why": why,
            },
        )
        found += 1
    words = _words_as_own(analysis, hedges, cues)
    counts, below = _counts_beyond(analysis, hedges, cues)
    # how many headline tellings were matched to the body (by the event layer or the lead rule): 0 means nothing was judged
    analysis.summary["headline"] = {
        "stated_as_fact": found,
        "tellings_matched": len(tellings),
        "word_as_own": words,
        "count_beyond_body": counts,
        "count_below_body": below,
    }


@cache
def _word_cues() -> tuple[frozenset[str], int]:
    data = _words_data()
    return frozenset(data["generic"]), int(data["stem"])


def _speaker_phrase(text: str, said: str, speaker, s0: int | None, s1: int | None) -> str:
    """The speaker's words with what follows them up to a comma, stop or speech verb ('officials' + ' on both sides'):
    the event layer's speaker may be the head noun alone."""
    if speaker is not None:
        end = speaker.end
    elif s0 is not None and s1 is not None and (at := text.rfind(said, s0, s1)) >= 0:
        end = at + len(said)
    else:
        return said
    tail = text[end : min(end + 40, s1 or end + 40)]
    return said + re.split(r"[,.;:]|\b(?:said|say|says|told|according)\b", tail, maxsplit=1)[0]


def _the_outlet_itself(analysis: Analysis, who: str) -> bool:
    """The speaker is the reporting outlet ('Dnipro Herald has confirmed that Ukrainian drones struck …', 'video verified by
    this newspaper'): its own finding, stated in the headline, is no side's account (twentieth-session review). The outlet
    is the article's, or the name a dateline gives ('KYIV, 25 November 2026 (Dnipro Herald) —')."""
    if who.strip().lower() in _words_data()["own_outlet"]:
        return True
    name = re.sub(r"^the\s+", "", who.strip(), flags=re.IGNORECASE).lower()
    head = analysis.article.text[:600]
    outlets = {m.group("outlet").strip().lower() for p in (DATELINE_OUTLET, DATELINE_BRACKETED_OUTLET) for m in p.finditer(head)}
    if analysis.article.outlet:
        outlets.add(analysis.article.outlet.strip().lower())
    return any(name == re.sub(r"^the\s+", "", o) for o in outlets)


@cache
def _several_sides() -> re.Pattern[str]:
    words = _words_data()["several_sides"]
    both = _words_data()["several_sides_patterns"]  # 'Both Kyiv and Moscow said …' (twentieth-session review)
    return re.compile(r"\b(?:" + "|".join([*(re.escape(w) for w in words), *both]) + r")\b", re.IGNORECASE)


@cache
def _words_data() -> dict:
    return load_json("headline", "words.json")


def _keys(term: str) -> set[str]:
    """The term's words less the generic heads; a term that is only a generic word keeps it ('regime')."""
    generic, _ = _word_cues()
    words = set(re.findall(r"[\w-]+|'s", term.lower()))
    return (words - generic) or words


def _same_word(a: set[str], b: set[str]) -> bool:
    _, stem = _word_cues()
    return any(x == y or (min(len(x), len(y)) >= stem and x[:stem] == y[:stem]) for x in a for y in b)


def _speaker_of(span, claims: list[tuple[int, int, str]]) -> str | None:
    """Whose word a body framing span is: the reported speaker, or the speaker of the innermost
    claim whose content holds it (quoted speech)."""
    if span.attrs.get("attributed_to"):
        return span.attrs["attributed_to"]
    holders = [c for c in claims if c[0] <= span.start and span.end <= c[1]]
    return min(holders, key=lambda c: c[1] - c[0])[2] if holders else None


def _words_as_own(analysis: Analysis, hedges: re.Pattern[str], cues: list[tuple[int, int]]) -> int:
    """``word_as_own`` spans: a label or loaded word of the headline in the outlet's own voice that the
    body uses only inside someone's speech, with at least one speaker named. Not when the headline
    attributes or hedges (as for ``stated_as_fact``), nor when the body uses the word itself, nor on a word
    already flagged ``stated_as_fact`` ('CCP coast guard abducts …': one finding on the word, the body's speaker
    named there; the framing span keeps whose word it is)."""
    head_end = headline_end(analysis.article)
    if head_end is None:
        return 0
    line = analysis.article.text[:head_end]
    if hedges.search(line) or CREDIT.search(line) or any(a < head_end for a, _ in cues):
        return 0
    framing = [s for s in analysis.spans_of("framing") if s.label in ("label", "loaded")]
    claims = []
    for rec in analysis.records.get("claims", []):
        content = analysis.span(rec.get("content") or "")
        if content is not None and rec.get("speaker"):
            claims.append((content.start, content.end, rec["speaker"]))
    stated = {(h.start, h.end) for h in analysis.spans_of("headline") if h.label == "stated_as_fact"}
    found = 0
    for s in framing:
        if s.start >= head_end or s.attrs.get("voice") != "outlet" or (s.start, s.end) in stated:
            continue
        keys = _keys(s.attrs.get("entry") or s.text)
        body = [b for b in framing if b.start >= head_end and _same_word(keys, _keys(b.attrs.get("entry") or b.text))]
        if not body or any(b.attrs.get("voice") == "outlet" for b in body):
            continue
        named = {x.lower(): x for b in reversed(body) if (x := _speaker_of(b, claims))}  # 'the army' once
        speakers = list(dict.fromkeys(named[x.lower()] for b in body if (x := _speaker_of(b, claims))))
        if not speakers:
            continue
        analysis.add_span(
            "headline",
            "word_as_own",
            s.start,
            s.end,
            f"{LAYER.source}:headline-word-vs-body",
            {
                "framing_span": s.id,
                "entry": s.attrs.get("entry"),
                "body_spans": [b.id for b in body],
                "speakers": speakers,
                "why": WHY_WORD.format(word=s.text, speakers=", ".join(speakers)),
            },
        )
        found += 1
    return found


WHY_COUNT = "the headline's '{count}' ({said}) goes beyond what the body gives: {beyond}; {follows}"
WHY_BELOW = "the headline's '{count}' ({said}) takes the lower figure: {follows}; the body also gives more: {beyond}"
_CLAUSE_AFTER = re.compile(r"\s(?:as|while|amid|after)\s", re.IGNORECASE)  # a second happening's clause
_NUMBER = r"\d{1,3}(?:,\d{3})+|\d+"


def _headline_counts(line: str) -> list[tuple[int, int, float, float | None, str]]:
    """(start, end, least, most or None, outcome) of each count in the headline line next to a word that says
    what it counts ('Dozens killed', 'Militias kill 27', 'Over 100 dead'); a number word counts too ('Strike kills
    five'). 'at least'/'over'/'about' widen it as in the body's figures."""
    data = _words_data()["counts"]
    numbers = _words_data()["number_words"]
    vague = sorted(data["vague"], key=len, reverse=True)
    bounds = sorted(data["bounds"], key=len, reverse=True)
    amount = "|".join([_NUMBER, *map(re.escape, vague), *(rf"{re.escape(w)}" for w in numbers)])
    pattern = re.compile(rf"(?i)(?<![\w-])(?:({'|'.join(map(re.escape, bounds))})\s+)?({amount})(?![\w-])")
    words = [(m.start(), m.end(), m.group(0).lower()) for m in re.finditer(r"[\w'\u2019-]+", line)]
    out = []
    for m in pattern.finditer(line):
        raw = m.group(2).lower()
        if raw in data["vague"]:
            least, most = float(data["vague"][raw]), None
        else:
            n = float(raw.replace(",", "")) if raw[0].isdigit() else float(numbers.index(raw) + 1)
            least, most = _widen(n, data["bounds"].get((m.group(1) or "").lower()), data["about_share"])
        if re.fullmatch(r"(?:19|20)\d\d", raw):
            continue  # a year ('2026 floods'), not a count
        at = next((k for k, w in enumerate(words) if w[0] <= m.start(2) < w[1]), None)
        if at is None:
            continue
        last = at + len(raw.split()) - 1
        # the words that say what it counts, in its own part of the line ('two Serbs killed, nine "arrested"':
        # 'nine' counts the arrested); after it first ('27 killed'), else before it ('Militias kill 27')
        lo = max((k.end() for k in re.finditer(r"[,;:\u2013\u2014]", line[: m.start()])), default=0)
        hi = next((k.start() + m.end() for k in re.finditer(r"[,;:\u2013\u2014]", line[m.end() :])), len(line))
        after = [w for w in words[last + 1 : last + 1 + data["window"]] if w[1] <= hi]
        before = [w for w in reversed(words[max(0, at - data["window"]) : at]) if w[0] >= lo]
        outcome = next((data["outcomes"][w[2]] for w in after + before if w[2] in data["outcomes"]), None)
        if outcome:
            out.append((m.start(), m.end(), least, most, outcome))
    return out


def _widen(n: float, bound: str | None, share: float) -> tuple[float, float | None]:
    """The interval a bounded number gives: 'over 100' (100, none), 'nearly 30' (at most 30), 'about 30' ±share."""
    if bound in ("above", "at_least"):
        return (n + 1 if bound == "above" else n), None
    if bound in ("below", "at_most"):
        return 0.0, n
    if bound == "about":
        return n * (1 - share), n * (1 + share)
    return n, n


def _as_told(fig: dict) -> str:
    """A figure with the word that widened it ('at least 15 people'), as the body tells it."""
    how = fig.get("how")
    return f"{how} {fig['text']}" if how and not fig["text"].lower().startswith(how.lower()) else fig["text"]


def _confirmed(fig: dict) -> float:
    """The most a body figure confirms: its high end, or its number where it is open above ('at least 15': 15)."""
    return fig["high"] if fig.get("high") is not None else fig["value"]


def _figure_years(text: str, fig: dict, year: int | None) -> bool:
    """The figure's sentence names a year before the article's (a past toll: 'dozens … were killed in 2022')."""
    s0, s1 = fig.get("sentence_start") or 0, fig.get("sentence_end") or 0
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", text[s0:s1])]
    return year is not None and any(y < year for y in years)


def _summed(analysis: Analysis, figs: list[dict], least: float) -> bool:
    """Figures placed in towns further apart than ``far_km`` (two towns struck) may add up to the headline's
    count ('Five killed in strikes on Kharkiv and Odesa' over three and two): the headline may sum them. Towns
    as the lead rule reads them (a region or country may hold both); one town named twice, or two near
    villages ('Rumamer', 'the Amiet market'), are one place."""
    data = _words_data()["lead_place"]
    groups: list[tuple[list[dict], float]] = []
    for f in figs:
        towns = [
            a
            for x in f.get("places") or []
            if (p := analysis.span(x)) is not None and (a := p.attrs).get("kind") in data["town_kinds"]
        ]
        towns = [t for t in towns if t.get("lat") is not None and t.get("lon") is not None]
        if not towns:
            continue
        near = [
            g for g in groups if any(_km(t["lat"], t["lon"], u["lat"], u["lon"]) <= data["far_km"] for t in towns for u in g[0])
        ]
        groups = [g for g in groups if g not in near]
        groups.append((towns + [u for g in near for u in g[0]], max([_confirmed(f), *(g[1] for g in near)])))
    return len(groups) >= 2 and least <= sum(g[1] for g in groups)


def _counts_beyond(analysis: Analysis, hedges: re.Pattern[str], cues: list[tuple[int, int]]) -> tuple[int, int]:
    """``count_beyond_body`` spans (see the module's docstring). The headline's counts are the claim layer's
    figures in the headline (with the kind of victim), and the vague ones it does not read ('Dozens killed').
    A body figure is gone beyond only when it counts the same kind of victim ('people' and a bare count are one
    kind; 'Seven soldiers' is not '18 … terrorists', 'three children' is a part), is no part ('including …'), and
    its speaker gives no figure the headline follows (one speaker's 14 infiltrators and three militiamen are two
    groups). Not when the headline attributes or hedges, nor when a figure in the outlet's own voice agrees, nor
    where the body's placed figures may add up to it; a figure its speaker denies, a running total or one victim
    ('a woman was killed') is no figure to compare; a part ('37 of the attackers') may only be followed."""
    from newsprism.compare_figures import _said

    head_end = headline_end(analysis.article)
    figures = analysis.records.get("figures", [])
    if head_end is None or not figures:
        return 0, 0
    text = analysis.article.text
    line = text[:head_end]
    published = analysis.article.published
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", text)]
    year = published.year if published else max(years, default=None)
    by_id = {s.id: s for s in analysis.spans}
    body = []
    for f in figures:
        if f["start"] < head_end or f.get("running_total") or f.get("rule") == "figures:singular":
            continue
        if _figure_years(text, f, year):
            continue
        said = _said(f["start"], f["end"], analysis, by_id, f.get("sentence_end"))
        if said and said.get("denies"):
            continue
        body.append((f, said))
    found = below = 0
    whole = frozenset(_words_data()["counts"]["whole_victims"])
    for start, end, least, most, outcome, victims in _headline_figures(line, figures, head_end):
        # the count's own part of the headline: 'Dozens killed in Abyei clashes | as Sudan and South Sudan trade blame'
        # (the blame is for the clashes, not the toll); a credit at the end attributes the whole line
        cut = next((m.start() for m in _CLAUSE_AFTER.finditer(line) if m.start() >= end), len(line))
        if hedges.search(line[:cut]) or CREDIT.search(line) or any(a < cut for a, _ in cues):
            continue
        figs = [(f, said) for f, said in body if f["outcome"] == outcome]
        follows = [(f, s) for f, s in figs if least <= _confirmed(f) and (most is None or f["low"] <= most)]
        followed = {(s or {}).get("speaker") for _, s in follows}
        beyond = [
            (f, s)
            for f, s in figs
            if least > _confirmed(f)
            and _same_victims(victims, f["victims"])
            and f.get("rule") != "figures:partitive"
            and (f.get("how") or "") not in _words_data()["counts"]["part_words"]
            and (s or {}).get("speaker") not in followed
            and not (victims in whole and _part_group(text, f))
        ]
        beyond = [(f, s) for f, s in beyond if not _one_sentence_sum(figs, f, s, least)]
        if any(s is None for _, s in follows):
            continue  # the outlet's own figure agrees with the headline
        same = [(f, s) for f, s in follows if _same_victims(victims, f["victims"])]
        if most is not None and same:
            above = _above(analysis, figs, same, most, victims)
            if above:
                _add_count(analysis, "count_below_body", start, end, (outcome, victims, least, most), same, above)
                below += 1
        if not beyond or _summed(analysis, [f for f, _ in figs], least):
            continue
        _add_count(analysis, "count_beyond_body", start, end, (outcome, victims, least, most), follows, beyond)
        found += 1
    return found, below


def _add_count(
    analysis: Analysis,
    label: str,
    start: int,
    end: int,
    count: tuple[str, str, float, float | None],
    follows: list[tuple[dict, dict | None]],
    other: list[tuple[dict, dict | None]],
) -> None:
    """A ``count_beyond_body`` span (``other``: the figures it goes beyond) or a ``count_below_body`` span
    (``other``: the higher figures it leaves out), with the figures it follows, each with its speaker."""

    def told(pairs: list[tuple[dict, dict | None]]) -> list[dict]:
        return [{"text": _as_told(f), "span": f["span"], "value": f["value"], "speaker": (s or {}).get("speaker")}
                for f, s in pairs]  # fmt: skip

    def say(pairs: list[tuple[dict, dict | None]]) -> str:
        return "; ".join(f"'{_as_told(f)}' ({(s or {}).get('speaker') or 'the outlet'})" for f, s in pairs)

    outcome, victims, least, most = count
    said = f"{least:g} or more" if most is None else f"{least:g}" if least == most else f"{least:g} to {most:g}"
    follows_why = f"it follows only {say(follows)}" if follows else "it follows no figure the body gives"
    template = WHY_COUNT if label == "count_beyond_body" else WHY_BELOW
    why = template.format(count=analysis.article.text[start:end], said=said, beyond=say(other), follows=follows_why)
    attrs = {"outcome": outcome, "victims": victims, "least": least, "most": most, "follows": told(follows)}
    attrs |= {"beyond" if label == "count_beyond_body" else "above": told(other), "why": why}
    analysis.add_span("headline", label, start, end, f"{LAYER.source}:headline-count-vs-body", attrs)


def _above(
    analysis: Analysis,
    figs: list[tuple[dict, dict | None]],
    follows: list[tuple[dict, dict | None]],
    most: float,
    victims: str,
) -> list[tuple[dict, dict | None]]:
    """The body's figures above everything a headline count allows ('Three killed' over the ministry's three and
    residents' 11: the residents' 11), by speakers the headline does not follow, for the same kind of victim, no
    part ('including …', '37 of the attackers', '3 journalists'), not in a sentence that may tell another time's or a
    wider area's toll ('last week', 'since Friday', 'across Ukraine': ``counts.other_toll``) or that also gives the
    headline's number (separatists' 'five …, two in the firing and three in a protest'), and not placed in a town away from the towns of the figures the
    headline follows (a toll of two towns, or another town's strike)."""
    data = _words_data()["counts"]
    text = analysis.article.text
    followed = {(s or {}).get("speaker") for _, s in follows}
    other_toll = re.compile(r"(?i)\b(?:" + "|".join(re.escape(w) for w in data["other_toll"]) + r")\b")
    numbers = _words_data()["number_words"]
    whole = frozenset(data["whole_victims"])
    far = _words_data()["lead_place"]["far_km"]
    home = [t for f, _ in follows for t in _towns(analysis, f)]
    times = analysis.spans_of("time")  # read once: a walk of every span
    days = [d for f, _ in follows for d in _days(analysis, f, times)]
    out = []
    for f, s in figs:
        if f["low"] <= most or (s or {}).get("speaker") in followed or not _same_victims(victims, f["victims"]):
            continue
        if days and (other := _days(analysis, f, times)) and not any(may_be_same(x, y) for x in days for y in other):
            continue  # another day's toll ('… killed three on Tuesday' / '11 … on Monday when a glide bomb hit a school')
        if f.get("rule") == "figures:partitive" or (f.get("how") or "") in data["part_words"]:
            continue
        if victims in whole and _part_group(text, f):
            continue
        sentence = text[f.get("sentence_start") or 0 : f.get("sentence_end") or 0]
        if other_toll.search(sentence) or _tells_number(sentence, most, numbers):
            continue
        towns = _towns(analysis, f)
        if towns and (not home or any(all(_km(t["lat"], t["lon"], u["lat"], u["lon"]) > far for u in home) for t in towns)):
            continue
        out.append((f, s))
    return out


_DAY_VALUE = re.compile(r"\d{4}-(?:W\d{2}|\d{2}(?:-\d{2}(?:T(?:\d\d:\d\d|[A-Z]{2}))?)?)")


def _days(analysis: Analysis, fig: dict, times: list) -> list[str]:
    """The dates the time layer reads in a figure's sentence, not the day a speaker spoke ('…, officials said on
    Monday'): two figures whose sentences have no date in common are no one incident's toll."""
    from newsprism.compare_figures import dates_in

    s0, s1 = fig.get("sentence_start"), fig.get("sentence_end")
    if s0 is None or s1 is None:
        return []
    return dates_in(analysis.article.text, times, s0, s1, _DAY_VALUE)


def _tells_number(sentence: str, n: float, numbers: list[str]) -> bool:
    """The sentence has the number ``n`` as digits or a number word (a part of its larger figure)."""
    words = re.findall(r"[\w,]+", sentence.lower())
    word = numbers[int(n) - 1] if n == int(n) and 1 <= n <= len(numbers) else None
    return any(w.replace(",", "") == f"{n:g}" or w == word for w in words)


def _towns(analysis: Analysis, fig: dict) -> list[dict]:
    """The towns (with coordinates) the place layer found for a figure, as the lead rule reads them."""
    kinds = _words_data()["lead_place"]["town_kinds"]
    return [
        a
        for x in fig.get("places") or []
        if (p := analysis.span(x)) is not None
        and (a := p.attrs).get("kind") in kinds
        and a.get("lat") is not None
        and a.get("lon") is not None
    ]


def _headline_figures(line: str, figures: list[dict], head_end: int) -> list[tuple[int, int, float, float | None, str, str]]:
    """(start, end, least, most, outcome, victims) of the headline's counts: the claim layer's figures there
    ('18 India-sponsored terrorists': fighters), then the vague counts it does not read ('Dozens killed': victims
    'unspecified')."""
    bounds = "|".join(re.escape(b) for b in sorted(_words_data()["counts"]["bounds"], key=len, reverse=True))
    out = []
    for f in figures:
        if f["start"] < head_end and f.get("rule") != "figures:zero":
            bound = re.search(rf"(?i)(?<![\w-])(?:{bounds})\s+$", line[: f["start"]])  # 'Over 100 killed': the whole count
            out.append((bound.start() if bound else f["start"], f["end"], f["low"], f["high"], f["outcome"], f["victims"]))
    for start, end, least, most, outcome in _headline_counts(line):
        if not any(a < end and start < b for a, b, *_ in out):
            out.append((start, end, least, most, outcome, "unspecified"))
    return sorted(out)


def _part_group(text: str, fig: dict) -> bool:
    """The body figure counts one group of people by trade, age or sex ('3 journalists', 'five children'): a part of
    a bare headline count, not the toll it goes beyond."""
    words = text[fig["start"] : fig["end"]].lower().split()
    parts = frozenset(_words_data()["counts"]["part_nouns"])
    return any(" ".join(words[-n:]) in parts for n in (1, 2))


def _one_sentence_sum(figs: list[tuple[dict, dict | None]], fig: dict, said: dict | None, least: float) -> bool:
    """The speaker's figures of this kind in the figure's sentence add up to the headline's count ('one protester
    was killed and two died later in hospital', separatists said: three), so the headline does not go beyond them."""
    who = (said or {}).get("speaker")
    same = {
        f["span"]: _confirmed(f)
        for f, s in figs
        if (s or {}).get("speaker") == who
        and f.get("sentence_start") == fig.get("sentence_start")
        and _same_victims(f["victims"], fig["victims"])
    }
    return len(same) > 1 and sum(same.values()) >= least


def _same_victims(a: str, b: str) -> bool:
    """Two figures count the same kind of victim: one kind, or both of the kinds a bare count may be
    ('people', 'unspecified'); a part of them ('children', 'soldiers') is not the whole."""
    whole = frozenset(_words_data()["counts"]["whole_victims"])
    return a == b or (a in whole and b in whole)


LAYER = Layer(
    name="headline",
    version="1.0",
    run=run,
    description="headlines that state as fact what the body attributes to a speaker, or use as their own a word the body quotes",
    requires=("event", "time"),  # time: the days of the body's figures, to tell two days' tolls apart
    optional_after=("claim", "framing", "place"),  # place: where the body's figures are, to tell two towns' tolls apart
    needs_parse=False,
)
