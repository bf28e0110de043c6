"""How it is told: scare quotes, distancing cues, actor labels and loaded language.

Span layer ``framing`` with labels ``scare_quote`` (quotation marks that disown a word in the
author's own sentence — not speech, not a name), ``distancing`` (allegedly, so-called,
claims, what X calls … with the scope they apply to), ``label`` (separatists, regime,
occupiers, illegal armed formations …) and ``loaded`` (sham, barbaric, heinous …).
Each ``label`` / ``loaded`` span says whose word it is in ``attrs.voice``: ``quoted`` (inside
quoted speech), ``scare_quoted`` (inside the writer's scare quotes), ``reported`` (inside the
content of a reported claim — the innermost one — with ``claim`` and ``attributed_to``; needs
the claim layer, which then runs first; or in the ``as`` phrase of a verb that characterises,
``Pakistan dismissed the account as fabricated``, with ``attributed_to`` and ``characterised_by``
and no claim; or in a quotation presented as a term someone uses, ``Georgian officials use the
term "occupation line"``, with ``attributed_to`` and ``mentioned_by``), ``mentioned`` (inside a
quoted name or term with nobody named: mentioned, not used) or ``outlet``. Each ``scare_quote`` says whose distancing it is in ``attrs.voice``:
``outlet`` (the writer's) or ``quoted`` (nested in someone's quoted speech). No label or loaded
span inside the outlet's name or the dateline (the meta layer's spans, when it ran first), nor a
legitimising word inside a group's own name (``Sahrawi People's Liberation Army``).
``summary["framing"]`` counts the spans, the labels and loaded words in the outlet's own voice
(``own_voice_labels_loaded``) and the quotation classes. The rules are in
``newsprism.framing``; the cue lists and lexicons are data under ``data/framing``.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc

from newsprism.layers.base import Context, Layer
from newsprism.model import Analysis
from newsprism.nlp import token_at


def _in_quote(start: int, end: int, quotes: list, starts: list[int]):
    """The first quotation (by start) that holds the word; ``starts`` are the quotations' starts, in
    order, so only those opened before the word are read."""
    for qi in quotes[: bisect_right(starts, start)]:
        if qi.start <= start and end <= qi.end and not (qi.start == start and qi.end == end):
            return qi
    return None


def _reported_speech(analysis: Analysis, doc=None) -> list[tuple[int, int, str, str]]:
    """(start, end, claim id, speaker) of each reported-speech content span with a speaker, when
    the claim layer ran first: a label inside it is the speaker's word as the outlet reports it,
    not the outlet's own choice, which is what a comparison of outlets needs to tell apart."""
    from newsprism.layers.event import headline_end

    head_end = headline_end(analysis.article)
    out = []
    for rec in analysis.records.get("claims", []):
        content = analysis.span(rec.get("content") or "")
        if content is not None and rec.get("speaker"):
            end = content.end
            cue = analysis.span(rec.get("cue") or "")
            if head_end is not None and content.start < head_end and cue is not None and cue.start < content.start:
                # a headline's second happening after 'as / while / amid' is the outlet's own statement, not what the
                # first clause's speaker says ('TPNPB says it killed "TNI spies" | as colonial military burns villages')
                cut = headline_cut(doc, analysis.article.text, content.start, min(end, head_end))
                end = cut if cut is not None else end
            if cue is not None and cue.start < content.start:
                # an apposition that comments on the claim ('…, a claim dismissed by a Russian-appointed lawmaker'):
                # the outlet's words about it, not part of what the speaker says
                cut = CLAIM_APPOSITION.search(analysis.article.text, content.start, end)
                end = cut.start() if cut else end
            out.append((content.start, end, rec["id"], rec["speaker"]))
    return out


CLAIM_APPOSITION = re.compile(
    r",\s+(?:a|an)\s+(?:claim|allegation|accusation|charge|assertion|account|version)\s+(?:that\s+)?(?:\w+\s+){0,3}?"
    r"(?:rejected|denied|dismissed|disputed|refuted|contested|rejects|denies|dismisses|disputes)\b",
    re.IGNORECASE,
)


