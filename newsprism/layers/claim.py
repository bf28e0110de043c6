"""Who says so: attributions, claims in the author's own voice, sourcing, consistency.

Spans (layer ``claim``): ``source``, ``cue``, ``content`` of each attribution;
``unattributed``, ``evidence_claim``, ``hedged`` for marked claims in the author's voice;
``withheld_evidence`` and ``withholding`` for evidence asserted but not shown (records of kind
``evidence_withheld`` name whose evidence it is);
``consistency_value`` for each side of a consistency finding. Records ``claims`` link the
spans of one attribution by id; ``consistency`` records pair two conflicting values.
Summary ``sourcing``: the article's sourcing profile. Uses ``actor`` spans (speaker's actor
and side) and ``time`` spans (normalised dates) when those layers ran; works without them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from typing import Any

from newsprism.layers.base import Context, Layer
from newsprism.model import Analysis, Span, strip_offsets

_EVIDENCE_SOURCE = re.compile(
    r"^(?:the |these |all |new |irrefutable )?(?:facts?|evidence|documents?|footage|videos?|photos?|images|recordings?)\b(?:\s+(?:and|&)\s+[\w ]+)?$",
    re.IGNORECASE,
)
_HELD_BY = re.compile(
    r"\s+(?:seen|obtained|reviewed|verified|examined|published|released|shared|leaked)\s+(?:by|to)\s+\S", re.IGNORECASE
)


def _evidence_not_voice(doc, text: str, a) -> bool:
    """Evidence as its own source ("Facts and video evidence show …", unless someone holds it:
    "Documents seen by the Monitor …"), or an event as the subject of an evidential verb ("the
    strike showed that …"): the author's claim that evidence exists, not somebody speaking."""
    if not a.source:
        return False
    source = text[a.source[0] : a.source[1]]
    if _EVIDENCE_SOURCE.match(source):
        return not _HELD_BY.match(text, a.source[1]) and not _on_social_media(doc, a.source)
    from newsprism.claims.attribution import speech_cues

    cues = speech_cues()
    if (a.cue_lemma or "").lower() not in cues.get("evidential_cues", ()):
        return False
    span = doc.char_span(*a.source, alignment_mode="expand")
    if span is None or span.root.lower_ not in cues.get("event_heads", ()):
        return False
    # only when the evidence marker then takes the sentence as an evidence claim: otherwise the
    # claim would vanish ("Monday's strike on Kharkiv suggests …" stays a voice, as before)
    from newsprism.claims.assertions import marker

    sent = span.sent
    m = marker("evidence_claim", sent.text)
    return m is not None and sent.start_char + m.start() <= a.source[0] < sent.start_char + m.end()


def _organisation_named(speaker, actors: list[Span], rng: tuple[int, int], text: str):
    """ "Polisario said …" (the tagger calls it a person): a source that is wholly the name of an
    organisation the actor layer knows (an armed group, a mission …) is that organisation."""
    from newsprism.claims import speakers
    from newsprism.claims.attribution import speech_cues

    actor = _overlapping(actors, rng)
    if actor is None or actor.attrs.get("kind") not in speech_cues().get("organisation_actor_kinds", ()):
        return speaker
    rest = (text[rng[0] : actor.start] + " " + text[actor.end : rng[1]]).lower().split()
    if all(w == "the" or w.endswith("-backed") for w in rest):
        return speakers.Speaker(speaker.text, "organisation", True)
    return speaker


def _passive_noun(doc, a) -> bool:
    """'A so-called "referendum" was announced by the puppet regime': the subject of a passive
    verb of announcing an act (``passive_act_cues``) that is a plain noun phrase (no finite verb or infinitive)
    is what was announced, not words the regime said; its quotation marks are the writer's. What is
    confirmed, denied or reported ('The deaths of three civilians were confirmed by the ministry',
    'The meeting was first reported by the Herald') stays the speaker's claim (review 11)."""
    if a.rule != "passive-subject":
        return False
    from newsprism.claims.attribution import speech_cues

    if (a.cue_lemma or "").lower() not in speech_cues().get("passive_act_cues", ()):
        return False  # "The deaths of three civilians were confirmed by the ministry": the ministry's claim
    span = doc.char_span(*a.content, alignment_mode="expand")
    return span is not None and not any(t.tag_ in ("VBD", "VBZ", "VBP", "VB", "MD") for t in span)  # ('so-called': VBN)


_ARMED_KINDS = ("armed_group", "armed_forces", "border_service", "peacekeepers")


def _armed_act(a, actors: list[Span], text: str | None = None) -> bool:
    """ "Jaish-e-Mohammed and Lashkar-e-Taiba militants attacked a Border Security Force post …, the
    Army's Northern Command said": an armed group's or army's attack on its object is an act, not
    a verbal attack ("the senator attacked the bill")."""
    from newsprism.claims.attribution import speech_cues

    rules = ("object", "rest-of-clause") if ARMED_NO_OBJECT else ("object",)
    if a.rule not in rules or not a.source or (a.cue_lemma or "").lower() not in speech_cues().get("armed_act_cues", ()):
        return False
    if text is not None and _verbal_attack(text, a):
        return False  # "Hamas attacked Israel's policies in a statement": words (review 11)
    if any(s.start < a.source[1] and a.source[0] < s.end and s.attrs.get("kind") in _ARMED_KINDS for s in actors):
        return True
    if a.rule == "rest-of-clause":  # "The militias attacked before dawn on Sunday with mortars" (audit 15 C8)
        return text is not None and _armed_doer(text, a)
    return text is not None and ARMED_TARGET and _physical_target(text, a)


ARMED_NO_OBJECT = True  # audit 15 C8: an armed doer's attack with no object is no speech either


def _armed_doer(text: str, a) -> bool:
    """Is the source armed men by its own words (``armed_source_words``: 'The militias', 'gunmen')?"""
    from newsprism.claims.attribution import speech_cues

    source = set(re.findall(r"[a-z]+", text[a.source[0] : a.source[1]].lower()))
    return bool(source & set(speech_cues().get("armed_source_words", ())))


def _physical_target(text: str, a) -> bool:
    """ "Gunmen attacked a police patrol near Zvečan", "a heavily armed group attacked a police
    patrol": the object is a place or a body of armed men (``physical_target_nouns``), or the
    doer is armed men (``armed_source_words``), even where the actor layer gave them no kind
    (audit 12, C15)."""
    from newsprism.claims.attribution import speech_cues

    cues = speech_cues()
    if _armed_doer(text, a):
        return True
    head = re.split(r"\b(?:of|to|in|near|on|at|for|with|from|that|which|who)\b|[,;]", text[a.content[0] : a.content[1]].lower())[
        0
    ]
    words = re.findall(r"[a-z]+", head)
    return bool(words) and words[-1] in cues.get("physical_target_nouns", ())


_VERBAL_MEDIUM = re.compile(
    r"\bin (?:a|an|its|his|her|their|the) (?:\w+ )?(?:statement|speech|interview|post|tweet|letter|video|broadcast|communiqu)",
    re.IGNORECASE,
)


def _verbal_attack(text: str, a) -> bool:
    """An attack on words or decisions ('attacked Israel's policies', 'the ceasefire plan'), or
    one made 'in a statement': what the speaker said, not an armed act."""
    from newsprism.claims.attribution import speech_cues

    raw = re.findall(r"[a-z]+", text[a.content[0] : a.content[1]].lower())
    if ARMED_NO_OBJECT and a.source and _armed_doer(text, a):  # "The militias … attacked our positions": their posts
        raw = [w for w in raw if w not in speech_cues().get("physical_target_nouns", ()) or w.rstrip("s") == w]
    words = {w.rstrip("s") for w in raw}
    if words & {w.rstrip("s") for w in speech_cues().get("verbal_attack_objects", ())}:
        return True
    return bool(_VERBAL_MEDIUM.search(text[a.cue[0] : min(len(text), a.content[1] + 40)]))


def _nested_evidence(a, found: list) -> bool:
    """ "A senior security official said intercepts showed the group had been sent from …", "the
    ministry said the Polisario's 'attacks' showed the group was a threat": evidence that 'shows'
    inside someone's reported words is part of what they say, not a second speaker."""
    from newsprism.claims.attribution import speech_cues

    if not a.source or (a.cue_lemma or "").lower() not in speech_cues().get("evidential_cues", ()):
        return False
    return any(
        b is not a and b.source and b.content[0] <= a.source[0] and a.content[1] <= b.content[1] and a.cue[0] >= b.content[0]
        for b in found
    )


def _on_social_media(doc, rng: tuple[int, int]) -> bool:
    """ "Footage circulating on social media showed …": the footage is a source, posted by
    someone, not the author's own evidence."""
    from newsprism.claims import speakers

    span = doc.char_span(*rng, alignment_mode="expand")
    return speakers.SOCIAL_MEDIA and span is not None and speakers.social_media(span)


_DATELINE_TAIL = " \t\n-\u2013\u2014:"


def _after_dateline(text: str, rng: tuple[int, int], dateline: Span) -> tuple[int, int]:
    """A range that starts inside the dateline and runs past it starts after it (and its dash)."""
    start, end = rng
    if not (dateline.start <= start < dateline.end < end):
        return rng
    start = dateline.end
    while start < end and text[start] in _DATELINE_TAIL:
        start += 1
    return (start, end) if start < end else rng


_WHY_KIND = {
    "direct_quote": "words in quotation marks given to a speaker",
    "mixed_quote": "reported speech that quotes some of the speaker's words",
    "reported_speech": "a statement reported in the writer's words",
    "according_to": "a statement attributed with 'according to'",
}


def run(analysis: Analysis, ctx: Context) -> None:
    from newsprism.claims import assertions, consistency, sourcing, speakers
    from newsprism.claims.attribution import extract

    assert ctx.doc is not None
    doc = ctx.doc
    text = analysis.article.text  # the same string as doc.text, which spaCy rebuilds on each access
    # "Facts and video evidence show that …": evidence as its own source is an evidence claim;
    # "Documents seen by the Monitor indicate …" names who holds them: a document source
    found = [a for a in extract(doc, communicative=True, text=text) if not _evidence_not_voice(doc, text, a)]
    if NESTED_EVIDENCE_IS_THE_SPEAKERS:
        found = [a for a in found if not _nested_evidence(a, found)]
    actors = analysis.spans_of("actor")
    if ARMED_ACT_NO_SPEECH:
        found = [a for a in found if not _armed_act(a, actors, text)]
    if PASSIVE_NOUN_NO_CONTENT:
        found = [a for a in found if not _passive_noun(doc, a)]
    if NO_SPEECH_FORMS:
        found = [a for a in found if not _no_speech_form(doc, text, a)]
    done = [a for a in found if NO_SPEECH_ACTS and _act_not_statement(doc, a)]  # no claims, but 'they' may be them
    found = [a for a in found if a not in done]
    day = consistency.article_day(analysis)  # "the Syrian ministry" of a 2019 report is not today's
    ents = list(doc.ents)  # doc.ents rebuilds its list on every access
    made: dict[tuple[str, int, int], Span] = {}

    def span(label: str, start: int, end: int, rule: str, attrs: dict[str, Any]) -> Span:
        key = (label, start, end)
        if key not in made:
            made[key] = analysis.add_span("claim", label, start, end, f"{LAYER.source}:{rule}", attrs)
        return made[key]

    claims: list[dict[str, Any]] = []
    ends: dict[str, int] = {}  # a claim's source span id -> where the source ends
    doers = _doers(doc, text, done, actors, ents)  # those who acted: 'the Tiraspol leaders refused to pay … They blame …'
    found = sorted((a for a in found if a.content[0] < a.content[1] and a.cue[0] < a.cue[1]), key=lambda a: a.cue[0])
    if SEMICOLON_SPEAKER_CUT:
        _cut_at_next_speaker(text, found)
    if OTHER_PARAGRAPH_CONTENT:
        # 'According to the Kurdish Red Crescent, which cited doctors …' took the quotation of the paragraph before
        # (audit 20 C1): a content that ends before its cue, a paragraph break between them, is no one's words here
        found = [a for a in found if not (a.content[1] <= a.cue[0] and "\n" in text[a.content[1] : a.cue[0]])]
    if HEADLINE_LATER_CLAUSE:
        _cut_headline_clause(doc, text, found, analysis.article)
    if CLAIM_APPOSITION_CUT:
        _cut_at_claim_apposition(text, found)
    dateline = next(iter(analysis.spans_of("meta", "dateline")), None)
    if OWN_OUTLET_NO_SOURCE:
        found = [a for a in found if not _own_outlet(analysis, text, a)]
    if ACT_AGENT_NO_SPEAKER:
        found = [a for a in found if not _act_agent(doc, text, a)]
    for att in found:
        if dateline is not None:  # "GOMA, … (Kivu Ledger) - MONUSCO said …": the parse joins the dateline to the subject
            att.source = _after_dateline(text, att.source, dateline) if att.source else None
            att.content = _after_dateline(text, att.content, dateline)
        if SO_CALLED_NOT_THE_NAME and att.source is not None and (m := _SO_CALLED.match(text, *att.source)):
            att.source = (m.end(), att.source[1])  # 'The so-called "Donetsk People's Republic" said': the writer's words
            if text[att.source[1] - 1] in '"\u201d' and text.count(text[att.source[1] - 1], *att.source) % 2:
                att.source = (att.source[0], att.source[1] - 1)  # its opening mark went with 'so-called'
        if att.source is not None and att.source[0] >= att.source[1]:
            att.source = None
        if NAME_AFTER_PHRASE and att.source is not None:
            att.source = _name_after(text, att.source, att.cue, ents)
        named_actor = _same_name_actor(actors, text, att.source) if att.source else None
        kind_of = named_actor.attrs.get("kind") if named_actor is not None else _actor_kind(actors, att.source or (0, 0))
        speaker = speakers.classify(doc, *att.source, kind_of, ents, text) if att.source else None
        if ACTOR_NAME_NOT_PERSON and speaker is not None and speaker.kind == "named_person":
            speaker = _organisation_named(speaker, actors, att.source, text)
        record: dict[str, Any] = {"kind": att.kind, "quote_marks": att.quote_marks, "rule": att.rule}
        resolved_from = None
        antecedent_rng = att.extra.get("antecedent")
        if att.source and antecedent_rng:  # "…, who said …": the relative pronoun's noun speaks
            resolved_from = text[att.source[0] : att.source[1]]
            speaker = speakers.classify(doc, *antecedent_rng, _actor_kind(actors, antecedent_rng), ents, text)
        bound = speakers.clause_antecedent(doc, *att.source) if speaker is not None and speaker.kind == "pronoun" else None
        if bound is not None:  # "called on Rwanda to publish the images it says it has": "it" is Rwanda
            doer = speakers.classify(doc, *bound, _actor_kind(actors, bound), ents, text)
            if speakers.compatible(speaker.pronoun or "", doer.kind, doer.text):
                resolved_from, speaker, antecedent_rng = speaker.text, doer, bound
        if speaker is not None and speaker.kind == "pronoun":
            acts = _acts_itself(text, att.content, speaker.pronoun or "")
            antecedent = _antecedent(
                _with_doers(claims, doers, ends, att.source[0]), speaker.pronoun or "", att.source[0], ents, acts, ends
            )
            resolved_from = speaker.text
            opener = _paragraph_opener(doc, text, speaker.pronoun or "", att.source[0], antecedent, ends)
            named = speakers.classify(doc, *opener, _actor_kind(actors, opener), ents, text) if opener else None
            if named is not None and speakers.compatible(speaker.pronoun or "", named.kind, named.text):
                speaker, antecedent_rng = named, opener  # its actor and side are read below, as a speaker's
            elif antecedent is not None:
                speaker = speakers.Speaker(antecedent["speaker"], antecedent["source_kind"], True)
                if SUBJECT_PERSON_SIDE and antecedent.get("rng"):  # the subject person's own actor and side
                    antecedent_rng = antecedent["rng"]
                if antecedent.get("source"):  # a doer of an act has no source span ('… refused to pay. They blame …')
                    record["resolved_to"] = antecedent["source"]
                record["actor"], record["side"] = antecedent.get("actor"), antecedent.get("side")
            else:
                speaker = speakers.Speaker(speaker.text, "unresolved_pronoun", False)
        if att.source:
            src = span(
                "source",
                *att.source,
                "dependency-rules",
                {
                    "source_kind": speaker.kind,
                    "why": f"who is said to speak: subject of the cue '{text[att.cue[0] : att.cue[1]]}'",
                },
            )
            record["source"] = src.id
            ends[src.id] = att.source[1]
            actor = _owning_actor(actors, antecedent_rng or att.source, text) or (None if antecedent_rng else named_actor)
            if actor is not None:
                record["actor"], record["side"] = actor.id, actor.attrs.get("side")
            elif speakers.NAMED_SIDE and "side" not in record:
                side = speakers.named_side(doc, *(antecedent_rng or att.source), day)
                if side is not None:  # "The Azerbaijani ministry denied …" (no actor found): its own word says whose
                    record["actor"], record["side"] = None, side
            said = text[att.source[0] : att.source[1]]
            if record.get("side") is None and (earlier := _same_head(claims, said) or _same_person(claims, said)):
                # "the Defence Ministry said …. …, the ministry said": the same body, the same side
                record["actor"], record["side"] = earlier.get("actor"), earlier["side"]
            if TITLE_REMENTION and speaker is not None and speaker.kind == "anonymous" and (titled := _same_title(claims, said)):
                # 'Pastor Benyamin Gwijangge … said' then 'the pastor said': the named person again (audit 19 C8)
                speaker = speakers.Speaker(speaker.text, "named_person", True)
                src.attrs["source_kind"] = "named_person"
                if record.get("side") is None:
                    record["actor"], record["side"] = titled.get("actor"), titled.get("side")
            if record.get("side") is None and (owner := _its_owner(doc, text, said, att.source[0], actors, ends, claims)):
                record["actor"], record["side"] = owner.id, owner.attrs.get("side")
                if speaker is not None and speaker.kind == "anonymous":  # its minister speaks for it
                    speaker = speakers.classify(doc, *att.source, owner.attrs.get("kind"), ents, text)
            if JOINT_SPEAKERS_NO_SIDE and record.get("side") and " and " in said:
                rng = antecedent_rng or att.source
                cut = rng[0] + text[rng[0] : rng[1]].find(" and ")
                both = set()
                for part in ((rng[0], cut), (cut + 5, rng[1])):
                    owner = _overlapping(actors, part)
                    side = owner.attrs.get("side") if owner is not None else speakers.named_side(doc, *part, day)
                    if side:
                        both.add(side)
                if len(both) > 1:  # 'the Israeli military and Syrian officials said …': no one side speaks (audit 18 C8)
                    record["actor"], record["side"] = None, None
        cue = span("cue", *att.cue, "cue-lexicon", {"lemma": att.cue_lemma, "why": "attribution cue (reporting verb or phrase)"})
        content = span(
            "content",
            *att.content,
            f"dependency-rules:{att.rule}",
            {"kind": att.kind, "why": _WHY_KIND.get(att.kind, "attributed content")},
        )
        record.update(cue=cue.id, content=content.id)
        if speaker is not None:
            record.update(speaker=speaker.text, source_kind=speaker.kind)
        else:
            record.update(speaker=None, source_kind=None)
        if resolved_from:
            record["resolved_from"] = resolved_from
        claims.append(analysis.add_record("claims", record))

    covered = [a.content for a in found] + [a.cue for a in found]
    sentences = assertions.classify(doc, covered, text)
    for s in sentences:
        if not s.kind or s.marker is None:
            continue
        marker = text[s.marker[0] : s.marker[1]]
        why = {
            "unattributed": f"claim in the author's own voice, no source given; marker '{marker}'",
            "evidence_claim": f"evidence asserted, no source or document cited; marker '{marker}'",
            "hedged": f"reported without saying who reports it; marker '{marker}'",
        }[s.kind]
        if s.kind == "hedged" and HEDGE_IN_REPORT and not assertions._outside(covered, *s.marker):
            # "Officials said the letter … is thought to be a forgery": the hedge is the speaker's
            why = f"a hedge inside reported words: the speaker does not say who says so; marker '{marker}'"
        start, end = strip_offsets(text, s.start, s.end)
        sp = span(s.kind, start, end, "assertion-cues", {"marker": marker, "marker_start": s.marker[0], "why": why})
        analysis.add_record(
            "claims", {"kind": s.kind, "content": sp.id, "source": None, "speaker": None, "source_kind": None, "marker": marker}
        )

    sourced = [r for a in found if a.source for r in (a.content, a.cue)]
    analysis.summary["sourcing"] = sourcing.profile(sentences, claims, sourced)
    analysis.summary["sourcing"]["evidence_withheld"] = _withheld(analysis, doc, found, claims, span)

    times = {}
    for t in analysis.spans_of("time"):
        value = _iso(t.attrs.get("value"))
        if value is not None:
            times[(t.start, t.end)] = value
    sides = [(a.start, a.end, a.attrs["side"]) for a in actors if a.attrs.get("side")]
    counted = consistency.counts(doc, text, sides, day)  # read once: the consistency check and the casualty figures
    date_spans = [t for t in analysis.spans_of("time") if t.label == "DATE" and not t.attrs.get("dateline")]
    analysis.summary["sourcing"]["casualty_figures"] = _figures(analysis, doc, counted, span, claims)
    for f in consistency.check(doc, times, text, sides, counted):
        if not (f.first.start < f.first.end and f.second.start < f.second.end):
            continue
        if f.kind == "count_conflict" and _rival_sources(analysis, f.first, f.second, counted):
            continue
        if f.kind == "count_conflict" and COUNTS_DATED_APART and _dated_apart(doc, text, date_spans, f.first, f.second, counted):
            continue  # '38 drones' on Tuesday night and '22 drones … last week': two incidents (audit 19 C6, audit 18 C6)
        a = span(
            "consistency_value", f.first.start, f.first.end, f"consistency:{f.kind}", {"value": _shown(f.first), "why": f.message}
        )
        b = span(
            "consistency_value",
            f.second.start,
            f.second.end,
            f"consistency:{f.kind}",
            {"value": _shown(f.second), "why": f.message},
        )
        analysis.add_record(
            "consistency",
            {
                "kind": f.kind,
                "first": a.id,
                "second": b.id,
                "first_value": _shown(f.first),
                "second_value": _shown(f.second),
                "message": f.message,
            },
        )


JOINT_SPEAKERS_NO_SIDE = True  # audit 18 C8: g3's 'the Israeli military and Syrian officials' was one israeli speaker
OWN_OUTLET_NO_SOURCE = True  # audit 18 C5: 'Coastline Wire could not independently confirm …' in Coastline Wire's report


def _own_outlet(analysis: Analysis, text: str, a) -> bool:
    """Is the attribution's source the report's own outlet ('Coastline Wire could not independently confirm any of the
    figures' in Coastline Wire's report)? The outlet's own voice, no speaker it quotes."""
    if a.source is None:
        return False
    names = {str(e.get("name") or "") for e in (analysis.summary.get("meta") or {}).get("outlet_evidence", [])}
    names |= {analysis.article.outlet or ""}
    said = re.sub(r"^the\s+", "", text[a.source[0] : a.source[1]].strip(), flags=re.IGNORECASE).casefold()
    return bool(said) and any(said == re.sub(r"^the\s+", "", n.strip(), flags=re.IGNORECASE).casefold() for n in names if n)


HEADLINE_LATER_CLAUSE = True  # framing follow-up (11:00): 'Ministry says drones downed as fire burns at depot'


def _cut_headline_clause(doc, text: str, found: list, article) -> None:
    """A headline's reported content ends where its second happening begins (' as / while ' with a verb of its own,
    ' amid '): 'Ministry says drones downed | as fire burns at depot' — the framing layer's own cut
    (``layers.framing.headline_cut``, 54df229), so that the claim panel, compare and framing read one content; 'as
    terrorists in Mali' (a role) and 'as many as' stay. Only a content after its cue, in the headline."""
    from newsprism.layers.event import headline_end
    from newsprism.layers.framing import headline_cut

    first = headline_end(article)
    if first is None:
        return  # no headline in the text (a body's first line; HTML, records): framing cuts none either (review)
    for a in found:
        if a.cue[1] > first or a.content[0] < a.cue[1] or a.content[0] >= first:
            continue
        end, at = min(a.content[1], first), a.content[0]
        cut = headline_cut(doc, text, at, end)
        while cut is not None and _AS_BOUND.search(text, a.content[0], cut):
            # 'as many as 40 people detained', 'as soon as possible': the second 'as' of a bound, no clause (framing's
            # cut takes it; reported) — a later ' as / while ' may still begin one ('as many as 40 wounded as shelling hit')
            at = cut + 1
            cut = headline_cut(doc, text, at, end)
        if cut is not None and cut > a.content[0]:
            a.content = (a.content[0], cut)


_AS_BOUND = re.compile(r"\b(?:as\s+(?:many|much|well|soon|long|far|quickly|early|late)|such)$", re.IGNORECASE)


SEMICOLON_SPEAKER_CUT = True  # audit 19 C5: '… said the charges were fabricated and that one detainee had been beaten;
# the FSB denied using force' gave the lawyer the FSB's denial (compare: her 'one detainee' shown as denied)


def _cut_at_next_speaker(text: str, found: list) -> None:
    """A content that runs over a semicolon into another speaker's clause ('…; the FSB denied using force') ends at the
    semicolon: what follows is the other attribution's (its source and cue lie after the semicolon)."""
    for a in found:
        for b in found:
            if b is a or b.source is None or not (a.content[0] < b.source[0] < a.content[1]):
                continue
            semi = text.rfind(";", a.content[0], b.source[0])
            if semi != -1 and a.cue[1] <= semi and not text[semi + 1 : b.source[0]].strip():
                a.content = (a.content[0], semi)
            elif AND_SPEAKER_CUT and a.cue[1] <= a.content[0] and b.cue[0] >= a.content[1]:
                # '… denied burning houses and police said about 150 residents …' (audit 19 C9): the parse ran the
                # content into the next speaker; it ends before ' and <speaker>' when that speaker's cue lies after it
                joint = _AND_BEFORE.search(text, a.content[0], b.source[0])
                if joint is not None and joint.end() == b.source[0] and joint.start() > a.content[0]:
                    a.content = (a.content[0], joint.start())


RELATIVE_AUX = True  # p1 (audit 19 C9 probe): '…, which was endorsed by the UN General Assembly' had the content 'which was'
_RELATIVE_AUX = re.compile(r"(?:which|that|who)\s+(?:was|were|is|are|has\s+been|had\s+been|have\s+been)")
ACT_AGENT_NO_SPEAKER = True  # audit 19 C9: p1 'was confirmed by the Act of Free Choice in 1969' — a named_person speaker


def _act_agent(doc, text: str, a) -> bool:
    """Is the source the 'by' agent of a passive cue and an act, not a speaker ('Papua's status … was confirmed by the Act
    of Free Choice', 'endorsed by a referendum'): its head in ``act_agent_heads``?"""
    from newsprism.claims.attribution import speech_cues

    if not a.source or a.source[0] < a.cue[1] or not re.fullmatch(r"\s+by\s+", text[a.cue[1] : a.source[0]]):
        return False
    span = doc.char_span(*a.source, alignment_mode="expand")
    return span is not None and span.root.lower_ in speech_cues().get("act_agent_heads", ())


OTHER_PARAGRAPH_CONTENT = True  # audit 20 C1: a content in the paragraph before its cue
CLAIM_APPOSITION_CUT = True  # audit 19 C11: 'Atesh said its members had supplied the coordinates, a claim dismissed
# by a Russian-appointed lawmaker, …' gave Atesh the lawmaker's dismissal (event and framing spans inside the content)


@cache
def _claim_apposition() -> re.Pattern[str]:
    from newsprism.claims.attribution import speech_cues

    nouns = "|".join(sorted(map(re.escape, speech_cues()["claim_apposition_nouns"]), key=len, reverse=True))
    # ', a claim dismissed by', ', an account later denied by', ', a figure that was disputed by'
    return re.compile(
        rf",\s+(?:a|an|the|this|that)\s+(?:{nouns})\s+(?:(?:that|which)\s+(?:was|were|has\s+been|had\s+been)\s+)?"
        rf"(?:\w+ly\s+)?[a-z]+(?:ed|en)\s+by\b",
        re.IGNORECASE,
    )


def _cut_at_claim_apposition(text: str, found: list) -> None:
    """A content after its cue ends before ', a claim dismissed by …' (`claim_apposition_nouns`): the report's apposition
    names what the speaker said and tells another party's reaction ('…, a claim dismissed by a Russian-appointed
    lawmaker, Oleg Kravtsov, as "a fiction"'), which is no part of the speaker's words. Not inside a quotation."""
    for a in found:
        if a.content[0] < a.cue[1]:
            continue
        m = _claim_apposition().search(text, a.content[0], a.content[1])
        if m is not None and m.start() > a.content[0] and text.count('"', a.content[0], m.start()) % 2 == 0:
            a.content = (a.content[0], m.start())


AND_SPEAKER_CUT = True  # audit 19 C9: p3 'the military denied burning houses and police said …' → 'burning houses and police'
_AND_BEFORE = re.compile(r",?\s+(?:and|but|while)\s+$")


COUNTS_DATED_APART = True  # audit 19 C6 / audit 18 C6: a count of last week's incident is no rival of today's


# a day, week, month or a bare year ('killed 20 civilians in El Obeid in 2023': review of 6c36bfb, was read undated)
_DATE_VALUE = re.compile(r"\d{4}(?:-(?:W\d{2}|\d{2}(?:-\d{2}(?:T(?:\d\d:\d\d|[A-Z]{2}))?)?))?(?![\dX])")


def _dated_apart(doc, text: str, date_spans: list[Span], a, b, counted: list | None = None) -> bool:
    """Do the two counts' sentences date them to days (or a week, a month) that cannot be one incident's ('… destroyed
    38 drones … on Tuesday night' / '… destroying 22 drones over the peninsula last week')? Not by the day a speaker
    spoke ('…, the ministry said on Thursday'); undated sentences are never apart — unless an undated count repeats
    a dated one of ``counted`` (same referent, same value: the headline's '38 Ukrainian drones' is the lead's of
    Tuesday night), which then dates it (`_twin_dates`; audit 19 C6)."""
    from newsprism.compare_figures import dates_in
    from newsprism.compare_time import may_be_same

    def dates(m) -> list[str]:
        words = doc.char_span(m.start, m.end, alignment_mode="expand")
        if words is None or not len(words):
            return []
        sent = words[0].sent
        return dates_in(text, date_spans, sent.start_char, sent.end_char, _DATE_VALUE)

    da, db = dates(a), dates(b)
    if COUNT_TWINS_DATE and counted and bool(da) != bool(db):
        da, db = da or _twin_dates(a, b, counted, dates), db or _twin_dates(b, a, counted, dates)
    if da and db:
        return not any(may_be_same(x, y) for x in da for y in db)
    # one sentence dated to another year than the report's ('since December 2018, when the TPNPB killed more than a
    # dozen road workers'), the other undated: the report's own incident and a background one
    years = {str(t.attrs.get("anchor") or "")[:4] for t in date_spans if t.attrs.get("anchor")}
    return len(years) == 1 and any(x[:4] not in years for x in da + db)


COUNT_TWINS_DATE = True  # audit 19 C6: k1's headline '38 Ukrainian drones' against last week's '22 drones'


COUNT_TWINS_HOLDER = True  # audit 20 C3: r1's headline 13 (own voice) vs the sources' four and the SNA's five


def _twins(m, other, counted: list) -> list:
    """The counts of ``counted`` that repeat ``m`` (same referent key and value, neither unreal nor a running total),
    other than ``m`` and ``other``."""
    return [
        c
        for c in counted
        if c.start != m.start
        and c.start != other.start
        and c.key == m.key
        and c.value == m.value
        and not (c.unreal or c.running_total or c.total)
    ]


def _twin_dates(m, other, counted: list, dates) -> list[str]:
    """The dates of the counts that repeat ``m`` (same referent key and value, neither unreal nor a running total,
    not ``other``), when every one of them is dated: an undated count then is one of theirs. None when a repeat is
    undated too, or when ``m`` has no repeat."""
    found = [dates(c) for c in _twins(m, other, counted)]
    if not found or not all(found):
        return []
    return [d for ds in found for d in ds]


def _rival_sources(analysis: Analysis, a, b, counted: list | None = None) -> bool:
    """Are two counts each inside the words of a speaker, of two different known sides ('Georgia's
    State Security Service said two men …' / 'The border department of South Ossetia's KGB said
    three men …')? Then the report gives the two sides' rival accounts, not a conflict of its own
    (audit 12). So too two different speakers not known to be of one side (``RIVAL_SPEAKERS``)."""
    by_id = {s.id: s for s in analysis.spans}

    def holder(m) -> dict[str, Any] | None:
        held = [
            c
            for c in analysis.records.get("claims", [])
            if c.get("speaker")
            and c.get("content") in by_id
            and by_id[c["content"]].start <= m.start
            and m.end <= by_id[c["content"]].end
        ]
        if not held:
            return None
        return min(held, key=lambda c: by_id[c["content"]].end - by_id[c["content"]].start)

    ca, cb = holder(a), holder(b)
    if COUNT_TWINS_HOLDER and counted and (ca is None) != (cb is None):
        # a headline's own-voice '13 PKK/YPG terrorists' is the lead's 13 that the ministry said (audit 20 C3)
        held = [holder(t) for t in _twins(a if ca is None else b, b if ca is None else a, counted)]
        speakers = {h["speaker"].casefold() if h else None for h in held}
        sides = {h.get("side") if h else None for h in held}
        if held and None not in speakers and (len(speakers) == 1 or (len(sides) == 1 and None not in sides)):
            ca, cb = ca or held[0], cb or held[0]
    if ca is None or cb is None:
        return False
    sa, sb = ca.get("side"), cb.get("side")
    if sa is not None and sb is not None:
        return sa != sb
    return RIVAL_SPEAKERS and ca["speaker"].casefold() != cb["speaker"].casefold()


RIVAL_SPEAKERS = True  # audit 15 C10: 'Its defence ministry said … three civilians' and 'Its information minister
# said … 11 civilians' (two sides of Las Anod, neither side known) are two accounts, not the wire contradicting itself


def _figures(analysis: Analysis, doc, counted: list, span, claims: list[dict[str, Any]] | None = None) -> int:
    """A ``figures`` record per casualty figure ('two Armenian soldiers' killed, '25 dead'), each
    with a ``casualty_figure`` span: what the comparison's casualty table reads instead of parsing
    the report again; returns their number."""
    from newsprism.claims import figures

    n = 0
    for fig in figures.find(doc, analysis.article.text, analysis.spans, counted):
        if fig["side"] is None and POSSESSIVE_SPEAKER_SIDE and _OWN.search(fig["text"]):
            fig["side"] = _speaker_side(analysis, claims or [], fig["start"], fig["end"])
        why = figures.why(fig)
        attrs = {"outcome": fig["outcome"], "victims": fig["victims"], "side": fig["side"], "why": why}
        if fig.get("told_as"):
            attrs["told_as"] = fig["told_as"]  # 'neutralised': killed, captured or surrendered (audit 20 C8)
        sp = span("casualty_figure", fig["start"], fig["end"], fig["rule"], attrs)
        record = {k: v for k, v in fig.items() if k not in ("places", "of")}  # 'of' is told in the why
        record.update(span=sp.id, places=[p.id for p in fig["places"]], why=why)
        analysis.add_record("figures", record)
        n += 1
    return n


POSSESSIVE_SPEAKER_SIDE = True  # audit 14 C2: 'The UN force claimed that four of its soldiers …': the UN's
_OWN = re.compile(r"\bof\s+(?:its|their)\s+\w+", re.IGNORECASE)


def _speaker_side(analysis: Analysis, claims: list[dict[str, Any]], start: int, end: int) -> str | None:
    """The side of the speaker whose reported words hold the figure ('… claimed that four of its
    soldiers had been hurt': 'its' is the speaker's), the innermost such claim; None without one."""
    by_id = {s.id: s for s in analysis.spans_of("claim")}
    held = [
        (by_id[c["content"]].end - by_id[c["content"]].start, c)
        for c in claims
        if c.get("content") in by_id and by_id[c["content"]].start <= start and end <= by_id[c["content"]].end
    ]
    return min(held, key=lambda x: x[0])[1].get("side") if held else None


_WHY_WITHHELD = {
    "withheld": "evidence said to exist but not shown: '{w}'",
    "seen_by": "evidence shown to one party only ('{w}'): the reader cannot check it",
}


_WHY_HOLDER = {
    "content": "{who} says it exists",
    "withholding": "{who} says it was not shown",
    "earlier": "{who} cited it earlier",
}


def _withheld(analysis: Analysis, doc, found: list, claims: list[dict[str, Any]], span) -> int:
    """A record per piece of evidence asserted but not shown, with whose it is (the speaker of
    the attribution that says it exists) and the words that withhold it; returns their number."""
    from newsprism.claims import withheld

    ranges = [(a.content, a.source) for a in found]
    n = 0
    for w in withheld.find(doc):
        k, via = withheld.holder(doc, w, ranges)
        att = claims[k] if k is not None else None
        words = analysis.article.text[w.withholding[0] : w.withholding[1]]
        why = _WHY_WITHHELD[w.how].format(w=words)
        holder = att if att is not None and via != "source" and att.get("speaker") else None
        if holder is not None:
            why += "; " + _WHY_HOLDER[via].format(who=holder["speaker"])
        elif via == "source":
            why += "; the evidence is itself the cited source"
        ev = span("withheld_evidence", *w.evidence, f"withheld-evidence:{w.how}", {"how": w.how, "why": why})
        wh = span("withholding", *w.withholding, f"withheld-evidence:{w.how}", {"how": w.how, "why": why})
        record: dict[str, Any] = {
            "kind": "evidence_withheld",
            "evidence": ev.id,
            "withholding": wh.id,
            "how": w.how,
            "attribution": att["id"] if att is not None else None,
            "holder_via": via,
            "source": holder.get("source") if holder else None,
            "speaker": holder.get("speaker") if holder else None,
            "source_kind": holder.get("source_kind") if holder else None,
        }
        if holder is not None and holder.get("actor"):
            record["actor"], record["side"] = holder["actor"], holder.get("side")
        analysis.add_record("claims", record)
        n += 1
    return n


def _shown(m) -> str:
    from newsprism.claims.consistency import show_date

    if m.check == "date":
        return show_date(m.value)
    _lo, _hi, how, value = m.value
    return f"{how + ' ' if how else ''}{value:g}"


def _iso(value: Any):
    if not isinstance(value, str):
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if not m:
        return None
    return tuple(int(g) if g else None for g in m.groups())


def _overlapping(spans: list[Span], rng: tuple[int, int]) -> Span | None:
    best = None
    for s in spans:
        if s.start < rng[1] and rng[0] < s.end and (best is None or s.end - s.start > best.end - best.start):
            best = s
    return best


OWNER_BEFORE_TO = True  # audit 16 G9: "Moldova's delegation to the Joint Control Commission said …" is Moldova's
_TO_AT = re.compile(r"\s(?:to|at)\s")


def _owning_actor(actors: list[Span], rng: tuple[int, int], text: str) -> Span | None:
    """The actor whose the speaker is: the longest overlapping one, but not one inside a 'to …'/'at …'
    phrase after the head when an actor before that phrase remains ('Moldova's delegation to the JCC')."""
    best = _overlapping(actors, rng)
    cut = _TO_AT.search(text, rng[0], rng[1]) if OWNER_BEFORE_TO and best is not None else None
    if cut is None or best.start < cut.start():
        return best
    return _overlapping(actors, (rng[0], cut.start())) or best


SAME_NAME_ACTOR = True  # audit 15 C7: s3's 'Somaliland, which declared independence …, said' (no actor span there)


def _same_name_actor(actors: list[Span], text: str, rng: tuple[int, int]) -> Span | None:
    """For a speaker no actor span overlaps, the article's actor of the same name elsewhere
    ('Somaliland' said … where the actor layer marked other 'Somaliland's): one id, with a side."""
    if not SAME_NAME_ACTOR or _overlapping(actors, rng) is not None:
        return None
    said = text[rng[0] : rng[1]].casefold()
    same = [a for a in actors if a.text.casefold() == said and a.attrs.get("side")]
    return same[0] if same and len({a.attrs.get("id") for a in same}) == 1 else None


def _actor_kind(actors: list[Span], rng: tuple[int, int]) -> str | None:
    actor = _overlapping(actors, rng)
    return actor.attrs.get("kind") if actor is not None else None


SO_CALLED_NOT_THE_NAME = True  # review 11: 'The so-called "Donetsk People's Republic" said': the speaker is the name
_SO_CALLED = re.compile(r"(?:the\s+)?(?:self-styled|self-proclaimed|so-called)\s+[\"\u201c\u2018']?", re.IGNORECASE)
NESTED_EVIDENCE_IS_THE_SPEAKERS = True  # audit 11: "X said intercepts showed …": X's claim, 'intercepts' no speaker
ACTOR_NAME_NOT_PERSON = True  # audit 11: "Polisario said" (tagged PERSON) is the armed group the actor layer links
PASSIVE_NOUN_NO_CONTENT = True  # framing follow-up: 'A so-called "referendum" was announced by X' is no X's words
ARMED_TARGET = True  # audit 12: "Gunmen attacked a police patrol": a physical target or armed doers, whatever their actor kind
ARMED_ACT_NO_SPEECH = True  # audit 11: "militants attacked a BSF post …, the Northern Command said": no speaker


def _same_head(claims: list[dict[str, Any]], source: str) -> dict[str, Any] | None:
    """The latest earlier speaker with a side whose name ends in the head of a bare definite
    speaker ('the ministry' after 'the Defence Ministry', 'the army' after 'the Israeli army')."""
    words = source.casefold().split()
    if len(words) != 2 or words[0] != "the":
        return None

    def heads(name: str) -> list[str]:  # 'the Defence Ministry': 'ministry'; 'the Ministry of Defence' too (audit 14)
        said = name.casefold().split()
        return said[-1:] + ([said[said.index("of") - 1]] if "of" in said[1:] else [])

    return next((c for c in reversed(claims) if c.get("side") and words[1] in heads(str(c.get("speaker") or ""))), None)


TITLE_REMENTION = True  # audit 19 C8: p2's 'the pastor' after 'Pastor Benyamin Gwijangge of the Kingmi Church'


def _same_title(claims: list[dict[str, Any]], source: str) -> dict[str, Any] | None:
    """The latest earlier named speaker whose name opens with the title a bare 'the <title>' repeats ('the pastor'
    after 'Pastor Benyamin Gwijangge', 'the colonel' after 'Colonel Ivan Petrov'): one person. The title must open a
    capitalised name in the earlier speaker ('Pastor …', '…, Colonel …'); 'the official' after 'a senior official' is
    no name."""
    words = source.split()
    if len(words) != 2 or words[0].lower() != "the" or not words[1].isalpha():
        return None
    title = re.compile(rf"(?:^|[\s,])(?:{re.escape(words[1].capitalize())})\s+[A-Z]\w+\s+[A-Z]")
    return next(
        (c for c in reversed(claims) if c.get("source_kind") == "named_person" and title.search(str(c.get("speaker") or ""))),
        None,
    )


def _same_person(claims: list[dict[str, Any]], source: str) -> dict[str, Any] | None:
    """The latest earlier named speaker with a side whose name holds the surname of a short named
    speaker ('Colonel Ndzana' after 'Colonel Emmanuel Ndzana, the spokesman of the Ministry of
    Defence': one person, one side; audit 14)."""
    words = source.split()
    if not 1 < len(words) <= 3 or not words[-1][:1].isupper():
        return None
    return next(
        (
            c
            for c in reversed(claims)
            if c.get("side")
            and c.get("source_kind") == "named_person"
            and words[-1] in str(c.get("speaker") or "").split(",")[0].split()
        ),
        None,
    )


HEDGE_IN_REPORT = True  # review 10: a hedge inside someone's reported words is theirs, not the author's unsourced report
SELF_ACTING_NO_DOCUMENT = True  # session 10: "It says it has handed the files …" is no communique's


def _acts_itself(text: str, content: tuple[int, int], pronoun: str) -> bool:
    """The reported words begin with the speaker's own pronoun ("It says it has handed the
    coordinates …", "it said that it would …"): the speaker acts in them."""
    words = text[content[0] : content[1]].lower().split()[:2]
    if words[:1] == ["that"]:
        words = words[1:]
    return bool(words) and words[0] == pronoun


def _antecedent(
    claims: list[dict[str, Any]], pronoun: str, before: int, ents, acts: bool = False, ends: dict[str, int] | None = None
) -> dict[str, Any] | None:
    """The nearest earlier attribution whose speaker fits the pronoun, unless a person who is the
    subject of the pronoun's sentence or the one before comes after it (``_subject_person``); else
    the nearest earlier PERSON entity for he/she. A speaker that acts in its own words ("it says
    it has handed …") is no document: a communique or report says, but hands nothing over."""
    from newsprism.claims import speakers

    for c in reversed(claims):
        if acts and SELF_ACTING_NO_DOCUMENT and c.get("source_kind") == "document":
            continue
        if c.get("speaker") and c.get("source_kind") and speakers.compatible(pronoun, c["source_kind"], c["speaker"]):
            if SUBJECT_PERSON_FIRST and speakers.PRONOUNS.get(pronoun) == "person":
                person = _subject_person(ents, (ends or {}).get(c.get("source") or "", -1), before)
                if person is not None:
                    return {"speaker": person.text, "source_kind": "named_person", "rng": (person.start_char, person.end_char)}
            return c
    if speakers.PRONOUNS.get(pronoun) == "person":
        person = _subject_person(ents, -1, before) if SUBJECT_PERSON_FIRST and APPOSED_SUBJECT else None
        if person is not None:  # the subject before the quotation, not the last name ('… visited Beryslav. "…," he said')
            return {"speaker": person.text, "source_kind": "named_person", "rng": (person.start_char, person.end_char)}
        people = [e for e in ents if e.label_ == "PERSON" and e.end_char <= before]
        if people:
            return {"speaker": people[-1].text, "source_kind": "named_person"}
    return None


NO_SPEECH_FORMS = True  # audit 15 C11: forms of a cue word that report nothing (communicative mode only)
_RELATIVE_ONLY = frozenset(
    {"which", "that", "who", "whom", "what"}
)  # "what": audit 18 C10, "in what Israeli officials describe as …"


def _no_speech_form(doc, text: str, a) -> bool:
    """Is the cue no report: its content a lone relative pronoun held 'as' something ('Taiwan,
    which China claims as its territory'; '…, which it denies' stays a denial), a verb joined by
    'or' to a negated verb and sharing its subject ('could not verify either account or explain the
    difference'), or a cue with an act's object (``act_objects``: 'declared independence', 'presses
    its case')?"""
    from newsprism.claims.attribution import speech_cues

    cue = doc.char_span(a.cue[0], a.cue[1], alignment_mode="expand")
    if cue is None or not len(cue):
        return False
    verb = cue.root
    cues = speech_cues()
    said = text[a.content[0] : a.content[1]].strip().lower()
    if said in _RELATIVE_ONLY or (RELATIVE_AUX and _RELATIVE_AUX.fullmatch(said)):  # 'which was endorsed by …
        if verb.lemma_.lower() in cues.get("thing_relative_cues", ()):
            return True  # 'The meeting, which Sudan had proposed for Monday': the meeting, no statement (audit 17 C9)
        return any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)  # not '…, which it denies'
    if NO_SPEECH_FORMS_18 and _not_said(doc, text, a, verb, cues):
        return True
    if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        either = any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in verb.head.children)  # not '…, but said'
        if either and any(c.dep_ == "neg" for c in verb.head.children):
            return True
    objects = speech_cues().get("act_objects", {}).get(verb.lemma_.lower(), ())
    # '*': any object ('A court in Simferopol sentenced six Crimean Tatars': a court's act; audit 19 C9)
    return any(c.dep_ == "dobj" and (c.lemma_.lower() in objects or "*" in objects) for c in verb.children)


