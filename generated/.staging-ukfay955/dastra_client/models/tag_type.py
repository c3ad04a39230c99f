from enum import StrEnum

class TagType(StrEnum):
    ACTOR = "Actor"
    ASSET = "Asset"
    AUDITTEMPLATE = "AuditTemplate"
    DATABREACH = "DataBreach"
    DATAPROCESSING = "DataProcessing"
    DATARETENTIONRULE = "DataRetentionRule"
    DATASUBJECT = "DataSubject"
    RISK = "Risk"
    SECURITYMEASURE = "SecurityMeasure"
    TASK = "Task"

    def __str__(self) -> str:
        return str(self.value)
