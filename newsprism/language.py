"""Language identification over a small, fixed set of languages seen in conflict reporting.

A small set keeps lingua fast and its memory low; the detectors are built once, lazily.
Only the first few thousand characters are read: enough for a confident answer. A text of
120 characters or more goes to lingua's low-accuracy mode (trigram models, loaded in about
0.2 s), which agreed with the high-accuracy mode (all n-gram models, about 4-6 s to load on
first use) on every one of 360 SemEval-2023 articles in six languages cut to 120, 300 and 3,000
characters; shorter texts still get the high-accuracy mode, where the two differ.
"""

from __future__ import annotations

import re
import threading

VERSION = "lingua-" + __import__("importlib.metadata").metadata.version("lingua-language-detector")
_SAMPLE = 3000
_MIN_LETTERS = 20
_LOW_ACCURACY_MIN = 120
_lock = threading.Lock()
_detectors: dict[bool, object] = {}

LANGUAGES = (
    "ENGLISH", "RUSSIAN", "UKRAINIAN", "ARMENIAN", "AZERBAIJANI", "TURKISH", "GEORGIAN",
    "FRENCH", "GERMAN", "ITALIAN", "POLISH", "SPANISH", "ARABIC", "HEBREW", "PERSIAN",
)  # fmt: skip


def _get_detector(low_accuracy: bool = False):
    with _lock:
        if low_accuracy not in _detectors:
            from lingua import Language, LanguageDetectorBuilder

            builder = LanguageDetectorBuilder.from_languages(*(getattr(Language, n) for n in LANGUAGES))
            if low_accuracy:
                builder = builder.with_low_accuracy_mode()
            _detectors[low_accuracy] = builder.build()
        return _detectors[low_accuracy]


# A short text is a coin toss between languages that share words ("Washington sent an envoy
# to Doha." reads French 0.39, English 0.32). Calling it English costs little (the English
# layers find nothing in a French sentence); calling an English sentence French skips them all.
# So below the low-accuracy length, English wins unless another language is clearly ahead.
_SHORT_CLEAR_LEAD = 0.6
_SHORT_ENGLISH_FLOOR = 0.2


def _detect(text: str):
    detector = _get_detector(len(text) >= _LOW_ACCURACY_MIN)
    if len(text) >= _LOW_ACCURACY_MIN:
        return detector.detect_language_of(text)
    values = detector.compute_language_confidence_values(text)
    if not values:
        return None
    top = values[0]
    if top.language.name != "ENGLISH" and top.value < _SHORT_CLEAR_LEAD:
        english = next((v for v in values if v.language.name == "ENGLISH"), None)
        if english is not None and english.value >= _SHORT_ENGLISH_FLOOR:
            return english.language
    return top.language  # what detect_language_of returns, without scoring the text twice


# Azerbaijani and Turkish are told apart from English by a few letters that English reports also
# print in place and person names (Şuşa, Ağdam, Bakı); in a real Azerbaijani or Turkish text far
# more than this share of the words carry one of them (40-80 % in sentences we tried), and the
# words without them still read as that language.
_TURKIC_LETTERS = re.compile(r"[əƏıİşŞğĞçÇöÖüÜ]")
_TURKIC_WORD_SHARE = 0.35
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def _code(lang) -> str | None:
    return lang.iso_code_639_1.name.lower() if lang else None


# Names sway a short text: "Serbs in the north, in Kosovska Mitrovica, Zvečan, Leposavić and Zubin
# Potok, protested on Monday." reads Italian 0.38, English 0.17. A short text judged not English is
# read again without its capitalised words after the first of each sentence (names, mostly); when
# what is left is English, the text is English (the same asymmetry as above: only towards English).
_NAME = re.compile(r"(?<![.!?]\s)(?<!\n)(?<!^)\b[A-Z\u00C0-\u00DE\u0100-\u017F][^\W\d_]*(?:['’-][^\W\d_]+)*")


# what is left of a one-line report without its names is short ("Two … were killed in …": 18
# letters); it counts when lingua is sure of English on it
_MIN_REST_LETTERS = 10
_REST_ENGLISH = 0.5


def _is_clearly_english(rest: str) -> bool:
    values = _get_detector(False).compute_language_confidence_values(rest)
    return bool(values) and values[0].language.name == "ENGLISH" and values[0].value >= _REST_ENGLISH


def _without_names(text: str) -> str:
    return _NAME.sub(" ", text.strip())


def detect(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is too little to tell."""
    sample = text[:_SAMPLE]
    if sum(ch.isalpha() for ch in sample) < _MIN_LETTERS:
        return None
    code = _code(_detect(sample))
    if code != "en" and len(sample) < _LOW_ACCURACY_MIN:
        rest = _without_names(sample)
        if sum(ch.isalpha() for ch in rest) >= _MIN_REST_LETTERS and _is_clearly_english(rest):
            return "en"
    if code in ("az", "tr"):
        words = _WORD.findall(sample)
        marked = [w for w in words if _TURKIC_LETTERS.search(w)]
        if words and len(marked) / len(words) < _TURKIC_WORD_SHARE:
            rest = " ".join(w for w in words if not _TURKIC_LETTERS.search(w))
            if sum(ch.isalpha() for ch in rest) >= _MIN_LETTERS:
                return _code(_detect(rest)) or code
    return code
