"""The built site read in a real browser: Debian's Chromium driven by Playwright.

The site is served the way GitHub Pages serves a project site (under /pytorch-reference/,
missing addresses get 404.html), from the build that the other site tests check.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import sync_playwright

from docs_hooks import ROOT, pages
from docs_hooks.snippets import Snippet
from tests.static_host import StaticHost

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# As the machine's notes require: no background traffic, no sandbox for root, a fresh profile.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]


def _url_path(page: str) -> str:
    """The site path of a page source (relative to docs/<lang>/)."""
    stem = re.sub(r"(^|/)index$", "", re.sub(r"\.(md|ipynb)$", "", page))
    return f"{stem}/" if stem else ""


PAGES = [(lang, page) for lang in pages.LANGUAGES for page in pages.page_files(ROOT / "docs", lang)]


def _prefix(lang: str) -> str:
    return "" if lang == "ko" else f"{lang}/"


@pytest.fixture(scope="module")
def site(built_site):
    with StaticHost(built_site) as host:
        yield host.url


@pytest.fixture(scope="module")
def browser():
    if not shutil.which(CHROMIUM) and not Path(CHROMIUM).is_file():
        pytest.fail(f"Chromium not found at {CHROMIUM}: install Debian's package "
                    "(apt-get install chromium fonts-noto-cjk), or set CHROMIUM to its path")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


class Reader:
    """A browser tab that records console errors, failed loads and requests to other hosts."""

    _local = re.compile(r"^(https?://127\.0\.0\.1[:/]|data:|blob:)")

    def __init__(self, browser, **context_options):
        self.context = browser.new_context(**context_options)
        self.errors: list[str] = []
        self.foreign: list[str] = []
        # Recorded, not routed: with request interception on, Material's search worker sometimes never
        # starts. Chromium's resolver is told that no other host exists, so nothing leaves the machine.
        self.context.on("request", lambda r: self._local.match(r.url) or self.foreign.append(r.url))
        self.page = self.context.new_page()
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(f"console: {m.text}"))
        self.page.on("pageerror", lambda e: self.errors.append(f"script error: {e}"))
        self.page.on("requestfailed", lambda r: r.url not in self.foreign and r.failure != "net::ERR_ABORTED"
                     and self.errors.append(f"failed to load {r.url}: {r.failure}"))  # aborted: we navigated on
        self.page.on("response", lambda r: r.status >= 400 and r.request.resource_type != "document"
                     and self.errors.append(f"HTTP {r.status} for {r.url}"))

    def open(self, url: str):
        response = self.page.goto(url, wait_until="load")
        self.page.wait_for_load_state("networkidle")
        return response

    def close(self):
        self.context.close()


@pytest.fixture
def reader(browser):
    tab = Reader(browser)
    yield tab
    tab.close()


def _images_problems(page) -> list[str]:
    return page.evaluate("""async () => {
        const problems = [];
        for (const img of document.querySelectorAll('.md-content img')) {
            img.loading = 'eager';
            try { await img.decode(); } catch (e) { problems.push(`does not load: ${img.src.slice(0, 80)}`); continue; }
            if (!img.naturalWidth) problems.push(`empty image: ${img.src.slice(0, 80)}`);
            const alt = (img.getAttribute('alt') || '').trim();
            if (!alt || alt === 'No description has been provided for this image')
                problems.push(`no alt text: ${img.src.slice(0, 80)}`);
        }
        return problems;
    }""")


@pytest.mark.parametrize(("lang", "page"), PAGES, ids=[f"{lang}/{page}" for lang, page in PAGES])
def test_page_reads_cleanly_and_switches_language(reader, site, lang, page):
    """The page loads with no console error and no request to another host; its images load and
    have alt text; axe-core finds no serious or critical violation; the language switcher leads
    to the same page in the other language, and back."""
    url = site + _prefix(lang) + _url_path(page)
    response = reader.open(url)
    assert response is not None and response.status == 200, f"{url}: HTTP {response and response.status}"
    assert _images_problems(reader.page) == []
    results = Axe().run(reader.page).response
    grave = [f"{v['id']} ({v['impact']}): {v['help']}, {len(v['nodes'])}x, e.g. {v['nodes'][0]['target']}"
             for v in results["violations"] if v["impact"] in ("serious", "critical")]
    assert grave == [], f"axe-core on {lang}/{page}:\n" + "\n".join(grave)
    other = "en" if lang == "ko" else "ko"
    for target_lang, expected in ((other, site + _prefix(other) + _url_path(page)), (lang, url)):
        reader.page.hover(".md-header__option .md-select")
        reader.page.click(f'.md-select__link[hreflang="{target_lang}"]')
        reader.page.wait_for_load_state("load")
        assert reader.page.url == expected, f"switching to {target_lang}"
        assert reader.page.locator("html").get_attribute("lang") == target_lang
    assert reader.errors == []
    assert reader.foreign == [], "requested other hosts"


SEARCHES = [
    ("ko", "기울기", "autograd/basics/"),
    ("ko", "역전파", "autograd/basics/"),  # the API entries that use the word once must not crowd it out
    ("ko", "텐서 합치기", "tensors/joining/"),
    ("en", "gradient", "autograd/basics/"),
    ("en", "backpropagation", "nn/module/"),
]


def _search(browser, home: str, query: str) -> list[str]:
    """The result links, in order, that Material's search shows for a query typed on a page."""
    context = browser.new_context()  # no listeners: under Playwright's instrumentation, Material's
    try:                              # search worker now and then never answers (not seen by hand)
        page = context.new_page()
        results = page.locator(".md-search-result__item > a.md-search-result__link")
        for _ in range(6):  # under load, a page load's search worker now and then never answers
            page.goto(home, wait_until="networkidle")
            page.click("input.md-search__input")
            try:  # the worker has built its index when the "initializing" message is gone
                page.wait_for_function("() => !/초기화|Initializing/.test("
                                       "document.querySelector('.md-search-result__meta').textContent)", timeout=20000)
                page.keyboard.insert_text(query)  # as an input method delivers Hangul
                page.keyboard.press("End")  # Material searches on key events, which inserted text lacks
                results.first.wait_for(timeout=8000)
                break
            except PlaywrightTimeout:
                continue
        else:
            pytest.fail(f"{query!r}: no results in 6 page loads; {page.locator('.md-search-result__meta').inner_text()}")
        page.wait_for_timeout(1500)  # results render again as the worker answers each keystroke
        return [urlsplit(h).path + (f"#{urlsplit(h).fragment}" if urlsplit(h).fragment else "")
                for h in results.evaluate_all("links => links.map(a => a.href)")]
    finally:
        context.close()


