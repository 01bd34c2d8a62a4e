<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccountHeader</name>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Your organisation: %1</source>
        <translation>Ihre Organisation: %1</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Recent activity</source>
        <translation>Letzte Aktivitäten</translation>
    </message>
    <message>
        <source>Nothing yet. What you print, release and sign in to shows here.</source>
        <translation>Noch nichts. Was Sie drucken und freigeben und wo Sie sich anmelden, erscheint hier.</translation>
    </message>
</context>
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
    <message>
        <source>Your held jobs cannot be opened now</source>
        <translation>Ihre angehaltenen Aufträge lassen sich gerade nicht öffnen</translation>
    </message>
    <message>
        <source>Your held jobs stay encrypted and safe. Until the vault is open again, PrintVault accepts no new print jobs.</source>
        <translation>Ihre angehaltenen Aufträge bleiben verschlüsselt und sicher. Bis der Tresor wieder offen ist, nimmt PrintVault keine neuen Druckaufträge an.</translation>
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
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Letzte Aktivitäten</translation>
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
    <name>Quota</name>
    <message>
        <source>This needs %1 page(s), but %2 of your %3 are left this month; the quota resets on %4.</source>
        <translation>Dafür sind %1 Seite(n) nötig, aber von Ihren %3 sind diesen Monat nur noch %2 übrig; das Kontingent wird am %4 zurückgesetzt.</translation>
    </message>
    <message>
        <source>This needs %1 colour page(s), but %2 of your %3 are left this month; the quota resets on %4. Print it in mono instead?</source>
        <translation>Dafür sind %1 Farbseite(n) nötig, aber von Ihren %3 sind diesen Monat nur noch %2 übrig; das Kontingent wird am %4 zurückgesetzt. Stattdessen schwarz-weiß drucken?</translation>
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
    <message>
        <source>On the print server</source>
        <translation>Auf dem Druckserver</translation>
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
    <message>
        <source>Organisation account</source>
        <translation>Konto der Organisation</translation>
    </message>
    <message>
        <source>This computer is not connected to an organisation. PrintVault works with your local account: everything is as before.</source>
        <translation>Dieser Computer ist mit keiner Organisation verbunden. PrintVault arbeitet mit Ihrem lokalen Konto: alles ist wie bisher.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Bei %1 angemeldet als %2.</translation>
    </message>
    <message>
        <source>Not signed in to %1.</source>
        <translation>Nicht bei %1 angemeldet.</translation>
    </message>
    <message>
        <source>Set by your organisation</source>
        <translation>Von Ihrer Organisation festgelegt</translation>
    </message>
    <message>
        <source>Your administrator&apos;s policy sets these, and they cannot be changed here.</source>
        <translation>Diese Werte legt die Richtlinie Ihrer Administration fest; sie lassen sich hier nicht ändern.</translation>
    </message>
    <message>
        <source>%1: %2, set by your organisation</source>
        <translation>%1: %2, von Ihrer Organisation festgelegt</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Continue in your browser</source>
        <translation>Weiter im Browser</translation>
    </message>
    <message>
        <source>Sign in on another device</source>
        <translation>Auf einem anderen Gerät anmelden</translation>
    </message>
    <message>
        <source>Sign in with your organisation account</source>
        <translation>Mit dem Konto Ihrer Organisation anmelden</translation>
    </message>
    <message>
        <source>Your browser opened the sign-in page of %1. Come back here once you are through.</source>
        <translation>Ihr Browser hat die Anmeldeseite von %1 geöffnet. Kommen Sie hierher zurück, wenn Sie fertig sind.</translation>
    </message>
    <message>
        <source>On a phone or another computer, open this address and enter the code:</source>
        <translation>Öffnen Sie auf einem Telefon oder einem anderen Computer diese Adresse und geben Sie den Code ein:</translation>
    </message>
    <message>
        <source>Your jobs, quota and MFP sign-in then carry your organisation identity (%1).</source>
        <translation>Ihre Aufträge, Ihr Kontingent und die Anmeldung am MFP tragen dann Ihre Identität in der Organisation (%1).</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in with a code instead</source>
        <translation>Stattdessen mit einem Code anmelden</translation>
    </message>
    <message>
        <source>Open the browser again</source>
        <translation>Browser erneut öffnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
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
    <name>printvaultd</name>
    <message>
        <source>PrintVault spooler: holds print jobs encrypted until released.</source>
        <translation>PrintVault-Spooler: hält Druckaufträge verschlüsselt zurück, bis sie freigegeben werden.</translation>
    </message>
    <message>
        <source>Administrator policy file (default %1, or $PRINTVAULT_POLICY).</source>
        <translation>Richtliniendatei der Verwaltung (Standard: %1 oder $PRINTVAULT_POLICY).</translation>
    </message>
    <message>
        <source>Port of the virtual printer on localhost (default 8631; 0 turns it off).</source>
        <translation>Port des virtuellen Druckers auf localhost (Standard: 8631; 0 schaltet ihn aus).</translation>
    </message>
    <message>
        <source>Port of the MFP pull API over HTTPS (default 5571; 0 turns it off).</source>
        <translation>Port der MFP-Abholschnittstelle über HTTPS (Standard: 5571; 0 schaltet sie aus).</translation>
    </message>
    <message>
        <source>--%1 takes a port number from 0 to 65535</source>
        <translation>--%1 erwartet eine Portnummer von 0 bis 65535</translation>
    </message>
</context>
<context>
    <name>pv::CaptureService</name>
    <message>
        <source>the job was canceled</source>
        <translation>der Auftrag wurde abgebrochen</translation>
    </message>
    <message>
        <source>PrintVault is shutting down</source>
        <translation>PrintVault wird beendet</translation>
    </message>
</context>
<context>
    <name>pv::Daemon</name>
    <message>
        <source>Opening the keychain</source>
        <translation>Schlüsselbund wird geöffnet</translation>
    </message>
    <message>
        <source>The master key of this vault is missing from the keychain, so its jobs cannot be decrypted.</source>
        <translation>Der Hauptschlüssel dieses Tresors fehlt im Schlüsselbund, daher können seine Aufträge nicht entschlüsselt werden.</translation>
    </message>
    <message>
        <source>Cannot store the master key in the keychain: %1</source>
        <translation>Der Hauptschlüssel kann nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The keychain is unavailable: %1. Jobs are not captured until it is.</source>
        <translation>Der Schlüsselbund ist nicht erreichbar: %1. Bis dahin werden keine Aufträge angenommen.</translation>
    </message>
    <message>
        <source>The MFP API is not available: %1</source>
        <translation>Die MFP-Schnittstelle ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>The PrintVault printer is not available: %1</source>
        <translation>Der Drucker PrintVault ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>The vault is not open yet.</source>
        <translation>Der Tresor ist noch nicht geöffnet.</translation>
    </message>
    <message>
        <source>The MFP API is not running: the vault is locked, or policy turns it off (mfp/port=0).</source>
        <translation>Die MFP-Schnittstelle läuft nicht: Der Tresor ist gesperrt, oder die Richtlinie schaltet sie ab (mfp/port=0).</translation>
    </message>
    <message>
        <source>An unknown requirement.</source>
        <translation>Eine unbekannte Voraussetzung.</translation>
    </message>
    <message>
        <source>capture.set_paused needs paused: true or false.</source>
        <translation>capture.set_paused braucht paused: true oder false.</translation>
    </message>
    <message>
        <source>The width must be from 16 to 4096 pixels.</source>
        <translation>Die Breite muss zwischen 16 und 4096 Pixeln liegen.</translation>
    </message>
</context>
<context>
    <name>pv::DecryptingDevice</name>
    <message>
        <source>encrypted documents are read-only</source>
        <translation>verschlüsselte Dokumente sind schreibgeschützt</translation>
    </message>
    <message>
        <source>not a PrintVault encrypted document</source>
        <translation>kein verschlüsseltes PrintVault-Dokument</translation>
    </message>
    <message>
        <source>encrypted document has a bad segment size</source>
        <translation>das verschlüsselte Dokument hat eine ungültige Segmentgröße</translation>
    </message>
    <message>
        <source>encrypted document belongs to another job</source>
        <translation>das verschlüsselte Dokument gehört zu einem anderen Auftrag</translation>
    </message>
    <message>
        <source>encrypted document is truncated</source>
        <translation>das verschlüsselte Dokument ist abgeschnitten</translation>
    </message>
    <message>
        <source>segment %1 of the encrypted document failed authentication: it was altered, reordered or truncated</source>
        <translation>Segment %1 des verschlüsselten Dokuments hat die Echtheitsprüfung nicht bestanden: Es wurde verändert, umsortiert oder abgeschnitten</translation>
    </message>
    <message>
        <source>segment is shorter than expected</source>
        <translation>das Segment ist kürzer als erwartet</translation>
    </message>
</context>
<context>
    <name>pv::KeychainCredentialStore</name>
    <message>
        <source>no D-Bus session bus, so no keychain (Secret Service) can be reached</source>
        <translation>kein D-Bus-Sitzungsbus, daher ist kein Schlüsselbund (Secret Service) erreichbar</translation>
    </message>
    <message>
        <source>no Secret Service keychain (such as gnome-keyring or KeePassXC) is running in this session</source>
        <translation>in dieser Sitzung läuft kein Secret-Service-Schlüsselbund (etwa gnome-keyring oder KeePassXC)</translation>
    </message>
</context>
<context>
    <name>pv::SubmitIntake</name>
    <message>
        <source>capture is paused; resume it to accept new jobs</source>
        <translation>die Annahme ist pausiert; setzen Sie sie fort, um neue Aufträge anzunehmen</translation>
    </message>
</context>
<context>
    <name>pv::SubmitReader</name>
    <message>
        <source>The document&apos;s descriptor is not a regular file open for reading.</source>
        <translation>Der Deskriptor des Dokuments ist keine zum Lesen geöffnete reguläre Datei.</translation>
    </message>
    <message>
        <source>The client went away.</source>
        <translation>Der Client ist nicht mehr verbunden.</translation>
    </message>
    <message>
        <source>cannot read the submitted document</source>
        <translation>das übergebene Dokument kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>pv::Vault</name>
    <message>
        <source>the master key has the wrong size</source>
        <translation>der Hauptschlüssel hat die falsche Größe</translation>
    </message>
    <message>
        <source>the master key in the keychain does not belong to this vault</source>
        <translation>der Hauptschlüssel im Schlüsselbund gehört nicht zu diesem Tresor</translation>
    </message>
    <message>
        <source>the vault is full: %1 MB of %2 MB used (policy vault/max_size_mb)</source>
        <translation>der Tresor ist voll: %1 MB von %2 MB belegt (Richtlinie vault/max_size_mb)</translation>
    </message>
    <message>
        <source>the vault is locked</source>
        <translation>der Tresor ist gesperrt</translation>
    </message>
    <message>
        <source>the disk holding the vault is nearly full (%1 MB free, %2 MB kept in reserve)</source>
        <translation>der Datenträger des Tresors ist fast voll (%1 MB frei, %2 MB bleiben als Reserve)</translation>
    </message>
    <message>
        <source>the job is not finished</source>
        <translation>der Auftrag ist nicht abgeschlossen</translation>
    </message>
    <message>
        <source>the key of job %1 cannot be unwrapped</source>
        <translation>der Schlüssel von Auftrag %1 kann nicht entpackt werden</translation>
    </message>
    <message>
        <source>the index entry of job %1 is damaged</source>
        <translation>der Indexeintrag von Auftrag %1 ist beschädigt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a job ID</source>
        <translation>„%1“ ist keine Auftrags-ID</translation>
    </message>
    <message>
        <source>no job with ID %1</source>
        <translation>kein Auftrag mit der ID %1</translation>
    </message>
    <message numerus="yes">
        <source>ID prefix %1 matches %n jobs</source>
        <translation>
            <numerusform>Der ID-Anfang %1 passt zu %n Auftrag</numerusform>
            <numerusform>Der ID-Anfang %1 passt zu %n Aufträgen</numerusform>
        </translation>
    </message>
    <message>
        <source>not a job id: %1</source>
        <translation>keine Auftrags-ID: %1</translation>
    </message>
    <message>
        <source>the ticket of job %1 cannot be opened</source>
        <translation>das Ticket von Auftrag %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>the index entry of job %1 was changed outside PrintVault; it is refused</source>
        <translation>der Indexeintrag von Auftrag %1 wurde außerhalb von PrintVault verändert; er wird zurückgewiesen</translation>
    </message>
</context>
<context>
    <name>pv::accounting</name>
    <message>
        <source>the job printed, but its usage cannot be recorded (%1); it is kept in the vault and nothing was counted</source>
        <translation>der Auftrag wurde gedruckt, aber sein Verbrauch kann nicht verbucht werden (%1); er bleibt im Tresor, und es wurde nichts gezählt</translation>
    </message>
    <message>
        <source>a usage entry is damaged</source>
        <translation>ein Eintrag im Verbrauchsbuch ist beschädigt</translation>
    </message>
</context>
<context>
    <name>pv::accounting::UsageMethods</name>
    <message>
        <source>The number of months must be from 1 to 120.</source>
        <translation>Die Zahl der Monate muss zwischen 1 und 120 liegen.</translation>
    </message>
</context>
<context>
    <name>pv::accounts</name>
    <message>
        <source>account store</source>
        <translation>Kontenspeicher</translation>
    </message>
    <message>
        <source>storing the device</source>
        <translation>Speichern des Geräts</translation>
    </message>
    <message>
        <source>reading the device</source>
        <translation>Lesen des Geräts</translation>
    </message>
    <message>
        <source>no device with ID %1</source>
        <translation>kein Gerät mit der ID %1</translation>
    </message>
    <message>
        <source>listing devices</source>
        <translation>Auflisten der Geräte</translation>
    </message>
    <message>
        <source>revoking the device</source>
        <translation>Widerrufen des Geräts</translation>
    </message>
    <message>
        <source>no paired device with ID %1</source>
        <translation>kein gekoppeltes Gerät mit der ID %1</translation>
    </message>
    <message>
        <source>updating the device</source>
        <translation>Aktualisieren des Geräts</translation>
    </message>
    <message>
        <source>storing the user</source>
        <translation>Speichern des Benutzers</translation>
    </message>
    <message>
        <source>no PIN is set for this user</source>
        <translation>für diesen Benutzer ist keine PIN festgelegt</translation>
    </message>
    <message>
        <source>storing the badge</source>
        <translation>Speichern des Ausweises</translation>
    </message>
    <message>
        <source>unknown badge</source>
        <translation>unbekannter Ausweis</translation>
    </message>
    <message>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>Eine PIN hat 4 bis 12 Ziffern.</translation>
    </message>
    <message>
        <source>A PIN has digits only.</source>
        <translation>Eine PIN besteht nur aus Ziffern.</translation>
    </message>
    <message>
        <source>That PIN is too easy to guess: it repeats one digit.</source>
        <translation>Diese PIN ist zu leicht zu erraten: Sie wiederholt eine Ziffer.</translation>
    </message>
    <message>
        <source>That PIN is too easy to guess: it is a run of digits.</source>
        <translation>Diese PIN ist zu leicht zu erraten: Sie ist eine Zahlenfolge.</translation>
    </message>
    <message>
        <source>a sign-in record in accounts.db was changed outside PrintVault; it is refused</source>
        <translation>ein Anmeldeeintrag in accounts.db wurde außerhalb von PrintVault verändert; er wird zurückgewiesen</translation>
    </message>
    <message>
        <source>reading the user</source>
        <translation>Lesen des Benutzers</translation>
    </message>
    <message>
        <source>no such user</source>
        <translation>diesen Benutzer gibt es nicht</translation>
    </message>
    <message>
        <source>upgrading the users</source>
        <translation>Aktualisieren der Benutzer</translation>
    </message>
    <message>
        <source>upgrading the devices</source>
        <translation>Aktualisieren der Geräte</translation>
    </message>
    <message>
        <source>upgrading the accounts</source>
        <translation>Aktualisieren der Konten</translation>
    </message>
