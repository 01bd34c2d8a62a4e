// A tab of the page bar. The window is narrow and the bar splits it in five, so a long label
// (German "Einstellungen", Japanese "アクティビティ") shrinks to fit its fifth instead of
// being cut off with an ellipsis.
import QtQuick
import QtQuick.Controls

TabButton {
    id: control
    leftPadding: 4
    rightPadding: 4

    contentItem: Text {
        text: control.text
        font: control.font
        fontSizeMode: Text.HorizontalFit
        minimumPointSize: 7
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
        color: control.palette.buttonText
    }
}
