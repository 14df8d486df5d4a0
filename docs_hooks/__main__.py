"""Command line.

`python -m docs_hooks update [SNIPPET ...]` rewrites the expected `#>` output of the given
snippets (default: all). Run it after a deliberate change, then read the diff: the tests compare
each snippet's live output with these lines.

`python -m docs_hooks check PAGE` runs one page's checks: its rules, its snippets, a strict build.

`python -m docs_hooks bench` prints the build-speed benchmark.
"""

from __future__ import annotations

import argparse

from docs_hooks import bench, page_check
from docs_hooks.expected import rewrite
from docs_hooks.runner import cuda_available
from docs_hooks.snippets import Snippet, all_snippets


def main(argv: list[str] | None = None) -> None:
    """Parse arguments and run the command."""
    parser = argparse.ArgumentParser(prog="python -m docs_hooks", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    update = sub.add_parser("update", help="rewrite the expected output of snippets")
    update.add_argument("snippets", nargs="*", help="snippet files (default: all)")
    check = sub.add_parser("check", help="one page's rules, snippets and a strict build")
    check.add_argument("page", help="a page under docs/<language>/")
    sub.add_parser("bench", help="measure cold, warm, prose-touch and render-only builds and the tests")
    args = parser.parse_args(argv)
    if args.command == "bench":
        return bench.main()
    if args.command == "check":
        raise SystemExit(page_check.main(args.page))
    for snippet in [Snippet.load(p) for p in args.snippets] or all_snippets():
        if snippet.needs_cuda and not cuda_available():
            print(f"skipped {snippet.name}: needs CUDA, none here")
        else:
            print(f"{'rewrote' if rewrite(snippet) else 'unchanged'} {snippet.name}")


if __name__ == "__main__":
    main()
