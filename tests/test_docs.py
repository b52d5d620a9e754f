"""The documents stay true to the code (issue 16), as sqlite-utils' tests/test_docs.py keeps
its CLI reference: every command and option of the typer app in ``reconcile/cli.py`` is in
docs/cli.md (an option in its command's own section), every exit code the CLI defines is in its
exit-code tables, every configuration key, output format and ``RECONCILE_*`` environment
variable is documented, every dependency is justified in the README, and every relative link
of README.md, CONTRIBUTING.md and docs/*.md leads to a file and heading that exist.
No spaCy here: these tests read text and walk the command tree (typer's own copy of click:
commands, groups and options are told apart by what they have, not by click's classes).
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from reconcile import cli, config
from reconcile.report import DIFF_RENDERERS, RENDERERS, github
from reconcile.report.sarif import RULES, rule_id

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
CLI_MD = DOCS / "cli.md"
PAGES = [ROOT / "README.md", ROOT / "CONTRIBUTING.md", *sorted(DOCS.glob("*.md"))]

HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
FENCE = re.compile(r"^\s*(```|~~~)")


def headings(text: str) -> list[tuple[int, str, int]]:
    """(level, title, line number) of each Markdown heading outside code blocks."""
    out, in_code = [], False
    for i, line in enumerate(text.splitlines()):
        if FENCE.match(line):
            in_code = not in_code
            continue
        m = None if in_code else HEADING.match(line)
        if m:
            out.append((len(m.group(1)), m.group(2), i))
    return out


def slug(title: str) -> str:
    """GitHub's anchor for a heading: lower case, markup and punctuation dropped (letters,
    digits, '-' and '_' kept), spaces to '-'."""
    title = re.sub(r"[`*]", "", title).strip().lower()
    title = re.sub(r"[^\w\- ]", "", title)
    return title.replace(" ", "-")


def anchors(path: Path) -> set[str]:
    seen: dict[str, int] = {}
    out = set()
    for _, title, _ in headings(path.read_text(encoding="utf-8")):
        s = slug(title)
        n = seen.get(s, 0)
        seen[s] = n + 1
        out.add(s if n == 0 else f"{s}-{n}")
    return out


def section(text: str, title: str) -> str:
    """The text under the heading ``title`` up to the next heading of the same or a higher level."""
    lines = text.splitlines()
    hs = headings(text)
    for k, (level, t, i) in enumerate(hs):
        if t == title:
            end = next((j for lv, _, j in hs[k + 1:] if lv <= level), len(lines))
            return "\n".join(lines[i:end])
    raise AssertionError(f"docs/cli.md has no heading {title!r}")


def is_option(param) -> bool:
    return getattr(param, "param_type_name", None) == "option"


def commands(group, prefix: str = "reconcile"):
    """(full name, click command) for every command of the app, sub-groups walked."""
    for name, cmd in sorted(group.commands.items()):
        full = f"{prefix} {name}"
        yield full, cmd
        if hasattr(cmd, "commands"):  # a group (reconcile cache)
            yield from commands(cmd, full)


APP = typer.main.get_command(cli.app)
COMMANDS = list(commands(APP))


def long_flags(cmd) -> list[str]:
    return [o for p in cmd.params if is_option(p) for o in p.opts + p.secondary_opts
            if o.startswith("--") and o != "--help"]


def test_the_app_has_the_commands_we_expect():
    # a walk that found nothing would pass every test below
    names = [n for n, _ in COMMANDS]
    assert {"reconcile check", "reconcile diff", "reconcile claims", "reconcile cache info"} <= set(names)
    assert "--baseline" in long_flags(dict(COMMANDS)["reconcile check"])


@pytest.mark.parametrize("name", [n for n, _ in COMMANDS])
def test_every_command_has_its_section_in_cli_md(name):
    titles = [t.strip("`") for _, t, _ in headings(CLI_MD.read_text(encoding="utf-8"))]
    assert name in titles, f"docs/cli.md has no section '## {name}'"


@pytest.mark.parametrize("name,flag", [(n, f) for n, c in COMMANDS for f in long_flags(c)])
def test_every_option_is_documented_in_its_commands_section(name, flag):
    # a row of the command's options table: | `--flag ARG` | what it does |
    text = section(CLI_MD.read_text(encoding="utf-8"), name)
    assert re.search(rf"^\| `{re.escape(flag)}[` ]", text, re.M), \
        f"{flag} of `{name}` has no row in its section's options table in docs/cli.md"


@pytest.mark.parametrize("flag", long_flags(APP))
def test_the_apps_own_options_are_documented(flag):
    assert f"`reconcile {flag}`" in CLI_MD.read_text(encoding="utf-8")


def test_every_short_flag_is_documented_beside_its_long_one():
    text = CLI_MD.read_text(encoding="utf-8")
    for name, cmd in COMMANDS:
        for p in cmd.params:
            if not is_option(p):
                continue
            longs = [o for o in p.opts if o.startswith("--")]
            for short in (o for o in p.opts if not o.startswith("--")):
                assert re.search(rf"`{re.escape(longs[0])}`, `{re.escape(short)}[` ]", section(text, name)), \
                    f"{short} ({longs[0]}) of `{name}` is not in docs/cli.md"


EXIT_CODES = sorted({v for k, v in vars(cli).items() if k.startswith("EXIT_") and isinstance(v, int)})


def test_the_cli_defines_exit_codes():
    assert {0, 1, 2, 3, 130, 143} <= set(EXIT_CODES)


@pytest.mark.parametrize("code", EXIT_CODES)
def test_every_exit_code_is_in_the_exit_code_tables(code):
    text = section(CLI_MD.read_text(encoding="utf-8"), "Exit codes")
    assert re.search(rf"^\| {code} \|", text, re.M), f"exit code {code} is not a row of docs/cli.md's Exit codes"


@pytest.mark.parametrize("code", EXIT_CODES)
def test_every_exit_code_is_in_the_readmes_list(code):
    """The README's 'Exit codes:' paragraph lists every code (it left out 4, the Dask cluster's)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    para = readme[readme.index("Exit codes: "):].split("\n\n")[0]
    assert re.search(rf"(?<![\d.]){code}(?![\d.])", para), f"exit code {code} is not in the README's list"


