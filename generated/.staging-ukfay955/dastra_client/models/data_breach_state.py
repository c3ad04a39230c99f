from enum import StrEnum

class DataBreachState(StrEnum):
    ACTIVE = "Active"
    ARCHIVED2 = "Archived2"
    CLOSED = "Closed"
    OPEN = "Open"

    def __str__(self) -> str:
        return str(self.value)
