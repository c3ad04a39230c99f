from enum import StrEnum

class WorkSpaceState(StrEnum):
    ACTIVE = "Active"
    ARCHIVED = "Archived"
    DELETED = "Deleted"

    def __str__(self) -> str:
        return str(self.value)
