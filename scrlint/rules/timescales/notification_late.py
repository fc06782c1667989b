"""A serious incident notified more than five working days after it happened, with no reason."""

from __future__ import annotations

from collections.abc import Iterable

from scrlint.finding import Finding, Severity
from scrlint.rule import Citation, Example, Measured, Rule, RuleContext, RuleMeta
from scrlint.rules.timescales.milestones import Kind, Milestone, milestones
from scrlint.rules.timescales.reasons import gives_reason_for_delay
from scrlint.working_days import supported, working_days_between

# The five-working-day notification applies from WT 2013 (to Ofsted and the LSCB) and from 2018
# (to the Panel, Children Act 2004 s.16C).
REPORT_TYPES = frozenset({"scr-report", "lcspr", "rapid-review"})
FIRST_EDITION = 2013
WORKING_DAYS = 5
_LABELS = {Kind.INCIDENT: "incident", Kind.AWARE: "date the local authority learned of it"}


def _start(notification: Milestone, events: list[Milestone]) -> Milestone | None:
    """The latest incident or awareness date told before (or beside) the notification.

    Taking the latest is the kindest reading: an earlier injury that was not the one notified
    cannot make a notification late.
    """
    section = notification.block.section
    before = [
        e
        for e in events
        if (e.block.start <= notification.block.start or e.block.section is section)
        and e.date.earliest <= notification.date.latest
    ]
    return max(before, key=lambda e: min(e.date.latest, notification.date.latest), default=None)


def _working_days_taken(start: Milestone, notification: Milestone) -> int | None:
    """Working days from the start to the notification, read kindly; None if not measurable."""
    first = min(start.date.latest, notification.date.latest)
    last = notification.date.earliest
    if not (supported(first) and supported(last)):
        return None
    return working_days_between(first, last)


class NotificationLateWithoutReason(Rule):
    meta = RuleMeta(
        code="TIM003",
        name="notification-late-without-reason",
        severity=Severity.WARNING,
        # Notifying on time is part of the review's governance (see TIM001), so it counts
        # towards the independence & governance score.
        dimension="independence",
        summary=(
            "The incident was notified more than five working days after it happened and the "
            "report gives no reason."
        ),
        rationale=(
            "Since WT 2013 the local authority has been expected to notify a serious incident "
            "within five working days of becoming aware of it (to Ofsted and the LSCB, and from "
            "2018 to the Child Safeguarding Practice Review Panel). The notification starts the "
            "rapid review clock. A report that shows a later notification should say why, for "
            "example that the local authority learned of the injury later."
        ),
        limitations=(
            "The deadline runs from the date the local authority became aware of the incident; "
            "when the report does not give that date, the incident date is used, so a report "
            "that says only when the child was harmed may be flagged although the authority "
            "learned of it later. Only dates with a day or month tied to an incident word "
            "(died, injured, admitted, incident ...) or a notification to the Panel, Ofsted, "
            "the LSCB or the Secretary of State are used; the latest incident date given before "
            "the notification counts, so notifying after a later death is never late. Only "
            "SCR reports (2013/2015), LCSPRs and rapid reviews are checked. Any explained delay "
            "anywhere in the report silences the rule."
        ),
        guidance=(
            Citation("S63", '"must notify" the Panel, within 5 working days', "C"),
            Citation("S115", "within five working days of becoming aware", "C-sec"),
            Citation("S66", 'once notified, a rapid review "is required"', "C"),
        ),
        bad=(
            Example(
                "# Rapid Review: Baby R\n\n## Introduction\n\nBaby R was admitted to hospital "
                "with a skull fracture on 2 October 2023. The local authority notified the Child "
                "Safeguarding Practice Review Panel on 19 October 2023.\n",
                profile="rapid-review@2023",
            ),
        ),
        good=(
            Example(
                "# Rapid Review: Baby R\n\n## Introduction\n\nBaby R was admitted to hospital "
                "with a skull fracture on 28 March 2024. The local authority notified the Child "
                "Safeguarding Practice Review Panel on 8 April 2024, within five working days "
                "(Good Friday and Easter Monday fell between).\n",
                profile="rapid-review@2023",
            ),
        ),
        measured=Measured(precision=0.98, recall=1.0, positives=46, negatives=46),
    )

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        profile = ctx.profile
        if profile.report_type not in REPORT_TYPES or profile.edition < FIRST_EDITION:
            return
        found = milestones(ctx.document, frozenset({Kind.INCIDENT, Kind.AWARE, Kind.NOTIFY}))
        events = [m for m in found if m.kind is not Kind.NOTIFY]
        late: list[tuple[int, Milestone, Milestone]] = []
        for notification in (m for m in found if m.kind is Kind.NOTIFY):
            start = _start(notification, events)
            if start is None:
                continue
            taken = _working_days_taken(start, notification)
            if taken is None or taken <= WORKING_DAYS:
                return  # one notification in time (or not measurable) is enough
            late.append((taken, start, notification))
        if not late or gives_reason_for_delay(ctx.document):
            return
        taken, start, notification = min(late, key=lambda item: item[0])
        yield ctx.finding(
            # NOTE: no dates in the message: the incident date may be a child's date of death.
            f"The {_LABELS[start.kind]} and the notification "
            f"are {taken} working days apart, more than the {WORKING_DAYS} allowed; the report "
            "gives no reason for the delay.",
            *notification.source_span(),
        )
