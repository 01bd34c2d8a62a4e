// Signing in with the organisation's account, in three states the AccountModel chooses:
// "signin" (the start), "browser" (waiting while the system browser is open) and "device" (a
// code to enter on another device, with its countdown). Layout only.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PrintVault

Pane {
    id: page
    required property AccountModel account

    objectName: "signInPage"

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 32, 340)
        spacing: 14

        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            font.pixelSize: 20
            font.bold: true
            text: page.account.page === "browser" ? qsTr("Continue in your browser")
                : page.account.page === "device" ? qsTr("Sign in on another device")
                : qsTr("Sign in with your organisation account")
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            opacity: 0.8
            text: page.account.page === "browser"
                  ? qsTr("Your browser opened the sign-in page of %1. Come back here once you are through.").arg(page.account.organisation)
                : page.account.page === "device"
                  ? qsTr("On a phone or another computer, open this address and enter the code:")
                : qsTr("Your jobs, quota and MFP sign-in then carry your organisation identity (%1).").arg(page.account.organisation)
        }

        // The device code.
        ColumnLayout {
            Layout.fillWidth: true
            visible: page.account.page === "device"
            spacing: 8
            TextEdit {
                objectName: "verificationUri"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WrapAnywhere
                readOnly: true
                selectByMouse: true
                color: "#1a73e8"
                font.pixelSize: 15
                text: page.account.verificationUri
            }
            Rectangle {
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: codeText.implicitWidth + 40
                Layout.preferredHeight: codeText.implicitHeight + 20
                radius: 6
                color: "#e8f0fe"
                TextEdit {
                    id: codeText
                    objectName: "userCode"
                    anchors.centerIn: parent
                    readOnly: true
                    selectByMouse: true
                    font.pixelSize: 28
                    font.bold: true
                    font.family: "monospace"
                    font.letterSpacing: 2
                    color: "#202124"
                    text: page.account.userCode
                }
            }
            Label {
                objectName: "countdown"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                opacity: 0.7
                text: page.account.countdownText
            }
        }

        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            visible: page.account.page === "browser" || page.account.page === "device"
            running: visible
        }

        Label {
            objectName: "signInError"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            visible: text !== "" && page.account.page === "signin"
            color: "#d93025"
            text: page.account.error
        }

        Button {
            objectName: "signInWithBrowser"
            Layout.fillWidth: true
            visible: page.account.page === "signin"
            highlighted: true
            enabled: !page.account.busy
            text: qsTr("Sign in")
            onClicked: page.account.signIn()
        }
        Button {
            objectName: "signInWithCode"
            Layout.fillWidth: true
            visible: page.account.page === "signin" && page.account.deviceFlowAllowed
            enabled: !page.account.busy
            text: qsTr("Sign in with a code instead")
            onClicked: page.account.signInWithCode()
        }
        Button {
            Layout.fillWidth: true
            visible: page.account.page === "browser"
            flat: true
            text: qsTr("Open the browser again")
            onClicked: page.account.openBrowserAgain()
        }
        Button {
            objectName: "cancelSignIn"
            Layout.fillWidth: true
            visible: page.account.page === "browser" || page.account.page === "device"
            enabled: !page.account.busy
            text: qsTr("Cancel")
            onClicked: page.account.cancel()
        }
        Button {
            Layout.fillWidth: true
            visible: page.account.page === "signin"
            flat: true
            text: qsTr("Not now")
            onClicked: page.account.notNow()
        }
    }
}
