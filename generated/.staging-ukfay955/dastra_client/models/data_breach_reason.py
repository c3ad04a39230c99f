from enum import StrEnum

class DataBreachReason(StrEnum):
    EXTERNALACCIDENT = "ExternalAccident"
    EXTERNALINTENTIONAL = "ExternalIntentional"
    INTERNALACCIDENT = "InternalAccident"
    INTERNALINTENTIONAL = "InternalIntentional"
    OTHER = "Other"
    UNKNOWN = "Unknown"

    def __str__(self) -> str:
        return str(self.value)
