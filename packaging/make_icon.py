"""Draw the application icon: resources/icons/casetracker.{svg,png,ico,icns}.

A case file on a deep blue tile, locked by an amber padlock: the records are kept encrypted.
The SVG and the Pillow drawing share one set of coordinates (a 1024 × 1024 canvas), so the
raster files match the vector one. Run it again after changing the drawing:

    python packaging/make_icon.py        (needs Pillow; the files it writes are committed)
"""

from pathlib import Path

from PIL import Image, ImageDraw

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZE = 1024
BLUE, PAPER, INK, AMBER, KEYHOLE = "#1f4e79", "#ffffff", "#9fb3c8", "#f2a900", "#1f4e79"

TILE = (64, 64, 960, 960, 200)  # x0, y0, x1, y1, corner radius
DOCUMENT = [(250, 170), (610, 170), (730, 290), (730, 830), (250, 830)]  # folded top-right corner
FOLD = [(610, 170), (610, 290), (730, 290)]
LINES = [(320, 330, 560), (320, 420, 660), (320, 510, 520)]  # x0, y, x1; 36 px thick
SHACKLE = (585, 470, 795, 680, 42)  # bounding box of the arc, stroke width
BODY = (545, 590, 835, 850, 36)
KEYHOLE_CIRCLE = (690, 690, 30)  # centre x, y, radius
KEYHOLE_SLOT = (678, 700, 702, 780)


def svg() -> str:
    x0, y0, x1, y1, r = TILE
    sx0, sy0, sx1, _, sw = SHACKLE
    radius = (sx1 - sx0) / 2
    arc = f"A {radius - sw / 2} {radius - sw / 2} 0 0 1 {sx1 - sw / 2} {sy0 + radius}"
    bx0, by0, bx1, by1, br = BODY
    kx, ky, kr = KEYHOLE_CIRCLE
    lines = "\n".join(
        f'  <line x1="{a}" y1="{y}" x2="{b}" y2="{y}" stroke="{INK}" stroke-width="36" '
        'stroke-linecap="round"/>'
        for a, y, b in LINES
    )
    return f"""<svg xmlns="http://www.w3.org/2000/svg" width="{SIZE}" height="{SIZE}"
     viewBox="0 0 {SIZE} {SIZE}">
  <title>Exile Case Tracker</title>
  <rect x="{x0}" y="{y0}" width="{x1 - x0}" height="{y1 - y0}" rx="{r}" fill="{BLUE}"/>
  <polygon points="{" ".join(f"{x},{y}" for x, y in DOCUMENT)}" fill="{PAPER}"/>
  <polygon points="{" ".join(f"{x},{y}" for x, y in FOLD)}" fill="{INK}"/>
{lines}
  <path d="M {sx0 + sw / 2} {by0} V {sy0 + radius} {arc} V {by0}"
        fill="none" stroke="{AMBER}" stroke-width="{sw}"/>
  <rect x="{bx0}" y="{by0}" width="{bx1 - bx0}" height="{by1 - by0}" rx="{br}" fill="{AMBER}"/>
  <circle cx="{kx}" cy="{ky}" r="{kr}" fill="{KEYHOLE}"/>
  <rect x="{KEYHOLE_SLOT[0]}" y="{KEYHOLE_SLOT[1]}" width="{KEYHOLE_SLOT[2] - KEYHOLE_SLOT[0]}"
        height="{KEYHOLE_SLOT[3] - KEYHOLE_SLOT[1]}" rx="8" fill="{KEYHOLE}"/>
</svg>
"""


def raster(size: int) -> Image.Image:
    """The icon at `size` pixels, drawn four times larger and scaled down for smooth edges."""
    scale = 4 * size / SIZE
    image = Image.new("RGBA", (4 * size, 4 * size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)

    def s(*values):
        return [round(value * scale) for value in values]

    x0, y0, x1, y1, r = TILE
    draw.rounded_rectangle(s(x0, y0, x1, y1), radius=s(r)[0], fill=BLUE)
    draw.polygon([tuple(s(x, y)) for x, y in DOCUMENT], fill=PAPER)
    draw.polygon([tuple(s(x, y)) for x, y in FOLD], fill=INK)
    for a, y, b in LINES:
        draw.rounded_rectangle(s(a - 18, y - 18, b + 18, y + 18), radius=s(18)[0], fill=INK)
    sx0, sy0, sx1, sy1, sw = SHACKLE
    bx0, by0, bx1, by1, br = BODY
    radius = (sx1 - sx0) / 2
    draw.arc(s(sx0, sy0, sx1, sy1), 180, 360, fill=AMBER, width=s(sw)[0])
    draw.rectangle(s(sx0, sy0 + radius, sx0 + sw, by0 + 1), fill=AMBER)
    draw.rectangle(s(sx1 - sw, sy0 + radius, sx1, by0 + 1), fill=AMBER)
    draw.rounded_rectangle(s(bx0, by0, bx1, by1), radius=s(br)[0], fill=AMBER)
    kx, ky, kr = KEYHOLE_CIRCLE
    draw.ellipse(s(kx - kr, ky - kr, kx + kr, ky + kr), fill=KEYHOLE)
    draw.rounded_rectangle(s(*KEYHOLE_SLOT), radius=s(8)[0], fill=KEYHOLE)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    (ICONS / "casetracker.svg").write_text(svg(), encoding="utf-8")
    big = raster(1024)
    raster(256).save(ICONS / "casetracker.png", optimize=True)
    big.save(
        ICONS / "casetracker.ico",
        sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)],
    )
    big.save(ICONS / "casetracker.icns")
    for path in sorted(ICONS.iterdir()):
        print(f"{path.name:20} {path.stat().st_size // 1024:5} KiB")


if __name__ == "__main__":
    main()
