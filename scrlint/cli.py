"""The command line: ``check`` (the default), ``rules``, ``rule``, ``profiles``, ``config``,
``redact``, ``annotate``."""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from scrlint import __version__
from scrlint.errors import ScrlintError
from scrlint.finding import Severity
from scrlint.formatters import FORMATS
from scrlint.nlp import NlpLayer
from scrlint.worker import NlpWorker, can_fork_worker

if TYPE_CHECKING:
    from collections import Counter

    from scrlint.baseline import Entry
    from scrlint.report import RunReport

# The engine and everything behind it are imported inside the commands: ``check`` forks its
# NLP worker first, so that the worker's spaCy load overlaps those imports too.

SEVERITIES = ["error", "warning", "info"]


def _lone_report(paths: tuple[str, ...]) -> bool:
    """Whether the check is of one report (a file or standard input), not of a batch."""
    return len(paths) == 1 and (paths[0] == "-" or os.path.isfile(paths[0]))


def _fail(message: str) -> None:
    click.echo(f"scrlint: error: {message}", err=True)
    sys.exit(2)


def _selectors(value: str | None, option: str) -> tuple[str, ...] | None:
    if value is None:
        return None
    selectors = tuple(s.strip() for s in value.split(",") if s.strip())
    if not selectors:
        raise click.BadParameter(
            "give at least one rule code, prefix, name or family", param_hint=option
        )
    return selectors


def _recorded_baseline(path: Path | None, update: bool) -> Counter[Entry] | None:
    """The baseline to apply, read before the check so that a bad file fails at once."""
    if update and path is None:
        _fail("--update-baseline needs --baseline FILE")
    if path is None or update:
        return None
    from scrlint import baseline

    try:
        return baseline.load(path)
    except ScrlintError as exc:
        _fail(str(exc))
    return None


def _update_baseline(path: Path, report: RunReport) -> None:
    """Record every finding of the run in ``path`` and exit 0. A report that could not be
    checked has no findings to record, so nothing is written then (exit 2)."""
    from scrlint import baseline
    from scrlint.formatters.common import plural

    if report.failed:
        failed = plural(len(report.failed), "report")
        _fail(f"{path}: baseline not written: {failed} could not be checked")
    try:
        count = baseline.write(path, report.checked)
    except ScrlintError as exc:
        _fail(str(exc))
    click.echo(f"scrlint: recorded {plural(count, 'finding')} in the baseline {path}", err=True)
    sys.exit(0)


