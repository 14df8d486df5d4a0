"""The glossary: its file's rules, the variant check, and the tooltips on Korean pages."""

import pytest

from docs_hooks import ROOT, glossary
from docs_hooks.pages import problems
from conftest import mkdocs_build, write_notebook


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
        "docs/ko/index.md:7: uses '그래디언트'; the glossary's term is '기울기' (gradient), see glossary.yml",
        "docs/ko/index.md:9: uses '그래디언트'; the glossary's term is '기울기' (gradient), see glossary.yml"]
    process = mkdocs_build(mini_project, mini_project / "site")
    assert process.returncode != 0 and "docs/ko/index.md:9: uses '그래디언트'" in process.stdout + process.stderr


def test_korean_words_in_code_are_checked_and_code_is_not(mini_project):
    (mini_project / "glossary.yml").write_text(
        "- {ko: 사전, en: dict, avoid: [딕셔너리]}\n- {ko: 맵 스타일, en: map-style, avoid: [map 스타일]}\n")
    page = mini_project / "docs/ko/index.md"
    page.write_text(page.read_text() + "\n`딕셔너리` 하나와 `map 스타일`, 그리고 `map` 스타일.\n\n"
                    "```text\nsample: 딕셔너리 {...}\nmap 스타일\n```\n")
    write_notebook(mini_project / "docs/ko/notebook.ipynb", "# 안녕\n\n`딕셔너리`", "print(1 + 1)")
    assert problems(mini_project) == [
        "docs/ko/index.md:7: uses '딕셔너리'; the glossary's term is '사전' (dict), see glossary.yml",
        "docs/ko/index.md:7: uses 'map 스타일'; the glossary's term is '맵 스타일' (map-style), see glossary.yml",
        "docs/ko/index.md:10: uses '딕셔너리'; the glossary's term is '사전' (dict), see glossary.yml",
        "docs/ko/index.md:11: uses 'map 스타일'; the glossary's term is '맵 스타일' (map-style), see glossary.yml",
        "docs/ko/notebook.ipynb:cell 1, line 3: uses '딕셔너리'; the glossary's term is '사전' (dict), see glossary.yml"]


def test_pytorch_korea_word_may_be_a_variant_of_its_entry_only(tmp_path):
    (tmp_path / "glossary.yml").write_text(
        "- {ko: 파라미터, en: parameter, avoid: [매개변수], pytorch_kr: 매개변수}\n"
        "- {ko: 층, en: layer, pytorch_kr: 계층}\n- {ko: 텐서, en: tensor, pytorch_kr: 텐서}\n")
    assert [t.pytorch_kr for t in glossary.load(tmp_path)] == ["매개변수", "계층", "텐서"]
    for line, other in (("- {ko: 모듈, en: module, pytorch_kr: 층}\n", 2), ("- {ko: 계, en: system, pytorch_kr: 계층}\n", 2),
                        ("- {ko: 인자, en: argument, pytorch_kr: 매개변수}\n", 1)):
        (tmp_path / "glossary.yml").write_text(
            "- {ko: 파라미터, en: parameter, avoid: [매개변수]}\n- {ko: 층, en: layer, pytorch_kr: 계층}\n" + line)
        with pytest.raises(ValueError, match=f"entry 3: pytorch_kr '.+' already appears in entry {other}"):
            glossary.load(tmp_path)


def test_glossary_page_shows_the_pytorch_korea_word_in_both_languages():
    terms = [glossary.Term("기울기", "gradient", ("그래디언트",), "", "변화도"), glossary.Term("텐서", "tensor", (), "", "텐서"),
             glossary.Term("축", "axis")]
    ko, en = glossary.page_markdown(terms, "ko").splitlines(), glossary.page_markdown(terms, "en").splitlines()
    assert ko[0] == "| 한국어 | English | 파이토치 한국어 튜토리얼 | 쓰지 않는 말 | 설명 |"
    assert ko[2:] == ["| 기울기 | gradient | 변화도 | 그래디언트 | — |", "| 축 | axis | — | — | — |", "| 텐서 | tensor | 같음 | — | — |"]
    assert en[0] == "| Korean | English | PyTorch Korea tutorials | Variants not used | Explained in |"
    assert en[2:] == ["| 축 | axis | — | — | — |", "| 기울기 | gradient | 변화도 | 그래디언트 | — |", "| 텐서 | tensor | same | — | — |"]


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
