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
      <translation>Recharger l'historique des synchronisations (F5)</translation>
    </message>
    <message>
      <source>Sync runs</source>
      <translation>Exécutions de synchronisation</translation>
    </message>
    <message>
      <source>Run log</source>
      <translation>Journal de l'exécution</translation>
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
      <translation>(Cette exécution n'a enregistré aucun journal.)</translation>
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
      <translation>À l'instant</translation>
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
      <source>Secrets — saved in the system keychain, never in the workspace</source>
      <translation>Secrets — enregistrés dans le trousseau du système, jamais dans l'espace de travail</translation>
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
      <source>&amp;Authorize in Browser…</source>
      <translation>&amp;Autoriser dans le navigateur…</translation>
    </message>
    <message>
      <source>Sign in with the service in your browser; the refresh token it grants is saved in the system keychain</source>
      <translation>Se connecter au service dans le navigateur ; le jeton d'actualisation accordé est enregistré dans le trousseau du système</translation>
    </message>
    <message>
      <source>Fill in the OAuth settings (client ID, URLs) first.</source>
      <translation>Renseignez d'abord les paramètres OAuth (ID client, URL).</translation>
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
      <source>Authorised. The refresh token will be saved in the system keychain.</source>
      <translation>Autorisé. Le jeton d'actualisation sera enregistré dans le trousseau du système.</translation>
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
  </context>
  <context>
    <name>Orion::ConnectionStore</name>
    <message>
      <source>A connection needs a name.</source>
      <translation>Une connexion doit avoir un nom.</translation>
    </message>
    <message>
      <source>A connection named "%1" already exists.</source>
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
      <translation>Impossible d'enregistrer l'exécution de synchronisation : %1</translation>
    </message>
    <message>
      <source>Cannot save the connection: %1</source>
      <translation>Impossible d’enregistrer la connexion : %1</translation>
    </message>
    <message>
      <source>The connection no longer exists.</source>
      <translation>La connexion n'existe plus.</translation>
    </message>
    <message>
      <source>Cannot read the sync runs: %1</source>
      <translation>Impossible de lire les exécutions de synchronisation : %1</translation>
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
      <translation>Recharger les connexions depuis l'espace de travail (F5)</translation>
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
      <translation>&lt;h3&gt;Aucune connexion&lt;/h3&gt;&lt;p&gt;Une connexion relie un connecteur à l'un de vos comptes. Ajoutez-en une, ou découvrez l'application avec des données d'exemple dans un espace de démonstration.&lt;/p&gt;</translation>
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
      <source>The log of the selected connection's sync appears here.</source>
      <translation>Le journal de synchronisation de la connexion sélectionnée apparaît ici.</translation>
    </message>
    <message>
      <source>Remove Connection</source>
      <translation>Supprimer la connexion</translation>
    </message>
    <message>
      <source>Remove "%1"? Its synced records, sync history and stored secrets are deleted.</source>
      <translation>Supprimer « %1 » ? Ses enregistrements synchronisés, son historique et ses secrets enregistrés seront effacés.</translation>
    </message>
    <message>
      <source>Demo connections have no account to sync from</source>
      <translation>Les connexions de démonstration n'ont pas de compte à synchroniser</translation>
    </message>
    <message>
      <source>Sync the selected connection (%1)</source>
      <translation>Synchroniser la connexion sélectionnée (%1)</translation>
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
      <source>%1 · %2 records · %3 pages · %4 records/s</source>
      <translation>%1 · %2 enregistrements · %3 pages · %4 enregistrements/s</translation>
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
      <source>Sign in again: Edit… → Authorize in Browser.</source>
      <translation>Reconnectez-vous : Modifier… → Autoriser dans le navigateur.</translation>
    </message>
    <message>
      <source>%1: %2 — %3 read, %4 written, %5 failed in %6</source>
      <translation>%1 : %2 — %3 lus, %4 écrits, %5 en échec en %6</translation>
    </message>
  </context>
  <context>
    <name>Orion::Connector</name>
    <message>
      <source>Connection "%1" has no %2 secret: save it in the connection dialog or set %3.</source>
      <translation>La connexion « %1 » n’a pas de secret %2 : enregistrez-le dans la boîte de dialogue de la connexion ou définissez %3.</translation>
    </message>
    <message>
      <source>%1 does not support writing customers.</source>
      <translation>%1 ne permet pas d'écrire des clients.</translation>
    </message>
    <message>
      <source>%1 has no setting "%2" (settings: %3).</source>
      <translation>%1 n'a pas de paramètre « %2 » (paramètres : %3).</translation>
    </message>
    <message>
      <source>"%1" is a secret and is never stored with the connection; set %2 or save it in the connection dialog.</source>
      <translation>« %1 » est un secret et n'est jamais enregistré avec la connexion ; définissez %2 ou enregistrez-le dans la boîte de dialogue de la connexion.</translation>
    </message>
    <message>
      <source>%1 needs the setting "%2" (%3).</source>
      <translation>%1 a besoin du paramètre « %2 » (%3).</translation>
    </message>
    <message>
      <source>"%1" must be an http or https address, not "%2".</source>
      <translation>« %1 » doit être une adresse http ou https, pas « %2 ».</translation>
    </message>
    <message>
      <source>"%1" must be a whole number, not "%2".</source>
      <translation>« %1 » doit être un nombre entier, pas « %2 ».</translation>
    </message>
    <message>
      <source>"%1" must be true or false, not "%2".</source>
      <translation>« %1 » doit valoir true ou false, pas « %2 ».</translation>
    </message>
    <message>
      <source>"%1" must be one of %2, not "%3".</source>
      <translation>« %1 » doit être l'une des valeurs %2, pas « %3 ».</translation>
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
      <translation>Le trousseau du système n'a pas pu enregistrer un secret : %1</translation>
    </message>
  </context>
  <context>
    <name>Orion::DatabaseConfig</name>
    <message>
      <source>The database address is empty.</source>
      <translation>L'adresse de la base de données est vide.</translation>
    </message>
    <message>
      <source>The PostgreSQL address is not a valid URL: %1</source>
      <translation>L'adresse PostgreSQL n'est pas une URL valide : %1</translation>
    </message>
    <message>
      <source>The PostgreSQL port must be between 1 and 65535.</source>
      <translation>Le port PostgreSQL doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
      <source>The PostgreSQL address names no database (postgresql://user@host:port/database).</source>
      <translation>L'adresse PostgreSQL ne désigne aucune base (postgresql://utilisateur@hôte:port/base).</translation>
    </message>
    <message>
      <source>Unknown sslmode "%1": use disable, allow, prefer, require, verify-ca or verify-full.</source>
      <translation>sslmode « %1 » inconnu : utilisez disable, allow, prefer, require, verify-ca ou verify-full.</translation>
    </message>
    <message>
      <source>Unsupported database address "%1": use a SQLite file path or postgresql://…</source>
      <translation>Adresse de base non prise en charge « %1 » : utilisez un chemin de fichier SQLite ou postgresql://…</translation>
    </message>
    <message>
      <source>The SQLite address names no file.</source>
      <translation>L'adresse SQLite ne désigne aucun fichier.</translation>
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
      <translation>Le nombre de connexions de démonstration doit être compris entre 1 et 1000.</translation>
    </message>
    <message>
      <source>The demo history must span between 1 and 3650 days.</source>
      <translation>L'historique de démonstration doit couvrir de 1 à 3650 jours.</translation>
    </message>
    <message>
      <source>The number of demo sync runs cannot be negative.</source>
      <translation>Le nombre d'exécutions de démonstration ne peut pas être négatif.</translation>
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
      <translation>La création des données de démonstration a été annulée ; rien n'a été modifié.</translation>
    </message>
    <message>
      <source>Demo failure (%1)</source>
      <translation>Échec de démonstration (%1)</translation>
    </message>
    <message>
      <source>Cannot write demo sync history: %1</source>
      <translation>Impossible d'écrire l'historique de démonstration : %1</translation>
    </message>
    <message>
      <source>Cannot save the demo workspace: %1</source>
      <translation>Impossible d'enregistrer l'espace de démonstration : %1</translation>
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
      <translation>Le fichier de secrets %1 est endommagé ; il n'a pas été modifié.</translation>
    </message>
    <message>
      <source>Cannot write the secrets file %1: %2</source>
      <translation>Impossible d'écrire le fichier de secrets %1 : %2</translation>
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
      <translation>%1 a envoyé une réponse qui n'est pas un objet JSON (%2 à l'octet %3).</translation>
    </message>
  </context>
  <context>
    <name>Orion::HubSpotConnector</name>
    <message>
      <source>HubSpot sent a contacts page without "results".</source>
      <translation>HubSpot a envoyé une page de contacts sans « results ».</translation>
    </message>
    <message>
      <source>Contacts (with their company) from HubSpot CRM; batch upsert by email.</source>
      <translation>Contacts (avec leur entreprise) de HubSpot CRM ; upsert par lots via l’e-mail.</translation>
    </message>
    <message>
      <source>API base URL</source>
      <translation>URL de base de l'API</translation>
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
      <source>A private app's access token, or OAuth 2.0 with a refresh token.</source>
      <translation>Le jeton d'accès d'une application privée, ou OAuth 2.0 avec un jeton d'actualisation.</translation>
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
      <source>The OAuth app's client id.</source>
      <translation>L'ID client de l'application OAuth.</translation>
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
      <translation>Les synchronisations incrémentales relisent cette durée d'historique, car les résultats de recherche suivent les écritures avec retard.</translation>
    </message>
    <message>
      <source>Private app access token</source>
      <translation>Jeton d'accès de l'application privée</translation>
    </message>
    <message>
      <source>Refresh token</source>
      <translation>Jeton d'actualisation</translation>
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
      <translation>HubSpot rapproche les contacts par e-mail, et cet enregistrement n'en a pas</translation>
    </message>
    <message>
      <source>Cancelled.</source>
      <translation>Annulé.</translation>
    </message>
    <message>
      <source>Authorization URL</source>
      <translation>URL d'autorisation</translation>
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
  </context>
  <context>
    <name>Orion::KeychainSecretStore</name>
    <message>
      <source>The system keychain could not be read: %1</source>
      <translation>Le trousseau du système est illisible : %1</translation>
    </message>
    <message>
      <source>The password could not be saved in the system keychain: %1</source>
      <translation>Le mot de passe n'a pas pu être enregistré dans le trousseau du système : %1</translation>
    </message>
    <message>
      <source>The keychain entry could not be removed: %1</source>
      <translation>L'entrée du trousseau n'a pas pu être supprimée : %1</translation>
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
      <source>Demo workspace ready: %n connection(s)</source>
      <translation>
        <numerusform>Espace de démonstration prêt : %n connexion</numerusform>
        <numerusform>Espace de démonstration prêt : %n connexions</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n sync run(s) of history</source>
      <translation>
        <numerusform>%n exécution d'historique</numerusform>
        <numerusform>%n exécutions d'historique</numerusform>
      </translation>
    </message>
    <message>
      <source>The language will change when you restart the application.</source>
      <translation>La langue changera au prochain démarrage de l'application.</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <source>New &amp;Demo Workspace</source>
      <translation>Nouvel espace de &amp;démonstration</translation>
    </message>
    <message>
      <source>Create a workspace with sample connections and 90 days of sync history</source>
      <translation>Créer un espace avec des connexions d'exemple et 90 jours d'historique de synchronisation</translation>
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
      <translation>À &amp;propos d'Orion Connector Studio</translation>
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
      <translation>L'espace de travail est passé à la version de schéma %1.</translation>
    </message>
    <message>
      <source>The workspace %1 stays open.</source>
      <translation>L'espace de travail %1 reste ouvert.</translation>
    </message>
    <message>
      <source>No workspace is open; choose another one in Settings.</source>
      <translation>Aucun espace de travail ouvert ; choisissez-en un autre dans les paramètres.</translation>
    </message>
    <message>
      <source>About Orion Connector Studio</source>
      <translation>À propos d'Orion Connector Studio</translation>
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
      <source>Saved connection "%1".</source>
      <translation>Connexion « %1 » enregistrée.</translation>
    </message>
    <message>
      <source>Removed connection "%1".</source>
      <translation>Connexion « %1 » supprimée.</translation>
    </message>
    <message>
      <source>&amp;Activity</source>
      <translation>&amp;Activité</translation>
    </message>
    <message>
      <source>The connection was not saved: %1</source>
      <translation>La connexion n'a pas été enregistrée : %1</translation>
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
      <translation>L'espace de travail est en version de schéma %1, plus récente que celle prise en charge par cette version d'Orion Connector Studio (%2). Mettez l'application à jour ; l'espace de travail n'a pas été modifié.</translation>
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
      <translation>Le fichier est une base SQLite mais pas un espace de travail Orion ; il n'a pas été modifié.</translation>
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
      <translation>Impossible d'enregistrer la migration %1 : %2</translation>
    </message>
    <message>
      <source>Cannot commit the migration: %1</source>
      <translation>Impossible de valider la migration : %1</translation>
    </message>
  </context>
  <context>
    <name>Orion::OAuth2RefreshAuthenticator</name>
    <message>
      <source>Connection "%1" has no %2 authorisation yet; authorise it first (or set %3).</source>
      <translation>La connexion « %1 » n'a pas encore d'autorisation %2 ; autorisez-la d'abord (ou définissez %3).</translation>
    </message>
    <message>
      <source>The %1 authorisation of connection "%2" has expired or was revoked; re-authorise the connection.</source>
      <translation>L'autorisation %1 de la connexion « %2 » a expiré ou a été révoquée ; autorisez à nouveau la connexion.</translation>
    </message>
    <message>
      <source>%1 refused the token refresh for connection "%2" (%3); check the client id and secret.</source>
      <translation>%1 a refusé l'actualisation du jeton pour la connexion « %2 » (%3) ; vérifiez l'ID et le secret client.</translation>
    </message>
    <message>
      <source>%1 token endpoint answered HTTP %2.</source>
      <translation>Le point de terminaison des jetons de %1 a répondu HTTP %2.</translation>
    </message>
    <message>
      <source>%1 token endpoint returned no access token.</source>
      <translation>Le point de terminaison des jetons de %1 n'a renvoyé aucun jeton d'accès.</translation>
    </message>
    <message>
      <source>The rotated refresh token could not be saved: %1</source>
      <translation>Le nouveau jeton d'actualisation n'a pas pu être enregistré : %1</translation>
    </message>
  </context>
  <context>
    <name>Orion::OAuthAuthorizer</name>
    <message>
      <source>The service granted access but sent no refresh token; allow offline access for the app.</source>
      <translation>Le service a accordé l'accès sans envoyer de jeton d'actualisation ; autorisez l'accès hors ligne pour l'application.</translation>
    </message>
    <message>
      <source>The token endpoint could not be reached.</source>
      <translation>Le point de terminaison des jetons est injoignable.</translation>
    </message>
    <message>
      <source>The service refused the authorisation.</source>
      <translation>Le service a refusé l'autorisation.</translation>
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
      <translation>L'autorisation a échoué.</translation>
    </message>
    <message>
      <source>Cannot listen on 127.0.0.1 for the sign-in answer.</source>
      <translation>Impossible d'écouter sur 127.0.0.1 pour la réponse de connexion.</translation>
    </message>
    <message>
      <source>Orion Connector Studio received the authorisation. You can close this page.</source>
      <translation>Orion Connector Studio a reçu l'autorisation. Vous pouvez fermer cette page.</translation>
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
      <translation>Impossible d'enregistrer le client %1 : %2</translation>
    </message>
    <message>
      <source>Cannot store invoice %1: %2</source>
      <translation>Impossible d'enregistrer la facture %1 : %2</translation>
    </message>
    <message>
      <source>Cannot start a transaction: %1</source>
      <translation>Impossible de démarrer une transaction : %1</translation>
    </message>
    <message>
      <source>Cannot save the sync checkpoint: %1</source>
      <translation>Impossible d'enregistrer le point de reprise de la synchronisation : %1</translation>
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
      <source>Use the workspace in the application's data folder</source>
      <translation>Utiliser l'espace de travail du dossier de données de l'application</translation>
    </message>
    <message>
      <source>Workspace file</source>
      <translation>Fichier de l'espace de travail</translation>
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
      <source>TLS mode (libpq sslmode). Use verify-full for servers outside your network.</source>
      <translation>Mode TLS (sslmode de libpq). Utilisez verify-full pour les serveurs hors de votre réseau.</translation>
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
      <translation>Base de données de l'espace de travail</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <source>Takes effect the next time Orion Connector Studio starts.</source>
      <translation>Prend effet au prochain démarrage d'Orion Connector Studio.</translation>
    </message>
    <message>
      <source>&amp;Interface language:</source>
      <translation>&amp;Langue de l'interface :</translation>
    </message>
    <message>
      <source>Choose Workspace File</source>
      <translation>Choisir le fichier de l'espace de travail</translation>
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
      <translation>Choisissez d'abord un fichier d'espace de travail.</translation>
    </message>
    <message>
      <source>Enter the host and the database name first.</source>
      <translation>Saisissez d'abord l'hôte et le nom de la base.</translation>
    </message>
    <message>
      <source>The database is empty; it will be set up when you apply.</source>
      <translation>La base est vide ; elle sera initialisée quand vous appliquerez.</translation>
    </message>
    <message>
      <source>Its schema version %1 is newer than this application supports (%2).</source>
      <translation>Sa version de schéma %1 est plus récente que celle prise en charge par cette application (%2).</translation>
    </message>
    <message>
      <source>Schema version %1; it will be upgraded to %2 when you apply.</source>
      <translation>Version de schéma %1 ; elle passera à %2 quand vous appliquerez.</translation>
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
  </context>
  <context>
    <name>Orion::StripeConnector</name>
    <message>
      <source>Stripe sent a list response without "data".</source>
      <translation>Stripe a envoyé une liste sans « data ».</translation>
    </message>
    <message>
      <source>Customers and invoices from Stripe; creates customers.</source>
      <translation>Clients et factures de Stripe ; crée des clients.</translation>
    </message>
    <message>
      <source>API base URL</source>
      <translation>URL de base de l'API</translation>
    </message>
    <message>
      <source>Requests go to {api_base}/v1/…; change it for a proxy or a test server.</source>
      <translation>Les requêtes vont à {api_base}/v1/… ; modifiez-la pour un proxy ou un serveur de test.</translation>
    </message>
    <message>
      <source>API version</source>
      <translation>Version de l'API</translation>
    </message>
    <message>
      <source>Sent as Stripe-Version; empty uses the account's default.</source>
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
      <source>Rate budget shared by every sync of this connection (Stripe allows 25/s in test mode).</source>
      <translation>Budget de requêtes partagé par toutes les synchronisations de cette connexion (Stripe autorise 25/s en mode test).</translation>
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
      <translation>la facture %1 n'a pas de devise valide</translation>
    </message>
    <message>
      <source>invoice %1: %2 is not an integer amount</source>
      <translation>facture %1 : %2 n'est pas un montant entier</translation>
    </message>
    <message>
      <source>invoice %1 has an unknown status "%2"</source>
      <translation>la facture %1 a un statut inconnu « %2 »</translation>
    </message>
    <message>
      <source>Cancelled.</source>
      <translation>Annulé.</translation>
    </message>
  </context>
  <context>
    <name>Orion::SyncJob</name>
    <message>
      <source>There is no connection named "%1".</source>
      <translation>Il n'existe pas de connexion nommée « %1 ».</translation>
    </message>
    <message>
      <source>Connection "%1" uses the connector "%2", which this version does not have.</source>
      <translation>La connexion « %1 » utilise le connecteur « %2 », absent de cette version.</translation>
    </message>
    <message>
      <source>%1 has no stream "%2" (streams: %3).</source>
      <translation>%1 n'a pas de flux « %2 » (flux : %3).</translation>
    </message>
    <message>
      <source>A sync of "%1" / %2 is already running (%3); wait for it to finish or cancel it.</source>
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
      <translation>Le connecteur n'a pas pu ouvrir le flux.</translation>
    </message>
    <message>
      <source>Cancelled.</source>
      <translation>Annulé.</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1 : %2</translation>
    </message>
    <message>
      <source>%1: %2 records read, %3 written, %4 failed in %5 ms</source>
      <translation>%1 : %2 enregistrements lus, %3 écrits, %4 en échec en %5 ms</translation>
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
      <translation>%1 ne permet pas d'écrire des clients.</translation>
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
  </context>
  <context>
    <name>Orion::SyncService</name>
    <message>
      <source>"%1" is already syncing; wait for it to finish or cancel it.</source>
      <translation>« %1 » est déjà en cours de synchronisation ; attendez la fin ou annulez.</translation>
    </message>
  </context>
  <context>
    <name>Orion::Workspace</name>
    <message>
      <source>The workspace file %1 does not exist.</source>
      <translation>Le fichier d'espace de travail %1 n'existe pas.</translation>
    </message>
    <message>
      <source>Cannot create the folder %1 for the workspace.</source>
      <translation>Impossible de créer le dossier %1 de l'espace de travail.</translation>
    </message>
    <message>
      <source>The folder %1 is read-only; the workspace cannot be created there.</source>
      <translation>Le dossier %1 est en lecture seule ; l'espace de travail ne peut pas y être créé.</translation>
    </message>
    <message>
      <source>%1 is not a file.</source>
      <translation>%1 n'est pas un fichier.</translation>
    </message>
    <message>
      <source>Cannot read the workspace file %1: %2</source>
      <translation>Impossible de lire le fichier d'espace de travail %1 : %2</translation>
    </message>
    <message>
      <source>%1 is not a SQLite database (it may be corrupt); it was not changed.</source>
      <translation>%1 n'est pas une base SQLite (il est peut-être corrompu) ; il n'a pas été modifié.</translation>
    </message>
    <message>
      <source>The workspace file %1 is read-only. Make it writable or choose another workspace.</source>
      <translation>Le fichier d'espace de travail %1 est en lecture seule. Rendez-le modifiable ou choisissez un autre espace de travail.</translation>
    </message>
    <message>
      <source>Cannot open the workspace %1: %2</source>
      <translation>Impossible d'ouvrir l'espace de travail %1 : %2</translation>
    </message>
    <message>
      <source>Cannot connect to PostgreSQL at %1:%2: %3</source>
      <translation>Connexion à PostgreSQL sur %1:%2 impossible : %3</translation>
    </message>
    <message>
      <source>No PostgreSQL database name is set.</source>
      <translation>Aucun nom de base PostgreSQL n'est indiqué.</translation>
    </message>
    <message>
      <source>The Qt SQL driver for %1 is not installed.</source>
      <translation>Le pilote Qt SQL pour %1 n'est pas installé.</translation>
    </message>
    <message>
      <source>%1 is damaged and cannot be read as a workspace: %2</source>
      <translation>%1 est endommagé et ne peut pas être lu comme espace de travail : %2</translation>
    </message>
    <message>
      <source>Cannot read the schema version: %1</source>
      <translation>Impossible de lire la version du schéma : %1</translation>
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
      <translation>Création de l'espace de démonstration…</translation>
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
      <translation>Enregistrer une capture de la fenêtre principale dans &lt;file&gt; une fois l'espace affiché, puis quitter.</translation>
    </message>
  </context>
</TS>