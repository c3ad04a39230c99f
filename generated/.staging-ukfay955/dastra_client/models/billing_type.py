from enum import StrEnum

class BillingType(StrEnum):
    MONTH = "Month"
    YEAR = "Year"

    def __str__(self) -> str:
        return str(self.value)
