"""The pages keep their rules: ko/en mirror each other, anchors, includes, ids, notebooks."""

import json

from docs_hooks import ROOT
from docs_hooks.pages import page_files, problems
from conftest import write_notebook


def test_pages_keep_all_rules():
    assert problems(ROOT) == []


def test_both_languages_have_pages():
    assert page_files(ROOT / "docs", "ko") == page_files(ROOT / "docs", "en")
    assert "tensors/basics.md" in page_files(ROOT / "docs", "ko")


def test_notebooks_are_stored_without_outputs():
    for path in sorted((ROOT / "docs").rglob("*.ipynb")):
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            if cell["cell_type"] == "code":
                assert not cell["outputs"] and cell["execution_count"] is None, f"{path} has stored outputs"


def test_missing_translation_is_named(mini_project):
    (mini_project / "docs" / "en" / "index.md").unlink()
    assert "docs/ko/index.md has no translation: docs/en/index.md is missing" in problems(mini_project)


def test_different_anchors_are_named(mini_project):
    page = mini_project / "docs" / "en" / "index.md"
    page.write_text(page.read_text().replace("{#top}", "{#other}"))
    assert any("differ in heading anchors" in p and "docs/ko/index.md" in p for p in problems(mini_project))


def test_heading_without_anchor_is_named(mini_project):
    page = mini_project / "docs" / "en" / "index.md"
    page.write_text(page.read_text() + "\n## No anchor\n")
    assert any(p.startswith("docs/en/index.md:7: heading without an explicit anchor") for p in problems(mini_project))


def test_include_order_and_missing_snippets_are_named(mini_project):
    page = mini_project / "docs" / "ko" / "index.md"
    page.write_text(page.read_text().replace("demo/hello.py", "demo/other.py"))
    found = problems(mini_project)
    assert any("differ in snippet includes" in p for p in found)
    assert "a page includes snippets/demo/other.py, which does not exist" in found


def test_unused_snippet_is_named(mini_project):
    (mini_project / "snippets" / "demo" / "unused.py").write_text('print("x")\n')
    assert "snippets/demo/unused.py is included by no page" in problems(mini_project)


def test_block_without_id_or_with_inline_code_is_named(mini_project):
    page = mini_project / "docs" / "ko" / "index.md"
    page.write_text(page.read_text().replace(' id="hello"', "") + '\n```python exec="on" id="x"\nprint(1)\n```\n')
    found = problems(mini_project)
    assert 'docs/ko/index.md:3: executed block without id="..."' in found
    assert any(p.startswith("docs/ko/index.md:7: an executed block must hold exactly one") for p in found)


def test_notebook_code_cells_must_match(mini_project):
    write_notebook(mini_project / "docs" / "en" / "notebook.ipynb", "# Hello", "print(2)")
    assert any("differ in code cells" in p for p in problems(mini_project))
