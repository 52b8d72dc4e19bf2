<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="720"/>
        <source>Passphrase of the SSH key for %1: </source>
        <translation>Frase de contraseña de la clave SSH para %1: </translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="723"/>
        <source>Password for %1 on %2: </source>
        <translation>Contraseña de %1 en %2: </translation>
    </message>
</context>
<context>
    <name>rca::Accounts</name>
    <message>
        <location filename="../core/accounts/accounts.cpp" line="61"/>
        <source>The %1 plugin is not installed.</source>
        <translation>El complemento %1 no está instalado.</translation>
    </message>
    <message>
        <location filename="../core/accounts/accounts.cpp" line="79"/>
        <source>Unknown source &quot;%1&quot;. Sources: %2.</source>
        <translation>Origen desconocido «%1». Orígenes: %2.</translation>
    </message>
    <message>
        <location filename="../core/accounts/accounts.cpp" line="85"/>
        <location filename="../core/accounts/accounts.cpp" line="166"/>
        <source>%1 is connected. Disconnect it first.</source>
        <translation>%1 está conectado. Desconéctelo primero.</translation>
    </message>
    <message>
        <location filename="../core/accounts/accounts.cpp" line="119"/>
        <source>RingCentral is not connected.</source>
        <translation>RingCentral no está conectado.</translation>
    </message>
    <message>
        <location filename="../core/accounts/accounts.cpp" line="137"/>
        <source>No source is connected.</source>
        <translation>No hay ningún origen conectado.</translation>
    </message>
    <message>
        <location filename="../core/accounts/accounts.cpp" line="161"/>
        <source>Unknown storage &quot;%1&quot;. Storages: %2.</source>
        <translation>Almacenamiento desconocido «%1». Almacenamientos: %2.</translation>
    </message>
    <message>
        <location filename="../core/accounts/accounts.cpp" line="186"/>
        <source>Unknown storage &quot;%1&quot;.</source>
        <translation>Almacenamiento desconocido «%1».</translation>
    </message>
    <message>
        <location filename="../core/accounts/accounts.cpp" line="201"/>
        <source>No storage is connected.</source>
        <translation>No hay ningún almacenamiento conectado.</translation>
    </message>
