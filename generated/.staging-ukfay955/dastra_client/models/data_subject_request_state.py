from enum import StrEnum

class DataSubjectRequestState(StrEnum):
    ACTIVE = "Active"
    CLOSED = "Closed"
    IDENTITYVALIDATION = "IdentityValidation"
    OPEN = "Open"
    PROCESSING = "Processing"

    def __str__(self) -> str:
        return str(self.value)
