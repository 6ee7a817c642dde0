"""Every page of the web app on the sample corpus, in SQLite and PostgreSQL (FastAPI's TestClient): HTML,
its JSON twin, the CSV of its list, the highlights where the spans are, facets and paging."""

from __future__ import annotations

import csv
import io
from typing import Any

import lxml.html
import pytest
from fastapi.testclient import TestClient

from sourcetrace.web.guard import CONTENT_SECURITY_POLICY

PAGES = ["/", "/articles", "/search", "/search?q=said", "/actors", "/outlets", "/claims", "/copies",
         "/analyze", "/docs"]


def _first(client: TestClient, path: str, key: str) -> Any:
    return client.get(path).json()[key][0]


@pytest.mark.parametrize("path", PAGES)
def test_every_page_is_html_with_the_security_headers(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200, response.text[:300]
    assert response.headers["content-type"].startswith("text/html")
    assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "<script>" not in response.text  # no inline script anywhere (docs loads its own file)


@pytest.mark.parametrize(("path", "key"), [
    ("/overview.json", "articles"), ("/articles.json", "articles"), ("/search.json?q=said", "hits"),
    ("/actors.json", "actors"),
])
def test_json_twins(client: TestClient, path: str, key: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.json()[key]
    html_path = path.replace(".json", "") or "/"
    html_path = "/" if html_path.startswith("/overview") else html_path
    assert client.get(html_path, headers={"accept": "application/json"}).json() == response.json()


def test_the_overview_counts_the_corpus_and_filters_by_outlet(client: TestClient) -> None:
    everything = client.get("/overview.json").json()
    assert everything["articles"] == 23 and everything["outlets"] == 2
    assert {row["outlet"] for row in everything["by_outlet"]} == {"Wikinews", "247 Real News"}
    assert everything["top_actors"] and everything["declined"]
    one = client.get("/overview.json", params={"outlet": "247 Real News"}).json()
    assert one["articles"] == 1 and [row["outlet"] for row in one["by_outlet"]] == ["247 Real News"]
    dated = client.get("/overview.json", params={"since": "2019-01-01", "until": "2019-12-31"}).json()
    assert 0 < dated["articles"] < everything["articles"]
    assert all("2019-01" <= m["month"] <= "2019-12" for m in dated["anonymous_by_month"])
    page = client.get("/").text
    assert page.count("<svg") == 3


@pytest.mark.parametrize("path", ["/articles.csv", "/search.csv?q=said", "/actors.csv", "/outlets.csv",
                                  "/copies.csv", "/overview/actors.csv", "/overview/declined.csv"])
def test_every_list_exports_csv(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    if path != "/copies.csv":  # the sample holds no copies
        assert rows, path


def _runs(page: str, role: str, ident: str) -> str:
    tree = lxml.html.fromstring(page)
    return "".join(el.text_content() for el in tree.xpath(f'//div[@id="article-text"]//a[@data-{role}]')
                   if ident in el.get(f"data-{role}", "").split())


def test_every_article_page_highlights_every_span_where_it_is(client: TestClient) -> None:
    checked = 0
    for article in client.get("/articles.json?per_page=200").json()["articles"]:
        found = client.get(f"/articles/{article['id']}.json").json()
        page = client.get(f"/articles/{article['id']}").text
        tree = lxml.html.fromstring(page)
        assert tree.xpath('string(//div[@id="article-text"])') == found["text"]
        for attribution in found["attributions"]:
            ident = attribution["id"]
            assert _runs(page, "cue", ident) == attribution["cue"]["text"]
            if attribution["source"]:
                assert _runs(page, "source", ident) == attribution["source"]["text"]
            if attribution["content"] and not attribution["content_parts"]:
                assert _runs(page, "content", ident) == attribution["content"]["text"]
            card = tree.get_element_by_id(f"card-{ident}")
            assert " ".join(attribution["cue"]["text"].split()) in " ".join(card.text_content().split())
            checked += 1
    assert checked > 100


def test_the_article_json_holds_its_text_and_spans(client: TestClient) -> None:
    for article in client.get("/articles.json?per_page=200").json()["articles"]:
        found = client.get(f"/articles/{article['id']}.json").json()
        for attribution in found["attributions"]:
            cue = attribution["cue"]
            assert found["text"][cue["start"]:cue["end"]] == cue["text"]


def test_the_seed_article_page_shows_its_profile_and_cards(client: TestClient) -> None:
    ref = next(a for a in client.get("/articles.json?per_page=200").json()["articles"]
               if a["name"].startswith("ceasefire"))
    page = client.get(f"/articles/{ref['id']}").text
    assert "The lede rests on" in page
    assert "Sourcing profile" in page and "Copies in other outlets" in page
    csv_rows = list(csv.DictReader(io.StringIO(client.get(f"/articles/{ref['id']}.csv").text)))
    assert len(csv_rows) == len(client.get(f"/articles/{ref['id']}.json").json()["attributions"])


def test_search_facets_narrow_and_pages_follow(client: TestClient) -> None:
    everything = client.get("/search.json", params={"q": "said", "per_page": 5}).json()
    assert everything["total"] > 5 and len(everything["hits"]) == 5
    facets = {facet["name"]: facet["values"] for facet in everything["facets"]}
    assert set(facets) == {"outlet", "source_type", "kind", "act"}
    kind = facets["kind"][0]
    narrowed = client.get("/search.json", params={"q": "said", "kind": kind["value"]}).json()
    assert narrowed["total"] == kind["count"]
    assert {hit["kind"] for hit in narrowed["hits"]} == {kind["value"]}
    second = client.get("/search.json", params={"q": "said", "per_page": 5, "page": 2}).json()
    assert second["hits"] and second["hits"][0] != everything["hits"][0]
    page = client.get("/search", params={"q": "said", "per_page": 5}).text
    assert 'rel="next"' in page and f'data-value="{kind["value"]}"' in page


def test_search_for_nothing_finds_nothing(client: TestClient) -> None:
    found = client.get("/search.json", params={"q": "zeppelinquux"}).json()
    assert found["total"] == 0 and found["hits"] == []


def test_the_actor_page_shows_statements_over_time(client: TestClient) -> None:
    top = _first(client, "/actors.json", "actors")
    found = client.get(f"/actors/{top['id']}.json").json()
    assert found["name"] == top["name"] and found["statements"]
    assert sum(c["count"] for c in found["by_authority"]) == len(found["statements"])
    page = client.get(f"/actors/{top['id']}").text
    statement = found["statements"][0]
    assert f'/articles/{statement["article"]["id"]}#card-{statement["attribution"]}' in page
    assert page.count("<svg") == 2
    rows = list(csv.DictReader(io.StringIO(client.get(f"/actors/{top['id']}.csv").text)))
    assert len(rows) == len(found["statements"])


def test_the_outlet_pages(client: TestClient) -> None:
    rows = client.get("/outlets.json").json()
    wikinews = next(row for row in rows if row["profile"]["outlet"] == "Wikinews")
    found = client.get(f"/outlets/{wikinews['id']}.json").json()
    assert found["profile"]["articles"] == 22 and found["trend"] and found["by_source_type"]
    assert "Wikinews" in client.get(f"/outlets/{wikinews['id']}").text


@pytest.mark.parametrize("path", [
    "/articles/999999", "/articles/999999.json", "/actors/999999", "/outlets/999999", "/actors/0",
])
def test_missing_things_are_404(client: TestClient, path: str) -> None:
    assert client.get(path).status_code in (404, 422)
    assert client.get("/articles/999999").status_code == 404


@pytest.mark.parametrize("path", [
    "/articles/..%2F..%2Fetc%2Fpasswd", "/articles/1%2F..%2F..%2Fpyproject.toml",
    "/static/..%2F..%2F..%2Fpyproject.toml",
    "/static/../../../pyproject.toml", "/actors/-1", "/articles/1e3", "/static/%2e%2e/app.py",
])
def test_path_traversal_in_ids_is_refused(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code in (404, 422)
    assert "[project]" not in response.text and "def create_app" not in response.text


@pytest.mark.parametrize("params", [{"since": "yesterday"}, {"page": "0"}, {"per_page": "100000"},
                                    {"q": "x" * 500}])
def test_bad_parameters_are_422_with_one_line(client: TestClient, params: dict[str, str]) -> None:
    response = client.get("/search", params=params)
    assert response.status_code == 422
    assert "Traceback" not in response.text