NAME_AFTER_PHRASE = True  # audit 17 C6


def _name_after(text: str, source: tuple[int, int], cue: tuple[int, int], ents) -> tuple[int, int]:
    """The source with the name set off by commas right before its cue ('A Misseriya elder reached by
    telephone in Muglad, Bashir Adam Hamid, said …': the parse hangs the name on Muglad, and the
    speaker lost it)."""
    if not text[source[1] : cue[0]].rstrip().endswith(","):
        return source
    for e in ents:
        if (
            e.label_ != "PERSON"
            or not source[1] < e.start_char < cue[0]
            or not re.fullmatch(r"\s*,\s*", text[e.end_char : cue[0]])
        ):
            continue
        head = text[source[1] : e.start_char]
        if re.search(r",\s*$", head) and head.count(",") == 1 and not re.search(r"[.;:\"\u201c\u201d]", head):
            return source[0], e.end_char
    return source


STANCE_PARTICIPLE = True  # audit 19 C4: 'a move opposed by many Papuans' gave the Papuans the whole sentence
NO_SPEECH_FORMS_18 = True  # audit 17 C4/C9: territorial claims, clause subjects, 'reported missing'


def _not_said(doc, text: str, a, verb, cues: dict) -> bool:
    """Forms of a cue that tell no statement (audit 17): a place 'claimed by both Sudan and South
    Sudan' (a territorial claim: a participle with an agent after a place name, ``territory_cues``);
    a source that opens on a subordinating 'that' ('… and that work on CPEC projects in Gwadar
    continued': a clause, no speaker); a content that is the cue's object predicate alone ('had been reported
    missing by their families', 'declared dead'; not 'it seems clear', a hedge)."""
    if verb.lemma_.lower() in cues.get("territory_cues", ()) and verb.tag_ == "VBN" and verb.i > 1:
        bare = not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        before = doc[verb.i - 2] if doc[verb.i - 1].text == "," else doc[verb.i - 1]
        if bare and any(c.dep_ == "agent" for c in verb.children) and before.ent_type_ in ("LOC", "GPE", "FAC"):
            return True
    if STANCE_PARTICIPLE and verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
        said = verb.lemma_.lower() in cues["speech_verbs"] or verb.head.lower_ in cues.get("charge_nouns", ())
        bare = not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        if bare and not said and any(c.dep_ == "agent" for c in verb.children):
            return True  # '…, a move opposed by many Papuans': a stance on the move, no statement (audit 19 C4)
    opens = a.source is not None and re.match(r"(?:that|whether)\s", text[a.source[0] : a.source[0] + 8], re.IGNORECASE)
    if opens:  # a string test first: a Span per attribution costs (seventeenth-session review)
        first = doc.char_span(a.source[0], a.source[1], alignment_mode="expand")
        if first is not None and len(first) > 1 and first[0].lower_ in ("that", "whether") and first[0].dep_ != "det":
            return True
    if re.search(r"\s", text[a.content[0] : a.content[1]].strip()):
        return False  # more than one word
    words = doc.char_span(a.content[0], a.content[1], alignment_mode="expand")
    return words is not None and len(words) == 1 and words[0].dep_ == "oprd" and words[0].head.i == verb.i


