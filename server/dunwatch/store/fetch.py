"""Read a bundle and its signature from a path or an https URL, bounded in size and time."""
from __future__ import annotations

import http.client
import ssl
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

from .unpack import MAX_BUNDLE_BYTES

MAX_SIGNATURE_BYTES = 4096
TIMEOUT = 60


class FetchError(Exception):
    """The source cannot be read; str() says why."""


class _HttpsOnly(urllib.request.HTTPRedirectHandler):
    """Follow redirects to https only: a downgrade is refused before it is requested."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urlsplit(newurl).scheme.lower() != "https":
            raise FetchError(f"{req.full_url} redirects to {newurl}: rulebooks are downloaded over https only")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _read_url(url: str, limit: int, context: ssl.SSLContext | None) -> bytes:
    request = urllib.request.Request(url, headers={"User-Agent": "dunwatch-rules-update"})
    # Certificates are checked against the system's trust store, or DUNWATCH_CA_FILE's.
    opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=context), _HttpsOnly())
    try:
        with opener.open(request, timeout=TIMEOUT) as response:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > limit:
                raise FetchError(f"{url} is {declared} bytes, over the {limit}-byte limit")
            data = response.read(limit + 1)
    except http.client.IncompleteRead as exc:
        declared, data = str(len(exc.partial) + (exc.expected or 0)), exc.partial
    except urllib.error.HTTPError as exc:
        raise FetchError(f"{url}: HTTP {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
        raise FetchError(f"cannot download {url}: {getattr(exc, 'reason', exc)}") from None
    if len(data) > limit:
        raise FetchError(f"{url} is over the {limit}-byte limit")
    # http.client returns a short read quietly when the connection closes early; say so here.
    if declared and declared.isdigit() and len(data) != int(declared):
        raise FetchError(f"the download of {url} was cut short: {len(data)} of {declared} bytes (truncated)")
    return data


def _read_path(path: Path, limit: int) -> bytes:
    try:
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise FetchError(f"cannot read {path}: {exc.strerror}") from None
    if len(data) > limit:
        raise FetchError(f"{path} is over the {limit}-byte limit")
    return data


def fetch(source: str, cafile: str | None = None) -> tuple[bytes, bytes]:
    """Return (bundle bytes, signature bytes) from SOURCE and SOURCE + '.minisig'."""
    scheme = urlsplit(source).scheme.lower()
    if scheme == "https":
        context = ssl.create_default_context(cafile=cafile) if cafile else None
        return (_read_url(source, MAX_BUNDLE_BYTES, context),
                _read_url(source + ".minisig", MAX_SIGNATURE_BYTES, context))
    if scheme in ("http", "ftp", "file"):
        raise FetchError(f"refusing {scheme}:// ({source}): rulebooks are downloaded over https only")
    path = Path(source).expanduser()
    signature = path.with_name(path.name + ".minisig")
    if not path.is_file():
        raise FetchError(f"no bundle at {path}")
    if not signature.is_file():
        raise FetchError(f"no signature at {signature} (sign with: minisign -S -s KEY -m {path})")
    return _read_path(path, MAX_BUNDLE_BYTES), _read_path(signature, MAX_SIGNATURE_BYTES)
