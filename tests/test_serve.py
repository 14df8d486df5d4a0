"""`make serve` (mkdocs serve --dirty) rebuilds only what an edit changed, and keeps the site right."""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request



def _fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def _wait_for(url, needle, seconds=180):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if needle in (text := _fetch(url)):
            return text
        time.sleep(0.1)
    raise AssertionError(f"{needle!r} never appeared at {url}")


def test_an_edit_shows_with_the_nav_search_and_snippets_kept_right(mini_project):
    config = mini_project / "mkdocs.yml"
    config.write_text(config.read_text().replace("  - index.md\n", "  - index.md\n  - other.md\n"))
    for lang, title in (("ko", "다른 페이지"), ("en", "Another page")):
        (mini_project / "docs" / lang / "other.md").write_text(f"# {title} {{#other}}\n\nplain words\n")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SNIPPETS_CACHE_DIR": str(mini_project / ".cache" / "snippets")}
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dirty", "--dev-addr", f"127.0.0.1:{port}"],
                              cwd=mini_project, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}/"
    try:
        _wait_for(base, "</html>")
        time.sleep(1)
        page = mini_project / "docs" / "ko" / "index.md"
        page.write_text(page.read_text() + "\nedited-marker\n")
        html = _wait_for(base, "edited-marker")
        assert "다른 페이지" in html, "the nav lost the title of a page the dirty rebuild did not render"
        index = json.loads(_fetch(base + "search/search_index.json"))["docs"]
        assert {d["location"].split("#")[0] for d in index} >= {"", "other/"}, index
        assert any("plain words" in d["text"] for d in index), "the search index lost a page not rebuilt"
        (mini_project / "snippets/demo/hello.py").write_text('print("changed output")\n#> changed output\n')
        _wait_for(base, "changed output")
        _wait_for(base + "en/", "changed output")
    finally:
        server.terminate()
        server.wait(timeout=30)
