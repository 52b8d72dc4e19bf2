<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="720"/>
        <source>Passphrase of the SSH key for %1: </source>
        <translation>Passphrase des SSH-Schlüssels für %1: </translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="723"/>
        <source>Password for %1 on %2: </source>
        <translation>Passwort für %1 auf %2: </translation>
    </message>
</context>
<context>
    <name>rca::Accounts</name>
    <message>
        <location filename="../core/accounts/accounts.cpp" line="61"/>
        <source>The %1 plugin is not installed.</source>
        <translation>Das Plug-in %1 ist nicht installiert.</translation>
    </message>
    <message>
        <location filename="../core/accounts/accounts.cpp" line="79"/>
        <source>Unknown source &quot;%1&quot;. Sources: %2.</source>
        <translation>Unbekannte Quelle „%1“. Quellen: %2.</translation>
    </message>
    <message>
        <location filename="../core/accounts/accounts.cpp" line="85"/>
        <location filename="../core/accounts/accounts.cpp" line="166"/>
        <source>%1 is connected. Disconnect it first.</source>
        <translation>%1 ist verbunden. Trennen Sie die Verbindung zuerst.</translation>
    </message>
    <message>
        <location filename="../core/accounts/accounts.cpp" line="119"/>
        <source>RingCentral is not connected.</source>
        <translation>RingCentral ist nicht verbunden.</translation>
    </message>
    <message>
        <location filename="../core/accounts/accounts.cpp" line="137"/>
        <source>No source is connected.</source>
        <translation>Es ist keine Quelle verbunden.</translation>
    </message>
    <message>
        <location filename="../core/accounts/accounts.cpp" line="161"/>
        <source>Unknown storage &quot;%1&quot;. Storages: %2.</source>
        <translation>Unbekannter Speicher „%1“. Speicher: %2.</translation>
    </message>
    <message>
        <location filename="../core/accounts/accounts.cpp" line="186"/>
        <source>Unknown storage &quot;%1&quot;.</source>
        <translation>Unbekannter Speicher „%1“.</translation>
    </message>
    <message>
        <location filename="../core/accounts/accounts.cpp" line="201"/>
        <source>No storage is connected.</source>
        <translation>Es ist kein Speicher verbunden.</translation>
    </message>
