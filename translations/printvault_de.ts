<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>DevicesPage</name>
    <message>
        <source>The MFP API is off, or waits for the vault to open. MFPs cannot pull jobs from this computer now.</source>
        <translation>Die MFP-Schnittstelle ist aus oder wartet, bis der Tresor geöffnet ist. MFPs können gerade keine Aufträge von diesem Computer abholen.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>MFPs connect on port %1. Check that the MFP shows this SHA-256 fingerprint:</source>
        <translation>MFPs verbinden sich über Port %1. Prüfen Sie, dass das MFP diesen SHA-256-Fingerabdruck anzeigt:</translation>
    </message>
    <message>
        <source>MFPs connect on port %1 with your organisation&apos;s certificate:</source>
        <translation>MFPs verbinden sich über Port %1 mit dem Zertifikat Ihrer Organisation:</translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation>Zertifikat-Fingerabdruck</translation>
    </message>
    <message>
        <source>Pair an MFP</source>
        <translation>MFP koppeln</translation>
    </message>
    <message>
        <source>Name, e.g. 3rd floor</source>
        <translation>Name, z. B. 3. Stock</translation>
    </message>
    <message>
        <source>Name of the MFP</source>
        <translation>Name des MFP</translation>
    </message>
    <message>
        <source>Get code</source>
        <translation>Code anfordern</translation>
    </message>
    <message>
        <source>One-time pairing code</source>
        <translation>Einmaliger Kopplungscode</translation>
    </message>
    <message>
        <source>Enter it on the MFP within %1:%2</source>
        <translation>Geben Sie ihn innerhalb von %1:%2 am MFP ein</translation>
    </message>
    <message>
        <source>Paired MFPs</source>
        <translation>Gekoppelte MFPs</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Noch keine.</translation>
    </message>
    <message>
        <source>Last seen: %1</source>
        <translation>Zuletzt gesehen: %1</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation>%1 widerrufen</translation>
    </message>
    <message>
        <source>Sign-in at the MFP</source>
        <translation>Anmeldung am MFP</translation>
    </message>
    <message>
        <source>A PIN of 4 to 12 digits; not one digit repeated, nor a straight run.</source>
        <translation>Eine PIN aus 4 bis 12 Ziffern; keine wiederholte Ziffer und keine Zahlenfolge.</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Neue PIN</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Neue PIN wiederholen</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>PIN festlegen</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>Ausweisnummer</translation>
    </message>
    <message>
        <source>Set badge</source>
        <translation>Ausweis festlegen</translation>
    </message>
    <message>
        <source>PIN set.</source>
        <translation>PIN festgelegt.</translation>
    </message>
    <message>
        <source>Badge registered.</source>
        <translation>Ausweis registriert.</translation>
    </message>
    <message>
        <source>Revoke %1?</source>
        <translation>%1 widerrufen?</translation>
    </message>
    <message>
        <source>It can no longer pull jobs until it is paired again.</source>
        <translation>Es kann keine Aufträge mehr abholen, bis es neu gekoppelt wird.</translation>
    </message>
</context>
<context>
    <name>JobDelegate</name>
    <message numerus="yes">
        <source>%1, %n page(s)</source>
        <translation>
            <numerusform>%1, %n Seite</numerusform>
            <numerusform>%1, %n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Select %1</source>
        <translation>%1 auswählen</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in colour</source>
        <translation>
            <numerusform>%n in Farbe</numerusform>
            <numerusform>%n in Farbe</numerusform>
        </translation>
    </message>
    <message>
        <source>mono</source>
        <translation>schwarzweiß</translation>
    </message>
    <message numerus="yes">
        <source>%n copies</source>
        <translation>
            <numerusform>%n Kopie</numerusform>
            <numerusform>%n Kopien</numerusform>
        </translation>
    </message>
    <message>
        <source>two-sided</source>
        <translation>beidseitig</translation>
    </message>
    <message>
        <source>Releasing…</source>
        <translation>Wird freigegeben…</translation>
    </message>
