"""Build-speed benchmark: cold, warm, prose-touch and render-only builds, tests, slowest snippets.

`make bench` (or `python -m docs_hooks bench`) prints one report. It deletes `.cache/` for the
cold build (the later builds fill it again) and restores the page it touches.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from docs_hooks import ROOT
from docs_hooks.runner import cached
from docs_hooks.snippets import all_snippets

TOUCHED_PAGE = ROOT / "docs" / "ko" / "tensors" / "basics.md"


def _timed(command: list[str], **env: str) -> float:
    """Run a command from the project root; return its wall time, failing loudly if it fails."""
    start = time.perf_counter()
    process = subprocess.run(command, cwd=ROOT, env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **env},
                             capture_output=True, text=True)
    if process.returncode:
        sys.exit(f"{' '.join(command)} failed:\n{process.stdout[-3000:]}\n{process.stderr[-3000:]}")
    return time.perf_counter() - start


def _notebook_seconds() -> float:
    """Execute every notebook once, as the build does, and return the total time."""
    start = time.perf_counter()
    for path in sorted((ROOT / "docs").rglob("*.ipynb")):
        with tempfile.TemporaryDirectory() as tmp:
            notebook = nbformat.read(path, as_version=4)
            NotebookClient(notebook, kernel_name="python3", resources={"metadata": {"path": tmp}}).execute()
    return time.perf_counter() - start


def main() -> None:
    """Measure and print the report."""
    with tempfile.TemporaryDirectory() as tmp:
        build = [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(Path(tmp) / "site")]
        shutil.rmtree(ROOT / ".cache", ignore_errors=True)
        cold = _timed(build)
        warm = _timed(build)
        text = TOUCHED_PAGE.read_text(encoding="utf-8")
        try:
            TOUCHED_PAGE.write_text(text + "\n", encoding="utf-8")
            touched = _timed(build)
        finally:
            TOUCHED_PAGE.write_text(text, encoding="utf-8")
        floor = _timed(build, SNIPPETS_SKIP="1")
    tests = _timed([sys.executable, "-m", "pytest", "-q"])
    runs = sorted(((r.seconds, s.name) for s in all_snippets() if (r := cached(s))), reverse=True)
    snippets = sum(seconds for seconds, _ in runs)
    notebooks = _notebook_seconds()
    everything = snippets + notebooks
    rows = [
        ("cold build", cold, f"≤ 1.3 × (execution {everything:.1f} + floor) = {1.3 * (everything + floor):.1f}"),
        ("warm rebuild", warm, f"≤ 1.3 × floor = {1.3 * floor:.1f}"),
        (f"rebuild after touching {TOUCHED_PAGE.relative_to(ROOT)}", touched, f"≤ 1.3 × floor = {1.3 * floor:.1f}"),
        ("render-only floor (SNIPPETS_SKIP=1)", floor, ""),
        ("test suite", tests, ""),
    ]
    print(f"{'measure':<52} {'seconds':>8}  bound")
    for name, seconds, bound in rows:
        print(f"{name:<52} {seconds:8.1f}  {bound}")
    print(f"\none execution of everything: {len(runs)} snippets {snippets:.1f} s + notebooks {notebooks:.1f} s"
          f" (on {os.cpu_count()} cores)")
    print("ten slowest snippets:")
    for seconds, name in runs[:10]:
        print(f"  {seconds:6.2f} s  {name}")
