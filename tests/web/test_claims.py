"""`/claims` and `/claims/{id}` on a store (SQLite, then PostgreSQL) holding the seed and two retellings of
its lede (the texts of tests/cli/test_cli_registry.py): one keeping "Russian sources say", one dropping it."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any

import lxml.html
import pytest
from fastapi.testclient import TestClient

from cli.test_cli_registry import DROPS_HEDGE, KEEPS_HEDGE
from sourcetrace.pipeline import extract_articles
from sourcetrace.readers import read_paths
from sourcetrace.store import open_store
from sourcetrace.store.ingest import ingest
from sourcetrace.types import Article
from sourcetrace.web import WebOptions, create_app

SEED = "ceasefire-2024-05-24.txt"
#: A retelling whose words would break the page if they were not escaped.
HOSTILE = (
    "date 2024-05-28 by Staff Writer / <script>alert(1)</script> Gazette\n"
    "Vladimir Putin said he is ready to call a ceasefire in Ukraine if it recognizes the current battlefield "
    "lines <b>now</b>, Russian sources say.\n"
)


@pytest.fixture(scope="module")
def retold(tmp_path_factory: pytest.TempPathFactory, sample_articles: dict[str, Article]) -> list[Article]:
    """The seed (extracted once for the session) and the retellings, extracted."""
    folder = tmp_path_factory.mktemp("retellings")
    (folder / "courier.txt").write_text(KEEPS_HEDGE, encoding="utf-8")
    (folder / "digest.txt").write_text(DROPS_HEDGE, encoding="utf-8")
    (folder / "gazette.txt").write_text(HOSTILE, encoding="utf-8")
    read = [item for item in read_paths([folder]) if isinstance(item, Article)]
    return [sample_articles[SEED], *extract_articles(read)]


@pytest.fixture
def claims_client(database_url: str, retold: list[Article]) -> Iterator[TestClient]:
    """The seed and the retellings, stored (SQLite, then PostgreSQL) and served."""
    with open_store(database_url) as store:
        ingest(store, retold, extract=lambda batch: iter(batch))
        yield TestClient(create_app(WebOptions(store=store)))


def _putin(client: TestClient) -> dict[str, Any]:
    found = client.get("/claims.json", params={"actor": "Putin"}).json()
    (claim,) = [c for c in found["claims"] if any(s["article"]["name"] == "digest.txt" for s in c["steps"])]
    return claim


def test_the_trace_lists_the_three_in_order_and_flags_the_dropped_hedge(claims_client: TestClient) -> None:
    claim = _putin(claims_client)
    steps = [(s["article"]["name"], s["article"]["published"], s["authority"], s["drops_hedge"])
             for s in claim["steps"] if s["article"]["name"] != "gazette.txt"]
    assert steps == [
        (SEED, "2024-05-24", "anonymous_sources", False),
        ("courier.txt", "2024-05-25", "anonymous_sources", False),
        ("digest.txt", "2024-05-27", "on_record", True),
    ]
    assert claim["dropped_hedge"] and claim["actor"] == "Vladimir Putin"
    twin = claims_client.get(f"/claims/{claim['id']}.json").json()
    assert twin == claim
    assert claims_client.get(f"/claims/{claim['id']}", headers={"accept": "application/json"}).json() == twin

    page = lxml.html.fromstring(claims_client.get(f"/claims/{claim['id']}").text)
    items = page.xpath('//ol[contains(@class, "trace")]/li')
    names = [item.xpath('.//a[starts-with(@href, "/articles/")]')[0].text_content() for item in items]
    assert len(items) == len(claim["steps"])
    flagged = [bool(item.xpath('.//span[contains(@class, "hedge-dropped")]')) for item in items]
    assert flagged == [s["drops_hedge"] for s in claim["steps"]] and sum(flagged) == 1
    links = [item.xpath('.//a[starts-with(@href, "/articles/")]/@href')[0] for item in items]
    assert links == [f"/articles/{s['article']['id']}#card-{s['attribution']}" for s in claim["steps"]]
    first = claim["steps"][0]["article"]
    assert names[0] == (first["title"] or first["name"])


def test_the_list_filters_pages_and_exports(claims_client: TestClient) -> None:
    claim = _putin(claims_client)
    everything = claims_client.get("/claims.json").json()
    assert everything["total"] >= 1 and claim["id"] in [c["id"] for c in everything["claims"]]
    assert claims_client.get("/claims", headers={"accept": "application/json"}).json() == everything
    dropped = claims_client.get("/claims.json", params={"dropped_hedge": "true"}).json()
    assert all(c["dropped_hedge"] for c in dropped["claims"])
    assert claim["id"] in [c["id"] for c in dropped["claims"]]
    assert claims_client.get("/claims.json", params={"since": "2030-01-01"}).json()["total"] == 0
    assert claims_client.get("/claims.json", params={"actor": "Nobody Atall"}).json()["total"] == 0
    one = claims_client.get("/claims.json", params={"per_page": 1, "page": everything["total"] + 1}).json()
    assert one["claims"] == [] and one["total"] == everything["total"]
    assert claims_client.get("/claims.json", params={"since": "soon"}).status_code == 422

    html = claims_client.get("/claims").text
    assert f'href="/claims/{claim["id"]}"' in html and "hedge dropped" in html
    assert 'href="/claims"' in claims_client.get("/copies").text

    response = claims_client.get("/claims.csv", params={"actor": "Putin"})
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert response.text.startswith("id,actor,text,") and str(claim["id"]) in [r["id"] for r in rows]
    steps = list(csv.DictReader(io.StringIO(claims_client.get(f"/claims/{claim['id']}.csv").text)))
    assert len(steps) == len(claim["steps"]) and steps[0]["authority"] == "anonymous_sources"


def test_hostile_text_is_escaped_and_a_missing_claim_is_404(claims_client: TestClient) -> None:
    claim = _putin(claims_client)
    assert "gazette.txt" in [s["article"]["name"] for s in claim["steps"]]
    for path in (f"/claims/{claim['id']}", "/claims"):
        html = claims_client.get(path).text
        assert "<script>alert(1)" not in html and "<b>now</b>" not in html
    assert "&lt;script&gt;alert(1)" in claims_client.get(f"/claims/{claim['id']}").text
    assert claims_client.get("/claims/99999999").status_code == 404
    assert claims_client.get("/claims/99999999.json").json() == {"detail": "no claim 99999999"}
