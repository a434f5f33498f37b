<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Orion::ActivityPage</name>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>All connections</source>
        <translation>Alle Verbindungen</translation>
    </message>
    <message>
        <source>Filter by connection</source>
        <translation>Nach Verbindung filtern</translation>
    </message>
    <message>
        <source>Search connection, stream or error…</source>
        <translation>Verbindung, Stream oder Fehler suchen …</translation>
    </message>
    <message>
        <source>Search runs</source>
        <translation>Läufe durchsuchen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Reload the sync history (F5)</source>
        <translation>Synchronisierungsverlauf neu laden (F5)</translation>
    </message>
    <message>
        <source>Sync runs</source>
        <translation>Synchronisierungsläufe</translation>
    </message>
    <message>
        <source>Run log</source>
        <translation>Protokoll des Laufs</translation>
    </message>
    <message>
        <source>Select a run to see its log.</source>
        <translation>Wählen Sie einen Lauf, um sein Protokoll zu sehen.</translation>
    </message>
    <message>
        <source>No run selected.</source>
        <translation>Kein Lauf ausgewählt.</translation>
    </message>
    <message>
        <source>%1 / %2 — started %3, %4</source>
        <translation>%1 / %2 – gestartet %3, %4</translation>
    </message>
    <message>
        <source>Error (%1): %2</source>
        <translation>Fehler (%1): %2</translation>
    </message>
    <message>
        <source>(This run recorded no log.)</source>
        <translation>(Dieser Lauf hat kein Protokoll aufgezeichnet.)</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Lauf</numerusform>
            <numerusform>%n Läufe</numerusform>
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
        <source>%n shown</source>
        <translation>
            <numerusform>%n angezeigt</numerusform>
            <numerusform>%n angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing one day&apos;s runs; click to show every day</source>
        <translation>Läufe eines Tages; klicken, um alle Tage zu zeigen</translation>
    </message>
    <message>
        <source>%1 ✕</source>
        <translation>%1 ✕</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) at %1/s</source>
        <translation>
            <numerusform>%n Anfrage mit %1/s</numerusform>
            <numerusform>%n Anfragen mit %1/s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>read in %n partition(s)</source>
        <translation>
            <numerusform>in %n Partition gelesen</numerusform>
            <numerusform>in %n Partitionen gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Schema drift: %1</source>
        <translation>Schemaabweichung: %1</translation>
    </message>
</context>
<context>
    <name>Orion::Alerts</name>
    <message>
        <source>The same alert rule exists already.</source>
        <translation>Diese Alarmregel gibt es bereits.</translation>
    </message>
    <message>
        <source>Cannot save the alert rule: %1</source>
        <translation>Die Alarmregel kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot remove the alert rule: %1</source>
        <translation>Die Alarmregel kann nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>There is no alert rule %1.</source>
        <translation>Es gibt keine Alarmregel %1.</translation>
    </message>
    <message>
        <source>Cannot read the alert rules: %1</source>
        <translation>Die Alarmregeln können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>alert to %1 not sent: %2</source>
        <translation>Alarm an %1 nicht gesendet: %2</translation>
    </message>
    <message>
        <source>not a Slack connection</source>
        <translation>keine Slack-Verbindung</translation>
    </message>
    <message>
        <source>%1 alert to %2 not sent: %3</source>
        <translation>%1-Alarm an %2 nicht gesendet: %3</translation>
    </message>
    <message>
        <source>%1 alert posted to %2 (ts %3)</source>
        <translation>%1-Alarm an %2 gesendet (ts %3)</translation>
    </message>
    <message>
        <source>%1 / %2 degraded: mapped fields changed at the source — %3 (run %4)</source>
        <translation>%1 / %2 beeinträchtigt: zugeordnete Felder haben sich an der Quelle geändert — %3 (Lauf %4)</translation>
    </message>
    <message>
        <source>⚠️ %1 degraded: schema drift</source>
        <translation>⚠️ %1 beeinträchtigt: Schemaabweichung</translation>
    </message>
    <message>
        <source>*Schema drift* (the connection is degraded)
%1</source>
        <translation>*Schemaabweichung* (die Verbindung ist beeinträchtigt)
%1</translation>
    </message>
</context>
<context>
    <name>Orion::AlertsDialog</name>
    <message>
        <source>&amp;Add Rule</source>
        <translation>Regel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Rule</source>
        <translation>Regel &amp;entfernen</translation>
    </message>
    <message>
        <source>Send &amp;Test Message</source>
        <translation>&amp;Testnachricht senden</translation>
    </message>
    <message>
        <source>Slack Alerts — %1</source>
        <translation>Slack-Alarme – %1</translation>
    </message>
    <message>
        <source>Slack connection</source>
        <translation>Slack-Verbindung</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>Alarmregeln</translation>
    </message>
    <message>
        <source>Channel ID, e.g. C0123ABCD</source>
        <translation>Kanal-ID, z. B. C0123ABCD</translation>
    </message>
    <message>
        <source>On failure</source>
        <translation>Bei Fehlschlag</translation>
    </message>
    <message>
        <source>On recovery</source>
        <translation>Bei Erholung</translation>
    </message>
    <message>
        <source>On every run</source>
        <translation>Bei jedem Lauf</translation>
    </message>
    <message>
        <source>Post &amp;through:</source>
        <translation>Senden &amp;über:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>After each run of &lt;b&gt;%1&lt;/b&gt;, matching rules post a message to Slack. Failure alerts name the error class and the run id.</source>
        <translation>Nach jedem Lauf von &lt;b&gt;%1&lt;/b&gt; senden passende Regeln eine Nachricht an Slack. Fehlalarme nennen die Fehlerklasse und die Lauf-ID.</translation>
    </message>
    <message>
        <source>Add a Slack connection first: alerts are posted through it.</source>
        <translation>Fügen Sie zuerst eine Slack-Verbindung hinzu: Über sie werden Alarme gesendet.</translation>
    </message>
    <message>
        <source>Enter the channel ID.</source>
        <translation>Geben Sie die Kanal-ID ein.</translation>
    </message>
    <message>
        <source>Rule added.</source>
        <translation>Regel hinzugefügt.</translation>
    </message>
    <message>
        <source>There is no connection named &quot;%1&quot;.</source>
        <translation>Es gibt keine Verbindung namens „%1“.</translation>
    </message>
    <message>
        <source>Rule removed.</source>
        <translation>Regel entfernt.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Test message posted to %1.</source>
        <translation>Testnachricht an %1 gesendet.</translation>
    </message>
    <message>
        <source>Test message from Orion Connector Studio: alerts for %1 will arrive here.</source>
        <translation>Testnachricht von Orion Connector Studio: Alarme für %1 kommen hier an.</translation>
    </message>
    <message>
        <source>On schema drift (a mapped field vanished or changed type)</source>
        <translation>Bei Schemaabweichung (ein zugeordnetes Feld fehlt oder hat einen anderen Typ)</translation>
    </message>
</context>
<context>
    <name>Orion::Analytics</name>
    <message>
        <source>Cannot refresh the analytics: %1</source>
        <translation>Die Auswertung kann nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>The custom range needs a start day on or before its end day.</source>
        <translation>Der eigene Zeitraum braucht einen Starttag, der nicht nach dem Endtag liegt.</translation>
    </message>
    <message>
        <source>Cannot read the analytics: %1</source>
        <translation>Die Auswertung kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Orion::BuilderDetail::AuthPage</name>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Aktualisierungstoken</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>How requests prove who they are. Secrets go to the system keychain when you save, never into the spec, drafts or fixtures.</source>
        <translation>Wie sich Anfragen ausweisen. Geheimnisse kommen beim Speichern in den Schlüsselbund des Systems, nie in die Spezifikation, Entwürfe oder Testaufzeichnungen.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Basic (user name and password)</source>
        <translation>Basic (Benutzername und Passwort)</translation>
    </message>
    <message>
        <source>OAuth 2.0 (refresh token)</source>
        <translation>OAuth 2.0 (Aktualisierungstoken)</translation>
    </message>
    <message>
        <source>Authentication type</source>
        <translation>Authentifizierungsart</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Query parameter</source>
        <translation>Abfrageparameter</translation>
    </message>
    <message>
        <source>optional, e.g. Token</source>
        <translation>optional, z. B. Token</translation>
    </message>
    <message>
        <source>space-separated, optional</source>
        <translation>durch Leerzeichen getrennt, optional</translation>
    </message>
    <message>
        <source>Send &amp;in:</source>
        <translation>Senden &amp;in:</translation>
    </message>
    <message>
        <source>&amp;Parameter name:</source>
        <translation>&amp;Parametername:</translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation>&amp;Präfix:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Token &amp;URL:</source>
        <translation>Token-&amp;URL:</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation>&amp;Bereiche:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>&amp;Refresh token:</source>
        <translation>&amp;Aktualisierungstoken:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Enter the %1; it is needed for the test read and kept in the keychain.</source>
        <translation>Geben Sie %1 ein; es wird für das Testlesen gebraucht und im Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>The parameter name may hold letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only.</source>
        <translation>Der Parametername darf nur Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos; enthalten.</translation>
    </message>
    <message>
        <source>token</source>
        <translation>das Token</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>den Benutzernamen</translation>
    </message>
    <message>
        <source>password</source>
        <translation>das Passwort</translation>
    </message>
    <message>
        <source>The token URL %1.</source>
        <translation>Die Token-URL %1.</translation>
    </message>
    <message>
        <source>Enter the client ID.</source>
        <translation>Geben Sie die Client-ID ein.</translation>
    </message>
    <message>
        <source>refresh token</source>
        <translation>das Aktualisierungstoken</translation>
    </message>
</context>
<context>
    <name>Orion::BuilderDetail::BasicsPage</name>
    <message>
        <source>Basics</source>
        <translation>Grundlagen</translation>
    </message>
    <message>
        <source>Name the connector and give the address of the API it reads.</source>
        <translation>Benennen Sie den Connector und geben Sie die Adresse der API an, die er liest.</translation>
    </message>
    <message>
        <source>Ledgerly Billing API</source>
        <translation>Ledgerly Billing API</translation>
    </message>
    <message>
        <source>derived from the name</source>
        <translation>aus dem Namen abgeleitet</translation>
    </message>
    <message>
        <source>Lower-case letters, digits and dashes; connections use it as custom:NAME</source>
        <translation>Kleinbuchstaben, Ziffern und Bindestriche; Verbindungen nutzen ihn als custom:NAME</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>Buchhaltung</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Identifier:</source>
        <translation>&amp;Kennung:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>Give the connector a name.</source>
        <translation>Geben Sie dem Connector einen Namen.</translation>
    </message>
    <message>
        <source>The identifier may hold only lower-case letters, digits and dashes (at most 63), starting with a letter or digit.</source>
        <translation>Die Kennung darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten (höchstens 63) und muss mit einem Buchstaben oder einer Ziffer beginnen.</translation>
    </message>
    <message>
        <source>The base URL %1.</source>
        <translation>Die Basis-URL %1.</translation>
    </message>
    <message>
        <source>ISO country code (US, DE, GB…) used by format_phone to read numbers written without a country code; each connection can change it</source>
        <translation>ISO-Ländercode (US, DE, GB…), mit dem format_phone Nummern ohne Landesvorwahl liest; jede Verbindung kann ihn ändern</translation>
    </message>
    <message>
        <source>Default &amp;phone region:</source>
        <translation>Standard-&amp;Telefonregion:</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>Standard-Telefonregion</translation>
    </message>
    <message>
        <source>The phone region is a two-letter country code, such as US or DE.</source>
        <translation>Die Telefonregion ist ein zweibuchstabiger Ländercode wie US oder DE.</translation>
    </message>
    <message>
        <source>The base URL must use https; plain http is accepted only for localhost and loopback addresses. Leave it empty to take it from the API description you import on the Endpoints page.</source>
        <translation>Die Basis-URL muss https verwenden; einfaches http ist nur für localhost und Loopback-Adressen erlaubt. Lassen Sie sie leer, um sie aus der API-Beschreibung zu übernehmen, die Sie auf der Seite Endpunkte importieren.</translation>
    </message>
</context>
<context>
    <name>Orion::BuilderDetail::EndpointsPage</name>
    <message>
        <source>&amp;Add Stream</source>
        <translation>Stream &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>The streams to read: one endpoint each. Add them by hand or import an OpenAPI, Postman, HAR or cURL description.</source>
        <translation>Die zu lesenden Streams, je ein Endpunkt. Fügen Sie sie von Hand hinzu oder importieren Sie eine OpenAPI-, Postman-, HAR- oder cURL-Beschreibung.</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>Streams</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>OpenAPI 3.0/3.1 File (JSON or YAML)…</source>
        <translation>OpenAPI-3.0/3.1-Datei (JSON oder YAML) …</translation>
    </message>
    <message>
        <source>OpenAPI (*.json *.yaml *.yml)</source>
        <translation>OpenAPI (*.json *.yaml *.yml)</translation>
    </message>
    <message>
        <source>Postman Collection v2.1…</source>
        <translation>Postman-Collection v2.1 …</translation>
    </message>
    <message>
        <source>Postman collection (*.json)</source>
        <translation>Postman-Collection (*.json)</translation>
    </message>
    <message>
        <source>HAR File…</source>
        <translation>HAR-Datei …</translation>
    </message>
    <message>
        <source>HTTP archive (*.har *.json)</source>
        <translation>HTTP-Archiv (*.har *.json)</translation>
    </message>
    <message>
        <source>cURL Command…</source>
        <translation>cURL-Befehl …</translation>
    </message>
    <message>
        <source>Import a cURL Command</source>
        <translation>cURL-Befehl importieren</translation>
    </message>
    <message>
        <source>Paste the command (secrets in it are not copied):</source>
        <translation>Fügen Sie den Befehl ein (Geheimnisse darin werden nicht übernommen):</translation>
    </message>
    <message>
        <source>&amp;Stream name:</source>
        <translation>&amp;Stream-Name:</translation>
    </message>
    <message>
        <source>Unified &amp;as:</source>
        <translation>Vereinheitlicht &amp;als:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>B&amp;eschreibung:</translation>
    </message>
    <message>
        <source>Add at least one stream, by hand or with Import.</source>
        <translation>Fügen Sie mindestens einen Stream hinzu, von Hand oder mit Importieren.</translation>
    </message>
    <message>
        <source>Stream %1: the name may hold lower-case letters, digits and &apos;_&apos;, starting with a letter.</source>
        <translation>Stream %1: Der Name darf Kleinbuchstaben, Ziffern und &apos;_&apos; enthalten und muss mit einem Buchstaben beginnen.</translation>
    </message>
    <message>
        <source>Two streams are called %1.</source>
        <translation>Zwei Streams heißen %1.</translation>
    </message>
    <message>
        <source>Stream %1: the path must start with / and stay under the base URL.</source>
        <translation>Stream %1: Der Pfad muss mit / beginnen und unterhalb der Basis-URL bleiben.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>The imported definition signs requests with the secret &quot;%1&quot;, which is not entered yet: go Back to Authentication and enter it.</source>
        <translation>Die importierte Beschreibung signiert Anfragen mit dem Geheimnis „%1“, das noch nicht eingegeben ist: Gehen Sie zurück zur Authentifizierung und geben Sie es ein.</translation>
    </message>
    <message>
        <source>The API&apos;s base URL is not known yet: enter it on the Basics page, or import a description that names its server.</source>
        <translation>Die Basis-URL der API ist noch nicht bekannt: Geben Sie sie auf der Seite Grundlagen ein oder importieren Sie eine Beschreibung, die ihren Server nennt.</translation>
    </message>
</context>
<context>
    <name>Orion::BuilderDetail::MappingPage</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>Approve All ≥ 0.90</source>
        <translation>Alle ≥ 0,90 freigeben</translation>
    </message>
    <message>
        <source>Field Mapping</source>
        <translation>Feldzuordnung</translation>
    </message>
    <message>
        <source>How each stream&apos;s fields land in the unified schema. Suggestions come from the mapping engine with a confidence and a reason; only approved mappings go into the spec.</source>
        <translation>Wie die Felder jedes Streams im einheitlichen Schema landen. Vorschläge kommen von der Zuordnungs-Engine mit Konfidenz und Begründung; nur freigegebene Zuordnungen kommen in die Spezifikation.</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>&amp;Stream:</source>
        <translation>&amp;Stream:</translation>
    </message>
    <message>
        <source>Wait for the suggestions to arrive.</source>
        <translation>Warten Sie, bis die Vorschläge eintreffen.</translation>
    </message>
    <message>
        <source>Stream %1: approve a mapping for the required field(s) %2 (select a row and press Edit to choose the source).</source>
        <translation>Stream %1: Geben Sie eine Zuordnung für die Pflichtfelder %2 frei (Zeile wählen und Bearbeiten drücken, um die Quelle zu wählen).</translation>
    </message>
    <message>
        <source>Suggesting…</source>
        <translation>Vorschläge werden erstellt …</translation>
    </message>
    <message>
        <source>%1 of %2 approved</source>
        <translation>%1 von %2 freigegeben</translation>
    </message>
    <message>
        <source>Select a row to see why it was suggested.</source>
        <translation>Wählen Sie eine Zeile, um zu sehen, warum sie vorgeschlagen wurde.</translation>
    </message>
    <message>
        <source>Alternatives: %1</source>
        <translation>Alternativen: %1</translation>
    </message>
    <message>
        <source>Edit Mapping of %1</source>
        <translation>Zuordnung von %1 bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Source field:</source>
        <translation>&amp;Quellfeld:</translation>
    </message>
    <message>
        <source>&amp;Transformation:</source>
        <translation>&amp;Umwandlung:</translation>
    </message>
    <message>
        <source>Set by hand.</source>
        <translation>Von Hand gesetzt.</translation>
    </message>
</context>
<context>
    <name>Orion::BuilderDetail::PaginationPage</name>
    <message>
        <source>&amp;Detect from a Live Answer</source>
        <translation>Aus einer Live-Antwort &amp;erkennen</translation>
    </message>
    <message>
        <source>Records and Pagination</source>
        <translation>Datensätze und Seitenaufteilung</translation>
    </message>
    <message>
        <source>Where the records are in each answer, what identifies them, and how to get the next page. Detect reads one live page and proposes all of it.</source>
        <translation>Wo die Datensätze in jeder Antwort stehen, was sie kennzeichnet und wie man die nächste Seite holt. Erkennen liest eine Live-Seite und schlägt alles vor.</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>optional: keep records whose field…</source>
        <translation>optional: Datensätze behalten, deren Feld …</translation>
    </message>
    <message>
        <source>…equals this value</source>
        <translation>… diesen Wert hat</translation>
    </message>
    <message>
        <source>None (one request)</source>
        <translation>Keine (eine Anfrage)</translation>
    </message>
    <message>
        <source>Offset and limit</source>
        <translation>Offset und Limit</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Seitennummer</translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation>Cursor</translation>
    </message>
    <message>
        <source>Next URL in the answer</source>
        <translation>Nächste URL in der Antwort</translation>
    </message>
    <message>
        <source>Link header (RFC 8288)</source>
        <translation>Link-Header (RFC 8288)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>optional, e.g. updated_at</source>
        <translation>optional, z. B. updated_at</translation>
    </message>
    <message>
        <source>optional query parameter, e.g. updated_since</source>
        <translation>optionaler Abfrageparameter, z. B. updated_since</translation>
    </message>
    <message>
        <source>optional, e.g. 2024-01-01T00:00:00Z</source>
        <translation>optional, z. B. 2024-01-01T00:00:00Z</translation>
    </message>
    <message>
        <source>&amp;Stream:</source>
        <translation>&amp;Stream:</translation>
    </message>
    <message>
        <source>&amp;Records at:</source>
        <translation>&amp;Datensätze unter:</translation>
    </message>
    <message>
        <source>&amp;Primary key:</source>
        <translation>&amp;Primärschlüssel:</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Pa&amp;gination:</source>
        <translation>Seiten&amp;aufteilung:</translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation>Seiten&amp;größe:</translation>
    </message>
    <message>
        <source>e.g. meta.next_cursor</source>
        <translation>z. B. meta.next_cursor</translation>
    </message>
    <message>
        <source>or a header, e.g. X-Next-Cursor</source>
        <translation>oder ein Header, z. B. X-Next-Cursor</translation>
    </message>
    <message>
        <source>or the last record&apos;s field, e.g. id</source>
        <translation>oder ein Feld des letzten Datensatzes, z. B. id</translation>
    </message>
    <message>
        <source>stop when false, e.g. has_more</source>
        <translation>Ende bei false, z. B. has_more</translation>
    </message>
    <message>
        <source>e.g. links.next</source>
        <translation>z. B. links.next</translation>
    </message>
    <message>
        <source>Offset parameter:</source>
        <translation>Offset-Parameter:</translation>
    </message>
    <message>
        <source>Limit parameter:</source>
        <translation>Limit-Parameter:</translation>
    </message>
    <message>
        <source>Page parameter:</source>
        <translation>Seitenparameter:</translation>
    </message>
    <message>
        <source>First page:</source>
        <translation>Erste Seite:</translation>
    </message>
    <message>
        <source>Size parameter:</source>
        <translation>Größenparameter:</translation>
    </message>
    <message>
        <source>Cursor in the body:</source>
        <translation>Cursor im Body:</translation>
    </message>
    <message>
        <source>Cursor header:</source>
        <translation>Cursor-Header:</translation>
    </message>
    <message>
        <source>Cursor from record:</source>
        <translation>Cursor aus Datensatz:</translation>
    </message>
    <message>
        <source>Cursor parameter:</source>
        <translation>Cursor-Parameter:</translation>
    </message>
    <message>
        <source>More pages flag:</source>
        <translation>Kennzeichen für weitere Seiten:</translation>
    </message>
    <message>
        <source>Next URL at:</source>
        <translation>Nächste URL unter:</translation>
    </message>
    <message>
        <source>&amp;Incremental by:</source>
        <translation>&amp;Inkrementell nach:</translation>
    </message>
    <message>
        <source>Sent as:</source>
        <translation>Gesendet als:</translation>
    </message>
    <message>
        <source>Start at:</source>
        <translation>Beginn bei:</translation>
    </message>
    <message>
        <source>&amp;Lookback:</source>
        <translation>&amp;Rückblick:</translation>
    </message>
    <message>
        <source>Detecting…</source>
        <translation>Wird erkannt …</translation>
    </message>
    <message>
        <source>Stream %1: say where the records are and which field identifies them (or use Detect).</source>
        <translation>Stream %1: Geben Sie an, wo die Datensätze stehen und welches Feld sie kennzeichnet (oder nutzen Sie Erkennen).</translation>
    </message>
    <message>
        <source>The spec is not valid yet:
%1</source>
        <translation>Die Spezifikation ist noch nicht gültig:
