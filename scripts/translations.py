#!/usr/bin/env python3
"""Fills translations/orion_{de,fr,en}.ts from the tables below (run after update_translations).

Each entry maps an English source text to (German, French); plural texts map to lists of forms.
Texts missing here are reported and left unfinished, so the check in tst_translations fails loudly.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

T = {
 'Healthy': ('Fehlerfrei', 'Sain'),
 'Degraded': ('Beeinträchtigt', 'Dégradé'),
 'Failed': ('Fehlgeschlagen', 'En échec'),
 'No syncs yet': ('Noch keine Synchronisierung', 'Aucune synchronisation'),
 'Never': ('Nie', 'Jamais'),
 'Just now': ('Gerade eben', "À l'instant"),
 '%n minute(s) ago': (['vor %n Minute', 'vor %n Minuten'], ['il y a %n minute', 'il y a %n minutes']),
 '%n hour(s) ago': (['vor %n Stunde', 'vor %n Stunden'], ['il y a %n heure', 'il y a %n heures']),
 '%n day(s) ago': (['vor %n Tag', 'vor %n Tagen'], ['il y a %n jour', 'il y a %n jours']),
 'Never synced': ('Nie synchronisiert', 'Jamais synchronisé'),
 '%n consecutive failure(s)': (['%n Fehlschlag in Folge', '%n Fehlschläge in Folge'], ['%n échec consécutif', '%n échecs consécutifs']),
 'Name': ('Name', 'Nom'),
 'Connector': ('Connector', 'Connecteur'),
 'Health': ('Zustand', 'État'),
 'Last sync': ('Letzte Synchronisierung', 'Dernière synchronisation'),
 'A connection needs a name.': ('Eine Verbindung braucht einen Namen.', 'Une connexion doit avoir un nom.'),
 'A connection named "%1" already exists.': ('Eine Verbindung namens „%1“ gibt es bereits.', 'Une connexion nommée « %1 » existe déjà.'),
 'Cannot create the connection: %1': ('Die Verbindung kann nicht angelegt werden: %1', 'Impossible de créer la connexion : %1'),
 'Cannot delete the connection: %1': ('Die Verbindung kann nicht gelöscht werden: %1', 'Impossible de supprimer la connexion : %1'),
 'Cannot remove the demo connections: %1': ('Die Demo-Verbindungen können nicht entfernt werden: %1', 'Impossible de supprimer les connexions de démonstration : %1'),
 'Cannot read the connections: %1': ('Die Verbindungen können nicht gelesen werden: %1', 'Impossible de lire les connexions : %1'),
 'Cannot record the sync run: %1': ('Der Synchronisierungslauf kann nicht gespeichert werden: %1', "Impossible d'enregistrer l'exécution de synchronisation : %1"),
 'Create Demo Workspace': ('Demo-Arbeitsbereich anlegen', 'Créer un espace de démonstration'),
 'Connections': ('Verbindungen', 'Connexions'),
 'Filter by name or connector…': ('Nach Name oder Connector filtern …', 'Filtrer par nom ou connecteur…'),
 'Filter connections': ('Verbindungen filtern', 'Filtrer les connexions'),
 'Refresh': ('Aktualisieren', 'Actualiser'),
 'Reload the connections from the workspace (F5)': ('Verbindungen neu aus dem Arbeitsbereich laden (F5)', "Recharger les connexions depuis l'espace de travail (F5)"),
 'Connections table': ('Verbindungstabelle', 'Tableau des connexions'),
 '<h3>No connections yet</h3><p>Connections link a connector to one of your accounts. To explore the app with sample data, create a demo workspace.</p>':
   ('<h3>Noch keine Verbindungen</h3><p>Eine Verbindung verknüpft einen Connector mit einem Ihrer Konten. Um die Anwendung mit Beispieldaten kennenzulernen, legen Sie einen Demo-Arbeitsbereich an.</p>',
    "<h3>Aucune connexion</h3><p>Une connexion relie un connecteur à l'un de vos comptes. Pour découvrir l'application avec des données d'exemple, créez un espace de démonstration.</p>"),
 '%n connection(s)': (['%n Verbindung', '%n Verbindungen'], ['%n connexion', '%n connexions']),
 '%n failed': (['%n fehlgeschlagen', '%n fehlgeschlagen'], ['%n en échec', '%n en échec']),
 '%n degraded': (['%n beeinträchtigt', '%n beeinträchtigt'], ['%n dégradée', '%n dégradées']),
 '%n shown': (['%n angezeigt', '%n angezeigt'], ['%n affichée', '%n affichées']),
 'The database address is empty.': ('Die Datenbankadresse ist leer.', "L'adresse de la base de données est vide."),
 'The PostgreSQL address is not a valid URL: %1': ('Die PostgreSQL-Adresse ist keine gültige URL: %1', "L'adresse PostgreSQL n'est pas une URL valide : %1"),
 'The PostgreSQL port must be between 1 and 65535.': ('Der PostgreSQL-Port muss zwischen 1 und 65535 liegen.', 'Le port PostgreSQL doit être compris entre 1 et 65535.'),
 'The PostgreSQL address names no database (postgresql://user@host:port/database).': ('Die PostgreSQL-Adresse nennt keine Datenbank (postgresql://benutzer@host:port/datenbank).', "L'adresse PostgreSQL ne désigne aucune base (postgresql://utilisateur@hôte:port/base)."),
 'Unknown sslmode "%1": use disable, allow, prefer, require, verify-ca or verify-full.': ('Unbekannter sslmode „%1“: erlaubt sind disable, allow, prefer, require, verify-ca und verify-full.', 'sslmode « %1 » inconnu : utilisez disable, allow, prefer, require, verify-ca ou verify-full.'),
 'Unsupported database address "%1": use a SQLite file path or postgresql://…': ('Nicht unterstützte Datenbankadresse „%1“: Geben Sie einen SQLite-Dateipfad oder postgresql://… an', 'Adresse de base non prise en charge « %1 » : utilisez un chemin de fichier SQLite ou postgresql://…'),
 'The SQLite address names no file.': ('Die SQLite-Adresse nennt keine Datei.', "L'adresse SQLite ne désigne aucun fichier."),
 'SQLite — %1': ('SQLite — %1', 'SQLite — %1'),
 'PostgreSQL — %1%2:%3/%4': ('PostgreSQL — %1%2:%3/%4', 'PostgreSQL — %1%2:%3/%4'),
 'The number of demo connections must be between 1 and 1000.': ('Die Zahl der Demo-Verbindungen muss zwischen 1 und 1000 liegen.', 'Le nombre de connexions de démonstration doit être compris entre 1 et 1000.'),
 'The demo history must span between 1 and 3650 days.': ('Der Demo-Verlauf muss 1 bis 3650 Tage umfassen.', "L'historique de démonstration doit couvrir de 1 à 3650 jours."),
 'The number of demo sync runs cannot be negative.': ('Die Zahl der Demo-Synchronisierungsläufe darf nicht negativ sein.', "Le nombre d'exécutions de démonstration ne peut pas être négatif."),
 'Cannot start the demo transaction: %1': ('Die Demo-Transaktion kann nicht gestartet werden: %1', 'Impossible de démarrer la transaction de démonstration : %1'),
 'Demo · %1': ('Demo · %1', 'Démo · %1'),
 'Demo · %1 #%2': ('Demo · %1 #%2', 'Démo · %1 n°%2'),
 'Demo seeding was cancelled; nothing was changed.': ('Das Anlegen der Demodaten wurde abgebrochen; nichts wurde geändert.', "La création des données de démonstration a été annulée ; rien n'a été modifié."),
 'Demo failure (%1)': ('Demo-Fehler (%1)', 'Échec de démonstration (%1)'),
 'Cannot write demo sync history: %1': ('Der Demo-Verlauf kann nicht geschrieben werden: %1', "Impossible d'écrire l'historique de démonstration : %1"),
 'Cannot save the demo workspace: %1': ('Der Demo-Arbeitsbereich kann nicht gespeichert werden: %1', "Impossible d'enregistrer l'espace de démonstration : %1"),
 'The system keychain could not be read: %1': ('Der Schlüsselbund des Systems konnte nicht gelesen werden: %1', 'Le trousseau du système est illisible : %1'),
 'The password could not be saved in the system keychain: %1': ('Das Passwort konnte nicht im Schlüsselbund des Systems gespeichert werden: %1', "Le mot de passe n'a pas pu être enregistré dans le trousseau du système : %1"),
 'The keychain entry could not be removed: %1': ('Der Schlüsselbund-Eintrag konnte nicht entfernt werden: %1', "L'entrée du trousseau n'a pas pu être supprimée : %1"),
 'System keychain': ('Schlüsselbund des Systems', 'Trousseau du système'),
 'System default': ('Systemstandard', 'Langue du système'),
 'Orion Connector Studio': ('Orion Connector Studio', 'Orion Connector Studio'),
 'Pages': ('Seiten', 'Pages'),
 'Settings': ('Einstellungen', 'Paramètres'),
 'No workspace open': ('Kein Arbeitsbereich geöffnet', 'Aucun espace de travail ouvert'),
 'Cancel': ('Abbrechen', 'Annuler'),
 'Demo workspace ready: %n connection(s)': (['Demo-Arbeitsbereich bereit: %n Verbindung', 'Demo-Arbeitsbereich bereit: %n Verbindungen'], ['Espace de démonstration prêt : %n connexion', 'Espace de démonstration prêt : %n connexions']),
 '%n sync run(s) of history': (['%n Synchronisierungslauf im Verlauf', '%n Synchronisierungsläufe im Verlauf'], ["%n exécution d'historique", "%n exécutions d'historique"]),
 'The language will change when you restart the application.': ('Die Sprache ändert sich beim nächsten Start der Anwendung.', "La langue changera au prochain démarrage de l'application."),
 '&File': ('&Datei', '&Fichier'),
 'New &Demo Workspace': ('Neuer &Demo-Arbeitsbereich', 'Nouvel espace de &démonstration'),
 'Create a workspace with sample connections and 90 days of sync history': ('Einen Arbeitsbereich mit Beispielverbindungen und 90 Tagen Synchronisierungsverlauf anlegen', "Créer un espace avec des connexions d'exemple et 90 jours d'historique de synchronisation"),
 '&Quit': ('&Beenden', '&Quitter'),
 '&View': ('&Ansicht', '&Affichage'),
 '&Connections': ('&Verbindungen', '&Connexions'),
 '&Settings': ('&Einstellungen', '&Paramètres'),
 '&Help': ('&Hilfe', '&Aide'),
 '&About Orion Connector Studio': ('Ü&ber Orion Connector Studio', 'À &propos d\'Orion Connector Studio'),
 'About &Qt': ('Über &Qt', 'À propos de &Qt'),
 'Reading the password from %1…': ('Passwort wird aus %1 gelesen …', 'Lecture du mot de passe depuis %1…'),
 '%1, schema version %2': ('%1, Schemaversion %2', '%1, version du schéma %2'),
 'New workspace created.': ('Neuer Arbeitsbereich angelegt.', 'Nouvel espace de travail créé.'),
 'Workspace upgraded to schema version %1.': ('Arbeitsbereich auf Schemaversion %1 aktualisiert.', "L'espace de travail est passé à la version de schéma %1."),
 'The workspace %1 stays open.': ('Der Arbeitsbereich %1 bleibt geöffnet.', "L'espace de travail %1 reste ouvert."),
 'No workspace is open; choose another one in Settings.': ('Kein Arbeitsbereich ist geöffnet; wählen Sie in den Einstellungen einen anderen.', 'Aucun espace de travail ouvert ; choisissez-en un autre dans les paramètres.'),
 'About Orion Connector Studio': ('Über Orion Connector Studio', "À propos d'Orion Connector Studio"),
 '<h3>Orion Connector Studio %1</h3><p>Build, map and monitor connectors between business systems.</p><p>Built with Qt %2.</p>':
   ('<h3>Orion Connector Studio %1</h3><p>Connectors zwischen Geschäftssystemen bauen, zuordnen und überwachen.</p><p>Erstellt mit Qt %2.</p>',
    '<h3>Orion Connector Studio %1</h3><p>Créer, mapper et surveiller des connecteurs entre systèmes métier.</p><p>Construit avec Qt %2.</p>'),
 'Memory (not saved)': ('Arbeitsspeicher (nicht gespeichert)', 'Mémoire (non enregistré)'),
 'Dismiss': ('Schließen', 'Fermer'),
 'Dismiss message': ('Meldung schließen', 'Fermer le message'),
 'Cannot read the schema version: %1': ('Die Schemaversion kann nicht gelesen werden: %1', 'Impossible de lire la version du schéma : %1'),
 'The workspace has schema version %1, newer than this version of Orion Connector Studio supports (%2). Update the application; the workspace was not changed.':
   ('Der Arbeitsbereich hat die Schemaversion %1, neuer als diese Version von Orion Connector Studio unterstützt (%2). Aktualisieren Sie die Anwendung; der Arbeitsbereich wurde nicht verändert.',
    "L'espace de travail est en version de schéma %1, plus récente que celle prise en charge par cette version d'Orion Connector Studio (%2). Mettez l'application à jour ; l'espace de travail n'a pas été modifié."),
 'Cannot start the migration: %1': ('Die Migration kann nicht gestartet werden: %1', 'Impossible de démarrer la migration : %1'),
 'Cannot lock the schema for migration: %1': ('Das Schema kann für die Migration nicht gesperrt werden: %1', 'Impossible de verrouiller le schéma pour la migration : %1'),
 'The file is a SQLite database but not an Orion workspace; it was not changed.': ('Die Datei ist eine SQLite-Datenbank, aber kein Orion-Arbeitsbereich; sie wurde nicht verändert.', "Le fichier est une base SQLite mais pas un espace de travail Orion ; il n'a pas été modifié."),
 'Cannot create the schema version table: %1': ('Die Tabelle der Schemaversionen kann nicht angelegt werden: %1', 'Impossible de créer la table des versions de schéma : %1'),
 'Migration %1 failed: %2': ('Migration %1 ist fehlgeschlagen: %2', 'La migration %1 a échoué : %2'),
 'Cannot record migration %1: %2': ('Migration %1 kann nicht vermerkt werden: %2', "Impossible d'enregistrer la migration %1 : %2"),
 'Cannot commit the migration: %1': ('Die Migration kann nicht abgeschlossen werden: %1', 'Impossible de valider la migration : %1'),
 'Embedded &SQLite workspace (this computer)': ('Eingebetteter &SQLite-Arbeitsbereich (dieser Computer)', 'Espace &SQLite intégré (cet ordinateur)'),
 'Shared &PostgreSQL database (team)': ('Gemeinsame &PostgreSQL-Datenbank (Team)', 'Base &PostgreSQL partagée (équipe)'),
 '&Test Connection': ('Verbindung &testen', '&Tester la connexion'),
 '&Apply and Reopen': ('&Übernehmen und neu öffnen', '&Appliquer et rouvrir'),
 '&Browse…': ('&Durchsuchen …', '&Parcourir…'),
 '&Default': ('&Standard', 'Par &défaut'),
 "Use the workspace in the application's data folder": ('Den Arbeitsbereich im Datenordner der Anwendung verwenden', "Utiliser l'espace de travail du dossier de données de l'application"),
 'Workspace file': ('Arbeitsbereichsdatei', "Fichier de l'espace de travail"),
 'Workspace &file:': ('Arbeitsbereichs&datei:', '&Fichier :'),
 'Created on first use. Keep it on a local disk.': ('Wird bei der ersten Verwendung angelegt. Auf einem lokalen Datenträger aufbewahren.', 'Créé à la première utilisation. Conservez-le sur un disque local.'),
 'Password': ('Passwort', 'Mot de passe'),
 'TLS mode (libpq sslmode). Use verify-full for servers outside your network.': ('TLS-Modus (libpq sslmode). Verwenden Sie verify-full für Server außerhalb Ihres Netzwerks.', 'Mode TLS (sslmode de libpq). Utilisez verify-full pour les serveurs hors de votre réseau.'),
 '&Host:': ('&Host:', '&Hôte :'),
 'P&ort:': ('P&ort:', 'P&ort :'),
 '&Database:': ('&Datenbank:', '&Base de données :'),
 '&User:': ('&Benutzer:', '&Utilisateur :'),
 'Pass&word:': ('Pass&wort:', '&Mot de passe :'),
 'T&LS mode:': ('T&LS-Modus:', 'Mode T&LS :'),
 'Workspace database': ('Datenbank des Arbeitsbereichs', "Base de données de l'espace de travail"),
 'Language': ('Sprache', 'Langue'),
 'Takes effect the next time Orion Connector Studio starts.': ('Wirkt beim nächsten Start von Orion Connector Studio.', "Prend effet au prochain démarrage d'Orion Connector Studio."),
 '&Interface language:': ('&Sprache der Oberfläche:', "&Langue de l'interface :"),
 'Choose Workspace File': ('Arbeitsbereichsdatei wählen', "Choisir le fichier de l'espace de travail"),
 'Orion workspaces (*.db *.sqlite);;All files (*)': ('Orion-Arbeitsbereiche (*.db *.sqlite);;Alle Dateien (*)', 'Espaces de travail Orion (*.db *.sqlite);;Tous les fichiers (*)'),
 'Saved in the system keychain': ('Im Schlüsselbund des Systems gespeichert', 'Enregistré dans le trousseau du système'),
 'Choose a workspace file first.': ('Wählen Sie zuerst eine Arbeitsbereichsdatei.', "Choisissez d'abord un fichier d'espace de travail."),
 'Enter the host and the database name first.': ('Geben Sie zuerst den Host und den Datenbanknamen ein.', "Saisissez d'abord l'hôte et le nom de la base."),
 'The database is empty; it will be set up when you apply.': ('Die Datenbank ist leer; sie wird beim Übernehmen eingerichtet.', 'La base est vide ; elle sera initialisée quand vous appliquerez.'),
 'Its schema version %1 is newer than this application supports (%2).': ('Ihre Schemaversion %1 ist neuer, als diese Anwendung unterstützt (%2).', 'Sa version de schéma %1 est plus récente que celle prise en charge par cette application (%2).'),
 'Schema version %1; it will be upgraded to %2 when you apply.': ('Schemaversion %1; sie wird beim Übernehmen auf %2 aktualisiert.', 'Version de schéma %1 ; elle passera à %2 quand vous appliquerez.'),
 'Schema version %1 (current).': ('Schemaversion %1 (aktuell).', 'Version de schéma %1 (à jour).'),
 'Connected to %1. %2': ('Verbunden mit %1. %2', 'Connecté à %1. %2'),
 'Connecting to %1…': ('Verbindung zu %1 wird hergestellt …', 'Connexion à %1…'),
 'Connection test cancelled.': ('Verbindungstest abgebrochen.', 'Test de connexion annulé.'),
 'The workspace file %1 does not exist.': ('Die Arbeitsbereichsdatei %1 existiert nicht.', "Le fichier d'espace de travail %1 n'existe pas."),
 'Cannot create the folder %1 for the workspace.': ('Der Ordner %1 für den Arbeitsbereich kann nicht angelegt werden.', "Impossible de créer le dossier %1 de l'espace de travail."),
 'The folder %1 is read-only; the workspace cannot be created there.': ('Der Ordner %1 ist schreibgeschützt; der Arbeitsbereich kann dort nicht angelegt werden.', "Le dossier %1 est en lecture seule ; l'espace de travail ne peut pas y être créé."),
 '%1 is not a file.': ('%1 ist keine Datei.', "%1 n'est pas un fichier."),
 'Cannot read the workspace file %1: %2': ('Die Arbeitsbereichsdatei %1 kann nicht gelesen werden: %2', "Impossible de lire le fichier d'espace de travail %1 : %2"),
 '%1 is not a SQLite database (it may be corrupt); it was not changed.': ('%1 ist keine SQLite-Datenbank (möglicherweise beschädigt); die Datei wurde nicht verändert.', "%1 n'est pas une base SQLite (il est peut-être corrompu) ; il n'a pas été modifié."),
 'The workspace file %1 is read-only. Make it writable or choose another workspace.': ('Die Arbeitsbereichsdatei %1 ist schreibgeschützt. Machen Sie sie beschreibbar oder wählen Sie einen anderen Arbeitsbereich.', "Le fichier d'espace de travail %1 est en lecture seule. Rendez-le modifiable ou choisissez un autre espace de travail."),
 'Cannot open the workspace %1: %2': ('Der Arbeitsbereich %1 kann nicht geöffnet werden: %2', "Impossible d'ouvrir l'espace de travail %1 : %2"),
 'Cannot connect to PostgreSQL at %1:%2: %3': ('Keine Verbindung zu PostgreSQL auf %1:%2: %3', 'Connexion à PostgreSQL sur %1:%2 impossible : %3'),
 'No PostgreSQL database name is set.': ('Es ist kein PostgreSQL-Datenbankname angegeben.', "Aucun nom de base PostgreSQL n'est indiqué."),
 'The Qt SQL driver for %1 is not installed.': ('Der Qt-SQL-Treiber für %1 ist nicht installiert.', "Le pilote Qt SQL pour %1 n'est pas installé."),
 '%1 is damaged and cannot be read as a workspace: %2': ('%1 ist beschädigt und kann nicht als Arbeitsbereich gelesen werden: %2', "%1 est endommagé et ne peut pas être lu comme espace de travail : %2"),
 'Opening %1…': ('%1 wird geöffnet …', 'Ouverture de %1…'),
 'Creating the demo workspace…': ('Demo-Arbeitsbereich wird angelegt …', "Création de l'espace de démonstration…"),
 'Build, map and monitor business system connectors.': ('Connectors für Geschäftssysteme bauen, zuordnen und überwachen.', 'Créer, mapper et surveiller des connecteurs de systèmes métier.'),
 'Open this workspace instead of the saved one (a SQLite file or postgresql://…).': ('Diesen Arbeitsbereich statt des gespeicherten öffnen (eine SQLite-Datei oder postgresql://…).', "Ouvrir cet espace de travail au lieu de celui enregistré (un fichier SQLite ou postgresql://…)."),
 'Save a screenshot of the main window to <file> once the workspace is shown, then quit.': ('Sobald der Arbeitsbereich angezeigt wird, ein Bildschirmfoto des Hauptfensters in <file> speichern und beenden.', "Enregistrer une capture de la fenêtre principale dans <file> une fois l'espace affiché, puis quitter."),
}

# English plural forms (the source texts use "(s)").
EN = {k: [k.replace('(s)', ''), k.replace('(s)', 's')] for k in T if '(s)' in k}
EN['%n sync run(s) of history'] = ['%n sync run of history', '%n sync runs of history']
EN.update({k: [k, k] for k in ('%n failed', '%n degraded', '%n shown')})


def fill(path, lang):
    tree = ET.parse(path)
    missing = []
    for msg in tree.getroot().iter('message'):
        src = msg.find('source').text
        tr = msg.find('translation')
        if lang == 'en':
            if msg.get('numerus') != 'yes':
                continue
            forms = EN.get(src)
        else:
            entry = T.get(src)
            forms = None if entry is None else entry[0 if lang == 'de' else 1]
        if forms is None:
            missing.append(src)
            continue
        for child in list(tr):
            tr.remove(child)
        tr.attrib.pop('type', None)
        if msg.get('numerus') == 'yes':
            tr.text = None
            for form in forms:
                ET.SubElement(tr, 'numerusform').text = form
        else:
            tr.text = forms
    ET.indent(tree)
    with open(path, 'wb') as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding='utf-8', xml_declaration=False)
    return missing


root = Path(__file__).resolve().parent.parent / 'translations'
status = 0
for lang in ('de', 'fr', 'en'):
    missing = fill(root / f'orion_{lang}.ts', lang)
    for m in missing:
        print(f'{lang}: untranslated: {m!r}', file=sys.stderr)
        status = 1
sys.exit(status)
