"""PySide6 checks every module imported after it for PySide6 use; the app's cheaper check
(referral_app.qt_imports) gives the same answers and keeps no source text in memory."""

from __future__ import annotations

import linecache
import sys

import PySide6.QtCore  # noqa: F401 - the hook exists once PySide6 is loaded

from referral_app import qt_imports


def test_the_same_answer_from_the_files_bytes_with_nothing_kept(tmp_path, monkeypatch):
    feature = sys.modules["shibokensupport.feature"]
    assert qt_imports.install() and qt_imports.install()  # once; a second call changes nothing
    (tmp_path / "probe_uses_qt.py").write_text('"""Ærø."""\nfrom PySide6 import QtCore  # noqa\n', "utf-8")
    (tmp_path / "probe_plain.py").write_text('"""Ærø: no Qt here."""\nVALUE = 1\n', "utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("probe_uses_qt", "probe_plain"):
        monkeypatch.delitem(sys.modules, name, raising=False)
        feature.pyside_feature_dict.pop(name, None)
    linecache.clearcache()
    __import__("probe_uses_qt")  # (an import statement: PySide6 hooks __import__, not importlib)
    __import__("probe_plain")
    # 0: a module using PySide6 (features may be switched on); -1: a module PySide6 ignores.
    assert feature.pyside_feature_dict["probe_uses_qt"] == 0
    assert feature.pyside_feature_dict["probe_plain"] == -1
    assert not any(str(tmp_path) in path for path in linecache.cache)


def test_a_module_without_a_source_file_goes_to_pyside6s_own_check():
    feature = sys.modules["shibokensupport.feature"]
    qt_imports.install()
    assert feature._mod_uses_pyside(sys) is False  # built in: no file
    assert feature._mod_uses_pyside(PySide6.QtCore) is False  # an extension module
