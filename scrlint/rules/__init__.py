"""Built-in Python rules. Each module holds one rule; ``builtin_rules`` lists them all."""

from __future__ import annotations

from scrlint.rule import Rule


def builtin_rules() -> list[Rule]:
    """Return one instance of every built-in Python rule (imported here, on first use)."""
    from scrlint.rules.analysis.blame_language import BlameLanguage
    from scrlint.rules.analysis.describes_not_explains import AnalysisDescribesNotExplains
    from scrlint.rules.analysis.findings_not_numbered import FindingsNotNumbered
    from scrlint.rules.analysis.hindsight_language import HindsightLanguage
    from scrlint.rules.analysis.practitioner_named import PractitionerNamedBesideFailure
    from scrlint.rules.anonymisation.date_of_birth_or_death import DateOfBirthOrDeath
    from scrlint.rules.anonymisation.email_address import EmailAddress
    from scrlint.rules.anonymisation.named_practitioner import NamedPractitioner
    from scrlint.rules.anonymisation.named_setting import NamedSetting
    from scrlint.rules.anonymisation.national_insurance_number import NationalInsuranceNumber
    from scrlint.rules.anonymisation.nhs_number import NhsNumber
    from scrlint.rules.anonymisation.personal_name import PersonalName
    from scrlint.rules.anonymisation.phone_number import PhoneNumber
    from scrlint.rules.anonymisation.postcode import Postcode
    from scrlint.rules.anonymisation.pseudonym_and_name import PseudonymAndName
    from scrlint.rules.anonymisation.rare_diagnosis import RareDiagnosis
    from scrlint.rules.anonymisation.street_address import StreetAddress
    from scrlint.rules.child_voice.depersonalising_reference import DepersonalisingReference
    from scrlint.rules.child_voice.low_child_focus import LowChildFocus
    from scrlint.rules.citations.body_out_of_era import BodyOutOfEra
    from scrlint.rules.citations.guidance_edition_contradicts_profile import (
        GuidanceEditionContradictsProfile,
    )
    from scrlint.rules.citations.instrument_does_not_exist import InstrumentDoesNotExist
    from scrlint.rules.readability.acronym_not_defined import AcronymNotDefined
    from scrlint.rules.readability.ambiguous_acronym import AmbiguousAcronym
    from scrlint.rules.readability.grade_level_high import GradeLevelHigh
    from scrlint.rules.readability.jargon_unexplained import JargonUnexplained
    from scrlint.rules.readability.passive_without_agent import PassiveWithoutAgent
    from scrlint.rules.readability.reading_ease_low import ReadingEaseLow
    from scrlint.rules.readability.sentence_too_long import SentenceTooLong
    from scrlint.rules.recommendations.boilerplate import BoilerplateRecommendation
    from scrlint.rules.recommendations.near_duplicate import NearDuplicateRecommendation
    from scrlint.rules.recommendations.not_traceable import RecommendationNotTraceable
    from scrlint.rules.recommendations.restates_finding import RecommendationRestatesFinding
    from scrlint.rules.recommendations.too_many import TooManyRecommendations
    from scrlint.rules.recommendations.vague_action import RecommendationVagueAction
    from scrlint.rules.recommendations.without_addressee import RecommendationWithoutAddressee
    from scrlint.rules.recommendations.without_measure import RecommendationWithoutMeasure
    from scrlint.rules.recommendations.without_timescale import RecommendationWithoutTimescale
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
        RecommendationWithoutAddressee(),
        RecommendationVagueAction(),
        RecommendationWithoutMeasure(),
        RecommendationWithoutTimescale(),
        RecommendationNotTraceable(),
        RecommendationRestatesFinding(),
        BoilerplateRecommendation(),
        TooManyRecommendations(),
        NearDuplicateRecommendation(),
        AnalysisDescribesNotExplains(),
        FindingsNotNumbered(),
        HindsightLanguage(),
        BlameLanguage(),
        PractitionerNamedBesideFailure(),
        PersonalName(),
        PseudonymAndName(),
        DateOfBirthOrDeath(),
        NhsNumber(),
        NationalInsuranceNumber(),
        Postcode(),
        StreetAddress(),
        PhoneNumber(),
        EmailAddress(),
        NamedSetting(),
        NamedPractitioner(),
        RareDiagnosis(),
        LowChildFocus(),
        DepersonalisingReference(),
        InstrumentDoesNotExist(),
        GuidanceEditionContradictsProfile(),
        BodyOutOfEra(),
        SentenceTooLong(),
        PassiveWithoutAgent(),
        ReadingEaseLow(),
        GradeLevelHigh(),
        JargonUnexplained(),
        AcronymNotDefined(),
        AmbiguousAcronym(),
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
