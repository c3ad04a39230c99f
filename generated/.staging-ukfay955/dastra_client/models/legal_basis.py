from enum import StrEnum

class LegalBasis(StrEnum):
    CONSENT = "Consent"
    CONTRACT = "Contract"
    LEGALCOMMITMENT = "LegalCommitment"
    LEGITIMATEINTEREST = "LegitimateInterest"
    OTHER = "Other"
    PUBLICINTEREST = "PublicInterest"
    SAFEGUARDVITALINTEREST = "SafeGuardVitalInterest"

    def __str__(self) -> str:
        return str(self.value)
