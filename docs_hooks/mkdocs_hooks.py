"""MkDocs hooks: execute included snippets once per build, mark GPU snippets, render notebooks.

Registered in mkdocs.yml under `hooks:`. Executed blocks look like standard markdown-exec
blocks; this module replaces markdown-exec's in-process `python` runner with the snippet
runner, so each block runs as the real file in a fresh process, once for all languages.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import markdown_exec  # noqa: E402
from mkdocs.plugins import event_priority, get_plugin_logger  # noqa: E402
from mkdocs.structure.files import Files  # noqa: E402
from mkdocs_jupyter.plugin import NotebookFile  # noqa: E402

from docs_hooks import coverage, glossary, pages, runner  # noqa: E402
from docs_hooks.expected import STDERR_HINT, pictures  # noqa: E402
from docs_hooks.snippets import Snippet, all_snippets, normalize  # noqa: E402

log = get_plugin_logger("snippets")

LABELS = {
    "ko": {
        "output": "출력",
        "search": "검색",
        "error": "오류",
        "gpu_title": "GPU 필요",
        "gpu_body": "이 예제는 CUDA GPU가 있어야 실행됩니다.",
        "gpu_missing_title": "출력을 생성하지 않음",
        "gpu_missing": "이 사이트를 빌드한 컴퓨터에는 CUDA가 없어서 출력을 생성하지 않았습니다. "
        "GPU가 있는 컴퓨터에서 직접 실행해 보세요.",
    },
    "en": {
        "output": "Output",
        "search": "Search",
        "error": "Error",
        "gpu_title": "Requires a GPU",
        "gpu_body": "This example needs a CUDA GPU to run.",
        "gpu_missing_title": "No output: built without a GPU",
        "gpu_missing": "The machine that built this site has no CUDA, so no output was generated. "
        "Run it yourself on a machine with a GPU.",
    },
}

_by_text: dict[str, Snippet] = {}
_results: dict[tuple[Path, str], runner.Result] = {}  # by (path, text): once per build, all languages
_page = {"src": "?", "lang": "ko"}
_tooltips = glossary.GlossaryExtension()
_site: dict = {}  # the project root and the glossary, set before each build
# A page holding one of these lines gets the generated content in its place, in its language.
GENERATED = {"<!-- generated: glossary -->", "<!-- generated: api-coverage -->"}


def on_config(config):
    """Route `python exec="on"` blocks to the snippet runner; add the glossary tooltips."""
    markdown_exec.formatters["python"] = format_snippet
    markdown_exec.formatters["py"] = format_snippet
    if _tooltips not in config.markdown_extensions:
        config.markdown_extensions.append(_tooltips)
    return config


def on_pre_build(config):
    """Check the pages' rules, then run every snippet in parallel before pages render.

    mkdocs-static-i18n calls this once per language; later calls reuse the results.
    """
    root = Path(config.config_file_path).resolve().parent
    i18n = config.plugins.get("i18n")
    if getattr(i18n, "is_default_language_build", True):  # the pages are the same for every language
        for problem in pages.problems(root):
            log.warning(problem)
    _site["root"] = root
    try:
        _site["terms"] = glossary.load(root)
    except (OSError, ValueError):  # the page rules above report it once, naming the entry
        _site["terms"] = []
    snippets = all_snippets(root)
    _by_text.clear()
    _by_text.update({normalize(s.text): s for s in snippets})
    runnable = [s for s in snippets if not runner.SKIP and (not s.needs_cuda or runner.cuda_present())]
    todo = [s for s in runnable if (s.path, s.text) not in _results]
    hits = {(s.path, s.text): r for s in todo if (r := runner.cached(s)) is not None}
    fresh = [s for s in todo if (s.path, s.text) not in hits]
    names = " ".join(s.name for s in fresh[:5])
    log.info(f"{len(todo)} snippets to show: {len(hits)} cached, running {len(fresh)}: {names}")
    _results.update(hits)
    _results.update(zip(((s.path, s.text) for s in fresh), runner.run_all(fresh)))
    _configure_notebooks(config, root, getattr(i18n, "current_language", None) or "default")


def _configure_notebooks(config, root: Path, language: str) -> None:
    """Give mkdocs-jupyter the same cache rules as snippets.

    Its cache key covers the notebook and its own options only, and each build evicts entries
    that build did not use, so with two languages each build evicted the other's notebooks.
    One folder per environment and language fixes both; the switches apply to notebooks too.
    """
    jupyter = config.plugins["mkdocs-jupyter"].config
    jupyter["cache_dir"] = str(root / ".cache" / "notebooks" / runner.environment_key() / language)
    jupyter["cache"] = not (runner.NO_CACHE or runner.SKIP)
    jupyter["execute"] = not runner.SKIP


def on_page_markdown(markdown, page, config, files):
    """Remember which page is rendering, for labels and error messages."""
    _page["src"] = f"docs/{page.file.src_uri}"
    _page["lang"] = getattr(page.file, "locale", None) or "ko"
    _page["up"] = "../" * page.url.count("/")
    _page["site_dir"] = config.site_dir
    markers = GENERATED & {line.strip() for line in markdown.splitlines()}
    korean_prose = _page["lang"] == "ko" and not markers
    _tooltips.titles = {t.ko: t.en for t in _site.get("terms", [])} if korean_prose else {}
    for marker in markers:
        markdown = markdown.replace(marker, _generated(marker, _page["lang"]))
    return markdown


def _generated(marker: str, language: str) -> str:
    """The Markdown that replaces a generation marker on the glossary or coverage page."""
    if marker.endswith("glossary -->"):
        return glossary.page_markdown(_site["terms"], language)
    text, totals = coverage.table(_site["root"], language, runner.environment_key())
    if language == "ko":
        log.info("API coverage: " + ", ".join(f"{key} {c}/{t}" for key, (c, t) in totals.items()))
    return text


def format_snippet(code: str, md, id: str = "", extra: dict | None = None, **_options) -> str:  # noqa: A002
    """Render an included snippet: its source, then its live output (or why there is none)."""
    labels = LABELS[_page["lang"]]
    snippet = _by_text.get(normalize(code))
    if snippet is None:
        log.warning(f"{_page['src']}: executed block {id!r} is not a file under snippets/ (include one with --8<--)")
        return markdown_exec.MarkdownConverter(md).convert(markdown_exec.code_block("python", code))
    if not id:
        log.warning(f"{_page['src']}: the block that includes {snippet.name} has no id=\"...\"")
    extra = dict(extra or {})
    alt = extra.pop("alt", "")
    parts = []
    if snippet.needs_cuda:
        parts.append(f'!!! gpu "{labels["gpu_title"]}"\n    {labels["gpu_body"]}')
    parts.append(markdown_exec.code_block("python", snippet.display_source, title=snippet.name, **extra))
    result = _results.get((snippet.path, snippet.text))
    if result is None:
        if not runner.SKIP:  # a render-only build shows no outputs at all
            parts.append(f'!!! gpu-missing "{labels["gpu_missing_title"]}"\n    {labels["gpu_missing"]}')
    elif not result.ok:
        log.warning(
            f"{snippet.name} failed with exit code {result.returncode} "
            f"(included by {_page['src']}, block {id!r}):\n{result.stderr}"
        )
        parts.append(markdown_exec.code_block("text", result.stderr.rstrip("\n"), title=labels["error"]))
    else:
        if result.stderr.strip():
            log.warning(f"{snippet.name} wrote to stderr (included by {_page['src']}):\n{result.stderr}\n{STDERR_HINT}")
        if result.stdout:
            parts.append(markdown_exec.code_block("text", result.stdout.rstrip("\n"), title=labels["output"]))
        parts.extend(_picture(name, raw, width, height, alt, snippet) for name, raw, width, height in pictures(result))
    return markdown_exec.MarkdownConverter(md).convert("\n\n".join(parts), id_prefix=f"{id}-" if id else None)


def _site_asset(folder: str, data: bytes, suffix: str, site_dir: str) -> str:
    """Write data once into the site under a name made from its hash; return its path in the site."""
    name = f"assets/{folder}/{hashlib.sha256(data).hexdigest()[:16]}{suffix}"
    path = Path(site_dir) / name
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return name


def _picture(name: str, raw: bytes, width: int, height: int, alt: str, snippet: Snippet) -> str:
    """Write a picture a snippet saved into the site and return the HTML that shows it."""
    if not alt:
        log.warning(f'{_page["src"]}: the block that includes {snippet.name} needs alt="..." for {name}')
    target = _site_asset("snippets", raw, Path(name).suffix.lower(), _page["site_dir"])
    return (f'<figure class="snippet-picture"><img src="{_page["up"]}{target}" alt="{html.escape(alt)}" '
            f'width="{width}" height="{height}" loading="lazy"></figure>')


@event_priority(-200)  # after mkdocs-static-i18n (-100), which replaced the notebook files
def on_files(files: Files, config) -> Files:
    """Make notebooks pages again after i18n re-created their files, keeping i18n's URLs.

    mkdocs-static-i18n rebuilds every File as a plain one, so mkdocs-jupyter's notebook
    wrapper is lost and the .ipynb would be copied as raw JSON.
    """
    for file in list(files):
        if file.src_uri.endswith(".ipynb") and not isinstance(file, NotebookFile):
            notebook = NotebookFile(file, config.use_directory_urls, config.site_dir)
            notebook.dest_path, notebook.abs_dest_path, notebook.url = file.dest_path, file.abs_dest_path, file.url
            files.remove(file)  # in place: the i18n plugin's Files subclass resolves the nav's paths
            files.append(notebook)
    return files


_NOTEBOOK_REMOTE_SCRIPTS = re.compile(
    r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->"
    r"|<script type=\"module\">\s*document\.addEventListener\(\"DOMContentLoaded\".*?<!-- End of mermaid configuration -->",
    re.DOTALL,
)


_NOTEBOOK_STYLE = re.compile(r'<style type="text/css">(.*?)</style>', re.DOTALL)


_CONFIG_SCRIPT = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.DOTALL)


def on_post_page(output: str, page, config) -> str:
    """Point each language's pages at its own search index, and keep notebook pages light."""
    language = getattr(page.file, "locale", None)
    i18n = config.plugins.get("i18n")
    if language and i18n is not None and language != i18n.default_language:
        output = _CONFIG_SCRIPT.sub(lambda m: m.group(1) + _language_base(m.group(2), language) + m.group(3), output, count=1)
    # Material fetches sitemap.xml under every <link rel="alternate">, taking each for a language's
    # root; mkdocs-static-i18n points them at the page itself, so each page made two failing requests.
    # The language switcher carries the same per-page links with their hreflang.
    output = _HEAD_ALTERNATE.sub("", output)
    output = _name_search(output, LABELS[language or "ko"]["search"])
    return _light_notebook(output, page, config)


