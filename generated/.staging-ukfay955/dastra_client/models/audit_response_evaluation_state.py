from enum import StrEnum

class AuditResponseEvaluationState(StrEnum):
    NEEDCORRECTIONS = "NeedCorrections"
    NONE = "None"
    REJECTED = "Rejected"
    VALIDATED = "Validated"

    def __str__(self) -> str:
        return str(self.value)