%1</translation>
    </message>
    <message>
        <source>Cannot send a test request: %1</source>
        <translation>Die Testanfrage kann nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>Records asked for per request, sent as %1</source>
        <translation>Pro Anfrage angeforderte Datensätze, gesendet als %1</translation>
    </message>
    <message>
        <source>Without a %1 this must be the number of records the API sends per page by itself</source>
        <translation>Ohne %1 muss dies die Zahl der Datensätze sein, die die API von sich aus pro Seite sendet</translation>
    </message>
    <message>
        <source>limit parameter</source>
        <translation>Limit-Parameter</translation>
    </message>
    <message>
        <source>size parameter</source>
        <translation>Größenparameter</translation>
    </message>
    <message>
        <source>Enter the size parameter first: without it the API&apos;s own page size applies</source>
        <translation>Geben Sie zuerst den Größenparameter an: ohne ihn gilt die Seitengröße der API</translation>
    </message>
    <message>
        <source>Why the importer chose these</source>
        <translation>Warum der Import dies gewählt hat</translation>
    </message>
    <message>
        <source>confirmed by a live answer (%1)</source>
        <translation>durch eine Live-Antwort bestätigt (%1)</translation>
    </message>
    <message>
        <source>corrected by a live answer; the description suggested %1</source>
        <translation>durch eine Live-Antwort korrigiert; die Beschreibung legte %1 nahe</translation>
    </message>
    <message>
        <source>Detect confirmed the imported %1.</source>
        <translation>Erkennen hat die importierte %1 bestätigt.</translation>
    </message>
    <message>
        <source>Detect corrected the imported %1.</source>
        <translation>Erkennen hat die importierte %1 korrigiert.</translation>
    </message>
    <message>
        <source>records</source>
        <translation>Datensatzauswahl</translation>
    </message>
    <message>
        <source>pagination</source>
        <translation>Paginierung</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Pagination</source>
        <translation>Paginierung</translation>
    </message>
    <message>
        <source>Incremental</source>
        <translation>Inkrementell</translation>
    </message>
    <message>
        <source>%1 % — check it</source>
        <translation>%1 % — bitte prüfen</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Read in time &amp;windows, concurrently</source>
        <translation>In &amp;Zeitfenstern lesen, gleichzeitig</translation>
    </message>
    <message>
        <source>A full sync reads the stream as windows of time, several at once, each with its own checkpoint; the API needs a pair of range filters (e.g. created[gte] and created[lt]).</source>
        <translation>Eine vollständige Synchronisierung liest den Stream in Zeitfenstern, mehrere gleichzeitig, jedes mit eigenem Prüfpunkt; die API braucht ein Paar Bereichsfilter (z. B. created[gte] und created[lt]).</translation>
    </message>
    <message>
        <source>from, inclusive, e.g. created[gte]</source>
        <translation>von, einschließlich, z. B. created[gte]</translation>
    </message>
    <message>
        <source>to, exclusive, e.g. created[lt]</source>
        <translation>bis, ausschließlich, z. B. created[lt]</translation>
    </message>
    <message>
        <source>Window start parameter</source>
        <translation>Parameter für den Fensterbeginn</translation>
    </message>
    <message>
        <source>Window end parameter</source>
        <translation>Parameter für das Fensterende</translation>
    </message>
    <message>
        <source>the oldest record&apos;s time, e.g. 2019-01-01T00:00:00Z</source>
        <translation>Zeit des ältesten Datensatzes, z. B. 2019-01-01T00:00:00Z</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Window size</source>
        <translation>Fenstergröße</translation>
    </message>
    <message>
        <source> readers</source>
        <translation> Leser</translation>
    </message>
    <message>
        <source>Readers at once</source>
        <translation>Gleichzeitige Leser</translation>
    </message>
    <message>
        <source>ISO 8601 times</source>
        <translation>ISO-8601-Zeiten</translation>
    </message>
    <message>
        <source>Unix seconds</source>
        <translation>Unix-Sekunden</translation>
    </message>
    <message>
        <source>Unix milliseconds</source>
        <translation>Unix-Millisekunden</translation>
    </message>
    <message>
        <source>Window bounds sent as</source>
        <translation>Fenstergrenzen gesendet als</translation>
    </message>
    <message>
        <source>Full reads:</source>
        <translation>Vollständiges Lesen:</translation>
    </message>
    <message>
        <source>Window &amp;bounds:</source>
        <translation>Fenster&amp;grenzen:</translation>
    </message>
    <message>
        <source>Windows &amp;of:</source>
        <translation>Fenster &amp;von:</translation>
    </message>
    <message>
        <source>Oldest &amp;record:</source>
        <translation>Ältester &amp;Datensatz:</translation>
    </message>
    <message>
        <source>This stream is read per record of its parent stream; it cannot also be read in time windows.</source>
        <translation>Dieser Stream wird je Datensatz seines übergeordneten Streams gelesen; er kann nicht zusätzlich in Zeitfenstern gelesen werden.</translation>
    </message>
    <message>
        <source>Set the oldest record&apos;s time: windows start there. Check in a test read that the first bound includes and the second excludes its time.</source>
        <translation>Setzen Sie die Zeit des ältesten Datensatzes: Dort beginnen die Fenster. Prüfen Sie in einem Testlesen, dass die erste Grenze ihre Zeit einschließt und die zweite sie ausschließt.</translation>
    </message>
    <message>
        <source>The API filters by %1; with %2 as a window&apos;s end, full syncs can read several windows at once: check Read in time windows.</source>
        <translation>Die API filtert nach %1; mit %2 als Fensterende können vollständige Synchronisierungen mehrere Fenster gleichzeitig lesen: Aktivieren Sie „In Zeitfenstern lesen“.</translation>
    </message>
</context>
<context>
    <name>Orion::BuilderDetail::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>What will be saved: the declarative spec, the connector&apos;s README and its recorded test fixture (secrets redacted).</source>
        <translation>Was gespeichert wird: die deklarative Spezifikation, das README des Connectors und seine Testaufzeichnung (Geheimnisse geschwärzt).</translation>
    </message>
    <message>
        <source>Spec JSON</source>
        <translation>Spezifikation (JSON)</translation>
    </message>
    <message>
        <source>README</source>
        <translation>README</translation>
    </message>
    <message>
        <source>Recorded fixture</source>
        <translation>Testaufzeichnung</translation>
    </message>
    <message>
        <source>Changes against the previous version</source>
        <translation>Änderungen gegenüber der vorigen Version</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>Spezifikation</translation>
    </message>
    <message>
        <source>Fixture</source>
        <translation>Aufzeichnung</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Version %1, unchanged from the saved version.</source>
        <translation>Version %1, unverändert gegenüber der gespeicherten Version.</translation>
    </message>
    <message>
        <source>Version %1 (the saved version is %2; the Changes tab shows the difference).</source>
        <translation>Version %1 (gespeichert ist Version %2; die Registerkarte Änderungen zeigt den Unterschied).</translation>
    </message>
    <message>
        <source>A new connector: version 1.</source>
        <translation>Ein neuer Connector: Version 1.</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Keine Änderungen.</translation>
    </message>
    <message>
        <source>No earlier version: nothing to compare.</source>
        <translation>Keine frühere Version: nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>The spec is not valid:
%1</source>
        <translation>Die Spezifikation ist nicht gültig:
%1</translation>
    </message>
</context>
<context>
    <name>Orion::BuilderDetail::SavePage</name>
    <message>
        <source>&amp;Deploy: connections can use it at once</source>
        <translation>&amp;Bereitstellen: Verbindungen können ihn sofort nutzen</translation>
    </message>
    <message>
        <source>&amp;Publish to the marketplace (listed once an admin approves)</source>
        <translation>Im Marktplatz &amp;veröffentlichen (gelistet, sobald ein Admin freigibt)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Saves this version in the workspace and the secrets in the keychain.</source>
        <translation>Speichert diese Version im Arbeitsbereich und die Geheimnisse im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <source>Freemium</source>
        <translation>Freemium</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Kostenpflichtig</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Preismodell</translation>
    </message>
    <message>
        <source>Pricing:</source>
        <translation>Preismodell:</translation>
    </message>
    <message>
        <source>%1 (custom:%2), version %3: %4, %5.</source>
        <translation>%1 (custom:%2), Version %3: %4, %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n stream(s)</source>
        <translation>
            <numerusform>%n Stream</numerusform>
            <numerusform>%n Streams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tested with %n record(s)</source>
        <translation>
            <numerusform>mit %n Datensatz getestet</numerusform>
            <numerusform>mit %n Datensätzen getestet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Orion::BuilderDetail::TestPage</name>
    <message>
        <source>&amp;Run Test Read</source>
        <translation>Test&amp;lesen starten</translation>
    </message>
    <message>
        <source>Test Read</source>
        <translation>Testlesen</translation>
    </message>
    <message>
        <source>Reads each stream live, within the limits below. Requests are shown with secrets redacted; the exchanges become the connector&apos;s recorded fixture.</source>
        <translation>Liest jeden Stream live innerhalb der Grenzen unten. Anfragen werden mit geschwärzten Geheimnissen gezeigt; der Austausch wird zur Testaufzeichnung des Connectors.</translation>
    </message>
    <message>
        <source>Stream to show</source>
        <translation>Anzuzeigender Stream</translation>
    </message>
    <message>
        <source>Read every stream now (Ctrl+R)</source>
        <translation>Jetzt jeden Stream lesen (Strg+R)</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Extracted records</source>
        <translation>Extrahierte Datensätze</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Vorhanden</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Beispielwerte</translation>
    </message>
    <message>
        <source>Inferred schema</source>
        <translation>Abgeleitetes Schema</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>Limits:</source>
        <translation>Grenzen:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The test read was cancelled.</source>
        <translation>Das Testlesen wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Wait for the test read to finish, or cancel it.</source>
        <translation>Warten Sie, bis das Testlesen fertig ist, oder brechen Sie es ab.</translation>
    </message>
    <message>
        <source>Stream %1 failed its test read; fix the earlier pages and run it again.</source>
        <translation>Das Testlesen von Stream %1 ist fehlgeschlagen; korrigieren Sie die vorigen Seiten und starten Sie es erneut.</translation>
    </message>
    <message>
        <source>Run the test read (Ctrl+R): stream %1 has not been read with its current settings.</source>
        <translation>Starten Sie das Testlesen (Strg+R): Stream %1 wurde mit seinen aktuellen Einstellungen noch nicht gelesen.</translation>
    </message>
    <message>
        <source>Stream %1 returned no records; mapping needs at least one sample.</source>
        <translation>Stream %1 lieferte keine Datensätze; die Zuordnung braucht mindestens ein Beispiel.</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>Noch nicht gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>Failed after %n request(s): %1</source>
        <translation>
            <numerusform>Fehlgeschlagen nach %n Anfrage: %1</numerusform>
            <numerusform>Fehlgeschlagen nach %n Anfragen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) inferred</source>
        <translation>
            <numerusform>%n Feld abgeleitet</numerusform>
            <numerusform>%n Felder abgeleitet</numerusform>
        </translation>
    </message>
    <message>
        <source>settings changed since; run again</source>
        <translation>Einstellungen seither geändert; erneut starten</translation>
    </message>
    <message>
        <source>The spec is not valid: %1</source>
        <translation>Die Spezifikation ist nicht gültig: %1</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen …</translation>
    </message>
    <message numerus="yes">
        <source> page(s)</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> Seite</numerusform>
            <numerusform> Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> record(s)</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> Datensatz</numerusform>
            <numerusform> Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>Next &amp;Page</source>
        <translation>Nächste &amp;Seite</translation>
    </message>
    <message>
        <source>Run to &amp;End</source>
        <translation>Bis zum &amp;Ende</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Stop the read between or during requests; what was read so far stays shown</source>
        <translation>Das Lesen zwischen oder während Anfragen anhalten; das bisher Gelesene bleibt sichtbar</translation>
    </message>
    <message>
        <source>State before</source>
        <translation>Zustand davor</translation>
    </message>
    <message>
        <source>State after</source>
        <translation>Zustand danach</translation>
    </message>
    <message>
        <source>Where the walk stood before this page: the paginator&apos;s next page and the incremental cursor</source>
        <translation>Wo der Durchlauf vor dieser Seite stand: die nächste Seite des Paginators und der inkrementelle Cursor</translation>
    </message>
    <message>
        <source>Where the walk stands after this page; a state that does not move stops the walk</source>
        <translation>Wo der Durchlauf nach dieser Seite steht; ein Zustand, der sich nicht ändert, beendet ihn</translation>
    </message>
    <message>
        <source>(the walk ended)</source>
        <translation>(Durchlauf beendet)</translation>
    </message>
    <message>
        <source>(start)</source>
        <translation>(Anfang)</translation>
    </message>
    <message>
        <source>(no next page)</source>
        <translation>(keine nächste Seite)</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) read; the walk goes on from %1 — Next Page reads one more, Run to End the rest</source>
        <translation>
            <numerusform>%n Seite gelesen; der Durchlauf geht bei %1 weiter — Nächste Seite liest eine weitere, Bis zum Ende den Rest</numerusform>
            <numerusform>%n Seiten gelesen; der Durchlauf geht bei %1 weiter — Nächste Seite liest eine weitere, Bis zum Ende den Rest</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 left the paging state where page %2 did: the walk would read the same page again.</source>
        <translation>Seite %1 hat den Blätterzustand dort gelassen, wo Seite %2 ihn ließ: Der Durchlauf würde dieselbe Seite erneut lesen.</translation>
    </message>
    <message numerus="yes">
        <source>Records of page %1 (%n)</source>
        <translation>
            <numerusform>Datensätze der Seite %1 (%n)</numerusform>
            <numerusform>Datensätze der Seite %1 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n record(s) page %1 extracted</source>
        <translation>
            <numerusform>Der %n Datensatz, den Seite %1 geliefert hat</numerusform>
            <numerusform>Die %n Datensätze, die Seite %1 geliefert hat</numerusform>
        </translation>
    </message>
    <message>
        <source>Step through the shown stream: read its next page from where the walk stopped, and show each page&apos;s paging state before and after (Ctrl+N)</source>
        <translation>Den angezeigten Stream schrittweise lesen: die nächste Seite ab der Stelle lesen, an der der Durchlauf stand, und den Blätterzustand vor und nach jeder Seite zeigen (Strg+N)</translation>
    </message>
    <message>
        <source>Read the shown stream on from where the walk stopped, until its last page or the page limit&apos;s maximum (%1 pages)</source>
        <translation>Den angezeigten Stream ab der Stelle weiterlesen, an der der Durchlauf stand, bis zur letzten Seite oder zum Höchstwert des Seitenlimits (%1 Seiten)</translation>
    </message>
</context>
<context>
    <name>Orion::BulkJobsDialog</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Bulk Jobs — %1</source>
        <translation>Bulk-Jobs – %1</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Verarbeitet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Bulk jobs</source>
        <translation>Bulk-Jobs</translation>
    </message>
    <message>
        <source>Failed rows of the selected job</source>
        <translation>Fehlgeschlagene Zeilen des ausgewählten Jobs</translation>
    </message>
    <message>
        <source>Loading the jobs…</source>
        <translation>Jobs werden geladen …</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s). Select one to see its failed rows.</source>
        <translation>
            <numerusform>%n Job. Wählen Sie einen, um seine fehlgeschlagenen Zeilen zu sehen.</numerusform>
            <numerusform>%n Jobs. Wählen Sie einen, um seine fehlgeschlagenen Zeilen zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the failed rows of %1…</source>
        <translation>Fehlgeschlagene Zeilen von %1 werden geladen …</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>not processed: %1</source>
        <translation>nicht verarbeitet: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %3 processed, %4 failed; %n row(s) listed.</source>
        <translation>
            <numerusform>%1: %2, %3 verarbeitet, %4 fehlgeschlagen; %n Zeile aufgeführt.</numerusform>
            <numerusform>%1: %2, %3 verarbeitet, %4 fehlgeschlagen; %n Zeilen aufgeführt.</numerusform>
        </translation>
    </message>
</context>
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
    <message>
        <source>%1 (demo: not run)</source>
        <translation>%1 (Demo: läuft nicht)</translation>
    </message>
    <message>
        <source>%1 · next %2</source>
        <translation>%1 · nächster Lauf %2</translation>
    </message>
    <message>
        <source>%1 · drift: %2</source>
        <translation>%1 · Abweichung: %2</translation>
    </message>
</context>
<context>
    <name>Orion::ConnectionDialog</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Edit Connection</source>
        <translation>Verbindung bearbeiten</translation>
    </message>
    <message>
        <source>Add Connection</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connector</translation>
    </message>
    <message>
        <source>e.g. acme-stripe</source>
        <translation>z. B. acme-stripe</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Name der Verbindung</translation>
    </message>
    <message>
        <source>&amp;Connector:</source>
        <translation>&amp;Connector:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Cancel &amp;Test</source>
        <translation>&amp;Test abbrechen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Saved — leave empty to keep</source>
        <translation>Gespeichert – leer lassen, um es zu behalten</translation>
    </message>
    <message>
        <source>Choose a connector.</source>
        <translation>Wählen Sie einen Connector.</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>Geben Sie „%1“ ein.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet …</translation>
    </message>
    <message>
        <source>Connected: %1 answered in %2 ms.</source>
        <translation>Verbunden: %1 hat in %2 ms geantwortet.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your browser…</source>
        <translation>Warte auf die Anmeldung im Browser …</translation>
    </message>
    <message>
        <source>Open this address in your browser to sign in: %1</source>
        <translation>Öffnen Sie diese Adresse im Browser, um sich anzumelden: %1</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Anmelden …</translation>
    </message>
    <message>
        <source>Fill in the OAuth settings (client ID, URLs, company) first.</source>
        <translation>Füllen Sie zuerst die OAuth-Einstellungen aus (Client-ID, URLs, Firma).</translation>
    </message>
    <message>
        <source>The service issued a new %1, but it could not be saved: %2</source>
        <translation>Der Dienst hat ein neues %1 ausgestellt, es konnte aber nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>new connection</source>
        <translation>neue Verbindung</translation>
    </message>
    <message>
        <source>%1 (custom, version %2)</source>
        <translation>%1 (eigener, Version %2)</translation>
    </message>
    <message>
        <source>Sign in with the service in your browser (a loopback redirect brings the answer back); the refresh token it grants is saved in the %1</source>
        <translation>Im Browser beim Dienst anmelden (eine Loopback-Weiterleitung bringt die Antwort zurück); das gewährte Aktualisierungstoken wird gespeichert in: %1</translation>
    </message>
    <message>
        <source>Secrets — saved in the %1, never in the workspace</source>
        <translation>Geheimnisse – gespeichert in: %1, nie im Arbeitsbereich</translation>
    </message>
    <message>
        <source>Authorised. The refresh token will be saved in the %1.</source>
        <translation>Autorisiert. Das Aktualisierungstoken wird gespeichert in: %1.</translation>
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
    <message>
        <source>Failures in a row</source>
        <translation>Fehlschläge in Folge</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Letzter Erfolg</translation>
    </message>
    <message>
        <source> · on workers</source>
        <translation> · auf Workern</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Schema drift in the approved mappings:</source>
        <translation>Schemaabweichung in den freigegebenen Zuordnungen:</translation>
    </message>
</context>
<context>
    <name>Orion::ConnectionSaver</name>
    <message>
        <source>There is no secret store to keep the connection&apos;s secrets in.</source>
        <translation>Es gibt keinen Geheimnisspeicher für die Geheimnisse der Verbindung.</translation>
    </message>
    <message>
        <source>Cannot save the connection: %1</source>
        <translation>Die Verbindung kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The connection no longer exists.</source>
        <translation>Die Verbindung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The connection was not saved: its %1 could not be stored (%2).</source>
        <translation>Die Verbindung wurde nicht gespeichert: %1 konnte nicht abgelegt werden (%2).</translation>
    </message>
