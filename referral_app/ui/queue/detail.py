"""The selected referral in full: the inquiry it came from, the resident and
the history timeline.

The resident is shown as initials until a coordinator opens the record with
a purpose ("Show resident…"); the page does the audited look-up through the
resident service and hands the record here. Changing referral, or hiding
names, closes the record again. No queries here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from referral_app.domain.privacy import mask_name
from referral_app.domain.referrals import Referral
from referral_app.domain.residents import Resident, display_phone
from referral_app.translation import format_date, label


def _value_label(parent: QWidget, name: str) -> QLabel:
    value = QLabel(parent)
    value.setObjectName(name)
    value.setWordWrap(True)
    value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return value


class ReferralDetail(QWidget):
    #: The user asked to open the resident's record (the page asks for a purpose).
    open_resident_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referralDetail")
        self.referral: Referral | None = None
        self.resident: Resident | None = None
        self._category_name: Callable[[str | None, str | None], str] = lambda _code, name: name or ""

        self.title = QLabel(self)
        self.title.setObjectName("referralTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)

        self.inquiry_box = QGroupBox(self)
        self.inquiry_form = QFormLayout(self.inquiry_box)
        self.inquiry_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        for key in ("inquiry", "category", "description", "service", "mode", "created", "due", "outcome",
                    "previous"):
            caption = QLabel(self.inquiry_box)
            value = _value_label(self.inquiry_box, f"detail_{key}")
            self.captions[key], self.values[key] = caption, value
            self.inquiry_form.addRow(caption, value)

        self.resident_box = QGroupBox(self)
        self.resident_label = _value_label(self.resident_box, "detailResident")
        self.open_button = QPushButton(self.resident_box)
        self.open_button.setObjectName("openResident")
        self.open_button.clicked.connect(self.open_resident_requested)
        resident_layout = QVBoxLayout(self.resident_box)
        resident_layout.addWidget(self.resident_label)
        resident_layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        resident_layout.addStretch(1)

        self.history = QTreeWidget(self)
        self.history.setObjectName("referralHistory")
        self.history.setRootIsDecorated(False)
        self.history.setColumnCount(4)
        self.history.setUniformRowHeights(True)
        self.history.header().setStretchLastSection(True)
        self.history.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history_box = QGroupBox(self)
        history_layout = QVBoxLayout(self.history_box)
        history_layout.addWidget(self.history)

        boxes = QHBoxLayout()
        boxes.addWidget(self.inquiry_box, 3)
        boxes.addWidget(self.resident_box, 2)
        boxes.addWidget(self.history_box, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(boxes, 1)
        self.retranslate()
        self.show_referral(None, masked=True)

    def retranslate(self) -> None:
        self.inquiry_box.setTitle(self.tr("Referral"))
        self.resident_box.setTitle(self.tr("Resident"))
        self.history_box.setTitle(self.tr("History"))
        captions = {"inquiry": self.tr("Inquiry:"), "category": self.tr("Category:"),
                    "description": self.tr("Description:"),
                    "service": self.tr("Service:"), "mode": self.tr("Mode:"), "created": self.tr("Created:"),
                    "due": self.tr("Follow-up date:"), "outcome": self.tr("Reason:"),
                    "previous": self.tr("Referred on from:")}
        for key, text in captions.items():
            self.captions[key].setText(text)
        self.open_button.setText(self.tr("Sho&w resident…"))
        self.open_button.setToolTip(self.tr("Open the resident's record with a purpose; the look-up is logged."))
        self.open_button.setAccessibleName(self.tr("Show resident"))
        self.history.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("Change"), self.tr("Note")])
        self.history.setAccessibleName(self.tr("History of the referral"))
        if self.referral is not None:
            self._fill(self.referral)
        else:
            self.title.setText(self.tr("Choose a referral in the list to see it here."))

    def set_category_names(self, resolver: Callable[[str | None, str | None], str]) -> None:
        self._category_name = resolver

    # -- showing -----------------------------------------------------------------
    def show_referral(self, referral: Referral | None, *, masked: bool) -> None:
        """Show ``referral`` (None: nothing selected). The resident's record closes
        unless it is the same referral and names are not hidden."""
        same = referral is not None and self.referral is not None and referral.id == self.referral.id
        if not same or masked:
            self.resident = None
        self.referral = referral
        self.inquiry_box.setEnabled(referral is not None)
        self.resident_box.setEnabled(referral is not None)
        self.history_box.setEnabled(referral is not None)
        if referral is None:
            self.title.setText(self.tr("Choose a referral in the list to see it here."))
            for value in self.values.values():
                value.clear()
            self.resident_label.clear()
            self.open_button.setEnabled(False)
            self.history.clear()
            return
        self._fill(referral)

    def show_resident(self, resident: Resident) -> None:
        self.resident = resident
        if self.referral is not None:
            self._fill_resident(self.referral)

    def close_resident(self) -> None:
        if self.resident is not None:
            self.resident = None
            if self.referral is not None:
                self._fill_resident(self.referral)

    def text(self) -> str:
        """Everything shown, as plain text (for tests and for copying)."""
        lines = [self.title.text()]
        for key, value in self.values.items():
            if value.text():
                lines.append(f"{self.captions[key].text()} {value.text()}")
        lines.append(self.resident_label.text())
        for row in range(self.history.topLevelItemCount()):
            item = self.history.topLevelItem(row)
            lines.append(" | ".join(item.text(column) for column in range(4)))
        return "\n".join(lines)

    def _fill(self, referral: Referral) -> None:
        self.title.setText(self.tr("Referral no. {id}: {status}").format(id=referral.id,
                                                                          status=label(referral.status)))
        created = referral.created_at.astimezone()
        values = {
            "inquiry": self.tr("No. {id}").format(id=referral.inquiry_id),
            "category": self._category_name(referral.category_code, referral.category_name_da) or "–",
            "description": referral.inquiry_description,
            "service": f"{referral.service_name} ({referral.organization_name})",
            "mode": label(referral.mode),
            "created": self.tr("{date} by {who}").format(date=f"{format_date(created)} {created:%H:%M}",
                                                         who=referral.created_by or "–"),
            "due": format_date(referral.due_date) if referral.due_date else "–",
            "outcome": " – ".join(part for part in (label(referral.reason) if referral.reason else "",
                                                    referral.reason_note or "") if part),
            "previous": (self.tr("Referral no. {id}").format(id=referral.previous_referral_id)
                         if referral.previous_referral_id else ""),
        }
        for key, text in values.items():
            self.values[key].setText(text)
            visible = bool(text) or key not in ("outcome", "previous", "description")
            self.values[key].setVisible(visible)
            self.captions[key].setVisible(visible)
        self._fill_resident(referral)
        self.history.clear()
        for event in referral.events:
            at = event.at.astimezone()
            change = (f"{label(event.from_status)} → {label(event.to_status)}" if event.from_status
                      else label(event.to_status))
            QTreeWidgetItem(self.history, [f"{format_date(at)} {at:%H:%M}", event.by or "–", change,
                                           event.note or ""])

    def _fill_resident(self, referral: Referral) -> None:
        if referral.resident_id is None:
            self.resident_label.setText(self.tr("Anonymous inquiry: no resident is recorded."))
            self.open_button.setEnabled(False)
            return
        resident = self.resident
        if resident is None or resident.id != referral.resident_id:
            initials = mask_name(referral.resident_name) or "–"
            self.resident_label.setText(self.tr("{initials} (resident no. {id}). Open the record to see the name "
                                                "and contact details.").format(initials=initials,
                                                                               id=referral.resident_id))
            self.open_button.setEnabled(True)
            return
        lines = [self.tr("{name} (resident no. {id})").format(name=resident.full_name or "–", id=resident.id)]
        if resident.address_line:
            lines.append(resident.address_line)
        if resident.housing_organization_name:
            lines.append(resident.housing_organization_name)
        for caption, value in ((self.tr("Phone"), display_phone(resident.phone)), (self.tr("E-mail"), resident.email),
                               (self.tr("Language"), resident.preferred_language)):
            if value:
                lines.append(f"{caption}: {value}")
        if resident.interpreter_needed:
            lines.append(self.tr("Needs an interpreter"))
        self.resident_label.setText("\n".join(lines))
        self.open_button.setEnabled(False)
