<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
    <message>
      <source>&lt;h3&gt;No connections yet&lt;/h3&gt;&lt;p&gt;Connections link a connector to one of your accounts. To explore the app with sample data, create a demo workspace.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Aucune connexion&lt;/h3&gt;&lt;p&gt;Une connexion relie un connecteur à l'un de vos comptes. Pour découvrir l'application avec des données d'exemple, créez un espace de démonstration.&lt;/p&gt;</translation>
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