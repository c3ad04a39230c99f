from enum import StrEnum

class DataSubjectRequestDataProcessingState(StrEnum):
    DONE = "Done"
    NEW = "New"
    NOTNECESSARY = "NotNecessary"
    PENDING = "Pending"

    def __str__(self) -> str:
        return str(self.value)
