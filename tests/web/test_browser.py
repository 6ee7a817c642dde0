"""The pages in a real browser (Playwright driving Debian's chromium) on the sample corpus: each page opens
with no console error and no request leaving 127.0.0.1; the highlights are where the spans are; a click on
an attribution opens its card; search and a facet narrow the results; a pasted text is analysed; hostile
text runs nothing. Screenshots of the pages are saved as test artefacts (`build/screenshots`, or
$SOURCETRACE_ARTIFACTS).
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from sourcetrace.store import Store
from sourcetrace.web import WebOptions, create_app

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
ARTIFACTS = Path(os.environ.get("SOURCETRACE_ARTIFACTS")
                 or Path(__file__).resolve().parents[2] / "build" / "screenshots")
HOSTILE = ('“<script>alert(1)</script> is harmless,” the minister said. Officials said the page '
           '"><img src=x onerror=alert(2)> stays inert.')


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def server(sample_sqlite: Store) -> Iterator[str]:
    """The app on the sample corpus, served by uvicorn on 127.0.0.1 in a thread."""
    import uvicorn

    port = _free_port()
    config = uvicorn.Config(create_app(WebOptions(store=sample_sqlite)), host="127.0.0.1", port=port,
                            log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    for _ in range(100):
        if running.started:
            break
        time.sleep(0.05)
    assert running.started
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        message = f"{CHROMIUM} is missing (apt-get install chromium; .ci/run does)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield launched
        launched.close()


class Watched:
    """A page with what it logged and requested."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        page.on("console", lambda m: self.errors.append(f"console {m.type}: {m.text}") if m.type == "error"
                else None)
        page.on("pageerror", lambda e: self.errors.append(f"page error: {e}"))
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("dialog", self._dialog)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def check(self) -> None:
        assert not self.errors, self.errors
        assert not self.dialogs, self.dialogs
        away = [url for url in self.requests if urlsplit(url).scheme not in ("data", "blob", "about")
                and urlsplit(url).hostname != "127.0.0.1"]
        assert not away, away


@pytest.fixture
def watched(browser: Any) -> Iterator[Watched]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    found = Watched(context.new_page())
    yield found
    context.close()


def _shot(page: Any, name: str, full: bool = False) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=full)


def _top_actor(server: str, page: Any) -> int:
    return int(page.request.get(f"{server}/actors.json").json()["actors"][0]["id"])


def _article_id(server: str, page: Any, name: str) -> int:
    articles = page.request.get(f"{server}/articles.json?per_page=200").json()["articles"]
    return int(next(a["id"] for a in articles if a["name"].startswith(name)))


@pytest.mark.parametrize(("path", "name"), [
    ("/", "overview"), ("/articles", "articles"), ("/search?q=said", "search"), ("/actors", "actors"),
    ("/outlets", "outlets"), ("/outlets/2", "outlet"), ("/copies", "copies"), ("/analyze", "analyze"),
    ("/docs", "docs"),
])
def test_each_page_opens_clean_and_local(server: str, watched: Watched, path: str, name: str) -> None:
    page = watched.page
    response = page.goto(server + path)
    assert response.status == 200
    if path == "/docs":
        page.wait_for_selector(".swagger-ui .info .title", timeout=15000)
        assert "sourcetrace" in page.inner_text(".swagger-ui .info .title")
    _shot(page, name)
    watched.check()


def test_the_article_highlights_are_where_the_spans_are(server: str, watched: Watched) -> None:
    page = watched.page
    article_id = _article_id(server, page, "ceasefire")
    found = page.request.get(f"{server}/articles/{article_id}.json").json()
    page.goto(f"{server}/articles/{article_id}")
    shown = page.evaluate("""() => {
        const out = {};
        for (const el of document.querySelectorAll('#article-text a.hl')) {
            for (const role of ['cue', 'source', 'content']) {
                for (const id of (el.dataset[role] || '').split(' ').filter(Boolean)) {
                    out[role + ' ' + id] = (out[role + ' ' + id] || '') + el.textContent;
                }
            }
        }
        return out;
    }""")
    assert page.inner_text("#article-text").replace("\u00a0", " ").strip() == found["text"].strip()
    for attribution in found["attributions"]:
        ident = attribution["id"]
        assert shown[f"cue {ident}"] == attribution["cue"]["text"]
        if attribution["source"]:
            assert shown[f"source {ident}"] == attribution["source"]["text"]
        if attribution["content"] and not attribution["content_parts"]:
            assert shown[f"content {ident}"] == attribution["content"]["text"]
    colours = {role: page.eval_on_selector(f"#article-text a.hl-{role}",
                                           "el => getComputedStyle(el).backgroundColor")
               for role in ("source", "cue", "content")}
    assert len(set(colours.values())) == 3, colours
    _shot(page, "article", full=True)
    watched.check()


