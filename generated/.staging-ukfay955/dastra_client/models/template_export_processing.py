from enum import StrEnum

class TemplateExportProcessing(StrEnum):
    ARTICLE30 = "Article30"
    DEFAULT = "Default"
    NOTICEINFORMATION = "NoticeInformation"

    def __str__(self) -> str:
        return str(self.value)