</context>
<context>
    <name>JobsPage</name>
    <message>
        <source>Held jobs</source>
        <translation>Angehaltene Aufträge</translation>
    </message>
    <message>
        <source>No jobs are waiting</source>
        <translation>Keine Aufträge warten</translation>
    </message>
    <message>
        <source>Print from any application to the printer “PrintVault”. Your job waits here, encrypted, until you release it here or sign in at an MFP.</source>
        <translation>Drucken Sie aus einer beliebigen Anwendung auf den Drucker „PrintVault“. Ihr Auftrag wartet hier verschlüsselt, bis Sie ihn hier freigeben oder sich an einem MFP anmelden.</translation>
    </message>
    <message>
        <source>Printer address: %1</source>
        <translation>Druckeradresse: %1</translation>
    </message>
    <message>
        <source>Release progress</source>
        <translation>Fortschritt der Freigabe</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) held</source>
        <translation>
            <numerusform>%n Auftrag angehalten</numerusform>
            <numerusform>%n Aufträge angehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Preview the selected job</source>
        <translation>Vorschau des ausgewählten Auftrags</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected jobs</source>
        <translation>Die ausgewählten Aufträge löschen</translation>
    </message>
    <message>
        <source>Release…</source>
        <translation>Freigeben…</translation>
    </message>
    <message>
        <source>Release the selected jobs to a printer</source>
        <translation>Die ausgewählten Aufträge an einen Drucker freigeben</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n job(s)?</source>
        <translation>
            <numerusform>%n Auftrag löschen?</numerusform>
            <numerusform>%n Aufträge löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their keys are destroyed: the documents cannot be recovered.</source>
        <translation>Ihre Schlüssel werden vernichtet: Die Dokumente lassen sich nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>New certificate on %1</source>
        <translation>Neues Zertifikat auf %1</translation>
    </message>
    <message>
        <source>This printer identifies itself with a different certificate from the one PrintVault trusted when it first printed there. That is expected after the printer was replaced or its certificate renewed, and it is also how an impostor on the network would look. Nothing was sent: the job is still held.</source>
        <translation>Dieser Drucker weist sich mit einem anderen Zertifikat aus als dem, dem PrintVault beim ersten Druck vertraut hat. Das ist zu erwarten, wenn der Drucker ersetzt oder sein Zertifikat erneuert wurde – so sähe aber auch ein Betrüger im Netz aus. Es wurde nichts gesendet: Der Auftrag wird weiter zurückgehalten.</translation>
    </message>
    <message>
        <source>Trusted until now (SHA-256):</source>
        <translation>Bisher vertraut (SHA-256):</translation>
    </message>
    <message>
        <source>Shown now:</source>
        <translation>Jetzt vorgelegt:</translation>
    </message>
    <message>
        <source>If you can, compare the new fingerprint with the one the printer&apos;s own panel or web page shows.</source>
        <translation>Vergleichen Sie den neuen Fingerabdruck nach Möglichkeit mit dem, den das Bedienfeld oder die Webseite des Druckers anzeigt.</translation>
    </message>
    <message>
        <source>Trust it and print</source>
        <translation>Vertrauen und drucken</translation>
    </message>
    <message>
        <source>Keep the job</source>
        <translation>Auftrag behalten</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>PrintVault</source>
        <translation>PrintVault</translation>
    </message>
    <message>
        <source>Capture is paused: the PrintVault printer refuses new jobs until you resume it.</source>
        <translation>Die Annahme ist pausiert: Der Drucker PrintVault lehnt neue Aufträge ab, bis Sie sie fortsetzen.</translation>
    </message>
    <message>
        <source>Connecting to PrintVault…</source>
        <translation>Verbindung zu PrintVault…</translation>
    </message>
    <message>
        <source>Starting PrintVault…</source>
        <translation>PrintVault wird gestartet…</translation>
    </message>
    <message>
        <source>The vault is locked: %1</source>
        <translation>Der Tresor ist gesperrt: %1</translation>
    </message>
    <message>
        <source>PrintVault is not running. %1</source>
        <translation>PrintVault läuft nicht. %1</translation>
    </message>
    <message>
        <source>PrintVault has a problem.</source>
        <translation>PrintVault hat ein Problem.</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Held jobs</source>
        <translation>Angehaltene Aufträge</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Kontingent</translation>
    </message>
    <message>
        <source>Quota and usage</source>
        <translation>Kontingent und Verbrauch</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>MFP devices and sign-in</source>
        <translation>MFP-Geräte und Anmeldung</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>PrintVault is locked</source>
        <translation>PrintVault ist gesperrt</translation>
    </message>
    <message numerus="yes">
        <source>It was not used for %n minute(s). Enter your PIN to go on.</source>
        <translation>
            <numerusform>Es wurde %n Minute lang nicht benutzt. Geben Sie Ihre PIN ein, um fortzufahren.</numerusform>
            <numerusform>Es wurde %n Minuten lang nicht benutzt. Geben Sie Ihre PIN ein, um fortzufahren.</numerusform>
        </translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>QuotaPage</name>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>colour pages</source>
        <translation>Farbseiten</translation>
    </message>
    <message>
        <source>No monthly limit is set.</source>
        <translation>Es ist kein Monatslimit festgelegt.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) left</source>
        <translation>
            <numerusform>%n Seite übrig</numerusform>
            <numerusform>%n Seiten übrig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n colour page(s) left</source>
        <translation>
            <numerusform>%n Farbseite übrig</numerusform>
            <numerusform>%n Farbseiten übrig</numerusform>
        </translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>mono</source>
        <translation>schwarzweiß</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Recent printing</source>
        <translation>Zuletzt gedruckt</translation>
    </message>
    <message>
        <source>Nothing printed this month.</source>
        <translation>In diesem Monat wurde nichts gedruckt.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export the usage of the last 12 months as CSV</source>
        <translation>Den Verbrauch der letzten 12 Monate als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message numerus="yes">
        <source>Release %n job(s)</source>
        <translation>
            <numerusform>%n Auftrag freigeben</numerusform>
            <numerusform>%n Aufträge freigeben</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a printer…</source>
        <translation>Drucker hinzufügen…</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Kopien</translation>
    </message>
    <message>
        <source>as printed</source>
        <translation>wie gedruckt</translation>
    </message>
    <message>
        <source>Two-sided</source>
        <translation>Beidseitig</translation>
    </message>
    <message>
        <source>Black and white</source>
        <translation>Schwarzweiß</translation>
    </message>
    <message>
        <source>No printer is set up yet. Find one, or add one by its address in Settings.</source>
        <translation>Noch ist kein Drucker eingerichtet. Suchen Sie einen, oder fügen Sie in den Einstellungen einen über seine Adresse hinzu.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Find printers</source>
        <translation>Drucker suchen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Stamp name, date and computer</source>
        <translation>Name, Datum und Computer aufdrucken</translation>
    </message>
    <message>
        <source>Prints your name, the date and this computer&apos;s name along the bottom of every page</source>
        <translation>Druckt Ihren Namen, das Datum und den Namen dieses Computers unten auf jede Seite</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Held jobs</source>
        <translation>Angehaltene Aufträge</translation>
    </message>
    <message numerus="yes">
        <source>A held job is deleted, with its key, %n hour(s) after it was printed to PrintVault.</source>
        <translation>
            <numerusform>Ein angehaltener Auftrag wird %n Stunde nach dem Druck auf PrintVault samt Schlüssel gelöscht.</numerusform>
            <numerusform>Ein angehaltener Auftrag wird %n Stunden nach dem Druck auf PrintVault samt Schlüssel gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked: set by your administrator</source>
        <translation>Gesperrt: von Ihrer Verwaltung festgelegt</translation>
    </message>
    <message>
        <source>Pause capture</source>
        <translation>Annahme pausieren</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <source>Add a printer by its IPP address to release jobs to it from here.</source>
        <translation>Fügen Sie einen Drucker über seine IPP-Adresse hinzu, um Aufträge von hier an ihn freizugeben.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Printer address</source>
        <translation>Druckeradresse</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Name (optional)</translation>
    </message>
    <message>
        <source>Printer name</source>
        <translation>Druckername</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Add printer</source>
        <translation>Drucker hinzufügen</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Start PrintVault at login</source>
        <translation>PrintVault bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>PrintVault %1</source>
        <translation>PrintVault %1</translation>
    </message>
    <message>
        <source>Spooler %1</source>
        <translation>Spooler %1</translation>
    </message>
    <message>
        <source>Virtual printer: %1</source>
        <translation>Virtueller Drucker: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Find printers</source>
        <translation>Drucker suchen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>UsageChart</name>
    <message>
        <source>Pages printed per month</source>
        <translation>Gedruckte Seiten pro Monat</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>PrintVault: your held print jobs.</source>
        <translation>PrintVault: Ihre angehaltenen Druckaufträge.</translation>
    </message>
    <message>
        <source>Render a page to a PNG file and exit.</source>
        <translation>Eine Seite als PNG-Datei ausgeben und beenden.</translation>
    </message>
    <message>
        <source>The page: jobs, quota, devices or settings.</source>
        <translation>Die Seite: jobs, quota, devices oder settings.</translation>
    </message>
    <message>
        <source>Window size for --screenshot, WxH.</source>
        <translation>Fenstergröße für --screenshot, BxH.</translation>
    </message>
    <message>
        <source>Device pixel ratio (2 for high DPI).</source>
        <translation>Geräte-Pixelverhältnis (2 für hohe DPI).</translation>
    </message>
    <message>
        <source>With --screenshot, also write the texts shown.</source>
        <translation>Mit --screenshot auch die angezeigten Texte schreiben.</translation>
    </message>
    <message>
        <source>Do not start printvaultd if it is not running.</source>
        <translation>printvaultd nicht starten, wenn er nicht läuft.</translation>
    </message>
    <message>
        <source>Start in the tray, without the window.</source>
        <translation>Im Infobereich starten, ohne Fenster.</translation>
    </message>
