"""Persuasion techniques, genre and frames: features, linear models, data readers, scorers.

The ``technique`` layer, ``newsprism train techniques`` and ``newsprism eval ptc|semeval2023``
share these helpers, so that training, evaluation and inference compute features the same way.
"""
