// One held job: thumbnail, title, pages (colour marked), copies, size, age and expiry.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PrintVault

ItemDelegate {
    id: row

    required property int index
    required property string jobId
    required property string title
    required property int pages
    required property int colorPages
    required property int copies
    required property bool duplex
    required property string sizeText
    required property string ageText
    required property string expiresText
    required property string thumbnail
    required property bool selected
    required property bool releasing
    required property string locationText
    required property real uploadProgress
    required property JobsModel jobs

    highlighted: selected
    padding: 8
    Accessible.name: qsTr("%1, %n page(s)", "", pages).arg(title)
    Accessible.description: detail.text

    // Click picks one; Ctrl+click adds or removes; the check box does the same.
    onClicked: {
        forceActiveFocus()
        ListView.view.currentIndex = index
    }
    TapHandler {
        acceptedModifiers: Qt.NoModifier
        onTapped: row.jobs.selectOnly(row.index)
    }
    TapHandler {
        acceptedModifiers: Qt.ControlModifier
        onTapped: row.jobs.toggleSelected(row.index)
    }

    contentItem: RowLayout {
        spacing: 10

        CheckBox {
            checked: row.selected
            onToggled: row.jobs.setSelected(row.index, checked)
            Accessible.name: qsTr("Select %1").arg(row.title)
        }

        Rectangle {
            Layout.preferredWidth: 48
            Layout.preferredHeight: 64
            color: "white"
            border.color: "#dadce0"
            Image {
                anchors.fill: parent
                anchors.margins: 1
                source: row.thumbnail
                sourceSize: Qt.size(96, 128)
                fillMode: Image.PreserveAspectFit
                asynchronous: true
                cache: true
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: row.title
                font.bold: true
                elide: Text.ElideRight
            }
            Label {
                id: detail
                Layout.fillWidth: true
                elide: Text.ElideRight
                // A job on the print server has no page count until it prints: none is shown.
                text: [row.pages > 0 ? qsTr("%n page(s)", "", row.pages) : "",
                       row.pages === 0 ? "" : row.colorPages > 0 ? qsTr("%n in colour", "", row.colorPages) : qsTr("mono"),
                       row.copies > 1 ? qsTr("%n copies", "", row.copies) : "",
                       row.duplex ? qsTr("two-sided") : "",
                       row.sizeText].filter(s => s !== "").join(" · ")
            }
            Label {
                Layout.fillWidth: true
                elide: Text.ElideRight
                opacity: 0.7
                text: row.releasing ? qsTr("Releasing…") : [row.ageText, row.expiresText].filter(s => s !== "").join(" · ")
            }
            // Server spooling: where the job is (waiting, uploading, on the server); the model says it.
            Label {
                objectName: "locationText"
                Layout.fillWidth: true
                visible: row.locationText !== ""
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
                color: "#1a73e8"
                text: row.locationText
            }
            ProgressBar {
                Layout.fillWidth: true
                visible: row.uploadProgress >= 0
                value: row.uploadProgress
            }
        }

        // Colour pages are marked, so a user sees at once what will cost colour.
        Rectangle {
            visible: row.colorPages > 0
            Layout.preferredWidth: 10
            Layout.preferredHeight: 10
            radius: 5
            gradient: Gradient {
                orientation: Gradient.Horizontal
                GradientStop { position: 0.0; color: "#00a0e9" }
                GradientStop { position: 0.5; color: "#e4007f" }
                GradientStop { position: 1.0; color: "#fff100" }
            }
            Accessible.ignored: true
        }
    }
}