</context>
<context>
    <name>pv::app::DaemonConnection</name>
    <message>
        <source>printvaultd stopped</source>
        <translation>printvaultd wurde beendet</translation>
    </message>
    <message>
        <source>printvaultd did not start.</source>
        <translation>printvaultd ist nicht gestartet.</translation>
    </message>
    <message>
        <source>printvaultd did not start: %1</source>
        <translation>printvaultd ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>printvaultd is not running (%1).</source>
        <translation>printvaultd läuft nicht (%1).</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>Starting PrintVault…</source>
        <translation>PrintVault wird gestartet…</translation>
    </message>
    <message>
        <source>Pause capture</source>
        <translation>Annahme pausieren</translation>
    </message>
</context>
<context>
    <name>pv::app::DevicesModel</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Pair an MFP</source>
        <translation>MFP koppeln</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>PIN festlegen</translation>
    </message>
    <message>
        <source>Set badge</source>
        <translation>Ausweis festlegen</translation>
    </message>
</context>
<context>
    <name>pv::app::JobsModel</name>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>List jobs</source>
        <translation>Aufträge auflisten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Releasing “%1” to %2…</source>
        <translation>„%1“ wird an %2 freigegeben…</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n impression(s).</source>
        <translation>
            <numerusform>%n Druckseite gedruckt.</numerusform>
            <numerusform>%n Druckseiten gedruckt.</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>expires now</source>
        <translation>läuft jetzt ab</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n min</source>
        <translation>
            <numerusform>läuft in %n Min. ab</numerusform>
            <numerusform>läuft in %n Min. ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n h</source>
        <translation>
            <numerusform>läuft in %n Std. ab</numerusform>
            <numerusform>läuft in %n Std. ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The printer is not ready (%1); trying again in %n s…</source>
        <translation>
            <numerusform>Der Drucker ist nicht bereit (%1); neuer Versuch in %n s…</numerusform>
            <numerusform>Der Drucker ist nicht bereit (%1); neuer Versuch in %n s…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pv::app::PrintersModel</name>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Raster</source>
        <translation>Raster</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Mono</source>
        <translation>Schwarzweiß</translation>
    </message>
    <message>
        <source>Duplex</source>
        <translation>Duplex</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Verschlüsselt</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <source>Add printer</source>
        <translation>Drucker hinzufügen</translation>
    </message>
    <message>
        <source>Remove printer</source>
        <translation>Drucker entfernen</translation>
    </message>
    <message>
        <source>No network printer discovery (DNS-SD) on this computer: only printers set up in CUPS are listed. Add others by their address.</source>
        <translation>Keine Druckersuche im Netzwerk (DNS-SD) auf diesem Computer: Nur in CUPS eingerichtete Drucker werden aufgeführt. Fügen Sie andere über ihre Adresse hinzu.</translation>
    </message>
    <message>
        <source>Find printers</source>
        <translation>Drucker suchen</translation>
    </message>
    <message>
        <source>Trust printer</source>
        <translation>Drucker vertrauen</translation>
    </message>
