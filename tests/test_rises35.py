"""Two outlets that each tell, in their own words, the toll rising to their figure (session 26,
planted35): a rise to six against a rise to three, each of one more death, is no report after
the other, so it is a conflict; a rise to four after a rise to three is still an update.
Sentences of our own, about an invented shooting."""

from __future__ import annotations

from conftest import report_of, toll_findings

LOW = ("Deputies give update on Brookfield shooting\n\n"
       "A cyclist hurt in Friday's shooting in Brookfield died on Saturday, and the death toll "
       "rose to three, deputies said.\n\n"
       "Deputies have not named a suspect.\n")


def _high(n: str) -> str:
    return ("Brookfield shooting: deputies give update\n\n"
            f"A cyclist hurt in Friday's shooting in Brookfield died in hospital, and the death toll "
            f"has climbed to {n}, deputies said.\n\n"
            "Neighbours gathered outside the house on Sunday.\n")


def _status(tmp_path, high: str) -> list[str]:
    rep = report_of(tmp_path, {"a.txt": LOW, "b.txt": _high(high)})
    return [f["status"] for f in toll_findings(rep, "killed")]


def test_two_rises_of_one_death_to_figures_far_apart_conflict(tmp_path):
    assert "conflict" in _status(tmp_path, "six")


def test_a_rise_by_the_next_death_is_still_an_update(tmp_path):
    got = _status(tmp_path, "four")
    assert "conflict" not in got and "differ" in got
