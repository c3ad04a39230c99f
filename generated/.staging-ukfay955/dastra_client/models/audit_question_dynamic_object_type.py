from enum import StrEnum

class AuditQuestionDynamicObjectType(StrEnum):
    ACTOR = "Actor"
    APPLICATION = "Application"
    DATAFIELD = "DataField"
    DATARETENTIONRULE = "DataRetentionRule"
    SECURITYMEASURE = "SecurityMeasure"

    def __str__(self) -> str:
        return str(self.value)
