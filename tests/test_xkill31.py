"""Death tolls read in session 23 (xkill31): casualty words the extractor misread. Sentences
of our own, about invented shootings."""

from __future__ import annotations

from conftest import one_article_tolls as _tolls_of


def test_killing_as_the_aim_of_an_effort_is_no_death(tmp_path):
    text = ("Man hurt at Quarry Road home\n\nA man cut himself badly in an effort to kill himself at a home "
            "on Quarry Road on Sunday, deputies said.\n\nHe is expected to recover.\n")
    assert "killed" not in _tolls_of(tmp_path, "effort", text)
    # the same words with the death carried out stay a death
    done = text.replace("cut himself badly in an effort to kill himself", "shot and killed himself")
    done = done.replace("\n\nHe is expected to recover.", "")
    assert _tolls_of(tmp_path, "done", done).get("killed") == (1, 1)
