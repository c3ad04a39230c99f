from enum import StrEnum

class AuditObjectType(StrEnum):
    ACTOR = "Actor"
    APPLICATION = "Application"
    ASSET = "Asset"
    DATABREACH = "DataBreach"
    DATAPROCESSING = "DataProcessing"
    DATARETENTIONRULE = "DataRetentionRule"
    DATASUBJECT = "DataSubject"
    RISKEVALUATION = "RiskEvaluation"
    SECURITYMEASURE = "SecurityMeasure"

    def __str__(self) -> str:
        return str(self.value)