# not 'as part/well …', nor a clause whose subject is the speaker again ('Hamas says it fired rockets as it seeks to avenge
# …', 'as its troops advance'): that goes on with what the speaker says
HEADLINE_CLAUSE = re.compile(
    r"(?<!\bmany)(?<!\bmuch)(?<!\bwell)(?<!\bsuch)(?<!\bsoon)(?<!\blong)(?<!\bfar)"  # 'as many as 40 …': a bound
    r"\s(?:as|while|amid)\s(?!(?:part|well|many|much|long|soon|usual|expected|it|its|they|their|he|his|she|her|we|our|i)\b)",
    re.IGNORECASE,
)
_CLAUSE_VERB_TAGS = frozenset({"VBZ", "VBP", "VBD", "VBN", "MD"})


def headline_cut(doc, text: str, start: int, end: int) -> int | None:
    """Where a headline's second happening begins between ``start`` and ``end``: at ' as / while ' with a verb of its own
    after it ('as colonial military burns villages'), not a role ('detained a man as terrorist in Crimea', 'killed 12
    rebels as terrorists'); ' amid ' takes a noun phrase, the outlet's own ('amid fighting')."""
    for m in HEADLINE_CLAUSE.finditer(text, start, end):
        if doc is None or text[m.start() + 1 : m.start() + 5].lower() == "amid":
            return m.start()
        first = token_at(doc, m.end())
        if first is None:
            continue
        group = []  # the words up to a preposition, punctuation or the end: 'terrorist' of 'as terrorist in Crimea'
        for t in doc[first.i : first.i + 12]:
            if t.idx >= end or t.pos_ in ("ADP", "PUNCT", "CCONJ") or t.is_space:
                break
            group.append(t)
        if any(t.tag_ in _CLAUSE_VERB_TAGS for t in group) or len(group) > ROLE_WORDS:
            return m.start()  # a verb, or more words than a role takes (the tagger reads headline 'burns' as a noun)
    return None


ROLE_WORDS = 3  # 'as terrorists', 'as a suspected spy': a role, no clause of its own


def _voice(start: int, end: int, where: str | None, reported: list[tuple[int, int, str, str]]) -> tuple[str, dict]:
    """Whose word it is: quoted speech, a scare quote (the outlet's, but held at a distance),
    the innermost reported claim that holds it ("the minister said rebels claimed the
    terrorists had left": the rebels'), or the outlet's own."""
    if where == "speech":
        return "quoted", {}
    if where == "scare":
        return "scare_quoted", {}
    holders = [r for r in reported if r[0] <= start and end <= r[1]]
    if holders:
        _s, _e, claim, speaker = min(holders, key=lambda r: r[1] - r[0])
        return "reported", {"claim": claim, "attributed_to": speaker}
    return "outlet", {}


