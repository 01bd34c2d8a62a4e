// Page images of one held job, rendered by the daemon from the encrypted document.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PrintVault

Dialog {
    id: dialog
    objectName: "previewDialog"

    required property JobsModel jobs
    property string jobId: ""
    property int pages: 0
    property int pageNumber: 1

    function openFirstSelected() {
        const job = jobs.firstSelected()
        jobId = job.id || ""
        title = job.title || ""
        pages = job.pages || 0
        pageNumber = 1
        if (jobId)
            open()
    }

    anchors.centerIn: Overlay.overlay
    width: parent ? parent.width - 16 : 400
    height: parent ? parent.height - 16 : 600
    modal: true
    standardButtons: Dialog.Close

    Shortcut { sequence: StandardKey.MoveToNextPage; enabled: dialog.visible; onActivated: dialog.pageNumber = Math.min(dialog.pages, dialog.pageNumber + 1) }
    Shortcut { sequence: StandardKey.MoveToPreviousPage; enabled: dialog.visible; onActivated: dialog.pageNumber = Math.max(1, dialog.pageNumber - 1) }

    ColumnLayout {
        anchors.fill: parent
        Image {
            id: pageImage
            Layout.fillWidth: true
            Layout.fillHeight: true
            fillMode: Image.PreserveAspectFit
            asynchronous: true
            cache: false
            sourceSize.width: Math.round(width * Screen.devicePixelRatio)
            source: dialog.visible && dialog.jobId ? "image://pvjobs/page/" + dialog.jobId + "/" + dialog.pageNumber : ""
            Accessible.name: qsTr("Page %1 of %2").arg(dialog.pageNumber).arg(dialog.pages)
            BusyIndicator { anchors.centerIn: parent; running: pageImage.status === Image.Loading }
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            Button { text: qsTr("Previous"); enabled: dialog.pageNumber > 1; onClicked: dialog.pageNumber-- }
            Label { text: qsTr("Page %1 of %2").arg(dialog.pageNumber).arg(dialog.pages) }
            Button { text: qsTr("Next"); enabled: dialog.pageNumber < dialog.pages; onClicked: dialog.pageNumber++ }
        }
    }
}
