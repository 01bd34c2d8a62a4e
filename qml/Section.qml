// A titled group of settings or facts.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ColumnLayout {
    id: section
    property string title: ""
    default property alias content: body.data

    Layout.fillWidth: true
    spacing: 6

    Label {
        text: section.title
        font.bold: true
        font.pixelSize: 15
        Accessible.role: Accessible.Heading
    }
    ColumnLayout {
        id: body
        Layout.fillWidth: true
        spacing: 6
    }
}