def run(analysis: Analysis, ctx: Context) -> None:
    from newsprism.framing import distancing
    from newsprism.framing.lexicon import default_lexicon
    from newsprism.framing.quote_class import INSIDE_SPEECH, NAME, SCARE, classify, cues
    from newsprism.framing.voice import accused_by, characterised_by, claimed_by, designated_by, in_name, mentioned_by

    text = analysis.article.text
    doc = ctx.doc
    if doc is None:
        return
    src = LAYER.source
    quotes = classify(text, doc)
    ctx.cache["framing.quotes"] = quotes
    counts = {"scare_quote": 0, "distancing": 0, "label": 0, "loaded": 0}
    reported = _reported_speech(analysis, doc)
    for qi in quotes:
        if qi.label != SCARE:
            continue
        # whose distancing: a quoted speaker's ("These 'freedom fighters' …," he said), the speaker of
        # the reported claim that holds it ("India's so-called "surgical strike" claims were false,
        # a general said"), or the writer's
        voice, claim = _voice(qi.start, qi.end, "speech" if INSIDE_SPEECH in qi.cues else None, reported)
        why = qi.why
        if voice == "reported":
            why += f"; inside reported speech attributed to {claim['attributed_to']}: the distancing is reported as theirs, not the outlet's own"
        strong = any(c.startswith("'") for c in qi.cues)  # a distancing word such as so-called
        by_model = any(c.startswith("model:") for c in qi.cues)
        score = round(qi.score, 2) if qi.score is not None else 0.85 if strong else 0.6
        analysis.add_span(
            "framing",
            "scare_quote",
            qi.start,
            qi.end,
            f"{src}:scare-quote-{'model' if by_model else 'rules'}",
            {
                "term": qi.term,
                "cues": qi.cues,
                "quote_marks": qi.quote.kind,
                "voice": voice,
                **claim,
                "why": why,
            },
            score=score,
        )
        counts["scare_quote"] += 1

    quote_starts = [qi.start for qi in quotes]
    denials = _denials(doc, analysis, cues()["denial_verbs"])
    speakers_at = {
        speaker_span.start: rec["speaker"]
        for rec in analysis.records.get("claims", [])
        if rec.get("speaker") and (speaker_span := analysis.span(rec.get("source") or "")) is not None
    }
    for d in distancing.find(text, doc):
        attrs = {
            "cue": d.cue,
            "kind": d.kind,
            "strength": d.strength,
            "why": d.why,
            **_distancing_voice(d, quotes, quote_starts, [r for r in reported if not _outside_denial(doc, denials.get(r[2]), d)]),
        }
        if attrs["voice"] == "outlet" and d.namer:
            # 'The Mejlis called the detentions "a new wave of repression"': the naming is the subject's, which the outlet
            # reports (audit 19 F6); 'what X calls' stays the outlet's own distancing. 'He called …': the speaker the claim
            # layer gives a source at the same place
            attrs.update(voice="reported", attributed_to=speakers_at.get(d.namer_at) or d.namer, named_by=d.namer)
        if d.scope_start is not None and d.scope_end is not None:
            attrs.update(scope_start=d.scope_start, scope_end=d.scope_end, scope_text=text[d.scope_start : d.scope_end])
            attrs["why"] += f": {text[d.scope_start : d.scope_end]!r}"
        if attrs.get("named_by"):
            attrs["why"] += f"; the name is {attrs['attributed_to']}'s, which the outlet reports, not the outlet's own"
        elif attrs["voice"] == "reported":
            attrs["why"] += (
                f"; inside reported speech attributed to {attrs['attributed_to']}: the distancing is reported as theirs, not the outlet's own"
            )
        elif attrs["voice"] == "quoted" and "attributed_to" in attrs:
            attrs["why"] += f"; quoted from {attrs['attributed_to']}"
        analysis.add_span(
            "framing",
            "distancing",
            d.start,
            d.end,
            f"{src}:distancing-{d.kind}",
            attrs,
            score=0.8 if d.strength == "distancing" else 0.5,
        )
        counts["distancing"] += 1

    meta = [(s.start, s.end, s.label) for s in analysis.spans_of("meta") if s.label in ("outlet", "dateline")]
    cue_starts = _cue_starts(analysis)
    cue = cues()
    own_voice = 0
    places = {s.start: s.attrs for s in analysis.spans_of("place")}  # 'community of <a settlement>'
    published = analysis.article.published
    for m in default_lexicon().match(doc, places, published.year if published else None):
        e = m.entry
        if any(a <= m.start and m.end <= b for a, b, _ in meta):
            continue  # the outlet's name or the dateline ('(Sahrawi Liberation Review)')
        if e.category == "legitimising" and not e.coined_name and in_name(doc, m.start, m.end, cue["name_heads"]):
            # a group's own name ('Sahrawi People's Liberation Army'); only for the words groups give
            # themselves: a pejorative coined name ('the Moroccan Occupation Army') is still a choice
            continue
        holder = _in_quote(m.start, m.end, quotes, quote_starts)
        where = holder.label if holder is not None else None
        voice, claim = _voice(m.start, m.end, where, [r for r in reported if not _names_the_source(doc, cue_starts.get(r[2]), m)])
        how = ""
        if voice in ("outlet", "reported", "quoted") and (ds := designated_by(doc, m.start, m.end, cue["designating_verbs"])):
            # a legal status someone gave ('Hizb ut-Tahrir is banned as a terrorist organisation in Russia', 'the
            # Mejlis, which Russia banned as "extremist"'): the designator's word, or mentioned where none is named
            if ds.speaker:
                voice, claim = "reported", {"attributed_to": ds.speaker}
            elif voice != "reported":  # in a speaker's reported words the status is theirs to state ('Kravtsov said … banned as')
                voice, claim = "mentioned", {}
            claim = {**claim, "characterised_by": ds.verb}
            how = " … as"
        elif (
            voice == "reported" and "claim" in claim and _named_one(doc, analysis, claim["claim"], m, cue["characterising_verbs"])
        ):
            # who is characterised, not what they are called ('Jakarta has described the freedom fighters as "KKB"'):
            # the outlet's own word for them, whoever's characterisation the claim is
            voice, claim = "outlet", {}
        elif voice in ("outlet", "reported") and (
            cl := claimed_by(doc, m.start, m.end, cue["speech_nouns_with_speaker"], cue["claim_nouns_unowned"])
        ):
            # the content of someone's claim ('the council said, rejecting Beijing's claim that the boat was fishing
            # illegally'): the owner's words, whoever cites them; of a claim nobody owns ('rejected the claim
            # that …'): mentioned, neither the outlet's nor the rejecter's
            voice, claim = ("reported", {"attributed_to": cl.speaker}) if cl.speaker else ("mentioned", {})
            claim["characterised_by"] = cl.verb
            how = " … that"
        elif voice == "outlet" and (
            ch := characterised_by(doc, m.start, m.end, cue["characterising_verbs"])
            or accused_by(doc, m.start, m.end, cue["accusing_verbs"])
        ):
            voice, claim = "reported", {"attributed_to": ch.speaker, "characterised_by": ch.verb}
            how = f" … {ch.how}" if ch.how else " …"
        elif (
            voice == "quoted"
            and holder is not None
            and (
                ch := characterised_by(doc, holder.start, holder.end, cue["characterising_verbs"])
                or characterised_by(doc, *holder.quote.inner, cue["characterising_verbs"])
            )
        ):
            # the quotation is itself the characterisation someone gave ('Palestinian media described the dead as "martyrs"';
            # its words alone when the parse hangs the opening mark elsewhere: 'Pakistan calls the BLA "Fitna al-Hindustan"')
            claim = {"attributed_to": ch.speaker, "characterised_by": ch.verb}
            how = f" … {ch.how}" if ch.how else " …"
        elif (
            voice == "reported"
            and "claim" in claim
            and (ch := characterised_by(doc, m.start, m.end, cue["characterising_verbs"]))
            and ch.verb_start == cue_starts.get(claim["claim"])
        ):
            # the claim layer reads the characterising verb itself as the claim's cue ('Officials in Yaoundé describe the
            # fighters as terrorists': content 'the fighters as terrorists'): the speaker's characterisation, said so
            # (the span keeps its claim's id: 'claim' links it to the claim record, as before dedf933)
            claim = {**claim, "attributed_to": claim.get("attributed_to") or ch.speaker, "characterised_by": ch.verb}
            how = f" … {ch.how}" if ch.how else " …"
            if _negated_verb(doc, ch.verb_start, ch.verb_end):
                # 'The UN has not called the killings a genocide': nobody gave that name; mentioned, as a negated designation
                voice, claim = "mentioned", {"characterised_by": ch.verb}
        elif (
            voice == "reported"
            and "claim" in claim
            and (ch := characterised_by(doc, m.start, m.end, cue["characterising_verbs"]))
            and _coordinated_with_cue(doc, ch.verb_start, cue_starts.get(claim["claim"]))
        ):
            # a clause of its own joined to the reporting verb ('Somaliland calls them "militias"; SSC-Khaatumo
            # leaders describe the troops as an occupation force'): the characteriser's word, not the claim speaker's
            voice, claim = "reported", {"attributed_to": ch.speaker, "characterised_by": ch.verb}
            how = f" … {ch.how}" if ch.how else " …"
        elif (
            voice == "reported"
            and "claim" in claim
            and (ch := characterised_by(doc, m.start, m.end, cue["characterising_verbs"]))
            and _inside_claim(ch.verb_start, m.start, m.end, reported)
        ):
            # a characterisation inside the reported claim: the speaker cites someone's word ('Tigrayan leaders
            # say … were expelled in what the United States has described as ethnic cleansing')
            claim = {**claim, "characterised_by": ch.verb, "characteriser": ch.speaker}
            how = f" … {ch.how}" if ch.how else " …"
        elif voice == "reported" and (verb := _denied_by(doc, analysis, claim["claim"], m, cue["denial_verbs"])):
            # what a speaker denies is not its word ('India denies supporting Baloch militants'): mentioned
            voice, claim = "mentioned", {"characterised_by": verb}
        elif where == NAME and (voice == "outlet" or (voice == "reported" and _disowned(text, holder, cue))):
            # a term or name in quotation marks: mentioned, not used ('Georgian officials use the term "occupation line"');
            # in reported speech, one the speaker disowns: 'the so-called "enforced disappearances" campaign' is not the
            # spokesman's charge, '… under the label "Fitna al-Hindustan", a term rejected by Baloch nationalists' not
            # the nationalists' word ('in what it called a "clearance operation"' stays the military's)
            by = mentioned_by(doc, holder.start, holder.end, cue["term_verbs"])
            voice, claim = ("reported", {"attributed_to": by.speaker, "mentioned_by": by.verb}) if by else ("mentioned", {})
        what = "a label for an actor" if e.kind == "label" else "loaded language"
        why = f"'{e.term}' is {what} ({e.category.replace('_', ' ')}, {e.source} lexicon"
        why += f"; {m.used_by})" if m.used_by else ")"
        if voice == "quoted" and "characterised_by" in claim:
            why += f"; used inside quoted speech, {_possessive(claim['attributed_to'])} characterisation ('{_past(claim['characterised_by'])}{how}')"
        elif voice == "quoted":
            why += "; used inside quoted speech"
        elif voice == "scare_quoted":
            why += "; put in scare quotes by the writer"
        elif voice == "reported" and "mentioned_by" in claim:
            why += f"; a term in quotation marks attributed to {claim['attributed_to']} ('{claim['mentioned_by']} … \"…\"'), mentioned, not the outlet's own word"
        elif voice == "mentioned" and claim.get("characterised_by") in cue["denial_verbs"]:
            why += f"; inside what a speaker denies ('{claim['characterised_by']}'), mentioned, not the denier's own word"
        elif voice == "mentioned" and "characterised_by" in claim:
            why += f"; inside the 'that' clause of a {claim['characterised_by']} nobody is named for, mentioned, not the outlet's own word"
        elif voice == "mentioned":
            why += "; mentioned in quotation marks as a name or term, not used as the outlet's own word"
        elif voice == "reported" and "characteriser" in claim:
            why += (
                f"; inside reported speech attributed to {claim['attributed_to']}, citing "
                f"{_possessive(claim['characteriser'])} characterisation ('{_past(claim['characterised_by'])}{how}')"
            )
        elif voice == "reported" and "characterised_by" in claim:
            why += (
                f"; {_possessive(claim['attributed_to'])} characterisation ('{_past(claim['characterised_by'])}{how}'), "
                "reported, not the outlet's own word"
            )
        elif voice == "reported":
            why += f"; inside reported speech attributed to {claim['attributed_to']}"
        own_voice += voice == "outlet"
        attrs = {"entry": e.term, "category": e.category, "lexicon": e.source, "in_quote": where, "voice": voice, **claim}
        if m.used_by:
            attrs["used_by"] = m.used_by  # the lexicon's note on whose word it is (one side's), not this text's speaker
        attrs["why"] = why
        score = 0.75 if e.source == "seed" else 0.55 if e.source == "ptc" else 0.45
        analysis.add_span("framing", e.kind, m.start, m.end, f"{src}:lexicon-{e.source}", attrs, score=score)
        counts[e.kind] += 1
    for start, end, why in _first_person_sides(doc, cue, quotes, quote_starts):
        attrs = {"entry": "our …", "category": "legitimising", "lexicon": "rule", "in_quote": None, "voice": "outlet", "why": why}
        analysis.add_span("framing", "label", start, end, f"{src}:first-person-side", attrs, score=0.6)
        counts["label"] += 1
        own_voice += 1

    classes = {"speech": 0, "name_or_title": 0, "scare": 0}
    for qi in quotes:
        classes[qi.label] += 1
    # labels and loaded words in the outlet's own voice (not inside quoted or reported speech);
    # without the claim layer, reported speech is not known and counts as the outlet's
    analysis.summary["framing"] = {**counts, "own_voice_labels_loaded": own_voice, "quotations": classes}