@pytest.mark.parametrize(("lang", "query", "expected"), SEARCHES, ids=[s[1] for s in SEARCHES])
def test_search_finds_pages_in_the_readers_language(browser, site, lang, query, expected):
    home = site + _prefix(lang)
    hrefs = [h.split("#")[0] for h in _search(browser, home, query)]
    base = urlsplit(home).path
    assert all(h.startswith(base) for h in hrefs), f"results left {base}: {hrefs}"
    if lang == "ko":
        assert not any(h.startswith(base + "en/") for h in hrefs), f"English results on the Korean site: {hrefs}"
    assert base + expected in hrefs, f"{query!r} did not find {expected}: {hrefs}"


NAME_SEARCHES = [(lang, query, entry) for lang in pages.LANGUAGES for query, entry in (
    ("DataLoader", "api/data/#torch.utils.data.DataLoader"),
    ("torch.utils.data.DataLoader", "api/data/#torch.utils.data.DataLoader"),
    ("random_split", "api/data/#torch.utils.data.random_split"),
    ("WeightedRandomSampler", "api/samplers/#torch.utils.data.WeightedRandomSampler"),
    ("Dataset", "api/data/#torch.utils.data.Dataset"),
    ("interpolate", "api/functional/vision/#torch.nn.functional.interpolate"),
    ("F.interpolate", "api/functional/vision/#torch.nn.functional.interpolate"),
    ("torch.nn.functional.interpolate", "api/functional/vision/#torch.nn.functional.interpolate"),
    ("scaled_dot_product_attention", "api/functional/attention/#torch.nn.functional.scaled_dot_product_attention"),
    ("F.one_hot", "api/functional/sparse/#torch.nn.functional.one_hot"),
    ("cross_entropy", "api/functional/losses-classification/#torch.nn.functional.cross_entropy"),
    ("RandomErasing", "api/v2/misc/#torchvision.transforms.v2.RandomErasing"),
    ("v2.CutMix", "api/v2/auto-augment/#torchvision.transforms.v2.CutMix"),
    ("nn.Linear", "api/nn/linear/#torch.nn.Linear"),  # not F.linear_cross_entropy: exact words first
    ("torch.where", "api/torch/indexing/#torch.where"),  # not torch.argwhere
    ("take_along_dim", "api/torch/indexing/#torch.take_along_dim"),
    ("torch.scatter_reduce", "api/torch/scatter/#torch.scatter_reduce"),
    ("multinomial", "api/torch/random/#torch.multinomial"),
    ("manual_seed", "api/torch/random/#torch.seed"),  # an entry shared with seed and initial_seed
    ("use_deterministic_algorithms", "api/torch/utilities/#torch.use_deterministic_algorithms"),
    ("torch.save", "api/torch/runtime/#torch.save"),
    ("torch.sort", "api/torch/ordering/#torch.sort"),  # the comparisons page's introduction says "sorting"
    ("cumsum", "api/torch/cumulative/#torch.cumsum"),
    ("torch.svd", "api/torch/decompositions/#torch.svd"),
    ("einsum", "api/torch/products/#torch.einsum"),  # a guide section is titled with it too
    ("isclose", "api/torch/comparison/#torch.isclose"),
    ("stft", "api/torch/spectral/#torch.stft"),
    ("Conv2d", "api/nn/convolution/#torch.nn.Conv2d"),  # guide sections are titled `nn.Conv2d` too
    ("nn.Sequential", "api/nn/containers/#torch.nn.Sequential"),
    ("BatchNorm2d", "api/nn/normalization/#torch.nn.BatchNorm1d"),  # an entry shared by the 1d/2d/3d variants
    ("CrossEntropyLoss", "api/nn/losses-classification/#torch.nn.CrossEntropyLoss"),
    ("nn.LSTM", "api/nn/recurrent/#torch.nn.LSTM"),
    ("xavier_uniform_", "api/nn/init/#torch.nn.init.xavier_uniform_"),
)]


