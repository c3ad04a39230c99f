from enum import StrEnum

class DataProcessingActorType(StrEnum):
    DATACONTROLLER = "DataController"
    RECIPIENT = "Recipient"
    REFERENT = "Referent"
    STAKEHOLDER = "Stakeholder"

    def __str__(self) -> str:
        return str(self.value)