def _first_person_sides(doc, cue: dict, quotes: list, starts: list[int]) -> list[tuple[int, int, str]]:
    """'our' owning one side's forces or allies outside quoted speech ('supported by our Rwandan allies, …, the
    ministry said'): indirect speech is told in the reporter's person (the ministry's own words would be 'its
    allies'), so the 'our' is the outlet's, writing as that side. Not in a quotation, where it is the speaker's; not a
    lexicon word (no loaded term; the lexicon's eval would count op-eds' 'our allies')."""
    from spacy.attrs import LOWER

    from newsprism.framing.quote_class import SPEECH

    out = []
    owners = {doc.vocab.strings[w] for w in cue["first_person_owners"]}
    # the owners' positions from the lowercase array: a Token made for every word of the document is what costs
    for i in [i for i, h in enumerate(doc.to_array([LOWER]).tolist()) if h in owners]:
        tok = doc[i]
        if tok.dep_ != "poss":
            continue
        head = tok.head
        if head.lemma_.lower() not in cue["first_person_heads"]:
            continue
        start, end = tok.idx, head.idx + len(head.text)
        holder = _in_quote(start, end, quotes, starts)
        if holder is not None and holder.label == SPEECH:
            continue  # '"The FDS and our Rwandan allies are present …," he said': the speaker's own side
        why = (
            f"'{doc.text[start:end]}': the outlet's own 'our' for one side's {head.lemma_.lower()}s — "
            "it writes as that side, not as an observer"
        )
        out.append((start, end, why))
    return out


