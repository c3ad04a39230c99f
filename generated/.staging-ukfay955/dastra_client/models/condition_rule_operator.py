from enum import StrEnum

class ConditionRuleOperator(StrEnum):
    CONTAINS = "contains"
    DOESNOTCONTAINS = "doesNotContains"
    EQUAL = "equal"
    GREATERTHAN = "greaterThan"
    GREATERTHANINCLUSIVE = "greaterThanInclusive"
    IN = "in"
    ISEMPTY = "isEmpty"
    ISNOTEMPTY = "isNotEmpty"
    ISNOTNULL = "isNotNull"
    ISNULL = "isNull"
    LESSTHAN = "lessThan"
    LESSTHANINCLUSIVE = "lessThanInclusive"
    NOTEQUAL = "notEqual"
    NOTIN = "notIn"

    def __str__(self) -> str:
        return str(self.value)
