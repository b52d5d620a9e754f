"""The HTML report's kind filters list every kind of finding the report holds (session 53; the
review of session 53: a report's fact findings (times, places, conditions) had no filter and
could not be hidden or counted)."""

from __future__ import annotations

import re

from conftest import cli_output, news_folder

A = ("Man wounded on Elm Street\n\nA man was wounded in a shooting in the 1400 block of Elm Street about 9 p.m. "
     "Friday, police said.\n")
B = ("Shooting on Elm Street\n\nA man was wounded in a shooting in the 1600 block of Elm Street about 11 p.m. "
     "Friday, police said.\n")


def test_every_kind_of_finding_has_a_filter(tmp_path):
    folder = news_folder(tmp_path, {"a.txt": A, "b.txt": B})
    page = cli_output("check", str(folder), "--format", "html", "--no-cache")
    kinds = set(re.findall(r'data-kind="([a-z]+)"', page))
    filters = set(re.findall(r'name="kind" value="([a-z]+)"', page))
    assert "fact" in kinds and kinds <= filters
