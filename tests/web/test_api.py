"""Writing through the API and the security of every page: the Bearer token, the size cap, untrusted text
rendered inert, `/analyze` storing nothing. Each test has an empty store of its own (SQLite, PostgreSQL)."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator

import lxml.html
import pytest
from fastapi.testclient import TestClient

from conftest import TOKEN
from sourcetrace.readers import ReadOptions
from sourcetrace.store import Store, rebuild
from sourcetrace.web import WebOptions, create_app

Writable = tuple[TestClient, Store]
AUTH = {"authorization": f"Bearer {TOKEN}"}
TEXT = ("The minister said the talks would go on. “We are ready,” a spokesman for the ministry told "
        "reporters on Monday.")
HOSTILE = ('“<script>alert(1)</script> is not code,” the minister said. Officials said the page '
           '"><img src=x onerror=alert(2)> must stay inert, according to the report.')


def _stored(store: Store) -> int:
    with store.session() as session:
        return rebuild.counts(session).articles


@pytest.mark.parametrize("headers", [{}, {"authorization": "Bearer wrong"}, {"authorization": TOKEN},
                                     {"authorization": f"Basic {TOKEN}"}])
def test_writes_without_the_right_token_are_refused(writable: Writable, headers: dict[str, str]) -> None:
    client, store = writable
    response = client.post("/api/articles", json={"text": TEXT}, headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert _stored(store) == 0


def test_writes_are_refused_when_no_token_is_configured(writable: Writable) -> None:
    _, store = writable
    client = TestClient(create_app(WebOptions(store=store)))
    response = client.post("/api/articles", json={"text": TEXT}, headers={"authorization": "Bearer "})
    assert response.status_code == 403
    assert "SOURCETRACE_TOKEN" in response.json()["detail"]
    assert _stored(store) == 0


def test_a_json_article_is_stored_once(writable: Writable) -> None:
    client, store = writable
    given = {"text": TEXT, "title": "Talks", "outlet": "Daily Test", "published": "2024-05-01"}
    first = client.post("/api/articles", json=given, headers=AUTH)
    assert first.status_code == 200, first.text
    assert (first.json()["new"], first.json()["unchanged"]) == (1, 0)
    again = client.post("/api/articles", json=given, headers=AUTH).json()
    assert (again["new"], again["unchanged"]) == (0, 1)
    articles = client.get("/articles.json").json()["articles"]
    assert [(a["title"], a["outlet"]) for a in articles] == [("Talks", "Daily Test")]
    found = client.get(f"/articles/{articles[0]['id']}.json").json()
    assert any(a["cue"]["text"] == "said" for a in found["attributions"])
    assert _stored(store) == 1


def test_an_uploaded_file_is_read_by_its_format(writable: Writable) -> None:
    client, _ = writable
    lines = "\n".join(json.dumps({"text": TEXT.replace("Monday", day), "title": day})
                      for day in ("Monday", "Tuesday"))
    response = client.post("/api/articles", files={"file": ("batch.jsonl", lines.encode())}, headers=AUTH)
    assert response.status_code == 200, response.text
    assert response.json()["new"] == 2
    assert {a["title"] for a in client.get("/articles.json").json()["articles"]} == {"Monday", "Tuesday"}


@pytest.mark.parametrize("body", [{}, {"text": ""}, {"url": "file:///etc/passwd"}, {"url": "ftp://x"}])
def test_nothing_readable_is_422(writable: Writable, body: dict[str, str]) -> None:
    client, store = writable
    assert client.post("/api/articles", json=body, headers=AUTH).status_code == 422
    assert _stored(store) == 0


def test_not_json_nor_a_form_is_415(writable: Writable) -> None:
    client, _ = writable
    response = client.post("/api/articles", content=b"text", headers={**AUTH, "content-type": "text/plain"})
    assert response.status_code == 415


def test_oversized_uploads_and_texts_are_413(writable: Writable) -> None:
    client, store = writable  # the cap is 64 KB here
    big = b"a" * (200 * 1024)
    assert client.post("/api/articles", files={"file": ("big.txt", big)}, headers=AUTH).status_code == 413
    assert client.post("/api/articles", json={"text": "a " * 50_000}, headers=AUTH).status_code == 413
    just_over = "said " * (64 * 1024 // 5 + 10)  # under the body cap with its envelope, over the text cap
    assert client.post("/api/articles", json={"text": just_over}, headers=AUTH).status_code == 413
    assert client.post("/analyze", data={"text": "a " * 50_000}).status_code == 413
    assert _stored(store) == 0


def test_a_body_streamed_past_the_cap_is_413(writable: Writable) -> None:
    client, _ = writable

    def chunks():  # type: ignore[no-untyped-def]  # no Content-Length: the server counts
        for _ in range(20):
            yield b"x" * 8192

    response = client.post("/api/articles", content=chunks(),
                           headers={**AUTH, "content-type": "application/json"})
    assert response.status_code == 413


def test_hostile_text_renders_inert_everywhere(writable: Writable) -> None:
    client, _ = writable
    assert client.post("/api/articles", json={"text": HOSTILE, "title": '<b onmouseover="x()">t</b>',
                                              "outlet": "<script>o()</script>",
                                              "url": "javascript:alert(3)"}, headers=AUTH).status_code == 200
    article = client.get("/articles.json").json()["articles"][0]
    pages = [f"/articles/{article['id']}", "/articles", "/", "/search?q=script", "/search?q=inert",
             "/outlets", "/actors"]
    for path in pages:
        page = client.get(path).text
        assert "<script>alert" not in page and "<img" not in page and "<script>o()" not in page, path
        assert 'href="javascript:' not in page, path
        tree = lxml.html.fromstring(page)
        assert not tree.xpath("//script[not(@src)]"), path
        assert not tree.xpath("//*[@onerror or @onmouseover]"), path
    page = client.get(f"/articles/{article['id']}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&#34;&gt;&lt;img src=x onerror=alert(2)&gt;" in page
    tree = lxml.html.fromstring(page)
    assert HOSTILE in tree.xpath('string(//div[@id="article-text"])')


def test_analyze_shows_a_pasted_text_and_stores_nothing(writable: Writable) -> None:
    client, store = writable
    page = client.post("/analyze", data={"text": HOSTILE}).text
    tree = lxml.html.fromstring(page)
    assert tree.xpath('string(//div[@id="article-text"])') == HOSTILE
    assert tree.xpath('//a[contains(@class, "hl-cue")]')
    assert not tree.xpath("//*[@onerror]") and "<script>alert" not in page
    found = client.post("/analyze.json", json={"text": TEXT}).json()
    assert found["text"] == TEXT and any(a["cue"]["text"] == "said" for a in found["attributions"])
    assert _stored(store) == 0


@pytest.mark.parametrize("form", [{}, {"text": "   "}, {"url": "not a url"}])
def test_analyze_without_a_text_says_so(writable: Writable, form: dict[str, str]) -> None:
    client, _ = writable
    response = client.post("/analyze", data=form)
    assert response.status_code == 422
    assert "<h1>422</h1>" in response.text


def test_analyze_without_a_model_says_so_in_one_line(writable: Writable) -> None:
    from sourcetrace.nlp import ModelNotFound

    def no_model(_articles):  # type: ignore[no-untyped-def]
        raise ModelNotFound("no spaCy English model is installed")

    _, store = writable
    client = TestClient(create_app(WebOptions(store=store, extract=no_model)))
    response = client.post("/analyze", data={"text": TEXT})
    assert response.status_code == 503
    assert "no spaCy English model is installed" in response.text and "Traceback" not in response.text


PAGE = ("<html><head><title>Talks go on</title></head><body><article><h1>Talks go on</h1>"
        "<p>The minister said the talks would go on through the week, and that both delegations had "
        "agreed to meet again. “We are ready,” a spokesman for the ministry told reporters on Monday, "
        "adding that nothing had been decided about the border.</p></article></body></html>")


@pytest.fixture
def page_url() -> Iterator[str]:
    """A news page served on 127.0.0.1 (robots.txt: none)."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            found = self.path == "/story"
            body = PAGE.encode() if found else b"not found"
            self.send_response(200 if found else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8" if found else "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/story"
    server.shutdown()
    server.server_close()


def _url_options(store: Store) -> WebOptions:
    """Reading URLs on this machine's loopback address, which the test server has."""
    fields = {"retries": 0, "timeout": 5.0}
    if "allow_private_hosts" in {f.name for f in dataclasses.fields(ReadOptions)}:
        fields["allow_private_hosts"] = True
    return WebOptions(store=store, token=TOKEN, read=ReadOptions(**fields))  # type: ignore[arg-type]


def test_a_url_is_fetched_analysed_and_stored_on_request(writable: Writable, page_url: str) -> None:
    _, store = writable
    client = TestClient(create_app(_url_options(store)))
    found = client.post("/analyze.json", json={"url": page_url}).json()
    assert found["article"]["url"] == page_url and "The minister said" in found["text"]
    assert any(a["cue"]["text"] == "said" for a in found["attributions"])
    assert _stored(store) == 0
    response = client.post("/api/articles", json={"url": page_url}, headers=AUTH)
    assert response.status_code == 200 and response.json()["new"] == 1
    missing = client.post("/api/articles", json={"url": page_url + "-gone"}, headers=AUTH)
    assert missing.status_code == 422 and "404" in missing.json()["detail"]


@pytest.mark.parametrize("url", ["http://127.0.0.1:9/story", "http://0x7f000001/story", "http://169.254.169.254/"])
def test_a_url_on_a_private_address_is_refused(writable: Writable, url: str) -> None:
    """The web takes URLs from anyone: unless the operator allows it, only public addresses are fetched."""
    client, store = writable
    for path, given in (("/analyze.json", {"url": url}), ("/api/articles", {"url": url})):
        response = client.post(path, json=given, headers=AUTH)
        assert response.status_code == 422 and "refused" in response.json()["detail"], response.text
    assert _stored(store) == 0


def test_copies_show_on_the_copies_page_and_the_article(writable: Writable) -> None:
    client, _ = writable
    story = " ".join([TEXT] * 3) + " The ministry said a statement would follow on Tuesday evening."
    for outlet, text in (("Daily Test", story), ("Evening Copy", story + " Agencies contributed.")):
        given = {"text": text, "outlet": outlet, "title": f"Talks ({outlet})", "published": "2024-05-01"}
        assert client.post("/api/articles", json=given, headers=AUTH).status_code == 200
    clusters = client.get("/copies.json").json()
    assert len(clusters) == 1
    cluster = clusters[0]
    ids = {cluster["origin"]["id"], *(ref["id"] for ref in cluster["copies"])}
    assert len(ids) == 2
    page = client.get("/copies").text
    assert all(f'href="/articles/{i}"' in page for i in ids)
    origin = client.get(f"/articles/{cluster['origin']['id']}.json").json()
    assert [c["article"]["outlet"] for c in origin["copies"]] == [cluster["copies"][0]["outlet"]]
    other = cluster["copies"][0]["id"]
    assert f'href="/articles/{other}"' in client.get(f"/articles/{cluster['origin']['id']}").text
    rows = client.get("/copies.csv").text.splitlines()
    assert len(rows) == 3 and rows[0].startswith("cluster,method,role")
