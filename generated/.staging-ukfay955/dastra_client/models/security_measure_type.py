from enum import StrEnum

class SecurityMeasureType(StrEnum):
    ORGANIZATIONAL = "Organizational"
    PHYSICAL = "Physical"
    TECHNICAL = "Technical"

    def __str__(self) -> str:
        return str(self.value)
