from enum import StrEnum

class AuditTemplateType(StrEnum):
    COMPLIANCE = "Compliance"
    FORMATION = "Formation"
    LIA = "LIA"
    PIA = "PIA"
    STANDARD = "Standard"
    TIA = "TIA"
    VENDOR = "Vendor"

    def __str__(self) -> str:
        return str(self.value)
