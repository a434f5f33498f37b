<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Orion::ActivityPage</name>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partielle</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>All connections</source>
        <translation>Toutes les connexions</translation>
    </message>
    <message>
        <source>Filter by connection</source>
        <translation>Filtrer par connexion</translation>
    </message>
    <message>
        <source>Search connection, stream or error…</source>
        <translation>Rechercher une connexion, un flux ou une erreur…</translation>
    </message>
    <message>
        <source>Search runs</source>
        <translation>Rechercher des exécutions</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Reload the sync history (F5)</source>
        <translation>Recharger l&apos;historique des synchronisations (F5)</translation>
    </message>
    <message>
        <source>Sync runs</source>
        <translation>Exécutions de synchronisation</translation>
    </message>
    <message>
        <source>Run log</source>
        <translation>Journal de l&apos;exécution</translation>
    </message>
    <message>
        <source>Select a run to see its log.</source>
        <translation>Sélectionnez une exécution pour voir son journal.</translation>
    </message>
    <message>
        <source>No run selected.</source>
        <translation>Aucune exécution sélectionnée.</translation>
    </message>
    <message>
        <source>%1 / %2 — started %3, %4</source>
        <translation>%1 / %2 — démarrée le %3, %4</translation>
    </message>
    <message>
        <source>Error (%1): %2</source>
        <translation>Erreur (%1) : %2</translation>
    </message>
    <message>
        <source>(This run recorded no log.)</source>
        <translation>(Cette exécution n&apos;a enregistré aucun journal.)</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n exécution</numerusform>
            <numerusform>%n exécutions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n affichée</numerusform>
            <numerusform>%n affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing one day&apos;s runs; click to show every day</source>
        <translation>Exécutions d&apos;un seul jour ; cliquez pour afficher tous les jours</translation>
    </message>
    <message>
        <source>%1 ✕</source>
        <translation>%1 ✕</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) at %1/s</source>
        <translation>
            <numerusform>%n requête à %1/s</numerusform>
            <numerusform>%n requêtes à %1/s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>read in %n partition(s)</source>
        <translation>
            <numerusform>lu en %n partition</numerusform>
            <numerusform>lu en %n partitions</numerusform>
        </translation>
    </message>
    <message>
        <source>Schema drift: %1</source>
        <translation>Dérive du schéma : %1</translation>
    </message>
</context>
<context>
    <name>Orion::Alerts</name>
    <message>
        <source>The same alert rule exists already.</source>
        <translation>Cette règle d’alerte existe déjà.</translation>
    </message>
    <message>
        <source>Cannot save the alert rule: %1</source>
        <translation>Impossible d&apos;enregistrer la règle d&apos;alerte : %1</translation>
    </message>
    <message>
        <source>Cannot remove the alert rule: %1</source>
        <translation>Impossible de supprimer la règle d&apos;alerte : %1</translation>
    </message>
    <message>
        <source>There is no alert rule %1.</source>
        <translation>Il n&apos;existe pas de règle d&apos;alerte %1.</translation>
    </message>
    <message>
        <source>Cannot read the alert rules: %1</source>
        <translation>Impossible de lire les règles d&apos;alerte : %1</translation>
    </message>
    <message>
        <source>alert to %1 not sent: %2</source>
        <translation>alerte vers %1 non envoyée : %2</translation>
    </message>
    <message>
        <source>not a Slack connection</source>
        <translation>pas une connexion Slack</translation>
    </message>
    <message>
        <source>%1 alert to %2 not sent: %3</source>
        <translation>alerte %1 vers %2 non envoyée : %3</translation>
    </message>
    <message>
        <source>%1 alert posted to %2 (ts %3)</source>
        <translation>alerte %1 publiée dans %2 (ts %3)</translation>
    </message>
    <message>
        <source>%1 / %2 degraded: mapped fields changed at the source — %3 (run %4)</source>
        <translation>%1 / %2 dégradée : des champs mis en correspondance ont changé à la source — %3 (exécution %4)</translation>
    </message>
    <message>
        <source>⚠️ %1 degraded: schema drift</source>
        <translation>⚠️ %1 dégradée : dérive du schéma</translation>
    </message>
    <message>
        <source>*Schema drift* (the connection is degraded)
%1</source>
        <translation>*Dérive du schéma* (la connexion est dégradée)
%1</translation>
    </message>
</context>
<context>
    <name>Orion::AlertsDialog</name>
    <message>
        <source>&amp;Add Rule</source>
        <translation>&amp;Ajouter une règle</translation>
    </message>
    <message>
        <source>&amp;Remove Rule</source>
        <translation>Supprimer la &amp;règle</translation>
    </message>
    <message>
        <source>Send &amp;Test Message</source>
        <translation>Envoyer un message de &amp;test</translation>
    </message>
    <message>
        <source>Slack Alerts — %1</source>
        <translation>Alertes Slack — %1</translation>
    </message>
    <message>
        <source>Slack connection</source>
        <translation>Connexion Slack</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>Règles d&apos;alerte</translation>
    </message>
    <message>
        <source>Channel ID, e.g. C0123ABCD</source>
        <translation>ID du canal, p. ex. C0123ABCD</translation>
    </message>
    <message>
        <source>On failure</source>
        <translation>En cas d’échec</translation>
    </message>
    <message>
        <source>On recovery</source>
        <translation>Au rétablissement</translation>
    </message>
    <message>
        <source>On every run</source>
        <translation>À chaque exécution</translation>
    </message>
    <message>
        <source>Post &amp;through:</source>
        <translation>Publier &amp;via :</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal :</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand :</translation>
    </message>
    <message>
        <source>After each run of &lt;b&gt;%1&lt;/b&gt;, matching rules post a message to Slack. Failure alerts name the error class and the run id.</source>
        <translation>Après chaque exécution de &lt;b&gt;%1&lt;/b&gt;, les règles correspondantes publient un message dans Slack. Les alertes d&apos;échec indiquent la classe d&apos;erreur et l&apos;identifiant de l&apos;exécution.</translation>
    </message>
    <message>
        <source>Add a Slack connection first: alerts are posted through it.</source>
        <translation>Ajoutez d&apos;abord une connexion Slack : les alertes sont publiées par elle.</translation>
    </message>
    <message>
        <source>Enter the channel ID.</source>
        <translation>Saisissez l&apos;ID du canal.</translation>
    </message>
    <message>
        <source>Rule added.</source>
        <translation>Règle ajoutée.</translation>
    </message>
    <message>
        <source>There is no connection named &quot;%1&quot;.</source>
        <translation>Il n&apos;existe pas de connexion nommée « %1 ».</translation>
    </message>
    <message>
        <source>Rule removed.</source>
        <translation>Règle supprimée.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Test message posted to %1.</source>
        <translation>Message de test publié dans %1.</translation>
    </message>
    <message>
        <source>Test message from Orion Connector Studio: alerts for %1 will arrive here.</source>
        <translation>Message de test d&apos;Orion Connector Studio : les alertes de %1 arriveront ici.</translation>
    </message>
    <message>
        <source>On schema drift (a mapped field vanished or changed type)</source>
        <translation>En cas de dérive du schéma (un champ mis en correspondance a disparu ou changé de type)</translation>
    </message>
</context>
<context>
    <name>Orion::Analytics</name>
    <message>
        <source>Cannot refresh the analytics: %1</source>
        <translation>Impossible d&apos;actualiser les analyses : %1</translation>
    </message>
    <message>
        <source>The custom range needs a start day on or before its end day.</source>
        <translation>La période personnalisée doit commencer au plus tard le jour de sa fin.</translation>
    </message>
    <message>
        <source>Cannot read the analytics: %1</source>
        <translation>Impossible de lire les analyses : %1</translation>
    </message>
</context>
<context>
    <name>Orion::BuilderDetail::AuthPage</name>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Jeton Bearer</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Jeton d&apos;actualisation</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>How requests prove who they are. Secrets go to the system keychain when you save, never into the spec, drafts or fixtures.</source>
        <translation>Comment les requêtes s&apos;authentifient. Les secrets vont dans le trousseau du système à l&apos;enregistrement, jamais dans la spécification, les brouillons ou les enregistrements de test.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Basic (user name and password)</source>
        <translation>Basic (nom d&apos;utilisateur et mot de passe)</translation>
    </message>
    <message>
        <source>OAuth 2.0 (refresh token)</source>
        <translation>OAuth 2.0 (jeton d&apos;actualisation)</translation>
    </message>
    <message>
        <source>Authentication type</source>
        <translation>Type d&apos;authentification</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Query parameter</source>
        <translation>Paramètre de requête</translation>
    </message>
    <message>
        <source>optional, e.g. Token</source>
        <translation>facultatif, p. ex. Token</translation>
    </message>
    <message>
        <source>space-separated, optional</source>
        <translation>séparés par des espaces, facultatif</translation>
    </message>
    <message>
        <source>Send &amp;in:</source>
        <translation>Envoyer &amp;dans :</translation>
    </message>
    <message>
        <source>&amp;Parameter name:</source>
        <translation>Nom du &amp;paramètre :</translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation>&amp;Préfixe :</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d&apos;API :</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton :</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Token &amp;URL:</source>
        <translation>&amp;URL du jeton :</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID client :</translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation>&amp;Portées :</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secret client :</translation>
    </message>
    <message>
        <source>&amp;Refresh token:</source>
        <translation>Jeton d&apos;&amp;actualisation :</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Enter the %1; it is needed for the test read and kept in the keychain.</source>
        <translation>Saisissez %1 ; il sert à la lecture de test et est conservé dans le trousseau.</translation>
    </message>
    <message>
        <source>The parameter name may hold letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only.</source>
        <translation>Le nom du paramètre ne peut contenir que des lettres, des chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos;.</translation>
    </message>
    <message>
        <source>token</source>
        <translation>le jeton</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>le nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>password</source>
        <translation>le mot de passe</translation>
    </message>
    <message>
        <source>The token URL %1.</source>
        <translation>L&apos;URL du jeton %1.</translation>
    </message>
    <message>
        <source>Enter the client ID.</source>
        <translation>Saisissez l&apos;ID client.</translation>
    </message>
    <message>
        <source>refresh token</source>
        <translation>le jeton d&apos;actualisation</translation>
    </message>
</context>
<context>
    <name>Orion::BuilderDetail::BasicsPage</name>
    <message>
        <source>Basics</source>
        <translation>Informations de base</translation>
    </message>
    <message>
        <source>Name the connector and give the address of the API it reads.</source>
        <translation>Nommez le connecteur et indiquez l&apos;adresse de l&apos;API qu&apos;il lit.</translation>
    </message>
    <message>
        <source>Ledgerly Billing API</source>
        <translation>Ledgerly Billing API</translation>
    </message>
    <message>
        <source>derived from the name</source>
        <translation>dérivé du nom</translation>
    </message>
    <message>
        <source>Lower-case letters, digits and dashes; connections use it as custom:NAME</source>
        <translation>Minuscules, chiffres et tirets ; les connexions l’utilisent sous la forme custom:NOM</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>Comptabilité</translation>
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
        <translation>Communication</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Identifier:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL de &amp;base :</translation>
    </message>
    <message>
        <source>Give the connector a name.</source>
        <translation>Donnez un nom au connecteur.</translation>
    </message>
    <message>
        <source>The identifier may hold only lower-case letters, digits and dashes (at most 63), starting with a letter or digit.</source>
        <translation>L&apos;identifiant ne peut contenir que des minuscules, des chiffres et des tirets (63 au plus) et doit commencer par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>The base URL %1.</source>
        <translation>L&apos;URL de base %1.</translation>
    </message>
    <message>
        <source>ISO country code (US, DE, GB…) used by format_phone to read numbers written without a country code; each connection can change it</source>
        <translation>Code pays ISO (US, DE, GB…) avec lequel format_phone lit les numéros sans indicatif ; chaque connexion peut le changer</translation>
    </message>
    <message>
        <source>Default &amp;phone region:</source>
        <translation>&amp;Région téléphonique par défaut :</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>Région téléphonique par défaut</translation>
    </message>
    <message>
        <source>The phone region is a two-letter country code, such as US or DE.</source>
        <translation>La région téléphonique est un code pays de deux lettres, comme US ou DE.</translation>
    </message>
    <message>
        <source>The base URL must use https; plain http is accepted only for localhost and loopback addresses. Leave it empty to take it from the API description you import on the Endpoints page.</source>
        <translation>L’URL de base doit utiliser https ; http simple n’est accepté que pour localhost et les adresses de bouclage. Laissez-la vide pour la reprendre de la description d’API importée sur la page Points de terminaison.</translation>
    </message>
</context>
<context>
    <name>Orion::BuilderDetail::EndpointsPage</name>
    <message>
        <source>&amp;Add Stream</source>
        <translation>&amp;Ajouter un flux</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Points de terminaison</translation>
    </message>
    <message>
        <source>The streams to read: one endpoint each. Add them by hand or import an OpenAPI, Postman, HAR or cURL description.</source>
        <translation>Les flux à lire, un point de terminaison chacun. Ajoutez-les à la main ou importez une description OpenAPI, Postman, HAR ou cURL.</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>OpenAPI 3.0/3.1 File (JSON or YAML)…</source>
        <translation>Fichier OpenAPI 3.0/3.1 (JSON ou YAML)…</translation>
    </message>
    <message>
        <source>OpenAPI (*.json *.yaml *.yml)</source>
        <translation>OpenAPI (*.json *.yaml *.yml)</translation>
    </message>
    <message>
        <source>Postman Collection v2.1…</source>
        <translation>Collection Postman v2.1…</translation>
    </message>
    <message>
        <source>Postman collection (*.json)</source>
        <translation>Collection Postman (*.json)</translation>
    </message>
    <message>
        <source>HAR File…</source>
        <translation>Fichier HAR…</translation>
    </message>
    <message>
        <source>HTTP archive (*.har *.json)</source>
        <translation>Archive HTTP (*.har *.json)</translation>
    </message>
    <message>
        <source>cURL Command…</source>
        <translation>Commande cURL…</translation>
    </message>
    <message>
        <source>Import a cURL Command</source>
        <translation>Importer une commande cURL</translation>
    </message>
    <message>
        <source>Paste the command (secrets in it are not copied):</source>
        <translation>Collez la commande (ses secrets ne sont pas recopiés) :</translation>
    </message>
    <message>
        <source>&amp;Stream name:</source>
        <translation>Nom du &amp;flux :</translation>
    </message>
    <message>
        <source>Unified &amp;as:</source>
        <translation>Unifié &amp;comme :</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode :</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Chemin :</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription :</translation>
    </message>
    <message>
        <source>Add at least one stream, by hand or with Import.</source>
        <translation>Ajoutez au moins un flux, à la main ou avec Importer.</translation>
    </message>
    <message>
        <source>Stream %1: the name may hold lower-case letters, digits and &apos;_&apos;, starting with a letter.</source>
        <translation>Flux %1 : le nom peut contenir des minuscules, des chiffres et &apos;_&apos;, et doit commencer par une lettre.</translation>
    </message>
    <message>
        <source>Two streams are called %1.</source>
        <translation>Deux flux se nomment %1.</translation>
    </message>
    <message>
        <source>Stream %1: the path must start with / and stay under the base URL.</source>
        <translation>Flux %1 : le chemin doit commencer par / et rester sous l&apos;URL de base.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>The imported definition signs requests with the secret &quot;%1&quot;, which is not entered yet: go Back to Authentication and enter it.</source>
        <translation>La définition importée signe les requêtes avec le secret « %1 », qui n&apos;est pas encore saisi : revenez à Authentification et saisissez-le.</translation>
    </message>
    <message>
        <source>The API&apos;s base URL is not known yet: enter it on the Basics page, or import a description that names its server.</source>
        <translation>L’URL de base de l’API n’est pas encore connue : saisissez-la sur la page Informations de base, ou importez une description qui nomme son serveur.</translation>
    </message>
</context>
<context>
    <name>Orion::BuilderDetail::MappingPage</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Re&amp;jeter</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Approve All ≥ 0.90</source>
        <translation>Tout approuver ≥ 0,90</translation>
    </message>
    <message>
        <source>Field Mapping</source>
        <translation>Correspondance des champs</translation>
    </message>
    <message>
        <source>How each stream&apos;s fields land in the unified schema. Suggestions come from the mapping engine with a confidence and a reason; only approved mappings go into the spec.</source>
        <translation>Comment les champs de chaque flux arrivent dans le schéma unifié. Les suggestions viennent du moteur de correspondance avec une confiance et une justification ; seules les correspondances approuvées entrent dans la spécification.</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>&amp;Stream:</source>
        <translation>&amp;Flux :</translation>
    </message>
    <message>
        <source>Wait for the suggestions to arrive.</source>
        <translation>Attendez que les suggestions arrivent.</translation>
    </message>
    <message>
        <source>Stream %1: approve a mapping for the required field(s) %2 (select a row and press Edit to choose the source).</source>
        <translation>Flux %1 : approuvez une correspondance pour le ou les champs obligatoires %2 (sélectionnez une ligne et appuyez sur Modifier pour choisir la source).</translation>
    </message>
    <message>
        <source>Suggesting…</source>
        <translation>Suggestions en cours…</translation>
    </message>
    <message>
        <source>%1 of %2 approved</source>
        <translation>%1 sur %2 approuvées</translation>
    </message>
    <message>
        <source>Select a row to see why it was suggested.</source>
        <translation>Sélectionnez une ligne pour voir pourquoi elle a été suggérée.</translation>
    </message>
    <message>
        <source>Alternatives: %1</source>
        <translation>Alternatives : %1</translation>
    </message>
    <message>
        <source>Edit Mapping of %1</source>
        <translation>Modifier la correspondance de %1</translation>
    </message>
    <message>
        <source>&amp;Source field:</source>
        <translation>Champ &amp;source :</translation>
    </message>
    <message>
        <source>&amp;Transformation:</source>
        <translation>&amp;Transformation :</translation>
    </message>
    <message>
        <source>Set by hand.</source>
        <translation>Défini à la main.</translation>
    </message>
</context>
<context>
    <name>Orion::BuilderDetail::PaginationPage</name>
    <message>
        <source>&amp;Detect from a Live Answer</source>
        <translation>&amp;Détecter depuis une réponse en direct</translation>
    </message>
    <message>
        <source>Records and Pagination</source>
        <translation>Enregistrements et pagination</translation>
    </message>
    <message>
        <source>Where the records are in each answer, what identifies them, and how to get the next page. Detect reads one live page and proposes all of it.</source>
        <translation>Où se trouvent les enregistrements dans chaque réponse, ce qui les identifie et comment obtenir la page suivante. Détecter lit une page en direct et propose le tout.</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>optional: keep records whose field…</source>
        <translation>facultatif : garder les enregistrements dont le champ…</translation>
    </message>
    <message>
        <source>…equals this value</source>
        <translation>…vaut cette valeur</translation>
    </message>
    <message>
        <source>None (one request)</source>
        <translation>Aucune (une requête)</translation>
    </message>
    <message>
        <source>Offset and limit</source>
        <translation>Décalage et limite</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Numéro de page</translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation>Curseur</translation>
    </message>
    <message>
        <source>Next URL in the answer</source>
        <translation>URL suivante dans la réponse</translation>
    </message>
    <message>
        <source>Link header (RFC 8288)</source>
        <translation>En-tête Link (RFC 8288)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>optional, e.g. updated_at</source>
        <translation>facultatif, p. ex. updated_at</translation>
    </message>
    <message>
        <source>optional query parameter, e.g. updated_since</source>
        <translation>paramètre de requête facultatif, p. ex. updated_since</translation>
    </message>
    <message>
        <source>optional, e.g. 2024-01-01T00:00:00Z</source>
        <translation>facultatif, p. ex. 2024-01-01T00:00:00Z</translation>
    </message>
    <message>
        <source>&amp;Stream:</source>
        <translation>&amp;Flux :</translation>
    </message>
    <message>
        <source>&amp;Records at:</source>
        <translation>&amp;Enregistrements à :</translation>
    </message>
    <message>
        <source>&amp;Primary key:</source>
        <translation>Clé &amp;primaire :</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtre :</translation>
    </message>
    <message>
        <source>Pa&amp;gination:</source>
        <translation>Pa&amp;gination :</translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation>&amp;Taille de page :</translation>
    </message>
    <message>
        <source>e.g. meta.next_cursor</source>
        <translation>p. ex. meta.next_cursor</translation>
    </message>
    <message>
        <source>or a header, e.g. X-Next-Cursor</source>
        <translation>ou un en-tête, p. ex. X-Next-Cursor</translation>
    </message>
    <message>
        <source>or the last record&apos;s field, e.g. id</source>
        <translation>ou un champ du dernier enregistrement, p. ex. id</translation>
    </message>
    <message>
        <source>stop when false, e.g. has_more</source>
        <translation>arrêt si faux, p. ex. has_more</translation>
    </message>
    <message>
        <source>e.g. links.next</source>
        <translation>p. ex. links.next</translation>
    </message>
    <message>
        <source>Offset parameter:</source>
        <translation>Paramètre de décalage :</translation>
    </message>
    <message>
        <source>Limit parameter:</source>
        <translation>Paramètre de limite :</translation>
    </message>
    <message>
        <source>Page parameter:</source>
        <translation>Paramètre de page :</translation>
    </message>
    <message>
        <source>First page:</source>
        <translation>Première page :</translation>
    </message>
    <message>
        <source>Size parameter:</source>
        <translation>Paramètre de taille :</translation>
    </message>
    <message>
        <source>Cursor in the body:</source>
        <translation>Curseur dans le corps :</translation>
    </message>
    <message>
        <source>Cursor header:</source>
        <translation>En-tête du curseur :</translation>
    </message>
    <message>
        <source>Cursor from record:</source>
        <translation>Curseur tiré de l&apos;enregistrement :</translation>
    </message>
    <message>
        <source>Cursor parameter:</source>
        <translation>Paramètre du curseur :</translation>
    </message>
    <message>
        <source>More pages flag:</source>
        <translation>Indicateur d&apos;autres pages :</translation>
    </message>
    <message>
        <source>Next URL at:</source>
        <translation>URL suivante à :</translation>
    </message>
    <message>
        <source>&amp;Incremental by:</source>
        <translation>&amp;Incrémental selon :</translation>
    </message>
    <message>
        <source>Sent as:</source>
        <translation>Envoyé comme :</translation>
    </message>
    <message>
        <source>Start at:</source>
        <translation>Début à :</translation>
    </message>
    <message>
        <source>&amp;Lookback:</source>
        <translation>&amp;Rétrospective :</translation>
    </message>
    <message>
        <source>Detecting…</source>
        <translation>Détection…</translation>
    </message>
    <message>
        <source>Stream %1: say where the records are and which field identifies them (or use Detect).</source>
        <translation>Flux %1 : indiquez où sont les enregistrements et quel champ les identifie (ou utilisez Détecter).</translation>
    </message>
    <message>
        <source>The spec is not valid yet:
%1</source>
        <translation>La spécification n&apos;est pas encore valide :
%1</translation>
    </message>
    <message>
        <source>Cannot send a test request: %1</source>
        <translation>Impossible d&apos;envoyer la requête de test : %1</translation>
    </message>
    <message>
        <source>Records asked for per request, sent as %1</source>
        <translation>Enregistrements demandés par requête, envoyés dans %1</translation>
    </message>
    <message>
        <source>Without a %1 this must be the number of records the API sends per page by itself</source>
        <translation>Sans %1, ce doit être le nombre d’enregistrements que l’API envoie d’elle-même par page</translation>
    </message>
    <message>
        <source>limit parameter</source>
        <translation>paramètre de limite</translation>
    </message>
    <message>
        <source>size parameter</source>
        <translation>paramètre de taille</translation>
    </message>
    <message>
        <source>Enter the size parameter first: without it the API&apos;s own page size applies</source>
        <translation>Indiquez d’abord le paramètre de taille : sans lui, la taille de page de l’API s’applique</translation>
    </message>
    <message>
        <source>Why the importer chose these</source>
        <translation>Pourquoi l’import a choisi ceci</translation>
    </message>
    <message>
        <source>confirmed by a live answer (%1)</source>
        <translation>confirmé par une réponse réelle (%1)</translation>
    </message>
    <message>
        <source>corrected by a live answer; the description suggested %1</source>
        <translation>corrigé par une réponse réelle ; la description suggérait %1</translation>
    </message>
    <message>
        <source>Detect confirmed the imported %1.</source>
        <translation>La détection a confirmé %1 importée.</translation>
    </message>
    <message>
        <source>Detect corrected the imported %1.</source>
        <translation>La détection a corrigé %1 importée.</translation>
    </message>
    <message>
        <source>records</source>
        <translation>la sélection des enregistrements</translation>
    </message>
    <message>
        <source>pagination</source>
        <translation>la pagination</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Pagination</source>
        <translation>Pagination</translation>
    </message>
    <message>
        <source>Incremental</source>
        <translation>Incrémental</translation>
    </message>
    <message>
        <source>%1 % — check it</source>
        <translation>%1 % — à vérifier</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Read in time &amp;windows, concurrently</source>
        <translation>Lire par &amp;fenêtres de temps, en parallèle</translation>
    </message>
    <message>
        <source>A full sync reads the stream as windows of time, several at once, each with its own checkpoint; the API needs a pair of range filters (e.g. created[gte] and created[lt]).</source>
        <translation>Une synchronisation complète lit le flux par fenêtres de temps, plusieurs à la fois, chacune avec son point de reprise ; l’API doit offrir une paire de filtres de plage (p. ex. created[gte] et created[lt]).</translation>
    </message>
    <message>
        <source>from, inclusive, e.g. created[gte]</source>
        <translation>depuis, inclus, p. ex. created[gte]</translation>
    </message>
    <message>
        <source>to, exclusive, e.g. created[lt]</source>
        <translation>jusqu’à, exclu, p. ex. created[lt]</translation>
    </message>
    <message>
        <source>Window start parameter</source>
        <translation>Paramètre de début de fenêtre</translation>
    </message>
    <message>
        <source>Window end parameter</source>
        <translation>Paramètre de fin de fenêtre</translation>
    </message>
    <message>
        <source>the oldest record&apos;s time, e.g. 2019-01-01T00:00:00Z</source>
        <translation>l’heure de l’enregistrement le plus ancien, p. ex. 2019-01-01T00:00:00Z</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Window size</source>
        <translation>Taille de fenêtre</translation>
    </message>
    <message>
        <source> readers</source>
        <translation> lecteurs</translation>
    </message>
    <message>
        <source>Readers at once</source>
        <translation>Lecteurs simultanés</translation>
    </message>
    <message>
        <source>ISO 8601 times</source>
        <translation>Heures ISO 8601</translation>
    </message>
    <message>
        <source>Unix seconds</source>
        <translation>Secondes Unix</translation>
    </message>
    <message>
        <source>Unix milliseconds</source>
        <translation>Millisecondes Unix</translation>
    </message>
    <message>
        <source>Window bounds sent as</source>
        <translation>Bornes de fenêtre envoyées en</translation>
    </message>
    <message>
        <source>Full reads:</source>
        <translation>Lectures complètes :</translation>
    </message>
    <message>
        <source>Window &amp;bounds:</source>
        <translation>&amp;Bornes de fenêtre :</translation>
    </message>
    <message>
        <source>Windows &amp;of:</source>
        <translation>Fenêtres &amp;de :</translation>
    </message>
    <message>
        <source>Oldest &amp;record:</source>
        <translation>Enregistrement le plus &amp;ancien :</translation>
    </message>
    <message>
        <source>This stream is read per record of its parent stream; it cannot also be read in time windows.</source>
        <translation>Ce flux est lu par enregistrement de son flux parent ; il ne peut pas aussi être lu par fenêtres de temps.</translation>
    </message>
    <message>
        <source>Set the oldest record&apos;s time: windows start there. Check in a test read that the first bound includes and the second excludes its time.</source>
        <translation>Indiquez l’heure de l’enregistrement le plus ancien : les fenêtres commencent là. Vérifiez par une lecture d’essai que la première borne inclut son heure et que la seconde l’exclut.</translation>
    </message>
    <message>
        <source>The API filters by %1; with %2 as a window&apos;s end, full syncs can read several windows at once: check Read in time windows.</source>
        <translation>L’API filtre par %1 ; avec %2 comme fin de fenêtre, les synchronisations complètes peuvent lire plusieurs fenêtres à la fois : cochez « Lire par fenêtres de temps ».</translation>
    </message>