def _token_starting_at(doc, start: int | None):
    """The token that begins at character ``start``, or None (a walk over the whole document here, once per lexicon
    match and reported region, had made the layer 4 × slower)."""
    tok = token_at(doc, start) if start is not None else None
    return tok if tok is not None and tok.idx == start else None


def _names_the_source(doc, cue_start: int | None, m) -> bool:
    """The match is in the list of sources a prepositional attribution cue ends its sentence with ('…, according
    to the government, the militants and aid agencies'): the outlet's word for who says it, not what is said. Read
    from the words, not the parse (which may hang the list on the sentence's verb): no verb from the cue to the
    sentence's end."""
    cue = _token_starting_at(doc, cue_start)
    if cue is None or cue.dep_ != "prep" or m.start <= cue.idx:  # 'according' is tagged a verb but hangs as a preposition
        return False
    rest = doc[cue.i + 1 : cue.sent.end]
    if all(t.is_punct or t.is_space for t in doc[cue.sent.start : cue.i]):
        return m.start < _fronted_sources_end(rest)
    # a relative clause on the sources ('…, whose accounts differ sharply') is about them, not a new statement
    cut = next((t.i for t in rest if t.lower_ in ("who", "whose", "which") and doc[t.i - 1].text == ","), rest.end)
    rest = doc[rest.start : cut]
    return m.start < rest.end_char and not any(t.pos_ in ("VERB", "AUX") for t in rest)


