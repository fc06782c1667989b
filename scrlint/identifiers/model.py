"""The kinds of identifier scrlint looks for, and one found identifier."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    """A kind of identifier; the value is the slug used in labelled sets and placeholders."""

    PERSON_NAME = "person-name"
    PSEUDONYM_CLASH = "pseudonym-clash"
    DATE_OF_BIRTH = "date-of-birth"
    DATE_OF_DEATH = "date-of-death"
    NHS_NUMBER = "nhs-number"
    NI_NUMBER = "ni-number"
    POSTCODE = "postcode"
    STREET_ADDRESS = "street-address"
    PHONE_NUMBER = "phone-number"
    EMAIL_ADDRESS = "email-address"
    SCHOOL = "school"
    NURSERY = "nursery"
    GP_PRACTICE = "gp-practice"
    HOSPITAL = "hospital"
    WARD = "ward"
    PRACTITIONER_NAME = "practitioner-name"
    RARE_DIAGNOSIS = "rare-diagnosis"

    @property
    def description(self) -> str:
        """How a message names this kind: never the identifier itself."""
        return _DESCRIPTIONS[self]


_DESCRIPTIONS = {
    Kind.PERSON_NAME: "a personal name",
    Kind.PSEUDONYM_CLASH: "a real-looking name used beside a pseudonym",
    Kind.DATE_OF_BIRTH: "a full date of birth",
    Kind.DATE_OF_DEATH: "a full date of death",
    Kind.NHS_NUMBER: "an NHS number",
    Kind.NI_NUMBER: "a National Insurance number",
    Kind.POSTCODE: "a postcode",
    Kind.STREET_ADDRESS: "a street address",
    Kind.PHONE_NUMBER: "a phone number",
    Kind.EMAIL_ADDRESS: "an email address",
    Kind.SCHOOL: "a named school",
    Kind.NURSERY: "a named nursery",
    Kind.GP_PRACTICE: "a named GP practice",
    Kind.HOSPITAL: "a named hospital",
    Kind.WARD: "a named ward",
    Kind.PRACTITIONER_NAME: "a practitioner's name",
    Kind.RARE_DIAGNOSIS: "an exact rare diagnosis",
}


@dataclass(frozen=True)
class Identifier:
    """One identifier at source offsets [start, end).

    ``key`` groups the mentions of one person or thing, so that redaction gives them one
    placeholder: "Mrs Okonjo" and "Ada Okonjo" share the key "okonjo".
    """

    kind: Kind
    start: int
    end: int
    key: str