</context>
<context>
    <name>Orion::BuilderDetail::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>What will be saved: the declarative spec, the connector&apos;s README and its recorded test fixture (secrets redacted).</source>
        <translation>Ce qui sera enregistré : la spécification déclarative, le README du connecteur et son enregistrement de test (secrets masqués).</translation>
    </message>
    <message>
        <source>Spec JSON</source>
        <translation>Spécification (JSON)</translation>
    </message>
    <message>
        <source>README</source>
        <translation>README</translation>
    </message>
    <message>
        <source>Recorded fixture</source>
        <translation>Enregistrement de test</translation>
    </message>
    <message>
        <source>Changes against the previous version</source>
        <translation>Modifications par rapport à la version précédente</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>Spécification</translation>
    </message>
    <message>
        <source>Fixture</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Version %1, unchanged from the saved version.</source>
        <translation>Version %1, identique à la version enregistrée.</translation>
    </message>
    <message>
        <source>Version %1 (the saved version is %2; the Changes tab shows the difference).</source>
        <translation>Version %1 (la version enregistrée est la %2 ; l&apos;onglet Modifications montre la différence).</translation>
    </message>
    <message>
        <source>A new connector: version 1.</source>
        <translation>Un nouveau connecteur : version 1.</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Aucune modification.</translation>
    </message>
    <message>
        <source>No earlier version: nothing to compare.</source>
        <translation>Aucune version antérieure : rien à comparer.</translation>
    </message>
    <message>
        <source>The spec is not valid:
%1</source>
        <translation>La spécification n&apos;est pas valide :
%1</translation>
    </message>
</context>
<context>
    <name>Orion::BuilderDetail::SavePage</name>
    <message>
        <source>&amp;Deploy: connections can use it at once</source>
        <translation>&amp;Déployer : les connexions peuvent l’utiliser aussitôt</translation>
    </message>
    <message>
        <source>&amp;Publish to the marketplace (listed once an admin approves)</source>
        <translation>&amp;Publier sur la place de marché (listé après approbation par un admin)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Saves this version in the workspace and the secrets in the keychain.</source>
        <translation>Enregistre cette version dans l&apos;espace de travail et les secrets dans le trousseau.</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <source>Freemium</source>
        <translation>Freemium</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payant</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Tarification</translation>
    </message>
    <message>
        <source>Pricing:</source>
        <translation>Tarification :</translation>
    </message>
    <message>
        <source>%1 (custom:%2), version %3: %4, %5.</source>
        <translation>%1 (custom:%2), version %3 : %4, %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n stream(s)</source>
        <translation>
            <numerusform>%n flux</numerusform>
            <numerusform>%n flux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tested with %n record(s)</source>
        <translation>
            <numerusform>testé avec %n enregistrement</numerusform>
            <numerusform>testé avec %n enregistrements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Orion::BuilderDetail::TestPage</name>
    <message>
        <source>&amp;Run Test Read</source>
        <translation>&amp;Lancer la lecture de test</translation>
    </message>
    <message>
        <source>Test Read</source>
        <translation>Lecture de test</translation>
    </message>
    <message>
        <source>Reads each stream live, within the limits below. Requests are shown with secrets redacted; the exchanges become the connector&apos;s recorded fixture.</source>
        <translation>Lit chaque flux en direct, dans les limites ci-dessous. Les requêtes sont affichées secrets masqués ; les échanges deviennent l&apos;enregistrement de test du connecteur.</translation>
    </message>
    <message>
        <source>Stream to show</source>
        <translation>Flux à afficher</translation>
    </message>
    <message>
        <source>Read every stream now (Ctrl+R)</source>
        <translation>Lire chaque flux maintenant (Ctrl+R)</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Extracted records</source>
        <translation>Enregistrements extraits</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Valeurs d&apos;exemple</translation>
    </message>
    <message>
        <source>Inferred schema</source>
        <translation>Schéma déduit</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>Limits:</source>
        <translation>Limites :</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The test read was cancelled.</source>
        <translation>La lecture de test a été annulée.</translation>
    </message>
    <message>
        <source>Wait for the test read to finish, or cancel it.</source>
        <translation>Attendez la fin de la lecture de test, ou annulez-la.</translation>
    </message>
    <message>
        <source>Stream %1 failed its test read; fix the earlier pages and run it again.</source>
        <translation>La lecture de test du flux %1 a échoué ; corrigez les pages précédentes et relancez-la.</translation>
    </message>
    <message>
        <source>Run the test read (Ctrl+R): stream %1 has not been read with its current settings.</source>
        <translation>Lancez la lecture de test (Ctrl+R) : le flux %1 n&apos;a pas été lu avec ses réglages actuels.</translation>
    </message>
    <message>
        <source>Stream %1 returned no records; mapping needs at least one sample.</source>
        <translation>Le flux %1 n&apos;a renvoyé aucun enregistrement ; la correspondance a besoin d&apos;au moins un exemple.</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>Pas encore lu.</translation>
    </message>
    <message numerus="yes">
        <source>Failed after %n request(s): %1</source>
        <translation>
            <numerusform>Échec après %n requête : %1</numerusform>
            <numerusform>Échec après %n requêtes : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) inferred</source>
        <translation>
            <numerusform>%n champ déduit</numerusform>
            <numerusform>%n champs déduits</numerusform>
        </translation>
    </message>
    <message>
        <source>settings changed since; run again</source>
        <translation>réglages modifiés depuis ; relancez</translation>
    </message>
    <message>
        <source>The spec is not valid: %1</source>
        <translation>La spécification n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message numerus="yes">
        <source> page(s)</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> page</numerusform>
            <numerusform> pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> record(s)</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> enregistrement</numerusform>
            <numerusform> enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>Next &amp;Page</source>
        <translation>&amp;Page suivante</translation>
    </message>
    <message>
        <source>Run to &amp;End</source>
        <translation>Jusqu’à la &amp;fin</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop the read between or during requests; what was read so far stays shown</source>
        <translation>Arrêter la lecture entre ou pendant les requêtes ; ce qui a été lu reste affiché</translation>
    </message>
    <message>
        <source>State before</source>
        <translation>État avant</translation>
    </message>
    <message>
        <source>State after</source>
        <translation>État après</translation>
    </message>
    <message>
        <source>Where the walk stood before this page: the paginator&apos;s next page and the incremental cursor</source>
        <translation>Où en était le parcours avant cette page : la page suivante du paginateur et le curseur incrémental</translation>
    </message>
    <message>
        <source>Where the walk stands after this page; a state that does not move stops the walk</source>
        <translation>Où en est le parcours après cette page ; un état qui ne bouge pas l’arrête</translation>
    </message>
    <message>
        <source>(the walk ended)</source>
        <translation>(parcours terminé)</translation>
    </message>
    <message>
        <source>(start)</source>
        <translation>(début)</translation>
    </message>
    <message>
        <source>(no next page)</source>
        <translation>(pas de page suivante)</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) read; the walk goes on from %1 — Next Page reads one more, Run to End the rest</source>
        <translation>
            <numerusform>%n page lue ; le parcours reprend à %1 — Page suivante en lit une de plus, Jusqu’à la fin le reste</numerusform>
            <numerusform>%n pages lues ; le parcours reprend à %1 — Page suivante en lit une de plus, Jusqu’à la fin le reste</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 left the paging state where page %2 did: the walk would read the same page again.</source>
        <translation>La page %1 a laissé l’état de pagination là où la page %2 l’avait laissé : le parcours relirait la même page.</translation>
    </message>
    <message numerus="yes">
        <source>Records of page %1 (%n)</source>
        <translation>
            <numerusform>Enregistrements de la page %1 (%n)</numerusform>
            <numerusform>Enregistrements de la page %1 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n record(s) page %1 extracted</source>
        <translation>
            <numerusform>L’enregistrement (%n) extrait de la page %1</numerusform>
            <numerusform>Les %n enregistrements extraits de la page %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Step through the shown stream: read its next page from where the walk stopped, and show each page&apos;s paging state before and after (Ctrl+N)</source>
        <translation>Parcourir le flux affiché pas à pas : lire sa page suivante là où le parcours s’est arrêté, et montrer l’état de pagination avant et après chaque page (Ctrl+N)</translation>
    </message>
    <message>
        <source>Read the shown stream on from where the walk stopped, until its last page or the page limit&apos;s maximum (%1 pages)</source>
        <translation>Poursuivre la lecture du flux affiché là où le parcours s’est arrêté, jusqu’à sa dernière page ou au maximum de la limite de pages (%1 pages)</translation>
    </message>
</context>
<context>
    <name>Orion::BulkJobsDialog</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Bulk Jobs — %1</source>
        <translation>Tâches Bulk — %1</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Traités</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Bulk jobs</source>
        <translation>Tâches Bulk</translation>
    </message>
    <message>
        <source>Failed rows of the selected job</source>
        <translation>Lignes en échec de la tâche sélectionnée</translation>
    </message>
    <message>
        <source>Loading the jobs…</source>
        <translation>Chargement des tâches…</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s). Select one to see its failed rows.</source>
        <translation>
            <numerusform>%n tâche. Sélectionnez-en une pour voir ses lignes en échec.</numerusform>
            <numerusform>%n tâches. Sélectionnez-en une pour voir ses lignes en échec.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the failed rows of %1…</source>
        <translation>Chargement des lignes en échec de %1…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>not processed: %1</source>
        <translation>non traité : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %3 processed, %4 failed; %n row(s) listed.</source>
        <translation>
            <numerusform>%1 : %2, %3 traités, %4 en échec ; %n ligne affichée.</numerusform>
            <numerusform>%1 : %2, %3 traités, %4 en échec ; %n lignes affichées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Orion::ConnectionDelegate</name>
    <message>
        <source>Healthy</source>
        <translation>Sain</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Dégradé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>No syncs yet</source>
        <translation>Aucune synchronisation</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Just now</source>
        <translation>À l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message numerus="yes">
        <source>%n consecutive failure(s)</source>
        <translation>
            <numerusform>%n échec consécutif</numerusform>
            <numerusform>%n échecs consécutifs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (demo: not run)</source>
        <translation>%1 (démo : non exécuté)</translation>
    </message>
    <message>
        <source>%1 · next %2</source>
        <translation>%1 · prochain %2</translation>
    </message>
    <message>
        <source>%1 · drift: %2</source>
        <translation>%1 · dérive : %2</translation>
    </message>
</context>
<context>
    <name>Orion::ConnectionDialog</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Edit Connection</source>
        <translation>Modifier la connexion</translation>
    </message>
    <message>
        <source>Add Connection</source>
        <translation>Ajouter une connexion</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connecteur</translation>
    </message>
    <message>
        <source>e.g. acme-stripe</source>
        <translation>p. ex. acme-stripe</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Nom de la connexion</translation>
    </message>
    <message>
        <source>&amp;Connector:</source>
        <translation>&amp;Connecteur :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Cancel &amp;Test</source>
        <translation>Annuler le &amp;test</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Saved — leave empty to keep</source>
        <translation>Enregistré — laisser vide pour le conserver</translation>
    </message>
    <message>
        <source>Choose a connector.</source>
        <translation>Choisissez un connecteur.</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Donnez un nom à la connexion.</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>Saisissez « %1 ».</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Connected: %1 answered in %2 ms.</source>
        <translation>Connecté : %1 a répondu en %2 ms.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your browser…</source>
        <translation>En attente de la connexion dans le navigateur…</translation>
    </message>
    <message>
        <source>Open this address in your browser to sign in: %1</source>
        <translation>Ouvrez cette adresse dans votre navigateur pour vous connecter : %1</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Se connecter…</translation>
    </message>
    <message>
        <source>Fill in the OAuth settings (client ID, URLs, company) first.</source>
        <translation>Renseignez d&apos;abord les paramètres OAuth (ID client, URL, entreprise).</translation>
    </message>
    <message>
        <source>The service issued a new %1, but it could not be saved: %2</source>
        <translation>Le service a émis un nouveau %1, mais il n&apos;a pas pu être enregistré : %2</translation>
    </message>
    <message>
        <source>new connection</source>
        <translation>nouvelle connexion</translation>
    </message>
    <message>
        <source>%1 (custom, version %2)</source>
        <translation>%1 (personnalisé, version %2)</translation>
    </message>
    <message>
        <source>Sign in with the service in your browser (a loopback redirect brings the answer back); the refresh token it grants is saved in the %1</source>
        <translation>Se connecter au service dans le navigateur (une redirection locale rapporte la réponse) ; le jeton d&apos;actualisation accordé est enregistré dans : %1</translation>
    </message>
    <message>
        <source>Secrets — saved in the %1, never in the workspace</source>
        <translation>Secrets — enregistrés dans : %1, jamais dans l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Authorised. The refresh token will be saved in the %1.</source>
        <translation>Autorisé. Le jeton d&apos;actualisation sera enregistré dans : %1.</translation>
    </message>
</context>
<context>
    <name>Orion::ConnectionListModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connecteur</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>Failures in a row</source>
        <translation>Échecs consécutifs</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Dernière réussite</translation>
    </message>
    <message>
        <source> · on workers</source>
        <translation> · sur les workers</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Schema drift in the approved mappings:</source>
        <translation>Dérive du schéma dans les correspondances approuvées :</translation>
    </message>
</context>
<context>
    <name>Orion::ConnectionSaver</name>
    <message>
        <source>There is no secret store to keep the connection&apos;s secrets in.</source>
        <translation>Aucun magasin de secrets n’est disponible pour les secrets de la connexion.</translation>
    </message>
    <message>
        <source>Cannot save the connection: %1</source>
        <translation>Impossible d’enregistrer la connexion : %1</translation>
    </message>
    <message>
        <source>The connection no longer exists.</source>
        <translation>La connexion n’existe plus.</translation>
    </message>
    <message>
        <source>The connection was not saved: its %1 could not be stored (%2).</source>
        <translation>La connexion n’a pas été enregistrée : son %1 n’a pas pu être conservé (%2).</translation>
    </message>
</context>
<context>
    <name>Orion::ConnectionStore</name>
    <message>
        <source>A connection named &quot;%1&quot; already exists.</source>
        <translation>Une connexion nommée « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>Cannot create the connection: %1</source>
        <translation>Impossible de créer la connexion : %1</translation>
    </message>
    <message>
        <source>Cannot delete the connection: %1</source>
        <translation>Impossible de supprimer la connexion : %1</translation>
    </message>
    <message>
        <source>Cannot remove the demo connections: %1</source>
        <translation>Impossible de supprimer les connexions de démonstration : %1</translation>
    </message>
    <message>
        <source>Cannot read the connections: %1</source>
        <translation>Impossible de lire les connexions : %1</translation>
    </message>
    <message>
        <source>Cannot record the sync run: %1</source>
        <translation>Impossible d&apos;enregistrer l&apos;exécution de synchronisation : %1</translation>
    </message>
    <message>
        <source>Cannot save the connection: %1</source>
        <translation>Impossible d’enregistrer la connexion : %1</translation>
    </message>
    <message>
        <source>The connection no longer exists.</source>
        <translation>La connexion n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Cannot read the sync runs: %1</source>
        <translation>Impossible de lire les exécutions de synchronisation : %1</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is too close to the existing connection &quot;%2&quot;: names that differ only in case, spaces or punctuation would share one set of environment variables.</source>
        <translation>Le nom « %1 » est trop proche de la connexion existante « %2 » : des noms qui ne diffèrent que par la casse, les espaces ou la ponctuation partageraient les mêmes variables d’environnement.</translation>
    </message>
</context>
<context>
    <name>Orion::ConnectionsPage</name>
    <message>
        <source>Create Demo Workspace</source>
        <translation>Créer un espace de démonstration</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Filter by name or connector…</source>
        <translation>Filtrer par nom ou connecteur…</translation>
    </message>
    <message>
        <source>Filter connections</source>
        <translation>Filtrer les connexions</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Reload the connections from the workspace (F5)</source>
        <translation>Recharger les connexions depuis l&apos;espace de travail (F5)</translation>
    </message>
    <message>
        <source>Connections table</source>
        <translation>Tableau des connexions</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connexion</numerusform>
            <numerusform>%n connexions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n degraded</source>
        <translation>
            <numerusform>%n dégradée</numerusform>
            <numerusform>%n dégradées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n affichée</numerusform>
            <numerusform>%n affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel Sync</source>
        <translation>Annuler la synchronisation</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Add a connection</source>
        <translation>Ajouter une connexion</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected connection</source>
        <translation>Modifier la connexion sélectionnée</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected connection with its records and history</source>
        <translation>Supprimer la connexion sélectionnée avec ses enregistrements et son historique</translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Sync the selected connection</source>
        <translation>Synchroniser la connexion sélectionnée</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No connections yet&lt;/h3&gt;&lt;p&gt;Connections link a connector to one of your accounts. Add one, or explore the app with sample data in a demo workspace.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucune connexion&lt;/h3&gt;&lt;p&gt;Une connexion relie un connecteur à l&apos;un de vos comptes. Ajoutez-en une, ou découvrez l&apos;application avec des données d&apos;exemple dans un espace de démonstration.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add Connection…</source>
        <translation>Ajouter une connexion…</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Journal de synchronisation</translation>
    </message>
    <message>
        <source>The log of the selected connection&apos;s sync appears here.</source>
        <translation>Le journal de synchronisation de la connexion sélectionnée apparaît ici.</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;? Its synced records, sync history and stored secrets are deleted.</source>
        <translation>Supprimer « %1 » ? Ses enregistrements synchronisés, son historique et ses secrets enregistrés seront effacés.</translation>
    </message>
    <message>
        <source>Demo connections have no account to sync from</source>
        <translation>Les connexions de démonstration n&apos;ont pas de compte à synchroniser</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Select a connection to sync it or see its last sync.</source>
        <translation>Sélectionnez une connexion pour la synchroniser ou voir sa dernière synchronisation.</translation>
    </message>
    <message>
        <source>Sync — %1</source>
        <translation>Synchronisation — %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>A demo connection: its history is synthetic.</source>
        <translation>Une connexion de démonstration : son historique est synthétique.</translation>
    </message>
    <message>
        <source>Not synced in this session. Sync Now reads new and changed records.</source>
        <translation>Pas encore synchronisée dans cette session. « Synchroniser » lit les enregistrements nouveaux et modifiés.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>%1: %2 — %3 read, %4 written, %5 failed in %6</source>
        <translation>%1 : %2 — %3 lus, %4 écrits, %5 en échec en %6</translation>
    </message>
    <message>
        <source>SOQL…</source>
        <translation>SOQL…</translation>
    </message>
    <message>
        <source>Query the selected Salesforce connection</source>
        <translation>Interroger la connexion Salesforce sélectionnée</translation>
    </message>
    <message>
        <source>Bulk Jobs…</source>
        <translation>Tâches Bulk…</translation>
    </message>
    <message>
        <source>Inspect the Bulk API jobs of the selected Salesforce connection</source>
        <translation>Examiner les tâches Bulk API de la connexion Salesforce sélectionnée</translation>
    </message>
    <message>
        <source>Alerts…</source>
        <translation>Alertes…</translation>
    </message>
    <message>
        <source>Slack alerts on the selected connection&apos;s runs</source>
        <translation>Alertes Slack sur les exécutions de la connexion sélectionnée</translation>
    </message>
    <message>
        <source>Sign in again: Edit… → Sign In…</source>
        <translation>Reconnectez-vous : Modifier… → Se connecter…</translation>
    </message>
    <message>
        <source>%1 needs to be signed in again: its authorisation expired or was revoked. Open Edit… and choose Sign In….</source>
        <translation>%1 doit être reconnectée : son autorisation a expiré ou a été révoquée. Ouvrez Modifier… et choisissez Se connecter….</translation>
    </message>
    <message numerus="yes">
        <source>Access token valid for %n more minute(s); last refreshed %1.</source>
        <translation>
            <numerusform>Jeton d&apos;accès valide encore %n minute ; dernière actualisation %1.</numerusform>
            <numerusform>Jeton d&apos;accès valide encore %n minutes ; dernière actualisation %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Access token expired; the next request refreshes it.</source>
        <translation>Jeton d&apos;accès expiré ; la prochaine requête l&apos;actualise.</translation>
    </message>
    <message>
        <source>Run on Workers</source>
        <translation>Exécuter sur les workers</translation>
    </message>
    <message>
        <source>Queue the selected connection&apos;s streams for the workers of this PostgreSQL workspace</source>
        <translation>Mettre en file les flux de la connexion sélectionnée pour les workers de cet espace PostgreSQL</translation>
    </message>
    <message>
        <source>%1 · %2 records · %3 pages · %4 records/s · %5 requests/s</source>
        <translation>%1 · %2 enregistrements · %3 pages · %4 enregistrements/s · %5 requêtes/s</translation>
    </message>
    <message numerus="yes">
        <source>Partitions: %1 of %2 done · %n reader(s) active</source>
        <translation>
            <numerusform>Partitions : %1 sur %2 terminées · %n lecteur actif</numerusform>
            <numerusform>Partitions : %1 sur %2 terminées · %n lecteurs actifs</numerusform>
        </translation>
    </message>
    <message>
        <source>No version of the custom connector %1 is deployed in this workspace: deploy one in Custom Connectors</source>
        <translation>Aucune version du connecteur personnalisé %1 n’est déployée dans cet espace de travail : déployez-en une dans Connecteurs personnalisés</translation>
    </message>
    <message>
        <source>This version of Orion Connector Studio has no connector %1</source>
        <translation>Cette version d’Orion Connector Studio n’a pas de connecteur %1</translation>
    </message>
    <message>
        <source>A sync of this connection is running; wait for it or cancel it first</source>
        <translation>Une synchronisation de cette connexion est en cours ; attendez-la ou annulez-la d’abord</translation>
    </message>
    <message>
        <source>Select a connection to edit it</source>
        <translation>Sélectionnez une connexion pour la modifier</translation>
    </message>
    <message>
        <source>Select a connection to remove it</source>
        <translation>Sélectionnez une connexion pour la supprimer</translation>
    </message>
    <message>
        <source>Select a connection to sync it</source>
        <translation>Sélectionnez une connexion pour la synchroniser</translation>
    </message>
    <message>
        <source>This connection is syncing now</source>
        <translation>Cette connexion se synchronise en ce moment</translation>
    </message>
    <message>
        <source>Syncing is not available in this window</source>
        <translation>La synchronisation n’est pas disponible dans cette fenêtre</translation>
    </message>
    <message>
        <source>Select a connection to set its alerts</source>
        <translation>Sélectionnez une connexion pour régler ses alertes</translation>
    </message>
    <message>
        <source>Select a connection to queue it for the workers</source>
        <translation>Sélectionnez une connexion pour la mettre en file pour les workers</translation>
    </message>
    <message>
        <source>schema drift: %1 (the connection is degraded)</source>
        <translation>dérive du schéma : %1 (la connexion est dégradée)</translation>
    </message>
    <message>
        <source>Push…</source>
        <translation>Envoyer…</translation>
    </message>
    <message>
        <source>Write customers to the selected connection&apos;s service, after a dry run</source>
        <translation>Écrire des clients dans le service de la connexion choisie, après un essai à blanc</translation>
    </message>
    <message>
        <source>Select a connection to push customers to it</source>
        <translation>Choisissez une connexion pour lui envoyer des clients</translation>
    </message>
    <message>
        <source>%1 connections cannot be written to</source>
        <translation>Les connexions %1 ne peuvent pas être écrites</translation>
    </message>
