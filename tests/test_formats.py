"""Output formats for CI: jsonl, markdown, github, sarif (and the JSON fingerprint).

Most tests build a small Report by hand, with article text chosen to break naive
renderers (table pipes, backticks, HTML, @mentions, % , : and line breaks), so the
expected output can be written out line by line; SARIF is validated against the
official 2.1.0 schema (tests/data/sarif-schema-2.1.0.json, see tests/data/README.md).
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from urllib.parse import unquote

import jsonschema
import pytest

from reconcile import __version__
from reconcile.records import Article, Claim, Finding, Interval, Report, Scope
from reconcile.report import RENDERERS, github, jsonl, markdown, sarif

SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))

A_TEXT = ("Blast | kills `ten`\n"
          "Police said 10 people died at the <b>market</b>, 100% sure: @chief.\n")
B_TEXT = "Twelve people died at the market, officials said.\r\nSecond line.\r\n"
C_TEXT = "<html><body><p>Mayor Jane Roe said it.</p></body></html>"


def _claim(src: str, path: str, text: str, needle: str, kind: str, n: int, **kw) -> Claim:
    start = text.index(needle)
    end = start + len(needle)
    line = text.count("\n", 0, start) + 1
    sentence = text[text.rfind("\n", 0, start) + 1:].split("\n")[0].strip()
    return Claim(id=f"{src}:{kind}{n}", source=src, path=path, kind=kind, start=start, end=end,
                 text=needle, sentence=sentence, line=line, **kw)


@pytest.fixture()
def report() -> Report:
    arts = (Article("a", "news/a.txt", A_TEXT, title="Blast | kills `ten`"),
            Article("b", "news/b, final.md", B_TEXT, outlet="B: Times"),
            Article("c", "news/c.html", C_TEXT, outlet="C Daily"))
    qa = _claim("a", "news/a.txt", A_TEXT, "10", "quantity", 1, value=Interval(10, 10, 10),
                measure="killed", noun="people", scope=Scope("market", None))
    qb = _claim("b", "news/b, final.md", B_TEXT, "Twelve", "quantity", 1, value=Interval(12, 12, 12),
                measure="killed", noun="people", scope=Scope("market", None))
    ra = _claim("a", "news/a.txt", A_TEXT, "@chief", "role", 1, person="Chief", title="police | chief")
    rc = Claim(id="c:role1", source="c", path="news/c.html", kind="role", start=15, end=28,
               text="Mayor Jane Roe", sentence="Mayor Jane Roe said it.", line=1,
               person="Chief", title="mayor")
    ua = _claim("a", "news/a.txt", A_TEXT, "Blast", "quote", 1, speaker="<script>x</script>")
    findings = (
        Finding("f1aaaaaaaaaa", "conflict", "quantity", "killed", "killed (people) · market",
                "a.txt gives '10' and B: Times gives 'Twelve' (12): 100% apart, not | compatible.",
                (qa.id, qb.id), 0.9, "f1aaaaaaaaaa" + "0" * 20),
        Finding("f2bbbbbbbbbb", "differ", "role", None, "Chief",
                "Chief is given different titles:\n'police | chief' vs 'mayor'.",
                (ra.id, rc.id), 0.8, "f2bbbbbbbbbb" + "1" * 20),
        Finding("f3cccccccccc", "unique", "quote", None, "“Blast”", "Only a.txt reports it.",
                (ua.id,), 0.9, "f3cccccccccc" + "2" * 20),
    )
    return Report(articles=arts, claims=(ua, qa, ra, qb, rc), findings=findings, model="test")


# ---------------------------------------------------------------- github

def test_github_escaping_follows_the_runner():
    assert github.escape_data("100% done\r\nnext") == "100%25 done%0D%0Anext"
    assert github.escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_github_output_line_by_line(report):
    lines = github.render(report).splitlines()
    assert lines == [
        # conflict: first claim in file order is news/a.txt line 2, "10" at column 13
        "::error file=news/a.txt,line=2,endLine=2,col=13,endColumn=15,"
        "title=reconcile%3A conflict (quantity) killed (people) · market::"
        "a.txt gives '10' and B: Times gives 'Twelve' (12): 100%25 apart, not | compatible."
        "%0Aa.txt: 10 (news/a.txt:2)"
        "%0AB: Times: Twelve (12) (news/b, final.md:1)"
        "%0Afingerprint f1aaaaaaaaaa00000000000000000000",
        # differ: first claim is news/a.txt ("@chief"); the HTML claim has no line in the file
        "::warning file=news/a.txt,line=2,endLine=2,col=61,endColumn=67,"
        "title=reconcile%3A differ (role) Chief::"
        "Chief is given different titles: 'police | chief' vs 'mayor'."
        "%0Aa.txt: police | chief (news/a.txt:2)"
        "%0AC Daily: mayor (news/c.html, line 1 of its text)"
        "%0Afingerprint f2bbbbbbbbbb11111111111111111111",
        "1 conflict, 1 difference, 0 agreements, 1 unique claim across 3 sources",
    ]
    # every line is one command or the summary: article text cannot start a command
    assert all(line.startswith("::") for line in lines[:-1])


def test_github_properties_escape_commas_and_colons(report):
    claims = {c.id: c for c in report.claims}
    f = replace(report.findings[0], claims=("b:quantity1",))
    cmd = github.command(f, claims, {"b": "B: Times"}, github.Columns(report))
    assert cmd.startswith("::error file=news/b%2C final.md,line=1,endLine=1,col=1,endColumn=7,title=")
    # the message part keeps ':' and ',' (only properties escape them)
    assert "::a.txt gives '10' and B: Times gives" in cmd


def test_github_file_level_for_html(report):
    claims = {c.id: c for c in report.claims}
    f = replace(report.findings[1], claims=("c:role1",))
    cmd = github.command(f, claims, {"c": "C Daily"}, github.Columns(report))
    assert cmd.startswith("::warning file=news/c.html,title=")


# ---------------------------------------------------------------- markdown

def test_markdown_lists_unique_claims_only_when_asked(report):
    lines = markdown.render(report).splitlines()[1:]  # after the marker line
    assert lines[2] == ("**1 conflict, 1 difference, 0 agreements, 1 unique claim across 3 sources "
                        "(unique claims not listed: --unique lists them)**")
    assert "<summary>Unique claims (1)</summary>" not in lines


def test_markdown_output_line_by_line(report):
    lines = markdown.render(report, unique=True).splitlines()
    assert lines == [
        f"<!-- reconcile {__version__} report -->",
        "## reconcile",
        "",
        "**1 conflict, 1 difference, 0 agreements, 1 unique claim across 3 sources**",
        "",
        "### Sources",
        "",
        "| source | date | title | file | note |",
        "| --- | --- | --- | --- | --- |",
        "| a.txt |  | Blast \\| kills \\`ten\\` |  |  |",
        "| B: Times |  |  | b, final.md |  |",
        "| C Daily |  |  | c.html |  |",
        "",
        "### Conflicts (1)",
        "",
        "| kind | subject | what each source says | why | confidence | id |",
        "| --- | --- | --- | --- | ---: | --- |",
        "| quantity | killed (people) · market | a.txt: **10** (news/a.txt:2)<br>"
        "B: Times: **Twelve (12)** (news/b, final.md:1) | a.txt gives '10' and B: Times gives "
        "'Twelve' (12): 100% apart, not \\| compatible. | 0.90 | `f1aaaaaaaaaa` |",
        "",
        "### Differences (1)",
        "",
        "| kind | subject | what each source says | why | confidence | id |",
        "| --- | --- | --- | --- | ---: | --- |",
        "| role | Chief | a.txt: **police \\| chief** (news/a.txt:2)<br>C Daily: **mayor** (news/c.html, line 1 of its text) "
        "| Chief is given different titles: 'police \\| chief' vs 'mayor'. | 0.80 | `f2bbbbbbbbbb` |",
        "",
        "<details>",
        "<summary>Unique claims (1)</summary>",
        "",
        "| kind | subject | what each source says | why | confidence | id |",
        "| --- | --- | --- | --- | ---: | --- |",
        "| quote | “Blast” | a.txt: **\\<script\\>x\\</script\\>** (news/a.txt:1) | Only a.txt reports it. "
        "| 0.90 | `f3cccccccccc` |",
        "",
        "</details>",
    ]


def test_markdown_escapes_article_text():
    assert markdown.escape("a | b `c` <img> @user #12 *x* _y_ [l](u) ~s~ &amp;\nz") == (
        "a \\| b \\`c\\` \\<img\\> \\@user \\#12 \\*x\\* \\_y\\_ \\[l\\](u) \\~s\\~ \\&amp; z")


def test_markdown_notes_baseline(report):
    r = replace(report, findings=report.findings[:1], suppressed=2, ignored=1, baseline="base.json")
    lines = markdown.render(r).splitlines()[1:]  # after the marker line
    assert lines[2] == ("**1 conflict, 0 differences, 0 agreements, 0 unique claims across 3 sources "
                        "(2 findings suppressed by the baseline base.json, 1 finding ignored by the "
                        "configuration)**")
    assert lines[4] == "_2 findings suppressed by the baseline base.json, 1 finding ignored by the configuration._"


# ---------------------------------------------------------------- jsonl

def test_jsonl_one_finding_a_line_standing_alone(report):
    lines = jsonl.render(report).splitlines()
    assert len(lines) == len(report.findings)
    rows = [json.loads(x) for x in lines]
    assert [r["id"] for r in rows] == [f.id for f in report.findings]
    assert rows[0]["fingerprint"] == report.findings[0].fingerprint
    assert [c["path"] for c in rows[0]["claims"]] == ["news/a.txt", "news/b, final.md"]
    assert rows[0]["claims"][0]["value"] == {"nominal": 10, "low": 10, "high": 10}


# ---------------------------------------------------------------- sarif

def _validate(text: str) -> dict:
    doc = json.loads(text)
    jsonschema.Draft4Validator(SCHEMA).validate(doc)
    return doc


def test_schema_is_the_official_one():
    assert SCHEMA["id"] == "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    jsonschema.Draft4Validator.check_schema(SCHEMA)


def test_sarif_validates_and_locates(report):
    doc = _validate(sarif.render(report))
    run = doc["runs"][0]
    assert doc["version"] == "2.1.0"
    assert run["tool"]["driver"]["name"] == "reconcile"
    results = run["results"]
    assert [r["ruleId"] for r in results] == ["reconcile/conflict/quantity", "reconcile/differ/role"]
    assert [r["level"] for r in results] == ["error", "warning"]
    rules = run["tool"]["driver"]["rules"]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in results)
    first = results[0]["locations"][0]["physicalLocation"]
    assert first["artifactLocation"] == {"uri": "news/a.txt", "uriBaseId": "%SRCROOT%"}
    assert first["region"] == {"startLine": 2, "startColumn": 13, "endLine": 2, "endColumn": 15,
                               "snippet": {"text": "10"}}
    related = results[0]["relatedLocations"][0]["physicalLocation"]
    assert related["artifactLocation"]["uri"] == "news/b%2C%20final.md"
    assert related["region"]["startLine"] == 1
    html = results[1]["relatedLocations"][0]["physicalLocation"]
    assert html == {"artifactLocation": {"uri": "news/c.html", "uriBaseId": "%SRCROOT%"}}
    assert results[0]["partialFingerprints"] == {"reconcile/v1": report.findings[0].fingerprint}
    assert "baselineState" not in results[0]


def test_sarif_after_a_baseline_marks_results_new(report):
    doc = _validate(sarif.render(replace(report, suppressed=3, baseline="b.json")))
    assert {r["baselineState"] for r in doc["runs"][0]["results"]} == {"new"}
    assert doc["runs"][0]["properties"]["summary"]["suppressed"] == 3


def test_sarif_of_the_seeds_validates(seeds_report):
    doc = _validate(sarif.render(seeds_report))
    results = doc["runs"][0]["results"]
    problems = [f for f in seeds_report.findings if f.status in ("conflict", "differ", "inconsistent")]
    assert len(results) == len(problems) >= 2
    for r in results:
        loc = r["locations"][0]["physicalLocation"]
        uri = loc["artifactLocation"]["uri"]
        assert uri.startswith("file:///") and "uriBaseId" not in loc["artifactLocation"]  # absolute input
        path = Path(unquote(uri[len("file://"):]))
        line = path.read_text(encoding="utf-8").splitlines()[loc["region"]["startLine"] - 1]
        reg = loc["region"]
        assert line[reg["startColumn"] - 1:reg["endColumn"] - 1] == reg["snippet"]["text"]


def test_absolute_paths_become_file_uris():
    assert sarif.artifact_uri("/srv/news/a b.txt") == ("file:///srv/news/a%20b.txt", None)
    assert sarif.artifact_uri("./news/a.txt") == ("news/a.txt", "%SRCROOT%")


# ---------------------------------------------------------------- all formats

@pytest.mark.parametrize("fmt", sorted(RENDERERS))
def test_every_format_renders_the_seeds_deterministically(seeds_report, fmt):
    render = RENDERERS[fmt]
    first = render(seeds_report)
    assert first and first.endswith("\n")
    assert render(seeds_report) == first
    assert "\x1b" not in first


def test_json_findings_carry_fingerprints(seeds_report):
    from reconcile.report import json as json_report

    d = json.loads(json_report.render(seeds_report))
    prints = [f["fingerprint"] for f in d["findings"]]
    assert len(set(prints)) == len(prints)
    assert all(len(p) == 32 and f["id"] == p[:12] for p, f in zip(prints, d["findings"]))
    assert d["baseline"] is None and d["summary"]["suppressed"] == 0


# ---------------------------------------------------------------- escaping, any text

from hypothesis import given, strategies as st  # noqa: E402


def _unescape_property(s: str) -> str:
    for code, ch in (("%2C", ","), ("%3A", ":"), ("%0A", "\n"), ("%0D", "\r"), ("%25", "%")):
        s = s.replace(code, ch)
    return s


@given(st.text())
def test_github_escaping_round_trips_and_stays_on_one_line(s):
    data, prop = github.escape_data(s), github.escape_property(s)
    assert "\n" not in data and "\r" not in data
    assert "," not in prop and ":" not in prop and "\n" not in prop
    assert _unescape_property(prop) == s


@given(st.text())
def test_markdown_cell_never_breaks_the_table(s):
    cell = markdown.escape(s)
    assert "\n" not in cell and "\r" not in cell
    # every pipe, backtick and angle bracket is escaped (preceded by an odd run of backslashes)
    for i, ch in enumerate(cell):
        if ch in "|`<>":
            run = len(cell[:i]) - len(cell[:i].rstrip("\\"))
            assert run % 2 == 1, cell


def test_the_json_report_written_in_pieces_is_the_same_text(seeds_report):
    """`check --format json` writes the report piece by piece (report.STREAMING), so that a
    large folder's report is never one string in memory: joined, the pieces are render's."""
    from reconcile.report import STREAMING
    from reconcile.report import json as json_report

    hostile = Claim(id="x:quote1", source="x", path="x.txt", kind="quote", start=0, end=5, line=1,
                    text="a\u202eb\nc", sentence="He said \u2028 \"so\".", speaker="Ana \x1b[31m", cue="said",
                    direct=True)
    for rep in (seeds_report, replace(seeds_report, claims=seeds_report.claims + (hostile,)),
                Report(articles=(), claims=(), findings=())):
        pieces = list(STREAMING["json"](rep))
        assert len(pieces) > 1 and "".join(pieces) == json_report.render(rep)
