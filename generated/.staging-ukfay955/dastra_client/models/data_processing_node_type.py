from enum import StrEnum

class DataProcessingNodeType(StrEnum):
    ACTOR = "Actor"
    AREA = "Area"
    ASSET = "Asset"
    DATABREACH = "DataBreach"
    DATAFIELD = "DataField"
    DATAPROCESSING = "DataProcessing"
    DATARETENTIONRULE = "DataRetentionRule"
    ENTITY = "Entity"
    RECIPIENT = "Recipient"
    RISK = "Risk"
    SECURITYMEASURE = "SecurityMeasure"
    TRANSFER = "Transfer"
    UNKNOWN = "Unknown"

    def __str__(self) -> str:
        return str(self.value)