</context>
<context>
    <name>pv::app::AccountModel</name>
    <message>
        <source>The code is valid for %1:%2 more.</source>
        <translation>Der Code gilt noch %1:%2.</translation>
    </message>
    <message>
        <source>The sign-in service can&apos;t be reached. Check the network connection and try again.</source>
        <translation>Der Anmeldedienst ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The sign-in took too long. Please try again.</source>
        <translation>Die Anmeldung hat zu lange gedauert. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The code has expired. Please start again.</source>
        <translation>Der Code ist abgelaufen. Bitte beginnen Sie von vorn.</translation>
    </message>
    <message>
        <source>Your organisation ended the sign-in. Please sign in again.</source>
        <translation>Ihre Organisation hat die Anmeldung beendet. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>You were signed out because PrintVault was not used for a while.</source>
        <translation>Sie wurden abgemeldet, weil PrintVault eine Weile nicht benutzt wurde.</translation>
    </message>
    <message>
        <source>The sign-in service&apos;s answer could not be trusted, so you were not signed in.</source>
        <translation>Der Antwort des Anmeldedienstes war nicht zu trauen, daher wurden Sie nicht angemeldet.</translation>
    </message>
    <message>
        <source>The sign-in did not work.</source>
        <translation>Die Anmeldung hat nicht geklappt.</translation>
    </message>
    <message>
        <source>You were signed out</source>
        <translation>Sie wurden abgemeldet</translation>
    </message>
</context>
<context>
    <name>pv::app::ActivityModel</name>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>an MFP</source>
        <translation>einem MFP</translation>
    </message>
    <message numerus="yes">
        <source>Held a job, %n page(s)</source>
        <translation>
            <numerusform>Auftrag angehalten, %n Seite</numerusform>
            <numerusform>Auftrag angehalten, %n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Held %1, %n page(s)</source>
        <translation>
            <numerusform>%1 angehalten, %n Seite</numerusform>
            <numerusform>%1 angehalten, %n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>a printer</source>
        <translation>einen Drucker</translation>
    </message>
    <message>
        <source>Release to %1 did not print (%2)</source>
        <translation>An %1 freigegeben, aber nicht gedruckt (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Released to %1, %n page(s)</source>
        <translation>
            <numerusform>An %1 freigegeben, %n Seite</numerusform>
            <numerusform>An %1 freigegeben, %n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloaded by %1</source>
        <translation>Von %1 abgeholt</translation>
    </message>
    <message numerus="yes">
        <source>Printed at %1, %n page(s)</source>
        <translation>
            <numerusform>An %1 gedruckt, %n Seite</numerusform>
            <numerusform>An %1 gedruckt, %n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>A job expired and was deleted</source>
        <translation>Ein Auftrag ist abgelaufen und wurde gelöscht</translation>
    </message>
    <message>
        <source>A printed job was deleted</source>
        <translation>Ein gedruckter Auftrag wurde gelöscht</translation>
    </message>
    <message>
        <source>A job was deleted</source>
        <translation>Ein Auftrag wurde gelöscht</translation>
    </message>
    <message>
        <source>Signed in at %1</source>
        <translation>An %1 angemeldet</translation>
    </message>
    <message>
        <source>Sign-in refused at %1</source>
        <translation>Anmeldung an %1 abgelehnt</translation>
    </message>
    <message>
        <source>Signed out at %1</source>
        <translation>An %1 abgemeldet</translation>
    </message>
    <message>
        <source>Locked out after too many failed sign-ins</source>
        <translation>Nach zu vielen fehlgeschlagenen Anmeldungen gesperrt</translation>
    </message>
    <message>
        <source>Paired %1</source>
        <translation>Mit %1 gekoppelt</translation>
    </message>
    <message>
        <source>Unpaired %1</source>
        <translation>Kopplung mit %1 aufgehoben</translation>
    </message>
    <message>
        <source>A wrong pairing code was tried</source>
        <translation>Es wurde ein falscher Kopplungscode eingegeben</translation>
    </message>
    <message>
        <source>PIN changed</source>
        <translation>PIN geändert</translation>
    </message>
    <message>
        <source>Badge registered</source>
        <translation>Ausweis registriert</translation>
    </message>
    <message>
        <source>Unlocked with your PIN</source>
        <translation>Mit Ihrer PIN entsperrt</translation>
    </message>
    <message>
        <source>A wrong PIN was entered on this computer</source>
        <translation>Auf diesem Computer wurde eine falsche PIN eingegeben</translation>
    </message>
    <message>
        <source>Signed in to your organisation</source>
        <translation>Bei Ihrer Organisation angemeldet</translation>
    </message>
    <message>
        <source>Signed out of your organisation</source>
        <translation>Von Ihrer Organisation abgemeldet</translation>
    </message>
    <message>
        <source>Signing in to your organisation did not succeed</source>
        <translation>Die Anmeldung bei Ihrer Organisation ist nicht gelungen</translation>
    </message>
    <message>
        <source>Trusted the certificate of %1</source>
        <translation>Dem Zertifikat für %1 vertraut</translation>
    </message>
    <message>
        <source>A certificate was installed for MFPs</source>
        <translation>Für MFPs wurde ein Zertifikat installiert</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy was loaded</source>
        <translation>Die Richtlinie Ihrer Organisation wurde geladen</translation>
    </message>
    <message>
        <source>The vault was opened</source>
        <translation>Der Tresor wurde geöffnet</translation>
    </message>
    <message>
        <source>The vault was locked</source>
        <translation>Der Tresor wurde gesperrt</translation>
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
    <message>
        <source>The key to this vault is no longer in your keychain, so the jobs held here cannot be decrypted. If you restored your keychain from a backup, unlock it; otherwise ask your administrator to reset PrintVault for your account.</source>
        <translation>Der Schlüssel zu diesem Tresor ist nicht mehr in Ihrem Schlüsselbund, daher lassen sich die hier angehaltenen Aufträge nicht entschlüsseln. Haben Sie Ihren Schlüsselbund aus einer Sicherung wiederhergestellt, entsperren Sie ihn; andernfalls bitten Sie Ihre Administration, PrintVault für Ihr Konto zurückzusetzen.</translation>
    </message>
    <message>
        <source>The vault&apos;s files cannot be read with the key in your keychain. Ask your administrator; the details are in printvaultd&apos;s log.</source>
        <translation>Die Dateien des Tresors lassen sich mit dem Schlüssel in Ihrem Schlüsselbund nicht lesen. Wenden Sie sich an Ihre Administration; die Einzelheiten stehen im Protokoll von printvaultd.</translation>
    </message>
    <message>
        <source>PrintVault keeps the key to your vault in your desktop&apos;s keychain, and cannot reach it. Unlock your keyring (for example in Passwords and Keys), or sign out and sign in to your desktop again.</source>
        <translation>PrintVault bewahrt den Schlüssel zu Ihrem Tresor im Schlüsselbund Ihres Desktops auf und kann ihn nicht erreichen. Entsperren Sie Ihren Schlüsselbund (zum Beispiel in „Passwörter und Verschlüsselung“), oder melden Sie sich vom Desktop ab und wieder an.</translation>
    </message>
    <message>
        <source>printvaultd did not start. Its messages are in journalctl --user -u printvaultd.</source>
        <translation>printvaultd ist nicht gestartet. Seine Meldungen zeigt journalctl --user -u printvaultd.</translation>
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
    <message>
        <source>Not uploaded: over the print server&apos;s quota. Release it here or delete it.</source>
        <translation>Nicht hochgeladen: Das Kontingent des Druckservers wäre überschritten. Geben Sie den Auftrag hier frei oder löschen Sie ihn.</translation>
    </message>
    <message>
        <source>Waiting to upload</source>
        <translation>Wartet auf das Hochladen</translation>
    </message>
    <message>
        <source>Waiting to upload: %1</source>
        <translation>Wartet auf das Hochladen: %1</translation>
    </message>
    <message>
        <source>Waiting to upload, next try at %1 (%2)</source>
        <translation>Wartet auf das Hochladen, nächster Versuch um %1 (%2)</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>noch nicht versucht</translation>
    </message>
    <message>
        <source>Uploading to the print server… %1 %</source>
        <translation>Wird auf den Druckserver hochgeladen… %1 %</translation>
    </message>
    <message>
        <source>Held on the print server</source>
        <translation>Auf dem Druckserver angehalten</translation>
    </message>
    <message>
        <source>On the print server: %1</source>
        <translation>Auf dem Druckserver: %1</translation>
    </message>
    <message>
        <source>Releasing “%1” on the print server…</source>
        <translation>„%1“ wird auf dem Druckserver freigegeben…</translation>
    </message>
    <message>
        <source>the print server</source>
        <translation>den Druckserver</translation>
    </message>
    <message numerus="yes">
        <source>The print server printed %n impression(s).</source>
        <translation>
            <numerusform>Der Druckserver hat %n Druckseite gedruckt.</numerusform>
            <numerusform>Der Druckserver hat %n Druckseiten gedruckt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The print server ended the job: %1.</source>
        <translation>Der Druckserver hat den Auftrag beendet: %1.</translation>
    </message>
    <message>
        <source>Not uploaded: over the print server&apos;s quota; checked again at %1. Release it here or delete it.</source>
        <translation>Nicht hochgeladen: Das Kontingent des Druckservers wäre überschritten; erneute Prüfung um %1. Geben Sie den Auftrag hier frei oder löschen Sie ihn.</translation>
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
    <message>
        <source>From %1, as of %2</source>
        <translation>Von %1, Stand %2</translation>
    </message>
    <message numerus="yes">
        <source>over the last %n day(s)</source>
        <translation>
            <numerusform>im Zeitraum von %n Tag</numerusform>
            <numerusform>im Zeitraum von %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>no page limit</source>
        <translation>kein Seitenlimit</translation>
    </message>
    <message>
        <source>not reachable now: %1</source>
        <translation>derzeit nicht erreichbar: %1</translation>
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
    <message>
        <source>Held jobs are deleted after (hours)</source>
        <translation>Angehaltene Aufträge werden gelöscht nach (Stunden)</translation>
    </message>
    <message>
        <source>Largest vault (MB, 0: no limit)</source>
        <translation>Höchstgröße des Tresors (MB, 0: keine Grenze)</translation>
    </message>
    <message>
        <source>Free disk space kept (MB)</source>
        <translation>Freizuhaltender Speicherplatz (MB)</translation>
    </message>
    <message>
        <source>Keep jobs after an MFP prints them</source>
        <translation>Aufträge nach dem Druck am MFP behalten</translation>
    </message>
    <message>
        <source>Largest document (MB)</source>
        <translation>Höchstgröße eines Dokuments (MB)</translation>
    </message>
    <message>
        <source>Printer port on this computer (0: off)</source>
        <translation>Druckerport auf diesem Computer (0: aus)</translation>
    </message>
    <message>
        <source>Conversion time limit (seconds)</source>
        <translation>Zeitlimit für die Umwandlung (Sekunden)</translation>
    </message>
    <message>
        <source>Pages per month (0: no limit)</source>
        <translation>Seiten pro Monat (0: keine Grenze)</translation>
    </message>
    <message>
        <source>Colour pages per month (0: no limit)</source>
        <translation>Farbseiten pro Monat (0: keine Grenze)</translation>
    </message>
    <message>
        <source>Quota starts again on day</source>
        <translation>Kontingent beginnt neu am Tag</translation>
    </message>
    <message>
        <source>Over quota: warn only</source>
        <translation>Kontingent überschritten: nur warnen</translation>
    </message>
    <message>
        <source>Always print in black and white</source>
        <translation>Immer schwarzweiß drucken</translation>
    </message>
    <message>
        <source>Always print two-sided</source>
        <translation>Immer beidseitig drucken</translation>
    </message>
    <message>
        <source>Watermark on every page</source>
        <translation>Wasserzeichen auf jeder Seite</translation>
    </message>
    <message>
        <source>Try a busy printer again for (seconds)</source>
        <translation>Belegten Drucker erneut versuchen für (Sekunden)</translation>
    </message>
    <message>
        <source>MFP connection port (0: off)</source>
        <translation>Port für MFP-Verbindungen (0: aus)</translation>
    </message>
    <message>
        <source>MFP connections accepted on</source>
        <translation>MFP-Verbindungen angenommen auf</translation>
    </message>
    <message>
        <source>MFP sign-in lasts (minutes)</source>
        <translation>Dauer der Anmeldung am MFP (Minuten)</translation>
    </message>
    <message>
        <source>Failed sign-ins before a lock</source>
        <translation>Fehlgeschlagene Anmeldungen bis zur Sperre</translation>
    </message>
    <message>
        <source>Sign-in lock lasts (minutes)</source>
        <translation>Dauer der Anmeldesperre (Minuten)</translation>
    </message>
    <message>
        <source>Lock this window after idle (minutes)</source>
        <translation>Dieses Fenster nach Inaktivität sperren (Minuten)</translation>
    </message>
    <message>
        <source>Organisation sign-in</source>
        <translation>Anmeldung bei der Organisation</translation>
    </message>
    <message>
        <source>Sign-in client</source>
        <translation>Anmelde-Client</translation>
    </message>
    <message>
        <source>Sign-in scopes</source>
        <translation>Anmelde-Scopes</translation>
    </message>
    <message>
        <source>Sign-in return address</source>
        <translation>Rücksprungadresse der Anmeldung</translation>
    </message>
    <message>
        <source>Sign in with a code</source>
        <translation>Anmeldung mit einem Code</translation>
    </message>
    <message>
        <source>Sign out after idle (minutes)</source>
        <translation>Abmelden nach Inaktivität (Minuten)</translation>
    </message>
    <message>
        <source>MFP apps that may sign in</source>
        <translation>MFP-Apps, die sich anmelden dürfen</translation>
    </message>
    <message>
        <source>Sign-in certificate authority</source>
        <translation>Zertifizierungsstelle der Anmeldung</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
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
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign out (%1)</source>
        <translation>Abmelden (%1)</translation>
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
<context>
    <name>pv::audit</name>
    <message>
        <source>The audit keys are not open yet.</source>
        <translation>Die Schlüssel des Prüfprotokolls sind noch nicht geöffnet.</translation>
    </message>
    <message>
        <source>The audit log has no records in that range.</source>
        <translation>Das Prüfprotokoll enthält in diesem Bereich keine Einträge.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>line %1 of %2 is not a whole record: it was changed or cut off</source>
        <translation>Zeile %1 in %2 ist kein vollständiger Eintrag: Sie wurde verändert oder abgeschnitten</translation>
    </message>
    <message>
        <source>records %1 to %2 are missing from the start of the log</source>
        <translation>die Einträge %1 bis %2 fehlen am Anfang des Protokolls</translation>
    </message>
    <message>
        <source>the export&apos;s header is not signed by this key (changed, or another log&apos;s)</source>
        <translation>der Kopf des Exports ist nicht mit diesem Schlüssel signiert (verändert, oder der eines anderen Protokolls)</translation>
    </message>
    <message>
        <source>records %1 to %2 are missing from the end of the export</source>
        <translation>die Einträge %1 bis %2 fehlen am Ende des Exports</translation>
    </message>
    <message>
        <source>record %1 does not match the export&apos;s signed head</source>
        <translation>Eintrag %1 stimmt nicht mit dem signierten Kopf des Exports überein</translation>
    </message>
    <message>
        <source>an exported file is verified on its own</source>
        <translation>eine exportierte Datei wird für sich allein geprüft</translation>
    </message>
    <message>
        <source>there are no records to verify</source>
        <translation>es gibt keine Einträge zu prüfen</translation>
    </message>
</context>
<context>
    <name>pv::audit::AuditLog</name>
    <message>
        <source>cannot open the audit log %1: %2</source>
        <translation>das Prüfprotokoll %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot repair the audit log %1</source>
        <translation>das Prüfprotokoll %1 kann nicht repariert werden</translation>
    </message>
    <message>
        <source>cannot open the audit log %1</source>
        <translation>das Prüfprotokoll %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>the audit keys in the keychain are damaged</source>
        <translation>die Schlüssel des Prüfprotokolls im Schlüsselbund sind beschädigt</translation>
    </message>
    <message>
        <source>cannot write the audit log %1</source>
        <translation>das Prüfprotokoll %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot sync the audit log %1</source>
        <translation>das Prüfprotokoll %1 kann nicht auf den Datenträger geschrieben werden</translation>
    </message>
</context>
<context>
    <name>pv::audit::AuditMethods</name>
    <message>
        <source>The audit log&apos;s keys are not open yet.</source>
        <translation>Die Schlüssel des Prüfprotokolls sind noch nicht geöffnet.</translation>
    </message>
    <message>
        <source>The limit must be from 1 to 500.</source>
        <translation>Die Grenze muss zwischen 1 und 500 liegen.</translation>
    </message>
    <message>
        <source>The export needs an absolute path to write to.</source>
        <translation>Der Export braucht einen absoluten Pfad als Ziel.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD) or an ISO 8601 time.</source>
        <translation>„%1“ ist weder ein Datum (YYYY-MM-DD) noch eine ISO-8601-Zeitangabe.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>audit.mask needs a value.</source>
        <translation>audit.mask braucht einen Wert.</translation>
    </message>