</context>
<context>
    <name>pv::app::QuotaModel</name>
    <message>
        <source>Resets on %1</source>
        <translation>Wird am %1 zurückgesetzt</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Kontingent</translation>
    </message>
    <message>
        <source>MFP</source>
        <translation>MFP</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV-Export</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>pv::app::SessionLock</name>
    <message>
        <source>That PIN is not right.</source>
        <translation>Diese PIN ist nicht richtig.</translation>
    </message>
</context>
<context>
    <name>pv::app::SettingsModel</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Cannot save the setting in %1</source>
        <translation>Die Einstellung kann nicht in %1 gespeichert werden</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Start bei der Anmeldung</translation>
    </message>
    <message>
        <source>Cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>pv::app::TrayIcon</name>
    <message>
        <source>Open PrintVault</source>
        <translation>PrintVault öffnen</translation>
    </message>
    <message>
        <source>Release all to</source>
        <translation>Alle freigeben an</translation>
    </message>
    <message>
        <source>Pause capture</source>
        <translation>Annahme pausieren</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Add a printer in Settings…</source>
        <translation>Drucker in den Einstellungen hinzufügen…</translation>
    </message>
</context>
<context>
    <name>pv::app::TrayStatus</name>
    <message numerus="yes">
        <source>Captured: %1, %n page(s)</source>
        <translation>
            <numerusform>Angenommen: %1, %n Seite</numerusform>
            <numerusform>Angenommen: %1, %n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>Held in your vault until you release it.</source>
        <translation>Wird in Ihrem Tresor gehalten, bis Sie ihn freigeben.</translation>
    </message>
    <message>
        <source>Released to %1</source>
        <translation>An %1 freigegeben</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>Release to %1 failed</source>
        <translation>Freigabe an %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>PrintVault: not connected</source>
        <translation>PrintVault: nicht verbunden</translation>
    </message>
    <message>
        <source>PrintVault: %1</source>
        <translation>PrintVault: %1</translation>
    </message>
    <message numerus="yes">
        <source>PrintVault: %n job(s) held</source>
        <translation>
            <numerusform>PrintVault: %n Auftrag angehalten</numerusform>
            <numerusform>PrintVault: %n Aufträge angehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>PrintVault: ready</source>
        <translation>PrintVault: bereit</translation>
    </message>
    <message>
        <source>Capture is paused</source>
        <translation>Die Annahme ist pausiert</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>PrintVault</source>
        <translation>PrintVault</translation>
    </message>
    <message>
        <source>Something happened while the window was locked.</source>
        <translation>Während das Fenster gesperrt war, ist etwas geschehen.</translation>
    </message>
</context>
</TS>
