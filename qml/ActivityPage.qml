// The user's own recent events, from the audit log: read-only, newest first.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PrintVault

Page {
    id: page
    required property ActivityModel activity

    ListView {
        id: list
        objectName: "activityList"
        anchors.fill: parent
        anchors.margins: 16
        clip: true
        spacing: 2
        model: page.activity
        header: Label {
            width: list.width
            bottomPadding: 8
            font.bold: true
            font.pixelSize: 15
            text: qsTr("Recent activity")
            Accessible.role: Accessible.Heading
        }
        delegate: ItemDelegate {
            id: row
            required property string summary
            required property string time
            required property bool refused
            width: list.width
            hoverEnabled: false
            focusPolicy: Qt.NoFocus
            contentItem: ColumnLayout {
                spacing: 0
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: row.refused ? "#c5221f" : palette.text
                    text: row.summary
                }
                Label {
                    Layout.fillWidth: true
                    font.pixelSize: 12
                    opacity: 0.7
                    text: row.time
                }
            }
            Accessible.name: row.summary + ", " + row.time
        }
        Label {
            anchors.centerIn: parent
            width: list.width
            visible: list.count === 0
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: qsTr("Nothing yet. What you print, release and sign in to shows here.")
        }
    }
}
