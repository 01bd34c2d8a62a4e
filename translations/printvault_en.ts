<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DevicesPage</name>
    <message>
        <source>The MFP API is off, or waits for the vault to open. MFPs cannot pull jobs from this computer now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MFPs connect on port %1. Check that the MFP shows this SHA-256 fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MFPs connect on port %1 with your organisation&apos;s certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair an MFP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, e.g. 3rd floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the MFP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time pairing code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter it on the MFP within %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paired MFPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in at the MFP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN of 4 to 12 digits; not one digit repeated, nor a straight run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It can no longer pull jobs until it is paired again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobDelegate</name>
    <message numerus="yes">
        <source>%1, %n page(s)</source>
        <translation>
            <numerusform>%1, %n page</numerusform>
            <numerusform>%1, %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Select %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in colour</source>
        <translation>
            <numerusform>%n in colour</numerusform>
            <numerusform>%n in colour</numerusform>
        </translation>
    </message>
    <message>
        <source>mono</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n copies</source>
        <translation>
            <numerusform>%n copy</numerusform>
            <numerusform>%n copies</numerusform>
        </translation>
    </message>
    <message>
        <source>two-sided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releasing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobsPage</name>
    <message>
        <source>Held jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs are waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print from any application to the printer “PrintVault”. Your job waits here, encrypted, until you release it here or sign in at an MFP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) held</source>
        <translation>
            <numerusform>%n job held</numerusform>
            <numerusform>%n jobs held</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the selected job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the selected jobs to a printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n job(s)?</source>
        <translation>
            <numerusform>Delete %n job?</numerusform>
            <numerusform>Delete %n jobs?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their keys are destroyed: the documents cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New certificate on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This printer identifies itself with a different certificate from the one PrintVault trusted when it first printed there. That is expected after the printer was replaced or its certificate renewed, and it is also how an impostor on the network would look. Nothing was sent: the job is still held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted until now (SHA-256):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you can, compare the new fingerprint with the one the printer&apos;s own panel or web page shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust it and print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the job</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>PrintVault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture is paused: the PrintVault printer refuses new jobs until you resume it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to PrintVault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting PrintVault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PrintVault is not running. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PrintVault has a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota and usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MFP devices and sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PrintVault is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It was not used for %n minute(s). Enter your PIN to go on.</source>
        <translation>
            <numerusform>It was not used for %n minute. Enter your PIN to go on.</numerusform>
            <numerusform>It was not used for %n minutes. Enter your PIN to go on.</numerusform>
        </translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaPage</name>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colour pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No monthly limit is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) left</source>
        <translation>
            <numerusform>%n page left</numerusform>
            <numerusform>%n pages left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n colour page(s) left</source>
        <translation>
            <numerusform>%n colour page left</numerusform>
            <numerusform>%n colour pages left</numerusform>
        </translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing printed this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the usage of the last 12 months as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message numerus="yes">
        <source>Release %n job(s)</source>
        <translation>
            <numerusform>Release %n job</numerusform>
            <numerusform>Release %n jobs</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a printer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-sided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black and white</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is set up yet. Find one, or add one by its address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find printers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamp name, date and computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints your name, the date and this computer&apos;s name along the bottom of every page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Held jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A held job is deleted, with its key, %n hour(s) after it was printed to PrintVault.</source>
        <translation>
            <numerusform>A held job is deleted, with its key, %n hour after it was printed to PrintVault.</numerusform>
            <numerusform>A held job is deleted, with its key, %n hours after it was printed to PrintVault.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked: set by your administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a printer by its IPP address to release jobs to it from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start PrintVault at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PrintVault %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spooler %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual printer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find printers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageChart</name>
    <message>
        <source>Pages printed per month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>PrintVault: your held print jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render a page to a PNG file and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page: jobs, quota, devices or settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size for --screenshot, WxH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device pixel ratio (2 for high DPI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot, also write the texts shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not start printvaultd if it is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in the tray, without the window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pv::app::DaemonConnection</name>
    <message>
        <source>printvaultd stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printvaultd did not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printvaultd did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printvaultd is not running (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting PrintVault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause capture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pv::app::DevicesModel</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair an MFP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set badge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pv::app::JobsModel</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releasing “%1” to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Printed %n impression(s).</source>
        <translation>
            <numerusform>Printed %n impression.</numerusform>
            <numerusform>Printed %n impressions.</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>expires now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>expires in %n min</source>
        <translation>
            <numerusform>expires in %n min</numerusform>
            <numerusform>expires in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n h</source>
        <translation>
            <numerusform>expires in %n h</numerusform>
            <numerusform>expires in %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The printer is not ready (%1); trying again in %n s…</source>
        <translation>
            <numerusform>The printer is not ready (%1); trying again in %n s…</numerusform>
            <numerusform>The printer is not ready (%1); trying again in %n s…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pv::app::PrintersModel</name>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network printer discovery (DNS-SD) on this computer: only printers set up in CUPS are listed. Add others by their address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find printers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust printer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pv::app::QuotaModel</name>
    <message>
        <source>Resets on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MFP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pv::app::SessionLock</name>
    <message>
        <source>That PIN is not right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pv::app::SettingsModel</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the setting in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pv::app::TrayIcon</name>
    <message>
        <source>Open PrintVault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release all to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a printer in Settings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pv::app::TrayStatus</name>
    <message numerus="yes">
        <source>Captured: %1, %n page(s)</source>
        <translation>
            <numerusform>Captured: %1, %n page</numerusform>
            <numerusform>Captured: %1, %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held in your vault until you release it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release to %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PrintVault: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PrintVault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>PrintVault: %n job(s) held</source>
        <translation>
            <numerusform>PrintVault: %n job held</numerusform>
            <numerusform>PrintVault: %n jobs held</numerusform>
        </translation>
    </message>
    <message>
        <source>PrintVault: ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture is paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PrintVault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something happened while the window was locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