def _language_base(app_json: str, language: str) -> str:
    """Material's page config with `base` moved to the language's root.

    Material loads `search/search_index.json` and resolves result links from `base`. Its other
    use of `base`, versioning, is off here; stored settings (palette) use a separate scope.
    """
    app = json.loads(app_json)
    app["base"] = f"{app['base'].rstrip('/')}/{language}/"
    return json.dumps(app)


@event_priority(-200)  # after mkdocs-static-i18n, which writes one index holding every language
def on_post_build(config) -> None:
    """Split the search index by language, so that results stay in the reader's language."""
    i18n = config.plugins.get("i18n")
    if i18n is None or getattr(i18n, "building", False):  # only once, after the last language
        return
    index_path = Path(config.site_dir) / "search" / "search_index.json"
    index = json.loads(index_path.read_text(encoding="utf-8"))
    others = [lang for lang in i18n.build_languages if lang != i18n.default_language]
    split = {lang: [] for lang in [i18n.default_language, *others]}
    for doc in index["docs"]:
        language = next((lang for lang in others if doc["location"].startswith(f"{lang}/")), i18n.default_language)
        if language != i18n.default_language:
            doc = {**doc, "location": doc["location"][len(language) + 1:]}
        split[language].append(doc)
    for language, docs in split.items():
        folder = Path(config.site_dir) / ("" if language == i18n.default_language else language) / "search"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "search_index.json").write_text(json.dumps({**index, "docs": docs}, ensure_ascii=False), encoding="utf-8")


