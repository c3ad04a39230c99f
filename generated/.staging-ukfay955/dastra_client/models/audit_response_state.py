from enum import StrEnum

class AuditResponseState(StrEnum):
    CANCELLED = "Cancelled"
    INPROGRESS = "InProgress"
    PENDINGVALIDATION = "PendingValidation"
    PUBLISHED = "Published"
    STANDBY = "Standby"

    def __str__(self) -> str:
        return str(self.value)
