from enum import StrEnum

class ProcessingType(StrEnum):
    DEFAULT = "Default"
    VENDOR = "Vendor"

    def __str__(self) -> str:
        return str(self.value)
