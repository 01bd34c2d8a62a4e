// A ring gauge: `used` of `limit`, drawn with Canvas. Without a limit it shows the count alone.
import QtQuick
import QtQuick.Controls

Item {
    id: gauge

    property int used: 0
    property int limit: 0
    property string label: ""
    property color color: "#1a73e8"
    readonly property real fraction: limit > 0 ? Math.min(1, used / limit) : 0

    implicitWidth: 140
    implicitHeight: 140
    Accessible.role: Accessible.ProgressBar
    Accessible.name: label
    Accessible.description: valueText.text

    onFractionChanged: canvas.requestPaint()
    onColorChanged: canvas.requestPaint()

    Canvas {
        id: canvas
        anchors.fill: parent
        onPaint: {
            const ctx = getContext("2d")
            const r = Math.min(width, height) / 2 - 8
            ctx.reset()
            ctx.lineWidth = 12
            ctx.lineCap = "round"
            ctx.strokeStyle = "#e8eaed"
            ctx.beginPath()
            ctx.arc(width / 2, height / 2, r, 0.75 * Math.PI, 2.25 * Math.PI)
            ctx.stroke()
            if (gauge.fraction > 0) {
                ctx.strokeStyle = gauge.fraction >= 1 ? "#d93025" : gauge.fraction >= 0.8 ? "#f29900" : gauge.color
                ctx.beginPath()
                ctx.arc(width / 2, height / 2, r, 0.75 * Math.PI, (0.75 + 1.5 * gauge.fraction) * Math.PI)
                ctx.stroke()
            }
        }
    }
    Column {
        anchors.centerIn: parent
        Label {
            id: valueText
            objectName: "gaugeValue"
            anchors.horizontalCenter: parent.horizontalCenter
            font.pixelSize: 22
            font.bold: true
            text: gauge.limit > 0 ? gauge.used + " / " + gauge.limit : String(gauge.used)
        }
        Label {
            anchors.horizontalCenter: parent.horizontalCenter
            text: gauge.label
            opacity: 0.7
        }
    }
}
