// The PrintVault window: five pages over the daemon's state. All logic is in the C++ models;
// this file only lays them out.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PrintVault

ApplicationWindow {
    id: root

    required property DaemonConnection connection
    required property JobsModel jobs
    required property PrintersModel printers
    required property QuotaModel quota
    required property DevicesModel devices
    required property ActivityModel activity
    required property SettingsModel settings
    required property TrayStatus trayStatus
    required property SessionLock sessionLock
    required property AccountModel account

    readonly property var pageNames: ["jobs", "quota", "devices", "activity", "settings"]

    function showPage(name) {
        const i = pageNames.indexOf(name)
        if (i >= 0)
            tabs.currentIndex = i
    }

    width: 420
    height: 640
    minimumWidth: 360
    minimumHeight: 480
    title: qsTr("PrintVault")
    onClosing: close => { close.accepted = false; root.hide() }

    Shortcut { sequence: "Ctrl+1"; onActivated: tabs.currentIndex = 0 }
    Shortcut { sequence: "Ctrl+2"; onActivated: tabs.currentIndex = 1 }
    Shortcut { sequence: "Ctrl+3"; onActivated: tabs.currentIndex = 2 }
    Shortcut { sequence: "Ctrl+4"; onActivated: tabs.currentIndex = 3 }
    Shortcut { sequence: "Ctrl+5"; onActivated: tabs.currentIndex = 4 }
    Shortcut { sequence: StandardKey.Cancel; onActivated: root.hide() }

    // A Column, not a ColumnLayout: the banner's height depends on its width (the text wraps),
    // which a layout cannot ask for and re-polishes over and over ("Polish loop detected"),
    // while a positioner just stacks the heights the items settle on. The window's content
    // starts below the header, so a taller banner pushes the tabs and the page down.
    header: Column {
        AccountHeader {
            width: parent.width
            account: root.account
        }

        // What the daemon is doing when it is not simply ready.
        Pane {
            id: banner
            objectName: "statusBanner"
            width: parent.width
            visible: root.connection.state !== "ready" || root.connection.capturePaused
            padding: 8
            background: Rectangle {
                color: root.connection.state === "error" || root.connection.state === "locked" ? "#fce8e6"
                     : root.connection.capturePaused && root.connection.state === "ready" ? "#fef7e0" : "#e8eaed"
            }
            // As the content item, the label gets the pane's inner width and gives the pane
            // its wrapped height.
            contentItem: Label {
                wrapMode: Text.Wrap
                color: "#202124"
                text: {
                    switch (root.connection.state) {
                    case "ready": return qsTr("Capture is paused: the PrintVault printer refuses new jobs until you resume it.")
                    case "connecting": return qsTr("Connecting to PrintVault…")
                    case "starting": return root.connection.message || qsTr("Starting PrintVault…")
                    case "locked": return qsTr("The vault is locked: %1").arg(root.connection.message)
                    case "offline": return qsTr("PrintVault is not running. %1").arg(root.connection.message)
                    default: return root.connection.message || qsTr("PrintVault has a problem.")
                    }
                }
            }
        }

        TabBar {
            id: tabs
            objectName: "tabs"
            width: parent.width
            enabled: !root.sessionLock.locked
            // The sign-in page stands alone: no tabs to pages it covers.
            visible: root.account.page === ""
            PageTab { text: qsTr("Jobs"); Accessible.name: qsTr("Held jobs") }
            PageTab { text: qsTr("Quota"); Accessible.name: qsTr("Quota and usage") }
            PageTab { text: qsTr("Devices"); Accessible.name: qsTr("MFP devices and sign-in") }
            PageTab { text: qsTr("Activity"); Accessible.name: qsTr("Recent activity") }
            PageTab { text: qsTr("Settings") }
        }
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: tabs.currentIndex
        visible: !root.sessionLock.locked && root.account.page === ""

        JobsPage {
            connection: root.connection
            jobs: root.jobs
            printers: root.printers
            onAddPrinterRequested: root.showPage("settings")
        }
        QuotaPage { quota: root.quota }
        DevicesPage { devices: root.devices }
        ActivityPage { activity: root.activity }
        SettingsPage {
            connection: root.connection
            settings: root.settings
            printers: root.printers
            account: root.account
        }
    }

    // Where policy names a provider and nobody is signed in: the sign-in, the wait for the
    // browser, or the device code. The lock screen goes over it.
    SignInPage {
        anchors.fill: parent
        visible: root.account.page !== "" && !root.sessionLock.locked
        account: root.account
    }

    // Idle auto-lock: nothing of the jobs or devices shows until the PIN is entered.
    Pane {
        objectName: "lockScreen"
        anchors.fill: parent
        visible: root.sessionLock.locked
        onVisibleChanged: if (visible) unlockPin.forceActiveFocus()

        ColumnLayout {
            anchors.centerIn: parent
            width: Math.min(parent.width - 32, 320)
            spacing: 12
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                font.pixelSize: 18
                font.bold: true
                text: qsTr("PrintVault is locked")
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                text: qsTr("It was not used for %n minute(s). Enter your PIN to go on.", "", root.sessionLock.idleMinutes)
            }
            TextField {
                id: unlockPin
                objectName: "unlockPin"
                Layout.fillWidth: true
                echoMode: TextInput.Password
                inputMethodHints: Qt.ImhDigitsOnly
                validator: RegularExpressionValidator { regularExpression: /[0-9]{0,12}/ }
                placeholderText: qsTr("PIN")
                Accessible.name: qsTr("PIN")
                onAccepted: unlockButton.clicked()
            }
            Button {
                id: unlockButton
                Layout.fillWidth: true
                text: qsTr("Unlock")
                highlighted: true
                enabled: unlockPin.text.length >= 4 && !root.sessionLock.busy
                onClicked: { root.sessionLock.unlock(unlockPin.text); unlockPin.clear() }
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                visible: text !== ""
                color: "#d93025"
                text: root.sessionLock.error
            }
        }
    }

    // Results and errors, for a few seconds, at the bottom of the window.
    footer: Pane {
        id: toast
        objectName: "toast"
        property bool isError: false
        property alias text: toastText.text
        visible: toastTimer.running
        padding: 8
        background: Rectangle { color: toast.isError ? "#fce8e6" : "#e6f4ea" }
        Label {
            id: toastText
            width: parent.width
            wrapMode: Text.Wrap
            color: "#202124"
        }
        Timer { id: toastTimer; interval: 6000 }
        Connections {
            target: root.trayStatus
            function onNotify(title, message, isError) {
                toast.isError = isError
                toast.text = title + (message ? "\n" + message : "")
                toastTimer.restart()
            }
        }
    }
}
