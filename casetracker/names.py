"""Comparing names as people type them: pure functions, no Qt, no database.

A Russian name reaches a caseworker in many spellings: Щеглов in a chat, SHCHEGLOV in a
passport (MVD 310), Shcheglov in the press, Schtscheglow in a German decision, Chtcheglov
in a French one. Every spelling is reduced here to a coarse *phonetic key* per word, so
that all of them meet on one key:

- Cyrillic is first transliterated with ICAO Doc 9303 (through `iuliia`), whose output is
  unambiguous (ch is always Ч, kh always Х);
- Latin spellings are reduced by collapsing the renderings the passport systems (MVD 310,
  its French variant, GOST 52535.1, ICAO Doc 9303), BGN/PCGN, and German, French, Polish
  and English writers use for one Cyrillic letter: shch/sch/chtch/schtsch/sh/ch/tch/tsch/zh
  (one hushing class), kh/h, ts/tc/tz/z, yu/iu/ju, ya/ia/ja, y/i/j, ou/u, w/v, x/ks,
  double letters, apostrophes and diacritics. ye/ie/yo/io become e (ё = е).

Where a Latin spelling is ambiguous (German ch is Х, English ch is Ч; French j is Ж) every
reading is kept, so a word may have two or three keys. Keys are deliberately coarse:
they find candidates; `closeness` ranks the nearest spelling first.
"""

import re
import unicodedata
from functools import lru_cache

import iuliia


def fold(text: str | None) -> str:
    """Case- and ё-insensitive form, so 'ЛЕВ', 'лев' and 'Лёв' compare equal.

    SQLite's own lower() and LIKE only fold ASCII letters; the store registers this
    function as `ct_fold` on every connection so Cyrillic searches work in SQL too.
    """
    return (text or "").casefold().replace("ё", "е")


_APOSTROPHES = re.compile("['\"’‘ʼʹʺ`´”“]")
_WORD = re.compile(r"[^\W_]+")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_MAX_KEYS = 4


def words(text: str | None) -> list[str]:
    """The folded words of `text`; apostrophes (Gor'kiy, Pod"yachev) do not split a word."""
    return _WORD.findall(_APOSTROPHES.sub("", fold(text)))


def is_cyrillic(word: str) -> bool:
    return bool(_CYRILLIC.search(word))


# Latin letter groups, longest first; each maps to its readings in the key alphabet.
# Key alphabet: plain Latin letters, plus x (the hushing class Ш Щ Ж Ч) and c (Ц, German Z).
_GROUPS: list[tuple[str, tuple[str, ...]]] = [
    ("schtsch", ("x",)),  # German Щ
    ("shtsch", ("x",)),
    ("chtch", ("x",)),  # French Щ
    ("szcz", ("x",)),  # Polish Щ
    ("shch", ("x",)),
    ("tsch", ("x",)),  # German Ч
    ("sch", ("x",)),  # German Ш (and Ж)
    ("tch", ("x",)),  # French and English Ч
    ("sh", ("x",)),
    ("sz", ("x",)),
    ("cz", ("x",)),
    ("zh", ("x",)),
    ("ch", ("x", "h")),  # English Ч, French Ш, or German Х
    ("kh", ("h",)),
    ("ts", ("c",)),
    ("tc", ("c",)),  # GOST 52535.1 Ц
    ("tz", ("c",)),
    ("ph", ("f",)),
    ("ck", ("k",)),
    ("ou", ("u",)),  # French У
    ("gue", ("ge",)),  # French Евгений: Evguenii
    ("gui", ("gi",)),
    ("x", ("ks",)),
    ("q", ("k",)),
    ("w", ("v",)),
    ("z", ("c",)),
    ("y", ("i",)),
    ("j", ("i", "x")),  # German/English Й Ю Я, or French Ж
]
_UNAMBIGUOUS = {"ch": ("x",), "j": ("i",)}  # how ICAO output is read: ch is always Ч
_C_SOFT = set("eiy")


