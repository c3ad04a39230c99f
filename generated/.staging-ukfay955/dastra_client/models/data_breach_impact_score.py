from enum import StrEnum

class DataBreachImpactScore(StrEnum):
    IMPORTANT = "Important"
    LIMITED = "Limited"
    MAXIMAL = "Maximal"
    UNSET = "Unset"
    VERYLOW = "VeryLow"

    def __str__(self) -> str:
        return str(self.value)