class _DefaultToCheck(click.Group):
    """Run ``check`` when the first argument is not a command (``scrlint draft.md``)."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h", "--version"):
            args = ["check", *args]
        return super().parse_args(ctx, args)


def run() -> None:
    """The console script: run ``main``, then exit at once.

    A check that loaded spaCy leaves a large object graph; tearing it down at exit takes
    longer than some checks (0.2 s after a 30k-word report). Output is flushed first, so
    nothing is lost; tests call ``main`` itself.
    """
    code: int = 0
    try:
        main()
    except SystemExit as stop:
        if isinstance(stop.code, str):
            click.echo(stop.code, err=True)
            code = 1
        else:
            code = stop.code or 0
    for stream in (sys.stdout, sys.stderr):
        # a closed pipe ("| head"): nothing more can be written
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)


@click.group(cls=_DefaultToCheck, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="scrlint")
def main() -> None:
    """Check child-safeguarding case review reports against the guidance for their type."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(FORMATS),
    default="text",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--profile", help="Profile to check against, e.g. lcspr@2023 (see `scrlint profiles`)."
)
@click.option("--select", help="Comma-separated rules to run instead of the default set.")
@click.option("--ignore", help="Comma-separated rules not to run.")
@click.option("--extend-select", help="Comma-separated rules to run in addition.")
@click.option(
    "--fail-on",
    type=click.Choice(SEVERITIES),
    help="Lowest severity that makes the exit code 1 [config fail-on, else error].",
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path),
    help="Use this config file instead of looking for one.",
)
@click.option("--stdin-filename", help="File name to report (and choose a reader) for '-'.")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write the report to this file instead of standard output.",
)
@click.option(
    "--fail-under",
    type=click.Choice(["outstanding", "good", "adequate", "inadequate"]),
    help="Exit 1 when a report grades below this (see the README's grade model).",
)
@click.option(
    "--show-personal-data",
    is_flag=True,
    help="Show identifiers unmasked in the text format (never in machine formats).",
)
@click.option(
    "--baseline",
    "baseline_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Hide the findings recorded in this file (see the README's Baseline).",
)
@click.option(
    "--update-baseline",
    is_flag=True,
    help="Record every current finding in the --baseline file, then exit 0.",
)
def check(
    paths: tuple[str, ...],
    output_format: str,
    profile: str | None,
    select: str | None,
    ignore: str | None,
    extend_select: str | None,
    fail_on: str | None,
    config_path: Path | None,
    stdin_filename: str | None,
    output: Path | None,
    fail_under: str | None,
    show_personal_data: bool,
    baseline_path: Path | None,
    update_baseline: bool,
) -> None:
    """Check reports: files, folders (every .md/.txt below) or - for standard input.

    Exit codes: 0 no finding at or above --fail-on, 1 findings (or a grade below --fail-under),
    2 a bad input or usage error.
    """
    recorded = _recorded_baseline(baseline_path, update_baseline)
    nlp = NlpLayer()
    worker = NlpWorker.start(nlp) if _lone_report(paths) and can_fork_worker() else None
    from scrlint import baseline
    from scrlint.engine import Engine, Overrides
    from scrlint.formatters import formatters
    from scrlint.report import RunReport

    overrides = Overrides(
        profile=profile,
        select=_selectors(select, "--select"),
        ignore=_selectors(ignore, "--ignore") or (),
        extend_select=_selectors(extend_select, "--extend-select") or (),
        config_path=config_path,
        stdin_filename=stdin_filename,
    )
    # Report text may hold any character; never fail on a console that cannot show one.
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(errors="replace")
    engine = Engine(nlp, worker=worker)
    results = list(engine.check_paths(list(paths), overrides))
    outcome = None
    if recorded is not None:
        outcome = baseline.apply(results, recorded, str(baseline_path))
    configs = [r.config for r in results if r.config is not None]
    registry = engine.setup(configs[0]).registry if configs else ()
    report = RunReport(
        results,
        engine.warnings,
        reveal_personal_data=show_personal_data,
        rules=tuple(rule.meta for rule in registry),
        baseline=outcome,
    )
    for warning in report.warnings:
        click.echo(f"scrlint: warning: {warning}", err=True)
    for result in results:
        for warning in result.warnings:
            click.echo(f"scrlint: warning: {result.path}: {warning}", err=True)
        if result.error is not None:
            click.echo(f"scrlint: error: {result.path}: {result.error}", err=True)
    if baseline_path is not None and update_baseline:
        _update_baseline(baseline_path, report)
    if outcome is not None and outcome.stale:
        stale = baseline.stale_entries(outcome.stale)
        click.echo(
            f"scrlint: warning: {baseline_path}: {stale} in the baseline "
            "(recorded findings no longer found); --update-baseline drops them",
            err=True,
        )
    if output is None:
        color = output_format == "text" and sys.stdout.isatty()
        formatters()[output_format](report, sys.stdout, color)
    else:
        text = io.StringIO()
        formatters()[output_format](report, text, False)
        try:
            output.write_text(text.getvalue(), encoding="utf-8")
        except OSError as exc:
            _fail(f"{output}: cannot write: {exc.strerror or exc}")
    from scrlint.grade import Band

    threshold = Severity.parse(fail_on) if fail_on else None
    sys.exit(report.exit_code(threshold, Band.parse(fail_under) if fail_under else None))


@main.command("rules")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text")
@click.option("--config", "config_path", type=click.Path(path_type=Path))
def list_rules(output_format: str, config_path: Path | None) -> None:
    """List every rule: code, name, severity, default state and summary."""
    from scrlint.config import config_for
    from scrlint.engine import Engine

    try:
        registry = Engine().setup(config_for(Path.cwd(), config_path)).registry
    except ScrlintError as exc:
        _fail(str(exc))
    rows = [r.meta for r in registry]
    if output_format == "json":
        click.echo(
            json.dumps(
                [
                    {
                        "code": m.code,
                        "name": m.name,
                        "family": m.family_name,
                        "severity": str(m.severity),
                        "dimension": m.dimension,
                        "default_enabled": m.default_enabled,
                        "origin": m.origin,
                        "summary": m.summary,
                    }
                    for m in rows
                ],
                indent=2,
            )
        )
        return
    for meta in rows:
        state = "" if meta.default_enabled else " (off)"
        click.echo(f"{meta.code}  {meta.name:<30} {meta.severity!s:<8}{meta.summary}{state}")


