"""The glossary: `glossary.yml`, the one list of Korean ↔ English terms the site uses.

It feeds three things: the glossary page in both languages, the tooltips that show a Korean
term's English original on Korean pages, and the rule that Korean pages never use a variant the
glossary rejects (`avoid`), checked by the build and the tests. The rule reads Korean wherever it
is prose: outside code, and inside a code span or code block that holds Hangul (`표준 정규분포`,
a Korean comment in a signature block); code without Hangul is left alone.
"""

from __future__ import annotations

import functools
import re
import xml.etree.ElementTree as etree
from dataclasses import dataclass
from pathlib import Path

import yaml
from markdown import Extension
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

from docs_hooks import korean_lines, per_text, read_yaml

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
    pytorch_kr: str = ""  # the word the PyTorch Korea tutorials (tutorials.pytorch.kr) use, if recorded


_KEYS = ("ko", "en", "avoid", "page", "pytorch_kr")


def load(root: Path) -> list[Term]:
    """Read and validate glossary.yml; a malformed entry raises, naming the file and the entry.

    A word (term, English original, variant) belongs to one entry. `pytorch_kr` may repeat its own
    entry's term or one of its variants (the tutorials' word is often one this site avoids), but no
    other entry's word.
    """
    path = root / FILE
    entries = read_yaml(path) or []
    terms, seen = [], {}
    for number, entry in enumerate(entries, start=1):
        where = f"{FILE}, entry {number}"
        if not isinstance(entry, dict) or not {"ko", "en"} <= set(entry) or set(entry) - set(_KEYS):
            raise ValueError(f"{where}: expected keys ko, en and optionally avoid, page, pytorch_kr; got {entry!r}")
        term = Term(str(entry["ko"]), str(entry["en"]), tuple(map(str, entry.get("avoid") or ())),
                    entry.get("page") or "", str(entry.get("pytorch_kr") or ""))
        for word in (term.ko, term.en, *term.avoid):
            if word in seen:
                raise ValueError(f"{where}: {word!r} already appears in entry {seen[word]}")
            seen[word] = number
        terms.append(term)
    tutorials: dict[str, int] = {}
    for number, term in enumerate(terms, start=1):
        if term.pytorch_kr:
            other = tutorials.get(term.pytorch_kr, seen.get(term.pytorch_kr, number))
            if other != number:
                raise ValueError(f"{FILE}, entry {number}: pytorch_kr {term.pytorch_kr!r} already appears in entry {other}")
            tutorials[term.pytorch_kr] = number
    return terms


_CODE_SPAN = re.compile(r"(`+)(.+?)(?<!`)\1(?!`)")
_HAS_HANGUL = re.compile(r"[가-힣]")


def _code_free(line: str) -> str:
    """A line of Markdown with code spans blanked out (same length, so columns stay right).

    A span that holds Hangul is Korean words set in code (`표준 정규분포`): it stays, as prose.
    """
    return _CODE_SPAN.sub(lambda m: m.group(0) if _HAS_HANGUL.search(m.group(2)) else " " * len(m.group(0)), line)


def prose_lines(path: Path):
    """(where, text) of a Korean page's prose: Markdown with Hangul-free code spans blanked out,
    and the lines of code blocks that hold Hangul; notebooks' markdown cells alike."""
    for line in korean_lines.lines(path):
        if not line.fenced:
            yield line.where, _code_free(line.text)
        elif _HAS_HANGUL.search(line.text):
            yield line.where, line.text


def problems(root: Path) -> list[str]:
    """Every use of a rejected variant on a Korean page, naming file, line and the glossary's term;
    then every Korean line broken inside a word (korean_lines)."""
    try:
        terms = load(root)
    except (OSError, ValueError, yaml.YAMLError) as error:
        return [f"{FILE}: {error}"]
    found = [problem for name, path in korean_lines.korean_pages(root)
             for problem in _page_problems(name, path, tuple(terms))]
    return found + korean_lines.problems(root)


@per_text
def _page_problems(name: str, path: Path, terms: tuple[Term, ...]) -> list[str]:
    checks = _checks(terms)
    if not checks:
        return []
    found = []
    # Most lines hold no variant at all: one search over all of them spares the per-variant loop.
    any_variant = re.compile("|".join(re.escape(variant) for _, variant, _, _ in checks))
    for where, text in prose_lines(path):
        if not any_variant.search(text):
            continue
        for term, variant, pattern, masks in checks:
            masked = text
            for mask in masks:
                masked = masked.replace(mask, " " * len(mask))
            if pattern.search(masked):
                found.append(f"{name}:{where}: uses {variant!r}; the glossary's term is "
                             f"{term.ko!r} ({term.en}), see {FILE}")
    return found


@functools.cache
def _checks(terms: tuple[Term, ...]) -> list:
    checks = []
    for term in terms:
        for variant in term.avoid:
            # An accepted term may contain a rejected variant (경사 하강법 holds 경사): mask those first.
            masks = [t.ko for t in terms if variant in t.ko]
            checks.append((term, variant, re.compile(_BEFORE + re.escape(variant) + _AFTER), masks))
    return checks


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
    """The glossary table for the glossary page in `language` (links are relative to docs/<lang>/).

    The PyTorch Korea tutorials' column shows their word where it is recorded: "같음"/"same" where
    it is this site's term, "—" where none is recorded.
    """
    ko = language == "ko"
    header = ("| 한국어 | English | 파이토치 한국어 튜토리얼 | 쓰지 않는 말 | 설명 |" if ko
              else "| Korean | English | PyTorch Korea tutorials | Variants not used | Explained in |")
    rows = [header, "|---|---|---|---|---|"]
    for term in sorted(terms, key=(lambda t: t.ko) if ko else (lambda t: t.en.lower())):
        avoid = ", ".join(term.avoid) if term.avoid else "—"
        where = f"[{'보기' if ko else 'see'}]({term.page})" if term.page else "—"
        tutorials = ("같음" if ko else "same") if term.pytorch_kr == term.ko else term.pytorch_kr or "—"
        rows.append(f"| {term.ko} | {term.en} | {tutorials} | {avoid} | {where} |")
    return "\n".join(rows)
