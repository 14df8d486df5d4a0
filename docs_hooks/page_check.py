"""`make check PAGE=docs/ko/x.md`: one page's checks in seconds, for the writer who edits it.

Runs the page rules that name the page or its translation, every snippet the page pair includes
(cached results where the snippet is unchanged), and a strict build of the site from the warm
cache, which renders the page in both languages. Exits non-zero on any problem.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from docs_hooks import ROOT, pages, runner
from docs_hooks.expected import mismatch
from docs_hooks.snippets import Snippet


def main(page: str) -> int:
    """Check one page (either language's path); print what fails; return the exit status."""
    start = time.perf_counter()
    path = Path(page).resolve()
    try:
        relative = path.relative_to(ROOT / "docs").as_posix().split("/", 1)[1]
    except (ValueError, IndexError):
        sys.exit(f"{page}: not a page under docs/<language>/")
    names = [f"docs/{lang}/{relative}" for lang in pages.LANGUAGES]
    failures = [p for p in pages.problems(ROOT) if any(name in p for name in names)]
    print(f"rules: {len(failures)} problems")
    includes = []
    for name in names:
        if (ROOT / name).is_file():
            includes += [i for i in pages.outline(ROOT / name, name).includes if i not in includes]
    snippets = [Snippet.load(ROOT / i) for i in includes if i.startswith("snippets/") and (ROOT / i).is_file()]
    runnable = [s for s in snippets if not s.needs_cuda or runner.cuda_present()]
    fresh = [s for s in runnable if runner.cached(s) is None]
    results = dict(zip((s.name for s in fresh), runner.run_all(fresh)))
    for snippet in runnable:
        problem = mismatch(snippet, results.get(snippet.name) or runner.cached(snippet))
        if problem:
            failures.append(problem)
    print(f"snippets: {len(runnable)} checked ({len(fresh)} run, the rest unchanged since their last run)")
    with tempfile.TemporaryDirectory() as site:
        build = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", site], cwd=ROOT,
                               capture_output=True, text=True)
    if build.returncode:
        failures.append("mkdocs build --strict failed:\n" + "\n".join(
            line for line in build.stderr.splitlines() if "WARNING" in line or "ERROR" in line or "Error" in line))
    print(f"strict build: {'failed' if build.returncode else 'passed'}")
    for failure in failures:
        print(f"\n{failure}")
    print(f"\n{relative}: {'FAILED' if failures else 'all checks passed'} in {time.perf_counter() - start:.1f} s")
    return 1 if failures else 0
