from enum import StrEnum

class VendorType(StrEnum):
    B2B = "B2B"
    B2C = "B2C"

    def __str__(self) -> str:
        return str(self.value)
