"""Language identification over a small, fixed set of languages seen in conflict reporting.

A small set keeps lingua fast and its memory low; the detector is built once, lazily.
Only the first few thousand characters are read: enough for a confident answer.
"""

from __future__ import annotations

import re
import threading

VERSION = "lingua-" + __import__("importlib.metadata").metadata.version("lingua-language-detector")
_SAMPLE = 3000
_MIN_LETTERS = 20
_lock = threading.Lock()
_detector = None

LANGUAGES = (
    "ENGLISH", "RUSSIAN", "UKRAINIAN", "ARMENIAN", "AZERBAIJANI", "TURKISH", "GEORGIAN",
    "FRENCH", "GERMAN", "ITALIAN", "POLISH", "SPANISH", "ARABIC", "HEBREW", "PERSIAN",
)  # fmt: skip


def _get_detector():
    global _detector
    with _lock:
        if _detector is None:
            from lingua import Language, LanguageDetectorBuilder

            langs = [getattr(Language, n) for n in LANGUAGES]
            _detector = LanguageDetectorBuilder.from_languages(*langs).build()
        return _detector


# Azerbaijani and Turkish are told apart from English by a few letters that English reports also
# print in place and person names (Şuşa, Ağdam, Bakı); in a real Azerbaijani or Turkish text far
# more than this share of the words carry one of them (40-80 % in sentences we tried), and the
# words without them still read as that language.
_TURKIC_LETTERS = re.compile(r"[əƏıİşŞğĞçÇöÖüÜ]")
_TURKIC_WORD_SHARE = 0.35
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def _code(lang) -> str | None:
    return lang.iso_code_639_1.name.lower() if lang else None


def detect(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is too little to tell."""
    sample = text[:_SAMPLE]
    if sum(ch.isalpha() for ch in sample) < _MIN_LETTERS:
        return None
    code = _code(_get_detector().detect_language_of(sample))
    if code in ("az", "tr"):
        words = _WORD.findall(sample)
        marked = [w for w in words if _TURKIC_LETTERS.search(w)]
        if words and len(marked) / len(words) < _TURKIC_WORD_SHARE:
            rest = " ".join(w for w in words if not _TURKIC_LETTERS.search(w))
            if sum(ch.isalpha() for ch in rest) >= _MIN_LETTERS:
                return _code(_get_detector().detect_language_of(rest)) or code
    return code
