"""A review that took longer than its edition's target and does not say why."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from scrlint.dates import Precision
from scrlint.finding import Finding, Severity
from scrlint.rule import Citation, Example, Measured, Rule, RuleContext, RuleMeta
from scrlint.rules.timescales.elapsed import months_and_days
from scrlint.rules.timescales.milestones import Kind, Milestone, milestones
from scrlint.rules.timescales.reasons import gives_reason_for_delay
from scrlint.working_days import add_months, add_working_days, supported, working_days_between

# Report types whose review has a target in calendar months. IMRs had deadlines set by the SCR
# panel, and responses and generic reports have none of their own.
MONTH_TARGET_TYPES = frozenset(
    {"overview", "exec-summary", "health-overview", "scr-report", "lcspr"}
)
RAPID_REVIEW = "rapid-review"
RAPID_REVIEW_WORKING_DAYS = 15
# The guidance in force when the review began sets its target; 2010-era profiles cover WT 2006
# too. WT 2006 applied from April 2006 and WT 2010 from April 2010 (publication months).
WT_2006_FROM = dt.date(2006, 4, 1)
WT_2010_FROM = dt.date(2010, 4, 1)

_LABELS = {
    Kind.START: "decision to hold the review",
    Kind.END: "completion of the report",
    Kind.NOTIFY: "notification to the Panel",
    Kind.RAPID_END: "completion of the rapid review",
}


@dataclass(frozen=True)
class _Overrun:
    start: Milestone
    end: Milestone
    elapsed: str
    target: str
    days_over: int


def _overrun(start: Milestone, end: Milestone, rapid: bool) -> _Overrun | None:
    """How a (start, end) pair overruns, read as kindly as the dates allow; None if it does not."""
    first, last = start.date.latest, end.date.earliest
    if rapid:
        if not (supported(first) and supported(last)):
            return None
        deadline = add_working_days(first, RAPID_REVIEW_WORKING_DAYS)
        elapsed = f"{working_days_between(first, last)} working days"
        target = f"the {RAPID_REVIEW_WORKING_DAYS} working days expected of a rapid review"
    else:
        if first < WT_2006_FROM:
            return None
        months = 4 if first < WT_2010_FROM else 6
        deadline = add_months(first, months)
        elapsed = months_and_days(first, last)
        target = (
            "the four months Working Together 2006 set" if months == 4 else "the six-month target"
        )
    if last <= deadline:
        return None
    if Precision.MONTH in (start.date.precision, end.date.precision):
        elapsed = f"at least {elapsed}"
    return _Overrun(start, end, elapsed, target, (last - deadline).days)


def find_overrun(starts: list[Milestone], ends: list[Milestone], rapid: bool) -> _Overrun | None:
    """The smallest overrun, if every dated start and end the report gives overruns."""
    overruns = []
    for start in starts:
        for end in ends:
            if end.date.latest < start.date.earliest:
                continue
            overrun = _overrun(start, end, rapid)
            if overrun is None:
                return None
            overruns.append(overrun)
    return min(overruns, key=lambda o: o.days_over, default=None)


class ReviewOverranWithoutReason(Rule):
    meta = RuleMeta(
        code="TIM001",
        name="review-overran-without-reason",
        severity=Severity.WARNING,
        # Timeliness is a matter of the review's governance (SCIE QM 8: the board is told of
        # delays and their reasons), so it counts towards the independence & governance score.
        dimension="independence",
        summary=(
            "The review took longer than its guidance's target and the report gives no reason "
            "for the delay."
        ),
        rationale=(
            "Each edition of Working Together set a timescale: four months for a serious case "
            "review under WT 2006, six months from WT 2010 onwards, and 15 working days from the "
            "notification for a rapid review. Reviews often run late for good reasons, such as "
            "parallel criminal proceedings, but readers, the board and the Panel should be told "
            "the reason; an unexplained overrun looks like drift."
        ),
        limitations=(
            "Only dates written with a day or a month are used, and only when a sentence ties "
            "them to the review: the decision, initiation or commissioning (for a rapid review, "
            "the notification to the Panel) and the completion, approval, sign-off or "
            "submission of the report (for a rapid review, also the meeting). Publication dates "
            "are not used, so an LCSPR completed in time but published late is not found. Where "
            "several such dates are given, the kindest pairing is used, and month-only dates are "
            "read as generously as possible. The edition is taken from the date the review began "
            "(before April 2010: WT 2006's four months; before April 2006: no target); IMRs, "
            "board responses and generic reports are not checked. Any explained delay anywhere "
            "in the report (a sentence naming a delay and its cause, a pause, an extension, or "
            "the board or Panel being told) silences the rule, even if it explains a different "
            "delay. Dates in tables are read cell by cell."
        ),
        guidance=(
            Citation("S42", 'a "suggested timescale" of four months (WT 2006), six from 2010', "C"),
            Citation(
                "S65",
                "within 15 working days, calculated from the date that the notification was "
                "sent to the Panel",
                "C",
            ),
            Citation("S67", "to publish within 6 months of initiation", "C"),
            Citation("S53", "should aim to complete an SCR within 6 months", "C-sec"),
            Citation("S11", "to inform the LSCB of any delays and reasons for them", "C"),
        ),
        bad=(
            Example(
                "# Local Child Safeguarding Practice Review: Child P\n\n## Introduction\n\n"
                "The lead safeguarding partners decided on 12 January 2024 to commission this "
                "review. The final report was approved on 30 September 2024.\n",
                profile="lcspr@2023",
            ),
            Example(
                "# Rapid Review: Baby N\n\n## Introduction\n\nThe local authority notified the "
                "Panel on 6 February 2024. The rapid review meeting took place on 14 March 2024.\n",
                profile="rapid-review@2023",
            ),
        ),
        good=(
            Example(
                "# Local Child Safeguarding Practice Review: Child P\n\n## Introduction\n\n"
                "The lead safeguarding partners decided on 12 January 2024 to commission this "
                "review. The final report was approved on 30 September 2024. The review was "
                "paused for three months at the request of the police while the criminal trial "
                "took place.\n",
                profile="lcspr@2023",
            ),
            Example(
                "# Rapid Review: Baby R\n\n## Introduction\n\nThe local authority notified the "
                "Panel on 18 March 2024. The rapid review meeting took place on 10 April 2024, "
                "within 15 working days (Good Friday and Easter Monday fell between).\n",
                profile="rapid-review@2023",
            ),
        ),
        measured=Measured(precision=1.0, recall=0.94, positives=50, negatives=48),
    )

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        report_type = ctx.profile.report_type
        rapid = report_type == RAPID_REVIEW
        if not rapid and report_type not in MONTH_TARGET_TYPES:
            return
        begin = Kind.NOTIFY if rapid else Kind.START
        kinds = frozenset({begin, Kind.END, Kind.RAPID_END} if rapid else {begin, Kind.END})
        found = milestones(ctx.document, kinds)
        starts = [m for m in found if m.kind is begin]
        ends = [m for m in found if m.kind is not begin]
        overrun = find_overrun(starts, ends, rapid)
        if overrun is None or gives_reason_for_delay(ctx.document):
            return
        start, end = overrun.start, overrun.end
        yield ctx.finding(
            f"From the {_LABELS[start.kind]} ({start.text}) to the {_LABELS[end.kind]} "
            f"({end.text}) took {overrun.elapsed}, more than {overrun.target}; the report gives "
            "no reason for the delay.",
            *end.source_span(),
        )
