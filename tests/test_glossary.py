"""The glossary: its file's rules, the variant check, and the tooltips on Korean pages."""

import pytest

from docs_hooks import ROOT, glossary
from docs_hooks.pages import problems
from conftest import mkdocs_build


def test_glossary_loads_and_every_page_link_exists():
    terms = glossary.load(ROOT)
    assert len(terms) >= 40
    for term in terms:
        if term.page:
            path, _, anchor = term.page.partition("#")
            for lang in ("ko", "en"):
                page = ROOT / "docs" / lang / path
                assert page.is_file(), f"{term.ko}: {page} is missing"
                assert not anchor or f"{{#{anchor}}}" in page.read_text(encoding="utf-8"), f"{term.ko}: #{anchor}"


def test_a_word_in_two_entries_is_named(tmp_path):
    (tmp_path / "glossary.yml").write_text("- {ko: 기울기, en: gradient}\n- {ko: 경사, en: slope, avoid: [기울기]}\n")
    with pytest.raises(ValueError, match="entry 2: '기울기' already appears in entry 1"):
        glossary.load(tmp_path)


def test_rejected_variant_is_named_with_its_line(mini_project):
    (mini_project / "glossary.yml").write_text(
        "- {ko: 기울기, en: gradient, avoid: [그래디언트, 경사]}\n- {ko: 경사 하강법, en: gradient descent}\n")
    page = mini_project / "docs/ko/index.md"
    page.write_text(page.read_text() + "\n경사 하강법은 `그래디언트`를 씁니다.\n\n그래디언트를 구합니다.\n")
    assert problems(mini_project) == [
        "docs/ko/index.md:9: uses '그래디언트'; the glossary's term is '기울기' (gradient), see glossary.yml"]
    process = mkdocs_build(mini_project, mini_project / "site")
    assert process.returncode != 0 and "docs/ko/index.md:9: uses '그래디언트'" in process.stdout + process.stderr


def test_korean_pages_show_the_english_original_on_the_first_use_per_section(mini_project):
    (mini_project / "glossary.yml").write_text("- {ko: 기울기, en: gradient}\n- {ko: 텐서, en: tensor}\n")
    for lang in ("ko", "en"):
        page = mini_project / "docs" / lang / "index.md"
        page.write_text(page.read_text() + "\n기울기를 구하고, 다시 기울기를 봅니다. `기울기`\n\n"
                        "## 둘째 {#second}\n\n텐서의 기울기는\n")
    process = mkdocs_build(mini_project, mini_project / "site")
    assert process.returncode == 0, process.stdout + process.stderr
    ko = (mini_project / "site/index.html").read_text(encoding="utf-8")
    assert '<abbr title="gradient">기울기</abbr>를 구하고, 다시 기울기를 봅니다. <code>기울기</code>' in ko
    assert '<abbr title="tensor">텐서</abbr>의 <abbr title="gradient">기울기</abbr>는' in ko
    assert "<abbr" not in (mini_project / "site/en/index.html").read_text(encoding="utf-8")
