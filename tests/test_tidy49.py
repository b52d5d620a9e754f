"""Session 33, tidy49: a source's tolls read once per report. Sentences of our own, about
invented shootings."""

from __future__ import annotations

from collections import Counter

from conftest import news_folder

from reconcile import accounts, pipeline

FIRST = ("Two men shot outside Elm Street diner\n\n"
         "Two men were shot outside a diner on Elm Street late Friday, police said.\n\n"
         "One of them died at the scene and the other was taken to Mercy Hospital.\n")
SECOND = ("One dead, one hurt in Elm Street shooting\n\n"
          "A man was killed and another wounded when shots were fired outside a diner on Elm Street "
          "on Friday night, police said.\n\nNo arrests have been made.\n")


def test_each_source_s_tolls_are_read_once_per_report(tmp_path, monkeypatch):
    reads: Counter = Counter()
    read = accounts._toll_claims

    def counted(claims, published=None):
        claims = list(claims)
        reads[(claims[0].source if claims else None, published)] += 1
        return read(claims, published)
    accounts._read_tolls.cache_clear()
    monkeypatch.setattr(accounts, "_toll_claims", counted)
    rep = pipeline.reconcile([news_folder(tmp_path, {"a.txt": FIRST, "b.txt": SECOND})],
                             pipeline.Options(jobs=1, cache=False))
    assert {a.source for a in rep.accounts} == {"a", "b"}
    assert reads and set(reads.values()) == {1}  # many asked, each (source, date) read once


def test_each_caller_gets_a_copy_of_its_own(tmp_path):
    rep = pipeline.reconcile([news_folder(tmp_path, {"a.txt": FIRST})], pipeline.Options(jobs=1, cache=False))
    claims = [c for c in rep.claims if c.source == "a"]
    per, aside = accounts.toll_claims(claims)
    assert per["killed"]
    per["killed"].clear()
    per["missing"].append(claims[0])
    aside.append(("x", "y"))
    again, aside_again = accounts.toll_claims(claims)
    assert again["killed"] and "missing" not in again and ("x", "y") not in aside_again
