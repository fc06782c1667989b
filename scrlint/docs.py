"""Render a rule's documentation from its fields (for ``scrlint rule``, SARIF help, the LSP)."""

from __future__ import annotations

from scrlint.rule import RuleMeta


def render_rule_markdown(meta: RuleMeta) -> str:
    """Return a rule's documentation as Markdown (``scrlint rule``, SARIF ``help.markdown``)."""
    state = "on by default" if meta.default_enabled else "off by default"
    out = [
        f"# {meta.code} {meta.name}",
        "",
        f"family {meta.family_name} · {meta.severity} · dimension {meta.dimension} · {state} · "
        f"from {meta.origin}",
        "",
        meta.summary,
        "",
        "## Why it matters",
        "",
        meta.rationale,
        "",
        "## What it cannot see",
        "",
        meta.limitations,
    ]
    if meta.measured is not None:
        out += ["", "## Measured", "", f"{meta.measured} (fixtures/labelled/{meta.code}.yml)."]
    if meta.options:
        out += ["", "## Options", ""]
        out += [
            f"- `{name}` (default `{option.default}`): {option.description}"
            for name, option in meta.options.items()
        ]
    if meta.guidance:
        out += ["", "## Guidance", ""]
        out += [
            f"- {c.source} [{c.label}]: {c.text} (see reference/domain.md)" for c in meta.guidance
        ]
    for title, examples in (("Fails", meta.bad), ("Passes", meta.good)):
        if not examples:
            continue
        out += ["", f"## {title}", ""]
        for example in examples:
            if example.profile:
                out.append(f"With profile `{example.profile}`:")
                out.append("")
            out += ["```markdown", example.text.rstrip("\n"), "```", ""]
    return "\n".join(out).rstrip() + "\n"
