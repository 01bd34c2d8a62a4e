// The pages with the real models: the empty state, selecting and releasing to a real printer,
// and the quota gauges against `printvault-cli quota --json`.
import QtQuick
import QtQuick.Controls
import QtTest
import PrintVault

Item {
    id: top
    width: 420
    height: 640

    Component {
        id: jobsPage
        JobsPage {
            width: 420
            height: 640
            connection: fixture.connection
            jobs: fixture.jobs
            printers: fixture.printers
        }
    }
    Component {
        id: quotaPage
        QuotaPage { width: 420; height: 640; quota: fixture.quota }
    }

    TestCase {
        name: "Pages"
        when: windowShown

        // Items list their children and other objects in `data`; popups their content in `contentData`.
        function findByName(obj, name) {
            if (!obj)
                return null
            if (obj.objectName === name)
                return obj
            for (const list of [obj.data, obj.contentData]) {
                if (!list)
                    continue
                for (let i = 0; i < list.length; ++i) {
                    const found = findByName(list[i], name)
                    if (found)
                        return found
                }
            }
            return null
        }

        function test_1_emptyState() {
            tryVerify(() => fixture.jobs.loaded, 20000)
            compare(fixture.jobs.count, 0)
            const page = createTemporaryObject(jobsPage, top)
            const empty = findByName(page, "emptyState")
            verify(empty)
            verify(empty.visible)
            verify(!findByName(page, "jobList").visible)
        }

        function test_2_selectAndRelease() {
            const id = fixture.submit("Release from QML", "MC")
            verify(id.length === 32)
            tryCompare(fixture.jobs, "count", 1, 20000)
            fixture.printers.addPrinter(fixture.printerUri, "Lab printer")
            tryCompare(fixture.printers, "count", 1, 20000)

            const page = createTemporaryObject(jobsPage, top)
            const list = findByName(page, "jobList")
            verify(list.visible)
            verify(!findByName(page, "emptyState").visible)
            const button = findByName(page, "releaseButton")
            verify(!button.enabled)

            // Click the row: it is selected, and Release is offered.
            waitForRendering(list)
            mouseClick(list.itemAtIndex(0))
            compare(fixture.jobs.selectedCount, 1)
            verify(button.enabled)

            // Enter opens the release dialog with the saved printer; OK sends it.
            keyClick(Qt.Key_Return)
            const dialog = findByName(page, "releaseDialog")
            tryVerify(() => dialog.opened, 5000)
            compare(findByName(dialog, "printerBox").currentText, "Lab printer")
            waitForRendering(page)
            grabImage(page).save(fixture.tempPath("release-dialog.png"))
            dialog.accept()
            tryCompare(fixture.jobs, "count", 0, 60000)
            compare(fixture.spooledCount(), 1)
            compare(fixture.spooledSha256(), fixture.submittedSha256())
            verify(findByName(page, "emptyState").visible)
        }

        function test_3_quotaGaugesMatchTheCli() {
            tryVerify(() => fixture.quota.loaded && fixture.quota.pagesUsed === 2, 20000)
            const cli = fixture.cli(["quota"])
            const page = createTemporaryObject(quotaPage, top)
            const pages = findByName(page, "pagesGauge")
            const colour = findByName(page, "colorGauge")
            compare(pages.used, cli.pages_used)
            compare(pages.limit, cli.page_limit)
            compare(colour.used, cli.color_used)
            compare(colour.limit, cli.color_limit)
            compare(findByName(pages, "gaugeValue").text, cli.pages_used + " / " + cli.page_limit)
            compare(findByName(colour, "gaugeValue").text, cli.color_used + " / " + cli.color_limit)
            compare(pages.used, 2)
            compare(colour.used, 1)
        }

        // An ipps:// printer trusted on first use comes back with another certificate: the
        // window says so with both fingerprints, keeps the job, and prints it once trusted.
        function test_4_newPrinterCertificate() {
            const page = createTemporaryObject(jobsPage, top)
            const dialog = findByName(page, "certificateDialog")
            verify(dialog)
            fixture.submit("First over TLS", "M")
            tryCompare(fixture.jobs, "count", 1, 20000)
            fixture.jobs.selectAll()
            let said = ""
            const spy = (ok, title, printer, message) => { said = message }
            fixture.jobs.releaseFinished.connect(spy)
            fixture.jobs.releaseSelected(fixture.ippsPrinterUri, 0, false, false)
            for (let i = 0; i < 600 && fixture.jobs.count !== 0; ++i)
                wait(100)
            if (fixture.jobs.count !== 0)
                console.log("LOG: " + said + "\n" + fixture.daemonLog())
            compare(fixture.jobs.count, 0)
            compare(fixture.ippsSpooledCount(), 1)
            verify(!dialog.visible)

            verify(fixture.replaceIppsPrinter())
            fixture.submit("After the printer was replaced", "M")
            tryCompare(fixture.jobs, "count", 1, 20000)
            fixture.jobs.selectAll()
            fixture.jobs.releaseSelected(fixture.ippsPrinterUri, 0, false, false)
            tryVerify(() => dialog.opened, 60000)
            compare(dialog.printer, fixture.ippsPrinterUri)
            // Both fingerprints, as the CLI shows them: the pinned one and ippeveprinter's new one.
            const trusted = findByName(dialog, "trustedFingerprint")
            const presented = findByName(dialog, "presentedFingerprint")
            verify(trusted.visible && presented.visible)
            verify(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/.test(trusted.text), trusted.text)
            verify(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/.test(presented.text), presented.text)
            verify(trusted.text !== presented.text)
            compare(presented.text.replace(/:/g, "").toLowerCase(), fixture.ippsCertificateSha256())
            compare(fixture.jobs.count, 1)
            compare(fixture.ippsSpooledCount(), 0)
            waitForRendering(page)
            grabImage(page).save(fixture.tempPath("certificate-dialog.png"))

            mouseClick(findByName(dialog.footer, "trustButton"))
            tryCompare(fixture.jobs, "count", 0, 60000)
            compare(fixture.ippsSpooledCount(), 1)
            compare(fixture.ippsSpooledSha256(), fixture.submittedSha256())
            fixture.jobs.releaseFinished.disconnect(spy)
        }
    }
}
