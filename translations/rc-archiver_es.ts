<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>rca::Accounts</name>
    <message>
        <location filename="../core/accounts/accounts.cpp" line="73"/>
        <source>The %1 plugin is not installed.</source>
        <translation>El complemento %1 no está instalado.</translation>
    </message>
    <message>
        <location filename="../core/accounts/accounts.cpp" line="98"/>
        <source>Unknown source &quot;%1&quot;. Sources: %2.</source>
        <translation>Origen desconocido «%1». Orígenes: %2.</translation>
    </message>
    <message>
        <location filename="../core/accounts/accounts.cpp" line="104"/>
        <location filename="../core/accounts/accounts.cpp" line="185"/>
        <source>%1 is connected. Disconnect it first.</source>
        <translation>%1 está conectado. Desconéctelo primero.</translation>
    </message>
    <message>
        <location filename="../core/accounts/accounts.cpp" line="138"/>
        <source>RingCentral is not connected.</source>
        <translation>RingCentral no está conectado.</translation>
    </message>
    <message>
        <location filename="../core/accounts/accounts.cpp" line="156"/>
        <source>No source is connected.</source>
        <translation>No hay ningún origen conectado.</translation>
    </message>
    <message>
        <location filename="../core/accounts/accounts.cpp" line="180"/>
        <source>Unknown storage &quot;%1&quot;. Storages: %2.</source>
        <translation>Almacenamiento desconocido «%1». Almacenamientos: %2.</translation>
    </message>
    <message>
        <location filename="../core/accounts/accounts.cpp" line="208"/>
        <source>Unknown storage &quot;%1&quot;.</source>
        <translation>Almacenamiento desconocido «%1».</translation>
    </message>
    <message>
        <location filename="../core/accounts/accounts.cpp" line="223"/>
        <source>No storage is connected.</source>
        <translation>No hay ningún almacenamiento conectado.</translation>
    </message>
