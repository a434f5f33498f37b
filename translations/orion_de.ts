<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
  <context>
    <name>Orion::ConnectionDelegate</name>
    <message>
      <source>Healthy</source>
      <translation>Fehlerfrei</translation>
    </message>
    <message>
      <source>Degraded</source>
      <translation>Beeinträchtigt</translation>
    </message>
    <message>
      <source>Failed</source>
      <translation>Fehlgeschlagen</translation>
    </message>
    <message>
      <source>No syncs yet</source>
      <translation>Noch keine Synchronisierung</translation>
    </message>
    <message>
      <source>Never</source>
      <translation>Nie</translation>
    </message>
    <message>
      <source>Just now</source>
      <translation>Gerade eben</translation>
    </message>
    <message numerus="yes">
      <source>%n minute(s) ago</source>
      <translation>
        <numerusform>vor %n Minute</numerusform>
        <numerusform>vor %n Minuten</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n hour(s) ago</source>
      <translation>
        <numerusform>vor %n Stunde</numerusform>
        <numerusform>vor %n Stunden</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n day(s) ago</source>
      <translation>
        <numerusform>vor %n Tag</numerusform>
        <numerusform>vor %n Tagen</numerusform>
      </translation>
    </message>
    <message>
      <source>Never synced</source>
      <translation>Nie synchronisiert</translation>
    </message>
    <message numerus="yes">
      <source>%n consecutive failure(s)</source>
      <translation>
        <numerusform>%n Fehlschlag in Folge</numerusform>
        <numerusform>%n Fehlschläge in Folge</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Orion::ConnectionListModel</name>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Connector</source>
      <translation>Connector</translation>
    </message>
    <message>
      <source>Health</source>
      <translation>Zustand</translation>
    </message>
    <message>
      <source>Last sync</source>
      <translation>Letzte Synchronisierung</translation>
    </message>
  </context>
  <context>
    <name>Orion::ConnectionStore</name>
    <message>
      <source>A connection needs a name.</source>
      <translation>Eine Verbindung braucht einen Namen.</translation>
    </message>
    <message>
      <source>A connection named "%1" already exists.</source>
      <translation>Eine Verbindung namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
      <source>Cannot create the connection: %1</source>
      <translation>Die Verbindung kann nicht angelegt werden: %1</translation>
    </message>
    <message>
      <source>Cannot delete the connection: %1</source>
      <translation>Die Verbindung kann nicht gelöscht werden: %1</translation>
    </message>
    <message>
      <source>Cannot remove the demo connections: %1</source>
      <translation>Die Demo-Verbindungen können nicht entfernt werden: %1</translation>
    </message>
    <message>
      <source>Cannot read the connections: %1</source>
      <translation>Die Verbindungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
      <source>Cannot record the sync run: %1</source>
      <translation>Der Synchronisierungslauf kann nicht gespeichert werden: %1</translation>
    </message>
  </context>
  <context>
    <name>Orion::ConnectionsPage</name>
    <message>
      <source>Create Demo Workspace</source>
      <translation>Demo-Arbeitsbereich anlegen</translation>
    </message>
    <message>
      <source>Connections</source>
      <translation>Verbindungen</translation>
    </message>
    <message>
      <source>Filter by name or connector…</source>
      <translation>Nach Name oder Connector filtern …</translation>
    </message>
    <message>
      <source>Filter connections</source>
      <translation>Verbindungen filtern</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Aktualisieren</translation>
    </message>
    <message>
      <source>Reload the connections from the workspace (F5)</source>
      <translation>Verbindungen neu aus dem Arbeitsbereich laden (F5)</translation>
    </message>
    <message>
      <source>Connections table</source>
      <translation>Verbindungstabelle</translation>
    </message>
    <message>
      <source>&lt;h3&gt;No connections yet&lt;/h3&gt;&lt;p&gt;Connections link a connector to one of your accounts. To explore the app with sample data, create a demo workspace.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Noch keine Verbindungen&lt;/h3&gt;&lt;p&gt;Eine Verbindung verknüpft einen Connector mit einem Ihrer Konten. Um die Anwendung mit Beispieldaten kennenzulernen, legen Sie einen Demo-Arbeitsbereich an.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
      <source>%n connection(s)</source>
      <translation>
        <numerusform>%n Verbindung</numerusform>
        <numerusform>%n Verbindungen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n failed</source>
      <translation>
        <numerusform>%n fehlgeschlagen</numerusform>
        <numerusform>%n fehlgeschlagen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n degraded</source>
      <translation>
        <numerusform>%n beeinträchtigt</numerusform>
        <numerusform>%n beeinträchtigt</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n shown</source>
      <translation>
        <numerusform>%n angezeigt</numerusform>
        <numerusform>%n angezeigt</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Orion::DatabaseConfig</name>
    <message>
      <source>The database address is empty.</source>
      <translation>Die Datenbankadresse ist leer.</translation>
    </message>
    <message>
      <source>The PostgreSQL address is not a valid URL: %1</source>
      <translation>Die PostgreSQL-Adresse ist keine gültige URL: %1</translation>
    </message>
    <message>
      <source>The PostgreSQL port must be between 1 and 65535.</source>
      <translation>Der PostgreSQL-Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
      <source>The PostgreSQL address names no database (postgresql://user@host:port/database).</source>
      <translation>Die PostgreSQL-Adresse nennt keine Datenbank (postgresql://benutzer@host:port/datenbank).</translation>
    </message>
    <message>
      <source>Unknown sslmode "%1": use disable, allow, prefer, require, verify-ca or verify-full.</source>
      <translation>Unbekannter sslmode „%1“: erlaubt sind disable, allow, prefer, require, verify-ca und verify-full.</translation>
    </message>
    <message>
      <source>Unsupported database address "%1": use a SQLite file path or postgresql://…</source>
      <translation>Nicht unterstützte Datenbankadresse „%1“: Geben Sie einen SQLite-Dateipfad oder postgresql://… an</translation>
    </message>
    <message>
      <source>The SQLite address names no file.</source>
      <translation>Die SQLite-Adresse nennt keine Datei.</translation>
    </message>
    <message>
      <source>SQLite — %1</source>
      <translation>SQLite — %1</translation>
    </message>
    <message>
      <source>PostgreSQL — %1%2:%3/%4</source>
      <translation>PostgreSQL — %1%2:%3/%4</translation>
    </message>
  </context>
  <context>
    <name>Orion::DemoSeeder</name>
    <message>
      <source>The number of demo connections must be between 1 and 1000.</source>
      <translation>Die Zahl der Demo-Verbindungen muss zwischen 1 und 1000 liegen.</translation>
    </message>
    <message>
      <source>The demo history must span between 1 and 3650 days.</source>
      <translation>Der Demo-Verlauf muss 1 bis 3650 Tage umfassen.</translation>
    </message>
    <message>
      <source>The number of demo sync runs cannot be negative.</source>
      <translation>Die Zahl der Demo-Synchronisierungsläufe darf nicht negativ sein.</translation>
    </message>
    <message>
      <source>Cannot start the demo transaction: %1</source>
      <translation>Die Demo-Transaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
      <source>Demo · %1</source>
      <translation>Demo · %1</translation>
    </message>
    <message>
      <source>Demo · %1 #%2</source>
      <translation>Demo · %1 #%2</translation>
    </message>
    <message>
      <source>Demo seeding was cancelled; nothing was changed.</source>
      <translation>Das Anlegen der Demodaten wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
      <source>Demo failure (%1)</source>
      <translation>Demo-Fehler (%1)</translation>
    </message>
    <message>
      <source>Cannot write demo sync history: %1</source>
      <translation>Der Demo-Verlauf kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
      <source>Cannot save the demo workspace: %1</source>
      <translation>Der Demo-Arbeitsbereich kann nicht gespeichert werden: %1</translation>
    </message>
  </context>
  <context>
    <name>Orion::KeychainSecretStore</name>
    <message>
      <source>The system keychain could not be read: %1</source>
      <translation>Der Schlüsselbund des Systems konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
      <source>The password could not be saved in the system keychain: %1</source>
      <translation>Das Passwort konnte nicht im Schlüsselbund des Systems gespeichert werden: %1</translation>
    </message>
    <message>
      <source>The keychain entry could not be removed: %1</source>
      <translation>Der Schlüsselbund-Eintrag konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
      <source>System keychain</source>
      <translation>Schlüsselbund des Systems</translation>
    </message>
  </context>
  <context>
    <name>Orion::Languages</name>
    <message>
      <source>System default</source>
      <translation>Systemstandard</translation>
    </message>
  </context>
  <context>
    <name>Orion::MainWindow</name>
    <message>
      <source>Orion Connector Studio</source>
      <translation>Orion Connector Studio</translation>
    </message>
    <message>
      <source>Pages</source>
      <translation>Seiten</translation>
    </message>
    <message>
      <source>Connections</source>
      <translation>Verbindungen</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <source>No workspace open</source>
      <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
      <source>Demo workspace ready: %n connection(s)</source>
      <translation>
        <numerusform>Demo-Arbeitsbereich bereit: %n Verbindung</numerusform>
        <numerusform>Demo-Arbeitsbereich bereit: %n Verbindungen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n sync run(s) of history</source>
      <translation>
        <numerusform>%n Synchronisierungslauf im Verlauf</numerusform>
        <numerusform>%n Synchronisierungsläufe im Verlauf</numerusform>
      </translation>
    </message>
    <message>
      <source>The language will change when you restart the application.</source>
      <translation>Die Sprache ändert sich beim nächsten Start der Anwendung.</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Datei</translation>
    </message>
    <message>
      <source>New &amp;Demo Workspace</source>
      <translation>Neuer &amp;Demo-Arbeitsbereich</translation>
    </message>
    <message>
      <source>Create a workspace with sample connections and 90 days of sync history</source>
      <translation>Einen Arbeitsbereich mit Beispielverbindungen und 90 Tagen Synchronisierungsverlauf anlegen</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Ansicht</translation>
    </message>
    <message>
      <source>&amp;Connections</source>
      <translation>&amp;Verbindungen</translation>
    </message>
    <message>
      <source>&amp;Settings</source>
      <translation>&amp;Einstellungen</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Hilfe</translation>
    </message>
    <message>
      <source>&amp;About Orion Connector Studio</source>
      <translation>Ü&amp;ber Orion Connector Studio</translation>
    </message>
    <message>
      <source>About &amp;Qt</source>
      <translation>Über &amp;Qt</translation>
    </message>
    <message>
      <source>Reading the password from %1…</source>
      <translation>Passwort wird aus %1 gelesen …</translation>
    </message>
    <message>
      <source>%1, schema version %2</source>
      <translation>%1, Schemaversion %2</translation>
    </message>
    <message>
      <source>Workspace upgraded to schema version %1.</source>
      <translation>Arbeitsbereich auf Schemaversion %1 aktualisiert.</translation>
    </message>
    <message>
      <source>The workspace %1 stays open.</source>
      <translation>Der Arbeitsbereich %1 bleibt geöffnet.</translation>
    </message>
    <message>
      <source>No workspace is open; choose another one in Settings.</source>
      <translation>Kein Arbeitsbereich ist geöffnet; wählen Sie in den Einstellungen einen anderen.</translation>
    </message>
    <message>
      <source>About Orion Connector Studio</source>
      <translation>Über Orion Connector Studio</translation>
    </message>
    <message>
      <source>&lt;h3&gt;Orion Connector Studio %1&lt;/h3&gt;&lt;p&gt;Build, map and monitor connectors between business systems.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Orion Connector Studio %1&lt;/h3&gt;&lt;p&gt;Connectors zwischen Geschäftssystemen bauen, zuordnen und überwachen.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>New workspace created.</source>
      <translation>Neuer Arbeitsbereich angelegt.</translation>
    </message>
  </context>
  <context>
    <name>Orion::MemorySecretStore</name>
    <message>
      <source>Memory (not saved)</source>
      <translation>Arbeitsspeicher (nicht gespeichert)</translation>
    </message>
  </context>
  <context>
    <name>Orion::MessageBanner</name>
    <message>
      <source>Dismiss</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <source>Dismiss message</source>
      <translation>Meldung schließen</translation>
    </message>
  </context>
  <context>
    <name>Orion::Migrator</name>
    <message>
      <source>Cannot read the schema version: %1</source>
      <translation>Die Schemaversion kann nicht gelesen werden: %1</translation>
    </message>
    <message>
      <source>The workspace has schema version %1, newer than this version of Orion Connector Studio supports (%2). Update the application; the workspace was not changed.</source>
      <translation>Der Arbeitsbereich hat die Schemaversion %1, neuer als diese Version von Orion Connector Studio unterstützt (%2). Aktualisieren Sie die Anwendung; der Arbeitsbereich wurde nicht verändert.</translation>
    </message>
    <message>
      <source>Cannot start the migration: %1</source>
      <translation>Die Migration kann nicht gestartet werden: %1</translation>
    </message>
    <message>
      <source>Cannot lock the schema for migration: %1</source>
      <translation>Das Schema kann für die Migration nicht gesperrt werden: %1</translation>
    </message>
    <message>
      <source>The file is a SQLite database but not an Orion workspace; it was not changed.</source>
      <translation>Die Datei ist eine SQLite-Datenbank, aber kein Orion-Arbeitsbereich; sie wurde nicht verändert.</translation>
    </message>
    <message>
      <source>Cannot create the schema version table: %1</source>
      <translation>Die Tabelle der Schemaversionen kann nicht angelegt werden: %1</translation>
    </message>
    <message>
      <source>Migration %1 failed: %2</source>
      <translation>Migration %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
      <source>Cannot record migration %1: %2</source>
      <translation>Migration %1 kann nicht vermerkt werden: %2</translation>
    </message>
    <message>
      <source>Cannot commit the migration: %1</source>
      <translation>Die Migration kann nicht abgeschlossen werden: %1</translation>
    </message>
  </context>
  <context>
    <name>Orion::SettingsPage</name>
    <message>
      <source>Embedded &amp;SQLite workspace (this computer)</source>
      <translation>Eingebetteter &amp;SQLite-Arbeitsbereich (dieser Computer)</translation>
    </message>
    <message>
      <source>Shared &amp;PostgreSQL database (team)</source>
      <translation>Gemeinsame &amp;PostgreSQL-Datenbank (Team)</translation>
    </message>
    <message>
      <source>&amp;Test Connection</source>
      <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <source>&amp;Apply and Reopen</source>
      <translation>&amp;Übernehmen und neu öffnen</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
      <source>&amp;Default</source>
      <translation>&amp;Standard</translation>
    </message>
    <message>
      <source>Use the workspace in the application's data folder</source>
      <translation>Den Arbeitsbereich im Datenordner der Anwendung verwenden</translation>
    </message>
    <message>
      <source>Workspace file</source>
      <translation>Arbeitsbereichsdatei</translation>
    </message>
    <message>
      <source>Workspace &amp;file:</source>
      <translation>Arbeitsbereichs&amp;datei:</translation>
    </message>
    <message>
      <source>Created on first use. Keep it on a local disk.</source>
      <translation>Wird bei der ersten Verwendung angelegt. Auf einem lokalen Datenträger aufbewahren.</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Passwort</translation>
    </message>
    <message>
      <source>TLS mode (libpq sslmode). Use verify-full for servers outside your network.</source>
      <translation>TLS-Modus (libpq sslmode). Verwenden Sie verify-full für Server außerhalb Ihres Netzwerks.</translation>
    </message>
    <message>
      <source>&amp;Host:</source>
      <translation>&amp;Host:</translation>
    </message>
    <message>
      <source>P&amp;ort:</source>
      <translation>P&amp;ort:</translation>
    </message>
    <message>
      <source>&amp;Database:</source>
      <translation>&amp;Datenbank:</translation>
    </message>
    <message>
      <source>&amp;User:</source>
      <translation>&amp;Benutzer:</translation>
    </message>
    <message>
      <source>Pass&amp;word:</source>
      <translation>Pass&amp;wort:</translation>
    </message>
    <message>
      <source>T&amp;LS mode:</source>
      <translation>T&amp;LS-Modus:</translation>
    </message>
    <message>
      <source>Workspace database</source>
      <translation>Datenbank des Arbeitsbereichs</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Sprache</translation>
    </message>
    <message>
      <source>Takes effect the next time Orion Connector Studio starts.</source>
      <translation>Wirkt beim nächsten Start von Orion Connector Studio.</translation>
    </message>
    <message>
      <source>&amp;Interface language:</source>
      <translation>&amp;Sprache der Oberfläche:</translation>
    </message>
    <message>
      <source>Choose Workspace File</source>
      <translation>Arbeitsbereichsdatei wählen</translation>
    </message>
    <message>
      <source>Orion workspaces (*.db *.sqlite);;All files (*)</source>
      <translation>Orion-Arbeitsbereiche (*.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
      <source>Saved in the system keychain</source>
      <translation>Im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
      <source>Choose a workspace file first.</source>
      <translation>Wählen Sie zuerst eine Arbeitsbereichsdatei.</translation>
    </message>
    <message>
      <source>Enter the host and the database name first.</source>
      <translation>Geben Sie zuerst den Host und den Datenbanknamen ein.</translation>
    </message>
    <message>
      <source>The database is empty; it will be set up when you apply.</source>
      <translation>Die Datenbank ist leer; sie wird beim Übernehmen eingerichtet.</translation>
    </message>
    <message>
      <source>Its schema version %1 is newer than this application supports (%2).</source>
      <translation>Ihre Schemaversion %1 ist neuer, als diese Anwendung unterstützt (%2).</translation>
    </message>
    <message>
      <source>Schema version %1; it will be upgraded to %2 when you apply.</source>
      <translation>Schemaversion %1; sie wird beim Übernehmen auf %2 aktualisiert.</translation>
    </message>
    <message>
      <source>Schema version %1 (current).</source>
      <translation>Schemaversion %1 (aktuell).</translation>
    </message>
    <message>
      <source>Connected to %1. %2</source>
      <translation>Verbunden mit %1. %2</translation>
    </message>
    <message>
      <source>Connecting to %1…</source>
      <translation>Verbindung zu %1 wird hergestellt …</translation>
    </message>
    <message>
      <source>Connection test cancelled.</source>
      <translation>Verbindungstest abgebrochen.</translation>
    </message>
  </context>
  <context>
    <name>Orion::Workspace</name>
    <message>
      <source>The workspace file %1 does not exist.</source>
      <translation>Die Arbeitsbereichsdatei %1 existiert nicht.</translation>
    </message>
    <message>
      <source>Cannot create the folder %1 for the workspace.</source>
      <translation>Der Ordner %1 für den Arbeitsbereich kann nicht angelegt werden.</translation>
    </message>
    <message>
      <source>The folder %1 is read-only; the workspace cannot be created there.</source>
      <translation>Der Ordner %1 ist schreibgeschützt; der Arbeitsbereich kann dort nicht angelegt werden.</translation>
    </message>
    <message>
      <source>%1 is not a file.</source>
      <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
      <source>Cannot read the workspace file %1: %2</source>
      <translation>Die Arbeitsbereichsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
      <source>%1 is not a SQLite database (it may be corrupt); it was not changed.</source>
      <translation>%1 ist keine SQLite-Datenbank (möglicherweise beschädigt); die Datei wurde nicht verändert.</translation>
    </message>
    <message>
      <source>The workspace file %1 is read-only. Make it writable or choose another workspace.</source>
      <translation>Die Arbeitsbereichsdatei %1 ist schreibgeschützt. Machen Sie sie beschreibbar oder wählen Sie einen anderen Arbeitsbereich.</translation>
    </message>
    <message>
      <source>Cannot open the workspace %1: %2</source>
      <translation>Der Arbeitsbereich %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
      <source>Cannot connect to PostgreSQL at %1:%2: %3</source>
      <translation>Keine Verbindung zu PostgreSQL auf %1:%2: %3</translation>
    </message>
    <message>
      <source>No PostgreSQL database name is set.</source>
      <translation>Es ist kein PostgreSQL-Datenbankname angegeben.</translation>
    </message>
    <message>
      <source>The Qt SQL driver for %1 is not installed.</source>
      <translation>Der Qt-SQL-Treiber für %1 ist nicht installiert.</translation>
    </message>
    <message>
      <source>%1 is damaged and cannot be read as a workspace: %2</source>
      <translation>%1 ist beschädigt und kann nicht als Arbeitsbereich gelesen werden: %2</translation>
    </message>
    <message>
      <source>Cannot read the schema version: %1</source>
      <translation>Die Schemaversion kann nicht gelesen werden: %1</translation>
    </message>
  </context>
  <context>
    <name>Orion::WorkspaceService</name>
    <message>
      <source>Opening %1…</source>
      <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
      <source>Creating the demo workspace…</source>
      <translation>Demo-Arbeitsbereich wird angelegt …</translation>
    </message>
  </context>
  <context>
    <name>main</name>
    <message>
      <source>Build, map and monitor business system connectors.</source>
      <translation>Connectors für Geschäftssysteme bauen, zuordnen und überwachen.</translation>
    </message>
    <message>
      <source>Open this workspace instead of the saved one (a SQLite file or postgresql://…).</source>
      <translation>Diesen Arbeitsbereich statt des gespeicherten öffnen (eine SQLite-Datei oder postgresql://…).</translation>
    </message>
    <message>
      <source>Save a screenshot of the main window to &lt;file&gt; once the workspace is shown, then quit.</source>
      <translation>Sobald der Arbeitsbereich angezeigt wird, ein Bildschirmfoto des Hauptfensters in &lt;file&gt; speichern und beenden.</translation>
    </message>
  </context>
</TS>