_NO_ALT = 'alt="No description has been provided for this image"'
_HEAD_ALTERNATE = re.compile(r'\s*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')


def on_post_template(output: str, template_name: str, config) -> str:
    """The 404 page: its switcher leads to each language's home, like its links, not to the last page built."""
    if template_name != "404.html":
        return output
    root = urlsplit(config.site_url or "/").path.rstrip("/")
    default = config.plugins["i18n"].default_language
    output = _HEAD_ALTERNATE.sub("", output)
    output = _point_switcher(output, lambda lang: f'{root}/{"" if lang == default else lang + "/"}')
    return _name_search(output, "검색 · Search")


_SWITCHER_LINK = re.compile(r'<a href="[^"]*" hreflang="(\w+)" class="md-select__link">')
_SEARCH_DIALOG = 'class="md-search" data-md-component="search" role="dialog"'


def _point_switcher(output: str, href) -> str:
    """Point each language link of the switcher at `href(language)`."""
    return _SWITCHER_LINK.sub(lambda m: f'<a href="{href(m.group(1))}" hreflang="{m.group(1)}" class="md-select__link">',
                              output)


def _name_search(output: str, label: str) -> str:
    """Give Material's search dialog the accessible name it lacks (axe-core: aria-dialog-name)."""
    return output.replace(_SEARCH_DIALOG, f'{_SEARCH_DIALOG} aria-label="{label}"', 1)


