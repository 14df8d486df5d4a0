"""The snippet contract: discovery, expected `#>` output, the CUDA marker, display source."""

from __future__ import annotations

import ast
import os
import re
from dataclasses import dataclass
from pathlib import Path

from docs_hooks import ROOT

GPU_MARKER = "# requires: cuda"
EXPECT_PREFIX = "#>"
SETUP_END = "# %%"  # the cell marker of editors and jupytext: the lines above it are the setup


@dataclass(frozen=True)
class Snippet:
    """One snippet file and what its text declares."""

    path: Path
    text: str
    name: str  # the path as pages include it, relative to the project root

    @classmethod
    def load(cls, path: Path, root: Path = ROOT) -> Snippet:
        """Read a snippet file of the project at `root`."""
        path = Path(os.path.abspath(path))  # not resolve(): a build loads every snippet, and realpath costs
        name = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.as_posix()
        return cls(path, path.read_text(encoding="utf-8"), name)

    @property
    def needs_cuda(self) -> bool:
        """Whether the snippet carries the CUDA marker on a line of its own."""
        return any(line.strip() == GPU_MARKER for line in self.text.splitlines())

    @property
    def expected_output(self) -> str:
        """The `#>` lines joined in file order, as the program should print them."""
        return "".join(_expect_text(line) + "\n" for line in self.text.splitlines() if _is_expect(line))

    @property
    def display_source(self) -> str:
        """The program as a reader sees it on a page: without the `#>` lines."""
        return "\n".join(line for line in self.text.splitlines() if not _is_expect(line)).strip("\n")

    @property
    def setup_and_point(self) -> tuple[str, str]:
        """The display source split at its first `# %%` line: the setup above it (empty when the
        file has none), the code that makes the snippet's point below it."""
        lines = self.display_source.splitlines()
        if SETUP_END not in lines:
            return "", self.display_source
        cut = lines.index(SETUP_END)
        return "\n".join(lines[:cut]).strip("\n"), "\n".join(lines[cut + 1:]).strip("\n")


def _is_expect(line: str) -> bool:
    return line.lstrip().startswith(EXPECT_PREFIX)


def _expect_text(line: str) -> str:
    rest = line.lstrip()[len(EXPECT_PREFIX):]
    return rest[1:] if rest.startswith(" ") else rest


def all_snippets(root: Path = ROOT) -> list[Snippet]:
    """Every snippet file under `snippets/` of the project at `root`, sorted by path."""
    return [Snippet.load(p, root) for p in sorted((root / "snippets").rglob("*.py"))]


def normalize(code: str) -> str:
    """The form in which an included block and a snippet file are compared."""
    return "\n".join(line.rstrip() for line in code.strip("\n").splitlines())


def same_output(expected: str, actual: str) -> bool:
    """Compare outputs, ignoring trailing spaces that editors strip from `#>` lines.

    As in doctest's ELLIPSIS, `...` in an expected line matches any text within that line,
    for values that honestly vary from run to run (timings).
    """
    expected_lines, actual_lines = normalize(expected).splitlines(), normalize(actual).splitlines()
    return len(expected_lines) == len(actual_lines) and all(
        re.fullmatch(".*?".join(map(re.escape, want.split("..."))), got)
        for want, got in zip(expected_lines, actual_lines)
    )


def with_expected_output(snippet: Snippet, prints: list[tuple[int, str]], *, top_level: bool = False) -> str:
    """Return the snippet text with `#>` lines rewritten from recorded `(line, text)` prints.

    Each print's output goes after the statement that made it, indented like it; with
    `top_level`, after the module-level statement (a whole loop, say) that contains it.
    """
    lines = [line for line in snippet.text.splitlines() if not _is_expect(line)]
    kept = "\n".join(lines) + "\n"
    # Line numbers were recorded on the file as it was; map them to the file without `#>` lines.
    old_to_new, new = {}, 0
    for number, line in enumerate(snippet.text.splitlines(), start=1):
        if not _is_expect(line):
            new += 1
            old_to_new[number] = new
    spans = _statement_spans(kept, top_level)
    inserts: dict[int, list[str]] = {}
    pending = ""
    # A printed line belongs to the print call that ends it (`end=""` calls continue a line).
    for old_line, text in prints:
        line = old_to_new[old_line]
        start, end = spans.get(line, (line, line))
        indent = lines[start - 1][: len(lines[start - 1]) - len(lines[start - 1].lstrip())]
        *done, pending = (pending + text).split("\n")
        for out in done:
            inserts.setdefault(end, []).append(f"{indent}{EXPECT_PREFIX} {out}".rstrip())
    if pending:
        raise ValueError(f"{snippet.name}: output does not end with a newline")
    result = []
    for number, line in enumerate(lines, start=1):
        result.append(line)
        result.extend(inserts.get(number, []))
    return "\n".join(result) + "\n"


def _statement_spans(source: str, top_level: bool) -> dict[int, tuple[int, int]]:
    """Map each line to (first, last) line of its innermost simple statement, or its top-level one."""
    tree = ast.parse(source)
    nodes = tree.body if top_level else [n for n in ast.walk(tree) if isinstance(n, ast.stmt) and not hasattr(n, "body")]
    spans: dict[int, tuple[int, int]] = {}
    for node in nodes:
        end = node.end_lineno or node.lineno
        for line in range(node.lineno, end + 1):
            spans[line] = (node.lineno, end)
    return spans
