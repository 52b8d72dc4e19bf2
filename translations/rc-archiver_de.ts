<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>rca::Accounts</name>
    <message>
        <location filename="../core/accounts/accounts.cpp" line="61"/>
        <source>The %1 plugin is not installed.</source>
        <translation>Das Plug-in %1 ist nicht installiert.</translation>
    </message>
    <message>
        <location filename="../core/accounts/accounts.cpp" line="84"/>
        <source>Unknown source &quot;%1&quot;. Sources: %2.</source>
        <translation>Unbekannte Quelle „%1“. Quellen: %2.</translation>
    </message>
    <message>
        <location filename="../core/accounts/accounts.cpp" line="90"/>
        <location filename="../core/accounts/accounts.cpp" line="171"/>
        <source>%1 is connected. Disconnect it first.</source>
        <translation>%1 ist verbunden. Trennen Sie die Verbindung zuerst.</translation>
    </message>
    <message>
        <location filename="../core/accounts/accounts.cpp" line="124"/>
        <source>RingCentral is not connected.</source>
        <translation>RingCentral ist nicht verbunden.</translation>
    </message>
    <message>
        <location filename="../core/accounts/accounts.cpp" line="142"/>
        <source>No source is connected.</source>
        <translation>Es ist keine Quelle verbunden.</translation>
    </message>
    <message>
        <location filename="../core/accounts/accounts.cpp" line="166"/>
        <source>Unknown storage &quot;%1&quot;. Storages: %2.</source>
        <translation>Unbekannter Speicher „%1“. Speicher: %2.</translation>
    </message>
    <message>
        <location filename="../core/accounts/accounts.cpp" line="193"/>
        <source>Unknown storage &quot;%1&quot;.</source>
        <translation>Unbekannter Speicher „%1“.</translation>
    </message>
    <message>
        <location filename="../core/accounts/accounts.cpp" line="207"/>
        <source>No storage is connected.</source>
        <translation>Es ist kein Speicher verbunden.</translation>
    </message>
