from enum import StrEnum

class TreeItemType(StrEnum):
    FILE = "File"
    FOLDER = "Folder"

    def __str__(self) -> str:
        return str(self.value)
