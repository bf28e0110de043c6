"""Name folding for gazetteer look-ups: case-, diacritic- and punctuation-insensitive.

"Khankəndi", "KHANKENDI" and "Khankendi" fold to the same key; "U.S." and "US" too.
The key is only for look-up: spans always keep the article's own characters.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_APOS = re.compile(r"[\u2018\u2019\u02bc\u02bb`\u00b4]")
_DROP = re.compile(r"[.\u00b7]")
_SPACE = re.compile(r"\s+")
# letters NFKD does not decompose
_SPECIAL = str.maketrans(
    {"ı": "i", "ə": "e", "Ə": "e", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe"}
)


@lru_cache(maxsize=200_000)
def fold(name: str) -> str:
    """The look-up key of a name: lower case, no diacritics, unified dashes/apostrophes, no dots."""
    if name.isascii():
        s = name
    else:
        s = unicodedata.normalize("NFKD", name.translate(_SPECIAL))
        s = "".join(c for c in s if not unicodedata.combining(c))
    s = _APOS.sub("'", _DASHES.sub("-", s)).casefold()
    s = _DROP.sub("", s)
    s = s.replace(" - ", "-").replace("- ", "-").replace(" -", "-")
    return _SPACE.sub(" ", s).strip()


def key_hash(key: str) -> int:
    """A stable 63-bit hash of a folded key (Python's own hash is salted per process)."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "little") >> 1


def is_latin(name: str) -> bool:
    """True when every letter is Latin script (alternate names in other scripts are skipped)."""
    return all(ord(c) < 0x250 or ord(c) in range(0x1E00, 0x1F00) for c in name if c.isalpha())


def doc_text(doc) -> str:
    """``doc.text``, computed once per parse (spaCy rebuilds it from the tokens on every access)."""
    text = doc.user_data.get("newsprism_text")
    if text is None:
        text = doc.user_data["newsprism_text"] = doc.text
    return text


def doc_tokens(doc) -> tuple[list[str], list[int], list[str]]:
    """Token texts, character offsets and folded texts, computed once per parse."""
    cached = doc.user_data.get("newsprism_tokens")
    if cached is None:
        words = [t.text for t in doc]
        cached = doc.user_data["newsprism_tokens"] = (words, [t.idx for t in doc], [fold(w) for w in words])
    return cached