def _strip_marks(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.replace("ł", "l").replace("ß", "ss"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


_GROUP_READINGS = dict(_GROUPS)
_SPLIT = re.compile("|".join(re.escape(group) for group, _ in _GROUPS) + "|.", re.DOTALL)


def _readings(latin: str, ambiguous: bool) -> list[str]:
    """Every reading of a Latin word in the key alphabet (at most _MAX_KEYS)."""
    results = [""]
    for found in _SPLIT.finditer(latin):
        group = found.group()
        options = _GROUP_READINGS.get(group)
        if options is not None:
            if not ambiguous:
                options = _UNAMBIGUOUS.get(group, options)
        elif group == "c":  # Victor, Nicolai: K; Alice, Cirill: a soft c
            following = latin[found.end() : found.end() + 1]
            options = ("c",) if following and following in _C_SOFT else ("k",)
        elif group.isalpha() and group.isascii():
            options = (group,)
        else:
            options = ("",)
        if len(options) == 1:
            results = [done + options[0] for done in results]
        else:
            results = [done + option for done in results for option in options][:_MAX_KEYS]
    return results


def _reduce(reading: str) -> str:
    # ye/ie/yo/io are е or ё (ё = е); after the hushing class, o is ё (Gorbatschow = Горбачёв).
    reading = re.sub(r"i[eo]", "e", reading)
    reading = re.sub(r"xo", "xe", reading)
    reading = re.sub(r"(.)\1+", r"\1", reading)  # double letters
    if len(reading) > 3 and reading.endswith("e") and reading[-2] not in "aeiou":
        reading = reading[:-1]  # French -ine, -ine: Vassine = Васин
    return reading


@lru_cache(maxsize=200_000)
def word_keys(word: str) -> tuple[str, ...]:
    """The phonetic keys of one word (already folded), most likely reading first."""
    word = fold(word)
    if not word or word.isdigit():
        return ()
    if is_cyrillic(word):
        # ъ and ь leave no trace in most renderings (ICAO writes ъ as "ie": Podieiachev).
        latin = iuliia.ICAO_DOC_9303.translate(word.replace("ъ", "").replace("ь", "")).lower()
        ambiguous = False
    else:
        latin, ambiguous = word, True
    latin = _strip_marks(latin)
    keys: list[str] = []
    for reading in _readings(latin, ambiguous):
        key = _reduce(reading)
        if key and key not in keys:
            keys.append(key)
    return tuple(keys)


def name_keys(text: str | None) -> list[tuple[str, ...]]:
    """The keys of each word of a name, word by word."""
    return [keys for keys in (word_keys(word) for word in words(text)) if keys]


def keys_text(text: str | None) -> str:
    """Every key of every word of `text`, space-separated, for a full-text index."""
    seen: list[str] = []
    for keys in name_keys(text):
        seen.extend(key for key in keys if key not in seen)
    return " ".join(seen)


def same_name_word(a: str, b: str) -> bool:
    """True if two words are spellings of one name word (Щеглов, SHCHEGLOV, Chtcheglov)."""
    return bool(set(word_keys(a)) & set(word_keys(b)))


def closeness(query: str, candidate: str) -> float:
    """How closely the words of `candidate` match what was typed, from 0 to 1.

    Per word typed, the best of: the same folded word (1), a folded prefix of one (0.8),
    the same phonetic key (0.6), a prefix of one (0.4); averaged over the words typed, so a
    left-out patronymic costs nothing and the closest spelling ranks first.
    """
    typed = words(query)
    if not typed:
        return 0.0
    have = words(candidate)
    have_keys = {key for word in have for key in word_keys(word)}
    total = 0.0
    for word in typed:
        keys = word_keys(word)
        if word in have:
            total += 1.0
        elif any(other.startswith(word) for other in have):
            total += 0.8
        elif any(key in have_keys for key in keys):
            total += 0.6
        elif any(other.startswith(key) for key in keys for other in have_keys):
            total += 0.4
    return total / len(typed)
