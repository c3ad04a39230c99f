from enum import StrEnum

class GenericDataType(StrEnum):
    DATE = "Date"
    DOCUMENT = "Document"
    GEOLOCATION = "Geolocation"
    MATRIX = "Matrix"
    NUMBER = "Number"
    OBJECT = "Object"
    STRING = "String"
    UNIQUEIDENTIFIER = "UniqueIdentifier"

    def __str__(self) -> str:
        return str(self.value)