</context>
<context>
    <name>pv::audit::Verify</name>
    <message>
        <source>The export is intact: records %1 to %2, signed.
</source>
        <translation>Der Export ist unversehrt: Einträge %1 bis %2, signiert.
</translation>
    </message>
    <message>
        <source>The audit log is intact: records %1 to %2, signed through record %3 (%4 checkpoints).
</source>
        <translation>Das Prüfprotokoll ist unversehrt: Einträge %1 bis %2, signiert bis Eintrag %3 (%4 Prüfpunkte).
</translation>
    </message>
    <message>
        <source>Records after %1 are chained but not yet signed (the daemon signs within a second).
</source>
        <translation>Einträge nach %1 sind verkettet, aber noch nicht signiert (der Dienst signiert innerhalb einer Sekunde).
</translation>
    </message>
    <message>
        <source>TAMPERED at record %1: %2
</source>
        <translation>MANIPULIERT bei Eintrag %1: %2
</translation>
    </message>
    <message>
        <source>Cannot verify: %1
</source>
        <translation>Prüfung nicht möglich: %1
</translation>
    </message>
    <message>
        <source>(seen in %1, line %2)
</source>
        <translation>(gefunden in %1, Zeile %2)
</translation>
    </message>
    <message>
        <source>audit verify: --key needs the public key&apos;s PEM file
</source>
        <translation>audit verify: --key braucht die PEM-Datei des öffentlichen Schlüssels
</translation>
    </message>
    <message>
        <source>audit verify: unknown option %1
Usage: audit verify [--json] [--key PUBLIC.pem] [FILE...]
</source>
        <translation>audit verify: unbekannte Option %1
Aufruf: audit verify [--json] [--key PUBLIC.pem] [FILE...]
</translation>
    </message>
    <message>
        <source>audit verify: no audit files in %1
</source>
        <translation>audit verify: keine Prüfprotokolldateien in %1
</translation>
    </message>
    <message>
        <source>audit verify: cannot read the public key %1 (give it with --key)
</source>
        <translation>audit verify: der öffentliche Schlüssel %1 kann nicht gelesen werden (geben Sie ihn mit --key an)
</translation>
    </message>
    <message>
        <source>audit verify: %1: %2
</source>
        <translation>audit verify: %1: %2
</translation>
    </message>
    <message>
        <source>Key: %1 (the copy beside the log; compare its fingerprint with one kept elsewhere)
</source>
        <translation>Schlüssel: %1 (die Kopie neben dem Protokoll; vergleichen Sie ihren Fingerabdruck mit einem anderswo aufbewahrten)
</translation>
    </message>
</context>
<context>
    <name>pv::audit::Walker</name>
    <message>
        <source>record %1 is out of order: record %2 stands in its place</source>
        <translation>Eintrag %1 steht nicht in der richtigen Reihenfolge: An seiner Stelle steht Eintrag %2</translation>
    </message>
    <message>
        <source>record %1 is missing (the next one is %2)</source>
        <translation>Eintrag %1 fehlt (der nächste ist %2)</translation>
    </message>
    <message>
        <source>record 1 does not start the chain: it was changed</source>
        <translation>Eintrag 1 beginnt die Kette nicht: Er wurde verändert</translation>
    </message>
    <message>
        <source>record %1 was changed: its hash is not the one record %2 carries</source>
        <translation>Eintrag %1 wurde verändert: Sein Hash ist nicht der, den Eintrag %2 enthält</translation>
    </message>
    <message>
        <source>the checkpoint at record %1 is not signed by this key (changed, or another log&apos;s)</source>
        <translation>der Prüfpunkt bei Eintrag %1 ist nicht mit diesem Schlüssel signiert (verändert, oder der eines anderen Protokolls)</translation>
    </message>
    <message>
        <source>records %1 to %2 are missing: the log ends at %3, but a signed checkpoint names %2</source>
        <translation>die Einträge %1 bis %2 fehlen: Das Protokoll endet bei %3, aber ein signierter Prüfpunkt nennt %2</translation>
    </message>
    <message>
        <source>record %1 was changed: it does not match its signed checkpoint</source>
        <translation>Eintrag %1 wurde verändert: Er stimmt nicht mit seinem signierten Prüfpunkt überein</translation>
    </message>
</context>
<context>
    <name>pv::capture</name>
    <message numerus="yes">
        <source>Held in PrintVault as job %1 (%n page(s))</source>
        <translation>
            <numerusform>In PrintVault als Auftrag %1 angehalten (%n Seite)</numerusform>
            <numerusform>In PrintVault als Auftrag %1 angehalten (%n Seiten)</numerusform>
        </translation>
    </message>
    <message>
        <source>unsupported format %1</source>
        <translation>nicht unterstütztes Format %1</translation>
    </message>
    <message>
        <source>a job&apos;s sealed ticket is not readable</source>
        <translation>das versiegelte Ticket eines Auftrags ist nicht lesbar</translation>
    </message>
    <message>
        <source>cannot listen for IPP on %1: %2</source>
        <translation>IPP kann nicht auf %1 empfangen: %2</translation>
    </message>
    <message>
        <source>the socket path %1 is too long</source>
        <translation>der Socket-Pfad %1 ist zu lang</translation>
    </message>
    <message>
        <source>Capture resumed.</source>
        <translation>Annahme fortgesetzt.</translation>
    </message>
    <message>
        <source>Capture paused.</source>
        <translation>Annahme pausiert.</translation>
    </message>
    <message numerus="yes">
        <source>the document stopped its converter %n time(s) and was given up</source>
        <translation>
            <numerusform>der Konverter ist bei diesem Dokument %n Mal abgebrochen; es wurde aufgegeben</numerusform>
            <numerusform>der Konverter ist bei diesem Dokument %n Mal abgebrochen; es wurde aufgegeben</numerusform>
        </translation>
    </message>
    <message>
        <source>PrintVault is shutting down</source>
        <translation>PrintVault wird beendet</translation>
    </message>
    <message>
        <source>cannot create a scratch folder for the converter</source>
        <translation>für den Konverter kann kein Arbeitsordner angelegt werden</translation>
    </message>
    <message>
        <source>the document did not finish converting within %1 s and was stopped</source>
        <translation>die Umwandlung des Dokuments wurde nicht innerhalb von %1 s fertig und wurde abgebrochen</translation>
    </message>
    <message>
        <source>the converted document is larger than the limit of %1 MB</source>
        <translation>das umgewandelte Dokument ist größer als die Grenze von %1 MB</translation>
    </message>
    <message>
        <source>the document needed more processor time than its converter may use</source>
        <translation>das Dokument brauchte mehr Rechenzeit, als sein Konverter verwenden darf</translation>
    </message>
    <message>
        <source>the job was canceled</source>
        <translation>der Auftrag wurde abgebrochen</translation>
    </message>
    <message>
        <source>the document converter (printvault-worker) cannot be started: %1</source>
        <translation>der Dokumentkonverter (printvault-worker) kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>the document needs more than %1 MB of memory to convert</source>
        <translation>das Dokument braucht zur Umwandlung mehr als %1 MB Arbeitsspeicher</translation>
    </message>
</context>
<context>
    <name>pv::cli</name>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>in %1 min</source>
        <translation>in %1 min</translation>
    </message>
    <message>
        <source>in %1 h</source>
        <translation>in %1 h</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>in %1 Tagen</translation>
    </message>
    <message>
        <source>No jobs held. Print to &quot;PrintVault&quot; or run: printvault-cli submit FILE.pdf
</source>
        <translation>Keine Aufträge angehalten. Drucken Sie auf „PrintVault“ oder führen Sie aus: printvault-cli submit FILE.pdf
</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>PAGES</source>
        <translation>SEITEN</translation>
    </message>
    <message>
        <source>COLOUR</source>
        <translation>FARBE</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>LÄUFT AB</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>%1 (%2 colour: %3)</source>
        <translation>%1 (%2 farbig: %3)</translation>
    </message>
    <message>
        <source>Colour mode</source>
        <translation>Farbmodus</translation>
    </message>
    <message>
        <source>pages %1 %2</source>
        <translation>Seiten %1 %2</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <source>In colour</source>
        <translation>Farbig</translation>
    </message>
    <message>
        <source>%1 page(s) print in colour</source>
        <translation>%1 Seite(n) werden farbig gedruckt</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Exemplare</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>printvaultd %1 (pid %2): %3
</source>
        <translation>printvaultd %1 (PID %2): %3
</translation>
    </message>
    <message>
        <source>  jobs held: %1, vault size %2%3
</source>
        <translation>  angehaltene Aufträge: %1, Tresorgröße %2%3
</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source>  printer: %1
</source>
        <translation>  Drucker: %1
</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>  retention: %1 h%2
</source>
        <translation>  Aufbewahrung: %1 h%2
</translation>
    </message>
    <message>
        <source> (set by policy)</source>
        <translation> (durch Richtlinie festgelegt)</translation>
    </message>
    <message>
        <source>MFP API:      %1
Certificate:  %2 (%3)
Valid:        %4 to %5
SHA-256:      %6
</source>
        <translation>MFP-Schnittstelle: %1
Zertifikat:        %2 (%3)
Gültig:            %4 bis %5
SHA-256:           %6
</translation>
    </message>
    <message>
        <source>listening on port %1</source>
        <translation>empfängt auf Port %1</translation>
    </message>
    <message>
        <source>not listening</source>
        <translation>empfängt nicht</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>selbstsigniert</translation>
    </message>
    <message>
        <source>CA-issued</source>
        <translation>von einer CA ausgestellt</translation>
    </message>
    <message>
        <source>Installed.
</source>
        <translation>Installiert.
</translation>
    </message>
    <message>
        <source>cert takes: show | install CERT KEY [CHAIN]</source>
        <translation>cert erwartet: show | install CERT KEY [CHAIN]</translation>
    </message>
    <message>
        <source>devices pair takes [--name NAME]</source>
        <translation>devices pair erwartet [--name NAME]</translation>
    </message>
    <message>
        <source>Pairing code: %1
Enter it on the MFP before %2. It works once.
</source>
        <translation>Kopplungscode: %1
Geben Sie ihn vor %2 am MFP ein. Er gilt nur einmal.
</translation>
    </message>
    <message>
        <source>No paired devices.
</source>
        <translation>Keine gekoppelten Geräte.
</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>LAST SEEN</source>
        <translation>ZULETZT GESEHEN</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>paired</source>
        <translation>gekoppelt</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>widerrufen %1</translation>
    </message>
    <message>
        <source>Revoked device %1; its sessions have ended.
</source>
        <translation>Gerät %1 widerrufen; seine Sitzungen sind beendet.
</translation>
    </message>
    <message>
        <source>devices takes: pair [--name N] | list | revoke ID</source>
        <translation>devices erwartet: pair [--name N] | list | revoke ID</translation>
    </message>
    <message>
        <source>pin takes: set [--user USER], with the PIN on standard input</source>
        <translation>pin erwartet: set [--user USER], mit der PIN auf der Standardeingabe</translation>
    </message>
    <message>
        <source>New PIN (4-12 digits): </source>
        <translation>Neue PIN (4–12 Ziffern): </translation>
    </message>
    <message>
        <source>PIN set for %1.
</source>
        <translation>PIN für %1 festgelegt.
</translation>
    </message>
    <message>
        <source>Card registered for %1.
</source>
        <translation>Ausweis für %1 registriert.
</translation>
    </message>
    <message>
        <source>jobs release takes ID --printer NAME|URI [--copies N] [--duplex] [--mono] [--watermark]</source>
        <translation>jobs release erwartet ID --printer NAME|URI [--copies N] [--duplex] [--mono] [--watermark]</translation>
    </message>
    <message>
        <source>Releasing job %1 to %2...
</source>
        <translation>Auftrag %1 wird an %2 freigegeben...
</translation>
    </message>
    <message>
        <source>  page %1 of %2 rendered and sent
</source>
        <translation>  Seite %1 von %2 aufbereitet und gesendet
</translation>
    </message>
    <message>
        <source>  %1% sent
</source>
        <translation>  %1 % gesendet
</translation>
    </message>
    <message>
        <source>  the printer is not ready (%1); trying again in %2 s
</source>
        <translation>  der Drucker ist nicht bereit (%1); neuer Versuch in %2 s
</translation>
    </message>
    <message>
        <source>Printed: printer job %1 %2, %3 impression(s) (%4 in colour) on %5 sheet(s).%6
</source>
        <translation>Gedruckt: Druckerauftrag %1 %2, %3 Druckseite(n) (%4 farbig) auf %5 Blatt.%6
</translation>
    </message>
    <message>
        <source> The job is deleted.</source>
        <translation> Der Auftrag ist gelöscht.</translation>
    </message>
    <message>
        <source> The job is kept (policy).</source>
        <translation> Der Auftrag wird behalten (Richtlinie).</translation>
    </message>
    <message>
        <source>Warning: over quota. %1