@pytest.mark.parametrize("key", config.KEYS)
def test_every_configuration_key_is_documented(key):
    text = (DOCS / "configuration.md").read_text(encoding="utf-8")
    assert re.search(rf"^{re.escape(key)} = |^\[tool\.reconcile\.{re.escape(key)}[.\]]|`{re.escape(key)}`",
                     text, re.M), f"configuration key {key} is not in docs/configuration.md"


@pytest.mark.parametrize("fmt", sorted(set(RENDERERS) | set(DIFF_RENDERERS)))
def test_every_output_format_is_documented(fmt):
    formats = section((DOCS / "formats.md").read_text(encoding="utf-8"), "Output formats")
    assert f"- **{fmt}**" in formats, f"output format {fmt} has no entry in docs/formats.md"
    assert f"`{fmt}`" in section(CLI_MD.read_text(encoding="utf-8"), "reconcile check")


def test_every_key_of_the_json_report_is_documented():
    from reconcile.records import Report
    from reconcile.report import json as json_report

    d = json_report.to_dict(Report((), (), ()))
    entry = section((DOCS / "formats.md").read_text(encoding="utf-8"), "Output formats")
    entry = entry[entry.index("- **json**"):entry.index("- **jsonl**")]
    missing = [k for k in [*d, *d["summary"]] if not re.search(rf"\b{k}\b", entry)]
    assert missing == [], f"JSON report keys not in docs/formats.md's json entry: {missing}"


def _environment_variables() -> set[str]:
    names = set()
    for f in (ROOT / "reconcile").rglob("*.py"):
        names |= set(re.findall(r"environ(?:\.get)?\(?\[?\s*[\"'](RECONCILE_\w+)", f.read_text(encoding="utf-8")))
    return names


def test_every_environment_variable_is_documented():
    names = _environment_variables()
    assert "RECONCILE_TRACEBACK" in names
    docs = "\n".join(p.read_text(encoding="utf-8") for p in DOCS.glob("*.md"))
    assert [n for n in sorted(names) if n not in docs] == []


def _dependencies() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    reqs = list(project["dependencies"]) + [r for rs in project["optional-dependencies"].values() for r in rs]
    return [re.split(r"[<>=!~\[; ]", r, maxsplit=1)[0] for r in reqs]


def _dependency_tables() -> str:
    """The README's "Dependencies and why", and the section of that name of any docs/ page
    (docs/scale.md justifies the optional Dask extra beside its feature)."""
    tables = [section((ROOT / "README.md").read_text(encoding="utf-8"), "Dependencies and why")]
    for page in sorted(DOCS.glob("*.md")):
        text = page.read_text(encoding="utf-8")
        if any(t == "Dependencies and why" for _, t, _ in headings(text)):
            tables.append(section(text, "Dependencies and why"))
    return "\n".join(tables)


def test_every_dependency_is_justified_in_the_readme():
    # the house rule: each dependency says why in the README's "Dependencies and why"
    table = _dependency_tables()
    named = {m.lower().replace("_", "-") for m in re.findall(r"^\| ([\w\-]+)", table, re.M)}
    named |= {w.lower().replace("_", "-") for row in re.findall(r"^\| ([^|]+)\|", table, re.M)
              for w in re.findall(r"[A-Za-z][\w\-]+", row)}
    missing = [d for d in _dependencies() if d.lower().replace("_", "-") not in named]
    assert missing == [], f"not in README's Dependencies and why: {missing}"