@pytest.mark.parametrize(("lang", "query", "entry"), NAME_SEARCHES, ids=[f"{lang}-{q}" for lang, q, _ in NAME_SEARCHES])
def test_search_by_name_shows_the_entry_first(browser, site, lang, query, entry):
    """The first result is the entry's page, and the first section Material shows under it is the
    entry (a page's own text, when it scores best, would fold every section away)."""
    home = site + _prefix(lang)
    hrefs = _search(browser, home, query)
    page, anchor = (urlsplit(home).path + entry).split("#")
    assert hrefs[:2] == [page, f"{page}#{anchor}"], f"{query!r}: {hrefs[:5]}"


@pytest.mark.parametrize("page", ["tensors/basics.md", "data/dataloader.md", "transforms/gallery.md"])
def test_copy_button_copies_the_code_without_its_output(browser, site, page):
    """Every snippet block on the page: the copy button gives exactly the file's code, without the
    `#>` expected-output lines, and without the output shown under it."""
    tab = Reader(browser, permissions=["clipboard-read", "clipboard-write"])
    try:
        tab.open(site + _url_path(page))
        blocks = tab.page.locator("article div.highlight:has(> span.filename)")
        names = [n for n in blocks.locator("> span.filename").all_inner_texts()]
        snippets = [n for n in names if n.startswith("snippets/")]
        assert snippets == pages.outline(ROOT / "docs" / "ko" / page, page).includes
        for number, name in enumerate(names):
            if not name.startswith("snippets/"):
                continue
            block = blocks.nth(number)
            block.scroll_into_view_if_needed()
            block.hover()
            block.locator('button[data-md-type="copy"]').click()
            copied = tab.page.evaluate("navigator.clipboard.readText()")
            assert copied.rstrip("\n") == Snippet.load(ROOT / name).display_source.rstrip("\n"), name
    finally:
        tab.close()


