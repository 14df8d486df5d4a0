"""Korean pages line by line: their source lines, and the rule that a line never breaks inside a word.

Markdown joins two source lines with a space, which Korean does not put between a word and its
particle or gloss: `` `float32`⏎에서 `` renders as "`float32` 에서", `모듈⏎(module)은` as
"모듈 (module)은". The rule names each such line; the glossary reads the same lines for its check.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from docs_hooks import per_text

_FENCE = re.compile(r"\s*(`{3,}|~{3,})")
# Particles and endings that attach to the word before them (longest first, so 에서 wins over 에),
# followed by a space, punctuation or the line's end: 은요 or 이것 start words, not particles.
_PARTICLES = sorted(
    "은 는 이 가 을 를 에 에서 의 로 으로 와 과 도 만 에는 에도 에서는 에서도 으로는 으로도 로는 로도 와는 과는 "
    "까지 부터 보다 처럼 마다 에게 이나 나 이란 란 이라는 라는 이라고 라고 입니다 이다 인 이며 이고 이면 면 만으로 "
    "만을 만이 밖에 조차 뿐 이든 든".split(), key=len, reverse=True)
_PARTICLE = re.compile("^(?:" + "|".join(_PARTICLES) + r")(?![가-힣])")
_DEMONSTRATIVE = re.compile(r"^이\s")  # 이 값은: after a word, 이 can start a new phrase


@dataclass(frozen=True)
class Line:
    """One source line of a Korean page (or of a notebook's markdown cell), and whether it is fenced."""

    cell: int  # the notebook cell it is in; 0 on a Markdown page
    number: int
    text: str
    fenced: bool

    @property
    def where(self) -> str:
        """The line number, or "cell 3, line 2" in a notebook."""
        return f"cell {self.cell}, line {self.number}" if self.cell else str(self.number)


def korean_pages(root: Path) -> list[tuple[str, Path]]:
    """(name from the project root, path) of every Korean page and notebook."""
    base = root / "docs" / "ko"
    return [(f"docs/ko/{p.relative_to(base).as_posix()}", p)
            for p in sorted(base.rglob("*")) if p.suffix in (".md", ".ipynb")]


def lines(path: Path) -> list[Line]:
    """The lines of a page, or of a notebook's markdown cells, each marked fenced or not.

    A fence's own opening and closing lines count as fenced.
    """
    if path.suffix == ".ipynb":
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        return [Line(index, number, text, fenced)
                for index, cell in enumerate(cells, start=1) if cell["cell_type"] == "markdown"
                for number, text, fenced in _marked("".join(cell["source"]).splitlines())]
    return [Line(0, number, text, fenced)
            for number, text, fenced in _marked(path.read_text(encoding="utf-8").splitlines())]


def _marked(texts: list[str]):
    fence = None
    for number, text in enumerate(texts, start=1):
        opening = _FENCE.match(text)
        if fence is None and opening:
            fence = opening.group(1)
            yield number, text, True
        elif fence is not None:
            if text.strip() == fence:
                fence = None
            yield number, text, True
        else:
            yield number, text, False


def broken_inside_a_word(before: str, after: str) -> bool:
    """Whether a line break between these two source lines falls inside a Korean word.

    Indentation does not matter (admonition bodies, list continuations). After a code span any
    particle is glued to it; after a word, a link or emphasis, 이 followed by a space may be the
    demonstrative (이 값은), so it is let through. A gloss in parentheses attaches to a Korean word.
    """
    before, after = before.rstrip(), after.strip()
    if not before or not after:
        return False
    if before.endswith("`"):
        return bool(_PARTICLE.match(after))
    if re.search(r"[가-힣)\]*_]$", before) and _PARTICLE.match(after) and not _DEMONSTRATIVE.match(after):
        return True
    return bool(re.search(r"[가-힣]$", before)) and after.startswith("(")


def problems(root: Path) -> list[str]:
    """Every Korean source line that starts inside the word the line before it ended, named."""
    return [problem for name, path in korean_pages(root) for problem in page_problems(name, path)]


@per_text
def page_problems(name: str, path: Path) -> list[str]:
    """The lines of one Korean page that start inside the word the line before it ended."""
    found = []
    page = lines(path)
    for previous, line in zip(page, page[1:]):
        if (not previous.fenced and not line.fenced and previous.cell == line.cell
                and broken_inside_a_word(previous.text, line.text)):
            found.append(f"{name}:{line.where}: line broken inside a word, before "
                         f"{line.text.strip()[:20]!r} (it renders as a stray space); break it at a "
                         "space between words")
    return found