def test_a_click_on_an_attribution_opens_its_card(server: str, watched: Watched) -> None:
    page = watched.page
    article_id = _article_id(server, page, "ceasefire")
    found = page.request.get(f"{server}/articles/{article_id}.json").json()
    page.goto(f"{server}/articles/{article_id}")
    cue = page.locator("#article-text a.hl-cue").nth(2)
    target = cue.get_attribute("href").removeprefix("#card-")
    cue.click()
    assert page.evaluate("() => document.querySelector(':target').id") == f"card-{target}"
    card = page.locator(f"#card-{target}")
    assert card.is_visible()
    text = " ".join(card.inner_text().split())
    attribution = next(a for a in found["attributions"] if a["id"] == target)
    assert " ".join(attribution["cue"]["text"].split()) in text
    assert attribution["kind"].replace("_", " ") in text
    if attribution["source"]:
        assert " ".join(attribution["source"]["text"].split()) in text
    border = card.evaluate("el => getComputedStyle(el).borderLeftColor")
    assert border != page.locator(".card:not(:target)").first.evaluate(
        "el => getComputedStyle(el).borderLeftColor")
    _shot(page, "article-card")
    watched.check()


def test_search_and_facet(server: str, watched: Watched) -> None:
    page = watched.page
    page.goto(server + "/")
    page.fill("header input[name=q]", "said")
    page.press("header input[name=q]", "Enter")
    page.wait_for_url("**/search?q=said")
    total = int(page.inner_text("#total").split()[0])
    facet = page.locator('[data-facet="kind"] a[data-value]').first
    value, count = facet.get_attribute("data-value"), int(facet.locator("xpath=..").inner_text().split()[-1])
    facet.click()
    page.wait_for_url(f"**kind={value}**")
    narrowed = int(page.inner_text("#total").split()[0])
    assert narrowed == count <= total
    assert page.locator('[data-facet="kind"] a.selected').inner_text() == value.replace("_", " ")
    _shot(page, "search-facet")
    watched.check()


def test_the_actor_page(server: str, watched: Watched) -> None:
    page = watched.page
    page.goto(f"{server}/actors/{_top_actor(server, page)}")
    assert page.locator("svg.chart").count() == 2
    link = page.locator("ol.hits a[href^='/articles/']").first
    href = link.get_attribute("href")
    link.click()
    page.wait_for_url(f"**{href}")
    assert page.evaluate("() => document.querySelector(':target').id") == href.split("#")[1]
    page.go_back()
    _shot(page, "actor")
    watched.check()


def test_paste_and_analyze_runs_nothing_hostile(server: str, watched: Watched) -> None:
    page = watched.page
    page.goto(server + "/analyze")
    page.fill("#text", HOSTILE)
    page.click("form.analyze button")
    page.wait_for_selector("#article-text a.hl-cue", timeout=60000)
    assert page.inner_text("#article-text").strip() == HOSTILE.strip()
    assert page.locator("#article-text a.hl-cue").count() >= 1
    assert page.locator("img").count() == 0
    _shot(page, "analyze")
    watched.check()


def test_the_pages_work_without_javascript(server: str, browser: Any) -> None:
    """Search, a facet, an article and its cards, with scripts off: links, forms and CSS alone."""
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    try:
        page.goto(server + "/search?q=said")
        page.locator('[data-facet="kind"] a[data-value]').first.click()
        assert "kind=" in page.url
        page.locator("ol.hits a[href^='/articles/']").first.click()
        assert "#card-" in page.url
        target = page.url.split("#", 1)[1]
        assert page.locator(f"#{target}").is_visible()
        cue = page.locator("#article-text a.hl-cue").first
        cue.click()
        assert page.url.endswith(cue.get_attribute("href"))
        page.goto(server + "/analyze")
        page.fill("#text", "“We are ready,” the minister said on Monday.")
        page.click("form.analyze button")
        assert page.locator("#article-text a.hl-cue").count() >= 1
        page.goto(server + "/")
        assert page.locator("svg.chart").count() == 3  # the charts are SVG from the server, no script
        _shot(page, "overview-no-javascript")
    finally:
        context.close()


def test_the_screenshots_are_kept() -> None:
    """Runs last in this module: the main pages' screenshots exist, for a person to look at."""
    for name in ("overview", "article", "actor", "search-facet", "analyze", "docs"):
        assert (ARTIFACTS / f"{name}.png").stat().st_size > 10_000, name
    assert shutil.which("chromium") or Path(CHROMIUM).exists()