NO_SPEECH_ACTS = (
    True  # audit 16 C9: 'did not respond to the Courier's questions', 'refused to pay', 'the blockade … declared on ships'
)


def _act_not_statement(doc, a) -> bool:
    """Does the cue tell an act, not a statement: a prepositional phrase for content on a negated cue or
    on one in a relative clause ('did not respond to the Courier's questions'; 'the blockade that the
    militia has declared on ships'), or a refusal's infinitive (``refusal_cues``: 'refused to pay')?
    'He commented on the report' stays."""
    from newsprism.claims.attribution import speech_cues

    cue = doc.char_span(a.cue[0], a.cue[1], alignment_mode="expand")
    words = doc.char_span(a.content[0], a.content[1], alignment_mode="expand")
    first = words[0] if words is not None and len(words) else None
    if first is None or cue is None or not len(cue):
        return False
    verb = cue.root
    if first.dep_ == "prep" and first.head.i == verb.i and first.lower_ != "as":  # '… rebuked as provocative' says
        return verb.dep_ == "relcl" or any(c.dep_ == "neg" for c in verb.children)
    refusal = verb.lemma_.lower() in speech_cues().get("refusal_cues", ())
    intention = verb.lemma_.lower() in speech_cues().get("intention_cues", ())
    if not (
        (refusal or intention)
        and first.dep_ == "aux"
        and first.lower_ == "to"
        and first.head.dep_ == "xcomp"
        and first.head.head.i == verb.i
    ):
        return False
    if intention:  # 'plan to hand a letter' (audit 18 C10); 'plan to announce' stays
        return first.head.lemma_.lower() not in speech_cues()["speech_verbs"]
    # 'declined to comment', 'refused to share the recordings' stay: a non-answer, withheld evidence's holder
    return not _speaks_or_shows(first.head.lemma_.lower())


