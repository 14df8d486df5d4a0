"""A static host for the built site that behaves like GitHub Pages.

The site lives under a path prefix (a project site is published at /<repository>/), and any
missing address gets the site's 404.html with status 404.
"""

from __future__ import annotations

import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

PREFIX = "/pytorch-reference/"


class _Handler(SimpleHTTPRequestHandler):
    def __init__(self, *args, site: Path, **kwargs):
        self.site = site
        super().__init__(*args, directory=str(site), **kwargs)

    def log_message(self, *args) -> None:  # keep test output clean
        pass

    def send_head(self):
        path = unquote(urlsplit(self.path).path)
        if path == PREFIX.rstrip("/"):
            self.send_response(301)
            self.send_header("Location", PREFIX)
            self.end_headers()
            return None
        target = self.site / path[len(PREFIX):] if path.startswith(PREFIX) else None
        if target is not None and target.is_dir():
            target = target / "index.html"
        if target is None or not target.is_file() or ".." in Path(path).parts:
            body = (self.site / "404.html").read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return None
        self.path = "/" + path[len(PREFIX):]
        return super().send_head()


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        """A browser that navigates away drops its connection mid-file: not an error here."""
        import sys

        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class StaticHost:
    """Serve `site` at http://127.0.0.1:<free port>/pytorch-reference/ in a thread."""

    def __init__(self, site: Path):
        self.server = _Server(("127.0.0.1", 0), partial(_Handler, site=site))
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}{PREFIX}"

    def __enter__(self) -> StaticHost:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
