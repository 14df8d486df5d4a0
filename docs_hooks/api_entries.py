"""API reference entries: find them on the pages, render their signatures, check their rules.

An entry is a heading whose anchor is a fully qualified name, with a marker line under it:

    ## `DataLoader` {#torch.utils.data.DataLoader}

    One or two sentences on what it is for.

    <!-- api: torch.utils.data.DataLoader -->

    - `dataset`: what it is.
    - `generator`

At build time the marker becomes the signature read from the installed package, a link to the
official page and a "Parameters" label. The list under it explains every parameter, one line
each; a line that names the parameter alone takes the shared text of api/parameters.yml. A
marker may name several names (aliases, `1d/2d/3d` variants): each keeps its own anchor.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path

from docs_hooks import api_scope, coverage, pages, per_text

MARKER = re.compile(r"^<!--\s*api:\s*([\w.\s]+?)\s*-->\s*$")
_PARAMETER = re.compile(r"^- `(\**)(\w+)`(.*)$")
_LINK = re.compile(r"\]\(((?:\.\./)*[\w/.-]+\.md)#([\w.:-]+)\)")
_LABELS = {
    "ko": {"backlinks": "API 항목", "parameters": "파라미터", "docs": "공식 문서(영어)", "none": "torch가 이 이름의 시그니처를 알려 주지 않습니다."},
    "en": {"backlinks": "API entries", "parameters": "Parameters", "docs": "Official documentation", "none": "torch does not expose this name's signature."},
}


@dataclass
class Entry:
    """One entry as a page writes it."""

    names: list[str]
    page: str  # relative to docs/<lang>/
    lang: str
    line: int
    anchor: str
    level: int
    parameters: list[tuple[str, str, int]] = field(default_factory=list)  # (name, its text, line)
    includes: list[str] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)  # (page, anchor) of other pages it links to

    @property
    def where(self) -> str:
        return f"docs/{self.lang}/{self.page}:{self.line}"


def parse(text: str, page: str, lang: str) -> list[Entry]:
    """The entries of one Markdown page, in order."""
    entries: list[Entry] = []
    heading: tuple[int, str] | None = None  # (level, anchor) of the section we are in
    current: Entry | None = None
    fence, in_list, block = None, False, False
    for number, line in enumerate(text.splitlines(), start=1):
        opening = pages.FENCE.match(line)
        if fence is None and opening:
            fence, block = opening.group(2), 'exec="' in opening.group(3)
            continue
        if fence is not None:
            if line.strip().startswith(fence) and not line.strip()[len(fence):].strip():
                fence = None
            elif block and current and (include := pages.INCLUDE.match(line)):
                current.includes.append(include.group(1))
            continue
        if match := pages.HEADING.match(line):
            level = len(match.group(1))
            anchor = pages.ANCHOR.search(match.group(2))
            if current and level <= current.level:
                current = None
            heading = (level, anchor.group(1) if anchor else "")
            in_list = False
            continue
        if match := MARKER.match(line.strip()):
            level, anchor = heading or (0, "")
            current = Entry(match.group(1).split(), page, lang, number, anchor, level)
            entries.append(current)
            in_list = True
            continue
        if current:
            for target, anchor in _LINK.findall(line):
                current.links.append((posixpath.normpath(posixpath.join(posixpath.dirname(page), target)), anchor))
        if in_list and current:
            if match := _PARAMETER.match(line):
                current.parameters.append((match.group(2), match.group(3).lstrip(":").strip(), number))
            elif line.strip() and not line.startswith(" "):
                in_list = False
    return entries


def site_entries(root: Path, lang: str) -> list[Entry]:
    """Every entry of one language, page by page in path order."""
    base = root / "docs" / lang
    return [e for page in pages.page_files(root / "docs", lang) if page.endswith(".md")
            for e in _page_entries(page, base / page, lang)]


@per_text
def _page_entries(page: str, path: Path, lang: str) -> list[Entry]:
    """A page's entries, parsed once while its text is unchanged (a build reads them several times)."""
    return parse(path.read_text(encoding="utf-8"), page, lang)


