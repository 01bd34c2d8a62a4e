// Release the selected jobs: pick a printer (with what it can do), copies, duplex and colour.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PrintVault

Dialog {
    id: dialog
    objectName: "releaseDialog"

    required property JobsModel jobs
    required property PrintersModel printers
    signal addPrinterRequested()

    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 32 : 380, 380)
    modal: true
    focus: true
    title: qsTr("Release %n job(s)", "", jobs.selectedCount)
    standardButtons: printers.count > 0 ? Dialog.Ok | Dialog.Cancel : Dialog.Cancel

    onOpened: printerBox.forceActiveFocus()
    onAccepted: jobs.releaseSelected(printerBox.currentText, copiesBox.value, duplexBox.checked, monoBox.checked,
                                     watermarkBox.checked)

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        Label {
            Layout.fillWidth: true
            visible: dialog.printers.count === 0
            wrapMode: Text.Wrap
            text: qsTr("No printer is set up yet. Find one, or add one by its address in Settings.")
        }

        Label { text: qsTr("Printer"); visible: dialog.printers.count > 0 }
        ComboBox {
            id: printerBox
            objectName: "printerBox"
            Layout.fillWidth: true
            visible: dialog.printers.count > 0
            model: dialog.printers
            textRole: "name"
            Accessible.name: qsTr("Printer")
        }
        // What the chosen printer takes, at a glance.
        Repeater {
            id: picked
            model: dialog.printers
            delegate: Flow {
                required property int index
                required property var badges
                required property string uri
                Layout.fillWidth: true
                visible: index === printerBox.currentIndex
                spacing: 4
                Repeater {
                    model: badges
                    Badge { required property string modelData; text: modelData }
                }
            }
        }

        // Printers found on the network or in CUPS, not saved yet: Add saves one (after asking
        // it what it can do) and it appears in the list above.
        RowLayout {
            Layout.fillWidth: true
            Button {
                text: dialog.printers.discovering ? qsTr("Searching…") : qsTr("Find printers")
                enabled: !dialog.printers.discovering
                onClicked: dialog.printers.discover()
            }
            Button {
                text: qsTr("Add a printer…")
                onClicked: { dialog.reject(); dialog.addPrinterRequested() }
            }
        }
        Repeater {
            model: dialog.printers.discovered
            delegate: RowLayout {
                required property var modelData
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                    text: modelData.location ? modelData.name + " · " + modelData.location : modelData.name
                }
                Button {
                    text: qsTr("Add")
                    enabled: !dialog.printers.busy
                    Accessible.name: qsTr("Add %1").arg(modelData.name)
                    onClicked: dialog.printers.addPrinter(modelData.uri, modelData.name)
                }
            }
        }

        GridLayout {
            columns: 2
            visible: dialog.printers.count > 0
            Label { text: qsTr("Copies") }
            SpinBox {
                id: copiesBox
                from: 0
                to: 999
                value: 0
                editable: true
                // 0 keeps what the job was printed with.
                textFromValue: (v, locale) => v === 0 ? qsTr("as printed") : Number(v).toLocaleString(locale, "f", 0)
                valueFromText: (t, locale) => t === qsTr("as printed") ? 0 : Number.fromLocaleString(locale, t)
                Accessible.name: qsTr("Copies")
            }
        }
        CheckBox { id: duplexBox; visible: dialog.printers.count > 0; text: qsTr("Two-sided") }
        CheckBox { id: monoBox; visible: dialog.printers.count > 0; text: qsTr("Black and white") }
        CheckBox {
            id: watermarkBox
            visible: dialog.printers.count > 0
            text: qsTr("Stamp name, date and computer")
            Accessible.description: qsTr("Prints your name, the date and this computer's name along the bottom of every page")
        }
    }
}
