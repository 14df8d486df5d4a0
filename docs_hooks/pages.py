"""Page structure and the rules pages must keep: ko/en parity, anchors, includes, block ids."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from docs_hooks import glossary, per_text

LANGUAGES = ("ko", "en")
FENCE = re.compile(r"^(\s*)(`{3,}|~{3,})(.*)$")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*$")
ANCHOR = re.compile(r"\{#([A-Za-z][\w:.-]*)\}\s*$")
INCLUDE = re.compile(r'^\s*-{1,}8<-{1,}\s+"([^"]+)"\s*$')
_BLOCK_ID = re.compile(r'\bid="([^"]*)"')


@dataclass
class Outline:
    """What parity compares on a page: anchors, includes and executed blocks, in order."""

    anchors: list[str] = field(default_factory=list)
    includes: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def outline(path: Path, name: str) -> Outline:
    """Read a Markdown page, or a notebook's code cells, into an Outline (not to be modified).

    A build asks for each page's outline several times (rules, dirty rebuilds, API anchors), and
    `mkdocs serve` once per rebuild: a page whose text is unchanged is not parsed again.
    """
    return _outline(name, path)


@per_text
def _outline(name: str, path: Path) -> Outline:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".ipynb":
        cells = json.loads(text)["cells"]
        return Outline(includes=["".join(c["source"]) for c in cells if c["cell_type"] == "code"])
    result, fence, block, ids = Outline(), None, None, set()
    for number, line in enumerate(text.splitlines(), start=1):
        where = f"{name}:{number}"
        opening = FENCE.match(line)
        if fence is None and opening:
            fence = opening.group(2)
            if 'exec="' in opening.group(3):
                block = {"id": (_BLOCK_ID.search(opening.group(3)) or [None, ""])[1], "where": where, "lines": []}
            continue
        if fence is not None:
            if line.strip().startswith(fence) and not line.strip()[len(fence):].strip():
                if block is not None:
                    _check_block(block, ids, result)
                fence, block = None, None
            elif block is not None:
                block["lines"].append(line)
            continue
        heading = HEADING.match(line)
        if heading:
            anchor = ANCHOR.search(heading.group(2))
            if anchor:
                result.anchors.append(anchor.group(1))
            else:
                result.problems.append(f"{where}: heading without an explicit anchor {{#...}}: {line.strip()}")
    return result


def _check_block(block: dict, ids: set, result: Outline) -> None:
    where = block["where"]
    included = [m.group(1) for m in map(INCLUDE.match, block["lines"]) if m]
    others = [line for line in block["lines"] if line.strip() and not INCLUDE.match(line)]
    if not block["id"]:
        result.problems.append(f'{where}: executed block without id="..."')
    elif block["id"] in ids:
        result.problems.append(f"{where}: executed block id {block['id']!r} used twice on the page")
    ids.add(block["id"])
    if len(included) != 1 or others:
        result.problems.append(f'{where}: an executed block must hold exactly one --8<-- "snippets/..." line')
    result.includes.extend(included)


def page_files(docs_dir: Path, language: str) -> list[str]:
    """Pages of one language, relative to its folder."""
    base = docs_dir / language
    return sorted(p.relative_to(base).as_posix() for p in base.rglob("*") if p.suffix in (".md", ".ipynb"))


def problems(root: Path) -> list[str]:
    """Everything wrong with the pages of the project at `root`, each naming its file."""
    docs_dir, found, included = root / "docs", [], set()
    trees = {lang: page_files(docs_dir, lang) for lang in LANGUAGES}
    for lang, other in (("ko", "en"), ("en", "ko")):
        for missing in sorted(set(trees[lang]) - set(trees[other])):
            found.append(f"docs/{lang}/{missing} has no translation: docs/{other}/{missing} is missing")
    for page in sorted(set(trees["ko"]) & set(trees["en"])):
        pair = {lang: outline(docs_dir / lang / page, f"docs/{lang}/{page}") for lang in LANGUAGES}
        for lang in LANGUAGES:
            found.extend(pair[lang].problems)
            included.update(pair[lang].includes)
        if pair["ko"].anchors != pair["en"].anchors:
            found.append(f"docs/ko/{page} and docs/en/{page} differ in heading anchors: "
                         f"{pair['ko'].anchors} vs {pair['en'].anchors}")
        if pair["ko"].includes != pair["en"].includes:
            what = "code cells" if page.endswith(".ipynb") else "snippet includes"
            found.append(f"docs/ko/{page} and docs/en/{page} differ in {what} (they must match, in order)")
    for name in sorted(included):
        if name.startswith("snippets/") and not (root / name).is_file():
            found.append(f"a page includes {name}, which does not exist")
    for path in sorted((root / "snippets").rglob("*.py")):
        name = path.relative_to(root).as_posix()
        if name not in included:
            found.append(f"{name} is included by no page")
    from docs_hooks import api_entries  # it reads pages with this module's patterns

    return found + glossary.problems(root) + api_entries.problems(root)
