"""API coverage: which names in the reference's scope have an entry, and which names code uses.

`table` makes the coverage page: per group of api/scope.yml, the names with an entry in the
page's language (target: all of them), the names still without one, and the names left out with
their reason. `referenced` reads a program with `ast` and lists the fully qualified names it
uses (`nn.Conv2d` → `torch.nn.Conv2d`): an entry's executed block must use its name.
"""

from __future__ import annotations

import ast
import posixpath


def referenced(source: str) -> set[str]:
    """Dotted names a program refers to, with its imports resolved (`nn.Linear` → `torch.nn.Linear`)."""
    source = "\n".join("" if line.lstrip().startswith(("%", "!")) else line for line in source.splitlines())
    tree = ast.parse(source)
    alias: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for item in node.names:
                alias[item.asname or item.name.split(".")[0]] = item.name if item.asname else item.name.split(".")[0]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            for item in node.names:
                alias[item.asname or item.name] = f"{node.module}.{item.name}"

    def dotted(node) -> str | None:
        if isinstance(node, ast.Name):
            return alias.get(node.id)
        if isinstance(node, ast.Attribute):
            base = dotted(node.value)
            return f"{base}.{node.attr}" if base else None
        return None

    return {name for node in ast.walk(tree) if isinstance(node, (ast.Name, ast.Attribute)) if (name := dotted(node))}


def link(from_page: str, entry) -> str:
    """A relative link from one page (relative to docs/<lang>/) to an entry's anchor."""
    target = posixpath.relpath(entry.page, posixpath.dirname(from_page) or ".")
    return f"{target}#{entry.names[0]}" if entry.names[0] == entry.anchor else f"{target}#{entry.anchor}"


def table(groups, names: dict, entries: dict, language: str, page: str) -> str:
    """The coverage page's Markdown: a summary, then one section per group."""
    ko = language == "ko"
    summary = ["| 모듈 | 항목이 있는 이름 | 전체 | 비율 | 목표 |" if ko else "| Module | Names with an entry | Total | Share | Target |",
               "|---|---:|---:|---:|---:|"]
    sections = []
    for group in groups:
        listed = names[group.key]
        have = [n for n in listed if n in entries]
        missing = [n for n in listed if n not in entries]
        share = 100 * len(have) / len(listed) if listed else 0.0
        title = group.title["ko" if ko else "en"]
        heading = group.heading(language)
        summary.append(f"| [{heading}](#{group.key}) | {len(have)} | {len(listed)} | {share:.0f}% | 100% |")
        lines = [f"## {heading} {{#{group.key}}}", "", title + ".", "",
                 (f"항목이 있는 이름 {len(have)}개 / 전체 {len(listed)}개 ({share:.0f}%)." if ko
                  else f"{len(have)} of {len(listed)} names have an entry ({share:.0f}%)."), ""]
        if have:
            lines += [("**항목:** " if ko else "**Entries:** ")
                      + ", ".join(f"[`{group.display(n)}`]({link(page, entries[n])})" for n in sorted(have, key=str.lower)), ""]
        if missing:
            lines += [("**항목이 아직 없는 이름:** " if ko else "**No entry yet:** ")
                      + ", ".join(f"`{group.display(n)}`" for n in sorted(missing, key=str.lower)), ""]
        for reason, left_out in group.excluded:
            lines += [(f"**세지 않은 이름** ({reason['ko']}): " if ko else f"**Not counted** ({reason['en']}): ")
                      + ", ".join(f"`{n}`" for n in sorted(left_out)), ""]
        sections.append("\n".join(lines))
    return "\n".join(summary) + "\n\n" + "\n".join(sections)
