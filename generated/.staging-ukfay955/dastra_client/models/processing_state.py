from enum import StrEnum

class ProcessingState(StrEnum):
    BEINGDEPLOYED = "BeingDeployed"
    INPRODUCTION = "InProduction"
    STOPPED = "Stopped"
    STUDY = "Study"

    def __str__(self) -> str:
        return str(self.value)
