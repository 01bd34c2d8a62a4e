// MFPs: the certificate they pin, pairing with a one-time code, paired devices, PIN and badge.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PrintVault

Page {
    id: page
    required property DevicesModel devices

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width
            spacing: 16

            Label {
                Layout.margins: 16
                Layout.fillWidth: true
                visible: !page.devices.available
                wrapMode: Text.Wrap
                text: qsTr("The MFP API is off, or waits for the vault to open. MFPs cannot pull jobs from this computer now.")
            }

            Section {
                Layout.margins: 16
                Layout.bottomMargin: 0
                visible: page.devices.available
                title: qsTr("Certificate")
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: page.devices.selfSigned
                          ? qsTr("MFPs connect on port %1. Check that the MFP shows this SHA-256 fingerprint:").arg(page.devices.port)
                          : qsTr("MFPs connect on port %1 with your organisation's certificate:").arg(page.devices.port)
                }
                TextArea {
                    objectName: "fingerprint"
                    Layout.fillWidth: true
                    readOnly: true
                    selectByMouse: true
                    wrapMode: TextEdit.WrapAnywhere
                    font.family: "monospace"
                    text: page.devices.fingerprint
                    Accessible.name: qsTr("Certificate fingerprint")
                }
            }

            Section {
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                visible: page.devices.available
                title: qsTr("Pair an MFP")
                RowLayout {
                    Layout.fillWidth: true
                    TextField {
                        id: deviceName
                        Layout.fillWidth: true
                        placeholderText: qsTr("Name, e.g. 3rd floor")
                        Accessible.name: qsTr("Name of the MFP")
                    }
                    Button {
                        text: qsTr("Get code")
                        onClicked: page.devices.pair(deviceName.text)
                    }
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    visible: page.devices.pairingCode !== ""
                    Label {
                        objectName: "pairingCode"
                        Layout.alignment: Qt.AlignHCenter
                        font.pixelSize: 32
                        font.family: "monospace"
                        font.letterSpacing: 4
                        text: page.devices.pairingCode
                        Accessible.name: qsTr("One-time pairing code")
                    }
                    Label {
                        Layout.alignment: Qt.AlignHCenter
                        text: qsTr("Enter it on the MFP within %1:%2").arg(Math.floor(page.devices.pairingSecondsLeft / 60))
                                  .arg(String(page.devices.pairingSecondsLeft % 60).padStart(2, "0"))
                    }
                }
            }

            Section {
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                visible: page.devices.available
                title: qsTr("Paired MFPs")
                Label {
                    visible: page.devices.count === 0
                    opacity: 0.7
                    text: qsTr("None yet.")
                }
                Repeater {
                    model: page.devices
                    delegate: RowLayout {
                        required property string deviceId
                        required property string name
                        required property string lastSeen
                        Layout.fillWidth: true
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 0
                            Label { text: name; font.bold: true; elide: Text.ElideRight; Layout.fillWidth: true }
                            Label { text: qsTr("Last seen: %1").arg(lastSeen); opacity: 0.7 }
                        }
                        Button {
                            text: qsTr("Revoke")
                            Accessible.name: qsTr("Revoke %1").arg(name)
                            onClicked: { revokeDialog.deviceId = deviceId; revokeDialog.deviceName = name; revokeDialog.open() }
                        }
                    }
                }
            }

            Section {
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                Layout.bottomMargin: 16
                visible: page.devices.available
                title: qsTr("Sign-in at the MFP")
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: qsTr("A PIN of 4 to 12 digits; not one digit repeated, nor a straight run.")
                }
                RowLayout {
                    Layout.fillWidth: true
                    TextField {
                        id: pin
                        Layout.fillWidth: true
                        echoMode: TextInput.Password
                        inputMethodHints: Qt.ImhDigitsOnly
                        validator: RegularExpressionValidator { regularExpression: /[0-9]{0,12}/ }
                        placeholderText: qsTr("New PIN")
                        Accessible.name: qsTr("New PIN")
                    }
                    TextField {
                        id: pinAgain
                        Layout.fillWidth: true
                        echoMode: TextInput.Password
                        inputMethodHints: Qt.ImhDigitsOnly
                        validator: RegularExpressionValidator { regularExpression: /[0-9]{0,12}/ }
                        placeholderText: qsTr("Again")
                        Accessible.name: qsTr("New PIN again")
                    }
                    Button {
                        text: qsTr("Set PIN")
                        enabled: pin.text.length >= 4 && pin.text === pinAgain.text
                        onClicked: page.devices.setPin(pin.text)
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    TextField {
                        id: badge
                        Layout.fillWidth: true
                        placeholderText: qsTr("Badge number")
                        Accessible.name: qsTr("Badge number")
                    }
                    Button {
                        text: qsTr("Set badge")
                        enabled: badge.text.trim().length > 0
                        onClicked: page.devices.setCard(badge.text)
                    }
                }
                Label { id: pinResult; visible: text !== ""; color: "#188038" }
            }
        }
    }

    Connections {
        target: page.devices
        // The PIN leaves the fields as soon as the daemon has its hash.
        function onPinSet() { pin.clear(); pinAgain.clear(); pinResult.text = qsTr("PIN set.") }
        function onCardSet() { badge.clear(); pinResult.text = qsTr("Badge registered.") }
    }

    Dialog {
        id: revokeDialog
        property string deviceId: ""
        property string deviceName: ""
        anchors.centerIn: parent
        modal: true
        title: qsTr("Revoke %1?").arg(deviceName)
        standardButtons: Dialog.Ok | Dialog.Cancel
        Label { text: qsTr("It can no longer pull jobs until it is paired again.") }
        onAccepted: page.devices.revoke(deviceId)
    }
}
