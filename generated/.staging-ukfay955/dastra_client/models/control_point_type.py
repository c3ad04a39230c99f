from enum import StrEnum

class ControlPointType(StrEnum):
    IMPACT = "Impact"
    PROBABILITY = "Probability"

    def __str__(self) -> str:
        return str(self.value)
