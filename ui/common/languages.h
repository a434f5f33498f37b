#pragma once

#include <QList>
#include <QString>

class QCoreApplication;

namespace Orion::Languages {

struct Language
{
    QString code;       // "" = system default
    QString nativeName; // "Deutsch"
};

QList<Language> available();
// Installs the application's and Qt's own translations for `code` ("" = the system locale).
// Returns the language actually loaded ("en" when none matched).
QString install(QCoreApplication *app, const QString &code);

} // namespace Orion::Languages
