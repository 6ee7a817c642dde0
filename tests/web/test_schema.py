"""Schemathesis against `/openapi.json` on the sample corpus: for every operation, generated requests
(bounded: a few examples each) never get a 5xx, and every response matches the schema it declares
(content type, body).

The operations are driven with Hypothesis directly (`operation.as_strategy()`), one test per operation:
schemathesis' own pytest plugin does not run under this pytest.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import content_type_conformance, not_a_server_error, response_schema_conformance

from sourcetrace.store import Store
from sourcetrace.web import WebOptions, create_app

#: Examples per operation: enough to reach every parameter, few enough for a CI run of seconds.
EXAMPLES = 15
CHECKS: list[Callable[..., Any]] = [not_a_server_error, response_schema_conformance, content_type_conformance]
#: Analysis runs the whole pipeline on every example: covered by test_api.py, too slow to fuzz.
SLOW = {"POST /analyze", "POST /analyze.json"}


def _schema(store: Store | None = None) -> Any:
    from sourcetrace.store import open_store

    app = create_app(WebOptions(store=store or open_store(":memory:", migrate=False), token="schema-token"))
    return schemathesis.openapi.from_asgi("/openapi.json", app)


OPERATIONS = sorted(
    f"{operation.method.upper()} {operation.path}"
    for operation in (result.ok() for result in _schema().get_all_operations())
)


def test_every_operation_is_fuzzed() -> None:
    assert len(OPERATIONS) >= 25
    assert {"GET /articles/{article_id}", "GET /search.json", "POST /api/articles"} <= set(OPERATIONS)


@pytest.mark.parametrize("label", sorted(set(OPERATIONS) - SLOW))
def test_no_server_error_and_responses_match_their_schema(sample_sqlite: Store, label: str) -> None:
    schema = _schema(sample_sqlite)
    method, path = label.split(" ", 1)
    operation = schema[path][method]

    @given(case=operation.as_strategy())
    @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    def run(case: Any) -> None:
        case.call_and_validate(checks=CHECKS)

    run()


def test_the_fuzzer_sees_the_corpus(sample_sqlite: Store) -> None:
    """The sample is there, so generated ids and queries reach real pages, not only 404s."""
    operation = _schema(sample_sqlite)["/articles/{article_id}"]["GET"]
    case = operation.Case(path_parameters={"article_id": 1})
    assert case.call().status_code == 200
