"""Workarounds for mkdocs-static-i18n with Material: search per language, switcher links, the 404 page.

mkdocs-static-i18n builds the site once per language and writes one search index holding both;
it points every page's `<link rel="alternate">` at the page itself, and the 404 page's switcher
at whichever page was built last. Each helper here fixes one of these.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

_CONFIG_SCRIPT = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.DOTALL)
_HEAD_ALTERNATE = re.compile(r'\s*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')
_SWITCHER_LINK = re.compile(r'<a href="[^"]*" hreflang="(\w+)" class="md-select__link">')
_SEARCH_DIALOG = 'class="md-search" data-md-component="search" role="dialog"'


def search_in_page_language(output: str, language: str) -> str:
    """Point Material's page config at the language's root, where its own search index lies.

    Material loads `search/search_index.json` and resolves result links from `base`. Its other
    use of `base`, versioning, is off here; stored settings (palette) use a separate scope.
    """
    def move(match: re.Match) -> str:
        app = json.loads(match.group(2))
        app["base"] = f"{app['base'].rstrip('/')}/{language}/"
        return match.group(1) + json.dumps(app) + match.group(3)

    return _CONFIG_SCRIPT.sub(move, output, count=1)


def drop_head_alternates(output: str) -> str:
    """Remove `<link rel="alternate">` from the head.

    Material fetches sitemap.xml under each of them, taking it for a language's root; i18n points
    them at the page itself, so each page made two failing requests. The language switcher keeps
    the same per-page links with their hreflang.
    """
    return _HEAD_ALTERNATE.sub("", output)


def point_switcher(output: str, href) -> str:
    """Point each language link of the switcher at `href(language)`."""
    return _SWITCHER_LINK.sub(lambda m: f'<a href="{href(m.group(1))}" hreflang="{m.group(1)}" class="md-select__link">',
                              output)


def name_search(output: str, label: str) -> str:
    """Give Material's search dialog the accessible name it lacks (axe-core: aria-dialog-name)."""
    return output.replace(_SEARCH_DIALOG, f'{_SEARCH_DIALOG} aria-label="{label}"', 1)


def bilingual_404(output: str, site_url: str, default_language: str) -> str:
    """The 404 page: its switcher leads to each language's home, like its links, not to the last page built."""
    root = urlsplit(site_url or "/").path.rstrip("/")
    output = drop_head_alternates(output)
    output = point_switcher(output, lambda lang: f'{root}/{"" if lang == default_language else lang + "/"}')
    return name_search(output, "검색 · Search")


def split_search_index(site_dir: str, default_language: str, languages: list[str], index: dict) -> None:
    """Split the build's one search index (`index`, as i18n wrote it) into one per language, so
    results stay in the reader's language."""
    others = [lang for lang in languages if lang != default_language]
    split = {lang: [] for lang in [default_language, *others]}
    for doc in index["docs"]:
        language = next((lang for lang in others if doc["location"].startswith(f"{lang}/")), default_language)
        if language != default_language:
            doc = {**doc, "location": doc["location"][len(language) + 1:]}
        split[language].append(doc)
    for language, docs in split.items():
        folder = Path(site_dir) / ("" if language == default_language else language) / "search"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "search_index.json").write_text(json.dumps({**index, "docs": docs}, ensure_ascii=False), encoding="utf-8")
