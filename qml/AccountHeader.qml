// The organisation account at the top of every page: who is signed in, with Sign out; or, for
// someone who chose "Not now", a way back to signing in. Hidden without a provider in policy.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PrintVault

Pane {
    id: header
    required property AccountModel account

    objectName: "accountHeader"
    visible: header.account.signedIn || (header.account.configured && header.account.page === "")
    padding: 8
    background: Rectangle { color: "#f1f3f4" }

    contentItem: RowLayout {
        spacing: 8
        // The initial in a circle, as account pickers show it.
        Rectangle {
            Layout.preferredWidth: 32
            Layout.preferredHeight: 32
            radius: 16
            color: header.account.signedIn ? "#1a73e8" : "#9aa0a6"
            Label {
                anchors.centerIn: parent
                color: "white"
                font.bold: true
                text: header.account.signedIn ? header.account.name.charAt(0).toUpperCase() : "?"
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Label {
                Layout.fillWidth: true
                elide: Text.ElideRight
                font.bold: true
                text: header.account.signedIn ? header.account.name : qsTr("Not signed in")
            }
            Label {
                Layout.fillWidth: true
                elide: Text.ElideRight
                opacity: 0.7
                text: header.account.signedIn ? header.account.email
                                              : qsTr("Your organisation: %1").arg(header.account.organisation)
            }
        }
        Button {
            objectName: header.account.signedIn ? "signOutButton" : "signInButton"
            flat: true
            enabled: !header.account.busy
            text: header.account.signedIn ? qsTr("Sign out") : qsTr("Sign in")
            onClicked: header.account.signedIn ? header.account.signOut() : header.account.signIn()
        }
    }
}
