"""Draw the toolbar and store icons (PNG, no image library needed): run once after changing the design.

A rounded square in deep teal with a white wavy underline beneath a white bar of "text": the mark is
the extension's highlight style itself.
"""
import math
import struct
import zlib
from pathlib import Path

TEAL = (15, 94, 102)
WHITE = (255, 255, 255)
RED = (240, 90, 80)


def inside_rounded(x, y, size, radius):
    """Return whether (x, y) lies inside a rounded square of `size` with corner `radius`."""
    cx = min(max(x, radius), size - radius)
    cy = min(max(y, radius), size - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def colour_at(x, y, size):
    """Return the RGBA colour of one point in unit coordinates scaled to `size`."""
    if not inside_rounded(x, y, size, size * 0.22):
        return None
    u, v = x / size, y / size
    if 0.2 <= u <= 0.8 and 0.3 <= v <= 0.46:             # the "text" bar
        return WHITE
    wave = 0.66 + 0.06 * math.sin((u - 0.2) / 0.6 * 4 * math.pi)
    if 0.18 <= u <= 0.82 and abs(v - wave) <= 0.045:    # the wavy underline
        return RED
    return TEAL


def png(size, samples=4):
    """Return PNG bytes of the icon at `size` pixels, supersampled for smooth edges."""
    rows = []
    for py in range(size):
        row = bytearray([0])
        for px in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(samples):
                for sx in range(samples):
                    c = colour_at(px + (sx + 0.5) / samples, py + (sy + 0.5) / samples, size)
                    if c:
                        acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 255
            n = samples * samples
            alpha = acc[3] / n
            if alpha:
                cov = acc[3] / 255
                row += bytes([round(acc[0] / cov), round(acc[1] / cov), round(acc[2] / cov), round(alpha)])
            else:
                row += bytes(4)
        rows.append(bytes(row))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent / "icons"
    out.mkdir(exist_ok=True)
    for size in (16, 32, 48, 128):
        (out / f"icon-{size}.png").write_bytes(png(size))
