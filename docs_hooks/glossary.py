"""The glossary: `glossary.yml`, the one list of Korean ↔ English terms the site uses.

It feeds three things: the glossary page in both languages, the tooltips that show a Korean
term's English original on Korean pages, and the rule that Korean pages never use a variant the
glossary rejects (`avoid`), checked by the build and the tests.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as etree
from dataclasses import dataclass
from pathlib import Path

import yaml
from markdown import Extension
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

FILE = "glossary.yml"
_HANGUL = "가-힣"
# A Korean term starts a word and may be followed by particles (기울기를, 텐서는), not by Latin letters.
_BEFORE = rf"(?<![{_HANGUL}A-Za-z0-9_])"
_AFTER = r"(?![A-Za-z0-9_])"


@dataclass(frozen=True)
class Term:
    """One glossary entry: the Korean term the site uses, its English original, rejected variants."""

    ko: str
    en: str
    avoid: tuple[str, ...] = ()
    page: str = ""  # where the site explains it: a page path with an optional #anchor, e.g. autograd/basics.md#grad


def load(root: Path) -> list[Term]:
    """Read and validate glossary.yml; a malformed entry raises, naming the file and the entry."""
    path = root / FILE
    entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    terms, seen = [], {}
    for number, entry in enumerate(entries, start=1):
        where = f"{FILE}, entry {number}"
        if not isinstance(entry, dict) or not {"ko", "en"} <= set(entry) or set(entry) - {"ko", "en", "avoid", "page"}:
            raise ValueError(f"{where}: expected keys ko, en and optionally avoid, page; got {entry!r}")
        term = Term(str(entry["ko"]), str(entry["en"]), tuple(map(str, entry.get("avoid") or ())), entry.get("page") or "")
        for word in (term.ko, term.en, *term.avoid):
            if word in seen:
                raise ValueError(f"{where}: {word!r} already appears in entry {seen[word]}")
            seen[word] = number
        terms.append(term)
    return terms


def _code_free(line: str) -> str:
    """A line of Markdown with inline code blanked out (same length, so columns stay right)."""
    return re.sub(r"`[^`]*`", lambda m: " " * len(m.group(0)), line)


def prose_lines(path: Path):
    """(line number, text) of a Korean page's prose: Markdown outside code, or notebook markdown cells."""
    if path.suffix == ".ipynb":
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        for index, cell in enumerate(cells, start=1):
            if cell["cell_type"] == "markdown":
                for line in "".join(cell["source"]).splitlines():
                    yield f"cell {index}", _code_free(line)
        return
    fence = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        opening = re.match(r"\s*(`{3,}|~{3,})", line)
        if fence is None and opening:
            fence = opening.group(1)
        elif fence is not None:
            if line.strip() == fence:
                fence = None
        else:
            yield number, _code_free(line)


def problems(root: Path) -> list[str]:
    """Every use of a rejected variant on a Korean page, naming file, line and the glossary's term."""
    try:
        terms = load(root)
    except (OSError, ValueError, yaml.YAMLError) as error:
        return [f"{FILE}: {error}"]
    found = []
    checks = []
    for term in terms:
        for variant in term.avoid:
            # An accepted term may contain a rejected variant (경사 하강법 holds 경사): mask those first.
            masks = [t.ko for t in terms if variant in t.ko]
            checks.append((term, variant, re.compile(_BEFORE + re.escape(variant) + _AFTER), masks))
    base = root / "docs" / "ko"
    for path in sorted(p for p in base.rglob("*") if p.suffix in (".md", ".ipynb")):
        name = f"docs/ko/{path.relative_to(base).as_posix()}"
        for where, text in prose_lines(path):
            for term, variant, pattern, masks in checks:
                masked = text
                for mask in masks:
                    masked = masked.replace(mask, " " * len(mask))
                if pattern.search(masked):
                    found.append(f"{name}:{where}: uses {variant!r}; the glossary's term is "
                                 f"{term.ko!r} ({term.en}), see {FILE}")
    return found


class TooltipProcessor(Treeprocessor):
    """Wrap glossary terms on Korean pages in <abbr title="English original">.

    Python-Markdown's abbr extension needs a word boundary after the term, which Korean particles
    (기울기를, 텐서는) never give. Only the first use of a term in each section (under each h2)
    gets a tooltip, so a page is not underlined throughout; code, links and headings are left alone.
    """

    SKIP = {"code", "pre", "a", "abbr", "script", "style", "h1", "h2", "h3", "h4", "h5", "h6"}

    def __init__(self, md, extension: GlossaryExtension):
        super().__init__(md)
        self.extension = extension

    def run(self, root):
        titles = self.extension.titles
        if not titles:
            return
        pattern = re.compile(_BEFORE + "(?:" + "|".join(map(re.escape, sorted(titles, key=len, reverse=True))) + ")" + _AFTER)
        seen: set[str] = set()
        for child in list(root):
            if child.tag in ("h1", "h2"):
                seen = set()
            self._element(child, pattern, titles, seen)

    def _element(self, element, pattern, titles, seen):
        if element.tag in self.SKIP:
            return
        if element.text and not isinstance(element.text, AtomicString):
            element.text, new = self._split(element.text, pattern, titles, seen)
            for offset, abbr in enumerate(new):
                element.insert(offset, abbr)
        for child in list(element):
            self._element(child, pattern, titles, seen)
            if child.tail and not isinstance(child.tail, AtomicString):
                child.tail, new = self._split(child.tail, pattern, titles, seen)
                index = list(element).index(child) + 1
                for offset, abbr in enumerate(new):
                    element.insert(index + offset, abbr)

    @staticmethod
    def _split(text, pattern, titles, seen):
        """Text before the first new term, and <abbr> elements carrying the rest as tails."""
        head, elements, last = None, [], 0
        for match in pattern.finditer(text):
            term = match.group(0)
            if term in seen:
                continue
            seen.add(term)
            if text[match.end():].startswith(f"({titles[term]}"):  # 기울기(gradient): the English is right there
                continue
            before = text[last:match.start()]
            if elements:
                elements[-1].tail = before
            else:
                head = before
            abbr = etree.Element("abbr", {"title": titles[term]})
            abbr.text = AtomicString(term)
            elements.append(abbr)
            last = match.end()
        if not elements:
            return text, []
        elements[-1].tail = text[last:]
        return head, elements


class GlossaryExtension(Extension):
    """Tooltips for glossary terms; the hooks set `titles` per page (empty: no tooltips)."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.titles: dict[str, str] = {}

    def extendMarkdown(self, md):  # noqa: N802 (Python-Markdown's name)
        md.treeprocessors.register(TooltipProcessor(md, self), "glossary-tooltips", 6)


def page_markdown(terms: list[Term], language: str) -> str:
    """The glossary table for the glossary page in `language` (links are relative to docs/<lang>/)."""
    ko = language == "ko"
    header = ("| 한국어 | English | 쓰지 않는 말 | 설명 |" if ko else "| Korean | English | Variants not used | Explained in |")
    rows = [header, "|---|---|---|---|"]
    for term in sorted(terms, key=(lambda t: t.ko) if ko else (lambda t: t.en.lower())):
        avoid = ", ".join(term.avoid) if term.avoid else "—"
        where = f"[{'보기' if ko else 'see'}]({term.page})" if term.page else "—"
        rows.append(f"| {term.ko} | {term.en} | {avoid} | {where} |")
    return "\n".join(rows)
