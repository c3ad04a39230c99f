from enum import StrEnum

class RelationShipObjectType(StrEnum):
    ACTOR = "Actor"
    ASSET = "Asset"
    DATABREACH = "DataBreach"
    DATARETENTIONRULE = "DataRetentionRule"
    RISK = "Risk"
    SECURITYMEASURE = "SecurityMeasure"

    def __str__(self) -> str:
        return str(self.value)