def test_the_readme_gives_the_two_commands_and_they_exist():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in ("run", "test"):
        assert f"make {target}" in readme
        assert re.search(rf"^{target}:", makefile, re.M)


LINK = re.compile(r"(?<!!)\[[^\]]*\]\(([^)\s]+)\)|!\[[^\]]*\]\(([^)\s]+)\)")


def _links(path: Path):
    in_code = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if FENCE.match(line):
            in_code = not in_code
            continue
        if in_code:
            continue
        line = re.sub(r"`[^`]*`", "", line)  # code spans are not links
        for m in LINK.finditer(line):
            yield m.group(1) or m.group(2)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_relative_links_lead_somewhere(page):
    broken = []
    for target in _links(page):
        if re.match(r"[a-z]+:", target):  # http:, https:, mailto:
            continue
        file, _, anchor = target.partition("#")
        dest = (page.parent / file).resolve() if file else page
        if not dest.exists():
            broken.append(target)
        elif anchor and dest.suffix == ".md" and anchor not in anchors(dest):
            broken.append(target)
    assert broken == [], f"{page.relative_to(ROOT)}: broken links {broken}"


def test_the_people_table_is_in_every_format_that_shows_it_and_in_its_entry(tmp_path):
    """The text, Markdown and HTML reports show a people table after the sources (issue 13);
    docs/formats.md left it out of all three entries, and its JSON contract said a people row
    holds only ``person`` claims where an unnamed victim's row holds the describing figure."""
    (tmp_path / "a.txt").write_text("Boy killed in Fenwick gunfire\n\nGunfire on Elm Street in Fenwick on Sunday "
                                    "left a 4-year-old boy dead, police said.\n")
    (tmp_path / "b.txt").write_text("Fenwick detectives look into gunfire death\n\nDetectives in Fenwick said a "
                                    "4-year-old was killed by gunfire on Elm Street on Sunday.\n")
    run = CliRunner()
    saved = tmp_path / "report.json"
    run.invoke(cli.app, ["check", str(tmp_path), "--jobs", "1", "--format", "json", "-o", str(saved)])
    rep = json.loads(saved.read_text())
    kinds = {c["id"]: c["kind"] for c in rep["claims"]}
    assert [kinds[i] for row in rep["people"] for i in row] == ["quantity", "quantity"]
    shown = {fmt: run.invoke(cli.app, ["check", str(saved), "--format", fmt]).output
             for fmt in ("text", "markdown", "html")}
    assert "People (1)" in shown["text"] and "### People" in shown["markdown"]
    assert 'class="sources people"' in shown["html"]
    formats = (DOCS / "formats.md").read_text(encoding="utf-8")
    outputs = section(formats, "Output formats")
    for entry, end in (("- **text**", "- **json**"), ("- **markdown**", "- **github**")):
        assert "People" in outputs[outputs.index(entry):outputs.index(end)], entry
    assert "people table" in section(formats, "The HTML report")
    contract = outputs[outputs.index("  - `people`:"):outputs.index("- **jsonl**")]
    assert "`quantity` claim" in contract and "victim or suspect" in contract


def test_the_sarif_entry_names_every_rule():
    """docs/formats.md said 'five rules' and named five; data/report.json has had eight since
    person, name and fact differences became SARIF results."""
    entry = section((DOCS / "formats.md").read_text(encoding="utf-8"), "Output formats")
    entry = entry[entry.index("- **sarif**"):entry.index("- **html**")]
    missing = [rule_id(s, k) for s, k, *_rest in RULES if f"`{rule_id(s, k)}`" not in entry]
    assert missing == [], f"SARIF rules not named in docs/formats.md: {missing}"
    counts = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
              "thirteen", "fourteen", "fifteen", "sixteen"]
    assert f"with {counts[len(RULES) - 1]}\n  rules" in entry or f"with {counts[len(RULES) - 1]} rules" in entry


def test_the_github_example_is_what_the_seeds_give(seeds_report):
    """docs/formats.md's `--format github` example on the seeds: its first and last lines are
    the output's (the summary said 6 agreements and 20 unique claims; the seeds give 5 and 21)."""
    text = (DOCS / "formats.md").read_text(encoding="utf-8")
    block = text[text.index("$ reconcile check seeds --format github\n"):].split("```")[0].splitlines()[1:]
    out = github.render(seeds_report).replace(f"{ROOT}/", "").splitlines()
    assert block[0] == out[0] and block[-1] == out[-1]
    assert f"`{out[-1]}`" in section(text, "Output formats")  # the text entry's example summary