def _light_notebook(output: str, page, config) -> str:
    """Keep notebook pages light, local and accessible.

    Drops the MathJax and Mermaid loaders that mkdocs-jupyter points at a CDN (readers' browsers
    must not contact other hosts; the notebooks use neither), moves the ~600 KB of CSS it
    inlines into every notebook page to shared files that browsers cache, gives each picture
    the alt text of its code cell (`"alt"` in the cell's metadata), and makes code cells that
    scroll sideways reachable with the keyboard.
    """
    if not isinstance(page.file, NotebookFile):
        return output
    output = _NOTEBOOK_REMOTE_SCRIPTS.sub("", output)
    up = "../" * page.url.count("/")
    # i18n finds no alternates for notebooks (they are not pages when it pairs files), so their
    # language switcher led to the other language's home: point it at the same notebook.
    default = config.plugins["i18n"].default_language
    path = re.sub(rf"^{re.escape(page.file.locale)}/", "", page.url) if page.file.locale != default else page.url
    output = _point_switcher(output, lambda lang: f'{up}{"" if lang == default else lang + "/"}{path}')

    def link(match: re.Match) -> str:
        name = _site_asset("notebooks", match.group(1).encode(), ".css", config.site_dir)
        return f'<link rel="stylesheet" href="{up}{name}">'

    output = _NOTEBOOK_STYLE.sub(link, output)
    cells = json.loads(Path(page.file.abs_src_path).read_text(encoding="utf-8"))["cells"]
    alts = [alt for c in cells if c["cell_type"] == "code" and (alt := c.get("metadata", {}).get("alt"))]
    if output.count(_NO_ALT) != len(alts):
        log.warning(f"docs/{page.file.src_uri}: {output.count(_NO_ALT)} pictures but {len(alts)} alt texts; "
                    'give each code cell that draws a picture "alt" in its metadata, in the page\'s language')
    for alt in alts:
        output = output.replace(_NO_ALT, f'alt="{html.escape(alt)}"', 1)
    return output.replace('<div class="highlight-ipynb hl-python">', '<div class="highlight-ipynb hl-python" tabindex="0">')
