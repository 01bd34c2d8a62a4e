<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountHeader</name>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Recent activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing yet. What you print, release and sign in to shows here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>Your held jobs cannot be opened now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your held jobs stay encrypted and safe. Until the vault is open again, PrintVault accepts no new print jobs.</source>
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
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent activity</source>
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
    <name>Quota</name>
    <message>
        <source>This needs %1 page(s), but %2 of your %3 are left this month; the quota resets on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This needs %1 colour page(s), but %2 of your %3 are left this month; the quota resets on %4. Print it in mono instead?</source>
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
    <message>
        <source>On the print server</source>
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
    <message>
        <source>Organisation account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is not connected to an organisation. PrintVault works with your local account: everything is as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your administrator&apos;s policy sets these, and they cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, set by your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Continue in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in on another device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your organisation account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your browser opened the sign-in page of %1. Come back here once you are through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a phone or another computer, open this address and enter the code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your jobs, quota and MFP sign-in then carry your organisation identity (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with a code instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the browser again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
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
    <name>printvaultd</name>
    <message>
        <source>PrintVault spooler: holds print jobs encrypted until released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator policy file (default %1, or $PRINTVAULT_POLICY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port of the virtual printer on localhost (default 8631; 0 turns it off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port of the MFP pull API over HTTPS (default 5571; 0 turns it off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a port number from 0 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pv::CaptureService</name>
    <message>
        <source>the job was canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PrintVault is shutting down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pv::Daemon</name>
    <message>
        <source>Opening the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The master key of this vault is missing from the keychain, so its jobs cannot be decrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the master key in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is unavailable: %1. Jobs are not captured until it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MFP API is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PrintVault printer is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is not open yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MFP API is not running: the vault is locked, or policy turns it off (mfp/port=0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unknown requirement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capture.set_paused needs paused: true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The width must be from 16 to 4096 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pv::DecryptingDevice</name>
    <message>
        <source>encrypted documents are read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PrintVault encrypted document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted document has a bad segment size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted document belongs to another job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted document is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1 of the encrypted document failed authentication: it was altered, reordered or truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment is shorter than expected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pv::KeychainCredentialStore</name>
    <message>
        <source>no D-Bus session bus, so no keychain (Secret Service) can be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Secret Service keychain (such as gnome-keyring or KeePassXC) is running in this session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pv::SubmitIntake</name>
    <message>
        <source>capture is paused; resume it to accept new jobs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pv::SubmitReader</name>
    <message>
        <source>The document&apos;s descriptor is not a regular file open for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client went away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the submitted document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pv::Vault</name>
    <message>
        <source>the master key has the wrong size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the master key in the keychain does not belong to this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault is full: %1 MB of %2 MB used (policy vault/max_size_mb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk holding the vault is nearly full (%1 MB free, %2 MB kept in reserve)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job is not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key of job %1 cannot be unwrapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the index entry of job %1 is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a job ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no job with ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>ID prefix %1 matches %n jobs</source>
        <translation>
            <numerusform>ID prefix %1 matches %n job</numerusform>
            <numerusform>ID prefix %1 matches %n jobs</numerusform>
        </translation>
    </message>
    <message>
        <source>not a job id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ticket of job %1 cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the index entry of job %1 was changed outside PrintVault; it is refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pv::accounting</name>
    <message>
        <source>the job printed, but its usage cannot be recorded (%1); it is kept in the vault and nothing was counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a usage entry is damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pv::accounting::UsageMethods</name>
    <message>
        <source>The number of months must be from 1 to 120.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pv::accounts</name>
    <message>
        <source>account store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no device with ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoking the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no paired device with ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PIN is set for this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing the badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN has 4 to 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN has digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN is too easy to guess: it repeats one digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN is too easy to guess: it is a run of digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sign-in record in accounts.db was changed outside PrintVault; it is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrading the users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrading the devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrading the accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pv::app::AccountModel</name>
    <message>
        <source>The code is valid for %1:%2 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service can&apos;t be reached. Check the network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in took too long. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code has expired. Please start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation ended the sign-in. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were signed out because PrintVault was not used for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service&apos;s answer could not be trusted, so you were not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in did not work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were signed out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pv::app::ActivityModel</name>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an MFP</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Held a job, %n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Held %1, %n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>a printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release to %1 did not print (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Released to %1, %n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Downloaded by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Printed at %1, %n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A job expired and was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A printed job was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in refused at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked out after too many failed sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wrong pairing code was tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked with your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wrong PIN was entered on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to your organisation did not succeed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted the certificate of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate was installed for MFPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy was loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault was opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault was locked</source>
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
    <message>
        <source>The key to this vault is no longer in your keychain, so the jobs held here cannot be decrypted. If you restored your keychain from a backup, unlock it; otherwise ask your administrator to reset PrintVault for your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s files cannot be read with the key in your keychain. Ask your administrator; the details are in printvaultd&apos;s log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PrintVault keeps the key to your vault in your desktop&apos;s keychain, and cannot reach it. Unlock your keyring (for example in Passwords and Keys), or sign out and sign in to your desktop again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printvaultd did not start. Its messages are in journalctl --user -u printvaultd.</source>
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
    <message>
        <source>Not uploaded: over the print server&apos;s quota. Release it here or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to upload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to upload, next try at %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading to the print server… %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held on the print server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the print server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releasing “%1” on the print server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the print server</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The print server printed %n impression(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The print server ended the job: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not uploaded: over the print server&apos;s quota; checked again at %1. Release it here or delete it.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>From %1, as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>over the last %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no page limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reachable now: %1</source>
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
    <message>
        <source>Held jobs are deleted after (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest vault (MB, 0: no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free disk space kept (MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep jobs after an MFP prints them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest document (MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer port on this computer (0: off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion time limit (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages per month (0: no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour pages per month (0: no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota starts again on day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over quota: warn only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always print in black and white</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always print two-sided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watermark on every page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try a busy printer again for (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MFP connection port (0: off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MFP connections accepted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MFP sign-in lasts (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed sign-ins before a lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in lock lasts (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock this window after idle (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in return address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out after idle (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MFP apps that may sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
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
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out (%1)</source>
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
<context>
    <name>pv::audit</name>
    <message>
        <source>The audit keys are not open yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log has no records in that range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 of %2 is not a whole record: it was changed or cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records %1 to %2 are missing from the start of the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export&apos;s header is not signed by this key (changed, or another log&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records %1 to %2 are missing from the end of the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 does not match the export&apos;s signed head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an exported file is verified on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no records to verify</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pv::audit::AuditLog</name>
    <message>
        <source>cannot open the audit log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot repair the audit log %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the audit log %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit keys in the keychain are damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the audit log %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot sync the audit log %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pv::audit::AuditMethods</name>
    <message>
        <source>The audit log&apos;s keys are not open yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit must be from 1 to 500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export needs an absolute path to write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD) or an ISO 8601 time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit.mask needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pv::audit::Verify</name>
    <message>
        <source>The export is intact: records %1 to %2, signed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is intact: records %1 to %2, signed through record %3 (%4 checkpoints).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records after %1 are chained but not yet signed (the daemon signs within a second).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAMPERED at record %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot verify: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(seen in %1, line %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit verify: --key needs the public key&apos;s PEM file
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit verify: unknown option %1
Usage: audit verify [--json] [--key PUBLIC.pem] [FILE...]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit verify: no audit files in %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit verify: cannot read the public key %1 (give it with --key)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit verify: %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: %1 (the copy beside the log; compare its fingerprint with one kept elsewhere)
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pv::audit::Walker</name>
    <message>
        <source>record %1 is out of order: record %2 stands in its place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 is missing (the next one is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record 1 does not start the chain: it was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 was changed: its hash is not the one record %2 carries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checkpoint at record %1 is not signed by this key (changed, or another log&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records %1 to %2 are missing: the log ends at %3, but a signed checkpoint names %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 was changed: it does not match its signed checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pv::capture</name>
    <message numerus="yes">
        <source>Held in PrintVault as job %1 (%n page(s))</source>
        <translation>
            <numerusform>Held in PrintVault as job %1 (%n page)</numerusform>
            <numerusform>Held in PrintVault as job %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>unsupported format %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a job&apos;s sealed ticket is not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen for IPP on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the socket path %1 is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the document stopped its converter %n time(s) and was given up</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>PrintVault is shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a scratch folder for the converter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document did not finish converting within %1 s and was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the converted document is larger than the limit of %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document needed more processor time than its converter may use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job was canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document converter (printvault-worker) cannot be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document needs more than %1 MB of memory to convert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pv::cli</name>
    <message>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs held. Print to &quot;PrintVault&quot; or run: printvault-cli submit FILE.pdf
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAGES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COLOUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 colour: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pages %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 page(s) print in colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printvaultd %1 (pid %2): %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  jobs held: %1, vault size %2%3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  printer: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  retention: %1 h%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (set by policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MFP API:      %1
Certificate:  %2 (%3)
Valid:        %4 to %5
SHA-256:      %6
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listening on port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA-issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cert takes: show | install CERT KEY [CHAIN]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>devices pair takes [--name NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing code: %1
Enter it on the MFP before %2. It works once.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No paired devices.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST SEEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked device %1; its sessions have ended.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>devices takes: pair [--name N] | list | revoke ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pin takes: set [--user USER], with the PIN on standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN (4-12 digits): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN set for %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card registered for %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs release takes ID --printer NAME|URI [--copies N] [--duplex] [--mono] [--watermark]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releasing job %1 to %2...
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  page %1 of %2 rendered and sent
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1% sent
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  the printer is not ready (%1); trying again in %2 s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed: printer job %1 %2, %3 impression(s) (%4 in colour) on %5 sheet(s).%6
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The job is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The job is kept (policy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: over quota. %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quota takes no arguments (but --json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 used, %4 left
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 used, no limit
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resets: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage takes [--month YYYY-MM], or export --csv [--from YYYY-MM-DD] [--to YYYY-MM-DD]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 impression(s), %4 in colour, %5 sheet(s), %6 job(s)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, mono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, duplex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Make and model:  %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Formats:         %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Sides:           %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Colour modes:    %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Copies:          1-%1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Default media:   %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Raster dpi:      %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Raster types:    %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  URF:             %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Checked:         %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printers saved. Add one with: printvault-cli printers add URI --name NAME
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CUPS queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printers found.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no saved printer is called &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusting the certificate of %1 from now on: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printers takes discover, add URI [--name N], list, show NAME, refresh NAME, trust NAME|URI or remove NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach printvaultd at %1 (%2). Is it running? Start it with: printvaultd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--socket needs a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--title, --copies and --owner need a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit takes exactly one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--copies must be a number from 1 to 999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held job %1: &quot;%2&quot;, %3 page(s), %4 in colour, %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted job %1; its key is destroyed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs takes: list | show ID | export ID PATH | delete ID | release ID --printer URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2 (SHA-256 verified)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a printer name may have letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos; only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUPS refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printvaultd went away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  printer on TCP: ipp://localhost:%1/ipp/print (other local accounts can reach it)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is not connected to an organisation (policy names no sign-in service).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1
Organisation: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whoami takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logout takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out. This computer keeps no token of the session.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login takes only [--device]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>To sign in, open %1 on any device and enter the code

    %2

The code is valid for %n minute(s). Waiting…
</source>
        <translation>
            <numerusform>To sign in, open %1 on any device and enter the code

    %2

The code is valid for %n minute. Waiting…
</numerusform>
            <numerusform>To sign in, open %1 on any device and enter the code

    %2

The code is valid for %n minutes. Waiting…
</numerusform>
        </translation>
    </message>
    <message>
        <source>Your browser was opened at:
%1
Continue there. Waiting…
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in:
%1
Waiting…
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 at %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing; it checks audit files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit takes: verify [--key PEM] [FILE...] | export [--from DATE] [--to DATE] [--masked] [--output FILE] | public-key | mask NAME | activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit export takes [--from DATE] [--to DATE] [--masked] [--output FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported records %1 to %2 to %3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUPS is not installed (no %1); install the cups package first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exit code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes only [--name NAME] [--cupsd-conf PATH]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes the system&apos;s printing setup, so it must run as root. Run:
  sudo printvault-cli %1
It adds (or removes) the CUPS queue &quot;%2&quot; with the printvault backend, which hands each job to the vault of the account that printed it, and, in %3, the queue&apos;s policy &quot;printvault&quot; (CUPS authenticates who prints) and PreserveJobFiles No (CUPS keeps no plaintext copy of printed documents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUPS has no printvault backend (lpinfo: %1). Install the printvault package, or copy printvault-backend to CUPS&apos;s backend folder as &quot;printvault&quot;, owned by root, mode 0700.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the queue&apos;s PPD: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added printer &quot;%1&quot; (%2): each local account&apos;s jobs go to its own vault.
%3: policy &quot;printvault&quot; for the queue, and PreserveJobFiles No%4.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (already there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed printer &quot;%1&quot;, and PrintVault&apos;s settings from %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SET BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--policy needs a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: every key is valid
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy takes: show [--policy FILE] | validate FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No policy files (%1 and %2/policy.d/*.ini are absent).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy files, in the order they are read (a later one wins):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held on the server (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploading %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting to upload (%1; needs you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting to upload (%1; next try %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print server&apos;s jobs are not shown: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:      %1
Mode:        %2
Account:     %3 (%4)
Connection:  %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error:  %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Outbox:      %n job(s)
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The server password is forgotten.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server login takes [--user NAME] and reads the password from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server login reads the password from standard input; it was empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1 as %2; the password is in the keychain.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server takes: status | login [--user NAME] | logout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releasing %1 on the print server...
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed: server job %1 %2, %3 impression(s).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card takes: set [--user USER], with the badge number on standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge number: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  converter workers: %1, seccomp %2, memory %3 MB, time limit %4 s, at most %5 pages, given up after %6 crashes
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  render workers: at most %1 at once (%2 threads each), seccomp %3, memory %4 MB, time limit %5 s per try, processor time %6 s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the print server %1, as of %2:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  Period: the last %n day(s)
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The print server&apos;s quota cannot be read now: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: printvault-cli [--json] [--socket PATH] COMMAND

Commands:
  status                         the daemon&apos;s state and the vault&apos;s size
  submit FILE [--title T] [--copies N] [--owner USER] [--no-wait]
                                 hold a PDF in the vault (FILE may be - for standard input);
                                 --no-wait: return once it is stored, before it is checked
  jobs list                      the held jobs
  jobs show ID                   one job in full (ID may be a unique prefix)
  jobs export ID PATH            write a job&apos;s document to PATH (- for standard output)
  jobs delete ID                 delete a job and destroy its key
  jobs release ID --printer NAME|URI [--copies N] [--duplex] [--mono] [--watermark]
                                 print a job on a saved or an IPP printer (ipp://, ipps://), then delete it
  jobs release server-N          release a job held on the print server, there
  printers discover              printers CUPS knows, and IPP printers announced over DNS-SD
  printers add URI [--name N]    save a printer, after asking it what it can do
  printers list | show NAME      the saved printers / one printer&apos;s capabilities
  printers refresh NAME          ask the printer for its capabilities again
  printers trust NAME|URI        accept the certificate an ipps:// printer shows now
  printers remove NAME           forget a saved printer
  watch                          print events (jobs added, removed) as they happen
  install-printer [--name N] [--cupsd-conf PATH]
                                 as root: add the PrintVault queue to CUPS (backend printvault:/)
  uninstall-printer [--name N] [--cupsd-conf PATH]
                                 as root: remove it, and its settings in cupsd.conf
  usage [--month YYYY-MM]        pages printed this month (or that month), from the ledger
  policy show [--policy FILE]    every setting&apos;s effective value and the file that set it
  policy validate FILE           check a policy file before rolling it out

Print server (policy server/*, docs/server-setup.md):
  server status                  the server, the mode, the connection and the outbox
  server login [--user NAME]     read the server password from standard input; tried once
  server logout                  forget the server password

Organisation account (OpenID Connect, policy account/*):
  login [--device]               sign in in the browser, or with a code on another device
  logout                         sign out and forget the session&apos;s tokens
  whoami                         who is signed in (exit code 1 when nobody is)

MFP pull printing (HTTPS API on port 5571):
  cert show                      the API&apos;s certificate and its SHA-256 fingerprint
  cert install CERT KEY [CHAIN]  use a CA-issued certificate (PEM files)
  devices pair [--name N]        a one-time code (8 digits, 10 minutes) to pair an MFP
  devices list                   paired MFPs
  devices revoke ID              end an MFP&apos;s pairing and its sessions
  pin set [--user U]             read a new PIN (4-12 digits) from standard input
  card set [--user U]            register an ID card (badge); the number on stdin

Audit log (docs/audit.md):
  audit verify [--key PEM] [FILE...]
                                 check the log&apos;s chain and signatures (offline; default: this user&apos;s log)
  audit export [--from DATE] [--to DATE] [--masked] [--output FILE]
                                 a signed copy of the records in range
  audit public-key               the key that verifies the log (PEM)
  audit mask NAME                NAME as the masked log writes it, to find its records
  audit activity                 your recent events
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not held: %1 (nothing of the document is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored job %1 encrypted (%2); it is being checked. `printvault-cli jobs show %1` shows it once it is held.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the server&apos;s quota (checked again %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not held yet: %1 (the document is kept, encrypted, and is held when PrintVault next starts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  raster pages drawn by: %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pv::config</name>
    <message>
        <source>cannot open the lock file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another printvaultd (pid %1) is already using this data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the lock file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XDG_RUNTIME_DIR is not set; PrintVault needs a private per-user runtime folder (log in through a session manager, or set it to a 0700 folder you own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must be a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must be an IPv4 or IPv6 address, such as 0.0.0.0 or 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file cannot be parsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown key &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: key &apos;%2&apos; has the bad value &apos;%3&apos;; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must be an https:// URL without a query, such as https://login.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must be one word without spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must be words separated by spaces or commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must be 127.0.0.1 or localhost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must be the absolute path of a readable file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: key &apos;%2&apos; is needed when account/issuer is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must be an ipps:// URI of a queue, such as ipps://print.example.com/printers/hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must be one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must be a SHA-256 fingerprint: 64 hex digits, colons allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: key &apos;%2&apos; is needed when server/mode is server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pv::convert</name>
    <message>
        <source>the held document cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job has no page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 cannot be rendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no document to inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is not a PDF (no %PDF- header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF is damaged and cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF is password-protected; remove the password and print again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 of the PDF is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 of the PDF cannot be rendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the raster page size %1x%2 is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported raster depth %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the raster page dimensions are not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start a new PDF page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the raster page has more lines than its header says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the raster page ended after %1 of %2 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the raster document has no complete page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the PDF page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghostscript (gs) is not installed, so PostScript cannot be converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a scratch folder for Ghostscript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start Ghostscript: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PostScript did not finish within %1 s and was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PostScript document could not be interpreted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PostScript document could not be interpreted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text document is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is not plain text (it has NUL bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF is truncated (no %%EOF marker at its end) and its pages cannot be drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the raster page header is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the raster document ends in the middle of a page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is not PWG or Apple raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the raster document has no pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the conversion was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document has %1 pages, more than the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 is %2 in long, more than the limit of %3 in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the raster page of %1x%2 pixels is larger than the limit of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the document has more than %n page(s), the limit</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the converter&apos;s answer is malformed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot hand the job to the converter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a data key has the wrong size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the converter was sent a malformed request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported raster colour space %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the previewer was sent a malformed request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the previewer&apos;s answer is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot hand the job to the previewer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page cannot be drawn: its previewer stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a scratch folder for the previewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the previewer (printvault-worker) cannot be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page did not finish drawing within %1 s and was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page needs more than %1 MB of memory to draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the text document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pv::files</name>
    <message>
        <source>%1: the disk is full (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot inspect folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder (symlinks are refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder %1 belongs to uid %2, not to you (uid %3); refusing to use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder %1 has mode %2; it must be 0700 (run: chmod 700 &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot flush %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot sync %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot sync folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move %1 into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rename %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 was written by a newer PrintVault (schema %2, this one knows %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrading the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrading the schema from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting the schema version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pv::ipp</name>
    <message>
        <source>Unsupported %1 value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad request version number %1.%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad request-id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute groups are out of order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing or bad attributes-charset or attributes-natural-language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported charset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing printer-uri or job-uri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad URI value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such printer or job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad job-id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported document format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing job-id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document did not arrive whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored encrypted; being checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture is paused; resume it to accept new jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing or bad last-document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 takes no more documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job was closed without a document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 has already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No document arrived within %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is larger than %1 MB, the most this computer accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attribute can be set on this printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is already being held in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is held in the vault; print it again from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subscription attributes in the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subscription was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing or bad notify-subscription-id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing notify-job-id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job&apos;s subscription lasts as long as its job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing notify-subscription-ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attribute has no name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pv::localapi</name>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pv::localapi::ApiSession</name>
    <message>
        <source>a request is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a request has no numeric id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no method &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document data without a jobs.submit request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is larger than %1 MB, the most this computer accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of data without a jobs.submit request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One export at a time can run on a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second jobs.submit before the first one&apos;s data ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies must be from 1 to 999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is not a PDF (no %PDF- header).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document descriptor came with this connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pv::localapi::CoreMethods</name>
    <message>
        <source>This printvaultd speaks protocol %1, the client %2. Update PrintVault so that both are the same version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameter &apos;id&apos; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pv::localapi::LocalApiClient</name>
    <message>
        <source>the connection to printvaultd was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected to printvaultd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected, or an upload is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected, or an export is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printvaultd sent a malformed reply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exported document does not match its recorded SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pv::localapi::LocalApiServer</name>
    <message>
        <source>Another printvaultd is already serving %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pv::mfp</name>
    <message>
        <source>cannot make a P-256 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot sign the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot encode the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate file must hold exactly one PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate is not valid now (valid %1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chain file holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the private key does not belong to the certificate (or is not PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the MFP API certificate files in %1 are incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the MFP API key cannot be decrypted with this vault&apos;s master key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the MFP API certificate cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the MFP API private key cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pv::mfp::MfpLocalMethods</name>
    <message>
        <source>The parameter &apos;%1&apos; is missing or bad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A badge number has 4 to 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is locked after inactivity. Enter your PIN to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no PIN to unlock with; the session is not locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pv::mfp::MfpServer</name>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pv::mfp::MfpService</name>
    <message>
        <source>the MFP API is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a valid session token and the device token it was issued to are required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pv::release</name>
    <message>
        <source>the printer at %1 showed no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ipps:// printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer gave the job no ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer did not finish job %1 in time; it is still in the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document has no cross-reference offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document cannot be marked for release: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such saved printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending the document failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no saved printer is called &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the printer list in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the printer&apos;s certificate in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer offers no 8-bit sRGB or sGray PWG raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer offers no sRGB or gray URF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer takes neither PDF nor a raster format PrintVault can make (it takes %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the watermark cannot be drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 cannot be rendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot encode the raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the raster stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the raster streams differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the held document cannot be opened for rendering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no document to render</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make the raster page header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending page %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a socket:// printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach the printer at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending to %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer at %1 did not take the end of the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer took the job (its ID %1) but stopped answering: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this job is already being released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs.release needs id, printer and sane copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 is larger than the limit of %2 inches a side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document has %1 pages, more than the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the renderer&apos;s answer is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot hand the job to the renderer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the renderer was sent a malformed request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PrintVault is shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document needs more than %1 MB of memory to render; it is still held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document needed more processor time than its renderer may use; it is still held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document stopped its renderer (%1); it is still held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a scratch folder for the renderer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a printer URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer offers raster only at %1 dpi; PrintVault draws at %2 to %3 dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media %1 at %2 dpi is not drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document&apos;s changes for the printer exceed %1 MB; it is still held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the renderer (printvault-worker) cannot be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document did not finish rendering within %1 s and was stopped; it is still held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghostscript cannot draw page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghostscript cannot draw page %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot hand the document to Ghostscript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghostscript cannot be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a scratch folder for Ghostscript</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pv::release::PrinterTrust</name>
    <message>
        <source>The printer at %1 shows a different certificate than before (was %2, now %3). If the printer was replaced or given a new certificate, accept it with &apos;printvault-cli printers trust URI&apos;; otherwise someone may be impersonating it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pv::server</name>
    <message>
        <source>&apos;%1&apos; is not an ipps:// URI; the print server is reached over TLS only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the print server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trust settings for the print server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print server needs your password: sign in with &apos;printvault-cli server login&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print server refused the password of %1. It is not tried again until you sign in anew (&apos;printvault-cli server login&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the print server does not allow it (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print server did not take the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document cannot be read from the vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the print server broke during the upload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print server refused the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print server refused the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print server gave the job no ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print server lost the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print server did not list the jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print server does not know the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print server did not release the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print server did not cancel the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print server did not describe the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This job is not on the print server yet; release it to a printer with --printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job held on the print server is released there, not to another printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No print server is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print server did not finish job %1 in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No print server is configured (server/uri).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server.login needs a configured server and a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print server %1 shows a certificate (%2) that is not trusted: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it showed none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print server %1 shows a different certificate than the one your organisation pinned (pinned %2, now %3). Nothing was sent; someone may be impersonating the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA file %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print server did not accept the sign-in&apos;s access token (%1). Sign in again, or ask your administrator whether the server takes bearer tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print server takes the sign-in&apos;s token: sign in with &apos;printvault-cli login&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the print server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: the print server stopped answering (no progress for %n second(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The upload broke off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This job of %n page(s) would go over the print server&apos;s quota: %1 of %2 pages used in its period.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The document cannot be read from the vault again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s libcups reconnects past PrintVault&apos;s certificate check, so nothing is sent to the print server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pv::signin</name>
    <message>
        <source>The ID token is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is meant for another application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was issued to another application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was issued in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it comes from another issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it answers another sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the algorithm &apos;%1&apos; is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token is signed with an unknown key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token&apos;s signature is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token is not a signed JSON Web Token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key is not for this algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key type does not fit the algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider&apos;s key cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not match the provider&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in redirect cannot listen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the sign-in PrintVault started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in to PrintVault. You can close this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service can&apos;t be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service&apos;s configuration is not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names another issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an endpoint is not HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not offer PKCE with S256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account/ca_file: no certificate in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the issuer is not an HTTPS URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address is not HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pv::signin::SignInService</name>
    <message>
        <source>This computer is not connected to an organisation: policy names no sign-in service (account/issuer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in took too long. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in with a code is turned off by policy (account/device_flow).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service does not offer signing in with a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in code has expired. Please start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation ended the sign-in. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You were signed out after %n minute(s) without use.</source>
        <translation>
            <numerusform>You were signed out after %n minute without use.</numerusform>
            <numerusform>You were signed out after %n minutes without use.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in answer came from another sign-in service. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pv::vault</name>
    <message>
        <source>OpenSSL failure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad key or nonce size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted block is too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication failed: data was altered or the key is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted field is too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrapped key has the wrong size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job is already finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk holding the vault is nearly full (%1 MB free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job was discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job is not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vault index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no job with ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such entry in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the encrypted document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write after finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job is already being written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the converted job cannot be taken over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the converted job does not match its report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the converted job was not taken over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed25519 failure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an Ed25519 public key in PEM form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the encrypted document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
