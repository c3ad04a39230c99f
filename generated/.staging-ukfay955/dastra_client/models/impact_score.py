from enum import StrEnum

class ImpactScore(StrEnum):
    HIGH = "High"
    LOW = "Low"
    MEDIUM = "Medium"
    VERYHIGH = "VeryHigh"
    VERYLOW = "VeryLow"

    def __str__(self) -> str:
        return str(self.value)
