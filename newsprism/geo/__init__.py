"""Geoparsing and naming: the gazetteer index, the curated knowledge base, mention finding,
place resolution, actor linking and the naming lens used by the ``place`` and ``actor`` layers.
"""