</source>
        <translation>Warnung: Kontingent überschritten. %1
</translation>
    </message>
    <message>
        <source>quota takes no arguments (but --json)</source>
        <translation>quota erwartet keine Argumente (außer --json)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 used, %4 left
</source>
        <translation>%1: %2 von %3 verbraucht, %4 übrig
</translation>
    </message>
    <message>
        <source>%1: %2 used, no limit
</source>
        <translation>%1: %2 verbraucht, keine Grenze
</translation>
    </message>
    <message>
        <source>Colour pages</source>
        <translation>Farbseiten</translation>
    </message>
    <message>
        <source>Resets: %1
</source>
        <translation>Zurückgesetzt am: %1
</translation>
    </message>
    <message>
        <source>usage takes [--month YYYY-MM], or export --csv [--from YYYY-MM-DD] [--to YYYY-MM-DD]</source>
        <translation>usage erwartet [--month YYYY-MM] oder export --csv [--from YYYY-MM-DD] [--to YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>%1, %2: %3 impression(s), %4 in colour, %5 sheet(s), %6 job(s)
</source>
        <translation>%1, %2: %3 Druckseite(n), %4 farbig, %5 Blatt, %6 Auftrag/Aufträge
</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>raster</source>
        <translation>Raster</translation>
    </message>
    <message>
        <source>, colour</source>
        <translation>, Farbe</translation>
    </message>
    <message>
        <source>, mono</source>
        <translation>, Schwarz-Weiß</translation>
    </message>
    <message>
        <source>, duplex</source>
        <translation>, beidseitig</translation>
    </message>
    <message>
        <source>  Make and model:  %1
</source>
        <translation>  Hersteller/Modell: %1
</translation>
    </message>
    <message>
        <source>  Formats:         %1
</source>
        <translation>  Formate:           %1
</translation>
    </message>
    <message>
        <source>  Sides:           %1
</source>
        <translation>  Seiten:            %1
</translation>
    </message>
    <message>
        <source>  Colour modes:    %1
</source>
        <translation>  Farbmodi:          %1
</translation>
    </message>
    <message>
        <source>  Copies:          1-%1
</source>
        <translation>  Exemplare:         1–%1
</translation>
    </message>
    <message>
        <source>  Default media:   %1
</source>
        <translation>  Standardmedium:    %1
</translation>
    </message>
    <message>
        <source>  Raster dpi:      %1
</source>
        <translation>  Raster-dpi:        %1
</translation>
    </message>
    <message>
        <source>  Raster types:    %1
</source>
        <translation>  Rastertypen:       %1
</translation>
    </message>
    <message>
        <source>  URF:             %1
</source>
        <translation>  URF:               %1
</translation>
    </message>
    <message>
        <source>  Checked:         %1
</source>
        <translation>  Geprüft:           %1
</translation>
    </message>
    <message>
        <source>No printers saved. Add one with: printvault-cli printers add URI --name NAME
</source>
        <translation>Keine Drucker gespeichert. Fügen Sie einen hinzu mit: printvault-cli printers add URI --name NAME
</translation>
    </message>
    <message>
        <source>on the network</source>
        <translation>im Netzwerk</translation>
    </message>
    <message>
        <source>a CUPS queue</source>
        <translation>eine CUPS-Warteschlange</translation>
    </message>
    <message>
        <source>No printers found.
</source>
        <translation>Keine Drucker gefunden.
</translation>
    </message>
    <message>
        <source>Note: %1
</source>
        <translation>Hinweis: %1
</translation>
    </message>
    <message>
        <source>Saved </source>
        <translation>Gespeichert: </translation>
    </message>
    <message>
        <source>no saved printer is called &apos;%1&apos;</source>
        <translation>kein gespeicherter Drucker heißt „%1“</translation>
    </message>
    <message>
        <source>Trusting the certificate of %1 from now on: %2
</source>
        <translation>Dem Zertifikat von %1 wird ab jetzt vertraut: %2
</translation>
    </message>
    <message>
        <source>Removed %1
</source>
        <translation>%1 entfernt
</translation>
    </message>
    <message>
        <source>printers takes discover, add URI [--name N], list, show NAME, refresh NAME, trust NAME|URI or remove NAME</source>
        <translation>printers erwartet discover, add URI [--name N], list, show NAME, refresh NAME, trust NAME|URI oder remove NAME</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>cannot reach printvaultd at %1 (%2). Is it running? Start it with: printvaultd</source>
        <translation>printvaultd ist unter %1 nicht erreichbar (%2). Läuft er? Starten Sie ihn mit: printvaultd</translation>
    </message>
    <message>
        <source>--socket needs a path</source>
        <translation>--socket braucht einen Pfad</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>--title, --copies and --owner need a value</source>
        <translation>--title, --copies und --owner brauchen einen Wert</translation>
    </message>
    <message>
        <source>submit takes exactly one file</source>
        <translation>submit erwartet genau eine Datei</translation>
    </message>
    <message>
        <source>--copies must be a number from 1 to 999</source>
        <translation>--copies muss eine Zahl von 1 bis 999 sein</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Held job %1: &quot;%2&quot;, %3 page(s), %4 in colour, %5
</source>
        <translation>Auftrag %1 angehalten: „%2“, %3 Seite(n), %4 farbig, %5
</translation>
    </message>
    <message>
        <source>Deleted job %1; its key is destroyed.
</source>
        <translation>Auftrag %1 gelöscht; sein Schlüssel ist vernichtet.
</translation>
    </message>
    <message>
        <source>jobs takes: list | show ID | export ID PATH | delete ID | release ID --printer URI</source>
        <translation>jobs erwartet: list | show ID | export ID PATH | delete ID | release ID --printer URI</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported %1 to %2 (SHA-256 verified)
</source>
        <translation>%1 nach %2 exportiert (SHA-256 geprüft)
</translation>
    </message>
    <message>
        <source>a printer name may have letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos; only</source>
        <translation>ein Druckername darf nur Buchstaben, Ziffern, „_“, „.“ und „-“ enthalten</translation>
    </message>
    <message>
        <source>CUPS refused: %1</source>
        <translation>CUPS hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>printvaultd went away</source>
        <translation>printvaultd ist nicht mehr erreichbar</translation>
    </message>
    <message>
        <source>  printer on TCP: ipp://localhost:%1/ipp/print (other local accounts can reach it)
</source>
        <translation>  Drucker über TCP: ipp://localhost:%1/ipp/print (andere lokale Konten können ihn erreichen)
</translation>
    </message>
    <message>
        <source>This computer is not connected to an organisation (policy names no sign-in service).
</source>
        <translation>Dieser Computer ist mit keiner Organisation verbunden (die Richtlinie nennt keinen Anmeldedienst).
</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Signed in as %1
Organisation: %2
</source>
        <translation>Angemeldet als %1
Organisation: %2
</translation>
    </message>
    <message>
        <source>whoami takes no arguments</source>
        <translation>whoami nimmt keine Argumente</translation>
    </message>
    <message>
        <source>logout takes no arguments</source>
        <translation>logout nimmt keine Argumente</translation>
    </message>
    <message>
        <source>Signed out. This computer keeps no token of the session.
</source>
        <translation>Abgemeldet. Dieser Computer behält kein Token der Sitzung.
</translation>
    </message>
    <message>
        <source>login takes only [--device]</source>
        <translation>login nimmt nur [--device]</translation>
    </message>
    <message numerus="yes">
        <source>To sign in, open %1 on any device and enter the code

    %2

The code is valid for %n minute(s). Waiting…
</source>
        <translation>
            <numerusform>Öffnen Sie zum Anmelden %1 auf einem beliebigen Gerät und geben Sie diesen Code ein:

    %2

Der Code gilt %n Minute. Warte …
</numerusform>
            <numerusform>Öffnen Sie zum Anmelden %1 auf einem beliebigen Gerät und geben Sie diesen Code ein:

    %2

Der Code gilt %n Minuten. Warte …
</numerusform>
        </translation>
    </message>
    <message>
        <source>Your browser was opened at:
%1
Continue there. Waiting…
</source>
        <translation>Ihr Browser wurde geöffnet mit:
%1
Fahren Sie dort fort. Warte …
</translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in:
%1
Waiting…
</source>
        <translation>Öffnen Sie zum Anmelden diese Adresse in einem Browser:
%1
Warte …
</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>%1 (%2 at %3)</source>
        <translation>%1 (%2 bei %3)</translation>
    </message>
    <message>
        <source>%1 is missing; it checks audit files</source>
        <translation>%1 fehlt; es prüft die Prüfprotokolldateien</translation>
    </message>
    <message>
        <source>%1 did not finish: %2</source>
        <translation>%1 ist nicht fertig geworden: %2</translation>
    </message>
    <message>
        <source>audit takes: verify [--key PEM] [FILE...] | export [--from DATE] [--to DATE] [--masked] [--output FILE] | public-key | mask NAME | activity</source>
        <translation>audit erwartet: verify [--key PEM] [FILE...] | export [--from DATE] [--to DATE] [--masked] [--output FILE] | public-key | mask NAME | activity</translation>
    </message>
    <message>
        <source>audit export takes [--from DATE] [--to DATE] [--masked] [--output FILE]</source>
        <translation>audit export erwartet [--from DATE] [--to DATE] [--masked] [--output FILE]</translation>
    </message>
    <message>
        <source>Exported records %1 to %2 to %3.
</source>
        <translation>Einträge %1 bis %2 nach %3 exportiert.
</translation>
    </message>
    <message>
        <source>CUPS is not installed (no %1); install the cups package first</source>
        <translation>CUPS ist nicht installiert (kein %1); installieren Sie zuerst das Paket cups</translation>
    </message>
    <message>
        <source>%1 did not finish</source>
        <translation>%1 ist nicht fertig geworden</translation>
    </message>
    <message>
        <source>%1 exit code %2</source>
        <translation>%1 Exit-Code %2</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 takes only [--name NAME] [--cupsd-conf PATH]</source>
        <translation>%1 erwartet nur [--name NAME] [--cupsd-conf PATH]</translation>
    </message>
    <message>
        <source>%1 changes the system&apos;s printing setup, so it must run as root. Run:
  sudo printvault-cli %1
It adds (or removes) the CUPS queue &quot;%2&quot; with the printvault backend, which hands each job to the vault of the account that printed it, and, in %3, the queue&apos;s policy &quot;printvault&quot; (CUPS authenticates who prints) and PreserveJobFiles No (CUPS keeps no plaintext copy of printed documents).</source>
        <translation>%1 ändert die Druckeinrichtung des Systems und muss daher als root laufen. Führen Sie aus:
  sudo printvault-cli %1
Es legt die CUPS-Warteschlange „%2“ mit dem Backend printvault an (oder entfernt sie), das jeden Auftrag an den Tresor des Kontos übergibt, das ihn gedruckt hat, und in %3 die Richtlinie „printvault“ der Warteschlange (CUPS prüft, wer druckt) sowie PreserveJobFiles No (CUPS behält keine Klartextkopie gedruckter Dokumente).</translation>
    </message>
    <message>
        <source>CUPS has no printvault backend (lpinfo: %1). Install the printvault package, or copy printvault-backend to CUPS&apos;s backend folder as &quot;printvault&quot;, owned by root, mode 0700.</source>
        <translation>CUPS hat kein printvault-Backend (lpinfo: %1). Installieren Sie das Paket printvault, oder kopieren Sie printvault-backend als „printvault“ in den Backend-Ordner von CUPS, mit Besitzer root und Modus 0700.</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>nichts gefunden</translation>
    </message>
    <message>
        <source>cannot write the queue&apos;s PPD: %1</source>
        <translation>die PPD der Warteschlange kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Added printer &quot;%1&quot; (%2): each local account&apos;s jobs go to its own vault.
%3: policy &quot;printvault&quot; for the queue, and PreserveJobFiles No%4.
</source>
        <translation>Drucker „%1“ (%2) hinzugefügt: Die Aufträge jedes lokalen Kontos kommen in dessen eigenen Tresor.
%3: Richtlinie „printvault“ für die Warteschlange und PreserveJobFiles No%4.
</translation>
    </message>
    <message>
        <source> (already there)</source>
        <translation> (bereits vorhanden)</translation>
    </message>
    <message>
        <source>Removed printer &quot;%1&quot;, and PrintVault&apos;s settings from %2.
</source>
        <translation>Drucker „%1“ und die Einstellungen von PrintVault in %2 entfernt.
</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>SET BY</source>
        <translation>FESTGELEGT DURCH</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>%1 (locked)</source>
        <translation>%1 (gesperrt)</translation>
    </message>
    <message>
        <source>--policy needs a file</source>
        <translation>--policy braucht eine Datei</translation>
    </message>
    <message>
        <source>%1: every key is valid
</source>
        <translation>%1: Alle Schlüssel sind gültig
</translation>
    </message>
    <message>
        <source>policy takes: show [--policy FILE] | validate FILE</source>
        <translation>policy erwartet: show [--policy FILE] | validate FILE</translation>
    </message>
    <message>
        <source>No policy files (%1 and %2/policy.d/*.ini are absent).
</source>
        <translation>Keine Richtliniendateien (%1 und %2/policy.d/*.ini fehlen).
</translation>
    </message>
    <message>
        <source>Policy files, in the order they are read (a later one wins):
</source>
        <translation>Richtliniendateien in der Reihenfolge, in der sie gelesen werden (eine spätere hat Vorrang):
</translation>
    </message>
    <message>
        <source>held on the server (%1)</source>
        <translation>auf dem Server angehalten (%1)</translation>
    </message>
    <message>
        <source>uploading %1%</source>
        <translation>wird hochgeladen (%1 %)</translation>
    </message>
    <message>
        <source>uploading</source>
        <translation>wird hochgeladen</translation>
    </message>
    <message>
        <source>waiting to upload</source>
        <translation>wartet auf das Hochladen</translation>
    </message>
    <message>
        <source>waiting to upload (%1; needs you)</source>
        <translation>wartet auf das Hochladen (%1; Ihr Eingreifen ist nötig)</translation>
    </message>
    <message>
        <source>waiting to upload (%1; next try %2)</source>
        <translation>wartet auf das Hochladen (%1; nächster Versuch %2)</translation>
    </message>
    <message>
        <source>held here</source>
        <translation>hier angehalten</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>ORT</translation>
    </message>
    <message>
        <source>The print server&apos;s jobs are not shown: %1
</source>
        <translation>Die Aufträge auf dem Druckserver werden nicht angezeigt: %1
</translation>
    </message>
    <message>
        <source>Server:      %1
Mode:        %2
Account:     %3 (%4)
Connection:  %5
</source>
        <translation>Server:          %1
Modus:           %2
Konto:           %3 (%4)
Verbindung:      %5
</translation>
    </message>
    <message>
        <source>password in the keychain</source>
        <translation>Passwort im Schlüsselbund</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>nicht angemeldet</translation>
    </message>
    <message>
        <source>Last error:  %1
</source>
        <translation>Letzter Fehler:  %1
</translation>
    </message>
    <message numerus="yes">
        <source>Outbox:      %n job(s)
</source>
        <translation>
            <numerusform>Postausgang:     %n Auftrag
</numerusform>
            <numerusform>Postausgang:     %n Aufträge
</numerusform>
        </translation>
    </message>
    <message>
        <source>The server password is forgotten.
</source>
        <translation>Das Serverpasswort wurde gelöscht.
</translation>
    </message>
    <message>
        <source>server login takes [--user NAME] and reads the password from standard input</source>
        <translation>server login erwartet [--user NAME] und liest das Passwort von der Standardeingabe</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>die Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>server login reads the password from standard input; it was empty</source>
        <translation>server login liest das Passwort von der Standardeingabe; sie war leer</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2; the password is in the keychain.
</source>
        <translation>Bei %1 als %2 angemeldet; das Passwort liegt im Schlüsselbund.
</translation>
    </message>
    <message>
        <source>server takes: status | login [--user NAME] | logout</source>
        <translation>server erwartet: status | login [--user NAME] | logout</translation>
    </message>
    <message>
        <source>Releasing %1 on the print server...
</source>
        <translation>%1 wird auf dem Druckserver freigegeben...
</translation>
    </message>
    <message>
        <source>Printed: server job %1 %2, %3 impression(s).
</source>
        <translation>Gedruckt: Serverauftrag %1 %2, %3 Druckseite(n).
</translation>
    </message>
    <message>
        <source>card takes: set [--user USER], with the badge number on standard input</source>
        <translation>card erwartet: set [--user USER], mit der Ausweisnummer auf der Standardeingabe</translation>
    </message>
    <message>
        <source>Badge number: </source>
        <translation>Ausweisnummer: </translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>  converter workers: %1, seccomp %2, memory %3 MB, time limit %4 s, at most %5 pages, given up after %6 crashes
</source>
        <translation>  Konverter-Worker: %1, seccomp %2, Speicher %3 MB, Zeitlimit %4 s, höchstens %5 Seiten, aufgegeben nach %6 Abstürzen
</translation>
    </message>
    <message>
        <source>  render workers: at most %1 at once (%2 threads each), seccomp %3, memory %4 MB, time limit %5 s per try, processor time %6 s
</source>
        <translation>  Render-Worker: höchstens %1 gleichzeitig (je %2 Threads), seccomp %3, Speicher %4 MB, Zeitlimit %5 s pro Versuch, Rechenzeit %6 s
</translation>
    </message>
    <message>
        <source>From the print server %1, as of %2:
</source>
        <translation>Vom Druckserver %1, Stand %2:
</translation>
    </message>
    <message>
        <source>  Pages</source>
        <translation>  Seiten</translation>
    </message>
    <message>
        <source>  KB</source>
        <translation>  KB</translation>
    </message>
    <message numerus="yes">
        <source>  Period: the last %n day(s)
</source>
        <translation>
            <numerusform>  Zeitraum: %n Tag
</numerusform>
            <numerusform>  Zeitraum: die letzten %n Tage
</numerusform>
        </translation>
    </message>
    <message>
        <source>The print server&apos;s quota cannot be read now: %1
</source>
        <translation>Das Kontingent des Druckservers kann derzeit nicht gelesen werden: %1
</translation>
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
        <translation>Aufruf: printvault-cli [--json] [--socket PATH] COMMAND

Befehle:
  status                         Zustand des Dienstes und Größe des Tresors
  submit FILE [--title T] [--copies N] [--owner USER] [--no-wait]
                                 ein PDF im Tresor anhalten (FILE darf - für die Standardeingabe sein);
                                 --no-wait: zurückkehren, sobald es gespeichert ist, noch vor der Prüfung
  jobs list                      die angehaltenen Aufträge
  jobs show ID                   ein Auftrag vollständig (ID darf ein eindeutiger Anfang sein)
  jobs export ID PATH            das Dokument eines Auftrags nach PATH schreiben (- für die Standardausgabe)
  jobs delete ID                 einen Auftrag löschen und seinen Schlüssel vernichten
  jobs release ID --printer NAME|URI [--copies N] [--duplex] [--mono] [--watermark]
                                 einen Auftrag auf einem gespeicherten oder einem IPP-Drucker (ipp://, ipps://) drucken, dann löschen
  jobs release server-N          einen auf dem Druckserver angehaltenen Auftrag dort freigeben
  printers discover              Drucker, die CUPS kennt, und per DNS-SD angekündigte IPP-Drucker
  printers add URI [--name N]    einen Drucker speichern, nachdem er nach seinen Fähigkeiten gefragt wurde
  printers list | show NAME      die gespeicherten Drucker / die Fähigkeiten eines Druckers
  printers refresh NAME          den Drucker erneut nach seinen Fähigkeiten fragen
  printers trust NAME|URI        das Zertifikat annehmen, das ein ipps://-Drucker jetzt zeigt
  printers remove NAME           einen gespeicherten Drucker vergessen
  watch                          Ereignisse (Aufträge hinzugefügt, entfernt) laufend ausgeben
  install-printer [--name N] [--cupsd-conf PATH]
                                 als root: die Warteschlange PrintVault in CUPS anlegen (Backend printvault:/)
  uninstall-printer [--name N] [--cupsd-conf PATH]
                                 als root: sie entfernen, samt ihren Einstellungen in cupsd.conf
  usage [--month YYYY-MM]        gedruckte Seiten dieses (oder jenes) Monats, aus dem Verbrauchsbuch
  policy show [--policy FILE]    der wirksame Wert jeder Einstellung und die Datei, die ihn festlegt
  policy validate FILE           eine Richtliniendatei vor dem Verteilen prüfen

Druckserver (Richtlinie server/*, docs/server-setup.md):
  server status                  der Server, der Modus, die Verbindung und der Postausgang
  server login [--user NAME]     das Serverpasswort von der Standardeingabe lesen; wird einmal versucht
  server logout                  das Serverpasswort vergessen

Konto der Organisation (OpenID Connect, Richtlinie account/*):
  login [--device]               im Browser anmelden, oder mit einem Code auf einem anderen Gerät
  logout                         abmelden und die Tokens der Sitzung vergessen
  whoami                         wer angemeldet ist (Exit-Code 1, wenn niemand)

MFP-Abholdruck (HTTPS-Schnittstelle auf Port 5571):
  cert show                      das Zertifikat der Schnittstelle und sein SHA-256-Fingerabdruck
  cert install CERT KEY [CHAIN]  ein von einer CA ausgestelltes Zertifikat verwenden (PEM-Dateien)
  devices pair [--name N]        ein Einmalcode (8 Ziffern, 10 Minuten), um ein MFP zu koppeln
  devices list                   gekoppelte MFPs
  devices revoke ID              die Kopplung eines MFP und seine Sitzungen beenden
  pin set [--user U]             eine neue PIN (4–12 Ziffern) von der Standardeingabe lesen
  card set [--user U]            einen Ausweis (Badge) registrieren; die Nummer von der Standardeingabe

Prüfprotokoll (docs/audit.md):
  audit verify [--key PEM] [FILE...]
                                 Kette und Signaturen des Protokolls prüfen (offline; Standard: das Protokoll dieses Benutzers)
  audit export [--from DATE] [--to DATE] [--masked] [--output FILE]
                                 eine signierte Kopie der Einträge im Zeitraum
  audit public-key               der Schlüssel, mit dem sich das Protokoll prüfen lässt (PEM)
  audit mask NAME                NAME so, wie das maskierte Protokoll ihn schreibt, um seine Einträge zu finden
  audit activity                 Ihre letzten Ereignisse
</translation>
    </message>
    <message>
        <source>not held: %1 (nothing of the document is kept)</source>
        <translation>nicht angehalten: %1 (vom Dokument wird nichts aufbewahrt)</translation>
    </message>
    <message>
        <source>Stored job %1 encrypted (%2); it is being checked. `printvault-cli jobs show %1` shows it once it is held.
</source>
        <translation>Auftrag %1 verschlüsselt gespeichert (%2); er wird geprüft. `printvault-cli jobs show %1` zeigt ihn, sobald er angehalten ist.
</translation>
    </message>
    <message>
        <source>over the server&apos;s quota (checked again %1)</source>
        <translation>über dem Kontingent des Servers (erneute Prüfung %1)</translation>
    </message>
    <message>
        <source>not held yet: %1 (the document is kept, encrypted, and is held when PrintVault next starts)</source>
        <translation>noch nicht angehalten: %1 (das Dokument bleibt verschlüsselt erhalten und wird beim nächsten Start von PrintVault angehalten)</translation>
    </message>
    <message>
        <source>  raster pages drawn by: %1
</source>
        <translation>  Rasterseiten gezeichnet von: %1
</translation>
    </message>
</context>
<context>
    <name>pv::config</name>
    <message>
        <source>cannot open the lock file %1: %2</source>
        <translation>die Sperrdatei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>another printvaultd (pid %1) is already using this data folder</source>
        <translation>ein anderer printvaultd (PID %1) verwendet diesen Datenordner bereits</translation>
    </message>
    <message>
        <source>cannot write the lock file %1</source>
        <translation>die Sperrdatei %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>XDG_RUNTIME_DIR is not set; PrintVault needs a private per-user runtime folder (log in through a session manager, or set it to a 0700 folder you own)</source>
        <translation>XDG_RUNTIME_DIR ist nicht gesetzt; PrintVault braucht einen privaten Laufzeitordner pro Benutzer (melden Sie sich über einen Sitzungsmanager an, oder setzen Sie die Variable auf einen Ordner mit Modus 0700, der Ihnen gehört)</translation>
    </message>
    <message>
        <source>it must be a whole number from %1 to %2</source>
        <translation>erlaubt ist eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>it must be true or false</source>
        <translation>erlaubt ist true oder false</translation>
    </message>
    <message>
        <source>it must be an IPv4 or IPv6 address, such as 0.0.0.0 or 127.0.0.1</source>
        <translation>erlaubt ist eine IPv4- oder IPv6-Adresse, etwa 0.0.0.0 oder 127.0.0.1</translation>
    </message>
    <message>
        <source>%1: the file cannot be parsed</source>
        <translation>%1: Die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: unknown key &apos;%2&apos;</source>
        <translation>%1: unbekannter Schlüssel „%2“</translation>
    </message>
    <message>
        <source>%1: key &apos;%2&apos; has the bad value &apos;%3&apos;; %4</source>
        <translation>%1: Der Schlüssel „%2“ hat den ungültigen Wert „%3“; %4</translation>
    </message>
    <message>
        <source>it must be an https:// URL without a query, such as https://login.example.com</source>
        <translation>es muss eine https://-URL ohne Abfrage sein, etwa https://login.example.com</translation>
    </message>
    <message>
        <source>it must be one word without spaces</source>
        <translation>es muss ein Wort ohne Leerzeichen sein</translation>
    </message>
    <message>
        <source>it must be words separated by spaces or commas</source>
        <translation>es müssen durch Leerzeichen oder Kommas getrennte Wörter sein</translation>
    </message>
    <message>
        <source>it must be 127.0.0.1 or localhost</source>
        <translation>es muss 127.0.0.1 oder localhost sein</translation>
    </message>
    <message>
        <source>it must be the absolute path of a readable file</source>
        <translation>es muss der absolute Pfad einer lesbaren Datei sein</translation>
    </message>
    <message>
        <source>%1: key &apos;%2&apos; is needed when account/issuer is set</source>
        <translation>%1: Der Schlüssel „%2“ wird benötigt, wenn account/issuer gesetzt ist</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>it must be an ipps:// URI of a queue, such as ipps://print.example.com/printers/hold</source>
        <translation>es muss die ipps://-URI einer Warteschlange sein, etwa ipps://print.example.com/printers/hold</translation>
    </message>
    <message>
        <source>it must be one of: %1</source>
        <translation>es muss einer dieser Werte sein: %1</translation>
    </message>
    <message>
        <source>it must be a SHA-256 fingerprint: 64 hex digits, colons allowed</source>
        <translation>es muss ein SHA-256-Fingerabdruck sein: 64 Hexadezimalziffern, Doppelpunkte erlaubt</translation>
    </message>
    <message>
        <source>%1: key &apos;%2&apos; is needed when server/mode is server</source>
        <translation>%1: Der Schlüssel „%2“ wird benötigt, wenn server/mode auf server steht</translation>
    </message>
</context>
<context>
    <name>pv::convert</name>
    <message>
        <source>the held document cannot be opened</source>
        <translation>das angehaltene Dokument kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>the job has no page %1</source>
        <translation>der Auftrag hat keine Seite %1</translation>
    </message>
    <message>
        <source>page %1 cannot be read</source>
        <translation>Seite %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>page %1 cannot be rendered</source>
        <translation>Seite %1 kann nicht dargestellt werden</translation>
    </message>
    <message>
        <source>no document to inspect</source>
        <translation>kein Dokument zum Prüfen</translation>
    </message>
    <message>
        <source>the document cannot be read: %1</source>
        <translation>das Dokument kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>das Dokument ist leer</translation>
    </message>
    <message>
        <source>the document is not a PDF (no %PDF- header)</source>
        <translation>das Dokument ist kein PDF (kein %PDF--Kopf)</translation>
    </message>
    <message>
        <source>the PDF is damaged and cannot be opened</source>
        <translation>das PDF ist beschädigt und kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>the PDF is password-protected; remove the password and print again</source>
        <translation>das PDF ist kennwortgeschützt; entfernen Sie das Kennwort und drucken Sie erneut</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>das PDF hat keine Seiten</translation>
    </message>
    <message>
        <source>page %1 of the PDF is damaged</source>
        <translation>Seite %1 des PDFs ist beschädigt</translation>
    </message>
    <message>
        <source>page %1 of the PDF cannot be rendered</source>
        <translation>Seite %1 des PDFs kann nicht dargestellt werden</translation>
    </message>
    <message>
        <source>the raster page size %1x%2 is not valid</source>
        <translation>die Rasterseitengröße %1×%2 ist ungültig</translation>
    </message>
    <message>
        <source>unsupported raster depth %1</source>
        <translation>nicht unterstützte Rastertiefe %1</translation>
    </message>
    <message>
        <source>the raster page dimensions are not valid</source>
        <translation>die Maße der Rasterseite sind ungültig</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>das PDF kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>cannot start a new PDF page</source>
        <translation>eine neue PDF-Seite kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>the raster page has more lines than its header says</source>
        <translation>die Rasterseite hat mehr Zeilen, als ihr Kopf angibt</translation>
    </message>
    <message>
        <source>the raster page ended after %1 of %2 lines</source>
        <translation>die Rasterseite endete nach %1 von %2 Zeilen</translation>
    </message>
    <message>
        <source>the raster document has no complete page</source>
        <translation>das Rasterdokument hat keine vollständige Seite</translation>
    </message>
    <message>
        <source>cannot read the document: %1</source>
        <translation>das Dokument kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the image cannot be read: %1</source>
        <translation>das Bild kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the image is damaged: %1</source>
        <translation>das Bild ist beschädigt: %1</translation>
    </message>
    <message>
        <source>cannot start the PDF page</source>
        <translation>die PDF-Seite kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>Ghostscript (gs) is not installed, so PostScript cannot be converted</source>
        <translation>Ghostscript (gs) ist nicht installiert, daher kann PostScript nicht umgewandelt werden</translation>
    </message>
    <message>
        <source>cannot create a scratch folder for Ghostscript</source>
        <translation>für Ghostscript kann kein Arbeitsordner angelegt werden</translation>
    </message>
    <message>
        <source>cannot start Ghostscript: %1</source>
        <translation>Ghostscript kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>the PostScript did not finish within %1 s and was stopped</source>
        <translation>das PostScript wurde nicht innerhalb von %1 s fertig und wurde abgebrochen</translation>
    </message>
    <message>
        <source>the PostScript document could not be interpreted</source>
        <translation>das PostScript-Dokument konnte nicht interpretiert werden</translation>
    </message>
    <message>
        <source>the PostScript document could not be interpreted (%1)</source>
        <translation>das PostScript-Dokument konnte nicht interpretiert werden (%1)</translation>
    </message>
    <message>
        <source>the text document is empty</source>
        <translation>das Textdokument ist leer</translation>
    </message>
    <message>
        <source>the document is not plain text (it has NUL bytes)</source>
        <translation>das Dokument ist kein reiner Text (es enthält NUL-Bytes)</translation>
    </message>
    <message>
        <source>cannot write the PDF: %1</source>
        <translation>das PDF kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>the PDF is truncated (no %%EOF marker at its end) and its pages cannot be drawn</source>
        <translation>das PDF ist abgeschnitten (keine %%EOF-Marke am Ende) und seine Seiten können nicht dargestellt werden</translation>
    </message>
    <message>
        <source>the raster page header is not valid</source>
        <translation>der Kopf der Rasterseite ist ungültig</translation>
    </message>
    <message>
        <source>the raster document ends in the middle of a page</source>
        <translation>das Rasterdokument endet mitten in einer Seite</translation>
    </message>
    <message>
        <source>the document is not PWG or Apple raster</source>
        <translation>das Dokument ist weder PWG- noch Apple-Raster</translation>
    </message>
    <message>
        <source>the raster document has no pages</source>
        <translation>das Rasterdokument hat keine Seiten</translation>
    </message>
    <message>
        <source>the conversion was stopped</source>
        <translation>die Umwandlung wurde abgebrochen</translation>
    </message>
    <message>
        <source>the document has %1 pages, more than the limit of %2</source>
        <translation>das Dokument hat %1 Seiten, mehr als die Grenze von %2</translation>
    </message>
    <message>
        <source>page %1 is %2 in long, more than the limit of %3 in</source>
        <translation>Seite %1 ist %2 Zoll lang, mehr als die Grenze von %3 Zoll</translation>
    </message>
    <message>
        <source>the raster page of %1x%2 pixels is larger than the limit of %3</source>
        <translation>die Rasterseite mit %1×%2 Pixeln ist größer als die Grenze von %3</translation>
    </message>
    <message numerus="yes">
        <source>the document has more than %n page(s), the limit</source>
        <translation>
            <numerusform>das Dokument hat mehr als die erlaubte %n Seite</numerusform>
            <numerusform>das Dokument hat mehr als die erlaubten %n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>the converter&apos;s answer is malformed (%1)</source>
        <translation>die Antwort des Konverters ist fehlerhaft (%1)</translation>
    </message>
    <message>
        <source>cannot hand the job to the converter: %1</source>
        <translation>der Auftrag kann nicht an den Konverter übergeben werden: %1</translation>
    </message>
    <message>
        <source>a data key has the wrong size</source>
        <translation>ein Datenschlüssel hat die falsche Größe</translation>
    </message>
    <message>
        <source>the converter was sent a malformed request</source>
        <translation>der Konverter hat eine fehlerhafte Anfrage erhalten</translation>
    </message>
    <message>
        <source>unsupported raster colour space %1</source>
        <translation>nicht unterstützter Raster-Farbraum %1</translation>
    </message>
    <message>
        <source>the previewer was sent a malformed request</source>
        <translation>das Vorschauprogramm hat eine fehlerhafte Anfrage erhalten</translation>
    </message>
    <message>
        <source>the previewer&apos;s answer is malformed</source>
        <translation>die Antwort des Vorschauprogramms ist fehlerhaft</translation>
    </message>
    <message>
        <source>cannot hand the job to the previewer: %1</source>
        <translation>der Auftrag kann nicht an das Vorschauprogramm übergeben werden: %1</translation>
    </message>
    <message>
        <source>the page cannot be drawn: its previewer stopped</source>
        <translation>die Seite kann nicht dargestellt werden: ihr Vorschauprogramm wurde beendet</translation>
    </message>
    <message>
        <source>cannot create a scratch folder for the previewer</source>
        <translation>für das Vorschauprogramm kann kein Arbeitsordner angelegt werden</translation>
    </message>
    <message>
        <source>the previewer (printvault-worker) cannot be started: %1</source>
        <translation>das Vorschauprogramm (printvault-worker) kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>the page did not finish drawing within %1 s and was stopped</source>
        <translation>die Darstellung der Seite wurde nicht innerhalb von %1 s fertig und wurde abgebrochen</translation>
    </message>
    <message>
        <source>the page needs more than %1 MB of memory to draw</source>
        <translation>die Seite braucht zur Darstellung mehr als %1 MB Arbeitsspeicher</translation>
    </message>
    <message>
        <source>cannot read the text document</source>
        <translation>das Textdokument kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>pv::files</name>
    <message>
        <source>%1: the disk is full (%2)</source>
        <translation>%1: Der Datenträger ist voll (%2)</translation>
    </message>
    <message>
        <source>cannot inspect folder %1</source>
        <translation>der Ordner %1 kann nicht geprüft werden</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 is not a folder (symlinks are refused)</source>
        <translation>%1 ist kein Ordner (symbolische Links werden abgelehnt)</translation>
    </message>
    <message>
        <source>folder %1 belongs to uid %2, not to you (uid %3); refusing to use it</source>
        <translation>der Ordner %1 gehört UID %2, nicht Ihnen (UID %3); er wird nicht verwendet</translation>
    </message>
    <message>
        <source>folder %1 has mode %2; it must be 0700 (run: chmod 700 &apos;%1&apos;)</source>
        <translation>der Ordner %1 hat den Modus %2; er muss 0700 sein (ausführen: chmod 700 &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>cannot flush %1: %2</source>
        <translation>%1 kann nicht geleert werden: %2</translation>
    </message>
    <message>
        <source>cannot sync %1</source>
        <translation>%1 kann nicht auf den Datenträger geschrieben werden</translation>
    </message>
    <message>
        <source>cannot open folder %1</source>
        <translation>der Ordner %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>cannot sync folder %1</source>
        <translation>der Ordner %1 kann nicht auf den Datenträger geschrieben werden</translation>
    </message>
    <message>
        <source>cannot move %1 into place</source>
        <translation>%1 kann nicht an seinen Platz verschoben werden</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot rename %1</source>
        <translation>%1 kann nicht umbenannt werden</translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation>%1: %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>cannot open the %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>Lesen der Schemaversion</translation>
    </message>
    <message>
        <source>the %1 was written by a newer PrintVault (schema %2, this one knows %3)</source>
        <translation>%1 wurde von einer neueren PrintVault-Version geschrieben (Schema %2, diese kennt %3)</translation>
    </message>
    <message>
        <source>upgrading the schema</source>
        <translation>Aktualisieren des Schemas</translation>
    </message>
    <message>
        <source>upgrading the schema from %1</source>
        <translation>Aktualisieren des Schemas ab %1</translation>
    </message>
    <message>
        <source>creating the schema</source>
        <translation>Anlegen des Schemas</translation>
    </message>
    <message>
        <source>setting the schema version</source>
        <translation>Setzen der Schemaversion</translation>
    </message>
</context>
<context>
    <name>pv::ipp</name>
    <message>
        <source>Unsupported %1 value.</source>
        <translation>Nicht unterstützter Wert für %1.</translation>
    </message>
    <message>
        <source>Bad request version number %1.%2.</source>
        <translation>Ungültige Versionsnummer %1.%2 in der Anfrage.</translation>
    </message>
    <message>
        <source>Bad request-id.</source>
        <translation>Ungültige request-id.</translation>
    </message>
    <message>
        <source>Attribute groups are out of order.</source>
        <translation>Die Attributgruppen stehen in falscher Reihenfolge.</translation>
    </message>
    <message>
        <source>Missing or bad attributes-charset or attributes-natural-language.</source>
        <translation>attributes-charset oder attributes-natural-language fehlt oder ist ungültig.</translation>
    </message>
    <message>
        <source>Unsupported charset.</source>
        <translation>Nicht unterstützter Zeichensatz.</translation>
    </message>
    <message>
        <source>Missing printer-uri or job-uri.</source>
        <translation>printer-uri oder job-uri fehlt.</translation>
    </message>
    <message>
        <source>Bad URI value.</source>
        <translation>Ungültiger URI-Wert.</translation>
    </message>
    <message>
        <source>No such printer or job.</source>
        <translation>Drucker oder Auftrag nicht vorhanden.</translation>
    </message>
    <message>
        <source>Bad job-id.</source>
        <translation>Ungültige job-id.</translation>
    </message>
    <message>
        <source>Operation not supported.</source>
        <translation>Operation nicht unterstützt.</translation>
    </message>
    <message>
        <source>Unsupported document format.</source>
        <translation>Nicht unterstütztes Dokumentformat.</translation>
    </message>
    <message>
        <source>Missing job-id.</source>
        <translation>job-id fehlt.</translation>
    </message>
    <message>
        <source>Job %1 does not exist.</source>
        <translation>Auftrag %1 ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>The document is empty.</source>
        <translation>Das Dokument ist leer.</translation>
    </message>
    <message>
        <source>The document did not arrive whole.</source>
        <translation>Das Dokument ist nicht vollständig angekommen.</translation>
    </message>
    <message>
        <source>Stored encrypted; being checked.</source>
        <translation>Verschlüsselt gespeichert; wird geprüft.</translation>
    </message>
    <message>
        <source>Capture is paused; resume it to accept new jobs.</source>
        <translation>Die Annahme ist pausiert; setzen Sie sie fort, um neue Aufträge anzunehmen.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Waiting for the document.</source>
        <translation>Wartet auf das Dokument.</translation>
    </message>
    <message>
        <source>Missing or bad last-document.</source>
        <translation>last-document fehlt oder ist ungültig.</translation>
    </message>
    <message>
        <source>Job %1 takes no more documents.</source>
        <translation>Auftrag %1 nimmt keine weiteren Dokumente an.</translation>
    </message>
    <message>
        <source>The job was closed without a document.</source>
        <translation>Der Auftrag wurde ohne Dokument geschlossen.</translation>
    </message>
    <message>
        <source>Job %1 has already ended.</source>
        <translation>Auftrag %1 ist bereits beendet.</translation>
    </message>
    <message numerus="yes">
        <source>No document arrived within %n second(s).</source>
        <translation>
            <numerusform>Innerhalb von %n Sekunde ist kein Dokument angekommen.</numerusform>
            <numerusform>Innerhalb von %n Sekunden ist kein Dokument angekommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1 created.</source>
        <translation>Auftrag %1 erstellt.</translation>
    </message>
    <message>
        <source>Job %1 is %2.</source>
        <translation>Auftrag %1 ist im Zustand %2.</translation>
    </message>
    <message>
        <source>The document is larger than %1 MB, the most this computer accepts.</source>
        <translation>Das Dokument ist größer als %1 MB, das Höchste, was dieser Computer annimmt.</translation>
    </message>
    <message>
        <source>No attribute can be set on this printer.</source>
        <translation>An diesem Drucker lässt sich kein Attribut setzen.</translation>
    </message>
    <message>
        <source>Job %1 is already being held in the vault.</source>
        <translation>Auftrag %1 wird bereits im Tresor angehalten.</translation>
    </message>
    <message>
        <source>Job %1 is held in the vault; print it again from there.</source>
        <translation>Auftrag %1 ist im Tresor angehalten; drucken Sie ihn von dort erneut.</translation>
    </message>
    <message>
        <source>Printer paused.</source>
        <translation>Drucker pausiert.</translation>
    </message>
    <message>
        <source>Printer resumed.</source>
        <translation>Drucker fortgesetzt.</translation>
    </message>
    <message>
        <source>No subscription attributes in the request.</source>
        <translation>Die Anfrage enthält keine Abonnementattribute.</translation>
    </message>
    <message>
        <source>No subscription was created.</source>
        <translation>Es wurde kein Abonnement erstellt.</translation>
    </message>
    <message>
        <source>Missing or bad notify-subscription-id.</source>
        <translation>notify-subscription-id fehlt oder ist ungültig.</translation>
    </message>
    <message>
        <source>Subscription %1 does not exist.</source>
        <translation>Abonnement %1 ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>Missing notify-job-id.</source>
        <translation>notify-job-id fehlt.</translation>
    </message>
    <message>
        <source>A job&apos;s subscription lasts as long as its job.</source>
        <translation>Das Abonnement eines Auftrags gilt so lange wie der Auftrag.</translation>
    </message>
    <message>
        <source>Missing notify-subscription-ids.</source>
        <translation>notify-subscription-ids fehlt.</translation>
    </message>
    <message>
        <source>An attribute has no name.</source>
        <translation>Ein Attribut hat keinen Namen.</translation>
    </message>
</context>
<context>
    <name>pv::localapi</name>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>keine Verbindung zu %1 möglich: %2</translation>
    </message>
</context>
<context>
    <name>pv::localapi::ApiSession</name>
    <message>
        <source>a request is not a JSON object</source>
        <translation>eine Anfrage ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>a request has no numeric id</source>
        <translation>eine Anfrage hat keine numerische id</translation>
    </message>
    <message>
        <source>There is no method &apos;%1&apos;.</source>
        <translation>Es gibt keine Methode „%1“.</translation>
    </message>
    <message>
        <source>document data without a jobs.submit request</source>
        <translation>Dokumentdaten ohne jobs.submit-Anfrage</translation>
    </message>
    <message>
        <source>The document is larger than %1 MB, the most this computer accepts.</source>
        <translation>Das Dokument ist größer als %1 MB, das Höchste, was dieser Computer annimmt.</translation>
    </message>
    <message>
        <source>end of data without a jobs.submit request</source>
        <translation>Datenende ohne jobs.submit-Anfrage</translation>
    </message>
    <message>
        <source>One export at a time can run on a connection.</source>
        <translation>Auf einer Verbindung kann nur ein Export zugleich laufen.</translation>
    </message>
    <message>
        <source>a second jobs.submit before the first one&apos;s data ended</source>
        <translation>ein zweites jobs.submit, bevor die Daten des ersten zu Ende waren</translation>
    </message>
    <message>
        <source>Copies must be from 1 to 999.</source>
        <translation>Die Zahl der Kopien muss zwischen 1 und 999 liegen.</translation>
    </message>
    <message>
        <source>The document is not a PDF (no %PDF- header).</source>
        <translation>Das Dokument ist kein PDF (kein %PDF--Kopf).</translation>
    </message>
    <message>
        <source>The document is empty.</source>
        <translation>Das Dokument ist leer.</translation>
    </message>
    <message>
        <source>No document descriptor came with this connection.</source>
        <translation>Mit dieser Verbindung kam kein Dokument-Deskriptor.</translation>
    </message>
</context>
<context>
    <name>pv::localapi::CoreMethods</name>
    <message>
        <source>This printvaultd speaks protocol %1, the client %2. Update PrintVault so that both are the same version.</source>
        <translation>Dieser printvaultd spricht Protokoll %1, der Client %2. Aktualisieren Sie PrintVault, damit beide dieselbe Version haben.</translation>
    </message>
    <message>
        <source>The parameter &apos;id&apos; is missing.</source>
        <translation>Der Parameter „id“ fehlt.</translation>
    </message>
</context>
<context>
    <name>pv::localapi::LocalApiClient</name>
    <message>
        <source>the connection to printvaultd was closed</source>
        <translation>die Verbindung zu printvaultd wurde getrennt</translation>
    </message>
    <message>
        <source>not connected to printvaultd</source>
        <translation>nicht mit printvaultd verbunden</translation>
    </message>
    <message>
        <source>not connected, or an upload is already running</source>
        <translation>nicht verbunden, oder ein Hochladen läuft bereits</translation>
    </message>
    <message>
        <source>not connected, or an export is already running</source>
        <translation>nicht verbunden, oder ein Export läuft bereits</translation>
    </message>
    <message>
        <source>printvaultd sent a malformed reply: %1</source>
        <translation>printvaultd hat eine fehlerhafte Antwort gesendet: %1</translation>
    </message>
    <message>
        <source>unexpected reply</source>
        <translation>unerwartete Antwort</translation>
    </message>
    <message>
        <source>cannot write the document: %1</source>
        <translation>das Dokument kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>the exported document does not match its recorded SHA-256</source>
        <translation>das exportierte Dokument stimmt nicht mit seinem gespeicherten SHA-256 überein</translation>
    </message>
</context>
<context>
    <name>pv::localapi::LocalApiServer</name>
    <message>
        <source>Another printvaultd is already serving %1.</source>
        <translation>Ein anderer printvaultd bedient %1 bereits.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Kann nicht auf %1 lauschen: %2</translation>
    </message>
</context>
<context>
    <name>pv::mfp</name>
    <message>
        <source>cannot make a P-256 key</source>
        <translation>es kann kein P-256-Schlüssel erzeugt werden</translation>
    </message>
    <message>
        <source>cannot sign the certificate</source>
        <translation>das Zertifikat kann nicht signiert werden</translation>
    </message>
    <message>
        <source>cannot encode the certificate</source>
        <translation>das Zertifikat kann nicht kodiert werden</translation>
    </message>
    <message>
        <source>the certificate file must hold exactly one PEM certificate</source>
        <translation>die Zertifikatsdatei muss genau ein PEM-Zertifikat enthalten</translation>
    </message>
    <message>
        <source>the certificate is not valid now (valid %1 to %2)</source>
        <translation>das Zertifikat ist derzeit nicht gültig (gültig von %1 bis %2)</translation>
    </message>
    <message>
        <source>the chain file holds no PEM certificate</source>
        <translation>die Kettendatei enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>the private key does not belong to the certificate (or is not PEM)</source>
        <translation>der private Schlüssel gehört nicht zum Zertifikat (oder ist kein PEM)</translation>
    </message>
    <message>
        <source>the MFP API certificate files in %1 are incomplete</source>
        <translation>die Zertifikatsdateien der MFP-Schnittstelle in %1 sind unvollständig</translation>
    </message>
    <message>
        <source>the MFP API key cannot be decrypted with this vault&apos;s master key</source>
        <translation>der Schlüssel der MFP-Schnittstelle kann mit dem Hauptschlüssel dieses Tresors nicht entschlüsselt werden</translation>
    </message>
    <message>
        <source>the MFP API certificate cannot be read</source>
        <translation>das Zertifikat der MFP-Schnittstelle kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the MFP API private key cannot be read</source>
        <translation>der private Schlüssel der MFP-Schnittstelle kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>pv::mfp::MfpLocalMethods</name>
    <message>
        <source>The parameter &apos;%1&apos; is missing or bad.</source>
        <translation>Der Parameter „%1“ fehlt oder ist ungültig.</translation>
    </message>
    <message>
        <source>A badge number has 4 to 64 characters.</source>
        <translation>Eine Ausweisnummer hat 4 bis 64 Zeichen.</translation>
    </message>
    <message>
        <source>The session is locked after inactivity. Enter your PIN to do this.</source>
        <translation>Die Sitzung wurde wegen Inaktivität gesperrt. Geben Sie dafür Ihre PIN ein.</translation>
    </message>
    <message>
        <source>There is no PIN to unlock with; the session is not locked.</source>
        <translation>Es gibt keine PIN zum Entsperren; die Sitzung ist nicht gesperrt.</translation>
    </message>
</context>
<context>
    <name>pv::mfp::MfpServer</name>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>kann nicht auf %1 Port %2 empfangen: %3</translation>
    </message>
</context>
<context>
    <name>pv::mfp::MfpService</name>
    <message>
        <source>the MFP API is not running</source>
        <translation>die MFP-Schnittstelle läuft nicht</translation>
    </message>
    <message>
        <source>a valid session token and the device token it was issued to are required</source>
        <translation>ein gültiges Sitzungstoken und das Gerätetoken, für das es ausgestellt wurde, sind erforderlich</translation>
    </message>
</context>
<context>
    <name>pv::release</name>
    <message>
        <source>the printer at %1 showed no certificate</source>
        <translation>der Drucker unter %1 hat kein Zertifikat vorgelegt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ipps:// printer</source>
        <translation>„%1“ ist kein ipps://-Drucker</translation>
    </message>
    <message>
        <source>the printer gave the job no ID</source>
        <translation>der Drucker hat dem Auftrag keine ID zugewiesen</translation>
    </message>
    <message>
        <source>the printer did not finish job %1 in time; it is still in the vault</source>
        <translation>der Drucker hat Auftrag %1 nicht rechtzeitig abgeschlossen; er liegt weiterhin im Tresor</translation>
    </message>
    <message>
        <source>the document has no cross-reference offset</source>
        <translation>das Dokument enthält keinen Querverweis-Offset</translation>
    </message>
    <message>
        <source>the document cannot be marked for release: %1</source>
        <translation>das Dokument kann nicht für die Freigabe gekennzeichnet werden: %1</translation>
    </message>
    <message>
        <source>no such saved printer</source>
        <translation>kein gespeicherter Drucker mit diesem Namen</translation>
    </message>
    <message>
        <source>sending the document failed</source>
        <translation>das Senden des Dokuments ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the job cannot be read: %1</source>
        <translation>der Auftrag kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>no saved printer is called &apos;%1&apos;</source>
        <translation>kein gespeicherter Drucker heißt „%1“</translation>
    </message>
    <message>
        <source>cannot save the printer list in %1</source>
        <translation>die Druckerliste kann nicht in %1 gespeichert werden</translation>
    </message>
    <message>
        <source>cannot save the printer&apos;s certificate in %1</source>
        <translation>das Zertifikat des Druckers kann nicht in %1 gespeichert werden</translation>
    </message>
    <message>
        <source>the printer offers no 8-bit sRGB or sGray PWG raster</source>
        <translation>der Drucker bietet kein 8-Bit-PWG-Raster in sRGB oder sGray an</translation>
    </message>
    <message>
        <source>the printer offers no sRGB or gray URF</source>
        <translation>der Drucker bietet kein URF in sRGB oder Graustufen an</translation>
    </message>
    <message>
        <source>the printer takes neither PDF nor a raster format PrintVault can make (it takes %1)</source>
        <translation>der Drucker nimmt weder PDF noch ein Rasterformat an, das PrintVault erzeugen kann (er nimmt %1 an)</translation>
    </message>
    <message>
        <source>the watermark cannot be drawn</source>
        <translation>das Wasserzeichen kann nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>page %1 cannot be read</source>
        <translation>Seite %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>page %1 cannot be rendered</source>
        <translation>Seite %1 kann nicht dargestellt werden</translation>
    </message>
    <message>
        <source>cannot encode the raster</source>
        <translation>das Raster kann nicht kodiert werden</translation>
    </message>
    <message>
        <source>cannot start the raster stream</source>
        <translation>der Rasterdatenstrom kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>the raster streams differ</source>
        <translation>die Rasterdatenströme unterscheiden sich</translation>
    </message>
    <message>
        <source>the held document cannot be opened for rendering</source>
        <translation>das angehaltene Dokument kann zur Darstellung nicht geöffnet werden</translation>
    </message>
    <message>
        <source>no document to render</source>
        <translation>kein Dokument zum Darstellen</translation>
    </message>
    <message>
        <source>cannot make the raster page header</source>
        <translation>der Kopf der Rasterseite kann nicht erzeugt werden</translation>
    </message>
    <message>
        <source>sending page %1 failed</source>
        <translation>das Senden von Seite %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a socket:// printer</source>
        <translation>„%1“ ist kein socket://-Drucker</translation>
    </message>
    <message>
        <source>cannot reach the printer at %1: %2</source>
        <translation>der Drucker unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>sending to %1 failed</source>
        <translation>das Senden an %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the printer at %1 did not take the end of the job</source>
        <translation>der Drucker unter %1 hat das Ende des Auftrags nicht angenommen</translation>
    </message>
    <message>
        <source>the printer took the job (its ID %1) but stopped answering: %2</source>
        <translation>der Drucker hat den Auftrag (ID %1) angenommen, antwortet aber nicht mehr: %2</translation>
    </message>
    <message>
        <source>this job is already being released</source>
        <translation>dieser Auftrag wird bereits freigegeben</translation>
    </message>
    <message>
        <source>jobs.release needs id, printer and sane copies</source>
        <translation>jobs.release braucht id, printer und einen sinnvollen Wert für copies</translation>
    </message>
    <message>
        <source>page %1 is larger than the limit of %2 inches a side</source>
        <translation>Seite %1 ist größer als die Grenze von %2 Zoll Kantenlänge</translation>
    </message>
    <message>
        <source>the document has %1 pages, more than the limit of %2</source>
        <translation>das Dokument hat %1 Seiten, mehr als die Grenze von %2</translation>
    </message>
    <message>
        <source>the renderer&apos;s answer is malformed</source>
        <translation>die Antwort des Renderers ist fehlerhaft</translation>
    </message>
    <message>
        <source>cannot hand the job to the renderer: %1</source>
        <translation>der Auftrag kann nicht an den Renderer übergeben werden: %1</translation>
    </message>
    <message>
        <source>the renderer was sent a malformed request</source>
        <translation>der Renderer hat eine fehlerhafte Anfrage erhalten</translation>
    </message>
    <message>
        <source>PrintVault is shutting down</source>
        <translation>PrintVault wird beendet</translation>
    </message>
    <message>
        <source>the document needs more than %1 MB of memory to render; it is still held</source>
        <translation>das Dokument braucht zur Aufbereitung mehr als %1 MB Arbeitsspeicher; es bleibt angehalten</translation>
    </message>
    <message>
        <source>the document needed more processor time than its renderer may use; it is still held</source>
        <translation>das Dokument brauchte mehr Rechenzeit, als sein Renderer verwenden darf; es bleibt angehalten</translation>
    </message>
    <message>
        <source>the document stopped its renderer (%1); it is still held</source>
        <translation>das Dokument hat seinen Renderer zum Abbruch gebracht (%1); es bleibt angehalten</translation>
    </message>
    <message>
        <source>cannot create a scratch folder for the renderer</source>
        <translation>für den Renderer kann kein Arbeitsordner angelegt werden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a printer URI</source>
        <translation>„%1“ ist keine Drucker-URI</translation>
    </message>
    <message>
        <source>the printer offers raster only at %1 dpi; PrintVault draws at %2 to %3 dpi</source>
        <translation>der Drucker bietet Raster nur mit %1 dpi an; PrintVault rastert mit %2 bis %3 dpi</translation>
    </message>
    <message>
        <source>media %1 at %2 dpi is not drawn</source>
        <translation>Medium %1 mit %2 dpi wird nicht dargestellt</translation>
    </message>
    <message>
        <source>cannot write the update</source>
        <translation>die Aktualisierung des Dokuments kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the document&apos;s changes for the printer exceed %1 MB; it is still held</source>
        <translation>die Änderungen am Dokument für den Drucker überschreiten %1 MB; es bleibt angehalten</translation>
    </message>
    <message>
        <source>the renderer (printvault-worker) cannot be started: %1</source>
        <translation>der Renderer (printvault-worker) kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>the document did not finish rendering within %1 s and was stopped; it is still held</source>
        <translation>die Aufbereitung des Dokuments wurde nicht innerhalb von %1 s fertig und wurde abgebrochen; es bleibt angehalten</translation>
    </message>
    <message>
        <source>Ghostscript cannot draw page %1</source>
        <translation>Ghostscript kann Seite %1 nicht zeichnen</translation>
    </message>
    <message>
        <source>Ghostscript cannot draw page %1 (%2)</source>
        <translation>Ghostscript kann Seite %1 nicht zeichnen (%2)</translation>
    </message>
    <message>
        <source>cannot hand the document to Ghostscript</source>
        <translation>das Dokument kann Ghostscript nicht übergeben werden</translation>
    </message>
    <message>
        <source>Ghostscript cannot be started</source>
        <translation>Ghostscript kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>cannot create a scratch folder for Ghostscript</source>
        <translation>für Ghostscript kann kein Arbeitsordner angelegt werden</translation>
    </message>
</context>
<context>
    <name>pv::release::PrinterTrust</name>
    <message>
        <source>The printer at %1 shows a different certificate than before (was %2, now %3). If the printer was replaced or given a new certificate, accept it with &apos;printvault-cli printers trust URI&apos;; otherwise someone may be impersonating it.</source>
        <translation>Der Drucker unter %1 zeigt ein anderes Zertifikat als zuvor (bisher %2, jetzt %3). Wurde der Drucker ersetzt oder hat er ein neues Zertifikat bekommen, nehmen Sie es mit „printvault-cli printers trust URI“ an; andernfalls gibt sich womöglich jemand als dieser Drucker aus.</translation>
    </message>
</context>
<context>
    <name>pv::server</name>
    <message>
        <source>&apos;%1&apos; is not an ipps:// URI; the print server is reached over TLS only.</source>
        <translation>„%1“ ist keine ipps://-URI; der Druckserver wird nur über TLS angesprochen.</translation>
    </message>
    <message>
        <source>Cannot reach the print server %1: %2</source>
        <translation>Der Druckserver %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>No trust settings for the print server.</source>
        <translation>Für den Druckserver gibt es keine Vertrauenseinstellungen.</translation>
    </message>
    <message>
        <source>The print server needs your password: sign in with &apos;printvault-cli server login&apos;.</source>
        <translation>Der Druckserver braucht Ihr Passwort: Melden Sie sich mit „printvault-cli server login“ an.</translation>
    </message>
    <message>
        <source>The print server refused the password of %1. It is not tried again until you sign in anew (&apos;printvault-cli server login&apos;).</source>
        <translation>Der Druckserver hat das Passwort von %1 abgelehnt. Es wird erst wieder versucht, wenn Sie sich erneut anmelden („printvault-cli server login“).</translation>
    </message>
    <message>
        <source>%1: the print server does not allow it (%2)</source>
        <translation>%1: Der Druckserver erlaubt es nicht (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The print server did not take the document</source>
        <translation>Der Druckserver hat das Dokument nicht angenommen</translation>
    </message>
    <message>
        <source>The upload was stopped.</source>
        <translation>Das Hochladen wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The document cannot be read from the vault: %1</source>
        <translation>Das Dokument kann nicht aus dem Tresor gelesen werden: %1</translation>
    </message>
    <message>
        <source>The connection to the print server broke during the upload: %1</source>
        <translation>Die Verbindung zum Druckserver ist während des Hochladens abgebrochen: %1</translation>
    </message>
    <message>
        <source>The print server refused the document</source>
        <translation>Der Druckserver hat das Dokument abgelehnt</translation>
    </message>
    <message>
        <source>The print server refused the job</source>
        <translation>Der Druckserver hat den Auftrag abgelehnt</translation>
    </message>
    <message>
        <source>The print server gave the job no ID.</source>
        <translation>Der Druckserver hat dem Auftrag keine ID zugewiesen.</translation>
    </message>
    <message>
        <source>The print server lost the job</source>
        <translation>Der Druckserver hat den Auftrag verloren</translation>
    </message>
    <message>
        <source>The print server did not list the jobs</source>
        <translation>Der Druckserver hat die Aufträge nicht aufgelistet</translation>
    </message>
    <message>
        <source>The print server does not know the job</source>
        <translation>Der Druckserver kennt den Auftrag nicht</translation>
    </message>
    <message>
        <source>The print server did not release the job</source>
        <translation>Der Druckserver hat den Auftrag nicht freigegeben</translation>
    </message>
    <message>
        <source>The print server did not cancel the job</source>
        <translation>Der Druckserver hat den Auftrag nicht abgebrochen</translation>
    </message>
    <message>
        <source>The print server did not describe the queue</source>
        <translation>Der Druckserver hat die Warteschlange nicht beschrieben</translation>
    </message>
    <message>
        <source>This job is not on the print server yet; release it to a printer with --printer.</source>
        <translation>Dieser Auftrag ist noch nicht auf dem Druckserver; geben Sie ihn mit --printer an einen Drucker frei.</translation>
    </message>
    <message>
        <source>A job held on the print server is released there, not to another printer.</source>
        <translation>Ein auf dem Druckserver angehaltener Auftrag wird dort freigegeben, nicht an einen anderen Drucker.</translation>
    </message>
    <message>
        <source>No print server is configured.</source>
        <translation>Es ist kein Druckserver eingerichtet.</translation>
    </message>
    <message>
        <source>The print server did not finish job %1 in time.</source>
        <translation>Der Druckserver hat Auftrag %1 nicht rechtzeitig abgeschlossen.</translation>
    </message>
    <message>
        <source>No print server is configured (server/uri).</source>
        <translation>Es ist kein Druckserver eingerichtet (server/uri).</translation>
    </message>
    <message>
        <source>server.login needs a configured server and a password.</source>
        <translation>server.login braucht einen eingerichteten Server und ein Passwort.</translation>
    </message>
    <message>
        <source>The print server %1 shows a certificate (%2) that is not trusted: %3</source>
        <translation>Der Druckserver %1 zeigt ein Zertifikat (%2), dem nicht vertraut wird: %3</translation>
    </message>
    <message>
        <source>it showed none</source>
        <translation>er hat keines vorgelegt</translation>
    </message>
    <message>
        <source>The print server %1 shows a different certificate than the one your organisation pinned (pinned %2, now %3). Nothing was sent; someone may be impersonating the server.</source>
        <translation>Der Druckserver %1 zeigt ein anderes Zertifikat als das von Ihrer Organisation festgelegte (festgelegt %2, jetzt %3). Es wurde nichts gesendet; womöglich gibt sich jemand als dieser Server aus.</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>es kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the CA file %1 cannot be read</source>
        <translation>die CA-Datei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The print server did not accept the sign-in&apos;s access token (%1). Sign in again, or ask your administrator whether the server takes bearer tokens.</source>
        <translation>Der Druckserver hat das Zugriffstoken der Anmeldung nicht angenommen (%1). Melden Sie sich erneut an, oder fragen Sie Ihre Administration, ob der Server Bearer-Tokens annimmt.</translation>
    </message>
    <message>
        <source>The print server takes the sign-in&apos;s token: sign in with &apos;printvault-cli login&apos;.</source>
        <translation>Der Druckserver nimmt das Token der Anmeldung an: Melden Sie sich mit „printvault-cli login“ an.</translation>
    </message>
    <message>
        <source>Connecting to the print server</source>
        <translation>Verbindung zum Druckserver</translation>
    </message>
    <message>
        <source>%1: stopped.</source>
        <translation>%1: abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%1: the print server stopped answering (no progress for %n second(s)).</source>
        <translation>
            <numerusform>%1: Der Druckserver antwortet nicht mehr (seit %n Sekunde kein Fortschritt).</numerusform>
            <numerusform>%1: Der Druckserver antwortet nicht mehr (seit %n Sekunden kein Fortschritt).</numerusform>
        </translation>
    </message>
    <message>
        <source>The upload broke off</source>
        <translation>Das Hochladen ist abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>This job of %n page(s) would go over the print server&apos;s quota: %1 of %2 pages used in its period.</source>
        <translation>
            <numerusform>Dieser Auftrag mit %n Seite würde das Kontingent des Druckservers überschreiten: %1 von %2 Seiten im Zeitraum verbraucht.</numerusform>
            <numerusform>Dieser Auftrag mit %n Seiten würde das Kontingent des Druckservers überschreiten: %1 von %2 Seiten im Zeitraum verbraucht.</numerusform>
        </translation>
    </message>
    <message>
        <source>The document cannot be read from the vault again: %1</source>
        <translation>Das Dokument kann nicht erneut aus dem Tresor gelesen werden: %1</translation>
    </message>
    <message>
        <source>This computer&apos;s libcups reconnects past PrintVault&apos;s certificate check, so nothing is sent to the print server.</source>
        <translation>Die libcups dieses Computers baut Verbindungen an der Zertifikatsprüfung von PrintVault vorbei neu auf; deshalb wird nichts an den Druckserver gesendet.</translation>
    </message>
</context>
<context>
    <name>pv::signin</name>
    <message>
        <source>The ID token is not valid: %1</source>
        <translation>Das ID-Token ist ungültig: %1</translation>
    </message>
    <message>
        <source>it is meant for another application</source>
        <translation>es ist für eine andere Anwendung bestimmt</translation>
    </message>
    <message>
        <source>it was issued to another application</source>
        <translation>es wurde für eine andere Anwendung ausgestellt</translation>
    </message>
    <message>
        <source>it has expired</source>
        <translation>es ist abgelaufen</translation>
    </message>
    <message>
        <source>it was issued in the future</source>
        <translation>es wurde in der Zukunft ausgestellt</translation>
    </message>
    <message>
        <source>it is not valid yet</source>
        <translation>es ist noch nicht gültig</translation>
    </message>
    <message>
        <source>it comes from another issuer</source>
        <translation>es stammt von einem anderen Aussteller</translation>
    </message>
    <message>
        <source>it answers another sign-in</source>
        <translation>es gehört zu einer anderen Anmeldung</translation>
    </message>
    <message>
        <source>it names another user</source>
        <translation>es nennt einen anderen Benutzer</translation>
    </message>
    <message>
        <source>the algorithm &apos;%1&apos; is not allowed</source>
        <translation>der Algorithmus „%1“ ist nicht zulässig</translation>
    </message>
    <message>
        <source>The ID token is signed with an unknown key.</source>
        <translation>Das ID-Token ist mit einem unbekannten Schlüssel signiert.</translation>
    </message>
    <message>
        <source>The ID token&apos;s signature is not valid: %1</source>
        <translation>Die Signatur des ID-Tokens ist ungültig: %1</translation>
    </message>
    <message>
        <source>The ID token is not a signed JSON Web Token.</source>
        <translation>Das ID-Token ist kein signiertes JSON Web Token.</translation>
    </message>
    <message>
        <source>the key is not for this algorithm</source>
        <translation>der Schlüssel ist nicht für diesen Algorithmus bestimmt</translation>
    </message>
    <message>
        <source>the key type does not fit the algorithm</source>
        <translation>der Schlüsseltyp passt nicht zum Algorithmus</translation>
    </message>
    <message>
        <source>the provider&apos;s key cannot be used</source>
        <translation>der Schlüssel des Anbieters ist nicht verwendbar</translation>
    </message>
    <message>
        <source>it does not match the provider&apos;s key</source>
        <translation>sie passt nicht zum Schlüssel des Anbieters</translation>
    </message>
    <message>
        <source>The sign-in redirect cannot listen: %1</source>
        <translation>Die Anmelde-Weiterleitung kann nicht empfangen: %1</translation>
    </message>
    <message>
        <source>This is not the sign-in PrintVault started.</source>
        <translation>Dies ist nicht die Anmeldung, die PrintVault begonnen hat.</translation>
    </message>
    <message>
        <source>You are signed in to PrintVault. You can close this page.</source>
        <translation>Sie sind bei PrintVault angemeldet. Sie können diese Seite schließen.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The sign-in service can&apos;t be reached: %1</source>
        <translation>Der Anmeldedienst ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The sign-in service&apos;s configuration is not usable: %1</source>
        <translation>Die Konfiguration des Anmeldedienstes ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>it names another issuer</source>
        <translation>sie nennt einen anderen Aussteller</translation>
    </message>
    <message>
        <source>an endpoint is not HTTPS</source>
        <translation>ein Endpunkt ist nicht HTTPS</translation>
    </message>
    <message>
        <source>it does not offer PKCE with S256</source>
        <translation>sie bietet kein PKCE mit S256</translation>
    </message>
    <message>
        <source>account/ca_file: no certificate in %1</source>
        <translation>account/ca_file: kein Zertifikat in %1</translation>
    </message>
    <message>
        <source>the issuer is not an HTTPS URL</source>
        <translation>der Aussteller ist keine HTTPS-URL</translation>
    </message>
    <message>
        <source>the address is not HTTPS</source>
        <translation>die Adresse ist nicht HTTPS</translation>
    </message>
    <message>
        <source>The sign-in service refused: %1</source>
        <translation>Der Anmeldedienst hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
</context>
<context>
    <name>pv::signin::SignInService</name>
    <message>
        <source>This computer is not connected to an organisation: policy names no sign-in service (account/issuer).</source>
        <translation>Dieser Computer ist mit keiner Organisation verbunden: Die Richtlinie nennt keinen Anmeldedienst (account/issuer).</translation>
    </message>
    <message>
        <source>The sign-in took too long. Please try again.</source>
        <translation>Die Anmeldung hat zu lange gedauert. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Signing in with a code is turned off by policy (account/device_flow).</source>
        <translation>Die Anmeldung mit einem Code ist per Richtlinie ausgeschaltet (account/device_flow).</translation>
    </message>
    <message>
        <source>The sign-in service does not offer signing in with a code.</source>
        <translation>Der Anmeldedienst bietet keine Anmeldung mit einem Code an.</translation>
    </message>
    <message>
        <source>The sign-in code has expired. Please start again.</source>
        <translation>Der Anmeldecode ist abgelaufen. Bitte beginnen Sie erneut.</translation>
    </message>
    <message>
        <source>Your organisation ended the sign-in. Please sign in again.</source>
        <translation>Ihre Organisation hat die Anmeldung beendet. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message numerus="yes">
        <source>You were signed out after %n minute(s) without use.</source>
        <translation>
            <numerusform>Sie wurden nach %n Minute ohne Nutzung abgemeldet.</numerusform>
            <numerusform>Sie wurden nach %n Minuten ohne Nutzung abgemeldet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in answer came from another sign-in service. Please try again.</source>
        <translation>Die Antwort auf die Anmeldung kam von einem anderen Anmeldedienst. Bitte versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>pv::vault</name>
    <message>
        <source>OpenSSL failure: %1</source>
        <translation>OpenSSL-Fehler: %1</translation>
    </message>
    <message>
        <source>bad key or nonce size</source>
        <translation>ungültige Schlüssel- oder Nonce-Größe</translation>
    </message>
    <message>
        <source>encrypted block is too short</source>
        <translation>der verschlüsselte Block ist zu kurz</translation>
    </message>
    <message>
        <source>authentication failed: data was altered or the key is wrong</source>
        <translation>Echtheitsprüfung fehlgeschlagen: Die Daten wurden verändert oder der Schlüssel ist falsch</translation>
    </message>
    <message>
        <source>encrypted field is too short</source>
        <translation>das verschlüsselte Feld ist zu kurz</translation>
    </message>
    <message>
        <source>wrapped key has the wrong size</source>
        <translation>der verpackte Schlüssel hat die falsche Größe</translation>
    </message>
    <message>
        <source>the job is already finished</source>
        <translation>der Auftrag ist bereits abgeschlossen</translation>
    </message>
    <message>
        <source>the disk holding the vault is nearly full (%1 MB free)</source>
        <translation>der Datenträger des Tresors ist fast voll (%1 MB frei)</translation>
    </message>
    <message>
        <source>cannot store the job</source>
        <translation>der Auftrag kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>the job was discarded</source>
        <translation>der Auftrag wurde verworfen</translation>
    </message>
    <message>
        <source>the job is not finished</source>
        <translation>der Auftrag ist nicht abgeschlossen</translation>
    </message>
    <message>
        <source>vault index</source>
        <translation>Tresorindex</translation>
    </message>
    <message>
        <source>writing metadata</source>
        <translation>Schreiben der Metadaten</translation>
    </message>
    <message>
        <source>storing the job</source>
        <translation>Speichern des Auftrags</translation>
    </message>
    <message>
        <source>deleting the job</source>
        <translation>Löschen des Auftrags</translation>
    </message>
    <message>
        <source>reading the job</source>
        <translation>Lesen des Auftrags</translation>
    </message>
    <message>
        <source>no job with ID %1</source>
        <translation>kein Auftrag mit der ID %1</translation>
    </message>
    <message>
        <source>listing jobs</source>
        <translation>Auflisten der Aufträge</translation>
    </message>
    <message>
        <source>no such entry in the keychain</source>
        <translation>kein solcher Eintrag im Schlüsselbund</translation>
    </message>
    <message>
        <source>the keychain refused: %1</source>
        <translation>der Schlüsselbund hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>cannot write the encrypted document: %1</source>
        <translation>das verschlüsselte Dokument kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>write after finish</source>
        <translation>Schreibversuch nach dem Abschluss</translation>
    </message>
    <message>
        <source>the job is already being written</source>
        <translation>der Auftrag wird bereits geschrieben</translation>
    </message>
    <message>
        <source>the converted job cannot be taken over</source>
        <translation>der umgewandelte Auftrag kann nicht übernommen werden</translation>
    </message>
    <message>
        <source>the converted job does not match its report</source>
        <translation>der umgewandelte Auftrag stimmt nicht mit seinem Bericht überein</translation>
    </message>
    <message>
        <source>the converted job was not taken over</source>
        <translation>der umgewandelte Auftrag wurde nicht übernommen</translation>
    </message>
    <message>
        <source>Ed25519 failure: %1</source>
        <translation>Ed25519-Fehler: %1</translation>
    </message>
    <message>
        <source>This is not an Ed25519 public key in PEM form.</source>
        <translation>Dies ist kein öffentlicher Ed25519-Schlüssel im PEM-Format.</translation>
    </message>
    <message>
        <source>saving the outbox</source>
        <translation>Speichern des Postausgangs</translation>
    </message>
    <message>
        <source>reading the outbox</source>
        <translation>Lesen des Postausgangs</translation>
    </message>
    <message>
        <source>updating the outbox</source>
        <translation>Aktualisieren des Postausgangs</translation>
    </message>
    <message>
        <source>cannot write the encrypted document</source>
        <translation>das verschlüsselte Dokument kann nicht geschrieben werden</translation>
    </message>
</context>
</TS>
