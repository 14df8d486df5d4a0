"""Expected output: check a snippet's live output against its `#>` lines, or rewrite them."""

from __future__ import annotations

import difflib

from docs_hooks.runner import Result, run
from docs_hooks.snippets import Snippet, normalize, same_output, with_expected_output

UPDATE_COMMAND = "make snippets-update SNIPPETS=<file>"


def mismatch(snippet: Snippet, result: Result) -> str | None:
    """Why the run does not match the snippet's expected output, or None if it does."""
    if not result.ok:
        return f"{snippet.name} exited with code {result.returncode}:\n{result.stderr}"
    if not snippet.expected_output:
        return f"{snippet.name} has no expected output (#> lines); write them with `{UPDATE_COMMAND}`"
    if same_output(snippet.expected_output, result.stdout):
        return None
    diff = difflib.unified_diff(
        normalize(snippet.expected_output).splitlines(), normalize(result.stdout).splitlines(),
        "expected (#> lines)", "printed", lineterm="",
    )
    return f"{snippet.name} printed something else than its #> lines:\n" + "\n".join(diff) + (
        f"\nIf the change is deliberate, rewrite them with `{UPDATE_COMMAND}`."
    )


def rewrite(snippet: Snippet) -> bool:
    """Re-run a snippet and rewrite its `#>` lines from what it printed; True if the file changed."""
    result = run(snippet, record_prints=True)
    if not result.ok:
        raise SystemExit(f"{snippet.name} exited with code {result.returncode}:\n{result.stderr}")
    text = with_expected_output(snippet, list(result.prints))
    if not same_output(Snippet(snippet.path, text, snippet.name).expected_output, result.stdout):
        raise SystemExit(
            f"{snippet.name}: some output could not be placed after the print that made it "
            "(print from the main process only, not from workers or C code)"
        )
    if text == snippet.text:
        return False
    snippet.path.write_text(text, encoding="utf-8")
    return True
