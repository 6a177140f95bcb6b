"""Validation reports every problem, each with its file and field; a broken file never stops the rest."""

import textwrap
from pathlib import Path

import pytest

from casetracker.rules import check_files, load_profiles

ZONE = """
zone = "schengen"
name = "Schengen area"
members = ["EE", "FI"]
[[periods]]
effective_from = 2013-10-18
verified_on = 2026-11-22
[periods.stay]
limit_days = 90
window_days = 180
[[periods.sources]]
title = "Manual"
url = "https://example.org/manual"
kind = "government"
"""

GOOD = """
code = "XX"
name = "Testland"
zones = ["schengen"]
[[periods]]
effective_from = 2020-01-01
verified_on = 2026-11-22
[periods.stay]
zone = "schengen"
[[periods.sources]]
title = "Source"
url = "https://example.org/a"
kind = "law"
published = 2020-01-01
"""

REMEDY = """[periods.remedy]
decision = "decision_negative"
remedy = "appeal"
body = "the court"
days = 14"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def problems_of(tmp_path, text, name="XX.toml"):
    write(tmp_path, "schengen.toml", ZONE)
    return check_files([write(tmp_path, name, text)])


def test_good_file_has_no_problems(tmp_path):
    assert problems_of(tmp_path, GOOD) == []


BROKEN = [
    ('zones = ["schengen"]', 'zones = ["schengen"]\ncolour = "red"', "colour", "unknown field"),
    (
        "effective_from = 2020-01-01",
        'effective_from = "2020-01-01"',
        "periods[0].effective_from",
        "without quotes",
    ),
    (
        "effective_from = 2020-01-01",
        "effective_from = 2020-01-01T10:00:00",
        "periods[0].effective_from",
        "not a date and time",
    ),
    ('zone = "schengen"\n[[', 'zone = "atlantis"\n[[', "periods[0].stay.zone", "unknown zone 'atlantis'"),
    ('zones = ["schengen"]', 'zones = ["schengen", "mu"]', "zones[1]", "unknown zone 'mu'"),
    ('code = "XX"', 'code = "xx"', "code", "ISO 3166"),
    ('code = "XX"', 'code = "YY"', "code", "does not match the file name"),
    ("verified_on = 2026-11-22\n", "", "periods[0].verified_on", "the day its source was last read"),
    ('kind = "law"\n', "", "periods[0].sources[0].kind", "missing required field"),
    ('kind = "law"', 'kind = "blog"', "periods[0].sources[0].kind", "expected one of"),
    (
        'url = "https://example.org/a"',
        'url = "https://www.rt.com/russia/1-x/"',
        "periods[0].sources[0].url",
        "state propaganda outlet",
    ),
    (
        'url = "https://example.org/a"',
        'url = "https://bosnia-herzegovina.news-pravda.com/russia/2025/07/19/27622.html"',
        "periods[0].sources[0].url",
        "state propaganda outlet",
    ),
    (
        'url = "https://example.org/a"',
        'url = "https://lenta.ru/news/2025/05/27/uzbekistan"',
        "periods[0].sources[0].url",
        "state propaganda outlet",
    ),
    ('url = "https://example.org/a"', 'url = "example.org"', "periods[0].sources[0].url", "http"),
    (
        '[periods.stay]\nzone = "schengen"',
        "[periods.stay]\nlimit_days = 90",
        "periods[0].stay.limit_days",
        "needs window_days",
    ),
    (
        '[periods.stay]\nzone = "schengen"',
        "[periods.stay]\nlimit_days = 180\nwindow_days = 180",
        "periods[0].stay.limit_days",
        "less than window_days",
    ),
    (
        '[periods.stay]\nzone = "schengen"',
        "[periods.stay]\nper_entry_days = 0",
        "periods[0].stay.per_entry_days",
        "from 1 to 10,000",
    ),
    (
        '[periods.stay]\nzone = "schengen"',
        '[periods.stay]\nzone = "schengen"\nper_entry_days = 3',
        "periods[0].stay.zone",
        "takes its numbers from the zone",
    ),
    ('[periods.stay]\nzone = "schengen"', "[periods.stay]", "periods[0].stay.limit_days", "at least one of"),
    (
        '[periods.stay]\nzone = "schengen"',
        '[periods.entry]\nregime = "open"',
        "periods[0].entry.regime",
        "expected one of",
    ),
    (
        '[periods.stay]\nzone = "schengen"',
        '[periods.entry]\nregime = "visa"\ninternal_passport = "yes"',
        "periods[0].entry.internal_passport",
        "true or false",
    ),
    (
        '[periods.stay]\nzone = "schengen"',
        '[periods.ban]\nscope = "x"\npurposes = "tourism"',
        "periods[0].ban.purposes",
        "expected a list",
    ),
    (
        '[periods.stay]\nzone = "schengen"',
        '[periods.ban]\nscope = "x"\ntargets = ["spy"]',
        "periods[0].ban.targets",
        "item 1",
    ),
    ('[periods.stay]\nzone = "schengen"', "[periods.ban]", "periods[0].ban.scope", "missing required field"),
    ('[periods.stay]\nzone = "schengen"', REMEDY + "\nmonths = 1", "periods[0].remedy.days", "only one of"),
    (
        '[periods.stay]\nzone = "schengen"',
        REMEDY.replace("days = 14", ""),
        "periods[0].remedy.days",
        "or say why the period is unknown",
    ),
    (
        '[periods.stay]\nzone = "schengen"',
        REMEDY + '\nunknown = "not found"',
        "periods[0].remedy.days",
        "is not unknown",
    ),
    (
        '[periods.stay]\nzone = "schengen"',
        REMEDY.replace('"decision_negative"', '"expulsion"'),
        "periods[0].remedy.decision",
        "expected one of",
    ),
    (
        '[periods.stay]\nzone = "schengen"',
        REMEDY + '\n[[periods.remedy.variants]]\nprocedure = "fast"\ndays = 3',
        "periods[0].remedy.variants",
        "item 1: procedure: expected one of",
    ),
    (
        '[periods.stay]\nzone = "schengen"',
        REMEDY + '\n[[periods.remedy.variants]]\nprocedure = "border"',
        "periods[0].remedy.variants",
        "give exactly one of days, months, hours",
    ),
    (
        '[periods.stay]\nzone = "schengen"',
        REMEDY + "\nearlier_step_days = 15",
        "periods[0].remedy.earlier_step_days",
        "needs earlier_step",
    ),
    (
        '[periods.stay]\nzone = "schengen"',
        '[periods.risk]\nextradition = "extreme"',
        "periods[0].risk.extradition",
        "expected one of",
    ),
    ('[periods.stay]\nzone = "schengen"', "[periods.risk]", "periods[0].risk.extradition", "at least one of"),
    (
        '[periods.stay]\nzone = "schengen"',
        '[periods.filing]\nconsequence = "late"',
        "periods[0].filing.within_days",
        "at least one of",
    ),
    ('[periods.stay]\nzone = "schengen"', "", "periods[0]", "a period needs a rule"),
    (
        "effective_from = 2020-01-01",
        "effective_from = 2020-01-01\neffective_to = 2019-12-31",
        "periods[0].effective_to",
        "ends before it starts",
    ),
    (
        GOOD[GOOD.index("[[periods.sources]]") :].rstrip("\n"),
        "",
        "periods[0].sources",
        "a rule without a source",
    ),
    (
        "effective_from = 2020-01-01",
        "effective_from = 2020-01-01\nverified = false",
        "periods[0].note",
        "needs a note",
    ),
    (
        '[[periods.sources]]\ntitle = "Source"',
        '[[periods.sources]]\ntitle = ""',
        "periods[0].sources[0].title",
        "non-empty",
    ),
    (
        "effective_from = 2020-01-01",
        'effective_from = 2020-01-01\nunverified = ["colour"]',
        "periods[0].unverified[0]",
        "not a field of this rule",
    ),
]


@pytest.mark.parametrize(("old", "new", "field", "reason"), BROKEN, ids=[b[2] + ":" + b[3] for b in BROKEN])
def test_each_problem_is_reported_with_file_and_field(tmp_path, old, new, field, reason):
    assert old in GOOD
    problems = problems_of(tmp_path, GOOD.replace(old, new, 1))
    matching = [p for p in problems if p.field == field and reason in p.reason]
    assert matching, problems
    assert matching[0].file.endswith("XX.toml")


def test_stay_zone_must_be_listed_in_zones(tmp_path):
    problems = problems_of(tmp_path, GOOD.replace('zones = ["schengen"]', ""))
    assert [p.field for p in problems] == ["periods[0].stay.zone"]


def test_overlapping_periods_of_the_same_type(tmp_path):
    text = GOOD + textwrap.dedent("""
        [[periods]]
        effective_from = 2019-01-01
        verified = false
        note = "older"
        [periods.stay]
        per_entry_days = 30
        [[periods]]
        effective_from = 2021-01-01
        effective_to = 2021-12-31
        verified = false
        note = "covered by the open-ended first period"
        [periods.stay]
        per_entry_days = 60
        [[periods]]
        effective_from = 2021-01-01
        verified = false
        note = "two bans at once are fine"
        [periods.ban]
        scope = "a"
        [[periods]]
        effective_from = 2021-06-01
        verified = false
        note = "two bans at once are fine"
        [periods.ban]
        scope = "b"
    """)
    problems = problems_of(tmp_path, text)
    assert {(p.field, p.reason) for p in problems} == {
        ("periods[0].effective_from", "this stay period overlaps periods[1]"),
        ("periods[2].effective_from", "this stay period overlaps periods[1]"),
    }


def test_duplicate_rule_ids(tmp_path):
    text = GOOD + textwrap.dedent("""
        [[periods]]
        effective_from = 2021-01-01
        verified = false
        note = "n"
        [periods.ban]
        scope = "a"
        [[periods]]
        effective_from = 2021-01-01
        verified = false
        note = "n"
        [periods.ban]
        scope = "b"
    """)
    problems = problems_of(tmp_path, text)
    assert [(p.field, p.reason) for p in problems] == [
        ("periods[2].ban.id", "rule id XX.ban.2021-01-01 is already used by periods[1]")
    ]


def test_every_problem_is_reported_not_just_the_first(tmp_path):
    text = GOOD.replace('name = "Testland"', 'name = ""\nflag = 1').replace(
        "effective_from = 2020-01-01", "effective_from = 2020-01-01\neffective_to = 2010-01-01"
    )
    problems = problems_of(tmp_path, text)
    assert {p.field for p in problems} == {"name", "flag", "periods[0].effective_to"}


def test_toml_syntax_error_gives_the_line(tmp_path):
    problems = problems_of(tmp_path, 'code = "XX"\nname = "a\n')
    assert len(problems) == 1 and problems[0].line == 2 and "TOML syntax error" in problems[0].reason
    assert "XX.toml:2" in str(problems[0])


def test_wrong_shapes(tmp_path):
    problems = problems_of(tmp_path, 'code = "XX"\nname = "n"\nperiods = [1]\n[[x]]\n')
    assert ("periods[0]", "expected a table") in {(p.field, p.reason) for p in problems}
    problems = problems_of(tmp_path, 'code = "XX"\nname = "n"\nperiods = 3\n')
    assert ("periods", "expected [[periods]] tables") in {(p.field, p.reason) for p in problems}
    text = GOOD.replace('[periods.stay]\nzone = "schengen"', "stay = 3")
    assert ("periods[0].stay", "expected a table") in {
        (p.field, p.reason) for p in problems_of(tmp_path, text)
    }
    text = GOOD.split("[[periods.sources]]")[0].replace(
        "effective_from = 2020-01-01", "effective_from = 2020-01-01\nsources = 5"
    )
    assert ("periods[0].sources", "expected [[periods.sources]] tables") in {
        (p.field, p.reason) for p in problems_of(tmp_path, text)
    }


def test_unreadable_file(tmp_path):
    path = tmp_path / "XX.toml"
    path.write_bytes(b"\xff\xfe\x00")
    problems = check_files([path])
    assert problems and problems[0].file == str(path)


def test_loader_keeps_the_good_profiles(tmp_path):
    write(tmp_path, "schengen.toml", ZONE)
    write(tmp_path, "XX.toml", GOOD)
    write(
        tmp_path,
        "YY.toml",
        GOOD.replace('"XX"', '"YY"').replace("effective_from = 2020-01-01", "effective_from = 2020-13-01"),
    )
    write(tmp_path, "ZZ.toml", GOOD.replace('"XX"', '"ZZ"').replace('name = "Testland"', "name = 5"))
    profiles, problems = load_profiles(tmp_path)
    assert list(profiles.profiles) == ["XX"]
    assert {Path(p.file).name for p in problems} == {"YY.toml", "ZZ.toml"}
    assert profiles.get("xx").zones[0].name == "schengen"


def test_broken_zone_file_leaves_its_members_out(tmp_path):
    write(tmp_path, "schengen.toml", ZONE.replace('name = "Schengen area"', "name = 1"))
    write(tmp_path, "XX.toml", GOOD)
    profiles, problems = load_profiles(tmp_path)
    assert len(profiles) == 0
    assert {(Path(p.file).name, p.field) for p in problems} == {
        ("schengen.toml", "name"),
        ("XX.toml", "zones"),
    }


def _indented(text: str) -> str:
    return text.replace("\n", "\n        ")


def test_one_remedy_against_each_kind_of_decision_at_a_time(tmp_path):
    text = GOOD + textwrap.dedent("""
        [[periods]]
        effective_from = 2021-01-01
        verified = false
        note = "n"
        {remedy}
        [[periods]]
        effective_from = 2022-01-01
        verified = false
        note = "overlaps the first against the same kind of decision"
        {remedy}
        [[periods]]
        effective_from = 2022-01-01
        verified = false
        note = "another kind of decision: fine"
        {other}
    """).format(
        remedy=_indented(REMEDY), other=_indented(REMEDY.replace("decision_negative", "entry_denied"))
    )
    problems = problems_of(tmp_path, text)
    assert [(p.field, p.reason) for p in problems] == [
        ("periods[2].effective_from", "this remedy against decision_negative period overlaps periods[1]")
    ]
