// Pages per month for the last twelve months, colour pages stacked on the rest.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Item {
    id: chart

    property var months: []
    property int maximum: 0

    implicitHeight: 150
    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Pages printed per month")

    RowLayout {
        anchors.fill: parent
        spacing: 4
        Repeater {
            model: chart.months
            delegate: ColumnLayout {
                required property var modelData
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: 2
                Label {
                    Layout.alignment: Qt.AlignHCenter
                    font.pixelSize: 10
                    text: modelData.pages > 0 ? modelData.pages : ""
                }
                Item {
                    id: column
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    readonly property real scale: chart.maximum > 0 ? height / chart.maximum : 0
                    Rectangle {
                        anchors.bottom: parent.bottom
                        anchors.horizontalCenter: parent.horizontalCenter
                        width: Math.min(parent.width, 22)
                        height: (modelData.pages - modelData.color) * column.scale
                        color: "#5f6368"
                        Accessible.ignored: true
                    }
                    Rectangle {
                        anchors.bottom: parent.bottom
                        anchors.bottomMargin: (modelData.pages - modelData.color) * column.scale
                        anchors.horizontalCenter: parent.horizontalCenter
                        width: Math.min(parent.width, 22)
                        height: modelData.color * column.scale
                        color: "#1a73e8"
                        Accessible.ignored: true
                    }
                    Rectangle {
                        anchors.bottom: parent.bottom
                        width: parent.width
                        height: 1
                        color: "#dadce0"
                    }
                }
                Label {
                    Layout.alignment: Qt.AlignHCenter
                    font.pixelSize: 10
                    text: modelData.label
                }
            }
        }
    }
}