@cache
def _shown_or_said() -> frozenset[str]:
    from newsprism.claims import withheld
    from newsprism.claims.attribution import speech_cues

    return frozenset(speech_cues()["speech_verbs"]) | withheld.cues()["show_verbs"]


def _speaks_or_shows(lemma: str) -> bool:
    return lemma in _shown_or_said()


def _doers(doc, text: str, done: list, actors: list[Span], ents) -> list[dict[str, Any]]:
    """The subjects of the cues that tell acts (``_act_not_statement``), as a later pronoun's antecedents:
    no claim of theirs is written."""
    from newsprism.claims import speakers

    out = []
    for a in done:
        if not a.source or a.source[0] >= a.source[1]:
            continue
        who = speakers.classify(doc, *a.source, _actor_kind(actors, a.source), ents, text)
        if who.kind == "pronoun":
            continue
        actor = _owning_actor(actors, a.source, text)
        entry = {"speaker": who.text, "source_kind": who.kind, "source": None, "_end": a.source[1]}
        if actor is not None:
            entry |= {"actor": actor.id, "side": actor.attrs.get("side")}
        out.append(entry)
    return out


def _with_doers(claims: list[dict[str, Any]], doers: list[dict[str, Any]], ends: dict[str, int], before: int) -> list:
    """The claims and the doers before ``before``, in text order."""
    if not doers:
        return claims
    placed = [(ends.get(c.get("source") or "", -1), i, c) for i, c in enumerate(claims)]
    placed += [(d["_end"], len(claims) + i, d) for i, d in enumerate(doers) if d["_end"] <= before]
    return [c for _, _, c in sorted(placed, key=lambda x: (x[0], x[1]))]