def _fronted_sources_end(rest) -> int:
    """Where the list of sources after a sentence-opening cue ends: its first comma-set part, and the verbless parts
    after it up to one that joins the list with 'and'/'or' ('According to the army, the militants and aid agencies,
    the fighting … killed twelve'); 'According to the army, the terrorists killed …' names one source (eighteenth-
    session review)."""
    parts, start = [], rest.start
    for t in rest:
        if t.text == ",":
            parts.append(rest.doc[start : t.i])
            start = t.i + 1
    end = parts[0].end_char if parts else rest.start_char
    for part in parts[1:]:
        if any(t.pos_ in ("VERB", "AUX") for t in part):
            break
        if any(t.lower_ in ("and", "or") for t in part):
            end = part.end_char
            break
    return end


def _denials(doc, analysis: Analysis, verbs: frozenset[str]) -> dict[str, object]:
    """The denial verb (a token) of each claim whose cue is one ('…, a claim Yerevan rejected'), by claim id."""
    out = {}
    for rec in analysis.records.get("claims", []):
        cue = analysis.span(rec.get("cue") or "")
        tok = _token_starting_at(doc, cue.start) if cue is not None else None
        if tok is not None and tok.lemma_.lower() in verbs:
            out[rec["id"]] = tok
    return out


def _outside_denial(doc, verb, d) -> bool:
    """A distancing cue the denial verb does not govern, in what its claim holds ('X allegedly shelled …, according
    to Baku, a claim Yerevan rejected'): the rejected account's words, not the rejecter's. One it governs is the
    denier's own ('The ministry rejected the so-called "administrative area"')."""
    if verb is None:
        return False
    return not any(t.idx <= d.start < t.idx + len(t.text) for t in verb.subtree)