</context>
<context>
    <name>rca::AccountsPage</name>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="57"/>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="58"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="88"/>
        <source>Choose the archive folder</source>
        <translation>Archivordner auswählen</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="131"/>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="146"/>
        <source>RingCentral</source>
        <translation>RingCentral</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="164"/>
        <source>RECONNECT</source>
        <translation>ERNEUT VERBINDEN</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="165"/>
        <source>Sign in to RingCentral again</source>
        <translation>Erneut bei RingCentral anmelden</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="132"/>
        <source>The client id of your registered RingCentral app (see the README)</source>
        <translation>Die Client-ID Ihrer registrierten RingCentral-App (siehe README)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="133"/>
        <source>API server</source>
        <translation>API-Server</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="134"/>
        <source>API server (https://platform.ringcentral.com)</source>
        <translation>API-Server (https://platform.ringcentral.com)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="135"/>
        <source>Media server</source>
        <translation>Medienserver</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="136"/>
        <source>Media server (https://media.ringcentral.com)</source>
        <translation>Medienserver (https://media.ringcentral.com)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="137"/>
        <source>Sign-in redirect port</source>
        <translation>Port der Anmelde-Weiterleitung</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="138"/>
        <source>Loopback port of the registered redirect URI</source>
        <translation>Loopback-Port der registrierten Weiterleitungs-URI</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="185"/>
        <location filename="../ui/accounts/accountspage.cpp" line="296"/>
        <source>CONNECT</source>
        <translation>VERBINDEN</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="186"/>
        <source>Connect RingCentral</source>
        <translation>RingCentral verbinden</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="187"/>
        <location filename="../ui/accounts/accountspage.cpp" line="298"/>
        <source>DISCONNECT</source>
        <translation>TRENNEN</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="188"/>
        <source>Disconnect RingCentral</source>
        <translation>RingCentral trennen</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="200"/>
        <location filename="../ui/accounts/accountspage.cpp" line="236"/>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="217"/>
        <location filename="../ui/accounts/accountspage.cpp" line="354"/>
        <source>Open the archive folder</source>
        <translation>Archivordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="237"/>
        <source>&amp;Archive to:</source>
        <translation>&amp;Archivieren nach:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="253"/>
        <source>CONNECT opens %1 in your browser. Sign in there and allow RC Archiver to use its own folder.</source>
        <translation>VERBINDEN öffnet %1 in Ihrem Browser. Melden Sie sich dort an und erlauben Sie RC Archiver, einen eigenen Ordner zu verwenden.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="265"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="267"/>
        <source>Test the connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="297"/>
        <source>Connect the storage</source>
        <translation>Speicher verbinden</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="299"/>
        <source>Disconnect the storage</source>
        <translation>Speicher trennen</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="320"/>
        <location filename="../ui/accounts/accountspage.cpp" line="356"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="321"/>
        <source>Connect the RingCentral account whose recordings and messages you want to keep. You sign in in your browser.</source>
        <translation>Verbinden Sie das RingCentral-Konto, dessen Aufzeichnungen und Nachrichten Sie aufbewahren möchten. Die Anmeldung erfolgt in Ihrem Browser.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="326"/>
        <source>Extension %1 · %2</source>
        <translation>Nebenstelle %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="328"/>
        <source>Administrator: archives the call recordings of every extension you manage</source>
        <translation>Administrator: archiviert die Anrufaufzeichnungen aller Nebenstellen, die Sie verwalten</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="330"/>
        <source>Extension user: archives your own extension</source>
        <translation>Nebenstellenbenutzer: archiviert Ihre eigene Nebenstelle</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="333"/>
        <source>Made-up items for trying RC Archiver without an account.</source>
        <translation>Erfundene Elemente, um RC Archiver ohne Konto auszuprobieren.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="350"/>
        <source>Archive: %1</source>
        <translation>Archiv: %1</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="358"/>
        <source>Choose where the archive goes. RC Archiver creates the folder Apps/RingCentral Application there.</source>
        <translation>Wählen Sie, wohin das Archiv geht. RC Archiver legt dort den Ordner Apps/RingCentral Application an.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="418"/>
        <source>Waiting for you to sign in in your browser…</source>
        <translation>Warten auf Ihre Anmeldung im Browser…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="441"/>
        <source>Opening the RingCentral sign-in…</source>
        <translation>Die RingCentral-Anmeldung wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="458"/>
        <location filename="../ui/accounts/accountspage.cpp" line="562"/>
        <source>Disconnect %1?</source>
        <translation>%1 trennen?</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="459"/>
        <source>Backup stops, and RC Archiver forgets its sign-in to %1. Everything already archived stays in your storage.</source>
        <translation>Die Sicherung stoppt, und RC Archiver vergisst seine Anmeldung bei %1. Alles bereits Archivierte bleibt in Ihrem Speicher.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="465"/>
        <location filename="../ui/accounts/accountspage.cpp" line="569"/>
        <source>Disconnecting…</source>
        <translation>Verbindung wird getrennt…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="505"/>
        <source>Opening the %1 sign-in…</source>
        <translation>Die Anmeldung bei %1 wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="505"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="539"/>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="553"/>
        <source>Connection works</source>
        <translation>Verbindung funktioniert</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="554"/>
        <source>RC Archiver signed in to %1 and can write to the folder.</source>
        <translation>RC Archiver hat sich bei %1 angemeldet und kann in den Ordner schreiben.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="563"/>
        <source>Backup stops, and RC Archiver forgets its sign-in to %1. The recordings and messages already archived stay in %2.</source>
        <translation>Die Sicherung stoppt, und RC Archiver vergisst seine Anmeldung bei %1. Die bereits archivierten Aufzeichnungen und Nachrichten bleiben in %2.</translation>
    </message>
</context>
<context>
    <name>rca::ArchiveAudit</name>
    <message>
        <location filename="../core/audit/archiveaudit.cpp" line="196"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../core/audit/archiveaudit.cpp" line="203"/>
        <source>Opening the storage</source>
        <translation>Speicher wird geöffnet</translation>
    </message>
    <message>
        <location filename="../core/audit/archiveaudit.cpp" line="219"/>
        <source>A file at the top of the archive, where only folders belong.</source>
        <translation>Eine Datei auf der obersten Ebene des Archivs, wo nur Ordner hingehören.</translation>
    </message>
    <message>
        <location filename="../core/audit/archiveaudit.cpp" line="244"/>
        <source>Listing what %1 holds</source>
        <translation>Inhalt von %1 wird aufgelistet</translation>
    </message>
    <message>
        <location filename="../core/audit/archiveaudit.cpp" line="283"/>
        <source>Checking %1</source>
        <translation>%1 wird geprüft</translation>
    </message>
    <message>
        <location filename="../core/audit/archiveaudit.cpp" line="435"/>
        <source>The ledger records %1 bytes archived on %2; the storage has no file there.</source>
        <translation>Laut Archivverzeichnis wurden am %2 %1 Bytes archiviert; im Speicher gibt es dort keine Datei.</translation>
    </message>
    <message>
        <location filename="../core/audit/archiveaudit.cpp" line="442"/>
        <source>%1 bytes stored, %2 archived.</source>
        <translation>%1 Bytes gespeichert, %2 archiviert.</translation>
    </message>
    <message>
        <location filename="../core/audit/archiveaudit.cpp" line="450"/>
        <source>The storage gave no %1 for the file.</source>
        <translation>Der Speicher hat für die Datei keinen Wert für %1 geliefert.</translation>
    </message>
    <message>
        <location filename="../core/audit/archiveaudit.cpp" line="451"/>
        <source>No %1 was recorded when it was archived.</source>
        <translation>Beim Archivieren wurde kein Wert für %1 vermerkt.</translation>
    </message>
    <message>
        <location filename="../core/audit/archiveaudit.cpp" line="464"/>
        <source>The stored bytes are not the ones archived (%1 differs).</source>
        <translation>Die gespeicherten Bytes sind nicht die archivierten (%1 weicht ab).</translation>
    </message>
    <message>
        <location filename="../core/audit/archiveaudit.cpp" line="490"/>
        <source>%1 lists it and the storage holds its file (%2 bytes), but the ledger has no record of it.</source>
        <translation>%1 führt es auf, und der Speicher enthält seine Datei (%2 Bytes), aber im Archivverzeichnis ist es nicht vermerkt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/audit/archiveaudit.cpp" line="500"/>
        <source>%1 lists it; archiving it failed %n time(s): %2</source>
        <translation>
            <numerusform>%1 führt es auf; das Archivieren ist %n Mal fehlgeschlagen: %2</numerusform>
            <numerusform>%1 führt es auf; das Archivieren ist %n Mal fehlgeschlagen: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/audit/archiveaudit.cpp" line="502"/>
        <source>%1 lists it; it is neither in the ledger nor in the storage.</source>
        <translation>%1 führt es auf; es ist weder im Archivverzeichnis noch im Speicher.</translation>
    </message>
    <message>
        <location filename="../core/audit/archiveaudit.cpp" line="384"/>
        <source>%1 bytes; no ledger entry and no item of %2 matches it.</source>
        <translation>%1 Bytes; weder ein Eintrag im Archivverzeichnis noch ein Element von %2 passt dazu.</translation>
    </message>
</context>
<context>
    <name>rca::AuditCommand</name>
    <message numerus="yes">
        <location filename="../app/commands/audit.cpp" line="27"/>
        <source>Repair job %1: %2, %n item(s) archived</source>
        <translation>
            <numerusform>Reparaturauftrag %1: %2, %n Element archiviert</numerusform>
            <numerusform>Reparaturauftrag %1: %2, %n Elemente archiviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commands/audit.cpp" line="31"/>
        <source>(%n failed)</source>
        <translation>
            <numerusform>(%n fehlgeschlagen)</numerusform>
            <numerusform>(%n fehlgeschlagen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/commands/audit.cpp" line="127"/>
        <source>After the repair:</source>
        <translation>Nach der Reparatur:</translation>
    </message>
    <message>
        <location filename="../app/commands/audit.cpp" line="130"/>
        <source>Nothing to repair.</source>
        <translation>Es gibt nichts zu reparieren.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commands/audit.cpp" line="132"/>
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
        <location filename="../ui/logs/auditdialog.cpp" line="33"/>
        <source>Verify Archive</source>
        <translation>Archiv überprüfen</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="34"/>
        <source>Verify archive</source>
        <translation>Archiv überprüfen</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="46"/>
        <source>What the check is doing</source>
        <translation>Was die Prüfung gerade tut</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="49"/>
        <source>Half-hour windows checked</source>
        <translation>Geprüfte Halbstundenfenster</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="52"/>
        <source>Files checked</source>
        <translation>Geprüfte Dateien</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="62"/>
        <source>Result of the repair</source>
        <translation>Ergebnis der Reparatur</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="72"/>
        <source>&amp;Repair</source>
        <translation>&amp;Reparieren</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="74"/>
        <source>Archive again what is missing or damaged</source>
        <translation>Fehlendes oder Beschädigtes erneut archivieren</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="75"/>
        <source>Archives again, from RingCentral, every missing or damaged item it still holds, then checks the range again.</source>
        <translation>Archiviert jedes fehlende oder beschädigte Element, das RingCentral noch hat, erneut von RingCentral und prüft den Zeitraum dann noch einmal.</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="77"/>
        <source>&amp;Save Report…</source>
        <translation>&amp;Bericht speichern…</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="79"/>
        <source>Save the report as CSV or JSON</source>
        <translation>Bericht als CSV oder JSON speichern</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="82"/>
        <source>Stop the check</source>
        <translation>Prüfung anhalten</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="85"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="121"/>
        <source>Repairing the archive of %1…</source>
        <translation>Archiv für %1 wird repariert…</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="122"/>
        <source>Checking the archive of %1…</source>
        <translation>Archiv für %1 wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="124"/>
        <source>Starting… (a job that is running now finishes first)</source>
        <translation>Wird gestartet… (ein gerade laufender Auftrag wird zuerst beendet)</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="126"/>
        <location filename="../ui/logs/auditdialog.cpp" line="187"/>
        <source>Files checked: %1</source>
        <translation>Geprüfte Dateien: %1</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="148"/>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="181"/>
        <source>%1 of %2 half-hour windows</source>
        <translation>%1 von %2 Halbstundenfenstern</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="206"/>
        <source>Archive check of %1</source>
        <translation>Archivprüfung für %1</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="210"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="213"/>
        <source>Storage: %1</source>
        <translation>Speicher: %1</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="214"/>
        <source>Storage: %1. Files compared by %2.</source>
        <translation>Speicher: %1. Dateien verglichen anhand von %2.</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="232"/>
        <source>Before the repair: %1</source>
        <translation>Vor der Reparatur: %1</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="235"/>
        <source>Repair: %1; items archived again: %2.</source>
        <translation>Reparatur: %1; erneut archivierte Elemente: %2.</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="241"/>
        <source>Nothing was repaired.</source>
        <translation>Es wurde nichts repariert.</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="244"/>
        <source>After the repair:</source>
        <translation>Nach der Reparatur:</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="257"/>
        <source>There is no report to save yet.</source>
        <translation>Es gibt noch keinen Bericht zum Speichern.</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="267"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="285"/>
        <location filename="../ui/logs/auditdialog.cpp" line="293"/>
        <source>Save Report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="286"/>
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
</context>
<context>
    <name>rca::AuditReport</name>
    <message>
        <location filename="../core/audit/auditreport.cpp" line="207"/>
        <source>Audit of %1 – %2 in %3</source>
        <translation>Prüfung von %1 – %2 in %3</translation>
    </message>
    <message>
        <location filename="../core/audit/auditreport.cpp" line="210"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../core/audit/auditreport.cpp" line="210"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../core/audit/auditreport.cpp" line="211"/>
        <source>Listed</source>
        <translation>Gelistet</translation>
    </message>
    <message>
        <location filename="../core/audit/auditreport.cpp" line="211"/>
        <source>Archived</source>
        <translation>Im Archiv</translation>
    </message>
    <message>
        <location filename="../core/audit/auditreport.cpp" line="211"/>
        <source>Verified</source>
        <translation>Überprüft</translation>
    </message>
    <message>
        <location filename="../core/audit/auditreport.cpp" line="211"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../core/audit/auditreport.cpp" line="221"/>
        <source>retention</source>
        <translation>abgelaufen</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/audit/auditreport.cpp" line="225"/>
        <source>%n more window(s) with nothing in them.</source>
        <translation>
            <numerusform>%n weiteres Zeitfenster ohne Inhalt.</numerusform>
            <numerusform>%n weitere Zeitfenster ohne Inhalt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/audit/auditreport.cpp" line="229"/>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <location filename="../core/audit/auditreport.cpp" line="238"/>
        <source>[repairable]</source>
        <translation>[reparierbar]</translation>
    </message>
    <message>
        <location filename="../core/audit/auditreport.cpp" line="244"/>
        <source>The audit did not finish: %1</source>
        <translation>Die Prüfung wurde nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <location filename="../core/audit/auditreport.cpp" line="245"/>
        <source>Listed by the source: %1, archived: %2, verified: %3, problems: %4.</source>
        <translation>Von der Quelle gelistet: %1, archiviert: %2, überprüft: %3, Probleme: %4.</translation>
    </message>
</context>
<context>
    <name>rca::AuditReportView</name>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="58"/>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="59"/>
        <source>The check could not finish: %1</source>
        <translation>Die Prüfung konnte nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="62"/>
        <source>It stopped before it had checked any half-hour window.</source>
        <translation>Sie wurde beendet, bevor sie ein Halbstundenfenster geprüft hatte.</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="64"/>
        <source>This report covers only the %1 half-hour windows it reached, up to %2.</source>
        <translation>Dieser Bericht umfasst nur die %1 Halbstundenfenster, die sie erreicht hat, bis %2.</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="79"/>
        <source>Result of the check</source>
        <translation>Ergebnis der Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="88"/>
        <source>Why the check did not finish</source>
        <translation>Warum die Prüfung nicht abgeschlossen wurde</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="100"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="100"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="100"/>
        <source>Listed</source>
        <translation>Gelistet</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="100"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="100"/>
        <source>Verified</source>
        <translation>Überprüft</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="100"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="103"/>
        <source>What</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="103"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="103"/>
        <source>RingCentral id</source>
        <translation>RingCentral-ID</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="103"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="103"/>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="108"/>
        <source>Half-hour windows checked</source>
        <translation>Geprüfte Halbstundenfenster</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="114"/>
        <source>Problems found</source>
        <translation>Gefundene Probleme</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="168"/>
        <source>beyond retention</source>
        <translation>außerhalb der Aufbewahrungsfrist</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="174"/>
        <source>RingCentral no longer keeps the items of this window: only the stored files were checked.</source>
        <translation>RingCentral bewahrt die Elemente dieses Zeitfensters nicht mehr auf: Es wurden nur die gespeicherten Dateien geprüft.</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="187"/>
        <source>&amp;Half-hour windows with items (%1 of %2):</source>
        <translation>&amp;Halbstundenfenster mit Elementen (%1 von %2):</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="205"/>
        <source>Repair can fix this: RingCentral still has the item.</source>
        <translation>Eine Reparatur kann das beheben: RingCentral hat das Element noch.</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="206"/>
        <source>Repair cannot fix this.</source>
        <translation>Eine Reparatur kann das nicht beheben.</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="211"/>
        <source>&amp;Problems (%1):</source>
        <translation>&amp;Probleme (%1):</translation>
    </message>
</context>
<context>
    <name>rca::AuditStore</name>
    <message>
        <location filename="../core/store/auditstore.cpp" line="36"/>
        <source>Could not save the problems the audit found</source>
        <translation>Die bei der Prüfung gefundenen Probleme konnten nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>rca::AuditText</name>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="43"/>
        <source>%1 item not archived</source>
        <translation>%1 Element nicht archiviert</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="43"/>
        <source>%1 items not archived</source>
        <translation>%1 Elemente nicht archiviert</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="47"/>
        <source>%1 stored file not in the ledger</source>
        <translation>%1 gespeicherte Datei nicht im Archivverzeichnis</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="47"/>
        <source>%1 stored files not in the ledger</source>
        <translation>%1 gespeicherte Dateien nicht im Archivverzeichnis</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="50"/>
        <source>%1 missing file</source>
        <translation>%1 fehlende Datei</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="50"/>
        <source>%1 missing files</source>
        <translation>%1 fehlende Dateien</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="54"/>
        <source>%1 changed file</source>
        <translation>%1 veränderte Datei</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="54"/>
        <source>%1 changed files</source>
        <translation>%1 veränderte Dateien</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="57"/>
        <source>%1 file that could not be verified</source>
        <translation>%1 Datei, die nicht überprüft werden konnte</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="58"/>
        <source>%1 files that could not be verified</source>
        <translation>%1 Dateien, die nicht überprüft werden konnten</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="61"/>
        <source>%1 unknown file</source>
        <translation>%1 unbekannte Datei</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="61"/>
        <source>%1 unknown files</source>
        <translation>%1 unbekannte Dateien</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="81"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="88"/>
        <source>1 problem found: %1.</source>
        <translation>1 Problem gefunden: %1.</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="89"/>
        <source>%1 problems found: %2.</source>
        <translation>%1 Probleme gefunden: %2.</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="99"/>
        <source>In the part it reached: %1</source>
        <translation>Im erreichten Teil: %1</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="102"/>
        <source>In the part it reached, 1 item is in storage and intact.</source>
        <translation>Im erreichten Teil ist 1 Element im Speicher und intakt.</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="103"/>
        <source>In the part it reached, %1 items are in storage and intact.</source>
        <translation>Im erreichten Teil sind %1 Elemente im Speicher und intakt.</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="106"/>
        <source>Nothing to check for %1: RingCentral lists no items and none are archived.</source>
        <translation>Für %1 gibt es nichts zu prüfen: RingCentral führt keine Elemente auf, und es ist keines archiviert.</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="109"/>
        <source>The 1 item of %1 is in storage and intact.</source>
        <translation>Das einzige Element für %1 ist im Speicher und intakt.</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="112"/>
        <source>All %1 items of %2 are in storage and intact.</source>
        <translation>Alle %1 Elemente für %2 sind im Speicher und intakt.</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="119"/>
        <source>Part of the range is older than RingCentral keeps data: there the stored files were checked, but not compared with RingCentral.</source>
        <translation>Ein Teil des Zeitraums ist älter, als RingCentral Daten aufbewahrt: Dort wurden die gespeicherten Dateien geprüft, aber nicht mit RingCentral abgeglichen.</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="128"/>
        <source>the chosen days</source>
        <translation>die gewählten Tage</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="137"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="144"/>
        <source>Call Recording</source>
        <translation>Anrufaufzeichnung</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="146"/>
        <source>Voice Mail</source>
        <translation>Sprachnachricht</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="148"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="150"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
</context>
<context>
    <name>rca::Autostart</name>
    <message>
        <location filename="../ui/tray/autostart.cpp" line="148"/>
        <source>Archive RingCentral call recordings, voicemails, SMS and faxes</source>
        <translation>Anrufaufzeichnungen, Sprachnachrichten, SMS und Faxe von RingCentral archivieren</translation>
    </message>
    <message>
        <location filename="../ui/tray/autostart.cpp" line="228"/>
        <source>Could not change the programs Windows starts at sign-in (the Run key in the registry).</source>
        <translation>Die Programme, die Windows bei der Anmeldung startet, konnten nicht geändert werden (der Run-Schlüssel in der Registrierung).</translation>
    </message>
    <message>
        <location filename="../ui/tray/autostart.cpp" line="232"/>
        <source>Starting at sign-in through the Run key works on Windows only.</source>
        <translation>Der Start bei der Anmeldung über den Run-Schlüssel funktioniert nur unter Windows.</translation>
    </message>
    <message>
        <location filename="../ui/tray/autostart.cpp" line="240"/>
        <source>Could not create the folder %1 to start RC Archiver at sign-in.</source>
        <translation>Der Ordner %1 zum Starten von RC Archiver bei der Anmeldung konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../ui/tray/autostart.cpp" line="245"/>
        <source>Could not write %1 to start RC Archiver at sign-in: %2</source>
        <translation>%1 zum Starten von RC Archiver bei der Anmeldung konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/tray/autostart.cpp" line="254"/>
        <source>Could not remove %1 to stop starting RC Archiver at sign-in: %2</source>
        <translation>%1 konnte nicht entfernt werden, um RC Archiver nicht mehr bei der Anmeldung zu starten: %2</translation>
    </message>
</context>
<context>
    <name>rca::CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="58"/>
        <source> (built with %1)</source>
        <translation> (erstellt mit %1)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="63"/>
        <source>libssh2: not in use (no SFTP connector loaded)</source>
        <translation>libssh2: nicht in Verwendung (kein SFTP-Connector geladen)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="66"/>
        <source>libssh2: version not known on this system</source>
        <translation>libssh2: Version auf diesem System nicht bekannt</translation>
    </message>
</context>
<context>
    <name>rca::ConnectorRegistry</name>
    <message>
        <location filename="../core/storage/connectorregistry.cpp" line="69"/>
        <source>%1: the plugin folder does not exist</source>
        <translation>%1: Der Plug-in-Ordner existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/storage/connectorregistry.cpp" line="98"/>
        <source>%1: not an RC Archiver storage connector (%2)</source>
        <translation>%1: kein Speicher-Connector von RC Archiver (%2)</translation>
    </message>
    <message>
        <location filename="../core/storage/connectorregistry.cpp" line="110"/>
        <source>%1: the plugin does not implement the storage connector interface</source>
        <translation>%1: Das Plug-in implementiert die Schnittstelle für Speicher-Connectoren nicht</translation>
    </message>
    <message>
        <location filename="../core/storage/connectorregistry.cpp" line="121"/>
        <source>%1: its metadata names no connector id</source>
        <translation>%1: Seine Metadaten nennen keine Connector-ID</translation>
    </message>
    <message>
        <location filename="../core/storage/connectorregistry.cpp" line="128"/>
        <source>%1: a connector with the id &quot;%2&quot; is already loaded; this one is ignored</source>
        <translation>%1: Ein Connector mit der ID „%2“ ist bereits geladen; dieser wird ignoriert</translation>
    </message>
</context>
<context>
    <name>rca::Database</name>
    <message>
        <location filename="../core/store/database.cpp" line="218"/>
        <source>Could not create the folder %1 for the archive database.</source>
        <translation>Der Ordner %1 für die Archivdatenbank konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="221"/>
        <source>Could not open the archive database %1</source>
        <translation>Die Archivdatenbank %1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="260"/>
        <source>the database is not open</source>
        <translation>die Datenbank ist nicht geöffnet</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="276"/>
        <source>injected write failure (test)</source>
        <translation>eingespeister Schreibfehler (Test)</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="321"/>
        <source>Could not start a database transaction</source>
        <translation>Eine Datenbanktransaktion konnte nicht gestartet werden</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="330"/>
        <source>Commit without a transaction</source>
        <translation>Commit ohne Transaktion</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="336"/>
        <source>Could not commit a database transaction</source>
        <translation>Eine Datenbanktransaktion konnte nicht abgeschlossen werden</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="390"/>
        <source>cannot read the schema version</source>
        <translation>die Schemaversion kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="393"/>
        <source>it was written by a newer version of RC Archiver (schema %1, this version knows up to %2)</source>
        <translation>sie wurde von einer neueren Version von RC Archiver geschrieben (Schema %1, diese Version kennt bis %2)</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="405"/>
        <source>unexpected schema version %1</source>
        <translation>unerwartete Schemaversion %1</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="428"/>
        <source>migration to schema %1 failed</source>
        <translation>Migration auf Schema %1 fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>rca::DemoSource</name>
    <message>
        <location filename="../core/sources/demosource.cpp" line="83"/>
        <source>Cannot read the demo manifest %1: %2</source>
        <translation>Das Demo-Manifest %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/sources/demosource.cpp" line="90"/>
        <source>The demo manifest %1 is not valid JSON: %2</source>
        <translation>Das Demo-Manifest %1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <location filename="../core/sources/demosource.cpp" line="106"/>
        <source>The demo manifest %1 has an item without a valid id and type.</source>
        <translation>Das Demo-Manifest %1 enthält ein Element ohne gültige ID und gültigen Typ.</translation>
    </message>
    <message>
        <location filename="../core/sources/demosource.cpp" line="213"/>
        <source>The demo source no longer has item %1.</source>
        <translation>Die Demo-Quelle hat das Element %1 nicht mehr.</translation>
    </message>
    <message>
        <location filename="../core/sources/demosource.cpp" line="217"/>
        <source>The demo source could not deliver item %1 this time.</source>
        <translation>Die Demo-Quelle konnte das Element %1 diesmal nicht liefern.</translation>
    </message>
</context>
<context>
    <name>rca::DesktopIntegration</name>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="40"/>
        <source>&amp;Open RC Archiver</source>
        <translation>RC Archiver ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="49"/>
        <source>&amp;Run now</source>
        <translation>&amp;Jetzt ausführen</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="58"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="165"/>
        <source>%1 call recording</source>
        <translation>%1 Anrufaufzeichnung</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="165"/>
        <source>%1 call recordings</source>
        <translation>%1 Anrufaufzeichnungen</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="168"/>
        <source>%1 voicemail</source>
        <translation>%1 Sprachnachricht</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="168"/>
        <source>%1 voicemails</source>
        <translation>%1 Sprachnachrichten</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="171"/>
        <source>%1 SMS message</source>
        <translation>%1 SMS</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="171"/>
        <source>%1 SMS messages</source>
        <translation>%1 SMS</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="174"/>
        <source>%1 fax</source>
        <translation>%1 Fax</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="174"/>
        <source>%1 faxes</source>
        <translation>%1 Faxe</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="178"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="184"/>
        <source>Last job: none yet</source>
        <translation>Letzter Auftrag: noch keiner</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="187"/>
        <source>Last job: %1, %2</source>
        <translation>Letzter Auftrag: %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="190"/>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="196"/>
        <source>RC Archiver</source>
        <translation>RC Archiver</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="201"/>
        <source>Needs attention: %1</source>
        <translation>Erfordert Aufmerksamkeit: %1</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="203"/>
        <source>Archiving now…</source>
        <translation>Archivierung läuft…</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="207"/>
        <source>Backup is paused</source>
        <translation>Die Sicherung ist pausiert</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="209"/>
        <source>Next job: %1</source>
        <translation>Nächster Auftrag: %1</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="211"/>
        <source>Next job: not planned</source>
        <translation>Nächster Auftrag: nicht geplant</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="257"/>
        <source>RC Archiver needs your attention</source>
        <translation>RC Archiver benötigt Ihre Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="281"/>
        <source>Archived %1.</source>
        <translation>%1 archiviert.</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="283"/>
        <source>1 item could not be archived yet; it will be retried.</source>
        <translation>1 Element konnte noch nicht archiviert werden; es wird erneut versucht.</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="286"/>
        <source>%1 items could not be archived yet; they will be retried.</source>
        <translation>%1 Elemente konnten noch nicht archiviert werden; sie werden erneut versucht.</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="289"/>
        <source>New data archived</source>
        <translation>Neue Daten archiviert</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="294"/>
        <source>The job stopped without saying why.</source>
        <translation>Der Auftrag wurde ohne Angabe von Gründen beendet.</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="300"/>
        <source>Archived %1 before it stopped.</source>
        <translation>Vor dem Abbruch archiviert: %1.</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="301"/>
        <source>Archiving failed</source>
        <translation>Archivierung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="325"/>
        <source>The weekly archive check could not finish</source>
        <translation>Die wöchentliche Archivprüfung konnte nicht abgeschlossen werden</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="341"/>
        <source>The archive check found 1 problem</source>
        <translation>Die Archivprüfung hat 1 Problem gefunden</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="342"/>
        <source>The archive check found %1 problems</source>
        <translation>Die Archivprüfung hat %1 Probleme gefunden</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="343"/>
        <source>Most important: %1.</source>
        <translation>Am wichtigsten: %1.</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="344"/>
        <source>Click to see the report in the Logs tab.</source>
        <translation>Klicken Sie, um den Bericht auf der Registerkarte Protokolle anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="366"/>
        <source>&amp;Pause backup</source>
        <translation>Sicherung &amp;pausieren</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="366"/>
        <source>Resume &amp;backup</source>
        <translation>Sicherung fort&amp;setzen</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="381"/>
        <source>RC Archiver is still running</source>
        <translation>RC Archiver läuft weiter</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="382"/>
        <source>It keeps archiving in the background. Open or quit it from its icon in the system tray.</source>
        <translation>Es archiviert im Hintergrund weiter. Öffnen oder beenden Sie es über sein Symbol im Infobereich.</translation>
    </message>
</context>
<context>
    <name>rca::DropboxApi</name>
    <message>
        <location filename="../connectors/dropbox/dropboxapi.cpp" line="187"/>
        <source>Dropbox no longer accepts this app&apos;s sign-in (%1). Connect Dropbox again in the Accounts tab.</source>
        <translation>Dropbox akzeptiert die Anmeldung dieser App nicht mehr (%1). Verbinden Sie Dropbox auf der Registerkarte Konten erneut.</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxapi.cpp" line="202"/>
        <source>%1: Dropbox is busy (too many write operations); will retry later.</source>
        <translation>%1: Dropbox ist ausgelastet (zu viele Schreibvorgänge); es wird später erneut versucht.</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxapi.cpp" line="216"/>
        <source>: Dropbox failed</source>
        <translation>: Dropbox ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxapi.cpp" line="221"/>
        <source>%1: Dropbox refused it (%2)</source>
        <translation>%1: Dropbox hat es abgelehnt (%2)</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxapi.cpp" line="226"/>
        <source>%1: Dropbox rejected the request: %2</source>
        <translation>%1: Dropbox hat die Anfrage zurückgewiesen: %2</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxapi.cpp" line="232"/>
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
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="171"/>
        <source>the app was disconnected in Dropbox&apos;s settings, or the sign-in expired</source>
        <translation>die App wurde in den Dropbox-Einstellungen getrennt, oder die Anmeldung ist abgelaufen</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="189"/>
        <source>Connecting Dropbox needs a browser for the sign-in; run it from the window or `rc-archiver connect dropbox`.</source>
        <translation>Zum Verbinden von Dropbox ist ein Browser für die Anmeldung nötig; starten Sie es im Fenster oder mit `rc-archiver connect dropbox`.</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="210"/>
        <source>Dropbox did not grant offline access (no refresh token); connect again.</source>
        <translation>Dropbox hat keinen Offline-Zugriff gewährt (kein Refresh-Token); verbinden Sie erneut.</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="267"/>
        <source>Dropbox is not connected: connect it in the Accounts tab.</source>
        <translation>Dropbox ist nicht verbunden: Verbinden Sie es auf der Registerkarte Konten.</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="288"/>
        <source>Creating the Dropbox folder %1</source>
        <translation>Anlegen des Dropbox-Ordners %1</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="293"/>
        <source>A file in Dropbox is in the way of the folder %1</source>
        <translation>Eine Datei in Dropbox steht dem Ordner %1 im Weg</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="297"/>
        <source>The Dropbox account is full: free some space in Dropbox or upgrade the plan.</source>
        <translation>Das Dropbox-Konto ist voll: Geben Sie in Dropbox Speicherplatz frei oder wechseln Sie zu einem größeren Tarif.</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="331"/>
        <source>Dropbox is not open</source>
        <translation>Dropbox ist nicht geöffnet</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="313"/>
        <source>Refused the folder %1: it leaves the archive</source>
        <translation>Ordner %1 abgelehnt: Er liegt außerhalb des Archivs</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="344"/>
        <source>Refused the file %1: it leaves the archive</source>
        <translation>Datei %1 abgelehnt: Sie liegt außerhalb des Archivs</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="395"/>
        <source>Refused %1: it leaves the archive</source>
        <translation>%1 abgelehnt: Es liegt außerhalb des Archivs</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="400"/>
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
        <location filename="../connectors/dropbox/dropboxdownload.cpp" line="16"/>
        <source>Refused to read %1: it leaves the archive</source>
        <translation>Lesen von %1 abgelehnt: Es liegt außerhalb des Archivs</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxdownload.cpp" line="20"/>
        <source>Reading %1 from Dropbox</source>
        <translation>Lesen von %1 aus Dropbox</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxdownload.cpp" line="37"/>
        <source>%1 is not in Dropbox</source>
        <translation>%1 ist nicht in Dropbox vorhanden</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxdownload.cpp" line="41"/>
        <source>%1 in Dropbox is a folder, not a file</source>
        <translation>%1 in Dropbox ist ein Ordner, keine Datei</translation>
    </message>
</context>
<context>
    <name>rca::DropboxListing</name>
    <message>
        <location filename="../connectors/dropbox/dropboxlisting.cpp" line="30"/>
        <source>Refused to list %1: it leaves the archive</source>
        <translation>Auflisten von %1 abgelehnt: Es liegt außerhalb des Archivs</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxlisting.cpp" line="34"/>
        <source>Listing %1 in Dropbox</source>
        <translation>Auflisten von %1 in Dropbox</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxlisting.cpp" line="46"/>
        <source>Dropbox has a file where the archive needs the folder %1</source>
        <translation>Dropbox hat eine Datei an der Stelle, an der das Archiv den Ordner %1 braucht</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxlisting.cpp" line="61"/>
        <source>%1: Dropbox said there is more but gave no cursor</source>
        <translation>%1: Dropbox meldete weitere Einträge, lieferte aber keinen Cursor</translation>
    </message>
</context>
<context>
    <name>rca::DropboxUpload</name>
    <message>
        <location filename="../connectors/dropbox/dropboxupload.cpp" line="33"/>
        <source>Uploading %1 to Dropbox</source>
        <translation>Hochladen von %1 zu Dropbox</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxupload.cpp" line="94"/>
        <source>: no upload session id</source>
        <translation>: keine Upload-Sitzungs-ID</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxupload.cpp" line="114"/>
        <source>%1: Dropbox holds %2 bytes of the upload, which this upload cannot continue from; will retry</source>
        <translation>%1: Dropbox hält %2 Bytes des Uploads, ab denen dieser Upload nicht fortgesetzt werden kann; es wird erneut versucht</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxupload.cpp" line="164"/>
        <source>: already committed</source>
        <translation>: bereits abgeschlossen</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxupload.cpp" line="168"/>
        <source>: the path leaves the archive</source>
        <translation>: Der Pfad liegt außerhalb des Archivs</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxupload.cpp" line="226"/>
        <source>%1: Dropbox stored different bytes than were sent (content_hash mismatch); will retry</source>
        <translation>%1: Dropbox hat andere Bytes gespeichert als gesendet wurden (content_hash stimmt nicht überein); es wird erneut versucht</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxupload.cpp" line="255"/>
        <source>A different file already exists in Dropbox at %1; it was not overwritten.</source>
        <translation>In Dropbox gibt es unter %1 bereits eine andere Datei; sie wurde nicht überschrieben.</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxupload.cpp" line="263"/>
        <source>Dropbox has a folder (or a file in the way) at %1; the file was not overwritten.</source>
        <translation>Dropbox hat unter %1 einen Ordner (oder eine Datei im Weg); die Datei wurde nicht überschrieben.</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxupload.cpp" line="269"/>
        <source>The Dropbox account is full: free some space in Dropbox or upgrade the plan, then archiving continues.</source>
        <translation>Das Dropbox-Konto ist voll: Geben Sie in Dropbox Speicherplatz frei oder wechseln Sie zu einem größeren Tarif, dann wird die Archivierung fortgesetzt.</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxupload.cpp" line="275"/>
        <source>Dropbox does not accept the name %1 (%2).</source>
        <translation>Dropbox akzeptiert den Namen %1 nicht (%2).</translation>
    </message>
</context>
<context>
    <name>rca::Engine</name>
    <message>
        <location filename="../core/engine/engine.cpp" line="98"/>
        <source>Another RC Archiver (process %1) is archiving with this profile; this job waits for it.</source>
        <translation>Ein anderes RC Archiver (Prozess %1) archiviert mit diesem Profil; dieser Auftrag wartet darauf.</translation>
    </message>
    <message>
        <location filename="../core/engine/engine.cpp" line="120"/>
        <source>No storage is connected. Connect a storage in the Accounts tab or with `rc-archiver connect`.</source>
        <translation>Es ist kein Speicher verbunden. Verbinden Sie einen Speicher auf der Registerkarte Konten oder mit `rc-archiver connect`.</translation>
    </message>
    <message>
        <location filename="../core/engine/engine.cpp" line="126"/>
        <source>The storage connector &quot;%1&quot; is not installed (no plugin found in %2).</source>
        <translation>Der Speicher-Connector „%1“ ist nicht installiert (kein Plug-in in %2 gefunden).</translation>
    </message>
    <message>
        <location filename="../core/engine/engine.cpp" line="186"/>
        <source>Not archived: the source no longer keeps data this old.</source>
        <translation>Nicht archiviert: Die Quelle bewahrt so alte Daten nicht mehr auf.</translation>
    </message>
    <message>
        <location filename="../core/engine/engine.cpp" line="257"/>
        <source>Archiving has failed repeatedly (%1). Fix the cause, then use Run now.</source>
        <translation>Die Archivierung ist wiederholt fehlgeschlagen (%1). Beheben Sie die Ursache und verwenden Sie dann „Jetzt ausführen“.</translation>
    </message>
    <message>
        <location filename="../core/engine/engine.cpp" line="272"/>
        <location filename="../core/engine/engine.cpp" line="426"/>
        <source>The range is empty: --from must be before --to.</source>
        <translation>Der Zeitraum ist leer: --from muss vor --to liegen.</translation>
    </message>
    <message>
        <location filename="../core/engine/engine.cpp" line="281"/>
        <source>The range starts before %1: the source keeps data for %2 days only.</source>
        <translation>Der Zeitraum beginnt vor %1: Die Quelle bewahrt Daten nur %2 Tage lang auf.</translation>
    </message>
    <message>
        <location filename="../core/engine/engine.cpp" line="397"/>
        <source>The check was stopped before it finished.</source>
        <translation>Die Prüfung wurde angehalten, bevor sie abgeschlossen war.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/engine.cpp" line="401"/>
        <source>%n item(s) archived and verified.</source>
        <translation>
            <numerusform>%n Element archiviert und überprüft.</numerusform>
            <numerusform>%n Elemente archiviert und überprüft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/engine.cpp" line="404"/>
        <source>%n problem(s) found; %1 of %2 archived item(s) verified.</source>
        <translation>
            <numerusform>%n Problem gefunden; %1 von %2 archivierten Elementen überprüft.</numerusform>
            <numerusform>%n Probleme gefunden; %1 von %2 archivierten Elementen überprüft.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/engine/engine.cpp" line="431"/>
        <source>A job is running; check the archive when it has ended.</source>
        <translation>Ein Auftrag läuft; prüfen Sie das Archiv, wenn er beendet ist.</translation>
    </message>
    <message>
        <location filename="../core/engine/engine.cpp" line="534"/>
        <source> (plugin not found)</source>
        <translation> (Plug-in nicht gefunden)</translation>
    </message>
</context>
<context>
    <name>rca::GoogleDriveApi</name>
    <message>
        <location filename="../connectors/googledrive/googledriveapi.cpp" line="97"/>
        <source>Your Google Drive is full: %1 was refused because the storage quota is used up. Free some space in Google Drive (or buy more), and archiving continues.</source>
        <translation>Ihr Google Drive ist voll: %1 wurde abgelehnt, weil das Speicherkontingent aufgebraucht ist. Geben Sie in Google Drive Speicherplatz frei (oder kaufen Sie mehr), dann wird die Archivierung fortgesetzt.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveapi.cpp" line="106"/>
        <source>%1: Google Drive is limiting the request rate (%2). It will be tried again.</source>
        <translation>%1: Google Drive begrenzt die Anfragerate (%2). Es wird erneut versucht.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveapi.cpp" line="115"/>
        <source>%1: Google Drive refused it (403 %2: %3).</source>
        <translation>%1: Google Drive hat es abgelehnt (403 %2: %3).</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveapi.cpp" line="121"/>
        <source>%1: Google Drive no longer accepts the saved sign-in. Connect Google Drive again in the Accounts tab.</source>
        <translation>%1: Google Drive akzeptiert die gespeicherte Anmeldung nicht mehr. Verbinden Sie Google Drive auf der Registerkarte Konten erneut.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveapi.cpp" line="232"/>
        <source>Looking for &quot;%1&quot; in Google Drive</source>
        <translation>Suchen nach „%1“ in Google Drive</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveapi.cpp" line="263"/>
        <source>Creating the folder &quot;%1&quot; in Google Drive</source>
        <translation>Anlegen des Ordners „%1“ in Google Drive</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveapi.cpp" line="274"/>
        <source>%1: the answer named no folder id.</source>
        <translation>%1: Die Antwort nannte keine Ordner-ID.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveapi.cpp" line="304"/>
        <source>Opening the archive folder</source>
        <translation>Öffnen des Archivordners</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveapi.cpp" line="323"/>
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
        <location filename="../connectors/googledrive/googledriveconnector.cpp" line="174"/>
        <source>access was removed in the Google account, the password changed, or it was unused for months</source>
        <translation>der Zugriff wurde im Google-Konto entfernt, das Passwort wurde geändert, oder sie war monatelang unbenutzt</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveconnector.cpp" line="202"/>
        <source>Connecting Google Drive needs a browser sign-in, which is not possible here.</source>
        <translation>Zum Verbinden von Google Drive ist eine Anmeldung im Browser nötig, die hier nicht möglich ist.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveconnector.cpp" line="234"/>
        <source>Google did not grant offline access, so archiving could not continue unattended. Connect again and allow access.</source>
        <translation>Google hat keinen Offline-Zugriff gewährt, daher könnte die Archivierung nicht unbeaufsichtigt weiterlaufen. Verbinden Sie erneut und erlauben Sie den Zugriff.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveconnector.cpp" line="284"/>
        <source>Google Drive is not connected. Connect it in the Accounts tab.</source>
        <translation>Google Drive ist nicht verbunden. Verbinden Sie es auf der Registerkarte Konten.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveconnector.cpp" line="320"/>
        <source>The path %1 is not allowed.</source>
        <translation>Der Pfad %1 ist nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveconnector.cpp" line="326"/>
        <source>The path %1 names no file.</source>
        <translation>Der Pfad %1 nennt keine Datei.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveconnector.cpp" line="335"/>
        <source>Google Drive is not open.</source>
        <translation>Google Drive ist nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveconnector.cpp" line="467"/>
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
        <location filename="../connectors/googledrive/googledrivedownload.cpp" line="17"/>
        <source>Reading %1 from Google Drive</source>
        <translation>Lesen von %1 aus Google Drive</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledrivedownload.cpp" line="42"/>
        <source>%1 is not in Google Drive.</source>
        <translation>%1 ist nicht in Google Drive vorhanden.</translation>
    </message>
</context>
<context>
    <name>rca::GoogleDriveListing</name>
    <message>
        <location filename="../connectors/googledrive/googledrivelisting.cpp" line="45"/>
        <source>Listing &quot;%1&quot; in Google Drive</source>
        <translation>Auflisten von „%1“ in Google Drive</translation>
    </message>
</context>
<context>
    <name>rca::GoogleDriveUpload</name>
    <message>
        <location filename="../connectors/googledrive/googledriveupload.cpp" line="97"/>
        <location filename="../connectors/googledrive/googledriveupload.cpp" line="398"/>
        <source>The upload of %1 is already finished.</source>
        <translation>Das Hochladen von %1 ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveupload.cpp" line="149"/>
        <source>Starting the upload of %1 to Google Drive</source>
        <translation>Starten des Uploads von %1 zu Google Drive</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveupload.cpp" line="157"/>
        <source>%1: Google Drive named no upload session.</source>
        <translation>%1: Google Drive nannte keine Upload-Sitzung.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveupload.cpp" line="175"/>
        <source>Google Drive reported an unreadable upload state (%1) for %2; it will be uploaded again.</source>
        <translation>Google Drive meldete einen unlesbaren Upload-Status (%1) für %2; die Datei wird erneut hochgeladen.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveupload.cpp" line="181"/>
        <source>Google Drive lost part of the upload of %1 (it holds %2 bytes); it will be uploaded again.</source>
        <translation>Google Drive hat einen Teil des Uploads von %1 verloren (es hält %2 Bytes); die Datei wird erneut hochgeladen.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveupload.cpp" line="198"/>
        <location filename="../connectors/googledrive/googledriveupload.cpp" line="301"/>
        <source>Uploading %1 to Google Drive</source>
        <translation>Hochladen von %1 zu Google Drive</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveupload.cpp" line="232"/>
        <source>%1: Google Drive ended the upload before the last byte.</source>
        <translation>%1: Google Drive hat den Upload vor dem letzten Byte beendet.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveupload.cpp" line="254"/>
        <source>%1: the upload session expired; the file will be uploaded again.</source>
        <translation>%1: Die Upload-Sitzung ist abgelaufen; die Datei wird erneut hochgeladen.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveupload.cpp" line="270"/>
        <source>%1: unexpected answer %2.</source>
        <translation>%1: unerwartete Antwort %2.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveupload.cpp" line="352"/>
        <source>A different file already exists at %1 in Google Drive; it was not overwritten.</source>
        <translation>In Google Drive gibt es unter %1 bereits eine andere Datei; sie wurde nicht überschrieben.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveupload.cpp" line="365"/>
        <source>Google Drive did not confirm the upload of %1.</source>
        <translation>Google Drive hat das Hochladen von %1 nicht bestätigt.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveupload.cpp" line="379"/>
        <source>The copy of %1 in Google Drive does not match what was sent (size or MD5); it will be uploaded again.</source>
        <translation>Die Kopie von %1 in Google Drive stimmt nicht mit dem Gesendeten überein (Größe oder MD5); die Datei wird erneut hochgeladen.</translation>
    </message>
</context>
<context>
    <name>rca::HttpClient</name>
    <message>
        <location filename="../core/net/directupload.cpp" line="190"/>
        <source>the server sent an invalid HTTP response</source>
        <translation>der Server hat eine ungültige HTTP-Antwort gesendet</translation>
    </message>
    <message>
        <location filename="../core/net/directupload.cpp" line="203"/>
        <source>no data moved for %1 ms</source>
        <translation>%1 ms lang wurden keine Daten übertragen</translation>
    </message>
    <message>
        <location filename="../core/net/directupload.cpp" line="259"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/net/directupload.cpp" line="270"/>
        <source>the request took longer than %1 ms</source>
        <translation>die Anfrage dauerte länger als %1 ms</translation>
    </message>
    <message>
        <location filename="../core/net/directupload.cpp" line="350"/>
        <source>the data to upload ended early</source>
        <translation>die hochzuladenden Daten endeten vorzeitig</translation>
    </message>
</context>
<context>
    <name>rca::ItemLedger</name>
    <message>
        <location filename="../core/store/itemledger.cpp" line="181"/>
        <source>Could not record %1 as archived</source>
        <translation>%1 konnte nicht als archiviert vermerkt werden</translation>
    </message>
    <message>
        <location filename="../core/store/itemledger.cpp" line="185"/>
        <source>it is already in the archive ledger</source>
        <translation>es ist bereits im Archivverzeichnis vermerkt</translation>
    </message>
    <message>
        <location filename="../core/store/itemledger.cpp" line="288"/>
        <source>Could not schedule the repair of %1</source>
        <translation>Die Reparatur von %1 konnte nicht eingeplant werden</translation>
    </message>
    <message>
        <location filename="../core/store/itemledger.cpp" line="354"/>
        <source>Could not record the failure of %1</source>
        <translation>Der Fehlschlag von %1 konnte nicht vermerkt werden</translation>
    </message>
    <message>
        <location filename="../core/store/itemledger.cpp" line="417"/>
        <source>Could not retry %1</source>
        <translation>%1 konnte nicht erneut versucht werden</translation>
    </message>
    <message>
        <location filename="../core/store/itemledger.cpp" line="430"/>
        <source>no failure is recorded for it</source>
        <translation>für dieses Element ist kein Fehlschlag vermerkt</translation>
    </message>
    <message>
        <location filename="../core/store/itemledger.cpp" line="438"/>
        <source>Could not expire old failed items</source>
        <translation>Alte fehlgeschlagene Elemente konnten nicht verworfen werden</translation>
    </message>
</context>
<context>
    <name>rca::JobDetailsDialog</name>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="62"/>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="165"/>
        <source>Job Details</source>
        <translation>Auftragsdetails</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="63"/>
        <source>Job details</source>
        <translation>Auftragsdetails</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="75"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="77"/>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="168"/>
        <source>Window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="78"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="79"/>
        <source>Ran</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="80"/>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="81"/>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="171"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="85"/>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="89"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="85"/>
        <source>Remote path</source>
        <translation>Entfernter Pfad</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="85"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="85"/>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="89"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="89"/>
        <source>Other party</source>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="90"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="90"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="90"/>
        <source>Next retry</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="97"/>
        <source>Archived items</source>
        <translation>Archivierte Elemente</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="102"/>
        <source>Failed items</source>
        <translation>Fehlgeschlagene Elemente</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="107"/>
        <source>Retry result</source>
        <translation>Ergebnis des erneuten Versuchs</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="114"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="115"/>
        <source>&amp;Retry Failed Items</source>
        <translation>Fehlgeschlagene Elemente &amp;erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="117"/>
        <source>Retry failed items</source>
        <translation>Fehlgeschlagene Elemente erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="147"/>
        <source>This job is no longer in the log.</source>
        <translation>Dieser Auftrag ist nicht mehr im Protokoll.</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="155"/>
        <source>A repair: archives again what a check of the archive found missing or damaged</source>
        <translation>Eine Reparatur: archiviert erneut, was eine Archivprüfung als fehlend oder beschädigt erkannt hat</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="165"/>
        <source>Archive Check Details</source>
        <translation>Details der Archivprüfung</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="168"/>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="171"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="185"/>
        <source>The weekly check of the archive (the last 7 days)</source>
        <translation>Die wöchentliche Archivprüfung (die letzten 7 Tage)</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="186"/>
        <source>A check of the archive asked for with Verify archive</source>
        <translation>Eine mit „Archiv überprüfen“ angeforderte Archivprüfung</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="187"/>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="203"/>
        <source>The check did not finish (%1).</source>
        <translation>Die Prüfung wurde nicht abgeschlossen (%1).</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="209"/>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="212"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="213"/>
        <source>Since %1</source>
        <translation>Seit %1</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="215"/>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="222"/>
        <source>Call Recording</source>
        <translation>Anrufaufzeichnung</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="224"/>
        <source>Voice Mail</source>
        <translation>Sprachnachricht</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="226"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="228"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="240"/>
        <source>%1 (attachment)</source>
        <translation>%1 (Anhang)</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="249"/>
        <source>&amp;Archived items (%1):</source>
        <translation>&amp;Archivierte Elemente (%1):</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="259"/>
        <source>Waits for a manual retry</source>
        <translation>Wartet auf einen manuellen erneuten Versuch</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="266"/>
        <source>RingCentral id %1</source>
        <translation>RingCentral-ID %1</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="271"/>
        <source>&amp;Failed items (%1):</source>
        <translation>&amp;Fehlgeschlagene Elemente (%1):</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="292"/>
        <source>Retry Failed Items</source>
        <translation>Fehlgeschlagene Elemente erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="293"/>
        <source>Some items could not be queued for a retry:
%1</source>
        <translation>Einige Elemente konnten nicht für einen erneuten Versuch vorgemerkt werden:
%1</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="301"/>
        <source>Items queued for a retry now: %1.</source>
        <translation>Jetzt für einen erneuten Versuch vorgemerkte Elemente: %1.</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="302"/>
        <source>Items queued for a retry at the next job: %1.</source>
        <translation>Für einen erneuten Versuch beim nächsten Auftrag vorgemerkte Elemente: %1.</translation>
    </message>
</context>
<context>
    <name>rca::JobLogCsv</name>
    <message>
        <location filename="../core/store/joblogcsv.cpp" line="87"/>
        <source>Could not export the log to %1: %2</source>
        <translation>Das Protokoll konnte nicht nach %1 exportiert werden: %2</translation>
    </message>
</context>
<context>
    <name>rca::JobLogModel</name>
    <message>
        <location filename="../core/store/joblogcsv.cpp" line="32"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../core/store/joblogcsv.cpp" line="33"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../core/store/joblogcsv.cpp" line="34"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/store/joblogcsv.cpp" line="35"/>
        <source>Job Start</source>
        <translation>Auftragsbeginn</translation>
    </message>
    <message>
        <location filename="../core/store/joblogcsv.cpp" line="36"/>
        <source>Job End</source>
        <translation>Auftragsende</translation>
    </message>
    <message>
        <location filename="../core/store/joblogcsv.cpp" line="37"/>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../core/store/joblogcsv.cpp" line="38"/>
        <source>Call Recording</source>
        <translation>Anrufaufzeichnung</translation>
    </message>
    <message>
        <location filename="../core/store/joblogcsv.cpp" line="39"/>
        <source>Voice Mail</source>
        <translation>Sprachnachricht</translation>
    </message>
    <message>
        <location filename="../core/store/joblogcsv.cpp" line="40"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../core/store/joblogcsv.cpp" line="41"/>
        <source>FAX</source>
        <translation>FAX</translation>
    </message>
    <message>
        <location filename="../ui/logs/joblogmodel.cpp" line="339"/>
        <source>Weekly check of the archive</source>
        <translation>Wöchentliche Archivprüfung</translation>
    </message>
    <message>
        <location filename="../ui/logs/joblogmodel.cpp" line="340"/>
        <source>Check of the archive</source>
        <translation>Archivprüfung</translation>
    </message>
    <message>
        <location filename="../ui/logs/joblogmodel.cpp" line="341"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/logs/joblogmodel.cpp" line="346"/>
        <source>Items that failed and wait for a retry: %1</source>
        <translation>Elemente, die fehlgeschlagen sind und auf einen erneuten Versuch warten: %1</translation>
    </message>
</context>
<context>
    <name>rca::JobRecord</name>
    <message>
        <location filename="../core/store/jobstore.cpp" line="124"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="126"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="128"/>
        <source>Completed with errors</source>
        <translation>Mit Fehlern abgeschlossen</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="130"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="132"/>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="134"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="136"/>
        <source>Verified</source>
        <translation>Überprüft</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="138"/>
        <source>Problems found</source>
        <translation>Probleme gefunden</translation>
    </message>
</context>
<context>
    <name>rca::JobRunner</name>
    <message>
        <location filename="../core/engine/jobrunner.cpp" line="200"/>
        <source>Stopped before the job finished.</source>
        <translation>Angehalten, bevor der Auftrag abgeschlossen war.</translation>
    </message>
    <message>
        <location filename="../core/engine/jobrunner.cpp" line="207"/>
        <source>%1 item(s) could not be archived; see the job&apos;s details.</source>
        <translation>%1 Element(e) konnte(n) nicht archiviert werden; siehe die Details des Auftrags.</translation>
    </message>
    <message>
        <location filename="../core/engine/jobrunner.cpp" line="287"/>
        <source>Could not record an archived item: %1</source>
        <translation>Ein archiviertes Element konnte nicht vermerkt werden: %1</translation>
    </message>
    <message>
        <location filename="../core/engine/jobrunner.cpp" line="307"/>
        <source>Could not start an upload.</source>
        <translation>Ein Upload konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location filename="../core/engine/jobrunner.cpp" line="314"/>
        <source>The download of %1 was incomplete (%2 of %3 bytes).</source>
        <translation>Der Download von %1 war unvollständig (%2 von %3 Bytes).</translation>
    </message>
    <message>
        <location filename="../core/engine/jobrunner.cpp" line="332"/>
        <source>The storage reports %1 bytes for %2, %3 were sent.</source>
        <translation>Der Speicher meldet %1 Bytes für %2, gesendet wurden %3.</translation>
    </message>
</context>
<context>
    <name>rca::JobStore</name>
    <message>
        <location filename="../core/store/jobstore.cpp" line="183"/>
        <source>Could not save the job log</source>
        <translation>Das Auftragsprotokoll konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="185"/>
        <source>the job has no time window</source>
        <translation>der Auftrag hat kein Zeitfenster</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="216"/>
        <source>Could not save the progress of job %1</source>
        <translation>Der Fortschritt von Auftrag %1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="230"/>
        <location filename="../core/store/jobstore.cpp" line="256"/>
        <source>there is no such job</source>
        <translation>diesen Auftrag gibt es nicht</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="236"/>
        <source>Could not save the end of job %1</source>
        <translation>Das Ende von Auftrag %1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="238"/>
        <source>the job is still running</source>
        <translation>der Auftrag läuft noch</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="264"/>
        <source>Could not mark unfinished jobs as interrupted</source>
        <translation>Unbeendete Aufträge konnten nicht als unterbrochen markiert werden</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="273"/>
        <source>RC Archiver ended while the job was running.</source>
        <translation>RC Archiver wurde beendet, während der Auftrag lief.</translation>
    </message>
</context>
<context>
    <name>rca::KeychainSecretStore</name>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="29"/>
        <source>read</source>
        <translation>lesen</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="31"/>
        <source>write</source>
        <translation>speichern</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="33"/>
        <source>remove</source>
        <translation>entfernen</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="127"/>
        <source>no application object</source>
        <translation>kein Anwendungsobjekt</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="167"/>
        <source>The system keychain did not answer within %1 seconds. If it asks for a password to unlock it, enter it and try again.</source>
        <translation>Der System-Schlüsselbund hat nicht innerhalb von %1 Sekunden geantwortet. Wenn er nach einem Passwort zum Entsperren fragt, geben Sie es ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="183"/>
        <source>The system keychain is not available (no Secret Service running). Unlock or start your keyring (e.g. GNOME Keyring, KWallet) and try again.%1</source>
        <translation>Der System-Schlüsselbund ist nicht verfügbar (kein Secret Service aktiv). Entsperren oder starten Sie Ihren Schlüsselbund (z. B. GNOME Keyring, KWallet) und versuchen Sie es erneut.%1</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="190"/>
        <source>The keychain is locked or refused access. Unlock your keyring (e.g. GNOME Keyring, KWallet) and try again.%1</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert. Entsperren Sie Ihren Schlüsselbund (z. B. GNOME Keyring, KWallet) und versuchen Sie es erneut.%1</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="196"/>
        <source>Access to the keychain was denied. Allow RC Archiver to use the keychain and try again.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert. Erlauben Sie RC Archiver, den Schlüsselbund zu verwenden, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="201"/>
        <source>The keychain could not delete the saved entry.%1</source>
        <translation>Der Schlüsselbund konnte den gespeicherten Eintrag nicht löschen.%1</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="206"/>
        <source>This system has no keychain that RC Archiver can use.%1</source>
        <translation>Dieses System hat keinen Schlüsselbund, den RC Archiver verwenden kann.%1</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="214"/>
        <source>The system keychain could not %1 a secret%2. Make sure a keyring (e.g. GNOME Keyring, KWallet) is running and unlocked, then try again.</source>
        <translation>Der System-Schlüsselbund konnte ein Geheimnis nicht %1%2. Stellen Sie sicher, dass ein Schlüsselbund (z. B. GNOME Keyring, KWallet) läuft und entsperrt ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="283"/>
        <source>The system keychain did not give back what was stored in it.</source>
        <translation>Der System-Schlüsselbund hat nicht zurückgegeben, was darin gespeichert wurde.</translation>
    </message>
</context>
<context>
    <name>rca::LocalFolderConnector</name>
    <message>
        <location filename="../connectors/localfolder/localfiles.cpp" line="92"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localerrors.cpp" line="30"/>
        <location filename="../connectors/localfolder/localerrors.cpp" line="76"/>
        <source>The disk is full: could not %1 %2 (%3). Free some space on it, or choose another folder.</source>
        <translation>Der Datenträger ist voll: %1 %2 war nicht möglich (%3). Geben Sie darauf Speicherplatz frei oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localerrors.cpp" line="37"/>
        <location filename="../connectors/localfolder/localerrors.cpp" line="82"/>
        <source>The archive folder is not writable: could not %1 %2 (%3). Check the folder&apos;s permissions.</source>
        <translation>Der Archivordner ist nicht beschreibbar: %1 %2 war nicht möglich (%3). Prüfen Sie die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localerrors.cpp" line="43"/>
        <source>The archive folder is on a read-only disk: could not %1 %2 (%3).</source>
        <translation>Der Archivordner liegt auf einem schreibgeschützten Datenträger: %1 %2 war nicht möglich (%3).</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localerrors.cpp" line="58"/>
        <source>The archive folder is not reachable: could not %1 %2 (%3). Is the disk or network share connected?</source>
        <translation>Der Archivordner ist nicht erreichbar: %1 %2 war nicht möglich (%3). Ist das Laufwerk oder die Netzwerkfreigabe verbunden?</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localerrors.cpp" line="64"/>
        <location filename="../connectors/localfolder/localerrors.cpp" line="88"/>
        <location filename="../connectors/localfolder/localfiles.cpp" line="407"/>
        <source>Could not %1 %2: %3.</source>
        <translation>%1 %2 war nicht möglich: %3.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfiles.cpp" line="140"/>
        <location filename="../connectors/localfolder/localfiles.cpp" line="318"/>
        <source>create a file in</source>
        <translation>Anlegen einer Datei in</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfiles.cpp" line="143"/>
        <location filename="../connectors/localfolder/localfiles.cpp" line="321"/>
        <source>Could not create a temporary file in %1.</source>
        <translation>In %1 konnte keine temporäre Datei angelegt werden.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfiles.cpp" line="156"/>
        <location filename="../connectors/localfolder/localfiles.cpp" line="169"/>
        <location filename="../connectors/localfolder/localfiles.cpp" line="174"/>
        <location filename="../connectors/localfolder/localfiles.cpp" line="330"/>
        <location filename="../connectors/localfolder/localfiles.cpp" line="339"/>
        <location filename="../connectors/localfolder/localfiles.cpp" line="344"/>
        <source>write</source>
        <translation>Schreiben von</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfiles.cpp" line="214"/>
        <location filename="../connectors/localfolder/localfiles.cpp" line="227"/>
        <location filename="../connectors/localfolder/localfiles.cpp" line="237"/>
        <location filename="../connectors/localfolder/localfiles.cpp" line="254"/>
        <location filename="../connectors/localfolder/localfiles.cpp" line="379"/>
        <location filename="../connectors/localfolder/localfiles.cpp" line="408"/>
        <source>rename a file to</source>
        <translation>Umbenennen einer Datei in</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfiles.cpp" line="250"/>
        <location filename="../connectors/localfolder/localfiles.cpp" line="403"/>
        <source>%1 is a folder, not a file; it was not replaced.</source>
        <translation>%1 ist ein Ordner, keine Datei; er wurde nicht ersetzt.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfiles.cpp" line="263"/>
        <source>open the folder</source>
        <translation>Öffnen des Ordners</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfiles.cpp" line="274"/>
        <source>write the folder</source>
        <translation>Schreiben des Ordners</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfiles.cpp" line="56"/>
        <location filename="../connectors/localfolder/localfiles.cpp" line="71"/>
        <source>%1 exists but is not a folder.</source>
        <translation>%1 existiert, ist aber kein Ordner.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfiles.cpp" line="60"/>
        <source>create the folder</source>
        <translation>Anlegen des Ordners</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfiles.cpp" line="75"/>
        <source>Could not create the folder %1. Check the folder&apos;s permissions.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden. Prüfen Sie die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderupload.cpp" line="53"/>
        <location filename="../connectors/localfolder/localfolderupload.cpp" line="76"/>
        <source>The upload of %1 is already finished.</source>
        <translation>Das Hochladen von %1 ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderupload.cpp" line="101"/>
        <source>The data written for %1 does not match what was sent; it will be written again.</source>
        <translation>Die für %1 geschriebenen Daten stimmen nicht mit dem Gesendeten überein; sie werden erneut geschrieben.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderupload.cpp" line="121"/>
        <source>A different file already exists at %1; it was not overwritten.</source>
        <translation>Unter %1 gibt es bereits eine andere Datei; sie wurde nicht überschrieben.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderconnector.cpp" line="65"/>
        <source>Choose the folder to archive into (the &quot;path&quot; option).</source>
        <translation>Wählen Sie den Ordner, in den archiviert werden soll (die Option „path“).</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderconnector.cpp" line="77"/>
        <source>The folder %1 does not exist. Connect the disk or network share, or choose another folder.</source>
        <translation>Der Ordner %1 existiert nicht. Verbinden Sie das Laufwerk oder die Netzwerkfreigabe, oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderconnector.cpp" line="83"/>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderconnector.cpp" line="116"/>
        <source>The local folder archive is not set up: no folder is configured.</source>
        <translation>Das Archiv im lokalen Ordner ist nicht eingerichtet: Es ist kein Ordner konfiguriert.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderconnector.cpp" line="127"/>
        <source>The archive folder %1 is missing, and %2 is no longer on the disk or share mounted at %3. Is the disk or network share connected?</source>
        <translation>Der Archivordner %1 fehlt, und %2 liegt nicht mehr auf dem unter %3 eingehängten Laufwerk bzw. der Freigabe. Ist das Laufwerk oder die Netzwerkfreigabe verbunden?</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderconnector.cpp" line="215"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderconnector.cpp" line="267"/>
        <source>The archive folder %1 is missing. Is the disk or network share connected?</source>
        <translation>Der Archivordner %1 fehlt. Ist das Laufwerk oder die Netzwerkfreigabe verbunden?</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderconnector.cpp" line="280"/>
        <source>The path &quot;%1&quot; is absolute; only paths inside the archive folder are allowed.</source>
        <translation>Der Pfad „%1“ ist absolut; nur Pfade innerhalb des Archivordners sind erlaubt.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderconnector.cpp" line="286"/>
        <source>No file name was given.</source>
        <translation>Es wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderconnector.cpp" line="299"/>
        <source>The path &quot;%1&quot; was refused: &quot;%2&quot; is not a safe folder or file name.</source>
        <translation>Der Pfad „%1“ wurde abgelehnt: „%2“ ist kein sicherer Ordner- oder Dateiname.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderconnector.cpp" line="306"/>
        <source>The path &quot;%1&quot; was refused: &quot;%2&quot; is reserved for temporary files.</source>
        <translation>Der Pfad „%1“ wurde abgelehnt: „%2“ ist für temporäre Dateien reserviert.</translation>
    </message>
</context>
<context>
    <name>rca::LocalFolderConnectorFactory</name>
    <message>
        <location filename="../connectors/localfolder/localfolderconnector.cpp" line="45"/>
        <source>Archive folder</source>
        <translation>Archivordner</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderconnector.cpp" line="46"/>
        <source>The folder to archive into: an external disk or a mounted network share. It must exist.</source>
        <translation>Der Ordner, in den archiviert wird: ein externes Laufwerk oder eine eingehängte Netzwerkfreigabe. Er muss existieren.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderconnector.cpp" line="48"/>
        <source>A folder on this computer, a disk or a NAS share</source>
        <translation>Ein Ordner auf diesem Computer, ein Laufwerk oder eine NAS-Freigabe</translation>
    </message>
</context>
<context>
    <name>rca::LocalFolderReader</name>
    <message>
        <location filename="../connectors/localfolder/localfolderreader.cpp" line="54"/>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderreader.cpp" line="61"/>
        <source>%1 is not a folder (or is a symbolic link); it is not listed.</source>
        <translation>%1 ist kein Ordner (oder ist ein symbolischer Link); er wird nicht aufgelistet.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderreader.cpp" line="81"/>
        <location filename="../connectors/localfolder/localfolderreader.cpp" line="326"/>
        <location filename="../connectors/localfolder/localfolderreader.cpp" line="334"/>
        <source>Could not %1 %2: %3.</source>
        <translation>%1 %2 war nicht möglich: %3.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderreader.cpp" line="146"/>
        <location filename="../connectors/localfolder/localfolderreader.cpp" line="251"/>
        <source>list</source>
        <translation>Auflisten von</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderreader.cpp" line="271"/>
        <source>read</source>
        <translation>Lesen von</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderreader.cpp" line="274"/>
        <source>%1 is not a file (or is a symbolic link); it is not read.</source>
        <translation>%1 ist keine Datei (oder ist ein symbolischer Link); sie wird nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>rca::LogsPage</name>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="56"/>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="60"/>
        <source>Show Log &amp;for:</source>
        <translation>Protokoll anzeigen &amp;für:</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="63"/>
        <source>Show log for</source>
        <translation>Protokoll anzeigen für</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="64"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="65"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="66"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="67"/>
        <source>Custom range</source>
        <translation>Benutzerdefinierter Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="70"/>
        <source>F&amp;rom:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="73"/>
        <source>From date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="76"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="79"/>
        <source>To date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="83"/>
        <source>&amp;Go</source>
        <translation>&amp;Los</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="85"/>
        <source>Show the log for the dates</source>
        <translation>Protokoll für diesen Zeitraum anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="87"/>
        <source>&amp;Verify Archive…</source>
        <translation>&amp;Archiv überprüfen…</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="89"/>
        <source>Verify that the archive of these dates is complete</source>
        <translation>Überprüfen, ob das Archiv für diesen Zeitraum vollständig ist</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="90"/>
        <source>Checks that every item of the shown dates is in the storage and intact, and lists what is missing or damaged.</source>
        <translation>Prüft, ob jedes Element des angezeigten Zeitraums im Speicher und intakt ist, und listet auf, was fehlt oder beschädigt ist.</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="100"/>
        <source>Date range problem</source>
        <translation>Problem mit dem Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="106"/>
        <source>Job log</source>
        <translation>Auftragsprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="121"/>
        <source>No jobs</source>
        <translation>Keine Aufträge</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="133"/>
        <source>Number of jobs</source>
        <translation>Anzahl der Aufträge</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="134"/>
        <source>&amp;Details…</source>
        <translation>&amp;Details…</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="136"/>
        <source>Show the details of the selected job</source>
        <translation>Details des ausgewählten Auftrags anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="138"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="140"/>
        <source>Export the shown jobs as CSV</source>
        <translation>Angezeigte Aufträge als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="299"/>
        <source>The From date is after the To date. Choose a From date on or before %1.</source>
        <translation>Das Von-Datum liegt nach dem Bis-Datum. Wählen Sie ein Von-Datum am oder vor dem %1.</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="321"/>
        <source>SHOW MORE</source>
        <translation>MEHR ANZEIGEN</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="322"/>
        <source>Show all jobs</source>
        <translation>Alle Aufträge anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="323"/>
        <source>Show every job, also those that archived nothing</source>
        <translation>Jeden Auftrag anzeigen, auch solche, die nichts archiviert haben</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="325"/>
        <source>SHOW LESS</source>
        <translation>WENIGER ANZEIGEN</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="326"/>
        <source>Show only jobs that archived data</source>
        <translation>Nur Aufträge anzeigen, die Daten archiviert haben</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="327"/>
        <source>Show only the jobs that archived data or failed</source>
        <translation>Nur Aufträge anzeigen, die Daten archiviert haben oder fehlgeschlagen sind</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="336"/>
        <source>No job archived data or failed in this period. Choose SHOW MORE to see every job.</source>
        <translation>In diesem Zeitraum hat kein Auftrag Daten archiviert oder ist fehlgeschlagen. Wählen Sie MEHR ANZEIGEN, um jeden Auftrag zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="338"/>
        <source>No jobs ran in this period.</source>
        <translation>In diesem Zeitraum wurden keine Aufträge ausgeführt.</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="341"/>
        <source>Jobs: %1</source>
        <translation>Aufträge: %1</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="389"/>
        <source>Verify Archive</source>
        <translation>Archiv überprüfen</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="390"/>
        <source>Nothing of these dates is archived yet: the schedule archives each half hour about two hours later. Choose earlier dates.</source>
        <translation>Aus diesem Zeitraum ist noch nichts archiviert: Der Zeitplan archiviert jede halbe Stunde etwa zwei Stunden später. Wählen Sie einen früheren Zeitraum.</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="412"/>
        <source>There is no job log to export.</source>
        <translation>Es gibt kein Auftragsprotokoll zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="433"/>
        <location filename="../ui/logs/logspage.cpp" line="441"/>
        <source>Export Log</source>
        <translation>Protokoll exportieren</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="434"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>rca::LoopbackReceiver</name>
    <message>
        <location filename="../core/oauth/loopbackreceiver.cpp" line="57"/>
        <source>Port %1 on 127.0.0.1 is in use; close the program using it or change %2.</source>
        <translation>Port %1 auf 127.0.0.1 ist belegt; schließen Sie das Programm, das ihn verwendet, oder ändern Sie %2.</translation>
    </message>
    <message>
        <location filename="../core/oauth/loopbackreceiver.cpp" line="62"/>
        <source>Could not listen on 127.0.0.1 port %1 for the sign-in answer: %2.</source>
        <translation>Auf 127.0.0.1 Port %1 konnte nicht auf die Anmeldeantwort gewartet werden: %2.</translation>
    </message>
    <message>
        <location filename="../core/oauth/loopbackreceiver.cpp" line="90"/>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location filename="../core/oauth/loopbackreceiver.cpp" line="91"/>
        <source>You can close this tab and return to %1.</source>
        <translation>Sie können diesen Tab schließen und zu %1 zurückkehren.</translation>
    </message>
    <message>
        <location filename="../core/oauth/loopbackreceiver.cpp" line="96"/>
        <source>Sign-in did not complete</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <location filename="../core/oauth/loopbackreceiver.cpp" line="97"/>
        <source>%1 You can close this tab and return to %2.</source>
        <translation>%1 Sie können diesen Tab schließen und zu %2 zurückkehren.</translation>
    </message>
    <message>
        <location filename="../core/oauth/loopbackreceiver.cpp" line="129"/>
        <location filename="../core/oauth/loopbackreceiver.cpp" line="139"/>
        <source>The request was not understood.</source>
        <translation>Die Anfrage wurde nicht verstanden.</translation>
    </message>
    <message>
        <location filename="../core/oauth/loopbackreceiver.cpp" line="134"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <location filename="../core/oauth/loopbackreceiver.cpp" line="143"/>
        <source>This sign-in attempt has already ended.</source>
        <translation>Dieser Anmeldeversuch ist bereits beendet.</translation>
    </message>
    <message>
        <location filename="../core/oauth/loopbackreceiver.cpp" line="159"/>
        <source>The sign-in answer carried no authorization.</source>
        <translation>Die Anmeldeantwort enthielt keine Autorisierung.</translation>
    </message>
</context>
<context>
    <name>rca::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="29"/>
        <source>RC Archiver</source>
        <translation>RC Archiver</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="33"/>
        <source>&amp;Accounts</source>
        <translation>&amp;Konten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="34"/>
        <source>&amp;Sync options</source>
        <translation>&amp;Synchronisierungsoptionen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="35"/>
        <source>&amp;Logs</source>
        <translation>&amp;Protokolle</translation>
    </message>
</context>
<context>
    <name>rca::ManifestWriter</name>
    <message>
        <location filename="../core/audit/manifestwriter.cpp" line="225"/>
        <source>Could not start writing %1.</source>
        <translation>Das Schreiben von %1 konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>rca::OAuthFlow</name>
    <message>
        <location filename="../core/oauth/oauthflow.cpp" line="51"/>
        <source>The sign-in answer contained no access token.</source>
        <translation>Die Anmeldeantwort enthielt kein Zugriffstoken.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauthflow.cpp" line="229"/>
        <source>Signing in to %1</source>
        <translation>Anmelden bei %1</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauthflow.cpp" line="232"/>
        <source>%1 could not complete the sign-in right now: %2. Try again in a few minutes.</source>
        <translation>%1 konnte die Anmeldung gerade nicht abschließen: %2. Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauthflow.cpp" line="241"/>
        <source>%1 refused the sign-in: %2.</source>
        <translation>%1 hat die Anmeldung abgelehnt: %2.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauthflow.cpp" line="244"/>
        <source>%1 answered the sign-in with an unexpected status (%2).</source>
        <translation>%1 hat auf die Anmeldung mit einem unerwarteten Status geantwortet (%2).</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauthflow.cpp" line="282"/>
        <source>Sign-in was cancelled or consent denied at %1.</source>
        <translation>Die Anmeldung wurde bei %1 abgebrochen oder die Zustimmung verweigert.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauthflow.cpp" line="286"/>
        <source>%1 reported a sign-in error: %2.</source>
        <translation>%1 hat einen Anmeldefehler gemeldet: %2.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauthflow.cpp" line="290"/>
        <source>The sign-in answer did not belong to this sign-in attempt (state mismatch), so it was not used. Start the sign-in again.</source>
        <translation>Die Anmeldeantwort gehörte nicht zu diesem Anmeldeversuch (state stimmt nicht überein) und wurde daher nicht verwendet. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauthflow.cpp" line="296"/>
        <source>%1 sent no authorization code back. Start the sign-in again.</source>
        <translation>%1 hat keinen Autorisierungscode zurückgesendet. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauthflow.cpp" line="307"/>
        <source>RC Archiver could not open a web browser for the %1 sign-in.</source>
        <translation>RC Archiver konnte keinen Webbrowser für die Anmeldung bei %1 öffnen.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauthflow.cpp" line="349"/>
        <source>The %1 sign-in timed out: no answer came back from the browser. Start it again.</source>
        <translation>Die Anmeldung bei %1 hat das Zeitlimit überschritten: Vom Browser kam keine Antwort. Starten Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauthflow.cpp" line="396"/>
        <source>The %1 sign-in answer</source>
        <translation>Die Anmeldeantwort von %1</translation>
    </message>
</context>
<context>
    <name>rca::OAuthSession</name>
    <message>
        <location filename="../core/oauth/oauthsession.cpp" line="39"/>
        <source>%1 no longer accepts the saved sign-in (%2). Connect again in the Accounts tab.</source>
        <translation>%1 akzeptiert die gespeicherte Anmeldung nicht mehr (%2). Verbinden Sie erneut auf der Registerkarte Konten.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauthsession.cpp" line="54"/>
        <source>The saved %1 sign-in could not be read. Connect again in the Accounts tab.</source>
        <translation>Die gespeicherte Anmeldung bei %1 konnte nicht gelesen werden. Verbinden Sie erneut auf der Registerkarte Konten.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauthsession.cpp" line="203"/>
        <source>%1 is not connected. Connect it in the Accounts tab.</source>
        <translation>%1 ist nicht verbunden. Verbinden Sie es auf der Registerkarte Konten.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauthsession.cpp" line="248"/>
        <source>The %1 token refresh answer</source>
        <translation>Die Token-Aktualisierungsantwort von %1</translation>
    </message>
</context>
<context>
    <name>rca::Profile</name>
    <message>
        <location filename="../core/profile.cpp" line="49"/>
        <source>Cannot create the folder %1 for RC Archiver&apos;s data. Check that it is writable, or choose another with --profile.</source>
        <translation>Der Ordner %1 für die Daten von RC Archiver kann nicht angelegt werden. Prüfen Sie, ob er beschreibbar ist, oder wählen Sie mit --profile einen anderen.</translation>
    </message>
</context>
<context>
    <name>rca::RingCentralAccount</name>
    <message>
        <location filename="../core/ringcentral/ringcentralaccount.cpp" line="66"/>
        <source>Reading the signed-in RingCentral user</source>
        <translation>Lesen des angemeldeten RingCentral-Benutzers</translation>
    </message>
</context>
<context>
    <name>rca::RingCentralApi</name>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="124"/>
        <source>RingCentral no longer accepts the saved sign-in (it was revoked, expired after 7 days offline, or the password changed). Connect again in the Accounts tab.</source>
        <translation>RingCentral akzeptiert die gespeicherte Anmeldung nicht mehr (sie wurde widerrufen, ist nach 7 Tagen offline abgelaufen, oder das Passwort wurde geändert). Verbinden Sie erneut auf der Registerkarte Konten.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="144"/>
        <source>%1: RingCentral&apos;s request rate limit was reached (%2). It will be tried again later.</source>
        <translation>%1: Das Anfragelimit von RingCentral wurde erreicht (%2). Es wird später erneut versucht.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="153"/>
        <source>%1: RingCentral had a server problem (%2). It will be tried again.</source>
        <translation>%1: RingCentral hatte ein Serverproblem (%2). Es wird erneut versucht.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="161"/>
        <source>%1: RingCentral no longer accepts the saved sign-in (%2). Connect again in the Accounts tab.</source>
        <translation>%1: RingCentral akzeptiert die gespeicherte Anmeldung nicht mehr (%2). Verbinden Sie erneut auf der Registerkarte Konten.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="172"/>
        <source>the %1 permission</source>
        <translation>die Berechtigung %1</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="174"/>
        <source>a permission</source>
        <translation>eine Berechtigung</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="177"/>
        <source>%1: the signed-in RingCentral user lacks %2 that this needs (%3). Ask a RingCentral administrator to grant it.</source>
        <translation>%1: Dem angemeldeten RingCentral-Benutzer fehlt %2, die hierfür nötig ist (%3). Bitten Sie einen RingCentral-Administrator, sie zu erteilen.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="183"/>
        <source>%1: RingCentral refused access (%2).</source>
        <translation>%1: RingCentral hat den Zugriff verweigert (%2).</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="190"/>
        <source>%1: RingCentral no longer has this item (%2).</source>
        <translation>%1: RingCentral hat dieses Element nicht mehr (%2).</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="195"/>
        <source>%1: RingCentral does not know this address (%2). Check the RingCentral server setting.</source>
        <translation>%1: RingCentral kennt diese Adresse nicht (%2). Prüfen Sie die Einstellung des RingCentral-Servers.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="204"/>
        <source>, parameter %1</source>
        <translation>, Parameter %1</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="207"/>
        <source>%1: RingCentral rejected the request (%2%3). This is likely a problem in RC Archiver; please report it.</source>
        <translation>%1: RingCentral hat die Anfrage zurückgewiesen (%2%3). Das ist wahrscheinlich ein Fehler in RC Archiver; bitte melden Sie ihn.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="214"/>
        <source>%1: RingCentral refused the request (%2).</source>
        <translation>%1: RingCentral hat die Anfrage abgelehnt (%2).</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="219"/>
        <source>%1: RingCentral answered unexpectedly (%2).</source>
        <translation>%1: RingCentral hat unerwartet geantwortet (%2).</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="230"/>
        <source>%1: RingCentral pointed to an unexpected address (%2); the sign-in is not sent there.</source>
        <translation>%1: RingCentral verwies auf eine unerwartete Adresse (%2); die Anmeldung wird nicht dorthin gesendet.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="346"/>
        <source>%1: RingCentral&apos;s answer was incomplete or not valid JSON.</source>
        <translation>%1: Die Antwort von RingCentral war unvollständig oder kein gültiges JSON.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="357"/>
        <source>%1: RingCentral&apos;s answer was incomplete or not valid JSON, several times. It will be tried again with the next job.</source>
        <translation>%1: Die Antwort von RingCentral war mehrmals unvollständig oder kein gültiges JSON. Es wird beim nächsten Auftrag erneut versucht.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="387"/>
        <source>%1: RingCentral&apos;s paging did not advance.</source>
        <translation>%1: Die Seitenaufteilung von RingCentral kam nicht voran.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="394"/>
        <source>%1: too many pages.</source>
        <translation>%1: zu viele Seiten.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="447"/>
        <source>%1: RingCentral sent the whole file again instead of the missing part; it will be downloaded again later.</source>
        <translation>%1: RingCentral hat statt des fehlenden Teils die ganze Datei erneut gesendet; sie wird später erneut heruntergeladen.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="479"/>
        <source>%1: RingCentral sent a different part of the file than asked for; it will be downloaded again later.</source>
        <translation>%1: RingCentral hat einen anderen Teil der Datei gesendet als angefordert; sie wird später erneut heruntergeladen.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="499"/>
        <source>%1: the download stopped after %2 of %3 bytes.</source>
        <translation>%1: Der Download brach nach %2 von %3 Bytes ab.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="508"/>
        <source>%1: RingCentral sent %2 bytes where %3 were announced; it will be downloaded again later.</source>
        <translation>%1: RingCentral hat %2 Bytes gesendet, angekündigt waren %3; die Datei wird später erneut heruntergeladen.</translation>
    </message>
</context>
<context>
    <name>rca::RingCentralConfig</name>
    <message>
        <location filename="../core/ringcentral/ringcentralconfig.cpp" line="106"/>
        <source>RC Archiver has no RingCentral client id. Register a RingCentral app (see &quot;Registering a RingCentral app&quot; in the README) and set its client id with the RCA_RINGCENTRAL_CLIENT_ID environment variable or the CMake option of the same name.</source>
        <translation>RC Archiver hat keine RingCentral-Client-ID. Registrieren Sie eine RingCentral-App (siehe „Registering a RingCentral app“ in der README) und setzen Sie ihre Client-ID mit der Umgebungsvariablen RCA_RINGCENTRAL_CLIENT_ID oder der gleichnamigen CMake-Option.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralconfig.cpp" line="119"/>
        <source>The RingCentral server address &quot;%1&quot; is not a usable http(s) URL.</source>
        <translation>Die RingCentral-Serveradresse „%1“ ist keine verwendbare http(s)-URL.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralconfig.cpp" line="126"/>
        <source>The RingCentral media address &quot;%1&quot; is not a usable http(s) URL.</source>
        <translation>Die RingCentral-Medienadresse „%1“ ist keine verwendbare http(s)-URL.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralconfig.cpp" line="182"/>
        <source>it was revoked, expired after 7 days offline, or the password changed</source>
        <translation>sie wurde widerrufen, ist nach 7 Tagen offline abgelaufen, oder das Passwort wurde geändert</translation>
    </message>
</context>
<context>
    <name>rca::RingCentralSource</name>
    <message>
        <location filename="../core/ringcentral/ringcentralsource.cpp" line="108"/>
        <source>RingCentral no longer accepts the saved sign-in. Connect again in the Accounts tab.</source>
        <translation>RingCentral akzeptiert die gespeicherte Anmeldung nicht mehr. Verbinden Sie erneut auf der Registerkarte Konten.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralsource.cpp" line="118"/>
        <source>RingCentral is not connected. Connect it in the Accounts tab.</source>
        <translation>RingCentral ist nicht verbunden. Verbinden Sie es auf der Registerkarte Konten.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralsource.cpp" line="172"/>
        <source>Reading RingCentral&apos;s extension list</source>
        <translation>Lesen der Nebenstellenliste von RingCentral</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralsource.cpp" line="239"/>
        <source>Reading the company call log</source>
        <translation>Lesen des Anrufprotokolls des Unternehmens</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralsource.cpp" line="240"/>
        <source>Reading the call log</source>
        <translation>Lesen des Anrufprotokolls</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralsource.cpp" line="242"/>
        <source>This RingCentral account lacks the company call log permission (FullCompanyCallLog), so it cannot archive every extension&apos;s recordings. Switch Sync options to My Extension, or ask an administrator for the permission.</source>
        <translation>Diesem RingCentral-Konto fehlt die Berechtigung für das Anrufprotokoll des Unternehmens (FullCompanyCallLog), daher kann es nicht die Aufzeichnungen aller Nebenstellen archivieren. Stellen Sie die Synchronisierungsoptionen auf „Meine Nebenstelle“ um, oder bitten Sie einen Administrator um die Berechtigung.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralsource.cpp" line="284"/>
        <source>Reading the %1 messages</source>
        <translation>Lesen der Nachrichten vom Typ %1</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralsource.cpp" line="297"/>
        <source>The SMS text changed in size.</source>
        <translation>Die Größe des SMS-Textes hat sich geändert.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralsource.cpp" line="303"/>
        <source>RingCentral item %1 has no download information.</source>
        <translation>Das RingCentral-Element %1 hat keine Download-Informationen.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralsource.cpp" line="317"/>
        <source>Downloading call recording %1</source>
        <translation>Herunterladen der Anrufaufzeichnung %1</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralsource.cpp" line="319"/>
        <source>Downloading %1 %2</source>
        <translation>Herunterladen von %1 %2</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralsource.cpp" line="322"/>
        <source>RingCentral no longer has this recording</source>
        <translation>RingCentral hat diese Aufzeichnung nicht mehr</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralsource.cpp" line="324"/>
        <source>RingCentral no longer has this message</source>
        <translation>RingCentral hat diese Nachricht nicht mehr</translation>
    </message>
</context>
<context>
    <name>rca::SetUpDescription</name>
    <message>
        <location filename="../core/storage/setupdescription.cpp" line="55"/>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../core/storage/setupdescription.cpp" line="57"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../core/storage/setupdescription.cpp" line="59"/>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../core/storage/setupdescription.cpp" line="61"/>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../core/storage/setupdescription.cpp" line="63"/>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../core/storage/setupdescription.cpp" line="65"/>
        <source>secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <location filename="../core/storage/setupdescription.cpp" line="80"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../core/storage/setupdescription.cpp" line="115"/>
        <source>%1 has no option &quot;%2&quot;. Its options: %3.</source>
        <translation>%1 hat keine Option „%2“. Seine Optionen: %3.</translation>
    </message>
    <message>
        <location filename="../core/storage/setupdescription.cpp" line="131"/>
        <source>&quot;%1&quot; is not a valid %2 (the &quot;%3&quot; option): use %4.</source>
        <translation>„%1“ ist kein gültiger Wert für %2 (die Option „%3“): verwenden Sie %4.</translation>
    </message>
    <message>
        <location filename="../core/storage/setupdescription.cpp" line="145"/>
        <source>&quot;%1&quot; is not a valid %2 (the &quot;%3&quot; option): use a whole number from %4 to %5.</source>
        <translation>„%1“ ist kein gültiger Wert für %2 (die Option „%3“): verwenden Sie eine ganze Zahl von %4 bis %5.</translation>
    </message>
    <message>
        <location filename="../core/storage/setupdescription.cpp" line="158"/>
        <source>&quot;%1&quot; is not a valid %2 (the &quot;%3&quot; option): use true or false.</source>
        <translation>„%1“ ist kein gültiger Wert für %2 (die Option „%3“): verwenden Sie true oder false.</translation>
    </message>
</context>
<context>
    <name>rca::SetUpForm</name>
    <message>
        <location filename="../ui/accounts/setupform.cpp" line="43"/>
        <source>Choose the archive folder</source>
        <translation>Archivordner auswählen</translation>
    </message>
    <message>
        <location filename="../ui/accounts/setupform.cpp" line="58"/>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <location filename="../ui/accounts/setupform.cpp" line="142"/>
        <source>&amp;Choose…</source>
        <translation>A&amp;uswählen…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/setupform.cpp" line="142"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/setupform.cpp" line="144"/>
        <location filename="../ui/accounts/setupform.cpp" line="150"/>
        <source>Choose: %1</source>
        <translation>Auswählen: %1</translation>
    </message>
</context>
<context>
    <name>rca::SettingsStore</name>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="30"/>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation>Unbekannte Einstellung „%1“.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="50"/>
        <source>true or false (or on/off, yes/no, 1/0)</source>
        <translation>true oder false (oder on/off, yes/no, 1/0)</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="53"/>
        <source>a whole number from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="57"/>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="59"/>
        <source>a date and time in ISO 8601 form, such as 2026-11-25T11:30:00Z</source>
        <translation>ein Datum mit Uhrzeit im Format ISO 8601, etwa 2026-11-25T11:30:00Z</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="61"/>
        <source>a JSON object, such as {&quot;path&quot;: &quot;/srv/archive&quot;}</source>
        <translation>ein JSON-Objekt, etwa {&quot;path&quot;: &quot;/srv/archive&quot;}</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="64"/>
        <source>a comma-separated list of call-recording, voicemail, sms, fax</source>
        <translation>eine kommagetrennte Liste aus call-recording, voicemail, sms, fax</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="67"/>
        <source>&quot;admin&quot; or &quot;extension&quot;</source>
        <translation>„admin“ oder „extension“</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="68"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="239"/>
        <source>Archive new recordings and messages every half hour.</source>
        <translation>Neue Aufzeichnungen und Nachrichten jede halbe Stunde archivieren.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="241"/>
        <source>Where the data comes from: &quot;ringcentral&quot; or &quot;demo&quot;.</source>
        <translation>Woher die Daten kommen: „ringcentral“ oder „demo“.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="243"/>
        <source>Non-secret settings of the source (server URLs, client id), as JSON.</source>
        <translation>Nicht geheime Einstellungen der Quelle (Server-URLs, Client-ID), als JSON.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="245"/>
        <source>What to archive: call-recording, voicemail, sms, fax, comma-separated.</source>
        <translation>Was archiviert wird: call-recording, voicemail, sms, fax, durch Kommas getrennt.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="247"/>
        <source>For administrators: &quot;admin&quot; archives the call recordings of every extension (Account Settings), &quot;extension&quot; the four types of your own (My Extension).</source>
        <translation>Für Administratoren: „admin“ archiviert die Anrufaufzeichnungen aller Nebenstellen (Kontoeinstellungen), „extension“ die vier Typen Ihrer eigenen (Meine Nebenstelle).</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="250"/>
        <source>Where the archive goes: &quot;local&quot;, &quot;sftp&quot;, &quot;dropbox&quot;, &quot;googledrive&quot;.</source>
        <translation>Wohin das Archiv geht: „local“, „sftp“, „dropbox“, „googledrive“.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="252"/>
        <source>Non-secret settings of the storage (folder, host, user), as JSON.</source>
        <translation>Nicht geheime Einstellungen des Speichers (Ordner, Host, Benutzer), als JSON.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="254"/>
        <source>The longest window one catch-up job covers, in hours.</source>
        <translation>Das längste Zeitfenster, das ein Nachhol-Auftrag abdeckt, in Stunden.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="255"/>
        <source>Write debug messages to the log.</source>
        <translation>Debug-Meldungen ins Protokoll schreiben.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="257"/>
        <source>Show a desktop notification when a job archived data.</source>
        <translation>Eine Desktop-Benachrichtigung anzeigen, wenn ein Auftrag Daten archiviert hat.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="259"/>
        <source>Show a desktop notification when a job failed.</source>
        <translation>Eine Desktop-Benachrichtigung anzeigen, wenn ein Auftrag fehlgeschlagen ist.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="261"/>
        <source>Show a desktop notification when a connection needs attention.</source>
        <translation>Eine Desktop-Benachrichtigung anzeigen, wenn eine Verbindung Aufmerksamkeit erfordert.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="263"/>
        <source>Once a week, check that the last 7 days are complete and intact in the storage.</source>
        <translation>Einmal pro Woche prüfen, ob die letzten 7 Tage vollständig und intakt im Speicher liegen.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="265"/>
        <source>When the weekly check of the archive last ran.</source>
        <translation>Wann die wöchentliche Archivprüfung zuletzt lief.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="267"/>
        <source>Whether the window has said that closing it keeps RC Archiver in the tray.</source>
        <translation>Ob das Fenster bereits mitgeteilt hat, dass RC Archiver beim Schließen im Infobereich bleibt.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="269"/>
        <source>The end of the last finished window.</source>
        <translation>Das Ende des letzten abgeschlossenen Zeitfensters.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="270"/>
        <source>Failed attempts at the current window.</source>
        <translation>Fehlgeschlagene Versuche für das aktuelle Zeitfenster.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="273"/>
        <source>When the current window is tried again.</source>
        <translation>Wann das aktuelle Zeitfenster erneut versucht wird.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="275"/>
        <source>Why the source needs the user, such as a refused sign-in.</source>
        <translation>Warum die Quelle den Benutzer benötigt, etwa wegen einer abgelehnten Anmeldung.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="332"/>
        <location filename="../core/store/settingsstore.cpp" line="356"/>
        <source>Setting &quot;%1&quot; expects %2, not &quot;%3&quot;.</source>
        <translation>Die Einstellung „%1“ erwartet %2, nicht „%3“.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="335"/>
        <source>Could not save the setting &quot;%1&quot;</source>
        <translation>Die Einstellung „%1“ konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="373"/>
        <source>Could not reset the setting &quot;%1&quot;</source>
        <translation>Die Einstellung „%1“ konnte nicht zurückgesetzt werden</translation>
    </message>
</context>
<context>
    <name>rca::SftpConnector</name>
    <message>
        <location filename="../connectors/sftp/sftpconnector.cpp" line="136"/>
        <source>No keychain is available to keep the SFTP %1 in, and RC Archiver never stores it anywhere else.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, um %1 für SFTP darin aufzubewahren, und RC Archiver speichert solche Geheimnisse nirgendwo anders.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnector.cpp" line="432"/>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="212"/>
        <source>password</source>
        <translation>das Passwort</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnector.cpp" line="433"/>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="213"/>
        <source>key passphrase</source>
        <translation>die Passphrase des Schlüssels</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnector.cpp" line="177"/>
        <source>The folder %1 does not exist on %2. Create it, or choose another folder.</source>
        <translation>Der Ordner %1 existiert auf %2 nicht. Legen Sie ihn an oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnector.cpp" line="183"/>
        <source>%1 on %2 is not a folder.</source>
        <translation>%1 auf %2 ist kein Ordner.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnector.cpp" line="211"/>
        <source>Could not keep the SFTP %1 in the keychain: %2</source>
        <translation>Im Schlüsselbund konnte %1 für SFTP nicht aufbewahrt werden: %2</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnector.cpp" line="250"/>
        <source>The SFTP archive is not set up: no server is configured.</source>
        <translation>Das SFTP-Archiv ist nicht eingerichtet: Es ist kein Server konfiguriert.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnector.cpp" line="276"/>
        <source>The folder %1 no longer exists on %2. Is the server&apos;s disk mounted?</source>
        <translation>Der Ordner %1 existiert auf %2 nicht mehr. Ist die Festplatte des Servers eingehängt?</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnector.cpp" line="356"/>
        <source>The connection to the SFTP server %1 was lost again; this job stops and will be retried later.</source>
        <translation>Die Verbindung zum SFTP-Server %1 ist erneut abgebrochen; dieser Auftrag wird beendet und später erneut versucht.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnector.cpp" line="366"/>
        <source>The connection to the SFTP server %1 was lost and could not be made again: %2</source>
        <translation>Die Verbindung zum SFTP-Server %1 ist abgebrochen und konnte nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnector.cpp" line="436"/>
        <source>No keychain is available to read the SFTP %1 from.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, aus dem %1 für SFTP gelesen werden könnte.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnector.cpp" line="442"/>
        <source>Could not read the SFTP %1 from the keychain: %2</source>
        <translation>Aus dem Schlüsselbund konnte %1 für SFTP nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnector.cpp" line="447"/>
        <source>The SFTP %1 is not in the keychain any more. Connect the SFTP storage again.</source>
        <translation>Im Schlüsselbund ist %1 für SFTP nicht mehr vorhanden. Verbinden Sie den SFTP-Speicher erneut.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnector.cpp" line="498"/>
        <source>RC Archiver cannot write into the folder %1 on %2 (%3). Check the folder&apos;s permissions on the server.</source>
        <translation>RC Archiver kann nicht in den Ordner %1 auf %2 schreiben (%3). Prüfen Sie die Berechtigungen des Ordners auf dem Server.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnector.cpp" line="617"/>
        <source>The archive folder %1 on %2 is missing. Is the server&apos;s disk mounted?</source>
        <translation>Der Archivordner %1 auf %2 fehlt. Ist die Festplatte des Servers eingehängt?</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnector.cpp" line="693"/>
        <source>%1 on %2 is not a file.</source>
        <translation>%1 auf %2 ist keine Datei.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnector.cpp" line="776"/>
        <source>The path &quot;%1&quot; is absolute; only paths inside the archive folder are allowed.</source>
        <translation>Der Pfad „%1“ ist absolut; nur Pfade innerhalb des Archivordners sind erlaubt.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnector.cpp" line="783"/>
        <source>No file name was given.</source>
        <translation>Es wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnector.cpp" line="791"/>
        <source>The path &quot;%1&quot; was refused: &quot;%2&quot; is not a safe folder or file name.</source>
        <translation>Der Pfad „%1“ wurde abgelehnt: „%2“ ist kein sicherer Ordner- oder Dateiname.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnector.cpp" line="798"/>
        <source>The path &quot;%1&quot; was refused: &quot;%2&quot; is reserved for temporary files.</source>
        <translation>Der Pfad „%1“ wurde abgelehnt: „%2“ ist für temporäre Dateien reserviert.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="96"/>
        <source>Enter the SFTP server&apos;s host name (the &quot;host&quot; option).</source>
        <translation>Geben Sie den Hostnamen des SFTP-Servers ein (die Option „host“).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="101"/>
        <source>&quot;%1&quot; is not a port number.</source>
        <translation>„%1“ ist keine Portnummer.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="107"/>
        <source>Enter the user to sign in as (the &quot;user&quot; option).</source>
        <translation>Geben Sie den Benutzer ein, als der die Anmeldung erfolgen soll (die Option „user“).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="118"/>
        <source>Unknown sign-in method &quot;%1&quot;: use key, agent, password or keyboard-interactive.</source>
        <translation>Unbekannte Anmeldemethode „%1“: Verwenden Sie key, agent, password oder keyboard-interactive.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="138"/>
        <source>Choose the SSH key file to sign in with (the &quot;keyFile&quot; option).</source>
        <translation>Wählen Sie die SSH-Schlüsseldatei für die Anmeldung (die Option „keyFile“).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="150"/>
        <source>Enter the password for %1 (the &quot;password&quot; option).</source>
        <translation>Geben Sie das Passwort für %1 ein (die Option „password“).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="158"/>
        <source>Password for %1 on %2</source>
        <translation>Passwort für %1 auf %2</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="170"/>
        <source>&quot;%1&quot; is not a timeout in seconds (1 to 3600).</source>
        <translation>„%1“ ist kein Zeitlimit in Sekunden (1 bis 3600).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="175"/>
        <source>&quot;%1&quot; is not a number of parallel sessions (0 to %2).</source>
        <translation>„%1“ ist keine Anzahl paralleler Sitzungen (0 bis %2).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="182"/>
        <source>&quot;%1&quot; is not a file size in MiB.</source>
        <translation>„%1“ ist keine Dateigröße in MiB.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="224"/>
        <source>Trust %1?</source>
        <translation>%1 vertrauen?</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="225"/>
        <source>RC Archiver has not connected to %1 before. The server identifies itself with this %2 key:

%3

Compare it with the fingerprint your server&apos;s administrator gives you (on the server: ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub). Connect only if they are the same.</source>
        <translation>RC Archiver hat sich noch nie mit %1 verbunden. Der Server weist sich mit diesem %2-Schlüssel aus:

%3

Vergleichen Sie ihn mit dem Fingerabdruck, den Ihnen der Administrator des Servers nennt (auf dem Server: ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub). Verbinden Sie nur, wenn beide übereinstimmen.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="238"/>
        <source>Passphrase of the SSH key for %1</source>
        <translation>Passphrase des SSH-Schlüssels für %1</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="261"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="262"/>
        <source>The SFTP server&apos;s host name or address.</source>
        <translation>Hostname oder Adresse des SFTP-Servers.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="266"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="267"/>
        <source>The SSH port.</source>
        <translation>Der SSH-Port.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="269"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="270"/>
        <source>The user to sign in as (default: your user name here).</source>
        <translation>Der Benutzer, als der angemeldet wird (Standard: Ihr Benutzername hier).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="274"/>
        <source>Folder on the server</source>
        <translation>Ordner auf dem Server</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="275"/>
        <source>The folder on the server to archive into; it must exist.</source>
        <translation>Der Ordner auf dem Server, in den archiviert wird; er muss existieren.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="277"/>
        <source>The login folder</source>
        <translation>Der Anmeldeordner</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="279"/>
        <source>Sign-in method</source>
        <translation>Anmeldemethode</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="280"/>
        <source>How RC Archiver signs in: with a key file, through the SSH agent, or with a password.</source>
        <translation>Wie sich RC Archiver anmeldet: mit einer Schlüsseldatei, über den SSH-Agenten oder mit einem Passwort.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="286"/>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="292"/>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="287"/>
        <source>SSH agent</source>
        <translation>SSH-Agent</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="288"/>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="309"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="290"/>
        <source>Keyboard-interactive</source>
        <translation>Tastatur-interaktiv</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="293"/>
        <source>The private key file to sign in with (default: ~/.ssh/id_ed25519 or id_ecdsa).</source>
        <translation>Die private Schlüsseldatei für die Anmeldung (Standard: ~/.ssh/id_ed25519 oder id_ecdsa).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="301"/>
        <source>Key passphrase</source>
        <translation>Passphrase des Schlüssels</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="302"/>
        <source>The key file&apos;s passphrase, if it has one (kept in the keychain).</source>
        <translation>Die Passphrase der Schlüsseldatei, falls sie eine hat (im Schlüsselbund gespeichert).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="305"/>
        <source>Only if the key has one</source>
        <translation>Nur, wenn der Schlüssel eine hat</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="310"/>
        <source>The password on the server (kept in the keychain).</source>
        <translation>Das Passwort auf dem Server (im Schlüsselbund gespeichert).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="316"/>
        <source>Confirmed host key</source>
        <translation>Bestätigter Host-Schlüssel</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="317"/>
        <source>The server&apos;s host key fingerprint you checked (SHA256:…), to confirm a server connected to for the first time.</source>
        <translation>Der Fingerabdruck des Host-Schlüssels, den Sie geprüft haben (SHA256:…), um einen Server bei der ersten Verbindung zu bestätigen.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="322"/>
        <source>Known hosts file</source>
        <translation>Datei der bekannten Hosts</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="323"/>
        <source>Where confirmed host keys are kept (default: the app&apos;s data folder).</source>
        <translation>Wo bestätigte Host-Schlüssel gespeichert werden (Standard: der Datenordner der App).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="328"/>
        <source>Timeout (seconds)</source>
        <translation>Zeitlimit (Sekunden)</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="329"/>
        <source>Seconds to wait for the server before giving up on a connection or an operation.</source>
        <translation>Sekunden, die auf den Server gewartet wird, bevor eine Verbindung oder ein Vorgang aufgegeben wird.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="338"/>
        <source>Parallel upload sessions</source>
        <translation>Parallele Upload-Sitzungen</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="339"/>
        <source>Extra SSH sessions that upload parts of a large file at the same time (0 writes every file through one session).</source>
        <translation>Zusätzliche SSH-Sitzungen, die Teile einer großen Datei gleichzeitig hochladen (0 schreibt jede Datei über eine Sitzung).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="349"/>
        <source>Parallel upload from (MiB)</source>
        <translation>Paralleler Upload ab (MiB)</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="350"/>
        <source>The file size in MiB from which the extra sessions are used.</source>
        <translation>Die Dateigröße in MiB, ab der die zusätzlichen Sitzungen genutzt werden.</translation>
    </message>
</context>
<context>
    <name>rca::SingleInstance</name>
    <message>
        <location filename="../ui/tray/singleinstance.cpp" line="84"/>
        <source>Another RC Archiver is running but does not answer.</source>
        <translation>Eine andere Instanz von RC Archiver läuft, antwortet aber nicht.</translation>
    </message>
    <message>
        <location filename="../ui/tray/singleinstance.cpp" line="152"/>
        <source>Cannot listen for other launches of RC Archiver: %1</source>
        <translation>Weitere Starts von RC Archiver können nicht empfangen werden: %1</translation>
    </message>
</context>
<context>
    <name>rca::SourceFactory</name>
    <message>
        <location filename="../core/sources/sourcefactory.cpp" line="36"/>
        <source>%1 (ext. %2%3)</source>
        <translation>%1 (Nst. %2%3)</translation>
    </message>
    <message>
        <location filename="../core/sources/sourcefactory.cpp" line="38"/>
        <source>, administrator</source>
        <translation>, Administrator</translation>
    </message>
    <message>
        <location filename="../core/sources/sourcefactory.cpp" line="48"/>
        <source>No source is connected. Connect RingCentral (or the demo source) first.</source>
        <translation>Es ist keine Quelle verbunden. Verbinden Sie zuerst RingCentral (oder die Demo-Quelle).</translation>
    </message>
    <message>
        <location filename="../core/sources/sourcefactory.cpp" line="74"/>
        <source>Unknown source &quot;%1&quot;.</source>
        <translation>Unbekannte Quelle „%1“.</translation>
    </message>
</context>
<context>
    <name>rca::StorageConnector</name>
    <message>
        <location filename="../core/storage/storageconnector.cpp" line="22"/>
        <source>This storage offers no connection test.</source>
        <translation>Dieser Speicher bietet keinen Verbindungstest.</translation>
    </message>
</context>
<context>
    <name>rca::SyncOptionsPage</name>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="58"/>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="60"/>
        <source>&amp;Enable backup</source>
        <translation>Sicherung &amp;aktivieren</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="62"/>
        <source>Enable backup</source>
        <translation>Sicherung aktivieren</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="63"/>
        <source>Archive new recordings and messages every half hour</source>
        <translation>Neue Aufzeichnungen und Nachrichten jede halbe Stunde archivieren</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="67"/>
        <source>&amp;Check the archive every week</source>
        <translation>Archiv &amp;wöchentlich prüfen</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="69"/>
        <source>Check the archive every week</source>
        <translation>Archiv wöchentlich prüfen</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="71"/>
        <source>Once a week, RC Archiver checks that every recording and message of the last 7 days is in the storage and intact. The result is in the Logs tab; a notification says when something is missing or damaged.</source>
        <translation>Einmal pro Woche prüft RC Archiver, ob jede Aufzeichnung und jede Nachricht der letzten 7 Tage im Speicher und intakt ist. Das Ergebnis steht auf der Registerkarte Protokolle; eine Benachrichtigung meldet, wenn etwas fehlt oder beschädigt ist.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="96"/>
        <source>What to archive</source>
        <translation>Was archiviert wird</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="102"/>
        <source>&amp;Account Settings</source>
        <translation>Kon&amp;toeinstellungen</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="104"/>
        <source>Account Settings: every extension you manage</source>
        <translation>Kontoeinstellungen: alle Nebenstellen, die Sie verwalten</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="105"/>
        <source>&amp;My Extension</source>
        <translation>Meine &amp;Nebenstelle</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="107"/>
        <source>My Extension: your own extension</source>
        <translation>Meine Nebenstelle: Ihre eigene Nebenstelle</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="121"/>
        <source>Call Recordings</source>
        <translation>Anrufaufzeichnungen</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="122"/>
        <source>Voice Mails</source>
        <translation>Sprachnachrichten</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="123"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="124"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="137"/>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="146"/>
        <source>Progress of the running job</source>
        <translation>Fortschritt des laufenden Auftrags</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="148"/>
        <source>&amp;Run now</source>
        <translation>&amp;Jetzt ausführen</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="150"/>
        <source>Run the due jobs now</source>
        <translation>Fällige Aufträge jetzt ausführen</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="165"/>
        <source>Archive from</source>
        <translation>Archivieren ab</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="168"/>
        <source>Archive to</source>
        <translation>Archivieren bis</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="174"/>
        <source>Archive &amp;range</source>
        <translation>&amp;Zeitraum archivieren</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="176"/>
        <source>Archive the chosen past days now</source>
        <translation>Die gewählten vergangenen Tage jetzt archivieren</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="177"/>
        <source>Archive past days &amp;from</source>
        <translation>Vergangene Tage archivieren &amp;von</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="179"/>
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="188"/>
        <source>RingCentral keeps recordings for about %1 days; items already archived are skipped.</source>
        <translation>RingCentral bewahrt Aufzeichnungen etwa %1 Tage auf; bereits archivierte Elemente werden übersprungen.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="201"/>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="203"/>
        <source>Start RC Archiver when I &amp;log in</source>
        <translation>RC Archiver beim An&amp;melden starten</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="205"/>
        <source>Start RC Archiver at login, in the tray</source>
        <translation>RC Archiver bei der Anmeldung im Infobereich starten</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="218"/>
        <source>Notify me when a job &amp;archived recordings or messages</source>
        <translation>Benachrichtigen, wenn ein Auftrag Aufzeichnungen oder Nachrichten a&amp;rchiviert hat</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="219"/>
        <source>Notify me when a job &amp;failed</source>
        <translation>Benachrichtigen, wenn ein Auftrag &amp;fehlgeschlagen ist</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="220"/>
        <source>Notify me when a connection &amp;needs attention</source>
        <translation>Benachrichtigen, wenn eine Verbindung Aufmerksamkeit &amp;erfordert</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="256"/>
        <source>Connect RingCentral and a storage on the Accounts tab first.</source>
        <translation>Verbinden Sie zuerst RingCentral und einen Speicher auf der Registerkarte Konten.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="258"/>
        <source>New recordings and messages are archived every half hour, about two hours after they were made.</source>
        <translation>Neue Aufzeichnungen und Nachrichten werden jede halbe Stunde archiviert, etwa zwei Stunden nach ihrer Entstehung.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="261"/>
        <source>Backup is off: nothing is archived until you enable it.</source>
        <translation>Die Sicherung ist aus: Es wird nichts archiviert, bis Sie sie aktivieren.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="284"/>
        <location filename="../ui/sync/syncoptionspage.cpp" line="342"/>
        <source>No job is planned while backup is off.</source>
        <translation>Solange die Sicherung aus ist, ist kein Auftrag geplant.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="294"/>
        <source>Call recordings of every extension you manage.</source>
        <translation>Anrufaufzeichnungen aller Nebenstellen, die Sie verwalten.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="295"/>
        <source>Recordings and messages of your own extension.</source>
        <translation>Aufzeichnungen und Nachrichten Ihrer eigenen Nebenstelle.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="332"/>
        <source>Choose days before today: the last hour and a half is archived by the schedule.</source>
        <translation>Wählen Sie Tage vor heute: Die letzten anderthalb Stunden archiviert der Zeitplan.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="346"/>
        <source>Next job: %1</source>
        <translation>Nächster Auftrag: %1</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="353"/>
        <source>Checking the archive…</source>
        <translation>Archiv wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="360"/>
        <source>Archiving %1 – %2…</source>
        <translation>%1 – %2 wird archiviert…</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="375"/>
        <source>%1 of %2 items · %3</source>
        <translation>%1 von %2 Elementen · %3</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="390"/>
        <source>Last check of the archive: %1 at %2.</source>
        <translation>Letzte Archivprüfung: %1 am %2.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="395"/>
        <source>Last job: %1 at %2. Items archived: %3.</source>
        <translation>Letzter Auftrag: %1 am %2. Archivierte Elemente: %3.</translation>
    </message>
</context>
<context>
    <name>rca::ssh::KnownHosts</name>
    <message>
        <location filename="../connectors/sftp/knownhosts.cpp" line="54"/>
        <source>the server&apos;s host key has a type libssh2 cannot check</source>
        <translation>der Host-Schlüssel des Servers hat einen Typ, den libssh2 nicht prüfen kann</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/knownhosts.cpp" line="82"/>
        <source>could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/knownhosts.cpp" line="144"/>
        <source>unsupported host key type</source>
        <translation>nicht unterstützter Host-Schlüsseltyp</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/knownhosts.cpp" line="176"/>
        <source>could not create the folder %1</source>
        <translation>der Ordner %1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/knownhosts.cpp" line="188"/>
        <location filename="../connectors/sftp/knownhosts.cpp" line="194"/>
        <source>could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>rca::ssh::Libssh2</name>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="35"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="36"/>
        <source>%1 (libssh2 error %2)</source>
        <translation>%1 (libssh2-Fehler %2)</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="45"/>
        <source>no error</source>
        <translation>kein Fehler</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="47"/>
        <source>end of file</source>
        <translation>Dateiende</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="49"/>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="51"/>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="53"/>
        <source>the server reported a failure</source>
        <translation>der Server hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="55"/>
        <source>the server did not understand the request</source>
        <translation>der Server hat die Anfrage nicht verstanden</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="59"/>
        <source>the connection was lost</source>
        <translation>die Verbindung ist abgebrochen</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="61"/>
        <source>the server does not support this operation</source>
        <translation>der Server unterstützt diesen Vorgang nicht</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="64"/>
        <source>invalid handle</source>
        <translation>ungültiges Handle</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="66"/>
        <source>no such path</source>
        <translation>Pfad nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="68"/>
        <source>the file already exists</source>
        <translation>die Datei existiert bereits</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="70"/>
        <source>the storage is write-protected</source>
        <translation>der Speicher ist schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="72"/>
        <source>no media</source>
        <translation>kein Medium</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="74"/>
        <source>no space left on the server&apos;s disk</source>
        <translation>kein Platz mehr auf der Festplatte des Servers</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="77"/>
        <source>the disk quota is exceeded</source>
        <translation>das Speicherkontingent ist überschritten</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="79"/>
        <source>unknown user or group</source>
        <translation>unbekannter Benutzer oder unbekannte Gruppe</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="81"/>
        <source>the file is locked</source>
        <translation>die Datei ist gesperrt</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="83"/>
        <source>the folder is not empty</source>
        <translation>der Ordner ist nicht leer</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="85"/>
        <source>not a folder</source>
        <translation>kein Ordner</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="87"/>
        <source>the server refused the file name</source>
        <translation>der Server hat den Dateinamen abgelehnt</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="89"/>
        <source>too many symbolic links</source>
        <translation>zu viele symbolische Links</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="91"/>
        <source>SFTP status %1</source>
        <translation>SFTP-Status %1</translation>
    </message>
</context>
<context>
    <name>rca::ssh::ParallelWriters</name>
    <message>
        <location filename="../connectors/sftp/parallelwriters.cpp" line="61"/>
        <source>No parallel upload is in progress.</source>
        <translation>Es läuft kein paralleler Upload.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/parallelwriters.cpp" line="154"/>
        <source>write</source>
        <translation>Schreiben von</translation>
    </message>
</context>
<context>
    <name>rca::ssh::SftpArchiveReader</name>
    <message>
        <location filename="../connectors/sftp/sftparchivereader.cpp" line="28"/>
        <source>The file %1 does not exist on %2.</source>
        <translation>Die Datei %1 existiert auf %2 nicht.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftparchivereader.cpp" line="64"/>
        <source>%1 on %2 is not a folder (or is a symbolic link); it is not listed.</source>
        <translation>%1 auf %2 ist kein Ordner (oder ist ein symbolischer Link); er wird nicht aufgelistet.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftparchivereader.cpp" line="124"/>
        <source>read</source>
        <translation>Lesen von</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftparchivereader.cpp" line="137"/>
        <source>%1 on %2 is not a file (or is a symbolic link); it is not read.</source>
        <translation>%1 auf %2 ist keine Datei (oder ist ein symbolischer Link); sie wird nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>rca::ssh::SftpUpload</name>
    <message>
        <location filename="../connectors/sftp/sftpupload.cpp" line="141"/>
        <location filename="../connectors/sftp/sftpupload.cpp" line="306"/>
        <source>The upload of %1 is already finished.</source>
        <translation>Das Hochladen von %1 ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpupload.cpp" line="64"/>
        <location filename="../connectors/sftp/sftpupload.cpp" line="259"/>
        <location filename="../connectors/sftp/sftpupload.cpp" line="297"/>
        <source>write</source>
        <translation>Schreiben von</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpupload.cpp" line="70"/>
        <source>The SFTP server %1 stopped acknowledging the data written to %2.</source>
        <translation>Der SFTP-Server %1 hat aufgehört, die nach %2 geschriebenen Daten zu bestätigen.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpupload.cpp" line="216"/>
        <source>The connection to the SFTP server %1 was lost while uploading %2.</source>
        <translation>Die Verbindung zum SFTP-Server %1 ist beim Hochladen von %2 abgebrochen.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpupload.cpp" line="282"/>
        <source>check the size of</source>
        <translation>Prüfen der Größe von</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpupload.cpp" line="286"/>
        <source>The SFTP server reports %1 bytes in the temporary file for %2, but %3 were written; it will be written again.</source>
        <translation>Der SFTP-Server meldet %1 Bytes in der temporären Datei für %2, geschrieben wurden aber %3; sie wird erneut geschrieben.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpupload.cpp" line="369"/>
        <source>%1 on %2 is a folder, not a file; it was not replaced.</source>
        <translation>%1 auf %2 ist ein Ordner, keine Datei; er wurde nicht ersetzt.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpupload.cpp" line="447"/>
        <source>A different file (%1 bytes, not %2) already exists at %3 on %4; it was not overwritten.</source>
        <translation>Unter %3 auf %4 gibt es bereits eine andere Datei (%1 Bytes, nicht %2); sie wurde nicht überschrieben.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpupload.cpp" line="454"/>
        <source>Something other than a file already exists at %1 on %2; it was not overwritten.</source>
        <translation>Unter %1 auf %2 gibt es bereits etwas anderes als eine Datei; es wurde nicht überschrieben.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpupload.cpp" line="475"/>
        <source>A different file of the same size already exists at %1 on %2; it was not overwritten.</source>
        <translation>Unter %1 auf %2 gibt es bereits eine andere Datei derselben Größe; sie wurde nicht überschrieben.</translation>
    </message>
</context>
<context>
    <name>rca::ssh::SshSession</name>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="25"/>
        <source>RC Archiver uses libssh2 %1 here, which can sign with RSA keys only as &quot;ssh-rsa&quot; (SHA-1); current OpenSSH servers (8.8 and later) refuse that. Use an ed25519 key instead: create one with `ssh-keygen -t ed25519`, add its public key to the user&apos;s ~/.ssh/authorized_keys on the server, and connect with it (an ECDSA key or a password work too).</source>
        <translation>RC Archiver verwendet hier libssh2 %1, das mit RSA-Schlüsseln nur als „ssh-rsa“ (SHA-1) signieren kann; aktuelle OpenSSH-Server (ab 8.8) lehnen das ab. Verwenden Sie stattdessen einen ed25519-Schlüssel: Erzeugen Sie einen mit `ssh-keygen -t ed25519`, fügen Sie seinen öffentlichen Schlüssel auf dem Server zur ~/.ssh/authorized_keys des Benutzers hinzu und verbinden Sie sich damit (ein ECDSA-Schlüssel oder ein Passwort funktionieren auch).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="47"/>
        <location filename="../connectors/sftp/sshauth.cpp" line="152"/>
        <location filename="../connectors/sftp/sshauth.cpp" line="264"/>
        <source>sign-in</source>
        <translation>der Anmeldung</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="53"/>
        <source>The SFTP server %1 does not accept %2 for %3 (it offers: %4). Choose another sign-in method.</source>
        <translation>Der SFTP-Server %1 akzeptiert für %3 keine %2 (er bietet an: %4). Wählen Sie eine andere Anmeldemethode.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="64"/>
        <location filename="../connectors/sftp/sshauth.cpp" line="68"/>
        <source>keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="72"/>
        <source>passwords</source>
        <translation>Passwörter</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="76"/>
        <source>keyboard-interactive sign-in</source>
        <translation>Keyboard-Interactive-Anmeldung</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="89"/>
        <source>Could not read the SSH key file %1: %2.</source>
        <translation>Die SSH-Schlüsseldatei %1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="94"/>
        <source>%1 is a PuTTY key file, which libssh2 cannot read. Convert it to the OpenSSH format (PuTTYgen: Conversions &gt; Export OpenSSH key, or `puttygen KEY.ppk -O private-openssh -o KEY`).</source>
        <translation>%1 ist eine PuTTY-Schlüsseldatei, die libssh2 nicht lesen kann. Konvertieren Sie sie in das OpenSSH-Format (PuTTYgen: Conversions &gt; Export OpenSSH key, oder `puttygen KEY.ppk -O private-openssh -o KEY`).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="101"/>
        <source>The SSH key file %1 is protected by a passphrase; enter it to connect (the &quot;passphrase&quot; option).</source>
        <translation>Die SSH-Schlüsseldatei %1 ist durch eine Passphrase geschützt; geben Sie sie zum Verbinden ein (die Option „passphrase“).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="120"/>
        <source>Could not unlock the SSH key file %1: the passphrase is wrong (or libssh2 %2 cannot decrypt this kind of key).</source>
        <translation>Die SSH-Schlüsseldatei %1 konnte nicht entsperrt werden: Die Passphrase ist falsch (oder libssh2 %2 kann diese Art von Schlüssel nicht entschlüsseln).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="126"/>
        <source>libssh2 %1 could not read the SSH key file %2 (%3 format): %4. Use an ed25519 or ECDSA key in the OpenSSH format.</source>
        <translation>libssh2 %1 konnte die SSH-Schlüsseldatei %2 nicht lesen (Format %3): %4. Verwenden Sie einen ed25519- oder ECDSA-Schlüssel im OpenSSH-Format.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="132"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="139"/>
        <source>The SFTP server refused the RSA key %1 for %2. %3</source>
        <translation>Der SFTP-Server hat den RSA-Schlüssel %1 für %2 abgelehnt. %3</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="144"/>
        <source>The SFTP server %1:%2 refused the %3 key %4 for %5. Add its public key to ~/.ssh/authorized_keys of %5 on the server, or choose another key.</source>
        <translation>Der SFTP-Server %1:%2 hat den %3-Schlüssel %4 für %5 abgelehnt. Fügen Sie seinen öffentlichen Schlüssel auf dem Server zur ~/.ssh/authorized_keys von %5 hinzu, oder wählen Sie einen anderen Schlüssel.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="160"/>
        <source>Could not use ssh-agent: %1</source>
        <translation>ssh-agent konnte nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="166"/>
        <source>No ssh-agent is available to sign in with (SSH_AUTH_SOCK is not set for RC Archiver). Start ssh-agent and add a key with ssh-add, or choose another sign-in method.</source>
        <translation>Für die Anmeldung ist kein ssh-agent verfügbar (SSH_AUTH_SOCK ist für RC Archiver nicht gesetzt). Starten Sie ssh-agent und fügen Sie mit ssh-add einen Schlüssel hinzu, oder wählen Sie eine andere Anmeldemethode.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="171"/>
        <source>Could not reach ssh-agent at %1: %2. Is it running?</source>
        <translation>ssh-agent unter %1 ist nicht erreichbar: %2. Läuft er?</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="177"/>
        <source>Could not list the keys in ssh-agent: %1</source>
        <translation>Die Schlüssel in ssh-agent konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="199"/>
        <source>sign-in with ssh-agent</source>
        <translation>der Anmeldung mit ssh-agent</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="202"/>
        <source>ssh-agent holds no keys. Add one with ssh-add, or choose another sign-in method.</source>
        <translation>ssh-agent enthält keine Schlüssel. Fügen Sie mit ssh-add einen hinzu, oder wählen Sie eine andere Anmeldemethode.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="207"/>
        <source>The SFTP server refused the RSA key(s) in ssh-agent for %1. %2</source>
        <translation>Der SFTP-Server hat den/die RSA-Schlüssel in ssh-agent für %1 abgelehnt. %2</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="212"/>
        <source>The SFTP server %1:%2 refused every key in ssh-agent (%3) for %4. Add one of their public keys to ~/.ssh/authorized_keys of %4 on the server.%5</source>
        <translation>Der SFTP-Server %1:%2 hat jeden Schlüssel in ssh-agent (%3) für %4 abgelehnt. Fügen Sie einen ihrer öffentlichen Schlüssel auf dem Server zur ~/.ssh/authorized_keys von %4 hinzu.%5</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="220"/>
        <source> (RSA keys cannot work here: </source>
        <translation> (RSA-Schlüssel können hier nicht funktionieren: </translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="230"/>
        <source>No password is stored for %1; connect again and enter it.</source>
        <translation>Für %1 ist kein Passwort gespeichert; verbinden Sie erneut und geben Sie es ein.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="251"/>
        <source>The password of %1 on the SFTP server has expired. Change it on the server, then connect again.</source>
        <translation>Das Passwort von %1 auf dem SFTP-Server ist abgelaufen. Ändern Sie es auf dem Server und verbinden Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="258"/>
        <source>The SFTP server %1:%2 refused the password for %3. Connect again with the right password.</source>
        <translation>Der SFTP-Server %1:%2 hat das Passwort für %3 abgelehnt. Verbinden Sie erneut mit dem richtigen Passwort.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsocket.cpp" line="29"/>
        <source>socket error %1</source>
        <translation>Socket-Fehler %1</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsocket.cpp" line="72"/>
        <source>Could not find the SFTP server &quot;%1&quot;: %2. Check the host name and the network connection.</source>
        <translation>Der SFTP-Server „%1“ wurde nicht gefunden: %2. Prüfen Sie den Hostnamen und die Netzwerkverbindung.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsocket.cpp" line="90"/>
        <source>Could not connect to the SFTP server %1: %2.</source>
        <translation>Keine Verbindung zum SFTP-Server %1 möglich: %2.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsocket.cpp" line="121"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsocket.cpp" line="125"/>
        <source>the server did not answer in time</source>
        <translation>der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsession.cpp" line="67"/>
        <source>Could not start an SSH session (out of memory?).</source>
        <translation>Es konnte keine SSH-Sitzung gestartet werden (Speicher erschöpft?).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsession.cpp" line="76"/>
        <source>The SFTP server %1:%2 and RC Archiver (libssh2 %3) have no key exchange, host key or cipher algorithm in common: %4. The server may be very old, or configured to accept only algorithms this libssh2 lacks.</source>
        <translation>Der SFTP-Server %1:%2 und RC Archiver (libssh2 %3) haben keinen gemeinsamen Schlüsselaustausch-, Host-Schlüssel- oder Verschlüsselungsalgorithmus: %4. Der Server ist vielleicht sehr alt oder so eingerichtet, dass er nur Algorithmen akzeptiert, die dieser libssh2 fehlen.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsession.cpp" line="88"/>
        <source>the SSH handshake</source>
        <translation>des SSH-Handshakes</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsession.cpp" line="102"/>
        <source>The server %1 does not offer SFTP (its &quot;sftp&quot; subsystem is not enabled): %2</source>
        <translation>Der Server %1 bietet kein SFTP an (sein Subsystem „sftp“ ist nicht aktiviert): %2</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsession.cpp" line="107"/>
        <source>starting SFTP</source>
        <translation>des SFTP-Starts</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsession.cpp" line="126"/>
        <source>reading the server&apos;s host key</source>
        <translation>des Lesens des Host-Schlüssels des Servers</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsession.cpp" line="149"/>
        <source>Could not check the host key of the SFTP server %1: %2.</source>
        <translation>Der Host-Schlüssel des SFTP-Servers %1 konnte nicht geprüft werden: %2.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsession.cpp" line="156"/>
        <source>The SFTP server %1 presents the %2 key %3, which is marked as revoked in %4. RC Archiver did not sign in. Ask the server&apos;s administrator for a new key.</source>
        <translation>Der SFTP-Server %1 legt den %2-Schlüssel %3 vor, der in %4 als widerrufen markiert ist. RC Archiver hat sich nicht angemeldet. Bitten Sie den Administrator des Servers um einen neuen Schlüssel.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsession.cpp" line="167"/>
        <source>WARNING: the identity of the SFTP server %1 has changed. It now presents the %2 key %3, which is not the key confirmed earlier (recorded in %4). Someone could be intercepting the connection (a man-in-the-middle attack), or the server was reinstalled or its keys were replaced. RC Archiver did not sign in and sent nothing. Ask the server&apos;s administrator whether the key changed. If it did, and the fingerprint above is the new one, remove the old entry with `ssh-keygen -R &apos;%5&apos; -f &apos;%4&apos;` and connect again to confirm the new key.</source>
        <translation>WARNUNG: Die Identität des SFTP-Servers %1 hat sich geändert. Er legt jetzt den %2-Schlüssel %3 vor, der nicht der früher bestätigte Schlüssel ist (vermerkt in %4). Jemand könnte die Verbindung abfangen (ein Man-in-the-Middle-Angriff), oder der Server wurde neu installiert bzw. seine Schlüssel wurden ersetzt. RC Archiver hat sich nicht angemeldet und nichts gesendet. Fragen Sie den Administrator des Servers, ob sich der Schlüssel geändert hat. Falls ja und der obige Fingerabdruck der neue ist, entfernen Sie den alten Eintrag mit `ssh-keygen -R &apos;%5&apos; -f &apos;%4&apos;` und verbinden Sie erneut, um den neuen Schlüssel zu bestätigen.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsession.cpp" line="188"/>
        <source>The SFTP server %1 is not known yet: RC Archiver has not confirmed its identity. Its %2 host key has the fingerprint %3. Make sure this is the server&apos;s key (ask its administrator, who can run `ssh-keygen -lf` on the server&apos;s public host key), then confirm it: in the Accounts tab, or on the command line by running `rc-archiver connect sftp` again with `--accept-host-key %3`.</source>
        <translation>Der SFTP-Server %1 ist noch nicht bekannt: RC Archiver hat seine Identität nicht bestätigt. Sein %2-Host-Schlüssel hat den Fingerabdruck %3. Vergewissern Sie sich, dass dies der Schlüssel des Servers ist (fragen Sie seinen Administrator, der `ssh-keygen -lf` auf den öffentlichen Host-Schlüssel des Servers anwenden kann), und bestätigen Sie ihn dann: auf der Registerkarte Konten oder auf der Kommandozeile, indem Sie `rc-archiver connect sftp` erneut mit `--accept-host-key %3` ausführen.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsession.cpp" line="202"/>
        <source>The %2 host key of the SFTP server %1 has the fingerprint %3, not the confirmed %4. RC Archiver did not sign in. Check the fingerprint with the server&apos;s administrator.</source>
        <translation>Der %2-Host-Schlüssel des SFTP-Servers %1 hat den Fingerabdruck %3, nicht den bestätigten %4. RC Archiver hat sich nicht angemeldet. Prüfen Sie den Fingerabdruck mit dem Administrator des Servers.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsession.cpp" line="216"/>
        <source>Could not remember the host key of %1 in %2: %3.</source>
        <translation>Der Host-Schlüssel von %1 konnte nicht in %2 vermerkt werden: %3.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsession.cpp" line="231"/>
        <source>The SFTP server %1 did not answer within %2 s during %3.</source>
        <translation>Der SFTP-Server %1 hat während %3 nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsession.cpp" line="238"/>
        <source>The connection to the SFTP server %1 failed during %2: %3.</source>
        <translation>Die Verbindung zum SFTP-Server %1 ist während %2 fehlgeschlagen: %3.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsessionsftp.cpp" line="15"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsessionsftp.cpp" line="20"/>
        <source>The server&apos;s disk is full or your quota is used up (%1): could not %2 %3. Free some space on the server.</source>
        <translation>Die Festplatte des Servers ist voll oder Ihr Kontingent ist aufgebraucht (%1): %2 %3 war nicht möglich. Geben Sie auf dem Server Speicherplatz frei.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsessionsftp.cpp" line="28"/>
        <source>Permission denied: could not %1 %2. Check that %3 may write there.</source>
        <translation>Zugriff verweigert: %1 %2 war nicht möglich. Prüfen Sie, ob %3 dort schreiben darf.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsessionsftp.cpp" line="34"/>
        <source>Could not %1 %2: %3.</source>
        <translation>%1 %2 war nicht möglich: %3.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsessionsftp.cpp" line="43"/>
        <source>The SFTP server %1 did not answer within %2 s while trying to %3 %4.</source>
        <translation>Der SFTP-Server %1 hat nicht innerhalb von %2 s geantwortet (%3 %4).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsessionsftp.cpp" line="50"/>
        <source>The connection to the SFTP server %1 was lost while trying to %2 %3: %4.</source>
        <translation>Die Verbindung zum SFTP-Server %1 ist abgebrochen (%2 %3): %4.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsessionsftp.cpp" line="86"/>
        <source>look at</source>
        <translation>Prüfen von</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsessionsftp.cpp" line="103"/>
        <source>create the folder</source>
        <translation>Anlegen des Ordners</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsessionsftp.cpp" line="124"/>
        <source>%1 on %2 is a file, not a folder, so nothing can be archived into it. Rename or move that file on the server.</source>
        <translation>%1 auf %2 ist eine Datei, kein Ordner, daher kann nichts darin archiviert werden. Benennen Sie diese Datei auf dem Server um oder verschieben Sie sie.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsessionsftp.cpp" line="136"/>
        <source>remove</source>
        <translation>Löschen von</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsessionsftp.cpp" line="151"/>
        <source>rename a file to</source>
        <translation>Umbenennen einer Datei in</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsessionsftp.cpp" line="163"/>
        <source>find the folder</source>
        <translation>Suchen des Ordners</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsessionsftp.cpp" line="177"/>
        <location filename="../connectors/sftp/sshsessionsftp.cpp" line="188"/>
        <source>list the folder</source>
        <translation>Auflisten des Ordners</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsessionsftp.cpp" line="206"/>
        <source>create</source>
        <translation>Anlegen von</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsessionsftp.cpp" line="207"/>
        <source>open</source>
        <translation>Öffnen von</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsessionsftp.cpp" line="226"/>
        <source>read</source>
        <translation>Lesen von</translation>
    </message>
</context>
</TS>
