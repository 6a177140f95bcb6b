"""Fill the English plural forms of resources/i18n/casetracker_en.ts from the source texts.

The widgets' texts are written in English with "(s)" where a count decides the form ("%n case(s)");
the English translation file holds only those texts (`pyside6-lupdate -pluralonly`) and gives each
its singular and plural, so the app says "1 case", "2 cases". Run after pyside6-lupdate, then
pyside6-lrelease (see docs/architecture.md).
"""

import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape

TS = Path(__file__).resolve().parents[1] / "resources" / "i18n" / "casetracker_en.ts"
IRREGULAR = {"person": "people"}
# the verb and pronouns that follow a counted noun in our texts
SINGULAR_WORDS = {" were ": " was ", "Correct them ": "Correct it ", "skip them.": "skip it."}


def forms(source: str) -> tuple[str, str]:
    def one(match: re.Match) -> str:
        return match.group(1)

    def many(match: re.Match) -> str:
        return IRREGULAR.get(match.group(1), match.group(1) + "s")

    singular = re.sub(r"(\w+)\(s\)", one, source)
    if singular != source:
        for plural_word, singular_word in SINGULAR_WORDS.items():
            singular = singular.replace(plural_word, singular_word, 1)
    return singular, re.sub(r"(\w+)\(s\)", many, source)


def unescape(text: str) -> str:
    return (
        text.replace("&apos;", "'")
        .replace("&quot;", '"')
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
    )


def fill(text: str) -> str:
    def message(match: re.Match) -> str:
        block = match.group(0)
        source = unescape(re.search(r"<source>(.*?)</source>", block, re.S).group(1))
        body = "".join(f"\n            <numerusform>{escape(form)}</numerusform>" for form in forms(source))
        translation = f"<translation>{body}\n        </translation>"
        return re.sub(
            r"<translation.*?(</translation>|/>)", lambda _: translation, block, count=1, flags=re.S
        )

    return re.sub(r'<message numerus="yes">.*?</message>', message, text, flags=re.S)


if __name__ == "__main__":
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else TS
    path.write_text(fill(path.read_text(encoding="utf-8")), encoding="utf-8")
