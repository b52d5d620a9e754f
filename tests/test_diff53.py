"""A person finding whose sources change is one finding changed in `reconcile diff`, not one
new and one gone (session 53; the review of session 53: a name spelled two ways, a third source
joining, was listed as both new and gone)."""

from __future__ import annotations

import json

from conftest import cli_output, news_folder

A = ("Man wounded on Elm Street\n\nA man was wounded in a shooting on Elm Street on Friday, said police "
     "spokeswoman Dana Whitlow. Daniel Greer, 30, was taken to St. Brigid Hospital.\n")
B = ("Shooting on Elm Street\n\nDaniel Grear, 30, was wounded in a shooting on Elm Street on Friday, police said. "
     "He is expected to survive.\n")
C = ("Elm Street shooting victim expected to survive\n\nDaniel Greer, 30, was shot on Elm Street on Friday, "
     "police said.\n")


def test_a_name_finding_a_source_joins_is_changed(tmp_path):
    day1 = news_folder(tmp_path / "day1", {"a.txt": A, "b.txt": B})
    day2 = news_folder(tmp_path / "day2", {"a.txt": A, "b.txt": B, "c.txt": C})
    saved = tmp_path / "day1.json"
    saved.write_text(cli_output("check", str(day1), "--format", "json", "--no-cache"))
    out = json.loads(cli_output("diff", str(saved), str(day2), "--format", "json"))
    name = lambda fs: [f for f in fs if f["kind"] == "person" and f["measure"] == "name"]  # noqa: E731
    found = out["findings"]
    assert name(f["new"] for f in found["changed"]) and not name(found["new"]) and not name(found["gone"])
