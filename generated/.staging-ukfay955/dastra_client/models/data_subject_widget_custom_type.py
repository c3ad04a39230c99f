from enum import StrEnum

class DataSubjectWidgetCustomType(StrEnum):
    INPUTRADIO = "InputRadio"
    INPUTSELECT = "InputSelect"
    INPUTTEXT = "InputText"
    INPUTTEXTAREA = "InputTextarea"

    def __str__(self) -> str:
        return str(self.value)
