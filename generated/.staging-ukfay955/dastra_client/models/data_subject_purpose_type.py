from enum import StrEnum

class DataSubjectPurposeType(StrEnum):
    ACCESS = "Access"
    ADVANCEDIRECTIVES = "AdvanceDirectives"
    AUTOMATEDDECISION = "AutomatedDecision"
    ERASURE = "Erasure"
    INFORMATION = "Information"
    OPPOSITION = "Opposition"
    PORTABILITY = "Portability"
    RECTIFICATION = "Rectification"
    RESTRICTION = "Restriction"
    UNKNOWN = "Unknown"

    def __str__(self) -> str:
        return str(self.value)
