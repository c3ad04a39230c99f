from enum import StrEnum

class AccessType(StrEnum):
    AUTOMATIC = "Automatic"
    MANUALORONDEMAND = "ManualOrOnDemand"
    NONAPPLICABLE = "NonApplicable"
    NONE = "None"

    def __str__(self) -> str:
        return str(self.value)
