#include "common/languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Orion::Languages {

QList<Language> available()
{
    return {
        {QString(), QCoreApplication::translate("Orion::Languages", "System default")},
        {u"en"_s, u"English"_s},
        {u"de"_s, u"Deutsch"_s},
        {u"fr"_s, u"Français"_s},
    };
}

QString install(QCoreApplication *app, const QString &code)
{
    QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English);
    // English has a catalogue too: it holds the plural forms ("1 hour ago", "2 hours ago").
    auto *own = new QTranslator(app);
    if (!own->load(locale, u"orion"_s, u"_"_s, u":/i18n"_s) && !own->load(u"orion_en"_s, u":/i18n"_s)) {
        delete own;
        return u"en"_s;
    }
    app->installTranslator(own);
    if (locale.language() == QLocale::English)
        return u"en"_s;
    auto *qt = new QTranslator(app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app->installTranslator(qt);
    else
        delete qt;
    return QLocale::languageToCode(locale.language());
}

} // namespace Orion::Languages
