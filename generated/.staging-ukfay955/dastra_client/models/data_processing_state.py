from enum import StrEnum

class DataProcessingState(StrEnum):
    ACTIVE = "Active"
    ARCHIVED = "Archived"
    DELETED = "Deleted"
    DRAFT = "Draft"

    def __str__(self) -> str:
        return str(self.value)