def _gpu_pages() -> list[str]:
    found = []
    for page in pages.page_files(ROOT / "docs", "ko"):
        if page.endswith(".md") and any(Snippet.load(ROOT / n).needs_cuda
                                        for n in pages.outline(ROOT / "docs" / "ko" / page, page).includes):
            found.append(page)
    return found


@pytest.mark.parametrize("lang", pages.LANGUAGES)
def test_gpu_sections_show_their_mark(reader, site, lang):
    assert _gpu_pages(), "no page includes a `# requires: cuda` snippet"
    for page in _gpu_pages():
        reader.open(site + _prefix(lang) + _url_path(page))
        marks = reader.page.locator("article .admonition.gpu")
        assert marks.count() >= 1 and marks.first.is_visible(), page
        title = marks.first.locator(".admonition-title").inner_text()
        assert title == ("GPU 필요" if lang == "ko" else "Requires a GPU")


@pytest.mark.parametrize("path", ["no/such/page/", "en/no/such/page/"])
def test_missing_address_gets_the_styled_bilingual_404_page(reader, site, path):
    response = reader.open(site + path)
    assert response.status == 404
    heading = reader.page.locator("article h1").inner_text()
    assert "페이지를 찾을 수 없습니다" in heading and "Page not found" in heading
    # the stylesheet loaded from the site's root, wherever the missing address was
    assert reader.page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") == "sticky"
    for name, target in (("첫 페이지", site), ("English home page", site + "en/")):
        reader.page.click(f"article a:text-is('{name}')")
        reader.page.wait_for_load_state("load")
        assert reader.page.url == target
        reader.page.go_back()
    own_status = "console: Failed to load resource: the server responded with a status of 404 (Not Found)"
    assert [e for e in reader.errors if e != own_status] == []
    assert reader.foreign == []


def test_search_index_is_split_by_language(built_site):
    ko = json.loads((built_site / "search/search_index.json").read_text(encoding="utf-8"))["docs"]
    en = json.loads((built_site / "en/search/search_index.json").read_text(encoding="utf-8"))["docs"]
    assert ko and en
    assert not any(d["location"].startswith("en/") for d in ko)
    assert {d["location"].split("#")[0] for d in en} == {d["location"].split("#")[0] for d in ko}


def test_api_entries_are_tagged_with_their_names_and_nothing_is_boosted(built_site):
    """Names find entries through their tags; no document carries a boost, which would also lift
    every entry whose text merely uses a word above the guide pages about it."""
    for index in ("search/search_index.json", "en/search/search_index.json"):
        docs = {d["location"]: d for d in json.loads((built_site / index).read_text(encoding="utf-8"))["docs"]}
        assert docs["api/torch/joining/#torch.cat"]["tags"] == ["torch.cat", "torch.concat", "torch.concatenate"]
        assert docs["api/data/#torch.utils.data.DataLoader"]["tags"] == ["torch.utils.data.DataLoader"]
        assert not any("tags" in d for loc, d in docs.items() if not loc.startswith("api/")), index
        assert not any("boost" in d for d in docs.values()), index
