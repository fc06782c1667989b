"""Built-in Python rules. Each module holds one rule; ``builtin_rules`` lists them all."""

from __future__ import annotations

from scrlint.rule import Rule


def builtin_rules() -> list[Rule]:
    """Return one instance of every built-in Python rule (imported here, on first use)."""
    from scrlint.rules.citations.body_out_of_era import BodyOutOfEra
    from scrlint.rules.citations.guidance_edition_contradicts_profile import (
        GuidanceEditionContradictsProfile,
    )
    from scrlint.rules.citations.instrument_does_not_exist import InstrumentDoesNotExist
    from scrlint.rules.readability.passive_without_agent import PassiveWithoutAgent
    from scrlint.rules.readability.sentence_too_long import SentenceTooLong
    from scrlint.rules.structure.heading_level_skipped import HeadingLevelSkipped
    from scrlint.rules.timescales.chronology_out_of_order import ChronologyDatesOutOfOrder
    from scrlint.rules.timescales.notification_late import NotificationLateWithoutReason
    from scrlint.rules.timescales.review_overran import ReviewOverranWithoutReason
    from scrlint.rules.tool.nlp_model_missing import NlpModelMissing
    from scrlint.rules.tool.profile_detected import ProfileDetected
    from scrlint.rules.tool.rule_crashed import RuleCrashed
    from scrlint.rules.tool.suppression_without_reason import SuppressionWithoutReason
    from scrlint.rules.tool.unknown_code_in_suppression import UnknownSuppressionCode
    from scrlint.rules.tool.unused_suppression import UnusedSuppression

    return [
        InstrumentDoesNotExist(),
        GuidanceEditionContradictsProfile(),
        BodyOutOfEra(),
        SentenceTooLong(),
        PassiveWithoutAgent(),
        HeadingLevelSkipped(),
        ReviewOverranWithoutReason(),
        ChronologyDatesOutOfOrder(),
        NotificationLateWithoutReason(),
        ProfileDetected(),
        RuleCrashed(),
        UnknownSuppressionCode(),
        UnusedSuppression(),
        SuppressionWithoutReason(),
        NlpModelMissing(),
    ]
