"""held52 (session 35, careful reading round 52, even half): held and not-held words that are
not about the event's suspects kept out of the arrested toll and the custody rows: an arrest on outstanding warrants. Sentences of our own."""

from __future__ import annotations

from conftest import account_toll, report_of


def test_an_arrest_on_outstanding_warrants_is_another_matter(tmp_path):
    text = ("Crash after shots on Pine Street\n\nA car crashed on Pine Street in Marlow on Tuesday after shots were "
            "fired nearby, police said. One of the men in the car, aged 24, was arrested on "
            "outstanding warrants from another county.\n")
    assert account_toll(report_of(tmp_path, {"a.txt": text}), "arrested") is None
