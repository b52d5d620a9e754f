"""Newspaper names ending in Ledger, Sentinel, Globe and the like are outlets (session 53; the
review of session 53: '(Tri-County Ledger) —' in a dateline and 'Copyright 2025 Tri-County
Ledger' named no outlet, where '(Tri-County Times)' did)."""

from __future__ import annotations

import pytest

from reconcile.text.outlets import find


@pytest.mark.parametrize("paper", ["Tri-County Ledger", "Marlow Sentinel", "Elm Valley Globe", "Lakeside Advocate",
                                   "Harlow Enquirer", "Kestrel Courant"])
def test_a_dateline_names_the_paper(paper):
    text = (f"Two hurt in Marlow shooting\n\nMARLOW, Ind. ({paper}) — Two people were wounded on Elm Street "
            f"late Thursday, police said.\n\nNo arrests have been made.\n")
    got = find(text)
    assert got is not None and got.outlet == paper