def _distancing_voice(d, quotes: list, starts: list[int], reported: list[tuple[int, int, str, str]]) -> dict:
    """Whose distancing a cue is, as for a scare quote: inside quoted speech the speaker's ('to "restrain the
    communities they claim to speak for"', a diplomat said: ``quoted``, with the claim's speaker where the claim
    layer found one), inside a reported claim's content that speaker's (``reported``; not a denial's claim whose
    verb does not govern the cue), else the outlet's."""
    from newsprism.framing.quote_class import SPEECH

    holder = _in_quote(d.start, d.end, quotes, starts)
    voice, claim = _voice(d.start, d.end, "speech" if holder is not None and holder.label == SPEECH else None, reported)
    if voice == "quoted":
        _, claim = _voice(d.start, d.end, None, reported)
        claim = {k: v for k, v in claim.items() if k in ("claim", "attributed_to")}
    return {"voice": voice, **claim}


def _denied_by(doc, analysis: Analysis, claim_id: str, m, verbs: frozenset[str]) -> str | None:
    """The denial verb of the claim that holds match ``m``, when the match sits in the clause it denies ('India denies
    supporting Baloch militants', 'denies that … are occupation troops': 'deny'); not in that clause's subject ('the
    ISPR denied that the terrorists had …') nor in a noun it rejects or an 'as' phrase ('rejected the occupation's
    version', 'dismissed the claim as a fantasy': the denier's own words)."""
    rec = next((r for r in analysis.records.get("claims", []) if r["id"] == claim_id), None)
    cue_span = analysis.span(rec.get("cue") or "") if rec else None
    verb = _token_starting_at(doc, cue_span.start) if cue_span is not None else None
    tok = token_at(doc, m.end - 1) if m.end > 0 else None  # the token that holds the match's last character
    if tok is not None and not tok.idx < m.end <= tok.idx + len(tok.text):
        tok = None
    if verb is None or tok is None or verb.lemma_.lower() not in verbs:
        return None
    while tok.head.i != tok.i and tok.head.i != verb.i:
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return None  # the subject of what is denied: the denier's word for it
        tok = tok.head
    return verb.lemma_.lower() if tok.head.i == verb.i and tok.dep_ in ("ccomp", "xcomp") else None


def _named_one(doc, analysis: Analysis, claim_id: str, m, verbs: frozenset[str]) -> bool:
    """The match is the object of the characterising verb that is its claim's own cue, and that verb gives an 'as'
    phrase or a second object ('Jakarta has described [the freedom fighters] as "KKB"', 'Moscow calls [the rebels]
    terrorists'): the words for who is characterised are the outlet's, not the characteriser's."""
    rec = next((r for r in analysis.records.get("claims", []) if r["id"] == claim_id), None)
    cue_span = analysis.span(rec.get("cue") or "") if rec else None
    verb = _token_starting_at(doc, cue_span.start) if cue_span is not None else None
    tok = token_at(doc, m.end - 1) if m.end > 0 else None
    if verb is None or tok is None or verb.lemma_.lower() not in verbs:
        return False
    while tok.dep_ in ("compound", "amod") and tok.head.i != tok.i and tok.head.i < verb.i + 40:
        tok = tok.head  # 'the freedom [fighters]'
    if tok.dep_ != "dobj" or tok.head.i != verb.i:
        return False
    kids = [*verb.children, *(c for c in tok.children if c.lower_ == "as")]  # 'described [the separatists] as terrorists'
    return any((c.lower_ == "as" and c.dep_ == "prep") or c.dep_ == "oprd" or (c.dep_ == "dobj" and c.i > tok.i) for c in kids)


