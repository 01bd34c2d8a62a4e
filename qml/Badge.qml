// A small capability or state label.
import QtQuick
import QtQuick.Controls

Label {
    leftPadding: 6
    rightPadding: 6
    topPadding: 2
    bottomPadding: 2
    font.pixelSize: 11
    color: "#174ea6"
    background: Rectangle { radius: 8; color: "#e8f0fe" }
}
