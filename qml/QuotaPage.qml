// This month's quota, the last twelve months, and recent printing.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import PrintVault

Page {
    id: page
    required property QuotaModel quota

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width
            spacing: 16

            Section {
                Layout.margins: 16
                Layout.bottomMargin: 0
                title: qsTr("This month")
                RowLayout {
                    Layout.alignment: Qt.AlignHCenter
                    spacing: 16
                    QuotaGauge {
                        objectName: "pagesGauge"
                        used: page.quota.pagesUsed
                        limit: page.quota.pageLimit
                        label: qsTr("pages")
                    }
                    QuotaGauge {
                        objectName: "colorGauge"
                        used: page.quota.colorUsed
                        limit: page.quota.colorLimit
                        label: qsTr("colour pages")
                        color: "#e37400"
                    }
                }
                Label {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    text: !page.quota.limited ? qsTr("No monthly limit is set.")
                        : page.quota.pageLimit > 0 ? qsTr("%n page(s) left", "", page.quota.pagesLeft)
                                                   : qsTr("%n colour page(s) left", "", page.quota.colorLeft)
                }
                Label {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    opacity: 0.7
                    text: page.quota.resetText
                }
            }

            Section {
                objectName: "serverQuota"
                visible: page.quota.serverShown
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                title: qsTr("On the print server")
                QuotaGauge {
                    objectName: "serverGauge"
                    Layout.alignment: Qt.AlignHCenter
                    used: page.quota.serverPagesUsed
                    limit: page.quota.serverPageLimit
                    label: qsTr("pages")
                    color: "#188038"
                }
                Label {
                    objectName: "serverQuotaText"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    opacity: 0.7
                    text: page.quota.serverText
                }
            }

            Section {
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                title: qsTr("Last 12 months")
                UsageChart {
                    objectName: "usageChart"
                    Layout.fillWidth: true
                    months: page.quota.months
                    maximum: page.quota.monthMax
                }
                RowLayout {
                    spacing: 12
                    Rectangle { Layout.preferredWidth: 10; Layout.preferredHeight: 10; color: "#5f6368" }
                    Label { text: qsTr("mono"); font.pixelSize: 11 }
                    Rectangle { Layout.preferredWidth: 10; Layout.preferredHeight: 10; color: "#1a73e8" }
                    Label { text: qsTr("colour"); font.pixelSize: 11 }
                }
            }

            Section {
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                Layout.bottomMargin: 16
                title: qsTr("Recent printing")
                Label {
                    visible: page.quota.recent.length === 0
                    opacity: 0.7
                    text: qsTr("Nothing printed this month.")
                }
                Repeater {
                    model: page.quota.recent
                    delegate: RowLayout {
                        required property var modelData
                        Layout.fillWidth: true
                        Label { text: modelData.time; opacity: 0.7 }
                        Label {
                            Layout.fillWidth: true
                            text: modelData.where
                            elide: Text.ElideMiddle
                        }
                        Label { text: qsTr("%n page(s)", "", modelData.pages) }
                    }
                }
                Button {
                    text: qsTr("Export CSV…")
                    onClicked: saveDialog.open()
                    Accessible.name: qsTr("Export the usage of the last 12 months as CSV")
                }
            }
        }
    }

    FileDialog {
        id: saveDialog
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("CSV files (*.csv)")]
        defaultSuffix: "csv"
        onAccepted: page.quota.exportCsv(selectedFile)
    }
}
