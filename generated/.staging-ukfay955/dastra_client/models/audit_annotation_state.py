from enum import StrEnum

class AuditAnnotationState(StrEnum):
    DONE = "Done"
    PENDING = "Pending"
    REVIEW = "Review"

    def __str__(self) -> str:
        return str(self.value)
