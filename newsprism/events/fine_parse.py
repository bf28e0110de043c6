"""Parse-derived features of the fine-grained (CASE-2021) event-type model.

Two blocks computed from a spaCy parse (the article's own parse in the event layer, so no
extra parsing), both from lexicons in ``data/events/case_cues.json`` written from the ACLED
codebook distinctions that plain n-grams and cue counts blur:

- **syntactic pairs**: ``head>dep>dependent`` and ``dep>dependent`` for subjects, passive
  subjects, direct objects, passive agents (``by``) and the objects of ``from/on/at/against``,
  lemmas lower-cased, places/people/dates/numbers masked; a dependent that is an actor
  (``actor_class``: non-state group, police, state forces, protesters, civilians) is
  replaced by its class, so "rebels captured", "Taliban militants seized" and "al-Shabab
  fighters overran" share ``capture>nsubj>A_NSA``-like features;
- **definition rules**: a few binary features that combine them the way the ACLED types
  differ: a protest with intervention but no lethal force (protest with intervention) vs
  with lethal force (excessive force), protest with violence by protesters (violent
  demonstration), a territory-taking verb whose subject is a state or a non-state actor
  (government regains vs non-state actor overtakes territory), and so on.

Tokens are spaCy tokens (a ``Doc`` or a sentence ``Span``); nothing here is fitted.
"""

from __future__ import annotations

from functools import cache

from newsprism.resources import load_json

SYN_MASKED = frozenset({"GPE", "PERSON", "LOC", "DATE", "CARDINAL", "TIME", "FAC"})
SYN_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj")
SYN_PREPS = frozenset({"from", "on", "at", "against"})
ACTOR_POS = frozenset({"NOUN", "PROPN", "PRON"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})

RULES = (
    "prot",
    "prot_inter_nolethal",
    "prot_inter_lethal",
    "prot_lethal",
    "prot_pviol",
    "prot_plain",
    "prot_subj_viol",
    "prot_obj_inter",
    "prot_obj_lethal",
    "auth_subj_inter",
    "auth_subj_lethal",
    "take_control",
    *(f"take_{how}_{a}" for how in ("by", "from") for a in ("A_NSA", "A_POLICE", "A_STATE", "A_PROT", "A_CIV")),
)


@cache
def _lexicons() -> tuple[tuple[tuple[str, frozenset[str]], ...], dict[str, frozenset[str]]]:
    data = load_json("events", "case_cues.json")
    actors = tuple((a, frozenset(data["actors"][a])) for a in data["actor_order"])
    rules = {k: frozenset(v) for k, v in data["rule_lemmas"].items()}
    rules["collective_heads"] = frozenset(data["collective_heads"])
    return actors, rules


def _lemma(t) -> str:
    return t.lemma_.lower()


def _masked(t) -> str:
    return f"ent_{t.ent_type_.lower()}" if t.ent_type_ in SYN_MASKED else t.lemma_.lower().replace(" ", "_")


def _negated_modifier(c) -> bool:
    """An ``anti-``/``pro-`` modifier ("anti - government protesters": spaCy splits the hyphen)."""
    doc = c.doc
    return c.i >= 2 and doc[c.i - 1].text == "-" and doc[c.i - 2].lower_ in ("anti", "pro")


def actor_class(t, memo: dict[int, str | None] | None = None) -> str | None:
    """Actor class of a noun: a collective head ("a group of protesters", "hundreds of
    students") takes its ``of`` object's class; else the noun's own lemma, else a
    compound/adjective/possessive modifier in a lexicon ("Taliban militants": the head wins,
    so "opposition supporters" and "anti-government protesters" are protesters). ``memo``
    (token index -> class) keeps the answers for one document's tokens (``lemma_text``)."""
    if memo is None:
        return _actor_class(t, None)
    if t.i not in memo:
        memo[t.i] = _actor_class(t, memo)
    return memo[t.i]