</context>
<context>
    <name>rca::AccountsPage</name>
    <message>
        <location filename="../ui/accounts/accountsrows.cpp" line="43"/>
        <source>Working</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountsrows.cpp" line="44"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="41"/>
        <source>Choose the archive folder</source>
        <translation>Elegir la carpeta del archivo</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="91"/>
        <source>Client id</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="106"/>
        <source>RingCentral</source>
        <translation>RingCentral</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="124"/>
        <source>RECONNECT</source>
        <translation>VOLVER A CONECTAR</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="125"/>
        <source>Sign in to RingCentral again</source>
        <translation>Volver a iniciar sesión en RingCentral</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="92"/>
        <source>The client id of your registered RingCentral app (see the README)</source>
        <translation>El ID de cliente de su aplicación de RingCentral registrada (consulte el README)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="93"/>
        <source>API server</source>
        <translation>Servidor de la API</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="94"/>
        <source>API server (https://platform.ringcentral.com)</source>
        <translation>Servidor de la API (https://platform.ringcentral.com)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="95"/>
        <source>Media server</source>
        <translation>Servidor de medios</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="96"/>
        <source>Media server (https://media.ringcentral.com)</source>
        <translation>Servidor multimedia (https://media.ringcentral.com)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="97"/>
        <source>Sign-in redirect port</source>
        <translation>Puerto de redirección del inicio de sesión</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="98"/>
        <source>Loopback port of the registered redirect URI</source>
        <translation>Puerto de bucle invertido del URI de redirección registrado</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="145"/>
        <location filename="../ui/accounts/accountspagestorage.cpp" line="146"/>
        <source>CONNECT</source>
        <translation>CONECTAR</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="146"/>
        <source>Connect RingCentral</source>
        <translation>Conectar RingCentral</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="147"/>
        <location filename="../ui/accounts/accountspagestorage.cpp" line="148"/>
        <source>DISCONNECT</source>
        <translation>DESCONECTAR</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="148"/>
        <source>Disconnect RingCentral</source>
        <translation>Desconectar RingCentral</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="161"/>
        <source>Try it with &amp;made-up recordings</source>
        <translation>Probarlo con &amp;grabaciones ficticias</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="168"/>
        <source>Connects the demo, which makes up call recordings, voicemails, SMS and faxes. Nothing is read from RingCentral.</source>
        <translation>Conecta la demostración, que genera grabaciones de llamadas, mensajes de voz, SMS y faxes ficticios. No se lee nada de RingCentral.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="172"/>
        <source>No RingCentral app at hand?</source>
        <translation>¿No tiene a mano una aplicación de RingCentral?</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspagestorage.cpp" line="33"/>
        <location filename="../ui/accounts/accountspagestorage.cpp" line="69"/>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="240"/>
        <location filename="../ui/accounts/accountspagestorage.cpp" line="50"/>
        <source>Open the archive folder</source>
        <translation>Abrir la carpeta del archivo</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspagestorage.cpp" line="70"/>
        <source>&amp;Archive to:</source>
        <translation>&amp;Archivar en:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspagestorage.cpp" line="86"/>
        <source>CONNECT opens %1 in your browser. Sign in there and allow RC Archiver to use its own folder.</source>
        <translation>CONECTAR abre %1 en su navegador. Inicie sesión allí y permita que RC Archiver use su propia carpeta.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspagestorage.cpp" line="105"/>
        <source>&amp;Use %1</source>
        <translation>&amp;Usar %1</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspagestorage.cpp" line="107"/>
        <source>Creates the folder %1 and archives into it.</source>
        <translation>Crea la carpeta %1 y archiva en ella.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspagestorage.cpp" line="115"/>
        <source>&amp;Test connection</source>
        <translation>Pro&amp;bar la conexión</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspagestorage.cpp" line="117"/>
        <source>Test the connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspagestorage.cpp" line="147"/>
        <source>Connect the storage</source>
        <translation>Conectar el almacenamiento</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspagestorage.cpp" line="149"/>
        <source>Disconnect the storage</source>
        <translation>Desconectar el almacenamiento</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="184"/>
        <location filename="../ui/accounts/accountspage.cpp" line="263"/>
        <source>&amp;Enable backup</source>
        <translation>&amp;Activar la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="185"/>
        <source>Enable backup</source>
        <translation>Activar la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="198"/>
        <location filename="../ui/accounts/accountspage.cpp" line="242"/>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="199"/>
        <source>Connect the RingCentral account whose recordings and messages you want to keep. You sign in in your browser.</source>
        <translation>Conecte la cuenta de RingCentral cuyas grabaciones y mensajes desea conservar. Iniciará sesión en su navegador.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="204"/>
        <source>Extension %1 · %2</source>
        <translation>Extensión %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="206"/>
        <source>Administrator: archives the call recordings of every extension you manage</source>
        <translation>Administrador: archiva las grabaciones de llamadas de todas las extensiones que administra</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="208"/>
        <source>Extension user: archives your own extension</source>
        <translation>Usuario de extensión: archiva su propia extensión</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="210"/>
        <source>Demo: made-up recordings</source>
        <translation>Demostración: grabaciones ficticias</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="211"/>
        <source>RC Archiver archives made-up call recordings, voicemails, SMS and faxes, so you can try it without a RingCentral app. Nothing comes from RingCentral. Disconnect the demo to connect RingCentral.</source>
        <translation>RC Archiver archiva grabaciones de llamadas, mensajes de voz, SMS y faxes ficticios para que pueda probarlo sin una aplicación de RingCentral. Nada procede de RingCentral. Desconecte la demostración para conectar RingCentral.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="234"/>
        <source>Archive: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="244"/>
        <source>Choose where the archive goes. RC Archiver creates the folder Apps/RingCentral Application there.</source>
        <translation>Elija dónde se guarda el archivo. RC Archiver crea allí la carpeta Apps/RingCentral Application.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="256"/>
        <source>The demo is ready. Start it to archive the made-up items of the last %1 hours now, and new ones every half hour.</source>
        <translation>La demostración está lista. Iníciela para archivar ahora los elementos ficticios de las últimas %1 horas y los nuevos cada media hora.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="259"/>
        <source>&amp;Start the demo</source>
        <translation>&amp;Iniciar la demostración</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="261"/>
        <source>Both sides are connected. Enable backup to archive new recordings and messages every half hour.</source>
        <translation>Los dos lados están conectados. Active la copia de seguridad para archivar las grabaciones y los mensajes nuevos cada media hora.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspagestorage.cpp" line="181"/>
        <source>Could not create the folder %1. Choose another one.</source>
        <translation>No se pudo crear la carpeta %1. Elija otra.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="351"/>
        <source>Waiting for you to sign in in your browser…</source>
        <translation>Esperando a que inicie sesión en su navegador…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="374"/>
        <source>Opening the RingCentral sign-in…</source>
        <translation>Abriendo el inicio de sesión de RingCentral…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="391"/>
        <source>Disconnect the demo?</source>
        <translation>¿Desconectar la demostración?</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="392"/>
        <source>Backup stops. The made-up items already archived stay in your storage.</source>
        <translation>La copia de seguridad se detiene. Los elementos ficticios ya archivados permanecen en su almacenamiento.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="398"/>
        <location filename="../ui/accounts/accountspagestorage.cpp" line="267"/>
        <source>Disconnect %1?</source>
        <translation>¿Desconectar %1?</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="399"/>
        <source>Backup stops, and RC Archiver forgets its sign-in to %1. Everything already archived stays in your storage.</source>
        <translation>La copia de seguridad se detiene y RC Archiver olvida su inicio de sesión en %1. Todo lo ya archivado permanece en su almacenamiento.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="405"/>
        <location filename="../ui/accounts/accountspagestorage.cpp" line="274"/>
        <source>Disconnecting…</source>
        <translation>Desconectando…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspagestorage.cpp" line="211"/>
        <source>Opening the %1 sign-in…</source>
        <translation>Abriendo el inicio de sesión de %1…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspagestorage.cpp" line="211"/>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspagestorage.cpp" line="244"/>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspagestorage.cpp" line="258"/>
        <source>Connection works</source>
        <translation>La conexión funciona</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspagestorage.cpp" line="259"/>
        <source>RC Archiver signed in to %1 and can write to the folder.</source>
        <translation>RC Archiver ha iniciado sesión en %1 y puede escribir en la carpeta.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspagestorage.cpp" line="268"/>
        <source>Backup stops, and RC Archiver forgets its sign-in to %1. The recordings and messages already archived stay in %2.</source>
        <translation>La copia de seguridad se detiene y RC Archiver olvida su inicio de sesión en %1. Las grabaciones y los mensajes ya archivados permanecen en %2.</translation>
    </message>
</context>
<context>
    <name>rca::ArchiveAudit</name>
    <message>
        <location filename="../core/audit/archiveaudit.cpp" line="199"/>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location filename="../core/audit/archiveaudit.cpp" line="206"/>
        <source>Opening the storage</source>
        <translation>Abriendo el almacenamiento</translation>
    </message>
    <message>
        <location filename="../core/audit/archiveaudit.cpp" line="222"/>
        <source>A file at the top of the archive, where only folders belong.</source>
        <translation>Un archivo en la carpeta raíz del archivo, donde solo debe haber carpetas.</translation>
    </message>
    <message>
        <location filename="../core/audit/archiveaudit.cpp" line="247"/>
        <source>Listing what %1 holds</source>
        <translation>Listando el contenido de %1</translation>
    </message>
    <message>
        <location filename="../core/audit/archiveaudit.cpp" line="286"/>
        <source>Checking %1</source>
        <translation>Comprobando %1</translation>
    </message>
    <message>
        <location filename="../core/audit/archiveaudit.cpp" line="441"/>
        <source>The ledger records %1 bytes archived on %2; the storage has no file there.</source>
        <translation>El registro del archivo indica %1 bytes archivados el %2; en el almacenamiento no hay ningún archivo en esa ruta.</translation>
    </message>
    <message>
        <location filename="../core/audit/archiveaudit.cpp" line="448"/>
        <source>%1 bytes stored, %2 archived.</source>
        <translation>%1 bytes almacenados, %2 archivados.</translation>
    </message>
    <message>
        <location filename="../core/audit/archiveaudit.cpp" line="456"/>
        <source>The storage gave no %1 for the file.</source>
        <translation>El almacenamiento no proporcionó ningún %1 para el archivo.</translation>
    </message>
    <message>
        <location filename="../core/audit/archiveaudit.cpp" line="457"/>
        <source>No %1 was recorded when it was archived.</source>
        <translation>No se registró ningún %1 al archivarlo.</translation>
    </message>
    <message>
        <location filename="../core/audit/archiveaudit.cpp" line="470"/>
        <source>The stored bytes are not the ones archived (%1 differs).</source>
        <translation>Los bytes almacenados no son los que se archivaron (%1 no coincide).</translation>
    </message>
    <message>
        <location filename="../core/audit/archiveaudit.cpp" line="485"/>
        <source>Archived with %1; %2.</source>
        <translation>Al archivarse: %1; %2.</translation>
    </message>
    <message>
        <location filename="../core/audit/archiveaudit.cpp" line="511"/>
        <source>%1 lists it and the storage holds its file (%2 bytes), but the ledger has no record of it.</source>
        <translation>%1 lo incluye y el almacenamiento tiene su archivo (%2 bytes), pero no figura en el registro del archivo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/audit/archiveaudit.cpp" line="521"/>
        <source>%1 lists it; archiving it failed %n time(s): %2</source>
        <translation>
            <numerusform>%1 lo incluye; archivarlo falló %n vez: %2</numerusform>
            <numerusform>%1 lo incluye; archivarlo falló %n veces: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/audit/archiveaudit.cpp" line="523"/>
        <source>%1 lists it; it is neither in the ledger nor in the storage.</source>
        <translation>%1 lo incluye; no está ni en el registro del archivo ni en el almacenamiento.</translation>
    </message>
    <message>
        <location filename="../core/audit/archiveaudit.cpp" line="390"/>
        <source>%1 bytes; no ledger entry and no item of %2 matches it.</source>
        <translation>%1 bytes; no le corresponde ninguna entrada del registro del archivo ni ningún elemento de %2.</translation>
    </message>
</context>
<context>
    <name>rca::AuditCommand</name>
    <message numerus="yes">
        <location filename="../app/commands/audit.cpp" line="31"/>
        <source>Repair job %1: %2, %n item(s) archived</source>
        <translation>
            <numerusform>Tarea de reparación %1: %2, %n elemento archivado</numerusform>
            <numerusform>Tarea de reparación %1: %2, %n elementos archivados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commands/audit.cpp" line="35"/>
        <source>(%n failed)</source>
        <translation>
            <numerusform>(%n fallido)</numerusform>
            <numerusform>(%n fallidos)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/commands/audit.cpp" line="58"/>
        <source>Give the range to check: audit --from DATE --to DATE.</source>
        <translation>Indique el intervalo que se debe comprobar: audit --from DATE --to DATE.</translation>
    </message>
    <message>
        <location filename="../app/commands/audit.cpp" line="60"/>
        <source>Choose one of --csv and --json.</source>
        <translation>Elija solo una de las opciones --csv y --json.</translation>
    </message>
    <message>
        <location filename="../app/commands/audit.cpp" line="135"/>
        <source>After the repair:</source>
        <translation>Después de la reparación:</translation>
    </message>
    <message>
        <location filename="../app/commands/audit.cpp" line="138"/>
        <source>Nothing to repair.</source>
        <translation>No hay nada que reparar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commands/audit.cpp" line="140"/>
        <source>%n problem(s) can be repaired: run the same command with --repair.</source>
        <translation>
            <numerusform>%n problema se puede reparar: ejecute el mismo comando con --repair.</numerusform>
            <numerusform>%n problemas se pueden reparar: ejecute el mismo comando con --repair.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rca::AuditDialog</name>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="36"/>
        <source>Verify Archive</source>
        <translation>Verificar el archivo</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="37"/>
        <source>Verify archive</source>
        <translation>Verificar el archivo</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="49"/>
        <source>What the check is doing</source>
        <translation>Lo que está haciendo la comprobación</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="52"/>
        <source>Half-hour windows checked</source>
        <translation>Intervalos de media hora comprobados</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="55"/>
        <source>Files checked</source>
        <translation>Archivos comprobados</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="65"/>
        <source>Result of the repair</source>
        <translation>Resultado de la reparación</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="75"/>
        <source>&amp;Repair</source>
        <translation>&amp;Reparar</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="77"/>
        <source>Archive again what is missing or damaged</source>
        <translation>Volver a archivar lo que falta o está dañado</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="78"/>
        <source>Archives again, from RingCentral, every missing or damaged item it still holds, then checks the range again.</source>
        <translation>Vuelve a archivar desde RingCentral cada elemento que falta o está dañado y que RingCentral todavía conserva, y después vuelve a comprobar el intervalo.</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="80"/>
        <source>&amp;Save Report…</source>
        <translation>&amp;Guardar el informe…</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="82"/>
        <source>Save the report as CSV or JSON</source>
        <translation>Guardar el informe como CSV o JSON</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="85"/>
        <source>Stop the check</source>
        <translation>Detener la comprobación</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="88"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="124"/>
        <source>Repairing the archive of %1…</source>
        <translation>Reparando el archivo de %1…</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="125"/>
        <source>Checking the archive of %1…</source>
        <translation>Comprobando el archivo de %1…</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="127"/>
        <source>Starting… (a job that is running now finishes first)</source>
        <translation>Iniciando… (primero termina la tarea que se está ejecutando)</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="129"/>
        <location filename="../ui/logs/auditdialog.cpp" line="190"/>
        <source>Files checked: %1</source>
        <translation>Archivos comprobados: %1</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="151"/>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="184"/>
        <source>%1 of %2 half-hour windows</source>
        <translation>%1 de %2 intervalos de media hora</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="209"/>
        <source>Archive check of %1</source>
        <translation>Comprobación del archivo de %1</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="213"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="216"/>
        <source>Storage: %1</source>
        <translation>Almacenamiento: %1</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="217"/>
        <source>Storage: %1. Files compared by %2.</source>
        <translation>Almacenamiento: %1. Archivos comparados mediante %2.</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="235"/>
        <source>Before the repair: %1</source>
        <translation>Antes de la reparación: %1</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="238"/>
        <source>Repair: %1; items archived again: %2.</source>
        <translation>Reparación: %1; elementos archivados de nuevo: %2.</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="244"/>
        <source>Nothing was repaired.</source>
        <translation>No se reparó nada.</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="247"/>
        <source>After the repair:</source>
        <translation>Después de la reparación:</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="260"/>
        <source>There is no report to save yet.</source>
        <translation>Todavía no hay ningún informe que guardar.</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="270"/>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="288"/>
        <location filename="../ui/logs/auditdialog.cpp" line="296"/>
        <source>Save Report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditdialog.cpp" line="289"/>
        <source>JSON files (*.json);;CSV files (*.csv)</source>
        <translation>Archivos JSON (*.json);;Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>rca::AuditProblem</name>
    <message>
        <location filename="../core/audit/auditreport.cpp" line="82"/>
        <source>Not archived</source>
        <translation>No archivado</translation>
    </message>
    <message>
        <location filename="../core/audit/auditreport.cpp" line="84"/>
        <source>Stored, but not in the ledger</source>
        <translation>Almacenado, pero no figura en el registro del archivo</translation>
    </message>
    <message>
        <location filename="../core/audit/auditreport.cpp" line="86"/>
        <source>File missing in storage</source>
        <translation>Falta el archivo en el almacenamiento</translation>
    </message>
    <message>
        <location filename="../core/audit/auditreport.cpp" line="88"/>
        <source>Stored size differs</source>
        <translation>El tamaño almacenado no coincide</translation>
    </message>
    <message>
        <location filename="../core/audit/auditreport.cpp" line="90"/>
        <source>Stored content differs</source>
        <translation>El contenido almacenado no coincide</translation>
    </message>
    <message>
        <location filename="../core/audit/auditreport.cpp" line="92"/>
        <source>Could not be verified</source>
        <translation>No se pudo verificar</translation>
    </message>
    <message>
        <location filename="../core/audit/auditreport.cpp" line="94"/>
        <source>Unknown file in the archive</source>
        <translation>Archivo desconocido en el almacenamiento</translation>
    </message>
    <message>
        <location filename="../core/audit/auditreport.cpp" line="96"/>
        <source>Retention weakened</source>
        <translation>Retención debilitada</translation>
    </message>
</context>
<context>
    <name>rca::AuditReport</name>
    <message>
        <location filename="../core/audit/auditreport.cpp" line="209"/>
        <source>Audit of %1 in %2</source>
        <translation>Auditoría de %1 en %2</translation>
    </message>
    <message>
        <location filename="../core/audit/auditreport.cpp" line="211"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../core/audit/auditreport.cpp" line="211"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../core/audit/auditreport.cpp" line="212"/>
        <source>Listed</source>
        <translation>Listados</translation>
    </message>
    <message>
        <location filename="../core/audit/auditreport.cpp" line="212"/>
        <source>Archived</source>
        <translation>Guardados</translation>
    </message>
    <message>
        <location filename="../core/audit/auditreport.cpp" line="212"/>
        <source>Verified</source>
        <translation>Íntegros</translation>
    </message>
    <message>
        <location filename="../core/audit/auditreport.cpp" line="212"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../core/audit/auditreport.cpp" line="222"/>
        <source>retention</source>
        <translation>caducado</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/audit/auditreport.cpp" line="226"/>
        <source>%n more window(s) with nothing in them.</source>
        <translation>
            <numerusform>%n intervalo más sin contenido.</numerusform>
            <numerusform>%n intervalos más sin contenido.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/audit/auditreport.cpp" line="230"/>
        <source>Problems:</source>
        <translation>Problemas:</translation>
    </message>
    <message>
        <location filename="../core/audit/auditreport.cpp" line="239"/>
        <source>[repairable]</source>
        <translation>[reparable]</translation>
    </message>
    <message>
        <location filename="../core/audit/auditreport.cpp" line="245"/>
        <source>The audit did not finish: %1</source>
        <translation>La auditoría no terminó: %1</translation>
    </message>
    <message>
        <location filename="../core/audit/auditreport.cpp" line="246"/>
        <source>Listed by the source: %1, archived: %2, verified: %3, problems: %4.</source>
        <translation>Listados por el origen: %1, archivados: %2, verificados: %3, problemas: %4.</translation>
    </message>
</context>
<context>
    <name>rca::AuditReportView</name>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="32"/>
        <source>The check was cancelled.</source>
        <translation>Se canceló la comprobación.</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="33"/>
        <source>The check could not finish: %1</source>
        <translation>La comprobación no pudo terminar: %1</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="36"/>
        <source>It stopped before it had checked any half-hour window.</source>
        <translation>Se detuvo antes de comprobar ningún intervalo de media hora.</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="38"/>
        <source>This report covers only the %1 half-hour windows it reached, up to %2.</source>
        <translation>Este informe abarca solo los %1 intervalos de media hora a los que llegó, hasta %2.</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="53"/>
        <source>Result of the check</source>
        <translation>Resultado de la comprobación</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="62"/>
        <source>Why the check did not finish</source>
        <translation>Por qué no terminó la comprobación</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="74"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="74"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="74"/>
        <source>Listed</source>
        <translation>Listados</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="74"/>
        <source>Archived</source>
        <translation>Archivados</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="74"/>
        <source>Verified</source>
        <translation>Verificados</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="74"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="77"/>
        <source>What</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="77"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="77"/>
        <source>RingCentral id</source>
        <translation>ID de RingCentral</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="77"/>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="77"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="82"/>
        <source>Half-hour windows checked</source>
        <translation>Intervalos de media hora comprobados</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="88"/>
        <source>Problems found</source>
        <translation>Problemas encontrados</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="142"/>
        <source>beyond retention</source>
        <translation>fuera del periodo de conservación</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="148"/>
        <source>RingCentral no longer keeps the items of this window: only the stored files were checked.</source>
        <translation>RingCentral ya no conserva los elementos de este intervalo: solo se comprobaron los archivos almacenados.</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="161"/>
        <source>&amp;Half-hour windows with items (%1 of %2):</source>
        <translation>&amp;Intervalos de media hora con elementos (%1 de %2):</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="179"/>
        <source>Repair can fix this: RingCentral still has the item.</source>
        <translation>La reparación puede solucionarlo: RingCentral todavía tiene el elemento.</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="180"/>
        <source>Repair cannot fix this.</source>
        <translation>La reparación no puede solucionarlo.</translation>
    </message>
    <message>
        <location filename="../ui/logs/auditreportview.cpp" line="185"/>
        <source>&amp;Problems (%1):</source>
        <translation>&amp;Problemas (%1):</translation>
    </message>
</context>
<context>
    <name>rca::AuditStore</name>
    <message>
        <location filename="../core/store/auditstore.cpp" line="39"/>
        <source>Could not save the problems the audit found</source>
        <translation>No se pudieron guardar los problemas encontrados en la auditoría</translation>
    </message>
</context>
<context>
    <name>rca::AuditText</name>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="46"/>
        <source>%1 item not archived</source>
        <translation>%1 elemento no archivado</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="46"/>
        <source>%1 items not archived</source>
        <translation>%1 elementos no archivados</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="50"/>
        <source>%1 stored file not in the ledger</source>
        <translation>%1 archivo almacenado que no figura en el registro del archivo</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="50"/>
        <source>%1 stored files not in the ledger</source>
        <translation>%1 archivos almacenados que no figuran en el registro del archivo</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="53"/>
        <source>%1 missing file</source>
        <translation>%1 archivo que falta</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="53"/>
        <source>%1 missing files</source>
        <translation>%1 archivos que faltan</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="57"/>
        <source>%1 changed file</source>
        <translation>%1 archivo modificado</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="57"/>
        <source>%1 changed files</source>
        <translation>%1 archivos modificados</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="60"/>
        <source>%1 file that could not be verified</source>
        <translation>%1 archivo que no se pudo verificar</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="61"/>
        <source>%1 files that could not be verified</source>
        <translation>%1 archivos que no se pudieron verificar</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="64"/>
        <source>%1 unknown file</source>
        <translation>%1 archivo desconocido</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="64"/>
        <source>%1 unknown files</source>
        <translation>%1 archivos desconocidos</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="67"/>
        <source>%1 file with its retention weakened</source>
        <translation>%1 archivo con su retención debilitada</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="68"/>
        <source>%1 files with their retention weakened</source>
        <translation>%1 archivos con su retención debilitada</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="88"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="95"/>
        <source>1 problem found: %1.</source>
        <translation>1 problema encontrado: %1.</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="96"/>
        <source>%1 problems found: %2.</source>
        <translation>%1 problemas encontrados: %2.</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="106"/>
        <source>In the part it reached: %1</source>
        <translation>En la parte a la que llegó: %1</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="109"/>
        <source>In the part it reached, 1 item is in storage and intact.</source>
        <translation>En la parte a la que llegó, 1 elemento está en el almacenamiento e íntegro.</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="110"/>
        <source>In the part it reached, %1 items are in storage and intact.</source>
        <translation>En la parte a la que llegó, %1 elementos están en el almacenamiento e íntegros.</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="113"/>
        <source>Nothing to check for %1: RingCentral lists no items and none are archived.</source>
        <translation>No hay nada que comprobar para %1: RingCentral no incluye ningún elemento y no hay ninguno archivado.</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="116"/>
        <source>The 1 item of %1 is in storage and intact.</source>
        <translation>El único elemento de %1 está en el almacenamiento e íntegro.</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="119"/>
        <source>All %1 items of %2 are in storage and intact.</source>
        <translation>Los %1 elementos de %2 están en el almacenamiento e íntegros.</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="126"/>
        <source>Part of the range is older than RingCentral keeps data: there the stored files were checked, but not compared with RingCentral.</source>
        <translation>Parte del intervalo es más antigua de lo que RingCentral conserva los datos: ahí se comprobaron los archivos almacenados, pero no se compararon con RingCentral.</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="135"/>
        <source>the chosen days</source>
        <translation>los días elegidos</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="144"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="151"/>
        <source>Call Recording</source>
        <translation>Grabación de llamada</translation>
    </message>
    <message>
        <location filename="../ui/logs/audittext.cpp" line="153"/>
        <source>Voice Mail</source>
        <translation>Mensaje de voz</translation>
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
        <translation>Archivar grabaciones de llamadas, mensajes de voz, SMS y faxes de RingCentral</translation>
    </message>
    <message>
        <location filename="../ui/tray/autostart.cpp" line="231"/>
        <source>Could not change the programs Windows starts at sign-in (the Run key in the registry).</source>
        <translation>No se pudieron cambiar los programas que Windows inicia al iniciar sesión (la clave Run del registro).</translation>
    </message>
    <message>
        <location filename="../ui/tray/autostart.cpp" line="235"/>
        <source>Starting at sign-in through the Run key works on Windows only.</source>
        <translation>El inicio al iniciar sesión mediante la clave Run solo funciona en Windows.</translation>
    </message>
    <message>
        <location filename="../ui/tray/autostart.cpp" line="243"/>
        <source>Could not create the folder %1 to start RC Archiver at sign-in.</source>
        <translation>No se pudo crear la carpeta %1 para iniciar RC Archiver al iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../ui/tray/autostart.cpp" line="248"/>
        <source>Could not write %1 to start RC Archiver at sign-in: %2</source>
        <translation>No se pudo escribir %1 para iniciar RC Archiver al iniciar sesión: %2</translation>
    </message>
    <message>
        <location filename="../ui/tray/autostart.cpp" line="257"/>
        <source>Could not remove %1 to stop starting RC Archiver at sign-in: %2</source>
        <translation>No se pudo eliminar %1 para dejar de iniciar RC Archiver al iniciar sesión: %2</translation>
    </message>
</context>
<context>
    <name>rca::AwsSigV4</name>
    <message>
        <location filename="../core/net/awssigv4.cpp" line="62"/>
        <source>The request to the storage could not be signed (%1).</source>
        <translation>No se pudo firmar la solicitud al almacenamiento (%1).</translation>
    </message>
    <message>
        <location filename="../core/net/awssigv4.cpp" line="236"/>
        <source>“%1” cannot be stored in S3-compatible storage: a name may not have “.” or “..” between slashes.</source>
        <translation>«%1» no se puede guardar en un almacenamiento compatible con S3: un nombre no puede tener «.» ni «..» entre barras.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/net/awssigv4.cpp" line="426"/>
        <source>This computer&apos;s clock says %1; the storage&apos;s clock says %2, %n minute(s) later. Set this computer&apos;s clock right (automatic time, and the right time zone) and try again.</source>
        <translation>
            <numerusform>El reloj de este equipo marca %1; el del almacenamiento marca %2, %n minuto más tarde. Ponga en hora el reloj de este equipo (hora automática y la zona horaria correcta) y vuelva a intentarlo.</numerusform>
            <numerusform>El reloj de este equipo marca %1; el del almacenamiento marca %2, %n minutos más tarde. Ponga en hora el reloj de este equipo (hora automática y la zona horaria correcta) y vuelva a intentarlo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/net/awssigv4.cpp" line="432"/>
        <source>This computer&apos;s clock says %1; the storage&apos;s clock says %2, %n minute(s) earlier. Set this computer&apos;s clock right (automatic time, and the right time zone) and try again.</source>
        <translation>
            <numerusform>El reloj de este equipo marca %1; el del almacenamiento marca %2, %n minuto antes. Ponga en hora el reloj de este equipo (hora automática y la zona horaria correcta) y vuelva a intentarlo.</numerusform>
            <numerusform>El reloj de este equipo marca %1; el del almacenamiento marca %2, %n minutos antes. Ponga en hora el reloj de este equipo (hora automática y la zona horaria correcta) y vuelva a intentarlo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rca::BackupCommand</name>
    <message>
        <location filename="../app/commands/backup.cpp" line="27"/>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <location filename="../app/commands/backup.cpp" line="35"/>
        <source>Connect a source and a storage before turning backup on (see `rc-archiver connect --help`).</source>
        <translation>Conecte un origen y un almacenamiento antes de activar la copia de seguridad (consulte `rc-archiver connect --help`).</translation>
    </message>
    <message>
        <location filename="../app/commands/backup.cpp" line="43"/>
        <source>Backup is on.</source>
        <translation>La copia de seguridad está activada.</translation>
    </message>
    <message>
        <location filename="../app/commands/backup.cpp" line="43"/>
        <source>Backup is off.</source>
        <translation>La copia de seguridad está desactivada.</translation>
    </message>
    <message>
        <location filename="../app/commands/backup.cpp" line="46"/>
        <source>The next job runs at %1 if RC Archiver is running (the window, or --headless).</source>
        <translation>La próxima tarea se ejecuta el %1 si RC Archiver está en ejecución (la ventana o --headless).</translation>
    </message>
</context>
<context>
    <name>rca::BoxApi</name>
    <message>
        <location filename="../connectors/box/boxapi.cpp" line="93"/>
        <source>The Box account is full: %1 was refused. Free some space in Box or upgrade the plan, then archiving continues.</source>
        <translation>La cuenta de Box está llena: se rechazó %1. Libere espacio en Box o amplíe el plan y el archivado continuará.</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxapi.cpp" line="216"/>
        <source>%1: Box is not ready yet; asking again.</source>
        <translation>%1: Box aún no está listo; se vuelve a consultar.</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxapi.cpp" line="223"/>
        <source>Box no longer accepts this app&apos;s sign-in (%1).</source>
        <translation>Box ya no acepta el inicio de sesión de esta aplicación (%1).</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxapi.cpp" line="229"/>
        <source>%1: Box is limiting the request rate (429); will retry later.</source>
        <translation>%1: Box está limitando la frecuencia de solicitudes (429); se volverá a intentar más tarde.</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxapi.cpp" line="239"/>
        <source>%1: Box is busy with that folder.</source>
        <translation>%1: Box está ocupado con esa carpeta.</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxapi.cpp" line="245"/>
        <source>: Box failed</source>
        <translation>: Box falló</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxapi.cpp" line="256"/>
        <source>%1: Box does not accept the name (%2).</source>
        <translation>%1: Box no acepta el nombre (%2).</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxapi.cpp" line="259"/>
        <source>%1: Box refused it (%2).</source>
        <translation>%1: Box lo rechazó (%2).</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxapi.cpp" line="265"/>
        <source>%1: unexpected HTTP %2</source>
        <translation>%1: HTTP %2 inesperado</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxapi.cpp" line="348"/>
        <source>Looking at a file in Box</source>
        <translation>Consulta de un archivo en Box</translation>
    </message>
</context>
<context>
    <name>rca::BoxConnector</name>
    <message>
        <location filename="../connectors/box/boxconnector.cpp" line="18"/>
        <source>Box is not open</source>
        <translation>Box no está abierto</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxconnector.cpp" line="119"/>
        <location filename="../connectors/box/boxconnector.cpp" line="138"/>
        <source>%1 is not in Box</source>
        <translation>%1 no está en Box</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxconnector.cpp" line="133"/>
        <source>Reading %1 from Box</source>
        <translation>Lectura de %1 desde Box</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxsetup.cpp" line="139"/>
        <source>No Box app is configured. Register one in the Box Developer Console (a Custom App with User Authentication (OAuth 2.0) and the redirect URI http://localhost:5002/oauth2callback), then pass its client id with --option clientId=ID (the client secret is asked for and kept in the keychain), set RCA_BOX_CLIENT_ID and RCA_BOX_CLIENT_SECRET, or build with -DRCA_BOX_CLIENT_ID=ID -DRCA_BOX_CLIENT_SECRET=SECRET.</source>
        <translation>No hay ninguna aplicación de Box configurada. Registre una en la Box Developer Console (una Custom App con User Authentication (OAuth 2.0) y la URI de redirección http://localhost:5002/oauth2callback) y pase su ID de cliente con --option clientId=ID (el secreto de cliente se pide y se guarda en el llavero), defina RCA_BOX_CLIENT_ID y RCA_BOX_CLIENT_SECRET, o compile con -DRCA_BOX_CLIENT_ID=ID -DRCA_BOX_CLIENT_SECRET=SECRET.</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxsetup.cpp" line="149"/>
        <source>The Box app&apos;s client secret is missing: set RCA_BOX_CLIENT_SECRET beside RCA_BOX_CLIENT_ID.</source>
        <translation>Falta el secreto de cliente de la aplicación de Box: defina RCA_BOX_CLIENT_SECRET junto a RCA_BOX_CLIENT_ID.</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxsetup.cpp" line="153"/>
        <source>Enter the client secret of your Box app (the &quot;clientSecret&quot; option).</source>
        <translation>Introduzca el secreto de cliente de su aplicación de Box (la opción «clientSecret»).</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxsetup.cpp" line="160"/>
        <source>Client secret of the Box app %1</source>
        <translation>Secreto de cliente de la aplicación de Box %1</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxsetup.cpp" line="182"/>
        <source>Invalid Box URL: %1</source>
        <translation>URL de Box no válida: %1</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxsetup.cpp" line="190"/>
        <source>Invalid Box redirectPort</source>
        <translation>redirectPort de Box no válido</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxsetup.cpp" line="196"/>
        <source>Invalid Box uploadThreshold: at most 50 MB (50000000 bytes).</source>
        <translation>uploadThreshold de Box no válido: como máximo 50 MB (50000000 bytes).</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxsetup.cpp" line="209"/>
        <location filename="../connectors/box/boxsetup.cpp" line="271"/>
        <source>No keychain is available for the Box sign-in</source>
        <translation>No hay ningún llavero disponible para el inicio de sesión de Box</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxsetup.cpp" line="218"/>
        <source>the app&apos;s access was removed in Box, or the sign-in went unused for 60 days</source>
        <translation>se retiró el acceso de la aplicación en Box o el inicio de sesión no se usó durante 60 días</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxsetup.cpp" line="241"/>
        <source>Connecting Box needs a browser for the sign-in; run it from the window or `rc-archiver connect box`.</source>
        <translation>Para conectar Box se necesita un navegador para iniciar sesión; hágalo desde la ventana o con `rc-archiver connect box`.</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxsetup.cpp" line="260"/>
        <source>Box gave no refresh token, so archiving could not go on unattended; connect again.</source>
        <translation>Box no proporcionó ningún token de actualización, por lo que el archivado no podría continuar de forma desatendida; vuelva a conectar.</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxsetup.cpp" line="337"/>
        <source>Box is not connected.</source>
        <translation>Box no está conectado.</translation>
    </message>
</context>
<context>
    <name>rca::BoxConnectorFactory</name>
    <message>
        <location filename="../connectors/box/boxsetup.cpp" line="75"/>
        <source>Client id</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxsetup.cpp" line="76"/>
        <source>The client id of your own Box app (default: the built-in one, or RCA_BOX_CLIENT_ID).</source>
        <translation>El ID de cliente de su propia app de Box (predeterminado: el integrado o RCA_BOX_CLIENT_ID).</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxsetup.cpp" line="78"/>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxsetup.cpp" line="79"/>
        <source>The client secret of your own Box app, kept in the keychain.</source>
        <translation>El secreto de cliente de su propia app de Box; se guarda en el llavero.</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxsetup.cpp" line="80"/>
        <source>Sign-in redirect port</source>
        <translation>Puerto de redirección del inicio de sesión</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxsetup.cpp" line="81"/>
        <source>The loopback port of the redirect URI registered for the app (http://localhost:PORT/oauth2callback).</source>
        <translation>El puerto de loopback de la URI de redirección registrada para la app (http://localhost:PORT/oauth2callback).</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxsetup.cpp" line="84"/>
        <source>API server</source>
        <translation>Servidor de la API</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxsetup.cpp" line="84"/>
        <source>The Box API&apos;s base URL.</source>
        <translation>La URL base de la API de Box.</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxsetup.cpp" line="85"/>
        <source>Upload server</source>
        <translation>Servidor de subida</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxsetup.cpp" line="85"/>
        <source>The base URL for uploads.</source>
        <translation>La URL base para las subidas.</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxsetup.cpp" line="87"/>
        <source>Sign-in page</source>
        <translation>Página de inicio de sesión</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxsetup.cpp" line="87"/>
        <source>The page that asks for your consent.</source>
        <translation>La página que pide su consentimiento.</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxsetup.cpp" line="90"/>
        <source>Single-request upload limit (bytes)</source>
        <translation>Límite de subida en una sola solicitud (bytes)</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxsetup.cpp" line="91"/>
        <source>Files up to this size go up in one request; larger ones in an upload session (Box takes sessions for files over 20 MB only).</source>
        <translation>Los archivos de hasta este tamaño se suben en una solicitud; los mayores, en una sesión de subida (Box solo admite sesiones para archivos de más de 20 MB).</translation>
    </message>
</context>
<context>
    <name>rca::BoxFolders</name>
    <message>
        <location filename="../connectors/box/boxfolders.cpp" line="41"/>
        <source>Refused the path %1 for Box: %2</source>
        <translation>Se rechazó la ruta %1 para Box: %2</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxfolders.cpp" line="45"/>
        <source>it has an empty name</source>
        <translation>tiene un nombre vacío</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxfolders.cpp" line="48"/>
        <source>it leaves the archive</source>
        <translation>queda fuera del archivo</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxfolders.cpp" line="50"/>
        <source>a name holds a backslash or a control character</source>
        <translation>un nombre contiene una barra invertida o un carácter de control</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxfolders.cpp" line="53"/>
        <source>a name ends in a space</source>
        <translation>un nombre termina en un espacio</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxfolders.cpp" line="55"/>
        <source>a name is longer than %1 characters</source>
        <translation>un nombre tiene más de %1 caracteres</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxfolders.cpp" line="60"/>
        <source>it names no file</source>
        <translation>no indica ningún archivo</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxfolders.cpp" line="86"/>
        <source>Looking for %1 in Box</source>
        <translation>Búsqueda de %1 en Box</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxfolders.cpp" line="107"/>
        <source>A file in Box is in the way of the folder %1; rename or move it.</source>
        <translation>Un archivo de Box impide crear la carpeta %1; cámbiele el nombre o muévalo.</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxfolders.cpp" line="121"/>
        <source>Creating the Box folder %1</source>
        <translation>Creación de la carpeta de Box %1</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxfolders.cpp" line="133"/>
        <source>%1: Box gave no folder id.</source>
        <translation>%1: Box no proporcionó ningún ID de carpeta.</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxfolders.cpp" line="161"/>
        <source>Box is not open.</source>
        <translation>Box no está abierto.</translation>
    </message>
</context>
<context>
    <name>rca::BoxListing</name>
    <message>
        <location filename="../connectors/box/boxlisting.cpp" line="24"/>
        <source>Listing %1 in Box</source>
        <translation>Listado de %1 en Box</translation>
    </message>
</context>
<context>
    <name>rca::BoxUpload</name>
    <message>
        <location filename="../connectors/box/boxupload.cpp" line="70"/>
        <source>Uploading %1 to Box</source>
        <translation>Subida de %1 a Box</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxupload.cpp" line="97"/>
        <location filename="../connectors/box/boxupload.cpp" line="378"/>
        <source>: already committed</source>
        <translation>: ya confirmado</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxupload.cpp" line="109"/>
        <location filename="../connectors/box/boxupload.cpp" line="250"/>
        <source>%1: could not write the temporary copy: %2</source>
        <translation>%1: no se pudo escribir la copia temporal: %2</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxupload.cpp" line="125"/>
        <source>%1: more bytes came than were announced (%2).</source>
        <translation>%1: llegaron más bytes de los anunciados (%2).</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxupload.cpp" line="154"/>
        <location filename="../connectors/box/boxupload.cpp" line="184"/>
        <location filename="../connectors/box/boxupload.cpp" line="477"/>
        <source>Box has a folder at %1; the file was not stored.</source>
        <translation>Box tiene una carpeta en %1; el archivo no se guardó.</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxupload.cpp" line="274"/>
        <source>%1: could not read the temporary copy: %2</source>
        <translation>%1: no se pudo leer la copia temporal: %2</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxupload.cpp" line="342"/>
        <source>%1: %2 bytes came, %3 were announced; it will be uploaded again.</source>
        <translation>%1: llegaron %2 bytes y se anunciaron %3; se volverá a subir.</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxupload.cpp" line="431"/>
        <source>%1: Box stored different bytes than were sent (sha1 mismatch); will retry</source>
        <translation>%1: Box guardó bytes distintos de los enviados (sha1 no coincide); se volverá a intentar</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxupload.cpp" line="447"/>
        <source>%1: the file that held the name is gone; will retry</source>
        <translation>%1: el archivo que ocupaba el nombre ya no existe; se volverá a intentar</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxupload.cpp" line="459"/>
        <source>A different file already exists in Box at %1; it was not overwritten.</source>
        <translation>Ya existe otro archivo en Box en %1; no se sobrescribió.</translation>
    </message>
</context>
<context>
    <name>rca::BoxUploadSession</name>
    <message>
        <location filename="../connectors/box/boxuploadsession.cpp" line="54"/>
        <source>%1: Box opened no usable upload session.</source>
        <translation>%1: Box no abrió ninguna sesión de subida utilizable.</translation>
    </message>
    <message>
        <location filename="../connectors/box/boxuploadsession.cpp" line="104"/>
        <source>%1: Box did not confirm a part.</source>
        <translation>%1: Box no confirmó una parte.</translation>
    </message>
</context>
<context>
    <name>rca::CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="69"/>
        <source> (built with %1)</source>
        <translation> (compilado con %1)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="73"/>
        <source>libssh2: not in use (no SFTP connector loaded)</source>
        <translation>libssh2: no se usa (no hay ningún conector SFTP cargado)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="75"/>
        <source>libssh2: version not known on this system</source>
        <translation>libssh2: versión desconocida en este sistema</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="78"/>
        <source>License %1: &lt;https://www.gnu.org/licenses/gpl-3.0.html&gt;</source>
        <translation>Licencia %1: &lt;https://www.gnu.org/licenses/gpl-3.0.html&gt;</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="86"/>
        <source>RC Archiver %1: archives RingCentral call recordings, voicemails, SMS and faxes into storage you own.</source>
        <translation>RC Archiver %1: archiva grabaciones de llamadas, mensajes de voz, SMS y faxes de RingCentral en un almacenamiento de su propiedad.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="89"/>
        <source>Commands (without one, the window opens):</source>
        <translation>Comandos (sin ninguno, se abre la ventana):</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="131"/>
        <source>Keep settings, job log and logs in DIR instead of the standard places.</source>
        <translation>Guardar los ajustes, el registro de tareas y los registros en DIR en lugar de en las ubicaciones habituales.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="135"/>
        <source>Run the schedule without a window (service mode); stop with SIGTERM.</source>
        <translation>Ejecutar la programación sin ventana (modo de servicio); detener con SIGTERM.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="137"/>
        <source>Start with the window minimized.</source>
        <translation>Iniciar con la ventana minimizada.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="143"/>
        <source>One of the commands above.</source>
        <translation>Uno de los comandos anteriores.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="150"/>
        <source>Run `rc-archiver --help` for usage.</source>
        <translation>Ejecute `rc-archiver --help` para ver el uso.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="168"/>
        <source>Unknown command &quot;%1&quot;. Run `rc-archiver --help` for usage.</source>
        <translation>Comando desconocido «%1». Ejecute `rc-archiver --help` para ver el uso.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="195"/>
        <source>This build has no window; use --headless.</source>
        <translation>Esta compilación no tiene ventana; use --headless.</translation>
    </message>
    <message>
        <location filename="../app/commands/audit.cpp" line="80"/>
        <source>Check that every item the source holds for the range is
archived and intact in the storage; --repair archives what
is missing or damaged. Exit status 0 when all is verified,
3 when problems remain, 1 when the check could not run.</source>
        <translation>Comprueba que cada elemento que el origen tiene en el intervalo
está archivado e íntegro en el almacenamiento; --repair archiva
lo que falta o está dañado. Estado de salida 0 si todo está
verificado, 3 si quedan problemas, 1 si la comprobación no pudo
ejecutarse.</translation>
    </message>
    <message>
        <location filename="../app/commands/audit.cpp" line="87"/>
        <source>audit: the report as JSON.</source>
        <translation>audit: el informe en JSON.</translation>
    </message>
    <message>
        <location filename="../app/commands/audit.cpp" line="89"/>
        <source>audit: archive what is missing or damaged, then check again.</source>
        <translation>audit: archivar lo que falta o está dañado y volver a comprobar.</translation>
    </message>
    <message>
        <location filename="../app/commands/backup.cpp" line="59"/>
        <source>Turn the scheduled backup on or off.</source>
        <translation>Activar o desactivar la copia de seguridad programada.</translation>
    </message>
    <message>
        <location filename="../app/commands/command.cpp" line="71"/>
        <source>success (run-once: every job completed; audit: all verified)</source>
        <translation>éxito (run-once: todas las tareas completadas; audit: todo verificado)</translation>
    </message>
    <message>
        <location filename="../app/commands/command.cpp" line="73"/>
        <source>failed: a job failed, or the command could not do what was asked</source>
        <translation>error: una tarea falló o el comando no pudo hacer lo que se pidió</translation>
    </message>
    <message>
        <location filename="../app/commands/command.cpp" line="74"/>
        <source>usage error: the command line is wrong</source>
        <translation>error de uso: la línea de comandos es incorrecta</translation>
    </message>
    <message>
        <location filename="../app/commands/command.cpp" line="76"/>
        <source>audit: problems found (missing, damaged or unknown files)</source>
        <translation>audit: problemas encontrados (archivos que faltan, dañados o desconocidos)</translation>
    </message>
    <message>
        <location filename="../app/commands/command.cpp" line="78"/>
        <source>run-once: a job completed with errors (some items not archived)</source>
        <translation>run-once: una tarea se completó con errores (algunos elementos no se
archivaron)</translation>
    </message>
    <message>
        <location filename="../app/commands/command.cpp" line="80"/>
        <source>needs sign-in: RingCentral or the storage is not connected, or
refuses the saved sign-in (status too, when it needs attention)</source>
        <translation>requiere inicio de sesión: RingCentral o el almacenamiento no está
conectado o rechaza el inicio de sesión guardado (también status,
cuando requiere atención)</translation>
    </message>
    <message>
        <location filename="../app/commands/command.cpp" line="83"/>
        <source>profile busy: another process runs a job (run-once --no-wait)</source>
        <translation>perfil ocupado: otro proceso ejecuta una tarea (run-once --no-wait)</translation>
    </message>
    <message>
        <location filename="../app/commands/command.cpp" line="84"/>
        <source>damaged database: see `rc-archiver database check`</source>
        <translation>base de datos dañada: consulte `rc-archiver database check`</translation>
    </message>
    <message>
        <location filename="../app/commands/command.cpp" line="86"/>
        <source>stopped by Ctrl+C (SIGINT), 143 stopped by SIGTERM: the job in
progress is marked interrupted and runs again next time</source>
        <translation>detenido con Ctrl+C (SIGINT), 143 detenido con SIGTERM: la tarea en
curso se marca como interrumpida y se vuelve a ejecutar la próxima vez</translation>
    </message>
    <message>
        <location filename="../app/commands/command.cpp" line="89"/>
        <source>Exit status:</source>
        <translation>Estado de salida:</translation>
    </message>
    <message>
        <location filename="../app/commands/command.cpp" line="165"/>
        <source>Start of the range (ISO 8601, local time unless a zone is given).</source>
        <translation>Inicio del intervalo (ISO 8601, hora local salvo que se indique una zona).</translation>
    </message>
    <message>
        <location filename="../app/commands/command.cpp" line="174"/>
        <source>End of the range (exclusive; a date alone means the end of that day).</source>
        <translation>Fin del intervalo (exclusivo; una fecha sola significa el final de ese día).</translation>
    </message>
    <message>
        <location filename="../app/commands/command.cpp" line="184"/>
        <source>logs, audit: comma-separated values.</source>
        <translation>logs, audit: valores separados por comas (CSV).</translation>
    </message>
    <message>
        <location filename="../app/commands/command.cpp" line="205"/>
        <source>Dates are ISO 8601: 2026-11-25 or 2026-11-25T13:30.</source>
        <translation>Las fechas siguen ISO 8601: 2026-11-25 o 2026-11-25T13:30.</translation>
    </message>
    <message>
        <location filename="../app/commands/config.cpp" line="70"/>
        <source>Read and change settings.</source>
        <translation>Leer y cambiar los ajustes.</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="307"/>
        <source>Connect the source (ringcentral, or demo to try the program)
or a storage (%1).</source>
        <translation>Conectar el origen (ringcentral, o demo para probar el programa)
o un almacenamiento (%1).</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="311"/>
        <source>connect local: the folder to archive into (a disk or a mounted NAS share).</source>
        <translation>connect local: la carpeta en la que archivar (un disco o un recurso compartido NAS montado).</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="316"/>
        <source>connect demo: a JSON file describing the items (see the README).</source>
        <translation>connect demo: un archivo JSON que describe los elementos (consulte el README).</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="321"/>
        <source>connect demo: how many items to make up per hour (default 4).</source>
        <translation>connect demo: cuántos elementos ficticios generar por hora (4 de forma predeterminada).</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="326"/>
        <source>connect demo: the size of each made-up item in bytes (default 65536).</source>
        <translation>connect demo: el tamaño de cada elemento ficticio en bytes (65536 de forma predeterminada).</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="331"/>
        <source>connect: an option KEY=VALUE (repeatable), e.g. redirectPort=5000, clientId=…, serverUrl=… for ringcentral; `rc-archiver connect` lists each storage&apos;s options.</source>
        <translation>connect: una opción KEY=VALUE (repetible), p. ej., redirectPort=5000, clientId=…, serverUrl=… para ringcentral; `rc-archiver connect` muestra las opciones de cada almacenamiento.</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="338"/>
        <source>connect: only test the storage&apos;s connection (where it offers a test, as SFTP does); nothing is kept.</source>
        <translation>connect: solo probar la conexión del almacenamiento (si ofrece una prueba, como SFTP); no se guarda nada.</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="342"/>
        <source>connect sftp: the server&apos;s host key fingerprint (SHA256:…) you checked, to confirm a server connected to for the first time.</source>
        <translation>connect sftp: la huella digital de la clave de host del servidor (SHA256:…) que ha comprobado, para confirmar un servidor al que se conecta por primera vez.</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="354"/>
        <source>Forget a connection; archived files stay where they are.</source>
        <translation>Olvidar una conexión; los archivos archivados se quedan donde están.</translation>
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
        <translation>La base de datos del perfil. check: PRAGMA integrity_check y las copias
(creadas a diario y antes de cada actualización; se conservan 7 en
backups/). restore: restaura la copia correcta más reciente, o COPY; el
archivo que había se aparta. rebuild: si ninguna copia es correcta, una
base de datos nueva cuyo registro del archivo se lee de los manifiestos
diarios del almacenamiento, para no archivar nada dos veces; el
almacenamiento y los demás ajustes se leen del archivo dañado o de sus
copias, o se indican como para connect (rebuild local --path DIR,
rebuild sftp --option …). new-id: un perfil copiado obtiene sus propios
inicios de sesión (vuelva a conectar). Detenga antes la ventana o el
servicio; estado de salida 7 si la base de datos está dañada.</translation>
    </message>
    <message>
        <location filename="../app/commands/headless.cpp" line="30"/>
        <source>RC Archiver is running headless. Log: %1</source>
        <translation>RC Archiver se está ejecutando sin ventana. Registro: %1</translation>
    </message>
    <message>
        <location filename="../app/commands/logs.cpp" line="106"/>
        <source>The job log (last 7 days by default).</source>
        <translation>El registro de tareas (de forma predeterminada, los últimos 7 días).</translation>
    </message>
    <message>
        <location filename="../app/commands/logs.cpp" line="109"/>
        <source>logs: only jobs that archived data or failed (SHOW LESS).</source>
        <translation>logs: solo las tareas que archivaron datos o fallaron (MOSTRAR MENOS).</translation>
    </message>
    <message>
        <location filename="../app/commands/runonce.cpp" line="157"/>
        <source>Archive what is due now, or the given past range, then exit.
When another RC Archiver is archiving with the profile, wait
for it (--no-wait: refuse, exit status 6).</source>
        <translation>Archivar lo pendiente ahora, o el intervalo pasado indicado, y salir.
Si otra instancia de RC Archiver está archivando con el perfil,
esperarla (--no-wait: rechazar, estado de salida 6).</translation>
    </message>
    <message>
        <location filename="../app/commands/runonce.cpp" line="163"/>
        <source>run-once: refuse when the profile is busy instead of waiting.</source>
        <translation>run-once: rechazar si el perfil está ocupado en lugar de esperar.</translation>
    </message>
    <message>
        <location filename="../app/commands/status.cpp" line="94"/>
        <source>Connections, backup state, last and next job (exit status 5
when a connection is missing or needs a new sign-in).</source>
        <translation>Conexiones, estado de la copia de seguridad, última y próxima
tarea (estado de salida 5 si falta una conexión o necesita un
nuevo inicio de sesión).</translation>
    </message>
</context>
<context>
    <name>rca::ConfigCommand</name>
    <message>
        <location filename="../app/commands/config.cpp" line="41"/>
        <source>Unknown setting &quot;%1&quot;. `rc-archiver config list` shows them all.</source>
        <translation>Ajuste desconocido «%1». `rc-archiver config list` los muestra todos.</translation>
    </message>
    <message>
        <location filename="../app/commands/config.cpp" line="49"/>
        <location filename="../app/commands/config.cpp" line="60"/>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
</context>
<context>
    <name>rca::ConnectCommand</name>
    <message>
        <location filename="../app/commands/connect.cpp" line="91"/>
        <source>Sign in in your browser. If none opens, visit:</source>
        <translation>Inicie sesión en su navegador. Si no se abre ninguno, visite:</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="105"/>
        <source>%1 (connect %2), signs in in the browser:</source>
        <translation>%1 (connect %2), inicia sesión en el navegador:</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="106"/>
        <source>%1 (connect %2):</source>
        <translation>%1 (connect %2):</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="122"/>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="124"/>
        <source>asked for without echo when needed</source>
        <translation>se pide sin mostrarlo cuando hace falta</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="126"/>
        <source>default %1</source>
        <translation>predeterminado: %1</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="128"/>
        <source>for %1</source>
        <translation>para %1</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="157"/>
        <source>Unknown service &quot;%1&quot;. Sources: %2. Storages: %3.</source>
        <translation>Servicio desconocido «%1». Orígenes: %2. Almacenamientos: %3.</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="162"/>
        <source>The storages&apos; options:</source>
        <translation>Las opciones de los almacenamientos:</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="177"/>
        <source>--option takes KEY=VALUE, not &quot;%1&quot;.</source>
        <translation>--option espera KEY=VALUE, no «%1».</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="186"/>
        <source>%1 is not connected.</source>
        <translation>%1 no está conectado.</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="190"/>
        <source>Disconnected %1. Backup is off; archived files were not touched.</source>
        <translation>Se desconectó %1. La copia de seguridad está desactivada; los archivos archivados no se tocaron.</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="198"/>
        <source>%1 is connected. Disconnect it first (rc-archiver disconnect %1).</source>
        <translation>%1 está conectado. Desconéctelo primero (rc-archiver disconnect %1).</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="214"/>
        <source>Signed in as %1.</source>
        <translation>Sesión iniciada como %1.</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="225"/>
        <source>%1 takes no --path.</source>
        <translation>%1 no admite --path.</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="230"/>
        <source>%1 has no host key to confirm.</source>
        <translation>%1 no tiene ninguna clave de host que confirmar.</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="238"/>
        <source>Warning: --option %1=… leaves the secret in your shell&apos;s history and in the process list. Leave it out: `rc-archiver connect %2` asks for it without showing it.</source>
        <translation>Advertencia: --option %1=… deja el secreto en el historial de su shell y en la lista de procesos. Omítalo: `rc-archiver connect %2` lo pide sin mostrarlo.</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="249"/>
        <source>%1 offers no connection test.</source>
        <translation>%1 no ofrece ninguna prueba de conexión.</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="275"/>
        <source>Run the same command with %1</source>
        <translation>Ejecute el mismo comando con %1</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="285"/>
        <source>The connection test of %1 passed; nothing was kept.</source>
        <translation>La prueba de conexión de %1 se superó; no se guardó nada.</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="290"/>
        <source>Archive folder: %1</source>
        <translation>Carpeta del archivo: %1</translation>
    </message>
    <message>
        <location filename="../app/commands/connect.cpp" line="292"/>
        <source>Connected %1.</source>
        <translation>Se conectó %1.</translation>
    </message>
</context>
<context>
    <name>rca::ConnectorRegistry</name>
    <message>
        <location filename="../core/storage/connectorregistry.cpp" line="72"/>
        <source>%1: the plugin folder does not exist</source>
        <translation>%1: la carpeta de complementos no existe</translation>
    </message>
    <message>
        <location filename="../core/storage/connectorregistry.cpp" line="101"/>
        <source>%1: not an RC Archiver storage connector (%2)</source>
        <translation>%1: no es un conector de almacenamiento de RC Archiver (%2)</translation>
    </message>
    <message>
        <location filename="../core/storage/connectorregistry.cpp" line="113"/>
        <source>%1: the plugin does not implement the storage connector interface</source>
        <translation>%1: el complemento no implementa la interfaz de conector de almacenamiento</translation>
    </message>
    <message>
        <location filename="../core/storage/connectorregistry.cpp" line="124"/>
        <source>%1: its metadata names no connector id</source>
        <translation>%1: sus metadatos no indican ningún ID de conector</translation>
    </message>
    <message>
        <location filename="../core/storage/connectorregistry.cpp" line="131"/>
        <source>%1: a connector with the id &quot;%2&quot; is already loaded; this one is ignored</source>
        <translation>%1: ya hay cargado un conector con el ID «%2»; este se ignora</translation>
    </message>
</context>
<context>
    <name>rca::Database</name>
    <message>
        <location filename="../core/store/database.cpp" line="279"/>
        <source>Could not create the folder %1 for the archive database.</source>
        <translation>No se pudo crear la carpeta %1 para la base de datos del archivo.</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="313"/>
        <source>Could not open the archive database %1</source>
        <translation>No se pudo abrir la base de datos del archivo %1</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="356"/>
        <source>the database is not open</source>
        <translation>la base de datos no está abierta</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="372"/>
        <source>injected write failure (test)</source>
        <translation>error de escritura provocado (prueba)</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="425"/>
        <source>Could not start a database transaction</source>
        <translation>No se pudo iniciar una transacción de la base de datos</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="434"/>
        <source>Commit without a transaction</source>
        <translation>Confirmación sin transacción</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="440"/>
        <source>Could not commit a database transaction</source>
        <translation>No se pudo confirmar una transacción de la base de datos</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="508"/>
        <source>cannot read the schema version</source>
        <translation>no se puede leer la versión del esquema</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="511"/>
        <source>it was written by a newer version of RC Archiver (schema %1, this version knows up to %2)</source>
        <translation>la escribió una versión más reciente de RC Archiver (esquema %1; esta versión conoce hasta el %2)</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="521"/>
        <source>no migration without a copy of the database</source>
        <translation>no hay migración sin una copia de la base de datos</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="530"/>
        <source>unexpected schema version %1</source>
        <translation>versión del esquema inesperada: %1</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="564"/>
        <source>migration to schema %1 failed</source>
        <translation>falló la migración al esquema %1</translation>
    </message>
</context>
<context>
    <name>rca::DatabaseBackups</name>
    <message>
        <location filename="../core/store/databasebackups.cpp" line="144"/>
        <source>it holds no tables</source>
        <translation>no contiene tablas</translation>
    </message>
    <message>
        <location filename="../core/store/databasebackups.cpp" line="178"/>
        <source>Could not make a copy of the archive database</source>
        <translation>No se pudo hacer una copia de la base de datos del archivo</translation>
    </message>
    <message>
        <location filename="../core/store/databasebackups.cpp" line="182"/>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <location filename="../core/store/databasebackups.cpp" line="207"/>
        <source>The copy of the archive database failed its check (%1): the database itself may be damaged. Run `rc-archiver database check`.</source>
        <translation>La copia de la base de datos del archivo no superó su comprobación (%1): puede que la propia base de datos esté dañada. Ejecute `rc-archiver database check`.</translation>
    </message>
    <message>
        <location filename="../core/store/databasebackups.cpp" line="215"/>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
    <message>
        <location filename="../core/store/databasebackups.cpp" line="246"/>
        <source>Could not move the database %1 aside to %2.</source>
        <translation>No se pudo apartar la base de datos %1 como %2.</translation>
    </message>
    <message>
        <location filename="../core/store/databasebackups.cpp" line="265"/>
        <source>The copy %1 is damaged too (%2); choose another.</source>
        <translation>La copia %1 también está dañada (%2); elija otra.</translation>
    </message>
    <message>
        <location filename="../core/store/databasebackups.cpp" line="274"/>
        <source>Could not copy %1 to %2.</source>
        <translation>No se pudo copiar %1 a %2.</translation>
    </message>
    <message>
        <location filename="../core/store/databasebackups.cpp" line="281"/>
        <source>Could not write %1 to disk.</source>
        <translation>No se pudo escribir %1 en el disco.</translation>
    </message>
    <message>
        <location filename="../core/store/databasebackups.cpp" line="289"/>
        <source>Could not put %1 in place of %2.</source>
        <translation>No se pudo poner %1 en lugar de %2.</translation>
    </message>
</context>
<context>
    <name>rca::DatabaseCommand</name>
    <message>
        <location filename="../app/commands/database.cpp" line="64"/>
        <source>Another RC Archiver (process %1) is archiving with this profile. Stop it first (quit the window, or systemctl --user stop rc-archiver).</source>
        <translation>Otra instancia de RC Archiver (proceso %1) está archivando con este perfil. Deténgala primero (cierre la ventana o systemctl --user stop rc-archiver).</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="113"/>
        <source>missing</source>
        <translation>no existe</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="115"/>
        <source>empty (zero length)</source>
        <translation>vacía (longitud cero)</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="117"/>
        <source>an SQLite file without tables</source>
        <translation>un archivo SQLite sin tablas</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="119"/>
        <source>damaged (%1)</source>
        <translation>dañada (%1)</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="121"/>
        <source>opens</source>
        <translation>se abre</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="131"/>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="132"/>
        <source>State:    %1</source>
        <translation>Estado:        %1</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="141"/>
        <source>Integrity check (PRAGMA integrity_check): %1</source>
        <translation>Comprobación de integridad (PRAGMA integrity_check): %1</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="142"/>
        <source>FAILED</source>
        <translation>FALLIDA</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="148"/>
        <source>Schema %1 (this version knows up to %2); archived items: %3; jobs: %4</source>
        <translation>Esquema %1 (esta versión conoce hasta el %2); elementos archivados: %3; tareas: %4</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="155"/>
        <source>Profile id: %1</source>
        <translation>ID del perfil: %1</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="160"/>
        <source>Copies in %1 (newest first, %2 kept):</source>
        <translation>Copias en %1 (la más reciente primero; se conservan %2):</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="165"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="169"/>
        <source>good</source>
        <translation>correcta</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="170"/>
        <source>damaged: %1</source>
        <translation>dañada: %1</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="177"/>
        <source>No database yet: this profile is new.</source>
        <translation>Todavía no hay base de datos: este perfil es nuevo.</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="182"/>
        <source>Restore a good copy with `%1`, or when none is good, rebuild with `%2`.</source>
        <translation>Restaure una copia correcta con `%1` o, si ninguna es correcta, reconstruya con `%2`.</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="196"/>
        <source>no storage is connected</source>
        <translation>no hay ningún almacenamiento conectado</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="202"/>
        <source>the storage connector &quot;%1&quot; is not installed</source>
        <translation>el conector de almacenamiento «%1» no está instalado</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="226"/>
        <source>The database %1 opens; `database check` tells whether it is sound. To replace it with a copy all the same, name the copy: `%2 COPY`.</source>
        <translation>La base de datos %1 se abre; `database check` indica si está en buen estado. Para sustituirla de todos modos por una copia, indique la copia: `%2 COPY`.</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="236"/>
        <source>There is no copy &quot;%1&quot; (see `database check`).</source>
        <translation>No hay ninguna copia «%1» (consulte `database check`).</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="241"/>
        <source>There is no good copy in %1. Rebuild the database from the manifests in the storage with `%2`.</source>
        <translation>No hay ninguna copia correcta en %1. Reconstruya la base de datos a partir de los manifiestos del almacenamiento con `%2`.</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="258"/>
        <source>Restored %1 (made %2).</source>
        <translation>Se restauró %1 (creada el %2).</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="261"/>
        <source>The file that was there is kept as %1.</source>
        <translation>El archivo que había allí se conserva como %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commands/database.cpp" line="272"/>
        <source>%n item(s) archived after the copy was made were recorded from the manifests in %1.</source>
        <translation>
            <numerusform>%n elemento archivado después de crear la copia se registró a partir de los manifiestos de %1.</numerusform>
            <numerusform>%n elementos archivados después de crear la copia se registraron a partir de los manifiestos de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commands/database.cpp" line="321"/>
        <source>The database %1 is sound and holds %n archived item(s): there is nothing to rebuild.</source>
        <translation>
            <numerusform>La base de datos %1 está en buen estado y contiene %n elemento archivado: no hay nada que reconstruir.</numerusform>
            <numerusform>La base de datos %1 está en buen estado y contiene %n elementos archivados: no hay nada que reconstruir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commands/database.cpp" line="500"/>
        <source>%n item(s) the manifests list are not in the storage (e.g. %1): an audit with --repair over their days archives them again.</source>
        <translation>
            <numerusform>Falta en el almacenamiento %n elemento que figura en los manifiestos (p. ej., %1): una auditoría con --repair de ese día lo vuelve a archivar.</numerusform>
            <numerusform>Faltan en el almacenamiento %n elementos que figuran en los manifiestos (p. ej., %1): una auditoría con --repair de esos días los vuelve a archivar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commands/database.cpp" line="507"/>
        <source>%n manifest line(s) could not be read and were left out.</source>
        <translation>
            <numerusform>No se pudo leer %n línea de manifiesto y se omitió.</numerusform>
            <numerusform>No se pudieron leer %n líneas de manifiesto y se omitieron.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="279"/>
        <source>The manifests in the storage could not be read (%1). What was archived after the copy was made is still in the storage: the next jobs find it there and store nothing twice.</source>
        <translation>No se pudieron leer los manifiestos del almacenamiento (%1). Lo que se archivó después de crear la copia sigue en el almacenamiento: las próximas tareas lo encuentran allí y no guardan nada dos veces.</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="286"/>
        <source>The job log ends when the copy was made.</source>
        <translation>El registro de tareas termina en el momento en que se creó la copia.</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="294"/>
        <source>Sign in in your browser. If none opens, visit:</source>
        <translation>Inicie sesión en su navegador. Si no se abre ninguno, visite:</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="336"/>
        <source>A good copy of the database exists: %1 (made %2). Restore it with `%3`; rebuild is for when no copy is good.</source>
        <translation>Existe una copia correcta de la base de datos: %1 (creada el %2). Restáurela con `%3`; rebuild es para cuando ninguna copia es correcta.</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="378"/>
        <source>Unknown storage &quot;%1&quot;. Storages: %2.</source>
        <translation>Almacenamiento desconocido «%1». Almacenamientos: %2.</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="386"/>
        <source>--option takes KEY=VALUE, not &quot;%1&quot;.</source>
        <translation>--option espera KEY=VALUE, no «%1».</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="396"/>
        <source>%1 takes no --path.</source>
        <translation>%1 no admite --path.</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="408"/>
        <source>Nothing of the storage&apos;s settings could be read from the database or its copies. Name the storage that holds the archive, as for `connect`, e.g. `%1 local --path DIR` (storages: %2). Nothing was changed.</source>
        <translation>No se pudo leer nada de los ajustes del almacenamiento en la base de datos ni en sus copias. Indique el almacenamiento que contiene el archivo, como para `connect`, p. ej., `%1 local --path DIR` (almacenamientos: %2). No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="450"/>
        <source>Settings recovered from %1.</source>
        <translation>Ajustes recuperados de %1.</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="461"/>
        <source>Then run `%1` again: the new database waits for it.</source>
        <translation>Después vuelva a ejecutar `%1`: la nueva base de datos lo espera.</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="466"/>
        <source>Could not open the storage: %1</source>
        <translation>No se pudo abrir el almacenamiento: %1</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="471"/>
        <source>Reading the manifests in %1 …</source>
        <translation>Leyendo los manifiestos de %1 …</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="494"/>
        <source>The damaged database is kept as %1.</source>
        <translation>La base de datos dañada se conserva como %1.</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="495"/>
        <source>Rebuilt the ledger from %1 day manifest(s): %2 item(s) recorded as archived.</source>
        <translation>Registro del archivo reconstruido a partir de %1 manifiesto(s) diario(s): %2 elemento(s) registrado(s) como archivado(s).</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="510"/>
        <source>The job log starts afresh. Check the connections with `rc-archiver status`.</source>
        <translation>El registro de tareas empieza de nuevo. Compruebe las conexiones con `rc-archiver status`.</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="527"/>
        <source>This profile now has its own id (%1, was %2); the sign-ins saved under the old one stay with the profile it was copied from. Connect this one again: `rc-archiver connect ringcentral` and `rc-archiver connect STORAGE`, with --profile %3.</source>
        <translation>Este perfil tiene ahora su propio ID (%1, antes %2); los inicios de sesión guardados con el anterior se quedan en el perfil del que se copió. Vuelva a conectar este: `rc-archiver connect ringcentral` y `rc-archiver connect STORAGE`, con --profile %3.</translation>
    </message>
    <message>
        <location filename="../app/commands/database.cpp" line="547"/>
        <source>Use `rc-archiver database check`, `restore [COPY]`, `rebuild [STORAGE [options]]` or `new-id`.</source>
        <translation>Use `rc-archiver database check`, `restore [COPY]`, `rebuild [STORAGE [options]]` o `new-id`.</translation>
    </message>
</context>
<context>
    <name>rca::DatabaseHealth</name>
    <message>
        <location filename="../core/store/databasehealth.cpp" line="85"/>
        <source>a copy of the database in %1</source>
        <translation>una copia de la base de datos en %1</translation>
    </message>
    <message>
        <location filename="../core/store/databasehealth.cpp" line="86"/>
        <source>%1 copies of the database in %2</source>
        <translation>%1 copias de la base de datos en %2</translation>
    </message>
    <message>
        <location filename="../core/store/databasehealth.cpp" line="91"/>
        <source>the profile id file %1</source>
        <translation>el archivo de ID del perfil %1</translation>
    </message>
    <message>
        <location filename="../core/store/databasehealth.cpp" line="93"/>
        <source>a database set aside earlier (%1)</source>
        <translation>una base de datos apartada anteriormente (%1)</translation>
    </message>
    <message>
        <location filename="../core/store/databasehealth.cpp" line="99"/>
        <source>log files in %1</source>
        <translation>archivos de registro en %1</translation>
    </message>
    <message>
        <location filename="../core/store/databasehealth.cpp" line="154"/>
        <source>The folder %1 is not empty (%2) and holds no RC Archiver profile. A new profile is made only in an empty folder, or one that does not exist yet: choose one with --profile.</source>
        <translation>La carpeta %1 no está vacía (%2) y no contiene ningún perfil de RC Archiver. Solo se crea un perfil nuevo en una carpeta vacía o en una que todavía no exista: elija una con --profile.</translation>
    </message>
    <message>
        <location filename="../core/store/databasehealth.cpp" line="171"/>
        <source>Could not open the archive database %1: %2. The file is damaged; RC Archiver will not use it, nor start a new database in its place.</source>
        <translation>No se pudo abrir la base de datos del archivo %1: %2. El archivo está dañado; RC Archiver no lo usará ni creará una base de datos nueva en su lugar.</translation>
    </message>
    <message>
        <location filename="../core/store/databasehealth.cpp" line="178"/>
        <source>is missing</source>
        <translation>no existe</translation>
    </message>
    <message>
        <location filename="../core/store/databasehealth.cpp" line="179"/>
        <source>is empty (zero length)</source>
        <translation>está vacía (longitud cero)</translation>
    </message>
    <message>
        <location filename="../core/store/databasehealth.cpp" line="180"/>
        <source>holds no tables</source>
        <translation>no contiene tablas</translation>
    </message>
    <message>
        <location filename="../core/store/databasehealth.cpp" line="181"/>
        <source>The archive database %1 %2, but this profile was used before (%3). RC Archiver will not start a new database here: it would forget what is archived and archive everything again.</source>
        <translation>La base de datos del archivo %1 %2, pero este perfil ya se usó antes (%3). RC Archiver no creará aquí una base de datos nueva: olvidaría lo que está archivado y volvería a archivarlo todo.</translation>
    </message>
    <message>
        <location filename="../core/store/databasehealth.cpp" line="195"/>
        <source>The newest good copy is %1, made %2. Restore it with `%3` (the file there now is kept aside); what was archived after the copy was made is found in the storage and not stored twice.</source>
        <translation>La copia correcta más reciente es %1, creada el %2. Restáurela con `%3` (el archivo que hay ahora allí se aparta); lo que se archivó después de crear la copia se encuentra en el almacenamiento y no se guarda dos veces.</translation>
    </message>
    <message>
        <location filename="../core/store/databasehealth.cpp" line="205"/>
        <source>There is no copy of it to restore.</source>
        <translation>No hay ninguna copia de ella que restaurar.</translation>
    </message>
    <message>
        <location filename="../core/store/databasehealth.cpp" line="206"/>
        <source>No copy of it in %1 passes its check.</source>
        <translation>Ninguna copia de ella en %1 supera su comprobación.</translation>
    </message>
    <message>
        <location filename="../core/store/databasehealth.cpp" line="207"/>
        <source>Rebuild the record of what is archived from the manifests in the storage with `%1`.</source>
        <translation>Reconstruya el registro de lo archivado a partir de los manifiestos del almacenamiento con `%1`.</translation>
    </message>
    <message>
        <location filename="../core/store/databasehealth.cpp" line="212"/>
        <source>To start a new profile instead, choose an empty folder with --profile.</source>
        <translation>Para empezar un perfil nuevo en su lugar, elija una carpeta vacía con --profile.</translation>
    </message>
</context>
<context>
    <name>rca::DemoNotice</name>
    <message>
        <location filename="../ui/common/demonotice.cpp" line="30"/>
        <source>Demo: RC Archiver archives made-up recordings and messages, not RingCentral&apos;s. To archive your own, disconnect the demo on the Accounts tab and connect RingCentral.</source>
        <translation>Demostración: RC Archiver archiva grabaciones y mensajes ficticios, no los de RingCentral. Para archivar los suyos, desconecte la demostración en la pestaña Cuentas y conecte RingCentral.</translation>
    </message>
</context>
<context>
    <name>rca::DemoSource</name>
    <message>
        <location filename="../core/sources/demosource.cpp" line="86"/>
        <source>Cannot read the demo manifest %1: %2</source>
        <translation>No se puede leer el manifiesto de demostración %1: %2</translation>
    </message>
    <message>
        <location filename="../core/sources/demosource.cpp" line="93"/>
        <source>The demo manifest %1 is not valid JSON: %2</source>
        <translation>El manifiesto de demostración %1 no es un JSON válido: %2</translation>
    </message>
    <message>
        <location filename="../core/sources/demosource.cpp" line="109"/>
        <source>The demo manifest %1 has an item without a valid id and type.</source>
        <translation>El manifiesto de demostración %1 tiene un elemento sin un ID y un tipo válidos.</translation>
    </message>
    <message>
        <location filename="../core/sources/demosource.cpp" line="216"/>
        <source>The demo source no longer has item %1.</source>
        <translation>La fuente de demostración ya no tiene el elemento %1.</translation>
    </message>
    <message>
        <location filename="../core/sources/demosource.cpp" line="220"/>
        <source>The demo source could not deliver item %1 this time.</source>
        <translation>La fuente de demostración no pudo entregar el elemento %1 esta vez.</translation>
    </message>
</context>
<context>
    <name>rca::DesktopIntegration</name>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="46"/>
        <source>&amp;Open RC Archiver</source>
        <translation>&amp;Abrir RC Archiver</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="55"/>
        <source>&amp;Run now</source>
        <translation>&amp;Ejecutar ahora</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="64"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="173"/>
        <source>%1 call recording</source>
        <translation>%1 grabación de llamada</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="173"/>
        <source>%1 call recordings</source>
        <translation>%1 grabaciones de llamadas</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="176"/>
        <source>%1 voicemail</source>
        <translation>%1 mensaje de voz</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="176"/>
        <source>%1 voicemails</source>
        <translation>%1 mensajes de voz</translation>
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
        <translation>%1 fax</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="182"/>
        <source>%1 faxes</source>
        <translation>%1 faxes</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="186"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="192"/>
        <source>Last job: none yet</source>
        <translation>Última tarea: ninguna todavía</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="195"/>
        <source>Last job: %1, %2</source>
        <translation>Última tarea: %1, %2</translation>
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
        <translation>Demostración: archiva grabaciones ficticias</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="211"/>
        <source>Needs attention: %1</source>
        <translation>Requiere atención: %1</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="213"/>
        <source>Archiving now…</source>
        <translation>Archivando…</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="217"/>
        <source>Backup is paused</source>
        <translation>La copia de seguridad está en pausa</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="219"/>
        <source>Next job: %1</source>
        <translation>Próxima tarea: %1</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="221"/>
        <source>Next job: not planned</source>
        <translation>Próxima tarea: no programada</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="256"/>
        <source>Demo: %1</source>
        <translation>Demostración: %1</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="277"/>
        <source>RC Archiver needs your attention</source>
        <translation>RC Archiver requiere su atención</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="301"/>
        <source>Archived %1.</source>
        <translation>Archivado: %1.</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="303"/>
        <source>1 item could not be archived yet; it will be retried.</source>
        <translation>1 elemento no se pudo archivar todavía; se volverá a intentar.</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="306"/>
        <source>%1 items could not be archived yet; they will be retried.</source>
        <translation>%1 elementos no se pudieron archivar todavía; se volverá a intentar.</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="309"/>
        <source>New data archived</source>
        <translation>Nuevos datos archivados</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="314"/>
        <source>The job stopped without saying why.</source>
        <translation>La tarea se detuvo sin indicar el motivo.</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="320"/>
        <source>Archived %1 before it stopped.</source>
        <translation>Archivado antes de detenerse: %1.</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="321"/>
        <source>Archiving failed</source>
        <translation>Error al archivar</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="345"/>
        <source>The weekly archive check could not finish</source>
        <translation>La comprobación semanal del archivo no pudo terminar</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="361"/>
        <source>The archive check found 1 problem</source>
        <translation>La comprobación del archivo encontró 1 problema</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="362"/>
        <source>The archive check found %1 problems</source>
        <translation>La comprobación del archivo encontró %1 problemas</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="363"/>
        <source>Most important: %1.</source>
        <translation>Lo más importante: %1.</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="364"/>
        <source>Click to see the report in the Logs tab.</source>
        <translation>Haga clic para ver el informe en la pestaña Registros.</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="391"/>
        <source>&amp;Pause backup</source>
        <translation>&amp;Pausar la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="391"/>
        <source>Resume &amp;backup</source>
        <translation>&amp;Reanudar la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="406"/>
        <source>RC Archiver is still running</source>
        <translation>RC Archiver sigue en ejecución</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="407"/>
        <source>It keeps archiving in the background. Open or quit it from its icon in the system tray.</source>
        <translation>Sigue archivando en segundo plano. Ábralo o ciérrelo desde su icono en la bandeja del sistema.</translation>
    </message>
</context>
<context>
    <name>rca::DropboxApi</name>
    <message>
        <location filename="../connectors/dropbox/dropboxapi.cpp" line="191"/>
        <source>Dropbox no longer accepts this app&apos;s sign-in (%1).</source>
        <translation>Dropbox ya no acepta el inicio de sesión de esta aplicación (%1).</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxapi.cpp" line="206"/>
        <source>%1: Dropbox is busy (too many write operations); will retry later.</source>
        <translation>%1: Dropbox está ocupado (demasiadas operaciones de escritura); se volverá a intentar más tarde.</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxapi.cpp" line="220"/>
        <source>: Dropbox failed</source>
        <translation>: Dropbox falló</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxapi.cpp" line="225"/>
        <source>%1: Dropbox refused it (%2)</source>
        <translation>%1: Dropbox lo rechazó (%2)</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxapi.cpp" line="230"/>
        <source>%1: Dropbox rejected the request: %2</source>
        <translation>%1: Dropbox rechazó la solicitud: %2</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxapi.cpp" line="236"/>
        <source>%1: unexpected HTTP %2</source>
        <translation>%1: HTTP %2 inesperado</translation>
    </message>
</context>
<context>
    <name>rca::DropboxConnector</name>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="115"/>
        <source>No Dropbox app key is configured. Register a Dropbox app as the README&apos;s section &quot;Registering a Dropbox app&quot; explains, then pass its key with --option appKey=KEY or RCA_DROPBOX_APP_KEY, or build with -DRCA_DROPBOX_APP_KEY=KEY.</source>
        <translation>No hay ninguna clave de aplicación de Dropbox configurada. Registre una aplicación de Dropbox como explica la sección «Registering a Dropbox app» del README y pase su clave con --option appKey=KEY o RCA_DROPBOX_APP_KEY, o compile con -DRCA_DROPBOX_APP_KEY=KEY.</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="131"/>
        <source>Invalid Dropbox URL: %1</source>
        <translation>URL de Dropbox no válida: %1</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="138"/>
        <source>Invalid Dropbox redirectPort</source>
        <translation>redirectPort de Dropbox no válido</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="147"/>
        <source>Invalid Dropbox upload sizes: uploadThreshold must be at most 150 MiB and chunkSize a multiple of 4 MiB up to 150 MiB.</source>
        <translation>Tamaños de subida de Dropbox no válidos: uploadThreshold debe ser como máximo 150 MiB y chunkSize un múltiplo de 4 MiB de hasta 150 MiB.</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="163"/>
        <source>No keychain is available for the Dropbox sign-in</source>
        <translation>No hay ningún llavero disponible para el inicio de sesión de Dropbox</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="172"/>
        <source>the app was disconnected in Dropbox&apos;s settings, or the sign-in expired</source>
        <translation>la aplicación se desconectó en la configuración de Dropbox o el inicio de sesión caducó</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="190"/>
        <source>Connecting Dropbox needs a browser for the sign-in; run it from the window or `rc-archiver connect dropbox`.</source>
        <translation>Para conectar Dropbox se necesita un navegador para iniciar sesión; hágalo desde la ventana o con `rc-archiver connect dropbox`.</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="211"/>
        <source>Dropbox did not grant offline access (no refresh token); connect again.</source>
        <translation>Dropbox no concedió acceso sin conexión (no hay token de actualización); vuelva a conectar.</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="290"/>
        <source>Creating the Dropbox folder %1</source>
        <translation>Creación de la carpeta de Dropbox %1</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="295"/>
        <source>A file in Dropbox is in the way of the folder %1</source>
        <translation>Un archivo de Dropbox impide crear la carpeta %1</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="299"/>
        <source>The Dropbox account is full: free some space in Dropbox or upgrade the plan.</source>
        <translation>La cuenta de Dropbox está llena: libere espacio en Dropbox o amplíe el plan.</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="333"/>
        <source>Dropbox is not open</source>
        <translation>Dropbox no está abierto</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="315"/>
        <source>Refused the folder %1: it leaves the archive</source>
        <translation>Se rechazó la carpeta %1: queda fuera del archivo</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="269"/>
        <source>Dropbox is not connected.</source>
        <translation>Dropbox no está conectado.</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="346"/>
        <source>Refused the file %1: it leaves the archive</source>
        <translation>Se rechazó el archivo %1: queda fuera del archivo</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="397"/>
        <source>Refused %1: it leaves the archive</source>
        <translation>Se rechazó %1: queda fuera del archivo</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="402"/>
        <source>Looking at %1 in Dropbox</source>
        <translation>Consulta de %1 en Dropbox</translation>
    </message>
</context>
<context>
    <name>rca::DropboxConnectorFactory</name>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="76"/>
        <source>App key</source>
        <translation>Clave de la app</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="77"/>
        <source>The key of your own Dropbox app (default: the built-in one, or RCA_DROPBOX_APP_KEY).</source>
        <translation>La clave de su propia app de Dropbox (predeterminada: la integrada o RCA_DROPBOX_APP_KEY).</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="80"/>
        <source>Sign-in redirect port</source>
        <translation>Puerto de redirección del inicio de sesión</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="81"/>
        <source>The loopback port of the redirect URI registered for the app.</source>
        <translation>El puerto de loopback de la URI de redirección registrada para la app.</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="82"/>
        <source>API server</source>
        <translation>Servidor de la API</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="82"/>
        <source>The Dropbox API&apos;s base URL.</source>
        <translation>La URL base de la API de Dropbox.</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="84"/>
        <source>Content server</source>
        <translation>Servidor de contenido</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="84"/>
        <source>The base URL for file contents.</source>
        <translation>La URL base para el contenido de los archivos.</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="86"/>
        <source>Sign-in page</source>
        <translation>Página de inicio de sesión</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="86"/>
        <source>The page that asks for your consent.</source>
        <translation>La página que pide su consentimiento.</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="88"/>
        <source>Single-request upload limit (bytes)</source>
        <translation>Límite de subida en una sola solicitud (bytes)</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="89"/>
        <source>Files up to this size go up in one request; larger ones in an upload session.</source>
        <translation>Los archivos de hasta este tamaño se suben en una solicitud; los mayores, en una sesión de subida.</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="91"/>
        <source>Upload chunk size (bytes)</source>
        <translation>Tamaño de los fragmentos de subida (bytes)</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxconnector.cpp" line="92"/>
        <source>The part of a large file sent per request, a multiple of 4 MiB.</source>
        <translation>La parte de un archivo grande que se envía por solicitud, un múltiplo de 4 MiB.</translation>
    </message>
</context>
<context>
    <name>rca::DropboxDownload</name>
    <message>
        <location filename="../connectors/dropbox/dropboxdownload.cpp" line="19"/>
        <source>Refused to read %1: it leaves the archive</source>
        <translation>Se rechazó la lectura de %1: queda fuera del archivo</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxdownload.cpp" line="23"/>
        <source>Reading %1 from Dropbox</source>
        <translation>Lectura de %1 desde Dropbox</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxdownload.cpp" line="40"/>
        <source>%1 is not in Dropbox</source>
        <translation>%1 no está en Dropbox</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxdownload.cpp" line="44"/>
        <source>%1 in Dropbox is a folder, not a file</source>
        <translation>%1 en Dropbox es una carpeta, no un archivo</translation>
    </message>
</context>
<context>
    <name>rca::DropboxListing</name>
    <message>
        <location filename="../connectors/dropbox/dropboxlisting.cpp" line="33"/>
        <source>Refused to list %1: it leaves the archive</source>
        <translation>Se rechazó el listado de %1: queda fuera del archivo</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxlisting.cpp" line="37"/>
        <source>Listing %1 in Dropbox</source>
        <translation>Listado de %1 en Dropbox</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxlisting.cpp" line="49"/>
        <source>Dropbox has a file where the archive needs the folder %1</source>
        <translation>Dropbox tiene un archivo en el lugar donde el archivo necesita la carpeta %1</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxlisting.cpp" line="64"/>
        <source>%1: Dropbox said there is more but gave no cursor</source>
        <translation>%1: Dropbox indicó que hay más, pero no proporcionó ningún cursor</translation>
    </message>
</context>
<context>
    <name>rca::DropboxUpload</name>
    <message>
        <location filename="../connectors/dropbox/dropboxupload.cpp" line="36"/>
        <source>Uploading %1 to Dropbox</source>
        <translation>Subida de %1 a Dropbox</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxupload.cpp" line="97"/>
        <source>: no upload session id</source>
        <translation>: no hay ID de sesión de subida</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxupload.cpp" line="117"/>
        <source>%1: Dropbox holds %2 bytes of the upload, which this upload cannot continue from; will retry</source>
        <translation>%1: Dropbox tiene %2 bytes de la subida, desde los que esta subida no puede continuar; se volverá a intentar</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxupload.cpp" line="167"/>
        <source>: already committed</source>
        <translation>: ya confirmado</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxupload.cpp" line="171"/>
        <source>: the path leaves the archive</source>
        <translation>: la ruta queda fuera del archivo</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxupload.cpp" line="229"/>
        <source>%1: Dropbox stored different bytes than were sent (content_hash mismatch); will retry</source>
        <translation>%1: Dropbox guardó bytes distintos de los enviados (content_hash no coincide); se volverá a intentar</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxupload.cpp" line="258"/>
        <source>A different file already exists in Dropbox at %1; it was not overwritten.</source>
        <translation>Ya existe otro archivo en Dropbox en %1; no se sobrescribió.</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxupload.cpp" line="266"/>
        <source>Dropbox has a folder (or a file in the way) at %1; the file was not overwritten.</source>
        <translation>Dropbox tiene una carpeta (o un archivo que estorba) en %1; el archivo no se sobrescribió.</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxupload.cpp" line="272"/>
        <source>The Dropbox account is full: free some space in Dropbox or upgrade the plan, then archiving continues.</source>
        <translation>La cuenta de Dropbox está llena: libere espacio en Dropbox o amplíe el plan y el archivado continuará.</translation>
    </message>
    <message>
        <location filename="../connectors/dropbox/dropboxupload.cpp" line="278"/>
        <source>Dropbox does not accept the name %1 (%2).</source>
        <translation>Dropbox no acepta el nombre %1 (%2).</translation>
    </message>
</context>
<context>
    <name>rca::Engine</name>
    <message>
        <location filename="../core/engine/engine.cpp" line="136"/>
        <source>The storage connector &quot;%1&quot; is not installed (no plugin found in %2).</source>
        <translation>El conector de almacenamiento «%1» no está instalado (no se encontró ningún complemento en %2).</translation>
    </message>
    <message>
        <location filename="../core/engine/engine.cpp" line="200"/>
        <source>Not archived: the source no longer keeps data this old.</source>
        <translation>No archivado: la fuente ya no conserva datos tan antiguos.</translation>
    </message>
    <message>
        <location filename="../core/engine/engine.cpp" line="107"/>
        <source>Another RC Archiver (process %1) is archiving with this profile.</source>
        <translation>Otra instancia de RC Archiver (proceso %1) está archivando con este perfil.</translation>
    </message>
    <message>
        <location filename="../core/engine/engine.cpp" line="127"/>
        <source>No storage is connected.</source>
        <translation>No hay ningún almacenamiento conectado.</translation>
    </message>
    <message>
        <location filename="../core/engine/engine.cpp" line="271"/>
        <source>Archiving has failed repeatedly (%1). Fix the cause, then %2.</source>
        <translation>El archivado ha fallado repetidamente (%1). Corrija la causa y después %2.</translation>
    </message>
    <message>
        <location filename="../core/engine/engine.cpp" line="285"/>
        <location filename="../core/engine/engine.cpp" line="457"/>
        <source>The range is empty: --from must be before --to.</source>
        <translation>El intervalo está vacío: --from debe ser anterior a --to.</translation>
    </message>
    <message>
        <location filename="../core/engine/engine.cpp" line="294"/>
        <source>The range starts before %1: the source keeps data for %2 days only.</source>
        <translation>El intervalo empieza antes de %1: la fuente solo conserva los datos durante %2 días.</translation>
    </message>
    <message>
        <location filename="../core/engine/engine.cpp" line="428"/>
        <source>The check was stopped before it finished.</source>
        <translation>La comprobación se detuvo antes de terminar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/engine.cpp" line="432"/>
        <source>%n item(s) archived and verified.</source>
        <translation>
            <numerusform>%n elemento archivado y verificado.</numerusform>
            <numerusform>%n elementos archivados y verificados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/engine.cpp" line="435"/>
        <source>%n problem(s) found; %1 of %2 archived item(s) verified.</source>
        <translation>
            <numerusform>%n problema encontrado; %1 de %2 elementos archivados verificados.</numerusform>
            <numerusform>%n problemas encontrados; %1 de %2 elementos archivados verificados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/engine/engine.cpp" line="462"/>
        <source>A job is running; check the archive when it has ended.</source>
        <translation>Hay una tarea en ejecución; compruebe el archivo cuando haya terminado.</translation>
    </message>
    <message>
        <location filename="../core/engine/engine.cpp" line="570"/>
        <source> (plugin not found)</source>
        <translation> (complemento no encontrado)</translation>
    </message>
</context>
<context>
    <name>rca::Frontend</name>
    <message>
        <location filename="../core/common/frontend.cpp" line="36"/>
        <source>Connect it in the Accounts tab.</source>
        <translation>Conéctelo en la pestaña Cuentas.</translation>
    </message>
    <message>
        <location filename="../core/common/frontend.cpp" line="37"/>
        <source>Connect it with `rc-archiver connect %1`.</source>
        <translation>Conéctelo con `rc-archiver connect %1`.</translation>
    </message>
    <message>
        <location filename="../core/common/frontend.cpp" line="43"/>
        <source>Connect again in the Accounts tab.</source>
        <translation>Vuelva a conectar en la pestaña Cuentas.</translation>
    </message>
    <message>
        <location filename="../core/common/frontend.cpp" line="45"/>
        <source>Connect again with `rc-archiver connect` (see `rc-archiver --help`).</source>
        <translation>Vuelva a conectar con `rc-archiver connect` (consulte `rc-archiver --help`).</translation>
    </message>
    <message>
        <location filename="../core/common/frontend.cpp" line="46"/>
        <source>Connect again with `rc-archiver connect %1`.</source>
        <translation>Vuelva a conectar con `rc-archiver connect %1`.</translation>
    </message>
    <message>
        <location filename="../core/common/frontend.cpp" line="52"/>
        <source>use Run now in Sync options</source>
        <translation>use «Ejecutar ahora» en Opciones de sincronización</translation>
    </message>
    <message>
        <location filename="../core/common/frontend.cpp" line="53"/>
        <source>run `rc-archiver run-once`</source>
        <translation>ejecute `rc-archiver run-once`</translation>
    </message>
</context>
<context>
    <name>rca::GoogleDriveApi</name>
    <message>
        <location filename="../connectors/googledrive/googledriveapi.cpp" line="101"/>
        <source>Your Google Drive is full: %1 was refused because the storage quota is used up. Free some space in Google Drive (or buy more), and archiving continues.</source>
        <translation>Su Google Drive está lleno: se rechazó %1 porque la cuota de almacenamiento está agotada. Libere espacio en Google Drive (o compre más) y el archivado continuará.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveapi.cpp" line="110"/>
        <source>%1: Google Drive is limiting the request rate (%2). It will be tried again.</source>
        <translation>%1: Google Drive está limitando la frecuencia de solicitudes (%2). Se volverá a intentar.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveapi.cpp" line="119"/>
        <source>%1: Google Drive refused it (403 %2: %3).</source>
        <translation>%1: Google Drive lo rechazó (403 %2: %3).</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveapi.cpp" line="125"/>
        <source>%1: Google Drive no longer accepts the saved sign-in.</source>
        <translation>%1: Google Drive ya no acepta el inicio de sesión guardado.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveapi.cpp" line="219"/>
        <source>Looking for &quot;%1&quot; in Google Drive</source>
        <translation>Búsqueda de «%1» en Google Drive</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveapi.cpp" line="281"/>
        <source>Creating the folder &quot;%1&quot; in Google Drive</source>
        <translation>Creación de la carpeta «%1» en Google Drive</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveapi.cpp" line="292"/>
        <source>%1: the answer named no folder id.</source>
        <translation>%1: la respuesta no indicaba ningún ID de carpeta.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveapi.cpp" line="329"/>
        <source>Opening the archive folder</source>
        <translation>Apertura de la carpeta del archivo</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveapi.cpp" line="348"/>
        <source>Deleting a damaged upload</source>
        <translation>Eliminación de una subida dañada</translation>
    </message>
</context>
<context>
    <name>rca::GoogleDriveConnector</name>
    <message>
        <location filename="../connectors/googledrive/googledriveconnector.cpp" line="152"/>
        <source>Google Drive needs the OAuth client id of a registered Google desktop app, and this build has none. Pass the &quot;clientId&quot; option (and &quot;clientSecret&quot;), set RCA_GOOGLE_CLIENT_ID and RCA_GOOGLE_CLIENT_SECRET, or build with the CMake options of the same names; see &quot;Registering a Google app&quot; in the README.</source>
        <translation>Google Drive necesita el ID de cliente OAuth de una aplicación de escritorio de Google registrada, y esta compilación no tiene ninguno. Pase la opción «clientId» (y «clientSecret»), defina RCA_GOOGLE_CLIENT_ID y RCA_GOOGLE_CLIENT_SECRET o compile con las opciones de CMake del mismo nombre; consulte «Registering a Google app» en el README.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveconnector.cpp" line="165"/>
        <source>Google Drive needs the system keychain to keep its sign-in, and none is available.</source>
        <translation>Google Drive necesita el llavero del sistema para guardar su inicio de sesión, y no hay ninguno disponible.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveconnector.cpp" line="175"/>
        <source>access was removed in the Google account, the password changed, or it was unused for months</source>
        <translation>se retiró el acceso en la cuenta de Google, cambió la contraseña o no se usó durante meses</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveconnector.cpp" line="205"/>
        <source>Connecting Google Drive needs a browser sign-in, which is not possible here.</source>
        <translation>Para conectar Google Drive se necesita iniciar sesión en un navegador, lo que aquí no es posible.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveconnector.cpp" line="237"/>
        <source>Google did not grant offline access, so archiving could not continue unattended. Connect again and allow access.</source>
        <translation>Google no concedió acceso sin conexión, por lo que el archivado no podría continuar de forma desatendida. Vuelva a conectar y permita el acceso.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveconnector.cpp" line="288"/>
        <source>Google Drive is not connected.</source>
        <translation>Google Drive no está conectado.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveconnector.cpp" line="325"/>
        <source>The path %1 is not allowed.</source>
        <translation>La ruta %1 no está permitida.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveconnector.cpp" line="331"/>
        <source>The path %1 names no file.</source>
        <translation>La ruta %1 no indica ningún archivo.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveconnector.cpp" line="340"/>
        <source>Google Drive is not open.</source>
        <translation>Google Drive no está abierto.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveconnector.cpp" line="475"/>
        <source>%1 is not in Google Drive.</source>
        <translation>%1 no está en Google Drive.</translation>
    </message>
</context>
<context>
    <name>rca::GoogleDriveConnectorFactory</name>
    <message>
        <location filename="../connectors/googledrive/googledriveconnector.cpp" line="74"/>
        <source>OAuth client id</source>
        <translation>ID de cliente OAuth</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveconnector.cpp" line="75"/>
        <source>The client id of your own Google desktop app (default: RCA_GOOGLE_CLIENT_ID or the built-in one).</source>
        <translation>El ID de cliente de su propia app de escritorio de Google (predeterminado: RCA_GOOGLE_CLIENT_ID o el integrado).</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveconnector.cpp" line="77"/>
        <source>OAuth client secret</source>
        <translation>Secreto de cliente OAuth</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveconnector.cpp" line="78"/>
        <source>Its client secret (default: RCA_GOOGLE_CLIENT_SECRET or the built-in one).</source>
        <translation>Su secreto de cliente (predeterminado: RCA_GOOGLE_CLIENT_SECRET o el integrado).</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveconnector.cpp" line="79"/>
        <source>Upload chunk size (bytes)</source>
        <translation>Tamaño de los fragmentos de subida (bytes)</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveconnector.cpp" line="80"/>
        <source>The part of a large file sent per request, a multiple of 256 KiB.</source>
        <translation>La parte de un archivo grande que se envía por solicitud, un múltiplo de 256 KiB.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveconnector.cpp" line="84"/>
        <source>Single-request upload limit (bytes)</source>
        <translation>Límite de subida en una sola solicitud (bytes)</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveconnector.cpp" line="85"/>
        <source>Files up to this size go up in one request; larger ones in resumable parts.</source>
        <translation>Los archivos de hasta este tamaño se suben en una solicitud; los mayores, en partes reanudables.</translation>
    </message>
</context>
<context>
    <name>rca::GoogleDriveDownload</name>
    <message>
        <location filename="../connectors/googledrive/googledrivedownload.cpp" line="20"/>
        <source>Reading %1 from Google Drive</source>
        <translation>Lectura de %1 desde Google Drive</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledrivedownload.cpp" line="45"/>
        <source>%1 is not in Google Drive.</source>
        <translation>%1 no está en Google Drive.</translation>
    </message>
</context>
<context>
    <name>rca::GoogleDriveListing</name>
    <message>
        <location filename="../connectors/googledrive/googledrivefolderindex.cpp" line="57"/>
        <location filename="../connectors/googledrive/googledrivelisting.cpp" line="36"/>
        <source>Listing &quot;%1&quot; in Google Drive</source>
        <translation>Listado de «%1» en Google Drive</translation>
    </message>
</context>
<context>
    <name>rca::GoogleDriveUpload</name>
    <message>
        <location filename="../connectors/googledrive/googledriveupload.cpp" line="125"/>
        <location filename="../connectors/googledrive/googledriveupload.cpp" line="470"/>
        <source>The upload of %1 is already finished.</source>
        <translation>La subida de %1 ya ha terminado.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveupload.cpp" line="182"/>
        <source>Starting the upload of %1 to Google Drive</source>
        <translation>Inicio de la subida de %1 a Google Drive</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveupload.cpp" line="190"/>
        <source>%1: Google Drive named no upload session.</source>
        <translation>%1: Google Drive no indicó ninguna sesión de subida.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveupload.cpp" line="208"/>
        <source>Google Drive reported an unreadable upload state (%1) for %2; it will be uploaded again.</source>
        <translation>Google Drive informó de un estado de subida ilegible (%1) para %2; se volverá a subir.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveupload.cpp" line="214"/>
        <source>Google Drive lost part of the upload of %1 (it holds %2 bytes); it will be uploaded again.</source>
        <translation>Google Drive perdió parte de la subida de %1 (tiene %2 bytes); se volverá a subir.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveupload.cpp" line="231"/>
        <location filename="../connectors/googledrive/googledriveupload.cpp" line="360"/>
        <source>Uploading %1 to Google Drive</source>
        <translation>Subida de %1 a Google Drive</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveupload.cpp" line="265"/>
        <source>%1: Google Drive ended the upload before the last byte.</source>
        <translation>%1: Google Drive terminó la subida antes del último byte.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveupload.cpp" line="287"/>
        <source>%1: the upload session expired; the file will be uploaded again.</source>
        <translation>%1: la sesión de subida caducó; el archivo se volverá a subir.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveupload.cpp" line="303"/>
        <source>%1: unexpected answer %2.</source>
        <translation>%1: respuesta inesperada %2.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveupload.cpp" line="411"/>
        <source>A different file already exists at %1 in Google Drive; it was not overwritten.</source>
        <translation>Ya existe otro archivo en %1 en Google Drive; no se sobrescribió.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveupload.cpp" line="424"/>
        <source>Google Drive did not confirm the upload of %1.</source>
        <translation>Google Drive no confirmó la subida de %1.</translation>
    </message>
    <message>
        <location filename="../connectors/googledrive/googledriveupload.cpp" line="438"/>
        <source>The copy of %1 in Google Drive does not match what was sent (size or MD5); it will be uploaded again.</source>
        <translation>La copia de %1 en Google Drive no coincide con lo enviado (tamaño o MD5); se volverá a subir.</translation>
    </message>
</context>
<context>
    <name>rca::HttpClient</name>
    <message>
        <location filename="../core/net/directupload.cpp" line="199"/>
        <source>the server sent an invalid HTTP response</source>
        <translation>el servidor envió una respuesta HTTP no válida</translation>
    </message>
    <message>
        <location filename="../core/net/directupload.cpp" line="212"/>
        <source>no data moved for %1 ms</source>
        <translation>no se transfirieron datos durante %1 ms</translation>
    </message>
    <message>
        <location filename="../core/net/directupload.cpp" line="268"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location filename="../core/net/directupload.cpp" line="279"/>
        <source>the request took longer than %1 ms</source>
        <translation>la solicitud tardó más de %1 ms</translation>
    </message>
    <message>
        <location filename="../core/net/directupload.cpp" line="359"/>
        <source>the data to upload ended early</source>
        <translation>los datos que se iban a subir terminaron antes de tiempo</translation>
    </message>
    <message>
        <location filename="../core/net/httpexchange.cpp" line="223"/>
        <source>the connection closed before an answer arrived</source>
        <translation>la conexión se cerró antes de que llegara una respuesta</translation>
    </message>
</context>
<context>
    <name>rca::ItemLedger</name>
    <message>
        <location filename="../core/store/itemledger.cpp" line="186"/>
        <source>Could not record %1 as archived</source>
        <translation>No se pudo registrar %1 como archivado</translation>
    </message>
    <message>
        <location filename="../core/store/itemledger.cpp" line="190"/>
        <source>it is already in the archive ledger</source>
        <translation>ya figura en el registro del archivo</translation>
    </message>
    <message>
        <location filename="../core/store/itemledger.cpp" line="313"/>
        <source>Could not schedule the repair of %1</source>
        <translation>No se pudo programar la reparación de %1</translation>
    </message>
    <message>
        <location filename="../core/store/itemledger.cpp" line="379"/>
        <source>Could not record the failure of %1</source>
        <translation>No se pudo registrar el error de %1</translation>
    </message>
    <message>
        <location filename="../core/store/itemledger.cpp" line="442"/>
        <source>Could not retry %1</source>
        <translation>No se pudo reintentar %1</translation>
    </message>
    <message>
        <location filename="../core/store/itemledger.cpp" line="455"/>
        <source>no failure is recorded for it</source>
        <translation>no hay ningún error registrado para él</translation>
    </message>
    <message>
        <location filename="../core/store/itemledger.cpp" line="463"/>
        <source>Could not expire old failed items</source>
        <translation>No se pudieron descartar los elementos fallidos antiguos</translation>
    </message>
</context>
<context>
    <name>rca::JobDetailsDialog</name>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="31"/>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="134"/>
        <source>Job Details</source>
        <translation>Detalles de la tarea</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="32"/>
        <source>Job details</source>
        <translation>Detalles de la tarea</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="44"/>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="46"/>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="137"/>
        <source>Window</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="47"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="48"/>
        <source>Ran</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="49"/>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="50"/>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="140"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="54"/>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="58"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="54"/>
        <source>Remote path</source>
        <translation>Ruta remota</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="54"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="54"/>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="58"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="58"/>
        <source>Other party</source>
        <translation>Interlocutor</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="59"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="59"/>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="59"/>
        <source>Next retry</source>
        <translation>Próximo intento</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="66"/>
        <source>Archived items</source>
        <translation>Elementos archivados</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="71"/>
        <source>Failed items</source>
        <translation>Elementos fallidos</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="76"/>
        <source>Retry result</source>
        <translation>Resultado del reintento</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="83"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="84"/>
        <source>&amp;Retry Failed Items</source>
        <translation>&amp;Reintentar elementos fallidos</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="86"/>
        <source>Retry failed items</source>
        <translation>Reintentar elementos fallidos</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="116"/>
        <source>This job is no longer in the log.</source>
        <translation>Esta tarea ya no figura en el registro.</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="124"/>
        <source>A repair: archives again what a check of the archive found missing or damaged</source>
        <translation>Una reparación: vuelve a archivar lo que una comprobación del archivo detectó como ausente o dañado</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="134"/>
        <source>Archive Check Details</source>
        <translation>Detalles de la comprobación del archivo</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="137"/>
        <source>Checked</source>
        <translation>Comprobado</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="140"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="154"/>
        <source>The weekly check of the archive (the last 7 days)</source>
        <translation>La comprobación semanal del archivo (los últimos 7 días)</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="155"/>
        <source>A check of the archive asked for with Verify archive</source>
        <translation>Una comprobación del archivo solicitada con «Verificar el archivo»</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="156"/>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="172"/>
        <source>The check did not finish (%1).</source>
        <translation>La comprobación no terminó (%1).</translation>
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
        <translation>Desde %1</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="185"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="192"/>
        <source>Call Recording</source>
        <translation>Grabación de llamada</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="194"/>
        <source>Voice Mail</source>
        <translation>Mensaje de voz</translation>
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
        <translation>%1 (adjunto)</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="219"/>
        <source>&amp;Archived items (%1):</source>
        <translation>Elementos &amp;archivados (%1):</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="229"/>
        <source>Waits for a manual retry</source>
        <translation>Espera un reintento manual</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="236"/>
        <source>RingCentral id %1</source>
        <translation>ID de RingCentral %1</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="241"/>
        <source>&amp;Failed items (%1):</source>
        <translation>Elementos &amp;fallidos (%1):</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="262"/>
        <source>Retry Failed Items</source>
        <translation>Reintentar elementos fallidos</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="263"/>
        <source>Some items could not be queued for a retry:
%1</source>
        <translation>Algunos elementos no se pudieron poner en cola para un reintento:
%1</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="271"/>
        <source>Items queued for a retry now: %1.</source>
        <translation>Elementos en cola para reintentarse ahora: %1.</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="272"/>
        <source>Items queued for a retry at the next job: %1.</source>
        <translation>Elementos en cola para reintentarse en la próxima tarea: %1.</translation>
    </message>
</context>
<context>
    <name>rca::JobLogCsv</name>
    <message>
        <location filename="../core/store/joblogcsv.cpp" line="86"/>
        <source>Could not export the log to %1: %2</source>
        <translation>No se pudo exportar el registro a %1: %2</translation>
    </message>
</context>
<context>
    <name>rca::JobLogModel</name>
    <message>
        <location filename="../core/store/joblogcsv.cpp" line="29"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../core/store/joblogcsv.cpp" line="30"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../core/store/joblogcsv.cpp" line="31"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../core/store/joblogcsv.cpp" line="32"/>
        <source>Job Start</source>
        <translation>Inicio de la tarea</translation>
    </message>
    <message>
        <location filename="../core/store/joblogcsv.cpp" line="33"/>
        <source>Job End</source>
        <translation>Fin de la tarea</translation>
    </message>
    <message>
        <location filename="../core/store/joblogcsv.cpp" line="34"/>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <location filename="../core/store/joblogcsv.cpp" line="35"/>
        <source>Call Recording</source>
        <translation>Grabación de llamada</translation>
    </message>
    <message>
        <location filename="../core/store/joblogcsv.cpp" line="36"/>
        <source>Voice Mail</source>
        <translation>Mensaje de voz</translation>
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
        <translation>Comprobación semanal del archivo</translation>
    </message>
    <message>
        <location filename="../ui/logs/joblogmodel.cpp" line="369"/>
        <source>Check of the archive</source>
        <translation>Comprobación del archivo</translation>
    </message>
    <message>
        <location filename="../ui/logs/joblogmodel.cpp" line="370"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/logs/joblogmodel.cpp" line="375"/>
        <source>Items that failed and wait for a retry: %1</source>
        <translation>Elementos que fallaron y esperan un reintento: %1</translation>
    </message>
</context>
<context>
    <name>rca::JobRecord</name>
    <message>
        <location filename="../core/store/jobstore.cpp" line="127"/>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="129"/>
        <source>Complete</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="131"/>
        <source>Complete with errors</source>
        <translation>Completada con errores</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="133"/>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="135"/>
        <source>Interrupted</source>
        <translation>Interrumpida</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="137"/>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="139"/>
        <source>Verified</source>
        <translation>Verificada</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="141"/>
        <source>Problems found</source>
        <translation>Problemas encontrados</translation>
    </message>
</context>
<context>
    <name>rca::JobRunner</name>
    <message>
        <location filename="../core/engine/jobrunner.cpp" line="203"/>
        <source>Stopped before the job finished.</source>
        <translation>Detenida antes de que terminara la tarea.</translation>
    </message>
    <message>
        <location filename="../core/engine/jobrunner.cpp" line="210"/>
        <source>%1 item(s) could not be archived; see the job&apos;s details.</source>
        <translation>No se pudieron archivar %1 elemento(s); consulte los detalles de la tarea.</translation>
    </message>
    <message>
        <location filename="../core/engine/jobrunner.cpp" line="291"/>
        <source>Could not record an archived item: %1</source>
        <translation>No se pudo registrar un elemento archivado: %1</translation>
    </message>
    <message>
        <location filename="../core/engine/jobrunner.cpp" line="311"/>
        <source>Could not start an upload.</source>
        <translation>No se pudo iniciar una subida.</translation>
    </message>
    <message>
        <location filename="../core/engine/jobrunner.cpp" line="319"/>
        <source>The download of %1 was incomplete (%2 of %3 bytes).</source>
        <translation>La descarga de %1 quedó incompleta (%2 de %3 bytes).</translation>
    </message>
    <message>
        <location filename="../core/engine/jobrunner.cpp" line="337"/>
        <source>The storage reports %1 bytes for %2, %3 were sent.</source>
        <translation>El almacenamiento indica %1 bytes para %2; se enviaron %3.</translation>
    </message>
</context>
<context>
    <name>rca::JobStore</name>
    <message>
        <location filename="../core/store/jobstore.cpp" line="186"/>
        <source>Could not save the job log</source>
        <translation>No se pudo guardar el registro de tareas</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="188"/>
        <source>the job has no time window</source>
        <translation>la tarea no tiene intervalo</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="219"/>
        <source>Could not save the progress of job %1</source>
        <translation>No se pudo guardar el progreso de la tarea %1</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="233"/>
        <location filename="../core/store/jobstore.cpp" line="259"/>
        <source>there is no such job</source>
        <translation>esa tarea no existe</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="239"/>
        <source>Could not save the end of job %1</source>
        <translation>No se pudo guardar el final de la tarea %1</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="241"/>
        <source>the job is still running</source>
        <translation>la tarea todavía está en ejecución</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="267"/>
        <source>Could not mark unfinished jobs as interrupted</source>
        <translation>No se pudieron marcar como interrumpidas las tareas sin terminar</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="276"/>
        <source>RC Archiver ended while the job was running.</source>
        <translation>RC Archiver se cerró mientras la tarea estaba en ejecución.</translation>
    </message>
</context>
<context>
    <name>rca::KeychainSecretStore</name>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="32"/>
        <source>read</source>
        <translation>leer</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="34"/>
        <source>write</source>
        <translation>guardar</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="36"/>
        <source>remove</source>
        <translation>eliminar</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="130"/>
        <source>no application object</source>
        <translation>no hay ningún objeto de aplicación</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="170"/>
        <source>The system keychain did not answer within %1 seconds. If it asks for a password to unlock it, enter it and try again.</source>
        <translation>El llavero del sistema no respondió en %1 segundos. Si pide una contraseña para desbloquearlo, introdúzcala y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="186"/>
        <source>The system keychain is not available (no Secret Service running). Unlock or start your keyring (e.g. GNOME Keyring, KWallet) and try again.%1</source>
        <translation>El llavero del sistema no está disponible (no se está ejecutando ningún Secret Service). Desbloquee o inicie su llavero (p. ej., GNOME Keyring, KWallet) y vuelva a intentarlo.%1</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="193"/>
        <source>The keychain is locked or refused access. Unlock your keyring (e.g. GNOME Keyring, KWallet) and try again.%1</source>
        <translation>El llavero está bloqueado o denegó el acceso. Desbloquee su llavero (p. ej., GNOME Keyring, KWallet) y vuelva a intentarlo.%1</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="199"/>
        <source>Access to the keychain was denied. Allow RC Archiver to use the keychain and try again.</source>
        <translation>Se denegó el acceso al llavero. Permita que RC Archiver use el llavero y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="204"/>
        <source>The keychain could not delete the saved entry.%1</source>
        <translation>El llavero no pudo eliminar la entrada guardada.%1</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="209"/>
        <source>This system has no keychain that RC Archiver can use.%1</source>
        <translation>Este sistema no tiene ningún llavero que RC Archiver pueda usar.%1</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="217"/>
        <source>The system keychain could not %1 a secret%2. Make sure a keyring (e.g. GNOME Keyring, KWallet) is running and unlocked, then try again.</source>
        <translation>El llavero del sistema no pudo %1 un secreto%2. Asegúrese de que haya un llavero (p. ej., GNOME Keyring, KWallet) en ejecución y desbloqueado y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="286"/>
        <source>The system keychain did not give back what was stored in it.</source>
        <translation>El llavero del sistema no devolvió lo que se había guardado en él.</translation>
    </message>
</context>
<context>
    <name>rca::LedgerRebuilder</name>
    <message>
        <location filename="../core/audit/ledgerrebuilder.cpp" line="90"/>
        <source>Could not list what the storage holds</source>
        <translation>No se pudo listar el contenido del almacenamiento</translation>
    </message>
    <message>
        <location filename="../core/audit/ledgerrebuilder.cpp" line="100"/>
        <source>Could not read %1</source>
        <translation>No se pudo leer %1</translation>
    </message>
    <message>
        <location filename="../core/audit/ledgerrebuilder.cpp" line="142"/>
        <source>Could not rebuild the ledger from %1</source>
        <translation>No se pudo reconstruir el registro del archivo a partir de %1</translation>
    </message>
</context>
<context>
    <name>rca::LocalFolderConnector</name>
    <message>
        <location filename="../connectors/localfolder/localfiles.cpp" line="95"/>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localerrors.cpp" line="33"/>
        <location filename="../connectors/localfolder/localerrors.cpp" line="79"/>
        <source>The disk is full: could not %1 %2 (%3). Free some space on it, or choose another folder.</source>
        <translation>El disco está lleno: no se pudo %1 %2 (%3). Libere espacio en él o elija otra carpeta.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localerrors.cpp" line="40"/>
        <location filename="../connectors/localfolder/localerrors.cpp" line="85"/>
        <source>The archive folder is not writable: could not %1 %2 (%3). Check the folder&apos;s permissions.</source>
        <translation>No se puede escribir en la carpeta del archivo: no se pudo %1 %2 (%3). Compruebe los permisos de la carpeta.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localerrors.cpp" line="46"/>
        <source>The archive folder is on a read-only disk: could not %1 %2 (%3).</source>
        <translation>La carpeta del archivo está en un disco de solo lectura: no se pudo %1 %2 (%3).</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localerrors.cpp" line="61"/>
        <source>The archive folder is not reachable: could not %1 %2 (%3). Is the disk or network share connected?</source>
        <translation>No se puede acceder a la carpeta del archivo: no se pudo %1 %2 (%3). ¿Está conectado el disco o el recurso compartido de red?</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localerrors.cpp" line="67"/>
        <location filename="../connectors/localfolder/localerrors.cpp" line="91"/>
        <location filename="../connectors/localfolder/localfiles.cpp" line="410"/>
        <source>Could not %1 %2: %3.</source>
        <translation>No se pudo %1 %2: %3.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfiles.cpp" line="143"/>
        <location filename="../connectors/localfolder/localfiles.cpp" line="321"/>
        <source>create a file in</source>
        <translation>crear un archivo en</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfiles.cpp" line="146"/>
        <location filename="../connectors/localfolder/localfiles.cpp" line="324"/>
        <source>Could not create a temporary file in %1.</source>
        <translation>No se pudo crear un archivo temporal en %1.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfiles.cpp" line="159"/>
        <location filename="../connectors/localfolder/localfiles.cpp" line="172"/>
        <location filename="../connectors/localfolder/localfiles.cpp" line="177"/>
        <location filename="../connectors/localfolder/localfiles.cpp" line="333"/>
        <location filename="../connectors/localfolder/localfiles.cpp" line="342"/>
        <location filename="../connectors/localfolder/localfiles.cpp" line="347"/>
        <source>write</source>
        <translation>escribir</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfiles.cpp" line="217"/>
        <location filename="../connectors/localfolder/localfiles.cpp" line="230"/>
        <location filename="../connectors/localfolder/localfiles.cpp" line="240"/>
        <location filename="../connectors/localfolder/localfiles.cpp" line="257"/>
        <location filename="../connectors/localfolder/localfiles.cpp" line="382"/>
        <location filename="../connectors/localfolder/localfiles.cpp" line="411"/>
        <source>rename a file to</source>
        <translation>cambiar el nombre de un archivo a</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfiles.cpp" line="253"/>
        <location filename="../connectors/localfolder/localfiles.cpp" line="406"/>
        <source>%1 is a folder, not a file; it was not replaced.</source>
        <translation>%1 es una carpeta, no un archivo; no se sustituyó.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfiles.cpp" line="266"/>
        <source>open the folder</source>
        <translation>abrir la carpeta</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfiles.cpp" line="277"/>
        <source>write the folder</source>
        <translation>escribir la carpeta</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfiles.cpp" line="59"/>
        <location filename="../connectors/localfolder/localfiles.cpp" line="74"/>
        <source>%1 exists but is not a folder.</source>
        <translation>%1 existe, pero no es una carpeta.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfiles.cpp" line="63"/>
        <source>create the folder</source>
        <translation>crear la carpeta</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfiles.cpp" line="78"/>
        <source>Could not create the folder %1. Check the folder&apos;s permissions.</source>
        <translation>No se pudo crear la carpeta %1. Compruebe los permisos de la carpeta.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderupload.cpp" line="56"/>
        <location filename="../connectors/localfolder/localfolderupload.cpp" line="79"/>
        <source>The upload of %1 is already finished.</source>
        <translation>La subida de %1 ya ha terminado.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderupload.cpp" line="104"/>
        <source>The data written for %1 does not match what was sent; it will be written again.</source>
        <translation>Los datos escritos para %1 no coinciden con lo enviado; se volverán a escribir.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderupload.cpp" line="124"/>
        <source>A different file already exists at %1; it was not overwritten.</source>
        <translation>Ya existe otro archivo en %1; no se sobrescribió.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderconnector.cpp" line="68"/>
        <source>Choose the folder to archive into (the &quot;path&quot; option).</source>
        <translation>Elija la carpeta en la que archivar (la opción «path»).</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderconnector.cpp" line="80"/>
        <source>The folder %1 does not exist. Connect the disk or network share, or choose another folder.</source>
        <translation>La carpeta %1 no existe. Conecte el disco o el recurso compartido de red, o elija otra carpeta.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderconnector.cpp" line="86"/>
        <source>%1 is not a folder.</source>
        <translation>%1 no es una carpeta.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderconnector.cpp" line="119"/>
        <source>The local folder archive is not set up: no folder is configured.</source>
        <translation>El archivo en carpeta local no está configurado: no hay ninguna carpeta configurada.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderconnector.cpp" line="130"/>
        <source>The archive folder %1 is missing, and %2 is no longer on the disk or share mounted at %3. Is the disk or network share connected?</source>
        <translation>Falta la carpeta del archivo %1, y %2 ya no está en el disco o recurso compartido montado en %3. ¿Está conectado el disco o el recurso compartido de red?</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderconnector.cpp" line="218"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderconnector.cpp" line="270"/>
        <source>The archive folder %1 is missing. Is the disk or network share connected?</source>
        <translation>Falta la carpeta del archivo %1. ¿Está conectado el disco o el recurso compartido de red?</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderconnector.cpp" line="283"/>
        <source>The path &quot;%1&quot; is absolute; only paths inside the archive folder are allowed.</source>
        <translation>La ruta «%1» es absoluta; solo se permiten rutas dentro de la carpeta del archivo.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderconnector.cpp" line="289"/>
        <source>No file name was given.</source>
        <translation>No se indicó ningún nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderconnector.cpp" line="302"/>
        <source>The path &quot;%1&quot; was refused: &quot;%2&quot; is not a safe folder or file name.</source>
        <translation>Se rechazó la ruta «%1»: «%2» no es un nombre de carpeta o de archivo seguro.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderconnector.cpp" line="309"/>
        <source>The path &quot;%1&quot; was refused: &quot;%2&quot; is reserved for temporary files.</source>
        <translation>Se rechazó la ruta «%1»: «%2» está reservado para archivos temporales.</translation>
    </message>
</context>
<context>
    <name>rca::LocalFolderConnectorFactory</name>
    <message>
        <location filename="../connectors/localfolder/localfolderconnector.cpp" line="48"/>
        <source>Archive folder</source>
        <translation>Carpeta del archivo</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderconnector.cpp" line="49"/>
        <source>The folder to archive into: an external disk or a mounted network share. It must exist.</source>
        <translation>La carpeta en la que se archiva: un disco externo o un recurso de red montado. Debe existir.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderconnector.cpp" line="51"/>
        <source>A folder on this computer, a disk or a NAS share</source>
        <translation>Una carpeta de este equipo, un disco o un recurso compartido de un NAS</translation>
    </message>
</context>
<context>
    <name>rca::LocalFolderReader</name>
    <message>
        <location filename="../connectors/localfolder/localfolderreader.cpp" line="57"/>
        <source>The file %1 does not exist.</source>
        <translation>El archivo %1 no existe.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderreader.cpp" line="64"/>
        <source>%1 is not a folder (or is a symbolic link); it is not listed.</source>
        <translation>%1 no es una carpeta (o es un enlace simbólico); no se lista.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderreader.cpp" line="84"/>
        <location filename="../connectors/localfolder/localfolderreader.cpp" line="329"/>
        <location filename="../connectors/localfolder/localfolderreader.cpp" line="337"/>
        <source>Could not %1 %2: %3.</source>
        <translation>No se pudo %1 %2: %3.</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderreader.cpp" line="149"/>
        <location filename="../connectors/localfolder/localfolderreader.cpp" line="254"/>
        <source>list</source>
        <translation>listar</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderreader.cpp" line="274"/>
        <source>read</source>
        <translation>leer</translation>
    </message>
    <message>
        <location filename="../connectors/localfolder/localfolderreader.cpp" line="277"/>
        <source>%1 is not a file (or is a symbolic link); it is not read.</source>
        <translation>%1 no es un archivo (o es un enlace simbólico); no se lee.</translation>
    </message>
</context>
<context>
    <name>rca::LogsCommand</name>
    <message>
        <location filename="../app/commands/logs.cpp" line="32"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../app/commands/logs.cpp" line="33"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../app/commands/logs.cpp" line="34"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/commands/logs.cpp" line="35"/>
        <source>Job Start</source>
        <translation>Inicio de la tarea</translation>
    </message>
    <message>
        <location filename="../app/commands/logs.cpp" line="36"/>
        <source>Job End</source>
        <translation>Fin de la tarea</translation>
    </message>
    <message>
        <location filename="../app/commands/logs.cpp" line="37"/>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <location filename="../app/commands/logs.cpp" line="38"/>
        <source>Call Recording</source>
        <translation>Grabación de llamada</translation>
    </message>
    <message>
        <location filename="../app/commands/logs.cpp" line="39"/>
        <source>Voice Mail</source>
        <translation>Mensaje de voz</translation>
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
        <translation>No hay tareas entre %1 y %2.</translation>
    </message>
</context>
<context>
    <name>rca::LogsPage</name>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="63"/>
        <source>Logs</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="67"/>
        <source>Show Log &amp;for:</source>
        <translation>Mostrar el registro &amp;para:</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="70"/>
        <source>Show log for</source>
        <translation>Mostrar el registro para</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="71"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="72"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="73"/>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="74"/>
        <source>Custom range</source>
        <translation>Intervalo personalizado</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="77"/>
        <source>F&amp;rom:</source>
        <translation>D&amp;esde:</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="80"/>
        <source>From date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="83"/>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="86"/>
        <source>To date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="90"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="92"/>
        <source>Show the log for the dates</source>
        <translation>Mostrar el registro de esas fechas</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="94"/>
        <source>&amp;Verify Archive…</source>
        <translation>&amp;Verificar el archivo…</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="96"/>
        <source>Verify that the archive of these dates is complete</source>
        <translation>Verificar que el archivo de estas fechas está completo</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="97"/>
        <source>Checks that every item of the shown dates is in the storage and intact, and lists what is missing or damaged.</source>
        <translation>Comprueba que todos los elementos de las fechas mostradas están en el almacenamiento e íntegros, y enumera lo que falta o está dañado.</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="107"/>
        <source>Date range problem</source>
        <translation>Problema con el intervalo de fechas</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="113"/>
        <source>Job log</source>
        <translation>Registro de tareas</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="133"/>
        <source>No jobs</source>
        <translation>No hay tareas</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="145"/>
        <source>Number of jobs</source>
        <translation>Número de tareas</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="146"/>
        <source>&amp;Details…</source>
        <translation>&amp;Detalles…</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="148"/>
        <source>Show the details of the selected job</source>
        <translation>Mostrar los detalles de la tarea seleccionada</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="150"/>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="152"/>
        <source>Export the shown jobs as CSV</source>
        <translation>Exportar las tareas mostradas como CSV</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="397"/>
        <source>The From date is after the To date. Choose a From date on or before %1.</source>
        <translation>La fecha Desde es posterior a la fecha Hasta. Elija una fecha Desde igual o anterior al %1.</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="419"/>
        <source>SHOW MORE</source>
        <translation>MOSTRAR MÁS</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="420"/>
        <source>Show all jobs</source>
        <translation>Mostrar todas las tareas</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="421"/>
        <source>Show every job, also those that archived nothing</source>
        <translation>Mostrar todas las tareas, también las que no archivaron nada</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="423"/>
        <source>SHOW LESS</source>
        <translation>MOSTRAR MENOS</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="424"/>
        <source>Show only jobs that archived data</source>
        <translation>Mostrar solo las tareas que archivaron datos</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="425"/>
        <source>Show only the jobs that archived data or failed</source>
        <translation>Mostrar solo las tareas que archivaron datos o fallaron</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="434"/>
        <source>No job archived data or failed in this period. Choose SHOW MORE to see every job.</source>
        <translation>En este periodo ninguna tarea archivó datos ni falló. Elija MOSTRAR MÁS para ver todas las tareas.</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="436"/>
        <source>No jobs ran in this period.</source>
        <translation>En este periodo no se ejecutó ninguna tarea.</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="439"/>
        <source>Jobs: %1</source>
        <translation>Tareas: %1</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="487"/>
        <source>Verify Archive</source>
        <translation>Verificar el archivo</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="488"/>
        <source>Nothing of these dates is archived yet: the schedule archives each half hour about two hours later. Choose earlier dates.</source>
        <translation>Todavía no hay nada archivado de estas fechas: la programación archiva cada media hora unas dos horas más tarde. Elija fechas anteriores.</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="510"/>
        <source>There is no job log to export.</source>
        <translation>No hay ningún registro de tareas que exportar.</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="531"/>
        <location filename="../ui/logs/logspage.cpp" line="539"/>
        <source>Export Log</source>
        <translation>Exportar el registro</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="532"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>rca::LoopbackReceiver</name>
    <message>
        <location filename="../core/oauth/loopbackreceiver.cpp" line="60"/>
        <source>Port %1 on 127.0.0.1 is in use; close the program using it or change %2.</source>
        <translation>El puerto %1 en 127.0.0.1 está en uso; cierre el programa que lo usa o cambie %2.</translation>
    </message>
    <message>
        <location filename="../core/oauth/loopbackreceiver.cpp" line="65"/>
        <source>Could not listen on 127.0.0.1 port %1 for the sign-in answer: %2.</source>
        <translation>No se pudo escuchar en 127.0.0.1, puerto %1, la respuesta del inicio de sesión: %2.</translation>
    </message>
    <message>
        <location filename="../core/oauth/loopbackreceiver.cpp" line="93"/>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <location filename="../core/oauth/loopbackreceiver.cpp" line="94"/>
        <source>You can close this tab and return to %1.</source>
        <translation>Puede cerrar esta pestaña y volver a %1.</translation>
    </message>
    <message>
        <location filename="../core/oauth/loopbackreceiver.cpp" line="99"/>
        <source>Sign-in did not complete</source>
        <translation>El inicio de sesión no se completó</translation>
    </message>
    <message>
        <location filename="../core/oauth/loopbackreceiver.cpp" line="100"/>
        <source>%1 You can close this tab and return to %2.</source>
        <translation>%1 Puede cerrar esta pestaña y volver a %2.</translation>
    </message>
    <message>
        <location filename="../core/oauth/loopbackreceiver.cpp" line="132"/>
        <location filename="../core/oauth/loopbackreceiver.cpp" line="142"/>
        <source>The request was not understood.</source>
        <translation>No se entendió la solicitud.</translation>
    </message>
    <message>
        <location filename="../core/oauth/loopbackreceiver.cpp" line="137"/>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <location filename="../core/oauth/loopbackreceiver.cpp" line="146"/>
        <source>This sign-in attempt has already ended.</source>
        <translation>Este intento de inicio de sesión ya ha terminado.</translation>
    </message>
    <message>
        <location filename="../core/oauth/loopbackreceiver.cpp" line="162"/>
        <source>The sign-in answer carried no authorization.</source>
        <translation>La respuesta del inicio de sesión no contenía ninguna autorización.</translation>
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
        <translation>&amp;Cuentas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="42"/>
        <source>&amp;Sync options</source>
        <translation>Opciones de &amp;sincronización</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="43"/>
        <source>&amp;Logs</source>
        <translation>&amp;Registros</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="76"/>
        <source>RC Archiver (demo)</source>
        <translation>RC Archiver (demostración)</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="86"/>
        <source>RC Archiver cannot start</source>
        <translation>RC Archiver no puede iniciarse</translation>
    </message>
</context>
<context>
    <name>rca::ManifestWriter</name>
    <message>
        <location filename="../core/audit/manifestwriter.cpp" line="212"/>
        <source>Could not start writing %1.</source>
        <translation>No se pudo empezar a escribir %1.</translation>
    </message>
</context>
<context>
    <name>rca::OAuthFlow</name>
    <message>
        <location filename="../core/oauth/oauthflow.cpp" line="54"/>
        <source>The sign-in answer contained no access token.</source>
        <translation>La respuesta del inicio de sesión no contenía ningún token de acceso.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauthflow.cpp" line="232"/>
        <source>Signing in to %1</source>
        <translation>Inicio de sesión en %1</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauthflow.cpp" line="235"/>
        <source>%1 could not complete the sign-in right now: %2. Try again in a few minutes.</source>
        <translation>%1 no pudo completar el inicio de sesión en este momento: %2. Vuelva a intentarlo dentro de unos minutos.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauthflow.cpp" line="244"/>
        <source>%1 refused the sign-in: %2.</source>
        <translation>%1 rechazó el inicio de sesión: %2.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauthflow.cpp" line="247"/>
        <source>%1 answered the sign-in with an unexpected status (%2).</source>
        <translation>%1 respondió al inicio de sesión con un estado inesperado (%2).</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauthflow.cpp" line="285"/>
        <source>Sign-in was cancelled or consent denied at %1.</source>
        <translation>El inicio de sesión se canceló o se denegó el consentimiento en %1.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauthflow.cpp" line="289"/>
        <source>%1 reported a sign-in error: %2.</source>
        <translation>%1 informó de un error de inicio de sesión: %2.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauthflow.cpp" line="293"/>
        <source>The sign-in answer did not belong to this sign-in attempt (state mismatch), so it was not used. Start the sign-in again.</source>
        <translation>La respuesta del inicio de sesión no pertenecía a este intento (el parámetro state no coincide), por lo que no se usó. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauthflow.cpp" line="299"/>
        <source>%1 sent no authorization code back. Start the sign-in again.</source>
        <translation>%1 no devolvió ningún código de autorización. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauthflow.cpp" line="310"/>
        <source>RC Archiver could not open a web browser for the %1 sign-in.</source>
        <translation>RC Archiver no pudo abrir un navegador web para el inicio de sesión en %1.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauthflow.cpp" line="352"/>
        <source>The %1 sign-in timed out: no answer came back from the browser. Start it again.</source>
        <translation>Se agotó el tiempo del inicio de sesión en %1: el navegador no devolvió ninguna respuesta. Vuelva a iniciarlo.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauthflow.cpp" line="399"/>
        <source>The %1 sign-in answer</source>
        <translation>La respuesta del inicio de sesión de %1</translation>
    </message>
</context>
<context>
    <name>rca::OAuthSession</name>
    <message>
        <location filename="../core/oauth/oauthsession.cpp" line="61"/>
        <source>The %1 sign-in is being renewed by another RC Archiver process. It will be tried again.</source>
        <translation>Otro proceso de RC Archiver está renovando el inicio de sesión de %1. Se volverá a intentar.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauthsession.cpp" line="118"/>
        <source>%1 no longer accepts the saved sign-in (%2).</source>
        <translation>%1 ya no acepta el inicio de sesión guardado (%2).</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauthsession.cpp" line="134"/>
        <source>The saved %1 sign-in could not be read.</source>
        <translation>No se pudo leer el inicio de sesión guardado de %1.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauthsession.cpp" line="321"/>
        <source>%1 is not connected.</source>
        <translation>%1 no está conectado.</translation>
    </message>
    <message>
        <location filename="../core/oauth/oauthsession.cpp" line="408"/>
        <source>The %1 token refresh answer</source>
        <translation>La respuesta de actualización del token de %1</translation>
    </message>
</context>
<context>
    <name>rca::ObjectRetention</name>
    <message>
        <location filename="../core/storage/objectretention.cpp" line="44"/>
        <source>governance mode</source>
        <translation>modo de gobierno</translation>
    </message>
    <message>
        <location filename="../core/storage/objectretention.cpp" line="46"/>
        <source>compliance mode</source>
        <translation>modo de conformidad</translation>
    </message>
    <message>
        <location filename="../core/storage/objectretention.cpp" line="50"/>
        <source>no retention</source>
        <translation>sin retención</translation>
    </message>
    <message>
        <location filename="../core/storage/objectretention.cpp" line="85"/>
        <source>it no longer has a retention date (it was %1 until %2)</source>
        <translation>ya no tiene fecha de retención (era %1 hasta %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/objectretention.cpp" line="89"/>
        <source>its retention changed from %1 to %2</source>
        <translation>su retención cambió de %1 a %2</translation>
    </message>
    <message>
        <location filename="../core/storage/objectretention.cpp" line="92"/>
        <source>its retention date moved from %1 to %2</source>
        <translation>su fecha de retención pasó de %1 a %2</translation>
    </message>
    <message>
        <location filename="../core/storage/objectretention.cpp" line="97"/>
        <source>its legal hold was removed</source>
        <translation>se retiró su retención legal</translation>
    </message>
    <message>
        <location filename="../core/storage/objectretention.cpp" line="104"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../core/storage/objectretention.cpp" line="107"/>
        <source>%1 until %2</source>
        <translation>%1 hasta %2</translation>
    </message>
    <message>
        <location filename="../core/storage/objectretention.cpp" line="109"/>
        <source>under legal hold</source>
        <translation>con retención legal</translation>
    </message>
    <message>
        <location filename="../core/storage/objectretention.cpp" line="109"/>
        <source>%1, under legal hold</source>
        <translation>%1, con retención legal</translation>
    </message>
</context>
<context>
    <name>rca::Profile</name>
    <message>
        <location filename="../core/profile.cpp" line="60"/>
        <source>Cannot create the folder %1 for RC Archiver&apos;s data. Check that it is writable, or choose another with --profile.</source>
        <translation>No se puede crear la carpeta %1 para los datos de RC Archiver. Compruebe que se puede escribir en ella o elija otra con --profile.</translation>
    </message>
</context>
<context>
    <name>rca::ProfileIdentity</name>
    <message>
        <location filename="../core/store/profileidentity.cpp" line="75"/>
        <location filename="../core/store/profileidentity.cpp" line="84"/>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../core/store/profileidentity.cpp" line="111"/>
        <source>&quot;%1&quot; is not a profile id</source>
        <translation>«%1» no es un ID de perfil</translation>
    </message>
    <message>
        <location filename="../core/store/profileidentity.cpp" line="119"/>
        <source>Could not save the profile id</source>
        <translation>No se pudo guardar el ID del perfil</translation>
    </message>
    <message>
        <location filename="../core/store/profileidentity.cpp" line="131"/>
        <source>Could not save where the profile is</source>
        <translation>No se pudo guardar la ubicación del perfil</translation>
    </message>
</context>
<context>
    <name>rca::RingCentralAccount</name>
    <message>
        <location filename="../core/ringcentral/ringcentralaccount.cpp" line="69"/>
        <source>Reading the signed-in RingCentral user</source>
        <translation>Lectura del usuario de RingCentral que ha iniciado sesión</translation>
    </message>
</context>
<context>
    <name>rca::RingCentralApi</name>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="150"/>
        <source>%1: RingCentral&apos;s request rate limit was reached (%2). It will be tried again later.</source>
        <translation>%1: se alcanzó el límite de solicitudes de RingCentral (%2). Se volverá a intentar más tarde.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="159"/>
        <source>%1: RingCentral had a server problem (%2). It will be tried again.</source>
        <translation>%1: RingCentral tuvo un problema en el servidor (%2). Se volverá a intentar.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="129"/>
        <source>RingCentral no longer accepts the saved sign-in (it was revoked, expired after 7 days offline, or the password changed).</source>
        <translation>RingCentral ya no acepta el inicio de sesión guardado (se revocó, caducó tras 7 días sin conexión o cambió la contraseña).</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="167"/>
        <source>%1: RingCentral no longer accepts the saved sign-in (%2).</source>
        <translation>%1: RingCentral ya no acepta el inicio de sesión guardado (%2).</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="177"/>
        <source>the %1 permission</source>
        <translation>el permiso %1</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="179"/>
        <source>a permission</source>
        <translation>un permiso</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="182"/>
        <source>%1: the signed-in RingCentral user lacks %2 that this needs (%3). Ask a RingCentral administrator to grant it.</source>
        <translation>%1: al usuario de RingCentral que ha iniciado sesión le falta %2 necesario para esto (%3). Pida a un administrador de RingCentral que lo conceda.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="188"/>
        <source>%1: RingCentral refused access (%2).</source>
        <translation>%1: RingCentral denegó el acceso (%2).</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="195"/>
        <source>%1: RingCentral no longer has this item (%2).</source>
        <translation>%1: RingCentral ya no tiene este elemento (%2).</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="200"/>
        <source>%1: RingCentral does not know this address (%2). Check the RingCentral server setting.</source>
        <translation>%1: RingCentral no conoce esta dirección (%2). Compruebe la configuración del servidor de RingCentral.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="209"/>
        <source>, parameter %1</source>
        <translation>, parámetro %1</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="212"/>
        <source>%1: RingCentral rejected the request (%2%3). This is likely a problem in RC Archiver; please report it.</source>
        <translation>%1: RingCentral rechazó la solicitud (%2%3). Probablemente se trata de un problema de RC Archiver; por favor, infórmenos.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="219"/>
        <source>%1: RingCentral refused the request (%2).</source>
        <translation>%1: RingCentral denegó la solicitud (%2).</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="224"/>
        <source>%1: RingCentral answered unexpectedly (%2).</source>
        <translation>%1: RingCentral respondió de forma inesperada (%2).</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="235"/>
        <source>%1: RingCentral pointed to an unexpected address (%2); the sign-in is not sent there.</source>
        <translation>%1: RingCentral remitió a una dirección inesperada (%2); el inicio de sesión no se envía allí.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="351"/>
        <source>%1: RingCentral&apos;s answer was incomplete or not valid JSON.</source>
        <translation>%1: la respuesta de RingCentral estaba incompleta o no era un JSON válido.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="362"/>
        <source>%1: RingCentral&apos;s answer was incomplete or not valid JSON, several times. It will be tried again with the next job.</source>
        <translation>%1: la respuesta de RingCentral estuvo incompleta o no fue un JSON válido varias veces. Se volverá a intentar en la próxima tarea.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="392"/>
        <source>%1: RingCentral&apos;s paging did not advance.</source>
        <translation>%1: la paginación de RingCentral no avanzó.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="399"/>
        <source>%1: too many pages.</source>
        <translation>%1: demasiadas páginas.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="452"/>
        <source>%1: RingCentral sent the whole file again instead of the missing part; it will be downloaded again later.</source>
        <translation>%1: RingCentral volvió a enviar el archivo completo en lugar de la parte que faltaba; se volverá a descargar más tarde.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="484"/>
        <source>%1: RingCentral sent a different part of the file than asked for; it will be downloaded again later.</source>
        <translation>%1: RingCentral envió una parte del archivo distinta de la solicitada; se volverá a descargar más tarde.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="504"/>
        <source>%1: the download stopped after %2 of %3 bytes.</source>
        <translation>%1: la descarga se detuvo tras %2 de %3 bytes.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralapi.cpp" line="513"/>
        <source>%1: RingCentral sent %2 bytes where %3 were announced; it will be downloaded again later.</source>
        <translation>%1: RingCentral envió %2 bytes cuando se habían anunciado %3; se volverá a descargar más tarde.</translation>
    </message>
</context>
<context>
    <name>rca::RingCentralConfig</name>
    <message>
        <location filename="../core/ringcentral/ringcentralconfig.cpp" line="109"/>
        <source>RC Archiver has no RingCentral client id. Register a RingCentral app (see &quot;Registering a RingCentral app&quot; in the README) and set its client id with the RCA_RINGCENTRAL_CLIENT_ID environment variable or the CMake option of the same name.</source>
        <translation>RC Archiver no tiene ningún ID de cliente de RingCentral. Registre una aplicación de RingCentral (consulte «Registering a RingCentral app» en el README) y defina su ID de cliente con la variable de entorno RCA_RINGCENTRAL_CLIENT_ID o la opción de CMake del mismo nombre.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralconfig.cpp" line="122"/>
        <source>The RingCentral server address &quot;%1&quot; is not a usable http(s) URL.</source>
        <translation>La dirección del servidor de RingCentral «%1» no es una URL http(s) utilizable.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralconfig.cpp" line="129"/>
        <source>The RingCentral media address &quot;%1&quot; is not a usable http(s) URL.</source>
        <translation>La dirección multimedia de RingCentral «%1» no es una URL http(s) utilizable.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralconfig.cpp" line="186"/>
        <source>it was revoked, expired after 7 days offline, or the password changed</source>
        <translation>se revocó, caducó tras 7 días sin conexión o cambió la contraseña</translation>
    </message>
</context>
<context>
    <name>rca::RingCentralSource</name>
    <message>
        <location filename="../core/ringcentral/ringcentralsource.cpp" line="189"/>
        <source>Reading RingCentral&apos;s extension list</source>
        <translation>Lectura de la lista de extensiones de RingCentral</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralsource.cpp" line="256"/>
        <source>Reading the company call log</source>
        <translation>Lectura del registro de llamadas de la empresa</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralsource.cpp" line="257"/>
        <source>Reading the call log</source>
        <translation>Lectura del registro de llamadas</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralsource.cpp" line="126"/>
        <source>RingCentral no longer accepts the saved sign-in.</source>
        <translation>RingCentral ya no acepta el inicio de sesión guardado.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralsource.cpp" line="136"/>
        <source>RingCentral is not connected.</source>
        <translation>RingCentral no está conectado.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralsource.cpp" line="261"/>
        <source>Switch Sync options to My Extension</source>
        <translation>Cambie las Opciones de sincronización a Mi extensión</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralsource.cpp" line="263"/>
        <source>Archive your own extension only (`rc-archiver config set sync.view extension`)</source>
        <translation>Archive solo su propia extensión (`rc-archiver config set sync.view extension`)</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralsource.cpp" line="267"/>
        <source>This RingCentral account lacks the company call log permission (FullCompanyCallLog), so it cannot archive every extension&apos;s recordings. %1, or ask an administrator for the permission.</source>
        <translation>A esta cuenta de RingCentral le falta el permiso del registro de llamadas de la empresa (FullCompanyCallLog), por lo que no puede archivar las grabaciones de todas las extensiones. %1, o pida el permiso a un administrador.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralsource.cpp" line="310"/>
        <source>Reading the %1 messages</source>
        <translation>Lectura de los mensajes de tipo %1</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralsource.cpp" line="323"/>
        <source>The SMS text changed in size.</source>
        <translation>El tamaño del texto del SMS cambió.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralsource.cpp" line="329"/>
        <source>RingCentral item %1 has no download information.</source>
        <translation>El elemento de RingCentral %1 no tiene información de descarga.</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralsource.cpp" line="343"/>
        <source>Downloading call recording %1</source>
        <translation>Descarga de la grabación de llamada %1</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralsource.cpp" line="345"/>
        <source>Downloading %1 %2</source>
        <translation>Descarga de %1 %2</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralsource.cpp" line="348"/>
        <source>RingCentral no longer has this recording</source>
        <translation>RingCentral ya no tiene esta grabación</translation>
    </message>
    <message>
        <location filename="../core/ringcentral/ringcentralsource.cpp" line="350"/>
        <source>RingCentral no longer has this message</source>
        <translation>RingCentral ya no tiene este mensaje</translation>
    </message>
</context>
<context>
    <name>rca::RunOnceCommand</name>
    <message>
        <location filename="../app/commands/runonce.cpp" line="39"/>
        <source>it is between jobs</source>
        <translation>no está ejecutando ninguna tarea</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commands/runonce.cpp" line="40"/>
        <source>job %1 (%2): %n archived so far</source>
        <translation>
            <numerusform>tarea %1 (%2): %n archivado hasta ahora</numerusform>
            <numerusform>tarea %1 (%2): %n archivados hasta ahora</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/commands/runonce.cpp" line="49"/>
        <source>Waiting for it to finish (Ctrl+C to stop waiting; --no-wait refuses instead)…</source>
        <translation>Esperando a que termine (Ctrl+C deja de esperar; --no-wait rechaza en su lugar)…</translation>
    </message>
    <message>
        <location filename="../app/commands/runonce.cpp" line="59"/>
        <source>The other process: %1</source>
        <translation>El otro proceso: %1</translation>
    </message>
    <message>
        <location filename="../app/commands/runonce.cpp" line="87"/>
        <source>Give both --from and --to, or neither.</source>
        <translation>Indique --from y --to, o ninguno de los dos.</translation>
    </message>
    <message>
        <location filename="../app/commands/runonce.cpp" line="106"/>
        <source>Job %1 %2: %3</source>
        <translation>Tarea %1 %2: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commands/runonce.cpp" line="111"/>
        <source>%n archived</source>
        <translation>
            <numerusform>%n archivado</numerusform>
            <numerusform>%n archivados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commands/runonce.cpp" line="112"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallido</numerusform>
            <numerusform>%n fallidos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/commands/runonce.cpp" line="128"/>
        <source>Refused (--no-wait): run again when it has finished.</source>
        <translation>Rechazado (--no-wait): vuelva a ejecutarlo cuando haya terminado.</translation>
    </message>
    <message>
        <location filename="../app/commands/runonce.cpp" line="138"/>
        <source>Stopped; the interrupted job runs again next time.</source>
        <translation>Detenido; la tarea interrumpida se vuelve a ejecutar la próxima vez.</translation>
    </message>
    <message>
        <location filename="../app/commands/runonce.cpp" line="143"/>
        <source>Nothing is due.</source>
        <translation>No hay nada pendiente.</translation>
    </message>
</context>
<context>
    <name>rca::S3Connector</name>
    <message>
        <location filename="../connectors/s3/s3client.cpp" line="69"/>
        <source>The storage does not know the access key %1 (InvalidAccessKeyId). It may have been deleted or belong to another account or endpoint: create a key and connect the storage again.</source>
        <translation>El almacenamiento no conoce la clave de acceso %1 (InvalidAccessKeyId). Puede que se haya eliminado o que pertenezca a otra cuenta u otro punto de conexión: cree una clave y vuelva a conectar el almacenamiento.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3client.cpp" line="76"/>
        <source>The storage refused the signature (SignatureDoesNotMatch): the secret access key does not belong to %1. Connect the storage again with the right secret.</source>
        <translation>El almacenamiento rechazó la firma (SignatureDoesNotMatch): la clave de acceso secreta no corresponde a %1. Vuelva a conectar el almacenamiento con el secreto correcto.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3client.cpp" line="82"/>
        <source>The access key %1 has expired. Create a new key and connect the storage again.</source>
        <translation>La clave de acceso %1 ha caducado. Cree una clave nueva y vuelva a conectar el almacenamiento.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3client.cpp" line="87"/>
        <source>The bucket &quot;%1&quot; does not exist at %2 (NoSuchBucket). Check the bucket&apos;s name and region.</source>
        <translation>El bucket «%1» no existe en %2 (NoSuchBucket). Compruebe el nombre y la región del bucket.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3client.cpp" line="93"/>
        <source>The storage is full: the account&apos;s quota is used up (%1). Raise the quota or free space; nothing was lost, and the job tries again later.</source>
        <translation>El almacenamiento está lleno: la cuota de la cuenta está agotada (%1). Aumente la cuota o libere espacio; no se perdió nada y la tarea se volverá a intentar más tarde.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3client.cpp" line="100"/>
        <source>The object is protected by Object Lock and cannot be changed.</source>
        <translation>El objeto está protegido por el Bloqueo de objetos y no se puede modificar.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3client.cpp" line="103"/>
        <source>The storage refused access to the bucket &quot;%1&quot; (%2). The access key %3 needs s3:ListBucket, s3:GetObject, s3:PutObject, s3:AbortMultipartUpload, s3:ListBucketMultipartUploads and, for Object Lock, s3:GetBucketObjectLockConfiguration, s3:GetObjectRetention, s3:PutObjectRetention and s3:PutObjectLegalHold.</source>
        <translation>El almacenamiento denegó el acceso al bucket «%1» (%2). La clave de acceso %3 necesita s3:ListBucket, s3:GetObject, s3:PutObject, s3:AbortMultipartUpload, s3:ListBucketMultipartUploads y, para el Bloqueo de objetos, s3:GetBucketObjectLockConfiguration, s3:GetObjectRetention, s3:PutObjectRetention y s3:PutObjectLegalHold.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3client.cpp" line="112"/>
        <source>The bytes arrived damaged or incomplete at the storage (%1); they are sent again.</source>
        <translation>Los bytes llegaron dañados o incompletos al almacenamiento (%1); se vuelven a enviar.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3client.cpp" line="117"/>
        <source>The storage asks to slow down (%1); the job tries again later.</source>
        <translation>El almacenamiento pide reducir el ritmo de las solicitudes (%1); la tarea se volverá a intentar más tarde.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3client.cpp" line="122"/>
        <source>The storage failed (%1 %2).</source>
        <translation>El almacenamiento falló (%1 %2).</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3client.cpp" line="127"/>
        <source>The bucket &quot;%1&quot; has no Object Lock, but retention is asked for (%2). Use a bucket created with Object Lock, or connect again without retention.</source>
        <translation>El bucket «%1» no tiene Bloqueo de objetos, pero se pide retención (%2). Use un bucket creado con Bloqueo de objetos o vuelva a conectar sin retención.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3client.cpp" line="133"/>
        <source>The storage answered %1 %2: %3</source>
        <translation>El almacenamiento respondió %1 %2: %3</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3client.cpp" line="136"/>
        <source>no explanation</source>
        <translation>sin explicación</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="62"/>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="64"/>
        <source>on, no default retention</source>
        <translation>activado, sin retención predeterminada</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="65"/>
        <source>on, %1 for %2 by default</source>
        <translation>activado, de forma predeterminada %1 durante %2</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="73"/>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="75"/>
        <source>%1 years</source>
        <translation>%1 años</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="76"/>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="76"/>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="100"/>
        <source>Unknown retention mode &quot;%1&quot;: choose none, governance or compliance.</source>
        <translation>Modo de retención desconocido «%1»: elija none, governance o compliance.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="134"/>
        <source>The part size must be from 5 MiB to 5 GiB.</source>
        <translation>El tamaño de las partes debe estar entre 5 MiB y 5 GiB.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="144"/>
        <source>&quot;%1&quot; is not a region (e.g. us-east-1, eu-central-1).</source>
        <translation>«%1» no es una región (p. ej., us-east-1, eu-central-1).</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="147"/>
        <source>The endpoint &quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>El punto de conexión «%1» no es una dirección http:// o https://.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="150"/>
        <source>The endpoint &quot;%1&quot; must not have a path: give the bucket and the prefix in their own fields.</source>
        <translation>El punto de conexión «%1» no debe tener ruta: indique el bucket y el prefijo en sus propios campos.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="156"/>
        <source>&quot;%1&quot; is not a bucket name: 3 to 63 lower-case letters, digits, dots and hyphens.</source>
        <translation>«%1» no es un nombre de bucket: de 3 a 63 letras minúsculas, dígitos, puntos y guiones.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="160"/>
        <source>The bucket name &quot;%1&quot; has dots, which the storage&apos;s TLS certificate does not cover in virtual-hosted addressing: choose path-style addressing.</source>
        <translation>El nombre de bucket «%1» tiene puntos, que el certificado TLS del almacenamiento no cubre con el direccionamiento de alojamiento virtual: elija el direccionamiento de estilo de ruta.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="167"/>
        <source>The key prefix &quot;%1&quot; must not start with &apos;/&apos; or hold empty, &quot;.&quot; or &quot;..&quot; parts.</source>
        <translation>El prefijo de clave «%1» no debe empezar por «/» ni contener partes vacías, «.» o «..».</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="175"/>
        <source>The retention period must be from 1 to %1 days.</source>
        <translation>El periodo de retención debe estar entre 1 y %1 días.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="177"/>
        <source>Invalid part size or parallel parts.</source>
        <translation>Tamaño de las partes o número de partes en paralelo no válido.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="216"/>
        <source>%1 (AWS, %2)</source>
        <translation>%1 (AWS, %2)</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="217"/>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="255"/>
        <source>Endpoint</source>
        <translation>Punto de conexión</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="256"/>
        <source>The storage&apos;s address: leave empty for AWS (from the region); https://s3.us-west-004.backblazeb2.com for Backblaze B2, https://s3.wasabisys.com for Wasabi, your MinIO or Ceph server&apos;s URL.</source>
        <translation>La dirección del almacenamiento: déjela vacía para AWS (se deduce de la región); https://s3.us-west-004.backblazeb2.com para Backblaze B2, https://s3.wasabisys.com para Wasabi, la URL de su servidor MinIO o Ceph.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="260"/>
        <source>AWS, from the region</source>
        <translation>AWS, según la región</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="261"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="262"/>
        <source>The bucket&apos;s region (us-east-1, eu-central-1, us-west-004, …).</source>
        <translation>La región del bucket (us-east-1, eu-central-1, us-west-004, …).</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="264"/>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="265"/>
        <source>The bucket the archive goes into. It must exist; for write-once storage it must have been created with Object Lock.</source>
        <translation>El bucket en el que se archiva. Debe existir; para un almacenamiento de escritura única (WORM) debe haberse creado con Bloqueo de objetos (Object Lock).</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="268"/>
        <source>Key prefix</source>
        <translation>Prefijo de clave</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="269"/>
        <source>Every object&apos;s key starts with this.</source>
        <translation>La clave de cada objeto empieza por este prefijo.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="271"/>
        <source>Access key ID</source>
        <translation>ID de clave de acceso</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="272"/>
        <source>The ID of an access key allowed to write the bucket (and read its Object Lock configuration).</source>
        <translation>El ID de una clave de acceso con permiso para escribir en el bucket (y leer su configuración de Bloqueo de objetos).</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="275"/>
        <source>Secret access key</source>
        <translation>Clave de acceso secreta</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="276"/>
        <source>Kept in the system keychain, never on disk.</source>
        <translation>Se guarda en el llavero del sistema, nunca en el disco.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="278"/>
        <source>Retention</source>
        <translation>Retención</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="279"/>
        <source>Object Lock for every object written: none (the bucket&apos;s default, if it has one), governance (only users with a special permission can shorten or remove it) or compliance (nobody can delete the object before its date, the account&apos;s owner included).</source>
        <translation>Bloqueo de objetos para cada objeto escrito: ninguno (el predeterminado del bucket, si lo tiene), modo de gobierno (solo los usuarios con un permiso especial pueden acortar o quitar la retención) o modo de conformidad (nadie puede eliminar el objeto antes de su fecha, ni siquiera el propietario de la cuenta).</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="283"/>
        <source>None (the bucket&apos;s default)</source>
        <translation>Ninguno (el predeterminado del bucket)</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="284"/>
        <source>Governance mode</source>
        <translation>Modo de gobierno</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="285"/>
        <source>Compliance mode</source>
        <translation>Modo de conformidad</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="287"/>
        <source>Retention period (days)</source>
        <translation>Periodo de retención (días)</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="288"/>
        <source>How long each object is kept, counted from the call&apos;s, voicemail&apos;s or message&apos;s creation: 2555 days is 7 years (SEC 17a-4 keeps some records 6).</source>
        <translation>Cuánto tiempo se conserva cada objeto, contado desde la creación de la llamada, el mensaje de voz o el mensaje: 2555 días son 7 años (la SEC 17a-4 exige conservar algunos registros 6).</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="295"/>
        <source>Type the bucket name to confirm</source>
        <translation>Escriba el nombre del bucket para confirmar</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="296"/>
        <source>Compliance mode cannot be undone: nobody, not even the account&apos;s root user, can delete or shorten the retention of these objects before their date, and the storage is billed until then. Type the bucket&apos;s name to confirm.</source>
        <translation>El modo de conformidad no se puede deshacer: nadie, ni siquiera el usuario raíz de la cuenta, puede eliminar estos objetos ni acortar su retención antes de su fecha, y el almacenamiento se factura hasta entonces. Escriba el nombre del bucket para confirmar.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="302"/>
        <source>Legal hold</source>
        <translation>Retención legal</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="303"/>
        <source>Also place a legal hold on every object: it cannot be deleted, whatever its retention date, until someone with the permission lifts the hold.</source>
        <translation>Aplicar además una retención legal a cada objeto: no se puede eliminar, sea cual sea su fecha de retención, hasta que alguien con el permiso la retire.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="306"/>
        <source>Addressing</source>
        <translation>Direccionamiento</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="307"/>
        <source>Virtual-hosted (bucket.endpoint) or path-style (endpoint/bucket) URLs; automatic is virtual-hosted on AWS and path-style elsewhere.</source>
        <translation>URL de alojamiento virtual (bucket.endpoint) o de estilo de ruta (endpoint/bucket); automático es alojamiento virtual en AWS y estilo de ruta en los demás casos.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="309"/>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="310"/>
        <source>Virtual-hosted</source>
        <translation>Alojamiento virtual</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="311"/>
        <source>Path-style</source>
        <translation>Estilo de ruta</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="314"/>
        <source>Storage class</source>
        <translation>Clase de almacenamiento</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="315"/>
        <source>STANDARD_IA, GLACIER_IR, … (empty: the bucket&apos;s default). Classes that need a restore before reading (GLACIER, DEEP_ARCHIVE) cannot be read back without one.</source>
        <translation>STANDARD_IA, GLACIER_IR, … (vacío: la predeterminada del bucket). Las clases que requieren una restauración antes de leer (GLACIER, DEEP_ARCHIVE) no se pueden volver a leer sin ella.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="319"/>
        <source>Server-side encryption</source>
        <translation>Cifrado del lado del servidor</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="320"/>
        <source>Ask the storage to encrypt each object with its own keys (SSE-S3) or a KMS key (SSE-KMS).</source>
        <translation>Pedir al almacenamiento que cifre cada objeto con sus propias claves (SSE-S3) o con una clave de KMS (SSE-KMS).</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="322"/>
        <source>The bucket&apos;s default</source>
        <translation>El predeterminado del bucket</translation>
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
        <translation>ID de clave de KMS</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="328"/>
        <source>The KMS key&apos;s ID or ARN (empty: the account&apos;s default aws/s3 key).</source>
        <translation>El ID o ARN de la clave de KMS (vacío: la clave aws/s3 predeterminada de la cuenta).</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="332"/>
        <source>Part size (MiB)</source>
        <translation>Tamaño de las partes (MiB)</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3config.cpp" line="333"/>
        <source>Files larger than this go up in parts of this size (it grows for very large files: at most 10,000 parts).</source>
        <translation>Los archivos de mayor tamaño se suben en partes de este tamaño (crece con archivos muy grandes: como máximo 10.000 partes).</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3connector.cpp" line="65"/>
        <source>Name the bucket (the &quot;bucket&quot; option).</source>
        <translation>Indique el bucket (la opción «bucket»).</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3connector.cpp" line="67"/>
        <source>Give the access key ID (the &quot;accessKeyId&quot; option).</source>
        <translation>Indique el ID de clave de acceso (la opción «accessKeyId»).</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3connector.cpp" line="70"/>
        <source>Enter the secret access key of %1.</source>
        <translation>Introduzca la clave de acceso secreta de %1.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3connector.cpp" line="74"/>
        <source>Secret access key of %1</source>
        <translation>Clave de acceso secreta de %1</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3connector.cpp" line="80"/>
        <source>Compliance mode cannot be undone: nobody, not even the account&apos;s owner, can delete the archived objects or shorten their retention before %1 from each item&apos;s creation, and the storage is billed until then. To confirm, type the bucket&apos;s name &quot;%2&quot; in &quot;Type the bucket name to confirm&quot; (--option confirmCompliance=%2).</source>
        <translation>El modo de conformidad no se puede deshacer: nadie, ni siquiera el propietario de la cuenta, puede eliminar los objetos archivados ni acortar su retención antes de que se cumpla el plazo de %1 desde la creación de cada elemento, y el almacenamiento se factura hasta entonces. Para confirmar, escriba el nombre del bucket «%2» en «Escriba el nombre del bucket para confirmar» (--option confirmCompliance=%2).</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3connector.cpp" line="87"/>
        <source>No keychain is available to keep the secret access key in, and RC Archiver never stores it anywhere else.</source>
        <translation>No hay ningún llavero disponible para guardar la clave de acceso secreta, y RC Archiver nunca la guarda en ningún otro sitio.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3connector.cpp" line="100"/>
        <source>The bucket &quot;%1&quot; has no Object Lock, so it cannot keep objects in %2. Object Lock can only be turned on when a bucket is created (see the README&apos;s &quot;Object Lock&quot; section): use such a bucket, or choose no retention.</source>
        <translation>El bucket «%1» no tiene Bloqueo de objetos, por lo que no puede conservar objetos en %2. El Bloqueo de objetos solo se puede activar al crear un bucket (consulte la sección «Object Lock» del README): use un bucket así o elija no usar retención.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3connector.cpp" line="106"/>
        <source>The bucket &quot;%1&quot; has no Object Lock, so it cannot place legal holds.</source>
        <translation>El bucket «%1» no tiene Bloqueo de objetos, por lo que no puede aplicar retenciones legales.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3connector.cpp" line="141"/>
        <source>No keychain: the secret access key cannot be read.</source>
        <translation>No hay llavero: no se puede leer la clave de acceso secreta.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3connector.cpp" line="145"/>
        <source>The secret access key of %1 is not in the keychain. Connect the storage again.</source>
        <translation>La clave de acceso secreta de %1 no está en el llavero. Vuelva a conectar el almacenamiento.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3connector.cpp" line="206"/>
        <source>The S3 storage is not open.</source>
        <translation>El almacenamiento S3 no está abierto.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3connector.cpp" line="293"/>
        <source>Object Lock: %1</source>
        <translation>Bloqueo de objetos: %1</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3connector.cpp" line="295"/>
        <source>Each object: %1 for %2 from the item&apos;s creation</source>
        <translation>Cada objeto: %1 durante %2 desde la creación del elemento</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3connector.cpp" line="299"/>
        <source>Each object: under legal hold</source>
        <translation>Cada objeto: con retención legal</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3objects.cpp" line="77"/>
        <source>Looking at %1</source>
        <translation>Consulta de %1</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3objects.cpp" line="119"/>
        <source>Uploading %1</source>
        <translation>Subida de %1</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3objects.cpp" line="138"/>
        <source>Reading %1</source>
        <translation>Lectura de %1</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3objects.cpp" line="151"/>
        <source>%1 is not in the bucket.</source>
        <translation>%1 no está en el bucket.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3objects.cpp" line="164"/>
        <source>Starting the upload of %1</source>
        <translation>Inicio de la subida de %1</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3objects.cpp" line="170"/>
        <source>The storage gave no upload id for %1.</source>
        <translation>El almacenamiento no proporcionó ningún ID de subida para %1.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3objects.cpp" line="186"/>
        <source>Uploading part %1 of %2</source>
        <translation>Subida de la parte %1 de %2</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3objects.cpp" line="204"/>
        <source>Listing the parts of %1</source>
        <translation>Listado de las partes de %1</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3objects.cpp" line="245"/>
        <source>Completing the upload of %1</source>
        <translation>Finalización de la subida de %1</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3objects.cpp" line="252"/>
        <source>Completing the upload of %1 failed: %2 %3</source>
        <translation>Falló la finalización de la subida de %1: %2 %3</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3objects.cpp" line="266"/>
        <source>Abandoning the upload of %1</source>
        <translation>Cancelación de la subida de %1</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3objects.cpp" line="297"/>
        <source>Listing unfinished uploads</source>
        <translation>Listado de subidas sin terminar</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3objects.cpp" line="341"/>
        <source>Listing %1</source>
        <translation>Listado de %1</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3objects.cpp" line="349"/>
        <source>The storage&apos;s listing of %1 is not valid XML.</source>
        <translation>El listado de %1 del almacenamiento no es XML válido.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3objects.cpp" line="387"/>
        <source>Reading the bucket&apos;s Object Lock configuration</source>
        <translation>Lectura de la configuración de Bloqueo de objetos del bucket</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3objects.cpp" line="410"/>
        <source>%1 is not in the bucket after its upload.</source>
        <translation>%1 no está en el bucket después de su subida.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3objects.cpp" line="412"/>
        <source>The bucket holds %1 bytes for %2; %3 were sent.</source>
        <translation>El bucket tiene %1 bytes para %2; se enviaron %3.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3objects.cpp" line="424"/>
        <source>The bucket&apos;s checksum of %1 is not the one of the bytes sent (%2, expected %3).</source>
        <translation>La suma de comprobación del bucket para %1 no es la de los bytes enviados (%2; se esperaba %3).</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3objects.cpp" line="443"/>
        <source>Reading the retention of %1</source>
        <translation>Lectura de la retención de %1</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3objects.cpp" line="461"/>
        <source>Reading the legal hold of %1</source>
        <translation>Lectura de la retención legal de %1</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3objects.cpp" line="485"/>
        <source>The bucket did not keep the retention asked for %1 (%2): %3.</source>
        <translation>El bucket no mantuvo la retención pedida para %1 (%2): %3.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3upload.cpp" line="95"/>
        <source>Write after commit.</source>
        <translation>Escritura después de la confirmación.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3upload.cpp" line="264"/>
        <source>Upload committed twice.</source>
        <translation>Subida confirmada dos veces.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3upload.cpp" line="353"/>
        <source>%1 was neither stored nor found; it is sent again.</source>
        <translation>%1 no se guardó ni se encontró; se vuelve a enviar.</translation>
    </message>
    <message>
        <location filename="../connectors/s3/s3upload.cpp" line="361"/>
        <source>A different object already has the key %1 (%2 bytes); nothing was overwritten.</source>
        <translation>Otro objeto ya tiene la clave %1 (%2 bytes); no se sobrescribió nada.</translation>
    </message>
</context>
<context>
    <name>rca::Session</name>
    <message>
        <location filename="../app/session.cpp" line="120"/>
        <source>This profile (%1) is a copy of the one in %2 and shares its sign-ins with it: signing in or out in one changes the other, and RingCentral accepts each sign-in&apos;s renewal once, so the two take it from each other. Use one of them, or give this one its own sign-ins with `%3` and connect it again.</source>
        <translation>Este perfil (%1) es una copia del de %2 y comparte con él sus inicios de sesión: iniciar o cerrar sesión en uno cambia el otro, y RingCentral acepta la renovación de cada inicio de sesión una sola vez, de modo que los dos se la quitan mutuamente. Use solo uno de ellos o dé a este sus propios inicios de sesión con `%3` y vuelva a conectarlo.</translation>
    </message>
    <message>
        <location filename="../app/session.cpp" line="157"/>
        <source>Plugin not loaded: %1</source>
        <translation>Complemento no cargado: %1</translation>
    </message>
</context>
<context>
    <name>rca::SetUpDescription</name>
    <message>
        <location filename="../core/storage/setupdescription.cpp" line="58"/>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <location filename="../core/storage/setupdescription.cpp" line="60"/>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <location filename="../core/storage/setupdescription.cpp" line="62"/>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <location filename="../core/storage/setupdescription.cpp" line="64"/>
        <source>port</source>
        <translation>puerto</translation>
    </message>
    <message>
        <location filename="../core/storage/setupdescription.cpp" line="66"/>
        <source>user</source>
        <translation>usuario</translation>
    </message>
    <message>
        <location filename="../core/storage/setupdescription.cpp" line="68"/>
        <source>secret</source>
        <translation>secreto</translation>
    </message>
    <message>
        <location filename="../core/storage/setupdescription.cpp" line="83"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location filename="../core/storage/setupdescription.cpp" line="130"/>
        <source>%1 has no option &quot;%2&quot;. Its options: %3.</source>
        <translation>%1 no tiene la opción «%2». Sus opciones: %3.</translation>
    </message>
    <message>
        <location filename="../core/storage/setupdescription.cpp" line="146"/>
        <source>&quot;%1&quot; is not a valid %2 (the &quot;%3&quot; option): use %4.</source>
        <translation>«%1» no es un valor válido para %2 (la opción «%3»): use %4.</translation>
    </message>
    <message>
        <location filename="../core/storage/setupdescription.cpp" line="160"/>
        <source>&quot;%1&quot; is not a valid %2 (the &quot;%3&quot; option): use a whole number from %4 to %5.</source>
        <translation>«%1» no es un valor válido para %2 (la opción «%3»): use un número entero de %4 a %5.</translation>
    </message>
    <message>
        <location filename="../core/storage/setupdescription.cpp" line="173"/>
        <source>&quot;%1&quot; is not a valid %2 (the &quot;%3&quot; option): use true or false.</source>
        <translation>«%1» no es un valor válido para %2 (la opción «%3»): use true o false.</translation>
    </message>
</context>
<context>
    <name>rca::SetUpForm</name>
    <message>
        <location filename="../ui/accounts/setupform.cpp" line="46"/>
        <source>Choose the archive folder</source>
        <translation>Elegir la carpeta del archivo</translation>
    </message>
    <message>
        <location filename="../ui/accounts/setupform.cpp" line="61"/>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <location filename="../ui/accounts/setupform.cpp" line="145"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/setupform.cpp" line="145"/>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/setupform.cpp" line="147"/>
        <location filename="../ui/accounts/setupform.cpp" line="153"/>
        <source>Choose: %1</source>
        <translation>Elegir: %1</translation>
    </message>
</context>
<context>
    <name>rca::SettingsStore</name>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="33"/>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation>Ajuste desconocido «%1».</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="53"/>
        <source>true or false (or on/off, yes/no, 1/0)</source>
        <translation>true o false (u on/off, yes/no, 1/0)</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="56"/>
        <source>a whole number from %1 to %2</source>
        <translation>un número entero de %1 a %2</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="60"/>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="62"/>
        <source>a date and time in ISO 8601 form, such as 2026-11-25T11:30:00Z</source>
        <translation>una fecha y hora en formato ISO 8601, como 2026-11-25T11:30:00Z</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="64"/>
        <source>a JSON object, such as {&quot;path&quot;: &quot;/srv/archive&quot;}</source>
        <translation>un objeto JSON, como {&quot;path&quot;: &quot;/srv/archive&quot;}</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="67"/>
        <source>a comma-separated list of call-recording, voicemail, sms, fax</source>
        <translation>una lista separada por comas de call-recording, voicemail, sms, fax</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="70"/>
        <source>&quot;admin&quot; or &quot;extension&quot;</source>
        <translation>«admin» o «extension»</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="71"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="242"/>
        <source>Archive new recordings and messages every half hour.</source>
        <translation>Archivar las grabaciones y los mensajes nuevos cada media hora.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="244"/>
        <source>Where the data comes from: &quot;ringcentral&quot; or &quot;demo&quot;.</source>
        <translation>De dónde proceden los datos: «ringcentral» o «demo».</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="246"/>
        <source>Non-secret settings of the source (server URLs, client id), as JSON.</source>
        <translation>Ajustes no secretos del origen (URL de los servidores, ID de cliente), en JSON.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="248"/>
        <source>What to archive: call-recording, voicemail, sms, fax, comma-separated.</source>
        <translation>Qué se archiva: call-recording, voicemail, sms, fax, separados por comas.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="250"/>
        <source>For administrators: &quot;admin&quot; archives the call recordings of every extension (Account Settings), &quot;extension&quot; the four types of your own (My Extension).</source>
        <translation>Para administradores: «admin» archiva las grabaciones de llamadas de todas las extensiones (Configuración de la cuenta); «extension», los cuatro tipos de la suya propia (Mi extensión).</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="253"/>
        <source>Where the archive goes: &quot;local&quot;, &quot;sftp&quot;, &quot;dropbox&quot;, &quot;googledrive&quot;.</source>
        <translation>Dónde se guarda el archivo: «local», «sftp», «dropbox», «googledrive».</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="255"/>
        <source>Non-secret settings of the storage (folder, host, user), as JSON.</source>
        <translation>Ajustes no secretos del almacenamiento (carpeta, host, usuario), en JSON.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="257"/>
        <source>The longest window one catch-up job covers, in hours.</source>
        <translation>El intervalo más largo que abarca una tarea de recuperación, en horas.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="258"/>
        <source>Write debug messages to the log.</source>
        <translation>Escribir mensajes de depuración en el registro.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="260"/>
        <source>Show a desktop notification when a job archived data.</source>
        <translation>Mostrar una notificación de escritorio cuando una tarea haya archivado datos.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="262"/>
        <source>Show a desktop notification when a job failed.</source>
        <translation>Mostrar una notificación de escritorio cuando una tarea haya fallado.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="264"/>
        <source>Show a desktop notification when a connection needs attention.</source>
        <translation>Mostrar una notificación de escritorio cuando una conexión requiera atención.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="266"/>
        <source>Once a week, check that the last 7 days are complete and intact in the storage.</source>
        <translation>Una vez por semana, comprobar que los últimos 7 días están completos e íntegros en el almacenamiento.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="268"/>
        <source>When the weekly check of the archive last ran.</source>
        <translation>Cuándo se ejecutó por última vez la comprobación semanal del archivo.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="270"/>
        <source>Whether the window has said that closing it keeps RC Archiver in the tray.</source>
        <translation>Si la ventana ya ha avisado de que al cerrarla RC Archiver sigue en la bandeja del sistema.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="272"/>
        <source>The end of the last finished window.</source>
        <translation>El final del último intervalo terminado.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="273"/>
        <source>Failed attempts at the current window.</source>
        <translation>Intentos fallidos del intervalo actual.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="276"/>
        <source>When the current window is tried again.</source>
        <translation>Cuándo se vuelve a intentar el intervalo actual.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="278"/>
        <source>Why the source needs the user, such as a refused sign-in.</source>
        <translation>Por qué el origen necesita al usuario, por ejemplo, por un inicio de sesión rechazado.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="280"/>
        <source>The size and position of the window.</source>
        <translation>El tamaño y la posición de la ventana.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="281"/>
        <source>The tab the window shows.</source>
        <translation>La pestaña que muestra la ventana.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="283"/>
        <source>The widths of the Logs tab&apos;s columns.</source>
        <translation>Los anchos de las columnas de la pestaña Registros.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="340"/>
        <location filename="../core/store/settingsstore.cpp" line="364"/>
        <source>Setting &quot;%1&quot; expects %2, not &quot;%3&quot;.</source>
        <translation>El ajuste «%1» espera %2, no «%3».</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="343"/>
        <source>Could not save the setting &quot;%1&quot;</source>
        <translation>No se pudo guardar el ajuste «%1»</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="381"/>
        <source>Could not reset the setting &quot;%1&quot;</source>
        <translation>No se pudo restablecer el ajuste «%1»</translation>
    </message>
</context>
<context>
    <name>rca::SftpConnector</name>
    <message>
        <location filename="../connectors/sftp/sftpconnectorsetup.cpp" line="39"/>
        <source>No keychain is available to keep the SFTP %1 in, and RC Archiver never stores it anywhere else.</source>
        <translation>No hay ningún llavero disponible para guardar %1 de SFTP, y RC Archiver nunca guarda estos secretos en ningún otro sitio.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnectorsetup.cpp" line="188"/>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="242"/>
        <source>password</source>
        <translation>la contraseña</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnectorsetup.cpp" line="189"/>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="243"/>
        <source>key passphrase</source>
        <translation>la frase de contraseña de la clave</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnectorsetup.cpp" line="88"/>
        <source>The folder %1 does not exist on %2. Create it, or choose another folder.</source>
        <translation>La carpeta %1 no existe en %2. Créela o elija otra carpeta.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnectorsetup.cpp" line="94"/>
        <source>%1 on %2 is not a folder.</source>
        <translation>%1 en %2 no es una carpeta.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnectorsetup.cpp" line="122"/>
        <source>Could not keep the SFTP %1 in the keychain: %2</source>
        <translation>No se pudo guardar %1 de SFTP en el llavero: %2</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnector.cpp" line="84"/>
        <source>The SFTP archive is not set up: no server is configured.</source>
        <translation>El archivo SFTP no está configurado: no hay ningún servidor configurado.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnector.cpp" line="110"/>
        <source>The folder %1 no longer exists on %2. Is the server&apos;s disk mounted?</source>
        <translation>La carpeta %1 ya no existe en %2. ¿Está montado el disco del servidor?</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnector.cpp" line="206"/>
        <source>The connection to the SFTP server %1 was lost again; this job stops and will be retried later.</source>
        <translation>Se volvió a perder la conexión con el servidor SFTP %1; esta tarea se detiene y se volverá a intentar más tarde.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnector.cpp" line="216"/>
        <source>The connection to the SFTP server %1 was lost and could not be made again: %2</source>
        <translation>Se perdió la conexión con el servidor SFTP %1 y no se pudo restablecer: %2</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnectorsetup.cpp" line="192"/>
        <source>No keychain is available to read the SFTP %1 from.</source>
        <translation>No hay ningún llavero disponible del que leer %1 de SFTP.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnectorsetup.cpp" line="198"/>
        <source>Could not read the SFTP %1 from the keychain: %2</source>
        <translation>No se pudo leer %1 de SFTP del llavero: %2</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnectorsetup.cpp" line="203"/>
        <source>The SFTP %1 is not in the keychain any more. Connect the SFTP storage again.</source>
        <translation>El llavero ya no contiene %1 de SFTP. Vuelva a conectar el almacenamiento SFTP.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnector.cpp" line="293"/>
        <source>RC Archiver cannot write into the folder %1 on %2 (%3). Check the folder&apos;s permissions on the server.</source>
        <translation>RC Archiver no puede escribir en la carpeta %1 en %2 (%3). Compruebe los permisos de la carpeta en el servidor.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnector.cpp" line="337"/>
        <source>The archive folder %1 on %2 is missing. Is the server&apos;s disk mounted?</source>
        <translation>Falta la carpeta del archivo %1 en %2. ¿Está montado el disco del servidor?</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnector.cpp" line="414"/>
        <source>%1 on %2 is not a file.</source>
        <translation>%1 en %2 no es un archivo.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnector.cpp" line="497"/>
        <source>The path &quot;%1&quot; is absolute; only paths inside the archive folder are allowed.</source>
        <translation>La ruta «%1» es absoluta; solo se permiten rutas dentro de la carpeta del archivo.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnector.cpp" line="504"/>
        <source>No file name was given.</source>
        <translation>No se indicó ningún nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnector.cpp" line="512"/>
        <source>The path &quot;%1&quot; was refused: &quot;%2&quot; is not a safe folder or file name.</source>
        <translation>Se rechazó la ruta «%1»: «%2» no es un nombre de carpeta o de archivo seguro.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpconnector.cpp" line="519"/>
        <source>The path &quot;%1&quot; was refused: &quot;%2&quot; is reserved for temporary files.</source>
        <translation>Se rechazó la ruta «%1»: «%2» está reservado para archivos temporales.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="126"/>
        <source>Enter the SFTP server&apos;s host name (the &quot;host&quot; option).</source>
        <translation>Introduzca el nombre de host del servidor SFTP (la opción «host»).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="131"/>
        <source>&quot;%1&quot; is not a port number.</source>
        <translation>«%1» no es un número de puerto.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="137"/>
        <source>Enter the user to sign in as (the &quot;user&quot; option).</source>
        <translation>Introduzca el usuario con el que iniciar sesión (la opción «user»).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="148"/>
        <source>Unknown sign-in method &quot;%1&quot;: use key, agent, password or keyboard-interactive.</source>
        <translation>Método de inicio de sesión desconocido «%1»: use key, agent, password o keyboard-interactive.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="168"/>
        <source>Choose the SSH key file to sign in with (the &quot;keyFile&quot; option).</source>
        <translation>Elija el archivo de clave SSH con el que iniciar sesión (la opción «keyFile»).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="180"/>
        <source>Enter the password for %1 (the &quot;password&quot; option).</source>
        <translation>Introduzca la contraseña de %1 (la opción «password»).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="188"/>
        <source>Password for %1 on %2</source>
        <translation>Contraseña de %1 en %2</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="200"/>
        <source>&quot;%1&quot; is not a timeout in seconds (1 to 3600).</source>
        <translation>«%1» no es un tiempo de espera en segundos (de 1 a 3600).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="205"/>
        <source>&quot;%1&quot; is not a number of parallel sessions (0 to %2).</source>
        <translation>«%1» no es un número de sesiones paralelas (de 0 a %2).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="212"/>
        <source>&quot;%1&quot; is not a file size in MiB.</source>
        <translation>«%1» no es un tamaño de archivo en MiB.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="254"/>
        <source>Trust %1?</source>
        <translation>¿Confiar en %1?</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="255"/>
        <source>RC Archiver has not connected to %1 before. The server identifies itself with this %2 key:

%3

Compare it with the fingerprint your server&apos;s administrator gives you (on the server: ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub). Connect only if they are the same.</source>
        <translation>RC Archiver no se ha conectado antes a %1. El servidor se identifica con esta clave %2:

%3

Compárela con la huella digital que le proporcione el administrador del servidor (en el servidor: ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub). Conéctese solo si coinciden.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="268"/>
        <source>Passphrase of the SSH key for %1</source>
        <translation>Frase de contraseña de la clave SSH para %1</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="285"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="286"/>
        <source>The SFTP server&apos;s host name or address.</source>
        <translation>El nombre de host o la dirección del servidor SFTP.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="290"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="291"/>
        <source>The SSH port.</source>
        <translation>El puerto SSH.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="293"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="294"/>
        <source>The user to sign in as (default: your user name here).</source>
        <translation>El usuario con el que se inicia sesión (predeterminado: su nombre de usuario aquí).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="298"/>
        <source>Folder on the server</source>
        <translation>Carpeta en el servidor</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="299"/>
        <source>The folder on the server to archive into; it must exist.</source>
        <translation>La carpeta del servidor en la que se archiva; debe existir.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="301"/>
        <source>The login folder</source>
        <translation>La carpeta de inicio de sesión</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="303"/>
        <source>Sign-in method</source>
        <translation>Método de inicio de sesión</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="304"/>
        <source>How RC Archiver signs in: with a key file, through the SSH agent, or with a password.</source>
        <translation>Cómo inicia sesión RC Archiver: con un archivo de clave, a través del agente SSH o con una contraseña.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="310"/>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="316"/>
        <source>Key file</source>
        <translation>Archivo de clave</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="311"/>
        <source>SSH agent</source>
        <translation>Agente SSH</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="312"/>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="333"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="314"/>
        <source>Keyboard-interactive</source>
        <translation>Interactivo por teclado</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="317"/>
        <source>The private key file to sign in with (default: ~/.ssh/id_ed25519 or id_ecdsa).</source>
        <translation>El archivo de clave privada para iniciar sesión (predeterminado: ~/.ssh/id_ed25519 o id_ecdsa).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="325"/>
        <source>Key passphrase</source>
        <translation>Frase de contraseña de la clave</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="326"/>
        <source>The key file&apos;s passphrase, if it has one (kept in the keychain).</source>
        <translation>La frase de contraseña del archivo de clave, si tiene una (se guarda en el llavero).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="329"/>
        <source>Only if the key has one</source>
        <translation>Solo si la clave tiene una</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="334"/>
        <source>The password on the server (kept in the keychain).</source>
        <translation>La contraseña en el servidor (se guarda en el llavero).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="340"/>
        <source>Confirmed host key</source>
        <translation>Clave de host confirmada</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="341"/>
        <source>The server&apos;s host key fingerprint you checked (SHA256:…), to confirm a server connected to for the first time.</source>
        <translation>La huella de la clave de host del servidor que ha comprobado (SHA256:…), para confirmar un servidor al conectarse por primera vez.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="346"/>
        <source>Known hosts file</source>
        <translation>Archivo de hosts conocidos</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="347"/>
        <source>Where confirmed host keys are kept (default: known_hosts in this profile&apos;s folder, so that each profile confirms its servers itself).</source>
        <translation>Dónde se guardan las claves de host confirmadas (predeterminado: known_hosts en la carpeta de este perfil, para que cada perfil confirme sus servidores por sí mismo).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="353"/>
        <source>Timeout (seconds)</source>
        <translation>Tiempo de espera (segundos)</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="354"/>
        <source>Seconds to wait for the server before giving up on a connection or an operation.</source>
        <translation>Segundos de espera al servidor antes de abandonar una conexión o una operación.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="363"/>
        <source>Parallel upload sessions</source>
        <translation>Sesiones de subida en paralelo</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="364"/>
        <source>Extra SSH sessions that upload parts of a large file at the same time (0 writes every file through one session).</source>
        <translation>Sesiones SSH adicionales que suben partes de un archivo grande a la vez (0 escribe cada archivo por una sola sesión).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="374"/>
        <source>Parallel upload from (MiB)</source>
        <translation>Subida en paralelo desde (MiB)</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpsetupoptions.cpp" line="375"/>
        <source>The file size in MiB from which the extra sessions are used.</source>
        <translation>El tamaño de archivo en MiB a partir del cual se usan las sesiones adicionales.</translation>
    </message>
</context>
<context>
    <name>rca::SingleInstance</name>
    <message>
        <location filename="../ui/tray/singleinstance.cpp" line="87"/>
        <source>Another RC Archiver is running but does not answer.</source>
        <translation>Hay otra instancia de RC Archiver en ejecución, pero no responde.</translation>
    </message>
    <message>
        <location filename="../ui/tray/singleinstance.cpp" line="155"/>
        <source>Cannot listen for other launches of RC Archiver: %1</source>
        <translation>No se pueden escuchar otros inicios de RC Archiver: %1</translation>
    </message>
</context>
<context>
    <name>rca::SourceFactory</name>
    <message>
        <location filename="../core/sources/sourcefactory.cpp" line="40"/>
        <source>%1 (ext. %2%3)</source>
        <translation>%1 (ext. %2%3)</translation>
    </message>
    <message>
        <location filename="../core/sources/sourcefactory.cpp" line="42"/>
        <source>, administrator</source>
        <translation>, administrador</translation>
    </message>
    <message>
        <location filename="../core/sources/sourcefactory.cpp" line="53"/>
        <source>No source is connected.</source>
        <translation>No hay ningún origen conectado.</translation>
    </message>
    <message>
        <location filename="../core/sources/sourcefactory.cpp" line="79"/>
        <source>Unknown source &quot;%1&quot;.</source>
        <translation>Fuente desconocida «%1».</translation>
    </message>
</context>
<context>
    <name>rca::SqliteFile</name>
    <message>
        <location filename="../core/store/sqlitefile.cpp" line="37"/>
        <source>no such file</source>
        <translation>no existe el archivo</translation>
    </message>
</context>
<context>
    <name>rca::StatusCommand</name>
    <message>
        <location filename="../app/commands/status.cpp" line="28"/>
        <source>not connected</source>
        <translation>no conectado</translation>
    </message>
    <message>
        <location filename="../app/commands/status.cpp" line="29"/>
        <source>Profile:  %1</source>
        <translation>Perfil:             %1</translation>
    </message>
    <message>
        <location filename="../app/commands/status.cpp" line="32"/>
        <source>Source:   %1</source>
        <translation>Origen:             %1</translation>
    </message>
    <message>
        <location filename="../app/commands/status.cpp" line="35"/>
        <source>Needs attention: %1</source>
        <translation>Requiere atención: %1</translation>
    </message>
    <message>
        <location filename="../app/commands/status.cpp" line="36"/>
        <source>Storage:  %1</source>
        <translation>Almacenamiento:     %1</translation>
    </message>
    <message>
        <location filename="../app/commands/status.cpp" line="45"/>
        <source>Protected: nothing archived can be deleted before %1</source>
        <translation>Protegido: nada de lo archivado se puede eliminar antes del %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commands/status.cpp" line="48"/>
        <source> (%n archived file(s) without a retention date)</source>
        <translation>
            <numerusform> (%n archivo archivado sin fecha de retención)</numerusform>
            <numerusform> (%n archivos archivados sin fecha de retención)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/commands/status.cpp" line="52"/>
        <source>Backup:   %1</source>
        <translation>Copia de seguridad: %1</translation>
    </message>
    <message>
        <location filename="../app/commands/status.cpp" line="52"/>
        <source>on</source>
        <translation>activada</translation>
    </message>
    <message>
        <location filename="../app/commands/status.cpp" line="52"/>
        <source>off</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <location filename="../app/commands/status.cpp" line="55"/>
        <source>Archived up to: %1</source>
        <translation>Archivado hasta: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commands/status.cpp" line="59"/>
        <source>The last job failed %n time(s); waiting for a manual retry (run-once).</source>
        <translation>
            <numerusform>La última tarea falló %n vez; espera un reintento manual (run-once).</numerusform>
            <numerusform>La última tarea falló %n veces; espera un reintento manual (run-once).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commands/status.cpp" line="62"/>
        <source>The last job failed %n time(s); next retry at %1.</source>
        <translation>
            <numerusform>La última tarea falló %n vez; próximo intento el %1.</numerusform>
            <numerusform>La última tarea falló %n veces; próximo intento el %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/commands/status.cpp" line="67"/>
        <source>Next job: %1</source>
        <translation>Próxima tarea: %1</translation>
    </message>
    <message>
        <location filename="../app/commands/status.cpp" line="69"/>
        <source>Last job: %1 %2</source>
        <translation>Última tarea: %1 %2</translation>
    </message>
    <message>
        <location filename="../app/commands/status.cpp" line="76"/>
        <source>Archived items: %1</source>
        <translation>Elementos archivados: %1</translation>
    </message>
    <message>
        <location filename="../app/commands/status.cpp" line="78"/>
        <source>Items waiting: %1 to be retried, %2 need a manual retry</source>
        <translation>Elementos en espera: %1 se reintentarán, %2 necesitan un reintento manual</translation>
    </message>
</context>
<context>
    <name>rca::StopSignals</name>
    <message>
        <location filename="../app/stopsignals.cpp" line="63"/>
        <source>Stopping: the job ends after the current step and is marked interrupted (again to quit at once).</source>
        <translation>Deteniendo: la tarea termina después del paso actual y se marca como interrumpida (repita para salir de inmediato).</translation>
    </message>
</context>
<context>
    <name>rca::StorageConnector</name>
    <message>
        <location filename="../core/storage/storageconnector.cpp" line="25"/>
        <source>This storage offers no connection test.</source>
        <translation>Este almacenamiento no ofrece prueba de conexión.</translation>
    </message>
</context>
<context>
    <name>rca::SyncOptionsPage</name>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="70"/>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="72"/>
        <source>&amp;Enable backup</source>
        <translation>&amp;Activar la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="74"/>
        <source>Enable backup</source>
        <translation>Activar la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="75"/>
        <source>Archive new recordings and messages every half hour</source>
        <translation>Archivar las grabaciones y los mensajes nuevos cada media hora</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="79"/>
        <source>&amp;Check the archive every week</source>
        <translation>Com&amp;probar el archivo cada semana</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="81"/>
        <source>Check the archive every week</source>
        <translation>Comprobar el archivo cada semana</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="83"/>
        <source>Once a week, RC Archiver checks that every recording and message of the last 7 days is in the storage and intact. The result is in the Logs tab; a notification says when something is missing or damaged.</source>
        <translation>Una vez por semana, RC Archiver comprueba que todas las grabaciones y todos los mensajes de los últimos 7 días están en el almacenamiento e íntegros. El resultado aparece en la pestaña Registros; una notificación avisa cuando falta algo o hay algo dañado.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="108"/>
        <source>What to archive</source>
        <translation>Qué se archiva</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="114"/>
        <source>&amp;Account Settings</source>
        <translation>C&amp;onfiguración de la cuenta</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="116"/>
        <source>Account Settings: every extension you manage</source>
        <translation>Configuración de la cuenta: todas las extensiones que administra</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="117"/>
        <source>&amp;My Extension</source>
        <translation>&amp;Mi extensión</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="119"/>
        <source>My Extension: your own extension</source>
        <translation>Mi extensión: su propia extensión</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="133"/>
        <source>Call Recordings</source>
        <translation>Grabaciones de llamadas</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="134"/>
        <source>Voice Mails</source>
        <translation>Mensajes de voz</translation>
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
        <translation>Tareas</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="158"/>
        <source>Progress of the running job</source>
        <translation>Progreso de la tarea en ejecución</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="160"/>
        <source>&amp;Run now</source>
        <translation>&amp;Ejecutar ahora</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="162"/>
        <source>Run the due jobs now</source>
        <translation>Ejecutar ahora las tareas pendientes</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="177"/>
        <source>Archive from</source>
        <translation>Archivar desde</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="180"/>
        <source>Archive to</source>
        <translation>Archivar hasta</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="186"/>
        <source>Archive &amp;range</source>
        <translation>Archivar el &amp;intervalo</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="188"/>
        <source>Archive the chosen past days now</source>
        <translation>Archivar ahora los días anteriores elegidos</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="189"/>
        <source>Archive past days &amp;from</source>
        <translation>Archivar días anteriores &amp;desde</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="191"/>
        <source>&amp;to</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="200"/>
        <source>RingCentral keeps recordings for about %1 days; items already archived are skipped.</source>
        <translation>RingCentral conserva las grabaciones unos %1 días; los elementos ya archivados se omiten.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="213"/>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="215"/>
        <source>Start RC Archiver when I &amp;log in</source>
        <translation>Iniciar RC Archiver al i&amp;niciar sesión</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="217"/>
        <source>Start RC Archiver at login, in the tray</source>
        <translation>Iniciar RC Archiver al iniciar sesión, en la bandeja del sistema</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="230"/>
        <source>Notify me when a job &amp;archived recordings or messages</source>
        <translation>Avisarme cuando una tarea haya archivado &amp;grabaciones o mensajes</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="231"/>
        <source>Notify me when a job &amp;failed</source>
        <translation>Avisarme cuando una tarea haya &amp;fallado</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="232"/>
        <source>Notify me when a connection &amp;needs attention</source>
        <translation>Avisarme cuando una conexión re&amp;quiera atención</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="270"/>
        <source>Connect RingCentral and a storage on the Accounts tab first.</source>
        <translation>Primero conecte RingCentral y un almacenamiento en la pestaña Cuentas.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="272"/>
        <source>Made-up recordings and messages of the demo are archived every half hour, about two hours after their time.</source>
        <translation>Las grabaciones y los mensajes ficticios de la demostración se archivan cada media hora, unas dos horas después de su hora.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="275"/>
        <source>New recordings and messages are archived every half hour, about two hours after they were made.</source>
        <translation>Las grabaciones y los mensajes nuevos se archivan cada media hora, unas dos horas después de crearse.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="278"/>
        <source>Backup is off: nothing is archived until you enable it.</source>
        <translation>La copia de seguridad está desactivada: no se archiva nada hasta que la active.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="314"/>
        <source>The demo makes up items of all four types.</source>
        <translation>La demostración genera elementos ficticios de los cuatro tipos.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="370"/>
        <source>No job is planned: archiving failed repeatedly. Fix the cause, then use Run now.</source>
        <translation>No hay ninguna tarea programada: el archivado falló repetidamente. Corrija la causa y después use «Ejecutar ahora».</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="372"/>
        <source>No job is planned while backup is off.</source>
        <translation>No hay ninguna tarea programada mientras la copia de seguridad esté desactivada.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="388"/>
        <source>Archiving %1…</source>
        <translation>Archivando %1…</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="316"/>
        <source>Call recordings of every extension you manage.</source>
        <translation>Grabaciones de llamadas de todas las extensiones que administra.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="65"/>
        <source>No job has run yet.</source>
        <translation>Todavía no se ha ejecutado ninguna tarea.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="317"/>
        <source>Recordings and messages of your own extension.</source>
        <translation>Grabaciones y mensajes de su propia extensión.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="354"/>
        <source>Choose days before today: the last hour and a half is archived by the schedule.</source>
        <translation>Elija días anteriores a hoy: la última hora y media la archiva la programación.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="375"/>
        <source>Next job: %1</source>
        <translation>Próxima tarea: %1</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="382"/>
        <source>Checking the archive…</source>
        <translation>Comprobando el archivo…</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="403"/>
        <source>%1 of %2 items · %3</source>
        <translation>%1 de %2 elementos · %3</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="424"/>
        <source>Last check of the archive: %1 at %2.</source>
        <translation>Última comprobación del archivo: %1 el %2.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="429"/>
        <source>Last job: %1 at %2. Items archived: %3.</source>
        <translation>Última tarea: %1 el %2. Elementos archivados: %3.</translation>
    </message>
</context>
<context>
    <name>rca::ssh::KnownHosts</name>
    <message>
        <location filename="../connectors/sftp/knownhosts.cpp" line="106"/>
        <source>the server&apos;s host key has a type libssh2 cannot check</source>
        <translation>la clave de host del servidor es de un tipo que libssh2 no puede comprobar</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/knownhosts.cpp" line="134"/>
        <location filename="../connectors/sftp/knownhosts.cpp" line="262"/>
        <source>could not read %1: %2</source>
        <translation>no se pudo leer %1: %2</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/knownhosts.cpp" line="196"/>
        <source>unsupported host key type</source>
        <translation>tipo de clave de host no compatible</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/knownhosts.cpp" line="228"/>
        <location filename="../connectors/sftp/knownhosts.cpp" line="285"/>
        <source>could not create the folder %1</source>
        <translation>no se pudo crear la carpeta %1</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/knownhosts.cpp" line="240"/>
        <location filename="../connectors/sftp/knownhosts.cpp" line="246"/>
        <location filename="../connectors/sftp/knownhosts.cpp" line="291"/>
        <source>could not write %1: %2</source>
        <translation>no se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>rca::ssh::Libssh2</name>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="38"/>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="39"/>
        <source>%1 (libssh2 error %2)</source>
        <translation>%1 (error de libssh2 %2)</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="48"/>
        <source>no error</source>
        <translation>ningún error</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="50"/>
        <source>end of file</source>
        <translation>fin de archivo</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="52"/>
        <source>no such file or folder</source>
        <translation>no existe el archivo o la carpeta</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="54"/>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="56"/>
        <source>the server reported a failure</source>
        <translation>el servidor informó de un fallo</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="58"/>
        <source>the server did not understand the request</source>
        <translation>el servidor no entendió la solicitud</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="62"/>
        <source>the connection was lost</source>
        <translation>se perdió la conexión</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="64"/>
        <source>the server does not support this operation</source>
        <translation>el servidor no admite esta operación</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="67"/>
        <source>invalid handle</source>
        <translation>identificador no válido</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="69"/>
        <source>no such path</source>
        <translation>no existe la ruta</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="71"/>
        <source>the file already exists</source>
        <translation>el archivo ya existe</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="73"/>
        <source>the storage is write-protected</source>
        <translation>el almacenamiento está protegido contra escritura</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="75"/>
        <source>no media</source>
        <translation>no hay ningún medio</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="77"/>
        <source>no space left on the server&apos;s disk</source>
        <translation>no queda espacio en el disco del servidor</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="80"/>
        <source>the disk quota is exceeded</source>
        <translation>se superó la cuota de disco</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="82"/>
        <source>unknown user or group</source>
        <translation>usuario o grupo desconocido</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="84"/>
        <source>the file is locked</source>
        <translation>el archivo está bloqueado</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="86"/>
        <source>the folder is not empty</source>
        <translation>la carpeta no está vacía</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="88"/>
        <source>not a folder</source>
        <translation>no es una carpeta</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="90"/>
        <source>the server refused the file name</source>
        <translation>el servidor rechazó el nombre de archivo</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="92"/>
        <source>too many symbolic links</source>
        <translation>demasiados enlaces simbólicos</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/libssh2support.cpp" line="94"/>
        <source>SFTP status %1</source>
        <translation>estado SFTP %1</translation>
    </message>
</context>
<context>
    <name>rca::ssh::ParallelWriters</name>
    <message>
        <location filename="../connectors/sftp/parallelwriters.cpp" line="64"/>
        <source>No parallel upload is in progress.</source>
        <translation>No hay ninguna subida paralela en curso.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/parallelwriters.cpp" line="157"/>
        <source>write</source>
        <translation>escribir</translation>
    </message>
</context>
<context>
    <name>rca::ssh::SftpArchiveReader</name>
    <message>
        <location filename="../connectors/sftp/sftparchivereader.cpp" line="31"/>
        <source>The file %1 does not exist on %2.</source>
        <translation>El archivo %1 no existe en %2.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftparchivereader.cpp" line="67"/>
        <source>%1 on %2 is not a folder (or is a symbolic link); it is not listed.</source>
        <translation>%1 en %2 no es una carpeta (o es un enlace simbólico); no se lista.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftparchivereader.cpp" line="127"/>
        <source>read</source>
        <translation>leer</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftparchivereader.cpp" line="140"/>
        <source>%1 on %2 is not a file (or is a symbolic link); it is not read.</source>
        <translation>%1 en %2 no es un archivo (o es un enlace simbólico); no se lee.</translation>
    </message>
</context>
<context>
    <name>rca::ssh::SftpUpload</name>
    <message>
        <location filename="../connectors/sftp/sftpupload.cpp" line="159"/>
        <location filename="../connectors/sftp/sftpupload.cpp" line="299"/>
        <source>The upload of %1 is already finished.</source>
        <translation>La subida de %1 ya ha terminado.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpfinish.cpp" line="31"/>
        <location filename="../connectors/sftp/sftpupload.cpp" line="77"/>
        <source>write</source>
        <translation>escribir</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpupload.cpp" line="83"/>
        <source>The SFTP server %1 stopped acknowledging the data written to %2.</source>
        <translation>El servidor SFTP %1 dejó de confirmar los datos escritos en %2.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpupload.cpp" line="234"/>
        <source>The connection to the SFTP server %1 was lost while uploading %2.</source>
        <translation>Se perdió la conexión con el servidor SFTP %1 durante la subida de %2.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpfinish.cpp" line="62"/>
        <source>save to disk (fsync)</source>
        <translation>guardar en disco (fsync)</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpfinish.cpp" line="148"/>
        <location filename="../connectors/sftp/sftpfinish.cpp" line="163"/>
        <source>finish writing</source>
        <translation>terminar de escribir</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpfinish.cpp" line="192"/>
        <source>%1 The file was not put in place.</source>
        <translation>%1 El archivo no se colocó en su sitio.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpfinish.cpp" line="201"/>
        <source>check the size of</source>
        <translation>comprobar el tamaño de</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpfinish.cpp" line="204"/>
        <source>The SFTP server reports %1 bytes in the temporary file for %2, but %3 were written; it will be written again.</source>
        <translation>El servidor SFTP indica %1 bytes en el archivo temporal de %2, pero se escribieron %3; se volverá a escribir.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpupload.cpp" line="366"/>
        <source>%1 on %2 is a folder, not a file; it was not replaced.</source>
        <translation>%1 en %2 es una carpeta, no un archivo; no se sustituyó.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpupload.cpp" line="444"/>
        <source>A different file (%1 bytes, not %2) already exists at %3 on %4; it was not overwritten.</source>
        <translation>Ya existe otro archivo (%1 bytes, no %2) en %3 en %4; no se sobrescribió.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpupload.cpp" line="451"/>
        <source>Something other than a file already exists at %1 on %2; it was not overwritten.</source>
        <translation>Ya existe algo que no es un archivo en %1 en %2; no se sobrescribió.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpupload.cpp" line="472"/>
        <source>A different file of the same size already exists at %1 on %2; it was not overwritten.</source>
        <translation>Ya existe otro archivo del mismo tamaño en %1 en %2; no se sobrescribió.</translation>
    </message>
</context>
<context>
    <name>rca::ssh::SshSession</name>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="28"/>
        <source>RC Archiver uses libssh2 %1 here, which can sign with RSA keys only as &quot;ssh-rsa&quot; (SHA-1); current OpenSSH servers (8.8 and later) refuse that. Use an ed25519 key instead: create one with `ssh-keygen -t ed25519`, add its public key to the user&apos;s ~/.ssh/authorized_keys on the server, and connect with it (an ECDSA key or a password work too).</source>
        <translation>RC Archiver usa aquí libssh2 %1, que solo puede firmar con claves RSA como «ssh-rsa» (SHA-1); los servidores OpenSSH actuales (8.8 y posteriores) lo rechazan. Use en su lugar una clave ed25519: cree una con `ssh-keygen -t ed25519`, añada su clave pública al archivo ~/.ssh/authorized_keys del usuario en el servidor y conéctese con ella (una clave ECDSA o una contraseña también funcionan).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="50"/>
        <location filename="../connectors/sftp/sshauth.cpp" line="155"/>
        <location filename="../connectors/sftp/sshauth.cpp" line="267"/>
        <source>sign-in</source>
        <translation>el inicio de sesión</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="56"/>
        <source>The SFTP server %1 does not accept %2 for %3 (it offers: %4). Choose another sign-in method.</source>
        <translation>El servidor SFTP %1 no acepta %2 para %3 (ofrece: %4). Elija otro método de inicio de sesión.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="67"/>
        <location filename="../connectors/sftp/sshauth.cpp" line="71"/>
        <source>keys</source>
        <translation>claves</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="75"/>
        <source>passwords</source>
        <translation>contraseñas</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="79"/>
        <source>keyboard-interactive sign-in</source>
        <translation>el inicio de sesión keyboard-interactive</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="92"/>
        <source>Could not read the SSH key file %1: %2.</source>
        <translation>No se pudo leer el archivo de clave SSH %1: %2.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="97"/>
        <source>%1 is a PuTTY key file, which libssh2 cannot read. Convert it to the OpenSSH format (PuTTYgen: Conversions &gt; Export OpenSSH key, or `puttygen KEY.ppk -O private-openssh -o KEY`).</source>
        <translation>%1 es un archivo de clave de PuTTY, que libssh2 no puede leer. Conviértalo al formato OpenSSH (PuTTYgen: Conversions &gt; Export OpenSSH key, o `puttygen KEY.ppk -O private-openssh -o KEY`).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="104"/>
        <source>The SSH key file %1 is protected by a passphrase; enter it to connect (the &quot;passphrase&quot; option).</source>
        <translation>El archivo de clave SSH %1 está protegido con una frase de contraseña; introdúzcala para conectar (la opción «passphrase»).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="123"/>
        <source>Could not unlock the SSH key file %1: the passphrase is wrong (or libssh2 %2 cannot decrypt this kind of key).</source>
        <translation>No se pudo desbloquear el archivo de clave SSH %1: la frase de contraseña es incorrecta (o libssh2 %2 no puede descifrar este tipo de clave).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="129"/>
        <source>libssh2 %1 could not read the SSH key file %2 (%3 format): %4. Use an ed25519 or ECDSA key in the OpenSSH format.</source>
        <translation>libssh2 %1 no pudo leer el archivo de clave SSH %2 (formato %3): %4. Use una clave ed25519 o ECDSA en formato OpenSSH.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="135"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="142"/>
        <source>The SFTP server refused the RSA key %1 for %2. %3</source>
        <translation>El servidor SFTP rechazó la clave RSA %1 para %2. %3</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="147"/>
        <source>The SFTP server %1:%2 refused the %3 key %4 for %5. Add its public key to ~/.ssh/authorized_keys of %5 on the server, or choose another key.</source>
        <translation>El servidor SFTP %1:%2 rechazó la clave %3 %4 para %5. Añada su clave pública al archivo ~/.ssh/authorized_keys de %5 en el servidor o elija otra clave.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="163"/>
        <source>Could not use ssh-agent: %1</source>
        <translation>No se pudo usar ssh-agent: %1</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="169"/>
        <source>No ssh-agent is available to sign in with (SSH_AUTH_SOCK is not set for RC Archiver). Start ssh-agent and add a key with ssh-add, or choose another sign-in method.</source>
        <translation>No hay ningún ssh-agent disponible para iniciar sesión (SSH_AUTH_SOCK no está definido para RC Archiver). Inicie ssh-agent y añada una clave con ssh-add, o elija otro método de inicio de sesión.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="174"/>
        <source>Could not reach ssh-agent at %1: %2. Is it running?</source>
        <translation>No se pudo contactar con ssh-agent en %1: %2. ¿Se está ejecutando?</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="180"/>
        <source>Could not list the keys in ssh-agent: %1</source>
        <translation>No se pudieron listar las claves de ssh-agent: %1</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="202"/>
        <source>sign-in with ssh-agent</source>
        <translation>el inicio de sesión con ssh-agent</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="205"/>
        <source>ssh-agent holds no keys. Add one with ssh-add, or choose another sign-in method.</source>
        <translation>ssh-agent no contiene ninguna clave. Añada una con ssh-add o elija otro método de inicio de sesión.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="210"/>
        <source>The SFTP server refused the RSA key(s) in ssh-agent for %1. %2</source>
        <translation>El servidor SFTP rechazó la(s) clave(s) RSA de ssh-agent para %1. %2</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="215"/>
        <source>The SFTP server %1:%2 refused every key in ssh-agent (%3) for %4. Add one of their public keys to ~/.ssh/authorized_keys of %4 on the server.%5</source>
        <translation>El servidor SFTP %1:%2 rechazó todas las claves de ssh-agent (%3) para %4. Añada una de sus claves públicas al archivo ~/.ssh/authorized_keys de %4 en el servidor.%5</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="223"/>
        <source> (RSA keys cannot work here: </source>
        <translation> (las claves RSA no pueden funcionar aquí: </translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="233"/>
        <source>No password is stored for %1; connect again and enter it.</source>
        <translation>No hay ninguna contraseña guardada para %1; vuelva a conectar e introdúzcala.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="254"/>
        <source>The password of %1 on the SFTP server has expired. Change it on the server, then connect again.</source>
        <translation>La contraseña de %1 en el servidor SFTP ha caducado. Cámbiela en el servidor y vuelva a conectar.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshauth.cpp" line="261"/>
        <source>The SFTP server %1:%2 refused the password for %3. Connect again with the right password.</source>
        <translation>El servidor SFTP %1:%2 rechazó la contraseña de %3. Vuelva a conectar con la contraseña correcta.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsocket.cpp" line="32"/>
        <source>socket error %1</source>
        <translation>error de socket %1</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsocket.cpp" line="75"/>
        <source>Could not find the SFTP server &quot;%1&quot;: %2. Check the host name and the network connection.</source>
        <translation>No se encontró el servidor SFTP «%1»: %2. Compruebe el nombre de host y la conexión de red.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsocket.cpp" line="93"/>
        <source>Could not connect to the SFTP server %1: %2.</source>
        <translation>No se pudo conectar con el servidor SFTP %1: %2.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsocket.cpp" line="124"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsocket.cpp" line="128"/>
        <source>the server did not answer in time</source>
        <translation>el servidor no respondió a tiempo</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsession.cpp" line="71"/>
        <source>Could not start an SSH session (out of memory?).</source>
        <translation>No se pudo iniciar una sesión SSH (¿memoria agotada?).</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsession.cpp" line="80"/>
        <source>The SFTP server %1:%2 and RC Archiver (libssh2 %3) have no key exchange, host key or cipher algorithm in common: %4. The server may be very old, or configured to accept only algorithms this libssh2 lacks.</source>
        <translation>El servidor SFTP %1:%2 y RC Archiver (libssh2 %3) no tienen ningún algoritmo de intercambio de claves, de clave de host o de cifrado en común: %4. Puede que el servidor sea muy antiguo o que esté configurado para aceptar solo algoritmos que esta libssh2 no tiene.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsession.cpp" line="92"/>
        <source>the SSH handshake</source>
        <translation>la negociación SSH</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsession.cpp" line="106"/>
        <source>The server %1 does not offer SFTP (its &quot;sftp&quot; subsystem is not enabled): %2</source>
        <translation>El servidor %1 no ofrece SFTP (su subsistema «sftp» no está activado): %2</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsession.cpp" line="111"/>
        <source>starting SFTP</source>
        <translation>el inicio de SFTP</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsession.cpp" line="130"/>
        <source>reading the server&apos;s host key</source>
        <translation>la lectura de la clave de host del servidor</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsession.cpp" line="156"/>
        <source>Could not copy the confirmed host keys of %1 from %2 to %3: %4.</source>
        <translation>No se pudieron copiar las claves de host confirmadas de %1 de %2 a %3: %4.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsession.cpp" line="175"/>
        <source>Could not check the host key of the SFTP server %1: %2.</source>
        <translation>No se pudo comprobar la clave de host del servidor SFTP %1: %2.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsession.cpp" line="182"/>
        <source>The SFTP server %1 presents the %2 key %3, which is marked as revoked in %4. RC Archiver did not sign in. Ask the server&apos;s administrator for a new key.</source>
        <translation>El servidor SFTP %1 presenta la clave %2 %3, que está marcada como revocada en %4. RC Archiver no inició sesión. Pida una clave nueva al administrador del servidor.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsession.cpp" line="193"/>
        <source>WARNING: the identity of the SFTP server %1 has changed. It now presents the %2 key %3, which is not the key confirmed earlier (recorded in %4). Someone could be intercepting the connection (a man-in-the-middle attack), or the server was reinstalled or its keys were replaced. RC Archiver did not sign in and sent nothing. Ask the server&apos;s administrator whether the key changed. If it did, and the fingerprint above is the new one, remove the old entry with `ssh-keygen -R &apos;%5&apos; -f &apos;%4&apos;` and connect again to confirm the new key.</source>
        <translation>ADVERTENCIA: la identidad del servidor SFTP %1 ha cambiado. Ahora presenta la clave %2 %3, que no es la clave confirmada anteriormente (registrada en %4). Alguien podría estar interceptando la conexión (un ataque de intermediario), o el servidor se reinstaló o se sustituyeron sus claves. RC Archiver no inició sesión y no envió nada. Pregunte al administrador del servidor si la clave cambió. Si es así y la huella digital anterior es la nueva, elimine la entrada antigua con `ssh-keygen -R &apos;%5&apos; -f &apos;%4&apos;` y vuelva a conectar para confirmar la nueva clave.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsession.cpp" line="214"/>
        <source>The SFTP server %1 is not known yet: RC Archiver has not confirmed its identity. Its %2 host key has the fingerprint %3. Make sure this is the server&apos;s key (ask its administrator, who can run `ssh-keygen -lf` on the server&apos;s public host key), then confirm it: in the Accounts tab, or on the command line by running `rc-archiver connect sftp` again with `--accept-host-key %3`.</source>
        <translation>El servidor SFTP %1 todavía no es conocido: RC Archiver no ha confirmado su identidad. Su clave de host %2 tiene la huella digital %3. Asegúrese de que es la clave del servidor (pregunte a su administrador, que puede ejecutar `ssh-keygen -lf` sobre la clave de host pública del servidor) y confírmela: en la pestaña Cuentas o en la línea de comandos, ejecutando de nuevo `rc-archiver connect sftp` con `--accept-host-key %3`.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsession.cpp" line="228"/>
        <source>The %2 host key of the SFTP server %1 has the fingerprint %3, not the confirmed %4. RC Archiver did not sign in. Check the fingerprint with the server&apos;s administrator.</source>
        <translation>La clave de host %2 del servidor SFTP %1 tiene la huella digital %3, no la confirmada %4. RC Archiver no inició sesión. Compruebe la huella digital con el administrador del servidor.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsession.cpp" line="242"/>
        <source>Could not remember the host key of %1 in %2: %3.</source>
        <translation>No se pudo recordar la clave de host de %1 en %2: %3.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsession.cpp" line="257"/>
        <source>The SFTP server %1 did not answer within %2 s during %3.</source>
        <translation>El servidor SFTP %1 no respondió en %2 s durante %3.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsession.cpp" line="264"/>
        <source>The connection to the SFTP server %1 failed during %2: %3.</source>
        <translation>La conexión con el servidor SFTP %1 falló durante %2: %3.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsessionsftp.cpp" line="18"/>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsessionsftp.cpp" line="23"/>
        <source>The server&apos;s disk is full or your quota is used up (%1): could not %2 %3. Free some space on the server.</source>
        <translation>El disco del servidor está lleno o se agotó su cuota (%1): no se pudo %2 %3. Libere espacio en el servidor.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsessionsftp.cpp" line="31"/>
        <source>Permission denied: could not %1 %2. Check that %3 may write there.</source>
        <translation>Permiso denegado: no se pudo %1 %2. Compruebe que %3 pueda escribir allí.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsessionsftp.cpp" line="37"/>
        <source>Could not %1 %2: %3.</source>
        <translation>No se pudo %1 %2: %3.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsessionsftp.cpp" line="46"/>
        <source>The SFTP server %1 did not answer within %2 s while trying to %3 %4.</source>
        <translation>El servidor SFTP %1 no respondió en %2 s al intentar %3 %4.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsessionsftp.cpp" line="53"/>
        <source>The connection to the SFTP server %1 was lost while trying to %2 %3: %4.</source>
        <translation>Se perdió la conexión con el servidor SFTP %1 al intentar %2 %3: %4.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsessionsftp.cpp" line="89"/>
        <source>look at</source>
        <translation>consultar</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsessionsftp.cpp" line="106"/>
        <source>create the folder</source>
        <translation>crear la carpeta</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsessionsftp.cpp" line="127"/>
        <source>%1 on %2 is a file, not a folder, so nothing can be archived into it. Rename or move that file on the server.</source>
        <translation>%1 en %2 es un archivo, no una carpeta, por lo que no se puede archivar nada en él. Cambie el nombre de ese archivo en el servidor o muévalo.</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsessionsftp.cpp" line="139"/>
        <source>remove</source>
        <translation>eliminar</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sftpspare.cpp" line="131"/>
        <location filename="../connectors/sftp/sshsessionsftp.cpp" line="154"/>
        <source>rename a file to</source>
        <translation>cambiar el nombre de un archivo a</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsessionsftp.cpp" line="166"/>
        <source>find the folder</source>
        <translation>encontrar la carpeta</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsessionsftp.cpp" line="180"/>
        <location filename="../connectors/sftp/sshsessionsftp.cpp" line="191"/>
        <source>list the folder</source>
        <translation>listar la carpeta</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsessionsftp.cpp" line="209"/>
        <source>create</source>
        <translation>crear</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsessionsftp.cpp" line="210"/>
        <source>open</source>
        <translation>abrir</translation>
    </message>
    <message>
        <location filename="../connectors/sftp/sshsessionsftp.cpp" line="229"/>
        <source>read</source>
        <translation>leer</translation>
    </message>
</context>
</TS>
