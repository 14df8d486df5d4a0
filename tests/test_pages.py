"""The pages keep their rules: ko/en mirror each other, anchors, includes, ids, notebooks."""

import json

from docs_hooks import ROOT
from docs_hooks.pages import page_files, problems
from conftest import mkdocs_build, write_notebook


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


def test_korean_line_broken_inside_a_word_is_named(mini_project):
    page = mini_project / "docs" / "ko" / "index.md"
    page.write_text(page.read_text() + "\n`float32`\n에서 바꿉니다. 크기가 크면\n이 차이도 커집니다.\n\n"
                    "!!! note \"모듈\"\n    파라미터를 가진 모듈\n    (module)은 층입니다.\n\n```text\n`x`\n는 코드\n```\n")
    write_notebook(mini_project / "docs" / "ko" / "notebook.ipynb", "# 안녕\n\n[텐서](index.md)\n를 봅니다.", "print(1 + 1)")
    found = [p for p in problems(mini_project) if "broken inside a word" in p]
    assert found == [
        "docs/ko/index.md:8: line broken inside a word, before '에서 바꿉니다. 크기가 크면' (it renders as a stray space); "
        "break it at a space between words",
        "docs/ko/index.md:13: line broken inside a word, before '(module)은 층입니다.' (it renders as a stray space); "
        "break it at a space between words",
        "docs/ko/notebook.ipynb:cell 1, line 4: line broken inside a word, before '를 봅니다.' (it renders as a stray "
        "space); break it at a space between words"]
    process = mkdocs_build(mini_project, mini_project / "site")
    assert process.returncode != 0 and "docs/ko/index.md:8: line broken inside a word" in process.stdout + process.stderr


def test_each_notebook_page_offers_its_own_notebook(mini_project):
    process = mkdocs_build(mini_project, mini_project / "site")
    assert process.returncode == 0, process.stdout + process.stderr
    for folder, label, title in (("", "이 노트북 내려받기", "# 안녕"), ("en/", "Download this notebook", "# Hello")):
        html = (mini_project / "site" / folder / "notebook" / "index.html").read_text(encoding="utf-8")
        assert f'<a href="notebook.ipynb" download>{label}: <code>notebook.ipynb</code></a>' in html
        copied = json.loads((mini_project / "site" / folder / "notebook" / "notebook.ipynb").read_text(encoding="utf-8"))
        assert "".join(copied["cells"][0]["source"]) == title