def _actor_class(t, memo: dict[int, str | None] | None) -> str | None:
    actors, rules = _lexicons()
    lemma = _lemma(t)
    if lemma in rules["collective_heads"]:
        for c in t.children:
            if c.dep_ == "prep" and _lemma(c) == "of":
                for p in c.children:
                    if p.dep_ == "pobj" and (a := actor_class(p, memo)):
                        return a
    for name, words_of in actors:
        if lemma in words_of:
            return name
    words: set[str] = set()
    mods = [c for c in t.children if c.dep_ in MODIFIER_DEPS and not _negated_modifier(c)]
    for w in [lemma] + [_lemma(c) for c in mods]:
        words.update(w.replace("-", " ").split())
    for name, lex in actors:
        if words & lex:
            return name
        if name == "A_STATE" and _lemma(t) in ("force", "forces"):  # bare "forces": state (before protesters)
            return name
    return None


def syntactic_pairs(tokens, memo: dict[int, str | None] | None = None) -> list[str]:
    """``head>dep>dependent`` and ``dep>dependent`` features (actors replaced by their class)."""
    out: list[str] = []
    for t in tokens:
        dep = t.dep_
        if dep not in SYN_DEPS:  # speed: the dependency label before the head token
            continue
        h = t.head
        if h.i == t.i:
            continue
        hv = h
        if dep == "pobj":
            if h.dep_ == "agent" or _lemma(h) == "by":
                dep, hv = "agent", h.head
            elif _lemma(h) in SYN_PREPS:
                dep, hv = _lemma(h), h.head
            else:
                continue
        a = actor_class(t, memo) if t.pos_ in ACTOR_POS else None
        arg = a or _masked(t)
        out.append(f"{_masked(hv)}>{dep}>{arg}")
        out.append(f"{dep}>{arg}")
    return out


def _condemned(t, lex) -> bool:
    """A word that is what a protest is against ("protest against police violence", "to decry
    the arrests and violence": a conjunct climbs to its first conjunct)."""
    h = t.head
    while t.dep_ == "conj" and h.i != t.i:
        t, h = h, h.head
    against = lex["condemned_by"]
    return _lemma(h) in against or (h.dep_ == "prep" and _lemma(h.head) in against)


def _violence(t, lex) -> bool:
    """A violence word of protesters: not what a protest is against, "set" only with fire
    ("set fire to", not "is set to meet"); an adjective of the protest word ("violent
    protests") always counts."""
    lemma = _lemma(t)
    if lemma not in lex["protester_violence"]:
        return False
    if lemma == "set" and not any(_lemma(w) in lex["set_with"] for w in t.subtree):
        return False
    if t.dep_ == "amod" and _lemma(t.head) in lex["protest"]:
        return True
    if t.dep_ == "amod" and _lemma(t.head) in lex["intervene"]:  # "the violent dispersal of the sit-in"
        return False
    return not _condemned(t, lex)


def _not_territory(t, lex, memo: dict[int, str | None] | None = None) -> bool:
    """A taking verb whose direct object is a person, an actor or a thing, not ground ("captured
    a senior commander", "seized weapons")."""
    for c in t.children:
        if c.dep_ == "dobj":
            return c.ent_type_ in ("PERSON", "NORP") or _lemma(c) in lex["not_territory"] or actor_class(c, memo) is not None
    return False


def _argument(t, memo: dict[int, str | None] | None = None) -> str:
    return actor_class(t, memo) or _masked(t)


def main_event(tokens, memo: dict[int, str | None] | None = None) -> list[str]:
    """Binary features of the main event of the first sentence of ``tokens``: its verb (the
    sentence root, or the root's clausal complement when the root is a reporting verb:
    "officials said rebels seized the town" -> ``seize``), and the subject, passive subject,
    direct object and passive agent of that verb (actor class, else the masked lemma), alone
    and paired with the verb: ``mv=seize``, ``nsubj=A_NSA``, ``mv_nsubj=seize:A_NSA``, …"""
    _, lex = _lexicons()
    root = _first_root(tokens)
    if root is None:
        return []
    if _lemma(root) in lex["reporting"]:
        comp = [c for c in root.children if c.dep_ in ("ccomp", "xcomp")]
        if comp:
            root = comp[0]
    verb = _lemma(root)
    out = [f"mv={verb}"]
    for c in root.children:
        if c.dep_ in ("nsubj", "nsubjpass", "dobj"):
            a = _argument(c, memo)
            out += [f"{c.dep_}={a}", f"mv_{c.dep_}={verb}:{a}"]
        elif c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    a = _argument(p, memo)
                    out += [f"agent={a}", f"mv_agent={verb}:{a}"]
    return [f.replace(" ", "_").replace("\t", "_") for f in out]


