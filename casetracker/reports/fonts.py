"""The embedded Unicode font family of the reports: DejaVu Sans, shipped in resources/fonts/.

Registered once per process. reportlab embeds TrueType fonts as subsets with a
ToUnicode map, so Cyrillic and accented Latin render everywhere and can be copied
and searched in a PDF reader.
"""

import functools

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from casetracker.errors import CaseTrackerError
from casetracker.resources import resource_path

SANS = "CaseTracker-Sans"
SANS_BOLD = "CaseTracker-Sans-Bold"
SANS_ITALIC = "CaseTracker-Sans-Oblique"
SANS_BOLD_ITALIC = "CaseTracker-Sans-BoldOblique"
MONO = "CaseTracker-Mono"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_ITALIC: "DejaVuSans-Oblique.ttf",
    SANS_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    MONO: "DejaVuSansMono.ttf",
}


class FontsMissing(CaseTrackerError):
    def __init__(self, detail: str) -> None:
        super().__init__(key="fonts_missing", detail=detail)


@functools.cache
def register_fonts() -> str:
    """Register the family with reportlab (once) and return the name of the regular face."""
    for name, filename in _FILES.items():
        path = resource_path("fonts", filename)
        try:
            pdfmetrics.registerFont(TTFont(name, str(path)))
        except (OSError, TTFError) as error:
            raise FontsMissing(f"{filename}: {error}") from error
    # <b> and <i> in paragraph markup pick the matching face.
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, SANS_BOLD)
    addMapping(SANS, 0, 1, SANS_ITALIC)
    addMapping(SANS, 1, 1, SANS_BOLD_ITALIC)
    return SANS
