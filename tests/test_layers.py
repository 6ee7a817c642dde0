"""The layers of sourcetrace import only the layers below them: data flows read → parse → extract → resolve →
store → query, with the pipeline chaining the stages and the CLI and the web app on top.

`ALLOWED` is the graph, written once: each layer (a top-level module or subpackage of `src/sourcetrace`) and
the layers it may import. Every import of every module is read from its source (`ast`, so the imports inside
functions and under `TYPE_CHECKING` count too), and so is every string naming a module of the package
(`resources.files("sourcetrace.data")`). A layer may always import itself.
"""

from __future__ import annotations

import ast
import graphlib
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "sourcetrace"
#: The layer of the package's own `__init__`: the public API (`sourcetrace.extract`, the records).
ROOT = "sourcetrace"

#: The allowed graph: layer -> the layers it may import (besides itself). From the bottom up.
ALLOWED: dict[str, set[str]] = {
    "types": set(),  # the records that flow through every stage
    "quotes": {"types"},  # quote marks and quoted stretches, at the level of the text
    "data": set(),  # word lists, rules and models (files only, read with importlib.resources)
    "readers": {"types", "data"},  # metadata tables (data/readers/)
    "nlp": set(),  # the one place that loads spaCy
    "parse": {"nlp", "quotes", "types"},
    "extract": {"parse", "quotes", "types", "data"},
    "resolve": {"parse", "quotes", "types", "data"},  # not nlp: the pipeline hands it the model
    "provenance": {"quotes", "types", "data"},  # not extract: credits and copies read text and records
    "pipeline": {"types", "quotes", "data", "readers", "nlp", "parse", "extract", "resolve", "provenance"},
    "records": {"types"},  # the JSON records, with no terminal dependency
    "evaluation": {"types", "quotes", "data", "readers", "nlp", "parse", "extract", "resolve", "provenance",
                   "pipeline", "records"},
    "corpus": {"types", "quotes", "data"},  # the registry and claims across articles, pure logic
    # not pipeline (handed the extraction step), not rich; data for the search syntax's stop words
    "store": {"types", "provenance", "records", "data", "corpus"},
    ROOT: {"types", "pipeline"},  # the package's public API
    # extraction on a Dask cluster: workers run the pipeline, the driver stores through store.ingest
    "distributed": {"types", "readers", "nlp", "pipeline", "provenance", "records", "store"},
    # the web UI and JSON API, beside the CLI at the top: reads through the store's query layer, reads
    # submissions with the readers and analyses them with the pipeline (nlp: its one error, no model)
    "web": {"types", "readers", "nlp", "pipeline", "records", "store"},
    "cli": {"types", "quotes", "data", "readers", "nlp", "parse", "extract", "resolve", "provenance",
            "pipeline", "records", "evaluation", "corpus", "store", "distributed", "web", ROOT},
}

_MODULE_NAME = re.compile(rf"{ROOT}(?:\.\w+)+")


def _modules() -> dict[str, Path]:
    """Every module of the package by dotted name."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


MODULES = _modules()


def _is_package(module: str) -> bool:
    return MODULES[module].name == "__init__.py"


def _known(name: str) -> bool:
    """A module of the package, or a folder of it (`sourcetrace.data` holds no Python)."""
    return name in MODULES or (PACKAGE.parent / name.replace(".", "/")).is_dir()


def layer_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ROOT


def _imported(module: str, node: ast.Import | ast.ImportFrom) -> Iterator[str]:
    """The modules of the package an import statement names."""
    if isinstance(node, ast.Import):
        yield from (alias.name for alias in node.names if alias.name.split(".")[0] == ROOT)
        return
    base = node.module or ""
    if node.level:
        package = module if _is_package(module) else module.rpartition(".")[0]
        package = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1])
        base = f"{package}.{base}" if base else package
    if base.split(".")[0] != ROOT:
        return
    named = (f"{base}.{alias.name}" for alias in node.names)
    yield from dict.fromkeys(submodule if _known(submodule) else base for submodule in named)


def imports_of(module: str, source: str) -> Iterator[tuple[int, str]]:
    """(line, imported module) for every import in the source of `module`, wherever it stands, and every
    string that names a module of the package."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import | ast.ImportFrom):
            for name in _imported(module, node):
                yield node.lineno, name
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and _names_module(node.value):
            yield node.lineno, node.value


def _names_module(text: str) -> bool:
    return _MODULE_NAME.fullmatch(text) is not None and _known(text)


Edge = tuple[str, int, str]


def _edges() -> Iterator[Edge]:
    for module, path in MODULES.items():
        for line, imported in imports_of(module, path.read_text(encoding="utf-8")):
            yield module, line, imported


def violations(edges: Iterator[Edge]) -> list[str]:
    """The imports the graph does not allow, as "module:line: layer imports module (layer)"."""
    wrong = []
    for module, line, imported in edges:
        here, there = layer_of(module), layer_of(imported)
        if there == here or there in ALLOWED.get(here, set()):
            continue
        wrong.append(f"{module}:{line}: {here} imports {imported} ({there})")
    return wrong


def test_every_module_belongs_to_a_layer_of_the_graph() -> None:
    unplaced = sorted({layer_of(m) for m in MODULES} - ALLOWED.keys())
    assert not unplaced, f"place these in ALLOWED (tests/test_layers.py): {unplaced}"


def test_the_graph_names_only_layers() -> None:
    assert all(allowed <= ALLOWED.keys() for allowed in ALLOWED.values())


def test_the_graph_has_no_cycle() -> None:
    graph = {layer: allowed - {layer} for layer, allowed in ALLOWED.items()}
    try:
        tuple(graphlib.TopologicalSorter(graph).static_order())
    except graphlib.CycleError as error:
        pytest.fail(f"the allowed layer graph has a cycle: {' -> '.join(error.args[1])}")


def test_each_layer_imports_only_the_layers_it_may() -> None:
    wrong = violations(_edges())
    assert not wrong, "imports against the layer graph (tests/test_layers.py):\n" + "\n".join(wrong)


_SAMPLE = """
from typing import TYPE_CHECKING

from sqlalchemy import select

from sourcetrace.store import models
from sourcetrace.types import Article

if TYPE_CHECKING:
    from sourcetrace.pipeline import ExtractOptions

_PACKAGE = "sourcetrace.data"


def later() -> None:
    import sourcetrace.nlp
    from . import write
    from ..readers import read_paths
"""


def test_the_checker_reads_every_import_wherever_it_stands() -> None:
    found = {(line, name) for line, name in imports_of("sourcetrace.store.ingest", _SAMPLE)}
    assert found == {
        (6, "sourcetrace.store.models"), (7, "sourcetrace.types"), (10, "sourcetrace.pipeline"),
        (12, "sourcetrace.data"), (16, "sourcetrace.nlp"), (17, "sourcetrace.store.write"),
        (18, "sourcetrace.readers"),
    }


def test_the_checker_reports_what_the_graph_forbids() -> None:
    module = "sourcetrace.store.ingest"
    edges = ((module, line, name) for line, name in imports_of(module, _SAMPLE))
    assert sorted(violations(edges)) == [
        "sourcetrace.store.ingest:10: store imports sourcetrace.pipeline (pipeline)",
        "sourcetrace.store.ingest:16: store imports sourcetrace.nlp (nlp)",
        "sourcetrace.store.ingest:18: store imports sourcetrace.readers (readers)",
    ]
