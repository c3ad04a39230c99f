from enum import StrEnum

class ExportFormat(StrEnum):
    CSV = "csv"
    DOCX = "docx"
    HTML = "html"
    JSON = "json"
    PDF = "pdf"
    XLSX = "xlsx"

    def __str__(self) -> str:
        return str(self.value)
