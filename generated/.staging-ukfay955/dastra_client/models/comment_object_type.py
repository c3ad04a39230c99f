from enum import StrEnum

class CommentObjectType(StrEnum):
    ACTOR = "Actor"
    APPLICATION = "Application"
    ASSET = "Asset"
    CONTROLPOINT = "ControlPoint"
    DATABREACH = "DataBreach"
    DATAFIELD = "DataField"
    DATAPROCESSING = "DataProcessing"
    DATARETENTIONRULE = "DataRetentionRule"
    DATASUBJECT = "DataSubject"
    RISKEVALUATION = "RiskEvaluation"
    SECURITYMEASURE = "SecurityMeasure"
    TASK = "Task"

    def __str__(self) -> str:
        return str(self.value)