</context>
<context>
    <name>Orion::Connector</name>
    <message>
        <source>Connection &quot;%1&quot; has no %2 secret: save it in the connection dialog or set %3.</source>
        <translation>La connexion « %1 » n’a pas de secret %2 : enregistrez-le dans la boîte de dialogue de la connexion ou définissez %3.</translation>
    </message>
    <message>
        <source>%1 does not support writing customers.</source>
        <translation>%1 ne permet pas d&apos;écrire des clients.</translation>
    </message>
    <message>
        <source>%1 has no setting &quot;%2&quot; (settings: %3).</source>
        <translation>%1 n&apos;a pas de paramètre « %2 » (paramètres : %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a secret and is never stored with the connection; set %2 or save it in the connection dialog.</source>
        <translation>« %1 » est un secret et n&apos;est jamais enregistré avec la connexion ; définissez %2 ou enregistrez-le dans la boîte de dialogue de la connexion.</translation>
    </message>
    <message>
        <source>%1 needs the setting &quot;%2&quot; (%3).</source>
        <translation>%1 a besoin du paramètre « %2 » (%3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number, not &quot;%2&quot;.</source>
        <translation>« %1 » doit être un nombre entier, pas « %2 ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false, not &quot;%2&quot;.</source>
        <translation>« %1 » doit valoir true ou false, pas « %2 ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one of %2, not &quot;%3&quot;.</source>
        <translation>« %1 » doit être l&apos;une des valeurs %2, pas « %3 ».</translation>
    </message>
    <message>
        <source>Follow without credentials</source>
        <translation>Suivre sans identifiants</translation>
    </message>
    <message>
        <source>Refuse (keep credentials on this host)</source>
        <translation>Refuser (les identifiants restent sur cet hôte)</translation>
    </message>
    <message>
        <source>Redirects to other hosts</source>
        <translation>Redirections vers d’autres hôtes</translation>
    </message>
    <message>
        <source>When the service redirects a request to another host: refuse it (the default), or follow it without sending any credential.</source>
        <translation>Quand le service redirige une requête vers un autre hôte : la refuser (par défaut) ou la suivre sans envoyer aucun identifiant.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an https address such as https://api.example.com, not &quot;%2&quot;.</source>
        <translation>« %1 » doit être une adresse https telle que https://api.example.com, pas « %2 ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must use https: plain http would send credentials readable by anyone on the network (http is allowed only for loopback hosts such as 127.0.0.1 or localhost), not &quot;%2&quot;.</source>
        <translation>« %1 » doit utiliser https : le http simple enverrait des identifiants lisibles par tous sur le réseau (http n’est permis que pour les hôtes de bouclage comme 127.0.0.1 ou localhost), pas « %2 ».</translation>
    </message>
    <message>
        <source>A connection needs a name.</source>
        <translation>Une connexion doit avoir un nom.</translation>
    </message>
    <message>
        <source>A connection name has at most %1 characters (this one has %2).</source>
        <translation>Un nom de connexion compte au plus %1 caractères (celui-ci en a %2).</translation>
    </message>
    <message>
        <source>A connection name can hold only printable characters (no tabs, line breaks or control characters); U+%1 is not one.</source>
        <translation>Un nom de connexion ne peut contenir que des caractères imprimables (ni tabulations, ni sauts de ligne, ni caractères de contrôle) ; U+%1 n’en est pas un.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be between %2 and %3 for %4, not %5.</source>
        <translation>« %1 » doit être entre %2 et %3 pour %4, pas %5.</translation>
    </message>
    <message>
        <source>Connection &quot;%1&quot; has no %2 secret for the workers: its owner saves it with &quot;Run on workers&quot; on (sealed for the worker pool) or with &apos;orion connection set-secret&apos; on the worker&apos;s machine.</source>
        <translation>La connexion « %1 » n’a pas de secret %2 pour les workers : son propriétaire l’enregistre avec « Exécuter sur les workers » activé (scellé pour le pool de workers) ou avec &apos;orion connection set-secret&apos; sur la machine du worker.</translation>
    </message>
    <message>
        <source>Concurrent readers</source>
        <translation>Lecteurs simultanés</translation>
    </message>
    <message>
        <source>Windows of a large read fetched at once (1–32), all within the connection&apos;s rate budget. Empty: enough to use the budget over a slow network.</source>
        <translation>Fenêtres d&apos;une grande lecture récupérées en même temps (1–32), toutes dans le budget de requêtes de la connexion. Vide : assez pour utiliser le budget sur un réseau lent.</translation>
    </message>
    <message>
        <source>%1 connections take no webhooks.</source>
        <translation>Les connexions %1 ne reçoivent pas de webhooks.</translation>
    </message>
</context>
<context>
    <name>Orion::ConnectorWizard</name>
    <message>
        <source>Show the value</source>
        <translation>Afficher la valeur</translation>
    </message>
    <message>
        <source>Cannot read %1 (missing, unreadable or over 16 MB).</source>
        <translation>Impossible de lire %1 (absent, illisible ou de plus de 16 Mo).</translation>
    </message>
    <message>
        <source>No answer came back.</source>
        <translation>Aucune réponse n&apos;est revenue.</translation>
    </message>
    <message>
        <source>Detection failed: %1</source>
        <translation>La détection a échoué : %1</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Cannot store the secret %1: %2</source>
        <translation>Impossible d&apos;enregistrer le secret %1 : %2</translation>
    </message>
    <message>
        <source>Saved, but not published: %1</source>
        <translation>Enregistré, mais non publié : %1</translation>
    </message>
    <message>
        <source>New Custom Connector</source>
        <translation>Nouveau connecteur personnalisé</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Edit Custom Connector</source>
        <translation>Modifier le connecteur personnalisé</translation>
    </message>
    <message>
        <source>Cannot read the draft %1.</source>
        <translation>Impossible de lire le brouillon %1.</translation>
    </message>
    <message>
        <source>%1 is not a connector draft.</source>
        <translation>%1 n&apos;est pas un brouillon de connecteur.</translation>
    </message>
    <message>
        <source>Close the Connector Builder?</source>
        <translation>Fermer le créateur de connecteurs ?</translation>
    </message>
    <message>
        <source>What you entered is kept as a draft: File ▸ New Custom Connector… offers to resume it.</source>
        <translation>Ce que vous avez saisi est gardé comme brouillon : Fichier ▸ Nouveau connecteur personnalisé… propose de le reprendre.</translation>
    </message>
    <message>
        <source>&amp;Close Builder</source>
        <translation>&amp;Fermer le créateur</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Continuer</translation>
    </message>
</context>
<context>
    <name>Orion::CredentialStore</name>
    <message>
        <source>The system keychain could not be read: %1</source>
        <translation>Le trousseau du système est illisible : %1</translation>
    </message>
    <message>
        <source>The system keychain could not save a secret: %1</source>
        <translation>Le trousseau du système n&apos;a pas pu enregistrer un secret : %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Another process has been refreshing this connection&apos;s token for too long.</source>
        <translation>Un autre processus renouvelle le jeton de cette connexion depuis trop longtemps.</translation>
    </message>
    <message>
        <source>No connection was named for the %1 secret.</source>
        <translation>Aucune connexion n’a été indiquée pour le secret %1.</translation>
    </message>
    <message>
        <source>the keychain did not answer within two minutes</source>
        <translation>le trousseau n&apos;a pas répondu en deux minutes</translation>
    </message>
</context>
<context>
    <name>Orion::CronExpression</name>
    <message>
        <source>%1 field &quot;%2&quot;: %3</source>
        <translation>champ %1 « %2 » : %3</translation>
    </message>
    <message>
        <source>an empty list item</source>
        <translation>un élément de liste vide</translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; must be a number from 1 to %2</source>
        <translation>le pas « %1 » doit être un nombre de 1 à %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number or name</source>
        <translation>« %1 » n&apos;est ni un nombre ni un nom</translation>
    </message>
    <message>
        <source>values must lie from %1 to %2</source>
        <translation>les valeurs doivent aller de %1 à %2</translation>
    </message>
    <message>
        <source>the range %1-%2 runs backwards</source>
        <translation>l&apos;intervalle %1-%2 est inversé</translation>
    </message>
    <message>
        <source>unknown macro &quot;%1&quot; (use @hourly, @daily, @weekly, @monthly or @yearly)</source>
        <translation>macro « %1 » inconnue (utilisez @hourly, @daily, @weekly, @monthly ou @yearly)</translation>
    </message>
    <message>
        <source>a cron expression has five fields (minute hour day-of-month month day-of-week); &quot;%1&quot; has %2</source>
        <translation>une expression cron a cinq champs (minute heure jour mois jour-de-semaine) ; « %1 » en a %2</translation>
    </message>
</context>
<context>
    <name>Orion::CustomConnectorStore</name>
    <message>
        <source>Cannot save the connector: %1</source>
        <translation>Impossible d&apos;enregistrer le connecteur : %1</translation>
    </message>
    <message>
        <source>Version %1 of %2 is deployed; save the change as version %3.</source>
        <translation>La version %1 de %2 est déployée ; enregistrez la modification comme version %3.</translation>
    </message>
    <message>
        <source>Cannot save the connector&apos;s README and fixture: %1</source>
        <translation>Impossible d&apos;enregistrer le README et l&apos;enregistrement de test du connecteur : %1</translation>
    </message>
    <message>
        <source>Cannot deploy the connector: %1</source>
        <translation>Impossible de déployer le connecteur : %1</translation>
    </message>
    <message>
        <source>Cannot read the custom connectors: %1</source>
        <translation>Impossible de lire les connecteurs personnalisés : %1</translation>
    </message>
    <message>
        <source>The stored spec of %1 is not valid any more: %2</source>
        <translation>La spécification enregistrée de %1 n&apos;est plus valide : %2</translation>
    </message>
    <message>
        <source>Cannot read the connections: %1</source>
        <translation>Impossible de lire les connexions : %1</translation>
    </message>
    <message>
        <source>There is no version %1 of %2.</source>
        <translation>Il n’y a pas de version %1 de %2.</translation>
    </message>
</context>
<context>
    <name>Orion::CustomConnectorsPage</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n’est ouvert.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is larger than a connector spec can be (%2 MB at most).</source>
        <translation>%1 est plus grand qu’une spécification de connecteur ne peut l’être (%2 Mo au plus).</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> et %n autre</numerusform>
            <numerusform> et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a valid connector spec: %2</source>
        <translation>%1 n’est pas une spécification de connecteur valide : %2</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>non testé</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <source>Freemium</source>
        <translation>Freemium</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payant</translation>
    </message>
    <message>
        <source>Publish to the Marketplace</source>
        <translation>Publier sur la place de marché</translation>
    </message>
    <message>
        <source>Pricing of %1 in the marketplace:</source>
        <translation>Tarif de %1 sur la place de marché :</translation>
    </message>
    <message>
        <source>Export Connector Spec</source>
        <translation>Exporter la spécification du connecteur</translation>
    </message>
    <message>
        <source>Connector specs (*.json)</source>
        <translation>Spécifications de connecteur (*.json)</translation>
    </message>
    <message>
        <source>Import Connector Spec</source>
        <translation>Importer une spécification de connecteur</translation>
    </message>
    <message>
        <source>%1 was submitted to the marketplace; an admin approves it there.</source>
        <translation>%1 a été soumis à la place de marché ; un administrateur l’y approuve.</translation>
    </message>
    <message>
        <source>Custom Connectors</source>
        <translation>Connecteurs personnalisés</translation>
    </message>
    <message>
        <source>Versions of the selected connector</source>
        <translation>Versions du connecteur sélectionné</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connecteur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>Déployé</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Plus récente</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>Dernier test</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
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
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>Custom connectors</source>
        <translation>Connecteurs personnalisés</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>&amp;New Connector…</source>
        <translation>&amp;Nouveau connecteur…</translation>
    </message>
    <message>
        <source>Describe a REST API and build a connector for it (Ctrl+Shift+N)</source>
        <translation>Décrire une API REST et construire un connecteur pour elle (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <source>&amp;Edit in Builder…</source>
        <translation>&amp;Modifier dans le générateur…</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publier…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Store a connector spec file (JSON) as the next version of its connector, not deployed</source>
        <translation>Enregistrer un fichier de spécification (JSON) comme version suivante de son connecteur, non déployée</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Published, pending approval</source>
        <translation>Publié, en attente d’approbation</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No custom connector yet. Build one from an API&apos;s description, or import a spec file.</source>
        <translation>Aucun connecteur personnalisé pour l’instant. Construisez-en un à partir de la description d’une API, ou importez un fichier de spécification.</translation>
    </message>
    <message numerus="yes">
        <source>%n custom connector(s). Connections run the deployed version; Add Connection lists them.</source>
        <translation>
            <numerusform>%n connecteur personnalisé. Les connexions utilisent la version déployée ; Ajouter une connexion le propose.</numerusform>
            <numerusform>%n connecteurs personnalisés. Les connexions utilisent la version déployée ; Ajouter une connexion les propose.</numerusform>
        </translation>
    </message>
    <message>
        <source>deployed</source>
        <translation>déployée</translation>
    </message>
    <message>
        <source>newer, not deployed</source>
        <translation>plus récente, non déployée</translation>
    </message>
    <message>
        <source>earlier</source>
        <translation>antérieure</translation>
    </message>
    <message>
        <source>Select a custom connector first</source>
        <translation>Sélectionnez d’abord un connecteur personnalisé</translation>
    </message>
    <message>
        <source>Open version %1 of %2 in the builder; saving makes version %3</source>
        <translation>Ouvrir la version %1 de %2 dans le générateur ; l’enregistrement crée la version %3</translation>
    </message>
    <message>
        <source>Write version %1&apos;s spec to a JSON file (it holds no secrets)</source>
        <translation>Écrire la spécification de la version %1 dans un fichier JSON (elle ne contient aucun secret)</translation>
    </message>
    <message>
        <source>Version %1 is in the marketplace (%2)</source>
        <translation>La version %1 est sur la place de marché (%2)</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <source>pending an admin&apos;s approval</source>
        <translation>en attente de l’approbation d’un administrateur</translation>
    </message>
    <message>
        <source>Submit version %1 to the marketplace with its recorded test as evidence</source>
        <translation>Soumettre la version %1 à la place de marché avec son test enregistré comme preuve</translation>
    </message>
    <message>
        <source>&amp;Roll Back to Version %1</source>
        <translation>&amp;Revenir à la version %1</translation>
    </message>
    <message>
        <source>&amp;Deploy Version %1</source>
        <translation>&amp;Déployer la version %1</translation>
    </message>
    <message>
        <source>&amp;Deploy Version</source>
        <translation>&amp;Déployer la version</translation>
    </message>
    <message>
        <source>Version %1 is the one connections run</source>
        <translation>La version %1 est celle qu’utilisent les connexions</translation>
    </message>
    <message numerus="yes">
        <source>Connections of %1 run version %2 from their next sync on (%n connection(s))</source>
        <translation>
            <numerusform>Les connexions de %1 utilisent la version %2 dès leur prochaine synchronisation (%n connexion)</numerusform>
            <numerusform>Les connexions de %1 utilisent la version %2 dès leur prochaine synchronisation (%n connexions)</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 of %2 is deployed; its connections run it from their next sync on.</source>
        <translation>La version %1 de %2 est déployée ; ses connexions l’utilisent dès leur prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Version %1 of %2 was exported to %3.</source>
        <translation>La version %1 de %2 a été exportée vers %3.</translation>
    </message>
    <message>
        <source>%1 was imported as version %2 (not deployed: deploy it below).</source>
        <translation>%1 a été importé comme version %2 (non déployée : déployez-la ci-dessous).</translation>
    </message>
</context>
<context>
    <name>Orion::DashboardPage</name>
    <message>
        <source>no change</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personnalisée…</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>Du jour</translation>
    </message>
    <message>
        <source>To day</source>
        <translation>Au jour</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>All connections</source>
        <translation>Toutes les connexions</translation>
    </message>
    <message>
        <source>Connection filter</source>
        <translation>Filtre de connexion</translation>
    </message>
    <message>
        <source>All connectors</source>
        <translation>Tous les connecteurs</translation>
    </message>
    <message>
        <source>Connector filter</source>
        <translation>Filtre de connecteur</translation>
    </message>
    <message>
        <source>Syncs</source>
        <translation>Synchronisations</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Taux d&apos;erreur</translation>
    </message>
    <message>
        <source>Average duration</source>
        <translation>Durée moyenne</translation>
    </message>
    <message>
        <source>Syncs by status</source>
        <translation>Synchronisations par statut</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Records and failures per connection</source>
        <translation>Enregistrements et échecs par connexion</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Exporter en SVG…</translation>
    </message>
    <message>
        <source>Export data as CSV…</source>
        <translation>Exporter les données en CSV…</translation>
    </message>
    <message>
        <source>Connection health</source>
        <translation>État des connexions</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>%1 vs previous period</source>
        <translation>%1 par rapport à la période précédente</translation>
    </message>
    <message>
        <source>Syncs by status, %1</source>
        <translation>Synchronisations par statut, %1</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partielle</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2 : %3</translation>
    </message>
    <message>
        <source>Failed runs, %</source>
        <translation>Exécutions en échec, %</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1 : %2 %</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Min–max</source>
        <translation>Min–max</translation>
    </message>
    <message>
        <source>average %1 s</source>
        <translation>moyenne %1 s</translation>
    </message>
    <message>
        <source>Failed runs</source>
        <translation>Exécutions en échec</translation>
    </message>
    <message>
        <source>There is no chart %1.</source>
        <translation>Il n&apos;y a pas de graphique %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Export as .png, .svg or .csv.</source>
        <translation>Exportez en .png, .svg ou .csv.</translation>
    </message>
    <message>
        <source>queried in under 1 ms</source>
        <translation>requête en moins de 1 ms</translation>
    </message>
    <message>
        <source>queried in %1 ms</source>
        <translation>requête en %1 ms</translation>
    </message>
    <message>
        <source>%1 – %2 UTC · %3</source>
        <translation>%1 – %2 UTC · %3</translation>
    </message>
    <message>
        <source>%1 – %2 (UTC days) · %3</source>
        <translation>%1 – %2 (jours UTC) · %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln marked deleted at the source</source>
        <translation>
            <numerusform>%Ln marqué comme supprimé à la source</numerusform>
            <numerusform>%Ln marqués comme supprimés à la source</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pp</source>
        <comment>percentage points</comment>
        <translation>%1 pts</translation>
    </message>
    <message>
        <source>over 100×</source>
        <translation>plus de 100×</translation>
    </message>
    <message>
        <source>%1×</source>
        <comment>times the previous period</comment>
        <translation>%1×</translation>
    </message>
    <message>
        <source>no runs in the previous period</source>
        <translation>aucune exécution sur la période précédente</translation>
    </message>
</context>
<context>
    <name>Orion::DatabaseConfig</name>
    <message>
        <source>The database address is empty.</source>
        <translation>L&apos;adresse de la base de données est vide.</translation>
    </message>
    <message>
        <source>The PostgreSQL address is not a valid URL: %1</source>
        <translation>L&apos;adresse PostgreSQL n&apos;est pas une URL valide : %1</translation>
    </message>
    <message>
        <source>The PostgreSQL port must be between 1 and 65535.</source>
        <translation>Le port PostgreSQL doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>The PostgreSQL address names no database (postgresql://user@host:port/database).</source>
        <translation>L&apos;adresse PostgreSQL ne désigne aucune base (postgresql://utilisateur@hôte:port/base).</translation>
    </message>
    <message>
        <source>Unsupported database address &quot;%1&quot;: use a SQLite file path or postgresql://…</source>
        <translation>Adresse de base non prise en charge « %1 » : utilisez un chemin de fichier SQLite ou postgresql://…</translation>
    </message>
    <message>
        <source>The SQLite address names no file.</source>
        <translation>L&apos;adresse SQLite ne désigne aucun fichier.</translation>
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
        <translation>Le chemin du certificat d’AC « %1 » ne peut contenir ni espaces, ni points-virgules, ni guillemets, ni barres obliques inverses.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 does not exist.</source>
        <translation>Le fichier de certificat d’AC %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Unknown sslmode &quot;%1&quot;: use auto, disable, allow, prefer, require, verify-ca or verify-full.</source>
        <translation>sslmode inconnu « %1 » : utilisez auto, disable, allow, prefer, require, verify-ca ou verify-full.</translation>
    </message>
</context>
<context>
    <name>Orion::DeclarativeConnector</name>
    <message>
        <source>Custom connector (version %1)</source>
        <translation>Connecteur personnalisé (version %1)</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>Région téléphonique par défaut</translation>
    </message>
    <message>
        <source>Country used to read phone numbers written without a country code.</source>
        <translation>Pays utilisé pour lire les numéros de téléphone écrits sans indicatif.</translation>
    </message>
</context>
<context>
    <name>Orion::DemoSeeder</name>
    <message>
        <source>The number of demo connections must be between 1 and 1000.</source>
        <translation>Le nombre de connexions de démonstration doit être compris entre 1 et 1000.</translation>
    </message>
    <message>
        <source>The demo history must span between 1 and 3650 days.</source>
        <translation>L&apos;historique de démonstration doit couvrir de 1 à 3650 jours.</translation>
    </message>
    <message>
        <source>The number of demo sync runs cannot be negative.</source>
        <translation>Le nombre d&apos;exécutions de démonstration ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Cannot start the demo transaction: %1</source>
        <translation>Impossible de démarrer la transaction de démonstration : %1</translation>
    </message>
    <message>
        <source>Demo · %1</source>
        <translation>Démo · %1</translation>
    </message>
    <message>
        <source>Demo · %1 #%2</source>
        <translation>Démo · %1 n°%2</translation>
    </message>
    <message>
        <source>Demo seeding was cancelled; nothing was changed.</source>
        <translation>La création des données de démonstration a été annulée ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Demo failure (%1)</source>
        <translation>Échec de démonstration (%1)</translation>
    </message>
    <message>
        <source>Cannot write demo sync history: %1</source>
        <translation>Impossible d&apos;écrire l&apos;historique de démonstration : %1</translation>
    </message>
    <message>
        <source>Cannot save the demo workspace: %1</source>
        <translation>Impossible d&apos;enregistrer l&apos;espace de démonstration : %1</translation>
    </message>
    <message>
        <source>Cannot list the demo marketplace: %1</source>
        <translation>Impossible de créer la place de marché de démonstration : %1</translation>
    </message>
</context>
<context>
    <name>Orion::DriftFinding</name>
    <message numerus="yes">
        <source>%1: missing from all %n record(s) read</source>
        <translation>
            <numerusform>%1 : absent de l’enregistrement lu</numerusform>
            <numerusform>%1 : absent des %n enregistrements lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: was %2, now %3 in %4 of %n record(s) that have it</source>
        <translation>
            <numerusform>%1 : était %2, maintenant %3 dans %4 sur %n enregistrement qui le contient</numerusform>
            <numerusform>%1 : était %2, maintenant %3 dans %4 sur %n enregistrements qui le contiennent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Orion::FileSecretBackend</name>
    <message>
        <source>secrets file %1</source>
        <translation>fichier de secrets %1</translation>
    </message>
    <message>
        <source>Cannot read the secrets file %1: %2</source>
        <translation>Impossible de lire le fichier de secrets %1 : %2</translation>
    </message>
    <message>
        <source>The secrets file %1 is damaged: %2</source>
        <translation>Le fichier de secrets %1 est endommagé : %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>The secrets file %1 is locked by another process.</source>
        <translation>Le fichier de secrets %1 est verrouillé par un autre processus.</translation>
    </message>
    <message>
        <source>The secrets file %1 is damaged; it was not changed.</source>
        <translation>Le fichier de secrets %1 est endommagé ; il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot write the secrets file %1: %2</source>
        <translation>Impossible d&apos;écrire le fichier de secrets %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read the secrets file %1 (%2); it was not changed.</source>
        <translation>Impossible de lire le fichier de secrets %1 (%2) ; il n’a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>Orion::HttpClient</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>%1 sent a response larger than %2 MB; it was refused.</source>
        <translation>%1 a envoyé une réponse de plus de %2 Mo ; elle a été refusée.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Impossible de joindre %1 : %2</translation>
    </message>
    <message>
        <source>%1 is rate limiting requests and asks to wait %2 s</source>
        <translation>%1 limite le débit des requêtes et demande d’attendre %2 s</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 a répondu HTTP %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (gave up after %n attempt(s)).</source>
        <translation>
            <numerusform>%1 (abandon après %n tentative).</numerusform>
            <numerusform>%1 (abandon après %n tentatives).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 a répondu HTTP %2.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 a répondu HTTP %2 : %3</translation>
    </message>
    <message>
        <source>%1 sent a response that is not a JSON object (%2 at byte %3).</source>
        <translation>%1 a envoyé une réponse qui n&apos;est pas un objet JSON (%2 à l&apos;octet %3).</translation>
    </message>
    <message>
        <source>%1 %2: this request is not in the recorded fixture</source>
        <translation>%1 %2 : cette requête n&apos;est pas dans l&apos;enregistrement de test</translation>
    </message>
    <message>
        <source>The answer from %1 could not be saved: %2</source>
        <translation>La réponse de %1 n’a pas pu être enregistrée : %2</translation>
    </message>
    <message>
        <source>%1 redirected the request to %2; refused: %3</source>
        <translation>%1 a redirigé la requête vers %2 ; refusé : %3</translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation>plus de %1 redirections</translation>
    </message>
    <message>
        <source>not an http(s) address</source>
        <translation>pas une adresse http(s)</translation>
    </message>
    <message>
        <source>it leaves https for plain http</source>
        <translation>elle quitte https pour du http simple</translation>
    </message>
    <message>
        <source>another host would receive the connection&apos;s credentials</source>
        <translation>un autre hôte recevrait les identifiants de la connexion</translation>
    </message>
    <message>
        <source>%1 (gave up after %2 attempts).</source>
        <translation>%1 (abandon après %2 tentatives).</translation>
    </message>
</context>
<context>
    <name>Orion::HubSpotConnector</name>
    <message>
        <source>HubSpot sent a contacts page without &quot;results&quot;.</source>
        <translation>HubSpot a envoyé une page de contacts sans « results ».</translation>
    </message>
    <message>
        <source>Contacts (with their company) from HubSpot CRM; batch upsert by email.</source>
        <translation>Contacts (avec leur entreprise) de HubSpot CRM ; upsert par lots via l’e-mail.</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>URL de base de l&apos;API</translation>
    </message>
    <message>
        <source>Requests go to {api_base}/crm/v3/…</source>
        <translation>Les requêtes vont à {api_base}/crm/v3/…</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>A private app&apos;s access token, or OAuth 2.0 with a refresh token.</source>
        <translation>Le jeton d&apos;accès d&apos;une application privée, ou OAuth 2.0 avec un jeton d&apos;actualisation.</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL du jeton</translation>
    </message>
    <message>
        <source>OAuth token endpoint.</source>
        <translation>Point de terminaison des jetons OAuth.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>The OAuth app&apos;s client id.</source>
        <translation>L&apos;ID client de l&apos;application OAuth.</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>Région téléphonique par défaut</translation>
    </message>
    <message>
        <source>Country used to read phone numbers written without a country code.</source>
        <translation>Pays utilisé pour lire les numéros de téléphone écrits sans indicatif.</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Taille de page</translation>
    </message>
    <message>
        <source>Records per request (1–100).</source>
        <translation>Enregistrements par requête (1–100).</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Requêtes par seconde</translation>
    </message>
    <message>
        <source>Rate budget of this connection (HubSpot allows 100–190 requests per 10 s).</source>
        <translation>Budget de requêtes de cette connexion (HubSpot autorise 100 à 190 requêtes par 10 s).</translation>
    </message>
    <message>
        <source>Search overlap (s)</source>
        <translation>Chevauchement de recherche (s)</translation>
    </message>
    <message>
        <source>Incremental syncs re-read this much history, because search results lag writes.</source>
        <translation>Les synchronisations incrémentales relisent cette durée d&apos;historique, car les résultats de recherche suivent les écritures avec retard.</translation>
    </message>
    <message>
        <source>Private app access token</source>
        <translation>Jeton d&apos;accès de l&apos;application privée</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Jeton d&apos;actualisation</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Contacts (/crm/v3/objects/contacts)</source>
        <translation>Contacts (/crm/v3/objects/contacts)</translation>
    </message>
    <message>
        <source>the token lacks the scopes %1</source>
        <translation>il manque au jeton les portées %1</translation>
    </message>
    <message>
        <source>HubSpot answered HTTP %1 for %2.</source>
        <translation>HubSpot a répondu HTTP %1 pour %2.</translation>
    </message>
    <message>
        <source>HubSpot answered HTTP %1 for %2: %3</source>
        <translation>HubSpot a répondu HTTP %1 pour %2 : %3</translation>
    </message>
    <message>
        <source>not a HubSpot contact object</source>
        <translation>pas un objet contact HubSpot</translation>
    </message>
    <message>
        <source>HubSpot upserts contacts by email, and this record has none</source>
        <translation>HubSpot rapproche les contacts par e-mail, et cet enregistrement n&apos;en a pas</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Authorization URL</source>
        <translation>URL d&apos;autorisation</translation>
    </message>
    <message>
        <source>Where the browser signs in.</source>
        <translation>Où le navigateur se connecte.</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Space-separated OAuth scopes to request.</source>
        <translation>Portées OAuth demandées, séparées par des espaces.</translation>
    </message>
    <message>
        <source>OAuth 2.0 (sign in with HubSpot)</source>
        <translation>OAuth 2.0 (connexion avec HubSpot)</translation>
    </message>
    <message>
        <source>Search requests per second</source>
        <translation>Requêtes de recherche par seconde</translation>
    </message>
    <message>
        <source>Budget of the search API, which incremental syncs use (HubSpot allows 5 per second per account); 0 = no limit.</source>
        <translation>Budget de l&apos;API de recherche, utilisée par les synchronisations incrémentielles (HubSpot en autorise 5 par seconde et par compte) ; 0 = sans limite.</translation>
    </message>
    <message>
        <source>HubSpot sent an archived contacts page without &quot;results&quot;.</source>
        <translation>HubSpot a envoyé une page de contacts archivés sans « results ».</translation>
    </message>
    <message>
        <source>Webhook client secret</source>
        <translation>Secret client des webhooks</translation>
    </message>
    <message>
        <source>The client secret HubSpot signs webhooks with (when it is not the one above), for orion webhook serve.</source>
        <translation>Le secret client avec lequel HubSpot signe les webhooks (s’il diffère de celui ci-dessus), pour orion webhook serve.</translation>
    </message>
    <message>
        <source>The body is not a HubSpot webhook batch.</source>
        <translation>Le corps n’est pas un lot de webhooks HubSpot.</translation>
    </message>
    <message>
        <source>The body is not a HubSpot webhook batch: an event has no eventId.</source>
        <translation>Le corps n’est pas un lot de webhooks HubSpot : un événement n’a pas d’eventId.</translation>
    </message>
</context>
<context>
    <name>Orion::JobQueue</name>
    <message>
        <source>The job queue needs a PostgreSQL workspace; on SQLite this app runs syncs itself.</source>
        <translation>La file de tâches nécessite un espace PostgreSQL ; sur SQLite, cette application exécute elle-même les synchronisations.</translation>
    </message>
    <message>
        <source>Cannot queue the sync: %1</source>
        <translation>Impossible de mettre la synchronisation en file : %1</translation>
    </message>
    <message>
        <source>There is no connection named &quot;%1&quot;.</source>
        <translation>Il n&apos;existe pas de connexion nommée « %1 ».</translation>
    </message>
    <message>
        <source>Connection &quot;%1&quot; uses the connector &quot;%2&quot;, which this version does not have.</source>
        <translation>La connexion « %1 » utilise le connecteur « %2 », absent de cette version.</translation>
    </message>
    <message>
        <source>%1 has no stream &quot;%2&quot; (streams: %3).</source>
        <translation>%1 n&apos;a pas de flux « %2 » (flux : %3).</translation>
    </message>
    <message>
        <source>Cannot claim a job: %1</source>
        <translation>Impossible de prendre une tâche : %1</translation>
    </message>
    <message>
        <source>Cannot renew the leases: %1</source>
        <translation>Impossible de renouveler les baux : %1</translation>
    </message>
    <message>
        <source>Cannot record the heartbeat: %1</source>
        <translation>Impossible d&apos;enregistrer le signal de vie : %1</translation>
    </message>
    <message>
        <source>Cannot record the job&apos;s result: %1</source>
        <translation>Impossible d&apos;enregistrer le résultat de la tâche : %1</translation>
    </message>
    <message>
        <source>Job %1 is no longer leased to %2 (its lease expired and another worker took it over).</source>
        <translation>La tâche %1 n&apos;est plus attribuée à %2 (son bail a expiré et un autre worker l&apos;a reprise).</translation>
    </message>
    <message>
        <source>Cannot release job %1: %2</source>
        <translation>Impossible de rendre la tâche %1 : %2</translation>
    </message>
    <message>
        <source>Cannot cancel job %1: %2</source>
        <translation>Impossible d&apos;annuler la tâche %1 : %2</translation>
    </message>
    <message>
        <source>Job %1 is not queued or running (or not yours).</source>
        <translation>La tâche %1 n&apos;est ni en attente ni en cours (ou n&apos;est pas à vous).</translation>
    </message>
    <message>
        <source>Cannot retry job %1: %2</source>
        <translation>Impossible de relancer la tâche %1 : %2</translation>
    </message>
    <message>
        <source>Job %1 has not failed or been cancelled (or is not yours).</source>
        <translation>La tâche %1 n&apos;a ni échoué ni été annulée (ou n&apos;est pas à vous).</translation>
    </message>
    <message>
        <source>Cannot read the job queue: %1</source>
        <translation>Impossible de lire la file de tâches : %1</translation>
    </message>
    <message>
        <source>Cannot register the worker: %1</source>
        <translation>Impossible d&apos;enregistrer le worker : %1</translation>
    </message>
    <message>
        <source>Cannot record the worker&apos;s stop: %1</source>
        <translation>Impossible d&apos;enregistrer l&apos;arrêt du worker : %1</translation>
    </message>
    <message>
        <source>Cannot read the workers: %1</source>
        <translation>Impossible de lire les workers : %1</translation>
    </message>
    <message>
        <source>Job %1 is not leased to this process.</source>
        <translation>La tâche %1 n’est pas attribuée à ce processus.</translation>
    </message>
</context>
<context>
    <name>Orion::KeychainSecretBackend</name>
    <message>
        <source>system keychain</source>
        <translation>trousseau du système</translation>
    </message>
</context>
<context>
    <name>Orion::KeychainSecretStore</name>
    <message>
        <source>The system keychain could not be read: %1</source>
        <translation>Le trousseau du système est illisible : %1</translation>
    </message>
    <message>
        <source>The password could not be saved in the system keychain: %1</source>
        <translation>Le mot de passe n&apos;a pas pu être enregistré dans le trousseau du système : %1</translation>
    </message>
    <message>
        <source>The keychain entry could not be removed: %1</source>
        <translation>L&apos;entrée du trousseau n&apos;a pas pu être supprimée : %1</translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation>Trousseau du système</translation>
    </message>
</context>
<context>
    <name>Orion::Languages</name>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
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
        <translation>Pages</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Aucun espace de travail ouvert</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>%n sync run(s) of history</source>
        <translation>
            <numerusform>%n exécution d&apos;historique</numerusform>
            <numerusform>%n exécutions d&apos;historique</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Create a workspace with sample connections and 90 days of sync history</source>
        <translation>Créer un espace avec des connexions d&apos;exemple et 90 jours d&apos;historique de synchronisation</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Connections</source>
        <translation>&amp;Connexions</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Orion Connector Studio</source>
        <translation>À &amp;propos d&apos;Orion Connector Studio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Reading the password from %1…</source>
        <translation>Lecture du mot de passe depuis %1…</translation>
    </message>
    <message>
        <source>%1, schema version %2</source>
        <translation>%1, version du schéma %2</translation>
    </message>
    <message>
        <source>Workspace upgraded to schema version %1.</source>
        <translation>L&apos;espace de travail est passé à la version de schéma %1.</translation>
    </message>
    <message>
        <source>The workspace %1 stays open.</source>
        <translation>L&apos;espace de travail %1 reste ouvert.</translation>
    </message>
    <message>
        <source>No workspace is open; choose another one in Settings.</source>
        <translation>Aucun espace de travail ouvert ; choisissez-en un autre dans les paramètres.</translation>
    </message>
    <message>
        <source>About Orion Connector Studio</source>
        <translation>À propos d&apos;Orion Connector Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Orion Connector Studio %1&lt;/h3&gt;&lt;p&gt;Build, map and monitor connectors between business systems.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Orion Connector Studio %1&lt;/h3&gt;&lt;p&gt;Créer, mapper et surveiller des connecteurs entre systèmes métier.&lt;/p&gt;&lt;p&gt;Construit avec Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New workspace created.</source>
        <translation>Nouvel espace de travail créé.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Saved connection &quot;%1&quot;.</source>
        <translation>Connexion « %1 » enregistrée.</translation>
    </message>
    <message>
        <source>Removed connection &quot;%1&quot;.</source>
        <translation>Connexion « %1 » supprimée.</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Activité</translation>
    </message>
    <message>
        <source>%1 approved in Slack: syncing %2.</source>
        <translation>%1 a approuvé dans Slack : synchronisation de %2.</translation>
    </message>
    <message>
        <source>%1 rejected the sync of %2 in Slack.</source>
        <translation>%1 a refusé la synchronisation de %2 dans Slack.</translation>
    </message>
    <message>
        <source>Slack events (%1): %2</source>
        <translation>Événements Slack (%1) : %2</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>Correspondances</translation>
    </message>
    <message>
        <source>&amp;Mappings</source>
        <translation>C&amp;orrespondances</translation>
    </message>
    <message>
        <source>A Slack decision names mapping %1, which no longer exists.</source>
        <translation>Une décision Slack désigne la correspondance %1, qui n&apos;existe plus.</translation>
    </message>
    <message>
        <source>%1 is not an approver of these mappings: their Slack decision was ignored.</source>
        <translation>%1 n&apos;est pas approbateur de ces correspondances : sa décision Slack a été ignorée.</translation>
    </message>
    <message>
        <source>Slack: %1 (%2)</source>
        <translation>Slack : %1 (%2)</translation>
    </message>
    <message>
        <source>%1 approved %2 in Slack.</source>
        <translation>%1 a approuvé %2 dans Slack.</translation>
    </message>
    <message>
        <source>%1 rejected %2 in Slack.</source>
        <translation>%1 a rejeté %2 dans Slack.</translation>
    </message>
    <message>
        <source>Mapping assistant settings saved.</source>
        <translation>Réglages de l&apos;assistant de correspondance enregistrés.</translation>
    </message>
    <message>
        <source>The API key was not saved: %1</source>
        <translation>La clé d&apos;API n&apos;a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>Mapping assistant settings saved; the key is in %1.</source>
        <translation>Réglages de l&apos;assistant enregistrés ; la clé est dans %1.</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Place de marché</translation>
    </message>
    <message>
        <source>New &amp;Custom Connector…</source>
        <translation>Nouveau &amp;connecteur personnalisé…</translation>
    </message>
    <message>
        <source>Describe a REST API and build a connector for it, without code</source>
        <translation>Décrire une API REST et lui construire un connecteur, sans code</translation>
    </message>
    <message>
        <source>Mar&amp;ketplace</source>
        <translation>Place de &amp;marché</translation>
    </message>
    <message>
        <source>Resume Draft</source>
        <translation>Reprendre le brouillon</translation>
    </message>
    <message>
        <source>A connector draft from %1 was not finished. Resume it?</source>
        <translation>Un brouillon de connecteur du %1 n&apos;a pas été terminé. Le reprendre ?</translation>
    </message>
    <message>
        <source>&amp;Resume Draft</source>
        <translation>&amp;Reprendre le brouillon</translation>
    </message>
    <message>
        <source>Start &amp;New</source>
        <translation>Recommencer à &amp;neuf</translation>
    </message>
    <message>
        <source>%1 version %2 saved and submitted to the marketplace</source>
        <translation>%1 version %2 enregistré et soumis à la place de marché</translation>
    </message>
    <message>
        <source>%1 version %2 saved and deployed</source>
        <translation>%1 version %2 enregistré et déployé</translation>
    </message>
    <message>
        <source>%1 version %2 saved</source>
        <translation>%1 version %2 enregistré</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>Scheduled sync of &quot;%1&quot; started (slot %2).</source>
        <translation>Synchronisation planifiée de « %1 » lancée (créneau %2).</translation>
    </message>
    <message>
        <source>The scheduled sync of &quot;%1&quot; did not start: it is already running.</source>
        <translation>La synchronisation planifiée de « %1 » n&apos;a pas démarré : elle est déjà en cours.</translation>
    </message>
    <message>
        <source>Schedules: %1</source>
        <translation>Planifications : %1</translation>
    </message>
    <message>
        <source>&amp;Workers</source>
        <translation>&amp;Workers</translation>
    </message>
    <message>
        <source>The workspace %1 was not recovered: %2</source>
        <translation>L’espace de travail %1 n’a pas été récupéré : %2</translation>
    </message>
    <message>
        <source>The demo workspace is created when the current operation has finished…</source>
        <translation>L’espace de démonstration sera créé à la fin de l’opération en cours…</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged: %2</source>
        <translation>L’espace de travail %1 est endommagé : %2</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more finding(s))</source>
        <translation>
            <numerusform> (et %n autre constat)</numerusform>
            <numerusform> (et %n autres constats)</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovery keeps a copy of the damaged file, then repairs the workspace or restores its newest sound backup.</source>
        <translation>La récupération garde une copie du fichier endommagé, puis répare l’espace de travail ou restaure sa plus récente sauvegarde saine.</translation>
    </message>
    <message>
        <source>&amp;Recover Workspace…</source>
        <translation>&amp;Récupérer l’espace de travail…</translation>
    </message>
    <message>
        <source>Recover Workspace</source>
        <translation>Récupérer l’espace de travail</translation>
    </message>
    <message>
        <source>Repair %1 now?

A copy of the damaged file is kept in %2. Close other programs using this workspace (orion commands, workers) first.</source>
        <translation>Réparer %1 maintenant ?

Une copie du fichier endommagé est gardée dans %2. Fermez d’abord les autres programmes qui utilisent cet espace de travail (commandes orion, workers).</translation>
    </message>
    <message>
        <source>Language changed.</source>
        <translation>Langue modifiée.</translation>
    </message>
    <message>
        <source>A Slack sync approval names connection %1, which is not in this workspace: ignored.</source>
        <translation>Une approbation Slack désigne la connexion %1, absente de cet espace de travail : ignorée.</translation>
    </message>
    <message>
        <source>%1 is not an approver of %2: their Slack decision was ignored.</source>
        <translation>%1 ne peut pas approuver %2 : sa décision dans Slack a été ignorée.</translation>
    </message>
    <message>
        <source>%1 answered a request that does not say which version of %2 it showed: ask in Slack again.</source>
        <translation>%1 a répondu à une demande qui ne précise pas quelle version de %2 elle montrait : redemandez dans Slack.</translation>
    </message>
    <message>
        <source>The Slack sync approval for %1 is for its owner&apos;s desktop (%2): ignored here.</source>
        <translation>L&apos;approbation Slack de la synchronisation de %1 est destinée au poste de son propriétaire (%2) : ignorée ici.</translation>
    </message>
    <message>
        <source>Custom Connectors</source>
        <translation>Connecteurs personnalisés</translation>
    </message>
    <message numerus="yes">
        <source>Queued %n job(s) of &quot;%1&quot; for the workers (Workers, Ctrl+7).</source>
        <translation>
            <numerusform>%n tâche de « %1 » mise en file pour les workers (Workers, Ctrl+7).</numerusform>
            <numerusform>%n tâches de « %1 » mises en file pour les workers (Workers, Ctrl+7).</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;ustom Connectors</source>
        <translation>Connecteurs &amp;personnalisés</translation>
    </message>
    <message>
        <source>Demo workspace ready in %1: %2, %3</source>
        <translation>Espace de démonstration prêt dans %1 : %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connexion</numerusform>
            <numerusform>%n connexions</numerusform>
        </translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Aucun espace de travail récent</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>Workspaces (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Espaces de travail (*.db *.sqlite *.sqlite3);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New Demo Workspace</source>
        <translation>Nouvel espace de démonstration</translation>
    </message>
    <message>
        <source>Create a demo workspace with six sample connections and 90 days of sync history?</source>
        <translation>Créer un espace de démonstration avec six connexions d&apos;exemple et 90 jours d&apos;historique de synchronisation ?</translation>
    </message>
    <message>
        <source>It is a file of its own, %1, created anew; the app switches to it.</source>
        <translation>C&apos;est un fichier à part, %1, créé à neuf ; l&apos;application bascule dessus.</translation>
    </message>
    <message>
        <source>It is a file of its own, %1, created anew; the app switches to it. The workspace open now (%2) is kept as it is: File ▸ Recent Workspaces takes you back to it.</source>
        <translation>C&apos;est un fichier à part, %1, créé à neuf ; l&apos;application bascule dessus. L&apos;espace de travail ouvert maintenant (%2) reste tel quel : Fichier ▸ Espaces de travail récents y ramène.</translation>
    </message>
    <message>
        <source>&amp;Create Demo Workspace</source>
        <translation>&amp;Créer l&apos;espace de démonstration</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Move between fields and lists</source>
        <translation>Passer d&apos;un champ ou d&apos;une liste à l&apos;autre</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <source>Open the context menu of a list or chart</source>
        <translation>Ouvrir le menu contextuel d&apos;une liste ou d&apos;un graphique</translation>
    </message>
    <message>
        <source>Menu key, Shift+F10</source>
        <translation>Touche Menu, Maj+F10</translation>
    </message>
    <message>
        <source>Close a dialog without saving</source>
        <translation>Fermer une boîte de dialogue sans enregistrer</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>Open a SQLite workspace file</source>
        <translation>Ouvrir un fichier d&apos;espace de travail SQLite</translation>
    </message>
    <message>
        <source>Recent &amp;Workspaces</source>
        <translation>Espaces de travail &amp;récents</translation>
    </message>
    <message>
        <source>New &amp;Demo Workspace…</source>
        <translation>Nouvel espace de &amp;démonstration…</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <source>&amp;System Colours</source>
        <translation>Couleurs du s&amp;ystème</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>Orion::MappingReviewModel</name>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(aucune source)</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (obligatoire)</translation>
    </message>
    <message>
        <source>Confidence %1, %2</source>
        <translation>Confiance %1, %2</translation>
    </message>
    <message>
        <source>Unified field</source>
        <translation>Champ unifié</translation>
    </message>
    <message>
        <source>Source path</source>
        <translation>Chemin source</translation>
    </message>
    <message>
        <source>Transformation</source>
        <translation>Transformation</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
</context>
<context>
    <name>Orion::MappingReviewTable</name>
    <message>
        <source>Mapping suggestions</source>
        <translation>Propositions de correspondance</translation>
    </message>
</context>
<context>
    <name>Orion::MappingStore</name>
    <message>
        <source>Cannot store the suggestions: %1</source>
        <translation>Impossible d&apos;enregistrer les propositions : %1</translation>
    </message>
    <message>
        <source>Cannot store the suggestion for %1: %2</source>
        <translation>Impossible d&apos;enregistrer la proposition pour %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read the mappings: %1</source>
        <translation>Impossible de lire les correspondances : %1</translation>
    </message>
    <message>
        <source>There is no mapping %1.</source>
        <translation>La correspondance %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot change the mapping: %1</source>
        <translation>Impossible de modifier la correspondance : %1</translation>
    </message>
    <message>
        <source>You may not change this mapping (a decided mapping needs an administrator).</source>
        <translation>Vous ne pouvez pas modifier cette correspondance (une correspondance décidée exige un administrateur).</translation>
    </message>
    <message>
        <source>Cannot record the change: %1</source>
        <translation>Impossible d&apos;enregistrer la modification : %1</translation>
    </message>
    <message>
        <source>A decision is approve or reject.</source>
        <translation>Une décision est approuver ou rejeter.</translation>
    </message>
    <message>
        <source>A decision needs the name of who decided.</source>
        <translation>Une décision doit indiquer qui a décidé.</translation>
    </message>
    <message>
        <source>Cannot record the decision: %1</source>
        <translation>Impossible d&apos;enregistrer la décision : %1</translation>
    </message>
    <message>
        <source>%1 has no source field to approve: choose one first.</source>
        <translation>%1 n&apos;a pas de champ source à approuver : choisissez-en un d&apos;abord.</translation>
    </message>
    <message>
        <source>Only an administrator may approve or reject mappings.</source>
        <translation>Seul un administrateur peut approuver ou rejeter des correspondances.</translation>
    </message>
    <message>
        <source>Cannot read the approved mappings: %1</source>
        <translation>Impossible de lire les correspondances approuvées : %1</translation>
    </message>
    <message>
        <source>Not an Orion mapping set (format &quot;orion-mappings&quot;, version 1).</source>
        <translation>Ce n&apos;est pas un jeu de correspondances Orion (format « orion-mappings », version 1).</translation>
    </message>
    <message>
        <source>The mapping set needs a stream and a target (customer or invoice).</source>
        <translation>Le jeu de correspondances doit indiquer un flux et une cible (customer ou invoice).</translation>
    </message>
    <message>
        <source>mappings[%1].%2</source>
        <translation>mappings[%1].%2</translation>
    </message>
    <message>
        <source>mappings[%1].target_field: %2 is not a field of the unified %3</source>
        <translation>mappings[%1].target_field : %2 n&apos;est pas un champ de %3 unifié</translation>
    </message>
    <message>
        <source>mappings[%1].status: must be suggested, approved or rejected</source>
        <translation>mappings[%1].status : doit valoir suggested, approved ou rejected</translation>
    </message>
    <message>
        <source>Cannot import the mappings: %1</source>
        <translation>Impossible d&apos;importer les correspondances : %1</translation>
    </message>
    <message>
        <source>Cannot read the decisions: %1</source>
        <translation>Impossible de lire les décisions : %1</translation>
    </message>
    <message>
        <source>Cannot read the approvers: %1</source>
        <translation>Impossible de lire les approbateurs : %1</translation>
    </message>
    <message>
        <source>Cannot change the approvers: %1</source>
        <translation>Impossible de modifier les approbateurs : %1</translation>
    </message>
    <message>
        <source>The suggestion for %1 changed after it was reviewed (it now maps %2): review it again.</source>
        <translation>La suggestion pour %1 a changé après sa revue (elle associe maintenant %2) : revoyez-la.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>The suggestion for %1 changed while it was being decided: review it again.</source>
        <translation>La suggestion pour %1 a changé pendant la décision : revoyez-la.</translation>
    </message>
    <message>
        <source>The Slack click could not be audited: %1</source>
        <translation>Le clic Slack n&apos;a pas pu être journalisé : %1</translation>
    </message>
    <message>
        <source>Cannot read the Slack approvals: %1</source>
        <translation>Impossible de lire les approbations Slack : %1</translation>
    </message>
    <message>
        <source>Cannot read what the syncs saw of the mapped fields: %1</source>
        <translation>Impossible de lire ce que les synchronisations ont vu des champs mis en correspondance : %1</translation>
    </message>
    <message>
        <source>Cannot store what the sync saw of the mapped fields: %1</source>
        <translation>Impossible d’enregistrer ce que la synchronisation a vu des champs mis en correspondance : %1</translation>
    </message>
</context>
<context>
    <name>Orion::MappingsPage</name>
    <message>
        <source>&amp;Suggest Mappings</source>
        <translation>&amp;Proposer des correspondances</translation>
    </message>
    <message>
        <source>Apply &amp;Edit</source>
        <translation>Appliquer la &amp;modification</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <source>Approve All at or Above</source>
        <translation>Tout approuver à partir de</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>Correspondances</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Propose mappings for this stream from its stored source records</source>
        <translation>Proposer des correspondances pour ce flux à partir de ses enregistrements source stockés</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Suggest from a Sample File…</source>
        <translation>Proposer à partir d&apos;un fichier d&apos;exemple…</translation>
    </message>
    <message>
        <source>Sample Records</source>
        <translation>Enregistrements d&apos;exemple</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Mapping Set…</source>
        <translation>Exporter le jeu de correspondances…</translation>
    </message>
    <message>
        <source>Export Mapping Set</source>
        <translation>Exporter le jeu de correspondances</translation>
    </message>
    <message>
        <source>Import Mapping Set…</source>
        <translation>Importer un jeu de correspondances…</translation>
    </message>
    <message>
        <source>Import Mapping Set</source>
        <translation>Importer un jeu de correspondances</translation>
    </message>
    <message>
        <source>Keep the decisions recorded in the file? (No: import them as suggestions to review.)</source>
        <translation>Conserver les décisions enregistrées dans le fichier ? (Non : les importer comme propositions à examiner.)</translation>
    </message>
    <message>
        <source>Ask for Approval in Slack…</source>
        <translation>Demander une approbation dans Slack…</translation>
    </message>
    <message>
        <source>Add a Slack connection first.</source>
        <translation>Ajoutez d&apos;abord une connexion Slack.</translation>
    </message>
    <message>
        <source>Ask in Slack</source>
        <translation>Demander dans Slack</translation>
    </message>
    <message>
        <source>Slack connection:</source>
        <translation>Connexion Slack :</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Canal :</translation>
    </message>
    <message>
        <source>More mapping actions</source>
        <translation>Autres actions de correspondance</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Connexion :</translation>
    </message>
    <message>
        <source>Stream:</source>
        <translation>Flux :</translation>
    </message>
    <message>
        <source>All confidences</source>
        <translation>Toutes les confiances</translation>
    </message>
    <message>
        <source>Confidence filter</source>
        <translation>Filtre de confiance</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>Filter by field or path…</source>
        <translation>Filtrer par champ ou chemin…</translation>
    </message>
    <message>
        <source>Filter mappings</source>
        <translation>Filtrer les correspondances</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Alternatives</source>
        <translation>Alternatives</translation>
    </message>
    <message>
        <source>Source path</source>
        <translation>Chemin source</translation>
    </message>
    <message>
        <source>Transformation</source>
        <translation>Transformation</translation>
    </message>
    <message>
        <source>Source value</source>
        <translation>Valeur source</translation>
    </message>
    <message>
        <source>Unified value</source>
        <translation>Valeur unifiée</translation>
    </message>
    <message>
        <source>Sample values before and after</source>
        <translation>Valeurs d&apos;exemple avant et après</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Pourquoi :</translation>
    </message>
    <message>
        <source>Alternatives:</source>
        <translation>Alternatives :</translation>
    </message>
    <message>
        <source>Source path:</source>
        <translation>Chemin source :</translation>
    </message>
    <message>
        <source>Transformation:</source>
        <translation>Transformation :</translation>
    </message>
    <message>
        <source>Samples:</source>
        <translation>Exemples :</translation>
    </message>
    <message>
        <source>Approve the selected mappings (Ctrl+Return)</source>
        <translation>Approuver les correspondances sélectionnées (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Reject the selected mappings (Ctrl+Delete)</source>
        <translation>Rejeter les correspondances sélectionnées (Ctrl+Suppr)</translation>
    </message>
    <message>
        <source>Approval threshold</source>
        <translation>Seuil d&apos;approbation</translation>
    </message>
    <message>
        <source>Approval rate per confidence band</source>
        <translation>Taux d&apos;approbation par tranche de confiance</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibrage</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Mapping status</source>
        <translation>État des correspondances</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>No suggestions yet. Sync %1 first, or suggest from a sample file (More).</source>
        <translation>Aucune proposition. Synchronisez d&apos;abord %1, ou proposez à partir d&apos;un fichier d&apos;exemple (Plus).</translation>
    </message>
    <message numerus="yes">
        <source>No suggestions yet: Suggest Mappings proposes them from %n stored record(s).</source>
        <translation>
            <numerusform>Aucune proposition : « Proposer des correspondances » les établit à partir de %n enregistrement stocké.</numerusform>
            <numerusform>Aucune proposition : « Proposer des correspondances » les établit à partir de %n enregistrements stockés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 approved, %2 waiting for review · only approved mappings drive syncs</source>
        <translation>%1 approuvées, %2 en attente · seules les correspondances approuvées pilotent les synchronisations</translation>
    </message>
    <message>
        <source>Approval rate of past decisions per confidence band</source>
        <translation>Taux d&apos;approbation des décisions passées par tranche de confiance</translation>
    </message>
    <message>
        <source>Approved, %</source>
        <translation>Approuvées, %</translation>
    </message>
    <message>
        <source>%1 (%2 decided)</source>
        <translation>%1 (%2 décidées)</translation>
    </message>
    <message>
        <source>No decisions yet. As admins approve and reject, this shows how often each band is approved.</source>
        <translation>Aucune décision. À mesure que les administrateurs approuvent et rejettent, ce graphique montre la fréquence d&apos;approbation de chaque tranche.</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) so far; not yet enough evidence (10 decisions at ≥ 95 % approval) for an auto-approve threshold.</source>
        <translation>
            <numerusform>%n décision jusqu&apos;ici ; pas encore assez d&apos;éléments (10 décisions à ≥ 95 % d&apos;approbation) pour un seuil d&apos;approbation automatique.</numerusform>
            <numerusform>%n décisions jusqu&apos;ici ; pas encore assez d&apos;éléments (10 décisions à ≥ 95 % d&apos;approbation) pour un seuil d&apos;approbation automatique.</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggestions at %1 were approved at least 95 % of the time: approving them all at once is supported by the evidence.</source>
        <translation>Les propositions à %1 ont été approuvées au moins 95 % du temps : les approuver en bloc est justifié.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a mapping to see why it was proposed.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Sélectionnez une correspondance pour voir pourquoi elle a été proposée.&lt;/i&gt;</translation>
    </message>
    <message>
        <source> &lt;b&gt;(required)&lt;/b&gt;</source>
        <translation> &lt;b&gt;(obligatoire)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(no reasoning given)</source>
        <translation>(aucune justification)</translation>
    </message>
    <message>
        <source>%1 [%2] %3</source>
        <translation>%1 [%2] %3</translation>
    </message>
    <message>
        <source>Press Enter or double-click to use this source</source>
        <translation>Entrée ou double-clic pour utiliser cette source</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>%1 has no stored %2 records to learn from: sync it first, or suggest from a sample file (More).</source>
        <translation>%1 n&apos;a aucun enregistrement %2 stocké dont apprendre : synchronisez d&apos;abord, ou proposez à partir d&apos;un fichier d&apos;exemple (Plus).</translation>
    </message>
    <message>
        <source>The sample has no records.</source>
        <translation>L&apos;exemple ne contient aucun enregistrement.</translation>
    </message>
    <message>
        <source>Matching fields…</source>
        <translation>Mise en correspondance des champs…</translation>
    </message>
    <message>
        <source>Matching fields; asking %1 about the unclear ones…</source>
        <translation>Mise en correspondance ; %1 est consulté pour les champs incertains…</translation>
    </message>
    <message>
        <source>No suggestions: %1</source>
        <translation>Aucune proposition : %1</translation>
    </message>
    <message>
        <source> · %1 field(s) asked of the LLM, %2 + %3 tokens, %4</source>
        <translation> · %1 champ(s) soumis au LLM, %2 + %3 jetons, %4</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>coût inconnu</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) stored for review</source>
        <translation>
            <numerusform>%n proposition enregistrée pour examen</numerusform>
            <numerusform>%n propositions enregistrées pour examen</numerusform>
        </translation>
    </message>
    <message>
        <source>Approving…</source>
        <translation>Approbation…</translation>
    </message>
    <message>
        <source>Rejecting…</source>
        <translation>Rejet…</translation>
    </message>
    <message numerus="yes">
        <source>Approved %n mapping(s).</source>
        <translation>
            <numerusform>%n correspondance approuvée.</numerusform>
            <numerusform>%n correspondances approuvées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n mapping(s).</source>
        <translation>
            <numerusform>%n correspondance rejetée.</numerusform>
            <numerusform>%n correspondances rejetées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approved %n mapping(s) at or above %1.</source>
        <translation>
            <numerusform>%n correspondance approuvée à partir de %1.</numerusform>
            <numerusform>%n correspondances approuvées à partir de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of the sample records.</source>
        <translation>« %1 » n&apos;est pas un champ des enregistrements d&apos;exemple.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Changed; review it again before it drives syncs.</source>
        <translation>Modifiée ; examinez-la de nouveau avant qu&apos;elle pilote des synchronisations.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a mapping set (JSON object).</source>
        <translation>%1 n&apos;est pas un jeu de correspondances (objet JSON).</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n mapping(s).</source>
        <translation>
            <numerusform>%n correspondance importée.</numerusform>
            <numerusform>%n correspondances importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>*%1* / %2: map *%3* ← `%4` (%5, confidence %6)?
%7</source>
        <translation>*%1* / %2 : associer *%3* ← `%4` (%5, confiance %6) ?
%7</translation>
    </message>
    <message>
        <source>Nothing is waiting for review.</source>
        <translation>Rien n&apos;attend d&apos;examen.</translation>
    </message>
    <message numerus="yes">
        <source>Posting %n approval request(s) to %1…</source>
        <translation>
            <numerusform>Envoi de %n demande d&apos;approbation à %1…</numerusform>
            <numerusform>Envoi de %n demandes d&apos;approbation à %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asked in %1: %n request(s) posted; only the connection&apos;s approvers can decide.</source>
        <translation>
            <numerusform>Demandé dans %1 : %n demande envoyée ; seuls les approbateurs de la connexion peuvent décider.</numerusform>
            <numerusform>Demandé dans %1 : %n demandes envoyées ; seuls les approbateurs de la connexion peuvent décider.</numerusform>
        </translation>
    </message>
    <message>
        <source> · the LLM was not used: %1</source>
        <translation> · le LLM n&apos;a pas été utilisé : %1</translation>
    </message>
    <message>
        <source>Slack Approvers…</source>
        <translation>Approbateurs Slack…</translation>
    </message>
    <message>
        <source>Slack Approvers</source>
        <translation>Approbateurs Slack</translation>
    </message>
    <message>
        <source>Slack user ids who may approve these mappings from Slack (U…, comma-separated):</source>
        <translation>Identifiants Slack autorisés à approuver ces correspondances depuis Slack (U…, séparés par des virgules) :</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose the source field from the sample&apos;s schema tree</source>
        <translation>Choisir le champ source dans l&apos;arbre du schéma de l&apos;exemple</translation>
    </message>
    <message>
        <source>Validation of the approved mappings</source>
        <translation>Vérification des correspondances approuvées</translation>
    </message>
    <message>
        <source>Nothing approved yet: syncs of this stream use the connector&apos;s built-in mapping.</source>
        <translation>Rien n&apos;est encore approuvé : les synchronisations de ce flux utilisent la correspondance intégrée du connecteur.</translation>
    </message>
    <message numerus="yes">
        <source>✓ The approved mappings check out against %n sample record(s): required fields covered, no transformation errors.</source>
        <translation>
            <numerusform>✓ Les correspondances approuvées sont valides sur %n enregistrement d&apos;exemple : champs obligatoires couverts, aucune erreur de transformation.</numerusform>
            <numerusform>✓ Les correspondances approuvées sont valides sur %n enregistrements d&apos;exemple : champs obligatoires couverts, aucune erreur de transformation.</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Before syncing: %1</source>
        <translation>⚠ Avant de synchroniser : %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Slack user id (U… or W…).</source>
        <translation>« %1 » n&apos;est pas un identifiant Slack (U… ou W…).</translation>
    </message>
    <message>
        <source>Slack approvers: %1</source>
        <translation>Approbateurs Slack : %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>Choose a Source Field</source>
        <translation>Choisir un champ source</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>Source schema</source>
        <translation>Schéma source</translation>
    </message>
    <message>
        <source>Suggest with API Documentation…</source>
        <translation>Proposer avec la documentation de l&apos;API…</translation>
    </message>
    <message>
        <source>API Documentation</source>
        <translation>Documentation de l&apos;API</translation>
    </message>
    <message>
        <source>Text, Markdown or HTML (*.txt *.md *.html *.htm);;All files (*)</source>
        <translation>Texte, Markdown ou HTML (*.txt *.md *.html *.htm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No LLM is set up (Settings → Mapping assistant): the documentation is not used by the local matcher.</source>
        <translation>Aucun LLM n&apos;est configuré (Réglages → Assistant de correspondance) : la correspondance locale n&apos;utilise pas la documentation.</translation>
    </message>
    <message>
        <source>Sync the connection first, or suggest from a sample file.</source>
        <translation>Synchronisez d&apos;abord la connexion, ou proposez à partir d&apos;un fichier d&apos;exemple.</translation>
    </message>
    <message>
        <source>Wait for the current operation to finish, or cancel it</source>
        <translation>Attendez la fin de l&apos;opération en cours, ou annulez-la</translation>
    </message>
    <message>
        <source>Select one or more mappings to approve them</source>
        <translation>Sélectionnez une ou plusieurs correspondances pour les approuver</translation>
    </message>
    <message>
        <source>Select one or more mappings to reject them</source>
        <translation>Sélectionnez une ou plusieurs correspondances pour les rejeter</translation>
    </message>
    <message>
        <source>Approve every pending suggestion whose confidence is at or above the threshold</source>
        <translation>Approuver chaque suggestion en attente dont la confiance atteint le seuil</translation>
    </message>
</context>
<context>
    <name>Orion::MarketplacePage</name>
    <message>
        <source>not rated</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>Show &amp;pending</source>
        <translation>Afficher les &amp;demandes en attente</translation>
    </message>
    <message>
        <source>&amp;Build Connector…</source>
        <translation>&amp;Construire un connecteur…</translation>
    </message>
    <message>
        <source>P&amp;ublish…</source>
        <translation>P&amp;ublier…</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>&amp;Installer</translation>
    </message>
    <message>
        <source>&amp;Rate</source>
        <translation>&amp;Noter</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Re&amp;jeter</translation>
    </message>
    <message>
        <source>Search connectors</source>
        <translation>Rechercher des connecteurs</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>Comptabilité</translation>
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
        <translation>Communication</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Any price</source>
        <translation>Tous les prix</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <source>Freemium</source>
        <translation>Freemium</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payant</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Tarification</translation>
    </message>
    <message>
        <source>Listings waiting for an admin&apos;s approval (yours, or all for admins)</source>
        <translation>Annonces en attente d&apos;approbation par un admin (les vôtres, ou toutes pour les admins)</translation>
    </message>
    <message>
        <source>List one of this workspace&apos;s deployed custom connectors</source>
        <translation>Lister l&apos;un des connecteurs personnalisés déployés de cet espace de travail</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connecteur</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Installs</source>
        <translation>Installations</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Marketplace listings</source>
        <translation>Annonces de la place de marché</translation>
    </message>
    <message>
        <source>Connector details</source>
        <translation>Détails du connecteur</translation>
    </message>
    <message>
        <source>Your rating</source>
        <translation>Votre note</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Place de marché</translation>
    </message>
    <message>
        <source>Deploy a custom connector first (Build Connector…).</source>
        <translation>Déployez d&apos;abord un connecteur personnalisé (Construire un connecteur…).</translation>
    </message>
    <message>
        <source>Publish to the Marketplace</source>
        <translation>Publier sur la place de marché</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>&amp;Connector:</source>
        <translation>&amp;Connecteur :</translation>
    </message>
    <message>
        <source>&amp;Pricing:</source>
        <translation>&amp;Tarification :</translation>
    </message>
    <message>
        <source>The listing stays pending until an admin approves it.</source>
        <translation>L&apos;annonce reste en attente jusqu&apos;à ce qu&apos;un admin l&apos;approuve.</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installé</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>En attente d&apos;approbation</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>No connector selected</source>
        <translation>Aucun connecteur sélectionné</translation>
    </message>
    <message>
        <source>&amp;Uninstall</source>
        <translation>&amp;Désinstaller</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lecture</translation>
    </message>
    <message>
        <source>no fixture run</source>
        <translation>aucune exécution de l&apos;enregistrement de test</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2, %n record(s)</source>
        <translation>
            <numerusform>%1 le %2, %n enregistrement</numerusform>
            <numerusform>%1 le %2, %n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Pending an admin&apos;s approval</source>
        <translation>En attente de l&apos;approbation d&apos;un admin</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Fixture evidence</source>
        <translation>Preuve de l&apos;enregistrement de test</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>There is no custom connector %1.</source>
        <translation>Il n&apos;y a pas de connecteur personnalisé %1.</translation>
    </message>
    <message>
        <source>%1 has no recorded fixture; test it in the builder first.</source>
        <translation>%1 n&apos;a pas d&apos;enregistrement de test ; testez-le d&apos;abord dans le constructeur.</translation>
    </message>
    <message>
        <source>the search</source>
        <translation>la recherche</translation>
    </message>
    <message>
        <source>the category</source>
        <translation>la catégorie</translation>
    </message>
    <message>
        <source>the pricing</source>
        <translation>le tarif</translation>
    </message>
    <message>
        <source>No connector is listed yet. Build one with File ▸ New Custom Connector… and publish it.</source>
        <translation>Aucun connecteur n’est encore proposé. Construisez-en un avec Fichier ▸ Nouveau connecteur personnalisé… et publiez-le.</translation>
    </message>
    <message>
        <source>No approved connector is listed yet. Tick “Show pending” to see those awaiting approval, or build one with File ▸ New Custom Connector….</source>
        <translation>Aucun connecteur approuvé n’est encore proposé. Cochez « Afficher en attente » pour voir ceux qui attendent, ou construisez-en un avec Fichier ▸ Nouveau connecteur personnalisé….</translation>
    </message>
    <message>
        <source>Nothing matches %1. Clear it, or build a connector of your own.</source>
        <translation>Rien ne correspond à %1. Effacez-le, ou construisez votre propre connecteur.</translation>
    </message>
    <message>
        <source>version %1 pending</source>
        <translation>version %1 en attente</translation>
    </message>
    <message>
        <source>&amp;Approve Version %1</source>
        <translation>&amp;Approuver la version %1</translation>
    </message>
    <message>
        <source>Re&amp;ject Version %1</source>
        <translation>Re&amp;jeter la version %1</translation>
    </message>
    <message>
        <source>version %1 waits for an admin&apos;s approval; version %2 stays listed until then</source>
        <translation>la version %1 attend l’approbation d’un administrateur ; la version %2 reste listée jusque-là</translation>
    </message>
</context>
<context>
    <name>Orion::MarketplaceStore</name>
    <message>
        <source>Cannot read the marketplace: %1</source>
        <translation>Impossible de lire la place de marché : %1</translation>
    </message>
    <message>
        <source>The marketplace has no connector &quot;%1&quot;.</source>
        <translation>La place de marché n&apos;a pas de connecteur « %1 ».</translation>
    </message>
    <message>
        <source>%1 is not approved yet.</source>
        <translation>%1 n&apos;est pas encore approuvé.</translation>
    </message>
    <message>
        <source>Cannot install %1: %2</source>
        <translation>Impossible d&apos;installer %1 : %2</translation>
    </message>
    <message>
        <source>The listed spec of %1 is not valid: %2</source>
        <translation>La spécification listée de %1 n&apos;est pas valide : %2</translation>
    </message>
    <message>
        <source>Cannot uninstall: %1</source>
        <translation>Impossible de désinstaller : %1</translation>
    </message>
    <message>
        <source>%1 is not installed.</source>
        <translation>%1 n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>Category must be one of %1; pricing one of %2.</source>
        <translation>La catégorie doit être l&apos;une de %1 ; la tarification l&apos;une de %2.</translation>
    </message>
    <message>
        <source>custom:%1 is already in the marketplace.</source>
        <translation>custom:%1 est déjà sur la place de marché.</translation>
    </message>
    <message>
        <source>Cannot publish: %1</source>
        <translation>Impossible de publier : %1</translation>
    </message>
    <message>
        <source>Only an administrator may approve or reject marketplace entries.</source>
        <translation>Seul un administrateur peut approuver ou rejeter les annonces de la place de marché.</translation>
    </message>
    <message>
        <source>Cannot change %1: %2</source>
        <translation>Impossible de modifier %1 : %2</translation>
    </message>
    <message>
        <source>A rating is 1 to 5 stars.</source>
        <translation>Une note va de 1 à 5 étoiles.</translation>
    </message>
    <message>
        <source>Cannot rate: %1</source>
        <translation>Impossible de noter : %1</translation>
    </message>
    <message>
        <source>custom:%1 is already in the marketplace, listed by %2: publish yours under another name.</source>
        <translation>custom:%1 est déjà sur la place de marché, publié par %2 : publiez le vôtre sous un autre nom.</translation>
    </message>
    <message>
        <source>Version %1 of custom:%2 is already in the marketplace: publish a newer version.</source>
        <translation>La version %1 de custom:%2 est déjà sur la place de marché : publiez une version plus récente.</translation>
    </message>
    <message>
        <source>A review is approved or rejected.</source>
        <translation>Une revue est approuvée ou rejetée.</translation>
    </message>
</context>
<context>
    <name>Orion::MemorySecretStore</name>
    <message>
        <source>Memory (not saved)</source>
        <translation>Mémoire (non enregistré)</translation>
    </message>
</context>
<context>
    <name>Orion::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>Orion::Migrator</name>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>Impossible de lire la version du schéma : %1</translation>
    </message>
    <message>
        <source>The workspace has schema version %1, newer than this version of Orion Connector Studio supports (%2). Update the application; the workspace was not changed.</source>
        <translation>L&apos;espace de travail est en version de schéma %1, plus récente que celle prise en charge par cette version d&apos;Orion Connector Studio (%2). Mettez l&apos;application à jour ; l&apos;espace de travail n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot start the migration: %1</source>
        <translation>Impossible de démarrer la migration : %1</translation>
    </message>
    <message>
        <source>Cannot lock the schema for migration: %1</source>
        <translation>Impossible de verrouiller le schéma pour la migration : %1</translation>
    </message>
    <message>
        <source>The file is a SQLite database but not an Orion workspace; it was not changed.</source>
        <translation>Le fichier est une base SQLite mais pas un espace de travail Orion ; il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot create the schema version table: %1</source>
        <translation>Impossible de créer la table des versions de schéma : %1</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation>La migration %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Cannot record migration %1: %2</source>
        <translation>Impossible d&apos;enregistrer la migration %1 : %2</translation>
    </message>
    <message>
        <source>Cannot commit the migration: %1</source>
        <translation>Impossible de valider la migration : %1</translation>
    </message>
</context>
<context>
    <name>Orion::OAuth2RefreshAuthenticator</name>
    <message>
        <source>Connection &quot;%1&quot; has no %2 authorisation yet; authorise it first (or set %3).</source>
        <translation>La connexion « %1 » n&apos;a pas encore d&apos;autorisation %2 ; autorisez-la d&apos;abord (ou définissez %3).</translation>
    </message>
    <message>
        <source>The %1 authorisation of connection &quot;%2&quot; has expired or was revoked; re-authorise the connection.</source>
        <translation>L&apos;autorisation %1 de la connexion « %2 » a expiré ou a été révoquée ; autorisez à nouveau la connexion.</translation>
    </message>
    <message>
        <source>%1 refused the token refresh for connection &quot;%2&quot; (%3); check the client id and secret.</source>
        <translation>%1 a refusé l&apos;actualisation du jeton pour la connexion « %2 » (%3) ; vérifiez l&apos;ID et le secret client.</translation>
    </message>
    <message>
        <source>%1 token endpoint answered HTTP %2.</source>
        <translation>Le point de terminaison des jetons de %1 a répondu HTTP %2.</translation>
    </message>
    <message>
        <source>%1 token endpoint returned no access token.</source>
        <translation>Le point de terminaison des jetons de %1 n&apos;a renvoyé aucun jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>The rotated refresh token could not be saved: %1</source>
        <translation>Le nouveau jeton d&apos;actualisation n&apos;a pas pu être enregistré : %1</translation>
    </message>
</context>
<context>
    <name>Orion::OAuthAuthorizer</name>
    <message>
        <source>The service granted access but sent no refresh token; allow offline access for the app.</source>
        <translation>Le service a accordé l&apos;accès sans envoyer de jeton d&apos;actualisation ; autorisez l&apos;accès hors ligne pour l&apos;application.</translation>
    </message>
    <message>
        <source>The token endpoint could not be reached.</source>
        <translation>Le point de terminaison des jetons est injoignable.</translation>
    </message>
    <message>
        <source>The service refused the authorisation.</source>
        <translation>Le service a refusé l&apos;autorisation.</translation>
    </message>
    <message>
        <source>The service answered without a token.</source>
        <translation>Le service a répondu sans jeton.</translation>
    </message>
    <message>
        <source>The sign-in answer did not match this request (state mismatch).</source>
        <translation>La réponse de connexion ne correspond pas à cette demande (state différent).</translation>
    </message>
    <message>
        <source>The authorisation failed.</source>
        <translation>L&apos;autorisation a échoué.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 for the sign-in answer.</source>
        <translation>Impossible d&apos;écouter sur 127.0.0.1 pour la réponse de connexion.</translation>
    </message>
    <message>
        <source>Orion Connector Studio received the authorisation. You can close this page.</source>
        <translation>Orion Connector Studio a reçu l&apos;autorisation. Vous pouvez fermer cette page.</translation>
    </message>
</context>
<context>
    <name>Orion::PushDialog</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Changes or reason</source>
        <translation>Modifications ou raison</translation>
    </message>
    <message>
        <source>new in %1</source>
        <translation>nouveau dans %1</translation>
    </message>
    <message>
        <source>%1: (empty) → “%2”</source>
        <translation>%1 : (vide) → « %2 »</translation>
    </message>
    <message>
        <source>%1: “%2” → “%3”</source>
        <translation>%1 : « %2 » → « %3 »</translation>
    </message>
    <message>
        <source>the same as %1&apos;s record %2</source>
        <translation>identique à l’enregistrement %2 de %1</translation>
    </message>
    <message>
        <source>Stored &amp;records of:</source>
        <translation>&amp;Enregistrements stockés de :</translation>
    </message>
    <message>
        <source>A JSON-&amp;lines file:</source>
        <translation>Un fichier JSON &amp;lines :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Dry Run</source>
        <translation>Essai à &amp;blanc</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Push Customers to %1</source>
        <translation>Envoyer des clients à %1</translation>
    </message>
    <message>
        <source>Source connection</source>
        <translation>Connexion source</translation>
    </message>
    <message>
        <source>name, e-mail or company contains… (empty: all)</source>
        <translation>le nom, l’e-mail ou la société contient… (vide : tous)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>one unified customer per line, as orion records prints them</source>
        <translation>un client unifié par ligne, comme les affiche orion records</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>There is no other connection to read stored customers from</source>
        <translation>Aucune autre connexion ne fournit de clients stockés</translation>
    </message>
    <message>
        <source>Push plan</source>
        <translation>Plan d’envoi</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtre :</translation>
    </message>
    <message>
        <source>Customers are matched to &lt;b&gt;%1&lt;/b&gt;&apos;s by e-mail. A dry run reads %1 and changes nothing; &lt;i&gt;Apply&lt;/i&gt; then writes what it shows.</source>
        <translation>Les clients sont rapprochés de ceux de &lt;b&gt;%1&lt;/b&gt; par e-mail. Un essai à blanc lit %1 sans rien modifier ; &lt;i&gt;Appliquer&lt;/i&gt; écrit ensuite ce qu’il montre.</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 failed.</source>
        <translation>%1 créés, %2 mis à jour, %3 en échec.</translation>
    </message>
    <message>
        <source>Recorded in Activity.</source>
        <translation>Enregistré dans l’activité.</translation>
    </message>
    <message>
        <source>Customers to Push</source>
        <translation>Clients à envoyer</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl *.ndjson *.json);;All files (*)</source>
        <translation>JSON lines (*.jsonl *.ndjson *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>A dry run or a push is running</source>
        <translation>Un essai à blanc ou un envoi est en cours</translation>
    </message>
    <message>
        <source>Choose the customers to push first</source>
        <translation>Choisissez d’abord les clients à envoyer</translation>
    </message>
    <message>
        <source>Read %1 and show what a push would do</source>
        <translation>Lire %1 et montrer ce que ferait un envoi</translation>
    </message>
    <message>
        <source>Run a dry run of this source first: Apply writes what it shows</source>
        <translation>Faites d’abord un essai à blanc de cette source : Appliquer écrit ce qu’il montre</translation>
    </message>
    <message>
        <source>The dry run found nothing to create or update</source>
        <translation>L’essai à blanc n’a rien trouvé à créer ou à mettre à jour</translation>
    </message>
    <message numerus="yes">
        <source>Write %n customer(s) to %1</source>
        <translation>
            <numerusform>Écrire %n client dans %1</numerusform>
            <numerusform>Écrire %n clients dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop at the next page or record</source>
        <translation>Arrêter à la page ou à l’enregistrement suivant</translation>
    </message>
    <message>
        <source>Nothing is running</source>
        <translation>Rien n’est en cours</translation>
    </message>
    <message>
        <source>Dry run: reading %1…</source>
        <translation>Essai à blanc : lecture de %1…</translation>
    </message>
    <message>
        <source>Dry run: %1. Nothing has been written.</source>
        <translation>Essai à blanc : %1. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Review the plan, then Apply to write it.</source>
        <translation>Vérifiez le plan, puis Appliquer l’écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n customer(s) to %1…</source>
        <translation>
            <numerusform>Écriture de %n client dans %1…</numerusform>
            <numerusform>Écriture de %n clients dans %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Stop the Push?</source>
        <translation>Arrêter l’envoi ?</translation>
    </message>
    <message>
        <source>A dry run or a push is running. Stop it and close?</source>
        <translation>Un essai à blanc ou un envoi est en cours. L’arrêter et fermer ?</translation>
    </message>
    <message>
        <source>Applied to %1: the plan below was written; run a dry run again to compare with %1 as it is now.</source>
        <translation>Appliqué à %1 : le plan ci-dessous a été écrit ; un nouvel essai à blanc compare avec %1 tel qu’il est maintenant.</translation>
    </message>
</context>
<context>
    <name>Orion::PushPlan</name>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 unchanged, %4 refused</source>
        <translation>%1 à créer, %2 à mettre à jour, %3 inchangés, %4 refusés</translation>
    </message>
</context>
<context>
    <name>Orion::PushPlanner</name>
    <message>
        <source>It has no e-mail address to match it with the target&apos;s records.</source>
        <translation>Il n’a pas d’adresse e-mail pour le rapprocher des enregistrements de la cible.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation>« %1 » n’est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>Record %1 above has the same e-mail address.</source>
        <translation>L’enregistrement %1 ci-dessus a la même adresse e-mail.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The target could not be read.</source>
        <translation>La cible n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>La lecture de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>There is no connection named &quot;%1&quot;.</source>
        <translation>Aucune connexion ne s’appelle « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>Push of %n record(s) to %1: %2</source>
        <translation>
            <numerusform>Envoi de %n enregistrement à %1 : %2</numerusform>
            <numerusform>Envoi de %n enregistrements à %1 : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>refused %1: %2</source>
        <translation>refusé %1 : %2</translation>
    </message>
    <message>
        <source>unchanged %1</source>
        <translation>inchangé %1</translation>
    </message>
    <message>
        <source>failed %1: %2</source>
        <translation>échec %1 : %2</translation>
    </message>
    <message>
        <source>not written %1: %2</source>
        <translation>non écrit %1 : %2</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>créé %1</translation>
    </message>
    <message>
        <source>updated %1 (%2)</source>
        <translation>mis à jour %1 (%2)</translation>
    </message>
    <message>
        <source>The push was not recorded in Activity: %1</source>
        <translation>L’envoi n’a pas été enregistré dans l’activité : %1</translation>
    </message>
    <message>
        <source>line %1: not a JSON object (%2)</source>
        <translation>ligne %1 : pas un objet JSON (%2)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>The source has no customers to push.</source>
        <translation>La source n’a aucun client à envoyer.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %1 to compare %n record(s) with it…</source>
        <translation>
            <numerusform>Lecture de %1 pour y comparer %n enregistrement…</numerusform>
            <numerusform>Lecture de %1 pour y comparer %n enregistrements…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Orion::QuickBooksConnector</name>
    <message>
        <source>Customers and invoices from QuickBooks Online; creates customers or updates them sparsely.</source>
        <translation>Clients et factures de QuickBooks Online ; crée des clients ou les met à jour partiellement.</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>URL de base de l&apos;API</translation>
    </message>
    <message>
        <source>Requests go to {api_base}/v3/company/{realm_id}/…; https://sandbox-quickbooks.api.intuit.com for sandboxes.</source>
        <translation>Les requêtes vont à {api_base}/v3/company/{realm_id}/… ; https://sandbox-quickbooks.api.intuit.com pour les bacs à sable.</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL du jeton</translation>
    </message>
    <message>
        <source>OAuth token endpoint.</source>
        <translation>Point de terminaison des jetons OAuth.</translation>
    </message>
    <message>
        <source>Authorization URL</source>
        <translation>URL d&apos;autorisation</translation>
    </message>
    <message>
        <source>Where the browser signs in.</source>
        <translation>Où le navigateur se connecte.</translation>
    </message>
    <message>
        <source>Company ID (realm)</source>
        <translation>ID de l&apos;entreprise (realm)</translation>
    </message>
    <message>
        <source>The QuickBooks company to read and write.</source>
        <translation>L&apos;entreprise QuickBooks à lire et à écrire.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>The Intuit app&apos;s client id.</source>
        <translation>L&apos;ID client de l&apos;application Intuit.</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Space-separated OAuth scopes to request.</source>
        <translation>Portées OAuth demandées, séparées par des espaces.</translation>
    </message>
    <message>
        <source>Minor version</source>
        <translation>Version mineure</translation>
    </message>
    <message>
        <source>API minor version (versions below 75 are retired).</source>
        <translation>Version mineure de l&apos;API (les versions inférieures à 75 sont retirées).</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>The company&apos;s home currency, for invoices without CurrencyRef.</source>
        <translation>La devise de l&apos;entreprise, pour les factures sans CurrencyRef.</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>Région téléphonique par défaut</translation>
    </message>
    <message>
        <source>Country used to read phone numbers written without a country code.</source>
        <translation>Pays utilisé pour lire les numéros de téléphone écrits sans indicatif.</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Taille de page</translation>
    </message>
    <message>
        <source>MAXRESULTS per query (1–1000).</source>
        <translation>MAXRESULTS par requête (1–1000).</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Requêtes par seconde</translation>
    </message>
    <message>
        <source>Rate budget per company (QuickBooks allows 10 per second and 500 per minute).</source>
        <translation>Budget de requêtes par entreprise (QuickBooks autorise 10 par seconde et 500 par minute).</translation>
    </message>
    <message>
        <source>Wait after 429 (s)</source>
        <translation>Attente après 429 (s)</translation>
    </message>
    <message>
        <source>How long to wait after QuickBooks throttles a request.</source>
        <translation>Durée d’attente après une limitation par QuickBooks.</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Jeton d&apos;actualisation</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Invoices with their lines</source>
        <translation>Factures avec leurs lignes</translation>
    </message>
    <message>
        <source>QuickBooks answered HTTP %1 for %2: %3 (%4)</source>
        <translation>QuickBooks a répondu HTTP %1 pour %2 : %3 (%4)</translation>
    </message>
    <message>
        <source>QuickBooks answered HTTP %1 for %2.</source>
        <translation>QuickBooks a répondu HTTP %1 pour %2.</translation>
    </message>
    <message>
        <source>a customer without Id</source>
        <translation>un client sans Id</translation>
    </message>
    <message>
        <source>an invoice without Id</source>
        <translation>une facture sans Id</translation>
    </message>
    <message>
        <source>invoice %1 has no valid currency</source>
        <translation>la facture %1 n&apos;a pas de devise valide</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>QuickBooks needs a display name (full name or company)</source>
        <translation>QuickBooks a besoin d&apos;un nom d&apos;affichage (nom complet ou entreprise)</translation>
    </message>
    <message>
        <source>Filled in by Sign In.</source>
        <translation>Rempli par « Se connecter ».</translation>
    </message>
    <message>
        <source>Webhook verifier token</source>
        <translation>Jeton de vérification des webhooks</translation>
    </message>
    <message>
        <source>The app&apos;s verifier token, for orion webhook serve.</source>
        <translation>Le jeton de vérification de l’application, pour orion webhook serve.</translation>
    </message>
    <message>
        <source>The body is not a QuickBooks webhook: an event of type &quot;%1&quot;.</source>
        <translation>Le corps n’est pas un webhook QuickBooks : un événement de type « %1 ».</translation>
    </message>
    <message>
        <source>The body is not a QuickBooks webhook.</source>
        <translation>Le corps n’est pas un webhook QuickBooks.</translation>
    </message>
</context>
<context>
    <name>Orion::RecordStore</name>
    <message>
        <source>Cannot read the sync checkpoint: %1</source>
        <translation>Impossible de lire le point de reprise de la synchronisation : %1</translation>
    </message>
    <message>
        <source>Cannot store customer %1: %2</source>
        <translation>Impossible d&apos;enregistrer le client %1 : %2</translation>
    </message>
    <message>
        <source>Cannot store invoice %1: %2</source>
        <translation>Impossible d&apos;enregistrer la facture %1 : %2</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Impossible de démarrer une transaction : %1</translation>
    </message>
    <message>
        <source>Cannot save the sync checkpoint: %1</source>
        <translation>Impossible d&apos;enregistrer le point de reprise de la synchronisation : %1</translation>
    </message>
    <message>
        <source>Cannot commit the page: %1</source>
        <translation>Impossible de valider la page : %1</translation>
    </message>
    <message>
        <source>Cannot read the records: %1</source>
        <translation>Impossible de lire les enregistrements : %1</translation>
    </message>
    <message>
        <source>Cannot count the records: %1</source>
        <translation>Impossible de compter les enregistrements : %1</translation>
    </message>
    <message>
        <source>record %1 was not stored: %2</source>
        <translation>l’enregistrement %1 n’a pas été stocké : %2</translation>
    </message>
    <message>
        <source>Cannot store customers: %1</source>
        <translation>Impossible d&apos;enregistrer les clients : %1</translation>
    </message>
    <message>
        <source>Cannot store invoices: %1</source>
        <translation>Impossible d&apos;enregistrer les factures : %1</translation>
    </message>
    <message>
        <source>Cannot mark record %1 as deleted: %2</source>
        <translation>Impossible de marquer l’enregistrement %1 comme supprimé : %2</translation>
    </message>
</context>
<context>
    <name>Orion::SalesforceConnector</name>
    <message>
        <source>Accounts, contacts, leads and opportunities from Salesforce; upserts by external id, in bulk for large sets.</source>
        <translation>Comptes, contacts, pistes et opportunités de Salesforce ; upsert par ID externe, en masse pour les gros volumes.</translation>
    </message>
    <message>
        <source>Login URL</source>
        <translation>URL de connexion</translation>
    </message>
    <message>
        <source>https://login.salesforce.com for production, https://test.salesforce.com for sandboxes, or your My Domain URL. The token answer names the instance all other calls go to.</source>
        <translation>https://login.salesforce.com en production, https://test.salesforce.com pour les bacs à sable, ou l&apos;URL de votre My Domain. La réponse du jeton indique l&apos;instance de tous les autres appels.</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Version de l&apos;API</translation>
    </message>
    <message>
        <source>REST API version, e.g. 60.0.</source>
        <translation>Version de l&apos;API REST, p. ex. 60.0.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>The connected app&apos;s consumer key.</source>
        <translation>La clé consommateur de l&apos;application connectée.</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Space-separated OAuth scopes to request.</source>
        <translation>Portées OAuth demandées, séparées par des espaces.</translation>
    </message>
    <message>
        <source>External ID field</source>
        <translation>Champ d&apos;ID externe</translation>
    </message>
    <message>
        <source>The unique external-id field pushes upsert by; a unified record&apos;s external_id becomes its value.</source>
        <translation>Le champ d&apos;ID externe unique utilisé pour l&apos;upsert ; l&apos;external_id d&apos;un enregistrement unifié en devient la valeur.</translation>
    </message>
    <message>
        <source>Push to</source>
        <translation>Écrire vers</translation>
    </message>
    <message>
        <source>The sObject that pushed customers become.</source>
        <translation>L&apos;sObject que deviennent les clients écrits.</translation>
    </message>
    <message>
        <source>Bulk from</source>
        <translation>Bulk à partir de</translation>
    </message>
    <message>
        <source>Pushes of this many records or more use Bulk API 2.0; smaller ones use REST.</source>
        <translation>Les écritures de ce nombre d’enregistrements ou plus utilisent Bulk API 2.0 ; les plus petites, REST.</translation>
    </message>
    <message>
        <source>Bulk upload limit (MB)</source>
        <translation>Limite d&apos;envoi Bulk (Mo)</translation>
    </message>
    <message>
        <source>Largest CSV per Bulk job (Salesforce accepts 150 MB base64-encoded, about 100 MB raw).</source>
        <translation>Plus grand CSV par tâche Bulk (Salesforce accepte 150 Mo encodés en base64, environ 100 Mo bruts).</translation>
    </message>
    <message>
        <source>Bulk wait limit (s)</source>
        <translation>Limite d&apos;attente Bulk (s)</translation>
    </message>
    <message>
        <source>How long to wait for a Bulk job to finish before reporting it as still running.</source>
        <translation>Durée d&apos;attente de la fin d&apos;une tâche Bulk avant de la signaler comme encore en cours.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>ISO 4217 currency of opportunity amounts (orgs without multi-currency).</source>
        <translation>Devise ISO 4217 des montants des opportunités (organisations sans multidevise).</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>Région téléphonique par défaut</translation>
    </message>
    <message>
        <source>Country used to read phone numbers written without a country code.</source>
        <translation>Pays utilisé pour lire les numéros de téléphone écrits sans indicatif.</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Taille de page</translation>
    </message>
    <message>
        <source>Sforce-Query-Options batchSize (200–2000; Salesforce may return fewer).</source>
        <translation>Sforce-Query-Options batchSize (200–2000 ; Salesforce peut en renvoyer moins).</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Requêtes par seconde</translation>
    </message>
    <message>
        <source>Rate budget of this connection.</source>
        <translation>Budget de requêtes de cette connexion.</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Jeton d&apos;actualisation</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>The connected app&apos;s consumer secret (not needed when the app does not require it).</source>
        <translation>Le secret consommateur de l&apos;application connectée (inutile si l&apos;application ne l&apos;exige pas).</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Pistes</translation>
    </message>
    <message>
        <source>Opportunities, as invoices</source>
        <translation>Opportunités, comme factures</translation>
    </message>
    <message>
        <source>a record without Id</source>
        <translation>un enregistrement sans Id</translation>
    </message>
    <message>
        <source>opportunity %1 has no valid currency</source>
        <translation>l&apos;opportunité %1 n&apos;a pas de devise valide</translation>
    </message>
    <message>
        <source>Salesforce needs its OAuth authenticator.</source>
        <translation>Salesforce a besoin de son authentificateur OAuth.</translation>
    </message>
    <message>
        <source>The Salesforce token answer named no instance URL.</source>
        <translation>La réponse du jeton Salesforce n&apos;indiquait aucune URL d&apos;instance.</translation>
    </message>
    <message>
        <source>Salesforce answered HTTP %1 for %2.</source>
        <translation>Salesforce a répondu HTTP %1 pour %2.</translation>
    </message>
    <message>
        <source>Salesforce answered HTTP %1 for %2: %3: %4</source>
        <translation>Salesforce a répondu HTTP %1 pour %2 : %3 : %4</translation>
    </message>
    <message>
        <source>The query was refused: %1.</source>
        <translation>La requête a été refusée : %1.</translation>
    </message>
    <message>
        <source>Salesforce sent unreadable %1: %2</source>
        <translation>Salesforce a envoyé des %1 illisibles : %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>a record without external_id cannot be upserted</source>
        <translation>un enregistrement sans external_id ne peut pas faire l&apos;objet d&apos;un upsert</translation>
    </message>
    <message>
        <source>%1 %2 = %3 matches several records; nothing was written</source>
        <translation>%1 %2 = %3 correspond à plusieurs enregistrements ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>the external_id appears twice in this push</source>
        <translation>l&apos;external_id apparaît deux fois dans cette écriture</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>non envoyé : %1</translation>
    </message>
    <message>
        <source>not processed: the job ended %1 (%2)</source>
        <translation>non traité : la tâche s’est terminée %1 (%2)</translation>
    </message>
    <message>
        <source>Bulk job %1 reported no result for this record</source>
        <translation>La tâche Bulk %1 n&apos;a signalé aucun résultat pour cet enregistrement</translation>
    </message>
    <message>
        <source>Filled in by Sign In.</source>
        <translation>Rempli par « Se connecter ».</translation>
    </message>
    <message>
        <source>Bulk job %1 was accepted by Salesforce, but its outcome could not be read: %2</source>
        <translation>La tâche Bulk %1 a été acceptée par Salesforce, mais son résultat n’a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>sent in Bulk job %1; its outcome is unknown (%2). Check the job in Salesforce before pushing again.</source>
        <translation>envoyé dans la tâche Bulk %1 ; son résultat est inconnu (%2). Vérifiez la tâche dans Salesforce avant d’envoyer à nouveau.</translation>
    </message>
    <message>
        <source>it is still %1 after %2 s</source>
        <translation>elle est toujours %1 après %2 s</translation>
    </message>
    <message>
        <source>no temporary file for the %1 of the Bulk job: %2</source>
        <translation>pas de fichier temporaire pour %1 de la tâche Bulk : %2</translation>
    </message>
    <message>
        <source>Salesforce sent unreadable Bulk query results: %1</source>
        <translation>Salesforce a envoyé des résultats de requête Bulk illisibles : %1</translation>
    </message>
    <message>
        <source>Bulk query job %1 no longer exists (Salesforce keeps a job&apos;s results for seven days); run a full refresh to read the stream again.</source>
        <translation>La tâche de requête Bulk %1 n&apos;existe plus (Salesforce conserve les résultats d&apos;une tâche sept jours) ; lancez une actualisation complète pour relire le flux.</translation>
    </message>
    <message>
        <source>Bulk query job %1 ended %2: %3</source>
        <translation>La tâche de requête Bulk %1 s&apos;est terminée en %2 : %3</translation>
    </message>
    <message>
        <source>Salesforce gave no reason</source>
        <translation>Salesforce n&apos;a donné aucune raison</translation>
    </message>
    <message>
        <source>Bulk query job %1 finished, but Salesforce listed no result sets.</source>
        <translation>La tâche de requête Bulk %1 est terminée, mais Salesforce n&apos;a listé aucun jeu de résultats.</translation>
    </message>
    <message>
        <source>Bulk reads from</source>
        <translation>Lecture Bulk à partir de</translation>
    </message>
    <message>
        <source>Reads of this many records or more run as a Bulk API 2.0 query job whose result sets are downloaded concurrently (API 58.0 or later); smaller ones use the REST query. 0 always uses REST.</source>
        <translation>Les lectures d&apos;au moins ce nombre d&apos;enregistrements passent par une tâche de requête Bulk API 2.0 dont les jeux de résultats sont téléchargés en parallèle (API 58.0 ou plus) ; les plus petites utilisent la requête REST. 0 utilise toujours REST.</translation>
    </message>
    <message>
        <source>Bulk query job %1: %2</source>
        <translation>Tâche de requête Bulk %1 : %2</translation>
    </message>
</context>
<context>
    <name>Orion::Schedule</name>
    <message>
        <source>The interval must be between 1 minute and 366 days.</source>
        <translation>L&apos;intervalle doit être compris entre 1 minute et 366 jours.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot; (use an IANA name such as Europe/Berlin, or UTC).</source>
        <translation>Fuseau horaire « %1 » inconnu (utilisez un nom IANA comme Europe/Paris, ou UTC).</translation>
    </message>
    <message>
        <source>Invalid cron expression: %1</source>
        <translation>Expression cron invalide : %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: write the interval as a number and a unit, e.g. &quot;every 15m&quot;, &quot;every 2h&quot; or &quot;every 1d&quot;.</source>
        <translation>« %1 » : écrivez l’intervalle comme un nombre et une unité, p. ex. « every 15m », « every 2h » ou « every 1d ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: write &quot;cron&quot;, five fields or a macro such as @daily, and optionally a time zone.</source>
        <translation>« %1 » : écrivez « cron », cinq champs ou une macro comme @daily, et éventuellement un fuseau horaire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a schedule: use &quot;manual&quot;, &quot;every 15m&quot; (s, m, h or d) or &quot;cron */5 * * * * [TIME ZONE]&quot;.</source>
        <translation>« %1 » n’est pas une planification : utilisez « manual », « every 15m » (s, m, h ou d) ou « cron */5 * * * * [FUSEAU] ».</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuelle</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Chaque jour</numerusform>
            <numerusform>Tous les %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Chaque heure</numerusform>
            <numerusform>Toutes les %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Chaque minute</numerusform>
            <numerusform>Toutes les %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n second(s)</source>
        <translation>
            <numerusform>Chaque seconde</numerusform>
            <numerusform>Toutes les %n secondes</numerusform>
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
        <translation>Planification</translation>
    </message>
    <message>
        <source>Run on &amp;workers (the PostgreSQL job queue) instead of this app</source>
        <translation>Exécuter sur les &amp;workers (la file de tâches PostgreSQL) plutôt que dans cette application</translation>
    </message>
    <message>
        <source>Manual (only when started)</source>
        <translation>Manuelle (seulement quand lancée)</translation>
    </message>
    <message>
        <source>Every…</source>
        <translation>Toutes les…</translation>
    </message>
    <message>
        <source>Cron expression</source>
        <translation>Expression cron</translation>
    </message>
    <message>
        <source>Schedule type</source>
        <translation>Type de planification</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>Interval unit</source>
        <translation>Unité d&apos;intervalle</translation>
    </message>
    <message>
        <source>Minute, hour, day of month, month, day of week: * , - / and names (jan, mon); or @hourly, @daily, @weekly, @monthly</source>
        <translation>Minute, heure, jour du mois, mois, jour de la semaine : * , - / et noms (jan, mon) ; ou @hourly, @daily, @weekly, @monthly</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Next runs</source>
        <translation>Prochaines exécutions</translation>
    </message>
    <message>
        <source>E&amp;xpression:</source>
        <translation>E&amp;xpression :</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>R&amp;uns:</source>
        <translation>&amp;Exécution :</translation>
    </message>
    <message>
        <source>Schedule: %1</source>
        <translation>Planification : %1</translation>
    </message>
    <message>
        <source>Syncs run only when started (Sync Now, the command line, Slack).</source>
        <translation>Les synchronisations ne s’exécutent que lorsqu’on les lance (Synchroniser, ligne de commande, Slack).</translation>
    </message>
    <message>
        <source>This schedule never runs.</source>
        <translation>Cette planification ne s’exécute jamais.</translation>
    </message>
    <message>
        <source>Next runs: %1 (%2)</source>
        <translation>Prochaines exécutions : %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Orion::ScheduleStore</name>
    <message>
        <source>There is no connection named &quot;%1&quot;.</source>
        <translation>Il n&apos;existe pas de connexion nommée « %1 ».</translation>
    </message>
    <message>
        <source>The schedule &quot;%1&quot; never runs (no matching time in the next five years).</source>
        <translation>La planification « %1 » ne s’exécute jamais (aucune date correspondante dans les cinq prochaines années).</translation>
    </message>
    <message>
        <source>Cannot save the schedule: %1</source>
        <translation>Impossible d&apos;enregistrer la planification : %1</translation>
    </message>
    <message>
        <source>Cannot read the schedules: %1</source>
        <translation>Impossible de lire les planifications : %1</translation>
    </message>
    <message>
        <source>Cannot advance the schedule of %1: %2</source>
        <translation>Impossible d&apos;avancer la planification de %1 : %2</translation>
    </message>
    <message>
        <source>Workers need a PostgreSQL workspace.</source>
        <translation>Les workers nécessitent un espace PostgreSQL.</translation>
    </message>
    <message>
        <source>Cannot take the scheduler lock: %1</source>
        <translation>Impossible de prendre le verrou du planificateur : %1</translation>
    </message>
    <message>
        <source>Cannot start the scheduler&apos;s transaction: %1</source>
        <translation>Impossible de démarrer la transaction du planificateur : %1</translation>
    </message>
    <message>
        <source>Cannot queue the scheduled syncs: %1</source>
        <translation>Impossible de mettre en file les synchronisations planifiées : %1</translation>
    </message>
    <message>
        <source>There is no connection with id %1 (it was deleted).</source>
        <translation>Il n&apos;y a pas de connexion d&apos;identifiant %1 (elle a été supprimée).</translation>
    </message>
</context>
<context>
    <name>Orion::SealedBox</name>
    <message>
        <source>There is no worker pool key file %1 (make one with &apos;orion worker keygen&apos;).</source>
        <translation>Le fichier de clé du pool de workers %1 n’existe pas (créez-le avec &apos;orion worker keygen&apos;).</translation>
    </message>
    <message>
        <source>The worker pool key file %1 is readable by others; make it owner-only (chmod 600).</source>
        <translation>Le fichier de clé du pool de workers %1 est lisible par d’autres ; réservez-le à son propriétaire (chmod 600).</translation>
    </message>
    <message>
        <source>Cannot read the worker pool key file %1: %2</source>
        <translation>Impossible de lire le fichier de clé du pool de workers %1 : %2</translation>
    </message>
    <message>
        <source>The worker pool key file %1 is damaged.</source>
        <translation>Le fichier de clé du pool de workers %1 est endommagé.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write the worker pool key file %1: %2</source>
        <translation>Impossible d’écrire le fichier de clé du pool de workers %1 : %2</translation>
    </message>
</context>
<context>
    <name>Orion::SealedSecretBackend</name>
    <message>
        <source>sealed secrets of the workspace (pool key %1)</source>
        <translation>secrets scellés de l’espace de travail (clé du pool %1)</translation>
    </message>
    <message>
        <source>Cannot read the sealed secrets: %1</source>
        <translation>Impossible de lire les secrets scellés : %1</translation>
    </message>
    <message>
        <source>The %1 of this connection is sealed to pool key %2, but this worker holds key %3: copy the current key file to it.</source>
        <translation>Le %1 de cette connexion est scellé pour la clé de pool %2, mais ce worker détient la clé %3 : copiez-lui le fichier de clé actuel.</translation>
    </message>
    <message>
        <source>The sealed %1 of this connection does not open with the pool key (changed, or sealed to another key).</source>
        <translation>Le %1 scellé de cette connexion ne s’ouvre pas avec la clé du pool (modifié, ou scellé pour une autre clé).</translation>
    </message>
    <message>
        <source>Only connections&apos; secrets are sealed for the workers.</source>
        <translation>Seuls les secrets des connexions sont scellés pour les workers.</translation>
    </message>
    <message>
        <source>Cannot store the sealed %1: %2</source>
        <translation>Impossible d’enregistrer le %1 scellé : %2</translation>
    </message>
    <message>
        <source>Another worker has been refreshing this connection&apos;s token for too long: %1</source>
        <translation>Un autre worker renouvelle le jeton de cette connexion depuis trop longtemps : %1</translation>
    </message>
</context>
<context>
    <name>Orion::SealedSecrets</name>
    <message>
        <source>Cannot read the worker pool key: %1</source>
        <translation>Impossible de lire la clé du pool de workers : %1</translation>
    </message>
    <message>
        <source>There is no worker pool key yet, so the workers cannot read this connection&apos;s secrets: run &apos;orion worker keygen&apos; on a worker, then save the connection again.</source>
        <translation>Le pool de workers n’a pas encore de clé ; les workers ne peuvent donc pas lire les secrets de cette connexion : lancez &apos;orion worker keygen&apos; sur un worker, puis enregistrez de nouveau la connexion.</translation>
    </message>
    <message>
        <source>The %1 could not be sealed for the workers.</source>
        <translation>Le %1 n’a pas pu être scellé pour les workers.</translation>
    </message>
    <message>
        <source>Cannot store the %1 for the workers: %2</source>
        <translation>Impossible d’enregistrer le %1 pour les workers : %2</translation>
    </message>
    <message>
        <source>Cannot withdraw the connection&apos;s secrets from the workers: %1</source>
        <translation>Impossible de retirer aux workers les secrets de la connexion : %1</translation>
    </message>
    <message>
        <source>Cannot lock the worker pool keys: %1</source>
        <translation>Impossible de verrouiller les clés du pool de workers : %1</translation>
    </message>
    <message>
        <source>The worker pool already has a key (id %1). Copy its key file to this worker, or make a new one with &apos;orion worker keygen --rotate --key-file CURRENT-KEY-FILE&apos;.</source>
        <translation>Le pool de workers a déjà une clé (id %1). Copiez son fichier de clé sur ce worker, ou créez-en une nouvelle avec &apos;orion worker keygen --rotate --key-file FICHIER-DE-CLÉ-ACTUEL&apos;.</translation>
    </message>
    <message>
        <source>The key file given is not the pool&apos;s current key, so the sealed secrets could not be opened to reseal them.</source>
        <translation>Le fichier de clé indiqué n’est pas la clé actuelle du pool : les secrets scellés n’ont donc pas pu être ouverts pour être rescellés.</translation>
    </message>
    <message>
        <source>libsodium could not make a key pair.</source>
        <translation>libsodium n’a pas pu créer de paire de clés.</translation>
    </message>
    <message>
        <source>Cannot retire the old pool key: %1</source>
        <translation>Impossible de retirer l’ancienne clé du pool : %1</translation>
    </message>
    <message>
        <source>Cannot store the pool key: %1</source>
        <translation>Impossible d’enregistrer la clé du pool : %1</translation>
    </message>
    <message>
        <source>Cannot read the sealed secrets: %1</source>
        <translation>Impossible de lire les secrets scellés : %1</translation>
    </message>
    <message>
        <source>A sealed secret (%1 of connection %2) does not open with the current key; nothing was changed.</source>
        <translation>Un secret scellé (%1 de la connexion %2) ne s’ouvre pas avec la clé actuelle ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Cannot reseal a secret: %1</source>
        <translation>Impossible de resceller un secret : %1</translation>
    </message>
</context>
<context>
    <name>Orion::SettingsPage</name>
    <message>
        <source>Embedded &amp;SQLite workspace (this computer)</source>
        <translation>Espace &amp;SQLite intégré (cet ordinateur)</translation>
    </message>
    <message>
        <source>Shared &amp;PostgreSQL database (team)</source>
        <translation>Base &amp;PostgreSQL partagée (équipe)</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Apply and Reopen</source>
        <translation>&amp;Appliquer et rouvrir</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>Par &amp;défaut</translation>
    </message>
    <message>
        <source>Use the workspace in the application&apos;s data folder</source>
        <translation>Utiliser l&apos;espace de travail du dossier de données de l&apos;application</translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation>Fichier de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Workspace &amp;file:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Created on first use. Keep it on a local disk.</source>
        <translation>Créé à la première utilisation. Conservez-le sur un disque local.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>T&amp;LS mode:</source>
        <translation>Mode T&amp;LS :</translation>
    </message>
    <message>
        <source>Workspace database</source>
        <translation>Base de données de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Langue de l&apos;interface :</translation>
    </message>
    <message>
        <source>Choose Workspace File</source>
        <translation>Choisir le fichier de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Orion workspaces (*.db *.sqlite);;All files (*)</source>
        <translation>Espaces de travail Orion (*.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Saved in the system keychain</source>
        <translation>Enregistré dans le trousseau du système</translation>
    </message>
    <message>
        <source>Choose a workspace file first.</source>
        <translation>Choisissez d&apos;abord un fichier d&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Enter the host and the database name first.</source>
        <translation>Saisissez d&apos;abord l&apos;hôte et le nom de la base.</translation>
    </message>
    <message>
        <source>Its schema version %1 is newer than this application supports (%2).</source>
        <translation>Sa version de schéma %1 est plus récente que celle prise en charge par cette application (%2).</translation>
    </message>
    <message>
        <source>Schema version %1 (current).</source>
        <translation>Version de schéma %1 (à jour).</translation>
    </message>
    <message>
        <source>Connected to %1. %2</source>
        <translation>Connecté à %1. %2</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connection test cancelled.</source>
        <translation>Test de connexion annulé.</translation>
    </message>
    <message>
        <source>Local matcher only (offline)</source>
        <translation>Correspondance locale seulement (hors ligne)</translation>
    </message>
    <message>
        <source>Anthropic (Messages API)</source>
        <translation>Anthropic (API Messages)</translation>
    </message>
    <message>
        <source>OpenAI-compatible (OpenAI, Ollama, llama.cpp, vLLM)</source>
        <translation>Compatible OpenAI (OpenAI, Ollama, llama.cpp, vLLM)</translation>
    </message>
    <message>
        <source>LLM provider</source>
        <translation>Fournisseur LLM</translation>
    </message>
    <message>
        <source>LLM base URL</source>
        <translation>URL de base du LLM</translation>
    </message>
    <message>
        <source>LLM model</source>
        <translation>Modèle LLM</translation>
    </message>
    <message>
        <source>LLM API key</source>
        <translation>Clé d&apos;API du LLM</translation>
    </message>
    <message>
        <source>Sample values sent per field</source>
        <translation>Valeurs d&apos;exemple envoyées par champ</translation>
    </message>
    <message>
        <source>Send the shape of values only (Xxxx@xxxx.xx), not the values</source>
        <translation>Envoyer seulement la forme des valeurs (Xxxx@xxxx.xx), pas les valeurs</translation>
    </message>
    <message>
        <source>Save Assistant Settings</source>
        <translation>Enregistrer les réglages de l&apos;assistant</translation>
    </message>
    <message>
        <source>Mapping assistant</source>
        <translation>Assistant de correspondance</translation>
    </message>
    <message>
        <source>P&amp;rovider:</source>
        <translation>Fou&amp;rnisseur :</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL de &amp;base :</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d&apos;API :</translation>
    </message>
    <message>
        <source>Sample &amp;values per field:</source>
        <translation>&amp;Valeurs d&apos;exemple par champ :</translation>
    </message>
    <message>
        <source>saved in %1 — type to replace</source>
        <translation>enregistrée dans %1 — saisir pour remplacer</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>le trousseau</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non définie</translation>
    </message>
    <message>
        <source>Hybrid: the local matcher decides clear cases; only fields below confidence 0.9 go to the LLM, with at most the sample values set here. Fields named like secrets are never sent.</source>
        <translation>Hybride : la correspondance locale tranche les cas clairs ; seuls les champs sous une confiance de 0,9 vont au LLM, avec au plus les valeurs d&apos;exemple réglées ici. Les champs nommés comme des secrets ne sont jamais envoyés.</translation>
    </message>
    <message>
        <source>Suggestions come from the local matcher only; nothing leaves this computer.</source>
        <translation>Les propositions viennent uniquement de la correspondance locale ; rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>Région téléphonique par défaut</translation>
    </message>
    <message>
        <source>ISO 3166 country code for phone numbers written without a country code, e.g. US or DE</source>
        <translation>Code pays ISO 3166 pour les numéros sans indicatif international, p. ex. US ou DE</translation>
    </message>
    <message>
        <source>Default phone &amp;region:</source>
        <translation>Région téléphonique par &amp;défaut :</translation>
    </message>
    <message>
        <source>The default phone region is a two-letter country code such as US or DE.</source>
        <translation>La région téléphonique par défaut est un code pays de deux lettres comme US ou DE.</translation>
    </message>
    <message>
        <source>auto (verify-full, prefer on this computer)</source>
        <translation>auto (verify-full, prefer sur cet ordinateur)</translation>
    </message>
    <message>
        <source>TLS mode (libpq sslmode). auto verifies the server&apos;s certificate and name for every host but this computer; prefer and require do not verify anything.</source>
        <translation>Mode TLS (sslmode de libpq). auto vérifie le certificat et le nom du serveur pour tout hôte sauf cet ordinateur ; prefer et require ne vérifient rien.</translation>
    </message>
    <message>
        <source>System CAs (or ~/.postgresql/root.crt)</source>
        <translation>AC du système (ou ~/.postgresql/root.crt)</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Fichier de certificat d’AC</translation>
    </message>
    <message>
        <source>PEM file of the CA that signed the server&apos;s certificate (libpq sslrootcert).</source>
        <translation>Fichier PEM de l’AC qui a signé le certificat du serveur (sslrootcert de libpq).</translation>
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation>Certificat d’&amp;AC :</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>The database has no Orion schema yet: its owner sets it up with orion migrate --as-owner (README, &quot;Team setup&quot;).</source>
        <translation>La base n&apos;a pas encore de schéma Orion : son propriétaire le crée avec orion migrate --as-owner (README, « Team setup »).</translation>
    </message>
    <message>
        <source>Schema version %1; this version of Orion needs %2: the workspace&apos;s owner upgrades it with orion migrate --as-owner.</source>
        <translation>Version de schéma %1 ; cette version d&apos;Orion requiert %2 : le propriétaire de l&apos;espace de travail la met à jour avec orion migrate --as-owner.</translation>
    </message>
</context>
<context>
    <name>Orion::SlackConnector</name>
    <message>
        <source>Messages, run alerts and approval requests to Slack channels; workspace members as customers.</source>
        <translation>Messages, alertes d&apos;exécution et demandes d&apos;approbation vers des canaux Slack ; membres de l&apos;espace comme clients.</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>URL de base de l&apos;API</translation>
    </message>
    <message>
        <source>Requests go to {api_base}/&lt;method&gt;, e.g. {api_base}/chat.postMessage.</source>
        <translation>Les requêtes vont à {api_base}/&lt;méthode&gt;, p. ex. {api_base}/chat.postMessage.</translation>
    </message>
    <message>
        <source>Default channel</source>
        <translation>Canal par défaut</translation>
    </message>
    <message>
        <source>Channel ID for messages and alerts, e.g. C0123ABCD.</source>
        <translation>ID du canal pour les messages et alertes, p. ex. C0123ABCD.</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Requêtes par seconde</translation>
    </message>
    <message>
        <source>Rate budget (chat.postMessage allows about one message per second per channel).</source>
        <translation>Budget de requêtes (chat.postMessage autorise environ un message par seconde et par canal).</translation>
    </message>
    <message>
        <source>Bot token</source>
        <translation>Jeton du bot</translation>
    </message>
    <message>
        <source>xoxb-…</source>
        <translation>xoxb-…</translation>
    </message>
    <message>
        <source>App-level token</source>
        <translation>Jeton d&apos;application</translation>
    </message>
    <message>
        <source>xapp-… with connections:write, for Socket Mode.</source>
        <translation>xapp-… avec connections:write, pour le Socket Mode.</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Secret de signature</translation>
    </message>
    <message>
        <source>Verifies requests Slack sends to an HTTP endpoint.</source>
        <translation>Vérifie les requêtes que Slack envoie à un point de terminaison HTTP.</translation>
    </message>
    <message>
        <source>Workspace members (users.list)</source>
        <translation>Membres de l&apos;espace (users.list)</translation>
    </message>
    <message>
        <source>Slack answered HTTP %1 to %2.</source>
        <translation>Slack a répondu HTTP %1 à %2.</translation>
    </message>
    <message>
        <source>Slack refused %1: %2</source>
        <translation>Slack a refusé %1 : %2</translation>
    </message>
    <message>
        <source> (needs %1)</source>
        <translation> (requiert %1)</translation>
    </message>
    <message>
        <source>Slack&apos;s upload URL answered HTTP %1.</source>
        <translation>L&apos;URL d&apos;envoi de Slack a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>%1 / %2 recovered: %3 records in %4 ms (run %5)</source>
        <translation>%1 / %2 rétabli : %3 enregistrements en %4 ms (exécution %5)</translation>
    </message>
    <message>
        <source>%1 / %2 %3: %4 error — %5 (run %6)</source>
        <translation>%1 / %2 %3 : erreur %4 — %5 (exécution %6)</translation>
    </message>
    <message>
        <source>%1 / %2 succeeded: %3 records in %4 ms (run %5)</source>
        <translation>%1 / %2 réussi : %3 enregistrements en %4 ms (exécution %5)</translation>
    </message>
    <message>
        <source>✅ %1 recovered</source>
        <translation>✅ %1 rétabli</translation>
    </message>
    <message>
        <source>✅ %1 synced</source>
        <translation>✅ %1 synchronisé</translation>
    </message>
    <message>
        <source>🚨 %1 sync %2</source>
        <translation>🚨 %1 synchronisation %2</translation>
    </message>
    <message>
        <source>*Stream*
%1</source>
        <translation>*Flux*
%1</translation>
    </message>
    <message>
        <source>*Records*
%1 read, %2 written, %3 failed</source>
        <translation>*Enregistrements*
%1 lus, %2 écrits, %3 en échec</translation>
    </message>
    <message>
        <source>*Duration*
%1 ms</source>
        <translation>*Durée*
%1 ms</translation>
    </message>
    <message>
        <source>*Run*
%1</source>
        <translation>*Exécution*
%1</translation>
    </message>
    <message>
        <source>*Error class:* `%1`
%2</source>
        <translation>*Classe d&apos;erreur :* `%1`
%2</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>The body is not a Slack Events API request.</source>
        <translation>Le corps n’est pas une requête de l’API Events de Slack.</translation>
    </message>
    <message>
        <source>Slack&apos;s url_verification carries no challenge.</source>
        <translation>L’url_verification de Slack ne contient pas de challenge.</translation>
    </message>
    <message>
        <source>The body is not a Slack event (type &quot;%1&quot;).</source>
        <translation>Le corps n’est pas un événement Slack (type « %1 »).</translation>
    </message>
</context>
<context>
    <name>Orion::SlackEvents</name>
    <message>
        <source>listening</source>
        <translation>à l’écoute</translation>
    </message>
    <message>
        <source>reconnecting (%1)</source>
        <translation>reconnexion (%1)</translation>
    </message>
    <message>
        <source>stopped (%1)</source>
        <translation>arrêté (%1)</translation>
    </message>
</context>
<context>
    <name>Orion::SlackSocketMode</name>
    <message>
        <source>apps.connections.open failed: %1</source>
        <translation>apps.connections.open a échoué : %1</translation>
    </message>
    <message>
        <source>Slack refused apps.connections.open: %1</source>
        <translation>Slack a refusé apps.connections.open : %1</translation>
    </message>
    <message>
        <source>the connection dropped</source>
        <translation>la connexion a été coupée</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>gave up reconnecting: %1</source>
        <translation>abandon de la reconnexion : %1</translation>
    </message>
</context>
<context>
    <name>Orion::SoqlEditor</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>SOQL — %1</source>
        <translation>SOQL — %1</translation>
    </message>
    <message>
        <source>sObject for field completion</source>
        <translation>sObject pour la complétion des champs</translation>
    </message>
    <message>
        <source>Field names of this sObject are offered while you type (Ctrl+Space)</source>
        <translation>Les noms de champs de cet sObject sont proposés pendant la saisie (Ctrl+Espace)</translation>
    </message>
    <message>
        <source>SOQL query</source>
        <translation>Requête SOQL</translation>
    </message>
    <message>
        <source>Run the query (Ctrl+Return)</source>
        <translation>Exécuter la requête (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Query results</source>
        <translation>Résultats de la requête</translation>
    </message>
    <message>
        <source>Fields of:</source>
        <translation>Champs de :</translation>
    </message>
    <message>
        <source>Type a SELECT query and press Ctrl+Return.</source>
        <translation>Saisissez une requête SELECT et appuyez sur Ctrl+Entrée.</translation>
    </message>
    <message>
        <source>Fields of %1 could not be loaded: %2</source>
        <translation>Les champs de %1 n&apos;ont pas pu être chargés : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) of %1 available for completion (Ctrl+Space).</source>
        <translation>
            <numerusform>%n champ de %1 disponible pour la complétion (Ctrl+Espace).</numerusform>
            <numerusform>%n champs de %1 disponibles pour la complétion (Ctrl+Espace).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation>Non envoyée : %1.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Exécution…</translation>
    </message>
    <message>
        <source>%1 of %2 record(s) in %3 ms.</source>
        <translation>%1 sur %2 enregistrement(s) en %3 ms.</translation>
    </message>
</context>
<context>
    <name>Orion::SpecDetector</name>
    <message>
        <source>The test answer has status %1; detection needs a successful answer.</source>
        <translation>La réponse de test a le statut %1 ; la détection a besoin d’une réponse réussie.</translation>
    </message>
    <message>
        <source>The answer is not a JSON object, so nothing can be detected from it.</source>
        <translation>La réponse n&apos;est pas un objet JSON : rien ne peut en être détecté.</translation>
    </message>
    <message>
        <source>The answer holds no list of records (objects).</source>
        <translation>La réponse ne contient aucune liste d&apos;enregistrements (objets).</translation>
    </message>
    <message numerus="yes">
        <source>Records: the list at &quot;%1&quot; (%n on this page).</source>
        <translation>
            <numerusform>Enregistrements : la liste à « %1 » (%n sur cette page).</numerusform>
            <numerusform>Enregistrements : la liste à « %1 » (%n sur cette page).</numerusform>
        </translation>
    </message>
    <message>
        <source>Primary key: &quot;%1&quot;.</source>
        <translation>Clé primaire : « %1 ».</translation>
    </message>
    <message>
        <source>Incremental cursor: &quot;%1&quot; looks like the time of the last change.</source>
        <translation>Curseur incrémental : « %1 » ressemble à la date de la dernière modification.</translation>
    </message>
    <message>
        <source>Pagination: the Link header has a rel=&quot;next&quot; URL.</source>
        <translation>Pagination : l’en-tête Link contient une URL rel=&quot;next&quot;.</translation>
    </message>
    <message>
        <source>Pagination: &quot;%1&quot; holds the next page&apos;s URL.</source>
        <translation>Pagination : « %1 » contient l’URL de la page suivante.</translation>
    </message>
    <message>
        <source>Pagination: the %1 header carries the next cursor (sent back as &quot;cursor&quot;; check the parameter name).</source>
        <translation>Pagination : l’en-tête %1 porte le curseur suivant (renvoyé comme « cursor » ; vérifiez le nom du paramètre).</translation>
    </message>
    <message>
        <source>Pagination: &quot;%1&quot; holds the next cursor (sent back as &quot;%2&quot;; check the parameter name).</source>
        <translation>Pagination : « %1 » contient le curseur suivant (renvoyé comme « %2 » ; vérifiez le nom du paramètre).</translation>
    </message>
    <message>
        <source>Pagination: &quot;%1&quot; and the last record&apos;s %2 (sent as starting_after; check the parameter name).</source>
        <translation>Pagination : « %1 » et le champ %2 du dernier enregistrement (envoyé comme starting_after ; vérifiez le nom du paramètre).</translation>
    </message>
    <message>
        <source>Pagination: the request sets %1 but no offset; offset paging is a guess.</source>
        <translation>Pagination : la requête fixe %1 mais aucun décalage ; la pagination par décalage est une supposition.</translation>
    </message>
    <message>
        <source>Pagination: the request URL already pages with &quot;%1&quot;.</source>
        <translation>Pagination : l’URL de la requête pagine déjà avec « %1 ».</translation>
    </message>
    <message>
        <source>Pagination: no sign of a next page in this answer; set it by hand if the API pages.</source>
        <translation>Pagination : aucun signe de page suivante dans cette réponse ; réglez-la à la main si l’API pagine.</translation>
    </message>
    <message numerus="yes">
        <source>Page size: the request has no parameter that sets it, so the %n record(s) this answer held are taken as the API&apos;s page size. Enter the API&apos;s size parameter to read more per request.</source>
        <translation>
            <numerusform>Taille de page : la requête n’a aucun paramètre qui la fixe, donc l’enregistrement (%n) de cette réponse est pris comme taille de page de l’API. Indiquez le paramètre de taille de l’API pour lire davantage par requête.</numerusform>
            <numerusform>Taille de page : la requête n’a aucun paramètre qui la fixe, donc les %n enregistrements de cette réponse sont pris comme taille de page de l’API. Indiquez le paramètre de taille de l’API pour lire davantage par requête.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page size: the request has no parameter that sets it, so the API&apos;s own page size applies. Enter the API&apos;s size parameter to choose one.</source>
        <translation>Taille de page : la requête n’a aucun paramètre qui la fixe, donc la taille de page de l’API s’applique. Indiquez le paramètre de taille de l’API pour en choisir une.</translation>
    </message>
</context>
<context>
    <name>Orion::StripeConnector</name>
    <message>
        <source>Stripe sent a list response without &quot;data&quot;.</source>
        <translation>Stripe a envoyé une liste sans « data ».</translation>
    </message>
    <message>
        <source>Customers and invoices from Stripe; creates customers.</source>
        <translation>Clients et factures de Stripe ; crée des clients.</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>URL de base de l&apos;API</translation>
    </message>
    <message>
        <source>Requests go to {api_base}/v1/…; change it for a proxy or a test server.</source>
        <translation>Les requêtes vont à {api_base}/v1/… ; modifiez-la pour un proxy ou un serveur de test.</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Version de l&apos;API</translation>
    </message>
    <message>
        <source>Sent as Stripe-Version; empty uses the account&apos;s default.</source>
        <translation>Envoyée comme Stripe-Version ; vide utilise la version par défaut du compte.</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>Région téléphonique par défaut</translation>
    </message>
    <message>
        <source>Country used to read phone numbers written without a country code.</source>
        <translation>Pays utilisé pour lire les numéros de téléphone écrits sans indicatif.</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Taille de page</translation>
    </message>
    <message>
        <source>Records per request (1–100).</source>
        <translation>Enregistrements par requête (1–100).</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Requêtes par seconde</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Clé secrète</translation>
    </message>
    <message>
        <source>sk_live_… or sk_test_… (a restricted key works).</source>
        <translation>sk_live_… ou sk_test_… (une clé restreinte convient).</translation>
    </message>
    <message>
        <source>Customers (/v1/customers)</source>
        <translation>Clients (/v1/customers)</translation>
    </message>
    <message>
        <source>Invoices with their line items (/v1/invoices)</source>
        <translation>Factures avec leurs lignes (/v1/invoices)</translation>
    </message>
    <message>
        <source>Stripe answered HTTP %1 when reading %2.</source>
        <translation>Stripe a répondu HTTP %1 à la lecture de %2.</translation>
    </message>
    <message>
        <source>Stripe answered HTTP %1 when reading %2: %3</source>
        <translation>Stripe a répondu HTTP %1 à la lecture de %2 : %3</translation>
    </message>
    <message>
        <source>not a Stripe customer object</source>
        <translation>pas un objet client Stripe</translation>
    </message>
    <message>
        <source>not a Stripe invoice object</source>
        <translation>pas un objet facture Stripe</translation>
    </message>
    <message>
        <source>invoice %1 has no valid currency</source>
        <translation>la facture %1 n&apos;a pas de devise valide</translation>
    </message>
    <message>
        <source>invoice %1: %2 is not an integer amount</source>
        <translation>facture %1 : %2 n&apos;est pas un montant entier</translation>
    </message>
    <message>
        <source>invoice %1 has an unknown status &quot;%2&quot;</source>
        <translation>la facture %1 a un statut inconnu « %2 »</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Rate budget shared by every sync of this connection. Empty: from the key, as Stripe allows (test keys 25/s, live keys 100/s).</source>
        <translation>Budget de requêtes partagé par toutes les synchronisations de cette connexion. Vide : selon la clé, comme Stripe l&apos;autorise (clés de test 25/s, clés live 100/s).</translation>
    </message>
    <message>
        <source>Webhook signing secret</source>
        <translation>Secret de signature des webhooks</translation>
    </message>
    <message>
        <source>whsec_… of the webhook endpoint, for orion webhook serve.</source>
        <translation>whsec_… du point de terminaison du webhook, pour orion webhook serve.</translation>
    </message>
    <message>
        <source>The body is not a Stripe event.</source>
        <translation>Le corps n’est pas un événement Stripe.</translation>
    </message>
</context>
<context>
    <name>Orion::SyncJob</name>
    <message>
        <source>There is no connection named &quot;%1&quot;.</source>
        <translation>Il n&apos;existe pas de connexion nommée « %1 ».</translation>
    </message>
    <message>
        <source>Connection &quot;%1&quot; uses the connector &quot;%2&quot;, which this version does not have.</source>
        <translation>La connexion « %1 » utilise le connecteur « %2 », absent de cette version.</translation>
    </message>
    <message>
        <source>%1 has no stream &quot;%2&quot; (streams: %3).</source>
        <translation>%1 n&apos;a pas de flux « %2 » (flux : %3).</translation>
    </message>
    <message>
        <source>A sync of &quot;%1&quot; / %2 is already running (%3); wait for it to finish or cancel it.</source>
        <translation>Une synchronisation de « %1 » / %2 est déjà en cours (%3) ; attendez la fin ou annulez-la.</translation>
    </message>
    <message>
        <source>%1 sync of %2 / %3 started</source>
        <translation>Synchronisation %1 de %2 / %3 démarrée</translation>
    </message>
    <message>
        <source> (full refresh)</source>
        <translation> (actualisation complète)</translation>
    </message>
    <message>
        <source>The connector could not open the stream.</source>
        <translation>Le connecteur n&apos;a pas pu ouvrir le flux.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>… %n more line(s) not kept</source>
        <translation>
            <numerusform>… %n ligne de plus non conservée</numerusform>
            <numerusform>… %n lignes de plus non conservées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not support writing customers.</source>
        <translation>%1 ne permet pas d&apos;écrire des clients.</translation>
    </message>
    <message numerus="yes">
        <source>Applying %n approved field mapping(s) to %1</source>
        <translation>
            <numerusform>Application de %n correspondance de champ approuvée à %1</numerusform>
            <numerusform>Application de %n correspondances de champ approuvées à %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Mapping: %1</source>
        <translation>Correspondance : %1</translation>
    </message>
    <message>
        <source>There is no connection with id %1 (it was deleted).</source>
        <translation>Il n&apos;y a pas de connexion d&apos;identifiant %1 (elle a été supprimée).</translation>
    </message>
    <message>
        <source>Cannot record the sync run: %1</source>
        <translation>Impossible d&apos;enregistrer l&apos;exécution de synchronisation : %1</translation>
    </message>
    <message>
        <source>Resuming %1 of %2 partition(s)</source>
        <translation>Reprise de %1 partition(s) sur %2</translation>
    </message>
    <message numerus="yes">
        <source>Reading %1 partition(s) with %n reader(s)</source>
        <translation>
            <numerusform>Lecture de %1 partition(s) avec %n lecteur</numerusform>
            <numerusform>Lecture de %1 partition(s) avec %n lecteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>The partitioned read ended with %1 partition(s) unread.</source>
        <translation>La lecture partitionnée s&apos;est terminée avec %1 partition(s) non lue(s).</translation>
    </message>
    <message numerus="yes">
        <source>The service asked to slow down %n time(s); the rate is now %1 requests/s</source>
        <translation>
            <numerusform>Le service a demandé %n fois de ralentir ; le débit est maintenant de %1 requêtes/s</numerusform>
            <numerusform>Le service a demandé %n fois de ralentir ; le débit est maintenant de %1 requêtes/s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 records read, %3 written, %4 failed in %5 ms (%6 requests, %7/s)</source>
        <translation>%1 : %2 enregistrements lus, %3 écrits, %4 en échec en %5 ms (%6 requêtes, %7/s)</translation>
    </message>
    <message>
        <source>Drift: %1 — approve the rule again once the change is expected, or edit it</source>
        <translation>Dérive : %1 — approuvez à nouveau la règle si le changement est attendu, ou modifiez-la</translation>
    </message>
    <message numerus="yes">
        <source>%n stored record(s) marked deleted at the source</source>
        <translation>
            <numerusform>%n enregistrement stocké marqué comme supprimé à la source</numerusform>
            <numerusform>%n enregistrements stockés marqués comme supprimés à la source</numerusform>
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
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partielle</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lus</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Écrits</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation>Requêtes/s</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in %1</source>
        <translation>
            <numerusform>%n requête en %1</numerusform>
            <numerusform>%n requêtes en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Schema drift: the connection is degraded until the rule is edited or approved again</source>
        <translation>Dérive du schéma : la connexion reste dégradée jusqu’à ce que la règle soit modifiée ou approuvée à nouveau</translation>
    </message>
    <message>
        <source>Succeeded · drift</source>
        <translation>Réussie · dérive</translation>
    </message>
    <message>
        <source>Partial · drift</source>
        <translation>Partielle · dérive</translation>
    </message>
    <message>
        <source>Drift: %1</source>
        <translation>Dérive : %1</translation>
    </message>
</context>
<context>
    <name>Orion::SyncService</name>
    <message>
        <source>&quot;%1&quot; is already syncing; wait for it to finish or cancel it.</source>
        <translation>« %1 » est déjà en cours de synchronisation ; attendez la fin ou annulez.</translation>
    </message>
</context>
<context>
    <name>Orion::WebhookReceiver</name>
    <message>
        <source>Webhook receivers queue syncs for workers, so they need a PostgreSQL workspace (--db postgresql://…).</source>
        <translation>Les récepteurs de webhooks mettent des synchronisations en file pour les workers : ils ont besoin d’un espace de travail PostgreSQL (--db postgresql://…).</translation>
    </message>
    <message>
        <source>Cannot read the TLS certificate or key: %1</source>
        <translation>Impossible de lire le certificat ou la clé TLS : %1</translation>
    </message>
    <message>
        <source>The TLS certificate (%1) or key (%2) is not a PEM certificate and private key.</source>
        <translation>Le certificat TLS (%1) ou la clé (%2) n’est pas un certificat et une clé privée PEM.</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Impossible d’écouter sur %1:%2 : %3</translation>
    </message>
    <message>
        <source>Webhooks are received at /webhooks/&lt;connection id&gt;.</source>
        <translation>Les webhooks sont reçus à /webhooks/&lt;id de connexion&gt;.</translation>
    </message>
    <message>
        <source>Webhook deliveries are POST requests.</source>
        <translation>Les livraisons de webhooks sont des requêtes POST.</translation>
    </message>
    <message>
        <source>The body has %1 bytes; at most %2 are accepted.</source>
        <translation>Le corps fait %1 octets ; %2 au plus sont acceptés.</translation>
    </message>
    <message>
        <source>The workspace cannot be reached; deliver again later.</source>
        <translation>L’espace de travail est injoignable ; livrez à nouveau plus tard.</translation>
    </message>
    <message>
        <source>The workspace cannot be read; deliver again later.</source>
        <translation>L’espace de travail ne peut pas être lu ; livrez à nouveau plus tard.</translation>
    </message>
    <message>
        <source>No connection has this id.</source>
        <translation>Aucune connexion n’a cet identifiant.</translation>
    </message>
    <message>
        <source>This connection&apos;s service sends no webhooks.</source>
        <translation>Le service de cette connexion n’envoie pas de webhooks.</translation>
    </message>
    <message>
        <source>This connection has no webhook secret (%1), so no delivery can be verified.</source>
        <translation>Cette connexion n’a pas de secret de webhook (%1) : aucune livraison ne peut être vérifiée.</translation>
    </message>
    <message>
        <source>This delivery was received before; nothing is queued again.</source>
        <translation>Cette livraison a déjà été reçue ; rien n’est remis en file.</translation>
    </message>
    <message>
        <source>The delivery cannot be recorded; deliver again later.</source>
        <translation>La livraison ne peut pas être enregistrée ; livrez à nouveau plus tard.</translation>
    </message>
    <message>
        <source>Cannot queue the sync of %1: %2</source>
        <translation>Impossible de mettre en file la synchronisation de %1 : %2</translation>
    </message>
    <message>
        <source>Cannot queue the sync of %1 (%2): %3</source>
        <translation>Impossible de mettre en file la synchronisation de %1 (%2) : %3</translation>
    </message>
</context>
<context>
    <name>Orion::WebhookSignature</name>
    <message>
        <source>%1 is %2 s from this server&apos;s clock (at most %3 s are accepted): a stale or replayed delivery</source>
        <translation>%1 est à %2 s de l’horloge de ce serveur (%3 s au plus sont acceptées) : une livraison périmée ou rejouée</translation>
    </message>
    <message>
        <source>The Stripe-Signature header is missing.</source>
        <translation>L’en-tête Stripe-Signature manque.</translation>
    </message>
    <message>
        <source>Stripe-Signature has a timestamp that is not a Unix time.</source>
        <translation>Stripe-Signature a un horodatage qui n’est pas une heure Unix.</translation>
    </message>
    <message>
        <source>Stripe-Signature has no timestamp (t=).</source>
        <translation>Stripe-Signature n’a pas d’horodatage (t=).</translation>
    </message>
    <message>
        <source>Stripe-Signature has no v1 signature.</source>
        <translation>Stripe-Signature n’a pas de signature v1.</translation>
    </message>
    <message>
        <source>No Stripe v1 signature matches the body with this endpoint&apos;s secret.</source>
        <translation>Aucune signature v1 de Stripe ne correspond au corps avec le secret de ce point de terminaison.</translation>
    </message>
    <message>
        <source>The intuit-signature header is missing.</source>
        <translation>L’en-tête intuit-signature manque.</translation>
    </message>
    <message>
        <source>intuit-signature is not a base64 HMAC-SHA256.</source>
        <translation>intuit-signature n’est pas un HMAC-SHA256 en base64.</translation>
    </message>
    <message>
        <source>intuit-signature does not match the body with this connection&apos;s verifier token.</source>
        <translation>intuit-signature ne correspond pas au corps avec le jeton de vérification de cette connexion.</translation>
    </message>
    <message>
        <source>X-HubSpot-Signature-v3 or X-HubSpot-Request-Timestamp is missing.</source>
        <translation>X-HubSpot-Signature-v3 ou X-HubSpot-Request-Timestamp manque.</translation>
    </message>
    <message>
        <source>X-HubSpot-Request-Timestamp is not a time in milliseconds.</source>
        <translation>X-HubSpot-Request-Timestamp n’est pas une heure en millisecondes.</translation>
    </message>
    <message>
        <source>X-HubSpot-Signature-v3 is not a base64 HMAC-SHA256.</source>
        <translation>X-HubSpot-Signature-v3 n’est pas un HMAC-SHA256 en base64.</translation>
    </message>
    <message>
        <source>X-HubSpot-Signature-v3 does not match this request with the app&apos;s secret.</source>
        <translation>X-HubSpot-Signature-v3 ne correspond pas à cette requête avec le secret de l’application.</translation>
    </message>
    <message>
        <source>X-Slack-Signature or X-Slack-Request-Timestamp is missing.</source>
        <translation>X-Slack-Signature ou X-Slack-Request-Timestamp manque.</translation>
    </message>
    <message>
        <source>X-Slack-Request-Timestamp is not a Unix time.</source>
        <translation>X-Slack-Request-Timestamp n’est pas une heure Unix.</translation>
    </message>
    <message>
        <source>X-Slack-Signature is not a v0 signature.</source>
        <translation>X-Slack-Signature n’est pas une signature v0.</translation>
    </message>
    <message>
        <source>X-Slack-Signature does not match the body with the app&apos;s signing secret.</source>
        <translation>X-Slack-Signature ne correspond pas au corps avec le secret de signature de l’application.</translation>
    </message>
    <message>
        <source>This connection has no webhook secret, so no delivery can be verified.</source>
        <translation>Cette connexion n’a pas de secret de webhook : aucune livraison ne peut être vérifiée.</translation>
    </message>
    <message>
        <source>Unknown signature scheme.</source>
        <translation>Schéma de signature inconnu.</translation>
    </message>
</context>
<context>
    <name>Orion::WebhookStore</name>
    <message>
        <source>A webhook delivery key must have 1 to 200 characters.</source>
        <translation>Une clé de livraison de webhook doit avoir de 1 à 200 caractères.</translation>
    </message>
    <message>
        <source>Cannot record the webhook delivery: %1</source>
        <translation>Impossible d’enregistrer la livraison du webhook : %1</translation>
    </message>
    <message>
        <source>Cannot prune the webhook deliveries: %1</source>
        <translation>Impossible de purger les livraisons de webhooks : %1</translation>
    </message>
</context>
<context>
    <name>Orion::WorkersPage</name>
    <message>
        <source>&amp;Cancel Job</source>
        <translation>&amp;Annuler la tâche</translation>
    </message>
    <message>
        <source>&amp;Retry Job</source>
        <translation>&amp;Relancer la tâche</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actua&amp;liser</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>Job queue</source>
        <translation>File de tâches</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Jobs done</source>
        <translation>Tâches faites</translation>
    </message>
    <message>
        <source>Last heartbeat</source>
        <translation>Dernier signal de vie</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>Toutes les tâches</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Show jobs</source>
        <translation>Afficher les tâches</translation>
    </message>
    <message>
        <source>A queued job ends at once; a running one is asked to stop at its worker&apos;s next heartbeat</source>
        <translation>Une tâche en attente s&apos;arrête aussitôt ; une tâche en cours est priée de s&apos;arrêter au prochain signal de vie de son worker</translation>
    </message>
    <message>
        <source>Queue a failed or cancelled job again</source>
        <translation>Remettre en file une tâche échouée ou annulée</translation>
    </message>
    <message>
        <source>&amp;Live workers</source>
        <translation>Workers &amp;actifs</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;File :</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Workers run syncs from a PostgreSQL workspace&apos;s job queue, on this or other machines (orion worker --db postgresql://…). On this SQLite workspace the app runs schedules itself.</source>
        <translation>Les workers exécutent les synchronisations de la file de tâches d&apos;un espace PostgreSQL, sur cette machine ou d&apos;autres (orion worker --db postgresql://…). Sur cet espace SQLite, l&apos;application exécute elle-même les planifications.</translation>
    </message>
    <message>
        <source>stopped %1</source>
        <translation>arrêté %1</translation>
    </message>
    <message>
        <source>%1 (silent)</source>
        <translation>%1 (muet)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1, stop asked</source>
        <translation>%1, arrêt demandé</translation>
    </message>
    <message>
        <source>%1, retry at %2</source>
        <translation>%1, nouvel essai à %2</translation>
    </message>
    <message numerus="yes">
        <source>%n live worker(s)</source>
        <translation>
            <numerusform>%n worker actif</numerusform>
            <numerusform>%n workers actifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n en cours</numerusform>
            <numerusform>%n en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1: cancelled (a running job stops at its worker&apos;s next heartbeat).</source>
        <translation>Tâche %1 : annulée (une tâche en cours s&apos;arrête au prochain signal de vie de son worker).</translation>
    </message>
    <message>
        <source>Job %1 is queued again.</source>
        <translation>La tâche %1 est de nouveau en file.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
</context>
<context>
    <name>Orion::Workspace</name>
    <message>
        <source>The workspace file %1 does not exist.</source>
        <translation>Le fichier d&apos;espace de travail %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the workspace.</source>
        <translation>Impossible de créer le dossier %1 de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only; the workspace cannot be created there.</source>
        <translation>Le dossier %1 est en lecture seule ; l&apos;espace de travail ne peut pas y être créé.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database (it may be corrupt); it was not changed.</source>
        <translation>%1 n&apos;est pas une base SQLite (il est peut-être corrompu) ; il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The workspace file %1 is read-only. Make it writable or choose another workspace.</source>
        <translation>Le fichier d&apos;espace de travail %1 est en lecture seule. Rendez-le modifiable ou choisissez un autre espace de travail.</translation>
    </message>
    <message>
        <source>Cannot open the workspace %1: %2</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail %1 : %2</translation>
    </message>
    <message>
        <source>Cannot connect to PostgreSQL at %1:%2: %3</source>
        <translation>Connexion à PostgreSQL sur %1:%2 impossible : %3</translation>
    </message>
    <message>
        <source>No PostgreSQL database name is set.</source>
        <translation>Aucun nom de base PostgreSQL n&apos;est indiqué.</translation>
    </message>
    <message>
        <source>The Qt SQL driver for %1 is not installed.</source>
        <translation>Le pilote Qt SQL pour %1 n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read as a workspace: %2</source>
        <translation>%1 est endommagé et ne peut pas être lu comme espace de travail : %2</translation>
    </message>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>Impossible de lire la version du schéma : %1</translation>
    </message>
    <message>
        <source>Cannot read the workspace file %1: permission denied.</source>
        <translation>Impossible de lire le fichier d’espace de travail %1 : permission refusée.</translation>
    </message>
    <message>
        <source>The workspace was not upgraded because it could not be backed up first: %1</source>
        <translation>L’espace de travail n’a pas été mis à niveau, car il n’a pas pu être sauvegardé d’abord : %1</translation>
    </message>
    <message>
        <source>%1 has no Orion schema yet. A shared workspace is created by its owner, who runs orion migrate --as-owner (README, &quot;Team setup&quot;).</source>
        <translation>%1 n&apos;a pas encore de schéma Orion. Un espace partagé est créé par son propriétaire, qui lance orion migrate --as-owner (README, « Team setup »).</translation>
    </message>
    <message>
        <source>%1 has schema version %2 and this version of Orion needs %3. A shared workspace is upgraded by its owner, who runs orion migrate --as-owner (README, &quot;Team setup&quot;).</source>
        <translation>%1 a la version de schéma %2 et cette version d&apos;Orion requiert %3. Un espace partagé est mis à jour par son propriétaire, qui lance orion migrate --as-owner (README, « Team setup »).</translation>
    </message>
    <message>
        <source>Cannot check the login&apos;s roles: %1</source>
        <translation>Impossible de vérifier les rôles de la connexion : %1</translation>
    </message>
    <message>
        <source>%1 may not migrate this workspace: --as-owner needs a superuser or a member of orion_owner (README, &quot;Team setup&quot;).</source>
        <translation>%1 ne peut pas migrer cet espace : --as-owner requiert un superutilisateur ou un membre d&apos;orion_owner (README, « Team setup »).</translation>
    </message>
    <message>
        <source>The schema was migrated, but its objects could not be given to orion_owner: %1</source>
        <translation>Le schéma a été migré, mais ses objets n&apos;ont pas pu être attribués à orion_owner : %1</translation>
    </message>
</context>
<context>
    <name>Orion::WorkspaceBackup</name>
    <message>
        <source>Backups are made of SQLite workspaces only.</source>
        <translation>Seuls les espaces de travail SQLite sont sauvegardés.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Impossible de créer le dossier de sauvegarde %1.</translation>
    </message>
    <message>
        <source>Cannot rename %1.</source>
        <translation>Impossible de renommer %1.</translation>
    </message>
    <message>
        <source>Cannot back up the workspace to %1: %2</source>
        <translation>Impossible de sauvegarder l’espace de travail dans %1 : %2</translation>
    </message>
    <message>
        <source>The workspace passed the integrity check; nothing was changed.</source>
        <translation>L’espace de travail a passé le contrôle d’intégrité ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The workspace&apos;s indexes were rebuilt and it now passes the integrity check. The damaged file was kept as %1.</source>
        <translation>Les index de l’espace de travail ont été reconstruits et il passe maintenant le contrôle d’intégrité. Le fichier endommagé a été gardé sous %1.</translation>
    </message>
    <message>
        <source>The workspace was rebuilt from its readable rows and now passes the integrity check. The damaged file was kept as %1.</source>
        <translation>L’espace de travail a été reconstruit à partir de ses lignes lisibles et passe maintenant le contrôle d’intégrité. Le fichier endommagé a été gardé sous %1.</translation>
    </message>
    <message>
        <source>The workspace was restored from the backup of %1 (%2); changes made after it are only in the damaged file, kept as %3.</source>
        <translation>L’espace de travail a été restauré depuis la sauvegarde du %1 (%2) ; les modifications ultérieures ne sont que dans le fichier endommagé, gardé sous %3.</translation>
    </message>
    <message>
        <source>The workspace file %1 does not exist.</source>
        <translation>Le fichier d&apos;espace de travail %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Only SQLite workspaces can be recovered this way.</source>
        <translation>Seuls les espaces de travail SQLite peuvent être récupérés ainsi.</translation>
    </message>
    <message>
        <source>The damaged workspace could not be copied aside, so nothing was changed: %1</source>
        <translation>L’espace de travail endommagé n’a pas pu être copié à part, donc rien n’a été modifié : %1</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2</source>
        <translation>La sauvegarde %1 ne peut pas être restaurée : %2</translation>
    </message>
    <message>
        <source>The workspace could not be repaired and no sound backup was found. The damaged file was kept as %1.</source>
        <translation>L’espace de travail n’a pas pu être réparé et aucune sauvegarde saine n’a été trouvée. Le fichier endommagé a été gardé sous %1.</translation>
    </message>
</context>
<context>
    <name>Orion::WorkspaceService</name>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Creating the demo workspace…</source>
        <translation>Création de l&apos;espace de démonstration…</translation>
    </message>
    <message>
        <source>No workspace is open yet.</source>
        <translation>Aucun espace de travail n’est encore ouvert.</translation>
    </message>
    <message>
        <source>Recovering %1…</source>
        <translation>Récupération de %1…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Build, map and monitor business system connectors.</source>
        <translation>Créer, mapper et surveiller des connecteurs de systèmes métier.</translation>
    </message>
    <message>
        <source>Open this workspace instead of the saved one (a SQLite file or postgresql://…).</source>
        <translation>Ouvrir cet espace de travail au lieu de celui enregistré (un fichier SQLite ou postgresql://…).</translation>
    </message>
    <message>
        <source>Save a screenshot of the main window to &lt;file&gt; once the workspace is shown, then quit.</source>
        <translation>Enregistrer une capture de la fenêtre principale dans &lt;file&gt; une fois l&apos;espace affiché, puis quitter.</translation>
    </message>
</context>
</TS>
