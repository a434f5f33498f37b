#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Orion {

struct WizardState;

// The builder's drafts: <app data>/connector-drafts/*.json. A draft holds the spec, the recorded
// (already redacted) fixtures, the mapping decisions and the page it was left on — never a secret.
class ConnectorDrafts
{
public:
    static QString directory();
    static QStringList list(); // newest first
    static QString newPath();  // a fresh file name in directory()

    static QByteArray toBytes(const WizardState &state);
    // Fills *state from a draft; false with a message naming the file when it is not one.
    static bool fromBytes(const QByteArray &bytes, const QString &path, WizardState *state, QString *error);

    // Written on a one-thread pool, in the order asked: the GUI thread does not wait for the disk.
    static void write(const QString &path, const QByteArray &bytes);
    static bool read(const QString &path, WizardState *state, QString *error);
};

} // namespace Orion
