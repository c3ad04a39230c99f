from enum import StrEnum

class DataBreachType(StrEnum):
    ACCESS = "Access"
    AVAILABILITY = "Availability"
    INTEGRITY = "Integrity"

    def __str__(self) -> str:
        return str(self.value)
