"""Rank exact word matches above prefix matches in Material's search (search_exact_first.js)."""

from __future__ import annotations

from pathlib import Path

_SCRIPT = Path(__file__).with_name("search_exact_first.js")


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
