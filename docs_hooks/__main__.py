"""Command line: `python -m docs_hooks update [SNIPPET ...]` rewrites expected `#>` output.

Without arguments it rewrites every snippet. Run it after a deliberate change, then read
the diff: the tests compare each snippet's live output with these lines.
"""

from __future__ import annotations

import argparse
import sys

from docs_hooks.runner import cuda_available, run
from docs_hooks.snippets import Snippet, all_snippets, same_output, with_expected_output


def update(snippet: Snippet) -> str:
    """Re-run one snippet and rewrite its `#>` lines; return a one-line report."""
    if snippet.needs_cuda and not cuda_available():
        return f"skipped {snippet.name}: needs CUDA, none here"
    result = run(snippet, record_prints=True)
    if not result.ok:
        raise SystemExit(f"{snippet.name} failed (exit {result.returncode}):\n{result.stderr}")
    text = with_expected_output(snippet, list(result.prints))
    if not same_output(Snippet(snippet.path, text).expected_output, result.stdout):
        raise SystemExit(
            f"{snippet.name}: printed output could not be placed after the prints that made it "
            "(print from the main process only, not from workers or C code)"
        )
    if text == snippet.text:
        return f"unchanged {snippet.name}"
    snippet.path.write_text(text, encoding="utf-8")
    return f"rewrote {snippet.name}"


def main(argv: list[str] | None = None) -> None:
    """Parse arguments and run the command."""
    parser = argparse.ArgumentParser(prog="python -m docs_hooks", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    upd = sub.add_parser("update", help="rewrite the expected output of snippets")
    upd.add_argument("snippets", nargs="*", help="snippet files (default: all)")
    args = parser.parse_args(argv)
    snippets = [Snippet.load(p) for p in args.snippets] or all_snippets()
    for snippet in snippets:
        print(update(snippet))


if __name__ == "__main__":
    main(sys.argv[1:])
