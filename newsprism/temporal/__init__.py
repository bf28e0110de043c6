"""Temporal expressions: detection, TIMEX3 typing and normalisation against an anchor date.

``newsprism.temporal.tagger.tag(text, anchor, doc)`` is the entry point shared by the
``time`` layer and the TempEval-3 evaluation; ``timeml`` reads TimeML ``.tml`` files.
"""
