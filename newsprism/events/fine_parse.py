"""Parse-derived features of the fine-grained (CASE-2021) event-type model.

Two blocks computed from a spaCy parse (the article's own parse in the event layer, so no
extra parsing), both from lexicons in ``data/events/case_cues.json`` written from the ACLED
codebook distinctions that plain n-grams and cue counts blur:

- **syntactic pairs**: ``head>dep>dependent`` and ``dep>dependent`` for subjects, passive
  subjects, direct objects, passive agents (``by``) and the objects of ``from/on/at/against``,
  lemmas lower-cased, places/people/dates/numbers masked; a dependent that is an actor
  (``actor_class``: non-state group, police, state forces, protesters) is replaced by its
  class, so "rebels captured", "Taliban militants seized" and "al-Shabab fighters overran"
  share ``capture>nsubj>A_NSA``-like features;
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
    *(f"take_{how}_{a}" for how in ("by", "from") for a in ("A_NSA", "A_POLICE", "A_STATE", "A_PROT")),
)


@cache
def _lexicons() -> tuple[tuple[tuple[str, frozenset[str]], ...], dict[str, frozenset[str]]]:
    data = load_json("events", "case_cues.json")
    actors = tuple((a, frozenset(data["actors"][a])) for a in data["actor_order"])
    rules = {k: frozenset(v) for k, v in data["rule_lemmas"].items()}
    return actors, rules


def _lemma(t) -> str:
    return t.lemma_.lower()


def _masked(t) -> str:
    return f"ent_{t.ent_type_.lower()}" if t.ent_type_ in SYN_MASKED else t.lemma_.lower().replace(" ", "_")


def actor_class(t) -> str | None:
    """Actor class of a noun (its lemma or a compound/adjective/possessive modifier in a lexicon)."""
    words: set[str] = set()
    for w in [_lemma(t)] + [_lemma(c) for c in t.children if c.dep_ in MODIFIER_DEPS]:
        words.update(w.replace("-", " ").split())
    actors, _ = _lexicons()
    for name, lex in actors:
        if words & lex:
            return name
        if name == "A_STATE" and _lemma(t) in ("force", "forces"):  # bare "forces": state (before protesters)
            return name
    return None


def syntactic_pairs(tokens) -> list[str]:
    """``head>dep>dependent`` and ``dep>dependent`` features (actors replaced by their class)."""
    out: list[str] = []
    for t in tokens:
        h = t.head
        if h.i == t.i or t.dep_ not in SYN_DEPS:
            continue
        dep = t.dep_
        hv = h
        if dep == "pobj":
            if h.dep_ == "agent" or _lemma(h) == "by":
                dep, hv = "agent", h.head
            elif _lemma(h) in SYN_PREPS:
                dep, hv = _lemma(h), h.head
            else:
                continue
        a = actor_class(t) if t.pos_ in ACTOR_POS else None
        arg = a or _masked(t)
        out.append(f"{_masked(hv)}>{dep}>{arg}")
        out.append(f"{dep}>{arg}")
    return out


def _violence(t, lex) -> bool:
    """A violence word that is not what a protest is against ("protest against police violence")."""
    if _lemma(t) not in lex["protester_violence"]:
        return False
    h = t.head
    against = lex["condemned_by"]
    return _lemma(h) not in against and not (h.dep_ == "prep" and _lemma(h.head) in against)


def rule_features(tokens) -> list[str]:
    """Names (from ``RULES``) of the definition rules that fire on ``tokens``."""
    _, lex = _lexicons()
    toks = list(tokens)
    lemmas = {_lemma(t) for t in toks}
    f: set[str] = set()
    if lemmas & lex["protest"]:
        inter, lethal = (bool(lemmas & lex[k]) for k in ("intervene", "lethal"))
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
    for t in toks:
        if _lemma(t) not in lex["take"]:
            continue
        for c in t.children:
            if c.dep_ == "nsubj":
                if a := actor_class(c):
                    f.add(f"take_by_{a}")
            elif c.dep_ == "agent":
                for p in c.children:
                    if p.dep_ == "pobj" and (a := actor_class(p)):
                        f.add(f"take_by_{a}")
            elif c.dep_ == "prep" and _lemma(c) == "from":
                for p in c.children:
                    if p.dep_ == "pobj" and (a := actor_class(p)):
                        f.add(f"take_from_{a}")
            elif c.dep_ == "dobj" and _lemma(c) == "control":
                f.add("take_control")
    violent = lex["protester_violence"] | lex["protester_disruption"]
    for t in toks:
        if t.dep_ == "nsubj" and _lemma(t) == "rioter":
            f.add("prot_subj_viol")
        if t.dep_ not in ("nsubj", "dobj", "pobj", "nsubjpass") or t.head.i == t.i:
            continue
        a = actor_class(t)
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