</context>
<context>
    <name>Orion::ConnectionStore</name>
    <message>
        <source>A connection named &quot;%1&quot; already exists.</source>
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
    <message>
        <source>Cannot save the connection: %1</source>
        <translation>Die Verbindung kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The connection no longer exists.</source>
        <translation>Die Verbindung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Cannot read the sync runs: %1</source>
        <translation>Die Synchronisierungsläufe können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is too close to the existing connection &quot;%2&quot;: names that differ only in case, spaces or punctuation would share one set of environment variables.</source>
        <translation>Der Name „%1“ ist der bestehenden Verbindung „%2“ zu ähnlich: Namen, die sich nur in Groß-/Kleinschreibung, Leerzeichen oder Satzzeichen unterscheiden, teilten sich dieselben Umgebungsvariablen.</translation>
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
    <message>
        <source>Cancel Sync</source>
        <translation>Synchronisierung abbrechen</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen …</translation>
    </message>
    <message>
        <source>Add a connection</source>
        <translation>Eine Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Edit the selected connection</source>
        <translation>Die ausgewählte Verbindung bearbeiten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected connection with its records and history</source>
        <translation>Die ausgewählte Verbindung mit ihren Datensätzen und ihrem Verlauf entfernen</translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Sync the selected connection</source>
        <translation>Die ausgewählte Verbindung synchronisieren</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No connections yet&lt;/h3&gt;&lt;p&gt;Connections link a connector to one of your accounts. Add one, or explore the app with sample data in a demo workspace.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine Verbindungen&lt;/h3&gt;&lt;p&gt;Verbindungen verknüpfen einen Connector mit einem Ihrer Konten. Fügen Sie eine hinzu oder erkunden Sie die Anwendung mit Beispieldaten in einem Demo-Arbeitsbereich.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add Connection…</source>
        <translation>Verbindung hinzufügen …</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Fortschritt der Synchronisierung</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Synchronisierungsprotokoll</translation>
    </message>
    <message>
        <source>The log of the selected connection&apos;s sync appears here.</source>
        <translation>Hier erscheint das Protokoll der Synchronisierung der ausgewählten Verbindung.</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;? Its synced records, sync history and stored secrets are deleted.</source>
        <translation>„%1“ entfernen? Die synchronisierten Datensätze, der Verlauf und die gespeicherten Geheimnisse werden gelöscht.</translation>
    </message>
    <message>
        <source>Demo connections have no account to sync from</source>
        <translation>Demo-Verbindungen haben kein Konto zum Synchronisieren</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>Select a connection to sync it or see its last sync.</source>
        <translation>Wählen Sie eine Verbindung, um sie zu synchronisieren oder ihre letzte Synchronisierung zu sehen.</translation>
    </message>
    <message>
        <source>Sync — %1</source>
        <translation>Synchronisierung – %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <source>A demo connection: its history is synthetic.</source>
        <translation>Eine Demo-Verbindung: Ihr Verlauf ist erfunden.</translation>
    </message>
    <message>
        <source>Not synced in this session. Sync Now reads new and changed records.</source>
        <translation>In dieser Sitzung nicht synchronisiert. „Jetzt synchronisieren“ liest neue und geänderte Datensätze.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>%1: %2 — %3 read, %4 written, %5 failed in %6</source>
        <translation>%1: %2 – %3 gelesen, %4 geschrieben, %5 fehlgeschlagen in %6</translation>
    </message>
    <message>
        <source>SOQL…</source>
        <translation>SOQL …</translation>
    </message>
    <message>
        <source>Query the selected Salesforce connection</source>
        <translation>Die ausgewählte Salesforce-Verbindung abfragen</translation>
    </message>
    <message>
        <source>Bulk Jobs…</source>
        <translation>Bulk-Jobs …</translation>
    </message>
    <message>
        <source>Inspect the Bulk API jobs of the selected Salesforce connection</source>
        <translation>Die Bulk-API-Jobs der ausgewählten Salesforce-Verbindung prüfen</translation>
    </message>
    <message>
        <source>Alerts…</source>
        <translation>Alarme …</translation>
    </message>
    <message>
        <source>Slack alerts on the selected connection&apos;s runs</source>
        <translation>Slack-Alarme zu den Läufen der ausgewählten Verbindung</translation>
    </message>
    <message>
        <source>Sign in again: Edit… → Sign In…</source>
        <translation>Erneut anmelden: Bearbeiten … → Anmelden …</translation>
    </message>
    <message>
        <source>%1 needs to be signed in again: its authorisation expired or was revoked. Open Edit… and choose Sign In….</source>
        <translation>%1 muss erneut angemeldet werden: Die Autorisierung ist abgelaufen oder wurde widerrufen. Öffnen Sie „Bearbeiten …“ und wählen Sie „Anmelden …“.</translation>
    </message>
    <message numerus="yes">
        <source>Access token valid for %n more minute(s); last refreshed %1.</source>
        <translation>
            <numerusform>Zugriffstoken noch %n Minute gültig; zuletzt erneuert %1.</numerusform>
            <numerusform>Zugriffstoken noch %n Minuten gültig; zuletzt erneuert %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Access token expired; the next request refreshes it.</source>
        <translation>Zugriffstoken abgelaufen; die nächste Anfrage erneuert es.</translation>
    </message>
    <message>
        <source>Run on Workers</source>
        <translation>Auf Workern ausführen</translation>
    </message>
    <message>
        <source>Queue the selected connection&apos;s streams for the workers of this PostgreSQL workspace</source>
        <translation>Die Streams der gewählten Verbindung für die Worker dieses PostgreSQL-Arbeitsbereichs einreihen</translation>
    </message>
    <message>
        <source>%1 · %2 records · %3 pages · %4 records/s · %5 requests/s</source>
        <translation>%1 · %2 Datensätze · %3 Seiten · %4 Datensätze/s · %5 Anfragen/s</translation>
    </message>
    <message numerus="yes">
        <source>Partitions: %1 of %2 done · %n reader(s) active</source>
        <translation>
            <numerusform>Partitionen: %1 von %2 fertig · %n Leser aktiv</numerusform>
            <numerusform>Partitionen: %1 von %2 fertig · %n Leser aktiv</numerusform>
        </translation>
    </message>
    <message>
        <source>No version of the custom connector %1 is deployed in this workspace: deploy one in Custom Connectors</source>
        <translation>Keine Version des eigenen Connectors %1 ist in diesem Arbeitsbereich bereitgestellt: stellen Sie eine unter Eigene Connectors bereit</translation>
    </message>
    <message>
        <source>This version of Orion Connector Studio has no connector %1</source>
        <translation>Diese Version von Orion Connector Studio hat keinen Connector %1</translation>
    </message>
    <message>
        <source>A sync of this connection is running; wait for it or cancel it first</source>
        <translation>Eine Synchronisierung dieser Verbindung läuft; warten Sie sie ab oder brechen Sie sie zuerst ab</translation>
    </message>
    <message>
        <source>Select a connection to edit it</source>
        <translation>Wählen Sie eine Verbindung, um sie zu bearbeiten</translation>
    </message>
    <message>
        <source>Select a connection to remove it</source>
        <translation>Wählen Sie eine Verbindung, um sie zu entfernen</translation>
    </message>
    <message>
        <source>Select a connection to sync it</source>
        <translation>Wählen Sie eine Verbindung, um sie zu synchronisieren</translation>
    </message>
    <message>
        <source>This connection is syncing now</source>
        <translation>Diese Verbindung wird gerade synchronisiert</translation>
    </message>
    <message>
        <source>Syncing is not available in this window</source>
        <translation>In diesem Fenster ist keine Synchronisierung verfügbar</translation>
    </message>
    <message>
        <source>Select a connection to set its alerts</source>
        <translation>Wählen Sie eine Verbindung, um ihre Warnungen einzustellen</translation>
    </message>
    <message>
        <source>Select a connection to queue it for the workers</source>
        <translation>Wählen Sie eine Verbindung, um sie für die Worker einzureihen</translation>
    </message>
    <message>
        <source>schema drift: %1 (the connection is degraded)</source>
        <translation>Schemaabweichung: %1 (die Verbindung ist beeinträchtigt)</translation>
    </message>
    <message>
        <source>Push…</source>
        <translation>Übertragen …</translation>
    </message>
    <message>
        <source>Write customers to the selected connection&apos;s service, after a dry run</source>
        <translation>Kunden nach einem Probelauf in den Dienst der gewählten Verbindung schreiben</translation>
    </message>
    <message>
        <source>Select a connection to push customers to it</source>
        <translation>Wählen Sie eine Verbindung, um Kunden dorthin zu übertragen</translation>
    </message>
    <message>
        <source>%1 connections cannot be written to</source>
        <translation>In %1-Verbindungen kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>Orion::Connector</name>
    <message>
        <source>Connection &quot;%1&quot; has no %2 secret: save it in the connection dialog or set %3.</source>
        <translation>Der Verbindung „%1“ fehlt das Geheimnis %2: Speichern Sie es im Verbindungsdialog oder setzen Sie %3.</translation>
    </message>
    <message>
        <source>%1 does not support writing customers.</source>
        <translation>%1 kann keine Kunden schreiben.</translation>
    </message>
    <message>
        <source>%1 has no setting &quot;%2&quot; (settings: %3).</source>
        <translation>%1 hat keine Einstellung „%2“ (Einstellungen: %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a secret and is never stored with the connection; set %2 or save it in the connection dialog.</source>
        <translation>„%1“ ist ein Geheimnis und wird nie mit der Verbindung gespeichert; setzen Sie %2 oder speichern Sie es im Verbindungsdialog.</translation>
    </message>
    <message>
        <source>%1 needs the setting &quot;%2&quot; (%3).</source>
        <translation>%1 braucht die Einstellung „%2“ (%3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number, not &quot;%2&quot;.</source>
        <translation>„%1“ muss eine ganze Zahl sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false, not &quot;%2&quot;.</source>
        <translation>„%1“ muss true oder false sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one of %2, not &quot;%3&quot;.</source>
        <translation>„%1“ muss einer der Werte %2 sein, nicht „%3“.</translation>
    </message>
    <message>
        <source>Follow without credentials</source>
        <translation>Ohne Zugangsdaten folgen</translation>
    </message>
    <message>
        <source>Refuse (keep credentials on this host)</source>
        <translation>Ablehnen (Zugangsdaten bleiben bei diesem Host)</translation>
    </message>
    <message>
        <source>Redirects to other hosts</source>
        <translation>Weiterleitungen zu anderen Hosts</translation>
    </message>
    <message>
        <source>When the service redirects a request to another host: refuse it (the default), or follow it without sending any credential.</source>
        <translation>Wenn der Dienst eine Anfrage zu einem anderen Host weiterleitet: ablehnen (Standard) oder ohne jede Zugangsdaten folgen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an https address such as https://api.example.com, not &quot;%2&quot;.</source>
        <translation>„%1“ muss eine https-Adresse wie https://api.example.com sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must use https: plain http would send credentials readable by anyone on the network (http is allowed only for loopback hosts such as 127.0.0.1 or localhost), not &quot;%2&quot;.</source>
        <translation>„%1“ muss https verwenden: einfaches http würde Zugangsdaten für jeden im Netz lesbar senden (http ist nur für Loopback-Hosts wie 127.0.0.1 oder localhost erlaubt), nicht „%2“.</translation>
    </message>
    <message>
        <source>A connection needs a name.</source>
        <translation>Eine Verbindung braucht einen Namen.</translation>
    </message>
    <message>
        <source>A connection name has at most %1 characters (this one has %2).</source>
        <translation>Ein Verbindungsname hat höchstens %1 Zeichen (dieser hat %2).</translation>
    </message>
    <message>
        <source>A connection name can hold only printable characters (no tabs, line breaks or control characters); U+%1 is not one.</source>
        <translation>Ein Verbindungsname darf nur druckbare Zeichen enthalten (keine Tabulatoren, Zeilenumbrüche oder Steuerzeichen); U+%1 ist keines.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be between %2 and %3 for %4, not %5.</source>
        <translation>„%1“ muss für %4 zwischen %2 und %3 liegen, nicht %5.</translation>
    </message>
    <message>
        <source>Connection &quot;%1&quot; has no %2 secret for the workers: its owner saves it with &quot;Run on workers&quot; on (sealed for the worker pool) or with &apos;orion connection set-secret&apos; on the worker&apos;s machine.</source>
        <translation>Verbindung „%1“ hat kein Geheimnis %2 für die Worker: Ihr Besitzer speichert es mit eingeschaltetem „Auf Workern ausführen“ (für den Worker-Pool versiegelt) oder mit &apos;orion connection set-secret&apos; auf dem Rechner des Workers.</translation>
    </message>
    <message>
        <source>Concurrent readers</source>
        <translation>Parallele Leser</translation>
    </message>
    <message>
        <source>Windows of a large read fetched at once (1–32), all within the connection&apos;s rate budget. Empty: enough to use the budget over a slow network.</source>
        <translation>Zeitfenster eines großen Lesevorgangs, die gleichzeitig abgerufen werden (1–32), alle im Anfragebudget der Verbindung. Leer: genug, um das Budget auch über ein langsames Netz auszuschöpfen.</translation>
    </message>
    <message>
        <source>%1 connections take no webhooks.</source>
        <translation>%1-Verbindungen empfangen keine Webhooks.</translation>
    </message>
</context>
<context>
    <name>Orion::ConnectorWizard</name>
    <message>
        <source>Show the value</source>
        <translation>Wert anzeigen</translation>
    </message>
    <message>
        <source>Cannot read %1 (missing, unreadable or over 16 MB).</source>
        <translation>%1 kann nicht gelesen werden (fehlt, nicht lesbar oder über 16 MB).</translation>
    </message>
    <message>
        <source>No answer came back.</source>
        <translation>Es kam keine Antwort.</translation>
    </message>
    <message>
        <source>Detection failed: %1</source>
        <translation>Erkennung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich ist geöffnet.</translation>
    </message>
    <message>
        <source>Cannot store the secret %1: %2</source>
        <translation>Das Geheimnis %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved, but not published: %1</source>
        <translation>Gespeichert, aber nicht veröffentlicht: %1</translation>
    </message>
    <message>
        <source>New Custom Connector</source>
        <translation>Neuer eigener Connector</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Edit Custom Connector</source>
        <translation>Eigenen Connector bearbeiten</translation>
    </message>
    <message>
        <source>Cannot read the draft %1.</source>
        <translation>Der Entwurf %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is not a connector draft.</source>
        <translation>%1 ist kein Connector-Entwurf.</translation>
    </message>
    <message>
        <source>Close the Connector Builder?</source>
        <translation>Connector-Builder schließen?</translation>
    </message>
    <message>
        <source>What you entered is kept as a draft: File ▸ New Custom Connector… offers to resume it.</source>
        <translation>Ihre Eingaben bleiben als Entwurf erhalten: Datei ▸ Neuer eigener Connector … bietet an, ihn fortzusetzen.</translation>
    </message>
    <message>
        <source>&amp;Close Builder</source>
        <translation>Builder &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>Orion::CredentialStore</name>
    <message>
        <source>The system keychain could not be read: %1</source>
        <translation>Der Schlüsselbund des Systems konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The system keychain could not save a secret: %1</source>
        <translation>Der Schlüsselbund des Systems konnte ein Geheimnis nicht speichern: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Another process has been refreshing this connection&apos;s token for too long.</source>
        <translation>Ein anderer Prozess erneuert das Token dieser Verbindung schon zu lange.</translation>
    </message>
    <message>
        <source>No connection was named for the %1 secret.</source>
        <translation>Für das Geheimnis %1 wurde keine Verbindung genannt.</translation>
    </message>
    <message>
        <source>the keychain did not answer within two minutes</source>
        <translation>der Schlüsselbund hat nicht innerhalb von zwei Minuten geantwortet</translation>
    </message>
</context>
<context>
    <name>Orion::CronExpression</name>
    <message>
        <source>%1 field &quot;%2&quot;: %3</source>
        <translation>Feld %1 „%2“: %3</translation>
    </message>
    <message>
        <source>an empty list item</source>
        <translation>ein leerer Listeneintrag</translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; must be a number from 1 to %2</source>
        <translation>die Schrittweite „%1“ muss eine Zahl von 1 bis %2 sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number or name</source>
        <translation>„%1“ ist weder Zahl noch Name</translation>
    </message>
    <message>
        <source>values must lie from %1 to %2</source>
        <translation>Werte müssen zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <source>the range %1-%2 runs backwards</source>
        <translation>der Bereich %1-%2 läuft rückwärts</translation>
    </message>
    <message>
        <source>unknown macro &quot;%1&quot; (use @hourly, @daily, @weekly, @monthly or @yearly)</source>
        <translation>unbekanntes Makro „%1“ (erlaubt: @hourly, @daily, @weekly, @monthly, @yearly)</translation>
    </message>
    <message>
        <source>a cron expression has five fields (minute hour day-of-month month day-of-week); &quot;%1&quot; has %2</source>
        <translation>ein Cron-Ausdruck hat fünf Felder (Minute Stunde Tag Monat Wochentag); „%1“ hat %2</translation>
    </message>
</context>
<context>
    <name>Orion::CustomConnectorStore</name>
    <message>
        <source>Cannot save the connector: %1</source>
        <translation>Der Connector kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Version %1 of %2 is deployed; save the change as version %3.</source>
        <translation>Version %1 von %2 ist bereitgestellt; speichern Sie die Änderung als Version %3.</translation>
    </message>
    <message>
        <source>Cannot save the connector&apos;s README and fixture: %1</source>
        <translation>README und Testaufzeichnung des Connectors können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot deploy the connector: %1</source>
        <translation>Der Connector kann nicht bereitgestellt werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the custom connectors: %1</source>
        <translation>Die eigenen Connectoren können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The stored spec of %1 is not valid any more: %2</source>
        <translation>Die gespeicherte Spezifikation von %1 ist nicht mehr gültig: %2</translation>
    </message>
    <message>
        <source>Cannot read the connections: %1</source>
        <translation>Die Verbindungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>There is no version %1 of %2.</source>
        <translation>Es gibt keine Version %1 von %2.</translation>
    </message>
</context>
<context>
    <name>Orion::CustomConnectorsPage</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich ist geöffnet.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than a connector spec can be (%2 MB at most).</source>
        <translation>%1 ist größer, als eine Connector-Spezifikation sein darf (höchstens %2 MB).</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weiterer</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a valid connector spec: %2</source>
        <translation>%1 ist keine gültige Connector-Spezifikation: %2</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>nicht getestet</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <source>Freemium</source>
        <translation>Freemium</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Kostenpflichtig</translation>
    </message>
    <message>
        <source>Publish to the Marketplace</source>
        <translation>Im Marktplatz veröffentlichen</translation>
    </message>
    <message>
        <source>Pricing of %1 in the marketplace:</source>
        <translation>Preismodell von %1 im Marktplatz:</translation>
    </message>
    <message>
        <source>Export Connector Spec</source>
        <translation>Connector-Spezifikation exportieren</translation>
    </message>
    <message>
        <source>Connector specs (*.json)</source>
        <translation>Connector-Spezifikationen (*.json)</translation>
    </message>
    <message>
        <source>Import Connector Spec</source>
        <translation>Connector-Spezifikation importieren</translation>
    </message>
    <message>
        <source>%1 was submitted to the marketplace; an admin approves it there.</source>
        <translation>%1 wurde beim Marktplatz eingereicht; ein Administrator gibt ihn dort frei.</translation>
    </message>
    <message>
        <source>Custom Connectors</source>
        <translation>Eigene Connectors</translation>
    </message>
    <message>
        <source>Versions of the selected connector</source>
        <translation>Versionen des gewählten Connectors</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connector</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>Bereitgestellt</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Neueste</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>Letzter Test</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Custom connectors</source>
        <translation>Eigene Connectors</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>&amp;New Connector…</source>
        <translation>&amp;Neuer Connector…</translation>
    </message>
    <message>
        <source>Describe a REST API and build a connector for it (Ctrl+Shift+N)</source>
        <translation>Eine REST-API beschreiben und einen Connector dafür bauen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>&amp;Edit in Builder…</source>
        <translation>Im Builder &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Veröffentlichen…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Store a connector spec file (JSON) as the next version of its connector, not deployed</source>
        <translation>Eine Connector-Spezifikationsdatei (JSON) als nächste Version ihres Connectors speichern, nicht bereitgestellt</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Published, pending approval</source>
        <translation>Veröffentlicht, Freigabe ausstehend</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No custom connector yet. Build one from an API&apos;s description, or import a spec file.</source>
        <translation>Noch kein eigener Connector. Bauen Sie einen aus der Beschreibung einer API oder importieren Sie eine Spezifikationsdatei.</translation>
    </message>
    <message numerus="yes">
        <source>%n custom connector(s). Connections run the deployed version; Add Connection lists them.</source>
        <translation>
            <numerusform>%n eigener Connector. Verbindungen verwenden die bereitgestellte Version; Verbindung hinzufügen listet ihn auf.</numerusform>
            <numerusform>%n eigene Connectors. Verbindungen verwenden die bereitgestellte Version; Verbindung hinzufügen listet sie auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>deployed</source>
        <translation>bereitgestellt</translation>
    </message>
    <message>
        <source>newer, not deployed</source>
        <translation>neuer, nicht bereitgestellt</translation>
    </message>
    <message>
        <source>earlier</source>
        <translation>älter</translation>
    </message>
    <message>
        <source>Select a custom connector first</source>
        <translation>Wählen Sie zuerst einen eigenen Connector</translation>
    </message>
    <message>
        <source>Open version %1 of %2 in the builder; saving makes version %3</source>
        <translation>Version %1 von %2 im Builder öffnen; Speichern ergibt Version %3</translation>
    </message>
    <message>
        <source>Write version %1&apos;s spec to a JSON file (it holds no secrets)</source>
        <translation>Die Spezifikation von Version %1 in eine JSON-Datei schreiben (sie enthält keine Geheimnisse)</translation>
    </message>
    <message>
        <source>Version %1 is in the marketplace (%2)</source>
        <translation>Version %1 ist im Marktplatz (%2)</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>pending an admin&apos;s approval</source>
        <translation>wartet auf die Freigabe eines Administrators</translation>
    </message>
    <message>
        <source>Submit version %1 to the marketplace with its recorded test as evidence</source>
        <translation>Version %1 mit ihrem aufgezeichneten Test als Nachweis beim Marktplatz einreichen</translation>
    </message>
    <message>
        <source>&amp;Roll Back to Version %1</source>
        <translation>Auf Version %1 &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Deploy Version %1</source>
        <translation>Version %1 &amp;bereitstellen</translation>
    </message>
    <message>
        <source>&amp;Deploy Version</source>
        <translation>Version &amp;bereitstellen</translation>
    </message>
    <message>
        <source>Version %1 is the one connections run</source>
        <translation>Version %1 ist die, die Verbindungen verwenden</translation>
    </message>
    <message numerus="yes">
        <source>Connections of %1 run version %2 from their next sync on (%n connection(s))</source>
        <translation>
            <numerusform>Verbindungen von %1 verwenden ab ihrer nächsten Synchronisierung Version %2 (%n Verbindung)</numerusform>
            <numerusform>Verbindungen von %1 verwenden ab ihrer nächsten Synchronisierung Version %2 (%n Verbindungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 of %2 is deployed; its connections run it from their next sync on.</source>
        <translation>Version %1 von %2 ist bereitgestellt; ihre Verbindungen verwenden sie ab der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>Version %1 of %2 was exported to %3.</source>
        <translation>Version %1 von %2 wurde nach %3 exportiert.</translation>
    </message>
    <message>
        <source>%1 was imported as version %2 (not deployed: deploy it below).</source>
        <translation>%1 wurde als Version %2 importiert (nicht bereitgestellt: unten bereitstellen).</translation>
    </message>
</context>
<context>
    <name>Orion::DashboardPage</name>
    <message>
        <source>no change</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Eigener Zeitraum …</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>Von Tag</translation>
    </message>
    <message>
        <source>To day</source>
        <translation>Bis Tag</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>All connections</source>
        <translation>Alle Verbindungen</translation>
    </message>
    <message>
        <source>Connection filter</source>
        <translation>Verbindungsfilter</translation>
    </message>
    <message>
        <source>All connectors</source>
        <translation>Alle Connectoren</translation>
    </message>
    <message>
        <source>Connector filter</source>
        <translation>Connector-Filter</translation>
    </message>
    <message>
        <source>Syncs</source>
        <translation>Synchronisierungen</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Fehlerquote</translation>
    </message>
    <message>
        <source>Average duration</source>
        <translation>Mittlere Dauer</translation>
    </message>
    <message>
        <source>Syncs by status</source>
        <translation>Synchronisierungen nach Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Records and failures per connection</source>
        <translation>Datensätze und Fehler je Verbindung</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Als PNG exportieren …</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Als SVG exportieren …</translation>
    </message>
    <message>
        <source>Export data as CSV…</source>
        <translation>Daten als CSV exportieren …</translation>
    </message>
    <message>
        <source>Connection health</source>
        <translation>Zustand der Verbindungen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>%1 vs previous period</source>
        <translation>%1 ggü. Vorperiode</translation>
    </message>
    <message>
        <source>Syncs by status, %1</source>
        <translation>Synchronisierungen nach Status, %1</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>Failed runs, %</source>
        <translation>Fehlgeschlagene Läufe, %</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Min–max</source>
        <translation>Min.–Max.</translation>
    </message>
    <message>
        <source>average %1 s</source>
        <translation>Mittel %1 s</translation>
    </message>
    <message>
        <source>Failed runs</source>
        <translation>Fehlgeschlagene Läufe</translation>
    </message>
    <message>
        <source>There is no chart %1.</source>
        <translation>Es gibt kein Diagramm %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export as .png, .svg or .csv.</source>
        <translation>Exportieren Sie als .png, .svg oder .csv.</translation>
    </message>
    <message>
        <source>queried in under 1 ms</source>
        <translation>abgefragt in unter 1 ms</translation>
    </message>
    <message>
        <source>queried in %1 ms</source>
        <translation>abgefragt in %1 ms</translation>
    </message>
    <message>
        <source>%1 – %2 UTC · %3</source>
        <translation>%1 – %2 UTC · %3</translation>
    </message>
    <message>
        <source>%1 – %2 (UTC days) · %3</source>
        <translation>%1 – %2 (UTC-Tage) · %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln marked deleted at the source</source>
        <translation>
            <numerusform>%Ln in der Quelle als gelöscht markiert</numerusform>
            <numerusform>%Ln in der Quelle als gelöscht markiert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pp</source>
        <comment>percentage points</comment>
        <translation>%1 PP</translation>
    </message>
    <message>
        <source>over 100×</source>
        <translation>über 100×</translation>
    </message>
    <message>
        <source>%1×</source>
        <comment>times the previous period</comment>
        <translation>%1×</translation>
    </message>
    <message>
        <source>no runs in the previous period</source>
        <translation>keine Läufe im vorigen Zeitraum</translation>
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
        <source>Unsupported database address &quot;%1&quot;: use a SQLite file path or postgresql://…</source>
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
    <message>
        <source>The CA certificate path &quot;%1&quot; cannot contain spaces, semicolons, quotes or backslashes.</source>
        <translation>Der Pfad des CA-Zertifikats „%1“ darf keine Leerzeichen, Semikolons, Anführungszeichen oder Backslashes enthalten.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 does not exist.</source>
        <translation>Die CA-Zertifikatsdatei %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>Unknown sslmode &quot;%1&quot;: use auto, disable, allow, prefer, require, verify-ca or verify-full.</source>
        <translation>Unbekannter sslmode „%1“: auto, disable, allow, prefer, require, verify-ca oder verify-full verwenden.</translation>
    </message>
</context>
<context>
    <name>Orion::DeclarativeConnector</name>
    <message>
        <source>Custom connector (version %1)</source>
        <translation>Eigener Connector (Version %1)</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>Standard-Telefonregion</translation>
    </message>
    <message>
        <source>Country used to read phone numbers written without a country code.</source>
        <translation>Land, mit dem Telefonnummern ohne Landesvorwahl gelesen werden.</translation>
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
    <message>
        <source>Cannot list the demo marketplace: %1</source>
        <translation>Der Demo-Marktplatz kann nicht angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>Orion::DriftFinding</name>
    <message numerus="yes">
        <source>%1: missing from all %n record(s) read</source>
        <translation>
            <numerusform>%1: fehlt im gelesenen Datensatz</numerusform>
            <numerusform>%1: fehlt in allen %n gelesenen Datensätzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: was %2, now %3 in %4 of %n record(s) that have it</source>
        <translation>
            <numerusform>%1: war %2, jetzt %3 in %4 von %n Datensatz, der es enthält</numerusform>
            <numerusform>%1: war %2, jetzt %3 in %4 von %n Datensätzen, die es enthalten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Orion::FileSecretBackend</name>
    <message>
        <source>secrets file %1</source>
        <translation>Geheimnisdatei %1</translation>
    </message>
    <message>
        <source>Cannot read the secrets file %1: %2</source>
        <translation>Die Geheimnisdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The secrets file %1 is damaged: %2</source>
        <translation>Die Geheimnisdatei %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The secrets file %1 is locked by another process.</source>
        <translation>Die Geheimnisdatei %1 ist von einem anderen Prozess gesperrt.</translation>
    </message>
    <message>
        <source>The secrets file %1 is damaged; it was not changed.</source>
        <translation>Die Geheimnisdatei %1 ist beschädigt; sie wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Cannot write the secrets file %1: %2</source>
        <translation>Die Geheimnisdatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the secrets file %1 (%2); it was not changed.</source>
        <translation>Die Geheimnisdatei %1 kann nicht gelesen werden (%2); sie wurde nicht geändert.</translation>
    </message>
</context>
<context>
    <name>Orion::HttpClient</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 sent a response larger than %2 MB; it was refused.</source>
        <translation>%1 hat eine Antwort größer als %2 MB gesendet; sie wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 is rate limiting requests and asks to wait %2 s</source>
        <translation>%1 begrenzt die Anfragen und bittet, %2 s zu warten</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 hat mit HTTP %2 geantwortet</translation>
    </message>
    <message numerus="yes">
        <source>%1 (gave up after %n attempt(s)).</source>
        <translation>
            <numerusform>%1 (nach %n Versuch aufgegeben).</numerusform>
            <numerusform>%1 (nach %n Versuchen aufgegeben).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 hat mit HTTP %2 geantwortet.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 hat mit HTTP %2 geantwortet: %3</translation>
    </message>
    <message>
        <source>%1 sent a response that is not a JSON object (%2 at byte %3).</source>
        <translation>%1 hat eine Antwort gesendet, die kein JSON-Objekt ist (%2 bei Byte %3).</translation>
    </message>
    <message>
        <source>%1 %2: this request is not in the recorded fixture</source>
        <translation>%1 %2: Diese Anfrage steht nicht in der Testaufzeichnung</translation>
    </message>
    <message>
        <source>The answer from %1 could not be saved: %2</source>
        <translation>Die Antwort von %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 redirected the request to %2; refused: %3</source>
        <translation>%1 hat die Anfrage zu %2 weitergeleitet; abgelehnt: %3</translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation>mehr als %1 Weiterleitungen</translation>
    </message>
    <message>
        <source>not an http(s) address</source>
        <translation>keine http(s)-Adresse</translation>
    </message>
    <message>
        <source>it leaves https for plain http</source>
        <translation>sie verlässt https für einfaches http</translation>
    </message>
    <message>
        <source>another host would receive the connection&apos;s credentials</source>
        <translation>ein anderer Host bekäme die Zugangsdaten der Verbindung</translation>
    </message>
    <message>
        <source>%1 (gave up after %2 attempts).</source>
        <translation>%1 (nach %2 Versuchen aufgegeben).</translation>
    </message>
</context>
<context>
    <name>Orion::HubSpotConnector</name>
    <message>
        <source>HubSpot sent a contacts page without &quot;results&quot;.</source>
        <translation>HubSpot hat eine Kontaktseite ohne „results“ gesendet.</translation>
    </message>
    <message>
        <source>Contacts (with their company) from HubSpot CRM; batch upsert by email.</source>
        <translation>Kontakte (mit ihrem Unternehmen) aus HubSpot CRM; Stapel-Upsert per E-Mail.</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>Basis-URL der API</translation>
    </message>
    <message>
        <source>Requests go to {api_base}/crm/v3/…</source>
        <translation>Anfragen gehen an {api_base}/crm/v3/…</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>A private app&apos;s access token, or OAuth 2.0 with a refresh token.</source>
        <translation>Das Zugriffstoken einer privaten App oder OAuth 2.0 mit einem Aktualisierungstoken.</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <source>OAuth token endpoint.</source>
        <translation>OAuth-Token-Endpunkt.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>The OAuth app&apos;s client id.</source>
        <translation>Die Client-ID der OAuth-App.</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>Standardregion für Telefonnummern</translation>
    </message>
    <message>
        <source>Country used to read phone numbers written without a country code.</source>
        <translation>Land, mit dem Telefonnummern ohne Ländervorwahl gelesen werden.</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Seitengröße</translation>
    </message>
    <message>
        <source>Records per request (1–100).</source>
        <translation>Datensätze pro Anfrage (1–100).</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>Rate budget of this connection (HubSpot allows 100–190 requests per 10 s).</source>
        <translation>Anfragebudget dieser Verbindung (HubSpot erlaubt 100–190 Anfragen pro 10 s).</translation>
    </message>
    <message>
        <source>Search overlap (s)</source>
        <translation>Suchüberlappung (s)</translation>
    </message>
    <message>
        <source>Incremental syncs re-read this much history, because search results lag writes.</source>
        <translation>Inkrementelle Synchronisierungen lesen so viel Verlauf erneut, weil Suchergebnisse Schreibvorgängen hinterherhinken.</translation>
    </message>
    <message>
        <source>Private app access token</source>
        <translation>Zugriffstoken der privaten App</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Aktualisierungstoken</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>Contacts (/crm/v3/objects/contacts)</source>
        <translation>Kontakte (/crm/v3/objects/contacts)</translation>
    </message>
    <message>
        <source>the token lacks the scopes %1</source>
        <translation>dem Token fehlen die Berechtigungen %1</translation>
    </message>
    <message>
        <source>HubSpot answered HTTP %1 for %2.</source>
        <translation>HubSpot hat für %2 mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>HubSpot answered HTTP %1 for %2: %3</source>
        <translation>HubSpot hat für %2 mit HTTP %1 geantwortet: %3</translation>
    </message>
    <message>
        <source>not a HubSpot contact object</source>
        <translation>kein HubSpot-Kontaktobjekt</translation>
    </message>
    <message>
        <source>HubSpot upserts contacts by email, and this record has none</source>
        <translation>HubSpot gleicht Kontakte über die E-Mail ab, und dieser Datensatz hat keine</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Authorization URL</source>
        <translation>Autorisierungs-URL</translation>
    </message>
    <message>
        <source>Where the browser signs in.</source>
        <translation>Wo sich der Browser anmeldet.</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Space-separated OAuth scopes to request.</source>
        <translation>Angeforderte OAuth-Berechtigungen, durch Leerzeichen getrennt.</translation>
    </message>
    <message>
        <source>OAuth 2.0 (sign in with HubSpot)</source>
        <translation>OAuth 2.0 (Anmeldung bei HubSpot)</translation>
    </message>
    <message>
        <source>Search requests per second</source>
        <translation>Suchanfragen pro Sekunde</translation>
    </message>
    <message>
        <source>Budget of the search API, which incremental syncs use (HubSpot allows 5 per second per account); 0 = no limit.</source>
        <translation>Budget der Such-API, die inkrementelle Synchronisierungen nutzen (HubSpot erlaubt 5 pro Sekunde und Konto); 0 = keine Grenze.</translation>
    </message>
    <message>
        <source>HubSpot sent an archived contacts page without &quot;results&quot;.</source>
        <translation>HubSpot hat eine Seite archivierter Kontakte ohne „results“ gesendet.</translation>
    </message>
    <message>
        <source>Webhook client secret</source>
        <translation>Client-Geheimnis für Webhooks</translation>
    </message>
    <message>
        <source>The client secret HubSpot signs webhooks with (when it is not the one above), for orion webhook serve.</source>
        <translation>Das Client-Geheimnis, mit dem HubSpot Webhooks signiert (wenn es nicht das obige ist), für orion webhook serve.</translation>
    </message>
    <message>
        <source>The body is not a HubSpot webhook batch.</source>
        <translation>Der Inhalt ist kein HubSpot-Webhook-Stapel.</translation>
    </message>
    <message>
        <source>The body is not a HubSpot webhook batch: an event has no eventId.</source>
        <translation>Der Inhalt ist kein HubSpot-Webhook-Stapel: Ein Ereignis hat keine eventId.</translation>
    </message>
</context>
<context>
    <name>Orion::JobQueue</name>
    <message>
        <source>The job queue needs a PostgreSQL workspace; on SQLite this app runs syncs itself.</source>
        <translation>Die Auftragswarteschlange braucht einen PostgreSQL-Arbeitsbereich; mit SQLite führt diese Anwendung die Synchronisierungen selbst aus.</translation>
    </message>
    <message>
        <source>Cannot queue the sync: %1</source>
        <translation>Die Synchronisierung kann nicht eingereiht werden: %1</translation>
    </message>
    <message>
        <source>There is no connection named &quot;%1&quot;.</source>
        <translation>Es gibt keine Verbindung namens „%1“.</translation>
    </message>
    <message>
        <source>Connection &quot;%1&quot; uses the connector &quot;%2&quot;, which this version does not have.</source>
        <translation>Die Verbindung „%1“ nutzt den Connector „%2“, den diese Version nicht hat.</translation>
    </message>
    <message>
        <source>%1 has no stream &quot;%2&quot; (streams: %3).</source>
        <translation>%1 hat keinen Stream „%2“ (Streams: %3).</translation>
    </message>
    <message>
        <source>Cannot claim a job: %1</source>
        <translation>Kein Auftrag kann übernommen werden: %1</translation>
    </message>
    <message>
        <source>Cannot renew the leases: %1</source>
        <translation>Die Leases können nicht verlängert werden: %1</translation>
    </message>
    <message>
        <source>Cannot record the heartbeat: %1</source>
        <translation>Das Lebenszeichen kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot record the job&apos;s result: %1</source>
        <translation>Das Ergebnis des Auftrags kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Job %1 is no longer leased to %2 (its lease expired and another worker took it over).</source>
        <translation>Auftrag %1 ist nicht mehr an %2 vergeben (die Lease lief ab und ein anderer Worker hat ihn übernommen).</translation>
    </message>
    <message>
        <source>Cannot release job %1: %2</source>
        <translation>Auftrag %1 kann nicht freigegeben werden: %2</translation>
    </message>
    <message>
        <source>Cannot cancel job %1: %2</source>
        <translation>Auftrag %1 kann nicht abgebrochen werden: %2</translation>
    </message>
    <message>
        <source>Job %1 is not queued or running (or not yours).</source>
        <translation>Auftrag %1 wartet nicht und läuft nicht (oder gehört nicht Ihnen).</translation>
    </message>
    <message>
        <source>Cannot retry job %1: %2</source>
        <translation>Auftrag %1 kann nicht wiederholt werden: %2</translation>
    </message>
    <message>
        <source>Job %1 has not failed or been cancelled (or is not yours).</source>
        <translation>Auftrag %1 ist weder fehlgeschlagen noch abgebrochen (oder gehört nicht Ihnen).</translation>
    </message>
    <message>
        <source>Cannot read the job queue: %1</source>
        <translation>Die Auftragswarteschlange kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot register the worker: %1</source>
        <translation>Der Worker kann nicht angemeldet werden: %1</translation>
    </message>
    <message>
        <source>Cannot record the worker&apos;s stop: %1</source>
        <translation>Das Ende des Workers kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the workers: %1</source>
        <translation>Die Worker können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Job %1 is not leased to this process.</source>
        <translation>Der Auftrag %1 ist nicht an diesen Prozess vergeben.</translation>
    </message>
</context>
<context>
    <name>Orion::KeychainSecretBackend</name>
    <message>
        <source>system keychain</source>
        <translation>Schlüsselbund des Systems</translation>
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
        <source>%n sync run(s) of history</source>
        <translation>
            <numerusform>%n Synchronisierungslauf im Verlauf</numerusform>
            <numerusform>%n Synchronisierungsläufe im Verlauf</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
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
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Saved connection &quot;%1&quot;.</source>
        <translation>Verbindung „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Removed connection &quot;%1&quot;.</source>
        <translation>Verbindung „%1“ entfernt.</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Aktivität</translation>
    </message>
    <message>
        <source>%1 approved in Slack: syncing %2.</source>
        <translation>%1 hat in Slack freigegeben: %2 wird synchronisiert.</translation>
    </message>
    <message>
        <source>%1 rejected the sync of %2 in Slack.</source>
        <translation>%1 hat die Synchronisierung von %2 in Slack abgelehnt.</translation>
    </message>
    <message>
        <source>Slack events (%1): %2</source>
        <translation>Slack-Ereignisse (%1): %2</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>Zuordnungen</translation>
    </message>
    <message>
        <source>&amp;Mappings</source>
        <translation>&amp;Zuordnungen</translation>
    </message>
    <message>
        <source>A Slack decision names mapping %1, which no longer exists.</source>
        <translation>Eine Slack-Entscheidung nennt die Zuordnung %1, die es nicht mehr gibt.</translation>
    </message>
    <message>
        <source>%1 is not an approver of these mappings: their Slack decision was ignored.</source>
        <translation>%1 darf diese Zuordnungen nicht freigeben: die Slack-Entscheidung wurde ignoriert.</translation>
    </message>
    <message>
        <source>Slack: %1 (%2)</source>
        <translation>Slack: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 approved %2 in Slack.</source>
        <translation>%1 hat %2 in Slack freigegeben.</translation>
    </message>
    <message>
        <source>%1 rejected %2 in Slack.</source>
        <translation>%1 hat %2 in Slack abgelehnt.</translation>
    </message>
    <message>
        <source>Mapping assistant settings saved.</source>
        <translation>Einstellungen des Zuordnungsassistenten gespeichert.</translation>
    </message>
    <message>
        <source>The API key was not saved: %1</source>
        <translation>Der API-Schlüssel wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Mapping assistant settings saved; the key is in %1.</source>
        <translation>Einstellungen des Zuordnungsassistenten gespeichert; der Schlüssel liegt in %1.</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <source>New &amp;Custom Connector…</source>
        <translation>Neuer &amp;eigener Connector …</translation>
    </message>
    <message>
        <source>Describe a REST API and build a connector for it, without code</source>
        <translation>Eine REST-API beschreiben und ohne Code einen Connector dafür bauen</translation>
    </message>
    <message>
        <source>Mar&amp;ketplace</source>
        <translation>Mar&amp;ktplatz</translation>
    </message>
    <message>
        <source>Resume Draft</source>
        <translation>Entwurf fortsetzen</translation>
    </message>
    <message>
        <source>A connector draft from %1 was not finished. Resume it?</source>
        <translation>Ein Connector-Entwurf vom %1 wurde nicht abgeschlossen. Fortsetzen?</translation>
    </message>
    <message>
        <source>&amp;Resume Draft</source>
        <translation>Entwurf &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Start &amp;New</source>
        <translation>&amp;Neu beginnen</translation>
    </message>
    <message>
        <source>%1 version %2 saved and submitted to the marketplace</source>
        <translation>%1 Version %2 gespeichert und beim Marktplatz eingereicht</translation>
    </message>
    <message>
        <source>%1 version %2 saved and deployed</source>
        <translation>%1 Version %2 gespeichert und bereitgestellt</translation>
    </message>
    <message>
        <source>%1 version %2 saved</source>
        <translation>%1 Version %2 gespeichert</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Scheduled sync of &quot;%1&quot; started (slot %2).</source>
        <translation>Geplante Synchronisierung von „%1“ gestartet (Termin %2).</translation>
    </message>
    <message>
        <source>The scheduled sync of &quot;%1&quot; did not start: it is already running.</source>
        <translation>Die geplante Synchronisierung von „%1“ startete nicht: sie läuft bereits.</translation>
    </message>
    <message>
        <source>Schedules: %1</source>
        <translation>Zeitpläne: %1</translation>
    </message>
    <message>
        <source>&amp;Workers</source>
        <translation>&amp;Worker</translation>
    </message>
    <message>
        <source>The workspace %1 was not recovered: %2</source>
        <translation>Der Arbeitsbereich %1 wurde nicht wiederhergestellt: %2</translation>
    </message>
    <message>
        <source>The demo workspace is created when the current operation has finished…</source>
        <translation>Der Demo-Arbeitsbereich wird angelegt, sobald der laufende Vorgang beendet ist …</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged: %2</source>
        <translation>Der Arbeitsbereich %1 ist beschädigt: %2</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more finding(s))</source>
        <translation>
            <numerusform> (und %n weiterer Befund)</numerusform>
            <numerusform> (und %n weitere Befunde)</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovery keeps a copy of the damaged file, then repairs the workspace or restores its newest sound backup.</source>
        <translation>Die Wiederherstellung behält eine Kopie der beschädigten Datei, repariert dann den Arbeitsbereich oder stellt seine neueste intakte Sicherung wieder her.</translation>
    </message>
    <message>
        <source>&amp;Recover Workspace…</source>
        <translation>Arbeitsbereich &amp;wiederherstellen …</translation>
    </message>
    <message>
        <source>Recover Workspace</source>
        <translation>Arbeitsbereich wiederherstellen</translation>
    </message>
    <message>
        <source>Repair %1 now?

A copy of the damaged file is kept in %2. Close other programs using this workspace (orion commands, workers) first.</source>
        <translation>%1 jetzt reparieren?

Eine Kopie der beschädigten Datei wird in %2 aufbewahrt. Schließen Sie zuerst andere Programme, die diesen Arbeitsbereich verwenden (orion-Befehle, Worker).</translation>
    </message>
    <message>
        <source>Language changed.</source>
        <translation>Sprache geändert.</translation>
    </message>
    <message>
        <source>A Slack sync approval names connection %1, which is not in this workspace: ignored.</source>
        <translation>Eine Slack-Freigabe nennt die Verbindung %1, die es in diesem Arbeitsbereich nicht gibt: ignoriert.</translation>
    </message>
    <message>
        <source>%1 is not an approver of %2: their Slack decision was ignored.</source>
        <translation>%1 darf %2 nicht freigeben: die Entscheidung in Slack wurde ignoriert.</translation>
    </message>
    <message>
        <source>%1 answered a request that does not say which version of %2 it showed: ask in Slack again.</source>
        <translation>%1 hat auf eine Anfrage geantwortet, die nicht angibt, welche Version von %2 sie zeigte: bitte erneut in Slack fragen.</translation>
    </message>
    <message>
        <source>The Slack sync approval for %1 is for its owner&apos;s desktop (%2): ignored here.</source>
        <translation>Die Slack-Freigabe der Synchronisierung von %1 gilt für den Desktop ihres Eigentümers (%2): hier ignoriert.</translation>
    </message>
    <message>
        <source>Custom Connectors</source>
        <translation>Eigene Connectors</translation>
    </message>
    <message numerus="yes">
        <source>Queued %n job(s) of &quot;%1&quot; for the workers (Workers, Ctrl+7).</source>
        <translation>
            <numerusform>%n Auftrag von „%1“ für die Worker eingereiht (Worker, Strg+7).</numerusform>
            <numerusform>%n Aufträge von „%1“ für die Worker eingereiht (Worker, Strg+7).</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;ustom Connectors</source>
        <translation>&amp;Eigene Connectors</translation>
    </message>
    <message>
        <source>Demo workspace ready in %1: %2, %3</source>
        <translation>Demo-Arbeitsbereich bereit in %1: %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Keine zuletzt geöffneten Arbeitsbereiche</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Liste leeren</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Workspaces (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Arbeitsbereiche (*.db *.sqlite *.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New Demo Workspace</source>
        <translation>Neuer Demo-Arbeitsbereich</translation>
    </message>
    <message>
        <source>Create a demo workspace with six sample connections and 90 days of sync history?</source>
        <translation>Einen Demo-Arbeitsbereich mit sechs Beispielverbindungen und 90 Tagen Synchronisierungsverlauf anlegen?</translation>
    </message>
    <message>
        <source>It is a file of its own, %1, created anew; the app switches to it.</source>
        <translation>Er ist eine eigene Datei, %1, neu angelegt; die Anwendung wechselt zu ihm.</translation>
    </message>
    <message>
        <source>It is a file of its own, %1, created anew; the app switches to it. The workspace open now (%2) is kept as it is: File ▸ Recent Workspaces takes you back to it.</source>
        <translation>Er ist eine eigene Datei, %1, neu angelegt; die Anwendung wechselt zu ihm. Der jetzt geöffnete Arbeitsbereich (%2) bleibt, wie er ist: Datei ▸ Zuletzt geöffnete Arbeitsbereiche führt zu ihm zurück.</translation>
    </message>
    <message>
        <source>&amp;Create Demo Workspace</source>
        <translation>Demo-Arbeitsbereich &amp;anlegen</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Move between fields and lists</source>
        <translation>Zwischen Feldern und Listen wechseln</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Open the context menu of a list or chart</source>
        <translation>Kontextmenü einer Liste oder eines Diagramms öffnen</translation>
    </message>
    <message>
        <source>Menu key, Shift+F10</source>
        <translation>Menütaste, Umschalt+F10</translation>
    </message>
    <message>
        <source>Close a dialog without saving</source>
        <translation>Dialog ohne Speichern schließen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open a SQLite workspace file</source>
        <translation>Eine SQLite-Arbeitsbereichsdatei öffnen</translation>
    </message>
    <message>
        <source>Recent &amp;Workspaces</source>
        <translation>&amp;Zuletzt geöffnete Arbeitsbereiche</translation>
    </message>
    <message>
        <source>New &amp;Demo Workspace…</source>
        <translation>Neuer &amp;Demo-Arbeitsbereich …</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;System Colours</source>
        <translation>&amp;Systemfarben</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>D&amp;unkel</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>Orion::MappingReviewModel</name>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(keine Quelle)</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (Pflichtfeld)</translation>
    </message>
    <message>
        <source>Confidence %1, %2</source>
        <translation>Konfidenz %1, %2</translation>
    </message>
    <message>
        <source>Unified field</source>
        <translation>Einheitliches Feld</translation>
    </message>
    <message>
        <source>Source path</source>
        <translation>Quellpfad</translation>
    </message>
    <message>
        <source>Transformation</source>
        <translation>Umwandlung</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
</context>
<context>
    <name>Orion::MappingReviewTable</name>
    <message>
        <source>Mapping suggestions</source>
        <translation>Zuordnungsvorschläge</translation>
    </message>
</context>
<context>
    <name>Orion::MappingStore</name>
    <message>
        <source>Cannot store the suggestions: %1</source>
        <translation>Die Vorschläge können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot store the suggestion for %1: %2</source>
        <translation>Der Vorschlag für %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the mappings: %1</source>
        <translation>Die Zuordnungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>There is no mapping %1.</source>
        <translation>Es gibt keine Zuordnung %1.</translation>
    </message>
    <message>
        <source>Cannot change the mapping: %1</source>
        <translation>Die Zuordnung kann nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>You may not change this mapping (a decided mapping needs an administrator).</source>
        <translation>Sie dürfen diese Zuordnung nicht ändern (eine entschiedene Zuordnung braucht einen Administrator).</translation>
    </message>
    <message>
        <source>Cannot record the change: %1</source>
        <translation>Die Änderung kann nicht protokolliert werden: %1</translation>
    </message>
    <message>
        <source>A decision is approve or reject.</source>
        <translation>Eine Entscheidung ist Freigeben oder Ablehnen.</translation>
    </message>
    <message>
        <source>A decision needs the name of who decided.</source>
        <translation>Eine Entscheidung braucht den Namen der entscheidenden Person.</translation>
    </message>
    <message>
        <source>Cannot record the decision: %1</source>
        <translation>Die Entscheidung kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1 has no source field to approve: choose one first.</source>
        <translation>%1 hat kein Quellfeld zum Freigeben: wählen Sie zuerst eines.</translation>
    </message>
    <message>
        <source>Only an administrator may approve or reject mappings.</source>
        <translation>Nur ein Administrator darf Zuordnungen freigeben oder ablehnen.</translation>
    </message>
    <message>
        <source>Cannot read the approved mappings: %1</source>
        <translation>Die freigegebenen Zuordnungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Not an Orion mapping set (format &quot;orion-mappings&quot;, version 1).</source>
        <translation>Kein Orion-Zuordnungssatz (Format „orion-mappings“, Version 1).</translation>
    </message>
    <message>
        <source>The mapping set needs a stream and a target (customer or invoice).</source>
        <translation>Der Zuordnungssatz braucht einen Stream und ein Ziel (customer oder invoice).</translation>
    </message>
    <message>
        <source>mappings[%1].%2</source>
        <translation>mappings[%1].%2</translation>
    </message>
    <message>
        <source>mappings[%1].target_field: %2 is not a field of the unified %3</source>
        <translation>mappings[%1].target_field: %2 ist kein Feld von unified %3</translation>
    </message>
    <message>
        <source>mappings[%1].status: must be suggested, approved or rejected</source>
        <translation>mappings[%1].status: muss suggested, approved oder rejected sein</translation>
    </message>
    <message>
        <source>Cannot import the mappings: %1</source>
        <translation>Die Zuordnungen können nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the decisions: %1</source>
        <translation>Die Entscheidungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the approvers: %1</source>
        <translation>Die Freigabeberechtigten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot change the approvers: %1</source>
        <translation>Die Freigabeberechtigten können nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>The suggestion for %1 changed after it was reviewed (it now maps %2): review it again.</source>
        <translation>Der Vorschlag für %1 wurde nach der Prüfung geändert (er ordnet jetzt %2 zu): bitte erneut prüfen.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>The suggestion for %1 changed while it was being decided: review it again.</source>
        <translation>Der Vorschlag für %1 wurde während der Entscheidung geändert: bitte erneut prüfen.</translation>
    </message>
    <message>
        <source>The Slack click could not be audited: %1</source>
        <translation>Der Slack-Klick konnte nicht protokolliert werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the Slack approvals: %1</source>
        <translation>Die Slack-Freigaben können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read what the syncs saw of the mapped fields: %1</source>
        <translation>Was die Synchronisierungen von den zugeordneten Feldern gesehen haben, kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot store what the sync saw of the mapped fields: %1</source>
        <translation>Was die Synchronisierung von den zugeordneten Feldern gesehen hat, kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Orion::MappingsPage</name>
    <message>
        <source>&amp;Suggest Mappings</source>
        <translation>Zuordnungen &amp;vorschlagen</translation>
    </message>
    <message>
        <source>Apply &amp;Edit</source>
        <translation>Änderung &amp;übernehmen</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>Ab&amp;lehnen</translation>
    </message>
    <message>
        <source>Approve All at or Above</source>
        <translation>Alle ab Schwelle freigeben</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>Zuordnungen</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Propose mappings for this stream from its stored source records</source>
        <translation>Zuordnungen für diesen Stream aus seinen gespeicherten Quelldatensätzen vorschlagen</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Suggest from a Sample File…</source>
        <translation>Aus einer Beispieldatei vorschlagen …</translation>
    </message>
    <message>
        <source>Sample Records</source>
        <translation>Beispieldatensätze</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Mapping Set…</source>
        <translation>Zuordnungssatz exportieren …</translation>
    </message>
    <message>
        <source>Export Mapping Set</source>
        <translation>Zuordnungssatz exportieren</translation>
    </message>
    <message>
        <source>Import Mapping Set…</source>
        <translation>Zuordnungssatz importieren …</translation>
    </message>
    <message>
        <source>Import Mapping Set</source>
        <translation>Zuordnungssatz importieren</translation>
    </message>
    <message>
        <source>Keep the decisions recorded in the file? (No: import them as suggestions to review.)</source>
        <translation>Die in der Datei festgehaltenen Entscheidungen übernehmen? (Nein: als zu prüfende Vorschläge importieren.)</translation>
    </message>
    <message>
        <source>Ask for Approval in Slack…</source>
        <translation>In Slack um Freigabe bitten …</translation>
    </message>
    <message>
        <source>Add a Slack connection first.</source>
        <translation>Legen Sie zuerst eine Slack-Verbindung an.</translation>
    </message>
    <message>
        <source>Ask in Slack</source>
        <translation>In Slack fragen</translation>
    </message>
    <message>
        <source>Slack connection:</source>
        <translation>Slack-Verbindung:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <source>More mapping actions</source>
        <translation>Weitere Zuordnungsaktionen</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>Stream:</source>
        <translation>Stream:</translation>
    </message>
    <message>
        <source>All confidences</source>
        <translation>Alle Konfidenzen</translation>
    </message>
    <message>
        <source>Confidence filter</source>
        <translation>Konfidenzfilter</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Filter by field or path…</source>
        <translation>Nach Feld oder Pfad filtern …</translation>
    </message>
    <message>
        <source>Filter mappings</source>
        <translation>Zuordnungen filtern</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Alternatives</source>
        <translation>Alternativen</translation>
    </message>
    <message>
        <source>Source path</source>
        <translation>Quellpfad</translation>
    </message>
    <message>
        <source>Transformation</source>
        <translation>Umwandlung</translation>
    </message>
    <message>
        <source>Source value</source>
        <translation>Quellwert</translation>
    </message>
    <message>
        <source>Unified value</source>
        <translation>Einheitlicher Wert</translation>
    </message>
    <message>
        <source>Sample values before and after</source>
        <translation>Beispielwerte vorher und nachher</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <source>Alternatives:</source>
        <translation>Alternativen:</translation>
    </message>
    <message>
        <source>Source path:</source>
        <translation>Quellpfad:</translation>
    </message>
    <message>
        <source>Transformation:</source>
        <translation>Umwandlung:</translation>
    </message>
    <message>
        <source>Samples:</source>
        <translation>Beispiele:</translation>
    </message>
    <message>
        <source>Approve the selected mappings (Ctrl+Return)</source>
        <translation>Die ausgewählten Zuordnungen freigeben (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Reject the selected mappings (Ctrl+Delete)</source>
        <translation>Die ausgewählten Zuordnungen ablehnen (Strg+Entf)</translation>
    </message>
    <message>
        <source>Approval threshold</source>
        <translation>Freigabeschwelle</translation>
    </message>
    <message>
        <source>Approval rate per confidence band</source>
        <translation>Freigabequote je Konfidenzband</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Kalibrierung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Mapping status</source>
        <translation>Zuordnungsstatus</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich ist geöffnet.</translation>
    </message>
    <message>
        <source>No suggestions yet. Sync %1 first, or suggest from a sample file (More).</source>
        <translation>Noch keine Vorschläge. Synchronisieren Sie zuerst %1 oder schlagen Sie aus einer Beispieldatei vor (Mehr).</translation>
    </message>
    <message numerus="yes">
        <source>No suggestions yet: Suggest Mappings proposes them from %n stored record(s).</source>
        <translation>
            <numerusform>Noch keine Vorschläge: „Zuordnungen vorschlagen“ ermittelt sie aus %n gespeicherten Datensatz.</numerusform>
            <numerusform>Noch keine Vorschläge: „Zuordnungen vorschlagen“ ermittelt sie aus %n gespeicherten Datensätzen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 approved, %2 waiting for review · only approved mappings drive syncs</source>
        <translation>%1 freigegeben, %2 warten auf Prüfung · nur freigegebene Zuordnungen steuern Synchronisierungen</translation>
    </message>
    <message>
        <source>Approval rate of past decisions per confidence band</source>
        <translation>Freigabequote bisheriger Entscheidungen je Konfidenzband</translation>
    </message>
    <message>
        <source>Approved, %</source>
        <translation>Freigegeben, %</translation>
    </message>
    <message>
        <source>%1 (%2 decided)</source>
        <translation>%1 (%2 entschieden)</translation>
    </message>
    <message>
        <source>No decisions yet. As admins approve and reject, this shows how often each band is approved.</source>
        <translation>Noch keine Entscheidungen. Sobald Administratoren freigeben und ablehnen, zeigt dies, wie oft jedes Band freigegeben wird.</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) so far; not yet enough evidence (10 decisions at ≥ 95 % approval) for an auto-approve threshold.</source>
        <translation>
            <numerusform>Bisher %n Entscheidung; noch nicht genug Belege (10 Entscheidungen mit ≥ 95 % Freigabe) für eine automatische Freigabeschwelle.</numerusform>
            <numerusform>Bisher %n Entscheidungen; noch nicht genug Belege (10 Entscheidungen mit ≥ 95 % Freigabe) für eine automatische Freigabeschwelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggestions at %1 were approved at least 95 % of the time: approving them all at once is supported by the evidence.</source>
        <translation>Vorschläge bei %1 wurden in mindestens 95 % der Fälle freigegeben: sie gesammelt freizugeben ist belegt.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a mapping to see why it was proposed.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wählen Sie eine Zuordnung, um zu sehen, warum sie vorgeschlagen wurde.&lt;/i&gt;</translation>
    </message>
    <message>
        <source> &lt;b&gt;(required)&lt;/b&gt;</source>
        <translation> &lt;b&gt;(Pflichtfeld)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(no reasoning given)</source>
        <translation>(keine Begründung)</translation>
    </message>
    <message>
        <source>%1 [%2] %3</source>
        <translation>%1 [%2] %3</translation>
    </message>
    <message>
        <source>Press Enter or double-click to use this source</source>
        <translation>Eingabe oder Doppelklick übernimmt diese Quelle</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>%1 has no stored %2 records to learn from: sync it first, or suggest from a sample file (More).</source>
        <translation>%1 hat keine gespeicherten %2-Datensätze zum Lernen: synchronisieren Sie zuerst oder schlagen Sie aus einer Beispieldatei vor (Mehr).</translation>
    </message>
    <message>
        <source>The sample has no records.</source>
        <translation>Das Beispiel enthält keine Datensätze.</translation>
    </message>
    <message>
        <source>Matching fields…</source>
        <translation>Felder werden abgeglichen …</translation>
    </message>
    <message>
        <source>Matching fields; asking %1 about the unclear ones…</source>
        <translation>Felder werden abgeglichen; %1 wird zu den unklaren gefragt …</translation>
    </message>
    <message>
        <source>No suggestions: %1</source>
        <translation>Keine Vorschläge: %1</translation>
    </message>
    <message>
        <source> · %1 field(s) asked of the LLM, %2 + %3 tokens, %4</source>
        <translation> · %1 Feld(er) an das LLM, %2 + %3 Tokens, %4</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>Kosten unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) stored for review</source>
        <translation>
            <numerusform>%n Vorschlag zur Prüfung gespeichert</numerusform>
            <numerusform>%n Vorschläge zur Prüfung gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>Approving…</source>
        <translation>Wird freigegeben …</translation>
    </message>
    <message>
        <source>Rejecting…</source>
        <translation>Wird abgelehnt …</translation>
    </message>
    <message numerus="yes">
        <source>Approved %n mapping(s).</source>
        <translation>
            <numerusform>%n Zuordnung freigegeben.</numerusform>
            <numerusform>%n Zuordnungen freigegeben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n mapping(s).</source>
        <translation>
            <numerusform>%n Zuordnung abgelehnt.</numerusform>
            <numerusform>%n Zuordnungen abgelehnt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approved %n mapping(s) at or above %1.</source>
        <translation>
            <numerusform>%n Zuordnung ab %1 freigegeben.</numerusform>
            <numerusform>%n Zuordnungen ab %1 freigegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of the sample records.</source>
        <translation>„%1“ ist kein Feld der Beispieldatensätze.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Changed; review it again before it drives syncs.</source>
        <translation>Geändert; vor dem Einsatz in Synchronisierungen erneut prüfen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a mapping set (JSON object).</source>
        <translation>%1 ist kein Zuordnungssatz (JSON-Objekt).</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n mapping(s).</source>
        <translation>
            <numerusform>%n Zuordnung importiert.</numerusform>
            <numerusform>%n Zuordnungen importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>*%1* / %2: map *%3* ← `%4` (%5, confidence %6)?
%7</source>
        <translation>*%1* / %2: *%3* ← `%4` zuordnen (%5, Konfidenz %6)?
%7</translation>
    </message>
    <message>
        <source>Nothing is waiting for review.</source>
        <translation>Nichts wartet auf Prüfung.</translation>
    </message>
    <message numerus="yes">
        <source>Posting %n approval request(s) to %1…</source>
        <translation>
            <numerusform>%n Freigabeanfrage wird an %1 gesendet …</numerusform>
            <numerusform>%n Freigabeanfragen werden an %1 gesendet …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asked in %1: %n request(s) posted; only the connection&apos;s approvers can decide.</source>
        <translation>
            <numerusform>In %1 gefragt: %n Anfrage gesendet; nur die Freigabeberechtigten der Verbindung können entscheiden.</numerusform>
            <numerusform>In %1 gefragt: %n Anfragen gesendet; nur die Freigabeberechtigten der Verbindung können entscheiden.</numerusform>
        </translation>
    </message>
    <message>
        <source> · the LLM was not used: %1</source>
        <translation> · das LLM wurde nicht verwendet: %1</translation>
    </message>
    <message>
        <source>Slack Approvers…</source>
        <translation>Slack-Freigabeberechtigte …</translation>
    </message>
    <message>
        <source>Slack Approvers</source>
        <translation>Slack-Freigabeberechtigte</translation>
    </message>
    <message>
        <source>Slack user ids who may approve these mappings from Slack (U…, comma-separated):</source>
        <translation>Slack-Benutzerkennungen, die diese Zuordnungen aus Slack freigeben dürfen (U…, durch Kommas getrennt):</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Choose the source field from the sample&apos;s schema tree</source>
        <translation>Das Quellfeld aus dem Schemabaum des Beispiels wählen</translation>
    </message>
    <message>
        <source>Validation of the approved mappings</source>
        <translation>Prüfung der freigegebenen Zuordnungen</translation>
    </message>
    <message>
        <source>Nothing approved yet: syncs of this stream use the connector&apos;s built-in mapping.</source>
        <translation>Noch nichts freigegeben: Synchronisierungen dieses Streams nutzen die eingebaute Zuordnung des Connectors.</translation>
    </message>
    <message numerus="yes">
        <source>✓ The approved mappings check out against %n sample record(s): required fields covered, no transformation errors.</source>
        <translation>
            <numerusform>✓ Die freigegebenen Zuordnungen bestehen die Prüfung an %n Beispieldatensatz: Pflichtfelder abgedeckt, keine Umwandlungsfehler.</numerusform>
            <numerusform>✓ Die freigegebenen Zuordnungen bestehen die Prüfung an %n Beispieldatensätzen: Pflichtfelder abgedeckt, keine Umwandlungsfehler.</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Before syncing: %1</source>
        <translation>⚠ Vor dem Synchronisieren: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Slack user id (U… or W…).</source>
        <translation>„%1“ ist keine Slack-Benutzerkennung (U… oder W…).</translation>
    </message>
    <message>
        <source>Slack approvers: %1</source>
        <translation>Slack-Freigabeberechtigte: %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Choose a Source Field</source>
        <translation>Quellfeld wählen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Source schema</source>
        <translation>Quellschema</translation>
    </message>
    <message>
        <source>Suggest with API Documentation…</source>
        <translation>Mit API-Dokumentation vorschlagen …</translation>
    </message>
    <message>
        <source>API Documentation</source>
        <translation>API-Dokumentation</translation>
    </message>
    <message>
        <source>Text, Markdown or HTML (*.txt *.md *.html *.htm);;All files (*)</source>
        <translation>Text, Markdown oder HTML (*.txt *.md *.html *.htm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No LLM is set up (Settings → Mapping assistant): the documentation is not used by the local matcher.</source>
        <translation>Kein LLM eingerichtet (Einstellungen → Zuordnungsassistent): der lokale Abgleich nutzt die Dokumentation nicht.</translation>
    </message>
    <message>
        <source>Sync the connection first, or suggest from a sample file.</source>
        <translation>Synchronisieren Sie die Verbindung zuerst oder schlagen Sie aus einer Beispieldatei vor.</translation>
    </message>
    <message>
        <source>Wait for the current operation to finish, or cancel it</source>
        <translation>Warten Sie, bis der laufende Vorgang fertig ist, oder brechen Sie ihn ab</translation>
    </message>
    <message>
        <source>Select one or more mappings to approve them</source>
        <translation>Wählen Sie eine oder mehrere Zuordnungen aus, um sie zu genehmigen</translation>
    </message>
    <message>
        <source>Select one or more mappings to reject them</source>
        <translation>Wählen Sie eine oder mehrere Zuordnungen aus, um sie abzulehnen</translation>
    </message>
    <message>
        <source>Approve every pending suggestion whose confidence is at or above the threshold</source>
        <translation>Jeden offenen Vorschlag genehmigen, dessen Konfidenz die Schwelle erreicht</translation>
    </message>
</context>
<context>
    <name>Orion::MarketplacePage</name>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Show &amp;pending</source>
        <translation>&amp;Ausstehende zeigen</translation>
    </message>
    <message>
        <source>&amp;Build Connector…</source>
        <translation>Connector &amp;bauen …</translation>
    </message>
    <message>
        <source>P&amp;ublish…</source>
        <translation>&amp;Veröffentlichen …</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>&amp;Installieren</translation>
    </message>
    <message>
        <source>&amp;Rate</source>
        <translation>&amp;Bewerten</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>Search connectors</source>
        <translation>Connectoren suchen</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>Buchhaltung</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Any price</source>
        <translation>Jeder Preis</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <source>Freemium</source>
        <translation>Freemium</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Kostenpflichtig</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Preismodell</translation>
    </message>
    <message>
        <source>Listings waiting for an admin&apos;s approval (yours, or all for admins)</source>
        <translation>Einträge, die auf die Freigabe eines Admins warten (Ihre, oder alle für Admins)</translation>
    </message>
    <message>
        <source>List one of this workspace&apos;s deployed custom connectors</source>
        <translation>Einen bereitgestellten eigenen Connector dieses Arbeitsbereichs listen</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connector</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Installs</source>
        <translation>Installationen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Marketplace listings</source>
        <translation>Marktplatz-Einträge</translation>
    </message>
    <message>
        <source>Connector details</source>
        <translation>Connector-Details</translation>
    </message>
    <message>
        <source>Your rating</source>
        <translation>Ihre Bewertung</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <source>Deploy a custom connector first (Build Connector…).</source>
        <translation>Stellen Sie zuerst einen eigenen Connector bereit (Connector bauen …).</translation>
    </message>
    <message>
        <source>Publish to the Marketplace</source>
        <translation>Im Marktplatz veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Connector:</source>
        <translation>&amp;Connector:</translation>
    </message>
    <message>
        <source>&amp;Pricing:</source>
        <translation>&amp;Preismodell:</translation>
    </message>
    <message>
        <source>The listing stays pending until an admin approves it.</source>
        <translation>Der Eintrag bleibt ausstehend, bis ein Admin ihn freigibt.</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>Freigabe ausstehend</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>No connector selected</source>
        <translation>Kein Connector ausgewählt</translation>
    </message>
    <message>
        <source>&amp;Uninstall</source>
        <translation>&amp;Deinstallieren</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lesen</translation>
    </message>
    <message>
        <source>no fixture run</source>
        <translation>kein Lauf der Testaufzeichnung</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2, %n record(s)</source>
        <translation>
            <numerusform>%1 am %2, %n Datensatz</numerusform>
            <numerusform>%1 am %2, %n Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Pending an admin&apos;s approval</source>
        <translation>Wartet auf die Freigabe eines Admins</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>Streams</translation>
    </message>
    <message>
        <source>Fixture evidence</source>
        <translation>Nachweis aus der Testaufzeichnung</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In Arbeit …</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich ist geöffnet.</translation>
    </message>
    <message>
        <source>There is no custom connector %1.</source>
        <translation>Es gibt keinen eigenen Connector %1.</translation>
    </message>
    <message>
        <source>%1 has no recorded fixture; test it in the builder first.</source>
        <translation>%1 hat keine Testaufzeichnung; testen Sie ihn zuerst im Builder.</translation>
    </message>
    <message>
        <source>the search</source>
        <translation>die Suche</translation>
    </message>
    <message>
        <source>the category</source>
        <translation>die Kategorie</translation>
    </message>
    <message>
        <source>the pricing</source>
        <translation>das Preismodell</translation>
    </message>
    <message>
        <source>No connector is listed yet. Build one with File ▸ New Custom Connector… and publish it.</source>
        <translation>Noch ist kein Connector gelistet. Bauen Sie einen mit Datei ▸ Neuer eigener Connector… und veröffentlichen Sie ihn.</translation>
    </message>
    <message>
        <source>No approved connector is listed yet. Tick “Show pending” to see those awaiting approval, or build one with File ▸ New Custom Connector….</source>
        <translation>Noch ist kein freigegebener Connector gelistet. Kreuzen Sie „Ausstehende zeigen“ an, um die wartenden zu sehen, oder bauen Sie einen mit Datei ▸ Neuer eigener Connector….</translation>
    </message>
    <message>
        <source>Nothing matches %1. Clear it, or build a connector of your own.</source>
        <translation>Nichts passt zu %1. Setzen Sie es zurück oder bauen Sie einen eigenen Connector.</translation>
    </message>
    <message>
        <source>version %1 pending</source>
        <translation>Version %1 ausstehend</translation>
    </message>
    <message>
        <source>&amp;Approve Version %1</source>
        <translation>Version %1 &amp;freigeben</translation>
    </message>
    <message>
        <source>Re&amp;ject Version %1</source>
        <translation>Version %1 a&amp;blehnen</translation>
    </message>
    <message>
        <source>version %1 waits for an admin&apos;s approval; version %2 stays listed until then</source>
        <translation>Version %1 wartet auf die Freigabe durch einen Administrator; bis dahin bleibt Version %2 gelistet</translation>
    </message>
</context>
<context>
    <name>Orion::MarketplaceStore</name>
    <message>
        <source>Cannot read the marketplace: %1</source>
        <translation>Der Marktplatz kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The marketplace has no connector &quot;%1&quot;.</source>
        <translation>Der Marktplatz hat keinen Connector „%1“.</translation>
    </message>
    <message>
        <source>%1 is not approved yet.</source>
        <translation>%1 ist noch nicht freigegeben.</translation>
    </message>
    <message>
        <source>Cannot install %1: %2</source>
        <translation>%1 kann nicht installiert werden: %2</translation>
    </message>
    <message>
        <source>The listed spec of %1 is not valid: %2</source>
        <translation>Die gelistete Spezifikation von %1 ist nicht gültig: %2</translation>
    </message>
    <message>
        <source>Cannot uninstall: %1</source>
        <translation>Deinstallieren nicht möglich: %1</translation>
    </message>
    <message>
        <source>%1 is not installed.</source>
        <translation>%1 ist nicht installiert.</translation>
    </message>
    <message>
        <source>Category must be one of %1; pricing one of %2.</source>
        <translation>Die Kategorie muss eine von %1 sein, das Preismodell eines von %2.</translation>
    </message>
    <message>
        <source>custom:%1 is already in the marketplace.</source>
        <translation>custom:%1 ist bereits im Marktplatz.</translation>
    </message>
    <message>
        <source>Cannot publish: %1</source>
        <translation>Veröffentlichen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Only an administrator may approve or reject marketplace entries.</source>
        <translation>Nur ein Administrator darf Marktplatz-Einträge freigeben oder ablehnen.</translation>
    </message>
    <message>
        <source>Cannot change %1: %2</source>
        <translation>%1 kann nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>A rating is 1 to 5 stars.</source>
        <translation>Eine Bewertung hat 1 bis 5 Sterne.</translation>
    </message>
    <message>
        <source>Cannot rate: %1</source>
        <translation>Bewerten nicht möglich: %1</translation>
    </message>
    <message>
        <source>custom:%1 is already in the marketplace, listed by %2: publish yours under another name.</source>
        <translation>custom:%1 ist bereits im Marktplatz, gelistet von %2: Veröffentlichen Sie Ihren unter einem anderen Namen.</translation>
    </message>
    <message>
        <source>Version %1 of custom:%2 is already in the marketplace: publish a newer version.</source>
        <translation>Version %1 von custom:%2 ist bereits im Marktplatz: Veröffentlichen Sie eine neuere Version.</translation>
    </message>
    <message>
        <source>A review is approved or rejected.</source>
        <translation>Eine Prüfung lautet „freigegeben“ oder „abgelehnt“.</translation>
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
    <name>Orion::OAuth2RefreshAuthenticator</name>
    <message>
        <source>Connection &quot;%1&quot; has no %2 authorisation yet; authorise it first (or set %3).</source>
        <translation>Die Verbindung „%1“ hat noch keine %2-Autorisierung; autorisieren Sie sie zuerst (oder setzen Sie %3).</translation>
    </message>
    <message>
        <source>The %1 authorisation of connection &quot;%2&quot; has expired or was revoked; re-authorise the connection.</source>
        <translation>Die %1-Autorisierung der Verbindung „%2“ ist abgelaufen oder wurde widerrufen; autorisieren Sie die Verbindung erneut.</translation>
    </message>
    <message>
        <source>%1 refused the token refresh for connection &quot;%2&quot; (%3); check the client id and secret.</source>
        <translation>%1 hat die Token-Aktualisierung für die Verbindung „%2“ abgelehnt (%3); prüfen Sie Client-ID und -Geheimnis.</translation>
    </message>
    <message>
        <source>%1 token endpoint answered HTTP %2.</source>
        <translation>Der Token-Endpunkt von %1 hat mit HTTP %2 geantwortet.</translation>
    </message>
    <message>
        <source>%1 token endpoint returned no access token.</source>
        <translation>Der Token-Endpunkt von %1 hat kein Zugriffstoken geliefert.</translation>
    </message>
    <message>
        <source>The rotated refresh token could not be saved: %1</source>
        <translation>Das erneuerte Aktualisierungstoken konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Orion::OAuthAuthorizer</name>
    <message>
        <source>The service granted access but sent no refresh token; allow offline access for the app.</source>
        <translation>Der Dienst hat den Zugriff gewährt, aber kein Aktualisierungstoken gesendet; erlauben Sie der App den Offline-Zugriff.</translation>
    </message>
    <message>
        <source>The token endpoint could not be reached.</source>
        <translation>Der Token-Endpunkt ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The service refused the authorisation.</source>
        <translation>Der Dienst hat die Autorisierung abgelehnt.</translation>
    </message>
    <message>
        <source>The service answered without a token.</source>
        <translation>Der Dienst hat ohne Token geantwortet.</translation>
    </message>
    <message>
        <source>The sign-in answer did not match this request (state mismatch).</source>
        <translation>Die Antwort der Anmeldung passt nicht zu dieser Anfrage (state stimmt nicht überein).</translation>
    </message>
    <message>
        <source>The authorisation failed.</source>
        <translation>Die Autorisierung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 for the sign-in answer.</source>
        <translation>Auf 127.0.0.1 kann nicht auf die Antwort der Anmeldung gewartet werden.</translation>
    </message>
    <message>
        <source>Orion Connector Studio received the authorisation. You can close this page.</source>
        <translation>Orion Connector Studio hat die Autorisierung erhalten. Sie können diese Seite schließen.</translation>
    </message>
</context>
<context>
    <name>Orion::PushDialog</name>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Changes or reason</source>
        <translation>Änderungen oder Grund</translation>
    </message>
    <message>
        <source>new in %1</source>
        <translation>neu in %1</translation>
    </message>
    <message>
        <source>%1: (empty) → “%2”</source>
        <translation>%1: (leer) → „%2“</translation>
    </message>
    <message>
        <source>%1: “%2” → “%3”</source>
        <translation>%1: „%2“ → „%3“</translation>
    </message>
    <message>
        <source>the same as %1&apos;s record %2</source>
        <translation>wie Datensatz %2 in %1</translation>
    </message>
    <message>
        <source>Stored &amp;records of:</source>
        <translation>Gespeicherte &amp;Datensätze von:</translation>
    </message>
    <message>
        <source>A JSON-&amp;lines file:</source>
        <translation>Eine JSON-&amp;Lines-Datei:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen …</translation>
    </message>
    <message>
        <source>&amp;Dry Run</source>
        <translation>&amp;Probelauf</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Push Customers to %1</source>
        <translation>Kunden an %1 übertragen</translation>
    </message>
    <message>
        <source>Source connection</source>
        <translation>Quellverbindung</translation>
    </message>
    <message>
        <source>name, e-mail or company contains… (empty: all)</source>
        <translation>Name, E-Mail oder Firma enthält … (leer: alle)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>one unified customer per line, as orion records prints them</source>
        <translation>ein vereinheitlichter Kunde pro Zeile, wie orion records sie ausgibt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>There is no other connection to read stored customers from</source>
        <translation>Es gibt keine andere Verbindung, aus der gespeicherte Kunden gelesen werden können</translation>
    </message>
    <message>
        <source>Push plan</source>
        <translation>Übertragungsplan</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Customers are matched to &lt;b&gt;%1&lt;/b&gt;&apos;s by e-mail. A dry run reads %1 and changes nothing; &lt;i&gt;Apply&lt;/i&gt; then writes what it shows.</source>
        <translation>Kunden werden per E-Mail den Kunden von &lt;b&gt;%1&lt;/b&gt; zugeordnet. Ein Probelauf liest %1 und ändert nichts; &lt;i&gt;Anwenden&lt;/i&gt; schreibt dann, was er zeigt.</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 failed.</source>
        <translation>%1 angelegt, %2 aktualisiert, %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Recorded in Activity.</source>
        <translation>In der Aktivität festgehalten.</translation>
    </message>
    <message>
        <source>Customers to Push</source>
        <translation>Zu übertragende Kunden</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl *.ndjson *.json);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.ndjson *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>A dry run or a push is running</source>
        <translation>Ein Probelauf oder eine Übertragung läuft</translation>
    </message>
    <message>
        <source>Choose the customers to push first</source>
        <translation>Wählen Sie zuerst die zu übertragenden Kunden</translation>
    </message>
    <message>
        <source>Read %1 and show what a push would do</source>
        <translation>%1 lesen und zeigen, was eine Übertragung tun würde</translation>
    </message>
    <message>
        <source>Run a dry run of this source first: Apply writes what it shows</source>
        <translation>Führen Sie zuerst einen Probelauf dieser Quelle aus: Anwenden schreibt, was er zeigt</translation>
    </message>
    <message>
        <source>The dry run found nothing to create or update</source>
        <translation>Der Probelauf fand nichts anzulegen oder zu aktualisieren</translation>
    </message>
    <message numerus="yes">
        <source>Write %n customer(s) to %1</source>
        <translation>
            <numerusform>%n Kunden in %1 schreiben</numerusform>
            <numerusform>%n Kunden in %1 schreiben</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop at the next page or record</source>
        <translation>Bei der nächsten Seite oder dem nächsten Datensatz anhalten</translation>
    </message>
    <message>
        <source>Nothing is running</source>
        <translation>Es läuft nichts</translation>
    </message>
    <message>
        <source>Dry run: reading %1…</source>
        <translation>Probelauf: %1 wird gelesen …</translation>
    </message>
    <message>
        <source>Dry run: %1. Nothing has been written.</source>
        <translation>Probelauf: %1. Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Review the plan, then Apply to write it.</source>
        <translation>Prüfen Sie den Plan, dann schreibt Anwenden ihn.</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n customer(s) to %1…</source>
        <translation>
            <numerusform>%n Kunde wird in %1 geschrieben …</numerusform>
            <numerusform>%n Kunden werden in %1 geschrieben …</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Stop the Push?</source>
        <translation>Übertragung anhalten?</translation>
    </message>
    <message>
        <source>A dry run or a push is running. Stop it and close?</source>
        <translation>Ein Probelauf oder eine Übertragung läuft. Anhalten und schließen?</translation>
    </message>
    <message>
        <source>Applied to %1: the plan below was written; run a dry run again to compare with %1 as it is now.</source>
        <translation>Auf %1 angewandt: Der Plan unten wurde geschrieben; ein neuer Probelauf vergleicht mit %1, wie es jetzt ist.</translation>
    </message>
</context>
<context>
    <name>Orion::PushPlan</name>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 unchanged, %4 refused</source>
        <translation>%1 anzulegen, %2 zu aktualisieren, %3 unverändert, %4 abgelehnt</translation>
    </message>
</context>
<context>
    <name>Orion::PushPlanner</name>
    <message>
        <source>It has no e-mail address to match it with the target&apos;s records.</source>
        <translation>Er hat keine E-Mail-Adresse, um ihn den Datensätzen des Ziels zuzuordnen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Record %1 above has the same e-mail address.</source>
        <translation>Datensatz %1 weiter oben hat dieselbe E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The target could not be read.</source>
        <translation>Das Ziel konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Das Lesen von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>There is no connection named &quot;%1&quot;.</source>
        <translation>Es gibt keine Verbindung namens „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>Push of %n record(s) to %1: %2</source>
        <translation>
            <numerusform>Übertragung von %n Datensatz an %1: %2</numerusform>
            <numerusform>Übertragung von %n Datensätzen an %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>refused %1: %2</source>
        <translation>abgelehnt %1: %2</translation>
    </message>
    <message>
        <source>unchanged %1</source>
        <translation>unverändert %1</translation>
    </message>
    <message>
        <source>failed %1: %2</source>
        <translation>fehlgeschlagen %1: %2</translation>
    </message>
    <message>
        <source>not written %1: %2</source>
        <translation>nicht geschrieben %1: %2</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>angelegt %1</translation>
    </message>
    <message>
        <source>updated %1 (%2)</source>
        <translation>aktualisiert %1 (%2)</translation>
    </message>
    <message>
        <source>The push was not recorded in Activity: %1</source>
        <translation>Die Übertragung wurde nicht in der Aktivität festgehalten: %1</translation>
    </message>
    <message>
        <source>line %1: not a JSON object (%2)</source>
        <translation>Zeile %1: kein JSON-Objekt (%2)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The source has no customers to push.</source>
        <translation>Die Quelle hat keine zu übertragenden Kunden.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %1 to compare %n record(s) with it…</source>
        <translation>
            <numerusform>%1 wird gelesen, um %n Datensatz damit zu vergleichen …</numerusform>
            <numerusform>%1 wird gelesen, um %n Datensätze damit zu vergleichen …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Orion::QuickBooksConnector</name>
    <message>
        <source>Customers and invoices from QuickBooks Online; creates customers or updates them sparsely.</source>
        <translation>Kunden und Rechnungen aus QuickBooks Online; legt Kunden an oder aktualisiert sie teilweise.</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>Basis-URL der API</translation>
    </message>
    <message>
        <source>Requests go to {api_base}/v3/company/{realm_id}/…; https://sandbox-quickbooks.api.intuit.com for sandboxes.</source>
        <translation>Anfragen gehen an {api_base}/v3/company/{realm_id}/…; https://sandbox-quickbooks.api.intuit.com für Sandboxes.</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <source>OAuth token endpoint.</source>
        <translation>OAuth-Token-Endpunkt.</translation>
    </message>
    <message>
        <source>Authorization URL</source>
        <translation>Autorisierungs-URL</translation>
    </message>
    <message>
        <source>Where the browser signs in.</source>
        <translation>Wo sich der Browser anmeldet.</translation>
    </message>
    <message>
        <source>Company ID (realm)</source>
        <translation>Firmen-ID (Realm)</translation>
    </message>
    <message>
        <source>The QuickBooks company to read and write.</source>
        <translation>Die QuickBooks-Firma, die gelesen und geschrieben wird.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>The Intuit app&apos;s client id.</source>
        <translation>Die Client-ID der Intuit-App.</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Space-separated OAuth scopes to request.</source>
        <translation>Angeforderte OAuth-Berechtigungen, durch Leerzeichen getrennt.</translation>
    </message>
    <message>
        <source>Minor version</source>
        <translation>Unterversion</translation>
    </message>
    <message>
        <source>API minor version (versions below 75 are retired).</source>
        <translation>Unterversion der API (Versionen unter 75 sind eingestellt).</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>The company&apos;s home currency, for invoices without CurrencyRef.</source>
        <translation>Die Hauswährung der Firma, für Rechnungen ohne CurrencyRef.</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>Standardregion für Telefonnummern</translation>
    </message>
    <message>
        <source>Country used to read phone numbers written without a country code.</source>
        <translation>Land, mit dem Telefonnummern ohne Ländervorwahl gelesen werden.</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Seitengröße</translation>
    </message>
    <message>
        <source>MAXRESULTS per query (1–1000).</source>
        <translation>MAXRESULTS pro Abfrage (1–1000).</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>Rate budget per company (QuickBooks allows 10 per second and 500 per minute).</source>
        <translation>Anfragebudget pro Firma (QuickBooks erlaubt 10 pro Sekunde und 500 pro Minute).</translation>
    </message>
    <message>
        <source>Wait after 429 (s)</source>
        <translation>Wartezeit nach 429 (s)</translation>
    </message>
    <message>
        <source>How long to wait after QuickBooks throttles a request.</source>
        <translation>Wie lange nach einer Drosselung durch QuickBooks gewartet wird.</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Aktualisierungstoken</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Invoices with their lines</source>
        <translation>Rechnungen mit ihren Positionen</translation>
    </message>
    <message>
        <source>QuickBooks answered HTTP %1 for %2: %3 (%4)</source>
        <translation>QuickBooks hat für %2 mit HTTP %1 geantwortet: %3 (%4)</translation>
    </message>
    <message>
        <source>QuickBooks answered HTTP %1 for %2.</source>
        <translation>QuickBooks hat für %2 mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>a customer without Id</source>
        <translation>ein Kunde ohne Id</translation>
    </message>
    <message>
        <source>an invoice without Id</source>
        <translation>eine Rechnung ohne Id</translation>
    </message>
    <message>
        <source>invoice %1 has no valid currency</source>
        <translation>Rechnung %1 hat keine gültige Währung</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>QuickBooks needs a display name (full name or company)</source>
        <translation>QuickBooks braucht einen Anzeigenamen (vollständiger Name oder Firma)</translation>
    </message>
    <message>
        <source>Filled in by Sign In.</source>
        <translation>Wird durch „Anmelden“ ausgefüllt.</translation>
    </message>
    <message>
        <source>Webhook verifier token</source>
        <translation>Prüftoken für Webhooks</translation>
    </message>
    <message>
        <source>The app&apos;s verifier token, for orion webhook serve.</source>
        <translation>Das Prüftoken der App, für orion webhook serve.</translation>
    </message>
    <message>
        <source>The body is not a QuickBooks webhook: an event of type &quot;%1&quot;.</source>
        <translation>Der Inhalt ist kein QuickBooks-Webhook: ein Ereignis vom Typ „%1“.</translation>
    </message>
    <message>
        <source>The body is not a QuickBooks webhook.</source>
        <translation>Der Inhalt ist kein QuickBooks-Webhook.</translation>
    </message>
</context>
<context>
    <name>Orion::RecordStore</name>
    <message>
        <source>Cannot read the sync checkpoint: %1</source>
        <translation>Der Synchronisierungsstand kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot store customer %1: %2</source>
        <translation>Kunde %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot store invoice %1: %2</source>
        <translation>Rechnung %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Eine Transaktion kann nicht begonnen werden: %1</translation>
    </message>
    <message>
        <source>Cannot save the sync checkpoint: %1</source>
        <translation>Der Synchronisierungsstand kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot commit the page: %1</source>
        <translation>Die Seite kann nicht festgeschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the records: %1</source>
        <translation>Die Datensätze können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot count the records: %1</source>
        <translation>Die Datensätze können nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>record %1 was not stored: %2</source>
        <translation>Datensatz %1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>Cannot store customers: %1</source>
        <translation>Kunden können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot store invoices: %1</source>
        <translation>Rechnungen können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot mark record %1 as deleted: %2</source>
        <translation>Datensatz %1 kann nicht als gelöscht markiert werden: %2</translation>
    </message>
</context>
<context>
    <name>Orion::SalesforceConnector</name>
    <message>
        <source>Accounts, contacts, leads and opportunities from Salesforce; upserts by external id, in bulk for large sets.</source>
        <translation>Accounts, Kontakte, Leads und Opportunities aus Salesforce; Upsert per externer ID, bei großen Mengen als Bulk.</translation>
    </message>
    <message>
        <source>Login URL</source>
        <translation>Anmelde-URL</translation>
    </message>
    <message>
        <source>https://login.salesforce.com for production, https://test.salesforce.com for sandboxes, or your My Domain URL. The token answer names the instance all other calls go to.</source>
        <translation>https://login.salesforce.com für die Produktion, https://test.salesforce.com für Sandboxes oder Ihre My-Domain-URL. Die Token-Antwort nennt die Instanz für alle weiteren Aufrufe.</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API-Version</translation>
    </message>
    <message>
        <source>REST API version, e.g. 60.0.</source>
        <translation>REST-API-Version, z. B. 60.0.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>The connected app&apos;s consumer key.</source>
        <translation>Der Consumer Key der verbundenen App.</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Space-separated OAuth scopes to request.</source>
        <translation>Angeforderte OAuth-Berechtigungen, durch Leerzeichen getrennt.</translation>
    </message>
    <message>
        <source>External ID field</source>
        <translation>Feld der externen ID</translation>
    </message>
    <message>
        <source>The unique external-id field pushes upsert by; a unified record&apos;s external_id becomes its value.</source>
        <translation>Das eindeutige External-ID-Feld für den Upsert; die external_id eines einheitlichen Datensatzes wird sein Wert.</translation>
    </message>
    <message>
        <source>Push to</source>
        <translation>Schreiben nach</translation>
    </message>
    <message>
        <source>The sObject that pushed customers become.</source>
        <translation>Das sObject, zu dem geschriebene Kunden werden.</translation>
    </message>
    <message>
        <source>Bulk from</source>
        <translation>Bulk ab</translation>
    </message>
    <message>
        <source>Pushes of this many records or more use Bulk API 2.0; smaller ones use REST.</source>
        <translation>Schreibvorgänge ab dieser Anzahl nutzen Bulk API 2.0, kleinere REST.</translation>
    </message>
    <message>
        <source>Bulk upload limit (MB)</source>
        <translation>Bulk-Upload-Grenze (MB)</translation>
    </message>
    <message>
        <source>Largest CSV per Bulk job (Salesforce accepts 150 MB base64-encoded, about 100 MB raw).</source>
        <translation>Größte CSV pro Bulk-Job (Salesforce nimmt 150 MB Base64-kodiert an, etwa 100 MB roh).</translation>
    </message>
    <message>
        <source>Bulk wait limit (s)</source>
        <translation>Bulk-Wartegrenze (s)</translation>
    </message>
    <message>
        <source>How long to wait for a Bulk job to finish before reporting it as still running.</source>
        <translation>Wie lange auf das Ende eines Bulk-Jobs gewartet wird, bevor er als noch laufend gemeldet wird.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>ISO 4217 currency of opportunity amounts (orgs without multi-currency).</source>
        <translation>ISO-4217-Währung der Opportunity-Beträge (Orgs ohne Mehrwährung).</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>Standardregion für Telefonnummern</translation>
    </message>
    <message>
        <source>Country used to read phone numbers written without a country code.</source>
        <translation>Land, mit dem Telefonnummern ohne Ländervorwahl gelesen werden.</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Seitengröße</translation>
    </message>
    <message>
        <source>Sforce-Query-Options batchSize (200–2000; Salesforce may return fewer).</source>
        <translation>Sforce-Query-Options batchSize (200–2000; Salesforce kann weniger liefern).</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>Rate budget of this connection.</source>
        <translation>Anfragebudget dieser Verbindung.</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Aktualisierungstoken</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>The connected app&apos;s consumer secret (not needed when the app does not require it).</source>
        <translation>Das Consumer Secret der verbundenen App (nicht nötig, wenn die App es nicht verlangt).</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Opportunities, as invoices</source>
        <translation>Opportunities, als Rechnungen</translation>
    </message>
    <message>
        <source>a record without Id</source>
        <translation>ein Datensatz ohne Id</translation>
    </message>
    <message>
        <source>opportunity %1 has no valid currency</source>
        <translation>Opportunity %1 hat keine gültige Währung</translation>
    </message>
    <message>
        <source>Salesforce needs its OAuth authenticator.</source>
        <translation>Salesforce braucht seinen OAuth-Authentifikator.</translation>
    </message>
    <message>
        <source>The Salesforce token answer named no instance URL.</source>
        <translation>Die Token-Antwort von Salesforce nannte keine Instanz-URL.</translation>
    </message>
    <message>
        <source>Salesforce answered HTTP %1 for %2.</source>
        <translation>Salesforce hat für %2 mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>Salesforce answered HTTP %1 for %2: %3: %4</source>
        <translation>Salesforce hat für %2 mit HTTP %1 geantwortet: %3: %4</translation>
    </message>
    <message>
        <source>The query was refused: %1.</source>
        <translation>Die Abfrage wurde abgelehnt: %1.</translation>
    </message>
    <message>
        <source>Salesforce sent unreadable %1: %2</source>
        <translation>Salesforce hat unlesbare %1 gesendet: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>a record without external_id cannot be upserted</source>
        <translation>ein Datensatz ohne external_id kann nicht per Upsert geschrieben werden</translation>
    </message>
    <message>
        <source>%1 %2 = %3 matches several records; nothing was written</source>
        <translation>%1 %2 = %3 passt auf mehrere Datensätze; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>the external_id appears twice in this push</source>
        <translation>die external_id kommt in diesem Schreibvorgang doppelt vor</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>nicht gesendet: %1</translation>
    </message>
    <message>
        <source>not processed: the job ended %1 (%2)</source>
        <translation>nicht verarbeitet: Der Job endete %1 (%2)</translation>
    </message>
    <message>
        <source>Bulk job %1 reported no result for this record</source>
        <translation>Bulk-Job %1 meldete kein Ergebnis für diesen Datensatz</translation>
    </message>
    <message>
        <source>Filled in by Sign In.</source>
        <translation>Wird durch „Anmelden“ ausgefüllt.</translation>
    </message>
    <message>
        <source>Bulk job %1 was accepted by Salesforce, but its outcome could not be read: %2</source>
        <translation>Bulk-Auftrag %1 wurde von Salesforce angenommen, sein Ergebnis konnte aber nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>sent in Bulk job %1; its outcome is unknown (%2). Check the job in Salesforce before pushing again.</source>
        <translation>in Bulk-Auftrag %1 gesendet; das Ergebnis ist unbekannt (%2). Prüfen Sie den Auftrag in Salesforce, bevor Sie erneut senden.</translation>
    </message>
    <message>
        <source>it is still %1 after %2 s</source>
        <translation>er ist nach %2 s noch %1</translation>
    </message>
    <message>
        <source>no temporary file for the %1 of the Bulk job: %2</source>
        <translation>keine temporäre Datei für %1 des Bulk-Auftrags: %2</translation>
    </message>
    <message>
        <source>Salesforce sent unreadable Bulk query results: %1</source>
        <translation>Salesforce hat unlesbare Bulk-Abfrageergebnisse gesendet: %1</translation>
    </message>
    <message>
        <source>Bulk query job %1 no longer exists (Salesforce keeps a job&apos;s results for seven days); run a full refresh to read the stream again.</source>
        <translation>Der Bulk-Abfrageauftrag %1 existiert nicht mehr (Salesforce bewahrt die Ergebnisse eines Auftrags sieben Tage auf); lesen Sie den Stream mit einer vollständigen Aktualisierung neu.</translation>
    </message>
    <message>
        <source>Bulk query job %1 ended %2: %3</source>
        <translation>Der Bulk-Abfrageauftrag %1 endete mit %2: %3</translation>
    </message>
    <message>
        <source>Salesforce gave no reason</source>
        <translation>Salesforce nannte keinen Grund</translation>
    </message>
    <message>
        <source>Bulk query job %1 finished, but Salesforce listed no result sets.</source>
        <translation>Der Bulk-Abfrageauftrag %1 ist fertig, aber Salesforce nannte keine Ergebnismengen.</translation>
    </message>
    <message>
        <source>Bulk reads from</source>
        <translation>Bulk-Lesen ab</translation>
    </message>
    <message>
        <source>Reads of this many records or more run as a Bulk API 2.0 query job whose result sets are downloaded concurrently (API 58.0 or later); smaller ones use the REST query. 0 always uses REST.</source>
        <translation>Lesevorgänge ab so vielen Datensätzen laufen als Bulk-API-2.0-Abfrageauftrag, dessen Ergebnismengen gleichzeitig heruntergeladen werden (API 58.0 oder neuer); kleinere nutzen die REST-Abfrage. 0 nutzt immer REST.</translation>
    </message>
    <message>
        <source>Bulk query job %1: %2</source>
        <translation>Bulk-Abfrageauftrag %1: %2</translation>
    </message>
</context>
<context>
    <name>Orion::Schedule</name>
    <message>
        <source>The interval must be between 1 minute and 366 days.</source>
        <translation>Das Intervall muss zwischen 1 Minute und 366 Tagen liegen.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot; (use an IANA name such as Europe/Berlin, or UTC).</source>
        <translation>Unbekannte Zeitzone „%1“ (verwenden Sie einen IANA-Namen wie Europe/Berlin oder UTC).</translation>
    </message>
    <message>
        <source>Invalid cron expression: %1</source>
        <translation>Ungültiger Cron-Ausdruck: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: write the interval as a number and a unit, e.g. &quot;every 15m&quot;, &quot;every 2h&quot; or &quot;every 1d&quot;.</source>
        <translation>„%1“: Schreiben Sie das Intervall als Zahl und Einheit, z. B. „every 15m“, „every 2h“ oder „every 1d“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: write &quot;cron&quot;, five fields or a macro such as @daily, and optionally a time zone.</source>
        <translation>„%1“: Schreiben Sie „cron“, fünf Felder oder ein Makro wie @daily und optional eine Zeitzone.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a schedule: use &quot;manual&quot;, &quot;every 15m&quot; (s, m, h or d) or &quot;cron */5 * * * * [TIME ZONE]&quot;.</source>
        <translation>„%1“ ist kein Zeitplan: verwenden Sie „manual“, „every 15m“ (s, m, h oder d) oder „cron */5 * * * * [ZEITZONE]“.</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Jeden Tag</numerusform>
            <numerusform>Alle %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Jede Stunde</numerusform>
            <numerusform>Alle %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Jede Minute</numerusform>
            <numerusform>Alle %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n second(s)</source>
        <translation>
            <numerusform>Jede Sekunde</numerusform>
            <numerusform>Alle %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Cron %1 (%2)</source>
        <translation>Cron %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Orion::ScheduleEditor</name>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Run on &amp;workers (the PostgreSQL job queue) instead of this app</source>
        <translation>Auf &amp;Workern ausführen (PostgreSQL-Auftragswarteschlange) statt in dieser Anwendung</translation>
    </message>
    <message>
        <source>Manual (only when started)</source>
        <translation>Manuell (nur wenn gestartet)</translation>
    </message>
    <message>
        <source>Every…</source>
        <translation>Alle …</translation>
    </message>
    <message>
        <source>Cron expression</source>
        <translation>Cron-Ausdruck</translation>
    </message>
    <message>
        <source>Schedule type</source>
        <translation>Art des Zeitplans</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Interval unit</source>
        <translation>Intervalleinheit</translation>
    </message>
    <message>
        <source>Minute, hour, day of month, month, day of week: * , - / and names (jan, mon); or @hourly, @daily, @weekly, @monthly</source>
        <translation>Minute, Stunde, Tag, Monat, Wochentag: * , - / und Namen (jan, mon); oder @hourly, @daily, @weekly, @monthly</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Next runs</source>
        <translation>Nächste Läufe</translation>
    </message>
    <message>
        <source>E&amp;xpression:</source>
        <translation>A&amp;usdruck:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>R&amp;uns:</source>
        <translation>&amp;Läuft:</translation>
    </message>
    <message>
        <source>Schedule: %1</source>
        <translation>Zeitplan: %1</translation>
    </message>
    <message>
        <source>Syncs run only when started (Sync Now, the command line, Slack).</source>
        <translation>Synchronisierungen laufen nur, wenn sie gestartet werden (Jetzt synchronisieren, Kommandozeile, Slack).</translation>
    </message>
    <message>
        <source>This schedule never runs.</source>
        <translation>Dieser Zeitplan läuft nie.</translation>
    </message>
    <message>
        <source>Next runs: %1 (%2)</source>
        <translation>Nächste Läufe: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Orion::ScheduleStore</name>
    <message>
        <source>There is no connection named &quot;%1&quot;.</source>
        <translation>Es gibt keine Verbindung namens „%1“.</translation>
    </message>
    <message>
        <source>The schedule &quot;%1&quot; never runs (no matching time in the next five years).</source>
        <translation>Der Zeitplan „%1“ läuft nie (kein passender Zeitpunkt in den nächsten fünf Jahren).</translation>
    </message>
    <message>
        <source>Cannot save the schedule: %1</source>
        <translation>Der Zeitplan kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the schedules: %1</source>
        <translation>Die Zeitpläne können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot advance the schedule of %1: %2</source>
        <translation>Der Zeitplan von %1 kann nicht fortgeschrieben werden: %2</translation>
    </message>
    <message>
        <source>Workers need a PostgreSQL workspace.</source>
        <translation>Worker brauchen einen PostgreSQL-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Cannot take the scheduler lock: %1</source>
        <translation>Die Sperre des Planers kann nicht genommen werden: %1</translation>
    </message>
    <message>
        <source>Cannot start the scheduler&apos;s transaction: %1</source>
        <translation>Die Transaktion des Planers kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Cannot queue the scheduled syncs: %1</source>
        <translation>Die geplanten Synchronisierungen können nicht eingereiht werden: %1</translation>
    </message>
    <message>
        <source>There is no connection with id %1 (it was deleted).</source>
        <translation>Es gibt keine Verbindung mit der ID %1 (sie wurde gelöscht).</translation>
    </message>
</context>
<context>
    <name>Orion::SealedBox</name>
    <message>
        <source>There is no worker pool key file %1 (make one with &apos;orion worker keygen&apos;).</source>
        <translation>Es gibt keine Schlüsseldatei des Worker-Pools %1 (erstellen Sie eine mit &apos;orion worker keygen&apos;).</translation>
    </message>
    <message>
        <source>The worker pool key file %1 is readable by others; make it owner-only (chmod 600).</source>
        <translation>Die Schlüsseldatei des Worker-Pools %1 ist für andere lesbar; beschränken Sie sie auf den Besitzer (chmod 600).</translation>
    </message>
    <message>
        <source>Cannot read the worker pool key file %1: %2</source>
        <translation>Die Schlüsseldatei des Worker-Pools %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The worker pool key file %1 is damaged.</source>
        <translation>Die Schlüsseldatei des Worker-Pools %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the worker pool key file %1: %2</source>
        <translation>Die Schlüsseldatei des Worker-Pools %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Orion::SealedSecretBackend</name>
    <message>
        <source>sealed secrets of the workspace (pool key %1)</source>
        <translation>versiegelte Geheimnisse des Arbeitsbereichs (Pool-Schlüssel %1)</translation>
    </message>
    <message>
        <source>Cannot read the sealed secrets: %1</source>
        <translation>Die versiegelten Geheimnisse können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The %1 of this connection is sealed to pool key %2, but this worker holds key %3: copy the current key file to it.</source>
        <translation>%1 dieser Verbindung ist für Pool-Schlüssel %2 versiegelt, dieser Worker hat aber Schlüssel %3: Kopieren Sie die aktuelle Schlüsseldatei zu ihm.</translation>
    </message>
    <message>
        <source>The sealed %1 of this connection does not open with the pool key (changed, or sealed to another key).</source>
        <translation>Das versiegelte %1 dieser Verbindung lässt sich mit dem Pool-Schlüssel nicht öffnen (verändert oder für einen anderen Schlüssel versiegelt).</translation>
    </message>
    <message>
        <source>Only connections&apos; secrets are sealed for the workers.</source>
        <translation>Nur Geheimnisse von Verbindungen werden für die Worker versiegelt.</translation>
    </message>
    <message>
        <source>Cannot store the sealed %1: %2</source>
        <translation>Das versiegelte %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Another worker has been refreshing this connection&apos;s token for too long: %1</source>
        <translation>Ein anderer Worker erneuert das Token dieser Verbindung schon zu lange: %1</translation>
    </message>
</context>
<context>
    <name>Orion::SealedSecrets</name>
    <message>
        <source>Cannot read the worker pool key: %1</source>
        <translation>Der Schlüssel des Worker-Pools kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>There is no worker pool key yet, so the workers cannot read this connection&apos;s secrets: run &apos;orion worker keygen&apos; on a worker, then save the connection again.</source>
        <translation>Es gibt noch keinen Schlüssel des Worker-Pools, daher können die Worker die Geheimnisse dieser Verbindung nicht lesen: Führen Sie &apos;orion worker keygen&apos; auf einem Worker aus und speichern Sie die Verbindung dann erneut.</translation>
    </message>
    <message>
        <source>The %1 could not be sealed for the workers.</source>
        <translation>%1 konnte nicht für die Worker versiegelt werden.</translation>
    </message>
    <message>
        <source>Cannot store the %1 for the workers: %2</source>
        <translation>%1 kann nicht für die Worker gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot withdraw the connection&apos;s secrets from the workers: %1</source>
        <translation>Die Geheimnisse der Verbindung können den Workern nicht entzogen werden: %1</translation>
    </message>
    <message>
        <source>Cannot lock the worker pool keys: %1</source>
        <translation>Die Schlüssel des Worker-Pools können nicht gesperrt werden: %1</translation>
    </message>
    <message>
        <source>The worker pool already has a key (id %1). Copy its key file to this worker, or make a new one with &apos;orion worker keygen --rotate --key-file CURRENT-KEY-FILE&apos;.</source>
        <translation>Der Worker-Pool hat bereits einen Schlüssel (ID %1). Kopieren Sie seine Schlüsseldatei zu diesem Worker oder erstellen Sie einen neuen mit &apos;orion worker keygen --rotate --key-file AKTUELLE-SCHLÜSSELDATEI&apos;.</translation>
    </message>
    <message>
        <source>The key file given is not the pool&apos;s current key, so the sealed secrets could not be opened to reseal them.</source>
        <translation>Die angegebene Schlüsseldatei ist nicht der aktuelle Schlüssel des Pools; die versiegelten Geheimnisse konnten daher nicht zum Neuversiegeln geöffnet werden.</translation>
    </message>
    <message>
        <source>libsodium could not make a key pair.</source>
        <translation>libsodium konnte kein Schlüsselpaar erzeugen.</translation>
    </message>
    <message>
        <source>Cannot retire the old pool key: %1</source>
        <translation>Der alte Pool-Schlüssel kann nicht außer Dienst gestellt werden: %1</translation>
    </message>
    <message>
        <source>Cannot store the pool key: %1</source>
        <translation>Der Pool-Schlüssel kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the sealed secrets: %1</source>
        <translation>Die versiegelten Geheimnisse können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>A sealed secret (%1 of connection %2) does not open with the current key; nothing was changed.</source>
        <translation>Ein versiegeltes Geheimnis (%1 der Verbindung %2) lässt sich mit dem aktuellen Schlüssel nicht öffnen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Cannot reseal a secret: %1</source>
        <translation>Ein Geheimnis kann nicht neu versiegelt werden: %1</translation>
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
        <source>Use the workspace in the application&apos;s data folder</source>
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
        <source>Its schema version %1 is newer than this application supports (%2).</source>
        <translation>Ihre Schemaversion %1 ist neuer, als diese Anwendung unterstützt (%2).</translation>
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
    <message>
        <source>Local matcher only (offline)</source>
        <translation>Nur lokaler Abgleich (offline)</translation>
    </message>
    <message>
        <source>Anthropic (Messages API)</source>
        <translation>Anthropic (Messages API)</translation>
    </message>
    <message>
        <source>OpenAI-compatible (OpenAI, Ollama, llama.cpp, vLLM)</source>
        <translation>OpenAI-kompatibel (OpenAI, Ollama, llama.cpp, vLLM)</translation>
    </message>
    <message>
        <source>LLM provider</source>
        <translation>LLM-Anbieter</translation>
    </message>
    <message>
        <source>LLM base URL</source>
        <translation>LLM-Basis-URL</translation>
    </message>
    <message>
        <source>LLM model</source>
        <translation>LLM-Modell</translation>
    </message>
    <message>
        <source>LLM API key</source>
        <translation>LLM-API-Schlüssel</translation>
    </message>
    <message>
        <source>Sample values sent per field</source>
        <translation>Gesendete Beispielwerte je Feld</translation>
    </message>
    <message>
        <source>Send the shape of values only (Xxxx@xxxx.xx), not the values</source>
        <translation>Nur die Form der Werte senden (Xxxx@xxxx.xx), nicht die Werte</translation>
    </message>
    <message>
        <source>Save Assistant Settings</source>
        <translation>Assistenteneinstellungen speichern</translation>
    </message>
    <message>
        <source>Mapping assistant</source>
        <translation>Zuordnungsassistent</translation>
    </message>
    <message>
        <source>P&amp;rovider:</source>
        <translation>An&amp;bieter:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Sample &amp;values per field:</source>
        <translation>Beispiel&amp;werte je Feld:</translation>
    </message>
    <message>
        <source>saved in %1 — type to replace</source>
        <translation>in %1 gespeichert — zum Ersetzen eingeben</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>dem Schlüsselbund</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Hybrid: the local matcher decides clear cases; only fields below confidence 0.9 go to the LLM, with at most the sample values set here. Fields named like secrets are never sent.</source>
        <translation>Hybrid: Der lokale Abgleich entscheidet klare Fälle; nur Felder unter Konfidenz 0,9 gehen an das LLM, mit höchstens den hier eingestellten Beispielwerten. Felder, die wie Geheimnisse heißen, werden nie gesendet.</translation>
    </message>
    <message>
        <source>Suggestions come from the local matcher only; nothing leaves this computer.</source>
        <translation>Vorschläge kommen nur vom lokalen Abgleich; nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>Standardregion für Telefonnummern</translation>
    </message>
    <message>
        <source>ISO 3166 country code for phone numbers written without a country code, e.g. US or DE</source>
        <translation>ISO-3166-Ländercode für Telefonnummern ohne Ländervorwahl, z. B. US oder DE</translation>
    </message>
    <message>
        <source>Default phone &amp;region:</source>
        <translation>Standard-Telefon&amp;region:</translation>
    </message>
    <message>
        <source>The default phone region is a two-letter country code such as US or DE.</source>
        <translation>Die Standard-Telefonregion ist ein zweibuchstabiger Ländercode wie US oder DE.</translation>
    </message>
    <message>
        <source>auto (verify-full, prefer on this computer)</source>
        <translation>auto (verify-full, prefer auf diesem Computer)</translation>
    </message>
    <message>
        <source>TLS mode (libpq sslmode). auto verifies the server&apos;s certificate and name for every host but this computer; prefer and require do not verify anything.</source>
        <translation>TLS-Modus (libpq sslmode). auto prüft Zertifikat und Namen des Servers für jeden Host außer diesem Computer; prefer und require prüfen nichts.</translation>
    </message>
    <message>
        <source>System CAs (or ~/.postgresql/root.crt)</source>
        <translation>System-CAs (oder ~/.postgresql/root.crt)</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>PEM file of the CA that signed the server&apos;s certificate (libpq sslrootcert).</source>
        <translation>PEM-Datei der CA, die das Zertifikat des Servers signiert hat (libpq sslrootcert).</translation>
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation>C&amp;A-Zertifikat:</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>The database has no Orion schema yet: its owner sets it up with orion migrate --as-owner (README, &quot;Team setup&quot;).</source>
        <translation>Die Datenbank hat noch kein Orion-Schema: ihr Eigentümer richtet es mit orion migrate --as-owner ein (README, &quot;Team setup&quot;).</translation>
    </message>
    <message>
        <source>Schema version %1; this version of Orion needs %2: the workspace&apos;s owner upgrades it with orion migrate --as-owner.</source>
        <translation>Schemaversion %1; diese Orion-Version braucht %2: der Eigentümer des Arbeitsbereichs aktualisiert es mit orion migrate --as-owner.</translation>
    </message>
</context>
<context>
    <name>Orion::SlackConnector</name>
    <message>
        <source>Messages, run alerts and approval requests to Slack channels; workspace members as customers.</source>
        <translation>Nachrichten, Lauf-Alarme und Freigabeanfragen an Slack-Kanäle; Mitglieder des Workspace als Kunden.</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>Basis-URL der API</translation>
    </message>
    <message>
        <source>Requests go to {api_base}/&lt;method&gt;, e.g. {api_base}/chat.postMessage.</source>
        <translation>Anfragen gehen an {api_base}/&lt;Methode&gt;, z. B. {api_base}/chat.postMessage.</translation>
    </message>
    <message>
        <source>Default channel</source>
        <translation>Standardkanal</translation>
    </message>
    <message>
        <source>Channel ID for messages and alerts, e.g. C0123ABCD.</source>
        <translation>Kanal-ID für Nachrichten und Alarme, z. B. C0123ABCD.</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>Rate budget (chat.postMessage allows about one message per second per channel).</source>
        <translation>Anfragebudget (chat.postMessage erlaubt etwa eine Nachricht pro Sekunde und Kanal).</translation>
    </message>
    <message>
        <source>Bot token</source>
        <translation>Bot-Token</translation>
    </message>
    <message>
        <source>xoxb-…</source>
        <translation>xoxb-…</translation>
    </message>
    <message>
        <source>App-level token</source>
        <translation>App-Token</translation>
    </message>
    <message>
        <source>xapp-… with connections:write, for Socket Mode.</source>
        <translation>xapp-… mit connections:write, für den Socket Mode.</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Signaturgeheimnis</translation>
    </message>
    <message>
        <source>Verifies requests Slack sends to an HTTP endpoint.</source>
        <translation>Prüft Anfragen, die Slack an einen HTTP-Endpunkt sendet.</translation>
    </message>
    <message>
        <source>Workspace members (users.list)</source>
        <translation>Mitglieder des Workspace (users.list)</translation>
    </message>
    <message>
        <source>Slack answered HTTP %1 to %2.</source>
        <translation>Slack hat auf %2 mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>Slack refused %1: %2</source>
        <translation>Slack hat %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source> (needs %1)</source>
        <translation> (braucht %1)</translation>
    </message>
    <message>
        <source>Slack&apos;s upload URL answered HTTP %1.</source>
        <translation>Die Upload-URL von Slack hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>%1 / %2 recovered: %3 records in %4 ms (run %5)</source>
        <translation>%1 / %2 wieder in Ordnung: %3 Datensätze in %4 ms (Lauf %5)</translation>
    </message>
    <message>
        <source>%1 / %2 %3: %4 error — %5 (run %6)</source>
        <translation>%1 / %2 %3: %4-Fehler – %5 (Lauf %6)</translation>
    </message>
    <message>
        <source>%1 / %2 succeeded: %3 records in %4 ms (run %5)</source>
        <translation>%1 / %2 erfolgreich: %3 Datensätze in %4 ms (Lauf %5)</translation>
    </message>
    <message>
        <source>✅ %1 recovered</source>
        <translation>✅ %1 wieder in Ordnung</translation>
    </message>
    <message>
        <source>✅ %1 synced</source>
        <translation>✅ %1 synchronisiert</translation>
    </message>
    <message>
        <source>🚨 %1 sync %2</source>
        <translation>🚨 %1 Synchronisierung %2</translation>
    </message>
    <message>
        <source>*Stream*
%1</source>
        <translation>*Stream*
%1</translation>
    </message>
    <message>
        <source>*Records*
%1 read, %2 written, %3 failed</source>
        <translation>*Datensätze*
%1 gelesen, %2 geschrieben, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>*Duration*
%1 ms</source>
        <translation>*Dauer*
%1 ms</translation>
    </message>
    <message>
        <source>*Run*
%1</source>
        <translation>*Lauf*
%1</translation>
    </message>
    <message>
        <source>*Error class:* `%1`
%2</source>
        <translation>*Fehlerklasse:* `%1`
%2</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>The body is not a Slack Events API request.</source>
        <translation>Der Inhalt ist keine Anfrage der Slack-Events-API.</translation>
    </message>
    <message>
        <source>Slack&apos;s url_verification carries no challenge.</source>
        <translation>Slacks url_verification enthält keine Challenge.</translation>
    </message>
    <message>
        <source>The body is not a Slack event (type &quot;%1&quot;).</source>
        <translation>Der Inhalt ist kein Slack-Ereignis (Typ „%1“).</translation>
    </message>
</context>
<context>
    <name>Orion::SlackEvents</name>
    <message>
        <source>listening</source>
        <translation>hört zu</translation>
    </message>
    <message>
        <source>reconnecting (%1)</source>
        <translation>verbindet erneut (%1)</translation>
    </message>
    <message>
        <source>stopped (%1)</source>
        <translation>angehalten (%1)</translation>
    </message>
</context>
<context>
    <name>Orion::SlackSocketMode</name>
    <message>
        <source>apps.connections.open failed: %1</source>
        <translation>apps.connections.open ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Slack refused apps.connections.open: %1</source>
        <translation>Slack hat apps.connections.open abgelehnt: %1</translation>
    </message>
    <message>
        <source>the connection dropped</source>
        <translation>die Verbindung ist abgebrochen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>gave up reconnecting: %1</source>
        <translation>erneutes Verbinden aufgegeben: %1</translation>
    </message>
</context>
<context>
    <name>Orion::SoqlEditor</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>SOQL — %1</source>
        <translation>SOQL – %1</translation>
    </message>
    <message>
        <source>sObject for field completion</source>
        <translation>sObject für die Feldvervollständigung</translation>
    </message>
    <message>
        <source>Field names of this sObject are offered while you type (Ctrl+Space)</source>
        <translation>Feldnamen dieses sObject werden beim Tippen angeboten (Strg+Leertaste)</translation>
    </message>
    <message>
        <source>SOQL query</source>
        <translation>SOQL-Abfrage</translation>
    </message>
    <message>
        <source>Run the query (Ctrl+Return)</source>
        <translation>Abfrage ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Query results</source>
        <translation>Abfrageergebnisse</translation>
    </message>
    <message>
        <source>Fields of:</source>
        <translation>Felder von:</translation>
    </message>
    <message>
        <source>Type a SELECT query and press Ctrl+Return.</source>
        <translation>Geben Sie eine SELECT-Abfrage ein und drücken Sie Strg+Eingabe.</translation>
    </message>
    <message>
        <source>Fields of %1 could not be loaded: %2</source>
        <translation>Die Felder von %1 konnten nicht geladen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) of %1 available for completion (Ctrl+Space).</source>
        <translation>
            <numerusform>%n Feld von %1 für die Vervollständigung verfügbar (Strg+Leertaste).</numerusform>
            <numerusform>%n Felder von %1 für die Vervollständigung verfügbar (Strg+Leertaste).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation>Nicht gesendet: %1.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft …</translation>
    </message>
    <message>
        <source>%1 of %2 record(s) in %3 ms.</source>
        <translation>%1 von %2 Datensätzen in %3 ms.</translation>
    </message>
</context>
<context>
    <name>Orion::SpecDetector</name>
    <message>
        <source>The test answer has status %1; detection needs a successful answer.</source>
        <translation>Die Testantwort hat den Status %1; die Erkennung braucht eine erfolgreiche Antwort.</translation>
    </message>
    <message>
        <source>The answer is not a JSON object, so nothing can be detected from it.</source>
        <translation>Die Antwort ist kein JSON-Objekt, daher lässt sich nichts daraus erkennen.</translation>
    </message>
    <message>
        <source>The answer holds no list of records (objects).</source>
        <translation>Die Antwort enthält keine Liste von Datensätzen (Objekten).</translation>
    </message>
    <message numerus="yes">
        <source>Records: the list at &quot;%1&quot; (%n on this page).</source>
        <translation>
            <numerusform>Datensätze: die Liste unter „%1“ (%n auf dieser Seite).</numerusform>
            <numerusform>Datensätze: die Liste unter „%1“ (%n auf dieser Seite).</numerusform>
        </translation>
    </message>
    <message>
        <source>Primary key: &quot;%1&quot;.</source>
        <translation>Primärschlüssel: „%1“.</translation>
    </message>
    <message>
        <source>Incremental cursor: &quot;%1&quot; looks like the time of the last change.</source>
        <translation>Inkrementeller Cursor: „%1“ sieht nach dem Zeitpunkt der letzten Änderung aus.</translation>
    </message>
    <message>
        <source>Pagination: the Link header has a rel=&quot;next&quot; URL.</source>
        <translation>Seitenaufteilung: Der Link-Header hat eine URL mit rel=&quot;next&quot;.</translation>
    </message>
    <message>
        <source>Pagination: &quot;%1&quot; holds the next page&apos;s URL.</source>
        <translation>Seitenaufteilung: „%1“ enthält die URL der nächsten Seite.</translation>
    </message>
    <message>
        <source>Pagination: the %1 header carries the next cursor (sent back as &quot;cursor&quot;; check the parameter name).</source>
        <translation>Seitenaufteilung: Der Header %1 trägt den nächsten Cursor (zurückgesendet als „cursor“; prüfen Sie den Parameternamen).</translation>
    </message>
    <message>
        <source>Pagination: &quot;%1&quot; holds the next cursor (sent back as &quot;%2&quot;; check the parameter name).</source>
        <translation>Seitenaufteilung: „%1“ enthält den nächsten Cursor (zurückgesendet als „%2“; prüfen Sie den Parameternamen).</translation>
    </message>
    <message>
        <source>Pagination: &quot;%1&quot; and the last record&apos;s %2 (sent as starting_after; check the parameter name).</source>
        <translation>Seitenaufteilung: „%1“ und %2 des letzten Datensatzes (gesendet als starting_after; prüfen Sie den Parameternamen).</translation>
    </message>
    <message>
        <source>Pagination: the request sets %1 but no offset; offset paging is a guess.</source>
        <translation>Seitenaufteilung: Die Anfrage setzt %1, aber keinen Offset; Offset-Seiten sind eine Vermutung.</translation>
    </message>
    <message>
        <source>Pagination: the request URL already pages with &quot;%1&quot;.</source>
        <translation>Seitenaufteilung: Die Anfrage-URL blättert bereits mit „%1“.</translation>
    </message>
    <message>
        <source>Pagination: no sign of a next page in this answer; set it by hand if the API pages.</source>
        <translation>Seitenaufteilung: Kein Hinweis auf eine nächste Seite in dieser Antwort; setzen Sie sie von Hand, falls die API blättert.</translation>
    </message>
    <message numerus="yes">
        <source>Page size: the request has no parameter that sets it, so the %n record(s) this answer held are taken as the API&apos;s page size. Enter the API&apos;s size parameter to read more per request.</source>
        <translation>
            <numerusform>Seitengröße: Die Anfrage hat keinen Parameter dafür, daher gilt der %n Datensatz dieser Antwort als Seitengröße der API. Geben Sie den Größenparameter der API an, um pro Anfrage mehr zu lesen.</numerusform>
            <numerusform>Seitengröße: Die Anfrage hat keinen Parameter dafür, daher gelten die %n Datensätze dieser Antwort als Seitengröße der API. Geben Sie den Größenparameter der API an, um pro Anfrage mehr zu lesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page size: the request has no parameter that sets it, so the API&apos;s own page size applies. Enter the API&apos;s size parameter to choose one.</source>
        <translation>Seitengröße: Die Anfrage hat keinen Parameter dafür, daher gilt die Seitengröße der API. Geben Sie den Größenparameter der API an, um eine zu wählen.</translation>
    </message>
</context>
<context>
    <name>Orion::StripeConnector</name>
    <message>
        <source>Stripe sent a list response without &quot;data&quot;.</source>
        <translation>Stripe hat eine Listenantwort ohne „data“ gesendet.</translation>
    </message>
    <message>
        <source>Customers and invoices from Stripe; creates customers.</source>
        <translation>Kunden und Rechnungen aus Stripe; legt Kunden an.</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>Basis-URL der API</translation>
    </message>
    <message>
        <source>Requests go to {api_base}/v1/…; change it for a proxy or a test server.</source>
        <translation>Anfragen gehen an {api_base}/v1/…; ändern Sie dies für einen Proxy oder einen Testserver.</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API-Version</translation>
    </message>
    <message>
        <source>Sent as Stripe-Version; empty uses the account&apos;s default.</source>
        <translation>Wird als Stripe-Version gesendet; leer nutzt die Voreinstellung des Kontos.</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>Standardregion für Telefonnummern</translation>
    </message>
    <message>
        <source>Country used to read phone numbers written without a country code.</source>
        <translation>Land, mit dem Telefonnummern ohne Ländervorwahl gelesen werden.</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Seitengröße</translation>
    </message>
    <message>
        <source>Records per request (1–100).</source>
        <translation>Datensätze pro Anfrage (1–100).</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Geheimer Schlüssel</translation>
    </message>
    <message>
        <source>sk_live_… or sk_test_… (a restricted key works).</source>
        <translation>sk_live_… oder sk_test_… (ein eingeschränkter Schlüssel genügt).</translation>
    </message>
    <message>
        <source>Customers (/v1/customers)</source>
        <translation>Kunden (/v1/customers)</translation>
    </message>
    <message>
        <source>Invoices with their line items (/v1/invoices)</source>
        <translation>Rechnungen mit ihren Positionen (/v1/invoices)</translation>
    </message>
    <message>
        <source>Stripe answered HTTP %1 when reading %2.</source>
        <translation>Stripe hat beim Lesen von %2 mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>Stripe answered HTTP %1 when reading %2: %3</source>
        <translation>Stripe hat beim Lesen von %2 mit HTTP %1 geantwortet: %3</translation>
    </message>
    <message>
        <source>not a Stripe customer object</source>
        <translation>kein Stripe-Kundenobjekt</translation>
    </message>
    <message>
        <source>not a Stripe invoice object</source>
        <translation>kein Stripe-Rechnungsobjekt</translation>
    </message>
    <message>
        <source>invoice %1 has no valid currency</source>
        <translation>Rechnung %1 hat keine gültige Währung</translation>
    </message>
    <message>
        <source>invoice %1: %2 is not an integer amount</source>
        <translation>Rechnung %1: %2 ist kein ganzzahliger Betrag</translation>
    </message>
    <message>
        <source>invoice %1 has an unknown status &quot;%2&quot;</source>
        <translation>Rechnung %1 hat einen unbekannten Status „%2“</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Rate budget shared by every sync of this connection. Empty: from the key, as Stripe allows (test keys 25/s, live keys 100/s).</source>
        <translation>Anfragebudget für alle Synchronisierungen dieser Verbindung. Leer: nach dem Schlüssel, wie Stripe es erlaubt (Testschlüssel 25/s, Live-Schlüssel 100/s).</translation>
    </message>
    <message>
        <source>Webhook signing secret</source>
        <translation>Signaturgeheimnis für Webhooks</translation>
    </message>
    <message>
        <source>whsec_… of the webhook endpoint, for orion webhook serve.</source>
        <translation>whsec_… des Webhook-Endpunkts, für orion webhook serve.</translation>
    </message>
    <message>
        <source>The body is not a Stripe event.</source>
        <translation>Der Inhalt ist kein Stripe-Ereignis.</translation>
    </message>
</context>
<context>
    <name>Orion::SyncJob</name>
    <message>
        <source>There is no connection named &quot;%1&quot;.</source>
        <translation>Es gibt keine Verbindung namens „%1“.</translation>
    </message>
    <message>
        <source>Connection &quot;%1&quot; uses the connector &quot;%2&quot;, which this version does not have.</source>
        <translation>Die Verbindung „%1“ nutzt den Connector „%2“, den diese Version nicht hat.</translation>
    </message>
    <message>
        <source>%1 has no stream &quot;%2&quot; (streams: %3).</source>
        <translation>%1 hat keinen Stream „%2“ (Streams: %3).</translation>
    </message>
    <message>
        <source>A sync of &quot;%1&quot; / %2 is already running (%3); wait for it to finish or cancel it.</source>
        <translation>Eine Synchronisierung von „%1“ / %2 läuft bereits (%3); warten Sie, bis sie endet, oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <source>%1 sync of %2 / %3 started</source>
        <translation>%1-Synchronisierung von %2 / %3 gestartet</translation>
    </message>
    <message>
        <source> (full refresh)</source>
        <translation> (vollständig neu)</translation>
    </message>
    <message>
        <source>The connector could not open the stream.</source>
        <translation>Der Connector konnte den Stream nicht öffnen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… %n more line(s) not kept</source>
        <translation>
            <numerusform>… %n weitere Zeile nicht aufbewahrt</numerusform>
            <numerusform>… %n weitere Zeilen nicht aufbewahrt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not support writing customers.</source>
        <translation>%1 kann keine Kunden schreiben.</translation>
    </message>
    <message numerus="yes">
        <source>Applying %n approved field mapping(s) to %1</source>
        <translation>
            <numerusform>%n freigegebene Feldzuordnung wird auf %1 angewandt</numerusform>
            <numerusform>%n freigegebene Feldzuordnungen werden auf %1 angewandt</numerusform>
        </translation>
    </message>
    <message>
        <source>Mapping: %1</source>
        <translation>Zuordnung: %1</translation>
    </message>
    <message>
        <source>There is no connection with id %1 (it was deleted).</source>
        <translation>Es gibt keine Verbindung mit der ID %1 (sie wurde gelöscht).</translation>
    </message>
    <message>
        <source>Cannot record the sync run: %1</source>
        <translation>Der Synchronisierungslauf kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Resuming %1 of %2 partition(s)</source>
        <translation>%1 von %2 Partition(en) werden fortgesetzt</translation>
    </message>
    <message numerus="yes">
        <source>Reading %1 partition(s) with %n reader(s)</source>
        <translation>
            <numerusform>%1 Partition(en) mit %n Leser</numerusform>
            <numerusform>%1 Partition(en) mit %n Lesern</numerusform>
        </translation>
    </message>
    <message>
        <source>The partitioned read ended with %1 partition(s) unread.</source>
        <translation>Der partitionierte Lesevorgang endete mit %1 ungelesenen Partition(en).</translation>
    </message>
    <message numerus="yes">
        <source>The service asked to slow down %n time(s); the rate is now %1 requests/s</source>
        <translation>
            <numerusform>Der Dienst bat %n Mal um Verlangsamung; die Rate ist jetzt %1 Anfragen/s</numerusform>
            <numerusform>Der Dienst bat %n Mal um Verlangsamung; die Rate ist jetzt %1 Anfragen/s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 records read, %3 written, %4 failed in %5 ms (%6 requests, %7/s)</source>
        <translation>%1: %2 Datensätze gelesen, %3 geschrieben, %4 fehlgeschlagen in %5 ms (%6 Anfragen, %7/s)</translation>
    </message>
    <message>
        <source>Drift: %1 — approve the rule again once the change is expected, or edit it</source>
        <translation>Abweichung: %1 — geben Sie die Regel erneut frei, wenn die Änderung erwartet ist, oder bearbeiten Sie sie</translation>
    </message>
    <message numerus="yes">
        <source>%n stored record(s) marked deleted at the source</source>
        <translation>
            <numerusform>%n gespeicherter Datensatz als in der Quelle gelöscht markiert</numerusform>
            <numerusform>%n gespeicherte Datensätze als in der Quelle gelöscht markiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Orion::SyncRunModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation>Anfragen/s</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in %1</source>
        <translation>
            <numerusform>%n Anfrage in %1</numerusform>
            <numerusform>%n Anfragen in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Schema drift: the connection is degraded until the rule is edited or approved again</source>
        <translation>Schemaabweichung: Die Verbindung bleibt beeinträchtigt, bis die Regel bearbeitet oder erneut freigegeben wird</translation>
    </message>
    <message>
        <source>Succeeded · drift</source>
        <translation>Erfolgreich · Abweichung</translation>
    </message>
    <message>
        <source>Partial · drift</source>
        <translation>Teilweise · Abweichung</translation>
    </message>
    <message>
        <source>Drift: %1</source>
        <translation>Abweichung: %1</translation>
    </message>
</context>
<context>
    <name>Orion::SyncService</name>
    <message>
        <source>&quot;%1&quot; is already syncing; wait for it to finish or cancel it.</source>
        <translation>„%1“ wird bereits synchronisiert; warten Sie, bis es endet, oder brechen Sie ab.</translation>
    </message>
</context>
<context>
    <name>Orion::WebhookReceiver</name>
    <message>
        <source>Webhook receivers queue syncs for workers, so they need a PostgreSQL workspace (--db postgresql://…).</source>
        <translation>Webhook-Empfänger stellen Synchronisierungen für Worker in die Warteschlange und brauchen daher einen PostgreSQL-Arbeitsbereich (--db postgresql://…).</translation>
    </message>
    <message>
        <source>Cannot read the TLS certificate or key: %1</source>
        <translation>Das TLS-Zertifikat oder der Schlüssel kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The TLS certificate (%1) or key (%2) is not a PEM certificate and private key.</source>
        <translation>Das TLS-Zertifikat (%1) oder der Schlüssel (%2) ist kein PEM-Zertifikat mit privatem Schlüssel.</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Auf %1:%2 kann nicht gelauscht werden: %3</translation>
    </message>
    <message>
        <source>Webhooks are received at /webhooks/&lt;connection id&gt;.</source>
        <translation>Webhooks werden unter /webhooks/&lt;Verbindungs-ID&gt; empfangen.</translation>
    </message>
    <message>
        <source>Webhook deliveries are POST requests.</source>
        <translation>Webhook-Zustellungen sind POST-Anfragen.</translation>
    </message>
    <message>
        <source>The body has %1 bytes; at most %2 are accepted.</source>
        <translation>Der Inhalt hat %1 Bytes; höchstens %2 werden angenommen.</translation>
    </message>
    <message>
        <source>The workspace cannot be reached; deliver again later.</source>
        <translation>Der Arbeitsbereich ist nicht erreichbar; später erneut zustellen.</translation>
    </message>
    <message>
        <source>The workspace cannot be read; deliver again later.</source>
        <translation>Der Arbeitsbereich kann nicht gelesen werden; später erneut zustellen.</translation>
    </message>
    <message>
        <source>No connection has this id.</source>
        <translation>Keine Verbindung hat diese ID.</translation>
    </message>
    <message>
        <source>This connection&apos;s service sends no webhooks.</source>
        <translation>Der Dienst dieser Verbindung sendet keine Webhooks.</translation>
    </message>
    <message>
        <source>This connection has no webhook secret (%1), so no delivery can be verified.</source>
        <translation>Diese Verbindung hat kein Webhook-Geheimnis (%1), daher kann keine Zustellung geprüft werden.</translation>
    </message>
    <message>
        <source>This delivery was received before; nothing is queued again.</source>
        <translation>Diese Zustellung kam schon einmal an; nichts wird erneut eingereiht.</translation>
    </message>
    <message>
        <source>The delivery cannot be recorded; deliver again later.</source>
        <translation>Die Zustellung kann nicht gespeichert werden; später erneut zustellen.</translation>
    </message>
    <message>
        <source>Cannot queue the sync of %1: %2</source>
        <translation>Die Synchronisierung von %1 kann nicht eingereiht werden: %2</translation>
    </message>
    <message>
        <source>Cannot queue the sync of %1 (%2): %3</source>
        <translation>Die Synchronisierung von %1 (%2) kann nicht eingereiht werden: %3</translation>
    </message>
</context>
<context>
    <name>Orion::WebhookSignature</name>
    <message>
        <source>%1 is %2 s from this server&apos;s clock (at most %3 s are accepted): a stale or replayed delivery</source>
        <translation>%1 liegt %2 s neben der Uhr dieses Servers (höchstens %3 s sind erlaubt): eine veraltete oder wiederholte Zustellung</translation>
    </message>
    <message>
        <source>The Stripe-Signature header is missing.</source>
        <translation>Der Header Stripe-Signature fehlt.</translation>
    </message>
    <message>
        <source>Stripe-Signature has a timestamp that is not a Unix time.</source>
        <translation>Stripe-Signature hat einen Zeitstempel, der keine Unix-Zeit ist.</translation>
    </message>
    <message>
        <source>Stripe-Signature has no timestamp (t=).</source>
        <translation>Stripe-Signature hat keinen Zeitstempel (t=).</translation>
    </message>
    <message>
        <source>Stripe-Signature has no v1 signature.</source>
        <translation>Stripe-Signature hat keine v1-Signatur.</translation>
    </message>
    <message>
        <source>No Stripe v1 signature matches the body with this endpoint&apos;s secret.</source>
        <translation>Keine v1-Signatur von Stripe passt mit dem Geheimnis dieses Endpunkts zum Inhalt.</translation>
    </message>
    <message>
        <source>The intuit-signature header is missing.</source>
        <translation>Der Header intuit-signature fehlt.</translation>
    </message>
    <message>
        <source>intuit-signature is not a base64 HMAC-SHA256.</source>
        <translation>intuit-signature ist kein Base64-HMAC-SHA256.</translation>
    </message>
    <message>
        <source>intuit-signature does not match the body with this connection&apos;s verifier token.</source>
        <translation>intuit-signature passt mit dem Prüftoken dieser Verbindung nicht zum Inhalt.</translation>
    </message>
    <message>
        <source>X-HubSpot-Signature-v3 or X-HubSpot-Request-Timestamp is missing.</source>
        <translation>X-HubSpot-Signature-v3 oder X-HubSpot-Request-Timestamp fehlt.</translation>
    </message>
    <message>
        <source>X-HubSpot-Request-Timestamp is not a time in milliseconds.</source>
        <translation>X-HubSpot-Request-Timestamp ist keine Zeit in Millisekunden.</translation>
    </message>
    <message>
        <source>X-HubSpot-Signature-v3 is not a base64 HMAC-SHA256.</source>
        <translation>X-HubSpot-Signature-v3 ist kein Base64-HMAC-SHA256.</translation>
    </message>
    <message>
        <source>X-HubSpot-Signature-v3 does not match this request with the app&apos;s secret.</source>
        <translation>X-HubSpot-Signature-v3 passt mit dem Geheimnis der App nicht zu dieser Anfrage.</translation>
    </message>
    <message>
        <source>X-Slack-Signature or X-Slack-Request-Timestamp is missing.</source>
        <translation>X-Slack-Signature oder X-Slack-Request-Timestamp fehlt.</translation>
    </message>
    <message>
        <source>X-Slack-Request-Timestamp is not a Unix time.</source>
        <translation>X-Slack-Request-Timestamp ist keine Unix-Zeit.</translation>
    </message>
    <message>
        <source>X-Slack-Signature is not a v0 signature.</source>
        <translation>X-Slack-Signature ist keine v0-Signatur.</translation>
    </message>
    <message>
        <source>X-Slack-Signature does not match the body with the app&apos;s signing secret.</source>
        <translation>X-Slack-Signature passt mit dem Signaturgeheimnis der App nicht zum Inhalt.</translation>
    </message>
    <message>
        <source>This connection has no webhook secret, so no delivery can be verified.</source>
        <translation>Diese Verbindung hat kein Webhook-Geheimnis, daher kann keine Zustellung geprüft werden.</translation>
    </message>
    <message>
        <source>Unknown signature scheme.</source>
        <translation>Unbekanntes Signaturverfahren.</translation>
    </message>
</context>
<context>
    <name>Orion::WebhookStore</name>
    <message>
        <source>A webhook delivery key must have 1 to 200 characters.</source>
        <translation>Ein Schlüssel einer Webhook-Zustellung muss 1 bis 200 Zeichen haben.</translation>
    </message>
    <message>
        <source>Cannot record the webhook delivery: %1</source>
        <translation>Die Webhook-Zustellung kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot prune the webhook deliveries: %1</source>
        <translation>Alte Webhook-Zustellungen können nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>Orion::WorkersPage</name>
    <message>
        <source>&amp;Cancel Job</source>
        <translation>Auftrag &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Retry Job</source>
        <translation>Auftrag &amp;wiederholen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Job queue</source>
        <translation>Auftragswarteschlange</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Jobs done</source>
        <translation>Erledigte Aufträge</translation>
    </message>
    <message>
        <source>Last heartbeat</source>
        <translation>Letztes Lebenszeichen</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>Alle Aufträge</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Show jobs</source>
        <translation>Aufträge zeigen</translation>
    </message>
    <message>
        <source>A queued job ends at once; a running one is asked to stop at its worker&apos;s next heartbeat</source>
        <translation>Ein wartender Auftrag endet sofort; ein laufender wird beim nächsten Lebenszeichen seines Workers zum Anhalten aufgefordert</translation>
    </message>
    <message>
        <source>Queue a failed or cancelled job again</source>
        <translation>Einen fehlgeschlagenen oder abgebrochenen Auftrag erneut einreihen</translation>
    </message>
    <message>
        <source>&amp;Live workers</source>
        <translation>&amp;Aktive Worker</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Warteschlange:</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich ist geöffnet.</translation>
    </message>
    <message>
        <source>Workers run syncs from a PostgreSQL workspace&apos;s job queue, on this or other machines (orion worker --db postgresql://…). On this SQLite workspace the app runs schedules itself.</source>
        <translation>Worker führen Synchronisierungen aus der Auftragswarteschlange eines PostgreSQL-Arbeitsbereichs aus, auf diesem oder anderen Rechnern (orion worker --db postgresql://…). Mit diesem SQLite-Arbeitsbereich führt die Anwendung die Zeitpläne selbst aus.</translation>
    </message>
    <message>
        <source>stopped %1</source>
        <translation>beendet %1</translation>
    </message>
    <message>
        <source>%1 (silent)</source>
        <translation>%1 (stumm)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1, stop asked</source>
        <translation>%1, Anhalten angefordert</translation>
    </message>
    <message>
        <source>%1, retry at %2</source>
        <translation>%1, neuer Versuch um %2</translation>
    </message>
    <message numerus="yes">
        <source>%n live worker(s)</source>
        <translation>
            <numerusform>%n aktiver Worker</numerusform>
            <numerusform>%n aktive Worker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n wartend</numerusform>
            <numerusform>%n wartend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n laufend</numerusform>
            <numerusform>%n laufend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1: cancelled (a running job stops at its worker&apos;s next heartbeat).</source>
        <translation>Auftrag %1: abgebrochen (ein laufender Auftrag hält beim nächsten Lebenszeichen seines Workers an).</translation>
    </message>
    <message>
        <source>Job %1 is queued again.</source>
        <translation>Auftrag %1 ist wieder eingereiht.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
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
    <message>
        <source>Cannot read the workspace file %1: permission denied.</source>
        <translation>Die Arbeitsbereichsdatei %1 kann nicht gelesen werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>The workspace was not upgraded because it could not be backed up first: %1</source>
        <translation>Der Arbeitsbereich wurde nicht aktualisiert, weil er vorher nicht gesichert werden konnte: %1</translation>
    </message>
    <message>
        <source>%1 has no Orion schema yet. A shared workspace is created by its owner, who runs orion migrate --as-owner (README, &quot;Team setup&quot;).</source>
        <translation>%1 hat noch kein Orion-Schema. Ein gemeinsamer Arbeitsbereich wird von seinem Eigentümer mit orion migrate --as-owner angelegt (README, &quot;Team setup&quot;).</translation>
    </message>
    <message>
        <source>%1 has schema version %2 and this version of Orion needs %3. A shared workspace is upgraded by its owner, who runs orion migrate --as-owner (README, &quot;Team setup&quot;).</source>
        <translation>%1 hat Schemaversion %2, und diese Orion-Version braucht %3. Ein gemeinsamer Arbeitsbereich wird von seinem Eigentümer mit orion migrate --as-owner aktualisiert (README, &quot;Team setup&quot;).</translation>
    </message>
    <message>
        <source>Cannot check the login&apos;s roles: %1</source>
        <translation>Die Rollen der Anmeldung können nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>%1 may not migrate this workspace: --as-owner needs a superuser or a member of orion_owner (README, &quot;Team setup&quot;).</source>
        <translation>%1 darf diesen Arbeitsbereich nicht migrieren: --as-owner braucht einen Superuser oder ein Mitglied von orion_owner (README, &quot;Team setup&quot;).</translation>
    </message>
    <message>
        <source>The schema was migrated, but its objects could not be given to orion_owner: %1</source>
        <translation>Das Schema wurde migriert, aber seine Objekte konnten orion_owner nicht übertragen werden: %1</translation>
    </message>
</context>
<context>
    <name>Orion::WorkspaceBackup</name>
    <message>
        <source>Backups are made of SQLite workspaces only.</source>
        <translation>Sicherungen gibt es nur für SQLite-Arbeitsbereiche.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot rename %1.</source>
        <translation>%1 kann nicht umbenannt werden.</translation>
    </message>
    <message>
        <source>Cannot back up the workspace to %1: %2</source>
        <translation>Der Arbeitsbereich kann nicht nach %1 gesichert werden: %2</translation>
    </message>
    <message>
        <source>The workspace passed the integrity check; nothing was changed.</source>
        <translation>Der Arbeitsbereich hat die Integritätsprüfung bestanden; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The workspace&apos;s indexes were rebuilt and it now passes the integrity check. The damaged file was kept as %1.</source>
        <translation>Die Indizes des Arbeitsbereichs wurden neu aufgebaut; er besteht jetzt die Integritätsprüfung. Die beschädigte Datei wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>The workspace was rebuilt from its readable rows and now passes the integrity check. The damaged file was kept as %1.</source>
        <translation>Der Arbeitsbereich wurde aus seinen lesbaren Zeilen neu aufgebaut und besteht jetzt die Integritätsprüfung. Die beschädigte Datei wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>The workspace was restored from the backup of %1 (%2); changes made after it are only in the damaged file, kept as %3.</source>
        <translation>Der Arbeitsbereich wurde aus der Sicherung vom %1 (%2) wiederhergestellt; spätere Änderungen stehen nur in der beschädigten Datei, aufbewahrt als %3.</translation>
    </message>
    <message>
        <source>The workspace file %1 does not exist.</source>
        <translation>Die Arbeitsbereichsdatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Only SQLite workspaces can be recovered this way.</source>
        <translation>Nur SQLite-Arbeitsbereiche lassen sich so wiederherstellen.</translation>
    </message>
    <message>
        <source>The damaged workspace could not be copied aside, so nothing was changed: %1</source>
        <translation>Der beschädigte Arbeitsbereich konnte nicht beiseitekopiert werden, daher wurde nichts geändert: %1</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2</source>
        <translation>Die Sicherung %1 kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>The workspace could not be repaired and no sound backup was found. The damaged file was kept as %1.</source>
        <translation>Der Arbeitsbereich konnte nicht repariert werden, und es wurde keine intakte Sicherung gefunden. Die beschädigte Datei wurde als %1 aufbewahrt.</translation>
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
    <message>
        <source>No workspace is open yet.</source>
        <translation>Es ist noch kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>Recovering %1…</source>
        <translation>%1 wird wiederhergestellt …</translation>
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
