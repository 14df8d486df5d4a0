"""Search ranking: API entries found by their names (tags), exact words above prefixes (search_exact_first.js)."""

from __future__ import annotations

from pathlib import Path

_SCRIPT = Path(__file__).with_name("search_exact_first.js")


def tag_entries_with_their_names(index: dict, entries_by_location: dict[str, list[str]]) -> None:
    """Give each API entry's search document its fully qualified names as tags.

    Material indexes tags with a boost of a million (titles: a thousand, text: one), so a name typed
    into the search box finds its entry first. A page-wide boost (`search: boost` in front matter)
    would also lift every entry whose text merely mentions a word (`역전파`) above the guide pages
    about it; the tests fail on one.
    """
    for doc in index["docs"]:
        names = entries_by_location.get(doc["location"])
        if names:
            doc["tags"] = names


def rank_exact_words_first(site_dir: str) -> None:
    """Prepend the query rewrite to the built search worker, once: it must listen before Material does."""
    script = _SCRIPT.read_text(encoding="utf-8")
    workers = sorted((Path(site_dir) / "assets" / "javascripts" / "workers").glob("search.*.min.js"))
    if not workers:
        raise FileNotFoundError(f"{site_dir}: Material's search worker (assets/javascripts/workers/search.*.min.js) is missing")
    for worker in workers:
        text = worker.read_text(encoding="utf-8")
        if not text.startswith(script):
            worker.write_text(script + text, encoding="utf-8")
