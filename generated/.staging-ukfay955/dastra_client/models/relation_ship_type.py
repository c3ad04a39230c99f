from enum import StrEnum

class RelationShipType(StrEnum):
    CHILD = "Child"
    DUPLICATEOF = "DuplicateOf"
    HASDUPLICATE = "HasDuplicate"
    INHERITOR = "Inheritor"
    MASTER = "Master"
    PARENT = "Parent"
    RELATED = "Related"
    SLAVE = "Slave"
    TUTOR = "Tutor"

    def __str__(self) -> str:
        return str(self.value)
