"""App-wide events in one place.

The composition root makes one ``SignalHub`` and passes it to every window and
page that needs it; nothing imports a global instance. Pages that change data
emit here, pages that show data listen here, and neither knows the other.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class SignalHub(QObject):
    #: The service directory was edited (an organization, a service, its hours...).
    directory_changed = Signal()
    #: An inquiry was logged at the front desk; carries the inquiry id.
    inquiry_logged = Signal(int)
    #: A saved inquiry was corrected (category, description, channel, language, resident); carries its id.
    inquiry_corrected = Signal(int)
    #: A one-key anonymous tally was counted or undone at the front desk.
    tallies_changed = Signal()
    #: A referral was created or changed status; carries the referral id.
    referral_changed = Signal(int)
    #: Settings shared by every desk were saved; carries the new ``AppSettings``.
    settings_changed = Signal(object)
    #: The user chose another language ("da" or "en") and it is now installed.
    language_changed = Signal(str)
    #: Residents' names are hidden (initials only) in every list, or shown again.
    names_masked_changed = Signal(bool)
