"""Start the system Chromium the way the browser tests do: fixture pages served over local HTTPS under
the webmail hosts' real names (--host-resolver-rules), with or without the unpacked extension.

Shared by the e2e fixtures (tests/e2e/conftest.py) and the extension benchmark (bench/extension_bench.py):

    with https_sites(handler, hosts, tmpdir) as port:
        context = launch(playwright, user_data, port, hosts, extension=EXTENSION)   # or extension=None
        worker = extension_worker(context)                                            # with the extension
"""
from __future__ import annotations

import contextlib
import http.server
import ssl
import subprocess
import threading
from pathlib import Path

__all__ = ["make_certificate", "https_sites", "chromium_args", "launch", "extension_worker"]


def make_certificate(directory: Path, hosts) -> tuple[Path, Path]:
    """Make a throwaway self-signed certificate for the fixture hosts."""
    cert, key = Path(directory) / "cert.pem", Path(directory) / "key.pem"
    san = ",".join(f"DNS:{h}" for h in hosts)
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-keyout", str(key),
         "-out", str(cert), "-subj", "/CN=dunwatch-fixtures", "-addext", f"subjectAltName={san}"],
        check=True, capture_output=True)
    return cert, key


@contextlib.contextmanager
def https_sites(handler, hosts, directory: Path, address: tuple[str, int] = ("127.0.0.1", 0)):
    """Serve `handler` (an http.server handler class) over HTTPS at `address`; yield the port."""
    cert, key = make_certificate(directory, hosts)
    server = http.server.ThreadingHTTPServer(address, handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


def chromium_args(port: int, hosts, extension: Path | None) -> list[str]:
    """Command-line flags: the hosts resolve to the local HTTPS server; the extension, if given, is loaded."""
    rules = ", ".join(f"MAP {host} 127.0.0.1:{port}" for host in hosts)
    loading = ([f"--disable-extensions-except={extension}", f"--load-extension={extension}"] if extension
               else ["--disable-extensions"])
    return loading + [
        f"--host-resolver-rules={rules}", "--ignore-certificate-errors", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--lang=zh-TW", "--font-render-hinting=none",
    ]


def launch(playwright, user_data: Path, port: int, hosts, extension: Path | None, chromium: str,
           extra_args=(), **kwargs):
    """Launch a persistent Chromium context (headless, 1280×800, zh-TW); the caller closes it."""
    options = dict(executable_path=chromium, headless=True, viewport={"width": 1280, "height": 800},
                   locale="zh-TW")
    options.update(kwargs)
    return playwright.chromium.launch_persistent_context(
        str(user_data), args=chromium_args(port, hosts, extension) + list(extra_args), **options)


def extension_worker(context, timeout: float = 15000):
    """Return the extension's service worker (waiting for it to start)."""
    return context.service_workers[0] if context.service_workers else \
        context.wait_for_event("serviceworker", timeout=timeout)
