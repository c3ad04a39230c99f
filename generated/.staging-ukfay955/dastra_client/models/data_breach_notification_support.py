from enum import StrEnum

class DataBreachNotificationSupport(StrEnum):
    CAMPAIGN = "Campaign"
    LETTER = "Letter"
    MAIL = "Mail"
    OTHER = "Other"
    PHONECALL = "PhoneCall"
    WEBSITEBANNER = "WebsiteBanner"

    def __str__(self) -> str:
        return str(self.value)
