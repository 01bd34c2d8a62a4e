// Held jobs: select one or many, then release, preview or delete.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PrintVault

Page {
    id: page

    required property DaemonConnection connection
    required property JobsModel jobs
    required property PrintersModel printers
    signal addPrinterRequested()

    function releaseSelection() {
        if (page.jobs.selectedCount > 0 && !page.jobs.releasing)
            releaseDialog.open()
    }
    function deleteSelection() {
        if (page.jobs.selectedCount > 0)
            deleteDialog.open()
    }

    // Only while this page shows: not from another tab, nor behind the lock screen.
    Shortcut { sequence: StandardKey.SelectAll; enabled: page.visible; onActivated: page.jobs.selectAll() }
    Shortcut { sequence: StandardKey.Delete; enabled: page.visible; onActivated: page.deleteSelection() }
    Shortcut {
        sequences: ["Return", "Enter"]
        enabled: page.visible && !releaseDialog.visible && !deleteDialog.visible && !certificateDialog.visible
        onActivated: page.releaseSelection()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ListView {
            id: list
            objectName: "jobList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            focus: true
            keyNavigationEnabled: true
            model: page.jobs
            visible: count > 0
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Held jobs")
            ScrollBar.vertical: ScrollBar {}
            delegate: JobDelegate {
                width: ListView.view.width
                jobs: page.jobs
            }
            Keys.onSpacePressed: page.jobs.toggleSelected(currentIndex)
        }

        // Nothing held: say how jobs get here.
        ColumnLayout {
            objectName: "emptyState"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: 24
            visible: page.jobs.count === 0 && page.jobs.loaded
            spacing: 12
            Item { Layout.fillHeight: true }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                font.pixelSize: 18
                font.bold: true
                text: qsTr("No jobs are waiting")
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                text: qsTr("Print from any application to the printer “PrintVault”. Your job waits here, encrypted, until you release it here or sign in at an MFP.")
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                visible: page.connection.printerUri !== ""
                opacity: 0.7
                text: qsTr("Printer address: %1").arg(page.connection.printerUri)
            }
            Item { Layout.fillHeight: true }
        }

        // The daemon cannot open the vault (no keychain, or not its key): the banner above
        // gives the daemon's reason; this says what the user can do about it.
        ColumnLayout {
            objectName: "lockedState"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: 24
            visible: page.connection.state === "locked"
            spacing: 12
            Item { Layout.fillHeight: true }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                font.pixelSize: 18
                font.bold: true
                text: qsTr("Your held jobs cannot be opened now")
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                objectName: "lockAdvice"
                text: page.connection.lockAdvice
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                opacity: 0.7
                text: qsTr("Your held jobs stay encrypted and safe. Until the vault is open again, PrintVault accepts no new print jobs.")
            }
            Item { Layout.fillHeight: true }
        }

        // Waiting for the first list: nothing to say yet.
        BusyIndicator {
            Layout.alignment: Qt.AlignCenter
            Layout.fillHeight: true
            visible: !page.jobs.loaded && page.connection.state === "ready"
            running: visible
        }

        Pane {
            Layout.fillWidth: true
            visible: page.jobs.releasing
            ColumnLayout {
                anchors.fill: parent
                Label {
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                    text: page.jobs.releaseStatus
                }
                ProgressBar {
                    objectName: "releaseProgress"
                    Layout.fillWidth: true
                    value: page.jobs.releaseProgress
                    Accessible.name: qsTr("Release progress")
                }
            }
        }

        ToolBar {
            Layout.fillWidth: true
            visible: page.jobs.count > 0
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 8
                anchors.rightMargin: 8
                Label {
                    Layout.fillWidth: true
                    text: page.jobs.selectedCount > 0 ? qsTr("%n selected", "", page.jobs.selectedCount)
                                                     : qsTr("%n job(s) held", "", page.jobs.count)
                }
                ToolButton {
                    text: qsTr("Preview")
                    enabled: page.jobs.selectedCount === 1
                    onClicked: previewDialog.openFirstSelected()
                    Accessible.name: qsTr("Preview the selected job")
                }
                ToolButton {
                    text: qsTr("Delete")
                    enabled: page.jobs.selectedCount > 0
                    onClicked: page.deleteSelection()
                    Accessible.name: qsTr("Delete the selected jobs")
                }
                Button {
                    objectName: "releaseButton"
                    text: qsTr("Release…")
                    highlighted: true
                    enabled: page.jobs.selectedCount > 0 && !page.jobs.releasing
                    onClicked: page.releaseSelection()
                    Accessible.name: qsTr("Release the selected jobs to a printer")
                }
            }
        }
    }

    ReleaseDialog {
        id: releaseDialog
        jobs: page.jobs
        printers: page.printers
        onAddPrinterRequested: page.addPrinterRequested()
    }

    PreviewDialog {
        id: previewDialog
        jobs: page.jobs
    }

    // An ipps:// printer shows another certificate than the one trusted the first time it was
    // used: the job stays held until the user accepts the new one (or never does).
    Dialog {
        id: certificateDialog
        objectName: "certificateDialog"
        property string printer: ""
        property string trusted: ""
        property string presented: ""
        property string details: "" // the daemon's words, when it named no fingerprints
        anchors.centerIn: parent
        width: Math.min(page.width - 32, 400)
        modal: true
        title: qsTr("New certificate on %1").arg(printer)
        ColumnLayout {
            width: parent.width
            spacing: 8
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("This printer identifies itself with a different certificate from the one PrintVault trusted when it first printed there. That is expected after the printer was replaced or its certificate renewed, and it is also how an impostor on the network would look. Nothing was sent: the job is still held.")
            }
            Label {
                visible: certificateDialog.trusted !== ""
                text: qsTr("Trusted until now (SHA-256):")
                font.bold: true
            }
            Label {
                objectName: "trustedFingerprint"
                visible: certificateDialog.trusted !== ""
                Layout.fillWidth: true
                wrapMode: Text.WrapAnywhere
                font.family: "monospace"
                font.pixelSize: 11
                text: certificateDialog.trusted
            }
            Label {
                visible: certificateDialog.presented !== ""
                text: qsTr("Shown now:")
                font.bold: true
            }
            Label {
                objectName: "presentedFingerprint"
                visible: certificateDialog.presented !== ""
                Layout.fillWidth: true
                wrapMode: Text.WrapAnywhere
                font.family: "monospace"
                font.pixelSize: 11
                text: certificateDialog.presented
            }
            Label {
                visible: certificateDialog.trusted === ""
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: "#5f6368"
                text: certificateDialog.details
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: "#5f6368"
                text: qsTr("If you can, compare the new fingerprint with the one the printer's own panel or web page shows.")
            }
        }
        footer: DialogButtonBox {
            Button {
                objectName: "trustButton"
                text: qsTr("Trust it and print")
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            }
            Button {
                text: qsTr("Keep the job")
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
        }
        onAccepted: page.printers.trustPrinter(printer)
        onRejected: page.jobs.forgetRefused()
    }
    Connections {
        target: page.jobs
        function onCertificateChanged(title, printer, trusted, presented, message) {
            certificateDialog.printer = printer
            certificateDialog.trusted = trusted
            certificateDialog.presented = presented
            certificateDialog.details = message
            certificateDialog.open()
        }
    }
    Connections {
        target: page.printers
        function onPrinterTrusted(printer, fingerprint) { page.jobs.releaseRefusedAgain(printer) }
    }

    Dialog {
        id: deleteDialog
        objectName: "deleteDialog"
        anchors.centerIn: parent
        modal: true
        title: qsTr("Delete %n job(s)?", "", page.jobs.selectedCount)
        standardButtons: Dialog.Ok | Dialog.Cancel
        Label {
            width: parent.width
            wrapMode: Text.Wrap
            text: qsTr("Their keys are destroyed: the documents cannot be recovered.")
        }
        onAccepted: page.jobs.deleteSelected()
    }
}