</context>
<context>
    <name>rca::AccountsPage</name>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="58"/>
        <source>Working</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="59"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="89"/>
        <location filename="../ui/accounts/accountspage.cpp" line="265"/>
        <source>Choose the archive folder</source>
        <translation>Elegir la carpeta del archivo</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="117"/>
        <source>RingCentral</source>
        <translation>RingCentral</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="135"/>
        <source>RECONNECT</source>
        <translation>VOLVER A CONECTAR</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="136"/>
        <source>Sign in to RingCentral again</source>
        <translation>Volver a iniciar sesión en RingCentral</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="154"/>
        <location filename="../ui/accounts/accountspage.cpp" line="288"/>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="161"/>
        <source>The client id of your registered RingCentral app (see the README)</source>
        <translation>El ID de cliente de su aplicación de RingCentral registrada (consulte el README)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="162"/>
        <source>API server (https://platform.ringcentral.com)</source>
        <translation>Servidor de la API (https://platform.ringcentral.com)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="163"/>
        <source>Media server (https://media.ringcentral.com)</source>
        <translation>Servidor multimedia (https://media.ringcentral.com)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="164"/>
        <source>Loopback port of the registered redirect URI</source>
        <translation>Puerto de bucle invertido del URI de redirección registrado</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="176"/>
        <location filename="../ui/accounts/accountspage.cpp" line="327"/>
        <source>CONNECT</source>
        <translation>CONECTAR</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="177"/>
        <source>Connect RingCentral</source>
        <translation>Conectar RingCentral</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="178"/>
        <location filename="../ui/accounts/accountspage.cpp" line="329"/>
        <source>DISCONNECT</source>
        <translation>DESCONECTAR</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="179"/>
        <source>Disconnect RingCentral</source>
        <translation>Desconectar RingCentral</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="191"/>
        <location filename="../ui/accounts/accountspage.cpp" line="227"/>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="208"/>
        <location filename="../ui/accounts/accountspage.cpp" line="386"/>
        <source>Open the archive folder</source>
        <translation>Abrir la carpeta del archivo</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="228"/>
        <source>&amp;Archive to:</source>
        <translation>&amp;Archivar en:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="261"/>
        <source>A folder on this computer, a disk or a NAS share</source>
        <translation>Una carpeta de este equipo, un disco o un recurso compartido de un NAS</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="262"/>
        <source>Archive folder</source>
        <translation>Carpeta del archivo</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="263"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="280"/>
        <source>CONNECT opens %1 in your browser. Sign in there and allow RC Archiver to use its own folder.</source>
        <translation>CONECTAR abre %1 en su navegador. Inicie sesión allí y permita que RC Archiver use su propia carpeta.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="328"/>
        <source>Connect the storage</source>
        <translation>Conectar el almacenamiento</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="330"/>
        <source>Disconnect the storage</source>
        <translation>Desconectar el almacenamiento</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="351"/>
        <location filename="../ui/accounts/accountspage.cpp" line="388"/>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="352"/>
        <source>Connect the RingCentral account whose recordings and messages you want to keep. You sign in in your browser.</source>
        <translation>Conecte la cuenta de RingCentral cuyas grabaciones y mensajes desea conservar. Iniciará sesión en su navegador.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="357"/>
        <source>Extension %1 · %2</source>
        <translation>Extensión %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="359"/>
        <source>Administrator: archives the call recordings of every extension you manage</source>
        <translation>Administrador: archiva las grabaciones de llamadas de todas las extensiones que administra</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="361"/>
        <source>Extension user: archives your own extension</source>
        <translation>Usuario de extensión: archiva su propia extensión</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="364"/>
        <source>Made-up items for trying RC Archiver without an account.</source>
        <translation>Elementos ficticios para probar RC Archiver sin una cuenta.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="382"/>
        <source>Archive: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="390"/>
        <source>Choose where the archive goes. RC Archiver creates the folder Apps/RingCentral Application there.</source>
        <translation>Elija dónde se guarda el archivo. RC Archiver crea allí la carpeta Apps/RingCentral Application.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="451"/>
        <source>Waiting for you to sign in in your browser…</source>
        <translation>Esperando a que inicie sesión en su navegador…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="474"/>
        <source>Opening the RingCentral sign-in…</source>
        <translation>Abriendo el inicio de sesión de RingCentral…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="491"/>
        <location filename="../ui/accounts/accountspage.cpp" line="598"/>
        <source>Disconnect %1?</source>
        <translation>¿Desconectar %1?</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="492"/>
        <source>Backup stops, and RC Archiver forgets its sign-in to %1. Everything already archived stays in your storage.</source>
        <translation>La copia de seguridad se detiene y RC Archiver olvida su inicio de sesión en %1. Todo lo ya archivado permanece en su almacenamiento.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="498"/>
        <location filename="../ui/accounts/accountspage.cpp" line="605"/>
        <source>Disconnecting…</source>
        <translation>Desconectando…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="526"/>
        <source>Trust %1?</source>
        <translation>¿Confiar en %1?</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="527"/>
        <source>RC Archiver has not connected to %1 before. The server identifies itself with this %2 key:

%3

Compare it with the fingerprint your server&apos;s administrator gives you (on the server: ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub). Connect only if they are the same.</source>
        <translation>RC Archiver no se ha conectado antes a %1. El servidor se identifica con esta clave %2:

%3

Compárela con la huella digital que le proporcione el administrador del servidor (en el servidor: ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub). Conéctese solo si coinciden.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="545"/>
        <source>Opening the %1 sign-in…</source>
        <translation>Abriendo el inicio de sesión de %1…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="545"/>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="574"/>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="588"/>
        <source>Connection works</source>
        <translation>La conexión funciona</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="589"/>
        <source>RC Archiver signed in to %1 and can write to the folder.</source>
        <translation>RC Archiver ha iniciado sesión en %1 y puede escribir en la carpeta.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="599"/>
        <source>Backup stops, and RC Archiver forgets its sign-in to %1. The recordings and messages already archived stay in %2.</source>
        <translation>La copia de seguridad se detiene y RC Archiver olvida su inicio de sesión en %1. Las grabaciones y los mensajes ya archivados permanecen en %2.</translation>
    </message>
</context>
<context>
    <name>rca::Autostart</name>
    <message>
        <location filename="../ui/tray/autostart.cpp" line="148"/>
        <source>Archive RingCentral call recordings, voicemails, SMS and faxes</source>
        <translation>Archivar grabaciones de llamadas, mensajes de voz, SMS y faxes de RingCentral</translation>
    </message>
    <message>
        <location filename="../ui/tray/autostart.cpp" line="228"/>
        <source>Could not change the programs Windows starts at sign-in (the Run key in the registry).</source>
        <translation>No se pudieron cambiar los programas que Windows inicia al iniciar sesión (la clave Run del registro).</translation>
    </message>
    <message>
        <location filename="../ui/tray/autostart.cpp" line="232"/>
        <source>Starting at sign-in through the Run key works on Windows only.</source>
        <translation>El inicio al iniciar sesión mediante la clave Run solo funciona en Windows.</translation>
    </message>
    <message>
        <location filename="../ui/tray/autostart.cpp" line="240"/>
        <source>Could not create the folder %1 to start RC Archiver at sign-in.</source>
        <translation>No se pudo crear la carpeta %1 para iniciar RC Archiver al iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../ui/tray/autostart.cpp" line="245"/>
        <source>Could not write %1 to start RC Archiver at sign-in: %2</source>
        <translation>No se pudo escribir %1 para iniciar RC Archiver al iniciar sesión: %2</translation>
    </message>
    <message>
        <location filename="../ui/tray/autostart.cpp" line="254"/>
        <source>Could not remove %1 to stop starting RC Archiver at sign-in: %2</source>
        <translation>No se pudo eliminar %1 para dejar de iniciar RC Archiver al iniciar sesión: %2</translation>
    </message>
</context>
<context>
    <name>rca::CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="162"/>
        <source> (built with %1)</source>
        <translation> (compilado con %1)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="168"/>
        <source>libssh2: not in use (no SFTP connector loaded)</source>
        <translation>libssh2: no se usa (no hay ningún conector SFTP cargado)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="171"/>
        <source>libssh2: version not known on this system</source>
        <translation>libssh2: versión desconocida en este sistema</translation>
    </message>
</context>
<context>
    <name>rca::Database</name>
    <message>
        <location filename="../core/store/database.cpp" line="177"/>
        <source>Could not create the folder %1 for the archive database.</source>
        <translation>No se pudo crear la carpeta %1 para la base de datos del archivo.</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="180"/>
        <source>Could not open the archive database %1</source>
        <translation>No se pudo abrir la base de datos del archivo %1</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="219"/>
        <source>the database is not open</source>
        <translation>la base de datos no está abierta</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="235"/>
        <source>injected write failure (test)</source>
        <translation>error de escritura provocado (prueba)</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="280"/>
        <source>Could not start a database transaction</source>
        <translation>No se pudo iniciar una transacción de la base de datos</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="289"/>
        <source>Commit without a transaction</source>
        <translation>Confirmación sin transacción</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="295"/>
        <source>Could not commit a database transaction</source>
        <translation>No se pudo confirmar una transacción de la base de datos</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="349"/>
        <source>cannot read the schema version</source>
        <translation>no se puede leer la versión del esquema</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="352"/>
        <source>it was written by a newer version of RC Archiver (schema %1, this version knows up to %2)</source>
        <translation>la escribió una versión más reciente de RC Archiver (esquema %1; esta versión conoce hasta el %2)</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="364"/>
        <source>unexpected schema version %1</source>
        <translation>versión del esquema inesperada: %1</translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="384"/>
        <source>migration to schema %1 failed</source>
        <translation>falló la migración al esquema %1</translation>
    </message>
</context>
<context>
    <name>rca::DesktopIntegration</name>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="36"/>
        <source>&amp;Open RC Archiver</source>
        <translation>&amp;Abrir RC Archiver</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="39"/>
        <source>&amp;Run now</source>
        <translation>&amp;Ejecutar ahora</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="48"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="153"/>
        <source>%1 call recording</source>
        <translation>%1 grabación de llamada</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="153"/>
        <source>%1 call recordings</source>
        <translation>%1 grabaciones de llamadas</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="156"/>
        <source>%1 voicemail</source>
        <translation>%1 mensaje de voz</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="156"/>
        <source>%1 voicemails</source>
        <translation>%1 mensajes de voz</translation>
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
        <translation>%1 fax</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="162"/>
        <source>%1 faxes</source>
        <translation>%1 faxes</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="166"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="172"/>
        <source>Last job: none yet</source>
        <translation>Última tarea: ninguna todavía</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="175"/>
        <source>Last job: %1, %2</source>
        <translation>Última tarea: %1, %2</translation>
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
        <translation>Requiere atención: %1</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="191"/>
        <source>Archiving now…</source>
        <translation>Archivando…</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="195"/>
        <source>Backup is paused</source>
        <translation>La copia de seguridad está en pausa</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="197"/>
        <source>Next job: %1</source>
        <translation>Próxima tarea: %1</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="199"/>
        <source>Next job: not planned</source>
        <translation>Próxima tarea: no programada</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="245"/>
        <source>RC Archiver needs your attention</source>
        <translation>RC Archiver requiere su atención</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="266"/>
        <source>Archived %1.</source>
        <translation>Archivado: %1.</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="268"/>
        <source>1 item could not be archived yet; it will be retried.</source>
        <translation>1 elemento no se pudo archivar todavía; se volverá a intentar.</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="271"/>
        <source>%1 items could not be archived yet; they will be retried.</source>
        <translation>%1 elementos no se pudieron archivar todavía; se volverá a intentar.</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="274"/>
        <source>New data archived</source>
        <translation>Nuevos datos archivados</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="279"/>
        <source>The job stopped without saying why.</source>
        <translation>La tarea se detuvo sin indicar el motivo.</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="285"/>
        <source>Archived %1 before it stopped.</source>
        <translation>Archivado antes de detenerse: %1.</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="286"/>
        <source>Archiving failed</source>
        <translation>Error al archivar</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="306"/>
        <source>&amp;Pause backup</source>
        <translation>&amp;Pausar la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="306"/>
        <source>Resume &amp;backup</source>
        <translation>&amp;Reanudar la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="321"/>
        <source>RC Archiver is still running</source>
        <translation>RC Archiver sigue en ejecución</translation>
    </message>
    <message>
        <location filename="../ui/tray/desktopintegration.cpp" line="322"/>
        <source>It keeps archiving in the background. Open or quit it from its icon in the system tray.</source>
        <translation>Sigue archivando en segundo plano. Ábralo o ciérrelo desde su icono en la bandeja del sistema.</translation>
    </message>
</context>
<context>
    <name>rca::HttpClient</name>
    <message>
        <location filename="../core/net/httpclient.cpp" line="282"/>
        <source>the server sent an invalid HTTP response</source>
        <translation>el servidor envió una respuesta HTTP no válida</translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="295"/>
        <source>no data moved for %1 ms</source>
        <translation>no se transfirieron datos durante %1 ms</translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="351"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="361"/>
        <source>the request took longer than %1 ms</source>
        <translation>la solicitud tardó más de %1 ms</translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="443"/>
        <source>the data to upload ended early</source>
        <translation>los datos que se iban a subir terminaron antes de tiempo</translation>
    </message>
</context>
<context>
    <name>rca::ItemLedger</name>
    <message>
        <location filename="../core/store/itemledger.cpp" line="127"/>
        <source>Could not record %1 as archived</source>
        <translation>No se pudo registrar %1 como archivado</translation>
    </message>
    <message>
        <location filename="../core/store/itemledger.cpp" line="131"/>
        <source>it is already in the archive ledger</source>
        <translation>ya figura en el registro del archivo</translation>
    </message>
    <message>
        <location filename="../core/store/itemledger.cpp" line="194"/>
        <source>Could not record the failure of %1</source>
        <translation>No se pudo registrar el error de %1</translation>
    </message>
    <message>
        <location filename="../core/store/itemledger.cpp" line="257"/>
        <source>Could not retry %1</source>
        <translation>No se pudo reintentar %1</translation>
    </message>
    <message>
        <location filename="../core/store/itemledger.cpp" line="270"/>
        <source>no failure is recorded for it</source>
        <translation>no hay ningún error registrado para él</translation>
    </message>
    <message>
        <location filename="../core/store/itemledger.cpp" line="278"/>
        <source>Could not expire old failed items</source>
        <translation>No se pudieron descartar los elementos fallidos antiguos</translation>
    </message>
</context>
<context>
    <name>rca::JobDetailsDialog</name>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="59"/>
        <source>Job Details</source>
        <translation>Detalles de la tarea</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="60"/>
        <source>Job details</source>
        <translation>Detalles de la tarea</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="71"/>
        <source>Window</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="72"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="73"/>
        <source>Ran</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="74"/>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="75"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="79"/>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="83"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="79"/>
        <source>Remote path</source>
        <translation>Ruta remota</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="79"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="79"/>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="83"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="83"/>
        <source>Other party</source>
        <translation>Interlocutor</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="84"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="84"/>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="84"/>
        <source>Next retry</source>
        <translation>Próximo intento</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="91"/>
        <source>Archived items</source>
        <translation>Elementos archivados</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="96"/>
        <source>Failed items</source>
        <translation>Elementos fallidos</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="101"/>
        <source>Retry result</source>
        <translation>Resultado del reintento</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="108"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="109"/>
        <source>&amp;Retry Failed Items</source>
        <translation>&amp;Reintentar elementos fallidos</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="111"/>
        <source>Retry failed items</source>
        <translation>Reintentar elementos fallidos</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="137"/>
        <source>This job is no longer in the log.</source>
        <translation>Esta tarea ya no figura en el registro.</translation>
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
        <translation>Desde %1</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="151"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="158"/>
        <source>Call Recording</source>
        <translation>Grabación de llamada</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="160"/>
        <source>Voice Mail</source>
        <translation>Mensaje de voz</translation>
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
        <translation>%1 (adjunto)</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="185"/>
        <source>&amp;Archived items (%1):</source>
        <translation>Elementos &amp;archivados (%1):</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="195"/>
        <source>Waits for a manual retry</source>
        <translation>Espera un reintento manual</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="202"/>
        <source>RingCentral id %1</source>
        <translation>ID de RingCentral %1</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="207"/>
        <source>&amp;Failed items (%1):</source>
        <translation>Elementos &amp;fallidos (%1):</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="228"/>
        <source>Retry Failed Items</source>
        <translation>Reintentar elementos fallidos</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="229"/>
        <source>Some items could not be queued for a retry:
%1</source>
        <translation>Algunos elementos no se pudieron poner en cola para un reintento:
%1</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="237"/>
        <source>Items queued for a retry now: %1.</source>
        <translation>Elementos en cola para reintentarse ahora: %1.</translation>
    </message>
    <message>
        <location filename="../ui/logs/jobdetailsdialog.cpp" line="238"/>
        <source>Items queued for a retry at the next job: %1.</source>
        <translation>Elementos en cola para reintentarse en la próxima tarea: %1.</translation>
    </message>
</context>
<context>
    <name>rca::JobLogCsv</name>
    <message>
        <location filename="../ui/logs/joblogcsv.cpp" line="77"/>
        <source>Could not export the log to %1: %2</source>
        <translation>No se pudo exportar el registro a %1: %2</translation>
    </message>
</context>
<context>
    <name>rca::JobLogModel</name>
    <message>
        <location filename="../ui/logs/joblogmodel.cpp" line="96"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../ui/logs/joblogmodel.cpp" line="98"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../ui/logs/joblogmodel.cpp" line="100"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/logs/joblogmodel.cpp" line="102"/>
        <source>Job Start</source>
        <translation>Inicio de la tarea</translation>
    </message>
    <message>
        <location filename="../ui/logs/joblogmodel.cpp" line="104"/>
        <source>Job End</source>
        <translation>Fin de la tarea</translation>
    </message>
    <message>
        <location filename="../ui/logs/joblogmodel.cpp" line="106"/>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <location filename="../ui/logs/joblogmodel.cpp" line="108"/>
        <source>Call Recording</source>
        <translation>Grabación de llamada</translation>
    </message>
    <message>
        <location filename="../ui/logs/joblogmodel.cpp" line="110"/>
        <source>Voice Mail</source>
        <translation>Mensaje de voz</translation>
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
        <translation>Elementos que fallaron y esperan un reintento: %1</translation>
    </message>
</context>
<context>
    <name>rca::JobRecord</name>
    <message>
        <location filename="../core/store/jobstore.cpp" line="116"/>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="118"/>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="120"/>
        <source>Completed with errors</source>
        <translation>Completada con errores</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="122"/>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="124"/>
        <source>Interrupted</source>
        <translation>Interrumpida</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="126"/>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
</context>
<context>
    <name>rca::JobStore</name>
    <message>
        <location filename="../core/store/jobstore.cpp" line="164"/>
        <source>Could not save the job log</source>
        <translation>No se pudo guardar el registro de tareas</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="166"/>
        <source>the job has no time window</source>
        <translation>la tarea no tiene intervalo</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="196"/>
        <source>Could not save the progress of job %1</source>
        <translation>No se pudo guardar el progreso de la tarea %1</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="210"/>
        <location filename="../core/store/jobstore.cpp" line="236"/>
        <source>there is no such job</source>
        <translation>esa tarea no existe</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="216"/>
        <source>Could not save the end of job %1</source>
        <translation>No se pudo guardar el final de la tarea %1</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="218"/>
        <source>the job is still running</source>
        <translation>la tarea todavía está en ejecución</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="244"/>
        <source>Could not mark unfinished jobs as interrupted</source>
        <translation>No se pudieron marcar como interrumpidas las tareas sin terminar</translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="253"/>
        <source>RC Archiver ended while the job was running.</source>
        <translation>RC Archiver se cerró mientras la tarea estaba en ejecución.</translation>
    </message>
</context>
<context>
    <name>rca::LogsPage</name>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="54"/>
        <source>Logs</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="58"/>
        <source>Show Log &amp;for:</source>
        <translation>Mostrar el registro &amp;para:</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="61"/>
        <source>Show log for</source>
        <translation>Mostrar el registro para</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="62"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="63"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="64"/>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="65"/>
        <source>Custom range</source>
        <translation>Intervalo personalizado</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="68"/>
        <source>F&amp;rom:</source>
        <translation>D&amp;esde:</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="71"/>
        <source>From date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="74"/>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="77"/>
        <source>To date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="81"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="83"/>
        <source>Show the log for the dates</source>
        <translation>Mostrar el registro de esas fechas</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="91"/>
        <source>Date range problem</source>
        <translation>Problema con el intervalo de fechas</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="97"/>
        <source>Job log</source>
        <translation>Registro de tareas</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="112"/>
        <source>No jobs</source>
        <translation>No hay tareas</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="124"/>
        <source>Number of jobs</source>
        <translation>Número de tareas</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="125"/>
        <source>&amp;Details…</source>
        <translation>&amp;Detalles…</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="127"/>
        <source>Show the details of the selected job</source>
        <translation>Mostrar los detalles de la tarea seleccionada</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="129"/>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="131"/>
        <source>Export the shown jobs as CSV</source>
        <translation>Exportar las tareas mostradas como CSV</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="287"/>
        <source>The From date is after the To date. Choose a From date on or before %1.</source>
        <translation>La fecha Desde es posterior a la fecha Hasta. Elija una fecha Desde igual o anterior al %1.</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="309"/>
        <source>SHOW MORE</source>
        <translation>MOSTRAR MÁS</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="310"/>
        <source>Show all jobs</source>
        <translation>Mostrar todas las tareas</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="311"/>
        <source>Show every job, also those that archived nothing</source>
        <translation>Mostrar todas las tareas, también las que no archivaron nada</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="313"/>
        <source>SHOW LESS</source>
        <translation>MOSTRAR MENOS</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="314"/>
        <source>Show only jobs that archived data</source>
        <translation>Mostrar solo las tareas que archivaron datos</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="315"/>
        <source>Show only the jobs that archived data or failed</source>
        <translation>Mostrar solo las tareas que archivaron datos o fallaron</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="324"/>
        <source>No job archived data or failed in this period. Choose SHOW MORE to see every job.</source>
        <translation>En este periodo ninguna tarea archivó datos ni falló. Elija MOSTRAR MÁS para ver todas las tareas.</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="326"/>
        <source>No jobs ran in this period.</source>
        <translation>En este periodo no se ejecutó ninguna tarea.</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="329"/>
        <source>Jobs: %1</source>
        <translation>Tareas: %1</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="362"/>
        <source>There is no job log to export.</source>
        <translation>No hay ningún registro de tareas que exportar.</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="383"/>
        <location filename="../ui/logs/logspage.cpp" line="391"/>
        <source>Export Log</source>
        <translation>Exportar el registro</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="384"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
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
        <translation>&amp;Cuentas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="35"/>
        <source>&amp;Sync options</source>
        <translation>Opciones de &amp;sincronización</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="36"/>
        <source>&amp;Logs</source>
        <translation>&amp;Registros</translation>
    </message>
</context>
<context>
    <name>rca::SettingsStore</name>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="30"/>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation>Ajuste desconocido «%1».</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="50"/>
        <source>true or false (or on/off, yes/no, 1/0)</source>
        <translation>true o false (u on/off, yes/no, 1/0)</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="53"/>
        <source>a whole number from %1 to %2</source>
        <translation>un número entero de %1 a %2</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="57"/>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="59"/>
        <source>a date and time in ISO 8601 form, such as 2026-11-25T11:30:00Z</source>
        <translation>una fecha y hora en formato ISO 8601, como 2026-11-25T11:30:00Z</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="61"/>
        <source>a JSON object, such as {&quot;path&quot;: &quot;/srv/archive&quot;}</source>
        <translation>un objeto JSON, como {&quot;path&quot;: &quot;/srv/archive&quot;}</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="64"/>
        <source>a comma-separated list of call-recording, voicemail, sms, fax</source>
        <translation>una lista separada por comas de call-recording, voicemail, sms, fax</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="67"/>
        <source>&quot;admin&quot; or &quot;extension&quot;</source>
        <translation>«admin» o «extension»</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="68"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="239"/>
        <source>Archive new recordings and messages every half hour.</source>
        <translation>Archivar las grabaciones y los mensajes nuevos cada media hora.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="241"/>
        <source>Where the data comes from: &quot;ringcentral&quot; or &quot;demo&quot;.</source>
        <translation>De dónde proceden los datos: «ringcentral» o «demo».</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="243"/>
        <source>Non-secret settings of the source (server URLs, client id), as JSON.</source>
        <translation>Ajustes no secretos del origen (URL de los servidores, ID de cliente), en JSON.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="245"/>
        <source>What to archive: call-recording, voicemail, sms, fax, comma-separated.</source>
        <translation>Qué se archiva: call-recording, voicemail, sms, fax, separados por comas.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="247"/>
        <source>For administrators: &quot;admin&quot; archives the call recordings of every extension (Account Settings), &quot;extension&quot; the four types of your own (My Extension).</source>
        <translation>Para administradores: «admin» archiva las grabaciones de llamadas de todas las extensiones (Configuración de la cuenta); «extension», los cuatro tipos de la suya propia (Mi extensión).</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="250"/>
        <source>Where the archive goes: &quot;local&quot;, &quot;sftp&quot;, &quot;dropbox&quot;, &quot;googledrive&quot;.</source>
        <translation>Dónde se guarda el archivo: «local», «sftp», «dropbox», «googledrive».</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="252"/>
        <source>Non-secret settings of the storage (folder, host, user), as JSON.</source>
        <translation>Ajustes no secretos del almacenamiento (carpeta, host, usuario), en JSON.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="254"/>
        <source>The longest window one catch-up job covers, in hours.</source>
        <translation>El intervalo más largo que abarca una tarea de recuperación, en horas.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="255"/>
        <source>Write debug messages to the log.</source>
        <translation>Escribir mensajes de depuración en el registro.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="257"/>
        <source>Show a desktop notification when a job archived data.</source>
        <translation>Mostrar una notificación de escritorio cuando una tarea haya archivado datos.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="259"/>
        <source>Show a desktop notification when a job failed.</source>
        <translation>Mostrar una notificación de escritorio cuando una tarea haya fallado.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="261"/>
        <source>Show a desktop notification when a connection needs attention.</source>
        <translation>Mostrar una notificación de escritorio cuando una conexión requiera atención.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="263"/>
        <source>Whether the window has said that closing it keeps RC Archiver in the tray.</source>
        <translation>Si la ventana ya ha avisado de que al cerrarla RC Archiver sigue en la bandeja del sistema.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="265"/>
        <source>The end of the last finished window.</source>
        <translation>El final del último intervalo terminado.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="266"/>
        <source>Failed attempts at the current window.</source>
        <translation>Intentos fallidos del intervalo actual.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="269"/>
        <source>When the current window is tried again.</source>
        <translation>Cuándo se vuelve a intentar el intervalo actual.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="271"/>
        <source>Why the source needs the user, such as a refused sign-in.</source>
        <translation>Por qué el origen necesita al usuario, por ejemplo, por un inicio de sesión rechazado.</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="328"/>
        <location filename="../core/store/settingsstore.cpp" line="352"/>
        <source>Setting &quot;%1&quot; expects %2, not &quot;%3&quot;.</source>
        <translation>El ajuste «%1» espera %2, no «%3».</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="331"/>
        <source>Could not save the setting &quot;%1&quot;</source>
        <translation>No se pudo guardar el ajuste «%1»</translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="369"/>
        <source>Could not reset the setting &quot;%1&quot;</source>
        <translation>No se pudo restablecer el ajuste «%1»</translation>
    </message>
</context>
<context>
    <name>rca::SftpForm</name>
    <message>
        <location filename="../ui/accounts/sftpform.cpp" line="22"/>
        <source>&amp;Key file:</source>
        <translation>Archivo de c&amp;lave:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/sftpform.cpp" line="25"/>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/sftpform.cpp" line="27"/>
        <source>Pass&amp;word:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/sftpform.cpp" line="29"/>
        <source>&amp;Test connection</source>
        <translation>Pro&amp;bar la conexión</translation>
    </message>
    <message>
        <location filename="../ui/accounts/sftpform.cpp" line="35"/>
        <source>nas.example.com</source>
        <translation>nas.example.com</translation>
    </message>
    <message>
        <location filename="../ui/accounts/sftpform.cpp" line="36"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../ui/accounts/sftpform.cpp" line="40"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location filename="../ui/accounts/sftpform.cpp" line="43"/>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/sftpform.cpp" line="45"/>
        <source>&amp;Server:</source>
        <translation>Ser&amp;vidor:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/sftpform.cpp" line="51"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../ui/accounts/sftpform.cpp" line="52"/>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/sftpform.cpp" line="55"/>
        <source>The login folder</source>
        <translation>La carpeta de inicio de sesión</translation>
    </message>
    <message>
        <location filename="../ui/accounts/sftpform.cpp" line="56"/>
        <source>Folder on the server</source>
        <translation>Carpeta en el servidor</translation>
    </message>
    <message>
        <location filename="../ui/accounts/sftpform.cpp" line="57"/>
        <source>&amp;Folder:</source>
        <translation>Car&amp;peta:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/sftpform.cpp" line="60"/>
        <source>Sign-in method</source>
        <translation>Método de inicio de sesión</translation>
    </message>
    <message>
        <location filename="../ui/accounts/sftpform.cpp" line="61"/>
        <location filename="../ui/accounts/sftpform.cpp" line="69"/>
        <source>Key file</source>
        <translation>Archivo de clave</translation>
    </message>
    <message>
        <location filename="../ui/accounts/sftpform.cpp" line="62"/>
        <source>SSH agent</source>
        <translation>Agente SSH</translation>
    </message>
    <message>
        <location filename="../ui/accounts/sftpform.cpp" line="63"/>
        <location filename="../ui/accounts/sftpform.cpp" line="95"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../ui/accounts/sftpform.cpp" line="64"/>
        <source>Keyboard-interactive</source>
        <translation>Interactivo por teclado</translation>
    </message>
    <message>
        <location filename="../ui/accounts/sftpform.cpp" line="65"/>
        <source>Sign-in &amp;method:</source>
        <translation>&amp;Método de inicio de sesión:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/sftpform.cpp" line="70"/>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/sftpform.cpp" line="72"/>
        <source>Choose the key file</source>
        <translation>Elegir el archivo de clave</translation>
    </message>
    <message>
        <location filename="../ui/accounts/sftpform.cpp" line="81"/>
        <source>Choose the private key</source>
        <translation>Elegir la clave privada</translation>
    </message>
    <message>
        <location filename="../ui/accounts/sftpform.cpp" line="88"/>
        <source>Only if the key has one</source>
        <translation>Solo si la clave tiene una</translation>
    </message>
    <message>
        <location filename="../ui/accounts/sftpform.cpp" line="89"/>
        <source>Key passphrase</source>
        <translation>Frase de contraseña de la clave</translation>
    </message>
    <message>
        <location filename="../ui/accounts/sftpform.cpp" line="100"/>
        <source>Test the connection</source>
        <translation>Probar la conexión</translation>
    </message>
</context>
<context>
    <name>rca::SingleInstance</name>
    <message>
        <location filename="../ui/tray/singleinstance.cpp" line="84"/>
        <source>Another RC Archiver is running but does not answer.</source>
        <translation>Hay otra instancia de RC Archiver en ejecución, pero no responde.</translation>
    </message>
    <message>
        <location filename="../ui/tray/singleinstance.cpp" line="152"/>
        <source>Cannot listen for other launches of RC Archiver: %1</source>
        <translation>No se pueden escuchar otros inicios de RC Archiver: %1</translation>
    </message>
</context>
<context>
    <name>rca::SyncOptionsPage</name>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="58"/>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="60"/>
        <source>&amp;Enable backup</source>
        <translation>&amp;Activar la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="62"/>
        <source>Enable backup</source>
        <translation>Activar la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="63"/>
        <source>Archive new recordings and messages every half hour</source>
        <translation>Archivar las grabaciones y los mensajes nuevos cada media hora</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="81"/>
        <source>What to archive</source>
        <translation>Qué se archiva</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="87"/>
        <source>&amp;Account Settings</source>
        <translation>C&amp;onfiguración de la cuenta</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="89"/>
        <source>Account Settings: every extension you manage</source>
        <translation>Configuración de la cuenta: todas las extensiones que administra</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="90"/>
        <source>&amp;My Extension</source>
        <translation>&amp;Mi extensión</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="92"/>
        <source>My Extension: your own extension</source>
        <translation>Mi extensión: su propia extensión</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="106"/>
        <source>Call Recordings</source>
        <translation>Grabaciones de llamadas</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="107"/>
        <source>Voice Mails</source>
        <translation>Mensajes de voz</translation>
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
        <translation>Tareas</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="131"/>
        <source>Progress of the running job</source>
        <translation>Progreso de la tarea en ejecución</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="133"/>
        <source>&amp;Run now</source>
        <translation>&amp;Ejecutar ahora</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="135"/>
        <source>Run the due jobs now</source>
        <translation>Ejecutar ahora las tareas pendientes</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="150"/>
        <source>Archive from</source>
        <translation>Archivar desde</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="153"/>
        <source>Archive to</source>
        <translation>Archivar hasta</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="159"/>
        <source>Archive &amp;range</source>
        <translation>Archivar el &amp;intervalo</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="161"/>
        <source>Archive the chosen past days now</source>
        <translation>Archivar ahora los días anteriores elegidos</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="162"/>
        <source>Archive past days &amp;from</source>
        <translation>Archivar días anteriores &amp;desde</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="164"/>
        <source>&amp;to</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="173"/>
        <source>RingCentral keeps recordings for about %1 days; items already archived are skipped.</source>
        <translation>RingCentral conserva las grabaciones unos %1 días; los elementos ya archivados se omiten.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="186"/>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="188"/>
        <source>Start RC Archiver when I &amp;log in</source>
        <translation>Iniciar RC Archiver al i&amp;niciar sesión</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="190"/>
        <source>Start RC Archiver at login, in the tray</source>
        <translation>Iniciar RC Archiver al iniciar sesión, en la bandeja del sistema</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="203"/>
        <source>Notify me when a job &amp;archived recordings or messages</source>
        <translation>Avisarme cuando una tarea haya archivado &amp;grabaciones o mensajes</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="204"/>
        <source>Notify me when a job &amp;failed</source>
        <translation>Avisarme cuando una tarea haya &amp;fallado</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="205"/>
        <source>Notify me when a connection &amp;needs attention</source>
        <translation>Avisarme cuando una conexión re&amp;quiera atención</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="240"/>
        <source>Connect RingCentral and a storage on the Accounts tab first.</source>
        <translation>Primero conecte RingCentral y un almacenamiento en la pestaña Cuentas.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="242"/>
        <source>New recordings and messages are archived every half hour, about two hours after they were made.</source>
        <translation>Las grabaciones y los mensajes nuevos se archivan cada media hora, unas dos horas después de crearse.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="245"/>
        <source>Backup is off: nothing is archived until you enable it.</source>
        <translation>La copia de seguridad está desactivada: no se archiva nada hasta que la active.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="268"/>
        <location filename="../ui/sync/syncoptionspage.cpp" line="326"/>
        <source>No job is planned while backup is off.</source>
        <translation>No hay ninguna tarea programada mientras la copia de seguridad esté desactivada.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="278"/>
        <source>Call recordings of every extension you manage.</source>
        <translation>Grabaciones de llamadas de todas las extensiones que administra.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="279"/>
        <source>Recordings and messages of your own extension.</source>
        <translation>Grabaciones y mensajes de su propia extensión.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="316"/>
        <source>Choose days before today: the last hour and a half is archived by the schedule.</source>
        <translation>Elija días anteriores a hoy: la última hora y media la archiva la programación.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="330"/>
        <source>Next job: %1</source>
        <translation>Próxima tarea: %1</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="337"/>
        <source>Archiving %1 – %2…</source>
        <translation>Archivando %1 – %2…</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="352"/>
        <source>%1 of %2 items · %3</source>
        <translation>%1 de %2 elementos · %3</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncoptionspage.cpp" line="364"/>
        <source>Last job: %1 at %2. Items archived: %3.</source>
        <translation>Última tarea: %1 el %2. Elementos archivados: %3.</translation>
    </message>
</context>
</TS>
