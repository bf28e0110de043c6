"""An amount of time between two happenings ('a day after a driver rammed his car', 'two days
after the ramming'): TimeBank writes the amount as a DURATION, but it dates one act from the
other rather than saying how long either lasted (audit 13, E15/E16)."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from newsprism.events.lexicon import Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

AMOUNT = re.compile(r"^P(\d+)([DW])$")  # the time layer's value of 'two days', 'a week'


def _amount(tok: Token, lex: Lexicon) -> Token | None:
    """The 'two days' (npadvmod) of a verb or of an 'after' preposition, if its head is a unit."""
    return next((c for c in tok.children if c.dep_ == "npadvmod" and c.lower_ in lex.offset_units), None)


def _amount_before(verb: Token, signal: Token, lex: Lexicon) -> Token | None:
    """The amount the parse hangs on the main verb right before the clause's 'after' ('killed
    three gunmen a day after militants ambushed …': 'day' on 'killed')."""
    amount = _amount(verb, lex)
    return amount if amount is not None and amount.right_edge.i + 1 == signal.i else None


def offset_link(tok: Token, triggers: set[int], lex: Lexicon) -> tuple[Token, Token, int, str] | None:
    """(the other happening, the amount, +1 / -1, the signal) when ``tok`` is dated from another
    act: the act of an 'after'/'before' clause (counted back from the verb it hangs on), the verb
    such a clause hangs on (counted from the clause's act), or the verb of an 'after the ramming'
    phrase (counted from that noun). ``triggers``: token indices of the coded events."""
    signals = lex.offset_signals
    mark = next((c for c in tok.children if c.dep_ == "mark" and c.lower_ in signals), None)
    amount = (_amount(tok, lex) or _amount(mark, lex) or _amount_before(tok.head, mark, lex)) if mark is not None else None
    if amount is not None and tok.dep_ in ("advcl", "conj") and tok.head.i in triggers:
        return tok.head, amount, -signals[mark.lower_], mark.lower_  # 'killed … on Thursday, a day after a driver rammed'
    for c in tok.children:
        clause_mark = next((m for m in c.children if m.dep_ == "mark" and m.lower_ in signals), None)
        if (
            c.dep_ == "advcl"
            and clause_mark is not None
            and (amount := _amount(c, lex) or _amount(clause_mark, lex) or _amount_before(tok, clause_mark, lex))
        ):
            return c, amount, signals[clause_mark.lower_], clause_mark.lower_  # 'attacked … two days after the army shelled'
        if c.dep_ == "prep" and c.lower_ in signals and (amount := _amount(c, lex)) is not None:
            noun = next((p for p in c.children if p.dep_ == "pobj"), None)
            if noun is not None:
                return noun, amount, signals[c.lower_], c.lower_  # 'Two days after the ramming, the army raided'
        if c.dep_ == "npadvmod" and c.lower_ in lex.offset_units:  # 'A day after the strikes': 'after' on 'day'
            prep = next((p for p in c.children if p.dep_ == "prep" and p.lower_ in signals), None)
            noun = next((p for p in prep.children if p.dep_ == "pobj"), None) if prep is not None else None
            if noun is not None:
                return noun, c, signals[prep.lower_], prep.lower_
    return None


def told_before(noun: Token, earlier: list[Token]) -> Token | None:
    """The last act before a definite event noun that the noun names again ('rammed … Two days
    after the ramming': the ramming; 'arrested a man … A day after his arrest'), by the verb's
    lemma ('ram' in 'ramming', 'raid', 'attack')."""
    if not any((c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or c.dep_ == "poss" for c in noun.children):
        return None
    stem = noun.lower_.removesuffix("ing")
    for verb in sorted((v for v in earlier if v.i < noun.i), key=lambda v: -v.i):
        lemma = verb.lemma_.lower()
        if noun.lemma_.lower() == lemma or stem in (lemma, lemma + lemma[-1:], lemma.removesuffix("e")):
            return verb
    return None


def day_inside(tok: Token, times: list, skip: Token) -> str | None:
    """A day the time layer found inside an uncoded clause or noun phrase ('after the envoy left
    Mekelle on Monday'), not in the amount itself."""
    lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)
    for s in times:
        if s.label in ("DATE", "TIME") and lo <= s.start < hi and not (s.start <= skip.idx < s.end):
            value = str(s.attrs.get("value"))
            if re.match(r"^\d{4}-\d{2}-\d{2}", value):
                return value
    return None


def days_of(amount: Token, times: list) -> tuple[int, object] | None:
    """The number of days the time layer gives the amount ('two days' P2D → 2, 'a week' → 7), and its span."""
    for s in times:
        if s.label == "DURATION" and s.start <= amount.idx < s.end and (m := AMOUNT.match(str(s.attrs.get("value")))):
            return int(m[1]) * (7 if m[2] == "W" else 1), s
    return None


def shifted(day: str, days: int) -> str:
    """An ISO day moved by so many days."""
    return (dt.date.fromisoformat(day[:10]) + dt.timedelta(days=days)).isoformat()
