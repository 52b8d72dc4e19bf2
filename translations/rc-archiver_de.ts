<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>rca::Accounts</name>
    <message>
        <location filename="../core/accounts/accounts.cpp" line="73"/>
        <source>The %1 plugin is not installed.</source>
        <translation>Das Plug-in %1 ist nicht installiert.</translation>
    </message>
    <message>
        <location filename="../core/accounts/accounts.cpp" line="98"/>
        <source>Unknown source &quot;%1&quot;. Sources: %2.</source>
        <translation>Unbekannte Quelle „%1“. Quellen: %2.</translation>
    </message>
    <message>
        <location filename="../core/accounts/accounts.cpp" line="104"/>
        <location filename="../core/accounts/accounts.cpp" line="185"/>
        <source>%1 is connected. Disconnect it first.</source>
        <translation>%1 ist verbunden. Trennen Sie die Verbindung zuerst.</translation>
    </message>
    <message>
        <location filename="../core/accounts/accounts.cpp" line="138"/>
        <source>RingCentral is not connected.</source>
        <translation>RingCentral ist nicht verbunden.</translation>
    </message>
    <message>
        <location filename="../core/accounts/accounts.cpp" line="156"/>
        <source>No source is connected.</source>
        <translation>Es ist keine Quelle verbunden.</translation>
    </message>
    <message>
        <location filename="../core/accounts/accounts.cpp" line="180"/>
        <source>Unknown storage &quot;%1&quot;. Storages: %2.</source>
        <translation>Unbekannter Speicher „%1“. Speicher: %2.</translation>
    </message>
    <message>
        <location filename="../core/accounts/accounts.cpp" line="208"/>
        <source>Unknown storage &quot;%1&quot;.</source>
        <translation>Unbekannter Speicher „%1“.</translation>
    </message>
    <message>
        <location filename="../core/accounts/accounts.cpp" line="223"/>
        <source>No storage is connected.</source>
        <translation>Es ist kein Speicher verbunden.</translation>
    </message>
