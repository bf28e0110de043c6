"""The plugin discovery loop shared by layers, panels, formats, evaluations and trainers."""

from __future__ import annotations

import sys

from newsprism import layers
from newsprism.registry import discover


def test_discover_finds_declared_objects_of_the_kind_only(tmp_path, monkeypatch):
    pkg = tmp_path / "plugpkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("class Thing:\n    def __init__(self, name):\n        self.name = name\n")
    (pkg / "b_second.py").write_text("from plugpkg import Thing\nTHING = Thing('second')\n")
    (pkg / "a_first.py").write_text("from plugpkg import Thing\nTHING = Thing('first')\n")
    (pkg / "_private.py").write_text("raise RuntimeError('a private module is never imported')\n")
    (pkg / "skipped.py").write_text("raise RuntimeError('a skipped module is never imported')\n")
    (pkg / "wrong_kind.py").write_text("THING = 'not a Thing'\n")
    (pkg / "no_decl.py").write_text("OTHER = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        import plugpkg

        found = discover("plugpkg", plugpkg.__path__, "THING", plugpkg.Thing, skip=("skipped",))
    finally:
        for name in [m for m in sys.modules if m == "plugpkg" or m.startswith("plugpkg.")]:
            del sys.modules[name]
    assert [t.name for t in found] == ["first", "second"]


def test_layer_registry_skips_the_base_module_and_keeps_run_order():
    names = list(layers.all_layers())
    assert "base" not in names
    assert names.index("sentences") < names.index("event") < names.index("headline")
