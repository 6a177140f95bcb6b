"""An example of a country table, on the engine's own made-up rules: copy its shape for a country.

Real tables look like this (one test per decision kind and procedure, the source in the docstring):

    def test_asylum_refused_in_the_general_procedure_one_week():
        \"\"\"Dienst Terugkeer en Vertrek, "Beroep tegen het asielbesluit" (read 2026-12-05): "De termijn is
        één week voor zaken die in de AA zijn afgehandeld" (Vreemdelingenwet 2000 art. 69(1)).\"\"\"
        found = deadline(
            "NL", "decision_negative", date(2026, 3, 2), notified=date(2026, 3, 4), procedure="normal"
        )
        assert found.due == date(2026, 3, 11)
"""

from datetime import date

from tests.rules.countries.country_helpers import PROBLEMS, deadline


def test_the_shipped_profiles_load_without_problems():
    assert PROBLEMS == []


def test_a_country_without_a_remedy_for_a_decision_says_so_rather_than_inventing_one():
    found = deadline("AE", "entry_ban", date(2026, 3, 2))
    assert found.due is None and ("by hand" in found.text or "not known" in found.text)
