"""MkDocs hooks: a thin dispatcher from MkDocs' events to the helpers that do each job.

Registered in mkdocs.yml under `hooks:`. Each job lives in a module named for it:
snippet_blocks (executed blocks), api_entries (API reference entries), generated (pages made
from the site itself), glossary (Korean tooltips), pages (the page rules), i18n_fixes and
notebook_fixes (workarounds for mkdocs-static-i18n and mkdocs-jupyter), search_ranking (exact
words before prefixes in search), dirty_serve (a fast and correct rebuild for `mkdocs serve`).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mkdocs.plugins import event_priority, get_plugin_logger  # noqa: E402

from docs_hooks import api_entries, dirty_serve, generated, glossary, i18n_fixes, notebook_fixes, pages  # noqa: E402
from docs_hooks import search_ranking, snippet_blocks, template_cache  # noqa: E402

log = get_plugin_logger("pages")
SEARCH_LABEL = {"ko": "검색", "en": "Search"}
_tooltips = glossary.GlossaryExtension()
_site: dict = {}  # the project root and the glossary, set before each build


def on_startup(command, dirty):
    """`mkdocs serve --dirty` (what `make serve` runs) rebuilds only what an edit changed."""
    dirty_serve.start(dirty)


def on_config(config):
    """Route `python exec="on"` blocks to the snippet runner; add the glossary tooltips."""
    snippet_blocks.install()
    if _tooltips not in config.markdown_extensions:
        config.markdown_extensions.append(_tooltips)
    return config


def on_pre_build(config):
    """Check the pages' rules, then run every snippet before pages render.

    mkdocs-static-i18n calls this once per language; later calls reuse the results.
    """
    root = Path(config.config_file_path).resolve().parent
    i18n = config.plugins.get("i18n")
    first = getattr(i18n, "is_default_language_build", True)  # the first of the build's language passes
    if first:  # the pages and snippets are the same for every language
        for problem in pages.problems(root):
            log.warning(problem)
    _site["root"] = root
    try:
        _site["terms"] = glossary.load(root)
    except (OSError, ValueError):  # the page rules above report it once, naming the entry
        _site["terms"] = []
    api_entries.prepare(root)
    if first or not snippet_blocks.has_run():
        snippet_blocks.run_snippets(root)
    notebook_fixes.configure_cache(config, root, getattr(i18n, "current_language", None) or "default",
                                   dirty=dirty_serve.is_dirty())


def on_env(env, config, files):
    """Theme templates compile once, not once per build and language."""
    return template_cache.install(env, Path(config.config_file_path).resolve().parent)


@event_priority(-200)  # after mkdocs-static-i18n (-100), which replaced the notebook files
def on_files(files, config):
    """Notebooks become pages again; under `mkdocs serve --dirty`, mark what really changed."""
    files = notebook_fixes.rewrap_notebooks(files, config)
    return dirty_serve.mark_changed(files, config)


def on_nav(nav, config, files):
    """Pages a dirty rebuild does not render keep their titles in the nav."""
    dirty_serve.keep_titles(nav, files)
    return nav


def on_page_markdown(markdown, page, config, files):
    """Fill in generated content and API signatures; set the page for labels and tooltips."""
    lang = getattr(page.file, "locale", None) or "ko"
    src = f"docs/{page.file.src_uri}"
    snippet_blocks.page.update(src=src, lang=lang, up="../" * page.url.count("/"), site_dir=config.site_dir)
    markdown, is_generated = generated.fill(markdown, _site["root"], lang, page.file.src_uri, _site["terms"])
    markdown = api_entries.render(markdown, _site["root"], lang, src)
    _tooltips.titles = {t.ko: t.en for t in _site.get("terms", [])} if lang == "ko" and not is_generated else {}
    return markdown


def on_page_content(html, page, config, files):
    """Remember each page's title, so that a dirty rebuild keeps the nav right."""
    dirty_serve.remember_title(page)
    return html


def on_post_page(output: str, page, config) -> str:
    """Per-language search, no head alternates, a named search dialog, light notebook pages."""
    language = getattr(page.file, "locale", None) or "ko"
    i18n = config.plugins.get("i18n")
    if i18n is not None and language != i18n.default_language:
        output = i18n_fixes.search_in_page_language(output, language)
    output = i18n_fixes.drop_head_alternates(output)
    output = i18n_fixes.name_search(output, SEARCH_LABEL[language])
    return notebook_fixes.light_notebook(output, page, config)


def on_post_template(output: str, template_name: str, config) -> str:
    """The bilingual 404 page."""
    if template_name != "404.html":
        return output
    return i18n_fixes.bilingual_404(output, config.site_url, config.plugins["i18n"].default_language)


@event_priority(-200)  # after mkdocs-static-i18n, which writes one index holding every language
def on_post_build(config) -> None:
    """Tag API entries with their names, split the search index by language, and rank exact words
    first, once, after the last language."""
    i18n = config.plugins.get("i18n")
    if i18n is None or getattr(i18n, "building", False):
        return
    index = dirty_serve.keep_unchanged_search_entries(config)
    search_ranking.tag_entries_with_their_names(index, api_entries.search_locations(
        _site["root"], i18n.build_languages, i18n.default_language))
    i18n_fixes.split_search_index(config.site_dir, i18n.default_language, i18n.build_languages, index)
    search_ranking.rank_exact_words_first(config.site_dir)
    dirty_serve.stamp(config)