</context>
<context>
    <name>rca::AccountsPage</name>
    <message>
        <location filename="../ui/accounts/accountsrows.cpp" line="43"/>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsrows.cpp" line="44"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="41"/>
        <source>Choose the archive folder</source>
        <translation>Archivordner auswählen</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="91"/>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="106"/>
        <source>RingCentral</source>
        <translation>RingCentral</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="124"/>
        <source>RECONNECT</source>
        <translation>ERNEUT VERBINDEN</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="125"/>
        <source>Sign in to RingCentral again</source>
        <translation>Erneut bei RingCentral anmelden</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="92"/>
        <source>The client id of your registered RingCentral app (see the README)</source>
        <translation>Die Client-ID Ihrer registrierten RingCentral-App (siehe README)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="93"/>
        <source>API server</source>
        <translation>API-Server</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="94"/>
        <source>API server (https://platform.ringcentral.com)</source>
        <translation>API-Server (https://platform.ringcentral.com)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="95"/>
        <source>Media server</source>
        <translation>Medienserver</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="96"/>
        <source>Media server (https://media.ringcentral.com)</source>
        <translation>Medienserver (https://media.ringcentral.com)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="97"/>
        <source>Sign-in redirect port</source>
        <translation>Port der Anmelde-Weiterleitung</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="98"/>
        <source>Loopback port of the registered redirect URI</source>
        <translation>Loopback-Port der registrierten Weiterleitungs-URI</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="145"/>
        <location filename="../ui/accounts/accountspagestorage.cpp" line="146"/>
        <source>CONNECT</source>
        <translation>VERBINDEN</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="146"/>
        <source>Connect RingCentral</source>
        <translation>RingCentral verbinden</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="147"/>
        <location filename="../ui/accounts/accountspagestorage.cpp" line="148"/>
        <source>DISCONNECT</source>
        <translation>TRENNEN</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="148"/>
        <source>Disconnect RingCentral</source>
        <translation>RingCentral trennen</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="161"/>
        <source>Try it with &amp;made-up recordings</source>
        <translation>Mit &amp;fiktiven Aufzeichnungen ausprobieren</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="168"/>
        <source>Connects the demo, which makes up call recordings, voicemails, SMS and faxes. Nothing is read from RingCentral.</source>
        <translation>Verbindet die Demo, die fiktive Anrufaufzeichnungen, Sprachnachrichten, SMS und Faxe erzeugt. Von RingCentral wird nichts gelesen.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="172"/>
        <source>No RingCentral app at hand?</source>
        <translation>Keine RingCentral-App zur Hand?</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspagestorage.cpp" line="33"/>
        <location filename="../ui/accounts/accountspagestorage.cpp" line="69"/>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="240"/>
        <location filename="../ui/accounts/accountspagestorage.cpp" line="50"/>
        <source>Open the archive folder</source>
        <translation>Archivordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspagestorage.cpp" line="70"/>
        <source>&amp;Archive to:</source>
        <translation>&amp;Archivieren nach:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspagestorage.cpp" line="86"/>
        <source>CONNECT opens %1 in your browser. Sign in there and allow RC Archiver to use its own folder.</source>
        <translation>VERBINDEN öffnet %1 in Ihrem Browser. Melden Sie sich dort an und erlauben Sie RC Archiver, einen eigenen Ordner zu verwenden.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspagestorage.cpp" line="105"/>
        <source>&amp;Use %1</source>
        <translation>%1 &amp;verwenden</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspagestorage.cpp" line="107"/>
        <source>Creates the folder %1 and archives into it.</source>
        <translation>Legt den Ordner %1 an und archiviert darin.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspagestorage.cpp" line="115"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspagestorage.cpp" line="117"/>
        <source>Test the connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspagestorage.cpp" line="147"/>
        <source>Connect the storage</source>
        <translation>Speicher verbinden</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspagestorage.cpp" line="149"/>
        <source>Disconnect the storage</source>
        <translation>Speicher trennen</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="184"/>
        <location filename="../ui/accounts/accountspage.cpp" line="263"/>
        <source>&amp;Enable backup</source>
        <translation>Sicherung &amp;aktivieren</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="185"/>
        <source>Enable backup</source>
        <translation>Sicherung aktivieren</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="198"/>
        <location filename="../ui/accounts/accountspage.cpp" line="242"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="199"/>
        <source>Connect the RingCentral account whose recordings and messages you want to keep. You sign in in your browser.</source>
        <translation>Verbinden Sie das RingCentral-Konto, dessen Aufzeichnungen und Nachrichten Sie aufbewahren möchten. Die Anmeldung erfolgt in Ihrem Browser.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="204"/>
        <source>Extension %1 · %2</source>
        <translation>Nebenstelle %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="206"/>
        <source>Administrator: archives the call recordings of every extension you manage</source>
        <translation>Administrator: archiviert die Anrufaufzeichnungen aller Nebenstellen, die Sie verwalten</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="208"/>
        <source>Extension user: archives your own extension</source>
        <translation>Nebenstellenbenutzer: archiviert Ihre eigene Nebenstelle</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="210"/>
        <source>Demo: made-up recordings</source>
        <translation>Demo: fiktive Aufzeichnungen</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="211"/>
        <source>RC Archiver archives made-up call recordings, voicemails, SMS and faxes, so you can try it without a RingCentral app. Nothing comes from RingCentral. Disconnect the demo to connect RingCentral.</source>
        <translation>RC Archiver archiviert fiktive Anrufaufzeichnungen, Sprachnachrichten, SMS und Faxe, damit Sie es ohne RingCentral-App ausprobieren können. Nichts davon kommt von RingCentral. Trennen Sie die Demo, um RingCentral zu verbinden.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="234"/>
        <source>Archive: %1</source>
        <translation>Archiv: %1</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="244"/>
        <source>Choose where the archive goes. RC Archiver creates the folder Apps/RingCentral Application there.</source>
        <translation>Wählen Sie, wohin das Archiv geht. RC Archiver legt dort den Ordner Apps/RingCentral Application an.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="256"/>
        <source>The demo is ready. Start it to archive the made-up items of the last %1 hours now, and new ones every half hour.</source>
        <translation>Die Demo ist bereit. Starten Sie sie, um jetzt die fiktiven Elemente der letzten %1 Stunden zu archivieren und danach jede halbe Stunde die neuen.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="259"/>
        <source>&amp;Start the demo</source>
        <translation>&amp;Demo starten</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="261"/>
        <source>Both sides are connected. Enable backup to archive new recordings and messages every half hour.</source>
        <translation>Beide Seiten sind verbunden. Aktivieren Sie die Sicherung, um neue Aufzeichnungen und Nachrichten jede halbe Stunde zu archivieren.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspagestorage.cpp" line="181"/>
        <source>Could not create the folder %1. Choose another one.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden. Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="351"/>
        <source>Waiting for you to sign in in your browser…</source>
        <translation>Warten auf Ihre Anmeldung im Browser…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="374"/>
        <source>Opening the RingCentral sign-in…</source>
        <translation>Die RingCentral-Anmeldung wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="391"/>
        <source>Disconnect the demo?</source>
        <translation>Demo trennen?</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="392"/>
        <source>Backup stops. The made-up items already archived stay in your storage.</source>
        <translation>Die Sicherung stoppt. Die bereits archivierten fiktiven Elemente bleiben in Ihrem Speicher.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="398"/>
        <location filename="../ui/accounts/accountspagestorage.cpp" line="267"/>
        <source>Disconnect %1?</source>
        <translation>%1 trennen?</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="399"/>
        <source>Backup stops, and RC Archiver forgets its sign-in to %1. Everything already archived stays in your storage.</source>
        <translation>Die Sicherung stoppt, und RC Archiver vergisst seine Anmeldung bei %1. Alles bereits Archivierte bleibt in Ihrem Speicher.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="405"/>
        <location filename="../ui/accounts/accountspagestorage.cpp" line="274"/>
        <source>Disconnecting…</source>
        <translation>Verbindung wird getrennt…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspagestorage.cpp" line="211"/>
        <source>Opening the %1 sign-in…</source>
        <translation>Die Anmeldung bei %1 wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspagestorage.cpp" line="211"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspagestorage.cpp" line="244"/>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspagestorage.cpp" line="258"/>
        <source>Connection works</source>
        <translation>Verbindung funktioniert</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspagestorage.cpp" line="259"/>
        <source>RC Archiver signed in to %1 and can write to the folder.</source>
        <translation>RC Archiver hat sich bei %1 angemeldet und kann in den Ordner schreiben.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspagestorage.cpp" line="268"/>
        <source>Backup stops, and RC Archiver forgets its sign-in to %1. The recordings and messages already archived stay in %2.</source>
        <translation>Die Sicherung stoppt, und RC Archiver vergisst seine Anmeldung bei %1. Die bereits archivierten Aufzeichnungen und Nachrichten bleiben in %2.</translation>
    </message>
</context>
<context>
    <name>rca::ArchiveAudit</name>
    <message>
        <location filename="../core/audit/archiveaudit.cpp" line="199"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../core/audit/archiveaudit.cpp" line="206"/>
        <source>Opening the storage</source>
        <translation>Speicher wird geöffnet</translation>
    </message>
    <message>
        <location filename="../core/audit/archiveaudit.cpp" line="222"/>
        <source>A file at the top of the archive, where only folders belong.</source>
        <translation>Eine Datei auf der obersten Ebene des Archivs, wo nur Ordner hingehören.</translation>
    </message>
    <message>
        <location filename="../core/audit/archiveaudit.cpp" line="247"/>
        <source>Listing what %1 holds</source>
        <translation>Inhalt von %1 wird aufgelistet</translation>
    </message>
    <message>
        <location filename="../core/audit/archiveaudit.cpp" line="286"/>
        <source>Checking %1</source>
        <translation>%1 wird geprüft</translation>
    </message>
    <message>
        <location filename="../core/audit/archiveaudit.cpp" line="441"/>
        <source>The ledger records %1 bytes archived on %2; the storage has no file there.</source>
        <translation>Laut Archivverzeichnis wurden am %2 %1 Bytes archiviert; im Speicher gibt es dort keine Datei.</translation>
    </message>
    <message>
        <location filename="../core/audit/archiveaudit.cpp" line="448"/>
        <source>%1 bytes stored, %2 archived.</source>
        <translation>%1 Bytes gespeichert, %2 archiviert.</translation>
    </message>
    <message>
        <location filename="../core/audit/archiveaudit.cpp" line="456"/>
        <source>The storage gave no %1 for the file.</source>
        <translation>Der Speicher hat für die Datei keinen Wert für %1 geliefert.</translation>
    </message>
    <message>
        <location filename="../core/audit/archiveaudit.cpp" line="457"/>
        <source>No %1 was recorded when it was archived.</source>
        <translation>Beim Archivieren wurde kein Wert für %1 vermerkt.</translation>
    </message>
    <message>
        <location filename="../core/audit/archiveaudit.cpp" line="470"/>
        <source>The stored bytes are not the ones archived (%1 differs).</source>
        <translation>Die gespeicherten Bytes sind nicht die archivierten (%1 weicht ab).</translation>
    </message>
    <message>
        <location filename="../core/audit/archiveaudit.cpp" line="485"/>
        <source>Archived with %1; %2.</source>
        <translation>Beim Archivieren: %1; %2.</translation>
    </message>
    <message>
        <location filename="../core/audit/archiveaudit.cpp" line="511"/>
        <source>%1 lists it and the storage holds its file (%2 bytes), but the ledger has no record of it.</source>
        <translation>%1 führt es auf, und der Speicher enthält seine Datei (%2 Bytes), aber im Archivverzeichnis ist es nicht vermerkt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/audit/archiveaudit.cpp" line="521"/>
        <source>%1 lists it; archiving it failed %n time(s): %2</source>
        <translation>
            <numerusform>%1 führt es auf; das Archivieren ist %n Mal fehlgeschlagen: %2</numerusform>
            <numerusform>%1 führt es auf; das Archivieren ist %n Mal fehlgeschlagen: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/audit/archiveaudit.cpp" line="523"/>
        <source>%1 lists it; it is neither in the ledger nor in the storage.</source>
        <translation>%1 führt es auf; es ist weder im Archivverzeichnis noch im Speicher.</translation>
    </message>
    <message>
        <location filename="../core/audit/archiveaudit.cpp" line="390"/>
        <source>%1 bytes; no ledger entry and no item of %2 matches it.</source>
        <translation>%1 Bytes; weder ein Eintrag im Archivverzeichnis noch ein Element von %2 passt dazu.</translation>
    </message>
</context>
<context>
    <name>rca::AuditCommand</name>
    <message numerus="yes">
        <location filename="../app/commands/audit.cpp" line="31"/>
        <source>Repair job %1: %2, %n item(s) archived</source>
        <translation>
            <numerusform>Reparaturauftrag %1: %2, %n Element archiviert</numerusform>
            <numerusform>Reparaturauftrag %1: %2, %n Elemente archiviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commands/audit.cpp" line="35"/>
        <source>(%n failed)</source>
        <translation>
            <numerusform>(%n fehlgeschlagen)</numerusform>
            <numerusform>(%n fehlgeschlagen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/commands/audit.cpp" line="58"/>
        <source>Give the range to check: audit --from DATE --to DATE.</source>
        <translation>Geben Sie den zu prüfenden Zeitraum an: audit --from DATE --to DATE.</translation>
    </message>
    <message>
        <location filename="../app/commands/audit.cpp" line="60"/>
        <source>Choose one of --csv and --json.</source>
        <translation>Wählen Sie entweder --csv oder --json.</translation>
    </message>
    <message>
        <location filename="../app/commands/audit.cpp" line="135"/>
        <source>After the repair:</source>
        <translation>Nach der Reparatur:</translation>
    </message>
    <message>
        <location filename="../app/commands/audit.cpp" line="138"/>
        <source>Nothing to repair.</source>
        <translation>Es gibt nichts zu reparieren.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commands/audit.cpp" line="140"/>
        <source>%n problem(s) can be repaired: run the same command with --repair.</source>
        <translation>
            <numerusform>%n Problem lässt sich reparieren: Führen Sie denselben Befehl mit --repair aus.</numerusform>
            <numerusform>%n Probleme lassen sich reparieren: Führen Sie denselben Befehl mit --repair aus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rca::AuditDialog</name>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="36"/>
        <source>Verify Archive</source>
        <translation>Archiv überprüfen</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="37"/>
        <source>Verify archive</source>
        <translation>Archiv überprüfen</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="49"/>
        <source>What the check is doing</source>
        <translation>Was die Prüfung gerade tut</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="52"/>
        <source>Half-hour windows checked</source>
        <translation>Geprüfte Halbstundenfenster</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="55"/>
        <source>Files checked</source>
        <translation>Geprüfte Dateien</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="65"/>
        <source>Result of the repair</source>
        <translation>Ergebnis der Reparatur</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="75"/>
        <source>&amp;Repair</source>
        <translation>&amp;Reparieren</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="77"/>
        <source>Archive again what is missing or damaged</source>
        <translation>Fehlendes oder Beschädigtes erneut archivieren</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="78"/>
        <source>Archives again, from RingCentral, every missing or damaged item it still holds, then checks the range again.</source>
        <translation>Archiviert jedes fehlende oder beschädigte Element, das RingCentral noch hat, erneut von RingCentral und prüft den Zeitraum dann noch einmal.</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="80"/>
        <source>&amp;Save Report…</source>
        <translation>&amp;Bericht speichern…</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="82"/>
        <source>Save the report as CSV or JSON</source>
        <translation>Bericht als CSV oder JSON speichern</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="85"/>
        <source>Stop the check</source>
        <translation>Prüfung anhalten</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="88"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="124"/>
        <source>Repairing the archive of %1…</source>
        <translation>Archiv für %1 wird repariert…</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="125"/>
        <source>Checking the archive of %1…</source>
        <translation>Archiv für %1 wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="127"/>
        <source>Starting… (a job that is running now finishes first)</source>
        <translation>Wird gestartet… (ein gerade laufender Auftrag wird zuerst beendet)</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="129"/>
        <location filename="../ui/logs/auditdialog.cpp" line="190"/>
        <source>Files checked: %1</source>
        <translation>Geprüfte Dateien: %1</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="151"/>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="184"/>
        <source>%1 of %2 half-hour windows</source>
        <translation>%1 von %2 Halbstundenfenstern</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="209"/>
        <source>Archive check of %1</source>
        <translation>Archivprüfung für %1</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="213"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="216"/>
        <source>Storage: %1</source>
        <translation>Speicher: %1</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="217"/>
        <source>Storage: %1. Files compared by %2.</source>
        <translation>Speicher: %1. Dateien verglichen anhand von %2.</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="235"/>
        <source>Before the repair: %1</source>
        <translation>Vor der Reparatur: %1</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="238"/>
        <source>Repair: %1; items archived again: %2.</source>
        <translation>Reparatur: %1; erneut archivierte Elemente: %2.</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="244"/>
        <source>Nothing was repaired.</source>
        <translation>Es wurde nichts repariert.</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="247"/>
        <source>After the repair:</source>
        <translation>Nach der Reparatur:</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="260"/>
        <source>There is no report to save yet.</source>
        <translation>Es gibt noch keinen Bericht zum Speichern.</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="270"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="288"/>
        <location filename="../ui/logs/auditdialog.cpp" line="296"/>
        <source>Save Report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="289"/>
        <source>JSON files (*.json);;CSV files (*.csv)</source>
        <translation>JSON-Dateien (*.json);;CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>rca::AuditProblem</name>
    <message>
        <location filename="../core/audit/auditreport.cpp" line="82"/>
        <source>Not archived</source>
        <translation>Nicht archiviert</translation>
    </message>
    <message>
        <location filename="../core/audit/auditreport.cpp" line="84"/>
        <source>Stored, but not in the ledger</source>
        <translation>Gespeichert, aber nicht im Archivverzeichnis</translation>
    </message>
    <message>
        <location filename="../core/audit/auditreport.cpp" line="86"/>
        <source>File missing in storage</source>
        <translation>Datei fehlt im Speicher</translation>
    </message>
    <message>
        <location filename="../core/audit/auditreport.cpp" line="88"/>
        <source>Stored size differs</source>
        <translation>Gespeicherte Größe weicht ab</translation>
    </message>
    <message>
        <location filename="../core/audit/auditreport.cpp" line="90"/>
        <source>Stored content differs</source>
        <translation>Gespeicherter Inhalt weicht ab</translation>
    </message>
    <message>
        <location filename="../core/audit/auditreport.cpp" line="92"/>
        <source>Could not be verified</source>
        <translation>Konnte nicht überprüft werden</translation>
    </message>
    <message>
        <location filename="../core/audit/auditreport.cpp" line="94"/>
        <source>Unknown file in the archive</source>
        <translation>Unbekannte Datei im Archiv</translation>
    </message>
    <message>
        <location filename="../core/audit/auditreport.cpp" line="96"/>
        <source>Retention weakened</source>
        <translation>Aufbewahrung abgeschwächt</translation>
    </message>
</context>
<context>
    <name>rca::AuditReport</name>
    <message>
        <location filename="../core/audit/auditreport.cpp" line="209"/>
        <source>Audit of %1 in %2</source>
        <translation>Prüfung von %1 in %2</translation>
    </message>
    <message>
        <location filename="../core/audit/auditreport.cpp" line="211"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../core/audit/auditreport.cpp" line="211"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../core/audit/auditreport.cpp" line="212"/>
        <source>Listed</source>
        <translation>Gelistet</translation>
    </message>
    <message>
        <location filename="../core/audit/auditreport.cpp" line="212"/>
        <source>Archived</source>
        <translation>Im Archiv</translation>
    </message>
    <message>
        <location filename="../core/audit/auditreport.cpp" line="212"/>
        <source>Verified</source>
        <translation>Überprüft</translation>
    </message>
    <message>
        <location filename="../core/audit/auditreport.cpp" line="212"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../core/audit/auditreport.cpp" line="222"/>
        <source>retention</source>
        <translation>abgelaufen</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/audit/auditreport.cpp" line="226"/>
        <source>%n more window(s) with nothing in them.</source>
        <translation>
            <numerusform>%n weiteres Zeitfenster ohne Inhalt.</numerusform>
            <numerusform>%n weitere Zeitfenster ohne Inhalt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/audit/auditreport.cpp" line="230"/>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <location filename="../core/audit/auditreport.cpp" line="239"/>
        <source>[repairable]</source>
        <translation>[reparierbar]</translation>
    </message>
    <message>
        <location filename="../core/audit/auditreport.cpp" line="245"/>
        <source>The audit did not finish: %1</source>
        <translation>Die Prüfung wurde nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <location filename="../core/audit/auditreport.cpp" line="246"/>
        <source>Listed by the source: %1, archived: %2, verified: %3, problems: %4.</source>
        <translation>Von der Quelle gelistet: %1, archiviert: %2, überprüft: %3, Probleme: %4.</translation>
    </message>
</context>
<context>
    <name>rca::AuditReportView</name>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="32"/>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="33"/>
        <source>The check could not finish: %1</source>
        <translation>Die Prüfung konnte nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="36"/>
        <source>It stopped before it had checked any half-hour window.</source>
        <translation>Sie wurde beendet, bevor sie ein Halbstundenfenster geprüft hatte.</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="38"/>
        <source>This report covers only the %1 half-hour windows it reached, up to %2.</source>
        <translation>Dieser Bericht umfasst nur die %1 Halbstundenfenster, die sie erreicht hat, bis %2.</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="53"/>
        <source>Result of the check</source>
        <translation>Ergebnis der Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="62"/>
        <source>Why the check did not finish</source>
        <translation>Warum die Prüfung nicht abgeschlossen wurde</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="74"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="74"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="74"/>
        <source>Listed</source>
        <translation>Gelistet</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="74"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="74"/>
        <source>Verified</source>
        <translation>Überprüft</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="74"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="77"/>
        <source>What</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="77"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="77"/>
        <source>RingCentral id</source>
        <translation>RingCentral-ID</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="77"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="77"/>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="82"/>
        <source>Half-hour windows checked</source>
        <translation>Geprüfte Halbstundenfenster</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="88"/>
        <source>Problems found</source>
        <translation>Gefundene Probleme</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="142"/>
        <source>beyond retention</source>
        <translation>außerhalb der Aufbewahrungsfrist</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="148"/>
        <source>RingCentral no longer keeps the items of this window: only the stored files were checked.</source>
        <translation>RingCentral bewahrt die Elemente dieses Zeitfensters nicht mehr auf: Es wurden nur die gespeicherten Dateien geprüft.</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="161"/>
        <source>&amp;Half-hour windows with items (%1 of %2):</source>
        <translation>&amp;Halbstundenfenster mit Elementen (%1 von %2):</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="179"/>
        <source>Repair can fix this: RingCentral still has the item.</source>
        <translation>Eine Reparatur kann das beheben: RingCentral hat das Element noch.</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="180"/>
        <source>Repair cannot fix this.</source>
        <translation>Eine Reparatur kann das nicht beheben.</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="185"/>
        <source>&amp;Problems (%1):</source>
        <translation>&amp;Probleme (%1):</translation>
    </message>
</context>
<context>
    <name>rca::AuditStore</name>
    <message>
        <location filename="../core/store/auditstore.cpp" line="39"/>
        <source>Could not save the problems the audit found</source>
        <translation>Die bei der Prüfung gefundenen Probleme konnten nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>rca::AuditText</name>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="46"/>
        <source>%1 item not archived</source>
        <translation>%1 Element nicht archiviert</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="46"/>
        <source>%1 items not archived</source>
        <translation>%1 Elemente nicht archiviert</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="50"/>
        <source>%1 stored file not in the ledger</source>
        <translation>%1 gespeicherte Datei nicht im Archivverzeichnis</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="50"/>
        <source>%1 stored files not in the ledger</source>
        <translation>%1 gespeicherte Dateien nicht im Archivverzeichnis</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="53"/>
        <source>%1 missing file</source>
        <translation>%1 fehlende Datei</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="53"/>
        <source>%1 missing files</source>
        <translation>%1 fehlende Dateien</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="57"/>
        <source>%1 changed file</source>
        <translation>%1 veränderte Datei</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="57"/>
        <source>%1 changed files</source>
        <translation>%1 veränderte Dateien</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="60"/>
        <source>%1 file that could not be verified</source>
        <translation>%1 Datei, die nicht überprüft werden konnte</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="61"/>
        <source>%1 files that could not be verified</source>
        <translation>%1 Dateien, die nicht überprüft werden konnten</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="64"/>
        <source>%1 unknown file</source>
        <translation>%1 unbekannte Datei</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="64"/>
        <source>%1 unknown files</source>
        <translation>%1 unbekannte Dateien</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="67"/>
        <source>%1 file with its retention weakened</source>
        <translation>%1 Datei mit abgeschwächter Aufbewahrung</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="68"/>
        <source>%1 files with their retention weakened</source>
        <translation>%1 Dateien mit abgeschwächter Aufbewahrung</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="88"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="95"/>
        <source>1 problem found: %1.</source>
        <translation>1 Problem gefunden: %1.</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="96"/>
        <source>%1 problems found: %2.</source>
        <translation>%1 Probleme gefunden: %2.</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="106"/>
        <source>In the part it reached: %1</source>
        <translation>Im erreichten Teil: %1</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="109"/>
        <source>In the part it reached, 1 item is in storage and intact.</source>
        <translation>Im erreichten Teil ist 1 Element im Speicher und intakt.</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="110"/>
        <source>In the part it reached, %1 items are in storage and intact.</source>
        <translation>Im erreichten Teil sind %1 Elemente im Speicher und intakt.</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="113"/>
        <source>Nothing to check for %1: RingCentral lists no items and none are archived.</source>
        <translation>Für %1 gibt es nichts zu prüfen: RingCentral führt keine Elemente auf, und es ist keines archiviert.</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="116"/>
        <source>The 1 item of %1 is in storage and intact.</source>
        <translation>Das einzige Element für %1 ist im Speicher und intakt.</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="119"/>
        <source>All %1 items of %2 are in storage and intact.</source>
        <translation>Alle %1 Elemente für %2 sind im Speicher und intakt.</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="126"/>
        <source>Part of the range is older than RingCentral keeps data: there the stored files were checked, but not compared with RingCentral.</source>
        <translation>Ein Teil des Zeitraums ist älter, als RingCentral Daten aufbewahrt: Dort wurden die gespeicherten Dateien geprüft, aber nicht mit RingCentral abgeglichen.</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="135"/>
        <source>the chosen days</source>
        <translation>die gewählten Tage</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="144"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="151"/>
        <source>Call Recording</source>
        <translation>Anrufaufzeichnung</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="153"/>
        <source>Voice Mail</source>
        <translation>Sprachnachricht</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="155"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="157"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
</context>
<context>
    <name>rca::Autostart</name>
    <message>
        <location filename="../ui/tray/autostart.cpp" line="151"/>
        <source>Archive RingCentral call recordings, voicemails, SMS and faxes</source>
        <translation>Anrufaufzeichnungen, Sprachnachrichten, SMS und Faxe von RingCentral archivieren</translation>
    </message>
    <message>
        <location filename="../ui/tray/autostart.cpp" line="231"/>
        <source>Could not change the programs Windows starts at sign-in (the Run key in the registry).</source>
        <translation>Die Programme, die Windows bei der Anmeldung startet, konnten nicht geändert werden (der Run-Schlüssel in der Registrierung).</translation>
    </message>
    <message>
        <location filename="../ui/tray/autostart.cpp" line="235"/>
        <source>Starting at sign-in through the Run key works on Windows only.</source>
        <translation>Der Start bei der Anmeldung über den Run-Schlüssel funktioniert nur unter Windows.</translation>
    </message>
    <message>
        <location filename="../ui/tray/autostart.cpp" line="243"/>
        <source>Could not create the folder %1 to start RC Archiver at sign-in.</source>
        <translation>Der Ordner %1 zum Starten von RC Archiver bei der Anmeldung konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../ui/tray/autostart.cpp" line="248"/>
        <source>Could not write %1 to start RC Archiver at sign-in: %2</source>
        <translation>%1 zum Starten von RC Archiver bei der Anmeldung konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/tray/autostart.cpp" line="257"/>
        <source>Could not remove %1 to stop starting RC Archiver at sign-in: %2</source>
        <translation>%1 konnte nicht entfernt werden, um RC Archiver nicht mehr bei der Anmeldung zu starten: %2</translation>
    </message>
</context>
<context>
    <name>rca::AwsSigV4</name>
    <message>
        <location filename="../core/net/awssigv4.cpp" line="62"/>
        <source>The request to the storage could not be signed (%1).</source>
        <translation>Die Anfrage an den Speicher konnte nicht signiert werden (%1).</translation>
    </message>
    <message>
        <location filename="../core/net/awssigv4.cpp" line="236"/>
        <source>“%1” cannot be stored in S3-compatible storage: a name may not have “.” or “..” between slashes.</source>
        <translation>„%1“ kann nicht in einem S3-kompatiblen Speicher abgelegt werden: Ein Name darf zwischen Schrägstrichen nicht „.“ oder „..“ enthalten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/net/awssigv4.cpp" line="426"/>
        <source>This computer&apos;s clock says %1; the storage&apos;s clock says %2, %n minute(s) later. Set this computer&apos;s clock right (automatic time, and the right time zone) and try again.</source>
        <translation>
            <numerusform>Die Uhr dieses Computers zeigt %1, die des Speichers %2, %n Minute später. Stellen Sie die Uhr dieses Computers richtig (automatische Zeit und die richtige Zeitzone) und versuchen Sie es erneut.</numerusform>
            <numerusform>Die Uhr dieses Computers zeigt %1, die des Speichers %2, %n Minuten später. Stellen Sie die Uhr dieses Computers richtig (automatische Zeit und die richtige Zeitzone) und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/net/awssigv4.cpp" line="432"/>
        <source>This computer&apos;s clock says %1; the storage&apos;s clock says %2, %n minute(s) earlier. Set this computer&apos;s clock right (automatic time, and the right time zone) and try again.</source>
        <translation>
            <numerusform>Die Uhr dieses Computers zeigt %1, die des Speichers %2, %n Minute früher. Stellen Sie die Uhr dieses Computers richtig (automatische Zeit und die richtige Zeitzone) und versuchen Sie es erneut.</numerusform>
            <numerusform>Die Uhr dieses Computers zeigt %1, die des Speichers %2, %n Minuten früher. Stellen Sie die Uhr dieses Computers richtig (automatische Zeit und die richtige Zeitzone) und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rca::BackupCommand</name>
    <message>
        <location filename="../app/commands/backup.cpp" line="27"/>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <location filename="../app/commands/backup.cpp" line="35"/>
        <source>Connect a source and a storage before turning backup on (see `rc-archiver connect --help`).</source>
        <translation>Verbinden Sie eine Quelle und einen Speicher, bevor Sie die Sicherung einschalten (siehe `rc-archiver connect --help`).</translation>
    </message>
    <message>
        <location filename="../app/commands/backup.cpp" line="43"/>
        <source>Backup is on.</source>
        <translation>Die Sicherung ist eingeschaltet.</translation>
    </message>
    <message>
        <location filename="../app/commands/backup.cpp" line="43"/>
        <source>Backup is off.</source>
        <translation>Die Sicherung ist ausgeschaltet.</translation>
    </message>
    <message>
        <location filename="../app/commands/backup.cpp" line="46"/>
        <source>The next job runs at %1 if RC Archiver is running (the window, or --headless).</source>
        <translation>Der nächste Auftrag läuft am %1, wenn RC Archiver läuft (das Fenster oder --headless).</translation>
    </message>
</context>
<context>
    <name>rca::BoxApi</name>
    <message>
        <location filename="../connectors/box/boxapi.cpp" line="93"/>
        <source>The Box account is full: %1 was refused. Free some space in Box or upgrade the plan, then archiving continues.</source>
        <translation>Das Box-Konto ist voll: %1 wurde abgelehnt. Geben Sie in Box Speicherplatz frei oder wechseln Sie zu einem größeren Tarif, dann wird die Archivierung fortgesetzt.</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxapi.cpp" line="216"/>
        <source>%1: Box is not ready yet; asking again.</source>
        <translation>%1: Box ist noch nicht bereit; es wird erneut angefragt.</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxapi.cpp" line="223"/>
        <source>Box no longer accepts this app&apos;s sign-in (%1).</source>
        <translation>Box akzeptiert die Anmeldung dieser App nicht mehr (%1).</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxapi.cpp" line="229"/>
        <source>%1: Box is limiting the request rate (429); will retry later.</source>
        <translation>%1: Box begrenzt die Anfragerate (429); es wird später erneut versucht.</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxapi.cpp" line="239"/>
        <source>%1: Box is busy with that folder.</source>
        <translation>%1: Box ist gerade mit diesem Ordner beschäftigt.</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxapi.cpp" line="245"/>
        <source>: Box failed</source>
        <translation>: Box ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxapi.cpp" line="256"/>
        <source>%1: Box does not accept the name (%2).</source>
        <translation>%1: Box akzeptiert den Namen nicht (%2).</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxapi.cpp" line="259"/>
        <source>%1: Box refused it (%2).</source>
        <translation>%1: Box hat es abgelehnt (%2).</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxapi.cpp" line="265"/>
        <source>%1: unexpected HTTP %2</source>
        <translation>%1: unerwartetes HTTP %2</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxapi.cpp" line="348"/>
        <source>Looking at a file in Box</source>
        <translation>Prüfen einer Datei in Box</translation>
    </message>
</context>
<context>
    <name>rca::BoxConnector</name>
    <message>
        <location filename="../connectors/box/boxconnector.cpp" line="18"/>
        <source>Box is not open</source>
        <translation>Box ist nicht geöffnet</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxconnector.cpp" line="119"/>
        <location filename="../connectors/box/boxconnector.cpp" line="138"/>
        <source>%1 is not in Box</source>
        <translation>%1 ist nicht in Box vorhanden</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxconnector.cpp" line="133"/>
        <source>Reading %1 from Box</source>
        <translation>Lesen von %1 aus Box</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxsetup.cpp" line="139"/>
        <source>No Box app is configured. Register one in the Box Developer Console (a Custom App with User Authentication (OAuth 2.0) and the redirect URI http://localhost:5002/oauth2callback), then pass its client id with --option clientId=ID (the client secret is asked for and kept in the keychain), set RCA_BOX_CLIENT_ID and RCA_BOX_CLIENT_SECRET, or build with -DRCA_BOX_CLIENT_ID=ID -DRCA_BOX_CLIENT_SECRET=SECRET.</source>
        <translation>Es ist keine Box-App konfiguriert. Registrieren Sie eine in der Box Developer Console (eine Custom App mit User Authentication (OAuth 2.0) und der Weiterleitungs-URI http://localhost:5002/oauth2callback) und übergeben Sie dann ihre Client-ID mit --option clientId=ID (das Client-Geheimnis wird abgefragt und im Schlüsselbund gespeichert), setzen Sie RCA_BOX_CLIENT_ID und RCA_BOX_CLIENT_SECRET, oder bauen Sie mit -DRCA_BOX_CLIENT_ID=ID -DRCA_BOX_CLIENT_SECRET=SECRET.</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxsetup.cpp" line="149"/>
        <source>The Box app&apos;s client secret is missing: set RCA_BOX_CLIENT_SECRET beside RCA_BOX_CLIENT_ID.</source>
        <translation>Das Client-Geheimnis der Box-App fehlt: Setzen Sie RCA_BOX_CLIENT_SECRET zusätzlich zu RCA_BOX_CLIENT_ID.</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxsetup.cpp" line="153"/>
        <source>Enter the client secret of your Box app (the &quot;clientSecret&quot; option).</source>
        <translation>Geben Sie das Client-Geheimnis Ihrer Box-App ein (die Option „clientSecret“).</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxsetup.cpp" line="160"/>
        <source>Client secret of the Box app %1</source>
        <translation>Client-Geheimnis der Box-App %1</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxsetup.cpp" line="182"/>
        <source>Invalid Box URL: %1</source>
        <translation>Ungültige Box-URL: %1</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxsetup.cpp" line="190"/>
        <source>Invalid Box redirectPort</source>
        <translation>Ungültiger Box-redirectPort</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxsetup.cpp" line="196"/>
        <source>Invalid Box uploadThreshold: at most 50 MB (50000000 bytes).</source>
        <translation>Ungültiger Box-uploadThreshold: höchstens 50 MB (50000000 Bytes).</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxsetup.cpp" line="209"/>
        <location filename="../connectors/box/boxsetup.cpp" line="271"/>
        <source>No keychain is available for the Box sign-in</source>
        <translation>Für die Box-Anmeldung ist kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxsetup.cpp" line="218"/>
        <source>the app&apos;s access was removed in Box, or the sign-in went unused for 60 days</source>
        <translation>der Zugriff der App wurde in Box entfernt, oder die Anmeldung wurde 60 Tage lang nicht verwendet</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxsetup.cpp" line="241"/>
        <source>Connecting Box needs a browser for the sign-in; run it from the window or `rc-archiver connect box`.</source>
        <translation>Zum Verbinden von Box ist ein Browser für die Anmeldung nötig; starten Sie es im Fenster oder mit `rc-archiver connect box`.</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxsetup.cpp" line="260"/>
        <source>Box gave no refresh token, so archiving could not go on unattended; connect again.</source>
        <translation>Box hat kein Refresh-Token geliefert, daher könnte die Archivierung nicht unbeaufsichtigt weiterlaufen; verbinden Sie erneut.</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxsetup.cpp" line="337"/>
        <source>Box is not connected.</source>
        <translation>Box ist nicht verbunden.</translation>
    </message>
</context>
<context>
    <name>rca::BoxConnectorFactory</name>
    <message>
        <location filename="../connectors/box/boxsetup.cpp" line="75"/>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxsetup.cpp" line="76"/>
        <source>The client id of your own Box app (default: the built-in one, or RCA_BOX_CLIENT_ID).</source>
        <translation>Die Client-ID Ihrer eigenen Box-App (Standard: die eingebaute oder RCA_BOX_CLIENT_ID).</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxsetup.cpp" line="78"/>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxsetup.cpp" line="79"/>
        <source>The client secret of your own Box app, kept in the keychain.</source>
        <translation>Das Client-Geheimnis Ihrer eigenen Box-App, im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxsetup.cpp" line="80"/>
        <source>Sign-in redirect port</source>
        <translation>Port der Anmelde-Weiterleitung</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxsetup.cpp" line="81"/>
        <source>The loopback port of the redirect URI registered for the app (http://localhost:PORT/oauth2callback).</source>
        <translation>Der Loopback-Port der für die App registrierten Weiterleitungs-URI (http://localhost:PORT/oauth2callback).</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxsetup.cpp" line="84"/>
        <source>API server</source>
        <translation>API-Server</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxsetup.cpp" line="84"/>
        <source>The Box API&apos;s base URL.</source>
        <translation>Die Basis-URL der Box-API.</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxsetup.cpp" line="85"/>
        <source>Upload server</source>
        <translation>Upload-Server</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxsetup.cpp" line="85"/>
        <source>The base URL for uploads.</source>
        <translation>Die Basis-URL für Uploads.</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxsetup.cpp" line="87"/>
        <source>Sign-in page</source>
        <translation>Anmeldeseite</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxsetup.cpp" line="87"/>
        <source>The page that asks for your consent.</source>
        <translation>Die Seite, die um Ihre Zustimmung bittet.</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxsetup.cpp" line="90"/>
        <source>Single-request upload limit (bytes)</source>
        <translation>Grenze für Uploads in einer Anfrage (Bytes)</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxsetup.cpp" line="91"/>
        <source>Files up to this size go up in one request; larger ones in an upload session (Box takes sessions for files over 20 MB only).</source>
        <translation>Dateien bis zu dieser Größe werden in einer Anfrage hochgeladen, größere in einer Upload-Sitzung (Box akzeptiert Sitzungen nur für Dateien über 20 MB).</translation>
    </message>
</context>
<context>
    <name>rca::BoxFolders</name>
    <message>
        <location filename="../connectors/box/boxfolders.cpp" line="41"/>
        <source>Refused the path %1 for Box: %2</source>
        <translation>Pfad %1 für Box abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxfolders.cpp" line="45"/>
        <source>it has an empty name</source>
        <translation>er enthält einen leeren Namen</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxfolders.cpp" line="48"/>
        <source>it leaves the archive</source>
        <translation>er liegt außerhalb des Archivs</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxfolders.cpp" line="50"/>
        <source>a name holds a backslash or a control character</source>
        <translation>ein Name enthält einen Backslash oder ein Steuerzeichen</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxfolders.cpp" line="53"/>
        <source>a name ends in a space</source>
        <translation>ein Name endet mit einem Leerzeichen</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxfolders.cpp" line="55"/>
        <source>a name is longer than %1 characters</source>
        <translation>ein Name ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxfolders.cpp" line="60"/>
        <source>it names no file</source>
        <translation>er nennt keine Datei</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxfolders.cpp" line="86"/>
        <source>Looking for %1 in Box</source>
        <translation>Suchen nach %1 in Box</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxfolders.cpp" line="107"/>
        <source>A file in Box is in the way of the folder %1; rename or move it.</source>
        <translation>Eine Datei in Box steht dem Ordner %1 im Weg; benennen Sie sie um oder verschieben Sie sie.</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxfolders.cpp" line="121"/>
        <source>Creating the Box folder %1</source>
        <translation>Anlegen des Box-Ordners %1</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxfolders.cpp" line="133"/>
        <source>%1: Box gave no folder id.</source>
        <translation>%1: Box hat keine Ordner-ID geliefert.</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxfolders.cpp" line="161"/>
        <source>Box is not open.</source>
        <translation>Box ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>rca::BoxListing</name>
    <message>
        <location filename="../connectors/box/boxlisting.cpp" line="24"/>
        <source>Listing %1 in Box</source>
        <translation>Auflisten von %1 in Box</translation>
    </message>
</context>
<context>
    <name>rca::BoxUpload</name>
    <message>
        <location filename="../connectors/box/boxupload.cpp" line="70"/>
        <source>Uploading %1 to Box</source>
        <translation>Hochladen von %1 zu Box</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxupload.cpp" line="97"/>
        <location filename="../connectors/box/boxupload.cpp" line="378"/>
        <source>: already committed</source>
        <translation>: bereits abgeschlossen</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxupload.cpp" line="109"/>
        <location filename="../connectors/box/boxupload.cpp" line="250"/>
        <source>%1: could not write the temporary copy: %2</source>
        <translation>%1: Die temporäre Kopie konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxupload.cpp" line="125"/>
        <source>%1: more bytes came than were announced (%2).</source>
        <translation>%1: Es kamen mehr Bytes als angekündigt (%2).</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxupload.cpp" line="154"/>
        <location filename="../connectors/box/boxupload.cpp" line="184"/>
        <location filename="../connectors/box/boxupload.cpp" line="477"/>
        <source>Box has a folder at %1; the file was not stored.</source>
        <translation>Box hat unter %1 einen Ordner; die Datei wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxupload.cpp" line="274"/>
        <source>%1: could not read the temporary copy: %2</source>
        <translation>%1: Die temporäre Kopie konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxupload.cpp" line="342"/>
        <source>%1: %2 bytes came, %3 were announced; it will be uploaded again.</source>
        <translation>%1: Es kamen %2 Bytes, angekündigt waren %3; die Datei wird erneut hochgeladen.</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxupload.cpp" line="431"/>
        <source>%1: Box stored different bytes than were sent (sha1 mismatch); will retry</source>
        <translation>%1: Box hat andere Bytes gespeichert als gesendet wurden (sha1 stimmt nicht überein); es wird erneut versucht</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxupload.cpp" line="447"/>
        <source>%1: the file that held the name is gone; will retry</source>
        <translation>%1: Die Datei, die den Namen belegte, ist nicht mehr vorhanden; es wird erneut versucht</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxupload.cpp" line="459"/>
        <source>A different file already exists in Box at %1; it was not overwritten.</source>
        <translation>In Box gibt es unter %1 bereits eine andere Datei; sie wurde nicht überschrieben.</translation>
    </message>
</context>
<context>
    <name>rca::BoxUploadSession</name>
    <message>
        <location filename="../connectors/box/boxuploadsession.cpp" line="54"/>
        <source>%1: Box opened no usable upload session.</source>
        <translation>%1: Box hat keine verwendbare Upload-Sitzung geöffnet.</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxuploadsession.cpp" line="104"/>
        <source>%1: Box did not confirm a part.</source>
        <translation>%1: Box hat einen Teil nicht bestätigt.</translation>
    </message>
</context>
<context>
    <name>rca::CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="69"/>
        <source> (built with %1)</source>
        <translation> (erstellt mit %1)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="73"/>
        <source>libssh2: not in use (no SFTP connector loaded)</source>
        <translation>libssh2: nicht in Verwendung (kein SFTP-Connector geladen)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="75"/>
        <source>libssh2: version not known on this system</source>
        <translation>libssh2: Version auf diesem System nicht bekannt</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="78"/>
        <source>License %1: &lt;https://www.gnu.org/licenses/gpl-3.0.html&gt;</source>
        <translation>Lizenz %1: &lt;https://www.gnu.org/licenses/gpl-3.0.html&gt;</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="86"/>
        <source>RC Archiver %1: archives RingCentral call recordings, voicemails, SMS and faxes into storage you own.</source>
        <translation>RC Archiver %1: archiviert Anrufaufzeichnungen, Sprachnachrichten, SMS und Faxe von RingCentral in einem Speicher, der Ihnen gehört.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="89"/>
        <source>Commands (without one, the window opens):</source>
        <translation>Befehle (ohne Befehl öffnet sich das Fenster):</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="131"/>
        <source>Keep settings, job log and logs in DIR instead of the standard places.</source>
        <translation>Einstellungen, Auftragsprotokoll und Protokolle in DIR statt an den üblichen Orten aufbewahren.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="135"/>
        <source>Run the schedule without a window (service mode); stop with SIGTERM.</source>
        <translation>Den Zeitplan ohne Fenster ausführen (Dienstmodus); mit SIGTERM beenden.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="137"/>
        <source>Start with the window minimized.</source>
        <translation>Mit minimiertem Fenster starten.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="143"/>
        <source>One of the commands above.</source>
        <translation>Einer der obigen Befehle.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="150"/>
        <source>Run `rc-archiver --help` for usage.</source>
        <translation>Weitere Informationen mit `rc-archiver --help`.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="168"/>
        <source>Unknown command &quot;%1&quot;. Run `rc-archiver --help` for usage.</source>
        <translation>Unbekannter Befehl „%1“. Weitere Informationen mit `rc-archiver --help`.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="195"/>
        <source>This build has no window; use --headless.</source>
        <translation>Diese Version hat kein Fenster; verwenden Sie --headless.</translation>
    </message>
    <message>
        <location filename="../app/commands/audit.cpp" line="80"/>
        <source>Check that every item the source holds for the range is
archived and intact in the storage; --repair archives what
is missing or damaged. Exit status 0 when all is verified,
3 when problems remain, 1 when the check could not run.</source>
        <translation>Prüft, ob jedes Element, das die Quelle für den Zeitraum hat,
intakt im Speicher archiviert ist; --repair archiviert, was
fehlt oder beschädigt ist. Exit-Status 0, wenn alles überprüft
ist, 3, wenn Probleme bleiben, 1, wenn die Prüfung nicht laufen
konnte.</translation>
    </message>
    <message>
        <location filename="../app/commands/audit.cpp" line="87"/>
        <source>audit: the report as JSON.</source>
        <translation>audit: der Bericht als JSON.</translation>
    </message>
    <message>
        <location filename="../app/commands/audit.cpp" line="89"/>
        <source>audit: archive what is missing or damaged, then check again.</source>
        <translation>audit: archivieren, was fehlt oder beschädigt ist, dann erneut prüfen.</translation>
    </message>
    <message>
        <location filename="../app/commands/backup.cpp" line="59"/>
        <source>Turn the scheduled backup on or off.</source>
        <translation>Die geplante Sicherung ein- oder ausschalten.</translation>
    </message>
    <message>
        <location filename="../app/commands/command.cpp" line="71"/>
        <source>success (run-once: every job completed; audit: all verified)</source>
        <translation>Erfolg (run-once: jeder Auftrag abgeschlossen; audit: alles überprüft)</translation>
    </message>
    <message>
        <location filename="../app/commands/command.cpp" line="73"/>
        <source>failed: a job failed, or the command could not do what was asked</source>
        <translation>fehlgeschlagen: ein Auftrag ist fehlgeschlagen, oder der Befehl
konnte nicht ausführen, was verlangt war</translation>
    </message>
    <message>
        <location filename="../app/commands/command.cpp" line="74"/>
        <source>usage error: the command line is wrong</source>
        <translation>Aufruffehler: Die Befehlszeile ist fehlerhaft</translation>
    </message>
    <message>
        <location filename="../app/commands/command.cpp" line="76"/>
        <source>audit: problems found (missing, damaged or unknown files)</source>
        <translation>audit: Probleme gefunden (fehlende, beschädigte oder unbekannte Dateien)</translation>
    </message>
    <message>
        <location filename="../app/commands/command.cpp" line="78"/>
        <source>run-once: a job completed with errors (some items not archived)</source>
        <translation>run-once: ein Auftrag wurde mit Fehlern abgeschlossen (einige Elemente
nicht archiviert)</translation>
    </message>
    <message>
        <location filename="../app/commands/command.cpp" line="80"/>
        <source>needs sign-in: RingCentral or the storage is not connected, or
refuses the saved sign-in (status too, when it needs attention)</source>
        <translation>Anmeldung nötig: RingCentral oder der Speicher ist nicht verbunden
oder lehnt die gespeicherte Anmeldung ab (auch status, wenn eine
Verbindung Aufmerksamkeit erfordert)</translation>
    </message>
    <message>
        <location filename="../app/commands/command.cpp" line="83"/>
        <source>profile busy: another process runs a job (run-once --no-wait)</source>
        <translation>Profil belegt: ein anderer Prozess führt einen Auftrag aus
(run-once --no-wait)</translation>
    </message>
    <message>
        <location filename="../app/commands/command.cpp" line="84"/>
        <source>damaged database: see `rc-archiver database check`</source>
        <translation>beschädigte Datenbank: siehe `rc-archiver database check`</translation>
    </message>
    <message>
        <location filename="../app/commands/command.cpp" line="86"/>
        <source>stopped by Ctrl+C (SIGINT), 143 stopped by SIGTERM: the job in
progress is marked interrupted and runs again next time</source>
        <translation>mit Strg+C (SIGINT) angehalten, 143 mit SIGTERM angehalten: Der
laufende Auftrag wird als unterbrochen markiert und beim nächsten
Mal erneut ausgeführt</translation>
    </message>
    <message>
        <location filename="../app/commands/command.cpp" line="89"/>
        <source>Exit status:</source>
        <translation>Exit-Status:</translation>
    </message>
    <message>
        <location filename="../app/commands/command.cpp" line="165"/>
        <source>Start of the range (ISO 8601, local time unless a zone is given).</source>
        <translation>Anfang des Zeitraums (ISO 8601, Ortszeit, sofern keine Zone angegeben ist).</translation>
    </message>
    <message>
        <location filename="../app/commands/command.cpp" line="174"/>
        <source>End of the range (exclusive; a date alone means the end of that day).</source>
        <translation>Ende des Zeitraums (ausschließlich; ein Datum allein bedeutet das Ende dieses Tages).</translation>
    </message>
    <message>
        <location filename="../app/commands/command.cpp" line="184"/>
        <source>logs, audit: comma-separated values.</source>
        <translation>logs, audit: kommagetrennte Werte (CSV).</translation>
    </message>
    <message>
        <location filename="../app/commands/command.cpp" line="205"/>
        <source>Dates are ISO 8601: 2026-11-25 or 2026-11-25T13:30.</source>
        <translation>Datumsangaben im Format ISO 8601: 2026-11-25 oder 2026-11-25T13:30.</translation>
    </message>
    <message>
        <location filename="../app/commands/config.cpp" line="70"/>
        <source>Read and change settings.</source>
        <translation>Einstellungen lesen und ändern.</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="307"/>
        <source>Connect the source (ringcentral, or demo to try the program)
or a storage (%1).</source>
        <translation>Die Quelle verbinden (ringcentral, oder demo, um das Programm
auszuprobieren) oder einen Speicher (%1).</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="311"/>
        <source>connect local: the folder to archive into (a disk or a mounted NAS share).</source>
        <translation>connect local: der Ordner, in den archiviert wird (eine Festplatte oder eine eingebundene NAS-Freigabe).</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="316"/>
        <source>connect demo: a JSON file describing the items (see the README).</source>
        <translation>connect demo: eine JSON-Datei, die die Elemente beschreibt (siehe README).</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="321"/>
        <source>connect demo: how many items to make up per hour (default 4).</source>
        <translation>connect demo: wie viele fiktive Elemente pro Stunde erzeugt werden (Standard 4).</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="326"/>
        <source>connect demo: the size of each made-up item in bytes (default 65536).</source>
        <translation>connect demo: die Größe jedes fiktiven Elements in Bytes (Standard 65536).</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="331"/>
        <source>connect: an option KEY=VALUE (repeatable), e.g. redirectPort=5000, clientId=…, serverUrl=… for ringcentral; `rc-archiver connect` lists each storage&apos;s options.</source>
        <translation>connect: eine Option KEY=VALUE (wiederholbar), z. B. redirectPort=5000, clientId=…, serverUrl=… für ringcentral; `rc-archiver connect` listet die Optionen jedes Speichers auf.</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="338"/>
        <source>connect: only test the storage&apos;s connection (where it offers a test, as SFTP does); nothing is kept.</source>
        <translation>connect: nur die Verbindung zum Speicher testen (wo er einen Test anbietet, wie SFTP); nichts wird gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="342"/>
        <source>connect sftp: the server&apos;s host key fingerprint (SHA256:…) you checked, to confirm a server connected to for the first time.</source>
        <translation>connect sftp: der von Ihnen geprüfte Fingerabdruck des Host-Schlüssels des Servers (SHA256:…), um einen Server zu bestätigen, mit dem zum ersten Mal verbunden wird.</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="354"/>
        <source>Forget a connection; archived files stay where they are.</source>
        <translation>Eine Verbindung vergessen; archivierte Dateien bleiben, wo sie sind.</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="561"/>
        <source>The profile&apos;s database. check: PRAGMA integrity_check and the copies
(made daily and before each upgrade, 7 kept in backups/). restore: puts
back the newest good copy, or COPY; the file there is kept aside. rebuild:
when no copy is good, a new database whose ledger is read from the day
manifests in the storage, so nothing is archived twice; the storage and
other settings are read from the damaged file or its copies, or given as
for connect (rebuild local --path DIR, rebuild sftp --option …). new-id:
a copied profile gets its own sign-ins (connect again). Stop the window
or service first; exit status 7 when the database is damaged.</source>
        <translation>Die Datenbank des Profils. check: PRAGMA integrity_check und die Kopien
(täglich und vor jedem Upgrade erstellt, 7 in backups/ aufbewahrt).
restore: stellt die neueste intakte Kopie oder COPY wieder her; die Datei
dort wird beiseitegelegt. rebuild: wenn keine Kopie intakt ist, eine neue
Datenbank, deren Archivverzeichnis aus den Tagesmanifesten im Speicher
gelesen wird, sodass nichts doppelt archiviert wird; der Speicher und
die übrigen Einstellungen werden aus der beschädigten Datei oder ihren
Kopien gelesen oder wie bei connect angegeben (rebuild local --path DIR,
rebuild sftp --option …). new-id: ein kopiertes Profil erhält eigene
Anmeldungen (erneut verbinden). Beenden Sie zuerst das Fenster oder den
Dienst; Exit-Status 7, wenn die Datenbank beschädigt ist.</translation>
    </message>
    <message>
        <location filename="../app/commands/headless.cpp" line="30"/>
        <source>RC Archiver is running headless. Log: %1</source>
        <translation>RC Archiver läuft ohne Fenster. Protokolldatei: %1</translation>
    </message>
    <message>
        <location filename="../app/commands/logs.cpp" line="106"/>
        <source>The job log (last 7 days by default).</source>
        <translation>Das Auftragsprotokoll (standardmäßig die letzten 7 Tage).</translation>
    </message>
    <message>
        <location filename="../app/commands/logs.cpp" line="109"/>
        <source>logs: only jobs that archived data or failed (SHOW LESS).</source>
        <translation>logs: nur Aufträge, die Daten archiviert haben oder fehlgeschlagen sind (WENIGER ANZEIGEN).</translation>
    </message>
    <message>
        <location filename="../app/commands/runonce.cpp" line="157"/>
        <source>Archive what is due now, or the given past range, then exit.
When another RC Archiver is archiving with the profile, wait
for it (--no-wait: refuse, exit status 6).</source>
        <translation>Archiviert, was jetzt fällig ist, oder den angegebenen vergangenen
Zeitraum, und beendet sich dann. Wenn ein anderes RC Archiver mit
dem Profil archiviert, wartet es darauf (--no-wait: ablehnen,
Exit-Status 6).</translation>
    </message>
    <message>
        <location filename="../app/commands/runonce.cpp" line="163"/>
        <source>run-once: refuse when the profile is busy instead of waiting.</source>
        <translation>run-once: ablehnen statt warten, wenn das Profil belegt ist.</translation>
    </message>
    <message>
        <location filename="../app/commands/status.cpp" line="94"/>
        <source>Connections, backup state, last and next job (exit status 5
when a connection is missing or needs a new sign-in).</source>
        <translation>Verbindungen, Sicherungsstatus, letzter und nächster Auftrag
(Exit-Status 5, wenn eine Verbindung fehlt oder eine neue
Anmeldung braucht).</translation>
    </message>
</context>
<context>
    <name>rca::ConfigCommand</name>
    <message>
        <location filename="../app/commands/config.cpp" line="41"/>
        <source>Unknown setting &quot;%1&quot;. `rc-archiver config list` shows them all.</source>
        <translation>Unbekannte Einstellung „%1“. `rc-archiver config list` zeigt alle.</translation>
    </message>
    <message>
        <location filename="../app/commands/config.cpp" line="49"/>
        <location filename="../app/commands/config.cpp" line="60"/>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
</context>
<context>
    <name>rca::ConnectCommand</name>
    <message>
        <location filename="../app/commands/connect.cpp" line="91"/>
        <source>Sign in in your browser. If none opens, visit:</source>
        <translation>Melden Sie sich in Ihrem Browser an. Falls sich keiner öffnet, rufen Sie Folgendes auf:</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="105"/>
        <source>%1 (connect %2), signs in in the browser:</source>
        <translation>%1 (connect %2), Anmeldung im Browser:</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="106"/>
        <source>%1 (connect %2):</source>
        <translation>%1 (connect %2):</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="122"/>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="124"/>
        <source>asked for without echo when needed</source>
        <translation>wird bei Bedarf ohne Anzeige abgefragt</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="126"/>
        <source>default %1</source>
        <translation>Standard %1</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="128"/>
        <source>for %1</source>
        <translation>für %1</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="157"/>
        <source>Unknown service &quot;%1&quot;. Sources: %2. Storages: %3.</source>
        <translation>Unbekannter Dienst „%1“. Quellen: %2. Speicher: %3.</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="162"/>
        <source>The storages&apos; options:</source>
        <translation>Die Optionen der Speicher:</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="177"/>
        <source>--option takes KEY=VALUE, not &quot;%1&quot;.</source>
        <translation>--option erwartet KEY=VALUE, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="186"/>
        <source>%1 is not connected.</source>
        <translation>%1 ist nicht verbunden.</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="190"/>
        <source>Disconnected %1. Backup is off; archived files were not touched.</source>
        <translation>%1 getrennt. Die Sicherung ist ausgeschaltet; archivierte Dateien bleiben unberührt.</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="198"/>
        <source>%1 is connected. Disconnect it first (rc-archiver disconnect %1).</source>
        <translation>%1 ist verbunden. Trennen Sie es zuerst (rc-archiver disconnect %1).</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="214"/>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="225"/>
        <source>%1 takes no --path.</source>
        <translation>%1 akzeptiert kein --path.</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="230"/>
        <source>%1 has no host key to confirm.</source>
        <translation>%1 hat keinen Host-Schlüssel, der zu bestätigen wäre.</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="238"/>
        <source>Warning: --option %1=… leaves the secret in your shell&apos;s history and in the process list. Leave it out: `rc-archiver connect %2` asks for it without showing it.</source>
        <translation>Warnung: --option %1=… hinterlässt das Geheimnis im Verlauf Ihrer Shell und in der Prozessliste. Lassen Sie es weg: `rc-archiver connect %2` fragt es ab, ohne es anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="249"/>
        <source>%1 offers no connection test.</source>
        <translation>%1 bietet keinen Verbindungstest an.</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="275"/>
        <source>Run the same command with %1</source>
        <translation>Führen Sie denselben Befehl erneut aus, mit %1</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="285"/>
        <source>The connection test of %1 passed; nothing was kept.</source>
        <translation>Der Verbindungstest von %1 war erfolgreich; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="290"/>
        <source>Archive folder: %1</source>
        <translation>Archivordner: %1</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="292"/>
        <source>Connected %1.</source>
        <translation>%1 verbunden.</translation>
    </message>
</context>
<context>
    <name>rca::ConnectorRegistry</name>
    <message>
        <location filename="../core/storage/connectorregistry.cpp" line="72"/>
        <source>%1: the plugin folder does not exist</source>
        <translation>%1: Der Plug-in-Ordner existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/storage/connectorregistry.cpp" line="101"/>
        <source>%1: not an RC Archiver storage connector (%2)</source>
        <translation>%1: kein Speicher-Connector von RC Archiver (%2)</translation>
    </message>
    <message>
        <location filename="../core/storage/connectorregistry.cpp" line="113"/>
        <source>%1: the plugin does not implement the storage connector interface</source>
        <translation>%1: Das Plug-in implementiert die Schnittstelle für Speicher-Connectoren nicht</translation>
    </message>
    <message>
        <location filename="../core/storage/connectorregistry.cpp" line="124"/>
        <source>%1: its metadata names no connector id</source>
        <translation>%1: Seine Metadaten nennen keine Connector-ID</translation>
    </message>
    <message>
        <location filename="../core/storage/connectorregistry.cpp" line="131"/>
        <source>%1: a connector with the id &quot;%2&quot; is already loaded; this one is ignored</source>
        <translation>%1: Ein Connector mit der ID „%2“ ist bereits geladen; dieser wird ignoriert</translation>
    </message>
</context>
<context>
    <name>rca::Database</name>
    <message>
        <location filename="../core/store/database.cpp" line="279"/>
        <source>Could not create the folder %1 for the archive database.</source>
        <translation>Der Ordner %1 für die Archivdatenbank konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="313"/>
        <source>Could not open the archive database %1</source>
        <translation>Die Archivdatenbank %1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="356"/>
        <source>the database is not open</source>
        <translation>die Datenbank ist nicht geöffnet</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="372"/>
        <source>injected write failure (test)</source>
        <translation>eingespeister Schreibfehler (Test)</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="425"/>
        <source>Could not start a database transaction</source>
        <translation>Eine Datenbanktransaktion konnte nicht gestartet werden</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="434"/>
        <source>Commit without a transaction</source>
        <translation>Commit ohne Transaktion</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="440"/>
        <source>Could not commit a database transaction</source>
        <translation>Eine Datenbanktransaktion konnte nicht abgeschlossen werden</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="508"/>
        <source>cannot read the schema version</source>
        <translation>die Schemaversion kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="511"/>
        <source>it was written by a newer version of RC Archiver (schema %1, this version knows up to %2)</source>
        <translation>sie wurde von einer neueren Version von RC Archiver geschrieben (Schema %1, diese Version kennt bis %2)</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="521"/>
        <source>no migration without a copy of the database</source>
        <translation>keine Migration ohne Kopie der Datenbank</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="530"/>
        <source>unexpected schema version %1</source>
        <translation>unerwartete Schemaversion %1</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="564"/>
        <source>migration to schema %1 failed</source>
        <translation>Migration auf Schema %1 fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>rca::DatabaseBackups</name>
    <message>
        <location filename="../core/store/databasebackups.cpp" line="144"/>
        <source>it holds no tables</source>
        <translation>sie enthält keine Tabellen</translation>
    </message>
    <message>
        <location filename="../core/store/databasebackups.cpp" line="178"/>
        <source>Could not make a copy of the archive database</source>
        <translation>Es konnte keine Kopie der Archivdatenbank erstellt werden</translation>
    </message>
    <message>
        <location filename="../core/store/databasebackups.cpp" line="182"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../core/store/databasebackups.cpp" line="207"/>
        <source>The copy of the archive database failed its check (%1): the database itself may be damaged. Run `rc-archiver database check`.</source>
        <translation>Die Kopie der Archivdatenbank hat ihre Prüfung nicht bestanden (%1): Die Datenbank selbst ist möglicherweise beschädigt. Führen Sie `rc-archiver database check` aus.</translation>
    </message>
    <message>
        <location filename="../core/store/databasebackups.cpp" line="215"/>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../core/store/databasebackups.cpp" line="246"/>
        <source>Could not move the database %1 aside to %2.</source>
        <translation>Die Datenbank %1 konnte nicht als %2 beiseitegelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/store/databasebackups.cpp" line="265"/>
        <source>The copy %1 is damaged too (%2); choose another.</source>
        <translation>Die Kopie %1 ist ebenfalls beschädigt (%2); wählen Sie eine andere.</translation>
    </message>
    <message>
        <location filename="../core/store/databasebackups.cpp" line="274"/>
        <source>Could not copy %1 to %2.</source>
        <translation>%1 konnte nicht nach %2 kopiert werden.</translation>
    </message>
    <message>
        <location filename="../core/store/databasebackups.cpp" line="281"/>
        <source>Could not write %1 to disk.</source>
        <translation>%1 konnte nicht auf den Datenträger geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../core/store/databasebackups.cpp" line="289"/>
        <source>Could not put %1 in place of %2.</source>
        <translation>%1 konnte nicht an die Stelle von %2 gesetzt werden.</translation>
    </message>
</context>
<context>
    <name>rca::DatabaseCommand</name>
    <message>
        <location filename="../app/commands/database.cpp" line="64"/>
        <source>Another RC Archiver (process %1) is archiving with this profile. Stop it first (quit the window, or systemctl --user stop rc-archiver).</source>
        <translation>Eine andere Instanz von RC Archiver (Prozess %1) archiviert gerade mit diesem Profil. Beenden Sie sie zuerst (schließen Sie das Fenster, oder systemctl --user stop rc-archiver).</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="113"/>
        <source>missing</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="115"/>
        <source>empty (zero length)</source>
        <translation>leer (Länge null)</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="117"/>
        <source>an SQLite file without tables</source>
        <translation>eine SQLite-Datei ohne Tabellen</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="119"/>
        <source>damaged (%1)</source>
        <translation>beschädigt (%1)</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="121"/>
        <source>opens</source>
        <translation>lässt sich öffnen</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="131"/>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="132"/>
        <source>State:    %1</source>
        <translation>Zustand:   %1</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="141"/>
        <source>Integrity check (PRAGMA integrity_check): %1</source>
        <translation>Integritätsprüfung (PRAGMA integrity_check): %1</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="142"/>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="148"/>
        <source>Schema %1 (this version knows up to %2); archived items: %3; jobs: %4</source>
        <translation>Schema %1 (diese Version kennt bis %2); archivierte Elemente: %3; Aufträge: %4</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="155"/>
        <source>Profile id: %1</source>
        <translation>Profil-ID: %1</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="160"/>
        <source>Copies in %1 (newest first, %2 kept):</source>
        <translation>Kopien in %1 (neueste zuerst, %2 werden aufbewahrt):</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="165"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="169"/>
        <source>good</source>
        <translation>intakt</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="170"/>
        <source>damaged: %1</source>
        <translation>beschädigt: %1</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="177"/>
        <source>No database yet: this profile is new.</source>
        <translation>Noch keine Datenbank: Dieses Profil ist neu.</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="182"/>
        <source>Restore a good copy with `%1`, or when none is good, rebuild with `%2`.</source>
        <translation>Stellen Sie mit `%1` eine intakte Kopie wieder her, oder bauen Sie, wenn keine intakt ist, mit `%2` neu auf.</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="196"/>
        <source>no storage is connected</source>
        <translation>es ist kein Speicher verbunden</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="202"/>
        <source>the storage connector &quot;%1&quot; is not installed</source>
        <translation>der Speicher-Connector „%1“ ist nicht installiert</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="226"/>
        <source>The database %1 opens; `database check` tells whether it is sound. To replace it with a copy all the same, name the copy: `%2 COPY`.</source>
        <translation>Die Datenbank %1 lässt sich öffnen; `database check` zeigt, ob sie intakt ist. Um sie trotzdem durch eine Kopie zu ersetzen, nennen Sie die Kopie: `%2 COPY`.</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="236"/>
        <source>There is no copy &quot;%1&quot; (see `database check`).</source>
        <translation>Es gibt keine Kopie „%1“ (siehe `database check`).</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="241"/>
        <source>There is no good copy in %1. Rebuild the database from the manifests in the storage with `%2`.</source>
        <translation>In %1 gibt es keine intakte Kopie. Bauen Sie die Datenbank mit `%2` aus den Manifesten im Speicher neu auf.</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="258"/>
        <source>Restored %1 (made %2).</source>
        <translation>%1 wiederhergestellt (erstellt am %2).</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="261"/>
        <source>The file that was there is kept as %1.</source>
        <translation>Die Datei, die dort lag, wird als %1 aufbewahrt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commands/database.cpp" line="272"/>
        <source>%n item(s) archived after the copy was made were recorded from the manifests in %1.</source>
        <translation>
            <numerusform>%n nach dem Erstellen der Kopie archiviertes Element wurde aus den Manifesten in %1 vermerkt.</numerusform>
            <numerusform>%n nach dem Erstellen der Kopie archivierte Elemente wurden aus den Manifesten in %1 vermerkt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commands/database.cpp" line="321"/>
        <source>The database %1 is sound and holds %n archived item(s): there is nothing to rebuild.</source>
        <translation>
            <numerusform>Die Datenbank %1 ist intakt und enthält %n archiviertes Element: Es gibt nichts neu aufzubauen.</numerusform>
            <numerusform>Die Datenbank %1 ist intakt und enthält %n archivierte Elemente: Es gibt nichts neu aufzubauen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commands/database.cpp" line="500"/>
        <source>%n item(s) the manifests list are not in the storage (e.g. %1): an audit with --repair over their days archives them again.</source>
        <translation>
            <numerusform>Im Speicher fehlt %n Element, das in den Manifesten aufgeführt ist (z. B. %1): Eine Prüfung mit --repair über den betroffenen Tag archiviert es erneut.</numerusform>
            <numerusform>Im Speicher fehlen %n Elemente, die in den Manifesten aufgeführt sind (z. B. %1): Eine Prüfung mit --repair über die betroffenen Tage archiviert sie erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commands/database.cpp" line="507"/>
        <source>%n manifest line(s) could not be read and were left out.</source>
        <translation>
            <numerusform>%n Manifestzeile konnte nicht gelesen werden und wurde ausgelassen.</numerusform>
            <numerusform>%n Manifestzeilen konnten nicht gelesen werden und wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="279"/>
        <source>The manifests in the storage could not be read (%1). What was archived after the copy was made is still in the storage: the next jobs find it there and store nothing twice.</source>
        <translation>Die Manifeste im Speicher konnten nicht gelesen werden (%1). Was nach dem Erstellen der Kopie archiviert wurde, ist weiterhin im Speicher: Die nächsten Aufträge finden es dort und speichern nichts doppelt.</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="286"/>
        <source>The job log ends when the copy was made.</source>
        <translation>Das Auftragsprotokoll endet mit dem Zeitpunkt, zu dem die Kopie erstellt wurde.</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="294"/>
        <source>Sign in in your browser. If none opens, visit:</source>
        <translation>Melden Sie sich in Ihrem Browser an. Falls sich keiner öffnet, rufen Sie Folgendes auf:</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="336"/>
        <source>A good copy of the database exists: %1 (made %2). Restore it with `%3`; rebuild is for when no copy is good.</source>
        <translation>Es gibt eine intakte Kopie der Datenbank: %1 (erstellt am %2). Stellen Sie sie mit `%3` wieder her; rebuild ist für den Fall gedacht, dass keine Kopie intakt ist.</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="378"/>
        <source>Unknown storage &quot;%1&quot;. Storages: %2.</source>
        <translation>Unbekannter Speicher „%1“. Speicher: %2.</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="386"/>
        <source>--option takes KEY=VALUE, not &quot;%1&quot;.</source>
        <translation>--option erwartet KEY=VALUE, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="396"/>
        <source>%1 takes no --path.</source>
        <translation>%1 akzeptiert kein --path.</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="408"/>
        <source>Nothing of the storage&apos;s settings could be read from the database or its copies. Name the storage that holds the archive, as for `connect`, e.g. `%1 local --path DIR` (storages: %2). Nothing was changed.</source>
        <translation>Von den Einstellungen des Speichers konnte nichts aus der Datenbank oder ihren Kopien gelesen werden. Nennen Sie den Speicher, der das Archiv enthält, wie bei `connect`, z. B. `%1 local --path DIR` (Speicher: %2). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="450"/>
        <source>Settings recovered from %1.</source>
        <translation>Einstellungen aus %1 wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="461"/>
        <source>Then run `%1` again: the new database waits for it.</source>
        <translation>Führen Sie dann `%1` erneut aus: Die neue Datenbank wartet darauf.</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="466"/>
        <source>Could not open the storage: %1</source>
        <translation>Der Speicher konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="471"/>
        <source>Reading the manifests in %1 …</source>
        <translation>Die Manifeste in %1 werden gelesen …</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="494"/>
        <source>The damaged database is kept as %1.</source>
        <translation>Die beschädigte Datenbank wird als %1 aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="495"/>
        <source>Rebuilt the ledger from %1 day manifest(s): %2 item(s) recorded as archived.</source>
        <translation>Archivverzeichnis aus %1 Tagesmanifest(en) neu aufgebaut: %2 Element(e) als archiviert vermerkt.</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="510"/>
        <source>The job log starts afresh. Check the connections with `rc-archiver status`.</source>
        <translation>Das Auftragsprotokoll beginnt neu. Prüfen Sie die Verbindungen mit `rc-archiver status`.</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="527"/>
        <source>This profile now has its own id (%1, was %2); the sign-ins saved under the old one stay with the profile it was copied from. Connect this one again: `rc-archiver connect ringcentral` and `rc-archiver connect STORAGE`, with --profile %3.</source>
        <translation>Dieses Profil hat jetzt eine eigene ID (%1, vorher %2); die unter der alten gespeicherten Anmeldungen bleiben bei dem Profil, von dem es kopiert wurde. Verbinden Sie dieses erneut: `rc-archiver connect ringcentral` und `rc-archiver connect STORAGE`, mit --profile %3.</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="547"/>
        <source>Use `rc-archiver database check`, `restore [COPY]`, `rebuild [STORAGE [options]]` or `new-id`.</source>
        <translation>Verwenden Sie `rc-archiver database check`, `restore [COPY]`, `rebuild [STORAGE [options]]` oder `new-id`.</translation>
    </message>
</context>
<context>
    <name>rca::DatabaseHealth</name>
    <message>
        <location filename="../core/store/databasehealth.cpp" line="85"/>
        <source>a copy of the database in %1</source>
        <translation>eine Kopie der Datenbank in %1</translation>
    </message>
    <message>
        <location filename="../core/store/databasehealth.cpp" line="86"/>
        <source>%1 copies of the database in %2</source>
        <translation>%1 Kopien der Datenbank in %2</translation>
    </message>
    <message>
        <location filename="../core/store/databasehealth.cpp" line="91"/>
        <source>the profile id file %1</source>
        <translation>die Profil-ID-Datei %1</translation>
    </message>
    <message>
        <location filename="../core/store/databasehealth.cpp" line="93"/>
        <source>a database set aside earlier (%1)</source>
        <translation>eine früher beiseitegelegte Datenbank (%1)</translation>
    </message>
    <message>
        <location filename="../core/store/databasehealth.cpp" line="99"/>
        <source>log files in %1</source>
        <translation>Protokolldateien in %1</translation>
    </message>
    <message>
        <location filename="../core/store/databasehealth.cpp" line="154"/>
        <source>The folder %1 is not empty (%2) and holds no RC Archiver profile. A new profile is made only in an empty folder, or one that does not exist yet: choose one with --profile.</source>
        <translation>Der Ordner %1 ist nicht leer (%2) und enthält kein Profil von RC Archiver. Ein neues Profil wird nur in einem leeren Ordner angelegt oder in einem, der noch nicht existiert: Wählen Sie einen mit --profile.</translation>
    </message>
    <message>
        <location filename="../core/store/databasehealth.cpp" line="171"/>
        <source>Could not open the archive database %1: %2. The file is damaged; RC Archiver will not use it, nor start a new database in its place.</source>
        <translation>Die Archivdatenbank %1 konnte nicht geöffnet werden: %2. Die Datei ist beschädigt; RC Archiver verwendet sie nicht und legt auch keine neue Datenbank an ihrer Stelle an.</translation>
    </message>
    <message>
        <location filename="../core/store/databasehealth.cpp" line="178"/>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../core/store/databasehealth.cpp" line="179"/>
        <source>is empty (zero length)</source>
        <translation>ist leer (Länge null)</translation>
    </message>
    <message>
        <location filename="../core/store/databasehealth.cpp" line="180"/>
        <source>holds no tables</source>
        <translation>enthält keine Tabellen</translation>
    </message>
    <message>
        <location filename="../core/store/databasehealth.cpp" line="181"/>
        <source>The archive database %1 %2, but this profile was used before (%3). RC Archiver will not start a new database here: it would forget what is archived and archive everything again.</source>
        <translation>Die Archivdatenbank %1 %2, aber dieses Profil wurde bereits verwendet (%3). RC Archiver legt hier keine neue Datenbank an: Es würde vergessen, was archiviert ist, und alles erneut archivieren.</translation>
    </message>
    <message>
        <location filename="../core/store/databasehealth.cpp" line="195"/>
        <source>The newest good copy is %1, made %2. Restore it with `%3` (the file there now is kept aside); what was archived after the copy was made is found in the storage and not stored twice.</source>
        <translation>Die neueste intakte Kopie ist %1, erstellt am %2. Stellen Sie sie mit `%3` wieder her (die Datei, die jetzt dort liegt, wird beiseitegelegt); was nach dem Erstellen der Kopie archiviert wurde, wird im Speicher gefunden und nicht doppelt gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/store/databasehealth.cpp" line="205"/>
        <source>There is no copy of it to restore.</source>
        <translation>Es gibt keine Kopie davon, die wiederhergestellt werden könnte.</translation>
    </message>
    <message>
        <location filename="../core/store/databasehealth.cpp" line="206"/>
        <source>No copy of it in %1 passes its check.</source>
        <translation>Keine Kopie davon in %1 besteht ihre Prüfung.</translation>
    </message>
    <message>
        <location filename="../core/store/databasehealth.cpp" line="207"/>
        <source>Rebuild the record of what is archived from the manifests in the storage with `%1`.</source>
        <translation>Bauen Sie das Verzeichnis des Archivierten mit `%1` aus den Manifesten im Speicher neu auf.</translation>
    </message>
    <message>
        <location filename="../core/store/databasehealth.cpp" line="212"/>
        <source>To start a new profile instead, choose an empty folder with --profile.</source>
        <translation>Um stattdessen ein neues Profil zu beginnen, wählen Sie mit --profile einen leeren Ordner.</translation>
    </message>
</context>
<context>
    <name>rca::DemoNotice</name>
    <message>
        <location filename="../ui/common/demonotice.cpp" line="30"/>
        <source>Demo: RC Archiver archives made-up recordings and messages, not RingCentral&apos;s. To archive your own, disconnect the demo on the Accounts tab and connect RingCentral.</source>
        <translation>Demo: RC Archiver archiviert fiktive Aufzeichnungen und Nachrichten, nicht die von RingCentral. Um Ihre eigenen zu archivieren, trennen Sie die Demo auf der Registerkarte Konten und verbinden Sie RingCentral.</translation>
    </message>
</context>
<context>
    <name>rca::DemoSource</name>
    <message>
        <location filename="../core/sources/demosource.cpp" line="86"/>
        <source>Cannot read the demo manifest %1: %2</source>
        <translation>Das Demo-Manifest %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/sources/demosource.cpp" line="93"/>
        <source>The demo manifest %1 is not valid JSON: %2</source>
        <translation>Das Demo-Manifest %1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <location filename="../core/sources/demosource.cpp" line="109"/>
        <source>The demo manifest %1 has an item without a valid id and type.</source>
        <translation>Das Demo-Manifest %1 enthält ein Element ohne gültige ID und gültigen Typ.</translation>
    </message>
    <message>
        <location filename="../core/sources/demosource.cpp" line="216"/>
        <source>The demo source no longer has item %1.</source>
        <translation>Die Demo-Quelle hat das Element %1 nicht mehr.</translation>
    </message>
    <message>
        <location filename="../core/sources/demosource.cpp" line="220"/>
        <source>The demo source could not deliver item %1 this time.</source>
        <translation>Die Demo-Quelle konnte das Element %1 diesmal nicht liefern.</translation>
    </message>
</context>
<context>
    <name>rca::DesktopIntegration</name>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="46"/>
        <source>&amp;Open RC Archiver</source>
        <translation>RC Archiver ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="55"/>
        <source>&amp;Run now</source>
        <translation>&amp;Jetzt ausführen</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="64"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="173"/>
        <source>%1 call recording</source>
        <translation>%1 Anrufaufzeichnung</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="173"/>
        <source>%1 call recordings</source>
        <translation>%1 Anrufaufzeichnungen</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="176"/>
        <source>%1 voicemail</source>
        <translation>%1 Sprachnachricht</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="176"/>
        <source>%1 voicemails</source>
        <translation>%1 Sprachnachrichten</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="179"/>
        <source>%1 SMS message</source>
        <translation>%1 SMS</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="179"/>
        <source>%1 SMS messages</source>
        <translation>%1 SMS</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="182"/>
        <source>%1 fax</source>
        <translation>%1 Fax</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="182"/>
        <source>%1 faxes</source>
        <translation>%1 Faxe</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="186"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="192"/>
        <source>Last job: none yet</source>
        <translation>Letzter Auftrag: noch keiner</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="195"/>
        <source>Last job: %1, %2</source>
        <translation>Letzter Auftrag: %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="198"/>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="204"/>
        <source>RC Archiver</source>
        <translation>RC Archiver</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="206"/>
        <source>Demo: archives made-up recordings</source>
        <translation>Demo: archiviert fiktive Aufzeichnungen</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="211"/>
        <source>Needs attention: %1</source>
        <translation>Erfordert Aufmerksamkeit: %1</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="213"/>
        <source>Archiving now…</source>
        <translation>Archivierung läuft…</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="217"/>
        <source>Backup is paused</source>
        <translation>Die Sicherung ist pausiert</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="219"/>
        <source>Next job: %1</source>
        <translation>Nächster Auftrag: %1</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="221"/>
        <source>Next job: not planned</source>
        <translation>Nächster Auftrag: nicht geplant</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="256"/>
        <source>Demo: %1</source>
        <translation>Demo: %1</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="277"/>
        <source>RC Archiver needs your attention</source>
        <translation>RC Archiver benötigt Ihre Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="301"/>
        <source>Archived %1.</source>
        <translation>%1 archiviert.</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="303"/>
        <source>1 item could not be archived yet; it will be retried.</source>
        <translation>1 Element konnte noch nicht archiviert werden; es wird erneut versucht.</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="306"/>
        <source>%1 items could not be archived yet; they will be retried.</source>
        <translation>%1 Elemente konnten noch nicht archiviert werden; sie werden erneut versucht.</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="309"/>
        <source>New data archived</source>
        <translation>Neue Daten archiviert</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="314"/>
        <source>The job stopped without saying why.</source>
        <translation>Der Auftrag wurde ohne Angabe von Gründen beendet.</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="320"/>
        <source>Archived %1 before it stopped.</source>
        <translation>Vor dem Abbruch archiviert: %1.</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="321"/>
        <source>Archiving failed</source>
        <translation>Archivierung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="345"/>
        <source>The weekly archive check could not finish</source>
        <translation>Die wöchentliche Archivprüfung konnte nicht abgeschlossen werden</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="361"/>
        <source>The archive check found 1 problem</source>
        <translation>Die Archivprüfung hat 1 Problem gefunden</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="362"/>
        <source>The archive check found %1 problems</source>
        <translation>Die Archivprüfung hat %1 Probleme gefunden</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="363"/>
        <source>Most important: %1.</source>
        <translation>Am wichtigsten: %1.</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="364"/>
        <source>Click to see the report in the Logs tab.</source>
        <translation>Klicken Sie, um den Bericht auf der Registerkarte Protokolle anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="391"/>
        <source>&amp;Pause backup</source>
        <translation>Sicherung &amp;pausieren</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="391"/>
        <source>Resume &amp;backup</source>
        <translation>Sicherung fort&amp;setzen</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="406"/>
        <source>RC Archiver is still running</source>
        <translation>RC Archiver läuft weiter</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="407"/>
        <source>It keeps archiving in the background. Open or quit it from its icon in the system tray.</source>
        <translation>Es archiviert im Hintergrund weiter. Öffnen oder beenden Sie es über sein Symbol im Infobereich.</translation>
    </message>
</context>
<context>
    <name>rca::DropboxApi</name>
    <message>
        <location filename="../connectors/dropbox/dropboxapi.cpp" line="191"/>
        <source>Dropbox no longer accepts this app&apos;s sign-in (%1).</source>
        <translation>Dropbox akzeptiert die Anmeldung dieser App nicht mehr (%1).</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxapi.cpp" line="206"/>
        <source>%1: Dropbox is busy (too many write operations); will retry later.</source>
        <translation>%1: Dropbox ist ausgelastet (zu viele Schreibvorgänge); es wird später erneut versucht.</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxapi.cpp" line="220"/>
        <source>: Dropbox failed</source>
        <translation>: Dropbox ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxapi.cpp" line="225"/>
        <source>%1: Dropbox refused it (%2)</source>
        <translation>%1: Dropbox hat es abgelehnt (%2)</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxapi.cpp" line="230"/>
        <source>%1: Dropbox rejected the request: %2</source>
        <translation>%1: Dropbox hat die Anfrage zurückgewiesen: %2</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxapi.cpp" line="236"/>
        <source>%1: unexpected HTTP %2</source>
        <translation>%1: unerwartetes HTTP %2</translation>
    </message>
</context>
<context>
    <name>rca::DropboxConnector</name>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="115"/>
        <source>No Dropbox app key is configured. Register a Dropbox app as the README&apos;s section &quot;Registering a Dropbox app&quot; explains, then pass its key with --option appKey=KEY or RCA_DROPBOX_APP_KEY, or build with -DRCA_DROPBOX_APP_KEY=KEY.</source>
        <translation>Es ist kein Dropbox-App-Schlüssel konfiguriert. Registrieren Sie eine Dropbox-App, wie es der Abschnitt „Registering a Dropbox app“ der README erklärt, und übergeben Sie dann ihren Schlüssel mit --option appKey=KEY oder RCA_DROPBOX_APP_KEY, oder bauen Sie mit -DRCA_DROPBOX_APP_KEY=KEY.</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="131"/>
        <source>Invalid Dropbox URL: %1</source>
        <translation>Ungültige Dropbox-URL: %1</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="138"/>
        <source>Invalid Dropbox redirectPort</source>
        <translation>Ungültiger Dropbox-redirectPort</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="147"/>
        <source>Invalid Dropbox upload sizes: uploadThreshold must be at most 150 MiB and chunkSize a multiple of 4 MiB up to 150 MiB.</source>
        <translation>Ungültige Dropbox-Upload-Größen: uploadThreshold darf höchstens 150 MiB betragen und chunkSize muss ein Vielfaches von 4 MiB bis 150 MiB sein.</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="163"/>
        <source>No keychain is available for the Dropbox sign-in</source>
        <translation>Für die Dropbox-Anmeldung ist kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="172"/>
        <source>the app was disconnected in Dropbox&apos;s settings, or the sign-in expired</source>
        <translation>die App wurde in den Dropbox-Einstellungen getrennt, oder die Anmeldung ist abgelaufen</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="190"/>
        <source>Connecting Dropbox needs a browser for the sign-in; run it from the window or `rc-archiver connect dropbox`.</source>
        <translation>Zum Verbinden von Dropbox ist ein Browser für die Anmeldung nötig; starten Sie es im Fenster oder mit `rc-archiver connect dropbox`.</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="211"/>
        <source>Dropbox did not grant offline access (no refresh token); connect again.</source>
        <translation>Dropbox hat keinen Offline-Zugriff gewährt (kein Refresh-Token); verbinden Sie erneut.</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="290"/>
        <source>Creating the Dropbox folder %1</source>
        <translation>Anlegen des Dropbox-Ordners %1</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="295"/>
        <source>A file in Dropbox is in the way of the folder %1</source>
        <translation>Eine Datei in Dropbox steht dem Ordner %1 im Weg</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="299"/>
        <source>The Dropbox account is full: free some space in Dropbox or upgrade the plan.</source>
        <translation>Das Dropbox-Konto ist voll: Geben Sie in Dropbox Speicherplatz frei oder wechseln Sie zu einem größeren Tarif.</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="333"/>
        <source>Dropbox is not open</source>
        <translation>Dropbox ist nicht geöffnet</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="315"/>
        <source>Refused the folder %1: it leaves the archive</source>
        <translation>Ordner %1 abgelehnt: Er liegt außerhalb des Archivs</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="269"/>
        <source>Dropbox is not connected.</source>
        <translation>Dropbox ist nicht verbunden.</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="346"/>
        <source>Refused the file %1: it leaves the archive</source>
        <translation>Datei %1 abgelehnt: Sie liegt außerhalb des Archivs</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="397"/>
        <source>Refused %1: it leaves the archive</source>
        <translation>%1 abgelehnt: Es liegt außerhalb des Archivs</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="402"/>
        <source>Looking at %1 in Dropbox</source>
        <translation>Prüfen von %1 in Dropbox</translation>
    </message>
</context>
<context>
    <name>rca::DropboxConnectorFactory</name>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="76"/>
        <source>App key</source>
        <translation>App-Schlüssel</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="77"/>
        <source>The key of your own Dropbox app (default: the built-in one, or RCA_DROPBOX_APP_KEY).</source>
        <translation>Der Schlüssel Ihrer eigenen Dropbox-App (Standard: der eingebaute oder RCA_DROPBOX_APP_KEY).</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="80"/>
        <source>Sign-in redirect port</source>
        <translation>Port der Anmelde-Weiterleitung</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="81"/>
        <source>The loopback port of the redirect URI registered for the app.</source>
        <translation>Der Loopback-Port der für die App registrierten Weiterleitungs-URI.</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="82"/>
        <source>API server</source>
        <translation>API-Server</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="82"/>
        <source>The Dropbox API&apos;s base URL.</source>
        <translation>Die Basis-URL der Dropbox-API.</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="84"/>
        <source>Content server</source>
        <translation>Inhaltsserver</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="84"/>
        <source>The base URL for file contents.</source>
        <translation>Die Basis-URL für Dateiinhalte.</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="86"/>
        <source>Sign-in page</source>
        <translation>Anmeldeseite</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="86"/>
        <source>The page that asks for your consent.</source>
        <translation>Die Seite, die um Ihre Zustimmung bittet.</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="88"/>
        <source>Single-request upload limit (bytes)</source>
        <translation>Grenze für Uploads in einer Anfrage (Bytes)</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="89"/>
        <source>Files up to this size go up in one request; larger ones in an upload session.</source>
        <translation>Dateien bis zu dieser Größe werden in einer Anfrage hochgeladen, größere in einer Upload-Sitzung.</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="91"/>
        <source>Upload chunk size (bytes)</source>
        <translation>Größe der Upload-Teile (Bytes)</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="92"/>
        <source>The part of a large file sent per request, a multiple of 4 MiB.</source>
        <translation>Der Teil einer großen Datei, der pro Anfrage gesendet wird, ein Vielfaches von 4 MiB.</translation>
    </message>
</context>
<context>
    <name>rca::DropboxDownload</name>
    <message>
        <location filename="../connectors/dropbox/dropboxdownload.cpp" line="19"/>
        <source>Refused to read %1: it leaves the archive</source>
        <translation>Lesen von %1 abgelehnt: Es liegt außerhalb des Archivs</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxdownload.cpp" line="23"/>
        <source>Reading %1 from Dropbox</source>
        <translation>Lesen von %1 aus Dropbox</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxdownload.cpp" line="40"/>
        <source>%1 is not in Dropbox</source>
        <translation>%1 ist nicht in Dropbox vorhanden</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxdownload.cpp" line="44"/>
        <source>%1 in Dropbox is a folder, not a file</source>
        <translation>%1 in Dropbox ist ein Ordner, keine Datei</translation>
    </message>
</context>
<context>
    <name>rca::DropboxListing</name>
    <message>
        <location filename="../connectors/dropbox/dropboxlisting.cpp" line="33"/>
        <source>Refused to list %1: it leaves the archive</source>
        <translation>Auflisten von %1 abgelehnt: Es liegt außerhalb des Archivs</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxlisting.cpp" line="37"/>
        <source>Listing %1 in Dropbox</source>
        <translation>Auflisten von %1 in Dropbox</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxlisting.cpp" line="49"/>
        <source>Dropbox has a file where the archive needs the folder %1</source>
        <translation>Dropbox hat eine Datei an der Stelle, an der das Archiv den Ordner %1 braucht</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxlisting.cpp" line="64"/>
        <source>%1: Dropbox said there is more but gave no cursor</source>
        <translation>%1: Dropbox meldete weitere Einträge, lieferte aber keinen Cursor</translation>
    </message>
</context>
<context>
    <name>rca::DropboxUpload</name>
    <message>
        <location filename="../connectors/dropbox/dropboxupload.cpp" line="36"/>
        <source>Uploading %1 to Dropbox</source>
        <translation>Hochladen von %1 zu Dropbox</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxupload.cpp" line="97"/>
        <source>: no upload session id</source>
        <translation>: keine Upload-Sitzungs-ID</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxupload.cpp" line="117"/>
        <source>%1: Dropbox holds %2 bytes of the upload, which this upload cannot continue from; will retry</source>
        <translation>%1: Dropbox hält %2 Bytes des Uploads, ab denen dieser Upload nicht fortgesetzt werden kann; es wird erneut versucht</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxupload.cpp" line="167"/>
        <source>: already committed</source>
        <translation>: bereits abgeschlossen</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxupload.cpp" line="171"/>
        <source>: the path leaves the archive</source>
        <translation>: Der Pfad liegt außerhalb des Archivs</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxupload.cpp" line="229"/>
        <source>%1: Dropbox stored different bytes than were sent (content_hash mismatch); will retry</source>
        <translation>%1: Dropbox hat andere Bytes gespeichert als gesendet wurden (content_hash stimmt nicht überein); es wird erneut versucht</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxupload.cpp" line="258"/>
        <source>A different file already exists in Dropbox at %1; it was not overwritten.</source>
        <translation>In Dropbox gibt es unter %1 bereits eine andere Datei; sie wurde nicht überschrieben.</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxupload.cpp" line="266"/>
        <source>Dropbox has a folder (or a file in the way) at %1; the file was not overwritten.</source>
        <translation>Dropbox hat unter %1 einen Ordner (oder eine Datei im Weg); die Datei wurde nicht überschrieben.</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxupload.cpp" line="272"/>
        <source>The Dropbox account is full: free some space in Dropbox or upgrade the plan, then archiving continues.</source>
        <translation>Das Dropbox-Konto ist voll: Geben Sie in Dropbox Speicherplatz frei oder wechseln Sie zu einem größeren Tarif, dann wird die Archivierung fortgesetzt.</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxupload.cpp" line="278"/>
        <source>Dropbox does not accept the name %1 (%2).</source>
        <translation>Dropbox akzeptiert den Namen %1 nicht (%2).</translation>
    </message>
</context>
<context>
    <name>rca::Engine</name>
    <message>
        <location filename="../core/engine/engine.cpp" line="136"/>
        <source>The storage connector &quot;%1&quot; is not installed (no plugin found in %2).</source>
        <translation>Der Speicher-Connector „%1“ ist nicht installiert (kein Plug-in in %2 gefunden).</translation>
    </message>
    <message>
        <location filename="../core/engine/engine.cpp" line="200"/>
        <source>Not archived: the source no longer keeps data this old.</source>
        <translation>Nicht archiviert: Die Quelle bewahrt so alte Daten nicht mehr auf.</translation>
    </message>
    <message>
        <location filename="../core/engine/engine.cpp" line="107"/>
        <source>Another RC Archiver (process %1) is archiving with this profile.</source>
        <translation>Eine andere Instanz von RC Archiver (Prozess %1) archiviert gerade mit diesem Profil.</translation>
    </message>
    <message>
        <location filename="../core/engine/engine.cpp" line="127"/>
        <source>No storage is connected.</source>
        <translation>Es ist kein Speicher verbunden.</translation>
    </message>
    <message>
        <location filename="../core/engine/engine.cpp" line="271"/>
        <source>Archiving has failed repeatedly (%1). Fix the cause, then %2.</source>
        <translation>Die Archivierung ist wiederholt fehlgeschlagen (%1). Beheben Sie die Ursache und %2.</translation>
    </message>
    <message>
        <location filename="../core/engine/engine.cpp" line="285"/>
        <location filename="../core/engine/engine.cpp" line="457"/>
        <source>The range is empty: --from must be before --to.</source>
        <translation>Der Zeitraum ist leer: --from muss vor --to liegen.</translation>
    </message>
    <message>
        <location filename="../core/engine/engine.cpp" line="294"/>
        <source>The range starts before %1: the source keeps data for %2 days only.</source>
        <translation>Der Zeitraum beginnt vor %1: Die Quelle bewahrt Daten nur %2 Tage lang auf.</translation>
    </message>
    <message>
        <location filename="../core/engine/engine.cpp" line="428"/>
        <source>The check was stopped before it finished.</source>
        <translation>Die Prüfung wurde angehalten, bevor sie abgeschlossen war.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/engine.cpp" line="432"/>
        <source>%n item(s) archived and verified.</source>
        <translation>
            <numerusform>%n Element archiviert und überprüft.</numerusform>
            <numerusform>%n Elemente archiviert und überprüft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/engine.cpp" line="435"/>
        <source>%n problem(s) found; %1 of %2 archived item(s) verified.</source>
        <translation>
            <numerusform>%n Problem gefunden; %1 von %2 archivierten Elementen überprüft.</numerusform>
            <numerusform>%n Probleme gefunden; %1 von %2 archivierten Elementen überprüft.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/engine/engine.cpp" line="462"/>
        <source>A job is running; check the archive when it has ended.</source>
        <translation>Ein Auftrag läuft; prüfen Sie das Archiv, wenn er beendet ist.</translation>
    </message>
    <message>
        <location filename="../core/engine/engine.cpp" line="570"/>
        <source> (plugin not found)</source>
        <translation> (Plug-in nicht gefunden)</translation>
    </message>
</context>
<context>
    <name>rca::Frontend</name>
    <message>
        <location filename="../core/common/frontend.cpp" line="36"/>
        <source>Connect it in the Accounts tab.</source>
        <translation>Stellen Sie die Verbindung auf der Registerkarte Konten her.</translation>
    </message>
    <message>
        <location filename="../core/common/frontend.cpp" line="37"/>
        <source>Connect it with `rc-archiver connect %1`.</source>
        <translation>Stellen Sie die Verbindung mit `rc-archiver connect %1` her.</translation>
    </message>
    <message>
        <location filename="../core/common/frontend.cpp" line="43"/>
        <source>Connect again in the Accounts tab.</source>
        <translation>Verbinden Sie erneut auf der Registerkarte Konten.</translation>
    </message>
    <message>
        <location filename="../core/common/frontend.cpp" line="45"/>
        <source>Connect again with `rc-archiver connect` (see `rc-archiver --help`).</source>
        <translation>Verbinden Sie erneut mit `rc-archiver connect` (siehe `rc-archiver --help`).</translation>
    </message>
    <message>
        <location filename="../core/common/frontend.cpp" line="46"/>
        <source>Connect again with `rc-archiver connect %1`.</source>
        <translation>Verbinden Sie erneut mit `rc-archiver connect %1`.</translation>
    </message>
    <message>
        <location filename="../core/common/frontend.cpp" line="52"/>
        <source>use Run now in Sync options</source>
        <translation>verwenden Sie dann „Jetzt ausführen“ in den Synchronisierungsoptionen</translation>
    </message>
    <message>
        <location filename="../core/common/frontend.cpp" line="53"/>
        <source>run `rc-archiver run-once`</source>
        <translation>führen Sie dann `rc-archiver run-once` aus</translation>
    </message>
</context>
<context>
    <name>rca::GoogleDriveApi</name>
    <message>
        <location filename="../connectors/googledrive/googledriveapi.cpp" line="101"/>
        <source>Your Google Drive is full: %1 was refused because the storage quota is used up. Free some space in Google Drive (or buy more), and archiving continues.</source>
        <translation>Ihr Google Drive ist voll: %1 wurde abgelehnt, weil das Speicherkontingent aufgebraucht ist. Geben Sie in Google Drive Speicherplatz frei (oder kaufen Sie mehr), dann wird die Archivierung fortgesetzt.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveapi.cpp" line="110"/>
        <source>%1: Google Drive is limiting the request rate (%2). It will be tried again.</source>
        <translation>%1: Google Drive begrenzt die Anfragerate (%2). Es wird erneut versucht.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveapi.cpp" line="119"/>
        <source>%1: Google Drive refused it (403 %2: %3).</source>
        <translation>%1: Google Drive hat es abgelehnt (403 %2: %3).</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveapi.cpp" line="125"/>
        <source>%1: Google Drive no longer accepts the saved sign-in.</source>
        <translation>%1: Google Drive akzeptiert die gespeicherte Anmeldung nicht mehr.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveapi.cpp" line="219"/>
        <source>Looking for &quot;%1&quot; in Google Drive</source>
        <translation>Suchen nach „%1“ in Google Drive</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveapi.cpp" line="281"/>
        <source>Creating the folder &quot;%1&quot; in Google Drive</source>
        <translation>Anlegen des Ordners „%1“ in Google Drive</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveapi.cpp" line="292"/>
        <source>%1: the answer named no folder id.</source>
        <translation>%1: Die Antwort nannte keine Ordner-ID.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveapi.cpp" line="329"/>
        <source>Opening the archive folder</source>
        <translation>Öffnen des Archivordners</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveapi.cpp" line="348"/>
        <source>Deleting a damaged upload</source>
        <translation>Löschen eines beschädigten Uploads</translation>
    </message>
</context>
<context>
    <name>rca::GoogleDriveConnector</name>
    <message>
        <location filename="../connectors/googledrive/googledriveconnector.cpp" line="152"/>
        <source>Google Drive needs the OAuth client id of a registered Google desktop app, and this build has none. Pass the &quot;clientId&quot; option (and &quot;clientSecret&quot;), set RCA_GOOGLE_CLIENT_ID and RCA_GOOGLE_CLIENT_SECRET, or build with the CMake options of the same names; see &quot;Registering a Google app&quot; in the README.</source>
        <translation>Google Drive benötigt die OAuth-Client-ID einer registrierten Google-Desktop-App, und dieser Build hat keine. Übergeben Sie die Option „clientId“ (und „clientSecret“), setzen Sie RCA_GOOGLE_CLIENT_ID und RCA_GOOGLE_CLIENT_SECRET, oder bauen Sie mit den gleichnamigen CMake-Optionen; siehe „Registering a Google app“ in der README.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveconnector.cpp" line="165"/>
        <source>Google Drive needs the system keychain to keep its sign-in, and none is available.</source>
        <translation>Google Drive benötigt den System-Schlüsselbund, um seine Anmeldung aufzubewahren, und es ist keiner verfügbar.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveconnector.cpp" line="175"/>
        <source>access was removed in the Google account, the password changed, or it was unused for months</source>
        <translation>der Zugriff wurde im Google-Konto entfernt, das Passwort wurde geändert, oder sie war monatelang unbenutzt</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveconnector.cpp" line="205"/>
        <source>Connecting Google Drive needs a browser sign-in, which is not possible here.</source>
        <translation>Zum Verbinden von Google Drive ist eine Anmeldung im Browser nötig, die hier nicht möglich ist.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveconnector.cpp" line="237"/>
        <source>Google did not grant offline access, so archiving could not continue unattended. Connect again and allow access.</source>
        <translation>Google hat keinen Offline-Zugriff gewährt, daher könnte die Archivierung nicht unbeaufsichtigt weiterlaufen. Verbinden Sie erneut und erlauben Sie den Zugriff.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveconnector.cpp" line="288"/>
        <source>Google Drive is not connected.</source>
        <translation>Google Drive ist nicht verbunden.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveconnector.cpp" line="325"/>
        <source>The path %1 is not allowed.</source>
        <translation>Der Pfad %1 ist nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveconnector.cpp" line="331"/>
        <source>The path %1 names no file.</source>
        <translation>Der Pfad %1 nennt keine Datei.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveconnector.cpp" line="340"/>
        <source>Google Drive is not open.</source>
        <translation>Google Drive ist nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveconnector.cpp" line="475"/>
        <source>%1 is not in Google Drive.</source>
        <translation>%1 ist nicht in Google Drive vorhanden.</translation>
    </message>
</context>
<context>
    <name>rca::GoogleDriveConnectorFactory</name>
    <message>
        <location filename="../connectors/googledrive/googledriveconnector.cpp" line="74"/>
        <source>OAuth client id</source>
        <translation>OAuth-Client-ID</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveconnector.cpp" line="75"/>
        <source>The client id of your own Google desktop app (default: RCA_GOOGLE_CLIENT_ID or the built-in one).</source>
        <translation>Die Client-ID Ihrer eigenen Google-Desktop-App (Standard: RCA_GOOGLE_CLIENT_ID oder die eingebaute).</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveconnector.cpp" line="77"/>
        <source>OAuth client secret</source>
        <translation>OAuth-Client-Geheimnis</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveconnector.cpp" line="78"/>
        <source>Its client secret (default: RCA_GOOGLE_CLIENT_SECRET or the built-in one).</source>
        <translation>Ihr Client-Geheimnis (Standard: RCA_GOOGLE_CLIENT_SECRET oder das eingebaute).</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveconnector.cpp" line="79"/>
        <source>Upload chunk size (bytes)</source>
        <translation>Größe der Upload-Teile (Bytes)</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveconnector.cpp" line="80"/>
        <source>The part of a large file sent per request, a multiple of 256 KiB.</source>
        <translation>Der Teil einer großen Datei, der pro Anfrage gesendet wird, ein Vielfaches von 256 KiB.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveconnector.cpp" line="84"/>
        <source>Single-request upload limit (bytes)</source>
        <translation>Grenze für Uploads in einer Anfrage (Bytes)</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveconnector.cpp" line="85"/>
        <source>Files up to this size go up in one request; larger ones in resumable parts.</source>
        <translation>Dateien bis zu dieser Größe werden in einer Anfrage hochgeladen, größere in fortsetzbaren Teilen.</translation>
    </message>
</context>
<context>
    <name>rca::GoogleDriveDownload</name>
    <message>
        <location filename="../connectors/googledrive/googledrivedownload.cpp" line="20"/>
        <source>Reading %1 from Google Drive</source>
        <translation>Lesen von %1 aus Google Drive</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledrivedownload.cpp" line="45"/>
        <source>%1 is not in Google Drive.</source>
        <translation>%1 ist nicht in Google Drive vorhanden.</translation>
    </message>
</context>
<context>
    <name>rca::GoogleDriveListing</name>
    <message>
        <location filename="../connectors/googledrive/googledrivefolderindex.cpp" line="57"/>
        <location filename="../connectors/googledrive/googledrivelisting.cpp" line="36"/>
        <source>Listing &quot;%1&quot; in Google Drive</source>
        <translation>Auflisten von „%1“ in Google Drive</translation>
    </message>
</context>
<context>
    <name>rca::GoogleDriveUpload</name>
    <message>
        <location filename="../connectors/googledrive/googledriveupload.cpp" line="125"/>
        <location filename="../connectors/googledrive/googledriveupload.cpp" line="470"/>
        <source>The upload of %1 is already finished.</source>
        <translation>Das Hochladen von %1 ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveupload.cpp" line="182"/>
        <source>Starting the upload of %1 to Google Drive</source>
        <translation>Starten des Uploads von %1 zu Google Drive</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveupload.cpp" line="190"/>
        <source>%1: Google Drive named no upload session.</source>
        <translation>%1: Google Drive nannte keine Upload-Sitzung.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveupload.cpp" line="208"/>
        <source>Google Drive reported an unreadable upload state (%1) for %2; it will be uploaded again.</source>
        <translation>Google Drive meldete einen unlesbaren Upload-Status (%1) für %2; die Datei wird erneut hochgeladen.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveupload.cpp" line="214"/>
        <source>Google Drive lost part of the upload of %1 (it holds %2 bytes); it will be uploaded again.</source>
        <translation>Google Drive hat einen Teil des Uploads von %1 verloren (es hält %2 Bytes); die Datei wird erneut hochgeladen.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveupload.cpp" line="231"/>
        <location filename="../connectors/googledrive/googledriveupload.cpp" line="360"/>
        <source>Uploading %1 to Google Drive</source>
        <translation>Hochladen von %1 zu Google Drive</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveupload.cpp" line="265"/>
        <source>%1: Google Drive ended the upload before the last byte.</source>
        <translation>%1: Google Drive hat den Upload vor dem letzten Byte beendet.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveupload.cpp" line="287"/>
        <source>%1: the upload session expired; the file will be uploaded again.</source>
        <translation>%1: Die Upload-Sitzung ist abgelaufen; die Datei wird erneut hochgeladen.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveupload.cpp" line="303"/>
        <source>%1: unexpected answer %2.</source>
        <translation>%1: unerwartete Antwort %2.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveupload.cpp" line="411"/>
        <source>A different file already exists at %1 in Google Drive; it was not overwritten.</source>
        <translation>In Google Drive gibt es unter %1 bereits eine andere Datei; sie wurde nicht überschrieben.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveupload.cpp" line="424"/>
        <source>Google Drive did not confirm the upload of %1.</source>
        <translation>Google Drive hat das Hochladen von %1 nicht bestätigt.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveupload.cpp" line="438"/>
        <source>The copy of %1 in Google Drive does not match what was sent (size or MD5); it will be uploaded again.</source>
        <translation>Die Kopie von %1 in Google Drive stimmt nicht mit dem Gesendeten überein (Größe oder MD5); die Datei wird erneut hochgeladen.</translation>
    </message>
</context>
<context>
    <name>rca::HttpClient</name>
    <message>
        <location filename="../core/net/directupload.cpp" line="199"/>
        <source>the server sent an invalid HTTP response</source>
        <translation>der Server hat eine ungültige HTTP-Antwort gesendet</translation>
    </message>
    <message>
        <location filename="../core/net/directupload.cpp" line="212"/>
        <source>no data moved for %1 ms</source>
        <translation>%1 ms lang wurden keine Daten übertragen</translation>
    </message>
    <message>
        <location filename="../core/net/directupload.cpp" line="268"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/net/directupload.cpp" line="279"/>
        <source>the request took longer than %1 ms</source>
        <translation>die Anfrage dauerte länger als %1 ms</translation>
    </message>
    <message>
        <location filename="../core/net/directupload.cpp" line="359"/>
        <source>the data to upload ended early</source>
        <translation>die hochzuladenden Daten endeten vorzeitig</translation>
    </message>
    <message>
        <location filename="../core/net/httpexchange.cpp" line="223"/>
        <source>the connection closed before an answer arrived</source>
        <translation>die Verbindung wurde geschlossen, bevor eine Antwort eintraf</translation>
    </message>
</context>
<context>
    <name>rca::ItemLedger</name>
    <message>
        <location filename="../core/store/itemledger.cpp" line="186"/>
        <source>Could not record %1 as archived</source>
        <translation>%1 konnte nicht als archiviert vermerkt werden</translation>
    </message>
    <message>
        <location filename="../core/store/itemledger.cpp" line="190"/>
        <source>it is already in the archive ledger</source>
        <translation>es ist bereits im Archivverzeichnis vermerkt</translation>
    </message>
    <message>
        <location filename="../core/store/itemledger.cpp" line="313"/>
        <source>Could not schedule the repair of %1</source>
        <translation>Die Reparatur von %1 konnte nicht eingeplant werden</translation>
    </message>
    <message>
        <location filename="../core/store/itemledger.cpp" line="379"/>
        <source>Could not record the failure of %1</source>
        <translation>Der Fehlschlag von %1 konnte nicht vermerkt werden</translation>
    </message>
    <message>
        <location filename="../core/store/itemledger.cpp" line="442"/>
        <source>Could not retry %1</source>
        <translation>%1 konnte nicht erneut versucht werden</translation>
    </message>
    <message>
        <location filename="../core/store/itemledger.cpp" line="455"/>
        <source>no failure is recorded for it</source>
        <translation>für dieses Element ist kein Fehlschlag vermerkt</translation>
    </message>
    <message>
        <location filename="../core/store/itemledger.cpp" line="463"/>
        <source>Could not expire old failed items</source>
        <translation>Alte fehlgeschlagene Elemente konnten nicht verworfen werden</translation>
    </message>
</context>
<context>
    <name>rca::JobDetailsDialog</name>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="31"/>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="134"/>
        <source>Job Details</source>
        <translation>Auftragsdetails</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="32"/>
        <source>Job details</source>
        <translation>Auftragsdetails</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="44"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="46"/>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="137"/>
        <source>Window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="47"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="48"/>
        <source>Ran</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="49"/>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="50"/>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="140"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="54"/>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="58"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="54"/>
        <source>Remote path</source>
        <translation>Entfernter Pfad</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="54"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="54"/>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="58"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="58"/>
        <source>Other party</source>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="59"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="59"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="59"/>
        <source>Next retry</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="66"/>
        <source>Archived items</source>
        <translation>Archivierte Elemente</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="71"/>
        <source>Failed items</source>
        <translation>Fehlgeschlagene Elemente</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="76"/>
        <source>Retry result</source>
        <translation>Ergebnis des erneuten Versuchs</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="83"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="84"/>
        <source>&amp;Retry Failed Items</source>
        <translation>Fehlgeschlagene Elemente &amp;erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="86"/>
        <source>Retry failed items</source>
        <translation>Fehlgeschlagene Elemente erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="116"/>
        <source>This job is no longer in the log.</source>
        <translation>Dieser Auftrag ist nicht mehr im Protokoll.</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="124"/>
        <source>A repair: archives again what a check of the archive found missing or damaged</source>
        <translation>Eine Reparatur: archiviert erneut, was eine Archivprüfung als fehlend oder beschädigt erkannt hat</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="134"/>
        <source>Archive Check Details</source>
        <translation>Details der Archivprüfung</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="137"/>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="140"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="154"/>
        <source>The weekly check of the archive (the last 7 days)</source>
        <translation>Die wöchentliche Archivprüfung (die letzten 7 Tage)</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="155"/>
        <source>A check of the archive asked for with Verify archive</source>
        <translation>Eine mit „Archiv überprüfen“ angeforderte Archivprüfung</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="156"/>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="172"/>
        <source>The check did not finish (%1).</source>
        <translation>Die Prüfung wurde nicht abgeschlossen (%1).</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="179"/>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="182"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="183"/>
        <source>Since %1</source>
        <translation>Seit %1</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="185"/>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="192"/>
        <source>Call Recording</source>
        <translation>Anrufaufzeichnung</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="194"/>
        <source>Voice Mail</source>
        <translation>Sprachnachricht</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="196"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="198"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="210"/>
        <source>%1 (attachment)</source>
        <translation>%1 (Anhang)</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="219"/>
        <source>&amp;Archived items (%1):</source>
        <translation>&amp;Archivierte Elemente (%1):</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="229"/>
        <source>Waits for a manual retry</source>
        <translation>Wartet auf einen manuellen erneuten Versuch</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="236"/>
        <source>RingCentral id %1</source>
        <translation>RingCentral-ID %1</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="241"/>
        <source>&amp;Failed items (%1):</source>
        <translation>&amp;Fehlgeschlagene Elemente (%1):</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="262"/>
        <source>Retry Failed Items</source>
        <translation>Fehlgeschlagene Elemente erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="263"/>
        <source>Some items could not be queued for a retry:
%1</source>
        <translation>Einige Elemente konnten nicht für einen erneuten Versuch vorgemerkt werden:
%1</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="271"/>
        <source>Items queued for a retry now: %1.</source>
        <translation>Jetzt für einen erneuten Versuch vorgemerkte Elemente: %1.</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="272"/>
        <source>Items queued for a retry at the next job: %1.</source>
        <translation>Für einen erneuten Versuch beim nächsten Auftrag vorgemerkte Elemente: %1.</translation>
    </message>
</context>
<context>
    <name>rca::JobLogCsv</name>
    <message>
        <location filename="../core/store/joblogcsv.cpp" line="86"/>
        <source>Could not export the log to %1: %2</source>
        <translation>Das Protokoll konnte nicht nach %1 exportiert werden: %2</translation>
    </message>
</context>
<context>
    <name>rca::JobLogModel</name>
    <message>
        <location filename="../core/store/joblogcsv.cpp" line="29"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../core/store/joblogcsv.cpp" line="30"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../core/store/joblogcsv.cpp" line="31"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/store/joblogcsv.cpp" line="32"/>
        <source>Job Start</source>
        <translation>Auftragsbeginn</translation>
    </message>
    <message>
        <location filename="../core/store/joblogcsv.cpp" line="33"/>
        <source>Job End</source>
        <translation>Auftragsende</translation>
    </message>
    <message>
        <location filename="../core/store/joblogcsv.cpp" line="34"/>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../core/store/joblogcsv.cpp" line="35"/>
        <source>Call Recording</source>
        <translation>Anrufaufzeichnung</translation>
    </message>
    <message>
        <location filename="../core/store/joblogcsv.cpp" line="36"/>
        <source>Voice Mail</source>
        <translation>Sprachnachricht</translation>
    </message>
    <message>
        <location filename="../core/store/joblogcsv.cpp" line="37"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../core/store/joblogcsv.cpp" line="38"/>
        <source>FAX</source>
        <translation>FAX</translation>
    </message>
    <message>
        <location filename="../ui/logs/joblogmodel.cpp" line="368"/>
        <source>Weekly check of the archive</source>
        <translation>Wöchentliche Archivprüfung</translation>
    </message>
    <message>
        <location filename="../ui/logs/joblogmodel.cpp" line="369"/>
        <source>Check of the archive</source>
        <translation>Archivprüfung</translation>
    </message>
    <message>
        <location filename="../ui/logs/joblogmodel.cpp" line="370"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/logs/joblogmodel.cpp" line="375"/>
        <source>Items that failed and wait for a retry: %1</source>
        <translation>Elemente, die fehlgeschlagen sind und auf einen erneuten Versuch warten: %1</translation>
    </message>
</context>
<context>
    <name>rca::JobRecord</name>
    <message>
        <location filename="../core/store/jobstore.cpp" line="127"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="129"/>
        <source>Complete</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="131"/>
        <source>Complete with errors</source>
        <translation>Mit Fehlern abgeschlossen</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="133"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="135"/>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="137"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="139"/>
        <source>Verified</source>
        <translation>Überprüft</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="141"/>
        <source>Problems found</source>
        <translation>Probleme gefunden</translation>
    </message>
</context>
<context>
    <name>rca::JobRunner</name>
    <message>
        <location filename="../core/engine/jobrunner.cpp" line="203"/>
        <source>Stopped before the job finished.</source>
        <translation>Angehalten, bevor der Auftrag abgeschlossen war.</translation>
    </message>
    <message>
        <location filename="../core/engine/jobrunner.cpp" line="210"/>
        <source>%1 item(s) could not be archived; see the job&apos;s details.</source>
        <translation>%1 Element(e) konnte(n) nicht archiviert werden; siehe die Details des Auftrags.</translation>
    </message>
    <message>
        <location filename="../core/engine/jobrunner.cpp" line="291"/>
        <source>Could not record an archived item: %1</source>
        <translation>Ein archiviertes Element konnte nicht vermerkt werden: %1</translation>
    </message>
    <message>
        <location filename="../core/engine/jobrunner.cpp" line="311"/>
        <source>Could not start an upload.</source>
        <translation>Ein Upload konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location filename="../core/engine/jobrunner.cpp" line="319"/>
        <source>The download of %1 was incomplete (%2 of %3 bytes).</source>
        <translation>Der Download von %1 war unvollständig (%2 von %3 Bytes).</translation>
    </message>
    <message>
        <location filename="../core/engine/jobrunner.cpp" line="337"/>
        <source>The storage reports %1 bytes for %2, %3 were sent.</source>
        <translation>Der Speicher meldet %1 Bytes für %2, gesendet wurden %3.</translation>
    </message>
</context>
<context>
    <name>rca::JobStore</name>
    <message>
        <location filename="../core/store/jobstore.cpp" line="186"/>
        <source>Could not save the job log</source>
        <translation>Das Auftragsprotokoll konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="188"/>
        <source>the job has no time window</source>
        <translation>der Auftrag hat kein Zeitfenster</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="219"/>
        <source>Could not save the progress of job %1</source>
        <translation>Der Fortschritt von Auftrag %1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="233"/>
        <location filename="../core/store/jobstore.cpp" line="259"/>
        <source>there is no such job</source>
        <translation>diesen Auftrag gibt es nicht</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="239"/>
        <source>Could not save the end of job %1</source>
        <translation>Das Ende von Auftrag %1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="241"/>
        <source>the job is still running</source>
        <translation>der Auftrag läuft noch</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="267"/>
        <source>Could not mark unfinished jobs as interrupted</source>
        <translation>Unbeendete Aufträge konnten nicht als unterbrochen markiert werden</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="276"/>
        <source>RC Archiver ended while the job was running.</source>
        <translation>RC Archiver wurde beendet, während der Auftrag lief.</translation>
    </message>
</context>
<context>
    <name>rca::KeychainSecretStore</name>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="32"/>
        <source>read</source>
        <translation>lesen</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="34"/>
        <source>write</source>
        <translation>speichern</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="36"/>
        <source>remove</source>
        <translation>entfernen</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="130"/>
        <source>no application object</source>
        <translation>kein Anwendungsobjekt</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="170"/>
        <source>The system keychain did not answer within %1 seconds. If it asks for a password to unlock it, enter it and try again.</source>
        <translation>Der System-Schlüsselbund hat nicht innerhalb von %1 Sekunden geantwortet. Wenn er nach einem Passwort zum Entsperren fragt, geben Sie es ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="186"/>
        <source>The system keychain is not available (no Secret Service running). Unlock or start your keyring (e.g. GNOME Keyring, KWallet) and try again.%1</source>
        <translation>Der System-Schlüsselbund ist nicht verfügbar (kein Secret Service aktiv). Entsperren oder starten Sie Ihren Schlüsselbund (z. B. GNOME Keyring, KWallet) und versuchen Sie es erneut.%1</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="193"/>
        <source>The keychain is locked or refused access. Unlock your keyring (e.g. GNOME Keyring, KWallet) and try again.%1</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert. Entsperren Sie Ihren Schlüsselbund (z. B. GNOME Keyring, KWallet) und versuchen Sie es erneut.%1</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="199"/>
        <source>Access to the keychain was denied. Allow RC Archiver to use the keychain and try again.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert. Erlauben Sie RC Archiver, den Schlüsselbund zu verwenden, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="204"/>
        <source>The keychain could not delete the saved entry.%1</source>
        <translation>Der Schlüsselbund konnte den gespeicherten Eintrag nicht löschen.%1</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="209"/>
        <source>This system has no keychain that RC Archiver can use.%1</source>
        <translation>Dieses System hat keinen Schlüsselbund, den RC Archiver verwenden kann.%1</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="217"/>
        <source>The system keychain could not %1 a secret%2. Make sure a keyring (e.g. GNOME Keyring, KWallet) is running and unlocked, then try again.</source>
        <translation>Der System-Schlüsselbund konnte ein Geheimnis nicht %1%2. Stellen Sie sicher, dass ein Schlüsselbund (z. B. GNOME Keyring, KWallet) läuft und entsperrt ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="286"/>
        <source>The system keychain did not give back what was stored in it.</source>
        <translation>Der System-Schlüsselbund hat nicht zurückgegeben, was darin gespeichert wurde.</translation>
    </message>
</context>
<context>
    <name>rca::LedgerRebuilder</name>
    <message>
        <location filename="../core/audit/ledgerrebuilder.cpp" line="90"/>
        <source>Could not list what the storage holds</source>
        <translation>Der Inhalt des Speichers konnte nicht aufgelistet werden</translation>
    </message>
    <message>
        <location filename="../core/audit/ledgerrebuilder.cpp" line="100"/>
        <source>Could not read %1</source>
        <translation>%1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/audit/ledgerrebuilder.cpp" line="142"/>
        <source>Could not rebuild the ledger from %1</source>
        <translation>Das Archivverzeichnis konnte nicht aus %1 neu aufgebaut werden</translation>
    </message>
</context>
<context>
    <name>rca::LocalFolderConnector</name>
    <message>
        <location filename="../connectors/localfolder/localfiles.cpp" line="95"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localerrors.cpp" line="33"/>
        <location filename="../connectors/localfolder/localerrors.cpp" line="79"/>
        <source>The disk is full: could not %1 %2 (%3). Free some space on it, or choose another folder.</source>
        <translation>Der Datenträger ist voll: %1 %2 war nicht möglich (%3). Geben Sie darauf Speicherplatz frei oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localerrors.cpp" line="40"/>
        <location filename="../connectors/localfolder/localerrors.cpp" line="85"/>
        <source>The archive folder is not writable: could not %1 %2 (%3). Check the folder&apos;s permissions.</source>
        <translation>Der Archivordner ist nicht beschreibbar: %1 %2 war nicht möglich (%3). Prüfen Sie die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localerrors.cpp" line="46"/>
        <source>The archive folder is on a read-only disk: could not %1 %2 (%3).</source>
        <translation>Der Archivordner liegt auf einem schreibgeschützten Datenträger: %1 %2 war nicht möglich (%3).</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localerrors.cpp" line="61"/>
        <source>The archive folder is not reachable: could not %1 %2 (%3). Is the disk or network share connected?</source>
        <translation>Der Archivordner ist nicht erreichbar: %1 %2 war nicht möglich (%3). Ist das Laufwerk oder die Netzwerkfreigabe verbunden?</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localerrors.cpp" line="67"/>
        <location filename="../connectors/localfolder/localerrors.cpp" line="91"/>
        <location filename="../connectors/localfolder/localfiles.cpp" line="410"/>
        <source>Could not %1 %2: %3.</source>
        <translation>%1 %2 war nicht möglich: %3.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfiles.cpp" line="143"/>
        <location filename="../connectors/localfolder/localfiles.cpp" line="321"/>
        <source>create a file in</source>
        <translation>Anlegen einer Datei in</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfiles.cpp" line="146"/>
        <location filename="../connectors/localfolder/localfiles.cpp" line="324"/>
        <source>Could not create a temporary file in %1.</source>
        <translation>In %1 konnte keine temporäre Datei angelegt werden.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfiles.cpp" line="159"/>
        <location filename="../connectors/localfolder/localfiles.cpp" line="172"/>
        <location filename="../connectors/localfolder/localfiles.cpp" line="177"/>
        <location filename="../connectors/localfolder/localfiles.cpp" line="333"/>
        <location filename="../connectors/localfolder/localfiles.cpp" line="342"/>
        <location filename="../connectors/localfolder/localfiles.cpp" line="347"/>
        <source>write</source>
        <translation>Schreiben von</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfiles.cpp" line="217"/>
        <location filename="../connectors/localfolder/localfiles.cpp" line="230"/>
        <location filename="../connectors/localfolder/localfiles.cpp" line="240"/>
        <location filename="../connectors/localfolder/localfiles.cpp" line="257"/>
        <location filename="../connectors/localfolder/localfiles.cpp" line="382"/>
        <location filename="../connectors/localfolder/localfiles.cpp" line="411"/>
        <source>rename a file to</source>
        <translation>Umbenennen einer Datei in</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfiles.cpp" line="253"/>
        <location filename="../connectors/localfolder/localfiles.cpp" line="406"/>
        <source>%1 is a folder, not a file; it was not replaced.</source>
        <translation>%1 ist ein Ordner, keine Datei; er wurde nicht ersetzt.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfiles.cpp" line="266"/>
        <source>open the folder</source>
        <translation>Öffnen des Ordners</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfiles.cpp" line="277"/>
        <source>write the folder</source>
        <translation>Schreiben des Ordners</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfiles.cpp" line="59"/>
        <location filename="../connectors/localfolder/localfiles.cpp" line="74"/>
        <source>%1 exists but is not a folder.</source>
        <translation>%1 existiert, ist aber kein Ordner.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfiles.cpp" line="63"/>
        <source>create the folder</source>
        <translation>Anlegen des Ordners</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfiles.cpp" line="78"/>
        <source>Could not create the folder %1. Check the folder&apos;s permissions.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden. Prüfen Sie die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderupload.cpp" line="56"/>
        <location filename="../connectors/localfolder/localfolderupload.cpp" line="79"/>
        <source>The upload of %1 is already finished.</source>
        <translation>Das Hochladen von %1 ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderupload.cpp" line="104"/>
        <source>The data written for %1 does not match what was sent; it will be written again.</source>
        <translation>Die für %1 geschriebenen Daten stimmen nicht mit dem Gesendeten überein; sie werden erneut geschrieben.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderupload.cpp" line="124"/>
        <source>A different file already exists at %1; it was not overwritten.</source>
        <translation>Unter %1 gibt es bereits eine andere Datei; sie wurde nicht überschrieben.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderconnector.cpp" line="68"/>
        <source>Choose the folder to archive into (the &quot;path&quot; option).</source>
        <translation>Wählen Sie den Ordner, in den archiviert werden soll (die Option „path“).</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderconnector.cpp" line="80"/>
        <source>The folder %1 does not exist. Connect the disk or network share, or choose another folder.</source>
        <translation>Der Ordner %1 existiert nicht. Verbinden Sie das Laufwerk oder die Netzwerkfreigabe, oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderconnector.cpp" line="86"/>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderconnector.cpp" line="119"/>
        <source>The local folder archive is not set up: no folder is configured.</source>
        <translation>Das Archiv im lokalen Ordner ist nicht eingerichtet: Es ist kein Ordner konfiguriert.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderconnector.cpp" line="130"/>
        <source>The archive folder %1 is missing, and %2 is no longer on the disk or share mounted at %3. Is the disk or network share connected?</source>
        <translation>Der Archivordner %1 fehlt, und %2 liegt nicht mehr auf dem unter %3 eingehängten Laufwerk bzw. der Freigabe. Ist das Laufwerk oder die Netzwerkfreigabe verbunden?</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderconnector.cpp" line="218"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderconnector.cpp" line="270"/>
        <source>The archive folder %1 is missing. Is the disk or network share connected?</source>
        <translation>Der Archivordner %1 fehlt. Ist das Laufwerk oder die Netzwerkfreigabe verbunden?</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderconnector.cpp" line="283"/>
        <source>The path &quot;%1&quot; is absolute; only paths inside the archive folder are allowed.</source>
        <translation>Der Pfad „%1“ ist absolut; nur Pfade innerhalb des Archivordners sind erlaubt.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderconnector.cpp" line="289"/>
        <source>No file name was given.</source>
        <translation>Es wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderconnector.cpp" line="302"/>
        <source>The path &quot;%1&quot; was refused: &quot;%2&quot; is not a safe folder or file name.</source>
        <translation>Der Pfad „%1“ wurde abgelehnt: „%2“ ist kein sicherer Ordner- oder Dateiname.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderconnector.cpp" line="309"/>
        <source>The path &quot;%1&quot; was refused: &quot;%2&quot; is reserved for temporary files.</source>
        <translation>Der Pfad „%1“ wurde abgelehnt: „%2“ ist für temporäre Dateien reserviert.</translation>
    </message>
</context>
<context>
    <name>rca::LocalFolderConnectorFactory</name>
    <message>
        <location filename="../connectors/localfolder/localfolderconnector.cpp" line="48"/>
        <source>Archive folder</source>
        <translation>Archivordner</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderconnector.cpp" line="49"/>
        <source>The folder to archive into: an external disk or a mounted network share. It must exist.</source>
        <translation>Der Ordner, in den archiviert wird: ein externes Laufwerk oder eine eingehängte Netzwerkfreigabe. Er muss existieren.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderconnector.cpp" line="51"/>
        <source>A folder on this computer, a disk or a NAS share</source>
        <translation>Ein Ordner auf diesem Computer, ein Laufwerk oder eine NAS-Freigabe</translation>
    </message>
</context>
<context>
    <name>rca::LocalFolderReader</name>
    <message>
        <location filename="../connectors/localfolder/localfolderreader.cpp" line="57"/>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderreader.cpp" line="64"/>
        <source>%1 is not a folder (or is a symbolic link); it is not listed.</source>
        <translation>%1 ist kein Ordner (oder ist ein symbolischer Link); er wird nicht aufgelistet.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderreader.cpp" line="84"/>
        <location filename="../connectors/localfolder/localfolderreader.cpp" line="329"/>
        <location filename="../connectors/localfolder/localfolderreader.cpp" line="337"/>
        <source>Could not %1 %2: %3.</source>
        <translation>%1 %2 war nicht möglich: %3.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderreader.cpp" line="149"/>
        <location filename="../connectors/localfolder/localfolderreader.cpp" line="254"/>
        <source>list</source>
        <translation>Auflisten von</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderreader.cpp" line="274"/>
        <source>read</source>
        <translation>Lesen von</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderreader.cpp" line="277"/>
        <source>%1 is not a file (or is a symbolic link); it is not read.</source>
        <translation>%1 ist keine Datei (oder ist ein symbolischer Link); sie wird nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>rca::LogsCommand</name>
    <message>
        <location filename="../app/commands/logs.cpp" line="32"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../app/commands/logs.cpp" line="33"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../app/commands/logs.cpp" line="34"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/commands/logs.cpp" line="35"/>
        <source>Job Start</source>
        <translation>Auftragsbeginn</translation>
    </message>
    <message>
        <location filename="../app/commands/logs.cpp" line="36"/>
        <source>Job End</source>
        <translation>Auftragsende</translation>
    </message>
    <message>
        <location filename="../app/commands/logs.cpp" line="37"/>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../app/commands/logs.cpp" line="38"/>
        <source>Call Recording</source>
        <translation>Anrufaufzeichnung</translation>
    </message>
    <message>
        <location filename="../app/commands/logs.cpp" line="39"/>
        <source>Voice Mail</source>
        <translation>Sprachnachricht</translation>
    </message>
    <message>
        <location filename="../app/commands/logs.cpp" line="40"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../app/commands/logs.cpp" line="41"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../app/commands/logs.cpp" line="93"/>
        <source>No jobs between %1 and %2.</source>
        <translation>Keine Aufträge zwischen %1 und %2.</translation>
    </message>
</context>
<context>
    <name>rca::LogsPage</name>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="63"/>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="67"/>
        <source>Show Log &amp;for:</source>
        <translation>Protokoll anzeigen &amp;für:</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="70"/>
        <source>Show log for</source>
        <translation>Protokoll anzeigen für</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="71"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="72"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="73"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="74"/>
        <source>Custom range</source>
        <translation>Benutzerdefinierter Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="77"/>
        <source>F&amp;rom:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="80"/>
        <source>From date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="83"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="86"/>
        <source>To date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="90"/>
        <source>&amp;Go</source>
        <translation>&amp;Los</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="92"/>
        <source>Show the log for the dates</source>
        <translation>Protokoll für diesen Zeitraum anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="94"/>
        <source>&amp;Verify Archive…</source>
        <translation>&amp;Archiv überprüfen…</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="96"/>
        <source>Verify that the archive of these dates is complete</source>
        <translation>Überprüfen, ob das Archiv für diesen Zeitraum vollständig ist</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="97"/>
        <source>Checks that every item of the shown dates is in the storage and intact, and lists what is missing or damaged.</source>
        <translation>Prüft, ob jedes Element des angezeigten Zeitraums im Speicher und intakt ist, und listet auf, was fehlt oder beschädigt ist.</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="107"/>
        <source>Date range problem</source>
        <translation>Problem mit dem Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="113"/>
        <source>Job log</source>
        <translation>Auftragsprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="133"/>
        <source>No jobs</source>
        <translation>Keine Aufträge</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="145"/>
        <source>Number of jobs</source>
        <translation>Anzahl der Aufträge</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="146"/>
        <source>&amp;Details…</source>
        <translation>&amp;Details…</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="148"/>
        <source>Show the details of the selected job</source>
        <translation>Details des ausgewählten Auftrags anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="150"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="152"/>
        <source>Export the shown jobs as CSV</source>
        <translation>Angezeigte Aufträge als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="397"/>
        <source>The From date is after the To date. Choose a From date on or before %1.</source>
        <translation>Das Von-Datum liegt nach dem Bis-Datum. Wählen Sie ein Von-Datum am oder vor dem %1.</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="419"/>
        <source>SHOW MORE</source>
        <translation>MEHR ANZEIGEN</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="420"/>
        <source>Show all jobs</source>
        <translation>Alle Aufträge anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="421"/>
        <source>Show every job, also those that archived nothing</source>
        <translation>Jeden Auftrag anzeigen, auch solche, die nichts archiviert haben</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="423"/>
        <source>SHOW LESS</source>
        <translation>WENIGER ANZEIGEN</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="424"/>
        <source>Show only jobs that archived data</source>
        <translation>Nur Aufträge anzeigen, die Daten archiviert haben</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="425"/>
        <source>Show only the jobs that archived data or failed</source>
        <translation>Nur Aufträge anzeigen, die Daten archiviert haben oder fehlgeschlagen sind</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="434"/>
        <source>No job archived data or failed in this period. Choose SHOW MORE to see every job.</source>
        <translation>In diesem Zeitraum hat kein Auftrag Daten archiviert oder ist fehlgeschlagen. Wählen Sie MEHR ANZEIGEN, um jeden Auftrag zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="436"/>
        <source>No jobs ran in this period.</source>
        <translation>In diesem Zeitraum wurden keine Aufträge ausgeführt.</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="439"/>
        <source>Jobs: %1</source>
        <translation>Aufträge: %1</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="487"/>
        <source>Verify Archive</source>
        <translation>Archiv überprüfen</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="488"/>
        <source>Nothing of these dates is archived yet: the schedule archives each half hour about two hours later. Choose earlier dates.</source>
        <translation>Aus diesem Zeitraum ist noch nichts archiviert: Der Zeitplan archiviert jede halbe Stunde etwa zwei Stunden später. Wählen Sie einen früheren Zeitraum.</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="510"/>
        <source>There is no job log to export.</source>
        <translation>Es gibt kein Auftragsprotokoll zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="531"/>
        <location filename="../ui/logs/logspage.cpp" line="539"/>
        <source>Export Log</source>
        <translation>Protokoll exportieren</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="532"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>rca::LoopbackReceiver</name>
    <message>
        <location filename="../core/oauth/loopbackreceiver.cpp" line="60"/>
        <source>Port %1 on 127.0.0.1 is in use; close the program using it or change %2.</source>
        <translation>Port %1 auf 127.0.0.1 ist belegt; schließen Sie das Programm, das ihn verwendet, oder ändern Sie %2.</translation>
    </message>
    <message>
        <location filename="../core/oauth/loopbackreceiver.cpp" line="65"/>
        <source>Could not listen on 127.0.0.1 port %1 for the sign-in answer: %2.</source>
        <translation>Auf 127.0.0.1 Port %1 konnte nicht auf die Anmeldeantwort gewartet werden: %2.</translation>
    </message>
    <message>
        <location filename="../core/oauth/loopbackreceiver.cpp" line="93"/>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location filename="../core/oauth/loopbackreceiver.cpp" line="94"/>
        <source>You can close this tab and return to %1.</source>
        <translation>Sie können diesen Tab schließen und zu %1 zurückkehren.</translation>
    </message>
    <message>
        <location filename="../core/oauth/loopbackreceiver.cpp" line="99"/>
        <source>Sign-in did not complete</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <location filename="../core/oauth/loopbackreceiver.cpp" line="100"/>
        <source>%1 You can close this tab and return to %2.</source>
        <translation>%1 Sie können diesen Tab schließen und zu %2 zurückkehren.</translation>
    </message>
    <message>
        <location filename="../core/oauth/loopbackreceiver.cpp" line="132"/>
        <location filename="../core/oauth/loopbackreceiver.cpp" line="142"/>
        <source>The request was not understood.</source>
        <translation>Die Anfrage wurde nicht verstanden.</translation>
    </message>
    <message>
        <location filename="../core/oauth/loopbackreceiver.cpp" line="137"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <location filename="../core/oauth/loopbackreceiver.cpp" line="146"/>
        <source>This sign-in attempt has already ended.</source>
        <translation>Dieser Anmeldeversuch ist bereits beendet.</translation>
    </message>
    <message>
        <location filename="../core/oauth/loopbackreceiver.cpp" line="162"/>
        <source>The sign-in answer carried no authorization.</source>
        <translation>Die Anmeldeantwort enthielt keine Autorisierung.</translation>
    </message>
</context>
<context>
    <name>rca::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="76"/>
        <source>RC Archiver</source>
        <translation>RC Archiver</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="41"/>
        <source>&amp;Accounts</source>
        <translation>&amp;Konten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="42"/>
        <source>&amp;Sync options</source>
        <translation>&amp;Synchronisierungsoptionen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="43"/>
        <source>&amp;Logs</source>
        <translation>&amp;Protokolle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="76"/>
        <source>RC Archiver (demo)</source>
        <translation>RC Archiver (Demo)</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="86"/>
        <source>RC Archiver cannot start</source>
        <translation>RC Archiver kann nicht starten</translation>
    </message>
</context>
<context>
    <name>rca::ManifestWriter</name>
    <message>
        <location filename="../core/audit/manifestwriter.cpp" line="212"/>
        <source>Could not start writing %1.</source>
        <translation>Das Schreiben von %1 konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>rca::OAuthFlow</name>
    <message>
        <location filename="../core/oauth/oauthflow.cpp" line="54"/>
        <source>The sign-in answer contained no access token.</source>
        <translation>Die Anmeldeantwort enthielt kein Zugriffstoken.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauthflow.cpp" line="232"/>
        <source>Signing in to %1</source>
        <translation>Anmelden bei %1</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauthflow.cpp" line="235"/>
        <source>%1 could not complete the sign-in right now: %2. Try again in a few minutes.</source>
        <translation>%1 konnte die Anmeldung gerade nicht abschließen: %2. Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauthflow.cpp" line="244"/>
        <source>%1 refused the sign-in: %2.</source>
        <translation>%1 hat die Anmeldung abgelehnt: %2.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauthflow.cpp" line="247"/>
        <source>%1 answered the sign-in with an unexpected status (%2).</source>
        <translation>%1 hat auf die Anmeldung mit einem unerwarteten Status geantwortet (%2).</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauthflow.cpp" line="285"/>
        <source>Sign-in was cancelled or consent denied at %1.</source>
        <translation>Die Anmeldung wurde bei %1 abgebrochen oder die Zustimmung verweigert.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauthflow.cpp" line="289"/>
        <source>%1 reported a sign-in error: %2.</source>
        <translation>%1 hat einen Anmeldefehler gemeldet: %2.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauthflow.cpp" line="293"/>
        <source>The sign-in answer did not belong to this sign-in attempt (state mismatch), so it was not used. Start the sign-in again.</source>
        <translation>Die Anmeldeantwort gehörte nicht zu diesem Anmeldeversuch (state stimmt nicht überein) und wurde daher nicht verwendet. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauthflow.cpp" line="299"/>
        <source>%1 sent no authorization code back. Start the sign-in again.</source>
        <translation>%1 hat keinen Autorisierungscode zurückgesendet. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauthflow.cpp" line="310"/>
        <source>RC Archiver could not open a web browser for the %1 sign-in.</source>
        <translation>RC Archiver konnte keinen Webbrowser für die Anmeldung bei %1 öffnen.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauthflow.cpp" line="352"/>
        <source>The %1 sign-in timed out: no answer came back from the browser. Start it again.</source>
        <translation>Die Anmeldung bei %1 hat das Zeitlimit überschritten: Vom Browser kam keine Antwort. Starten Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauthflow.cpp" line="399"/>
        <source>The %1 sign-in answer</source>
        <translation>Die Anmeldeantwort von %1</translation>
    </message>
</context>
<context>
    <name>rca::OAuthSession</name>
    <message>
        <location filename="../core/oauth/oauthsession.cpp" line="61"/>
        <source>The %1 sign-in is being renewed by another RC Archiver process. It will be tried again.</source>
        <translation>Die Anmeldung bei %1 wird gerade von einem anderen RC-Archiver-Prozess erneuert. Es wird erneut versucht.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauthsession.cpp" line="118"/>
        <source>%1 no longer accepts the saved sign-in (%2).</source>
        <translation>%1 akzeptiert die gespeicherte Anmeldung nicht mehr (%2).</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauthsession.cpp" line="134"/>
        <source>The saved %1 sign-in could not be read.</source>
        <translation>Die gespeicherte Anmeldung bei %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauthsession.cpp" line="321"/>
        <source>%1 is not connected.</source>
        <translation>%1 ist nicht verbunden.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauthsession.cpp" line="408"/>
        <source>The %1 token refresh answer</source>
        <translation>Die Token-Aktualisierungsantwort von %1</translation>
    </message>
</context>
<context>
    <name>rca::ObjectRetention</name>
    <message>
        <location filename="../core/storage/objectretention.cpp" line="44"/>
        <source>governance mode</source>
        <translation>Governance-Modus</translation>
    </message>
    <message>
        <location filename="../core/storage/objectretention.cpp" line="46"/>
        <source>compliance mode</source>
        <translation>Compliance-Modus</translation>
    </message>
    <message>
        <location filename="../core/storage/objectretention.cpp" line="50"/>
        <source>no retention</source>
        <translation>keine Aufbewahrung</translation>
    </message>
    <message>
        <location filename="../core/storage/objectretention.cpp" line="85"/>
        <source>it no longer has a retention date (it was %1 until %2)</source>
        <translation>kein Aufbewahrungsdatum mehr (zuvor %1 bis %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/objectretention.cpp" line="89"/>
        <source>its retention changed from %1 to %2</source>
        <translation>Aufbewahrung von %1 zu %2 geändert</translation>
    </message>
    <message>
        <location filename="../core/storage/objectretention.cpp" line="92"/>
        <source>its retention date moved from %1 to %2</source>
        <translation>Aufbewahrungsdatum von %1 auf %2 verschoben</translation>
    </message>
    <message>
        <location filename="../core/storage/objectretention.cpp" line="97"/>
        <source>its legal hold was removed</source>
        <translation>rechtliche Aufbewahrungspflicht aufgehoben</translation>
    </message>
    <message>
        <location filename="../core/storage/objectretention.cpp" line="104"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../core/storage/objectretention.cpp" line="107"/>
        <source>%1 until %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../core/storage/objectretention.cpp" line="109"/>
        <source>under legal hold</source>
        <translation>unter rechtlicher Aufbewahrungspflicht</translation>
    </message>
    <message>
        <location filename="../core/storage/objectretention.cpp" line="109"/>
        <source>%1, under legal hold</source>
        <translation>%1, unter rechtlicher Aufbewahrungspflicht</translation>
    </message>
</context>
<context>
    <name>rca::Profile</name>
    <message>
        <location filename="../core/profile.cpp" line="60"/>
        <source>Cannot create the folder %1 for RC Archiver&apos;s data. Check that it is writable, or choose another with --profile.</source>
        <translation>Der Ordner %1 für die Daten von RC Archiver kann nicht angelegt werden. Prüfen Sie, ob er beschreibbar ist, oder wählen Sie mit --profile einen anderen.</translation>
    </message>
</context>
<context>
    <name>rca::ProfileIdentity</name>
    <message>
        <location filename="../core/store/profileidentity.cpp" line="75"/>
        <location filename="../core/store/profileidentity.cpp" line="84"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/store/profileidentity.cpp" line="111"/>
        <source>&quot;%1&quot; is not a profile id</source>
        <translation>„%1“ ist keine Profil-ID</translation>
    </message>
    <message>
        <location filename="../core/store/profileidentity.cpp" line="119"/>
        <source>Could not save the profile id</source>
        <translation>Die Profil-ID konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../core/store/profileidentity.cpp" line="131"/>
        <source>Could not save where the profile is</source>
        <translation>Der Speicherort des Profils konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>rca::RingCentralAccount</name>
    <message>
        <location filename="../core/ringcentral/ringcentralaccount.cpp" line="69"/>
        <source>Reading the signed-in RingCentral user</source>
        <translation>Lesen des angemeldeten RingCentral-Benutzers</translation>
    </message>
</context>
<context>
    <name>rca::RingCentralApi</name>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="150"/>
        <source>%1: RingCentral&apos;s request rate limit was reached (%2). It will be tried again later.</source>
        <translation>%1: Das Anfragelimit von RingCentral wurde erreicht (%2). Es wird später erneut versucht.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="159"/>
        <source>%1: RingCentral had a server problem (%2). It will be tried again.</source>
        <translation>%1: RingCentral hatte ein Serverproblem (%2). Es wird erneut versucht.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="129"/>
        <source>RingCentral no longer accepts the saved sign-in (it was revoked, expired after 7 days offline, or the password changed).</source>
        <translation>RingCentral akzeptiert die gespeicherte Anmeldung nicht mehr (sie wurde widerrufen, ist nach 7 Tagen offline abgelaufen, oder das Passwort wurde geändert).</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="167"/>
        <source>%1: RingCentral no longer accepts the saved sign-in (%2).</source>
        <translation>%1: RingCentral akzeptiert die gespeicherte Anmeldung nicht mehr (%2).</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="177"/>
        <source>the %1 permission</source>
        <translation>die Berechtigung %1</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="179"/>
        <source>a permission</source>
        <translation>eine Berechtigung</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="182"/>
        <source>%1: the signed-in RingCentral user lacks %2 that this needs (%3). Ask a RingCentral administrator to grant it.</source>
        <translation>%1: Dem angemeldeten RingCentral-Benutzer fehlt %2, die hierfür nötig ist (%3). Bitten Sie einen RingCentral-Administrator, sie zu erteilen.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="188"/>
        <source>%1: RingCentral refused access (%2).</source>
        <translation>%1: RingCentral hat den Zugriff verweigert (%2).</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="195"/>
        <source>%1: RingCentral no longer has this item (%2).</source>
        <translation>%1: RingCentral hat dieses Element nicht mehr (%2).</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="200"/>
        <source>%1: RingCentral does not know this address (%2). Check the RingCentral server setting.</source>
        <translation>%1: RingCentral kennt diese Adresse nicht (%2). Prüfen Sie die Einstellung des RingCentral-Servers.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="209"/>
        <source>, parameter %1</source>
        <translation>, Parameter %1</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="212"/>
        <source>%1: RingCentral rejected the request (%2%3). This is likely a problem in RC Archiver; please report it.</source>
        <translation>%1: RingCentral hat die Anfrage zurückgewiesen (%2%3). Das ist wahrscheinlich ein Fehler in RC Archiver; bitte melden Sie ihn.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="219"/>
        <source>%1: RingCentral refused the request (%2).</source>
        <translation>%1: RingCentral hat die Anfrage abgelehnt (%2).</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="224"/>
        <source>%1: RingCentral answered unexpectedly (%2).</source>
        <translation>%1: RingCentral hat unerwartet geantwortet (%2).</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="235"/>
        <source>%1: RingCentral pointed to an unexpected address (%2); the sign-in is not sent there.</source>
        <translation>%1: RingCentral verwies auf eine unerwartete Adresse (%2); die Anmeldung wird nicht dorthin gesendet.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="351"/>
        <source>%1: RingCentral&apos;s answer was incomplete or not valid JSON.</source>
        <translation>%1: Die Antwort von RingCentral war unvollständig oder kein gültiges JSON.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="362"/>
        <source>%1: RingCentral&apos;s answer was incomplete or not valid JSON, several times. It will be tried again with the next job.</source>
        <translation>%1: Die Antwort von RingCentral war mehrmals unvollständig oder kein gültiges JSON. Es wird beim nächsten Auftrag erneut versucht.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="392"/>
        <source>%1: RingCentral&apos;s paging did not advance.</source>
        <translation>%1: Die Seitenaufteilung von RingCentral kam nicht voran.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="399"/>
        <source>%1: too many pages.</source>
        <translation>%1: zu viele Seiten.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="452"/>
        <source>%1: RingCentral sent the whole file again instead of the missing part; it will be downloaded again later.</source>
        <translation>%1: RingCentral hat statt des fehlenden Teils die ganze Datei erneut gesendet; sie wird später erneut heruntergeladen.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="484"/>
        <source>%1: RingCentral sent a different part of the file than asked for; it will be downloaded again later.</source>
        <translation>%1: RingCentral hat einen anderen Teil der Datei gesendet als angefordert; sie wird später erneut heruntergeladen.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="504"/>
        <source>%1: the download stopped after %2 of %3 bytes.</source>
        <translation>%1: Der Download brach nach %2 von %3 Bytes ab.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="513"/>
        <source>%1: RingCentral sent %2 bytes where %3 were announced; it will be downloaded again later.</source>
        <translation>%1: RingCentral hat %2 Bytes gesendet, angekündigt waren %3; die Datei wird später erneut heruntergeladen.</translation>
    </message>
</context>
<context>
    <name>rca::RingCentralConfig</name>
    <message>
        <location filename="../core/ringcentral/ringcentralconfig.cpp" line="109"/>
        <source>RC Archiver has no RingCentral client id. Register a RingCentral app (see &quot;Registering a RingCentral app&quot; in the README) and set its client id with the RCA_RINGCENTRAL_CLIENT_ID environment variable or the CMake option of the same name.</source>
        <translation>RC Archiver hat keine RingCentral-Client-ID. Registrieren Sie eine RingCentral-App (siehe „Registering a RingCentral app“ in der README) und setzen Sie ihre Client-ID mit der Umgebungsvariablen RCA_RINGCENTRAL_CLIENT_ID oder der gleichnamigen CMake-Option.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralconfig.cpp" line="122"/>
        <source>The RingCentral server address &quot;%1&quot; is not a usable http(s) URL.</source>
        <translation>Die RingCentral-Serveradresse „%1“ ist keine verwendbare http(s)-URL.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralconfig.cpp" line="129"/>
        <source>The RingCentral media address &quot;%1&quot; is not a usable http(s) URL.</source>
        <translation>Die RingCentral-Medienadresse „%1“ ist keine verwendbare http(s)-URL.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralconfig.cpp" line="186"/>
        <source>it was revoked, expired after 7 days offline, or the password changed</source>
        <translation>sie wurde widerrufen, ist nach 7 Tagen offline abgelaufen, oder das Passwort wurde geändert</translation>
    </message>
</context>
<context>
    <name>rca::RingCentralSource</name>
    <message>
        <location filename="../core/ringcentral/ringcentralsource.cpp" line="189"/>
        <source>Reading RingCentral&apos;s extension list</source>
        <translation>Lesen der Nebenstellenliste von RingCentral</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralsource.cpp" line="256"/>
        <source>Reading the company call log</source>
        <translation>Lesen des Anrufprotokolls des Unternehmens</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralsource.cpp" line="257"/>
        <source>Reading the call log</source>
        <translation>Lesen des Anrufprotokolls</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralsource.cpp" line="126"/>
        <source>RingCentral no longer accepts the saved sign-in.</source>
        <translation>RingCentral akzeptiert die gespeicherte Anmeldung nicht mehr.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralsource.cpp" line="136"/>
        <source>RingCentral is not connected.</source>
        <translation>RingCentral ist nicht verbunden.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralsource.cpp" line="261"/>
        <source>Switch Sync options to My Extension</source>
        <translation>Stellen Sie die Synchronisierungsoptionen auf Meine Nebenstelle um</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralsource.cpp" line="263"/>
        <source>Archive your own extension only (`rc-archiver config set sync.view extension`)</source>
        <translation>Archivieren Sie nur Ihre eigene Nebenstelle (`rc-archiver config set sync.view extension`)</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralsource.cpp" line="267"/>
        <source>This RingCentral account lacks the company call log permission (FullCompanyCallLog), so it cannot archive every extension&apos;s recordings. %1, or ask an administrator for the permission.</source>
        <translation>Diesem RingCentral-Konto fehlt die Berechtigung für das Anrufprotokoll des Unternehmens (FullCompanyCallLog), daher kann es nicht die Aufzeichnungen aller Nebenstellen archivieren. %1, oder bitten Sie einen Administrator um die Berechtigung.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralsource.cpp" line="310"/>
        <source>Reading the %1 messages</source>
        <translation>Lesen der Nachrichten vom Typ %1</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralsource.cpp" line="323"/>
        <source>The SMS text changed in size.</source>
        <translation>Die Größe des SMS-Textes hat sich geändert.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralsource.cpp" line="329"/>
        <source>RingCentral item %1 has no download information.</source>
        <translation>Das RingCentral-Element %1 hat keine Download-Informationen.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralsource.cpp" line="343"/>
        <source>Downloading call recording %1</source>
        <translation>Herunterladen der Anrufaufzeichnung %1</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralsource.cpp" line="345"/>
        <source>Downloading %1 %2</source>
        <translation>Herunterladen von %1 %2</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralsource.cpp" line="348"/>
        <source>RingCentral no longer has this recording</source>
        <translation>RingCentral hat diese Aufzeichnung nicht mehr</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralsource.cpp" line="350"/>
        <source>RingCentral no longer has this message</source>
        <translation>RingCentral hat diese Nachricht nicht mehr</translation>
    </message>
</context>
<context>
    <name>rca::RunOnceCommand</name>
    <message>
        <location filename="../app/commands/runonce.cpp" line="39"/>
        <source>it is between jobs</source>
        <translation>gerade kein Auftrag</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commands/runonce.cpp" line="40"/>
        <source>job %1 (%2): %n archived so far</source>
        <translation>
            <numerusform>Auftrag %1 (%2): bisher %n archiviert</numerusform>
            <numerusform>Auftrag %1 (%2): bisher %n archiviert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/commands/runonce.cpp" line="49"/>
        <source>Waiting for it to finish (Ctrl+C to stop waiting; --no-wait refuses instead)…</source>
        <translation>Es wird gewartet, bis der Auftrag endet (Strg+C beendet das Warten; --no-wait lehnt stattdessen ab)…</translation>
    </message>
    <message>
        <location filename="../app/commands/runonce.cpp" line="59"/>
        <source>The other process: %1</source>
        <translation>Der andere Prozess: %1</translation>
    </message>
    <message>
        <location filename="../app/commands/runonce.cpp" line="87"/>
        <source>Give both --from and --to, or neither.</source>
        <translation>Geben Sie --from und --to an oder keines von beiden.</translation>
    </message>
    <message>
        <location filename="../app/commands/runonce.cpp" line="106"/>
        <source>Job %1 %2: %3</source>
        <translation>Auftrag %1 %2: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commands/runonce.cpp" line="111"/>
        <source>%n archived</source>
        <translation>
            <numerusform>%n archiviert</numerusform>
            <numerusform>%n archiviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commands/runonce.cpp" line="112"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/commands/runonce.cpp" line="128"/>
        <source>Refused (--no-wait): run again when it has finished.</source>
        <translation>Abgelehnt (--no-wait): Führen Sie den Befehl erneut aus, wenn der andere Auftrag beendet ist.</translation>
    </message>
    <message>
        <location filename="../app/commands/runonce.cpp" line="138"/>
        <source>Stopped; the interrupted job runs again next time.</source>
        <translation>Angehalten; der unterbrochene Auftrag läuft beim nächsten Mal erneut.</translation>
    </message>
    <message>
        <location filename="../app/commands/runonce.cpp" line="143"/>
        <source>Nothing is due.</source>
        <translation>Es ist nichts fällig.</translation>
    </message>
</context>
<context>
    <name>rca::S3Connector</name>
    <message>
        <location filename="../connectors/s3/s3client.cpp" line="69"/>
        <source>The storage does not know the access key %1 (InvalidAccessKeyId). It may have been deleted or belong to another account or endpoint: create a key and connect the storage again.</source>
        <translation>Der Speicher kennt den Zugriffsschlüssel %1 nicht (InvalidAccessKeyId). Er wurde möglicherweise gelöscht oder gehört zu einem anderen Konto oder Endpunkt: Erstellen Sie einen Schlüssel und verbinden Sie den Speicher erneut.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3client.cpp" line="76"/>
        <source>The storage refused the signature (SignatureDoesNotMatch): the secret access key does not belong to %1. Connect the storage again with the right secret.</source>
        <translation>Der Speicher hat die Signatur abgelehnt (SignatureDoesNotMatch): Der geheime Zugriffsschlüssel gehört nicht zu %1. Verbinden Sie den Speicher erneut mit dem richtigen Geheimnis.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3client.cpp" line="82"/>
        <source>The access key %1 has expired. Create a new key and connect the storage again.</source>
        <translation>Der Zugriffsschlüssel %1 ist abgelaufen. Erstellen Sie einen neuen Schlüssel und verbinden Sie den Speicher erneut.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3client.cpp" line="87"/>
        <source>The bucket &quot;%1&quot; does not exist at %2 (NoSuchBucket). Check the bucket&apos;s name and region.</source>
        <translation>Der Bucket „%1“ existiert unter %2 nicht (NoSuchBucket). Prüfen Sie Namen und Region des Buckets.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3client.cpp" line="93"/>
        <source>The storage is full: the account&apos;s quota is used up (%1). Raise the quota or free space; nothing was lost, and the job tries again later.</source>
        <translation>Der Speicher ist voll: Das Kontingent des Kontos ist aufgebraucht (%1). Erhöhen Sie das Kontingent oder geben Sie Speicherplatz frei; es ging nichts verloren, und der Auftrag wird später erneut versucht.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3client.cpp" line="100"/>
        <source>The object is protected by Object Lock and cannot be changed.</source>
        <translation>Das Objekt ist durch Object Lock geschützt und kann nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3client.cpp" line="103"/>
        <source>The storage refused access to the bucket &quot;%1&quot; (%2). The access key %3 needs s3:ListBucket, s3:GetObject, s3:PutObject, s3:AbortMultipartUpload, s3:ListBucketMultipartUploads and, for Object Lock, s3:GetBucketObjectLockConfiguration, s3:GetObjectRetention, s3:PutObjectRetention and s3:PutObjectLegalHold.</source>
        <translation>Der Speicher hat den Zugriff auf den Bucket „%1“ verweigert (%2). Der Zugriffsschlüssel %3 benötigt s3:ListBucket, s3:GetObject, s3:PutObject, s3:AbortMultipartUpload, s3:ListBucketMultipartUploads und für Object Lock s3:GetBucketObjectLockConfiguration, s3:GetObjectRetention, s3:PutObjectRetention und s3:PutObjectLegalHold.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3client.cpp" line="112"/>
        <source>The bytes arrived damaged or incomplete at the storage (%1); they are sent again.</source>
        <translation>Die Bytes sind beschädigt oder unvollständig beim Speicher angekommen (%1); sie werden erneut gesendet.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3client.cpp" line="117"/>
        <source>The storage asks to slow down (%1); the job tries again later.</source>
        <translation>Der Speicher bittet darum, die Anfragen zu verlangsamen (%1); der Auftrag wird später erneut versucht.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3client.cpp" line="122"/>
        <source>The storage failed (%1 %2).</source>
        <translation>Der Speicher hat einen Fehler gemeldet (%1 %2).</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3client.cpp" line="127"/>
        <source>The bucket &quot;%1&quot; has no Object Lock, but retention is asked for (%2). Use a bucket created with Object Lock, or connect again without retention.</source>
        <translation>Der Bucket „%1“ hat kein Object Lock, aber es wird eine Aufbewahrung verlangt (%2). Verwenden Sie einen mit Object Lock erstellten Bucket, oder verbinden Sie erneut ohne Aufbewahrung.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3client.cpp" line="133"/>
        <source>The storage answered %1 %2: %3</source>
        <translation>Der Speicher hat %1 %2 geantwortet: %3</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3client.cpp" line="136"/>
        <source>no explanation</source>
        <translation>keine Erklärung</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="62"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="64"/>
        <source>on, no default retention</source>
        <translation>ein, ohne Standardaufbewahrung</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="65"/>
        <source>on, %1 for %2 by default</source>
        <translation>ein, standardmäßig %1 für %2</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="73"/>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="75"/>
        <source>%1 years</source>
        <translation>%1 Jahre</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="76"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="76"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="100"/>
        <source>Unknown retention mode &quot;%1&quot;: choose none, governance or compliance.</source>
        <translation>Unbekannter Aufbewahrungsmodus „%1“: Wählen Sie none, governance oder compliance.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="134"/>
        <source>The part size must be from 5 MiB to 5 GiB.</source>
        <translation>Die Teilgröße muss zwischen 5 MiB und 5 GiB liegen.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="144"/>
        <source>&quot;%1&quot; is not a region (e.g. us-east-1, eu-central-1).</source>
        <translation>„%1“ ist keine Region (z. B. us-east-1, eu-central-1).</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="147"/>
        <source>The endpoint &quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>Der Endpunkt „%1“ ist keine http://- oder https://-Adresse.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="150"/>
        <source>The endpoint &quot;%1&quot; must not have a path: give the bucket and the prefix in their own fields.</source>
        <translation>Der Endpunkt „%1“ darf keinen Pfad enthalten: Geben Sie Bucket und Präfix in ihren eigenen Feldern an.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="156"/>
        <source>&quot;%1&quot; is not a bucket name: 3 to 63 lower-case letters, digits, dots and hyphens.</source>
        <translation>„%1“ ist kein Bucket-Name: 3 bis 63 Kleinbuchstaben, Ziffern, Punkte und Bindestriche.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="160"/>
        <source>The bucket name &quot;%1&quot; has dots, which the storage&apos;s TLS certificate does not cover in virtual-hosted addressing: choose path-style addressing.</source>
        <translation>Der Bucket-Name „%1“ enthält Punkte, die das TLS-Zertifikat des Speichers bei virtuell gehosteter Adressierung nicht abdeckt: Wählen Sie die Adressierung im Pfadstil.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="167"/>
        <source>The key prefix &quot;%1&quot; must not start with &apos;/&apos; or hold empty, &quot;.&quot; or &quot;..&quot; parts.</source>
        <translation>Das Schlüsselpräfix „%1“ darf nicht mit „/“ beginnen und keine leeren, „.“- oder „..“-Teile enthalten.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="175"/>
        <source>The retention period must be from 1 to %1 days.</source>
        <translation>Die Aufbewahrungsfrist muss zwischen 1 und %1 Tagen liegen.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="177"/>
        <source>Invalid part size or parallel parts.</source>
        <translation>Ungültige Teilgröße oder Anzahl paralleler Teile.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="216"/>
        <source>%1 (AWS, %2)</source>
        <translation>%1 (AWS, %2)</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="217"/>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="255"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="256"/>
        <source>The storage&apos;s address: leave empty for AWS (from the region); https://s3.us-west-004.backblazeb2.com for Backblaze B2, https://s3.wasabisys.com for Wasabi, your MinIO or Ceph server&apos;s URL.</source>
        <translation>Die Adresse des Speichers: für AWS leer lassen (ergibt sich aus der Region); https://s3.us-west-004.backblazeb2.com für Backblaze B2, https://s3.wasabisys.com für Wasabi, die URL Ihres MinIO- oder Ceph-Servers.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="260"/>
        <source>AWS, from the region</source>
        <translation>AWS, aus der Region</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="261"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="262"/>
        <source>The bucket&apos;s region (us-east-1, eu-central-1, us-west-004, …).</source>
        <translation>Die Region des Buckets (us-east-1, eu-central-1, us-west-004, …).</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="264"/>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="265"/>
        <source>The bucket the archive goes into. It must exist; for write-once storage it must have been created with Object Lock.</source>
        <translation>Der Bucket, in den archiviert wird. Er muss existieren; für unveränderlichen Speicher (WORM) muss er mit Object Lock erstellt worden sein.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="268"/>
        <source>Key prefix</source>
        <translation>Schlüsselpräfix</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="269"/>
        <source>Every object&apos;s key starts with this.</source>
        <translation>Der Schlüssel jedes Objekts beginnt mit diesem Präfix.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="271"/>
        <source>Access key ID</source>
        <translation>Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="272"/>
        <source>The ID of an access key allowed to write the bucket (and read its Object Lock configuration).</source>
        <translation>Die ID eines Zugriffsschlüssels, der in den Bucket schreiben (und seine Object-Lock-Konfiguration lesen) darf.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="275"/>
        <source>Secret access key</source>
        <translation>Geheimer Zugriffsschlüssel</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="276"/>
        <source>Kept in the system keychain, never on disk.</source>
        <translation>Im System-Schlüsselbund gespeichert, nie auf der Festplatte.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="278"/>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="279"/>
        <source>Object Lock for every object written: none (the bucket&apos;s default, if it has one), governance (only users with a special permission can shorten or remove it) or compliance (nobody can delete the object before its date, the account&apos;s owner included).</source>
        <translation>Object Lock für jedes geschriebene Objekt: keine (der Standard des Buckets, falls er einen hat), Governance-Modus (nur Benutzer mit einer besonderen Berechtigung können die Aufbewahrung verkürzen oder aufheben) oder Compliance-Modus (niemand kann das Objekt vor seinem Datum löschen, auch nicht der Kontoinhaber).</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="283"/>
        <source>None (the bucket&apos;s default)</source>
        <translation>Keine (Standard des Buckets)</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="284"/>
        <source>Governance mode</source>
        <translation>Governance-Modus</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="285"/>
        <source>Compliance mode</source>
        <translation>Compliance-Modus</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="287"/>
        <source>Retention period (days)</source>
        <translation>Aufbewahrungsfrist (Tage)</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="288"/>
        <source>How long each object is kept, counted from the call&apos;s, voicemail&apos;s or message&apos;s creation: 2555 days is 7 years (SEC 17a-4 keeps some records 6).</source>
        <translation>Wie lange jedes Objekt aufbewahrt wird, gerechnet ab der Erstellung des Anrufs, der Sprachnachricht oder der Nachricht: 2555 Tage sind 7 Jahre (SEC 17a-4 schreibt für manche Unterlagen 6 vor).</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="295"/>
        <source>Type the bucket name to confirm</source>
        <translation>Zur Bestätigung den Bucket-Namen eingeben</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="296"/>
        <source>Compliance mode cannot be undone: nobody, not even the account&apos;s root user, can delete or shorten the retention of these objects before their date, and the storage is billed until then. Type the bucket&apos;s name to confirm.</source>
        <translation>Der Compliance-Modus kann nicht rückgängig gemacht werden: Niemand, nicht einmal der Root-Benutzer des Kontos, kann diese Objekte vor ihrem Datum löschen oder ihre Aufbewahrung verkürzen, und der Speicherplatz wird bis dahin in Rechnung gestellt. Geben Sie zur Bestätigung den Namen des Buckets ein.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="302"/>
        <source>Legal hold</source>
        <translation>Rechtliche Aufbewahrungspflicht (Legal Hold)</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="303"/>
        <source>Also place a legal hold on every object: it cannot be deleted, whatever its retention date, until someone with the permission lifts the hold.</source>
        <translation>Zusätzlich jedes Objekt mit einer rechtlichen Aufbewahrungspflicht belegen: Es kann dann unabhängig von seinem Aufbewahrungsdatum nicht gelöscht werden, bis jemand mit der Berechtigung die Aufbewahrungspflicht aufhebt.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="306"/>
        <source>Addressing</source>
        <translation>Adressierung</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="307"/>
        <source>Virtual-hosted (bucket.endpoint) or path-style (endpoint/bucket) URLs; automatic is virtual-hosted on AWS and path-style elsewhere.</source>
        <translation>URLs virtuell gehostet (bucket.endpoint) oder im Pfadstil (endpoint/bucket); automatisch bedeutet virtuell gehostet bei AWS und Pfadstil anderswo.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="309"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="310"/>
        <source>Virtual-hosted</source>
        <translation>Virtuell gehostet</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="311"/>
        <source>Path-style</source>
        <translation>Pfadstil</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="314"/>
        <source>Storage class</source>
        <translation>Speicherklasse</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="315"/>
        <source>STANDARD_IA, GLACIER_IR, … (empty: the bucket&apos;s default). Classes that need a restore before reading (GLACIER, DEEP_ARCHIVE) cannot be read back without one.</source>
        <translation>STANDARD_IA, GLACIER_IR, … (leer: der Standard des Buckets). Klassen, die vor dem Lesen eine Wiederherstellung erfordern (GLACIER, DEEP_ARCHIVE), können ohne diese nicht zurückgelesen werden.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="319"/>
        <source>Server-side encryption</source>
        <translation>Serverseitige Verschlüsselung</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="320"/>
        <source>Ask the storage to encrypt each object with its own keys (SSE-S3) or a KMS key (SSE-KMS).</source>
        <translation>Den Speicher bitten, jedes Objekt mit seinen eigenen Schlüsseln (SSE-S3) oder einem KMS-Schlüssel (SSE-KMS) zu verschlüsseln.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="322"/>
        <source>The bucket&apos;s default</source>
        <translation>Standard des Buckets</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="323"/>
        <source>SSE-S3 (AES-256)</source>
        <translation>SSE-S3 (AES-256)</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="324"/>
        <source>SSE-KMS</source>
        <translation>SSE-KMS</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="327"/>
        <source>KMS key ID</source>
        <translation>KMS-Schlüssel-ID</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="328"/>
        <source>The KMS key&apos;s ID or ARN (empty: the account&apos;s default aws/s3 key).</source>
        <translation>ID oder ARN des KMS-Schlüssels (leer: der Standardschlüssel aws/s3 des Kontos).</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="332"/>
        <source>Part size (MiB)</source>
        <translation>Teilgröße (MiB)</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="333"/>
        <source>Files larger than this go up in parts of this size (it grows for very large files: at most 10,000 parts).</source>
        <translation>Größere Dateien werden in Teilen dieser Größe hochgeladen (bei sehr großen Dateien wächst sie: höchstens 10.000 Teile).</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3connector.cpp" line="65"/>
        <source>Name the bucket (the &quot;bucket&quot; option).</source>
        <translation>Geben Sie den Bucket an (die Option „bucket“).</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3connector.cpp" line="67"/>
        <source>Give the access key ID (the &quot;accessKeyId&quot; option).</source>
        <translation>Geben Sie die Zugriffsschlüssel-ID an (die Option „accessKeyId“).</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3connector.cpp" line="70"/>
        <source>Enter the secret access key of %1.</source>
        <translation>Geben Sie den geheimen Zugriffsschlüssel von %1 ein.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3connector.cpp" line="74"/>
        <source>Secret access key of %1</source>
        <translation>Geheimer Zugriffsschlüssel von %1</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3connector.cpp" line="80"/>
        <source>Compliance mode cannot be undone: nobody, not even the account&apos;s owner, can delete the archived objects or shorten their retention before %1 from each item&apos;s creation, and the storage is billed until then. To confirm, type the bucket&apos;s name &quot;%2&quot; in &quot;Type the bucket name to confirm&quot; (--option confirmCompliance=%2).</source>
        <translation>Der Compliance-Modus kann nicht rückgängig gemacht werden: Niemand, nicht einmal der Kontoinhaber, kann die archivierten Objekte löschen oder ihre Aufbewahrung verkürzen, bevor die Frist (%1 ab der Erstellung des jeweiligen Elements) abgelaufen ist, und der Speicherplatz wird bis dahin in Rechnung gestellt. Geben Sie zur Bestätigung den Namen des Buckets „%2“ in „Zur Bestätigung den Bucket-Namen eingeben“ ein (--option confirmCompliance=%2).</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3connector.cpp" line="87"/>
        <source>No keychain is available to keep the secret access key in, and RC Archiver never stores it anywhere else.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, um den geheimen Zugriffsschlüssel darin aufzubewahren, und RC Archiver speichert ihn nirgendwo anders.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3connector.cpp" line="100"/>
        <source>The bucket &quot;%1&quot; has no Object Lock, so it cannot keep objects in %2. Object Lock can only be turned on when a bucket is created (see the README&apos;s &quot;Object Lock&quot; section): use such a bucket, or choose no retention.</source>
        <translation>Der Bucket „%1“ hat kein Object Lock und kann Objekte daher nicht im %2 aufbewahren. Object Lock lässt sich nur beim Erstellen eines Buckets einschalten (siehe den Abschnitt „Object Lock“ der README): Verwenden Sie einen solchen Bucket oder wählen Sie keine Aufbewahrung.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3connector.cpp" line="106"/>
        <source>The bucket &quot;%1&quot; has no Object Lock, so it cannot place legal holds.</source>
        <translation>Der Bucket „%1“ hat kein Object Lock und kann daher keine rechtlichen Aufbewahrungspflichten setzen.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3connector.cpp" line="141"/>
        <source>No keychain: the secret access key cannot be read.</source>
        <translation>Kein Schlüsselbund: Der geheime Zugriffsschlüssel kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3connector.cpp" line="145"/>
        <source>The secret access key of %1 is not in the keychain. Connect the storage again.</source>
        <translation>Der geheime Zugriffsschlüssel von %1 ist nicht im Schlüsselbund. Verbinden Sie den Speicher erneut.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3connector.cpp" line="206"/>
        <source>The S3 storage is not open.</source>
        <translation>Der S3-Speicher ist nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3connector.cpp" line="293"/>
        <source>Object Lock: %1</source>
        <translation>Object Lock: %1</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3connector.cpp" line="295"/>
        <source>Each object: %1 for %2 from the item&apos;s creation</source>
        <translation>Jedes Objekt: %1 für %2 ab Erstellung des Elements</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3connector.cpp" line="299"/>
        <source>Each object: under legal hold</source>
        <translation>Jedes Objekt: unter rechtlicher Aufbewahrungspflicht</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3objects.cpp" line="77"/>
        <source>Looking at %1</source>
        <translation>Prüfen von %1</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3objects.cpp" line="119"/>
        <source>Uploading %1</source>
        <translation>Hochladen von %1</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3objects.cpp" line="138"/>
        <source>Reading %1</source>
        <translation>Lesen von %1</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3objects.cpp" line="151"/>
        <source>%1 is not in the bucket.</source>
        <translation>%1 ist nicht im Bucket.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3objects.cpp" line="164"/>
        <source>Starting the upload of %1</source>
        <translation>Starten des Uploads von %1</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3objects.cpp" line="170"/>
        <source>The storage gave no upload id for %1.</source>
        <translation>Der Speicher hat keine Upload-ID für %1 geliefert.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3objects.cpp" line="186"/>
        <source>Uploading part %1 of %2</source>
        <translation>Hochladen von Teil %1 von %2</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3objects.cpp" line="204"/>
        <source>Listing the parts of %1</source>
        <translation>Auflisten der Teile von %1</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3objects.cpp" line="245"/>
        <source>Completing the upload of %1</source>
        <translation>Abschließen des Uploads von %1</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3objects.cpp" line="252"/>
        <source>Completing the upload of %1 failed: %2 %3</source>
        <translation>Abschließen des Uploads von %1 fehlgeschlagen: %2 %3</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3objects.cpp" line="266"/>
        <source>Abandoning the upload of %1</source>
        <translation>Abbrechen des Uploads von %1</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3objects.cpp" line="297"/>
        <source>Listing unfinished uploads</source>
        <translation>Auflisten unvollständiger Uploads</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3objects.cpp" line="341"/>
        <source>Listing %1</source>
        <translation>Auflisten von %1</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3objects.cpp" line="349"/>
        <source>The storage&apos;s listing of %1 is not valid XML.</source>
        <translation>Die Auflistung von %1 durch den Speicher ist kein gültiges XML.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3objects.cpp" line="387"/>
        <source>Reading the bucket&apos;s Object Lock configuration</source>
        <translation>Lesen der Object-Lock-Konfiguration des Buckets</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3objects.cpp" line="410"/>
        <source>%1 is not in the bucket after its upload.</source>
        <translation>%1 ist nach dem Hochladen nicht im Bucket.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3objects.cpp" line="412"/>
        <source>The bucket holds %1 bytes for %2; %3 were sent.</source>
        <translation>Der Bucket enthält %1 Bytes für %2; gesendet wurden %3.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3objects.cpp" line="424"/>
        <source>The bucket&apos;s checksum of %1 is not the one of the bytes sent (%2, expected %3).</source>
        <translation>Die Prüfsumme des Buckets für %1 ist nicht die der gesendeten Bytes (%2, erwartet %3).</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3objects.cpp" line="443"/>
        <source>Reading the retention of %1</source>
        <translation>Lesen der Aufbewahrung von %1</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3objects.cpp" line="461"/>
        <source>Reading the legal hold of %1</source>
        <translation>Lesen der rechtlichen Aufbewahrungspflicht von %1</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3objects.cpp" line="485"/>
        <source>The bucket did not keep the retention asked for %1 (%2): %3.</source>
        <translation>Der Bucket hat die für %1 verlangte Aufbewahrung (%2) nicht beibehalten: %3.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3upload.cpp" line="95"/>
        <source>Write after commit.</source>
        <translation>Schreibversuch nach dem Abschluss.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3upload.cpp" line="264"/>
        <source>Upload committed twice.</source>
        <translation>Upload zweimal abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3upload.cpp" line="353"/>
        <source>%1 was neither stored nor found; it is sent again.</source>
        <translation>%1 wurde weder gespeichert noch gefunden; es wird erneut gesendet.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3upload.cpp" line="361"/>
        <source>A different object already has the key %1 (%2 bytes); nothing was overwritten.</source>
        <translation>Ein anderes Objekt hat bereits den Schlüssel %1 (%2 Bytes); es wurde nichts überschrieben.</translation>
    </message>
</context>
<context>
    <name>rca::Session</name>
    <message>
        <location filename="../app/session.cpp" line="120"/>
        <source>This profile (%1) is a copy of the one in %2 and shares its sign-ins with it: signing in or out in one changes the other, and RingCentral accepts each sign-in&apos;s renewal once, so the two take it from each other. Use one of them, or give this one its own sign-ins with `%3` and connect it again.</source>
        <translation>Dieses Profil (%1) ist eine Kopie des Profils in %2 und teilt dessen Anmeldungen: An- oder Abmelden in einem ändert das andere, und RingCentral akzeptiert jede Erneuerung einer Anmeldung nur einmal, sodass die beiden sie sich gegenseitig wegnehmen. Verwenden Sie nur eines davon, oder geben Sie diesem mit `%3` eigene Anmeldungen und verbinden Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/session.cpp" line="157"/>
        <source>Plugin not loaded: %1</source>
        <translation>Plugin nicht geladen: %1</translation>
    </message>
</context>
<context>
    <name>rca::SetUpDescription</name>
    <message>
        <location filename="../core/storage/setupdescription.cpp" line="58"/>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../core/storage/setupdescription.cpp" line="60"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../core/storage/setupdescription.cpp" line="62"/>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../core/storage/setupdescription.cpp" line="64"/>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../core/storage/setupdescription.cpp" line="66"/>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../core/storage/setupdescription.cpp" line="68"/>
        <source>secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <location filename="../core/storage/setupdescription.cpp" line="83"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../core/storage/setupdescription.cpp" line="130"/>
        <source>%1 has no option &quot;%2&quot;. Its options: %3.</source>
        <translation>%1 hat keine Option „%2“. Seine Optionen: %3.</translation>
    </message>
    <message>
        <location filename="../core/storage/setupdescription.cpp" line="146"/>
        <source>&quot;%1&quot; is not a valid %2 (the &quot;%3&quot; option): use %4.</source>
        <translation>„%1“ ist kein gültiger Wert für %2 (die Option „%3“): verwenden Sie %4.</translation>
    </message>
    <message>
        <location filename="../core/storage/setupdescription.cpp" line="160"/>
        <source>&quot;%1&quot; is not a valid %2 (the &quot;%3&quot; option): use a whole number from %4 to %5.</source>
        <translation>„%1“ ist kein gültiger Wert für %2 (die Option „%3“): verwenden Sie eine ganze Zahl von %4 bis %5.</translation>
    </message>
    <message>
        <location filename="../core/storage/setupdescription.cpp" line="173"/>
        <source>&quot;%1&quot; is not a valid %2 (the &quot;%3&quot; option): use true or false.</source>
        <translation>„%1“ ist kein gültiger Wert für %2 (die Option „%3“): verwenden Sie true oder false.</translation>
    </message>
</context>
<context>
    <name>rca::SetUpForm</name>
    <message>
        <location filename="../ui/accounts/setupform.cpp" line="46"/>
        <source>Choose the archive folder</source>
        <translation>Archivordner auswählen</translation>
    </message>
    <message>
        <location filename="../ui/accounts/setupform.cpp" line="61"/>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <location filename="../ui/accounts/setupform.cpp" line="145"/>
        <source>&amp;Choose…</source>
        <translation>A&amp;uswählen…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/setupform.cpp" line="145"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/setupform.cpp" line="147"/>
        <location filename="../ui/accounts/setupform.cpp" line="153"/>
        <source>Choose: %1</source>
        <translation>Auswählen: %1</translation>
    </message>
</context>
<context>
    <name>rca::SettingsStore</name>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="33"/>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation>Unbekannte Einstellung „%1“.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="53"/>
        <source>true or false (or on/off, yes/no, 1/0)</source>
        <translation>true oder false (oder on/off, yes/no, 1/0)</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="56"/>
        <source>a whole number from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="60"/>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="62"/>
        <source>a date and time in ISO 8601 form, such as 2026-11-25T11:30:00Z</source>
        <translation>ein Datum mit Uhrzeit im Format ISO 8601, etwa 2026-11-25T11:30:00Z</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="64"/>
        <source>a JSON object, such as {&quot;path&quot;: &quot;/srv/archive&quot;}</source>
        <translation>ein JSON-Objekt, etwa {&quot;path&quot;: &quot;/srv/archive&quot;}</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="67"/>
        <source>a comma-separated list of call-recording, voicemail, sms, fax</source>
        <translation>eine kommagetrennte Liste aus call-recording, voicemail, sms, fax</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="70"/>
        <source>&quot;admin&quot; or &quot;extension&quot;</source>
        <translation>„admin“ oder „extension“</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="71"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="242"/>
        <source>Archive new recordings and messages every half hour.</source>
        <translation>Neue Aufzeichnungen und Nachrichten jede halbe Stunde archivieren.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="244"/>
        <source>Where the data comes from: &quot;ringcentral&quot; or &quot;demo&quot;.</source>
        <translation>Woher die Daten kommen: „ringcentral“ oder „demo“.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="246"/>
        <source>Non-secret settings of the source (server URLs, client id), as JSON.</source>
        <translation>Nicht geheime Einstellungen der Quelle (Server-URLs, Client-ID), als JSON.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="248"/>
        <source>What to archive: call-recording, voicemail, sms, fax, comma-separated.</source>
        <translation>Was archiviert wird: call-recording, voicemail, sms, fax, durch Kommas getrennt.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="250"/>
        <source>For administrators: &quot;admin&quot; archives the call recordings of every extension (Account Settings), &quot;extension&quot; the four types of your own (My Extension).</source>
        <translation>Für Administratoren: „admin“ archiviert die Anrufaufzeichnungen aller Nebenstellen (Kontoeinstellungen), „extension“ die vier Typen Ihrer eigenen (Meine Nebenstelle).</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="253"/>
        <source>Where the archive goes: &quot;local&quot;, &quot;sftp&quot;, &quot;dropbox&quot;, &quot;googledrive&quot;.</source>
        <translation>Wohin das Archiv geht: „local“, „sftp“, „dropbox“, „googledrive“.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="255"/>
        <source>Non-secret settings of the storage (folder, host, user), as JSON.</source>
        <translation>Nicht geheime Einstellungen des Speichers (Ordner, Host, Benutzer), als JSON.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="257"/>
        <source>The longest window one catch-up job covers, in hours.</source>
        <translation>Das längste Zeitfenster, das ein Nachhol-Auftrag abdeckt, in Stunden.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="258"/>
        <source>Write debug messages to the log.</source>
        <translation>Debug-Meldungen ins Protokoll schreiben.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="260"/>
        <source>Show a desktop notification when a job archived data.</source>
        <translation>Eine Desktop-Benachrichtigung anzeigen, wenn ein Auftrag Daten archiviert hat.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="262"/>
        <source>Show a desktop notification when a job failed.</source>
        <translation>Eine Desktop-Benachrichtigung anzeigen, wenn ein Auftrag fehlgeschlagen ist.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="264"/>
        <source>Show a desktop notification when a connection needs attention.</source>
        <translation>Eine Desktop-Benachrichtigung anzeigen, wenn eine Verbindung Aufmerksamkeit erfordert.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="266"/>
        <source>Once a week, check that the last 7 days are complete and intact in the storage.</source>
        <translation>Einmal pro Woche prüfen, ob die letzten 7 Tage vollständig und intakt im Speicher liegen.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="268"/>
        <source>When the weekly check of the archive last ran.</source>
        <translation>Wann die wöchentliche Archivprüfung zuletzt lief.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="270"/>
        <source>Whether the window has said that closing it keeps RC Archiver in the tray.</source>
        <translation>Ob das Fenster bereits mitgeteilt hat, dass RC Archiver beim Schließen im Infobereich bleibt.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="272"/>
        <source>The end of the last finished window.</source>
        <translation>Das Ende des letzten abgeschlossenen Zeitfensters.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="273"/>
        <source>Failed attempts at the current window.</source>
        <translation>Fehlgeschlagene Versuche für das aktuelle Zeitfenster.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="276"/>
        <source>When the current window is tried again.</source>
        <translation>Wann das aktuelle Zeitfenster erneut versucht wird.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="278"/>
        <source>Why the source needs the user, such as a refused sign-in.</source>
        <translation>Warum die Quelle den Benutzer benötigt, etwa wegen einer abgelehnten Anmeldung.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="280"/>
        <source>The size and position of the window.</source>
        <translation>Die Größe und Position des Fensters.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="281"/>
        <source>The tab the window shows.</source>
        <translation>Die Registerkarte, die das Fenster anzeigt.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="283"/>
        <source>The widths of the Logs tab&apos;s columns.</source>
        <translation>Die Spaltenbreiten der Registerkarte Protokolle.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="340"/>
        <location filename="../core/store/settingsstore.cpp" line="364"/>
        <source>Setting &quot;%1&quot; expects %2, not &quot;%3&quot;.</source>
        <translation>Die Einstellung „%1“ erwartet %2, nicht „%3“.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="343"/>
        <source>Could not save the setting &quot;%1&quot;</source>
        <translation>Die Einstellung „%1“ konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="381"/>
        <source>Could not reset the setting &quot;%1&quot;</source>
        <translation>Die Einstellung „%1“ konnte nicht zurückgesetzt werden</translation>
    </message>
</context>
<context>
    <name>rca::SftpConnector</name>
    <message>
        <location filename="../connectors/sftp/sftpconnectorsetup.cpp" line="39"/>
        <source>No keychain is available to keep the SFTP %1 in, and RC Archiver never stores it anywhere else.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, um %1 für SFTP darin aufzubewahren, und RC Archiver speichert solche Geheimnisse nirgendwo anders.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnectorsetup.cpp" line="188"/>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="242"/>
        <source>password</source>
        <translation>das Passwort</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnectorsetup.cpp" line="189"/>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="243"/>
        <source>key passphrase</source>
        <translation>die Passphrase des Schlüssels</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnectorsetup.cpp" line="88"/>
        <source>The folder %1 does not exist on %2. Create it, or choose another folder.</source>
        <translation>Der Ordner %1 existiert auf %2 nicht. Legen Sie ihn an oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnectorsetup.cpp" line="94"/>
        <source>%1 on %2 is not a folder.</source>
        <translation>%1 auf %2 ist kein Ordner.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnectorsetup.cpp" line="122"/>
        <source>Could not keep the SFTP %1 in the keychain: %2</source>
        <translation>Im Schlüsselbund konnte %1 für SFTP nicht aufbewahrt werden: %2</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnector.cpp" line="84"/>
        <source>The SFTP archive is not set up: no server is configured.</source>
        <translation>Das SFTP-Archiv ist nicht eingerichtet: Es ist kein Server konfiguriert.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnector.cpp" line="110"/>
        <source>The folder %1 no longer exists on %2. Is the server&apos;s disk mounted?</source>
        <translation>Der Ordner %1 existiert auf %2 nicht mehr. Ist die Festplatte des Servers eingehängt?</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnector.cpp" line="206"/>
        <source>The connection to the SFTP server %1 was lost again; this job stops and will be retried later.</source>
        <translation>Die Verbindung zum SFTP-Server %1 ist erneut abgebrochen; dieser Auftrag wird beendet und später erneut versucht.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnector.cpp" line="216"/>
        <source>The connection to the SFTP server %1 was lost and could not be made again: %2</source>
        <translation>Die Verbindung zum SFTP-Server %1 ist abgebrochen und konnte nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnectorsetup.cpp" line="192"/>
        <source>No keychain is available to read the SFTP %1 from.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, aus dem %1 für SFTP gelesen werden könnte.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnectorsetup.cpp" line="198"/>
        <source>Could not read the SFTP %1 from the keychain: %2</source>
        <translation>Aus dem Schlüsselbund konnte %1 für SFTP nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnectorsetup.cpp" line="203"/>
        <source>The SFTP %1 is not in the keychain any more. Connect the SFTP storage again.</source>
        <translation>Im Schlüsselbund ist %1 für SFTP nicht mehr vorhanden. Verbinden Sie den SFTP-Speicher erneut.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnector.cpp" line="293"/>
        <source>RC Archiver cannot write into the folder %1 on %2 (%3). Check the folder&apos;s permissions on the server.</source>
        <translation>RC Archiver kann nicht in den Ordner %1 auf %2 schreiben (%3). Prüfen Sie die Berechtigungen des Ordners auf dem Server.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnector.cpp" line="337"/>
        <source>The archive folder %1 on %2 is missing. Is the server&apos;s disk mounted?</source>
        <translation>Der Archivordner %1 auf %2 fehlt. Ist die Festplatte des Servers eingehängt?</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnector.cpp" line="414"/>
        <source>%1 on %2 is not a file.</source>
        <translation>%1 auf %2 ist keine Datei.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnector.cpp" line="497"/>
        <source>The path &quot;%1&quot; is absolute; only paths inside the archive folder are allowed.</source>
        <translation>Der Pfad „%1“ ist absolut; nur Pfade innerhalb des Archivordners sind erlaubt.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnector.cpp" line="504"/>
        <source>No file name was given.</source>
        <translation>Es wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnector.cpp" line="512"/>
        <source>The path &quot;%1&quot; was refused: &quot;%2&quot; is not a safe folder or file name.</source>
        <translation>Der Pfad „%1“ wurde abgelehnt: „%2“ ist kein sicherer Ordner- oder Dateiname.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnector.cpp" line="519"/>
        <source>The path &quot;%1&quot; was refused: &quot;%2&quot; is reserved for temporary files.</source>
        <translation>Der Pfad „%1“ wurde abgelehnt: „%2“ ist für temporäre Dateien reserviert.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="126"/>
        <source>Enter the SFTP server&apos;s host name (the &quot;host&quot; option).</source>
        <translation>Geben Sie den Hostnamen des SFTP-Servers ein (die Option „host“).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="131"/>
        <source>&quot;%1&quot; is not a port number.</source>
        <translation>„%1“ ist keine Portnummer.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="137"/>
        <source>Enter the user to sign in as (the &quot;user&quot; option).</source>
        <translation>Geben Sie den Benutzer ein, als der die Anmeldung erfolgen soll (die Option „user“).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="148"/>
        <source>Unknown sign-in method &quot;%1&quot;: use key, agent, password or keyboard-interactive.</source>
        <translation>Unbekannte Anmeldemethode „%1“: Verwenden Sie key, agent, password oder keyboard-interactive.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="168"/>
        <source>Choose the SSH key file to sign in with (the &quot;keyFile&quot; option).</source>
        <translation>Wählen Sie die SSH-Schlüsseldatei für die Anmeldung (die Option „keyFile“).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="180"/>
        <source>Enter the password for %1 (the &quot;password&quot; option).</source>
        <translation>Geben Sie das Passwort für %1 ein (die Option „password“).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="188"/>
        <source>Password for %1 on %2</source>
        <translation>Passwort für %1 auf %2</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="200"/>
        <source>&quot;%1&quot; is not a timeout in seconds (1 to 3600).</source>
        <translation>„%1“ ist kein Zeitlimit in Sekunden (1 bis 3600).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="205"/>
        <source>&quot;%1&quot; is not a number of parallel sessions (0 to %2).</source>
        <translation>„%1“ ist keine Anzahl paralleler Sitzungen (0 bis %2).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="212"/>
        <source>&quot;%1&quot; is not a file size in MiB.</source>
        <translation>„%1“ ist keine Dateigröße in MiB.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="254"/>
        <source>Trust %1?</source>
        <translation>%1 vertrauen?</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="255"/>
        <source>RC Archiver has not connected to %1 before. The server identifies itself with this %2 key:

%3

Compare it with the fingerprint your server&apos;s administrator gives you (on the server: ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub). Connect only if they are the same.</source>
        <translation>RC Archiver hat sich noch nie mit %1 verbunden. Der Server weist sich mit diesem %2-Schlüssel aus:

%3

Vergleichen Sie ihn mit dem Fingerabdruck, den Ihnen der Administrator des Servers nennt (auf dem Server: ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub). Verbinden Sie nur, wenn beide übereinstimmen.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="268"/>
        <source>Passphrase of the SSH key for %1</source>
        <translation>Passphrase des SSH-Schlüssels für %1</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="285"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="286"/>
        <source>The SFTP server&apos;s host name or address.</source>
        <translation>Hostname oder Adresse des SFTP-Servers.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="290"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="291"/>
        <source>The SSH port.</source>
        <translation>Der SSH-Port.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="293"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="294"/>
        <source>The user to sign in as (default: your user name here).</source>
        <translation>Der Benutzer, als der angemeldet wird (Standard: Ihr Benutzername hier).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="298"/>
        <source>Folder on the server</source>
        <translation>Ordner auf dem Server</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="299"/>
        <source>The folder on the server to archive into; it must exist.</source>
        <translation>Der Ordner auf dem Server, in den archiviert wird; er muss existieren.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="301"/>
        <source>The login folder</source>
        <translation>Der Anmeldeordner</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="303"/>
        <source>Sign-in method</source>
        <translation>Anmeldemethode</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="304"/>
        <source>How RC Archiver signs in: with a key file, through the SSH agent, or with a password.</source>
        <translation>Wie sich RC Archiver anmeldet: mit einer Schlüsseldatei, über den SSH-Agenten oder mit einem Passwort.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="310"/>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="316"/>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="311"/>
        <source>SSH agent</source>
        <translation>SSH-Agent</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="312"/>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="333"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="314"/>
        <source>Keyboard-interactive</source>
        <translation>Tastatur-interaktiv</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="317"/>
        <source>The private key file to sign in with (default: ~/.ssh/id_ed25519 or id_ecdsa).</source>
        <translation>Die private Schlüsseldatei für die Anmeldung (Standard: ~/.ssh/id_ed25519 oder id_ecdsa).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="325"/>
        <source>Key passphrase</source>
        <translation>Passphrase des Schlüssels</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="326"/>
        <source>The key file&apos;s passphrase, if it has one (kept in the keychain).</source>
        <translation>Die Passphrase der Schlüsseldatei, falls sie eine hat (im Schlüsselbund gespeichert).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="329"/>
        <source>Only if the key has one</source>
        <translation>Nur, wenn der Schlüssel eine hat</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="334"/>
        <source>The password on the server (kept in the keychain).</source>
        <translation>Das Passwort auf dem Server (im Schlüsselbund gespeichert).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="340"/>
        <source>Confirmed host key</source>
        <translation>Bestätigter Host-Schlüssel</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="341"/>
        <source>The server&apos;s host key fingerprint you checked (SHA256:…), to confirm a server connected to for the first time.</source>
        <translation>Der Fingerabdruck des Host-Schlüssels, den Sie geprüft haben (SHA256:…), um einen Server bei der ersten Verbindung zu bestätigen.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="346"/>
        <source>Known hosts file</source>
        <translation>Datei der bekannten Hosts</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="347"/>
        <source>Where confirmed host keys are kept (default: known_hosts in this profile&apos;s folder, so that each profile confirms its servers itself).</source>
        <translation>Wo bestätigte Host-Schlüssel aufbewahrt werden (Standard: known_hosts im Ordner dieses Profils, sodass jedes Profil seine Server selbst bestätigt).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="353"/>
        <source>Timeout (seconds)</source>
        <translation>Zeitlimit (Sekunden)</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="354"/>
        <source>Seconds to wait for the server before giving up on a connection or an operation.</source>
        <translation>Sekunden, die auf den Server gewartet wird, bevor eine Verbindung oder ein Vorgang aufgegeben wird.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="363"/>
        <source>Parallel upload sessions</source>
        <translation>Parallele Upload-Sitzungen</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="364"/>
        <source>Extra SSH sessions that upload parts of a large file at the same time (0 writes every file through one session).</source>
        <translation>Zusätzliche SSH-Sitzungen, die Teile einer großen Datei gleichzeitig hochladen (0 schreibt jede Datei über eine Sitzung).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="374"/>
        <source>Parallel upload from (MiB)</source>
        <translation>Paralleler Upload ab (MiB)</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="375"/>
        <source>The file size in MiB from which the extra sessions are used.</source>
        <translation>Die Dateigröße in MiB, ab der die zusätzlichen Sitzungen genutzt werden.</translation>
    </message>
</context>
<context>
    <name>rca::SingleInstance</name>
    <message>
        <location filename="../ui/tray/singleinstance.cpp" line="87"/>
        <source>Another RC Archiver is running but does not answer.</source>
        <translation>Eine andere Instanz von RC Archiver läuft, antwortet aber nicht.</translation>
    </message>
    <message>
        <location filename="../ui/tray/singleinstance.cpp" line="155"/>
        <source>Cannot listen for other launches of RC Archiver: %1</source>
        <translation>Weitere Starts von RC Archiver können nicht empfangen werden: %1</translation>
    </message>
</context>
<context>
    <name>rca::SourceFactory</name>
    <message>
        <location filename="../core/sources/sourcefactory.cpp" line="40"/>
        <source>%1 (ext. %2%3)</source>
        <translation>%1 (Nst. %2%3)</translation>
    </message>
    <message>
        <location filename="../core/sources/sourcefactory.cpp" line="42"/>
        <source>, administrator</source>
        <translation>, Administrator</translation>
    </message>
    <message>
        <location filename="../core/sources/sourcefactory.cpp" line="53"/>
        <source>No source is connected.</source>
        <translation>Es ist keine Quelle verbunden.</translation>
    </message>
    <message>
        <location filename="../core/sources/sourcefactory.cpp" line="79"/>
        <source>Unknown source &quot;%1&quot;.</source>
        <translation>Unbekannte Quelle „%1“.</translation>
    </message>
</context>
<context>
    <name>rca::SqliteFile</name>
    <message>
        <location filename="../core/store/sqlitefile.cpp" line="37"/>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
</context>
<context>
    <name>rca::StatusCommand</name>
    <message>
        <location filename="../app/commands/status.cpp" line="28"/>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <location filename="../app/commands/status.cpp" line="29"/>
        <source>Profile:  %1</source>
        <translation>Profil:    %1</translation>
    </message>
    <message>
        <location filename="../app/commands/status.cpp" line="32"/>
        <source>Source:   %1</source>
        <translation>Quelle:    %1</translation>
    </message>
    <message>
        <location filename="../app/commands/status.cpp" line="35"/>
        <source>Needs attention: %1</source>
        <translation>Erfordert Aufmerksamkeit: %1</translation>
    </message>
    <message>
        <location filename="../app/commands/status.cpp" line="36"/>
        <source>Storage:  %1</source>
        <translation>Speicher:  %1</translation>
    </message>
    <message>
        <location filename="../app/commands/status.cpp" line="45"/>
        <source>Protected: nothing archived can be deleted before %1</source>
        <translation>Geschützt: Nichts Archiviertes kann vor dem %1 gelöscht werden</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commands/status.cpp" line="48"/>
        <source> (%n archived file(s) without a retention date)</source>
        <translation>
            <numerusform> (%n archivierte Datei ohne Aufbewahrungsdatum)</numerusform>
            <numerusform> (%n archivierte Dateien ohne Aufbewahrungsdatum)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/commands/status.cpp" line="52"/>
        <source>Backup:   %1</source>
        <translation>Sicherung: %1</translation>
    </message>
    <message>
        <location filename="../app/commands/status.cpp" line="52"/>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <location filename="../app/commands/status.cpp" line="52"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../app/commands/status.cpp" line="55"/>
        <source>Archived up to: %1</source>
        <translation>Archiviert bis: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commands/status.cpp" line="59"/>
        <source>The last job failed %n time(s); waiting for a manual retry (run-once).</source>
        <translation>
            <numerusform>Der letzte Auftrag ist %n Mal fehlgeschlagen; er wartet auf einen manuellen erneuten Versuch (run-once).</numerusform>
            <numerusform>Der letzte Auftrag ist %n Mal fehlgeschlagen; er wartet auf einen manuellen erneuten Versuch (run-once).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commands/status.cpp" line="62"/>
        <source>The last job failed %n time(s); next retry at %1.</source>
        <translation>
            <numerusform>Der letzte Auftrag ist %n Mal fehlgeschlagen; nächster Versuch am %1.</numerusform>
            <numerusform>Der letzte Auftrag ist %n Mal fehlgeschlagen; nächster Versuch am %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/commands/status.cpp" line="67"/>
        <source>Next job: %1</source>
        <translation>Nächster Auftrag: %1</translation>
    </message>
    <message>
        <location filename="../app/commands/status.cpp" line="69"/>
        <source>Last job: %1 %2</source>
        <translation>Letzter Auftrag: %1 %2</translation>
    </message>
    <message>
        <location filename="../app/commands/status.cpp" line="76"/>
        <source>Archived items: %1</source>
        <translation>Archivierte Elemente: %1</translation>
    </message>
    <message>
        <location filename="../app/commands/status.cpp" line="78"/>
        <source>Items waiting: %1 to be retried, %2 need a manual retry</source>
        <translation>Wartende Elemente: %1 werden erneut versucht, %2 brauchen einen manuellen erneuten Versuch</translation>
    </message>
</context>
<context>
    <name>rca::StopSignals</name>
    <message>
        <location filename="../app/stopsignals.cpp" line="63"/>
        <source>Stopping: the job ends after the current step and is marked interrupted (again to quit at once).</source>
        <translation>Wird angehalten: Der Auftrag endet nach dem aktuellen Schritt und wird als unterbrochen markiert (erneut, um sofort zu beenden).</translation>
    </message>
</context>
<context>
    <name>rca::StorageConnector</name>
    <message>
        <location filename="../core/storage/storageconnector.cpp" line="25"/>
        <source>This storage offers no connection test.</source>
        <translation>Dieser Speicher bietet keinen Verbindungstest.</translation>
    </message>
</context>
<context>
    <name>rca::SyncOptionsPage</name>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="70"/>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="72"/>
        <source>&amp;Enable backup</source>
        <translation>Sicherung &amp;aktivieren</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="74"/>
        <source>Enable backup</source>
        <translation>Sicherung aktivieren</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="75"/>
        <source>Archive new recordings and messages every half hour</source>
        <translation>Neue Aufzeichnungen und Nachrichten jede halbe Stunde archivieren</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="79"/>
        <source>&amp;Check the archive every week</source>
        <translation>Archiv &amp;wöchentlich prüfen</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="81"/>
        <source>Check the archive every week</source>
        <translation>Archiv wöchentlich prüfen</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="83"/>
        <source>Once a week, RC Archiver checks that every recording and message of the last 7 days is in the storage and intact. The result is in the Logs tab; a notification says when something is missing or damaged.</source>
        <translation>Einmal pro Woche prüft RC Archiver, ob jede Aufzeichnung und jede Nachricht der letzten 7 Tage im Speicher und intakt ist. Das Ergebnis steht auf der Registerkarte Protokolle; eine Benachrichtigung meldet, wenn etwas fehlt oder beschädigt ist.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="108"/>
        <source>What to archive</source>
        <translation>Was archiviert wird</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="114"/>
        <source>&amp;Account Settings</source>
        <translation>Kon&amp;toeinstellungen</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="116"/>
        <source>Account Settings: every extension you manage</source>
        <translation>Kontoeinstellungen: alle Nebenstellen, die Sie verwalten</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="117"/>
        <source>&amp;My Extension</source>
        <translation>Meine &amp;Nebenstelle</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="119"/>
        <source>My Extension: your own extension</source>
        <translation>Meine Nebenstelle: Ihre eigene Nebenstelle</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="133"/>
        <source>Call Recordings</source>
        <translation>Anrufaufzeichnungen</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="134"/>
        <source>Voice Mails</source>
        <translation>Sprachnachrichten</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="135"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="136"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="149"/>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="158"/>
        <source>Progress of the running job</source>
        <translation>Fortschritt des laufenden Auftrags</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="160"/>
        <source>&amp;Run now</source>
        <translation>&amp;Jetzt ausführen</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="162"/>
        <source>Run the due jobs now</source>
        <translation>Fällige Aufträge jetzt ausführen</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="177"/>
        <source>Archive from</source>
        <translation>Archivieren ab</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="180"/>
        <source>Archive to</source>
        <translation>Archivieren bis</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="186"/>
        <source>Archive &amp;range</source>
        <translation>&amp;Zeitraum archivieren</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="188"/>
        <source>Archive the chosen past days now</source>
        <translation>Die gewählten vergangenen Tage jetzt archivieren</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="189"/>
        <source>Archive past days &amp;from</source>
        <translation>Vergangene Tage archivieren &amp;von</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="191"/>
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="200"/>
        <source>RingCentral keeps recordings for about %1 days; items already archived are skipped.</source>
        <translation>RingCentral bewahrt Aufzeichnungen etwa %1 Tage auf; bereits archivierte Elemente werden übersprungen.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="213"/>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="215"/>
        <source>Start RC Archiver when I &amp;log in</source>
        <translation>RC Archiver beim An&amp;melden starten</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="217"/>
        <source>Start RC Archiver at login, in the tray</source>
        <translation>RC Archiver bei der Anmeldung im Infobereich starten</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="230"/>
        <source>Notify me when a job &amp;archived recordings or messages</source>
        <translation>Benachrichtigen, wenn ein Auftrag Aufzeichnungen oder Nachrichten a&amp;rchiviert hat</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="231"/>
        <source>Notify me when a job &amp;failed</source>
        <translation>Benachrichtigen, wenn ein Auftrag &amp;fehlgeschlagen ist</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="232"/>
        <source>Notify me when a connection &amp;needs attention</source>
        <translation>Benachrichtigen, wenn eine Verbindung Aufmerksamkeit &amp;erfordert</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="270"/>
        <source>Connect RingCentral and a storage on the Accounts tab first.</source>
        <translation>Verbinden Sie zuerst RingCentral und einen Speicher auf der Registerkarte Konten.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="272"/>
        <source>Made-up recordings and messages of the demo are archived every half hour, about two hours after their time.</source>
        <translation>Die fiktiven Aufzeichnungen und Nachrichten der Demo werden jede halbe Stunde archiviert, etwa zwei Stunden nach ihrem Zeitpunkt.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="275"/>
        <source>New recordings and messages are archived every half hour, about two hours after they were made.</source>
        <translation>Neue Aufzeichnungen und Nachrichten werden jede halbe Stunde archiviert, etwa zwei Stunden nach ihrer Entstehung.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="278"/>
        <source>Backup is off: nothing is archived until you enable it.</source>
        <translation>Die Sicherung ist aus: Es wird nichts archiviert, bis Sie sie aktivieren.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="314"/>
        <source>The demo makes up items of all four types.</source>
        <translation>Die Demo erzeugt fiktive Elemente aller vier Typen.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="370"/>
        <source>No job is planned: archiving failed repeatedly. Fix the cause, then use Run now.</source>
        <translation>Kein Auftrag geplant: Die Archivierung ist wiederholt fehlgeschlagen. Beheben Sie die Ursache und verwenden Sie dann „Jetzt ausführen“.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="372"/>
        <source>No job is planned while backup is off.</source>
        <translation>Solange die Sicherung aus ist, ist kein Auftrag geplant.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="388"/>
        <source>Archiving %1…</source>
        <translation>%1 wird archiviert…</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="316"/>
        <source>Call recordings of every extension you manage.</source>
        <translation>Anrufaufzeichnungen aller Nebenstellen, die Sie verwalten.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="65"/>
        <source>No job has run yet.</source>
        <translation>Es wurde noch kein Auftrag ausgeführt.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="317"/>
        <source>Recordings and messages of your own extension.</source>
        <translation>Aufzeichnungen und Nachrichten Ihrer eigenen Nebenstelle.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="354"/>
        <source>Choose days before today: the last hour and a half is archived by the schedule.</source>
        <translation>Wählen Sie Tage vor heute: Die letzten anderthalb Stunden archiviert der Zeitplan.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="375"/>
        <source>Next job: %1</source>
        <translation>Nächster Auftrag: %1</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="382"/>
        <source>Checking the archive…</source>
        <translation>Archiv wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="403"/>
        <source>%1 of %2 items · %3</source>
        <translation>%1 von %2 Elementen · %3</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="424"/>
        <source>Last check of the archive: %1 at %2.</source>
        <translation>Letzte Archivprüfung: %1 am %2.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="429"/>
        <source>Last job: %1 at %2. Items archived: %3.</source>
        <translation>Letzter Auftrag: %1 am %2. Archivierte Elemente: %3.</translation>
    </message>
</context>
<context>
    <name>rca::ssh::KnownHosts</name>
    <message>
        <location filename="../connectors/sftp/knownhosts.cpp" line="106"/>
        <source>the server&apos;s host key has a type libssh2 cannot check</source>
        <translation>der Host-Schlüssel des Servers hat einen Typ, den libssh2 nicht prüfen kann</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/knownhosts.cpp" line="134"/>
        <location filename="../connectors/sftp/knownhosts.cpp" line="262"/>
        <source>could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/knownhosts.cpp" line="196"/>
        <source>unsupported host key type</source>
        <translation>nicht unterstützter Host-Schlüsseltyp</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/knownhosts.cpp" line="228"/>
        <location filename="../connectors/sftp/knownhosts.cpp" line="285"/>
        <source>could not create the folder %1</source>
        <translation>der Ordner %1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/knownhosts.cpp" line="240"/>
        <location filename="../connectors/sftp/knownhosts.cpp" line="246"/>
        <location filename="../connectors/sftp/knownhosts.cpp" line="291"/>
        <source>could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>rca::ssh::Libssh2</name>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="38"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="39"/>
        <source>%1 (libssh2 error %2)</source>
        <translation>%1 (libssh2-Fehler %2)</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="48"/>
        <source>no error</source>
        <translation>kein Fehler</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="50"/>
        <source>end of file</source>
        <translation>Dateiende</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="52"/>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="54"/>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="56"/>
        <source>the server reported a failure</source>
        <translation>der Server hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="58"/>
        <source>the server did not understand the request</source>
        <translation>der Server hat die Anfrage nicht verstanden</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="62"/>
        <source>the connection was lost</source>
        <translation>die Verbindung ist abgebrochen</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="64"/>
        <source>the server does not support this operation</source>
        <translation>der Server unterstützt diesen Vorgang nicht</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="67"/>
        <source>invalid handle</source>
        <translation>ungültiges Handle</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="69"/>
        <source>no such path</source>
        <translation>Pfad nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="71"/>
        <source>the file already exists</source>
        <translation>die Datei existiert bereits</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="73"/>
        <source>the storage is write-protected</source>
        <translation>der Speicher ist schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="75"/>
        <source>no media</source>
        <translation>kein Medium</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="77"/>
        <source>no space left on the server&apos;s disk</source>
        <translation>kein Platz mehr auf der Festplatte des Servers</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="80"/>
        <source>the disk quota is exceeded</source>
        <translation>das Speicherkontingent ist überschritten</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="82"/>
        <source>unknown user or group</source>
        <translation>unbekannter Benutzer oder unbekannte Gruppe</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="84"/>
        <source>the file is locked</source>
        <translation>die Datei ist gesperrt</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="86"/>
        <source>the folder is not empty</source>
        <translation>der Ordner ist nicht leer</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="88"/>
        <source>not a folder</source>
        <translation>kein Ordner</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="90"/>
        <source>the server refused the file name</source>
        <translation>der Server hat den Dateinamen abgelehnt</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="92"/>
        <source>too many symbolic links</source>
        <translation>zu viele symbolische Links</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="94"/>
        <source>SFTP status %1</source>
        <translation>SFTP-Status %1</translation>
    </message>
</context>
<context>
    <name>rca::ssh::ParallelWriters</name>
    <message>
        <location filename="../connectors/sftp/parallelwriters.cpp" line="64"/>
        <source>No parallel upload is in progress.</source>
        <translation>Es läuft kein paralleler Upload.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/parallelwriters.cpp" line="157"/>
        <source>write</source>
        <translation>Schreiben von</translation>
    </message>
</context>
<context>
    <name>rca::ssh::SftpArchiveReader</name>
    <message>
        <location filename="../connectors/sftp/sftparchivereader.cpp" line="31"/>
        <source>The file %1 does not exist on %2.</source>
        <translation>Die Datei %1 existiert auf %2 nicht.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftparchivereader.cpp" line="67"/>
        <source>%1 on %2 is not a folder (or is a symbolic link); it is not listed.</source>
        <translation>%1 auf %2 ist kein Ordner (oder ist ein symbolischer Link); er wird nicht aufgelistet.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftparchivereader.cpp" line="127"/>
        <source>read</source>
        <translation>Lesen von</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftparchivereader.cpp" line="140"/>
        <source>%1 on %2 is not a file (or is a symbolic link); it is not read.</source>
        <translation>%1 auf %2 ist keine Datei (oder ist ein symbolischer Link); sie wird nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>rca::ssh::SftpUpload</name>
    <message>
        <location filename="../connectors/sftp/sftpupload.cpp" line="159"/>
        <location filename="../connectors/sftp/sftpupload.cpp" line="299"/>
        <source>The upload of %1 is already finished.</source>
        <translation>Das Hochladen von %1 ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpfinish.cpp" line="31"/>
        <location filename="../connectors/sftp/sftpupload.cpp" line="77"/>
        <source>write</source>
        <translation>Schreiben von</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpupload.cpp" line="83"/>
        <source>The SFTP server %1 stopped acknowledging the data written to %2.</source>
        <translation>Der SFTP-Server %1 hat aufgehört, die nach %2 geschriebenen Daten zu bestätigen.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpupload.cpp" line="234"/>
        <source>The connection to the SFTP server %1 was lost while uploading %2.</source>
        <translation>Die Verbindung zum SFTP-Server %1 ist beim Hochladen von %2 abgebrochen.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpfinish.cpp" line="62"/>
        <source>save to disk (fsync)</source>
        <translation>Speichern auf dem Datenträger (fsync) von</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpfinish.cpp" line="148"/>
        <location filename="../connectors/sftp/sftpfinish.cpp" line="163"/>
        <source>finish writing</source>
        <translation>Abschließen des Schreibens von</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpfinish.cpp" line="192"/>
        <source>%1 The file was not put in place.</source>
        <translation>%1 Die Datei wurde nicht an ihren Platz gebracht.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpfinish.cpp" line="201"/>
        <source>check the size of</source>
        <translation>Prüfen der Größe von</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpfinish.cpp" line="204"/>
        <source>The SFTP server reports %1 bytes in the temporary file for %2, but %3 were written; it will be written again.</source>
        <translation>Der SFTP-Server meldet %1 Bytes in der temporären Datei für %2, geschrieben wurden aber %3; sie wird erneut geschrieben.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpupload.cpp" line="366"/>
        <source>%1 on %2 is a folder, not a file; it was not replaced.</source>
        <translation>%1 auf %2 ist ein Ordner, keine Datei; er wurde nicht ersetzt.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpupload.cpp" line="444"/>
        <source>A different file (%1 bytes, not %2) already exists at %3 on %4; it was not overwritten.</source>
        <translation>Unter %3 auf %4 gibt es bereits eine andere Datei (%1 Bytes, nicht %2); sie wurde nicht überschrieben.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpupload.cpp" line="451"/>
        <source>Something other than a file already exists at %1 on %2; it was not overwritten.</source>
        <translation>Unter %1 auf %2 gibt es bereits etwas anderes als eine Datei; es wurde nicht überschrieben.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpupload.cpp" line="472"/>
        <source>A different file of the same size already exists at %1 on %2; it was not overwritten.</source>
        <translation>Unter %1 auf %2 gibt es bereits eine andere Datei derselben Größe; sie wurde nicht überschrieben.</translation>
    </message>
</context>
<context>
    <name>rca::ssh::SshSession</name>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="28"/>
        <source>RC Archiver uses libssh2 %1 here, which can sign with RSA keys only as &quot;ssh-rsa&quot; (SHA-1); current OpenSSH servers (8.8 and later) refuse that. Use an ed25519 key instead: create one with `ssh-keygen -t ed25519`, add its public key to the user&apos;s ~/.ssh/authorized_keys on the server, and connect with it (an ECDSA key or a password work too).</source>
        <translation>RC Archiver verwendet hier libssh2 %1, das mit RSA-Schlüsseln nur als „ssh-rsa“ (SHA-1) signieren kann; aktuelle OpenSSH-Server (ab 8.8) lehnen das ab. Verwenden Sie stattdessen einen ed25519-Schlüssel: Erzeugen Sie einen mit `ssh-keygen -t ed25519`, fügen Sie seinen öffentlichen Schlüssel auf dem Server zur ~/.ssh/authorized_keys des Benutzers hinzu und verbinden Sie sich damit (ein ECDSA-Schlüssel oder ein Passwort funktionieren auch).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="50"/>
        <location filename="../connectors/sftp/sshauth.cpp" line="155"/>
        <location filename="../connectors/sftp/sshauth.cpp" line="267"/>
        <source>sign-in</source>
        <translation>der Anmeldung</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="56"/>
        <source>The SFTP server %1 does not accept %2 for %3 (it offers: %4). Choose another sign-in method.</source>
        <translation>Der SFTP-Server %1 akzeptiert für %3 keine %2 (er bietet an: %4). Wählen Sie eine andere Anmeldemethode.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="67"/>
        <location filename="../connectors/sftp/sshauth.cpp" line="71"/>
        <source>keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="75"/>
        <source>passwords</source>
        <translation>Passwörter</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="79"/>
        <source>keyboard-interactive sign-in</source>
        <translation>Keyboard-Interactive-Anmeldung</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="92"/>
        <source>Could not read the SSH key file %1: %2.</source>
        <translation>Die SSH-Schlüsseldatei %1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="97"/>
        <source>%1 is a PuTTY key file, which libssh2 cannot read. Convert it to the OpenSSH format (PuTTYgen: Conversions &gt; Export OpenSSH key, or `puttygen KEY.ppk -O private-openssh -o KEY`).</source>
        <translation>%1 ist eine PuTTY-Schlüsseldatei, die libssh2 nicht lesen kann. Konvertieren Sie sie in das OpenSSH-Format (PuTTYgen: Conversions &gt; Export OpenSSH key, oder `puttygen KEY.ppk -O private-openssh -o KEY`).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="104"/>
        <source>The SSH key file %1 is protected by a passphrase; enter it to connect (the &quot;passphrase&quot; option).</source>
        <translation>Die SSH-Schlüsseldatei %1 ist durch eine Passphrase geschützt; geben Sie sie zum Verbinden ein (die Option „passphrase“).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="123"/>
        <source>Could not unlock the SSH key file %1: the passphrase is wrong (or libssh2 %2 cannot decrypt this kind of key).</source>
        <translation>Die SSH-Schlüsseldatei %1 konnte nicht entsperrt werden: Die Passphrase ist falsch (oder libssh2 %2 kann diese Art von Schlüssel nicht entschlüsseln).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="129"/>
        <source>libssh2 %1 could not read the SSH key file %2 (%3 format): %4. Use an ed25519 or ECDSA key in the OpenSSH format.</source>
        <translation>libssh2 %1 konnte die SSH-Schlüsseldatei %2 nicht lesen (Format %3): %4. Verwenden Sie einen ed25519- oder ECDSA-Schlüssel im OpenSSH-Format.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="135"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="142"/>
        <source>The SFTP server refused the RSA key %1 for %2. %3</source>
        <translation>Der SFTP-Server hat den RSA-Schlüssel %1 für %2 abgelehnt. %3</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="147"/>
        <source>The SFTP server %1:%2 refused the %3 key %4 for %5. Add its public key to ~/.ssh/authorized_keys of %5 on the server, or choose another key.</source>
        <translation>Der SFTP-Server %1:%2 hat den %3-Schlüssel %4 für %5 abgelehnt. Fügen Sie seinen öffentlichen Schlüssel auf dem Server zur ~/.ssh/authorized_keys von %5 hinzu, oder wählen Sie einen anderen Schlüssel.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="163"/>
        <source>Could not use ssh-agent: %1</source>
        <translation>ssh-agent konnte nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="169"/>
        <source>No ssh-agent is available to sign in with (SSH_AUTH_SOCK is not set for RC Archiver). Start ssh-agent and add a key with ssh-add, or choose another sign-in method.</source>
        <translation>Für die Anmeldung ist kein ssh-agent verfügbar (SSH_AUTH_SOCK ist für RC Archiver nicht gesetzt). Starten Sie ssh-agent und fügen Sie mit ssh-add einen Schlüssel hinzu, oder wählen Sie eine andere Anmeldemethode.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="174"/>
        <source>Could not reach ssh-agent at %1: %2. Is it running?</source>
        <translation>ssh-agent unter %1 ist nicht erreichbar: %2. Läuft er?</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="180"/>
        <source>Could not list the keys in ssh-agent: %1</source>
        <translation>Die Schlüssel in ssh-agent konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="202"/>
        <source>sign-in with ssh-agent</source>
        <translation>der Anmeldung mit ssh-agent</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="205"/>
        <source>ssh-agent holds no keys. Add one with ssh-add, or choose another sign-in method.</source>
        <translation>ssh-agent enthält keine Schlüssel. Fügen Sie mit ssh-add einen hinzu, oder wählen Sie eine andere Anmeldemethode.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="210"/>
        <source>The SFTP server refused the RSA key(s) in ssh-agent for %1. %2</source>
        <translation>Der SFTP-Server hat den/die RSA-Schlüssel in ssh-agent für %1 abgelehnt. %2</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="215"/>
        <source>The SFTP server %1:%2 refused every key in ssh-agent (%3) for %4. Add one of their public keys to ~/.ssh/authorized_keys of %4 on the server.%5</source>
        <translation>Der SFTP-Server %1:%2 hat jeden Schlüssel in ssh-agent (%3) für %4 abgelehnt. Fügen Sie einen ihrer öffentlichen Schlüssel auf dem Server zur ~/.ssh/authorized_keys von %4 hinzu.%5</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="223"/>
        <source> (RSA keys cannot work here: </source>
        <translation> (RSA-Schlüssel können hier nicht funktionieren: </translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="233"/>
        <source>No password is stored for %1; connect again and enter it.</source>
        <translation>Für %1 ist kein Passwort gespeichert; verbinden Sie erneut und geben Sie es ein.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="254"/>
        <source>The password of %1 on the SFTP server has expired. Change it on the server, then connect again.</source>
        <translation>Das Passwort von %1 auf dem SFTP-Server ist abgelaufen. Ändern Sie es auf dem Server und verbinden Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="261"/>
        <source>The SFTP server %1:%2 refused the password for %3. Connect again with the right password.</source>
        <translation>Der SFTP-Server %1:%2 hat das Passwort für %3 abgelehnt. Verbinden Sie erneut mit dem richtigen Passwort.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsocket.cpp" line="32"/>
        <source>socket error %1</source>
        <translation>Socket-Fehler %1</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsocket.cpp" line="75"/>
        <source>Could not find the SFTP server &quot;%1&quot;: %2. Check the host name and the network connection.</source>
        <translation>Der SFTP-Server „%1“ wurde nicht gefunden: %2. Prüfen Sie den Hostnamen und die Netzwerkverbindung.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsocket.cpp" line="93"/>
        <source>Could not connect to the SFTP server %1: %2.</source>
        <translation>Keine Verbindung zum SFTP-Server %1 möglich: %2.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsocket.cpp" line="124"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsocket.cpp" line="128"/>
        <source>the server did not answer in time</source>
        <translation>der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsession.cpp" line="71"/>
        <source>Could not start an SSH session (out of memory?).</source>
        <translation>Es konnte keine SSH-Sitzung gestartet werden (Speicher erschöpft?).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsession.cpp" line="80"/>
        <source>The SFTP server %1:%2 and RC Archiver (libssh2 %3) have no key exchange, host key or cipher algorithm in common: %4. The server may be very old, or configured to accept only algorithms this libssh2 lacks.</source>
        <translation>Der SFTP-Server %1:%2 und RC Archiver (libssh2 %3) haben keinen gemeinsamen Schlüsselaustausch-, Host-Schlüssel- oder Verschlüsselungsalgorithmus: %4. Der Server ist vielleicht sehr alt oder so eingerichtet, dass er nur Algorithmen akzeptiert, die dieser libssh2 fehlen.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsession.cpp" line="92"/>
        <source>the SSH handshake</source>
        <translation>des SSH-Handshakes</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsession.cpp" line="106"/>
        <source>The server %1 does not offer SFTP (its &quot;sftp&quot; subsystem is not enabled): %2</source>
        <translation>Der Server %1 bietet kein SFTP an (sein Subsystem „sftp“ ist nicht aktiviert): %2</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsession.cpp" line="111"/>
        <source>starting SFTP</source>
        <translation>des SFTP-Starts</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsession.cpp" line="130"/>
        <source>reading the server&apos;s host key</source>
        <translation>des Lesens des Host-Schlüssels des Servers</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsession.cpp" line="156"/>
        <source>Could not copy the confirmed host keys of %1 from %2 to %3: %4.</source>
        <translation>Die bestätigten Host-Schlüssel von %1 konnten nicht von %2 nach %3 kopiert werden: %4.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsession.cpp" line="175"/>
        <source>Could not check the host key of the SFTP server %1: %2.</source>
        <translation>Der Host-Schlüssel des SFTP-Servers %1 konnte nicht geprüft werden: %2.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsession.cpp" line="182"/>
        <source>The SFTP server %1 presents the %2 key %3, which is marked as revoked in %4. RC Archiver did not sign in. Ask the server&apos;s administrator for a new key.</source>
        <translation>Der SFTP-Server %1 legt den %2-Schlüssel %3 vor, der in %4 als widerrufen markiert ist. RC Archiver hat sich nicht angemeldet. Bitten Sie den Administrator des Servers um einen neuen Schlüssel.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsession.cpp" line="193"/>
        <source>WARNING: the identity of the SFTP server %1 has changed. It now presents the %2 key %3, which is not the key confirmed earlier (recorded in %4). Someone could be intercepting the connection (a man-in-the-middle attack), or the server was reinstalled or its keys were replaced. RC Archiver did not sign in and sent nothing. Ask the server&apos;s administrator whether the key changed. If it did, and the fingerprint above is the new one, remove the old entry with `ssh-keygen -R &apos;%5&apos; -f &apos;%4&apos;` and connect again to confirm the new key.</source>
        <translation>WARNUNG: Die Identität des SFTP-Servers %1 hat sich geändert. Er legt jetzt den %2-Schlüssel %3 vor, der nicht der früher bestätigte Schlüssel ist (vermerkt in %4). Jemand könnte die Verbindung abfangen (ein Man-in-the-Middle-Angriff), oder der Server wurde neu installiert bzw. seine Schlüssel wurden ersetzt. RC Archiver hat sich nicht angemeldet und nichts gesendet. Fragen Sie den Administrator des Servers, ob sich der Schlüssel geändert hat. Falls ja und der obige Fingerabdruck der neue ist, entfernen Sie den alten Eintrag mit `ssh-keygen -R &apos;%5&apos; -f &apos;%4&apos;` und verbinden Sie erneut, um den neuen Schlüssel zu bestätigen.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsession.cpp" line="214"/>
        <source>The SFTP server %1 is not known yet: RC Archiver has not confirmed its identity. Its %2 host key has the fingerprint %3. Make sure this is the server&apos;s key (ask its administrator, who can run `ssh-keygen -lf` on the server&apos;s public host key), then confirm it: in the Accounts tab, or on the command line by running `rc-archiver connect sftp` again with `--accept-host-key %3`.</source>
        <translation>Der SFTP-Server %1 ist noch nicht bekannt: RC Archiver hat seine Identität nicht bestätigt. Sein %2-Host-Schlüssel hat den Fingerabdruck %3. Vergewissern Sie sich, dass dies der Schlüssel des Servers ist (fragen Sie seinen Administrator, der `ssh-keygen -lf` auf den öffentlichen Host-Schlüssel des Servers anwenden kann), und bestätigen Sie ihn dann: auf der Registerkarte Konten oder auf der Kommandozeile, indem Sie `rc-archiver connect sftp` erneut mit `--accept-host-key %3` ausführen.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsession.cpp" line="228"/>
        <source>The %2 host key of the SFTP server %1 has the fingerprint %3, not the confirmed %4. RC Archiver did not sign in. Check the fingerprint with the server&apos;s administrator.</source>
        <translation>Der %2-Host-Schlüssel des SFTP-Servers %1 hat den Fingerabdruck %3, nicht den bestätigten %4. RC Archiver hat sich nicht angemeldet. Prüfen Sie den Fingerabdruck mit dem Administrator des Servers.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsession.cpp" line="242"/>
        <source>Could not remember the host key of %1 in %2: %3.</source>
        <translation>Der Host-Schlüssel von %1 konnte nicht in %2 vermerkt werden: %3.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsession.cpp" line="257"/>
        <source>The SFTP server %1 did not answer within %2 s during %3.</source>
        <translation>Der SFTP-Server %1 hat während %3 nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsession.cpp" line="264"/>
        <source>The connection to the SFTP server %1 failed during %2: %3.</source>
        <translation>Die Verbindung zum SFTP-Server %1 ist während %2 fehlgeschlagen: %3.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsessionsftp.cpp" line="18"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsessionsftp.cpp" line="23"/>
        <source>The server&apos;s disk is full or your quota is used up (%1): could not %2 %3. Free some space on the server.</source>
        <translation>Die Festplatte des Servers ist voll oder Ihr Kontingent ist aufgebraucht (%1): %2 %3 war nicht möglich. Geben Sie auf dem Server Speicherplatz frei.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsessionsftp.cpp" line="31"/>
        <source>Permission denied: could not %1 %2. Check that %3 may write there.</source>
        <translation>Zugriff verweigert: %1 %2 war nicht möglich. Prüfen Sie, ob %3 dort schreiben darf.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsessionsftp.cpp" line="37"/>
        <source>Could not %1 %2: %3.</source>
        <translation>%1 %2 war nicht möglich: %3.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsessionsftp.cpp" line="46"/>
        <source>The SFTP server %1 did not answer within %2 s while trying to %3 %4.</source>
        <translation>Der SFTP-Server %1 hat nicht innerhalb von %2 s geantwortet (%3 %4).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsessionsftp.cpp" line="53"/>
        <source>The connection to the SFTP server %1 was lost while trying to %2 %3: %4.</source>
        <translation>Die Verbindung zum SFTP-Server %1 ist abgebrochen (%2 %3): %4.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsessionsftp.cpp" line="89"/>
        <source>look at</source>
        <translation>Prüfen von</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsessionsftp.cpp" line="106"/>
        <source>create the folder</source>
        <translation>Anlegen des Ordners</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsessionsftp.cpp" line="127"/>
        <source>%1 on %2 is a file, not a folder, so nothing can be archived into it. Rename or move that file on the server.</source>
        <translation>%1 auf %2 ist eine Datei, kein Ordner, daher kann nichts darin archiviert werden. Benennen Sie diese Datei auf dem Server um oder verschieben Sie sie.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsessionsftp.cpp" line="139"/>
        <source>remove</source>
        <translation>Löschen von</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpspare.cpp" line="131"/>
        <location filename="../connectors/sftp/sshsessionsftp.cpp" line="154"/>
        <source>rename a file to</source>
        <translation>Umbenennen einer Datei in</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsessionsftp.cpp" line="166"/>
        <source>find the folder</source>
        <translation>Suchen des Ordners</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsessionsftp.cpp" line="180"/>
        <location filename="../connectors/sftp/sshsessionsftp.cpp" line="191"/>
        <source>list the folder</source>
        <translation>Auflisten des Ordners</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsessionsftp.cpp" line="209"/>
        <source>create</source>
        <translation>Anlegen von</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsessionsftp.cpp" line="210"/>
        <source>open</source>
        <translation>Öffnen von</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsessionsftp.cpp" line="229"/>
        <source>read</source>
        <translation>Lesen von</translation>
    </message>
</context>
</TS>
