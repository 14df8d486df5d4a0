"""Pages made from the site itself: a marker line is replaced by content in the page's language.

    <!-- generated: glossary -->      the glossary table (glossary.yml)
    <!-- generated: api-coverage -->  names with an entry, per group of api/scope.yml
    <!-- generated: api-index -->     the A–Z index of the API reference, per module
"""

from __future__ import annotations

import posixpath
from itertools import groupby
from pathlib import Path

from mkdocs.plugins import get_plugin_logger

from docs_hooks import api_entries, api_scope, coverage, glossary

log = get_plugin_logger("generated")
MARKERS = ("glossary", "api-coverage", "api-index")


def fill(markdown: str, root: Path, language: str, src_uri: str, terms: list) -> tuple[str, bool]:
    """The page with its generation markers replaced, and whether it had any (`terms`: the glossary's)."""
    page = src_uri.split("/", 1)[1] if src_uri.startswith(f"{language}/") else src_uri
    found = False
    for name in MARKERS:
        marker = f"<!-- generated: {name} -->"
        if marker in markdown:
            markdown, found = markdown.replace(marker, _make(name, root, language, page, terms)), True
    return markdown, found


def _make(name: str, root: Path, language: str, page: str, terms: list) -> str:
    if name == "glossary":
        return glossary.page_markdown(terms, language)
    groups, names = api_scope.groups(root), api_scope.catalog(root)["groups"]
    entries = {}
    for entry in api_entries.site_entries(root, language):
        for qualified in entry.names:
            entries.setdefault(qualified, entry)
    if name == "api-coverage":
        if language == "ko":
            log.info("API entries: " + ", ".join(f"{g.key} {sum(n in entries for n in names[g.key])}/{len(names[g.key])}"
                                                 for g in groups))
        return coverage.table(groups, names, entries, language, page)
    return a_to_z(groups, names, entries, language, page)


def a_to_z(groups, names: dict, entries: dict, language: str, page: str) -> str:
    """Per module, every name that has an entry, A to Z, grouped by first letter, linked to it."""
    ko, out = language == "ko", []
    to_coverage = posixpath.relpath("coverage.md", posixpath.dirname(page) or ".")
    for module, members in groupby(groups, key=lambda g: g.module):
        members = list(members)
        have = sorted(((g.display(n), n) for g in members for n in names[g.key] if n in entries),
                      key=lambda item: _short(item[1]).lower())
        total = sum(len(names[g.key]) for g in members)
        out += [f"## `{module}` {{#{module}}}", ""]
        out.append(f"항목 {len(have)}개 / 이름 {total}개." if ko else f"{len(have)} of {total} names have an entry.")
        if len(have) < total:
            out[-1] += (f" 나머지는 [API 커버리지]({to_coverage})에 있습니다." if ko
                        else f" The rest are listed on the [API coverage]({to_coverage}) page.")
        out.append("")
        for letter, items in groupby(have, key=lambda item: _short(item[1])[:1].upper()):
            links = " · ".join(f"[`{shown}`]({coverage.link(page, entries[q])})" for shown, q in items)
            out += [f"**{letter}** &nbsp; {links}", ""]
    return "\n".join(out)


def _short(qualified: str) -> str:
    return qualified.rsplit(".", 1)[1]