def _disowned(text: str, holder, cue: dict) -> bool:
    """A quotation held at a distance where it stands: after 'so-called' (or another scare_before cue) or before an
    apposition that comments on it as a term (', a term rejected by …')."""
    before = " ".join(text[max(0, holder.start - 20) : holder.start].lower().split())
    if any(before.endswith(c) for c in cue["scare_before"]):
        return True
    after = re.match(r"[\s,]*(?:a|an|the)\s+([a-z]+)\b", text[holder.end : holder.end + 40])
    return (
        after is not None
        and text[holder.end : holder.end + 3].lstrip().startswith(",")
        and after.group(1) in cue["name_apposition"]
    )


def _cue_starts(analysis: Analysis) -> dict[str, int]:
    """Where each reported claim's cue (its reporting verb) starts, by claim id."""
    out = {}
    for rec in analysis.records.get("claims", []):
        span = analysis.span(rec.get("cue") or "")
        if span is not None:
            out[rec["id"]] = span.start
    return out


def _coordinated_with_cue(doc, verb_start: int, cue_start: int | None) -> bool:
    """The characterising verb at ``verb_start`` is a clause of its own beside the claim's reporting verb,
    not part of what that verb reports: it hangs on the cue with a subject of its own, joined by 'and'
    (``conj``) or after a semicolon (the parser may give 'calls them "militias"; leaders describe …' as
    a ``ccomp``)."""
    if cue_start is None:
        return False
    span = doc.char_span(verb_start, verb_start + 1, alignment_mode="expand")
    if span is None:
        return False
    verb = span[0]
    if verb.dep_ == "amod" and verb.head.dep_ == "conj" and verb.head.head.idx == cue_start:
        # 'which Moscow calls peacekeepers and Chisinau calls occupation forces': the second 'calls' read as a
        # modifier of its name, the name as the cue's second object
        return any(c.dep_ == "nsubj" for c in verb.children)
    if verb.head.idx != cue_start or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    if verb.dep_ == "conj":
        return True
    between = doc[verb.head.i + 1 : verb.left_edge.i]
    return verb.dep_ in ("ccomp", "parataxis") and verb.head.i < verb.left_edge.i and any(t.text == ";" for t in between)


def _inside_claim(at: int, start: int, end: int, reported: list[tuple[int, int, str, str]]) -> bool:
    """The offset ``at`` lies inside the innermost reported claim content that holds ``start``–``end``."""
    holders = [r for r in reported if r[0] <= start and end <= r[1]]
    if not holders:
        return False
    lo, hi, _claim, _speaker = min(holders, key=lambda r: r[1] - r[0])
    return lo <= at < hi


def _possessive(name: str) -> str:
    """ "Pakistan's", "Witnesses'" (a plural in -s takes the apostrophe alone)."""
    return name + "'" if name.endswith("s") and not name.endswith("ss") else name + "'s"


_PAST = {
    "describe": "described",
    "decry": "decried",
    "portray": "portrayed",
    "label": "labelled",
    "brand": "branded",
    "dub": "dubbed",
}


def _past(lemma: str) -> str:
    """ "dismissed", "rejected", "described" for the why (regular forms; a few by hand)."""
    if lemma in _PAST:
        return _PAST[lemma]
    return lemma + "d" if lemma.endswith("e") else lemma + "ed"


def _negated_verb(doc: Doc, start: int, end: int) -> bool:
    """The verb at these offsets has a negation ('has not called', 'never described'): its subject gave no name."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(c.dep_ == "neg" for t in span for c in t.children)


LAYER = Layer(
    name="framing",
    version="1.0",
    run=run,
    description="scare quotes, distancing cues (allegedly, so-called …), actor labels and loaded language",
    # claim: to tell labels in reported speech from the outlet's own; meta: no label inside the outlet's name;
    # place: 'the community of <an Israeli settlement>'
    optional_after=("claim", "meta", "place"),
)
