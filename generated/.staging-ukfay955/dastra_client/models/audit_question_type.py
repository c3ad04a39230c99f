from enum import StrEnum

class AuditQuestionType(StrEnum):
    ATTACHMENTS = "Attachments"
    CHECKBOX = "Checkbox"
    DATE = "Date"
    DATETIME = "DateTime"
    DYNAMICMULTIPLE = "DynamicMultiple"
    DYNAMICSINGLE = "DynamicSingle"
    LONGTEXT = "LongText"
    MULTISELECT = "Multiselect"
    NUMBER = "Number"
    RADIO = "Radio"
    RANGE = "Range"
    RICHTEXT = "RichText"
    SHORTTEXT = "ShortText"
    SINGLESELECT = "SingleSelect"
    TAGS = "Tags"

    def __str__(self) -> str:
        return str(self.value)
