"""Expected output: check a snippet's live output against its `#>` lines, or rewrite them."""

from __future__ import annotations

import base64
import difflib
import io

from PIL import Image

from docs_hooks.runner import Result, run
from docs_hooks.snippets import EXPECT_PREFIX, Snippet, normalize, same_output, with_expected_output

UPDATE_COMMAND = "make snippets-update SNIPPETS=<file>"
STDERR_HINT = (
    "A snippet must print everything a reader should see to stdout: avoid the warning, or catch it "
    "with warnings.catch_warnings(record=True) and print it."
)


def pictures(result: Result) -> list[tuple[str, bytes, int, int]]:
    """The pictures a run saved: file name, bytes, width and height."""
    found = []
    for name, data in result.images:
        raw = base64.b64decode(data)
        width, height = Image.open(io.BytesIO(raw)).size
        found.append((name, raw, width, height))
    return found


def produced(result: Result) -> str:
    """What a run produced as its `#>` lines record it: the printed text, then one line per picture."""
    return result.stdout + "".join(f"<image {name} {w}x{h}>\n" for name, _, w, h in pictures(result))


def mismatch(snippet: Snippet, result: Result) -> str | None:
    """Why the run does not match the snippet's expected output, or None if it does."""
    if not result.ok:
        return f"{snippet.name} exited with code {result.returncode}:\n{result.stderr}"
    if result.stderr.strip():
        return f"{snippet.name} wrote to stderr, which pages do not show:\n{result.stderr}\n{STDERR_HINT}"
    if not snippet.expected_output:
        return f"{snippet.name} has no expected output (#> lines); write them with `{UPDATE_COMMAND}`"
    if same_output(snippet.expected_output, produced(result)):
        return None
    diff = difflib.unified_diff(
        normalize(snippet.expected_output).splitlines(), normalize(produced(result)).splitlines(),
        "expected (#> lines)", "printed", lineterm="",
    )
    return f"{snippet.name} printed something else than its #> lines:\n" + "\n".join(diff) + (
        f"\nIf the change is deliberate, rewrite them with `{UPDATE_COMMAND}`."
    )


def rewrite(snippet: Snippet) -> bool:
    """Re-run a snippet and rewrite its `#>` lines from what it printed; True if the file changed.

    Output goes after the print that made it; where that would put it out of order, after the
    line that called the printing function, or else after the top-level statement (a loop with
    several prints) that contains it.
    """
    result = run(snippet, record_prints=True)
    if not result.ok:
        raise SystemExit(f"{snippet.name} exited with code {result.returncode}:\n{result.stderr}")
    if snippet.expected_output and same_output(snippet.expected_output, produced(result)):
        return False  # still matches: keep hand-written `...` placeholders
    images = "".join(f"{EXPECT_PREFIX} {line}\n" for line in produced(result)[len(result.stdout):].splitlines())
    for pick, top_level in ((0, False), (1, False), (1, True)):
        text = with_expected_output(snippet, [(r[pick], r[2]) for r in result.prints], top_level=top_level) + images
        if same_output(Snippet(snippet.path, text, snippet.name).expected_output, produced(result)):
            break
    else:
        raise SystemExit(
            f"{snippet.name}: some printed output does not come from a print() in this file "
            "(workers, subprocesses or C code print it); print such results from the main process"
        )
    if text == snippet.text:
        return False
    snippet.path.write_text(text, encoding="utf-8")
    return True
