"""A fast and correct `mkdocs serve --dirty`: rebuild only what an edit changed, keep the rest right.

MkDocs' dirty build renders only pages whose source is newer than their output. Alone, that
leaves three things wrong, which this module fixes:
- the nav of a rebuilt page shows other pages' file names, not their titles: titles are kept
  from the build before;
- the search index holds only the rebuilt pages: the entries of the other pages are kept;
- a page is not rebuilt when only a snippet it includes changed, nor a generated page when the
  pages it summarises changed: those are marked changed too.
Anything that can change every page (mkdocs.yml, glossary.yml, api/, the hooks, the theme
overrides), a page added or removed, or a page title changed makes the rebuild a full one.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from docs_hooks import pages

# Files whose change can affect every page, relative to the project root.
GLOBAL_INPUTS = ("mkdocs.yml", "glossary.yml", "api", "docs_hooks", "overrides", "docs/assets")

_state: dict = {"dirty": False, "started": None, "stamp": None, "titles": {}, "sets": {}, "index": None, "rendered": set()}


def start(dirty: bool) -> None:
    """Called once per `mkdocs serve`/`build` command: whether its builds are dirty."""
    _state["dirty"] = dirty


def is_dirty() -> bool:
    """Whether this command's builds are dirty ones (`mkdocs serve --dirty`)."""
    return _state["dirty"]


def _newest(root: Path, names) -> float:
    newest = 0.0
    for name in names:
        path = root / name
        for item in ([path] if path.is_file() else path.rglob("*") if path.exists() else []):
            if item.is_file() and "__pycache__" not in item.parts:
                newest = max(newest, item.stat().st_mtime)
    return newest


def _first_heading(path: str) -> str:
    try:
        with open(path, encoding="utf-8") as f:
            return next((line.strip() for line in f if line.startswith("# ")), "")
    except (OSError, UnicodeDecodeError):
        return ""


def _changed_since(path: Path, when: float) -> bool:
    try:
        return path.stat().st_mtime > when
    except OSError:
        return True


def mark_changed(files, config):
    """In a dirty build, mark each page as changed or not, by everything that makes its output."""
    if not _state["dirty"]:
        return files
    root = Path(config.config_file_path).resolve().parent
    if _state["started"] is None:
        _state["started"] = time.time()
        _state["rendered"] = set()
    documents = [f for f in files.documentation_pages()]
    key = min((f.abs_src_path for f in documents), default="")  # one set per language build
    names = sorted(f.abs_src_path for f in documents)
    stamp = _state["stamp"]
    full = (stamp is None or _newest(root, GLOBAL_INPUTS) > stamp or _state["sets"].get(key) != names
            or any(_changed_since(Path(f.abs_src_path), stamp)
                   and _state["titles"].get(f.abs_src_path, ("",))[0] != _first_heading(f.abs_src_path)
                   for f in documents))
    _state["sets"][key] = names
    for file in documents:
        needed = full or _needs_rebuild(file, root)
        file.is_modified = (lambda value: lambda: value)(needed)
    return files


def _needs_rebuild(file, root: Path) -> bool:
    if not os.path.isfile(file.abs_dest_path):
        return True
    built = os.path.getmtime(file.abs_dest_path)
    source = Path(file.abs_src_path)
    if _changed_since(source, built):
        return True
    if source.suffix != ".md":
        return False
    text = source.read_text(encoding="utf-8")
    if "<!-- generated:" in text:  # it summarises other pages
        return True
    return any(_changed_since(root / name, built) for name in pages.outline(source, str(source)).includes)


def keep_titles(nav, files) -> None:
    """Give the pages this dirty build does not render the titles they had."""
    if not _state["dirty"]:
        return
    for file in files.documentation_pages():
        if file.page is not None and not file.is_modified() and file.abs_src_path in _state["titles"]:
            file.page.title = _state["titles"][file.abs_src_path][1]  # an unread page's title is None


def remember_title(page) -> None:
    """Record a rendered page's title and first heading, and that it was rendered."""
    _state["titles"][page.file.abs_src_path] = (_first_heading(page.file.abs_src_path), page.title)
    _state["rendered"].add(page.url)


def keep_unchanged_search_entries(config) -> dict:
    """The build's search index; in a dirty build, with the entries of the pages not rendered put back."""
    index = json.loads((Path(config.site_dir) / "search" / "search_index.json").read_text(encoding="utf-8"))
    if _state["dirty"] and _state["index"] is not None:
        rendered = _state["rendered"]
        kept = [d for d in _state["index"] if d["location"].split("#")[0] not in rendered]
        index["docs"] = kept + index["docs"]
    _state["index"] = index["docs"]
    return index


def stamp(config) -> None:
    """The build is done: later dirty builds compare against its start."""
    _state["stamp"], _state["started"] = _state["started"] or time.time(), None