def _first_root(tokens):
    """Root of the first sentence of ``tokens`` (a ``Doc`` or a ``Span``); without sentence
    boundaries, the first token that is its own head."""
    first = next(iter(tokens), None)
    if first is None:
        return None
    try:
        return first.sent.root
    except ValueError:
        return next((t for t in tokens if t.head.i == t.i), None)


def rule_features(tokens, memo: dict[int, str | None] | None = None) -> list[str]:
    """Names (from ``RULES``) of the definition rules that fire on ``tokens``."""
    _, lex = _lexicons()
    toks = list(tokens)
    lemmas = [t.lemma_.lower() for t in toks]  # speed: each token's lemma read once
    f: set[str] = set()
    protest = lex["protest"]
    if any(toks[k].ent_type_ not in ("DATE", "TIME") for k, lemma in enumerate(lemmas) if lemma in protest):  # not "16 March"
        inter, lethal = (any(_lemma(t) in lex[k] and not _condemned(t, lex) for t in toks) for k in ("intervene", "lethal"))
        pviol = any(_violence(t, lex) for t in toks)
        f.add("prot")
        if inter:
            f.add("prot_inter_lethal" if lethal else "prot_inter_nolethal")
        if lethal:
            f.add("prot_lethal")
        if pviol:
            f.add("prot_pviol")
        if not (inter or lethal or pviol):
            f.add("prot_plain")
    take = lex["take"]
    for t, lemma in zip(toks, lemmas, strict=True):
        if lemma not in take or _not_territory(t, lex, memo):
            continue
        for c in t.children:
            if c.dep_ == "nsubj":
                if a := actor_class(c, memo):
                    f.add(f"take_by_{a}")
            elif c.dep_ == "agent":
                for p in c.children:
                    if p.dep_ == "pobj" and (a := actor_class(p, memo)):
                        f.add(f"take_by_{a}")
            elif c.dep_ == "prep" and _lemma(c) == "from":
                for p in c.children:
                    if p.dep_ == "pobj" and (a := actor_class(p, memo)):
                        f.add(f"take_from_{a}")
            elif c.dep_ == "dobj" and _lemma(c) == "control":
                f.add("take_control")
    violent = lex["protester_violence"] | lex["protester_disruption"]
    for t, lemma in zip(toks, lemmas, strict=True):
        dep = t.dep_
        if dep == "nsubj" and lemma == "rioter":
            f.add("prot_subj_viol")
        if dep not in ("nsubj", "dobj", "pobj", "nsubjpass") or t.head.i == t.i:
            continue
        a = actor_class(t, memo)
        if not a:
            continue
        h = t.head
        hl = _lemma(h.head) if t.dep_ == "pobj" and h.dep_ == "prep" else _lemma(h)
        if a == "A_PROT":
            if t.dep_ == "nsubj" and (hl in violent or any(_lemma(c) in violent for c in h.children if c.dep_ == "conj")):
                f.add("prot_subj_viol")  # "protesters blocked roads", "... marched and torched cars"
            if t.dep_ != "nsubj" and hl in lex["intervene"]:
                f.add("prot_obj_inter")
            if t.dep_ != "nsubj" and hl in lex["lethal"]:
                f.add("prot_obj_lethal")
        elif a in ("A_POLICE", "A_STATE") and t.dep_ == "nsubj":
            if hl in lex["intervene"]:
                f.add("auth_subj_inter")
            if hl in lex["lethal"]:
                f.add("auth_subj_lethal")
    return sorted(f)
