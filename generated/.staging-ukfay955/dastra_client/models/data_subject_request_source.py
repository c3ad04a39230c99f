from enum import StrEnum

class DataSubjectRequestSource(StrEnum):
    FORM = "Form"
    IMAP = "IMAP"
    IMPORT = "Import"
    INCOMINGEMAIL = "IncomingEmail"
    INTERNAL = "Internal"
    POP3 = "POP3"
    WIDGET = "Widget"
    ZAPIER = "Zapier"

    def __str__(self) -> str:
        return str(self.value)
