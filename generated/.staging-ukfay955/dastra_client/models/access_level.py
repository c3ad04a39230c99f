from enum import StrEnum

class AccessLevel(StrEnum):
    FULL = "Full"
    NONE = "None"
    RESTRICTED = "Restricted"

    def __str__(self) -> str:
        return str(self.value)