PARAGRAPH_OPENER_IT = True  # audit 15 C1: 'SSC-Khaatumo … gave a very different account. Its information
# minister said … It said its forces had captured 19 Somaliland soldiers': not Somaliland's ministry of the paragraph before


def _paragraph_opener(doc, text: str, pronoun: str, before: int, antecedent, ends: dict[str, int]) -> tuple[int, int] | None:
    """The name that opens the pronoun's paragraph as the subject of its first main verb ('SSC-Khaatumo,
    a clan-based administration …, gave a very different account. … It said …'), for an 'it' whose
    nearest fitting speaker is in an earlier paragraph: a new paragraph that opens on another body
    speaks of that body. None when the paragraph has a fitting speaker of its own or opens otherwise."""
    from newsprism.claims import speakers

    if not PARAGRAPH_OPENER_IT or speakers.PRONOUNS.get(pronoun) != "thing":
        return None
    start = text.rfind("\n", 0, before) + 1
    if antecedent is not None and ends.get(antecedent.get("source") or "", len(text)) >= start:
        return None
    first = doc.char_span(start, before, alignment_mode="expand")
    subject = next((t for t in first or () if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"), None) if first else None
    if subject is None or subject.pos_ != "PROPN" or subject.idx >= before:
        return None
    if any(ch.isspace() for ch in text[start : subject.left_edge.idx]):
        return None  # the paragraph does not open on the name
    if OPENER_SPEAKS and not _gives_account(subject.head):
        return None  # 'Pokrovsk remains under heavy fire. It said …', 'Russia launched the drones …': no speaker
    return start, subject.idx + len(subject.text)


ITS_OWNER_SIDE = True  # audit 15 C2/C7: 'SSC-Khaatumo … gave a very different account. Its information minister said …'
_ITS = re.compile(r"(?:its|their)\s", re.IGNORECASE)


def _its_owner(
    doc, text: str, said: str, start: int, actors: list[Span], ends: dict[str, int], claims: list[dict[str, Any]]
) -> Span | None:
    """The sided actor that opens the paragraph of a speaker 'Its …' of no side ('Its information
    minister' after 'SSC-Khaatumo … gave a very different account'): whose minister it is, as for a
    paragraph's 'It said' (:func:`_paragraph_opener`). None otherwise, or when a speaker of another
    side speaks between them ('The de facto authorities in Tskhinvali said … Their spokesman': review 16)."""
    if not ITS_OWNER_SIDE or not _ITS.match(said):
        return None
    opener = _paragraph_opener(doc, text, "it", start, None, ends)
    actor = _overlapping(actors, opener) if opener else None
    if actor is None or not actor.attrs.get("side"):
        return None
    if ITS_OWNER_ALONE and any(
        c.get("side") and c["side"] != actor.attrs["side"] and opener[1] <= ends.get(c.get("source") or "", -1) <= start
        for c in claims
    ):
        return None
    return actor


ITS_OWNER_ALONE = True  # review 16: another side's speaker between the opener and 'Its …' makes 'its' anybody's


OPENER_SPEAKS = True  # review 15: the opener must speak ('gave a very different account', 'disputed', 'denied')


def _gives_account(verb) -> bool:
    """Does the opener's verb say it speaks: a speech verb or an answering one (``opener_answer_verbs``),
    not negated, or a giving verb whose object names what is said ('gave a very different account')?"""
    from newsprism.claims.attribution import speech_cues

    cues = speech_cues()
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "neg" for c in verb.children):
        return False  # 'Reuters could not verify the claim'
    if lemma in cues["speech_verbs"] or lemma in cues.get("opener_answer_verbs", ()):
        return True
    accounts = cues.get("charge_nouns", ())
    return lemma in cues.get("opener_account_verbs", ()) and any(c.dep_ == "dobj" and c.lower_ in accounts for c in verb.children)


SUBJECT_PERSON_SIDE = True  # audit 18 C4: the person found as the subject speaks with the side of their actor
SUBJECT_PERSON_FIRST = True  # audit 14 C1: 'Foreign Minister Eleni Papadaki will raise … "…," she said' is hers


def _subject_person(ents, after: int, before: int):
    """A PERSON entity after ``after`` that is the subject of the main verb of the pronoun's
    sentence or the sentence before it ('Foreign Minister Eleni Papadaki will raise the matter …
    "The European Union cannot stay silent …," she said'): she, not the diplomat quoted two
    paragraphs up, is the one who speaks. None when there is none."""
    people = [e for e in ents if e.label_ == "PERSON" and after <= e.start_char and e.end_char <= before]
    if not people:
        return None
    doc = people[0].doc
    here = doc.char_span(before, before + 1, alignment_mode="expand")
    if here is None:
        return None
    starts, chars = _sentence_starts(doc)  # token and character starts of the sentences, read once per document
    k = bisect_right(starts, here[0].i) - 1
    window = {starts[k], starts[k - 1] if k > 0 else starts[k]}
    opened = _quote_opened(_doc_text(doc), before) if QUOTE_OPENER_SENTENCE else None
    if opened is not None and opened < chars[k]:  # '"There is no reason to flee. The FDS …," he said'
        j = bisect_right(chars, opened) - 1
        if j > 0:
            window = {starts[k], starts[j - 1]}  # the sentence before the quotation opens
    for e in reversed(people):
        if starts[bisect_right(starts, e.start) - 1] not in window:
            continue
        if e.root.dep_ == "nsubj" and e.root.head.dep_ == "ROOT":
            return e
        subject = next((t for t in e.root.ancestors if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"), None)
        if APPOSED_SUBJECT and e.root.dep_ == "appos" and subject is not None and subject.left_edge.i <= e.start:
            return doc[subject.left_edge.i : e.end]  # 'The governor of Cabo Delgado, Armando Muianga, visited …'
    if OPENING_APPOSITION:
        # the parse broke the subject ('The co-chair of …, Rêzan Xelef, called on …' read 'co' as the root): the one
        # PERSON of the window set off by commas in its sentence's opening, before any verb (audit 20 C1)
        inside = [e for e in people if starts[bisect_right(starts, e.start) - 1] in window]
        if len(inside) == 1:
            e = inside[0]
            first = starts[bisect_right(starts, e.start) - 1]
            opening = doc[first : e.start]
            if (
                len(opening) >= 2
                and opening[-1].text == ","
                and e.end < len(doc)
                and doc[e.end].text == ","
                and opening[0].lower_ in ("the", "a", "an")
                and not any(t.pos_ in ("VERB", "AUX") and t.text != "-" for t in opening)
            ):
                return doc[first : e.end]
    return None


OPENING_APPOSITION = True  # audit 20 C1: r2 '"Silence encourages the occupier," he said' after 'The co-chair …, Rêzan Xelef'


def _sentence_starts(doc) -> tuple[list[int], list[int]]:
    """The token and character offsets where the document's sentences start (``Span.sent`` walks the document on
    every call: the pronoun rules ask often; speed note, nineteenth session)."""
    got = doc.user_data.get("newsprism_sentence_starts")
    if got is None:
        sents = list(doc.sents)
        got = ([s.start for s in sents], [s.start_char for s in sents])
        doc.user_data["newsprism_sentence_starts"] = got
    return got


def _doc_text(doc) -> str:
    """``doc.text`` once per document (spaCy joins the tokens again on each access)."""
    got = doc.user_data.get("newsprism_text")
    if got is None:
        got = doc.user_data["newsprism_text"] = doc.text
    return got


QUOTE_OPENER_SENTENCE = True  # audit 18 C4: a quotation of two sentences before 'he said' reaches back to its opener
APPOSED_SUBJECT = True  # audit 18 C4: the subject named in apposition ('The governor …, Armando Muianga, visited')
_QUOTES = re.compile(r'["\u201c\u201d]')


def _quote_opened(text: str, before: int) -> int | None:
    """Where the quotation that closes right before ``before`` ('…," he said') opened, in the same paragraph; None
    when no quotation closes there."""
    if not re.search(r'["\u201d],?\s*$', text[max(0, before - 4) : before]):
        return None
    start = text.rfind("\n", 0, before) + 1
    marks = [m.start() for m in _QUOTES.finditer(text, start, before)]
    return marks[-2] if len(marks) >= 2 and len(marks) % 2 == 0 else None


LAYER = Layer(
    name="claim",
    version="1.0",
    run=run,
    description="who says so: quotes and attributed claims (source/cue/content), unattributed/evidence/hedged claims, sourcing profile, internal consistency",
    optional_after=("actor", "time", "place"),  # place: a casualty figure's places
)
