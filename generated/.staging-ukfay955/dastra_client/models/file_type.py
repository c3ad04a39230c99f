from enum import StrEnum

class FileType(StrEnum):
    GENERATEDCONTRACT = "GeneratedContract"
    MARKDOWN = "Markdown"
    UPLOAD = "Upload"

    def __str__(self) -> str:
        return str(self.value)
