from enum import StrEnum

class TemplateExportActor(StrEnum):
    DEFAULT = "Default"

    def __str__(self) -> str:
        return str(self.value)
