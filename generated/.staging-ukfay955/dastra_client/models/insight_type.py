from enum import StrEnum

class InsightType(StrEnum):
    PROGRESSION = "Progression"
    QUALITY = "Quality"
    SENSITIVITY = "Sensitivity"

    def __str__(self) -> str:
        return str(self.value)
