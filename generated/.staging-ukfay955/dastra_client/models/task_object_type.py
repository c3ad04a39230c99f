from enum import StrEnum

class TaskObjectType(StrEnum):
    ACTOR = "Actor"
    ASSET = "Asset"
    AUDITRESPONSE = "AuditResponse"
    CONTROLPOINT = "ControlPoint"
    DATABREACH = "DataBreach"
    DATAPROCESSING = "DataProcessing"
    DATARETENTIONRULE = "DataRetentionRule"
    DATASUBJECT = "DataSubject"
    RISKEVALUATION = "RiskEvaluation"
    SECURITYMEASURE = "SecurityMeasure"

    def __str__(self) -> str:
        return str(self.value)
