<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>rca</name>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="35"/>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="55"/>
        <source>true or false (or on/off, yes/no, 1/0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="58"/>
        <source>a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="62"/>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="64"/>
        <source>a date and time in ISO 8601 form, such as 2026-11-25T11:30:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="66"/>
        <source>a JSON object, such as {&quot;path&quot;: &quot;/srv/archive&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="69"/>
        <source>a comma-separated list of call-recording, voicemail, sms, fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="71"/>
        <source>&quot;admin&quot; or &quot;extension&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="72"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rca::Database</name>
    <message>
        <location filename="../core/store/database.cpp" line="177"/>
        <source>Could not create the folder %1 for the archive database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="180"/>
        <source>Could not open the archive database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="219"/>
        <source>the database is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="235"/>
        <source>injected write failure (test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="280"/>
        <source>Could not start a database transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="289"/>
        <source>Commit without a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="295"/>
        <source>Could not commit a database transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="349"/>
        <source>cannot read the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="352"/>
        <source>it was written by a newer version of RC Archiver (schema %1, this version knows up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="364"/>
        <source>unexpected schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="384"/>
        <source>migration to schema %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rca::ItemLedger</name>
    <message>
        <location filename="../core/store/itemledger.cpp" line="127"/>
        <source>Could not record %1 as archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/itemledger.cpp" line="131"/>
        <source>it is already in the archive ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/itemledger.cpp" line="194"/>
        <source>Could not record the failure of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/itemledger.cpp" line="257"/>
        <source>Could not retry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/itemledger.cpp" line="270"/>
        <source>no failure is recorded for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/itemledger.cpp" line="278"/>
        <source>Could not expire old failed items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rca::JobRecord</name>
    <message>
        <location filename="../core/store/jobstore.cpp" line="116"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="118"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="120"/>
        <source>Completed with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="122"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="124"/>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="126"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rca::JobStore</name>
    <message>
        <location filename="../core/store/jobstore.cpp" line="164"/>
        <source>Could not save the job log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="166"/>
        <source>the job has no time window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="196"/>
        <source>Could not save the progress of job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="210"/>
        <location filename="../core/store/jobstore.cpp" line="236"/>
        <source>there is no such job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="216"/>
        <source>Could not save the end of job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="218"/>
        <source>the job is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="244"/>
        <source>Could not mark unfinished jobs as interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/jobstore.cpp" line="253"/>
        <source>RC Archiver ended while the job was running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rca::SettingsStore</name>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="243"/>
        <source>Archive new recordings and messages every half hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="245"/>
        <source>Where the data comes from: &quot;ringcentral&quot; or &quot;demo&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="247"/>
        <source>Non-secret settings of the source (server URLs, client id), as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="249"/>
        <source>What to archive: call-recording, voicemail, sms, fax, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="251"/>
        <source>For administrators: &quot;admin&quot; archives the call recordings of every extension (Account Settings), &quot;extension&quot; the four types of your own (My Extension).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="254"/>
        <source>Where the archive goes: &quot;local&quot;, &quot;sftp&quot;, &quot;dropbox&quot;, &quot;googledrive&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="256"/>
        <source>Non-secret settings of the storage (folder, host, user), as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="258"/>
        <source>The longest window one catch-up job covers, in hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="259"/>
        <source>Write debug messages to the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="261"/>
        <source>The end of the last finished window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="262"/>
        <source>Failed attempts at the current window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="265"/>
        <source>When the current window is tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="267"/>
        <source>Why the source needs the user, such as a refused sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="324"/>
        <location filename="../core/store/settingsstore.cpp" line="348"/>
        <source>Setting &quot;%1&quot; expects %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="327"/>
        <source>Could not save the setting &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/settingsstore.cpp" line="365"/>
        <source>Could not reset the setting &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
