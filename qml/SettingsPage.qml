// Retention (and what the policy locks), printers, capture, language, start at login, about.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PrintVault

Page {
    id: page
    required property DaemonConnection connection
    required property SettingsModel settings
    required property PrintersModel printers
    required property AccountModel account

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width
            spacing: 16

            Section {
                Layout.margins: 16
                Layout.bottomMargin: 0
                title: qsTr("Held jobs")
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: qsTr("A held job is deleted, with its key, %n hour(s) after it was printed to PrintVault.", "", page.settings.retentionHours)
                }
                Badge {
                    objectName: "retentionLocked"
                    visible: page.settings.retentionLocked
                    text: qsTr("Set by your organisation")
                }
                Switch {
                    text: qsTr("Pause capture")
                    checked: page.connection.capturePaused
                    enabled: page.connection.connected
                    onToggled: page.connection.setCapturePaused(checked)
                }
            }

            // Every setting the administrator's policy sets, read-only: the user cannot change them.
            Section {
                objectName: "managedSettings"
                visible: page.settings.managedSettings.length > 0
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                title: qsTr("Set by your organisation")
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    opacity: 0.7
                    text: qsTr("Your administrator's policy sets these, and they cannot be changed here.")
                }
                Repeater {
                    model: page.settings.managedSettings
                    delegate: RowLayout {
                        required property var modelData
                        Layout.fillWidth: true
                        Accessible.name: qsTr("%1: %2, set by your organisation").arg(modelData.label).arg(modelData.value)
                        Label {
                            Layout.fillWidth: true
                            elide: Text.ElideRight
                            text: modelData.label
                        }
                        Label {
                            Layout.maximumWidth: 160
                            elide: Text.ElideMiddle
                            font.bold: true
                            text: modelData.value
                        }
                        Badge { text: qsTr("Locked") }
                    }
                }
            }

            Section {
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                title: qsTr("Organisation account")
                Label {
                    objectName: "accountSummary"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: !page.account.configured
                          ? qsTr("This computer is not connected to an organisation. PrintVault works with your local account: everything is as before.")
                          : page.account.signedIn
                          ? qsTr("Signed in to %1 as %2.").arg(page.account.organisation).arg(page.account.email || page.account.name)
                          : qsTr("Not signed in to %1.").arg(page.account.organisation)
                }
            }

            Section {
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                title: qsTr("Printers")
                Label {
                    visible: page.printers.count === 0
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    opacity: 0.7
                    text: qsTr("Add a printer by its IPP address to release jobs to it from here.")
                }
                Repeater {
                    model: page.printers
                    delegate: RowLayout {
                        required property string name
                        required property string uri
                        required property var badges
                        Layout.fillWidth: true
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2
                            Label { text: name; font.bold: true; elide: Text.ElideRight; Layout.fillWidth: true }
                            Label { text: uri; opacity: 0.7; elide: Text.ElideMiddle; Layout.fillWidth: true }
                            Flow {
                                Layout.fillWidth: true
                                spacing: 4
                                Repeater {
                                    model: badges
                                    Badge { required property string modelData; text: modelData }
                                }
                            }
                        }
                        Button {
                            text: qsTr("Remove")
                            Accessible.name: qsTr("Remove %1").arg(name)
                            onClicked: page.printers.removePrinter(name)
                        }
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    Button {
                        objectName: "findPrinters"
                        text: page.printers.discovering ? qsTr("Searching…") : qsTr("Find printers")
                        enabled: !page.printers.discovering && page.connection.connected
                        onClicked: page.printers.discover()
                    }
                    BusyIndicator {
                        running: page.printers.discovering
                        visible: running
                        Layout.preferredHeight: 24
                        Layout.preferredWidth: 24
                    }
                }
                Repeater {
                    model: page.printers.discovered
                    delegate: RowLayout {
                        required property var modelData
                        Layout.fillWidth: true
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 0
                            Label { text: modelData.name; font.bold: true; elide: Text.ElideRight; Layout.fillWidth: true }
                            Label {
                                Layout.fillWidth: true
                                elide: Text.ElideMiddle
                                opacity: 0.7
                                text: modelData.location ? modelData.location + " · " + modelData.uri : modelData.uri
                            }
                        }
                        Button {
                            text: qsTr("Add")
                            enabled: !page.printers.busy
                            Accessible.name: qsTr("Add %1").arg(modelData.name)
                            onClicked: page.printers.addPrinter(modelData.uri, modelData.name)
                        }
                    }
                }
                Label {
                    Layout.fillWidth: true
                    visible: page.printers.discoveryMessage !== "" && !page.printers.discovering
                    wrapMode: Text.Wrap
                    opacity: 0.7
                    text: page.printers.discoveryMessage
                }
                TextField {
                    id: printerUri
                    Layout.fillWidth: true
                    placeholderText: "ipp://printer.local/ipp/print"
                    Accessible.name: qsTr("Printer address")
                }
                RowLayout {
                    Layout.fillWidth: true
                    TextField {
                        id: printerName
                        Layout.fillWidth: true
                        placeholderText: qsTr("Name (optional)")
                        Accessible.name: qsTr("Printer name")
                    }
                    Button {
                        text: page.printers.busy ? qsTr("Checking…") : qsTr("Add printer")
                        enabled: !page.printers.busy && printerUri.text.trim() !== ""
                        onClicked: page.printers.addPrinter(printerUri.text, printerName.text)
                    }
                }
                Connections {
                    target: page.printers
                    function onPrinterAdded(name) { printerUri.clear(); printerName.clear() }
                }
            }

            Section {
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                title: qsTr("This computer")
                RowLayout {
                    Label { text: qsTr("Language") }
                    ComboBox {
                        Layout.fillWidth: true
                        model: page.settings.languageNames
                        currentIndex: Math.max(0, page.settings.languages.indexOf(page.settings.language))
                        onActivated: index => page.settings.language = page.settings.languages[index]
                        Accessible.name: qsTr("Language")
                    }
                }
                Switch {
                    text: qsTr("Start PrintVault at login")
                    checked: page.settings.startAtLogin
                    onToggled: page.settings.startAtLogin = checked
                }
            }

            Section {
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                Layout.bottomMargin: 16
                title: qsTr("About")
                Label { text: qsTr("PrintVault %1").arg(page.settings.appVersion) }
                Label {
                    visible: page.settings.daemonVersion !== ""
                    text: qsTr("Spooler %1").arg(page.settings.daemonVersion)
                    opacity: 0.7
                }
                Label {
                    visible: page.settings.printerUri !== ""
                    Layout.fillWidth: true
                    elide: Text.ElideMiddle
                    text: qsTr("Virtual printer: %1").arg(page.settings.printerUri)
                    opacity: 0.7
                }
            }
        }
    }
}
