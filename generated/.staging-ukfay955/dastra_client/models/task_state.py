from enum import StrEnum

class TaskState(StrEnum):
    ACTIVE = "Active"
    ARCHIVED = "Archived"
    CLOSED = "Closed"
    OPEN = "Open"

    def __str__(self) -> str:
        return str(self.value)
