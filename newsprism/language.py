"""Language identification over a small, fixed set of languages seen in conflict reporting.

A small set keeps lingua fast and its memory low; the detector is built once, lazily.
Only the first few thousand characters are read: enough for a confident answer.
"""

from __future__ import annotations

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


def detect(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is too little to tell."""
    sample = text[:_SAMPLE]
    if sum(ch.isalpha() for ch in sample) < _MIN_LETTERS:
        return None
    lang = _get_detector().detect_language_of(sample)
    return lang.iso_code_639_1.name.lower() if lang else None
