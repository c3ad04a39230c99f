from enum import StrEnum

class DataBreachNotificationType(StrEnum):
    COMMUNICATION = "Communication"
    DATAPROTECTIONAUTHORITIES = "DataProtectionAuthorities"

    def __str__(self) -> str:
        return str(self.value)
