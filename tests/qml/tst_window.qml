// The whole window with the real models: idle auto-lock hides the pages behind the PIN, and
// the right PIN (typed) brings them back. The locked window is saved for a person to look at.
import QtQuick
import QtQuick.Controls
import QtTest
import PrintVault

Item {
    id: top
    width: 420
    height: 640

    Component {
        id: mainWindow
        Main {
            connection: fixture.connection
            jobs: fixture.jobs
            printers: fixture.printers
            quota: fixture.quota
            devices: fixture.devices
            activity: fixture.activity
            settings: fixture.settings
            trayStatus: fixture.trayStatus
            sessionLock: fixture.sessionLock
            account: fixture.account
        }
    }

    TestCase {
        name: "Window"
        when: windowShown

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

        function test_idleLock() {
            const win = createTemporaryObject(mainWindow, top)
            win.show()
            tryVerify(() => fixture.sessionLock.idleMinutes === 5, 20000)
            verify(fixture.setPin("4071"))
            const lockScreen = findByName(win.contentItem, "lockScreen")
            const tabs = findByName(win, "tabs")
            verify(!lockScreen.visible)

            fixture.sessionLock.lockNow()
            tryVerify(() => fixture.sessionLock.locked, 20000)
            verify(lockScreen.visible)
            verify(!tabs.enabled)
            waitForRendering(lockScreen)
            const shot = grabImage(win.contentItem)
            shot.save(fixture.tempPath("locked.png"))
            verify(shot.width === win.contentItem.width)

            // A wrong PIN keeps it locked, with a reason.
            const pin = findByName(lockScreen, "unlockPin")
            pin.forceActiveFocus()
            keyClick(Qt.Key_1); keyClick(Qt.Key_1); keyClick(Qt.Key_1); keyClick(Qt.Key_2)
            keyClick(Qt.Key_Return)
            tryVerify(() => !fixture.sessionLock.busy && fixture.sessionLock.error !== "", 60000)
            verify(fixture.sessionLock.locked)

            keyClick(Qt.Key_4); keyClick(Qt.Key_0); keyClick(Qt.Key_7); keyClick(Qt.Key_1)
            keyClick(Qt.Key_Return)
            tryVerify(() => !fixture.sessionLock.locked, 60000)
            verify(!lockScreen.visible)
            verify(tabs.enabled)
        }
    }
}