def search_locations(root: Path, languages: list[str], default_language: str) -> dict[str, list[str]]:
    """Each entry's location in the site's search index (`en/api/data/#torch.utils.data.Dataset`) -> its names."""
    found = {}
    for lang in languages:
        prefix = "" if lang == default_language else f"{lang}/"
        for entry in site_entries(root, lang):
            found[f"{prefix}{entry.page.removesuffix('.md')}/#{entry.anchor}"] = entry.names
    return found


_backlinks: dict[str, dict[tuple[str, str], list[Entry]]] = {}  # per language: (page, anchor) -> entries


def prepare(root: Path) -> None:
    """Read every language's entries once per build: which guide sections their links point to."""
    _backlinks.clear()
    for lang in pages.LANGUAGES:
        found = _backlinks.setdefault(lang, {})
        for entry in site_entries(root, lang):
            for target in dict.fromkeys(entry.links):
                if not target[0].startswith("api/"):
                    found.setdefault(target, []).append(entry)


def _display(qualified: str, root: Path) -> str:
    """The name as pages write it (`F.interpolate`, `v2.Resize`), or its last part outside every group."""
    group = api_scope.group_of(qualified, root)
    return group.display(qualified) if group else qualified.rsplit(".", 1)[1]


def render(markdown: str, root: Path, lang: str, src: str) -> str:
    """Render markers (signature, official links) and shared parameter texts; link sections back to entries.

    A guide section that an entry links to ("See also") gets a line linking back to the entry, so
    the two directions never drift apart.
    """
    page = src.split("/", 2)[2]  # docs/<lang>/<page>
    backlinks = {anchor: entries for (target, anchor), entries in _backlinks.get(lang, {}).items() if target == page}
    if "<!-- api:" not in markdown and not backlinks:
        return markdown
    labels, known = _LABELS[lang], api_scope.catalog(root)["entries"]
    shared = api_scope.shared_parameters(root)
    out, in_list, fence = [], False, None
    for line in markdown.splitlines():
        opening = pages.FENCE.match(line)
        if fence is None and opening:
            fence = opening.group(2)
        elif fence is not None and line.strip().startswith(fence) and not line.strip()[len(fence):].strip():
            fence = None
        elif fence is None and (heading := pages.HEADING.match(line)):
            anchor = pages.ANCHOR.search(heading.group(2))
            if anchor and anchor.group(1) in backlinks:
                links = " · ".join(f"[`{_display(e.names[0], root)}`]({coverage.link(page, e)})"
                                   for e in backlinks[anchor.group(1)])
                out += [line, "", f"**{labels['backlinks']}**: {links}"]
                continue
        if fence is None and (match := MARKER.match(line.strip())):
            out.extend(_signature_block(match.group(1).split(), known, labels, root))
            in_list = True
            continue
        if in_list:
            if (parameter := _PARAMETER.match(line)) and not parameter.group(3).strip():
                text = shared.get(parameter.group(2), {}).get(lang, "")
                line = f"{line}: {text}" if text else line  # a missing text is a rule failure, reported once
            elif line.strip() and not parameter and not line.startswith(" "):
                in_list = False
        out.append(line)
    return "\n".join(out)


def _signature_block(names: list[str], known: dict, labels: dict, root: Path) -> list[str]:
    lines = [f'<span id="{name}"></span>' for name in names[1:]]  # the heading carries the first anchor
    signatures = [s for name in names for s in known.get(name, {}).get("signatures", [])]
    if signatures:
        lines += ["", '```python { .api-signature }', *"\n\n".join(signatures).splitlines(), "```", ""]
    else:
        lines += ["", f"*{labels['none']}*", ""]
    links = []
    for name in names:
        group = api_scope.group_of(name, root)
        if group:
            links.append(f"[`{name}`]({group.docs_url(name)})")
    if links:
        lines += [f'{labels["docs"]}: {" · ".join(links)}{{ .api-official }}', ""]
    if any(known.get(name, {}).get("parameters") for name in names):
        lines += [f"**{labels['parameters']}**", ""]
    return lines


