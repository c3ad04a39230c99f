from enum import StrEnum

class LicenceType(StrEnum):
    ADVANCED = "Advanced"
    BASIC = "Basic"
    CUSTOM = "Custom"
    PAIDSUBSCRIPTION = "PaidSubscription"
    TRIAL = "Trial"

    def __str__(self) -> str:
        return str(self.value)
