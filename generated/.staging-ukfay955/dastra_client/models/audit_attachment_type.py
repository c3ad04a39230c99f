from enum import StrEnum

class AuditAttachmentType(StrEnum):
    ANNOTATION = "Annotation"
    QUESTION = "Question"

    def __str__(self) -> str:
        return str(self.value)