def problems(root: Path) -> list[str]:
    """Every broken rule of the API entries, each naming the page, the line and the entry."""
    catalog = api_scope.catalog(root)
    known, shared, found = catalog["entries"], api_scope.shared_parameters(root), []
    entries = {lang: site_entries(root, lang) for lang in pages.LANGUAGES}
    for lang, listed in entries.items():
        first: dict[str, Entry] = {}
        for entry in listed:
            found.extend(_entry_problems(entry, known, shared, root))
            for name in entry.names:
                if name in first:
                    found.append(f"{entry.where}: {name} has a second entry (the first is at {first[name].where})")
                first.setdefault(name, entry)
        for group in api_scope.groups(root):
            if group.complete:
                missing = [n for n in catalog["groups"][group.key] if n not in first]
                if missing:
                    found.append(f"docs/{lang}: {len(missing)} names of {group.module} have no entry "
                                 f"(api/scope.yml marks it complete): {', '.join(missing)}")
    for lang in pages.LANGUAGES:  # a name's anchor exists once per language, entry or not
        where: dict[str, list[str]] = {}
        for page in pages.page_files(root / "docs", lang):
            if page.endswith(".md"):
                for anchor in pages.outline(root / "docs" / lang / page, page).anchors:
                    if anchor in known:
                        where.setdefault(anchor, []).append(f"docs/{lang}/{page}")
        found += [f"the anchor {{#{anchor}}} is used {len(at)} times in {lang}: {', '.join(at)}"
                  for anchor, at in where.items() if len(at) > 1]
    for page in sorted({e.page for es in entries.values() for e in es}):
        ko, en = ([e.names for e in entries[lang] if e.page == page] for lang in pages.LANGUAGES)
        if ko != en:
            found.append(f"docs/ko/{page} and docs/en/{page} differ in API entries: {ko} vs {en}")
    return found


def _entry_problems(entry: Entry, known: dict, shared: dict, root: Path) -> list[str]:
    where, found = entry.where, []
    if entry.anchor != entry.names[0]:
        found.append(f"{where}: the entry for {entry.names[0]} must sit under a heading whose anchor is "
                     f"{{#{entry.names[0]}}} (found {{#{entry.anchor}}})" if entry.anchor else
                     f"{where}: the entry for {entry.names[0]} is not under a heading with an anchor")
    unknown = [n for n in entry.names if n not in known]
    for name in unknown:
        found.append(f"{where}: {name} is not a name in the API scope (api/scope.yml)")
    names = [n for n in entry.names if n in known]
    for name in names:
        if not known[name]["signatures"]:
            found.append(f"{where}: torch exposes no signature for {name} (neither inspect.signature nor its docstring)")
    expected = list(dict.fromkeys(p for n in names for p in known[n]["parameters"]))
    documented = [name for name, _, _ in entry.parameters]
    missing = [p for p in expected if p not in documented]
    extra = [p for p in documented if p not in expected]
    if missing or extra:
        found.append(f"{where}: the parameters of {' / '.join(names)} do not match the installed package: "
                     + "; ".join(filter(None, [missing and f"not documented: {', '.join(missing)}",
                                               extra and f"not in its signature: {', '.join(extra)}"])))
    seen = set()
    for name, text, line in entry.parameters:
        if not text and entry.lang not in shared.get(name, {}):
            found.append(f"docs/{entry.lang}/{entry.page}:{line}: parameter `{name}` of {entry.names[0]} needs a "
                         f"description (or a shared one in {api_scope.PARAMETERS})")
        if name in seen:
            found.append(f"docs/{entry.lang}/{entry.page}:{line}: parameter `{name}` of {entry.names[0]} is listed twice")
        seen.add(name)
    used: set[str] = set()
    for include in entry.includes:
        try:
            used |= coverage.referenced((root / include).read_text(encoding="utf-8"))
        except (OSError, SyntaxError):
            continue  # a missing or broken include is reported by the page rules and the runner
    for name in names:
        if name not in used:
            found.append(f"{where}: the entry for {name} needs an executed block (python exec=\"on\") whose code uses "
                         f"{name.rsplit('.', 1)[1]}")
    return found
