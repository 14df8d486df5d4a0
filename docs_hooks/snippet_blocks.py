"""Executed blocks: run every included snippet once per build, then render each with its live output.

markdown-exec finds the `python exec="on"` blocks; `format_snippet` replaces its in-process
runner, so each block shows the real file run in a fresh process (runner.py), once for all
languages. GPU snippets get their mark; pictures they saved go into the site.
"""

from __future__ import annotations

import html
import textwrap
from pathlib import Path

import markdown_exec
from mkdocs.plugins import get_plugin_logger

from docs_hooks import runner
from docs_hooks.expected import STDERR_HINT, pictures
from docs_hooks.site_assets import site_asset
from docs_hooks.snippets import Snippet, all_snippets, normalize

log = get_plugin_logger("snippets")

LABELS = {
    "ko": {
        "output": "출력",
        "setup": "준비 코드 {lines}줄: 펼쳐 보세요. 복사 버튼은 이 부분까지 함께 복사합니다",
        "error": "오류",
        "gpu_title": "GPU 필요",
        "gpu_body": "이 예제는 CUDA GPU가 있어야 실행됩니다.",
        "gpu_missing_title": "출력을 생성하지 않음",
        "gpu_missing": "이 사이트를 빌드한 컴퓨터에는 CUDA가 없어서 출력을 생성하지 않았습니다. "
        "GPU가 있는 컴퓨터에서 직접 실행해 보세요.",
    },
    "en": {
        "output": "Output",
        "setup": "Setup, {lines} lines: open to read. The copy button copies it too",
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
page = {"src": "?", "lang": "ko", "up": "", "site_dir": "site"}  # the page rendering now


def install() -> None:
    """Route markdown-exec's `python` blocks to `format_snippet`."""
    markdown_exec.formatters["python"] = format_snippet
    markdown_exec.formatters["py"] = format_snippet


def has_run() -> bool:
    """Whether this process has read the snippets (a build's later language passes reuse them)."""
    return bool(_by_text)


def run_snippets(root: Path) -> None:
    """Run every snippet not yet run in this process (cached results first), in parallel."""
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


def format_snippet(code: str, md, id: str = "", extra: dict | None = None, **_options) -> str:  # noqa: A002
    """Render an included snippet: its source, then its live output (or why there is none)."""
    labels = LABELS[page["lang"]]
    snippet = _by_text.get(normalize(code))
    if snippet is None:
        log.warning(f"{page['src']}: executed block {id!r} is not a file under snippets/ (include one with --8<--)")
        return markdown_exec.MarkdownConverter(md).convert(markdown_exec.code_block("python", code))
    if not id:
        log.warning(f"{page['src']}: the block that includes {snippet.name} has no id=\"...\"")
    extra = dict(extra or {})
    alt = extra.pop("alt", "")
    parts = []
    if snippet.needs_cuda:
        parts.append(f'!!! gpu "{labels["gpu_title"]}"\n    {labels["gpu_body"]}')
    setup, point = snippet.setup_and_point
    if setup:
        summary = labels["setup"].format(lines=len(setup.splitlines()))
        # Not highlighted: a page repeats the same setup in every block, and its highlighting made
        # up a third of a pictures page's weight.
        parts.append(f'??? setup "{summary}"\n' + textwrap.indent(markdown_exec.code_block("text", setup), "    "))
    parts.append(markdown_exec.code_block("python", point, title=snippet.name, **extra))
    result = _results.get((snippet.path, snippet.text))
    if result is None:
        if not runner.SKIP:  # a render-only build shows no outputs at all
            parts.append(f'!!! gpu-missing "{labels["gpu_missing_title"]}"\n    {labels["gpu_missing"]}')
    elif not result.ok:
        log.warning(
            f"{snippet.name} failed with exit code {result.returncode} "
            f"(included by {page['src']}, block {id!r}):\n{result.stderr}"
        )
        parts.append(markdown_exec.code_block("text", result.stderr.rstrip("\n"), title=labels["error"]))
    else:
        if result.stderr.strip():
            log.warning(f"{snippet.name} wrote to stderr (included by {page['src']}):\n{result.stderr}\n{STDERR_HINT}")
        if result.stdout:
            parts.append(markdown_exec.code_block("text", result.stdout.rstrip("\n"), title=labels["output"]))
        parts.extend(_picture(name, raw, width, height, alt, snippet) for name, raw, width, height in pictures(result))
    converted = markdown_exec.MarkdownConverter(md).convert("\n\n".join(parts), id_prefix=f"{id}-" if id else None)
    return with_whole_copy(converted, snippet) if setup else converted


def with_whole_copy(converted: str, snippet: Snippet) -> str:
    """Wrap a block whose setup is folded, so that its copy button copies the whole program
    (Material copies the `data-copy` text of the nearest element that has one)."""
    whole = html.escape(snippet.display_source, quote=True).replace("\n", "&#10;")
    return type(converted)(f'<div class="snippet-with-setup" data-copy="{whole}">{converted}</div>')


def _picture(name: str, raw: bytes, width: int, height: int, alt: str, snippet: Snippet) -> str:
    """Write a picture a snippet saved into the site and return the HTML that shows it."""
    if not alt:
        log.warning(f'{page["src"]}: the block that includes {snippet.name} needs alt="..." for {name}')
    target = site_asset("snippets", raw, Path(name).suffix.lower(), page["site_dir"])
    return (f'<figure class="snippet-picture"><img src="{page["up"]}{target}" alt="{html.escape(alt)}" '
            f'width="{width}" height="{height}" loading="lazy"></figure>')
