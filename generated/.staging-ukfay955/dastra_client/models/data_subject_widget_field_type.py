from enum import StrEnum

class DataSubjectWidgetFieldType(StrEnum):
    ADDRESS = "Address"
    CITY = "City"
    COUNTRYCODE = "CountryCode"
    CUSTOMFIELD = "CustomField"
    FAMILYNAME = "FamilyName"
    GIVENNAME = "GivenName"
    MESSAGE = "Message"
    PERSONCATEGORY = "PersonCategory"
    PHONENUMBER = "PhoneNumber"
    REFID = "RefId"
    ZIPCODE = "ZipCode"

    def __str__(self) -> str:
        return str(self.value)
