"""`readers.language`: a table of (html snippet or value, expected field)."""

from __future__ import annotations

import pytest

from sourcetrace.readers.language import detect_language


@pytest.mark.parametrize(("text", "declared", "expected"), [
    ("Russian President Vladimir Putin is ready to call a ceasefire, sources said on Friday.", None, "en"),
    ("Der Bundestag hat am Donnerstag ein neues Gesetz beschlossen, sagte die Ministerin in Berlin.", "en",
     "de"),
    ("El ministro dijo que el gobierno estaba dispuesto a negociar con la oposición la semana próxima.", "en",
     "es"),
    ("O presidente disse que o governo vai apresentar um novo plano econômico na próxima semana.", None,
     "pt"),
    ("香港行政长官梁振英在各方压力下就其大宅的违章建筑问题到立法会接受质询，并向香港民众道歉。", None, "zh"),
    ("12 34", "fr", "fr"),
    ("", None, None),
])
def test_language(text: str, declared: str | None, expected: str | None) -> None:
    assert detect_language(text, declared) == expected
