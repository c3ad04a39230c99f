from enum import StrEnum

class ComplianceRule(StrEnum):
    CCPA = "CCPA"
    EPRIVACY = "EPrivacy"
    GDPR = "GDPR"
    ISO9001 = "Iso9001"
    LGPD = "LGPD"

    def __str__(self) -> str:
        return str(self.value)
