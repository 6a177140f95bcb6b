"""Comparing names as people type them: pure functions, no Qt, no database.

A Russian name reaches a caseworker in many spellings: Щербакова in a chat, SHCHERBAKOVA in
a passport, Schtscherbakowa in a German decision, Chtcherbakova in a French one,
Szczerbakowa in a Polish one, Ščerbakova in a Czech or Baltic register, Štšerbakova in an
Estonian one, Sjtsjerbakova in a Dutch one. Rather than listing every transliteration,
every spelling is reduced to a coarse *phonetic key* per word, a skeleton on which all of
them meet:

- Cyrillic is first transliterated with ICAO Doc 9303 (through `iuliia`), whose output is
  unambiguous (ch is always Ч, kh always Х);
- a Latin spelling is read letter group by letter group (`_GROUPS`, longest first): every
  rendering of one Cyrillic letter becomes one key letter. The hushing letters Ш Щ Ж Ч
  become x whether written sh, shch, sch, schtsch, chtch, tch, sz, szcz, cz, ż, š, šč, č,
  ž, tš, štš, sj, tsj, sjtsj or zh; Ц becomes c (ts, tc, tz, z, Czech c); Х becomes h (kh,
  ch, h); Й Ю Я lose their j/y (i); w is v; diacritics not named go.
- then (`_reduce`) ye/ie/yo/io become e (ё = е), o after a hushing letter becomes e
  (Gorbatschow = Горбачёв), double letters become one, and the -off/-eff of old French and
  English spellings is -ov/-ev (Melnikoff = Мельников).

Where a Latin spelling is ambiguous (German ch is Х, English ch is Ч; French j is Ж; Czech c
is Ц, English c is К) every reading is kept, so a word may have a few keys. Keys are
deliberately coarse: they find candidates; `closeness` ranks the nearest spelling first.

Decided on purpose (tests/test_names.py holds the table): Ш and Щ meet (Sherbakov is a
common spelling of Щербаков); З and Ц meet (German Z is Ц); a man's and a woman's form of a
surname are different words (Ivanov is not Ivanova), and so are names a letter apart
(Ivanov, Ivashov). Search, which matches the start of a key as you type, lists Sokolova
under "Sokolov", after Sokolov himself; "Sokolova" does not find Sokolov.

The keys are stored in the search index: a change to them needs a store migration that
rebuilds the index (as migration 0005 does); `KEYS_DIGEST` in the tests notices the change.
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
    return _WORD.findall(_APOSTROPHES.sub("", unicodedata.normalize("NFC", fold(text))))


def is_cyrillic(word: str) -> bool:
    return bool(_CYRILLIC.search(word))


# Latin letter groups, longest first; each maps to its readings in the key alphabet.
# Key alphabet: plain Latin letters, plus x (the hushing class Ш Щ Ж Ч) and c (Ц, German Z).
_GROUPS: list[tuple[str, tuple[str, ...]]] = [
    # Щ
    ("schtsch", ("x",)),  # German
    ("shtsch", ("x",)),
    ("sjtsj", ("x",)),  # Dutch
    ("chtch", ("x",)),  # French
    ("szcz", ("x",)),  # Polish
    ("shch", ("x",)),  # English, passports
    ("štš", ("x",)),  # Estonian
    ("shh", ("x",)),  # GOST 7.79
    ("šč", ("x",)),  # Czech, Slovak, Latvian, Lithuanian
    ("šc", ("x",)),  # the same with a háček left out
    ("sč", ("x",)),
    ("ŝ", ("x",)),  # ISO 9
    # Ч, Ш, Ж
    ("tsch", ("x",)),  # German Ч
    ("sch", ("x",)),  # German Ш (and Ж)
    ("tch", ("x",)),  # French and English Ч
    ("tsj", ("x",)),  # Dutch Ч
    ("tš", ("x",)),  # Estonian Ч
    ("sh", ("x",)),
    ("sz", ("x",)),  # Polish Ш
    ("cz", ("x",)),  # Polish Ч
    ("zh", ("x",)),
    ("sj", ("x", "si")),  # Dutch Ш, or German/Polish сь + я (Wasja)
    ("zj", ("x", "ci")),  # Dutch Ж, or зь + я
    ("š", ("x",)),
    ("ž", ("x",)),
    ("ż", ("x",)),  # Polish Ж
    ("č", ("x",)),
    ("ch", ("x", "h")),  # English Ч, French Ш, or German, Czech and Polish Х
    ("kh", ("h",)),
    # Ц; Czech c and sc are read by `_c_readings`
    ("ts", ("c",)),
    ("tc", ("c",)),  # GOST 52535.1 Ц
    ("tz", ("c",)),
    ("z", ("c",)),
    # vowels
    ("õ", ("i",)),  # Estonian Ы
    ("â", ("ia",)),  # ISO 9 Я
    ("û", ("iu",)),  # ISO 9 Ю
    ("ou", ("u",)),  # French У
    ("ó", ("u", "o")),  # Polish ó (Józef)
    ("oe", ("u", "oe")),  # Dutch У, or о + е
    ("y", ("i",)),
    ("jj", ("i",)),  # GOST 16876 Й
    ("j", ("i", "x")),  # German/English Й Ю Я, or French Ж
    # other letters
    ("ph", ("f",)),
    ("ck", ("k", "ck")),  # English and German К (Zucker), or Polish and Czech ЦК (Budnickaja)
    ("gue", ("ge",)),  # French Евгений: Evguenii
    ("gui", ("gi",)),
    ("x", ("ks", "h")),  # Alexei, or the scholarly and Uzbek Х (Xruščëv)
    ("q", ("k",)),
    ("w", ("v",)),
]
_UNAMBIGUOUS = {
    "ch": ("x",),
    "j": ("i",),
    "oe": ("oe",),
    "x": ("ks",),
}  # how ICAO output is read: ch is always Ч
_GROUP_READINGS = dict(_GROUPS)
_SPLIT = re.compile("|".join(re.escape(group) for group, _ in _GROUPS) + "|sc|.", re.DOTALL)


def _c_readings(group: str, following: str) -> tuple[str, ...]:
    """c is К in English and French (Victor, Nicolai), Ц in Czech, Polish, Baltic and ISO 9
    (Cvetkov, Coj); the letter after it tells which, or leaves both. sc before e or i is the
    Czech šč with its háčeks left out (Scerbakova)."""
    following = _strip_marks(following)
    if group == "sc":
        if following in ("e", "i", "y"):
            return ("x",)
        return tuple("s" + reading for reading in _c_readings("c", following))
    if following in ("e", "i", "y"):  # Alice, Cirill: soft, as Ц
        return ("c",)
    if following in ("l", "r", "t"):  # Clara, Cristina, Victor
        return ("k",)
    if following in ("a", "o", "u", ""):  # Nicolai, or Czech Coj (Цой), Kravec (Кравец)
        return ("k", "c")
    return ("c",)  # before another consonant: Cvetkov


# Letters whose diacritic the groups read; every other letter loses its marks first (ȳ, ĭ, ë, ï).
_MARKED = {letter for group, _ in _GROUPS for letter in group if not letter.isascii()}


def _plain(latin: str) -> str:
    return "".join(char if char in _MARKED else _strip_marks(char) for char in latin)


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("ß", "ss"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


# -off and -eff, in old French and English spellings, end a name in -ов and -ев (Melnikoff).
_OLD_ENDINGS = re.compile(r"(?<=[oe])ff$")


def _readings(latin: str, ambiguous: bool) -> list[str]:
    """Every reading of a Latin word in the key alphabet (at most _MAX_KEYS)."""
    latin = _plain(latin)
    if ambiguous:
        latin = _OLD_ENDINGS.sub("v", latin)
    results = [""]
    for found in _SPLIT.finditer(latin):
        group = found.group()
        options = _GROUP_READINGS.get(group)
        if options is not None:
            if not ambiguous:
                options = _UNAMBIGUOUS.get(group, options)
        elif group in ("c", "sc"):
            options = _c_readings(group, latin[found.end() : found.end() + 1])
        else:  # any other Latin letter is itself; anything else leaves no trace
            options = (group,) if group.isalpha() and group.isascii() else ("",)
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
    word = unicodedata.normalize("NFC", fold(word))
    if not word or word.isdigit():
        return ()
    if is_cyrillic(word):
        # ъ and ь leave no trace in most renderings (ICAO writes ъ as "ie": Podieiachev).
        latin = iuliia.ICAO_DOC_9303.translate(word.replace("ъ", "").replace("ь", "")).lower()
        ambiguous = False
    else:
        latin, ambiguous = word, True
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


# --- spellings typed without their diacritics ------------------------------------------------------
# Ševčuk typed as Sevcuk, Černyšev as Cernysev, Žukov as Zukov: with the háček gone, š č ž read as
# С Ц З and the key says nothing of Ш Ч Ж. A second, barer key merges the three (x, c and s become s).
# It is only looked up for a word typed in plain ASCII with an s, c or z in it, and ranks below the
# key itself, so Сидоров still comes before Шидоров when "Sidorov" is typed.

_BARE = str.maketrans({"x": "s", "c": "s"})


def bare_key(key: str) -> str:
    """The key with the hushing class, Ц and С merged: what is left when diacritics are dropped.

    As after x in the key, o after the merged letter is e (Ivašov, typed Ivasov, is Ивашов)."""
    return key.translate(_BARE).replace("so", "se")


def bare_keys(word: str) -> tuple[str, ...]:
    """The bare keys of a word whose keys hold a letter a lost diacritic may have changed."""
    found: list[str] = []
    for key in word_keys(word):
        bare = bare_key(key)
        if (bare != key or "s" in key) and bare not in found:
            found.append(bare)
    return tuple(found)


def bare_text(text: str | None) -> str:
    """Every bare key of every word of `text`, space-separated, for a full-text index."""
    seen: list[str] = []
    for word in words(text):
        seen.extend(key for key in bare_keys(word) if key not in seen)
    return " ".join(seen)


def may_lack_diacritics(word: str) -> bool:
    """True if a typed word could be a spelling with its háčeks left out (Sevcuk, Zukov)."""
    return word.isascii() and any(letter in word for letter in "scz")


def same_name_word(a: str, b: str) -> bool:
    """True if two words are spellings of one name word (Щеглов, SHCHEGLOV, Chtcheglov)."""
    return bool(set(word_keys(a)) & set(word_keys(b)))


def closeness(query: str, candidate: str) -> float:
    """How closely the words of `candidate` match what was typed, from 0 to 1.

    Per word typed, the best of: the same folded word (1), a folded prefix of one (0.8),
    the same phonetic key (0.6), a prefix of one (0.4), the same bare key of a word typed
    without diacritics (0.3), a prefix of one (0.2); averaged over the words typed, so a
    left-out patronymic costs nothing and the closest spelling ranks first.
    """
    typed = words(query)
    if not typed:
        return 0.0
    have = words(candidate)
    have_keys = {key for word in have for key in word_keys(word)}
    total = 0.0
    for word in typed:
        total += _word_closeness(word, have, have_keys)
    return total / len(typed)


def _word_closeness(word: str, have: list[str], have_keys: set[str]) -> float:
    if word in have:
        return 1.0
    if any(other.startswith(word) for other in have):
        return 0.8
    keys = word_keys(word)
    if any(key in have_keys for key in keys):
        return 0.6
    if any(other.startswith(key) for key in keys for other in have_keys):
        return 0.4
    if not may_lack_diacritics(word):
        return 0.0
    bare = bare_keys(word)
    have_bare = {bare_key(key) for key in have_keys}
    if any(key in have_bare for key in bare):
        return 0.3
    if any(other.startswith(key) for key in bare for other in have_bare):
        return 0.2
    return 0.0
