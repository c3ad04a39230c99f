from enum import StrEnum

class ApplicationState(StrEnum):
    INDEVELOPMENT = "InDevelopment"
    INPRODUCTION = "InProduction"
    STOPPED = "Stopped"

    def __str__(self) -> str:
        return str(self.value)
