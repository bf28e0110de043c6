"""Who says so: attribution (source, cue, content), unattributed assertions, sourcing, consistency.

The ``claim`` layer (``newsprism.layers.claim``) wires these modules together; the pieces are
importable on their own so that the PolNeAR evaluation can run the extractor without the
whole pipeline.
"""
