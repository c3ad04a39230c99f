from enum import StrEnum

class WorkflowType(StrEnum):
    DATABREACH = "DataBreach"
    DATAPROCESSING = "DataProcessing"
    DATASUBJECT = "DataSubject"
    TASK = "Task"

    def __str__(self) -> str:
        return str(self.value)