</context>
<context>
    <name>rca::AccountsPage</name>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="58"/>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="59"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="89"/>
        <location filename="../ui/accounts/accountspage.cpp" line="265"/>
        <source>Choose the archive folder</source>
        <translation>Archivordner auswählen</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="117"/>
        <source>RingCentral</source>
        <translation>RingCentral</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="135"/>
        <source>RECONNECT</source>
        <translation>ERNEUT VERBINDEN</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="136"/>
        <source>Sign in to RingCentral again</source>
        <translation>Erneut bei RingCentral anmelden</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="154"/>
        <location filename="../ui/accounts/accountspage.cpp" line="288"/>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="161"/>
        <source>The client id of your registered RingCentral app (see the README)</source>
        <translation>Die Client-ID Ihrer registrierten RingCentral-App (siehe README)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="162"/>
        <source>API server (https://platform.ringcentral.com)</source>
        <translation>API-Server (https://platform.ringcentral.com)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="163"/>
        <source>Media server (https://media.ringcentral.com)</source>
        <translation>Medienserver (https://media.ringcentral.com)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="164"/>
        <source>Loopback port of the registered redirect URI</source>
        <translation>Loopback-Port der registrierten Weiterleitungs-URI</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="176"/>
        <location filename="../ui/accounts/accountspage.cpp" line="327"/>
        <source>CONNECT</source>
        <translation>VERBINDEN</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="177"/>
        <source>Connect RingCentral</source>
        <translation>RingCentral verbinden</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="178"/>
        <location filename="../ui/accounts/accountspage.cpp" line="329"/>
        <source>DISCONNECT</source>
        <translation>TRENNEN</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="179"/>
        <source>Disconnect RingCentral</source>
        <translation>RingCentral trennen</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="191"/>
        <location filename="../ui/accounts/accountspage.cpp" line="227"/>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="208"/>
        <location filename="../ui/accounts/accountspage.cpp" line="386"/>
        <source>Open the archive folder</source>
        <translation>Archivordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="228"/>
        <source>&amp;Archive to:</source>
        <translation>&amp;Archivieren nach:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="261"/>
        <source>A folder on this computer, a disk or a NAS share</source>
        <translation>Ein Ordner auf diesem Computer, ein Laufwerk oder eine NAS-Freigabe</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="262"/>
        <source>Archive folder</source>
        <translation>Archivordner</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="263"/>
        <source>&amp;Choose…</source>
        <translation>A&amp;uswählen…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="280"/>
        <source>CONNECT opens %1 in your browser. Sign in there and allow RC Archiver to use its own folder.</source>
        <translation>VERBINDEN öffnet %1 in Ihrem Browser. Melden Sie sich dort an und erlauben Sie RC Archiver, einen eigenen Ordner zu verwenden.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="328"/>
        <source>Connect the storage</source>
        <translation>Speicher verbinden</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="330"/>
        <source>Disconnect the storage</source>
        <translation>Speicher trennen</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="351"/>
        <location filename="../ui/accounts/accountspage.cpp" line="388"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="352"/>
        <source>Connect the RingCentral account whose recordings and messages you want to keep. You sign in in your browser.</source>
        <translation>Verbinden Sie das RingCentral-Konto, dessen Aufzeichnungen und Nachrichten Sie aufbewahren möchten. Die Anmeldung erfolgt in Ihrem Browser.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="357"/>
        <source>Extension %1 · %2</source>
        <translation>Nebenstelle %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="359"/>
        <source>Administrator: archives the call recordings of every extension you manage</source>
        <translation>Administrator: archiviert die Anrufaufzeichnungen aller Nebenstellen, die Sie verwalten</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="361"/>
        <source>Extension user: archives your own extension</source>
        <translation>Nebenstellenbenutzer: archiviert Ihre eigene Nebenstelle</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="364"/>
        <source>Made-up items for trying RC Archiver without an account.</source>
        <translation>Erfundene Elemente, um RC Archiver ohne Konto auszuprobieren.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="382"/>
        <source>Archive: %1</source>
        <translation>Archiv: %1</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="390"/>
        <source>Choose where the archive goes. RC Archiver creates the folder Apps/RingCentral Application there.</source>
        <translation>Wählen Sie, wohin das Archiv geht. RC Archiver legt dort den Ordner Apps/RingCentral Application an.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="451"/>
        <source>Waiting for you to sign in in your browser…</source>
        <translation>Warten auf Ihre Anmeldung im Browser…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="474"/>
        <source>Opening the RingCentral sign-in…</source>
        <translation>Die RingCentral-Anmeldung wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="491"/>
        <location filename="../ui/accounts/accountspage.cpp" line="598"/>
        <source>Disconnect %1?</source>
        <translation>%1 trennen?</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="492"/>
        <source>Backup stops, and RC Archiver forgets its sign-in to %1. Everything already archived stays in your storage.</source>
        <translation>Die Sicherung stoppt, und RC Archiver vergisst seine Anmeldung bei %1. Alles bereits Archivierte bleibt in Ihrem Speicher.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="498"/>
        <location filename="../ui/accounts/accountspage.cpp" line="605"/>
        <source>Disconnecting…</source>
        <translation>Verbindung wird getrennt…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="526"/>
        <source>Trust %1?</source>
        <translation>%1 vertrauen?</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="527"/>
        <source>RC Archiver has not connected to %1 before. The server identifies itself with this %2 key:

%3

Compare it with the fingerprint your server&apos;s administrator gives you (on the server: ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub). Connect only if they are the same.</source>
        <translation>RC Archiver hat sich noch nie mit %1 verbunden. Der Server weist sich mit diesem %2-Schlüssel aus:

%3

Vergleichen Sie ihn mit dem Fingerabdruck, den Ihnen der Administrator des Servers nennt (auf dem Server: ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub). Verbinden Sie nur, wenn beide übereinstimmen.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="545"/>
        <source>Opening the %1 sign-in…</source>
        <translation>Die Anmeldung bei %1 wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="545"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="574"/>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="588"/>
        <source>Connection works</source>
        <translation>Verbindung funktioniert</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="589"/>
        <source>RC Archiver signed in to %1 and can write to the folder.</source>
        <translation>RC Archiver hat sich bei %1 angemeldet und kann in den Ordner schreiben.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="599"/>
        <source>Backup stops, and RC Archiver forgets its sign-in to %1. The recordings and messages already archived stay in %2.</source>
        <translation>Die Sicherung stoppt, und RC Archiver vergisst seine Anmeldung bei %1. Die bereits archivierten Aufzeichnungen und Nachrichten bleiben in %2.</translation>
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
        <location filename="../app/commandline.cpp" line="162"/>
        <source> (built with %1)</source>
        <translation> (erstellt mit %1)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="168"/>
        <source>libssh2: not in use (no SFTP connector loaded)</source>
        <translation>libssh2: nicht in Verwendung (kein SFTP-Connector geladen)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="171"/>
        <source>libssh2: version not known on this system</source>
        <translation>libssh2: Version auf diesem System nicht bekannt</translation>
    </message>
</context>
<context>
    <name>rca::Database</name>
    <message>
        <location filename="../core/store/database.cpp" line="177"/>
        <source>Could not create the folder %1 for the archive database.</source>
        <translation>Der Ordner %1 für die Archivdatenbank konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="180"/>
        <source>Could not open the archive database %1</source>
        <translation>Die Archivdatenbank %1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="219"/>
        <source>the database is not open</source>
        <translation>die Datenbank ist nicht geöffnet</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="235"/>
        <source>injected write failure (test)</source>
        <translation>eingespeister Schreibfehler (Test)</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="280"/>
        <source>Could not start a database transaction</source>
        <translation>Eine Datenbanktransaktion konnte nicht gestartet werden</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="289"/>
        <source>Commit without a transaction</source>
        <translation>Commit ohne Transaktion</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="295"/>
        <source>Could not commit a database transaction</source>
        <translation>Eine Datenbanktransaktion konnte nicht abgeschlossen werden</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="349"/>
        <source>cannot read the schema version</source>
        <translation>die Schemaversion kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="352"/>
        <source>it was written by a newer version of RC Archiver (schema %1, this version knows up to %2)</source>
        <translation>sie wurde von einer neueren Version von RC Archiver geschrieben (Schema %1, diese Version kennt bis %2)</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="364"/>
        <source>unexpected schema version %1</source>
        <translation>unerwartete Schemaversion %1</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="384"/>
        <source>migration to schema %1 failed</source>
        <translation>Migration auf Schema %1 fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>rca::DesktopIntegration</name>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="36"/>
        <source>&amp;Open RC Archiver</source>
        <translation>RC Archiver ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="39"/>
        <source>&amp;Run now</source>
        <translation>&amp;Jetzt ausführen</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="48"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="153"/>
        <source>%1 call recording</source>
        <translation>%1 Anrufaufzeichnung</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="153"/>
        <source>%1 call recordings</source>
        <translation>%1 Anrufaufzeichnungen</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="156"/>
        <source>%1 voicemail</source>
        <translation>%1 Sprachnachricht</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="156"/>
        <source>%1 voicemails</source>
        <translation>%1 Sprachnachrichten</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="159"/>
        <source>%1 SMS message</source>
        <translation>%1 SMS</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="159"/>
        <source>%1 SMS messages</source>
        <translation>%1 SMS</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="162"/>
        <source>%1 fax</source>
        <translation>%1 Fax</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="162"/>
        <source>%1 faxes</source>
        <translation>%1 Faxe</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="166"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="172"/>
        <source>Last job: none yet</source>
        <translation>Letzter Auftrag: noch keiner</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="175"/>
        <source>Last job: %1, %2</source>
        <translation>Letzter Auftrag: %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="178"/>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="184"/>
        <source>RC Archiver</source>
        <translation>RC Archiver</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="189"/>
        <source>Needs attention: %1</source>
        <translation>Erfordert Aufmerksamkeit: %1</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="191"/>
        <source>Archiving now…</source>
        <translation>Archivierung läuft…</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="195"/>
        <source>Backup is paused</source>
        <translation>Die Sicherung ist pausiert</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="197"/>
        <source>Next job: %1</source>
        <translation>Nächster Auftrag: %1</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="199"/>
        <source>Next job: not planned</source>
        <translation>Nächster Auftrag: nicht geplant</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="245"/>
        <source>RC Archiver needs your attention</source>
        <translation>RC Archiver benötigt Ihre Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="266"/>
        <source>Archived %1.</source>
        <translation>%1 archiviert.</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="268"/>
        <source>1 item could not be archived yet; it will be retried.</source>
        <translation>1 Element konnte noch nicht archiviert werden; es wird erneut versucht.</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="271"/>
        <source>%1 items could not be archived yet; they will be retried.</source>
        <translation>%1 Elemente konnten noch nicht archiviert werden; sie werden erneut versucht.</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="274"/>
        <source>New data archived</source>
        <translation>Neue Daten archiviert</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="279"/>
        <source>The job stopped without saying why.</source>
        <translation>Der Auftrag wurde ohne Angabe von Gründen beendet.</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="285"/>
        <source>Archived %1 before it stopped.</source>
        <translation>Vor dem Abbruch archiviert: %1.</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="286"/>
        <source>Archiving failed</source>
        <translation>Archivierung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="306"/>
        <source>&amp;Pause backup</source>
        <translation>Sicherung &amp;pausieren</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="306"/>
        <source>Resume &amp;backup</source>
        <translation>Sicherung fort&amp;setzen</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="321"/>
        <source>RC Archiver is still running</source>
        <translation>RC Archiver läuft weiter</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="322"/>
        <source>It keeps archiving in the background. Open or quit it from its icon in the system tray.</source>
        <translation>Es archiviert im Hintergrund weiter. Öffnen oder beenden Sie es über sein Symbol im Infobereich.</translation>
    </message>
</context>
<context>
    <name>rca::HttpClient</name>
    <message>
        <location filename="../core/net/httpclient.cpp" line="282"/>
        <source>the server sent an invalid HTTP response</source>
        <translation>der Server hat eine ungültige HTTP-Antwort gesendet</translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="295"/>
        <source>no data moved for %1 ms</source>
        <translation>%1 ms lang wurden keine Daten übertragen</translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="351"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="361"/>
        <source>the request took longer than %1 ms</source>
        <translation>die Anfrage dauerte länger als %1 ms</translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="443"/>
        <source>the data to upload ended early</source>
        <translation>die hochzuladenden Daten endeten vorzeitig</translation>
    </message>
</context>
<context>
    <name>rca::ItemLedger</name>
    <message>
        <location filename="../core/store/itemledger.cpp" line="127"/>
        <source>Could not record %1 as archived</source>
        <translation>%1 konnte nicht als archiviert vermerkt werden</translation>
    </message>
    <message>
        <location filename="../core/store/itemledger.cpp" line="131"/>
        <source>it is already in the archive ledger</source>
        <translation>es ist bereits im Archivverzeichnis vermerkt</translation>
    </message>
    <message>
        <location filename="../core/store/itemledger.cpp" line="194"/>
        <source>Could not record the failure of %1</source>
        <translation>Der Fehlschlag von %1 konnte nicht vermerkt werden</translation>
    </message>
    <message>
        <location filename="../core/store/itemledger.cpp" line="257"/>
        <source>Could not retry %1</source>
        <translation>%1 konnte nicht erneut versucht werden</translation>
    </message>
    <message>
        <location filename="../core/store/itemledger.cpp" line="270"/>
        <source>no failure is recorded for it</source>
        <translation>für dieses Element ist kein Fehlschlag vermerkt</translation>
    </message>
    <message>
        <location filename="../core/store/itemledger.cpp" line="278"/>
        <source>Could not expire old failed items</source>
        <translation>Alte fehlgeschlagene Elemente konnten nicht verworfen werden</translation>
    </message>
</context>
<context>
    <name>rca::JobDetailsDialog</name>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="59"/>
        <source>Job Details</source>
        <translation>Auftragsdetails</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="60"/>
        <source>Job details</source>
        <translation>Auftragsdetails</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="71"/>
        <source>Window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="72"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="73"/>
        <source>Ran</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="74"/>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="75"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="79"/>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="83"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="79"/>
        <source>Remote path</source>
        <translation>Entfernter Pfad</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="79"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="79"/>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="83"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="83"/>
        <source>Other party</source>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="84"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="84"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="84"/>
        <source>Next retry</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="91"/>
        <source>Archived items</source>
        <translation>Archivierte Elemente</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="96"/>
        <source>Failed items</source>
        <translation>Fehlgeschlagene Elemente</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="101"/>
        <source>Retry result</source>
        <translation>Ergebnis des erneuten Versuchs</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="108"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="109"/>
        <source>&amp;Retry Failed Items</source>
        <translation>Fehlgeschlagene Elemente &amp;erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="111"/>
        <source>Retry failed items</source>
        <translation>Fehlgeschlagene Elemente erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="137"/>
        <source>This job is no longer in the log.</source>
        <translation>Dieser Auftrag ist nicht mehr im Protokoll.</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="145"/>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="148"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="149"/>
        <source>Since %1</source>
        <translation>Seit %1</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="151"/>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="158"/>
        <source>Call Recording</source>
        <translation>Anrufaufzeichnung</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="160"/>
        <source>Voice Mail</source>
        <translation>Sprachnachricht</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="162"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="164"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="176"/>
        <source>%1 (attachment)</source>
        <translation>%1 (Anhang)</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="185"/>
        <source>&amp;Archived items (%1):</source>
        <translation>&amp;Archivierte Elemente (%1):</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="195"/>
        <source>Waits for a manual retry</source>
        <translation>Wartet auf einen manuellen erneuten Versuch</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="202"/>
        <source>RingCentral id %1</source>
        <translation>RingCentral-ID %1</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="207"/>
        <source>&amp;Failed items (%1):</source>
        <translation>&amp;Fehlgeschlagene Elemente (%1):</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="228"/>
        <source>Retry Failed Items</source>
        <translation>Fehlgeschlagene Elemente erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="229"/>
        <source>Some items could not be queued for a retry:
%1</source>
        <translation>Einige Elemente konnten nicht für einen erneuten Versuch vorgemerkt werden:
%1</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="237"/>
        <source>Items queued for a retry now: %1.</source>
        <translation>Jetzt für einen erneuten Versuch vorgemerkte Elemente: %1.</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="238"/>
        <source>Items queued for a retry at the next job: %1.</source>
        <translation>Für einen erneuten Versuch beim nächsten Auftrag vorgemerkte Elemente: %1.</translation>
    </message>
</context>
<context>
    <name>rca::JobLogCsv</name>
    <message>
        <location filename="../ui/logs/joblogcsv.cpp" line="77"/>
        <source>Could not export the log to %1: %2</source>
        <translation>Das Protokoll konnte nicht nach %1 exportiert werden: %2</translation>
    </message>
</context>
<context>
    <name>rca::JobLogModel</name>
    <message>
        <location filename="../ui/logs/joblogmodel.cpp" line="96"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/logs/joblogmodel.cpp" line="98"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../ui/logs/joblogmodel.cpp" line="100"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/logs/joblogmodel.cpp" line="102"/>
        <source>Job Start</source>
        <translation>Auftragsbeginn</translation>
    </message>
    <message>
        <location filename="../ui/logs/joblogmodel.cpp" line="104"/>
        <source>Job End</source>
        <translation>Auftragsende</translation>
    </message>
    <message>
        <location filename="../ui/logs/joblogmodel.cpp" line="106"/>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../ui/logs/joblogmodel.cpp" line="108"/>
        <source>Call Recording</source>
        <translation>Anrufaufzeichnung</translation>
    </message>
    <message>
        <location filename="../ui/logs/joblogmodel.cpp" line="110"/>
        <source>Voice Mail</source>
        <translation>Sprachnachricht</translation>
    </message>
    <message>
        <location filename="../ui/logs/joblogmodel.cpp" line="112"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../ui/logs/joblogmodel.cpp" line="114"/>
        <source>FAX</source>
        <translation>FAX</translation>
    </message>
    <message>
        <location filename="../ui/logs/joblogmodel.cpp" line="357"/>
        <source>Items that failed and wait for a retry: %1</source>
        <translation>Elemente, die fehlgeschlagen sind und auf einen erneuten Versuch warten: %1</translation>
    </message>
</context>
<context>
    <name>rca::JobRecord</name>
    <message>
        <location filename="../core/store/jobstore.cpp" line="116"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="118"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="120"/>
        <source>Completed with errors</source>
        <translation>Mit Fehlern abgeschlossen</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="122"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="124"/>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="126"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
</context>
<context>
    <name>rca::JobStore</name>
    <message>
        <location filename="../core/store/jobstore.cpp" line="164"/>
        <source>Could not save the job log</source>
        <translation>Das Auftragsprotokoll konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="166"/>
        <source>the job has no time window</source>
        <translation>der Auftrag hat kein Zeitfenster</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="196"/>
        <source>Could not save the progress of job %1</source>
        <translation>Der Fortschritt von Auftrag %1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="210"/>
        <location filename="../core/store/jobstore.cpp" line="236"/>
        <source>there is no such job</source>
        <translation>diesen Auftrag gibt es nicht</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="216"/>
        <source>Could not save the end of job %1</source>
        <translation>Das Ende von Auftrag %1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="218"/>
        <source>the job is still running</source>
        <translation>der Auftrag läuft noch</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="244"/>
        <source>Could not mark unfinished jobs as interrupted</source>
        <translation>Unbeendete Aufträge konnten nicht als unterbrochen markiert werden</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="253"/>
        <source>RC Archiver ended while the job was running.</source>
        <translation>RC Archiver wurde beendet, während der Auftrag lief.</translation>
    </message>
</context>
<context>
    <name>rca::LogsPage</name>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="54"/>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="58"/>
        <source>Show Log &amp;for:</source>
        <translation>Protokoll anzeigen &amp;für:</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="61"/>
        <source>Show log for</source>
        <translation>Protokoll anzeigen für</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="62"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="63"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="64"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="65"/>
        <source>Custom range</source>
        <translation>Benutzerdefinierter Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="68"/>
        <source>F&amp;rom:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="71"/>
        <source>From date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="74"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="77"/>
        <source>To date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="81"/>
        <source>&amp;Go</source>
        <translation>&amp;Los</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="83"/>
        <source>Show the log for the dates</source>
        <translation>Protokoll für diesen Zeitraum anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="91"/>
        <source>Date range problem</source>
        <translation>Problem mit dem Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="97"/>
        <source>Job log</source>
        <translation>Auftragsprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="112"/>
        <source>No jobs</source>
        <translation>Keine Aufträge</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="124"/>
        <source>Number of jobs</source>
        <translation>Anzahl der Aufträge</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="125"/>
        <source>&amp;Details…</source>
        <translation>&amp;Details…</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="127"/>
        <source>Show the details of the selected job</source>
        <translation>Details des ausgewählten Auftrags anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="129"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="131"/>
        <source>Export the shown jobs as CSV</source>
        <translation>Angezeigte Aufträge als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="287"/>
        <source>The From date is after the To date. Choose a From date on or before %1.</source>
        <translation>Das Von-Datum liegt nach dem Bis-Datum. Wählen Sie ein Von-Datum am oder vor dem %1.</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="309"/>
        <source>SHOW MORE</source>
        <translation>MEHR ANZEIGEN</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="310"/>
        <source>Show all jobs</source>
        <translation>Alle Aufträge anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="311"/>
        <source>Show every job, also those that archived nothing</source>
        <translation>Jeden Auftrag anzeigen, auch solche, die nichts archiviert haben</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="313"/>
        <source>SHOW LESS</source>
        <translation>WENIGER ANZEIGEN</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="314"/>
        <source>Show only jobs that archived data</source>
        <translation>Nur Aufträge anzeigen, die Daten archiviert haben</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="315"/>
        <source>Show only the jobs that archived data or failed</source>
        <translation>Nur Aufträge anzeigen, die Daten archiviert haben oder fehlgeschlagen sind</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="324"/>
        <source>No job archived data or failed in this period. Choose SHOW MORE to see every job.</source>
        <translation>In diesem Zeitraum hat kein Auftrag Daten archiviert oder ist fehlgeschlagen. Wählen Sie MEHR ANZEIGEN, um jeden Auftrag zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="326"/>
        <source>No jobs ran in this period.</source>
        <translation>In diesem Zeitraum wurden keine Aufträge ausgeführt.</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="329"/>
        <source>Jobs: %1</source>
        <translation>Aufträge: %1</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="362"/>
        <source>There is no job log to export.</source>
        <translation>Es gibt kein Auftragsprotokoll zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="383"/>
        <location filename="../ui/logs/logspage.cpp" line="391"/>
        <source>Export Log</source>
        <translation>Protokoll exportieren</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="384"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>rca::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="30"/>
        <source>RC Archiver</source>
        <translation>RC Archiver</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="34"/>
        <source>&amp;Accounts</source>
        <translation>&amp;Konten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="35"/>
        <source>&amp;Sync options</source>
        <translation>&amp;Synchronisierungsoptionen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="36"/>
        <source>&amp;Logs</source>
        <translation>&amp;Protokolle</translation>
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
        <source>Whether the window has said that closing it keeps RC Archiver in the tray.</source>
        <translation>Ob das Fenster bereits mitgeteilt hat, dass RC Archiver beim Schließen im Infobereich bleibt.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="265"/>
        <source>The end of the last finished window.</source>
        <translation>Das Ende des letzten abgeschlossenen Zeitfensters.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="266"/>
        <source>Failed attempts at the current window.</source>
        <translation>Fehlgeschlagene Versuche für das aktuelle Zeitfenster.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="269"/>
        <source>When the current window is tried again.</source>
        <translation>Wann das aktuelle Zeitfenster erneut versucht wird.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="271"/>
        <source>Why the source needs the user, such as a refused sign-in.</source>
        <translation>Warum die Quelle den Benutzer benötigt, etwa wegen einer abgelehnten Anmeldung.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="328"/>
        <location filename="../core/store/settingsstore.cpp" line="352"/>
        <source>Setting &quot;%1&quot; expects %2, not &quot;%3&quot;.</source>
        <translation>Die Einstellung „%1“ erwartet %2, nicht „%3“.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="331"/>
        <source>Could not save the setting &quot;%1&quot;</source>
        <translation>Die Einstellung „%1“ konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="369"/>
        <source>Could not reset the setting &quot;%1&quot;</source>
        <translation>Die Einstellung „%1“ konnte nicht zurückgesetzt werden</translation>
    </message>
</context>
<context>
    <name>rca::SftpForm</name>
    <message>
        <location filename="../ui/accounts/sftpform.cpp" line="22"/>
        <source>&amp;Key file:</source>
        <translation>Sc&amp;hlüsseldatei:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/sftpform.cpp" line="25"/>
        <source>Pass&amp;phrase:</source>
        <translation>Passphras&amp;e:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/sftpform.cpp" line="27"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/sftpform.cpp" line="29"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../ui/accounts/sftpform.cpp" line="35"/>
        <source>nas.example.com</source>
        <translation>nas.example.com</translation>
    </message>
    <message>
        <location filename="../ui/accounts/sftpform.cpp" line="36"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../ui/accounts/sftpform.cpp" line="40"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../ui/accounts/sftpform.cpp" line="43"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/sftpform.cpp" line="45"/>
        <source>&amp;Server:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/sftpform.cpp" line="51"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/accounts/sftpform.cpp" line="52"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/sftpform.cpp" line="55"/>
        <source>The login folder</source>
        <translation>Der Anmeldeordner</translation>
    </message>
    <message>
        <location filename="../ui/accounts/sftpform.cpp" line="56"/>
        <source>Folder on the server</source>
        <translation>Ordner auf dem Server</translation>
    </message>
    <message>
        <location filename="../ui/accounts/sftpform.cpp" line="57"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/sftpform.cpp" line="60"/>
        <source>Sign-in method</source>
        <translation>Anmeldemethode</translation>
    </message>
    <message>
        <location filename="../ui/accounts/sftpform.cpp" line="61"/>
        <location filename="../ui/accounts/sftpform.cpp" line="69"/>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <location filename="../ui/accounts/sftpform.cpp" line="62"/>
        <source>SSH agent</source>
        <translation>SSH-Agent</translation>
    </message>
    <message>
        <location filename="../ui/accounts/sftpform.cpp" line="63"/>
        <location filename="../ui/accounts/sftpform.cpp" line="95"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../ui/accounts/sftpform.cpp" line="64"/>
        <source>Keyboard-interactive</source>
        <translation>Tastatur-interaktiv</translation>
    </message>
    <message>
        <location filename="../ui/accounts/sftpform.cpp" line="65"/>
        <source>Sign-in &amp;method:</source>
        <translation>Anmelde&amp;methode:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/sftpform.cpp" line="70"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/sftpform.cpp" line="72"/>
        <source>Choose the key file</source>
        <translation>Schlüsseldatei auswählen</translation>
    </message>
    <message>
        <location filename="../ui/accounts/sftpform.cpp" line="81"/>
        <source>Choose the private key</source>
        <translation>Privaten Schlüssel auswählen</translation>
    </message>
    <message>
        <location filename="../ui/accounts/sftpform.cpp" line="88"/>
        <source>Only if the key has one</source>
        <translation>Nur, wenn der Schlüssel eine hat</translation>
    </message>
    <message>
        <location filename="../ui/accounts/sftpform.cpp" line="89"/>
        <source>Key passphrase</source>
        <translation>Passphrase des Schlüssels</translation>
    </message>
    <message>
        <location filename="../ui/accounts/sftpform.cpp" line="100"/>
        <source>Test the connection</source>
        <translation>Verbindung testen</translation>
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
        <location filename="../ui/sync/syncoptionspage.cpp" line="81"/>
        <source>What to archive</source>
        <translation>Was archiviert wird</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="87"/>
        <source>&amp;Account Settings</source>
        <translation>Kon&amp;toeinstellungen</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="89"/>
        <source>Account Settings: every extension you manage</source>
        <translation>Kontoeinstellungen: alle Nebenstellen, die Sie verwalten</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="90"/>
        <source>&amp;My Extension</source>
        <translation>Meine &amp;Nebenstelle</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="92"/>
        <source>My Extension: your own extension</source>
        <translation>Meine Nebenstelle: Ihre eigene Nebenstelle</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="106"/>
        <source>Call Recordings</source>
        <translation>Anrufaufzeichnungen</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="107"/>
        <source>Voice Mails</source>
        <translation>Sprachnachrichten</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="108"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="109"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="122"/>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="131"/>
        <source>Progress of the running job</source>
        <translation>Fortschritt des laufenden Auftrags</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="133"/>
        <source>&amp;Run now</source>
        <translation>&amp;Jetzt ausführen</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="135"/>
        <source>Run the due jobs now</source>
        <translation>Fällige Aufträge jetzt ausführen</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="150"/>
        <source>Archive from</source>
        <translation>Archivieren ab</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="153"/>
        <source>Archive to</source>
        <translation>Archivieren bis</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="159"/>
        <source>Archive &amp;range</source>
        <translation>&amp;Zeitraum archivieren</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="161"/>
        <source>Archive the chosen past days now</source>
        <translation>Die gewählten vergangenen Tage jetzt archivieren</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="162"/>
        <source>Archive past days &amp;from</source>
        <translation>Vergangene Tage archivieren &amp;von</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="164"/>
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="173"/>
        <source>RingCentral keeps recordings for about %1 days; items already archived are skipped.</source>
        <translation>RingCentral bewahrt Aufzeichnungen etwa %1 Tage auf; bereits archivierte Elemente werden übersprungen.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="186"/>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="188"/>
        <source>Start RC Archiver when I &amp;log in</source>
        <translation>RC Archiver beim An&amp;melden starten</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="190"/>
        <source>Start RC Archiver at login, in the tray</source>
        <translation>RC Archiver bei der Anmeldung im Infobereich starten</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="203"/>
        <source>Notify me when a job &amp;archived recordings or messages</source>
        <translation>Benachrichtigen, wenn ein Auftrag Aufzeichnungen oder Nachrichten a&amp;rchiviert hat</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="204"/>
        <source>Notify me when a job &amp;failed</source>
        <translation>Benachrichtigen, wenn ein Auftrag &amp;fehlgeschlagen ist</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="205"/>
        <source>Notify me when a connection &amp;needs attention</source>
        <translation>Benachrichtigen, wenn eine Verbindung Aufmerksamkeit &amp;erfordert</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="240"/>
        <source>Connect RingCentral and a storage on the Accounts tab first.</source>
        <translation>Verbinden Sie zuerst RingCentral und einen Speicher auf der Registerkarte Konten.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="242"/>
        <source>New recordings and messages are archived every half hour, about two hours after they were made.</source>
        <translation>Neue Aufzeichnungen und Nachrichten werden jede halbe Stunde archiviert, etwa zwei Stunden nach ihrer Entstehung.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="245"/>
        <source>Backup is off: nothing is archived until you enable it.</source>
        <translation>Die Sicherung ist aus: Es wird nichts archiviert, bis Sie sie aktivieren.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="268"/>
        <location filename="../ui/sync/syncoptionspage.cpp" line="326"/>
        <source>No job is planned while backup is off.</source>
        <translation>Solange die Sicherung aus ist, ist kein Auftrag geplant.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="278"/>
        <source>Call recordings of every extension you manage.</source>
        <translation>Anrufaufzeichnungen aller Nebenstellen, die Sie verwalten.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="279"/>
        <source>Recordings and messages of your own extension.</source>
        <translation>Aufzeichnungen und Nachrichten Ihrer eigenen Nebenstelle.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="316"/>
        <source>Choose days before today: the last hour and a half is archived by the schedule.</source>
        <translation>Wählen Sie Tage vor heute: Die letzten anderthalb Stunden archiviert der Zeitplan.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="330"/>
        <source>Next job: %1</source>
        <translation>Nächster Auftrag: %1</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="337"/>
        <source>Archiving %1 – %2…</source>
        <translation>%1 – %2 wird archiviert…</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="352"/>
        <source>%1 of %2 items · %3</source>
        <translation>%1 von %2 Elementen · %3</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="364"/>
        <source>Last job: %1 at %2. Items archived: %3.</source>
        <translation>Letzter Auftrag: %1 am %2. Archivierte Elemente: %3.</translation>
    </message>
</context>
</TS>