@main.command("rule")
@click.argument("code")
@click.option("--config", "config_path", type=click.Path(path_type=Path))
def explain_rule(code: str, config_path: Path | None) -> None:
    """Explain one rule: why it matters, what it cannot see, guidance, examples."""
    from scrlint.config import config_for
    from scrlint.docs import render_rule_markdown
    from scrlint.engine import Engine

    try:
        registry = Engine().setup(config_for(Path.cwd(), config_path)).registry
    except ScrlintError as exc:
        _fail(str(exc))
    rule = registry.lookup(code)
    if rule is None:
        _fail(f"no rule {code!r}; `scrlint rules` lists them")
    else:
        click.echo(render_rule_markdown(rule.meta), nl=False)


@main.command("profiles")
@click.argument("profile_id", required=False)
@click.option("--config", "config_path", type=click.Path(path_type=Path))
def list_profiles(profile_id: str | None, config_path: Path | None) -> None:
    """List the profiles, or show one profile's sections."""
    from scrlint.config import config_for
    from scrlint.engine import Engine

    try:
        profiles = Engine().setup(config_for(Path.cwd(), config_path)).profiles
    except ScrlintError as exc:
        _fail(str(exc))
    if profile_id is None:
        for profile in profiles.values():
            required = sum(s.required for s in profile.sections)
            click.echo(f"{profile.id:<22} {profile.title} ({required} required sections)")
        return
    if profile_id not in profiles:
        _fail(f"no profile {profile_id!r}; `scrlint profiles` lists them")
    profile = profiles[profile_id]
    click.echo(f"{profile.id}: {profile.title}\n{profile.guidance}\n")
    click.echo(f"Meant for publication: {'yes' if profile.publication else 'no'}")
    click.echo(f"Sources (reference/domain.md): {', '.join(profile.sources) or 'none'}\n")
    for number, spec in enumerate(profile.sections, 1):
        flag = "required" if spec.required else "optional"
        aliases = f" (also: {'; '.join(spec.aliases)})" if spec.aliases else ""
        click.echo(f"{number:>2}. {spec.title} [{flag}]{aliases}")


@main.group("config")
def config_group() -> None:
    """Inspect configuration."""


@config_group.command("show")
@click.argument("path", required=False, type=click.Path(path_type=Path))
@click.option("--config", "config_path", type=click.Path(path_type=Path))
def config_show(path: Path | None, config_path: Path | None) -> None:
    """Print the effective config for PATH (a report or folder; default: here) as JSON."""
    from scrlint.config import config_for

    if path is not None and not path.exists():
        _fail(f"{path}: no such file or folder")
    try:
        config = config_for(path or Path.cwd(), config_path)
    except ScrlintError as exc:
        _fail(str(exc))
    data: dict[str, Any] = config.as_dict()
    click.echo(json.dumps(data, indent=2))


@main.command("redact")
@click.argument("source", type=click.Path(path_type=Path))
@click.option(
    "-o", "--output", type=click.Path(path_type=Path), required=True, help="The redacted copy."
)
@click.option(
    "--mapping",
    type=click.Path(path_type=Path),
    help="Also write which placeholder replaced which text (JSON). It holds the personal data.",
)
@click.option("--config", "config_path", type=click.Path(path_type=Path))
def redact_command(
    source: Path, output: Path, mapping: Path | None, config_path: Path | None
) -> None:
    """Write a copy of SOURCE with every identifier replaced by a placeholder.

    The same person or thing gets the same placeholder throughout ("[Person 2]"). SOURCE is
    never modified.
    """
    from scrlint.redact import redact_file

    try:
        result = redact_file(source, output, mapping, config_path)
    except ScrlintError as exc:
        _fail(str(exc))
    else:
        click.echo(
            f"scrlint: replaced {result.replaced} identifiers with {len(result.mapping)} "
            f"placeholders in {output}" + (f"; the mapping is in {mapping}" if mapping else ""),
            err=True,
        )


@main.command("annotate")
@click.argument("source", type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    required=True,
    help="The copy with comments.",
)
@click.option(
    "--profile", help="Profile to check against, e.g. lcspr@2023 (see `scrlint profiles`)."
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path),
    help="Use this config file instead of looking for one.",
)
def annotate_command(
    source: Path, output: Path, profile: str | None, config_path: Path | None
) -> None:
    """Write a copy of the Word draft SOURCE with a comment on each finding's text.

    SOURCE is never modified. Exit codes: 0 when the copy is written, findings or not (it is
    an editing aid), 2 a bad input or usage error.
    """
    from scrlint.annotate import annotate_file
    from scrlint.engine import Overrides

    try:
        done = annotate_file(source, output, Overrides(profile=profile, config_path=config_path))
    except ScrlintError as exc:
        _fail(str(exc))
    else:
        for warning in done.warnings:
            click.echo(f"scrlint: warning: {warning}", err=True)
        click.echo(f"scrlint: added {done.comments} comments to {output}", err=True)
