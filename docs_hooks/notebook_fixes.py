"""Workarounds for mkdocs-jupyter under mkdocs-static-i18n: notebook files, caches, light pages.

mkdocs-static-i18n re-creates every file as a plain one (the notebook would be copied as raw
JSON), builds once per language (each build evicted the other's notebook cache), and finds no
translation for notebooks (their switcher led home). mkdocs-jupyter inlines ~600 KB of CSS into
every page, loads MathJax and Mermaid from a CDN and gives pictures placeholder alt text. Its
`include_source` copies each notebook next to its page but adds no link (that takes a theme
override); each notebook page links its own language's file here.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import Files
from mkdocs_jupyter.plugin import NotebookFile

from docs_hooks import runner
from docs_hooks.i18n_fixes import point_switcher
from docs_hooks.site_assets import site_asset

log = get_plugin_logger("notebooks")

_REMOTE_SCRIPTS = re.compile(
    r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->"
    r"|<script type=\"module\">\s*document\.addEventListener\(\"DOMContentLoaded\".*?<!-- End of mermaid configuration -->",
    re.DOTALL,
)
_STYLE = re.compile(r'<style type="text/css">(.*?)</style>', re.DOTALL)
_NO_ALT = 'alt="No description has been provided for this image"'
_DOWNLOAD = {"ko": "이 노트북 내려받기", "en": "Download this notebook"}


def rewrap_notebooks(files: Files, config) -> Files:
    """Make notebooks pages again after i18n re-created their files, keeping i18n's URLs."""
    for file in list(files):
        if file.src_uri.endswith(".ipynb") and not isinstance(file, NotebookFile):
            notebook = NotebookFile(file, config.use_directory_urls, config.site_dir)
            notebook.dest_path, notebook.abs_dest_path, notebook.url = file.dest_path, file.abs_dest_path, file.url
            files.remove(file)  # in place: the i18n plugin's Files subclass resolves the nav's paths
            files.append(notebook)
    return files


def configure_cache(config, root: Path, language: str, dirty: bool = False) -> None:
    """Give mkdocs-jupyter the snippets' cache rules: one folder per environment and language, same switches.

    After each build mkdocs-jupyter deletes the cached notebooks that build did not render. A dirty
    rebuild (`make serve`) renders few pages, so that used to empty the cache, and the next
    `make build` or `make check` executed every notebook again (80 s here). In a dirty build the
    cached notebooks all count as used.
    """
    plugin = config.plugins["mkdocs-jupyter"]
    jupyter = plugin.config
    cache_dir = root / ".cache" / "notebooks" / runner.environment_key() / language
    jupyter["cache_dir"] = str(cache_dir)
    jupyter["cache"] = not (runner.NO_CACHE or runner.SKIP)
    jupyter["execute"] = not runner.SKIP
    if dirty and hasattr(plugin, "_used_cache_paths"):  # reset by its own on_pre_build, just before this
        plugin._used_cache_paths.update(cache_dir.glob("*.json"))


def light_notebook(output: str, page, config) -> str:
    """Keep a notebook page light, local and accessible; other pages pass unchanged.

    Drops the CDN loaders (the notebooks use neither MathJax nor Mermaid), moves the inlined CSS
    to a shared file that browsers cache, points the switcher at the same notebook in the other
    language, gives each picture the alt text of its code cell (`"alt"` in the cell's metadata),
    makes code cells that scroll sideways reachable with the keyboard, and offers the notebook
    for download under its title.
    """
    if not isinstance(page.file, NotebookFile):
        return output
    output = _REMOTE_SCRIPTS.sub("", output)
    up = "../" * page.url.count("/")
    default = config.plugins["i18n"].default_language
    path = re.sub(rf"^{re.escape(page.file.locale)}/", "", page.url) if page.file.locale != default else page.url
    output = point_switcher(output, lambda lang: f'{up}{"" if lang == default else lang + "/"}{path}')

    def link(match: re.Match) -> str:
        name = site_asset("notebooks", match.group(1).encode(), ".css", config.site_dir)
        return f'<link rel="stylesheet" href="{up}{name}">'

    output = _STYLE.sub(link, output)
    cells = json.loads(Path(page.file.abs_src_path).read_text(encoding="utf-8"))["cells"]
    alts = [alt for c in cells if c["cell_type"] == "code" and (alt := c.get("metadata", {}).get("alt"))]
    if output.count(_NO_ALT) != len(alts) and not runner.SKIP:  # a render-only build draws no pictures
        log.warning(f"docs/{page.file.src_uri}: {output.count(_NO_ALT)} pictures but {len(alts)} alt texts; "
                    'give each code cell that draws a picture "alt" in its metadata, in the page\'s language')
    for alt in alts:
        output = output.replace(_NO_ALT, f'alt="{html.escape(alt)}"', 1)
    output = output.replace('<div class="highlight-ipynb hl-python">', '<div class="highlight-ipynb hl-python" tabindex="0">')
    output = unique_heading_ids(output)
    return download_link(output, Path(page.file.abs_src_path).name, page.file.locale or default)


_HEADING_ID = re.compile(r'(<h[1-6] id=")([^"]+)(">.*?<a class="anchor-link" href="#)\2(")', re.DOTALL)


def unique_heading_ids(output: str) -> str:
    """Number repeated heading ids (`zero_grad`, `zero_grad-2`), with their anchor and table-of-contents links.

    nbconvert makes an id from a heading's ASCII letters alone, so Korean headings that share
    their Latin words (`zero_grad를 빼먹으면`, `zero_grad()를 두는 자리`) got the same one.
    """
    seen: dict[str, int] = {}

    def heading(match: re.Match) -> str:
        seen[match.group(2)] = seen.get(match.group(2), 0) + 1
        count = seen[match.group(2)]
        name = match.group(2) if count == 1 else f"{match.group(2)}-{count}"
        return f"{match.group(1)}{name}{match.group(3)}{name}{match.group(4)}"

    output = _HEADING_ID.sub(heading, output)
    for name in [n for n, count in seen.items() if count > 1]:
        numbers = iter(range(1, seen[name] + 1))

        def toc_link(match: re.Match, name: str = name, numbers=numbers) -> str:
            number = next(numbers, 1)
            return f'href="#{name if number == 1 else f"{name}-{number}"}" class="md-nav__link"'

        output = re.sub(rf'href="#{re.escape(name)}" class="md-nav__link"', toc_link, output)
    return output


def download_link(output: str, name: str, language: str) -> str:
    """A link to the notebook file under the page's first heading (or atop the notebook).

    The href is the bare file name: include_source copies the file into the page's own folder,
    whichever language and URL style, so the link stays relative and on this host.
    """
    link = (f'<p class="notebook-download"><a href="{html.escape(name)}" download>'
            f'{_DOWNLOAD.get(language, _DOWNLOAD["en"])}: <code>{html.escape(name)}</code></a></p>')
    if "</h1>" in output:
        return output.replace("</h1>", "</h1>" + link, 1)
    return output.replace('<div class="jupyter-wrapper">', '<div class="jupyter-wrapper">' + link, 1)
