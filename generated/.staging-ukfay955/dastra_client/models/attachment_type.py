from enum import StrEnum

class AttachmentType(StrEnum):
    EXTERNALFILE = "ExternalFile"
    FILE = "File"
    FOLDER = "Folder"

    def __str__(self) -> str:
        return str(self.value)
